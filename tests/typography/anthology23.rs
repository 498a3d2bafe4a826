//! The anthology in `tests/fixtures/anthology23`, written blind in shapes no earlier
//! fixture had (FicHub text, Royal Road, FictionPress, Scrivener RTF, Tumblr, Markdown
//! with footnotes, XenForo 1, Word with footnotes) and longer than most, with what makes
//! setting hard: page-long paragraphs and runs of one-line replies, German compounds and
//! chemical names, an address and an e-mail in sentences, French and Spanish stories,
//! songs and poems, section headings inside a story, Chinese characters and emoji in
//! English lines. Set on the beds' pages (print 6×9in, screen A5) and measured once it
//! was read right, before any typesetting change was tried on it.

use super::*;

/// A scratch copy of fixture `name`'s files (not its key's folder) set in `profile` on
/// `trim`.
pub(super) fn set_on(name: &str, profile: &str, trim: &str) -> PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let dir = common::scratch("typography", &format!("{name}-{profile}-src"));
    for e in std::fs::read_dir(&src).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
    let toml = std::fs::read_to_string(src.join("book.toml")).unwrap();
    assert!(
        !toml.contains("[pdf]"),
        "the book names no pages of its own"
    );
    let toml = format!("{toml}\n[pdf]\nprofile = \"{profile}\"\ntrim = \"{trim}\"\n");
    std::fs::write(dir.join("book.toml"), toml).unwrap();
    dir
}

/// The figures of fixture `book` set in `profile` (named `name`) on `trim`, as the
/// frames have them and as `tools/pdf-figures.py` reads the written PDF: pages full (in
/// print, spreads level), no widow or orphan, every glyph in a font, pypdf reading back
/// at least 90% of pdftotext's words, and no more than `loose` loose lines (its count
/// when the anthology was added; anthology23's: 9 in print, 17 on screen).
pub(super) fn meets_the_figures(
    book: &str,
    (profile, name, trim): (Profile, &str, &str),
    loose: usize,
) {
    let book = set_on(book, name, trim);
    check_figures(&book, profile, true);
    let f = measured(&book, name);
    check_pages(&f, name, 20);
    check_loose_over(&f, name, loose, 500);
    assert_eq!(count(&f, "notdef_glyphs"), 0);
    let share: f32 = f["pypdf_share_pct"].parse().unwrap();
    assert!(share >= 90.0, "pypdf reads {share}% of pdftotext's words");
}

#[test]
fn print_anthology23_meets_the_figures() {
    meets_the_figures("anthology23", (Profile::Print, "print", "6x9in"), 9);
}

#[test]
fn screen_anthology23_meets_the_figures() {
    meets_the_figures("anthology23", (Profile::Screen, "screen", "a5"), 17);
}
