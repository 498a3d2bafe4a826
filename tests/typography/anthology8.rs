//! The eighth anthology (`tests/fixtures/anthology8`: right-to-left, CJK and emoji stories
//! beside Latin ones): pages as the typeset frames have them and as the script reads the
//! written PDF, in both profiles.

use super::*;

fn anthology8() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology8")
}

/// Print page 8 ends on lines in a fallback face (Korean), whose word boxes are another
/// height than body lines'; the script reads that spread's foot from the last text in
/// any face, and finds it level, as the rendered pages are. The closing notes' white
/// that may shrink and the end marks left out before closing notes set it a text page
/// shorter than before (24, was 25), as its screen copy.
#[test]
fn print_anthology8_pages_end_full_and_spreads_level() {
    check_figures(&anthology8(), Profile::Print, true);
    let f = measured(&anthology8(), "print");
    check_pages(&f, "print", 24);
    check_loose_over(&f, "print", 18, 400);
}

/// "Everything the Lamplighter Kept"'s opener ends with its author's note: the first
/// chapter's heading and its small note, which had stood alone at that page's foot, open
/// the next page with the text after them. The script reads the opener as a chapter's
/// end (its notes end a page before its first chapter's heading, an outline entry); the
/// frames' own check of page ends counts only stories, so the pages are read from the
/// written PDF. (23 text pages at least: a closing note that comes up under its story's
/// end, its white above it shrunk, saves the page it went over to; and "Payung Kuning"'s
/// last scene break, giving up its white at a page's foot, brings the story's end up
/// under its note's heading, so the script reads that page, not the next, as the
/// story's last.)
#[test]
fn screen_anthology8_pages_end_full() {
    check_figures(&anthology8(), Profile::Screen, false);
    let f = measured(&anthology8(), "screen");
    check_pages(&f, "screen", 23);
    check_loose_over(&f, "screen", 13, 400);
}

/// On 5.5x8.5in pages in print, the page where "L'enxaneta"'s second part opens (17)
/// ended two lines short: the three-line paragraph after it could not part, and the
/// spread before could end no line short (the paragraph at its foot would leave one line
/// alone). A heading inside a story may now take a line more of white, as a scene break
/// may, and the page fills. Read from the written PDF, as the frames' own check counts
/// a page of notes before a first chapter's heading as no chapter's end.
#[test]
fn print_anthology8_on_5_5x8_5in_pages_ends_pages_full() {
    let f = measured_in(&anthology8(), "print", "5.5x8.5in");
    check_pages(&f, "print", 23);
}
