//! XenForo page and post pastes, tests: the chrome goes, the story and its notes stay.

use super::*;

fn run(t: &str) -> Doc {
    Doc::read_by(t, read)
}

#[test]
fn a_page_copy_loses_its_chrome_and_keeps_its_notes() {
    let doc = run(
        "Lamps at Low Tide (one-shot)\nThread starter reedwarbler Start date Jan 9, 2025 Tags sea\nThreadmarks\nView all 1 threadmarks\nReader mode\nLamps at Low Tide\nreedwarbler\nreedwarbler\nSalt merchant\nJan 9, 2025\nAdd bookmark\n#1\nThreadmarks: Lamps at Low Tide\nSpoiler: A/N\nFor the prompt thread. Thanks for reading!\nClick to expand...\nClick to shrink...\nThe tide went out.\n\nShe lit the lamps.\n\n* * *\n\nSpoiler: End notes\nThat's all, folks.\nClick to expand...\nClick to shrink...\nLast edited: Jan 10, 2025\nLike x 12 Heart x 2\nReply\nReport",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Lamps at Low Tide"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("reedwarbler"));
    assert_eq!(
        doc.untaken(),
        "The tide went out.\nShe lit the lamps.\n* * *"
    );
    assert_eq!(
        doc.out.preface[0].text,
        "For the prompt thread. Thanks for reading!"
    );
    assert_eq!(doc.out.afterword[0].text, "That's all, folks.");
    let dropped = doc.dropped_texts();
    assert!(dropped.contains(&"Like x 12 Heart x 2"), "{dropped:?}");
    assert!(dropped.contains(&"Spoiler: A/N"), "{dropped:?}");
    assert!(dropped.contains(&"#1"), "{dropped:?}");
}

/// A thread title that carries its tags: the post's own name line is the title.
#[test]
fn a_thread_titles_tags_are_not_the_stories_title() {
    let doc = run(
        "Salt and Rye [Original Fiction, One-Shot]\nThread starter wren Start date Mar 3, 2024\nThreadmarks\nView all 1 threadmarks\nReader mode\nRecent\nSalt and Rye\nwren\nMar 3, 2024\n#1\nEvery baker warded her ovens.\n\nShe lit the fire.\n\nLast edited: Mar 4, 2024\nReply",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Salt and Rye"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("wren"));
    assert_eq!(
        doc.untaken(),
        "Every baker warded her ovens.\nShe lit the fire."
    );
}

/// Sufficient Velocity's page as copied: the forum's path over the thread's title,
/// the threadmark bar's name under a bare `Threadmarks`, the post repeating that name
/// as its first line, and the reactions line under the post led by its icons' names.
#[test]
fn a_threadmarked_post_under_the_forums_path() {
    let doc = run(
        "Forums\nCreative Writing\nThe Cellar (Original, Slice of Life)\nThread starter Bread Start date Oct 2, 2023\nThreadmarks\nChapter 4: Sniffing\nView all 9 threadmarks\nReader mode\nBread\nDec 3, 2023\n#87\nChapter 4: Sniffing\n\nThe inspector was due at nine.\n\nLast edited: Dec 4, 2023\nLike Reactions: Kettlewise, Oxidant and 148 others\nReply\nReport",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Chapter 4: Sniffing"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("Bread"));
    assert_eq!(doc.untaken(), "The inspector was due at nine.");
    assert!(is_foot_line("Like Love Reactions: A, B and 3 others"));
    assert!(!is_foot_line("She liked the reactions: all of them."));
}

#[test]
fn a_bare_post_paste_loses_its_threadmark_line_and_foot() {
    let doc = run(
        "Threadmarks: Chapter 3 - Ashfall\n\nThe ash came down.\n\nShe ran.\n\nLast edited: Feb 2, 2024\nReply",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Chapter 3 - Ashfall"));
    assert_eq!(doc.untaken(), "The ash came down.\nShe ran.");
}

/// A post pasted on its own: the spoiler box with the note is the forum's evidence.
#[test]
fn a_bare_post_with_a_note_in_a_spoiler_box() {
    let doc =
        run("Spoiler: A/N\nThanks for the votes, all!\nClick to expand...\n\nThe gate stood open.");
    assert_eq!(doc.out.preface[0].text, "Thanks for the votes, all!");
    assert_eq!(doc.untaken(), "The gate stood open.");
}

/// A story that mentions a thread, a spoiler or a reply keeps every word.
#[test]
fn story_words_stay() {
    for t in [
        "She wrote #1 on the board.\n\nThreadmarks: none, she said.\n\nReply",
        "Spoiler: the butler did it.\n\nShe laughed.\n\nLike",
        "#1\n\nThe first thing.\n\n#2\n\nThe second.",
        "#1\nrain\n#2\nwind\n#3\n\nThe storm came.",
        "Reply\n\nShe did not reply.",
        "The Tower\n\nSpoiler: A/N\nIt rained.\n\nThe end.",
    ] {
        assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t}");
    }
}

/// A whole page: the starter's name has a space; the post's first line names it as the
/// end of the recent-threadmarks line does; under the post's foot, another member's reply,
/// the reply box, the share buttons and the site's footer go too. The story and its
/// closing note stay.
#[test]
fn a_whole_page_keeps_only_the_post() {
    let doc = run(
        "Forums\nOriginal Fiction\nThe Long Watch (Original, Space Opera)\nThread starter Corvid Quill Start date Aug 12, 2023 Tags space opera\nThreadmarks\nView all 9 threadmarks\nReader mode\nRecent threadmarks\nChapter 4: Dock Chapter 5: Drift Interlude: Stores\nWatch\nCorvid Quill\nNov 3, 2023\nAdd bookmark\n#214\nInterlude: Stores\n\nThe quartermaster counted the crates.\n\nNobody would admit to it.\n\nA/N: Thanks for reading!\n\nLast edited: Nov 3, 2023\nReply\nReport\nLike Reactions: Harrowgate and 211 others\nHarrowgate\nNov 3, 2023\n#215\nThe sword is canon now. I have never been happier.\nReply\nYou must log in or register to reply here.\nShare:\nFacebook Twitter Reddit\nCommunity platform by XenForo® © 2010-2023 XenForo Ltd.",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Interlude: Stores"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("Corvid Quill"));
    assert_eq!(
        doc.untaken(),
        "The quartermaster counted the crates.\nNobody would admit to it.\nA/N: Thanks for reading!"
    );
}

/// A copy of two threadmarked posts: the first post's foot does not end the story.
#[test]
fn a_second_threadmarked_post_is_not_the_pages_foot() {
    let doc = run(
        "The Long Watch\nThread starter wren Start date Mar 3, 2024\nThreadmarks\nView all 2 threadmarks\nReader mode\nwren\n#1\nThreadmarks: Chapter 1\nThe ship left.\n\nLast edited: Mar 4, 2024\nReply\nwren\n#2\nThreadmarks: Chapter 2\nThe ship came back.\n\nReply",
    );
    assert!(
        doc.untaken().contains("The ship came back."),
        "{}",
        doc.untaken()
    );
}

/// A Simple Machines post's foot goes, its signature with it, and says nothing of the
/// fields above (another reader's); a rule in the story with no forum foot under it
/// keeps what follows.
#[test]
fn a_simple_machines_foot_and_signature_go() {
    let doc = run(
        "The hill was wet.\n\nThanks for reading, all.\n\n----------------------------------------\n\"Maps are suggestions.\"  |  My fic index: http://example.org/index.php?topic=1\n« Last Edit: 14 October 2019, 22:03:19 by fellwren »\nReport to moderator   Logged",
    );
    assert_eq!(doc.untaken(), "The hill was wet.\nThanks for reading, all.");
    assert!(!read(
        &mut Doc::new("The hill.\n\nReport to moderator   Logged"),
        true
    ));
    let doc = run(
        "The hill.\n\n----------------------------------------\nThe end of the map.\nLogged out, she slept.",
    );
    assert_eq!(doc.untaken().lines().count(), 4);
}

/// XenForo 1's page: "Discussion in '…' started by NAME, date." under the thread's title
/// names the author; a spoiler box under the opening note is the note's; the poster's
/// "NAME, date" line, the buttons and a reaction count on its own line under the post
/// are the foot.
#[test]
fn an_older_xenforo_page_with_a_spoiler_under_the_note() {
    let doc = run(
        "Ashen Lamps (Original)\nDiscussion in 'Creative Writing' started by quill_ash, Mar 3, 2025.\n\nThreadmarks: Part 2\nReader mode\n\nquill_ash\nApr 4, 2025\nAdd bookmark\n#12\n\nA/N: Spoilers for part one below.\n\nSpoiler: Recap\nThe lamps went out in part one.\nClick to expand...\nClick to shrink...\n\nThe siren went off at four.\n\nShe ran.\n\nquill_ash, Apr 4, 2025\nReply\nReport\n\nLike\nx 87\nReactions: wren, moth and 85 others\n\nPrev Next",
    );
    assert_eq!(doc.out.meta.author.as_deref(), Some("quill_ash"));
    assert_eq!(doc.untaken(), "The siren went off at four.\nShe ran.");
    let preface: Vec<&str> = doc.out.preface.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        preface,
        [
            "A/N: Spoilers for part one below.",
            "The lamps went out in part one."
        ]
    );
}

/// A spoiler box under a story's first paragraph stays where it is.
#[test]
fn a_spoiler_under_story_is_not_a_note() {
    let doc = run(
        "Ashen Lamps\nThread starter quill_ash Start date Mar 3, 2025\nThreadmarks\nReader mode\nquill_ash\n#12\n\nThe siren went off at four.\n\nSpoiler: Map\nThe map showed the pass.\nClick to expand...\n\nShe ran.\n\nReply",
    );
    assert!(doc.out.preface.is_empty());
    assert!(doc.untaken().starts_with("The siren went off at four."));
}
