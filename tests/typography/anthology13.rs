//! The anthology in `tests/fixtures/anthology13` (written blind: twelve stories from a
//! FanFicFare EPUB, a mailing-list archive, a Google Docs export, forum, Dreamwidth,
//! SquidgeWorld, Scribble Hub, Obsidian, Twisting the Hellmouth, Fimfiction and FicHub
//! pages): pages as the typeset frames have them and as the script reads the PDF.

use super::*;

fn anthology13() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology13")
}

/// 26 loose lines: 25 of 834 full lines while three stories carried their pages' text
/// (the Google Docs epigraph, the TtH header bar and table, FicHub's meta block and
/// contents); read right, the book has 827 full lines and one loose line more.
#[test]
fn print_anthology13_pages_end_full_and_spreads_level() {
    check_figures(&anthology13(), Profile::Print, true);
    let f = measured(&anthology13(), "print");
    check_pages(&f, "print", 30);
    check_loose_over(&f, "print", 26, 800);
}

/// The FicHub story's opener ended with its bold "Notes:" line alone, two lines short,
/// the note's quote on the next page: a line that introduces the quote, list or verse
/// under it ("Notes:", "It read:") now keeps with it. That story is not read right yet:
/// its metadata and table of contents are text, so its opener is a page of them, and
/// the first chapter's heading, its "Notes:" and the quote go over together, leaving the
/// opener's foot white; the frames count that as a short page, so the pages are read
/// from the written PDF, where the script finds none.
#[test]
fn screen_anthology13_pages_end_full() {
    check_figures(&anthology13(), Profile::Screen, false);
    let f = measured(&anthology13(), "screen");
    check_pages(&f, "screen", 30);
    check_loose_over(&f, "screen", 19, 800);
}
