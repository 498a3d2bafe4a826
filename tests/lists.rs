//! Lists and quoted passages end to end: the book `tests/fixtures/lists` (a Markdown
//! story with a bulleted list, a `>` letter and a numbered list, an HTML page with an
//! `<ol start>` holding a nested `<ul>` and a `<blockquote>`, a text story with a `*`
//! list under the line that opens it, Russian dialogue opened with hyphens, a `1)` list
//! in a story with a header) built by
//! the `quire` binary and read back: the EPUB's markup (and EPUBCheck, Ace), the PDF's
//! words in order with each item's label before it, its structure tree (`L`, `LI`,
//! `Lbl`, `LBody`, `BlockQuote`) and the hanging labels and quote indents as drawn.

mod common;

use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lists")
}

/// The book built to `format` in a scratch folder of its own.
fn built(format: &str) -> PathBuf {
    let out = common::scratch("lists", format);
    common::build_format(&fixture(), format, &out).0
}

/// The chapter documents of the EPUB, in spine order.
fn chapters(epub: &Path) -> Vec<String> {
    common::spine_docs(&std::fs::read(epub).unwrap())
        .into_iter()
        .filter(|(p, _)| p.contains("chapter-"))
        .map(|(_, x)| x)
        .collect()
}

/// The text between each `open` (an element's start tag, up to its `>`) and the next
/// `close` in `x`.
fn inside<'a>(x: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = x;
    while let Some(i) = rest.find(open) {
        let from = i + rest[i..].find('>').unwrap() + 1;
        let end = from + rest[from..].find(close).unwrap();
        out.push(&rest[from..end]);
        rest = &rest[end..];
    }
    out
}

#[test]
fn epub_has_real_lists_and_quotes_and_validates() {
    let epub = built("epub");
    let ch = chapters(&epub);
    assert_eq!(ch.len(), 5);
    // Markdown: a bulleted list of three, the letter's three paragraphs in one quote,
    // a numbered list whose numbers are text.
    let ul = inside(&ch[0], "<ul class=\"list\"", "</ul>");
    assert_eq!(ul.len(), 1, "{}", ch[0]);
    assert_eq!(inside(ul[0], "<li", "</li>").len(), 3);
    assert!(!ul[0].contains("- "), "the marks are not text: {}", ul[0]);
    let q = inside(&ch[0], "<blockquote", "</blockquote>");
    assert_eq!(q.len(), 1);
    assert_eq!(
        inside(q[0], "<p", "</p>"),
        [
            "Wren,",
            "the jam on the left is for eating and the jam on the right is for the fête. Do not confuse them again.",
            "Mum"
        ]
    );
    let ol = inside(&ch[0], "<ol class=\"list\"", "</ol>");
    assert_eq!(
        inside(ol[0], "<li", "</li>")[0],
        "<span class=\"num\">1.</span> Buy flour."
    );
    // HTML: the list starts at 3 and its third item holds a paragraph and a list.
    assert!(
        ch[1].contains("<ol class=\"list\" start=\"3\">"),
        "{}",
        ch[1]
    );
    assert!(
        ch[1].contains(
            "<span class=\"num\">5.</span> Lost oars go to the hut.\n<ul class=\"list\">"
        ),
        "{}",
        ch[1]
    );
    assert_eq!(inside(&ch[1], "<blockquote", "</blockquote>").len(), 1);
    // Text: the list is cut from the line that opens it.
    assert!(
        ch[2].contains("<p>Things I know about the night porter:</p>\n<ul class=\"list\">"),
        "{}",
        ch[2]
    );
    // Dialogue stays paragraphs.
    assert!(
        !ch[3].contains("<ul") && !ch[3].contains("<ol"),
        "{}",
        ch[3]
    );
    assert_eq!(inside(&ch[3], "<p", "</p>").len(), 6, "{}", ch[3]);
    common::epubcheck(&epub);
    common::ace(&epub);
}

#[test]
fn pdf_sets_labels_tags_and_indents() {
    let pdf = built("pdf");
    let p = pdf.to_str().unwrap();
    // Words in order, each item's label before its text, dialogue untouched.
    let text = common::pdftotext(&pdf);
    let lines: Vec<&str> = text.lines().collect();
    let at = |s: &str| {
        lines
            .iter()
            .position(|l| l.starts_with(s))
            .unwrap_or_else(|| panic!("no line {s:?} in {text}"))
    };
    let order = [
        "What she found on the top shelf:",
        "• three jars of plum jam",
        "• a tin of cocoa",
        "• seven candles, none matching",
        "Wren,",
        "1. Buy flour.",
        "3. Ask why we need so much flour.",
        "3. No swimming between",
        "4. Gulls are not to be fed by hand.",
        "5. Lost oars go to the hut.",
        "• Found oars also go to the hut.",
        "Dear harbour,",
        "Things I know about the night porter:",
        "• she hums the shipping forecast",
        "- Ты замёрзла?",
        "- Нет, – сказала она. – Совсем нет.",
    ];
    let found: Vec<usize> = order.iter().map(|s| at(s)).collect();
    assert!(found.windows(2).all(|w| w[0] < w[1]), "{found:?}\n{text}");
    // The structure: lists of items with a label and a body, quotes.
    let st = common::tool("pdfinfo", &["-struct-text", p]);
    let compact: Vec<&str> = st.lines().map(str::trim).collect();
    let lbl = compact
        .windows(2)
        .filter(|w| w[0].starts_with("Lbl"))
        .map(|w| w[1])
        .collect::<Vec<_>>();
    assert_eq!(
        lbl,
        [
            "\"•\"", "\"•\"", "\"•\"", "\"1.\"", "\"2.\"", "\"3.\"", "\"3.\"", "\"4.\"", "\"5.\"",
            "\"•\"", "\"•\"", "\"•\"", "\"•\"", "\"1.\"", "\"2.\"", "\"3.\""
        ],
        "{st}"
    );
    for role in ["L (block)", "LI (block)", "LBody (block)", "BlockQuote"] {
        assert!(
            compact.iter().any(|l| l.starts_with(role)),
            "no {role}: {st}"
        );
    }
    assert_eq!(
        compact
            .iter()
            .filter(|l| l.starts_with("BlockQuote"))
            .count(),
        2
    );
    let body = compact
        .iter()
        .position(|l| l.contains("three jars of plum jam"))
        .unwrap();
    assert!(compact[body - 1].starts_with("LBody"), "{st}");
    // Drawn: the bullet inside the story's text block and the item's text indented by it,
    // its turnover at the same x, set ragged right; the quote in from both sides of
    // the text.
    let bbox = common::tool("pdftotext", &["-bbox", "-enc", "UTF-8", p, "-"]);
    let words: Vec<(f32, f32, &str, f32)> = bbox
        .lines()
        .filter(|l| l.contains("<word "))
        .map(|l| {
            let text = &l[l.find('>').unwrap() + 1..l.rfind("</word>").unwrap()];
            let x = |n| common::bbox_attr(l, n);
            (x("xMin"), x("xMax"), text, x("yMin"))
        })
        .collect();
    let x = |w: &str| {
        words
            .iter()
            .find(|t| t.2 == w)
            .unwrap_or_else(|| panic!("{w}"))
    };
    let text_left = x("Wren").0; // the story's first word, flush
    let bullet = words.iter().find(|t| t.2 == "•").unwrap();
    let item = x("three");
    // The first item's second line: its first word below the item's first.
    let turnover = words
        .iter()
        .skip_while(|t| t.2 != "three")
        .find(|t| t.3 > item.3 + 1.0)
        .unwrap();
    assert!(
        bullet.0 > text_left - 0.5,
        "in the text block: {bullet:?} {text_left}"
    );
    assert!(item.0 > bullet.1 + 2.0, "the item's text after its bullet");
    assert!((item.0 - turnover.0).abs() < 0.5, "{item:?} {turnover:?}");
    let right = words.iter().map(|t| t.1).fold(0.0, f32::max);
    // Ragged right: the item's first line, which turns over, ends short of the text's
    // right edge (a justified line would reach it).
    let first_line: Vec<_> = words
        .iter()
        .skip_while(|t| t.2 != "three")
        .take_while(|t| (t.3 - item.3).abs() < 0.5)
        .collect();
    let end = first_line.last().unwrap().1;
    assert!(
        first_line.len() > 5 && end < right - 1.0,
        "{first_line:?} {right}"
    );
    let quote = x("grandfather’s,");
    assert!(quote.0 > text_left + 10.0, "{quote:?}");
    assert!(x("have.").1 < right - 10.0);
}
