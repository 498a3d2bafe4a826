//! The anthology in `tests/fixtures/anthology16`, written blind in shapes no earlier
//! fixture had (site pages, EPUBs, an Obsidian note, a 1999 text file), set as its
//! book.toml asks (print, 6×9in) and on the screen's A5: Welsh, Italian, Portuguese and
//! Swedish words, a 58-letter place name, a tracking URL, a chat of one-line turns,
//! letters and a poem-story.

use super::*;

fn anthology16() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology16")
}

/// A scratch copy of the book set for the screen on A5.
fn on_screen() -> PathBuf {
    let dir = common::scratch("typography", "anthology16-screen-src");
    for e in std::fs::read_dir(anthology16()).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    let toml = std::fs::read_to_string(dir.join("book.toml")).unwrap();
    let toml = toml
        .replace("profile = \"print\"", "profile = \"screen\"")
        .replace("trim = \"6x9in\"", "trim = \"a5\"");
    assert!(toml.contains("profile = \"screen\"") && toml.contains("trim = \"a5\""));
    std::fs::write(dir.join("book.toml"), toml).unwrap();
    dir
}

/// The figures as the frames have them and as `tools/pdf-figures.py` reads the written
/// PDF: pages full, no widow or orphan, every glyph in a font, and pypdf reading back at
/// least 90% of the words pdftotext does.
fn meets_the_figures(book: &Path, profile: Profile, name: &str) {
    check_figures(book, profile, true);
    let f = measured(book, name);
    check_pages(&f, name, 30);
    assert_eq!(count(&f, "notdef_glyphs"), 0);
    let share: f32 = f["pypdf_share_pct"].parse().unwrap();
    assert!(share >= 90.0, "pypdf reads {share}% of pdftotext's words");
}

#[test]
fn print_anthology16_meets_the_figures() {
    meets_the_figures(&anthology16(), Profile::Print, "print");
}

#[test]
fn screen_anthology16_meets_the_figures() {
    meets_the_figures(&on_screen(), Profile::Screen, "screen");
}
