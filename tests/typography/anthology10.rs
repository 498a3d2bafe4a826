//! The anthology in `tests/fixtures/anthology10` (written blind: eleven stories from a
//! journal entry to a Japanese text file, in five languages): pages as the typeset
//! frames have them and as the script reads the written PDF.

use super::*;

fn anthology10() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology10")
}

/// Its pages as the script reads them, where a story's notes that end a page before
/// its first chapter's heading end a chapter (the outline's); the frames' own check of
/// page ends counts only stories. Loose lines no more than when the anthology was first
/// set (44).
#[test]
fn screen_anthology10_pages_end_full() {
    check_figures(&anthology10(), Profile::Screen, false);
    let f = measured(&anthology10(), "screen");
    check_pages(&f, "screen", 30);
    check_loose_over(&f, "screen", 44, 900);
}

/// In print, the page before "Dead Air"'s closing note (30) ended seven lines short: the
/// story's last paragraph (three lines, which cannot part) went over with the note's
/// heading and first paragraph, and nothing on the six pages before it could push four
/// lines down or win two. Near a chapter's end the last eight pages are now searched
/// together where six do not serve: two pages a line short and a paragraph a line
/// longer fill page 30 with the story's end, and the note stands alone atop page 31.
/// Loose lines one more than before (40), for a page seven lines short.
#[test]
fn print_anthology10_pages_end_full_and_spreads_level() {
    check_figures(&anthology10(), Profile::Print, false);
    let f = measured(&anthology10(), "print");
    check_pages(&f, "print", 30);
    check_loose_over(&f, "print", 41, 900);
}
