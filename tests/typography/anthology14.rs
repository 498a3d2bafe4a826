//! The anthology in `tests/fixtures/anthology14`: pages as the typeset frames have them
//! and as the script reads the PDF.

use super::*;

fn anthology14() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology14")
}

#[test]
fn print_anthology14_pages_end_full_and_spreads_level() {
    check_figures(&anthology14(), Profile::Print, true);
    let f = measured(&anthology14(), "print");
    check_pages(&f, "print", 30);
}
