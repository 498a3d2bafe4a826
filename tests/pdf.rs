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
//! Built PDFs stay in `target/tmp/pdf/` for looking at.

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

// ---------------------------------------------------------------------------------------
// The sample book, screen profile

#[test]
fn sample_screen_passes_qpdf_check_with_embedded_subset_fonts() {
    let b = sample_screen();
    assert_qpdf_clean(b);
    let fonts = assert_fonts_embedded(b);
    assert!(fonts.contains(&"CharisSIL".to_string()), "{fonts:?}");
    assert!(
        b.stderr.is_empty(),
        "the sample builds without warnings: {}",
        b.stderr
    );
    assert_eq!((b.width.round(), b.height.round()), (420.0, 595.0), "A5");
}

#[test]
fn sample_screen_gives_back_every_seed_word_once_in_order() {
    assert_words_round_trip(sample_screen());
}

#[test]
fn sample_screen_has_outline_page_labels_and_metadata() {
    let b = sample_screen();
    assert_outline_and_labels(b);
    let info = common::tool("pdfinfo", &[b.path()]);
    for want in [
        format!("Title:           {SAMPLE_TITLE}"),
        "Author:          Various Authors".into(),
        "CreationDate:    Mon Nov 23 00:00:00 2026 UTC".into(),
    ] {
        assert!(info.contains(&want), "{want:?} in {info}");
    }
}

#[test]
fn sample_screen_contents_links_to_every_chapter_and_nothing_else_links() {
    let b = sample_screen();
    let contents = contents_page(b);
    let targets: Vec<Option<usize>> = b.outline.iter().map(|(_, p)| Some(*p)).collect();
    assert_eq!(
        b.pages[contents].links, targets,
        "one link per contents entry, to the chapter openers"
    );
    // The contents shows each title with its folio, the label of the opener page, joined
    // by dot leaders; the leaders are drawn last (they are artifacts), so pdftotext's
    // raw order has them after the entry.
    let lines = &b.pages[contents].lines;
    for (t, p) in &b.outline {
        let entry = format!("{t} {}", b.pages[*p].label_number);
        let without_leaders = |l: &String| {
            l.split(' ')
                .filter(|w| *w != ".")
                .collect::<Vec<_>>()
                .join(" ")
        };
        let at = lines.iter().position(|l| without_leaders(l) == entry);
        assert!(
            at.is_some_and(|i| lines[i].contains(" . . . ")
                || lines.get(i + 1).is_some_and(|n| n.starts_with(". . . "))),
            "{entry:?} with leaders in {lines:?}"
        );
    }
    for (i, page) in b.pages.iter().enumerate() {
        if i != contents {
            assert!(page.links.is_empty(), "page {} has links", i + 1);
        }
    }
}

// ---------------------------------------------------------------------------------------
// The sample book, print profile

#[test]
fn sample_print_is_6x9_and_valid() {
    let b = sample_print();
    assert_qpdf_clean(b);
    assert_fonts_embedded(b);
    assert_eq!((b.width.round(), b.height.round()), (432.0, 648.0), "6x9in");
    assert_outline_and_labels(b);
}

#[test]
fn sample_print_gives_back_every_seed_word_once_in_order() {
    assert_words_round_trip(sample_print());
}

#[test]
fn sample_print_opens_chapters_on_rectos_with_blank_versos() {
    let b = sample_print();
    for (t, p) in &b.outline {
        assert_eq!(p % 2, 0, "{t:?} opens on page {}, a verso", p + 1);
    }
    let blanks: Vec<usize> = (0..b.pages.len())
        .filter(|&i| b.pages[i].lines.is_empty())
        .collect();
    // The sample's stories end on rectos, so the blanks are really there.
    assert!(!blanks.is_empty(), "no blank versos in the print build");
    for &i in &blanks {
        assert_eq!(i % 2, 1, "blank page {} is a recto", i + 1);
        assert!(
            b.outline.iter().any(|(_, p)| *p == i + 1),
            "blank page {} does not precede a chapter opener",
            i + 1
        );
    }
}

#[test]
fn sample_print_has_no_links() {
    let b = sample_print();
    for (i, page) in b.pages.iter().enumerate() {
        assert!(page.links.is_empty(), "page {} has links", i + 1);
    }
}

/// Word boxes (`pdftotext -bbox`) per 1-based page: (xMin, xMax).
fn word_boxes(path: &str) -> HashMap<usize, Vec<(f64, f64)>> {
    let xml = common::tool("pdftotext", &["-bbox", path, "-"]);
    let mut out: HashMap<usize, Vec<(f64, f64)>> = HashMap::new();
    let mut page = 0;
    let attr = |l: &str, name: &str| -> f64 {
        let start = l.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let len = l[start..].find('"').unwrap();
        l[start..start + len].parse().unwrap()
    };
    for l in xml.lines() {
        let l = l.trim();
        if l.starts_with("<page ") {
            page += 1;
        } else if l.starts_with("<word ") {
            // Punctuation at a line end hangs into the margin (margin kerning): only
            // words ending in a letter or digit show where the text block ends.
            let text = l
                .split('>')
                .nth(1)
                .and_then(|t| t.split('<').next())
                .unwrap_or("");
            if !text.chars().last().is_some_and(char::is_alphanumeric) {
                continue;
            }
            out.entry(page)
                .or_default()
                .push((attr(l, "xMin"), attr(l, "xMax")));
        }
    }
    out
}

#[test]
fn sample_print_mirrors_margins_with_the_gutter_inside() {
    let b = sample_print();
    let boxes = word_boxes(b.path());
    // Full text pages only: body pages that are not openers (their lines run to both edges).
    let mut recto = Vec::new();
    let mut verso = Vec::new();
    for i in b.body_start()..b.pages.len() {
        if b.pages[i].lines.is_empty() || b.outline.iter().any(|(_, p)| *p == i) {
            continue;
        }
        let bx = &boxes[&(i + 1)];
        let left = bx.iter().map(|b| b.0).fold(f64::MAX, f64::min);
        let right = b.width - bx.iter().map(|b| b.1).fold(f64::MIN, f64::max);
        if i % 2 == 0 { &mut recto } else { &mut verso }.push((i + 1, left, right));
    }
    assert!(
        !recto.is_empty() && !verso.is_empty(),
        "{recto:?} {verso:?}"
    );
    for &(p, left, right) in &recto {
        assert!(
            left > right + 5.0,
            "recto page {p}: inside (left) margin {left:.1} should exceed outside {right:.1}"
        );
    }
    for &(p, left, right) in &verso {
        assert!(
            right > left + 5.0,
            "verso page {p}: inside (right) margin {right:.1} should exceed outside {left:.1}"
        );
    }
    // Mirrored: a recto's inside margin is a verso's inside margin.
    let (_, r_in, r_out) = recto[0];
    for &(p, v_out, v_in) in &verso {
        assert!(
            (v_in - r_in).abs() < 1.0 && (v_out - r_out).abs() < 1.0,
            "page {p}: margins {v_out:.1}/{v_in:.1} do not mirror {r_in:.1}/{r_out:.1}"
        );
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let again = common::scratch("pdf", "sample-screen-again");
    let (path, _) = quire_build(Path::new(ROOT), &again);
    assert!(
        std::fs::read(path).unwrap() == sample_screen().bytes,
        "screen builds differ"
    );
    let dir = common::scratch("pdf", "sample-print-again");
    let book = write_print_sample(&dir.join("book"));
    let (path, _) = quire_build(&book, &dir.join("out"));
    assert!(
        std::fs::read(path).unwrap() == sample_print().bytes,
        "print builds differ"
    );
}

// ---------------------------------------------------------------------------------------
// The fixture book

/// Whether fontconfig knows an installed font with `c`.
fn installed(c: char) -> bool {
    Command::new("fc-list")
        .arg(format!(":charset={:x}", c as u32))
        .output()
        .is_ok_and(|o| !o.stdout.is_empty())
}

#[test]
fn fixture_sets_the_emoji_from_an_installed_face_or_warns_by_chapter() {
    let b = fixture();
    assert_qpdf_clean(b);
    let warnings: Vec<&str> = b.stderr.lines().collect();
    if installed('🌊') {
        // Symbola (`.ci/install-tools`) has the wave: it is printed, nothing to warn.
        assert!(warnings.is_empty(), "{}", b.stderr);
        let p = b.path.to_str().unwrap();
        let text = common::tool("pdftotext", &["-raw", "-enc", "UTF-8", p, "-"]);
        assert!(
            text.contains("wave 🌊 beside"),
            "the wave is not in the text layer"
        );
        return;
    }
    assert_eq!(warnings.len(), 1, "exactly one warning: {}", b.stderr);
    let w = warnings[0];
    for part in ["warning", "lesson.txt", "🌊", "U+1F30A", "The Greek Lesson"] {
        assert!(w.contains(part), "{part:?} in {w}");
    }
}

#[test]
fn fixture_embeds_italic_and_the_greek_fallback() {
    let fonts = assert_fonts_embedded(fixture());
    for f in [
        "CharisSIL",
        "CharisSIL-Italic",
        "CharisSIL-Bold",
        "NotoSerif",
    ] {
        assert!(fonts.contains(&f.to_string()), "{f} in {fonts:?}");
    }
}

#[test]
fn fixture_gives_back_every_word_once_in_order() {
    assert_words_round_trip(fixture());
}

#[test]
fn fixture_has_outline_labels_and_links() {
    let b = fixture();
    assert_outline_and_labels(b);
    let targets: Vec<Option<usize>> = b.outline.iter().map(|(_, p)| Some(*p)).collect();
    assert_eq!(b.pages[contents_page(b)].links, targets);
    // Bylines in the contents, after the title.
    let lines = &b.pages[contents_page(b)].lines;
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("The Keeper of Gull Rock — Mara Quill")),
        "{lines:?}"
    );
}

/// Runs of text by font, from `mutool draw -F stext`: (font name, size, text).
fn font_runs(path: &str) -> Vec<(String, String, String)> {
    let xml = common::tool("mutool", &["draw", "-q", "-F", "stext", "-o", "-", path]);
    let attr = |l: &str, name: &str| -> String {
        let start = l.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        let len = l[start..].find('"').unwrap();
        l[start..start + len].to_string()
    };
    let mut runs: Vec<(String, String, String)> = Vec::new();
    for l in xml.lines() {
        let l = l.trim();
        if l.starts_with("<font ") {
            runs.push((attr(l, "name"), attr(l, "size"), String::new()));
        } else if l.starts_with("<char ") {
            let c = attr(l, "c");
            let c = match c.strip_prefix("&#x").and_then(|h| h.strip_suffix(';')) {
                Some(hex) => char::from_u32(u32::from_str_radix(hex, 16).unwrap())
                    .unwrap()
                    .to_string(),
                None => c
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&"),
            };
            runs.last_mut().expect("char inside font").2.push_str(&c);
        }
    }
    runs
}

#[test]
fn fixture_sets_emphasis_in_italic_strong_and_headings_in_bold_and_greek_in_noto() {
    let runs = font_runs(fixture().path());
    let find = |text: &str| -> Vec<(&str, &str)> {
        runs.iter()
            .filter(|r| r.2.trim() == text)
            .map(|r| (r.0.as_str(), r.1.as_str()))
            .collect()
    };
    // Emphasis in body text (11pt): *not*, *patient*, _yourself_.
    for w in ["not", "patient", "yourself"] {
        assert_eq!(find(w), [("CharisSIL-Italic", "11")], "{w}");
    }
    assert_eq!(find("Three Winters Later"), [("CharisSIL-Bold", "11")]);
    // Strong emphasis is the bold face, in body text and inside an italic note.
    assert_eq!(find("harder"), [("CharisSIL-Bold", "11")]);
    assert!(
        find("day").iter().any(|(f, _)| *f == "CharisSIL-Bold"),
        "{:?}",
        find("day")
    );
    // The Greek comes back whole, and the fallback face sets (some of) it.
    let all: String = runs.iter().map(|r| r.2.as_str()).collect();
    assert!(all.contains("γνῶθι σεαυτόν"), "Greek text lost");
    assert!(
        runs.iter().any(|r| r.0 == "NotoSerif" && r.2.contains('ν')),
        "Greek not in Noto Serif"
    );
    // Bylines are italic too.
    for a in ["by Mara Quill", "by Tomas Halloran"] {
        assert!(
            find(a).iter().any(|(f, _)| *f == "CharisSIL-Italic"),
            "{a}: {:?}",
            find(a)
        );
    }
}

/// Charis SIL has a few Greek letters (for IPA: β γ θ χ …) but not Greek as a script, so
/// a Greek word must be set wholly in the fallback face, not switch faces letter by letter.
#[test]
fn fixture_sets_each_greek_word_in_one_face() {
    let runs = font_runs(fixture().path());
    let mixed: Vec<(&str, &str)> = runs
        .iter()
        .filter(|r| r.0 != "NotoSerif")
        .flat_map(|r| r.2.split(' ').map(move |w| (r.0.as_str(), w)))
        .filter(|(_, w)| w.chars().any(|c| ('\u{370}'..='\u{3ff}').contains(&c)))
        .collect();
    assert!(
        mixed.is_empty(),
        "Greek letters outside Noto Serif: {mixed:?}"
    );
}

#[test]
fn fixture_shows_scene_break_heading_afterword_and_bylines() {
    let b = fixture();
    let all: Vec<(usize, &str)> = b
        .pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.lines.iter().map(move |l| (i, l.as_str())))
        .collect();
    let at = |pred: &dyn Fn(&str) -> bool, what: &str| -> usize {
        all.iter()
            .position(|(_, l)| pred(l))
            .unwrap_or_else(|| panic!("no line {what}"))
    };
    let ornament = at(
        &|l| {
            l.chars().filter(|c| *c == '*').count() == 3
                && l.chars().all(|c| c == '*' || c.is_whitespace())
        },
        "with the scene-break ornament",
    );
    let before = at(
        &|l| l.ends_with("trick of a lighthouse.”"),
        "ending scene one",
    );
    let after = at(
        &|l| l.starts_with("The storm came in the night"),
        "opening scene two",
    );
    assert!(
        before < ornament && ornament < after,
        "{before} {ornament} {after}"
    );

    let heading = at(&|l| l == "Three Winters Later", "with the heading");
    assert!(
        all[heading - 1].1.ends_with("harbour mouth."),
        "{:?}",
        all[heading - 1]
    );
    assert!(
        all[heading + 1].1.starts_with("Bram’s daughter"),
        "{:?}",
        all[heading + 1]
    );

    let label = at(&|l| l == AFTERWORD_LABEL, "with the afterword label");
    assert!(all[label - 1].1.ends_with("off."), "{:?}", all[label - 1]);
    // The author's own "A/N:" gives way to the book's heading: never two labels.
    assert!(
        all[label + 1].1.starts_with("Thank you"),
        "{:?}",
        all[label + 1]
    );
    assert!(
        !all.iter().any(|(_, l)| l.contains("A/N")),
        "an author's label is shown"
    );

    for (ci, (_, p)) in b.outline.iter().enumerate() {
        let [author] = &b.book.chapters[ci].authors[..] else {
            panic!("each sample story has one author");
        };
        assert_eq!(
            b.pages[*p].lines[1],
            format!("by {author}"),
            "byline under the title"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Golden layouts: readable lines per page with their break kinds.

fn check_golden(name: &str, got: &str) {
    let path = Path::new(ROOT).join("tests/golden").join(name);
    if std::env::var_os("QUIRE_BLESS").is_some() {
        std::fs::write(&path, got).unwrap();
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{name} missing: run with QUIRE_BLESS=1"));
    if got != want {
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(g, w)| g != w)
            .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
        panic!(
            "layout changed from {name} line {}: got {:?}, golden {:?}; inspect and re-bless with QUIRE_BLESS=1",
            line + 1,
            got.lines().nth(line),
            want.lines().nth(line)
        );
    }
}

#[test]
fn golden_sample_screen_a5() {
    let p = quire::load(Path::new(ROOT)).unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(p.pdf.profile, Profile::Screen);
    let (doc, _) = pdf::layout(&p.book, &p.pdf);
    check_golden("sample_screen_a5.txt", &doc.golden());
}

#[test]
fn golden_sample_print_6x9() {
    let p = quire::load(Path::new(ROOT)).unwrap_or_else(|d| panic!("{d:?}"));
    let (w, h) = trim_size("6x9in").unwrap();
    let s = PdfSettings {
        profile: Profile::Print,
        page_width: w,
        page_height: h,
        ..p.pdf
    };
    let (doc, _) = pdf::layout(&p.book, &s);
    check_golden("sample_print_6x9.txt", &doc.golden());
}

#[test]
fn golden_fixture_screen_a5() {
    let p = quire::load(&fixture_dir()).unwrap_or_else(|d| panic!("{d:?}"));
    let (doc, _) = pdf::layout(&p.book, &p.pdf);
    check_golden("fixture_screen_a5.txt", &doc.golden());
}
