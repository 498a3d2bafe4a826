//! Tests of the Dreamwidth page reader: its head over the fields, the icons' alt text,
//! the tags one a line and the foot, and stories that say the page's words.

use super::*;

fn run(t: &str) -> Doc {
    let mut doc = Doc::new(t);
    read(&mut doc);
    doc
}

/// An entry copied whole: the menu, subject, date and poster over the fields, the
/// icons' text before names, the tags one a line, the page summary and credits.
#[test]
fn an_entrys_page_around_it_goes() {
    let doc = run(
        "Skip to Main Content\nwren_ink\nReading\nRecent Entries\nArchive\nPrevious Entry | Next Entry\nAdd Memory Share This Entry\nFic: Lantern (Hollowmere, G)\nDec. 15th, 2024 09:41 pm\n[personal profile] wren_ink posting in [community profile] lantern_fest\nTitle: Lantern\nAuthor: [personal profile] wren_ink\nRating: G\n\nThe lamp was lit.\n\nThanks for reading!\n\nTags:\n\n    fandom: hollowmere,\n    fic\n\nCurrent Mood: sleepy\n3 comments | Reply\n\nFlat | Top-Level Comments Only\nPage Summary\n\n    [personal profile] moth - (no subject)\n\nPowered by Dreamwidth Studios\nStyle Credit\nExpand Cut Tags\nNo cut tags",
    );
    assert_eq!(
        doc.untaken(),
        "Title: Lantern\nAuthor: wren_ink\nRating: G\nThe lamp was lit.\nThanks for reading!\nCurrent Mood: sleepy\n3 comments | Reply"
    );
    assert_eq!(doc.out.meta.tags, ["hollowmere", "fic"]);
    // Tags as a list copies them, and the page's lines under the entry's links (which
    // are the journal's foot).
    let listed = run(
        "Title: Lantern\nRating: G\n\nThe lamp was lit.\n\nTags:\n\n* fandom: hollowmere\n* fest: 2025\n\nFlag\n\n8 comments | Reply\n\nPrevious Entry | Next Entry\n\nPage 1 of 1\n<<[1] >>\n\nPage generated Dec. 15th, 2025 04:41 am\nPowered by Dreamwidth Studios",
    );
    assert_eq!(
        listed.untaken(),
        "Title: Lantern\nRating: G\nThe lamp was lit.\nFlag\n8 comments | Reply"
    );
    assert_eq!(listed.out.meta.tags, ["hollowmere", "2025"]);
    let dropped = doc.dropped_texts();
    for t in [
        "Skip to Main Content",
        "Dec. 15th, 2024 09:41 pm",
        "[personal profile]",
        "Page Summary",
        "No cut tags",
    ] {
        assert!(dropped.contains(&t), "{t}: {dropped:?}");
    }
}

/// The readers' comments under the comment links are the page's, down to its foot.
#[test]
fn the_comments_under_an_entry_go() {
    let doc = run(
        "Title: Lantern\nAuthor: wren_ink\nRating: G\n\nThe lamp was lit.\n\nShe waited.\n\nThank you.\n\n\
         Flat | Top-Level Comments Only\n14 comments | Reply\n(Read 14 comments)\n\nmagpie_quill\n\
         2021-12-27 10:02 pm (UTC)\noh, the lamp. Thank you so much.\n(Reply) (Thread) (Link)\n\n\
         Page 1 of 2\n<< [1] [2] >>\n\nStyle: Site Default\nExpand Cut Tags\nNo cut tags\nPowered by Dreamwidth Studios",
    );
    assert_eq!(
        doc.untaken(),
        "Title: Lantern\nAuthor: wren_ink\nRating: G\nThe lamp was lit.\nShe waited.\nThank you."
    );
}

/// A story that says the page's words keeps them: no line only Dreamwidth writes, or
/// sentences over the fields, or tags that run on as prose.
#[test]
fn stories_that_say_the_pages_words_stay() {
    for t in [
        "Skip to Main Content\nPrevious Entry | Next Entry\nTitle: Lantern\nRating: G\n\nThe lamp was lit.",
        "The lamp was lit.\n\nPage Summary\n\nShe read it twice.",
        "Add Memory Share This Entry\n\nThe button said that, and she pressed it, and the screen went dark.\n\nTitle: Lantern\n\nThe lamp was lit.",
    ] {
        let doc = run(t);
        assert_eq!(doc.untaken(), Doc::new(t).untaken(), "{t}");
    }
    // The page's line at the top of a story is no foot; tags run on as prose are no list.
    let t = "Powered by Dreamwidth Studios\n\nThe lamp was lit.\n\nTags:\nnone, she said, that she would ever admit to.";
    assert_eq!(run(t).untaken(), Doc::new(t).untaken());
}

/// The icons' text goes from a name, and the space the markup set before a possessive.
#[test]
fn icon_text_leaves_the_names() {
    let doc = run(
        "Notes: for [community profile] carol_service 's challenge, beta by [personal profile] moth.\n\nThe lamp was lit.",
    );
    assert_eq!(
        doc.untaken(),
        "Notes: for carol_service's challenge, beta by moth.\nThe lamp was lit."
    );
}

/// A personal journal's entry: the entry's tags over its `Title:` field, the owner's
/// journal named in the head (the author, when no field names one), and the tags one a
/// line, with no commas, over the comment links.
#[test]
fn a_journal_entry_with_its_tags_above_and_below() {
    let doc = run(
        "Skip to Main Content\n\nlarkspur_ink\nlarkspur_ink's Journal\nReading\n\nPrevious Entry | Next Entry\n\n[personal profile] larkspur_ink2025-12-19 09:14 pm\nEntry tags:\nfandom: lowland observatory, fic\nField Notes\n\nTitle: Field Notes\nRating: G\n\nIlse kept a notebook.\n\nTags:\nfandom: lowland observatory\nfic\nilse/bram\n\nLink | Leave a comment | 6 comments | Share | Flag\n\nPowered by Dreamwidth Studios",
    );
    assert_eq!(doc.out.meta.author.as_deref(), Some("larkspur_ink"));
    assert!(doc.out.meta.tags.contains(&"ilse/bram".to_string()));
    // The fields are the field block's reader's, the comment links the journal's.
    assert_eq!(
        doc.untaken(),
        "Title: Field Notes\nRating: G\nIlse kept a notebook.\nLink | Leave a comment | 6 comments | Share | Flag"
    );
}
