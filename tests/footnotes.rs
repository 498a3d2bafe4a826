//! Footnotes typed as text, end to end: a story with `[n]` markers and `Footnotes:`
//! lists after them (a paragraph a note, and a label over its note lines) built by the
//! `quire` binary and read back: each marker a `doc-noteref` link to its note, each note
//! a `doc-footnote` aside linking back, a marker with no note left as text, every word
//! once and in order, and EPUBCheck and Ace clean.

mod common;

use std::path::Path;

const STORY: &str = "The Netmender

The big wooden needle[1] stopped in her hand, and my grandmother[2] looked at the sea.

Footnotes:

[1] The netting needle is olive wood.

[2] Everyone called her that.

Years later the sea spoke again.[3]

Footnotes:
[3] \"The sea remembers.\"

Nobody cited source [9] for it.
";

fn write_book(dir: &Path) {
    std::fs::write(
        dir.join("book.toml"),
        "[book]\ntitle = \"Notes\"\nauthors = [\"Test Desk\"]\nlanguage = \"en\"\ndate = \"2026-11-27\"\n\n[[chapters]]\nfile = \"netmender.txt\"\n",
    )
    .unwrap();
    std::fs::write(dir.join("netmender.txt"), STORY).unwrap();
}

#[test]
fn markers_link_to_their_notes_and_back() {
    let book = tempfile::tempdir().unwrap();
    write_book(book.path());
    let out = common::scratch("footnotes", "epub");
    let (epub, _) = common::build_format(book.path(), "epub", &out);
    let docs = common::spine_docs(&std::fs::read(&epub).unwrap());
    let (_, ch) = docs
        .iter()
        .find(|(p, _)| p.contains("chapter-"))
        .expect("a chapter");
    for id in 1..=3 {
        let noteref = format!(
            "<a class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\" href=\"#fn{id}\" id=\"fnref{id}\">[{id}]</a>"
        );
        assert_eq!(ch.matches(&noteref).count(), 1, "marker {id}: {ch}");
        let aside = format!(
            "<aside class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\" id=\"fn{id}\"><p><a href=\"#fnref{id}\" role=\"doc-backlink\">[{id}]</a> "
        );
        assert_eq!(ch.matches(&aside).count(), 1, "note {id}: {ch}");
    }
    // The notes stand where the author listed them: [1] and [2] before the text that
    // follows their list, [3] after it.
    let at = |s: &str| ch.find(s).unwrap_or_else(|| panic!("{s}: {ch}"));
    assert!(at("id=\"fn2\"") < at("Years later"));
    assert!(at("Years later") < at("id=\"fn3\""));
    assert!(
        ch.contains("source [9] for it"),
        "a marker with no note stays text"
    );
    assert_eq!(ch.matches("<aside").count(), 3);
    // Every word of the story once, in order.
    let source = common::words(STORY);
    let got = common::words(&common::epub_text(&std::fs::read(&epub).unwrap()));
    let from = got.iter().position(|w| w == "big").expect("the story");
    assert_eq!(
        got[from..from + source.len() - 3],
        source[3..],
        "{}",
        common::first_difference(&source[3..], &got[from..])
    );
    common::epubcheck(&epub);
    common::ace(&epub);
}
