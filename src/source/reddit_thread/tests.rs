//! Tests of the Reddit thread reader: a prompt and its comments, a post with words of
//! its own, and stories that mention Reddit's buttons.

use super::*;

fn run(t: &str) -> Doc {
    Doc::read_by(t, read)
}

const BAR: &str = "Upvote\n1\nDownvote\nReply\nShare";

/// A prompt with no words of its own: the story is the first comment not the bot's, its
/// commenter the author; the bot's comment, the replies and the site's lines go.
#[test]
fn a_prompts_story_is_its_first_comment() {
    let t = format!(
        "Skip to main content\nr/WritingPrompts\nSearch in r/WritingPrompts\nLog In\n\nr/WritingPrompts\n•\nPosted by u/poster_one\n2 yr. ago\n\n[WP] The moon sends you a postcard.\nWriting Prompt\n8.4K\nUpvote\nDownvote\n412\nShare\n\nSort by: Best\nComments Section\n\nAutoModerator\n•\n2y ago\n• Stickied comment\n\nWelcome to the Prompt! All top-level comments must be a story.\n\n{BAR}\n\ntide_writer\n•\n2y ago\n• Edited 2y ago\n\nThe postcard came on a Monday.\n\n**MOON: Wish you were here.**\n\nEdit: thanks for the gold!\n\nUpvote\n2.1K\nDownvote\nReply\nAward\nShare\n\nposter_one\nOP\n•\n2y ago\n\nI loved this.\n\n{BAR}\n\nMore replies"
    );
    let doc = run(&t);
    assert_eq!(
        doc.out.title.as_deref(),
        Some("The moon sends you a postcard.")
    );
    assert_eq!(doc.out.meta.author.as_deref(), Some("tide_writer"));
    assert_eq!(
        doc.untaken(),
        "The postcard came on a Monday.\n**MOON: Wish you were here.**\nEdit: thanks for the gold!"
    );
    let dropped = doc.dropped_texts();
    for d in [
        "[WP]",
        "Skip to main content",
        "8.4K",
        "AutoModerator",
        "I loved this.",
        "More replies",
        "• Edited 2y ago",
    ] {
        assert!(dropped.contains(&d), "{d}: {dropped:?}");
    }
}

/// A copy that leaves out the vote arrows: each score over `Reply` and `Share` (the
/// post's score and comment count over `Share`) is its bar all the same.
#[test]
fn a_copy_without_the_arrows_is_read_the_same() {
    let t = "r/WritingPrompts\n•\n3 yr. ago\nposter_one\n\n[WP] The moon sends you a postcard.\n\nWriting Prompt\n2.4K\n312\nShare\n\nAutoModerator\nMOD\n•\n3y ago\n•\nStickied comment\n\nWelcome to the Prompt!\n\n1\nReply\nShare\n\ntide_writer\n•\n3y ago\n\nThe postcard came on a Monday.\n\nIt said: wish you were here.\n\n1.1K\nReply\nShare\n\nreader_two\n•\n3y ago\n\nLovely!\n\n88\nReply\nShare";
    let doc = run(t);
    assert_eq!(doc.out.meta.author.as_deref(), Some("tide_writer"));
    assert_eq!(
        doc.untaken(),
        "The postcard came on a Monday.\nIt said: wish you were here."
    );
}

/// A post with words of its own is the story, its poster the author; the comments go.
#[test]
fn a_posts_own_words_are_the_story() {
    let t = format!(
        "r/shortstories\n•\nPosted by u/gull_and_tern\n5 mo. ago\n\n[HR] The Lamp on Pier Nine\n\nThe lamp was lit.\n\nIt went out.\n\n{BAR}\n\nreader_two\n•\n5mo ago\n\nSpooky!\n\n{BAR}"
    );
    let doc = run(&t);
    assert_eq!(doc.out.title.as_deref(), Some("The Lamp on Pier Nine"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("gull_and_tern"));
    assert_eq!(doc.untaken(), "The lamp was lit.\nIt went out.");
}

/// A story that names the buttons, or a chat log under a user's name, keeps its words:
/// no comment head over vote buttons, no thread.
#[test]
fn stories_that_mention_reddits_buttons_stay() {
    for t in [
        "She pressed Upvote.\n\nUpvote\nDownvote\n\nThe count did not move.",
        "mira_k\n\nThe first message came at noon.\n\nUpvote\n3\nDownvote",
        "tide_writer\n•\n2y ago\n\nThe postcard came on a Monday.\n\nReply\nShare",
        "Upvote\n1\nDownvote\n\nA game show, she thought, and the buttons lit.",
    ] {
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc, true), "{t}");
        assert_eq!(doc.untaken(), Doc::new(t).untaken(), "{t}");
    }
}

#[test]
fn ages_and_counts_read_as_reddit_writes_them() {
    for a in [
        "2y ago",
        "5mo ago",
        "2 yr. ago",
        "• Edited 2y ago",
        "3d ago",
        "just now",
    ] {
        assert!(is_age(a), "{a}");
    }
    for a in ["long ago", "2 ago", "years ago"] {
        assert!(!is_age(a), "{a}");
    }
    assert!(is_count("2.1K") && is_count("412") && !is_count("K") && !is_count("Share"));
}
