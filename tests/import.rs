//! Downloaded works as chapters: AO3's HTML and EPUB downloads and FanFicFare's HTML and
//! EPUB output are read through `quire inspect --json` as their writer meant them (title,
//! author, summary and notes in the preface, end notes in the afterword, chapter headings
//! in order, scene breaks, emphasis, no archive boilerplate), and hostile files are read
//! with nothing executed, nothing read outside the file, and a clear refusal where needed
//! (those in `import/hostile.rs`); Word, LibreOffice and RTF documents in
//! `import/documents.rs`; zipped pages, Evernote exports, flat OpenDocument texts and
//! Apple Pages EPUBs in `import/containers.rs`; story sites' pages in
//! `import/site_pages.rs`.

mod common;

use common::{Fixture, quire, words};
use serde_json::Value;
use std::io::Write;
use std::path::Path;

#[path = "import/hostile.rs"]
mod hostile;

#[path = "import/documents.rs"]
mod documents;

#[path = "import/containers.rs"]
mod containers;

#[path = "import/site_pages.rs"]
mod site_pages;

/// The fixtures of tests/fixtures/import (written by its make.py) and their expectations.
const FIXTURES: &[(&str, &str)] = &[
    ("ao3-single.html", "ao3-single"),
    ("ao3-multi.html", "ao3-multi"),
    ("ao3-multi.epub", "ao3-multi-epub"),
    ("fff-multi.epub", "fff-multi-epub"),
    ("fff-two.html", "fff-two"),
];

fn fixture_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

fn expect(name: &str) -> Value {
    let text = std::fs::read_to_string(fixture_dir().join(format!("{name}.expect.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A book of the given downloads (copied into a fresh folder), one chapter each.
fn book_of(files: &[&str]) -> Fixture {
    let f = Fixture::with_toml(&common::toml_for(files));
    for file in files {
        f.write(file, std::fs::read(fixture_dir().join(file)).unwrap());
    }
    f
}

fn inspect(f: &Fixture) -> Value {
    let run = quire(&["inspect", "--json", &f.path().display().to_string()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

fn block_text(blocks: &Value) -> String {
    blocks
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["text"].as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn has_inline(v: &Value, key: &str) -> bool {
    match v {
        Value::Object(m) => m.contains_key(key) || m.values().any(|x| has_inline(x, key)),
        Value::Array(a) => a.iter().any(|x| has_inline(x, key)),
        _ => false,
    }
}

/// The `meta` field of `inspect --json` that a tag group of the file fills.
fn meta_field(label: &str, fff: bool) -> Option<&'static str> {
    Some(match label {
        "Rating" | "Ratings" => "rating",
        "Archive Warning" | "Archive Warnings" | "Warnings" => "warnings",
        "Category" | "Categories" if fff => "fandoms",
        "Category" | "Categories" | "Additional Tags" | "Genre" => "tags",
        "Fandom" | "Fandoms" => "fandoms",
        "Relationship" | "Relationships" => "relationships",
        "Character" | "Characters" => "characters",
        "Language" => "language",
        "Status" => "status",
        "Published" => "published",
        "Updated" => "updated",
        "Chapters" => "chapters",
        "Words" => "words",
        "Publisher" => "publisher",
        _ => return None,
    })
}

#[test]
fn downloads_are_read_as_their_writer_meant() {
    for (file, name) in FIXTURES {
        let want = expect(name);
        let f = book_of(&[file]);
        let report = inspect(&f);
        let ch = &report["chapters"][0];
        let what = file.to_string();
        assert_eq!(ch["reader"], want["reader"], "{what}: reader");
        assert_eq!(ch["title"], want["title"], "{what}: title");
        assert_eq!(ch["author"], want["author"], "{what}: author");
        for part in ["preface", "afterword"] {
            assert_eq!(
                words(&block_text(&ch[part])),
                words(want[part].as_str().unwrap()),
                "{what}: {part}"
            );
        }
        assert_eq!(
            words(&block_text(&ch["body"])),
            words(want["story"].as_str().unwrap()),
            "{what}: story words"
        );
        let headings: Vec<&str> = ch["body"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["type"] == "heading")
            .filter_map(|b| b["text"].as_str())
            .filter(|h| want["headings"].as_array().unwrap().iter().any(|w| w == h))
            .collect();
        let want_headings: Vec<&str> = want["headings"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(headings, want_headings, "{what}: chapter headings in order");
        // A chapter's own summary and notes are small notes at their place, in order.
        let notes: Vec<Vec<String>> = ch["body"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["type"] == "note")
            .map(|b| words(b["text"].as_str().unwrap_or("")))
            .collect();
        let want_notes: Vec<Vec<String>> = want["chapter_notes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| words(n.as_str().unwrap()))
            .collect();
        assert_eq!(notes, want_notes, "{what}: chapter notes");
        assert!(
            ch["body"]
                .as_array()
                .unwrap()
                .iter()
                .any(|b| b["type"] == "scene_break"),
            "{what}: a scene break"
        );
        assert!(has_inline(&ch["body"], "emphasis"), "{what}: emphasis");
        let fff = ch["reader"].as_str().unwrap().starts_with("fanficfare");
        for (label, values) in want["tags"].as_object().unwrap() {
            let Some(field) = meta_field(label, fff) else {
                continue;
            };
            let got = &ch["meta"][field];
            for v in values.as_array().unwrap() {
                let v = v.as_str().unwrap();
                let found = match got {
                    Value::Array(a) => a.iter().any(|x| x == v),
                    Value::String(s) => s.split(", ").any(|x| x == v),
                    _ => false,
                };
                assert!(
                    found,
                    "{what}: tag {label}: {v} not in meta.{field} = {got}"
                );
            }
        }
        assert_eq!(
            words(&block_text(&ch["meta"]["summary"])),
            words(&block_text(&ch["preface"]))[..words(&block_text(&ch["meta"]["summary"])).len()],
            "{what}: the summary heads the preface"
        );
        assert!(
            !ch["meta"]["summary"].as_array().unwrap().is_empty(),
            "{what}: summary in meta"
        );
        // Everything the chapter carries but the account of what was left out.
        let mut shown = ch.clone();
        shown.as_object_mut().unwrap().remove("why");
        let all = shown.to_string();
        for boiler in [
            "Posted originally",
            "Please drop by",
            "See the end of",
            "Table of Contents",
            "Author's Note:",
            "Chapter End Notes",
        ] {
            assert!(
                !all.contains(boiler),
                "{what}: \"{boiler}\" reached the chapter"
            );
        }
    }
}

#[test]
fn inspect_names_the_reader_and_text_stays_text() {
    let f = book_of(&["ao3-single.html"]);
    f.write("plain.txt", common::STORY);
    f.write(
        "book.toml",
        common::toml_for(&["ao3-single.html", "plain.txt"]),
    );
    let report = inspect(&f);
    assert_eq!(report["chapters"][0]["reader"], "ao3-html");
    assert_eq!(report["chapters"][1]["reader"], "text");
    let human = quire(&["inspect", &f.path().display().to_string()]);
    assert!(
        human.stdout.contains("an AO3 HTML download"),
        "{}",
        human.stdout
    );
}

/// An anthology of every fixture: the EPUB validates and Ace finds nothing.
#[test]
fn anthology_of_downloads_validates() {
    let files: Vec<&str> = FIXTURES.iter().map(|(f, _)| *f).collect();
    let f = book_of(&files);
    let out = tempfile::tempdir().unwrap();
    let (epub, stderr) = common::build_format(f.path(), "epub", out.path());
    assert!(!stderr.contains("error"), "{stderr}");
    common::epubcheck(&epub);
    common::ace(&epub);
}

/// A multi-chapter work's chapters are entries nested under the story: in the EPUB's
/// navigation (each linking to its heading's id in the chapter document) and in the
/// PDF's outline (each on the page where pdftotext finds that heading).
#[test]
fn a_works_chapters_nest_under_it_in_the_navigation_and_the_outline() {
    let f = book_of(&["ao3-multi.html"]);
    let project = quire::load(f.path()).expect("loads");
    let ch = &project.book.chapters[0];
    let headings: Vec<String> = ch
        .body
        .iter()
        .filter_map(|b| match b {
            quire::model::Block::Heading(h) => Some(h.clone()),
            _ => None,
        })
        .collect();
    assert!(headings.len() >= 2, "{headings:?}");

    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(f.path(), "epub", out.path());
    common::epubcheck(&epub);
    let files = common::unzip(&std::fs::read(&epub).unwrap());
    let text = |suffix: &str| {
        files
            .iter()
            .find(|(n, _)| n.ends_with(suffix))
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
            .unwrap()
    };
    let nav = text("nav.xhtml");
    let chapter = text("chapter-0001.xhtml");
    let toc = &nav[nav.find("epub:type=\"toc\"").unwrap()..];
    let toc = &toc[..toc.find("</nav>").unwrap()];
    let story = toc.find("chapter-0001.xhtml\"").expect("the story's entry");
    let nested = &toc[story..];
    assert!(nested.contains("<ol>"), "no nested list: {toc}");
    for (k, h) in headings.iter().enumerate() {
        let link = format!("chapter-0001.xhtml#ch1-s{}", k + 1);
        let at = nested
            .find(&link)
            .unwrap_or_else(|| panic!("{link} not in {toc}"));
        assert!(
            nested[at..].contains(&h.replace('&', "&amp;").chars().take(8).collect::<String>()),
            "{h}"
        );
        assert!(
            chapter.contains(&format!("id=\"ch1-s{}\"", k + 1)),
            "no anchor for {h}"
        );
    }

    let (pdf, _) = common::build_format(f.path(), "pdf", out.path());
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(
            "import sys, pypdf\n\
             r = pypdf.PdfReader(sys.argv[1])\n\
             def walk(o, d):\n\
             \x20   for x in o:\n\
             \x20       if isinstance(x, list): walk(x, d + 1)\n\
             \x20       else: print(d, r.get_destination_page_number(x) + 1, x.title, sep='\\t')\n\
             walk(r.outline, 0)",
        )
        .arg(&pdf)
        .output()
        .expect("python3 with pypdf");
    let outline = String::from_utf8_lossy(&out.stdout);
    let children: Vec<(usize, String)> = outline
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.splitn(3, '\t').collect();
            (f.first() == Some(&"1")).then(|| (f[1].parse().unwrap(), f[2].to_string()))
        })
        .collect();
    assert_eq!(
        children.iter().map(|c| c.1.clone()).collect::<Vec<_>>(),
        headings,
        "{outline}"
    );
    for (page, title) in &children {
        let t = std::process::Command::new("pdftotext")
            .args([
                "-f",
                &page.to_string(),
                "-l",
                &page.to_string(),
                "-enc",
                "UTF-8",
            ])
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let t = String::from_utf8_lossy(&t.stdout).replace('\n', " ");
        let first_words: String = title
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(t.contains(&first_words), "{title} not on page {page}: {t}");
    }
}

/// The README's recipe: `quire init` on a folder of downloads and word processors'
/// documents, then `quire build`.
#[test]
fn init_then_build_a_folder_of_downloads() {
    let f = Fixture::new();
    let documents = ["lanterns.docx", "lanterns.odt", "lanterns.rtf"];
    let files: Vec<&str> = FIXTURES
        .iter()
        .map(|(file, _)| *file)
        .chain(documents)
        .collect();
    for file in &files {
        f.write(file, std::fs::read(fixture_dir().join(file)).unwrap());
    }
    let dir = f.path().display().to_string();
    let run = quire(&["init", &dir]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let toml = std::fs::read_to_string(f.path().join("book.toml")).unwrap();
    for file in &files {
        assert!(toml.contains(&format!("file = \"{file}\"")), "{toml}");
    }
    let report = inspect(&f);
    let readers: Vec<&str> = report["chapters"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["reader"].as_str())
        .collect();
    assert_eq!(readers.len(), files.len());
    assert!(readers.iter().all(|r| *r != "text"), "{readers:?}");
    for reader in ["docx", "odt", "rtf"] {
        assert!(readers.contains(&reader), "{readers:?}");
    }
    let out = tempfile::tempdir().unwrap();
    common::build_format(f.path(), "epub", out.path());
}

/// A work by two creators: each is a name of its own (in `inspect`, and as a contributor
/// in the EPUB's package), and the byline joins them as the book's language does, in
/// both outputs.
#[test]
fn a_works_creators_are_joined_by_the_books_language() {
    for (language, byline) in [
        ("en", "by tidewrack and quillfeather"),
        ("fr", "par tidewrack et quillfeather"),
    ] {
        let f = Fixture::with_toml(&format!(
            "[book]\ntitle = \"Two Hands\"\nlanguage = \"{language}\"\n\n\
             [[chapters]]\nfile = \"ao3-multi.html\"\n"
        ));
        f.write(
            "ao3-multi.html",
            std::fs::read(fixture_dir().join("ao3-multi.html")).unwrap(),
        );
        let report = inspect(&f);
        assert_eq!(
            report["chapters"][0]["authors"],
            serde_json::json!(["tidewrack", "quillfeather"])
        );
        let out = tempfile::tempdir().unwrap();
        let (epub, _) = common::build_format(f.path(), "epub", out.path());
        let bytes = std::fs::read(&epub).unwrap();
        let entries = common::unzip(&bytes);
        let text = |suffix: &str| -> String {
            entries
                .iter()
                .filter(|(n, _)| n.ends_with(suffix))
                .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
                .collect()
        };
        let opf = text(".opf");
        for name in ["tidewrack", "quillfeather"] {
            assert!(
                opf.contains(&format!("\">{name}</dc:contributor>")),
                "{name} is a contributor of its own:\n{opf}"
            );
        }
        assert!(!opf.contains("tidewrack, quillfeather"), "{opf}");
        // Compared as words: the byline's spaces are no-break spaces.
        let chapters: String = common::spine_docs(&bytes)
            .iter()
            .map(|(_, x)| common::strip_tags(x).replace('\u{a0}', " "))
            .collect();
        assert!(chapters.contains(byline), "EPUB byline {byline:?}");
        let (pdf, _) = common::build_format(f.path(), "pdf", out.path());
        let pdf_text = common::pdftotext(&pdf)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(pdf_text.contains(byline), "PDF byline {byline:?}");
    }
}

/// FanFicFare's HTML of a FanFiction.Net story keeps the author's notes inside the
/// chapter text, as paragraphs that open with a label (`fff-notes.html`, written by
/// hand): the note at the top of the first chapter is the preface, the one at the end of
/// the last chapter the afterword, each said in `inspect`; the story keeps the rest, and
/// the book prints its own note headings in place of the author's labels.
#[test]
fn fanficfare_notes_inside_the_chapter_text_are_the_preface_and_afterword() {
    let f = book_of(&["fff-notes.html"]);
    let report = inspect(&f);
    let ch = &report["chapters"][0];
    assert_eq!(ch["reader"], "fanficfare-html");
    let top = "Nota de la autora: escribí esto en una tarde de tormenta, espero que os guste.";
    let end = "A/N: gracias por leer hasta aquí, y por cada comentario.";
    let summary = "Cada veleta del tejado señala un viento distinto.";
    assert_eq!(
        words(&block_text(&ch["preface"])),
        words(&format!("{summary} {top}"))
    );
    assert_eq!(words(&block_text(&ch["afterword"])), words(end));
    let body = words(&block_text(&ch["body"]));
    assert_eq!(body.first().map(String::as_str), Some("1"));
    assert_eq!(body.last().map(String::as_str), Some("subir"));
    assert!(!body.iter().any(|w| w == "Nota" || w == "gracias"));
    let why = ch["why"].to_string();
    assert!(
        why.contains("chapter 1: preface: paragraph 1 opens with an author's-note label"),
        "{why}"
    );
    assert!(
        why.contains("chapter 2: afterword: paragraph 3 opens a closing author's note"),
        "{why}"
    );
    // In the book: each note's words once, under the book's headings, each without its
    // label: the opening note loses "Nota de la autora:" though the work's summary opens
    // the preface before it (src/furniture/label.rs).
    let out = tempfile::tempdir().unwrap();
    let (epub, stderr) = common::build_format(f.path(), "epub", out.path());
    assert!(!stderr.contains("error"), "{stderr}");
    let text = common::epub_text(&std::fs::read(&epub).unwrap());
    let all = words(&text);
    for (note, label_words) in [(top, 4), (end, 2)] {
        let note: Vec<String> = words(note).into_iter().skip(label_words).collect();
        let hits = all
            .windows(note.len())
            .filter(|w| *w == note.as_slice())
            .count();
        assert_eq!(hits, 1, "{note:?} in {text}");
    }
    assert!(
        text.contains("Closing Note") && !text.contains("A/N") && !text.contains("Nota de la"),
        "{text}"
    );
}
