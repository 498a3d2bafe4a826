//! EPUB footnotes: an [`Inline::NoteRef`] → a `doc-noteref` link, a [`Block::Footnotes`]
//! → its label and one `doc-footnote` aside a note, each linking back to its marker.
//!
//! Input: the model's footnotes (only in a story's body, ids unique in the chapter).
//! Output: XHTML appended to the chapter page, and the stylesheet's footnote rules
//! (only in books that have footnotes). The marker stays the author's text (`[1]`).

use super::pagebreak::Cursor;
use crate::model::{Book, Footnotes};
use std::fmt::Write;

/// The id of note `id`'s aside; its marker's link is [`ref_anchor`].
fn note_anchor(id: u32) -> String {
    format!("fn{id}")
}

/// The id of the marker that links to note `id`.
fn ref_anchor(id: u32) -> String {
    format!("fnref{id}")
}

/// A marker in the text: a link to its note, the marker as typed its text.
pub(super) fn note_ref(out: &mut String, marker: &str, id: u32, cursor: &mut Cursor) {
    let _ = write!(
        out,
        "<a class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\" href=\"#{}\" id=\"{}\">",
        note_anchor(id),
        ref_anchor(id)
    );
    cursor.text(out, marker);
    out.push_str("</a>");
}

/// The list of notes where the author put it: the label (`Footnotes:`) as a paragraph,
/// then each note an aside whose marker links back to the text.
pub(super) fn list(out: &mut String, f: &Footnotes) {
    if !f.label.is_empty() {
        out.push_str("<p class=\"first footnotes-label\">");
        super::xhtml::inlines(out, &f.label);
        out.push_str("</p>\n");
    }
    for n in &f.notes {
        let _ = write!(
            out,
            "<aside class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\" id=\"{}\"><p><a href=\"#{}\" role=\"doc-backlink\">",
            note_anchor(n.id),
            ref_anchor(n.id)
        );
        Cursor::default().text(out, &n.marker);
        out.push_str("</a>");
        super::xhtml::inlines(out, &n.text);
        out.push_str("</p></aside>\n");
    }
}

/// Whether any chapter of `book` links footnotes: only then does the stylesheet carry
/// [`FOOTNOTE_STYLES`], so books without them stay as they were.
pub(super) fn has_footnotes(book: &Book) -> bool {
    book.chapters.iter().any(crate::model::has_footnotes)
}

/// The notes set as the author's list: small, flush, a little apart from the text.
pub(super) const FOOTNOTE_STYLES: &str = r#"p.footnotes-label { margin-top: 0.7em; font-size: 0.9em; }
aside.footnote { font-size: 0.9em; margin: 0; }
aside.footnote p { text-indent: 0; }
"#;
