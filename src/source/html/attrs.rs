//! HTML content, what an element says besides its name: a line's indent from its
//! style, a footnote marker's or formula index's digits, a site's note box, a smiley's
//! text; and the plain queries of a page every reader shares (an element's text, its
//! classes, its links, the page's body).
//!
//! Input: one element (or its text). Output: what [`super::Converter`] makes of it:
//! no-break spaces for an indent, raised or lowered digits, whether a `<blockquote>`
//! reads as a quoted passage, the text an emoticon image stands for. Pure: no I/O.

use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

/// The text of an element with HTML white space collapsed (for titles, labels, tags).
pub(crate) fn text_of(el: ElementRef<'_>) -> String {
    let mut s = String::new();
    for t in el.text() {
        s.push_str(t);
        s.push(' ');
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A document's `<body>`, or its root element when it has none.
pub(crate) fn body_of(doc: &Html) -> ElementRef<'_> {
    let root = doc.root_element();
    root.child_elements()
        .find(|e| e.value().name() == "body")
        .unwrap_or(root)
}

/// The links (`<a>` elements) inside `el`.
pub(crate) fn links<'a>(el: ElementRef<'a>) -> impl Iterator<Item = ElementRef<'a>> {
    el.descendent_elements().filter(|d| d.value().name() == "a")
}

/// The texts of the links inside `el`, empty ones left out (AO3's names and tags).
pub(crate) fn link_texts(el: ElementRef<'_>) -> Vec<String> {
    links(el).map(text_of).filter(|t| !t.is_empty()).collect()
}

/// Whether `el` has a class whose name, without trailing digits (calibre renumbers the
/// classes it keeps: `meta`, `meta1`…), is `name`.
pub(crate) fn has_class(el: ElementRef<'_>, name: &str) -> bool {
    el.value()
        .classes()
        .any(|c| c.trim_end_matches(|ch: char| ch.is_ascii_digit()) == name)
}

/// Whether `el` has a class whose name holds `part`, in any case (`rspAuthor` holds
/// "author", `aNoteTitle` "note" and "title").
pub(crate) fn class_holds(el: ElementRef<'_>, part: &str) -> bool {
    el.value()
        .classes()
        .any(|c| c.to_ascii_lowercase().contains(part))
}

/// The most characters an emoticon's text has (`:-)`, `^_^`, `<3`, `:'(`).
const EMOTICON_CHARS: usize = 4;

/// The text an image stands for when it is a smiley: its `alt` is a typed emoticon
/// (`:)`, `;-)`, `<3`, `^_^`, `:D`), a few marks with an eye's or a heart's among them
/// and at most one letter or digit, as forums and DeviantArt set a writer's `:)` as an
/// image with the text as `alt`.
pub(super) fn emoticon(e: ElementRef<'_>) -> Option<String> {
    let alt = e.value().attr("alt")?.trim();
    let letters = alt.chars().filter(|c| c.is_alphanumeric()).count();
    let ok = (2..=EMOTICON_CHARS).contains(&alt.chars().count())
        && alt.chars().all(|c| c.is_ascii_graphic())
        && alt.contains([':', ';', '=', '^', '<'])
        && letters <= 1;
    ok.then(|| alt.to_string())
}

/// The columns a `margin-left` and `padding-left` in an element's `style` indent it by,
/// when they do: four (a level of verse, like four typed spaces) per 2.5em, a browser's
/// own 40px indent, so 2em to 3em are one level and 4em to 5.5em two; lengths in `em`,
/// `rem`, `px` (16 an em) and `pt` (12 an em).
pub(super) fn style_indent(e: ElementRef<'_>) -> Option<usize> {
    let style = e.value().attr("style")?.to_ascii_lowercase();
    let ems: f32 = style
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .filter(|(k, _)| matches!(k.trim(), "margin-left" | "padding-left"))
        .filter_map(|(_, v)| {
            let v = v.trim().trim_end_matches("!important").trim();
            let (num, per_em) = [("rem", 1.0), ("em", 1.0), ("px", 16.0), ("pt", 12.0)]
                .iter()
                .find_map(|(u, d)| v.strip_suffix(u).map(|n| (n, *d)))?;
            num.trim().parse::<f32>().ok().map(|n| n / per_em)
        })
        .sum();
    let cols = (ems * 1.6).round();
    (cols >= 1.0).then(|| cols.min(40.0) as usize)
}

/// Whether a `<blockquote>` is a site's box for the author's notes (AO3 downloads put
/// the summary and notes in `blockquote.userstuff`), which reads as the text it holds,
/// not as a quoted passage.
pub(super) fn is_note_box(node: NodeRef<'_, Node>) -> bool {
    ElementRef::wrap(node).is_some_and(|e| has_class(e, "userstuff"))
}

/// Classes a hand-written page gives the box that holds an author's note.
const NOTE_CLASSES: &[&str] = &[
    "note",
    "notes",
    "author-note",
    "authors-note",
    "authornote",
    "authorsnote",
];

/// Whether an `<aside>` or `<blockquote>` is the page's box for the author's note
/// (`<aside class="note">` over a personal page's story): a note, not the story's text
/// or a passage it quotes.
pub(super) fn is_note_aside(node: NodeRef<'_, Node>) -> bool {
    ElementRef::wrap(node).is_some_and(|e| {
        matches!(e.value().name(), "aside" | "blockquote")
            && e.value()
                .classes()
                .any(|c| NOTE_CLASSES.iter().any(|n| c.eq_ignore_ascii_case(n)))
    })
}

/// What parts a table cell from the `cells` before it on the row's line (`row`, read so
/// far): a space after a label's cell (`Rating:` | `FR7` reads `Rating: FR7`, as a story
/// header's table sets its fields), else a bar.
pub(super) fn cell_separator(cells: usize, row: &[crate::model::Inline]) -> &'static str {
    let label = cells == 1 && crate::model::plain_text(row).trim_end().ends_with(':');
    if label { " " } else { " | " }
}

/// A footnote marker or formula index (`<sup>1</sup>`, `CO<sub>2</sub>`) as the Unicode
/// superscript or subscript characters the body fonts have, so it stays raised or lowered
/// in both outputs without a model of its own; `None` when some character has no such
/// form (`1<sup>st</sup>` is then read as plain text).
pub(super) fn scripted(text: &str, sup: bool) -> Option<String> {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    const SUB: [char; 10] = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];
    if text.trim().is_empty() {
        return None;
    }
    text.chars()
        .map(|c| {
            let signs = if sup {
                "⁺⁻⁼⁽⁾"
            } else {
                "₊₋₌₍₎"
            };
            match c {
                '0'..='9' => {
                    let d = c as usize - '0' as usize;
                    Some(if sup { SUP[d] } else { SUB[d] })
                }
                '+' | '-' | '=' | '(' | ')' => {
                    let k = "+-=()".find(c).unwrap_or(0);
                    signs.chars().nth(k)
                }
                c if c.is_whitespace() => Some(c),
                _ => None,
            }
        })
        .collect()
}
