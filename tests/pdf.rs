//! PDF renderer, end to end: the three seed stories rendered and checked with the real
//! tools a user would (qpdf, pdffonts, pdftotext). A missing tool fails the test.
//!
//! Until the source stage lands on main, the Book is built here by hand from the seed files
//! (paragraphs split on blank lines).

use quire::config::{PdfSettings, Profile, trim_size};
use quire::model::{Block, Book, Chapter, Encoding, Inline, Meta};
use quire::render::pdf;
use std::path::Path;
use std::process::Command;

const SEEDS: [&str; 3] = [
    "seeds/000_8eb8b7ab75c6b81c.txt",
    "seeds/001_15daa920b197e1ac.txt",
    "seeds/002_04d0661c74de874f.txt",
];

fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

fn seed_book() -> Book {
    let chapters = SEEDS
        .iter()
        .enumerate()
        .map(|(i, path)| {
            let text = std::fs::read_to_string(path).expect("seed");
            let mut paras: Vec<Block> = paragraphs(&text)
                .into_iter()
                .map(|p| Block::Paragraph(vec![Inline::Text(p)]))
                .collect();
            // The first paragraph of each seed is an author's note.
            let preface = vec![paras.remove(0)];
            Chapter {
                file: path.to_string(),
                title: format!("Story {}", ["One", "Two", "Three"][i]),
                title_in_text: None,
                author: Some(format!("Author {}", i + 1)),
                encoding: Encoding::Utf8,
                preface,
                body: paras,
                afterword: Vec::new(),
                decisions: Vec::new(),
            }
        })
        .collect();
    Book {
        meta: Meta {
            title: "Seed Anthology".into(),
            subtitle: Some("Three Stories".into()),
            authors: vec!["The Editors".into()],
            language: "en".into(),
            identifier: "urn:uuid:00000000-0000-0000-0000-000000000001".into(),
            date: Some("2024".into()),
            modified_epoch: 1_700_000_000,
            publisher: Some("Quire Press".into()),
            description: None,
            rights: Some("All rights reserved by the authors.".into()),
            cover: None,
        },
        chapters,
    }
}

fn settings(profile: Profile, trim: &str) -> PdfSettings {
    let (w, h) = trim_size(trim).expect("trim");
    PdfSettings {
        profile,
        page_width: w,
        page_height: h,
        ..PdfSettings::default()
    }
}

fn tool(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("`{cmd}` is required for this test and could not run: {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn render_to(dir: &Path, name: &str, s: &PdfSettings) -> (String, Vec<u8>) {
    let out = pdf::render(&seed_book(), s).unwrap_or_else(|e| panic!("{e:?}"));
    let path = dir.join(name);
    std::fs::write(&path, &out.bytes).unwrap();
    // For looking at the pages: QUIRE_KEEP_PDF=/some/dir keeps a copy.
    if let Some(keep) = std::env::var_os("QUIRE_KEEP_PDF") {
        std::fs::write(Path::new(&keep).join(name), &out.bytes).unwrap();
    }
    (path.to_string_lossy().into_owned(), out.bytes)
}

#[test]
fn qpdf_and_pdffonts_are_clean() {
    let dir = tempfile::tempdir().unwrap();
    let (path, bytes) = render_to(dir.path(), "screen.pdf", &settings(Profile::Screen, "a5"));
    assert!(bytes.starts_with(b"%PDF-1.7"), "{:?}", &bytes[..8]);
    let check = tool("qpdf", &["--check", &path]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    assert!(!check.to_lowercase().contains("warning"), "{check}");
    let fonts = tool("pdffonts", &[&path]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 3, "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        // name type encoding emb sub uni object ID
        assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "{row}");
        assert!(cols[0].as_bytes()[6] == b'+', "subset tag missing: {row}");
    }
}

/// Words of the extracted text, with running heads, folios and furniture removed and
/// hyphenated line ends rejoined where the seed has the joined word.
fn extracted_words(text: &str, furniture: &[String]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut carry: Option<String> = None;
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty()
            || furniture.iter().any(|f| f == t)
            || t.chars().all(|c| c.is_ascii_digit())
            || t.chars().all(|c| "ivxlc".contains(c))
        {
            continue;
        }
        let mut ws: Vec<String> = t.split_whitespace().map(str::to_string).collect();
        if let Some(c) = carry.take() {
            ws[0] = format!("{c}{}", ws[0]);
        }
        let last = ws.pop().unwrap();
        words.extend(ws);
        // A line-end hyphen after a letter is a candidate break; the caller resolves it.
        if last.ends_with('-')
            && last.len() > 1
            && last[..last.len() - 1].ends_with(char::is_alphabetic)
        {
            carry = Some(format!("{last}\u{1}"));
        } else {
            words.push(last);
        }
    }
    words.extend(carry);
    words
}

#[test]
fn every_word_comes_back_once_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = render_to(dir.path(), "screen.pdf", &settings(Profile::Screen, "a5"));
    let text = tool("pdftotext", &["-raw", "-enc", "UTF-8", &path, "-"]);
    let book = seed_book();
    let mut furniture = vec![
        book.meta.title.clone(),
        "Author’s Note".to_string(),
        "Afterword".into(),
    ];
    for ch in &book.chapters {
        furniture.push(ch.title.clone());
        furniture.push(ch.author.clone().unwrap());
    }
    let got = extracted_words(&text, &furniture);
    let mut expected: Vec<String> = Vec::new();
    for ch in &book.chapters {
        for b in ch.all_blocks() {
            expected.extend(b.plain().split_whitespace().map(str::to_string));
        }
    }
    // Walk the expected words through the extraction: front matter comes before the
    // first story word; after that every token must be the next expected word.
    let start = got
        .iter()
        .position(|w| w == &expected[0])
        .expect("first word of the first story");
    let mut gi = start;
    for (ei, want) in expected.iter().enumerate() {
        let g = got
            .get(gi)
            .unwrap_or_else(|| panic!("text ends before word {ei} `{want}`"));
        // "hy-\u{1}phen": either a hyphenation (drop the hyphen) or a real hyphen.
        let candidate = g.replace("-\u{1}", "");
        let literal = g.replace('\u{1}', "");
        assert!(
            &candidate == want || &literal == want,
            "word {ei}: expected `{want}`, got `{g}` (context: {:?})",
            &got[gi.saturating_sub(5)..(gi + 5).min(got.len())]
        );
        gi += 1;
    }
    assert_eq!(
        gi,
        got.len(),
        "extra text after the last story: {:?}",
        &got[gi..]
    );
}

#[test]
fn outline_labels_and_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = render_to(dir.path(), "screen.pdf", &settings(Profile::Screen, "a5"));
    let json = tool(
        "qpdf",
        &[
            "--json",
            "--json-key=outlines",
            "--json-key=pagelabels",
            &path,
        ],
    );
    for t in ["Story One", "Story Two", "Story Three"] {
        assert!(
            json.contains(&format!("\"title\": \"{t}\"")),
            "outline lacks {t}: {json}"
        );
    }
    assert!(json.contains("\"/S\": \"/r\""), "{json}");
    assert!(json.contains("\"/S\": \"/D\""), "{json}");
    let info = tool("pdfinfo", &[&path]);
    assert!(info.contains("Title:           Seed Anthology"), "{info}");
    assert!(info.contains("Author:          The Editors"), "{info}");
    assert!(
        info.lines()
            .any(|l| l.starts_with("PDF version:") && l.ends_with("1.7")),
        "{info}"
    );
}

#[test]
fn print_chapters_open_on_odd_pages_and_renders_are_identical() {
    let s = settings(Profile::Print, "6x9in");
    let dir = tempfile::tempdir().unwrap();
    let (path, a) = render_to(dir.path(), "print.pdf", &s);
    let (_, b) = render_to(dir.path(), "print2.pdf", &s);
    assert!(a == b, "two renders differ");
    let (doc, _) = pdf::layout(&seed_book(), &s);
    assert_eq!(doc.outline.len(), 3);
    for e in &doc.outline {
        assert_eq!(
            e.page % 2,
            0,
            "{} opens on physical page {}",
            e.title,
            e.page + 1
        );
    }
    // The opener pages hold the titles, per pdftotext too.
    for e in &doc.outline {
        let p = (e.page + 1).to_string();
        let page = tool("pdftotext", &["-f", &p, "-l", &p, &path, "-"]);
        assert!(page.contains(&e.title), "page {p}: {page}");
    }
    let check = tool("qpdf", &["--check", &path]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
}

#[test]
fn golden_layout() {
    let (doc, _) = pdf::layout(&seed_book(), &settings(Profile::Screen, "a5"));
    let got = doc.golden();
    let path = Path::new("tests/golden/seeds_screen_a5.txt");
    if std::env::var_os("QUIRE_BLESS").is_some() {
        std::fs::write(path, &got).unwrap();
    }
    let want = std::fs::read_to_string(path).expect("golden missing: run with QUIRE_BLESS=1");
    assert!(
        got == want,
        "layout changed; inspect and re-bless with QUIRE_BLESS=1"
    );
}
