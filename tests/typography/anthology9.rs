//! The anthology in `tests/fixtures/anthology9` (written blind: twelve stories from an AO3
//! download to a ficbook.net file, in six languages): pages as the typeset
//! frames have them and as the script reads the written PDF.

use super::*;

fn anthology9() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology9")
}

/// Its pages as the script reads them, where a story's notes that end a page before
/// its first chapter's heading end a chapter (the outline's); the frames' own check of
/// page ends counts only stories. Loose lines no more than when the anthology was first
/// set (29).
#[test]
fn screen_anthology9_pages_end_full() {
    check_figures(&anthology9(), Profile::Screen, false);
    let f = measured(&anthology9(), "screen");
    check_pages(&f, "screen", 30);
    check_loose_over(&f, "screen", 29, 1000);
}

/// On 5.5x8.5in pages on screen, the page before "Night Ferry to Caddo Point"'s closing
/// note (48) ended six lines short: the note did not fit under the story's end and took
/// its last two lines over. The story's last pages are now set again together where a
/// rule is still broken, and they end full (the note stands alone atop the next page).
/// Read from the written PDF, as the frames' own check counts a page of notes before a
/// first chapter's heading as no chapter's end.
#[test]
fn screen_anthology9_on_5_5x8_5in_pages_ends_pages_full() {
    let f = measured_in(&anthology9(), "screen", "5.5x8.5in");
    check_pages(&f, "screen", 30);
}

/// In print, the opener of "What Yevgenia Kept" (23) ended two lines short: its first
/// paragraph set a line longer and the page a line short pushed lines over to level the
/// spread after it, and the next paragraph (two lines) could not part. The pages searched
/// together may now give the story's first line a line more of white under the author's
/// note instead of ending the page a line short (dearer than a line short, so only where
/// it keeps a rule): the opener ends one line short.
#[test]
fn print_anthology9_pages_end_full_and_spreads_level() {
    check_figures(&anthology9(), Profile::Print, false);
    let f = measured(&anthology9(), "print");
    check_pages(&f, "print", 30);
    check_loose_over(&f, "print", 36, 1000);
}
