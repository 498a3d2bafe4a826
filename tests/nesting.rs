//! Nested lists, a letter's date and a long collective name end to end: the book
//! `tests/fixtures/nesting` (a Markdown list with indented sub-items and lettered
//! sub-steps, a text file's four-space sub-bullets, Google Docs' one-`<ul>`-per-level
//! list, Word's `mso-list` paragraphs, an AO3 `<ul>` inside an `<li>`; a letter whose
//! date stands between two address blocks; a diary of dated entries; a writing
//! circle's 94-character name) read by `quire inspect --json` and built by the `quire`
//! binary: the model's nesting, the EPUB's nested `<ul>`/`<ol>` (EPUBCheck clean), the
//! PDF's nested `L` › `LI` › `LBody` › `L` and indents, every word once and in order
//! in both outputs, and the name free to break.

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The writing circle's name, the book's author and the diary's.
const NAME: &str =
    "The Members of the Thursday Night Writing Circle of the Hollowbrook Public Library, Est. 1987";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/nesting")
}

fn inspect() -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_quire"))
        .args(["inspect", "--json"])
        .arg(fixture())
        .output()
        .expect("run quire");
    serde_json::from_slice(&out.stdout).expect("inspect --json prints JSON")
}

/// A list block of the report as `item[sub, sub]` strings (numbers as shown).
fn shape(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            let item = item.as_array().unwrap();
            let head = item[0]["text"].as_str().unwrap().to_string();
            match item.get(1) {
                Some(sub) if sub["type"] == "list" => format!("{head}[{}]", shape(sub).join(", ")),
                _ => head,
            }
        })
        .collect()
}

fn lists(ch: &Value) -> Vec<&Value> {
    ch["body"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "list")
        .collect()
}

/// Regression: every reader set a list's sub-items at one level (the Markdown and text
/// ones were read as verse, their hyphens made dashes).
#[test]
fn every_reader_nests_sub_items_under_their_item() {
    let j = inspect();
    let ch = j["chapters"].as_array().unwrap();
    let md = lists(&ch[0]);
    assert_eq!(
        shape(md[0]),
        [
            "warm things[the green scarf, two pairs of wool socks]",
            "papers[ticket stub, her brother’s letter]",
            "a lantern"
        ]
    );
    assert_eq!(
        shape(md[1]),
        [
            "sweep the porch[front steps first, then the rail]",
            "feed the goats",
            "lock the gate[check the latch, hang the key on the nail]"
        ]
    );
    // The lettered sub-steps keep their letters as the list's words.
    assert!(
        md[1]["text"]
            .as_str()
            .unwrap()
            .contains("a. check the latch\nb. hang the key"),
        "{}",
        md[1]["text"]
    );
    assert_eq!(
        shape(lists(&ch[1])[0]),
        [
            "apples for the inn[twelve russets, six pippins, firm ones only]",
            "pears for the chapel",
            "quinces, if the frost held off"
        ]
    );
    assert_eq!(
        shape(lists(&ch[2])[0]),
        [
            "lamp oil[three casks in the cellar, one cask by the stair]",
            "spare wicks",
            "biscuits for the gulls"
        ]
    );
    assert_eq!(
        shape(lists(&ch[3])[0]),
        ["flour[four sacks of rye, two of wheat]", "salt pork"]
    );
    assert_eq!(
        shape(lists(&ch[4])[0]),
        [
            "No lanterns brighter than the moon[paper lanterns are fine, glass ones must be shaded]",
            "No haggling after midnight"
        ]
    );
    for c in &ch[..5] {
        let body = c["body"].as_array().unwrap();
        assert!(!body.iter().any(|b| b["type"] == "stanza"), "{c}");
        assert_eq!(lists(c).len(), if c == &ch[0] { 2 } else { 1 }, "{c}");
    }
}

/// Regression: the date between a letter's address blocks was a poem's title, set as a
/// heading (the addresses as stanzas); it is a paragraph of the letter, the addresses
/// paragraphs with their lines kept. The diary's dated entries are as they were.
#[test]
fn a_letters_date_is_a_line_of_the_letter() {
    let j = inspect();
    let letter = &j["chapters"][5]["body"];
    let types: Vec<&str> = letter
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["type"].as_str().unwrap())
        .collect();
    assert!(types.iter().all(|t| *t == "paragraph"), "{letter}");
    assert_eq!(letter[0]["text"], "Fenwick House\n4 Mill Lane\nAshcombe");
    assert_eq!(letter[1]["text"], "14th March 1923");
    assert_eq!(letter[3]["text"], "Dear Harriet,");
    let diary = &j["chapters"][6]["body"];
    assert_eq!(diary[0]["text"], "14th March 1923");
    assert_eq!(diary[0]["type"], "paragraph");
    let epub = build("epub", "letter");
    let docs = chapters(&epub);
    assert!(
        !docs[5].contains("<h2") && !docs[5].contains("<h3"),
        "{}",
        docs[5]
    );
    assert!(docs[5].contains(">14th March 1923</p>"), "{}", docs[5]);
}

/// The book built to `format` in a scratch folder of `test`'s own (tests run at once).
fn build(format: &str, test: &str) -> PathBuf {
    let out = common::scratch("nesting", &format!("{test}-{format}"));
    common::build_format(&fixture(), format, &out).0
}

fn chapters(epub: &Path) -> Vec<String> {
    common::spine_docs(&std::fs::read(epub).unwrap())
        .into_iter()
        .filter(|(p, _)| p.contains("chapter-"))
        .map(|(_, x)| x)
        .collect()
}

/// The words of the model's bodies, chapter by chapter, list numbers included (they are
/// the author's words in both outputs).
fn body_words(j: &Value) -> Vec<Vec<String>> {
    j["chapters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            c["body"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|b| common::words(b["text"].as_str().unwrap()))
                .collect()
        })
        .collect()
}

/// The EPUB nests each sub-list inside its item's `<li>`, after the item's text, and
/// validates; every word of every story stands once, in order.
#[test]
fn epub_nests_lists_and_keeps_every_word() {
    let epub = build("epub", "lists");
    let docs = chapters(&epub);
    assert_eq!(docs.len(), 7);
    assert!(
        docs[0].contains("<li>warm things\n<ul class=\"list\">\n<li>the green scarf</li>"),
        "{}",
        docs[0]
    );
    assert!(
        docs[0].contains("<li><span class=\"num\">3.</span> lock the gate\n<ol class=\"list\">\n<li><span class=\"num\">a.</span> check the latch</li>"),
        "{}",
        docs[0]
    );
    for (k, d) in docs.iter().enumerate().take(5) {
        assert!(
            d.contains("</li>\n</ul>\n</li>") || d.contains("</li>\n</ol>\n</li>"),
            "chapter {k}: no list closed inside an item: {d}"
        );
    }
    let want = body_words(&inspect());
    let bytes = std::fs::read(&epub).unwrap();
    for (k, (got, want)) in common::epub_chapters(&bytes).iter().zip(&want).enumerate() {
        assert_eq!(&got.text, want, "chapter {k}");
    }
    common::epubcheck(&epub);
}

/// The PDF tags a sub-list inside its item's body and sets it further in, and holds
/// every word once and in order.
#[test]
fn pdf_nests_list_tags_and_indents() {
    let pdf = build("pdf", "lists");
    let st = common::tool("pdfinfo", &["-struct-text", pdf.to_str().unwrap()]);
    let lines: Vec<&str> = st.lines().collect();
    let depth = |l: &str| l.len() - l.trim_start().len();
    let scarf = lines
        .iter()
        .position(|l| l.contains("\"the green scarf\""))
        .unwrap_or_else(|| panic!("{st}"));
    // Up from the sub-item: its LBody, LI, the inner L, then the outer item's LBody.
    let mut up = Vec::new();
    let mut d = depth(lines[scarf]);
    for l in lines[..scarf].iter().rev() {
        if depth(l) < d {
            up.push(l.trim().split(' ').next().unwrap());
            d = depth(l);
        }
    }
    assert_eq!(&up[..6], ["LBody", "LI", "L", "LBody", "LI", "L"], "{st}");
    let text = common::pdftotext_layout(&pdf);
    let indent = |w: &str| {
        let l = text
            .lines()
            .find(|l| l.contains(w))
            .unwrap_or_else(|| panic!("{w}: {text}"));
        l.len() - l.trim_start().len()
    };
    for (outer, inner) in [
        ("warm things", "the green scarf"),
        ("lock the gate", "check the latch"),
        ("apples for the inn", "twelve russets"),
        ("lamp oil", "three casks"),
        ("flour", "four sacks"),
        ("No lanterns", "paper lanterns"),
    ] {
        assert!(indent(inner) > indent(outer), "{outer} / {inner}: {text}");
    }
    let j = inspect();
    let want: Vec<String> = body_words(&j).concat();
    let furniture: Vec<String> = j["chapters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap().to_string())
        .chain(["Lists Within Lists".to_string(), "by Corvid".to_string()])
        .chain([format!("by {}", NAME)])
        .collect();
    let plain = common::pdftotext(&pdf);
    let from = plain.find("Wren laid").unwrap();
    if let Err(e) = common::check_pdf_words(&plain[from..], &furniture, &want) {
        panic!("{e}");
    }
}

/// Regression: the writing circle's 94-character name was joined with no-break spaces,
/// so the EPUB's title page and the diary's byline could not break it; it breaks
/// between words now, in both outputs, every word kept.
#[test]
fn a_long_collective_name_breaks_between_its_words() {
    let name = NAME;
    let epub = build("epub", "name");
    let docs = common::spine_docs(&std::fs::read(&epub).unwrap());
    let title_page = &docs.iter().find(|(p, _)| p.contains("title")).unwrap().1;
    assert!(title_page.contains(name), "{title_page}");
    let diary = &chapters(&epub)[6];
    assert!(diary.contains(name), "{diary}");
    assert!(!diary.contains("Thursday\u{a0}Night"), "{diary}");
    let pdf = build("pdf", "name");
    // The title page: the first page, before the copyright page repeats the title.
    let front = common::tool("pdftotext", &["-l", "3", pdf.to_str().unwrap(), "-"]);
    let front = &front[..front.find("First published").unwrap_or(front.len())];
    let lines: Vec<&str> = front
        .lines()
        .filter(|l| l.contains("Members") || l.contains("1987"))
        .collect();
    assert_eq!(lines.len(), 2, "{front}");
    assert_eq!(
        common::words(&lines.join(" ")),
        common::words(name),
        "{front}"
    );
}
