//! Closing notes kept with their stories: no page of the typeset frames opens on a
//! story's closing-note heading (the note standing alone on a page, apart from the
//! story it closes), where pagination can keep it with the story's last lines.

use super::*;

/// The heading the book adds over a story's closing note, in the anthologies'
/// language (en-GB; `src/furniture/lang.rs`).
const NOTE_HEADING: &str = "Closing Note";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The pages of the book in folder `book` typeset in `profile` whose first line below
/// the running head is a closing note's heading, as (page index, the line before it on
/// the page before); and how many closing notes the book has in all.
fn lone_notes(book: &Path, profile: Profile) -> (Vec<(usize, String)>, usize) {
    lone_notes_in(book, profile, None)
}

/// As [`lone_notes`], on pages of `trim` if given (see [`layout_in`]).
fn lone_notes_in(
    book: &Path,
    profile: Profile,
    trim: Option<&str>,
) -> (Vec<(usize, String)>, usize) {
    let (doc, _) = layout_in(book, profile, trim);
    let mut lone = Vec::new();
    let mut notes = 0;
    let mut last_text = String::new();
    for (i, page) in doc.pages.iter().enumerate() {
        let mut lines = page.lines.iter().filter(|l| l.kind != LineKind::Furniture);
        if lines.next().is_some_and(|first| first.text == NOTE_HEADING) {
            lone.push((i, last_text.clone()));
        }
        notes += page.lines.iter().filter(|l| l.text == NOTE_HEADING).count();
        if let Some(l) = page.lines.iter().rfind(|l| l.kind != LineKind::Furniture) {
            last_text = l.text.clone();
        }
    }
    (lone, notes)
}

/// Asserts that no closing note of the book stands alone at a page's top (and that the
/// book has closing notes, so the check means something).
fn check_notes(name: &str, profile: Profile) {
    check_notes_in(name, profile, None);
}

/// As [`check_notes`], on pages of `trim` if given.
fn check_notes_in(name: &str, profile: Profile, trim: Option<&str>) {
    let (lone, notes) = lone_notes_in(&fixture(name), profile, trim);
    assert!(
        notes >= 3,
        "{name} {profile:?} {trim:?}: only {notes} closing notes"
    );
    assert!(
        lone.is_empty(),
        "{name} {profile:?} {trim:?}: closing notes alone at the top of pages (index, the \
         story's last line before): {lone:?}"
    );
}

/// anthology4's Portuguese story once ended on a full screen page and its two-line
/// note went over alone; its last lines now go over with it, with the page before a
/// line short rather than a paragraph set looser. anthology5's screen note (page index
/// 44) needs its story's last chat lines carried, which one page before could not
/// give without a rule broken: the look-back over the two pages before it does. (The first two anthologies have no
/// closing notes.)
#[test]
fn screen_closing_notes_stay_with_their_stories() {
    for name in ["anthology4", "anthology5"] {
        check_notes(name, Profile::Screen);
    }
}

#[test]
fn print_closing_notes_stay_with_their_stories() {
    for name in ["anthology3", "anthology5", "anthology6"] {
        check_notes(name, Profile::Print);
    }
}

/// anthology6's Dutch story 'De dijkwacht' ends on a page of short paragraphs; its
/// note once went over alone, which a look-back over one page before could not mend
/// without a rule broken. The look-back over the two pages before carries lines to it.
/// (The book's other screen notes are not all kept yet: this one is checked by its
/// story's last line, "Mooi weer.")
#[test]
fn screen_note_after_short_paragraphs_stays() {
    let (lone, notes) = lone_notes(&fixture("anthology6"), Profile::Screen);
    assert!(notes >= 3, "anthology6 screen: only {notes} closing notes");
    let dijk: Vec<_> = lone
        .iter()
        .filter(|(_, l)| l.contains("Mooi weer."))
        .collect();
    assert!(
        dijk.is_empty(),
        "anthology6 screen: 'De dijkwacht' ends a page and its note stands alone: {dijk:?}"
    );
}

/// On 5x8in pages in print, a closing note of anthology4 and one of anthology5 stood
/// alone atop a page: carrying the story's last lines over left a page before two lines
/// short, which the pages searched together could fill only by ending pages a line short
/// or a paragraph set a line longer. They may now also give a scene break or a heading
/// inside the story, a page or more before, a line more of white.
#[test]
fn print_closing_notes_stay_with_their_stories_on_5x8in_pages() {
    for name in ["anthology4", "anthology5"] {
        check_notes_in(name, Profile::Print, Some("5x8in"));
    }
}
