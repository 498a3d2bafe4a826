//! Tests of the AO3 page-copy reader (`ao3`) on whole headers: the site's navigation
//! above the work, the title/author/`Summary:` run, the buttons below the work.

use super::header::read;

const PAGE: &str = "Archive of Our Own beta\nSkip header\nLog In\nSite Navigation\nFandoms\nBrowse\nSearch\nAbout\nActions\n\n    Entire Work\n    Comments (3)\n\nWork Header\n\nRating:\n    Teen And Up Audiences\nFandom:\n    Lanterns (Radio)\nStats:\n    Published:\n        2020-01-02\n    Words:\n        400\n\nThe Lamp Room\nwickfern\nSummary:\n\nA keeper and a storm.\n\nNotes:\n\nFor my sister.\n\n(See the end of the work for more notes.)\nWork Text:\n\nThe lamp turned all night.\n\nNotes:\n\nThanks for reading!\n\nActions\n    ← Previous Work\n    Kudos ♥\n    Bookmark\n    Top ↑\n\nquill_a, and 3 more users as well as 9 guests left kudos on this work!\n\nComments\nPost Comment";

#[test]
fn a_browser_copy_of_a_work_page_keeps_only_the_work() {
    let h = read(PAGE, true, true);
    assert_eq!(h.title.as_deref(), Some("The Lamp Room"));
    assert_eq!(h.meta.author.as_deref(), Some("wickfern"));
    let rest: Vec<&str> = h
        .rest
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(rest, ["The lamp turned all night."]);
    let texts =
        |v: &[super::paragraphs::RawPara]| v.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
    assert_eq!(
        texts(&h.preface),
        ["A keeper and a storm.", "For my sister."]
    );
    assert_eq!(texts(&h.afterword), ["Thanks for reading!"]);
    let dropped: Vec<&str> = h.meta.dropped.iter().map(|d| d.text.as_str()).collect();
    for d in [
        "Archive of Our Own beta",
        "Log In",
        "About",
        "Top ↑",
        "← Previous Work",
    ] {
        assert!(dropped.contains(&d), "{d} in {dropped:?}");
    }
}

/// A copy made while logged out takes the log-in box under "Log In" along: its labels
/// are the site's, not the work's title and author.
#[test]
fn a_copy_with_the_log_in_box_keeps_the_works_title() {
    let page = PAGE.replacen(
        "Log In\n",
        "Skip to content\nLog In\nUser name or email:\n\nPassword:\n\nRemember me\nForgot password? Get an Invitation\n",
        1,
    );
    let h = read(&page, true, true);
    assert_eq!(h.title.as_deref(), Some("The Lamp Room"));
    assert_eq!(h.meta.author.as_deref(), Some("wickfern"));
    let dropped: Vec<&str> = h.meta.dropped.iter().map(|d| d.text.as_str()).collect();
    for d in [
        "Password:",
        "Remember me",
        "Forgot password? Get an Invitation",
    ] {
        assert!(dropped.contains(&d), "{d} in {dropped:?}");
    }
}

/// The same words in a story (below `Work Text:`, or in a file that is no AO3 page)
/// stay.
#[test]
fn navigation_words_in_a_story_stay() {
    let t = "Work Text:\n\nSearch\n\nShe searched the browse bins.\n\nAbout\n\nIt was about time.";
    let h = read(t, true, true);
    let rest: Vec<&str> = h
        .rest
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        rest,
        [
            "Search",
            "She searched the browse bins.",
            "About",
            "It was about time."
        ]
    );
    let t = "Search\n\nBrowse\n\nThe shop was shut.";
    assert_eq!(read(t, true, true).rest, t);
}

/// A page copied with its fandom menu, its stats run together under `Stats:`, and the
/// readers' comments and the site's footer under the end notes (no blank line between
/// the last note and the buttons): only the work is kept, and the title under the stats
/// is the title.
#[test]
fn a_page_copied_whole_loses_its_menu_comments_and_footer() {
    let page = "Archive of Our Own beta\nFandoms\nAnime & Manga\nVideo Games\nSearch Works\nWork Search:\ntip: arthur merlin words>1000 sort:hits\nWork Header\n\nRating:\nGeneral Audiences\nStats:\nPublished:2020-01-02Words:400Chapters:1/1Kudos:9\nThe Lamp Room\nwickfern\nSummary:\nA keeper and a storm.\n\nWork Text:\nThe lamp turned all night.\n\nNotes:\nThanks for reading!\nActions\n↑ Top\nKudos ♥\nComments\n\nPost Comment\nGuest name\nreedwarbler on Chapter 1 Sun 20 Oct 2025\nSo good!\nReply Thread\n\nFooter\nAbout the Archive\nSite Map";
    let h = read(page, true, true);
    assert_eq!(h.title.as_deref(), Some("The Lamp Room"));
    assert_eq!(h.meta.author.as_deref(), Some("wickfern"));
    assert_eq!(h.meta.words.as_deref(), Some("400"));
    assert_eq!(h.meta.published.as_deref(), Some("2020-01-02"));
    let texts =
        |v: &[super::paragraphs::RawPara]| v.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&h.preface), ["A keeper and a storm."]);
    assert_eq!(texts(&h.afterword), ["Thanks for reading!"]);
    assert_eq!(h.rest.trim(), "The lamp turned all night.");
    // A story's own "Actions" and "Share" lines, one alone, stay.
    let t = "Work Text:\n\nShe wrote a list of actions.\n\nActions\n\nShare\n\nThe end.";
    let h = read(t, true, true);
    assert!(
        h.rest.contains("Actions") && h.rest.contains("The end."),
        "{}",
        h.rest
    );
}

/// An "Entire Work" page copy: a chapter's notes between chapters stay at their place as
/// small notes (their lines recorded), up to the chapter's text or the next chapter.
#[test]
fn notes_between_chapters_of_a_copied_work_are_set_apart() {
    let page = "Archive of Our Own beta\nSkip to Main Content\nWork Header\n\nRating:\n    General Audiences\n\nTides\nquill\n\nChapter 1: Low Water\n\nChapter Text\n\nThe tide went out.\n\nNotes:\n\nChapter two goes up on Saturday!\n\nChapter 2: The Bottle\n\nChapter Notes\n\nBack to the shop.\n\n(See the end of the chapter for more notes.)\n\nChapter Text\n\nMarnie came down.\n\nNotes:\n\nThanks for reading!";
    let h = read(page, true, true);
    let lines: Vec<&str> = page.lines().collect();
    let noted: Vec<&str> = h
        .notes
        .iter()
        .flat_map(|&(a, z)| lines[a - 1..z].iter().copied())
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        noted,
        ["Chapter two goes up on Saturday!", "Back to the shop."]
    );
    // With no see-the-end line under the chapter's notes, `Chapter Text` still ends them:
    // the chapter's text is story.
    let page = page.replace("(See the end of the chapter for more notes.)\n\n", "");
    let h = read(&page, true, true);
    assert!(h.rest.contains("Marnie came down."), "{}", h.rest);
    let lines: Vec<&str> = page.lines().collect();
    assert!(
        h.notes
            .iter()
            .all(|&(a, z)| !lines[a - 1..z].contains(&"Marnie came down."))
    );
}

/// A download's text has nothing that marks where the story starts: its `Notes` section
/// holds only what comes before dialogue, and a story's own "Notes:" over a notebook's
/// lines is neither where the notes end nor the work's end notes.
#[test]
fn a_downloads_notes_stop_before_the_story() {
    let text = "Lamps\nPosted originally on the Archive of Our Own at https://archiveofourown.org/works/1.\n\nRating:\n    General Audiences\n\nLamps\nby wren\n\nNotes\n\nFor the summer swap.\n\nThe lamp was lit at nine.\n\n\"Why?\" Nell asked.\n\nNotes:\nthe tide at four\nthree puffins\n\nShe wrote it down.\n\nEnd Notes\n\nThanks for reading!";
    let h = read(text, true, true);
    let texts =
        |v: &[super::paragraphs::RawPara]| v.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&h.preface), ["For the summer swap."]);
    assert_eq!(texts(&h.afterword), ["Thanks for reading!"]);
    assert!(h.rest.contains("Notes:\nthe tide at four"), "{}", h.rest);
    // Converted to text, the archive's closing prompt wrapped onto two lines goes too.
    let wrapped = format!(
        "{text}\n\nPlease drop by the Archive and comment to let the\ncreator know if you enjoyed their work!"
    );
    let h = read(&wrapped, true, true);
    assert_eq!(texts(&h.afterword), ["Thanks for reading!"]);
}

/// A reader view's copy of a work page: the title, the author, the tag list one value a
/// line, `Summary:`, `Notes:` and the see-the-end line, with no blank line anywhere and
/// no `Work Text:`; the story starts under the see-the-end line.
#[test]
fn a_reader_view_copy_with_no_blank_lines() {
    let page = "Three Calls\nlarkspur\nRating:\nTeen And Up Audiences\nArchive Warning:\nNo Archive Warnings Apply\nCharacters:\nDev\nSam\nSummary:\nDev keeps calling.\nNotes:\nTexts are in monospace.\n(See the end of the work for more notes.)\nSam's phone buzzed.\nThen the texts started.";
    let h = read(page, true, true);
    assert_eq!(h.title.as_deref(), Some("Three Calls"));
    assert_eq!(h.meta.author.as_deref(), Some("larkspur"));
    let texts =
        |v: &[super::paragraphs::RawPara]| v.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
    assert_eq!(
        texts(&h.preface),
        ["Dev keeps calling.", "Texts are in monospace."]
    );
    let rest: Vec<&str> = h
        .rest
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(rest, ["Sam's phone buzzed.", "Then the texts started."]);
}

/// A gift work's page: "for NAME" under the byline is the gift line, not the title's
/// or the story's.
#[test]
fn a_gift_works_for_line_goes() {
    let page = PAGE.replace(
        "The Lamp Room\nwickfern\n",
        "The Lamp Room\nwickfern\nfor moth_light\n",
    );
    let h = read(&page, true, true);
    assert_eq!(h.title.as_deref(), Some("The Lamp Room"));
    assert_eq!(h.meta.author.as_deref(), Some("wickfern"));
    let dropped: Vec<&str> = h.meta.dropped.iter().map(|d| d.text.as_str()).collect();
    assert!(dropped.contains(&"for moth_light"), "{dropped:?}");
}

/// A download of a work in chapters: each chapter's `Chapter Notes` and `Chapter End
/// Notes`, quoted (indented) as AO3 sets them, stay notes at their place and stop where
/// the chapter's text starts flush left; the work's end notes are only those after the
/// last chapter's title. The first chapter's notes had opened the end notes, and the
/// whole work had become its afterword.
#[test]
fn a_download_in_chapters_keeps_each_chapters_notes_apart() {
    let text = "Frost\nPosted originally on the Archive of Our Own at http://archiveofourown.org/works/2.\n\nRating:\n    General Audiences\n\nFrost\n\nby ashdown\n\nSummary\n\n    Two winters.\n\nChapter 1: The Ditch\n\nChapter Notes\n\n    Nothing sad here.\n\nThe frost came up from the ditch.\n\nNotes:\nno wind\nbirds quiet\n\nShe did not cross it out.\n\nChapter End Notes\n\n    Based on a real diary.\n\nChapter 2: Thaw\n\nChapter Notes\n\n    Last one!\n\nThe blossom came early.\n\nEnd Notes\n\n    Thank you all.";
    let h = read(text, true, true);
    let texts =
        |v: &[super::paragraphs::RawPara]| v.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&h.afterword), ["Thank you all."]);
    for story in [
        "The frost came up from the ditch.",
        "Notes:\nno wind",
        "She did not cross it out.",
        "The blossom came early.",
    ] {
        assert!(
            h.rest.contains(story),
            "{story:?} not in the story: {}",
            h.rest
        );
    }
    let lines: Vec<&str> = text.lines().collect();
    let noted: Vec<&str> = h
        .notes
        .iter()
        .flat_map(|&(a, z)| lines[a - 1..z].iter().map(|l| l.trim()))
        .filter(|l| !l.is_empty())
        .collect();
    assert!(!noted.iter().any(|l| l.starts_with("The ")), "{noted:?}");
    assert!(noted.contains(&"Based on a real diary."), "{noted:?}");
}

/// A download quotes the work's notes indented, as AO3's page does: two paragraphs of
/// notes are both the preface, and the story starts at the first paragraph set flush
/// left (the second note had been read as the story's first paragraph).
#[test]
fn a_downloads_quoted_notes_run_to_the_first_flush_paragraph() {
    let text = "Ledger\nPosted originally on the Archive of Our Own at http://archiveofourown.org/works/3.\n\nRating:\n    General Audiences\n\nLedger\n\nby quill\n\nSummary\n\n    A lamp lit late.\n\nNotes\n\n    Written for an exchange.\n\n    Thanks to my beta, who knows the tides.\n\nThe lamps were lit in order, harbour first and chapel last.\n\nShe wrote the time down.";
    let h = read(text, true, true);
    let texts =
        |v: &[super::paragraphs::RawPara]| v.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
    assert_eq!(
        texts(&h.preface),
        [
            "A lamp lit late.",
            "Written for an exchange.",
            "Thanks to my beta, who knows the tides."
        ]
    );
    assert!(h.rest.contains("The lamps were lit"), "{}", h.rest);
    assert!(!h.rest.contains("beta"), "{}", h.rest);
}
