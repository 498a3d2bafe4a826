//! The fixture's words read back from its PDF by pdftotext (in reading order and by layout),
//! the structure tree and pypdf, every paragraph in the order written.

use super::*;

/// Whether `got` holds `want` in order as one run.
fn holds(got: &[String], want: &[String]) -> bool {
    got.windows(want.len()).any(|w| w == want)
}

/// Every paragraph of the fixture's stories (a title is a paragraph of its own), as
/// words, found in order as one run in `got`.
fn every_paragraph_in(got: &[String], reader: &str) {
    for file in ["ferry.txt", "ford.txt", "river.txt"] {
        let text = std::fs::read_to_string(fixture().join(file)).unwrap();
        for para in text.split("\n\n") {
            let want = words(para);
            assert!(holds(got, &want), "{reader}: {want:?}\n{got:?}");
        }
    }
}

#[test]
fn pdftotext_gives_every_word_back_in_the_order_written() {
    // In reading order (its default) and by layout. (`-raw` keeps drawing order and
    // makes words only of glyphs drawn left to right: each letter of a right-to-left
    // word, drawn from the first, is a word of its own there.)
    every_paragraph_in(
        &words(&common::tool("pdftotext", &[pdf(), "-"])),
        "pdftotext",
    );
    let layout = common::tool("pdftotext", &["-layout", pdf(), "-"]);
    every_paragraph_in(&words(&layout), "pdftotext -layout");
}

#[test]
fn the_structure_tree_reads_every_word_in_the_order_written() {
    // poppler gives each marked-content sequence's text (a line's) in the order its
    // glyphs are drawn: a right-to-left word drawn from its last letter read backwards.
    let tree = common::tool("pdfinfo", &["-struct-text", pdf()]);
    let lines: Vec<&str> = tree
        .lines()
        .map(str::trim)
        .filter_map(|l| l.strip_prefix('"')?.strip_suffix('"'))
        .collect();
    every_paragraph_in(&words(&lines.join("\n")), "pdfinfo -struct-text");
}

#[test]
fn pypdf_gives_every_word_back_in_the_order_written() {
    // pypdf reverses a stretch of right-to-left characters it reads between two font
    // settings: a phrase of several words drawn in one stretch came back last word first.
    let script = "import sys, pypdf\n\
        r = pypdf.PdfReader(sys.argv[1])\n\
        print('\\n'.join(p.extract_text() for p in r.pages))";
    let text = common::tool("python3", &["-c", script, pdf()]);
    every_paragraph_in(&words(&text), "pypdf");
}

#[test]
fn a_mirrored_bracket_reads_as_the_bracket_written() {
    // The Hebrew story's "(…)" is drawn with each bracket's mirror image, and the text
    // layer gives the character written, not the one whose shape is drawn: the
    // structure tree, pdftotext and pypdf all read "(word)", not ")word(".
    let text = std::fs::read_to_string(fixture().join("river.txt")).unwrap();
    let held = text
        .split_whitespace()
        .find(|w| w.starts_with('(') && w.ends_with(')'))
        .expect("a bracketed word");
    let tree = common::tool("pdfinfo", &["-struct-text", pdf()]);
    let plain = common::tool("pdftotext", &[pdf(), "-"]);
    let script = "import sys, pypdf\n\
        r = pypdf.PdfReader(sys.argv[1])\n\
        print('\\n'.join(p.extract_text() for p in r.pages))";
    let pypdf = common::tool("python3", &["-c", script, pdf()]);
    for (reader, got) in [("struct", tree), ("pdftotext", plain), ("pypdf", pypdf)] {
        assert!(got.contains(held), "{reader}: {held} not in\n{got}");
    }
}
