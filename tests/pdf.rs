//! PDF renderer, end to end: real books built by the `quire` binary and checked with the
//! tools a user or printer would use (qpdf, pdffonts, pdftotext, mutool). A missing tool
//! fails the test.
//!
//! Books:
//! - the sample anthology (`book.toml` + `seeds/`) as shipped: screen profile, A5;
//! - the same stories with `[pdf] profile = "print"`, `trim = "6x9in"` (a copy in a scratch
//!   folder);
//! - `tests/fixtures/pdf/`: what the seeds lack (scene break, heading, afterword, emphasis,
//!   bylines, Greek, an emoji no font has).
//!
//! Built PDFs stay in `target/tmp/pdf/` for looking at. This file builds and reads them;
//! the sample's tests are in `pdf/sample.rs`, the fixture's and the golden layouts in
//! `pdf/fixture.rs`.

mod common;

use quire::config::{PdfSettings, Profile, trim_size};
use quire::model::Book;
use quire::render::pdf;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

#[path = "pdf/fixture.rs"]
mod fixture;
#[path = "pdf/sample.rs"]
mod sample;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SAMPLE_TITLE: &str = "Fantine and Other Stories";
const PREFACE_LABEL: &str = "Author’s Note";
const AFTERWORD_LABEL: &str = "Closing Note";

// ---------------------------------------------------------------------------------------
// Running tools

/// `quire build BOOK --format pdf --out OUT`: the PDF's path and what the binary printed
/// on stderr. Panics unless the build succeeded and wrote exactly one PDF.
fn quire_build(book: &Path, out: &Path) -> (PathBuf, String) {
    common::build_format(book, "pdf", out)
}

/// A copy of the sample book in `dir` with `[pdf]` set for a 6x9in print run.
fn write_print_sample(dir: &Path) -> PathBuf {
    let toml = std::fs::read_to_string(Path::new(ROOT).join("book.toml")).unwrap();
    let print = toml
        .replace("profile = \"screen\"", "profile = \"print\"")
        .replace("trim = \"a5\"", "trim = \"6x9in\"");
    assert!(
        print.contains("profile = \"print\"") && print.contains("trim = \"6x9in\""),
        "the sample book.toml no longer has the [pdf] lines this test rewrites"
    );
    std::fs::create_dir_all(dir.join("seeds")).unwrap();
    for e in std::fs::read_dir(Path::new(ROOT).join("seeds")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.join("seeds").join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.join("book.toml"), print).unwrap();
    dir.to_path_buf()
}

// ---------------------------------------------------------------------------------------
// What a built PDF looks like to the tools

/// One page as qpdf and pdftotext see it.
#[derive(Debug)]
struct Page {
    /// `/r` or `/D`.
    label_style: String,
    /// The label's number (1-based within its range).
    label_number: i64,
    /// Lines from `pdftotext -raw`, trimmed, blank ones dropped.
    lines: Vec<String>,
    /// Link annotations: the 0-based index of each target page (None if not a page).
    links: Vec<Option<usize>>,
}

/// A built PDF, analysed once.
struct Built {
    path: PathBuf,
    stderr: String,
    bytes: Vec<u8>,
    width: f64,
    height: f64,
    pages: Vec<Page>,
    /// Outline entries: title and 0-based page index.
    outline: Vec<(String, usize)>,
    /// The book as `quire::load` reads it (for titles, authors and source files).
    book: Book,
    /// The folder holding `book.toml`.
    root: PathBuf,
}

impl Built {
    fn new(book_dir: &Path, out: &Path) -> Built {
        let (path, stderr) = quire_build(book_dir, out);
        let p = path.to_str().unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let json: Value = serde_json::from_str(&common::tool(
            "qpdf",
            &[
                "--json",
                "--json-key=pages",
                "--json-key=outlines",
                "--json-key=qpdf",
                p,
            ],
        ))
        .unwrap();
        let objects = &json["qpdf"][1];
        let resolve = |v: &Value| -> Value {
            match v.as_str() {
                Some(r) if r.ends_with(" R") => objects[format!("obj:{r}")]["value"].clone(),
                _ => v.clone(),
            }
        };
        let page_objs: Vec<&str> = json["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|pg| pg["object"].as_str().unwrap())
            .collect();
        let text = common::tool("pdftotext", &["-raw", "-enc", "UTF-8", p, "-"]);
        let texts: Vec<&str> = text.split('\u{c}').collect();
        let mut pages = Vec::new();
        for (i, pg) in json["pages"].as_array().unwrap().iter().enumerate() {
            let obj = resolve(&Value::String(page_objs[i].to_string()));
            let annots = resolve(&obj["/Annots"]);
            let links = annots
                .as_array()
                .map(|a| a.as_slice())
                .unwrap_or_default()
                .iter()
                .map(&resolve)
                .filter(|a| a["/Subtype"] == "/Link")
                .map(|a| {
                    let dest = resolve(&a["/A"])["/D"][0].clone();
                    page_objs.iter().position(|o| Some(*o) == dest.as_str())
                })
                .collect();
            pages.push(Page {
                label_style: pg["label"]["/S"].as_str().unwrap_or("none").to_string(),
                label_number: pg["label"]["/St"].as_i64().unwrap_or(0),
                lines: texts[i]
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect(),
                links,
            });
        }
        let outline = json["outlines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| {
                (
                    o["title"].as_str().unwrap().to_string(),
                    o["destpageposfrom1"].as_u64().unwrap() as usize - 1,
                )
            })
            .collect();
        let first = &objects[format!("obj:{}", page_objs[0])]["value"]["/MediaBox"];
        let project = quire::load(book_dir).unwrap_or_else(|d| panic!("{d:?}"));
        Built {
            path,
            stderr,
            bytes,
            width: first[2].as_f64().unwrap(),
            height: first[3].as_f64().unwrap(),
            pages,
            outline,
            book: project.book,
            root: project.root,
        }
    }

    fn path(&self) -> &str {
        self.path.to_str().unwrap()
    }

    /// 0-based index of the first body page (the first chapter opener).
    fn body_start(&self) -> usize {
        self.outline[0].1
    }

    /// The chapter a 0-based body page belongs to.
    fn chapter_of(&self, page: usize) -> usize {
        self.outline.iter().rposition(|(_, p)| *p <= page).unwrap()
    }
}

fn sample_screen() -> &'static Built {
    static B: OnceLock<Built> = OnceLock::new();
    B.get_or_init(|| Built::new(Path::new(ROOT), &common::scratch("pdf", "sample-screen")))
}

fn sample_print() -> &'static Built {
    static B: OnceLock<Built> = OnceLock::new();
    B.get_or_init(|| {
        let dir = common::scratch("pdf", "sample-print");
        let book = write_print_sample(&dir.join("book"));
        Built::new(&book, &dir.join("out"))
    })
}

fn fixture_dir() -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/pdf")
}

fn fixture() -> &'static Built {
    static B: OnceLock<Built> = OnceLock::new();
    B.get_or_init(|| Built::new(&fixture_dir(), &common::scratch("pdf", "fixture")))
}

// ---------------------------------------------------------------------------------------
// Words

/// The words of `text`: letters and digits only, lower-case, NFC. Quotes, dashes,
/// ellipses and other punctuation separate words, so typography (`--` → —, `...` → …,
/// straight → curly quotes) does not change the word list.
fn words(text: &str) -> Vec<String> {
    text.nfc()
        .collect::<String>()
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A word of the extracted text; `joinable` when its line ended with a hyphen after a
/// letter (a hyphenation point or a real hyphen: the matcher decides).
#[derive(Debug)]
struct Tok {
    word: String,
    joinable: bool,
    page: usize,
}

/// The story words of a built PDF in reading order, with the furniture taken off and
/// checked on the way: folios (must match the page label), running heads (book title on
/// even folios, chapter title on odd), the opener's title, byline and note label, the
/// afterword label, and every front-matter page.
fn story_tokens(b: &Built) -> Vec<Tok> {
    let mut toks = Vec::new();
    for (i, page) in b.pages.iter().enumerate().skip(b.body_start()) {
        let mut lines: Vec<&str> = page.lines.iter().map(String::as_str).collect();
        if lines.is_empty() {
            continue; // a blank verso; the print test checks where they are
        }
        assert_eq!(page.label_style, "/D", "page {}", i + 1);
        let folio = lines.pop().unwrap();
        assert_eq!(
            folio,
            page.label_number.to_string(),
            "page {}: last line should be the folio",
            i + 1
        );
        let ci = b.chapter_of(i);
        let ch = &b.book.chapters[ci];
        let mut rest = &lines[..];
        if b.outline[ci].1 == i {
            // Opener: title (possibly on several lines), byline, note label.
            let want = words(&ch.title);
            let mut got = Vec::new();
            while got.len() < want.len() {
                got.extend(words(rest[0]));
                rest = &rest[1..];
            }
            assert_eq!(got, want, "page {}: opener title", i + 1);
            if let [author] = &ch.authors[..] {
                assert_eq!(rest[0], format!("by {author}"), "page {}: byline", i + 1);
                rest = &rest[1..];
            }
            if !ch.preface.is_empty() {
                assert_eq!(rest[0], PREFACE_LABEL, "page {}: note label", i + 1);
                rest = &rest[1..];
            }
        } else {
            let head = if page.label_number % 2 == 0 {
                b.book.meta.title.as_str()
            } else {
                ch.title.as_str()
            };
            assert_eq!(rest[0], head, "page {}: running head", i + 1);
            rest = &rest[1..];
        }
        for line in rest {
            if *line == AFTERWORD_LABEL && !ch.afterword.is_empty() {
                continue;
            }
            let ws = words(line);
            let n = ws.len();
            // The PDF gives a hyphen the line break added as a soft hyphen (U+00AD).
            let hyphen = line.ends_with(['-', '\u{2010}', '\u{AD}'])
                && line
                    .trim_end_matches(['-', '\u{2010}', '\u{AD}'])
                    .ends_with(char::is_alphabetic);
            toks.extend(ws.into_iter().enumerate().map(|(k, word)| Tok {
                word,
                joinable: hyphen && k + 1 == n,
                page: i + 1,
            }));
        }
    }
    toks
}

/// The words of every story file as written, in book order, minus the title line the
/// source stage took out of the text (it is the opener's title, checked separately).
fn source_words(b: &Built) -> Vec<String> {
    let mut out = Vec::new();
    for ch in &b.book.chapters {
        let text = std::fs::read_to_string(b.root.join(&ch.file)).unwrap();
        let text = common::without_author_labels(&text, &common::note_openings(ch));
        let mut lines: Vec<&str> = text.lines().collect();
        if let Some(t) = &ch.title_in_text {
            let at = lines
                .iter()
                .position(|l| words(l) == words(t))
                .unwrap_or_else(|| panic!("{}: title line {t:?} not found", ch.file));
            lines.remove(at);
        }
        out.extend(words(&lines.join("\n")));
    }
    out
}

/// Every source word comes back exactly once, in order, with nothing left over; a line
/// end hyphen is either a hyphenation (the halves join into the source word) or a real
/// hyphen (the halves are two source words).
fn assert_words_round_trip(b: &Built) {
    let want = source_words(b);
    let got = story_tokens(b);
    let context = |gi: usize| {
        got[gi.saturating_sub(4)..(gi + 5).min(got.len())]
            .iter()
            .map(|t| t.word.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut gi = 0;
    for (wi, w) in want.iter().enumerate() {
        let Some(t) = got.get(gi) else {
            panic!("the PDF text ends before source word {wi} `{w}`");
        };
        if &t.word == w {
            gi += 1;
        } else if t.joinable
            && got
                .get(gi + 1)
                .is_some_and(|n| format!("{}{}", t.word, n.word) == *w)
        {
            gi += 2;
        } else {
            panic!(
                "source word {wi} `{w}` (after `{}`): page {} has `{}` ({})",
                if wi > 0 { want[wi - 1].as_str() } else { "" },
                t.page,
                t.word,
                context(gi)
            );
        }
    }
    assert_eq!(
        gi,
        got.len(),
        "text after the last source word, from page {}: {}",
        got.get(gi).map_or(0, |t| t.page),
        context(gi)
    );
}

// ---------------------------------------------------------------------------------------
// Checks shared by several books

fn assert_qpdf_clean(b: &Built) {
    let check = common::tool("qpdf", &["--check", b.path()]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    assert!(!check.to_lowercase().contains("warning"), "{check}");
    assert!(b.bytes.starts_with(b"%PDF-1.7"), "{:?}", &b.bytes[..8]);
}

/// `pdffonts`: the base names of the fonts; every one embedded, subset (tagged) and with
/// a ToUnicode map.
fn assert_fonts_embedded(b: &Built) -> Vec<String> {
    let fonts = common::tool("pdffonts", &[b.path()]);
    let mut names = Vec::new();
    for row in fonts.lines().skip(2) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        // name type encoding emb sub uni object ID
        assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "{row}");
        let (tag, base) = cols[0].split_once('+').expect("subset tag");
        assert!(
            tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
            "subset tag: {row}"
        );
        names.push(base.to_string());
    }
    assert!(!names.is_empty(), "{fonts}");
    names
}

fn assert_outline_and_labels(b: &Built) {
    let titles: Vec<&str> = b.book.chapters.iter().map(|c| c.title.as_str()).collect();
    let outline: Vec<&str> = b.outline.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(outline, titles, "one outline entry per chapter, in order");
    for (t, p) in &b.outline {
        assert_eq!(
            words(&b.pages[*p].lines[0]),
            words(t),
            "outline entry {t:?} should point at its opener (page {})",
            p + 1
        );
    }
    // Roman front matter from i, arabic body from 1.
    let front = b.body_start();
    assert!(front >= 3, "title, copyright and contents come first");
    for (i, page) in b.pages.iter().enumerate() {
        let (style, number) = if i < front {
            ("/r", i + 1)
        } else {
            ("/D", i - front + 1)
        };
        assert_eq!(
            (page.label_style.as_str(), page.label_number),
            (style, number as i64),
            "page label of page {}",
            i + 1
        );
    }
}

/// The 0-based index of the contents page.
fn contents_page(b: &Built) -> usize {
    b.pages[..b.body_start()]
        .iter()
        .position(|p| p.lines.first().is_some_and(|l| l == "Contents"))
        .expect("a contents page in the front matter")
}
