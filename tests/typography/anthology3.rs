//! The third anthology (`tests/fixtures/anthology3`), written to stand in for a reader's
//! book that the typography work never saw, measured as the first is.

use super::*;

/// The third anthology (`tests/fixtures/anthology3`), written to stand in for a reader's
/// book that the typography work never saw: stories as downloaded or pasted (FanFicFare
/// text, AO3 and FanFiction.Net copies), URLs, numbers with units, chat logs, letters,
/// verse, one-line paragraphs, a one-paragraph story, German and Spanish, CJK and emoji.
fn anthology3() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology3")
}

/// The third anthology, standing in for a held-out book, measured as the first is: its
/// hyphenation discipline from the typeset frames; its text layer; its loose lines no
/// more than on the commit that added it (7d2c412: 28 screen, 32 print, most of them
/// around web addresses that could not break); and its pages as `tools/pdf-figures.py`
/// sees them, in the screen profile.
///
/// In print, its pages as the script sees them too: every spread level, where a
/// scene-break ornament once ended verso 26 with its text two lines above recto 27's
/// (the ornament now goes overleaf and lines won above it fill the verso); and its
/// page ends from the frames (a text message's turnover line is no longer carried
/// alone to the top of page 19, since 724164b).
///
/// Left out until pagination handles it (see the lead's notes on issue 13): the screen
/// page ends from the frames (page 26 ends two lines short before a page holding only
/// a story's one-line closing note).
#[test]
fn screen_anthology3_meets_the_hyphenation_figures() {
    check_figures(&anthology3(), Profile::Screen, false);
}

#[test]
fn print_anthology3_meets_the_hyphenation_figures() {
    check_figures(&anthology3(), Profile::Print, true);
}

#[test]
fn screen_anthology3_text_layer_extracts_alike() {
    check_text_layer(&anthology3(), "screen");
}

#[test]
fn print_anthology3_text_layer_extracts_alike() {
    check_text_layer(&anthology3(), "print");
}

#[test]
fn screen_anthology3_loose_lines_and_pages() {
    let f = measured(&anthology3(), "screen");
    check_loose(&f, "screen", 28);
    check_pages(&f, "screen", 30);
}

#[test]
fn print_anthology3_loose_lines_and_level_spreads() {
    let f = measured(&anthology3(), "print");
    check_loose(&f, "print", 32);
    check_pages(&f, "print", 30);
}

/// The third anthology's page feet (its porter story is some eighty one-line
/// paragraphs, many near the full measure) as the others' are read.
#[test]
fn anthology3_feet_never_end_on_a_full_one_line_paragraph() {
    check_feet(&anthology3(), "screen");
    check_feet(&anthology3(), "print");
}

/// On 5x8in pages in print, the page where "Small Hours, Long Words" opens (41) ended
/// two lines short: its next paragraph could not come up, and nothing the spread after
/// it tried filled it. Pages are now set again a few at a time where the rules are
/// still broken (every way of ending each a line short, with a paragraph a line longer
/// or shorter), and the opener fills.
#[test]
fn print_anthology3_on_5x8in_pages_ends_pages_full() {
    check_figures_in(&anthology3(), Profile::Print, Some("5x8in"), true);
}
