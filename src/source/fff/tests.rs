//! FanFicFare text read: contents, chapter titles and the notes between chapters.

use super::*;

/// A chapter's end note between two chapters keeps its words at its place; the
/// bold label FanFicFare wrote over it goes, and the quote is marked as the
/// chapter's note. A story line that only names such a label, with no quote under
/// it, stays.
#[test]
fn a_chapter_note_between_chapters_loses_only_its_label() {
    let t = "Tide Tables\n\nby gullwing\n\nRating: General Audiences\nChapters: 2\n\nTABLE OF CONTENTS\n\nOne\n\nTwo\n\n        One\n\nThe tide came in.\n\n**Notes for the Chapter:**\n\n> Next time: the storm.\n\n        Two\n\nThe storm came.\n\nShe wrote: Notes for the Chapter:\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    assert_eq!(
        doc.untaken(),
        "The tide came in.\nNext time: the storm.\nTwo\nThe storm came.\nShe wrote: Notes for the Chapter:"
    );
    assert!(
        doc.out
            .meta
            .dropped
            .iter()
            .any(|d| d.text == "**Notes for the Chapter:**")
    );
    // The quote under the label, line 20, is the chapter's note.
    assert_eq!(doc.out.notes, [(20, 20)]);
}

/// A plain bold `**Notes:**` over a quote at the top of a later chapter is that
/// chapter's note; at the top of the first, the preface. Over text never quoted, the
/// label is left with its text.
#[test]
fn a_plain_notes_label_over_a_quote_is_a_chapters_note() {
    let t = "Tide Tables\n\nby gullwing\n\nRating: General Audiences\nChapters: 2\n\nTABLE OF CONTENTS\n\nOne\n\nTwo\n\n        One\n\n**Notes:**\n\n> My first one.\n\nThe tide came in.\n\n        Two\n\n**Notes:**\n\n> Thanks for the comments!\n\nThe storm came.\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    assert_eq!(doc.out.preface.len(), 1);
    assert_eq!(doc.out.notes, [(26, 26)]);
    let t = t.replace("> My first one.", "My first one.");
    let mut doc = Doc::new(&t);
    assert!(read(&mut doc));
    assert!(doc.out.preface.is_empty());
    assert!(
        doc.untaken().starts_with("**Notes:**\nMy first one."),
        "{}",
        doc.untaken()
    );
}

/// Contents entries written one a line with no blank line between them are three
/// entries, not one: the first chapter's indented title then opens the story as
/// its heading instead of being taken into the author's note under it.
#[test]
fn contents_entries_one_a_line_are_entries() {
    let t = "Tide\n\nby gullwing\n\nRating: K\nChapters: 2\n\nTABLE OF CONTENTS\n\nChapter 1: Low\nChapter 2: High\n\n\tChapter 1: Low\n\nA/N: hello.\n\nThe tide came in.\n\n\tChapter 2: High\n\nThe storm came.\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    assert_eq!(
        doc.out.lead_heading.map(|p| p.text).as_deref(),
        Some("Chapter 1: Low")
    );
    assert_eq!(doc.out.headings, [19]);
}

/// Without a contents list, the chapters after the first are the indented titles
/// numbered on from it ("2. El cuaderno" after "1. La llave"); an indented line that
/// is not numbered so (a verse's indent) stays the story's.
#[test]
fn numbered_titles_without_contents_are_headings() {
    let t = "Faro\n\nby luna\n\nRating: K+\nChapters: 3\n\n\t1. La llave\n\nMarina llegó.\n\n\tun verso sangrado\n\n\t2. El cuaderno\n\nEl cuaderno.\n\n\t3. La luz\n\nLa luz.\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    assert_eq!(
        doc.out.lead_heading.map(|p| p.text).as_deref(),
        Some("1. La llave")
    );
    assert_eq!(doc.out.headings, [14, 18]);
    assert!(numbered_next("Chapter 1: Low", "Chapter 2: High", 1));
    assert!(!numbered_next("1. La llave", "Chapter 2", 1));
    assert!(!numbered_next("1. La llave", "3. La luz", 1));
}

/// The last chapter's own summary over its text does not keep its end notes from being
/// the story's closing notes.
#[test]
fn the_last_chapters_end_notes_close_the_story_under_its_summary() {
    let t = "Tide Tables\n\nby gullwing\n\nRating: General Audiences\nChapters: 2\n\nTABLE OF CONTENTS\n\nOne\n\nTwo\n\n        One\n\nThe tide came in.\n\n        Two\n\n**Summary for the Chapter:**\n\n> The storm.\n\nThe storm came.\n\n**End Notes:**\n\n> Thanks for reading!\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    let after: Vec<&str> = doc.out.afterword.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(after, ["Thanks for reading!"]);
}

/// FanFicFare joins a co-written work's authors with commas: each is an author. Over
/// the text of an AO3 work it keeps AO3's `Work Text:` mark, which is the site's.
#[test]
fn co_authors_are_parted_and_the_work_text_mark_goes() {
    let t = "Soundings\n\nby quillwright, ashfall_and_ink\n\nRating: General Audiences\nChapters: 1\n\n\tSoundings\n\nNotes:\n\nFor the exchange.\n\nWork Text:\n\nThe harbour froze.\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    assert_eq!(doc.out.meta.author.as_deref(), Some("quillwright"));
    assert_eq!(doc.out.co_authors, ["ashfall_and_ink"]);
    assert!(!doc.untaken().contains("Work Text"), "{}", doc.untaken());
    assert!(doc.untaken().ends_with("The harbour froze."));
    // A part that reads as no name keeps the byline whole.
    let t = "Tide\n\nby Sam, and friends\n\nRating: K\nChapters: 1\n\n\tTide\n\nThe tide came in.\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    assert!(doc.out.co_authors.is_empty());
    assert_eq!(doc.out.meta.author.as_deref(), Some("Sam, and friends"));
}

/// FanFicFare wraps its header at 78 columns: a story's address wrapped there is one
/// address, and its `Site:` line is the site's.
#[test]
fn a_wrapped_address_is_one_and_the_site_line_goes() {
    let t = "Tide\n\nby gullwing\n\nWords: 542\nSite: www.fimfiction.net\nStory URL: https://www.fimfiction.net/story/511209/the-lending-library-of-\nhollow-dell\nChapters: 1\n\n\tTide\n\nThe tide came in.\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    assert_eq!(
        doc.out.meta.url.as_deref(),
        Some("https://www.fimfiction.net/story/511209/the-lending-library-of-hollow-dell")
    );
    assert_eq!(doc.out.meta.words.as_deref(), Some("542"));
}

/// Royal Road's note boxes in FanFicFare's text: atop the first chapter, the preface
/// (the box holds only the paragraphs that talk); at the end of a chapter before
/// another, a note at its place; at the end of the last, the afterword.
#[test]
fn royal_roads_note_boxes_are_the_notes() {
    let t = "Debt\n\nby IronwoodScribe\n\nChapters: 2\n\nTABLE OF CONTENTS\n\nOne\n\nTwo\n\n\tOne\n\n__A note from IronwoodScribe\n\nWelcome to my new story! Please be gentle with comments.\n\nThe notice was nailed to the door.\n\n__A note from IronwoodScribe\n\nNext chapter on Sunday.\n\n\tTwo\n\nShe went down.\n\n__A note from IronwoodScribe\n\nThanks for reading, see you soon!\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    let texts = |ps: &[crate::source::paragraphs::RawPara]| {
        ps.iter().map(|p| p.text.clone()).collect::<Vec<_>>()
    };
    assert_eq!(
        texts(&doc.out.preface),
        ["Welcome to my new story! Please be gentle with comments."]
    );
    assert_eq!(
        texts(&doc.out.afterword),
        ["Thanks for reading, see you soon!"]
    );
    assert_eq!(doc.out.notes.len(), 1);
    assert_eq!(
        doc.untaken(),
        "The notice was nailed to the door.\nNext chapter on Sunday.\nTwo\nShe went down."
    );
}

/// "A note from Mum" over a line of the story heads a letter the story shows, not a
/// note box: the name is neither the author's nor a user's.
#[test]
fn a_letter_from_someone_in_the_story_is_no_note_box() {
    let t = "Debt\n\nby IronwoodScribe\n\nChapters: 1\n\n\tDebt\n\nShe came home late.\n\nA note from Mum\n\nBack by six. Eat something.\n\nShe ate.\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    assert!(doc.out.notes.is_empty() && doc.out.afterword.is_empty());
    assert!(doc.untaken().contains("A note from Mum\nBack by six."));
}

/// A header whose first field names the story's address as `Source URL:` (as some
/// exports label what FanFicFare calls `Story URL:`) is read as fields from its first
/// line: the rating, the counts and the summary had been left in the story.
#[test]
fn a_header_opening_on_its_source_url_is_read_as_fields() {
    let t = "Salt Wind\n\nby marrow\n\n\nSource URL: https://www.fanfiction.net/s/1/1/Salt-Wind\nStatus: Completed\nRating: T\nChapters: 1\nWords: 40\nSummary: A wager at sea.\n\n\nTABLE OF CONTENTS\n\n1. The Wager\n\n\n\t1. The Wager\n\nThe quartermaster bet his share.\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    assert_eq!(doc.untaken(), "The quartermaster bet his share.");
    assert_eq!(
        doc.out.meta.url.as_deref(),
        Some("https://www.fanfiction.net/s/1/1/Salt-Wind")
    );
    assert_eq!(doc.out.meta.rating.as_deref(), Some("T"));
}

/// FanFicFare's text of an AO3 work keeps AO3's pointer to the chapter's end notes
/// under the opening note: it is AO3's line, not the note's last words.
#[test]
fn ao3s_pointer_to_the_end_notes_goes() {
    let t = "Brotkrumen\n\nby mondmuschel\n\nRating: General Audiences\nChapters: 1\n\nTABLE OF CONTENTS\n\nEins\n\n        Eins\n\n(See the end of the chapter for more notes.)\n\nGretel heizte den Ofen an.\n\nEnd file.";
    let mut doc = Doc::new(t);
    assert!(read(&mut doc));
    assert_eq!(doc.untaken(), "Gretel heizte den Ofen an.");
}
