//! Story headers end to end: the story information a header gives is shown on the
//! chapter's opening page in both outputs (and not with `story-info = false`),
//! `header = false` reads a file as plain story, and `quire init` writes a book.toml for a
//! folder of stories that builds as it stands and is never overwritten.

mod common;

use common::{Fixture, build_format, epub_chapters, pdftotext, quire, spine_docs, words};
use serde_json::Value;
use std::path::Path;

fn fixture(name: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/stories/{name}"));
    std::fs::read(p).unwrap()
}

fn inspect(dir: &Path) -> Value {
    let run = quire(&["inspect", "--json", &dir.display().to_string()]);
    serde_json::from_str(&run.stdout).expect("inspect --json")
}

/// The words of every metadata value shown as story information (the rows the book
/// shows: rating, warnings, fandoms, relationships, characters, tags, counts, dates).
fn info_words(meta: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for k in [
        "rating",
        "warnings",
        "fandoms",
        "relationships",
        "characters",
        "tags",
        "series",
        "words",
        "chapters",
        "status",
        "published",
        "updated",
    ] {
        match &meta[k] {
            Value::String(s) => out.extend(words(s)),
            Value::Array(a) => a
                .iter()
                .for_each(|s| out.extend(words(s.as_str().unwrap()))),
            _ => {}
        }
    }
    out
}

fn book(story_info: Option<bool>) -> Fixture {
    let setting = story_info.map_or(String::new(), |b| format!("story-info = {b}\n"));
    let f = Fixture::with_toml(&format!(
        "[book]\ntitle = \"Headers\"\n{setting}\n[[chapters]]\nfile = \"fff.txt\"\n\n[[chapters]]\nfile = \"plain.txt\"\n"
    ));
    f.write("fff.txt", fixture("fff_chapters.txt"));
    f.write("plain.txt", fixture("closing_note.txt"));
    f
}

#[test]
fn story_info_is_on_the_opening_page_of_both_outputs() {
    let f = book(None);
    let report = inspect(f.path());
    let meta = &report["chapters"][0]["meta"];
    let want = info_words(meta);
    assert!(
        want.len() > 10,
        "the fixture's header fills the metadata: {meta}"
    );

    let out = tempfile::tempdir().unwrap();
    let (epub, _) = build_format(f.path(), "epub", out.path());
    let docs = spine_docs(&std::fs::read(&epub).unwrap());
    let chapters: Vec<&String> = docs
        .iter()
        .filter(|(p, _)| p.contains("chapter-"))
        .map(|(_, x)| x)
        .collect();
    let info = common::cut(chapters[0], "<h1", "</h1>");
    let info = &info[info
        .find("<div class=\"story-info\">")
        .expect("story info shown")..];
    let info = &info[..info.find("</div>").unwrap()];
    let shown = words(&common::strip_tags(info));
    // Every value, in order, and nothing but values and their labels.
    let mut it = shown.iter();
    for w in &want {
        assert!(it.any(|s| s == w), "EPUB story info lacks {w:?}: {shown:?}");
    }
    assert!(
        !chapters[1].contains("story-info"),
        "a story without a header shows no information"
    );
    // The header's words are not repeated as story text.
    let text = &epub_chapters(&std::fs::read(&epub).unwrap())[0].text;
    assert!(!text.windows(2).any(|w| w == ["TABLE", "OF"]));

    let (pdf, _) = build_format(f.path(), "pdf", out.path());
    let pdf_words = words(&pdftotext(&pdf));
    let title = pdf_words
        .windows(3)
        .rposition(|w| w == ["Lantern", "Keeper", "of"])
        .expect("chapter title in the PDF");
    let after = &pdf_words[title..];
    let mut it = after.iter();
    for w in &want {
        assert!(it.any(|s| s == w), "PDF story info lacks {w:?}");
    }
}

#[test]
fn story_info_false_turns_it_off() {
    let f = book(Some(false));
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = build_format(f.path(), "epub", out.path());
    let docs = spine_docs(&std::fs::read(&epub).unwrap());
    assert!(docs.iter().all(|(_, x)| !x.contains("story-info")));
    let (pdf, _) = build_format(f.path(), "pdf", out.path());
    let text = pdftotext(&pdf);
    assert!(!text.contains("Teen And Up Audiences"), "{text}");
    // The metadata is still read (inspect shows it); only the page leaves it out.
    assert_eq!(
        inspect(f.path())["chapters"][0]["meta"]["rating"],
        "Teen And Up Audiences"
    );
}

#[test]
fn header_false_reads_the_file_as_plain_story() {
    let f = Fixture::with_toml(
        "[book]\ntitle = \"H\"\n\n[[chapters]]\nfile = \"a.txt\"\ntitle = \"A\"\nheader = false\n",
    );
    f.write("a.txt", fixture("lj_field_paragraphs.txt"));
    let r = inspect(f.path());
    let ch = &r["chapters"][0];
    assert_eq!(ch["meta"]["rating"], Value::Null);
    assert_eq!(ch["meta"]["dropped"].as_array().unwrap().len(), 0);
    let all: Vec<String> = ["preface", "body", "afterword"]
        .iter()
        .flat_map(|p| ch[p].as_array().unwrap().clone())
        .flat_map(|b| words(b["text"].as_str().unwrap_or("")))
        .collect();
    assert!(all.windows(2).any(|w| w == ["Rating", "PG"]), "{all:?}");
}

#[test]
fn init_lists_the_folder_and_never_overwrites() {
    let f = Fixture::new();
    f.write("02-fff.txt", fixture("fff_oneshot.txt"));
    f.write("01-ao3.txt", fixture("ao3_work_page.txt"));
    f.write("03-plain.txt", fixture("first_person_narrator.txt"));
    f.write("notes.md", "not a story");
    let dir = f.path().display().to_string();
    let run = quire(&["init", &dir]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let toml = std::fs::read_to_string(f.path().join("book.toml")).unwrap();
    let files: Vec<&str> = toml
        .lines()
        .filter_map(|l| l.strip_prefix("file = \"")?.strip_suffix('"'))
        .collect();
    assert_eq!(files, ["01-ao3.txt", "02-fff.txt", "03-plain.txt"]);
    // The Markdown file is offered, commented out, not read as a story unasked.
    assert!(
        toml.contains("# [[chapters]]\n# file = \"notes.md\"\n"),
        "{toml}"
    );
    assert!(toml.contains("\"The Last Post Out of Hollin\""), "{toml}");
    assert!(toml.contains("\"harbourlight\""), "{toml}");

    // It builds as written, and the titles found are the ones used.
    let r = inspect(f.path());
    assert_eq!(r["chapters"][1]["title"], "Counting Ships");
    assert_eq!(r["chapters"][0]["author"], "fernwhistle");
    let out = tempfile::tempdir().unwrap();
    build_format(f.path(), "epub", out.path());

    let again = quire(&["init", &dir]);
    assert_eq!(again.code, 1);
    assert!(
        again.stderr.contains("never overwrites"),
        "{}",
        again.stderr
    );
    assert_eq!(
        std::fs::read_to_string(f.path().join("book.toml")).unwrap(),
        toml
    );
}

#[test]
fn init_on_a_folder_without_stories_is_an_error() {
    let f = Fixture::new();
    let run = quire(&["init", &f.path().display().to_string()]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no .txt story files"), "{}", run.stderr);
    assert!(!f.path().join("book.toml").exists());
}

/// A story whose header gave its note is not also said to have none: `inspect` once
/// listed "preface: none found" under the header's own note lines, a verdict on the text
/// after the header that read as one on the story.
#[test]
fn a_header_note_is_not_also_reported_missing() {
    let f = book(None);
    let report = inspect(f.path());
    let why: Vec<&str> = report["chapters"][0]["why"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        why.iter()
            .any(|w| w.starts_with("header:") && w.contains("preface")),
        "{why:?}"
    );
    assert!(
        !report["chapters"][0]["preface"]
            .as_array()
            .unwrap()
            .is_empty(),
        "the header's note is the preface"
    );
    assert!(
        !why.iter().any(|w| w.starts_with("preface: none")),
        "{why:?}"
    );
}
