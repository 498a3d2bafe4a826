//! The fourth anthology (`tests/fixtures/anthology4`), written cold as a second stand-in
//! for a held-out book: downloads and pastes in five languages, long dialogue of
//! one-line replies, verse, lists, postcards, drabbles, a story of twelve scene breaks.
//! Measured as the third is.

use super::*;

fn anthology4() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology4")
}

/// Screen page ends from the frames too: page 37 once ended on a scene break's
/// ornament two lines above the foot, which pagination counted as one and a half (the
/// ornament's line sits half a line off the grid) less the white a widened break takes
/// under it.
#[test]
fn screen_anthology4_meets_the_hyphenation_figures() {
    check_figures(&anthology4(), Profile::Screen, true);
}

#[test]
fn print_anthology4_meets_the_hyphenation_figures() {
    check_figures(&anthology4(), Profile::Print, true);
}

#[test]
fn screen_anthology4_text_layer_extracts_alike() {
    check_text_layer(&anthology4(), "screen");
}

#[test]
fn print_anthology4_text_layer_extracts_alike() {
    check_text_layer(&anthology4(), "print");
}

/// Loose lines no more than when the anthology was added (screen 31, print 21 as
/// `tools/pdf-figures.py` counts them, before any fix of its own), over its 550-odd full
/// lines (its timeline's items, set ragged right, are not full lines); and its pages as the script sees them (none short, no widow or orphan, print
/// spreads level). The page ends are also checked from the frames (the tests above).
#[test]
fn screen_anthology4_loose_lines() {
    let f = measured(&anthology4(), "screen");
    check_loose_over(&f, "screen", 31, 550);
    check_pages(&f, "screen", 25);
}

#[test]
fn print_anthology4_loose_lines_and_pages() {
    let f = measured(&anthology4(), "print");
    check_loose_over(&f, "print", 21, 550);
    check_pages(&f, "print", 25);
}

#[test]
fn anthology4_feet_never_end_on_a_full_one_line_paragraph() {
    check_feet(&anthology4(), "screen");
    check_feet(&anthology4(), "print");
}
