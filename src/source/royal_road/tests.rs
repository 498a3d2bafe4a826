//! Tests of the Royal Road page reader: its head, foot, inserted lines and note boxes,
//! and story lines that look like them.

use super::*;

fn run(t: &str) -> Doc {
    let mut doc = Doc::new(t);
    read(&mut doc, true);
    doc
}

#[test]
fn royal_road_note_boxes_are_the_notes() {
    let doc = run(
        "Chapter 4: Coolant\n\nA note from brine_and_circuits\n\nShort chapter this week, sorry! The next one is longer.\n\nThe pump failed at noon.\n\nMAINT-4 fixed it.\n\nA NOTE FROM brine_and_circuits\n\nThanks for reading! Updates on Tuesdays.",
    );
    assert_eq!(
        doc.untaken(),
        "Chapter 4: Coolant\nThe pump failed at noon.\nMAINT-4 fixed it."
    );
    assert_eq!(doc.out.preface.len(), 1);
    assert_eq!(
        doc.out.afterword[0].text,
        "Thanks for reading! Updates on Tuesdays."
    );
    // A story's own line about a note stays, and a letter's heading.
    for t in [
        "She left.\n\nA note from the landlord was on the door.\n\nIt said nothing.",
        "She left.\n\nIt was late.\n\nA note from Mum\n\nBack by six. Eat something.",
    ] {
        assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t}");
    }
}

/// A chapter page copied whole: the menu, the fiction's title over its byline, the
/// chapter's title and buttons, the advertisement slots, a hidden notice in the text,
/// the note boxes and the foot.
#[test]
fn a_chapter_page_loses_the_sites_lines() {
    let doc = run(
        "Royal Road\nFictions\nForums\nLog In\nSalt Ledger\nby Wen Okoro\nSalt Ledger (Side Story)\nFiction Page\nReport Chapter\nPrevious Chapter\nNext Chapter\nA note from Wen Okoro\n\nHi all! A short one this week.\n\nAdvertisement\n\nThe tide came in.\n\nThis tale was lifted from Royal Road without leave; if it turns up on Amazon, report it.\n\nIt went out.\n\nAdvertisement\n\nA note from Wen Okoro\n\nThanks for reading!\n\nSupport \"Salt Ledger\"\nPrevious Chapter\nNext Chapter\nAbout the author\nWen Okoro\nAchievements\nBio: Lives by the sea.\nLog in to comment\nLog In",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Salt Ledger"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("Wen Okoro"));
    assert_eq!(doc.untaken(), "The tide came in.\nIt went out.");
    assert_eq!(doc.out.preface[0].text, "Hi all! A short one this week.");
    assert_eq!(doc.out.afterword[0].text, "Thanks for reading!");
    let dropped = doc.dropped_texts();
    for t in [
        "Royal Road",
        "Log In",
        "Salt Ledger (Side Story)",
        "Report Chapter",
        "Advertisement",
        "Support \"Salt Ledger\"",
        "Bio: Lives by the sea.",
        "Log in to comment",
    ] {
        assert!(dropped.contains(&t), "{t}: {dropped:?}");
    }
}

/// A chapter title that is not the fiction's again is the story's first heading.
#[test]
fn a_chapter_title_of_its_own_is_a_heading() {
    let doc = run(
        "Salt Ledger\nby Wen Okoro\nChapter 3: Ebb\nFiction Page\nNext Chapter\n\nThe tide came in.",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Salt Ledger"));
    assert_eq!(
        doc.out.lead_heading.as_ref().map(|p| p.text.as_str()),
        Some("Chapter 3: Ebb")
    );
    assert_eq!(doc.untaken(), "The tide came in.");
}

/// Story lines that name the site's words keep them: "Advertisement" alone where no line
/// shows the page is Royal Road's, or inside a sentence; a title over a byline with no
/// site line; "Next Chapter" in a sentence; a last line about the author.
#[test]
fn story_lines_that_look_like_the_sites_stay() {
    for t in [
        "She opened the paper.\n\nAdvertisement\n\nWanted: one lighthouse keeper.",
        "The billboard said Advertisement in red letters, and nothing else.",
        "Salt Ledger\nby Wen Okoro\n\nThe tide came in.",
        "She turned the page.\n\nNext Chapter\n\nThe tide came in.",
        "The tide came in.\n\nAbout the author\n\nShe had never met him.",
        "Follow the river.\n\nHe said the story was stolen, and that she should report it to Amazon.",
    ] {
        assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t}");
    }
}

/// The page as the site sets it now: the menu a blank line over the chapter's title, the
/// fiction's title and byline under it, an advertisement slot in the head, and the
/// comments under the foot, to the site's copyright.
#[test]
fn a_chapter_title_over_the_fictions_and_the_comments_go() {
    let doc = run(
        "Royal Road\nFictions\nLog In\n\nChapter 12: Steps\nSalt Ledger\nby Wen Okoro\nFiction Page\nNext Chapter\nAdvertisement\nRemove Ads from $1\nA note from Wen Okoro\n\nHi all! A short one this week.\n\nThe tide came in.\n\nA note from Wen Okoro\n\nThanks for reading!\n\nPrevious Chapter\nNext Chapter\nSupport \"Salt Ledger\"\nFollow Author\nDonate via Paypal\nAbout the author\nWen Okoro\n\n    4 Reviews\n    44 Followers\n\nBio: Lives by the sea.\nLog in to comment\nLog In\nComments (58)\nSort by\nNewest\n\nharbour_fan\nRank 4\nthanks for the chapter!!\nReply\nReport\nLoad more comments\nRoyal Road\n© 2024 Royal Road Legends LLC. All rights reserved.",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Salt Ledger"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("Wen Okoro"));
    assert_eq!(
        doc.out.lead_heading.as_ref().map(|p| p.text.as_str()),
        Some("Chapter 12: Steps")
    );
    assert_eq!(doc.untaken(), "The tide came in.");
    assert_eq!(doc.out.preface[0].text, "Hi all! A short one this week.");
    assert_eq!(doc.out.afterword.len(), 1);
    let dropped = doc.dropped_texts();
    for t in [
        "Remove Ads from $1",
        "4 Reviews",
        "thanks for the chapter!!",
        "Comments (58)",
    ] {
        assert!(dropped.contains(&t), "{t}: {dropped:?}");
    }
}

/// A story's own lines about comments stay: a count with no sort buttons by it, two
/// lines over a byline with no site line.
#[test]
fn story_lines_about_comments_stay() {
    for t in [
        "The post went up.\n\nComments (3)\n\nNobody had read it.",
        "Chapter 2\nSalt Ledger\nby Wen Okoro\n\nThe tide came in.",
        "The tide came in.\n\nLog in to comment\n\nShe never did.",
    ] {
        assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t}");
    }
}

/// A page copied with blank lines between its parts: the title and byline, the
/// chapter's title apart, the buttons side by side on one line, and the foot's buttons
/// one a line ("Follow Author", "Favorite", "Report chapter").
#[test]
fn a_page_copied_with_its_parts_apart_and_buttons_side_by_side() {
    let doc = run(
        "Low Water\nby Ada Quell\n\nThe Weir\n\n Fiction Index  Next Chapter \n\n\
         The river dropped in June.\n\nShe walked the bed of it.\n\n\
         Support \"Low Water\"\n Follow Author\n Favorite\n Report chapter\n\n\
         About the author\n\nAda Quell\n\nLog in to comment\n\n Fiction Index  Next Chapter ",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Low Water"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("Ada Quell"));
    assert_eq!(
        doc.out.lead_heading.as_ref().map(|h| h.text.as_str()),
        Some("The Weir")
    );
    assert_eq!(
        doc.untaken(),
        "The river dropped in June.\nShe walked the bed of it."
    );
    // A heading that names one button, set apart under a byline, is the story's.
    let t = "Low Water\nby Ada Quell\n\nNext Chapter\n\nThe river dropped in June.";
    assert!(run(t).untaken().contains("Next Chapter"));
}

/// A chapter copied without the site's menu or buttons: the two note boxes naming the
/// same user say the page is Royal Road's, so the chapter's title with its date under
/// the byline, the advertisement slots, the foot with its index buttons, and comments
/// with only their count and reply buttons go.
#[test]
fn a_page_known_by_its_note_boxes() {
    let doc = run(
        "Kettle Road\nby Ana Pell\n\nChapter 3: Steam\nPosted 2 days ago\n\nA note from Ana Pell\n\nA/N: Late again, sorry.\n\nAdvertisement\n\nRemove Ads from $1\n\nThe kettle sang at dawn.\n\nNobody came.\n\nA note from Ana Pell\n\nA/N: Thanks for reading!\n\nSupport \"Kettle Road\"\n\nAbout the author\nAna Pell\n\nLog in to comment\n\nPrevious Chapter\nIndex\nNext Chapter\n\nComments (12)\n\nreader_one\nLovely chapter.\nReply  Like 3\n\nReport",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Kettle Road"));
    assert_eq!(doc.untaken(), "The kettle sang at dawn.\nNobody came.");
    assert_eq!(doc.out.preface[0].text, "A/N: Late again, sorry.");
    assert_eq!(doc.out.afterword[0].text, "A/N: Thanks for reading!");
    assert_eq!(
        doc.out.lead_heading.as_ref().map(|h| h.text.as_str()),
        Some("Chapter 3: Steam")
    );
    // One caption alone is a story's line, and the title block stays as it was.
    let t = "Kettle Road\nby Ana Pell\n\nChapter 3: Steam\nPosted 2 days ago\n\nA note from Ana Pell\n\nThe kettle sang.";
    assert!(run(t).untaken().contains("Posted 2 days ago"));
}

/// The chapter's buttons in a block of their own under the head, and the comments'
/// pager ("Page 1 of 3") at the very end, are the page's: the note boxes at both ends are
/// then the story's notes.
#[test]
fn buttons_set_apart_and_the_comments_pager_go() {
    let page = "Royal Road\nFictions\nLog In\n\nChapter 14: Forty-Two\nThe Small Dungeons\nby Wrenfield\n\nFiction Page\nPrevious Chapter\nNext Chapter\n\nA note from Wrenfield\n\nSorry for the gap! Thanks for the reviews.\n\nTamsin mapped the dungeon.\n\nIt was small.\n\nA note from Wrenfield\n\nNext chapter goes up Thursday.\n\nSupport \"The Small Dungeons\"\nAbout the author\nWrenfield\nLog in to comment\n\nPrevious Chapter\nFiction Index\nNext Chapter\nReport Chapter\n\nComments (47)\n\nPage 1 of 3";
    let doc = run(page);
    assert_eq!(doc.untaken(), "Tamsin mapped the dungeon.\nIt was small.");
    assert_eq!(doc.out.preface.len(), 1);
    assert_eq!(doc.out.afterword.len(), 1);
}

/// A page cut off inside the site's menu (the copy stopped at "Forums") has no head
/// after it to read: the file is left as it is, without a fault.
#[test]
fn a_page_that_is_only_the_menu_is_left_alone() {
    for t in [
        "Forums",
        "Royal Road\nFictions\nForums",
        "Royal Road\nFictions\nForums\n",
    ] {
        assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t:?}");
    }
}

/// A copy that keeps the menu in blocks a blank line apart, the chapter's buttons one a
/// line, the author's "Log in to …" buttons and the comments' count over "Log in to
/// comment", each comment's `Reply  Report`.
#[test]
fn a_page_with_its_menu_in_blocks_and_buttons_one_a_line() {
    let doc = run(
        "Royal Road\n\nFictions\nForums\nWriting\nSupport\n\nLog In\nRegister\n\nInkbound Courier\nby K. T. Harrowgate\n\n\
         Chapter 14 - Overdue\n\nPrevious Chapter\nFiction Index\nNext Chapter\n\nA note from K. T. Harrowgate\n\n\
         Hey all! Thank you so much for 1,000 followers.\n\nThe slip said midnight.\n\nShe rang the bell.\n\n\
         A note from K. T. Harrowgate\n\nNext chapter on Friday. Thank you for reading!\n\nSupport \"Inkbound Courier\"\n\n\
         About the author\n\nK. T. Harrowgate\n\n    3 Reviews\n    12 Fictions\n\nLog in to support this author\n\n\
         Follow Author\n\nLog in to favorite this chapter\n\nReport\n\nPrevious Chapter\nFiction Index\nNext Chapter\n\n\
         Comments (31)\n\nLog in to comment\n\nsleepy_wyvern\n2 days ago\nThanks for the chapter!\nReply  Report",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Inkbound Courier"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("K. T. Harrowgate"));
    assert_eq!(doc.untaken(), "The slip said midnight.\nShe rang the bell.");
    let texts = |v: &[crate::source::paragraphs::RawPara]| {
        v.iter().map(|p| p.text.clone()).collect::<Vec<_>>()
    };
    assert_eq!(
        texts(&doc.out.preface),
        ["Hey all! Thank you so much for 1,000 followers."]
    );
    assert_eq!(
        texts(&doc.out.afterword),
        ["Next chapter on Friday. Thank you for reading!"]
    );
}
