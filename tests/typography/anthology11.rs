//! The anthology in `tests/fixtures/anthology11` (written blind: twelve stories from an
//! AO3 EPUB download to a Substack newsletter, in six languages): pages and lines as the
//! typeset frames have them, loose lines as the script reads the written PDF. (The
//! script's orphan and spread checks read Chinese and Hebrew lines, set in fallback faces, as no
//! text lines, and so see orphans and uneven spreads the pages do not have.)

use super::*;

fn anthology11() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology11")
}

/// Loose lines no more than when the anthology was first read right (22), and none very
/// loose: its newsletter's links had set a line at 38 times its word spaces.
#[test]
fn print_anthology11_pages_end_full() {
    check_figures(&anthology11(), Profile::Print, false);
    let f = measured(&anthology11(), "print");
    check_loose_over(&f, "print", 22, 800);
    no_short_pages_or_widows(&f, "print");
    assert_eq!(count(&f, "very_loose_gt2"), 0, "{:?}", f["loosest"]);
}

/// Loose lines no more than when the anthology was first read right (30). Since "Ballast"'s
/// second chapter heading and its summary, stranded at the foot of p. 7, go over to p. 8
/// with the text after them, p. 7 is filled by a paragraph set a line longer: 26 -> 28.
#[test]
fn screen_anthology11_pages_end_full() {
    check_figures(&anthology11(), Profile::Screen, false);
    let f = measured(&anthology11(), "screen");
    check_loose_over(&f, "screen", 28, 800);
    no_short_pages_or_widows(&f, "screen");
}

/// No page but a chapter's last (an outline entry's: a story's notes end a page before
/// its first chapter's heading) ends two or more lines short, and no widow, as the
/// script reads them.
fn no_short_pages_or_widows(f: &HashMap<String, String>, profile: &str) {
    let short = "pages_ending_short(>1.5 lines, excl chapter ends)";
    assert_eq!(entries(f, short), 0, "{profile}: {:?}", f[short]);
    assert_eq!(entries(f, "widows"), 0, "{profile}: {:?}", f["widows"]);
}
