//! Book furniture as a reader meets it, in both outputs: each note carries one label
//! (the book's, never the author's a second time), the note before and the note after a
//! story have different labels and the same ones in the EPUB and the PDF, a French book
//! has no English word in what the book adds, and the package is light and valid.
//!
//! Fixtures: `tests/fixtures/notes_anthology/` (twelve original stories, notes before and after
//! in many dresses) and `tests/fixtures/francais/` (two French stories).

mod common;

use common::{ace, epubcheck, pdftotext, spine_docs, strip_tags, unescape, unzip};
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn fixture(name: &str) -> PathBuf {
    Path::new(ROOT).join("tests/fixtures").join(name)
}

/// Builds both formats of `book` into `out`: (EPUB bytes, PDF text, EPUB path).
fn build_both(book: &Path, out: &Path) -> (Vec<u8>, String, PathBuf) {
    let (epub, _) = common::build_format(book, "epub", out);
    let (pdf, _) = common::build_format(book, "pdf", out);
    (std::fs::read(&epub).unwrap(), pdftotext(&pdf), epub)
}

/// The note labels of each chapter document, in order, with the paragraph after each.
fn epub_notes(epub: &[u8]) -> Vec<Vec<(String, String)>> {
    spine_docs(epub)
        .into_iter()
        .filter(|(p, _)| p.contains("chapter-"))
        .map(|(_, x)| {
            x.split("class=\"note-label\">")
                .skip(1)
                .map(|rest| {
                    let (label, after) = rest.split_once("</h2>").unwrap();
                    let para = after.split_once("</p>").map_or("", |(p, _)| p).to_string();
                    (
                        unescape(label),
                        unescape(&strip_tags(&para)).trim().to_string(),
                    )
                })
                .collect()
        })
        .collect()
}

#[test]
fn anthology_notes_have_one_label_each_the_same_in_both_outputs() {
    let out = tempfile::tempdir().unwrap();
    let book = fixture("notes_anthology");
    let (epub, pdf_text, epub_path) = build_both(&book, out.path());
    let project = quire::load(&book).unwrap();
    let chapters = &project.book.chapters;
    assert_eq!(chapters.len(), 12);
    let notes = epub_notes(&epub);
    let (mut before, mut after) = (0, 0);
    for (ch, labels) in chapters.iter().zip(&notes) {
        let want: Vec<&str> = [
            (!ch.preface.is_empty()).then_some("Author’s Note"),
            (!ch.afterword.is_empty()).then_some("Closing Note"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let got: Vec<&str> = labels.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(got, want, "{}: note labels", ch.file);
        for (label, first) in labels {
            assert!(
                quire::furniture::author_label_len(first).is_none(),
                "{}: “{label}” is followed by the author's own label: {first:?}",
                ch.file
            );
        }
        before += usize::from(!ch.preface.is_empty());
        after += usize::from(!ch.afterword.is_empty());
    }
    assert!(before >= 6 && after >= 5, "{before} {after}");
    // The PDF: the same two headings, as many times as there are notes, and no line
    // that opens with an author's label.
    let lines: Vec<&str> = pdf_text.lines().map(str::trim).collect();
    let count = |l: &str| lines.iter().filter(|x| **x == l).count();
    assert_eq!(count("Author’s Note"), before, "PDF note-before headings");
    assert_eq!(count("Closing Note"), after, "PDF note-after headings");
    for l in &lines {
        assert!(
            !(l.starts_with("A/N") || l.starts_with("Author’s Note:") || l.starts_with("**")),
            "a label twice in the PDF: {l:?}"
        );
    }
    // Bylines and the editors read the same in both.
    assert!(lines.contains(&"by Wren Alder"));
    assert!(lines.contains(&"Quire Test Editors and A. N. Other"));
    let title = spine_docs(&epub)
        .into_iter()
        .find(|(p, _)| p.ends_with("titlepage.xhtml"))
        .unwrap()
        .1;
    // Names keep their spaces unbreakable (U+00A0); the words are the same.
    assert!(
        title
            .replace('\u{a0}', " ")
            .contains("Quire Test Editors and A. N. Other"),
        "{title}"
    );
    epubcheck(&epub_path);
    ace(&epub_path);
}

/// English words the furniture uses; none may appear in a French book's furniture.
const ENGLISH: &[&str] = &[
    "Author",
    "Closing",
    "Summary",
    "Contents",
    "Title",
    "Copyright",
    "Cover",
    "by",
    "and",
    "Published",
    "First",
    "published",
    "Identifier",
    "Set",
    "under",
    "License",
    "Typeset",
    "with",
    "Scene",
    "break",
    "Landmarks",
    "Guide",
    "Afterword",
    "of",
    "Of",
    "the",
    // The story information's labels (brume.txt has a site header).
    "Rating",
    "Warnings",
    "Relationships",
    "Characters",
    "Words",
    "Chapters",
    "Series",
    "Updated",
];

/// A header's summary stands first under its own heading ("Summary"), not the note's;
/// an `A/N:` the chapter opens with follows it under the note's heading, and loses its
/// label in both outputs all the same.
#[test]
fn a_note_under_the_summary_loses_its_label() {
    let f = common::Fixture::with_toml(
        "[book]\ntitle = \"Kiln\"\n\n[[chapters]]\nfile = \"kiln.txt\"\n",
    );
    f.write(
        "kiln.txt",
        std::fs::read(fixture("stories/fff_summary_then_note.txt")).unwrap(),
    );
    let out = tempfile::tempdir().unwrap();
    let (epub, pdf_text, _) = build_both(f.path(), out.path());
    let notes = epub_notes(&epub);
    assert_eq!(notes[0].len(), 2, "{notes:?}");
    assert_eq!(notes[0][0].0, "Summary");
    assert!(notes[0][0].1.starts_with("A potter’s son"), "{notes:?}");
    assert_eq!(notes[0][1].0, "Author’s Note");
    assert!(notes[0][1].1.starts_with("For my mum"), "{notes:?}");
    // The PDF (for now) sets the summary first under the note's heading, then the note.
    let at = |l: &str| pdf_text.find(l);
    assert!(at("A potter’s son").is_some() && at("A potter’s son") < at("For my mum"));
    let xhtml: String = spine_docs(&epub)
        .into_iter()
        .filter(|(p, _)| p.contains("chapter-"))
        .map(|(_, x)| unescape(&strip_tags(&x)))
        .collect();
    assert!(xhtml.contains("For my mum"), "the note is shown");
    assert!(
        !xhtml.contains("A/N"),
        "the author's label is shown: {xhtml}"
    );
    assert!(pdf_text.contains("For my mum"));
    assert!(!pdf_text.contains("A/N"), "{pdf_text}");
}

fn english_in(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| ENGLISH.contains(w))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_french_book_has_no_english_furniture() {
    let out = tempfile::tempdir().unwrap();
    let book = fixture("francais");
    let (epub, pdf_text, epub_path) = build_both(&book, out.path());
    // Everything in the package that is text: documents, navigation, metadata.
    for (name, bytes) in unzip(&epub) {
        if !(name.ends_with(".xhtml") || name.ends_with(".opf") || name.ends_with(".ncx")) {
            continue;
        }
        let raw = String::from_utf8(bytes).unwrap();
        let visible = if name.ends_with(".opf") {
            // The OPF's reader-facing strings: Dublin Core values, the accessibility
            // summary, guide titles (its other values are machine vocabularies).
            raw.lines()
                .filter(|l| l.contains("<dc:") || l.contains("accessibilitySummary"))
                .map(|l| unescape(&strip_tags(l)))
                .chain(
                    raw.split("title=\"")
                        .skip(1)
                        .map(|t| t.split('"').next().unwrap_or("").to_string()),
                )
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            // Text and the attributes readers hear: titles and labels.
            let labels = raw
                .split("aria-label=\"")
                .skip(1)
                .chain(raw.split("alt=\"").skip(1))
                .map(|t| t.split('"').next().unwrap_or("").to_string())
                .collect::<Vec<_>>()
                .join("\n");
            unescape(&strip_tags(&raw)) + "\n" + &labels
        };
        let found = english_in(&visible);
        assert!(found.is_empty(), "{name}: English {found:?} in\n{visible}");
    }
    let found = english_in(&pdf_text);
    assert!(found.is_empty(), "PDF: English {found:?}");
    // French furniture, French spacing (narrow no-break space before the colon).
    assert!(pdf_text.contains("Note de l’auteur"), "{pdf_text}");
    assert!(pdf_text.contains("Note de fin"));
    // The story information in French, in both outputs.
    // (pdftotext may give the narrow no-break space back as a plain space)
    let pdf_spaced = pdf_text.replace('\u{202f}', " ");
    assert!(
        pdf_spaced.contains("Classement : Tout public"),
        "{pdf_text}"
    );
    assert!(pdf_spaced.contains("Relations : Lucien/Mathilde"));
    let ch3 = unzip(&epub)
        .into_iter()
        .find(|(n, _)| n.ends_with("chapter-0003.xhtml"))
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .expect("a third chapter");
    assert!(
        ch3.contains("Classement\u{202f}:</span> Tout public"),
        "{ch3}"
    );
    assert!(pdf_text.contains("Table des matières"));
    assert!(pdf_text.contains("par Claire Fontenay"));
    let titlepage = String::from_utf8(
        unzip(&epub)
            .into_iter()
            .find(|(n, _)| n.ends_with("titlepage.xhtml"))
            .unwrap()
            .1,
    )
    .unwrap();
    assert!(
        titlepage
            .replace('\u{a0}', " ")
            .contains("Claire Fontenay et Jules Marchal")
    );
    let notes = epub_notes(&epub);
    assert_eq!(notes[0][0].0, "Note de l’auteur");
    assert!(
        notes[0][0].1.starts_with("c’est ma première"),
        "{:?}",
        notes[0]
    );
    assert_eq!(notes[0][1].0, "Note de fin");
    assert!(
        notes[0][1].1.starts_with("Merci d’avoir lu"),
        "{:?}",
        notes[0]
    );
    epubcheck(&epub_path);
    ace(&epub_path);
}

/// A name the book adds (a contents entry's author, an opener's byline) is never broken
/// across lines inside it: a line may end between names or before the byline, not at
/// "Leopold / Marchbanks". anthology3's screen contents has entries too long for a line
/// (a long title and a two-word name), so some wrap; each name must reach a line whole.
/// The EPUB carries the same names, which still read as separate words.
#[test]
fn a_name_in_the_furniture_is_never_broken_inside() {
    let out = tempfile::tempdir().unwrap();
    let book = fixture("anthology3");
    let (epub, pdf_text, _) = build_both(&book, out.path());
    let project = quire::load(&book).unwrap();
    let chapters = &project.book.chapters;
    let lines: Vec<&str> = pdf_text.lines().map(str::trim).collect();
    // The contents: from its heading to the first opener's byline.
    let from = lines.iter().position(|l| *l == "Contents").unwrap();
    let to = from
        + lines[from..]
            .iter()
            .position(|l| l.starts_with("by "))
            .unwrap();
    let contents = &lines[from..to];
    let names: Vec<&str> = chapters
        .iter()
        .flat_map(|c| &c.authors)
        .map(String::as_str)
        .filter(|a| a.contains(' '))
        .collect();
    assert!(names.len() >= 8, "{names:?}");
    for name in &names {
        let entries = names.iter().filter(|n| *n == name).count();
        let whole = contents.iter().filter(|l| l.contains(name)).count();
        assert_eq!(
            whole, entries,
            "{name} broken in the contents: {contents:#?}"
        );
    }
    // Not a vacuous check: some entries did wrap, their name starting the next line.
    assert!(
        contents
            .iter()
            .any(|l| names.iter().any(|n| l.starts_with(n))),
        "no contents entry wrapped before its author: {contents:#?}"
    );
    // A wrapped entry breaks after its dash, never before it.
    assert!(
        !contents.iter().any(|l| l.starts_with('—')),
        "{contents:#?}"
    );
    // Openers: each byline on one line.
    for ch in chapters.iter().filter(|c| !c.authors.is_empty()) {
        let by = format!("by {}", ch.authors.join(" and "));
        assert!(lines.contains(&by.as_str()), "{by} not on one line");
    }
    // The EPUB's contents: the names whole, and as words to a reader of its text.
    let page = spine_docs(&epub)
        .into_iter()
        .find(|(p, _)| p.ends_with("contents.xhtml"))
        .unwrap()
        .1;
    let text = unescape(&strip_tags(&page));
    for name in &names {
        let bound = name.replace(' ', "\u{a0}");
        assert!(text.contains(&bound), "{bound:?} in the EPUB contents");
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    assert!(
        words.windows(2).any(|w| w == ["Leopold", "Marchbanks"]),
        "the EPUB's name does not read as two words"
    );
}

#[path = "furniture/package.rs"]
mod package;

/// The number of contents entries on each contents page of a book of `n` one-line
/// stories (each entry ends in its page number after dot leaders).
fn contents_per_page(n: usize) -> Vec<usize> {
    let f = common::Fixture::new();
    let files: Vec<String> = (1..=n).map(|i| format!("s{i:02}.txt")).collect();
    for (i, file) in files.iter().enumerate() {
        f.write(file, format!("Story {}\n\n{}", i + 1, common::STORY));
    }
    let names: Vec<&str> = files.iter().map(String::as_str).collect();
    f.write("book.toml", common::toml_for(&names));
    let out = tempfile::tempdir().unwrap();
    let (pdf, _) = common::build_format(f.path(), "pdf", out.path());
    let pages = pdftotext(&pdf);
    pages
        .split('\u{c}')
        .map(|page| page.lines().filter(|l| l.contains(" . . ")).count())
        .filter(|&entries| entries > 0)
        .collect()
}

/// A contents one entry too long for its page does not leave that entry alone on the
/// next: the last contents page holds at least half as many entries as the one before.
#[test]
fn the_contents_last_page_is_never_a_lone_entry() {
    // Enough stories for two pages: the first holds as many as a page can.
    let two = contents_per_page(40);
    assert_eq!(two.len(), 2, "{two:?}");
    let first_page = two[0];
    // One more than that fits: two pages, shared out.
    let spilled = contents_per_page(first_page + 1);
    assert_eq!(spilled.len(), 2, "{spilled:?}");
    assert_eq!(spilled.iter().sum::<usize>(), first_page + 1);
    assert!(2 * spilled[1] >= spilled[0], "{spilled:?}");
    // A contents that fits one page stays on one.
    assert_eq!(contents_per_page(first_page - 1).len(), 1);
}
