//! The fourth anthology (`tests/fixtures/anthology4`), written cold as a second stand-in
//! for a held-out book: downloads and pastes in five languages, long dialogue of
//! one-line replies, verse, lists, postcards, drabbles, a story of twelve scene breaks.
//! Measured as the third is.

use super::*;

fn anthology4() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology4")
}

#[test]
fn screen_anthology4_meets_the_hyphenation_figures() {
    check_figures(&anthology4(), Profile::Screen, false);
}

#[test]
fn print_anthology4_meets_the_hyphenation_figures() {
    check_figures(&anthology4(), Profile::Print, false);
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
/// `tools/pdf-figures.py` counts them, before any fix of its own), over its 600-odd full
/// lines; and in print its pages as the script sees them (none short, spreads level, no
/// widow or orphan). Left out until pagination handles them (reported to the lead for
/// issue 13): the screen pages (page 23 ends two lines short in the Markdown story's
/// list of one-line items; from the frames, page 37 too), and the page ends from the
/// frames in print (page 33 ends three lines short before a page holding only the
/// Italian story's one-line closing note).
#[test]
fn screen_anthology4_loose_lines() {
    check_loose_over(&measured(&anthology4(), "screen"), "screen", 31, 600);
}

#[test]
fn print_anthology4_loose_lines_and_pages() {
    let f = measured(&anthology4(), "print");
    check_loose_over(&f, "print", 21, 600);
    check_pages(&f, "print", 25);
}

#[test]
fn anthology4_feet_never_end_on_a_full_one_line_paragraph() {
    check_feet(&anthology4(), "screen");
    check_feet(&anthology4(), "print");
}
