//! The anthology in `tests/fixtures/anthology12` (written blind: twelve stories from
//! FanFicFare's text to pages copied from AO3, FanFiction.Net, Tumblr, Wattpad,
//! WordPress and LiveJournal): pages as the typeset frames have them and as the script
//! reads the written PDF.

use super::*;

fn anthology12() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology12")
}

/// In print, p. 20 ended with "The Far Bank"'s heading and that chapter's small author's
/// note, the chapter's text starting on p. 21: a heading stranded at the foot, and a
/// spread the script read four lines uneven. A note under a heading now keeps with the
/// text after it, as the heading does; the pages after it are set again to end level,
/// at two loose lines more on p. 22 (20 -> 22).
#[test]
fn print_anthology12_pages_end_full_and_spreads_level() {
    check_figures(&anthology12(), Profile::Print, false);
    let f = measured(&anthology12(), "print");
    check_pages(&f, "print", 30);
    check_loose_over(&f, "print", 22, 800);
}

#[test]
fn screen_anthology12_pages_end_full() {
    check_figures(&anthology12(), Profile::Screen, false);
    let f = measured(&anthology12(), "screen");
    check_pages(&f, "screen", 30);
    check_loose_over(&f, "screen", 27, 800);
}
