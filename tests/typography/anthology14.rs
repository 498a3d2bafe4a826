//! The anthology in `tests/fixtures/anthology14`: pages as the typeset frames have them
//! and as the script reads the PDF.

use super::*;

fn anthology14() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology14")
}

/// The pages are read from the written PDF, as `tools/pdf-figures.py` reads them: the
/// Wattpad story's first part ends in its own note, set smaller and off the body's grid,
/// over the second part's heading, and the frames' count of grid lines takes that page
/// (folio 15) for 2.7 lines short where its last line stands 2.4 lines up and the
/// heading, its note and two lines of text could not come up into the room.
#[test]
fn print_anthology14_pages_end_full_and_spreads_level() {
    check_figures(&anthology14(), Profile::Print, false);
    let f = measured(&anthology14(), "print");
    check_pages(&f, "print", 30);
}
