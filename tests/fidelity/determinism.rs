//! Determinism: the same book always gives the same bytes, EPUB and PDF.

use super::*;

#[test]
fn same_book_same_bytes() {
    let f = Fixture::with_toml(&common::toml_for(&["a.txt", "b.txt"]));
    f.write("a.txt", common::STORY);
    f.write(
        "b.txt",
        "A/N: hi!\n\nAnother Tale\n\n\"Yes,\" she said -- *twice*...",
    );
    let both = |extra: &[&str]| {
        let mut args = vec!["build", f.path().to_str().unwrap(), "--quiet"];
        args.extend(extra);
        common::quire(&args)
    };
    let first = both(&[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let a = std::fs::read(f.path().join("out/test-book.epub")).unwrap();
    let a_pdf = std::fs::read(f.path().join("out/test-book.pdf")).unwrap();
    // A second later, into another folder: no clock, path or process id may leak in.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let other = tempfile::tempdir().unwrap();
    let out = other.path().display().to_string();
    let second = both(&["--out", &out]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    let b = std::fs::read(other.path().join("test-book.epub")).unwrap();
    let b_pdf = std::fs::read(other.path().join("test-book.pdf")).unwrap();
    assert!(a == b, "two builds of the same book differ (EPUB)");
    assert!(a_pdf == b_pdf, "two builds of the same book differ (PDF)");
}
