//! The EPUB carries the PDF edition's pages (issue 17): for the sample and an anthology
//! of our own (the two fixture anthologies together, well over 60 pages), in both PDF
//! profiles, built by the `quire` binary:
//! - the page list has one entry per PDF page that carries text, in order, with the
//!   PDF's page labels (read from the PDF by qpdf);
//! - after each marker come the first three whole words of that page's body text as
//!   `pdftotext` reads the PDF (running head, folio and a word fragment carried over from
//!   the page before left out);
//! - markers never split a word, add no word and lose none (the same book built with
//!   `[epub] page-list = false` has the same words);
//! - EPUBCheck finds nothing and Ace no violation; the package names the page source
//!   and the two features.
//!
//! Also: `page-list = false` leaves every trace out, and an EPUB-only build gives the
//! same bytes as a build of both formats (the PDF is laid out either way).

mod common;

use common::{Fixture, ace, strip_tags, words};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `[pdf]` table for a profile: the sample's screen A5, or print at 6×9 in.
fn pdf_table(profile: &str) -> String {
    match profile {
        "print" => "[pdf]\nprofile = \"print\"\ntrim = \"6x9in\"\n".into(),
        _ => "[pdf]\nprofile = \"screen\"\ntrim = \"a5\"\n".into(),
    }
}

/// The sample book (three stories) in `profile`, with `epub` as its `[epub]` table.
fn sample(profile: &str, epub: &str) -> Fixture {
    let text = std::fs::read_to_string(root().join("book.toml")).unwrap();
    let head = &text[..text.find("[pdf]").expect("the sample has a [pdf] table")];
    let fx = Fixture::with_toml(&format!("{head}{}{epub}", pdf_table(profile)));
    for e in std::fs::read_dir(root().join("seeds")).unwrap() {
        let e = e.unwrap();
        fx.write(
            &format!("seeds/{}", e.file_name().to_string_lossy()),
            std::fs::read(e.path()).unwrap(),
        );
    }
    fx
}

/// An anthology of our own: the twelve stories of `tests/fixtures/anthology` and the
/// twelve of `tests/fixtures/notes_anthology` (notes before and after, bylines, strong
/// emphasis), all original text.
fn anthology(profile: &str) -> Fixture {
    let mut toml = String::from(
        "[book]\ntitle = \"Turn to Page Forty-Two\"\nsubtitle = \"Stories Kept in Print and on Screen\"\n\
         authors = [\"The Quire Test Desk\"]\nlanguage = \"en\"\ndate = \"2026-11-26\"\n\
         publisher = \"Quire Test Press\"\n\n",
    );
    let fx = Fixture::new();
    let mut n = 0;
    for dir in ["anthology", "notes_anthology"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/fixtures").join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            n += 1;
            let name = format!("story-{n:02}.txt");
            fx.write(&name, std::fs::read(&f).unwrap());
            toml += &format!("[[chapters]]\nfile = \"{name}\"\n");
            if n % 3 != 0 {
                toml += &format!("author = \"Writer {n}\"\n");
            }
            toml += "\n";
        }
    }
    toml += &pdf_table(profile);
    fx.write("book.toml", toml);
    fx
}

/// Runs `quire build` on `fx` with `args`, into `out`: the files it wrote (EPUB, PDF).
fn build(fx: &Fixture, out: &str, args: &[&str]) -> (Option<PathBuf>, Option<PathBuf>) {
    let out = fx.path().join(out);
    let mut all = vec![
        "build".to_string(),
        fx.path().display().to_string(),
        "--out".into(),
        out.display().to_string(),
    ];
    all.extend(args.iter().map(|s| s.to_string()));
    let run = common::quire(&all);
    assert_eq!(run.code, 0, "quire build failed: {}", run.stderr);
    let find = |ext: &str| {
        common::list(&out)
            .into_iter()
            .find(|f| f.ends_with(ext))
            .map(|f| out.join(f))
    };
    (find(".epub"), find(".pdf"))
}

/// What the PDF says: every page's label (as pypdf reads it), and the pages the outline
/// points at (the chapter openers, 0-based, as qpdf reads them).
fn pdf_structure(pdf: &Path, pages: usize) -> (Vec<String>, Vec<usize>) {
    let out = Command::new("qpdf")
        .args(["--json=2", "--json-key=outlines"])
        .arg(pdf)
        .output()
        .expect("qpdf is needed");
    assert!(out.status.success(), "qpdf failed on {}", pdf.display());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // The labels as pypdf reads them (its own reading of /PageLabels, roman numerals and
    // all): a reader independent of the one that wrote them.
    let script = "import sys, pypdf\n\
                  print('\\n'.join(pypdf.PdfReader(sys.argv[1]).page_labels))";
    let labels: Vec<String> = common::tool("python3", &["-c", script, &pdf.to_string_lossy()])
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(labels.len(), pages, "pypdf reads one label a page");
    let openers = json["outlines"]
        .as_array()
        .expect("the PDF has an outline")
        .iter()
        .map(|o| o["destpageposfrom1"].as_u64().unwrap() as usize - 1)
        .collect();
    (labels, openers)
}

/// Each page's lines as `pdftotext -raw` reads them (pages end with a form feed, as
/// `-f N -l N` would give them one at a time).
fn pdf_pages(pdf: &Path) -> Vec<Vec<String>> {
    let text = common::pdftotext(pdf);
    let mut pages: Vec<Vec<String>> = text
        .split('\u{c}')
        .map(|p| {
            p.lines()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect()
        })
        .collect();
    // The text ends with a form feed: nothing after the last page.
    if pages.last().is_some_and(|p| p.is_empty()) {
        pages.pop();
    }
    pages
}

/// A page's body text: without its running head (the first line of a page that does
/// not open a chapter, when it is the book's or a chapter's title) and its folio (the
/// last line, when it is the page's label).
fn body_lines<'a>(lines: &'a [String], label: &str, head: bool, titles: &[String]) -> &'a [String] {
    let mut lines = lines;
    if head && lines.first().is_some_and(|l| titles.contains(l)) {
        lines = &lines[1..];
    }
    if lines.last().is_some_and(|l| l == label) {
        lines = &lines[..lines.len() - 1];
    }
    lines
}

/// The content documents' text in spine order, markers as `\u{2}label\u{3}`; with
/// each document's name.
fn marked_text(epub: &[u8]) -> Vec<(String, String)> {
    common::spine_docs(epub)
        .into_iter()
        .map(|(name, x)| {
            let mut body = common::body(&x).to_string();
            let open = "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-";
            while let Some(i) = body.find(open) {
                let end = i + body[i..].find("/>").expect("markers are empty elements") + 2;
                let tag = &body[i..end];
                let id = &tag[open.len()..tag[open.len()..].find('"').unwrap() + open.len()];
                assert!(
                    tag.contains(&format!("aria-label=\"{id}\"")),
                    "a marker's label is its id's: {tag}"
                );
                body = format!("{}\u{2}{id}\u{3}{}", &body[..i], &body[end..]);
            }
            (name, strip_tags(&body))
        })
        .collect()
}

/// The words of the whole EPUB, and for each marker (in spine order) its label, the
/// document it is in and the index of the word after it.
fn words_and_markers(epub: &[u8]) -> (Vec<String>, Vec<(String, String, usize)>) {
    let mut all = Vec::new();
    let mut markers = Vec::new();
    for (doc, text) in marked_text(epub) {
        let mut pieces = text.split('\u{2}');
        all.extend(words(pieces.next().unwrap_or("")));
        for piece in pieces {
            let (label, rest) = piece.split_once('\u{3}').expect("a marker's end");
            markers.push((label.to_string(), doc.clone(), all.len()));
            all.extend(words(rest));
        }
    }
    (all, markers)
}

/// The page list: (href, label) of each entry in order.
fn page_list(epub: &[u8]) -> Vec<(String, String)> {
    let files = common::unzip(epub);
    let nav = files
        .iter()
        .find(|(n, _)| n.ends_with("nav.xhtml"))
        .map(|(_, b)| String::from_utf8(b.clone()).unwrap())
        .expect("a nav document");
    let start = nav
        .find("<nav epub:type=\"page-list\"")
        .expect("a page-list nav");
    let list = &nav[start..start + nav[start..].find("</nav>").unwrap()];
    assert!(list.contains("hidden=\"hidden\""), "{list}");
    list.split("<a href=\"")
        .skip(1)
        .map(|a| {
            let (href, rest) = a.split_once("\">").unwrap();
            (
                href.to_string(),
                rest[..rest.find("</a>").unwrap()].to_string(),
            )
        })
        .collect()
}

/// Whether a page break between the line `last` and the line `next` falls inside a
/// word: after a hyphen the break added (pdftotext gives a soft hyphen), a word's own
/// hyphen or a dash, or before a dash.
fn breaks_a_word(last: &str, next: &str) -> bool {
    last.ends_with(['\u{ad}', '-', '\u{2010}', '—', '–']) || next.starts_with(['—', '–'])
}

/// Every property of the "Done when", on one book; `min_pages`: the least the
/// PDF must have.
fn check_book(fx: &Fixture, min_pages: usize) {
    let (epub, pdf) = build(fx, "out", &[]);
    let (epub, pdf) = (epub.expect("an EPUB"), pdf.expect("a PDF"));
    let bytes = std::fs::read(&epub).unwrap();

    let pages = pdf_pages(&pdf);
    assert!(pages.len() >= min_pages, "only {} pages", pages.len());
    let (labels, openers) = pdf_structure(&pdf, pages.len());
    let project = quire::load(fx.path()).unwrap();
    let mut titles: Vec<String> = project
        .book
        .chapters
        .iter()
        .map(|c| c.title.clone())
        .collect();
    titles.push(project.book.meta.title.clone());

    // One entry per page that carries text, in order, with the PDF's labels.
    let with_text: Vec<usize> = (0..pages.len())
        .filter(|&i| !words(&pages[i].join(" ")).is_empty())
        .collect();
    let list = page_list(&bytes);
    let want: Vec<&str> = with_text.iter().map(|&i| labels[i].as_str()).collect();
    let got: Vec<&str> = list.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(
        got, want,
        "page list labels against the PDF's pages with text"
    );

    // Every entry links its marker; markers come in page order.
    let (all, markers) = words_and_markers(&bytes);
    assert_eq!(
        markers.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(),
        want,
        "markers in reading order"
    );
    for ((href, label), (m, doc, _)) in list.iter().zip(&markers) {
        assert_eq!(label, m);
        assert!(
            doc.ends_with(&href.replace(&format!("#page-{label}"), "")),
            "entry {href} points at {doc}"
        );
    }

    // The three words after each marker are the first three whole words of its page.
    // Body pages that open no chapter have a running head.
    let first_body = openers.iter().copied().min().expect("a chapter");
    let has_head = |i: usize| i > first_body && !openers.contains(&i);
    let mut checked = 0;
    for (k, &i) in with_text.iter().enumerate() {
        let body = body_lines(&pages[i], &labels[i], has_head(i), &titles);
        let mut text = body.join("\n");
        let before = i
            .checked_sub(1)
            .map(|j| body_lines(&pages[j], &labels[j], has_head(j), &titles))
            .and_then(|b| b.last().cloned());
        let first = body.first().map_or("", String::as_str);
        if before.is_some_and(|b| breaks_a_word(&b, first)) {
            // The rest of a word broken across the pages belongs to the page before.
            text = text
                .split_once(char::is_whitespace)
                .map_or(String::new(), |(_, r)| r.to_string());
        }
        let pdf_words = words(&text);
        let n = pdf_words.len().min(3);
        let at = markers[k].2;
        let epub_words = &all[at..(at + n).min(all.len())];
        assert_eq!(
            epub_words,
            &pdf_words[..n],
            "page {} (index {i}): the EPUB's words after its marker against pdftotext's",
            labels[i]
        );
        checked += usize::from(n == 3);
    }
    assert!(
        checked * 10 >= with_text.len() * 9,
        "most pages have three words"
    );

    // Markers never split a word: each follows a space or a tag's edge.
    for (doc, text) in marked_text(&bytes) {
        for (i, _) in text.match_indices('\u{2}') {
            let prev = text[..i].chars().next_back();
            assert!(
                prev.is_none_or(char::is_whitespace),
                "a marker inside a word in {doc}: …{}",
                &text[i.saturating_sub(40)..i]
            );
        }
    }

    // The package names the page source and the two features.
    let files = common::unzip(&bytes);
    let opf = files
        .iter()
        .find(|(n, _)| n.ends_with(".opf"))
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .unwrap();
    for want in [
        "<meta property=\"pageBreakSource\">",
        "<meta property=\"schema:accessibilityFeature\">printPageNumbers</meta>",
        "<meta property=\"schema:accessibilityFeature\">pageNavigation</meta>",
    ] {
        assert!(opf.contains(want), "package lacks {want}");
    }
    let source = opf
        .split("<meta property=\"pageBreakSource\">")
        .nth(1)
        .and_then(|s| s.split("</meta>").next())
        .unwrap();
    let source = common::unescape(source);
    assert!(
        source.contains(&project.book.meta.title) && source.contains(&project.book.meta.identifier),
        "{source}"
    );

    // The same book without a page list: the same words, none of the markup.
    let off = fx.path().join("book.toml");
    let toml = std::fs::read_to_string(&off).unwrap();
    std::fs::write(&off, format!("{toml}\n[epub]\npage-list = false\n")).unwrap();
    let (plain, _) = build(fx, "plain", &["--format", "epub"]);
    let plain = std::fs::read(plain.unwrap()).unwrap();
    std::fs::write(&off, toml).unwrap();
    let (plain_words, plain_markers) = words_and_markers(&plain);
    assert!(plain_markers.is_empty());
    assert_eq!(all, plain_words, "markers add no word and lose none");
    let unzipped = common::unzip(&plain);
    for (name, b) in &unzipped {
        let s = String::from_utf8_lossy(b);
        assert!(
            !s.contains("page-list") && !s.contains("pageBreakSource"),
            "{name} has a page list with page-list = false"
        );
    }

    common::epubcheck(&epub);
    ace(&epub);
}

#[test]
fn sample_on_screen_carries_the_pdf_pages() {
    check_book(&sample("screen", ""), 10);
}

#[test]
fn sample_in_print_carries_the_pdf_pages() {
    check_book(&sample("print", ""), 10);
}

#[test]
fn anthology_on_screen_carries_the_pdf_pages() {
    check_book(&anthology("screen"), 60);
}

#[test]
fn anthology_in_print_carries_the_pdf_pages() {
    check_book(&anthology("print"), 60);
}

#[test]
fn an_epub_only_build_has_the_same_pages_and_bytes() {
    let fx = sample("print", "");
    let (both, _) = build(&fx, "both", &[]);
    let (alone, pdf) = build(&fx, "alone", &["--format", "epub"]);
    assert!(pdf.is_none());
    let (both, alone) = (
        std::fs::read(both.unwrap()).unwrap(),
        std::fs::read(alone.unwrap()).unwrap(),
    );
    assert!(!page_list(&alone).is_empty());
    assert!(
        both == alone,
        "an EPUB-only build differs from a full build"
    );
}

#[test]
fn page_list_must_be_true_or_false() {
    let fx = sample("screen", "[epub]\npage-list = \"yes\"\n");
    let toml = std::fs::read_to_string(fx.path().join("book.toml")).unwrap();
    let line = toml
        .lines()
        .position(|l| l.starts_with("page-list"))
        .unwrap()
        + 1;
    let run = fx.build_epub(&[]);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains(&format!("book.toml:{line}:")) && run.stderr.contains("boolean"),
        "{}",
        run.stderr
    );
}
