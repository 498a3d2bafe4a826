//! The anthology in `tests/fixtures/anthology15`, written blind to stress the page: five
//! languages besides English with their long compounds, French spacing, a long address
//! and a file path, eleven scripts in one paragraph, a drabble and a five-chapter story.

use super::*;

fn anthology15() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology15")
}

/// The figures as the frames have them, and as `tools/pdf-figures.py` reads the written
/// PDF: pages full, no widow or orphan, every glyph in a font (no `.notdef`), and pypdf
/// reading back at least 90% of the words pdftotext does (the text layer's spaces).
#[test]
fn screen_anthology15_meets_the_figures() {
    check_figures(&anthology15(), Profile::Screen, true);
    let f = measured(&anthology15(), "screen");
    check_pages(&f, "screen", 40);
    assert_eq!(count(&f, "notdef_glyphs"), 0);
    let share: f32 = f["pypdf_share_pct"].parse().unwrap();
    assert!(share >= 90.0, "pypdf reads {share}% of pdftotext's words");
}

/// In print the script reads folio 59, whose paragraph starts a line with Armenian and
/// Devanagari words (set in other faces, whose boxes are not the body's height), as
/// ending on an orphan; the frames, and the page rendered, have the paragraph's third
/// line there.
#[test]
fn print_anthology15_meets_the_figures() {
    check_figures(&anthology15(), Profile::Print, true);
}
