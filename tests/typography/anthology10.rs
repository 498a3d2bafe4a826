//! The anthology in `tests/fixtures/anthology10` (written blind: eleven stories from a
//! journal entry to a Japanese text file, in five languages): pages as the typeset
//! frames have them and as the script reads the written PDF.

use super::*;

fn anthology10() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology10")
}

/// Its pages as the script reads them, where a story's notes that end a page before
/// its first chapter's heading end a chapter (the outline's); the frames' own check of
/// page ends counts only stories. Loose lines no more than when the anthology was first
/// set (44).
#[test]
fn screen_anthology10_pages_end_full() {
    check_figures(&anthology10(), Profile::Screen, false);
    let f = measured(&anthology10(), "screen");
    check_pages(&f, "screen", 30);
    check_loose_over(&f, "screen", 44, 900);
}
