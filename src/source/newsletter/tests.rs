//! Tests of the newsletter mail reader: a Substack post copied from the mail client, and
//! stories that look like a mail's head or a newsletter's foot.

use super::*;

fn run(t: &str) -> Doc {
    Doc::read_by(t, read)
}

#[test]
fn a_newsletters_mail_loses_its_head_and_foot() {
    let doc = run(
        "Lantern Post\nInbox\n\nLate Lamps <latelamps@substack.com> Unsubscribe\nMon, Mar 3, 2025, 7:00 AM\nto me\n\nView this post on the web at https://latelamps.substack.com/p/lantern-post\n\nLantern Post\nA story about a lamp\nAda Vance\nMar 3\n\nHi friends,\n\n* * *\n\nThe lamp was lit.\n\n* * *\n\nSee you next week,\nAda\n\nLate Lamps is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.\n\nLike https://substack.com/app-link/post?id=1\nRestack https://substack.com/redirect/2/x\n\n© 2025 Ada Vance\n548 Market Street PMB 72296, San Francisco, CA 94104\nUnsubscribe https://substack.com/redirect/2/y\n\nStart writing https://substack.com/signup",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Lantern Post"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("Ada Vance"));
    assert_eq!(doc.out.meta.published.as_deref(), Some("Mar 3"));
    assert_eq!(
        doc.untaken(),
        "Hi friends,\n* * *\nThe lamp was lit.\n* * *\nSee you next week,\nAda"
    );
    let dropped = doc.dropped_texts();
    for t in [
        "Inbox",
        "to me",
        "A story about a lamp",
        "© 2025 Ada Vance",
        "Start writing https://substack.com/signup",
    ] {
        assert!(dropped.contains(&t), "{t}: {dropped:?}");
    }
}

/// A story that opens like a mail, or ends on a link or an address, keeps its words:
/// no `View this post on the web at` line, no newsletter.
#[test]
fn stories_that_look_like_mails_stay() {
    for t in [
        "Inbox\nto me\n\nThe letter came on a Monday.\n\nLike https://example.com/like",
        "The lamp was lit.\n\nShe wrote the address down: 12 Pier Road, Salem, MA 01970",
        "She read it aloud: View this post on the web at https://example.com, and then she laughed.\n\nThe lamp was lit.",
    ] {
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc, true), "{t}");
        assert_eq!(doc.untaken(), Doc::new(t).untaken(), "{t}");
    }
    assert!(is_date("Feb 13") && is_date("Feb 13, 2025") && !is_date("Feb the 13th"));
    assert!(is_address(
        "548 Market Street PMB 72296, San Francisco, CA 94104"
    ));
    assert!(!is_button("Like, https://x") && is_button("Upgrade to paid https://x"));
}

/// The notes around the story: before the first divider and after the last, when they
/// talk to the readers; a newsletter whose story opens and closes with scenes keeps them.
#[test]
fn notes_around_the_story_are_the_notes() {
    let head = "View this post on the web at https://x.substack.com/p/y\n\nY\nAda Vance\nMar 3\n\n";
    let t = format!(
        "{head}Hi friends,\n\nThis week's story came out of a layover.\n\n* * *\n\nThe lamp was lit.\n\n* * *\n\nIt went out.\n\n* * *\n\nThat's it for this week! Thank you for reading.\n\nSee you next week,\nAda"
    );
    let doc = run(&t);
    assert_eq!(doc.out.preface.len(), 2);
    assert_eq!(doc.out.afterword.len(), 2);
    assert_eq!(doc.out.afterword[1].text, "See you next week,\nAda");
    assert_eq!(doc.untaken(), "The lamp was lit.\n* * *\nIt went out.");
    let t = format!(
        "{head}The station was empty.\n\n* * *\n\nThe lamp was lit.\n\n* * *\n\nIt went out, and she walked home."
    );
    assert_eq!(
        run(&t).untaken(),
        "The station was empty.\n* * *\nThe lamp was lit.\n* * *\nIt went out, and she walked home."
    );
}

/// A post's page copied from the browser: the publication over `Subscribe` and `Sign
/// in`, the post's head with its counts and `Share`, the notes to the readers around the
/// story, and the foot from the pitch down (the discussion, the site's footer).
#[test]
fn a_posts_page_loses_its_head_and_foot() {
    let doc = run(
        "The Lamp Almanac\nSubscribe\nSign in\n\nLantern Post\nA story about a lamp\nAda Vance\nMar 3, 2025\n12\n3\nShare\n\n\
         Hello friends. This month's story came out of a long wet week.\n\nThe lamp was lit at nine.\n\nNobody came.\n\n§\n\nAt ten it went out.\n\n\
         If you enjoyed this, forward it to one friend. See you next month.\n\n\
         Thanks for reading The Lamp Almanac! Subscribe for free to receive new posts.\n\nSubscribe\n\n12 Likes\n∙\n3 Restacks\n12\n3\nShare\n\n\
         Discussion about this post\nComments\n\nJo Reader\nMar 3\nThe lamp!\nLike (2)\nReply\n\n© 2025 Ada Vance\nSubstack is the home for great culture",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Lantern Post"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("Ada Vance"));
    assert_eq!(
        doc.untaken(),
        "The lamp was lit at nine.\nNobody came.\n§\nAt ten it went out."
    );
    let texts = |v: &[RawPara]| v.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
    assert_eq!(
        texts(&doc.out.preface),
        ["Hello friends. This month's story came out of a long wet week."]
    );
    assert_eq!(
        texts(&doc.out.afterword),
        ["If you enjoyed this, forward it to one friend. See you next month."]
    );
    // A story that opens with the two words keeps every line without the page's foot.
    let t = "Subscribe\nSign in\n\nShe would not subscribe.\n\nShe did not sign in.";
    assert_eq!(run(t).untaken(), Doc::new(t).untaken());
}
