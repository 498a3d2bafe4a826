//! Downloaded works (HTML and EPUB from AO3 and FanFicFare): every word their writer put
//! in them reaches the EPUB and the PDF, in order.

use super::*;

/// The words the writer of a download fixture put in it, in reading order: summary and
/// notes, the story with its chapter headings and chapter notes, the end notes (from the
/// fixture's `.expect.json`, written by tests/fixtures/import/make.py beside the file).
fn download_words(name: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let text = std::fs::read_to_string(dir.join(format!("{name}.expect.json"))).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    ["preface", "story", "afterword"]
        .iter()
        .flat_map(|k| words(v[*k].as_str().unwrap()))
        .collect()
}

const DOWNLOADS: &[(&str, &str)] = &[
    ("ao3-single.html", "ao3-single"),
    ("ao3-multi.html", "ao3-multi"),
    ("ao3-multi.epub", "ao3-multi-epub"),
    ("fff-multi.epub", "fff-multi-epub"),
    ("fff-two.html", "fff-two"),
];

fn downloads_book() -> Fixture {
    let files: Vec<&str> = DOWNLOADS.iter().map(|(f, _)| *f).collect();
    let f = Fixture::with_toml(&common::toml_for(&files));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    for file in &files {
        f.write(file, std::fs::read(dir.join(file)).unwrap());
    }
    f
}

#[test]
fn downloads_keep_every_word_in_the_epub() {
    let f = downloads_book();
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(f.path(), "epub", out.path());
    let chapters = epub_chapters(&std::fs::read(epub).unwrap());
    assert_eq!(chapters.len(), DOWNLOADS.len());
    for ((file, name), got) in DOWNLOADS.iter().zip(&chapters) {
        let want = download_words(name);
        assert!(
            want == got.text,
            "{file}: {}",
            first_difference(&want, &got.text)
        );
    }
}

#[test]
fn downloads_keep_every_word_in_the_pdf() {
    let f = downloads_book();
    // The story-information rows (rating, tags…) are the book's own layout of `meta`, set
    // under each title; this test is about the author's words, so it leaves them out.
    let toml = std::fs::read_to_string(f.path().join("book.toml")).unwrap();
    f.write(
        "book.toml",
        toml.replacen("[book]\n", "[book]\nstory-info = false\n", 1),
    );
    let project = quire::load(f.path()).expect("book loads");
    let out = tempfile::tempdir().unwrap();
    let (pdf, _) = common::build_format(f.path(), "pdf", out.path());
    let text = common::pdftotext(&pdf);
    let book = &project.book;
    let mut furniture = book_furniture(book);
    let mut expected = Vec::new();
    for (ch, (_, name)) in book.chapters.iter().zip(DOWNLOADS) {
        furniture.push(ch.title.clone());
        // The opener's byline.
        if !ch.authors.is_empty() {
            furniture.push(format!("by {}", ch.authors.join(" and ")));
        }
        expected.extend(download_words(name));
    }
    common::check_pdf_words(&text, &furniture, &expected).unwrap();
    let mut fewer = expected.clone();
    fewer.remove(expected.len() / 2);
    assert!(common::check_pdf_words(&text, &furniture, &fewer).is_err());
}
