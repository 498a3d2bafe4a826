//! The seventh anthology (`tests/fixtures/anthology7`): pages as the typeset frames
//! have them and as the script reads the written PDF, in both profiles.

use super::*;

fn anthology7() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology7")
}

/// Print page 33, a story's opener, ended two lines short (its text's next paragraph,
/// three lines, could not part and no paragraph on the page could be set a line longer
/// or shorter): the story's first line now takes a line more of white under its author's
/// note. Print page 40 ended six lines short before a closing note that carried the
/// story's last two lines over: two changes together (the spread before a line short on
/// both pages) carry the lines it needs, which no one change did.
#[test]
fn print_anthology7_pages_end_full_and_spreads_level() {
    check_figures(&anthology7(), Profile::Print, true);
    let f = measured(&anthology7(), "print");
    check_pages(&f, "print", 25);
    check_loose_over(&f, "print", 17, 400);
}

#[test]
fn screen_anthology7_pages_end_full() {
    check_figures(&anthology7(), Profile::Screen, true);
    let f = measured(&anthology7(), "screen");
    check_pages(&f, "screen", 30);
    check_loose_over(&f, "screen", 17, 400);
}
