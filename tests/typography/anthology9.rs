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
