//! Page-break markers and the page list: the PDF edition's page starts → EPUB markup.
//!
//! Input: the page starts the PDF layout reports ([`PageMap`]). Output: the empty
//! `doc-pagebreak` markers the content documents carry (before a block, or inside a
//! paragraph between two words), the hidden `page-list` navigation, and the package
//! metadata naming the page source. Markers are empty elements: they add no words.

use super::chapter_file;
use crate::model::Inline;
use crate::render::pages::{PageMap, PageStart, Section, Spot};
use crate::render::xml::esc;
use std::fmt::Write;

/// The page starts of one content document.
pub(crate) type Marks<'a> = [&'a PageStart];

/// Writes the empty marker for page `label`.
pub(super) fn marker(out: &mut String, label: &str) {
    let l = esc(label);
    let _ = write!(
        out,
        "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-{l}\" aria-label=\"{l}\"/>"
    );
}

/// Writes the marker of every page in `marks` that starts at a spot `at` accepts.
pub(super) fn mark_where(out: &mut String, marks: &Marks, at: impl Fn(&Spot) -> bool) {
    for m in marks.iter().filter(|m| at(&m.at)) {
        marker(out, &m.label);
    }
}

/// The pages starting inside `section` of a chapter: (block, character offset, label),
/// in page order.
pub(super) fn in_section<'a>(marks: &Marks<'a>, want: Section) -> Vec<(usize, usize, &'a str)> {
    marks
        .iter()
        .filter_map(|m| match m.at {
            Spot::Block {
                section,
                block,
                offset,
                ..
            } if section == want => Some((block, offset, m.label.as_str())),
            _ => None,
        })
        .collect()
}

/// Where the markers inside one paragraph go while its inlines are written: the
/// characters written so far and the (offset, label) still to place, in order.
#[derive(Default)]
pub(super) struct Cursor<'a> {
    pos: usize,
    marks: Vec<(usize, &'a str)>,
}

impl<'a> Cursor<'a> {
    /// Markers at these character offsets of the paragraph's plain text, ascending.
    pub(super) fn new(marks: Vec<(usize, &'a str)>) -> Self {
        Cursor { pos: 0, marks }
    }

    /// Writes `t`, with any marker that falls inside it before its character.
    pub(super) fn text(&mut self, out: &mut String, t: &str) {
        if self.marks.is_empty() {
            super::fonts::push_text(out, t);
            return;
        }
        let mut rest = t;
        let mut chars = t.chars().count();
        while let Some(&(at, label)) = self.marks.first() {
            if at >= self.pos + chars {
                break;
            }
            let skip = at.saturating_sub(self.pos);
            let cut = rest.char_indices().nth(skip).map_or(rest.len(), |(i, _)| i);
            super::fonts::push_text(out, &rest[..cut]);
            marker(out, label);
            rest = &rest[cut..];
            self.pos += skip;
            chars -= skip;
            self.marks.remove(0);
        }
        super::fonts::push_text(out, rest);
        self.pos += chars;
    }

    /// Counts a forced line break (one character, `\n`, of the plain text).
    pub(super) fn line_break(&mut self) {
        self.pos += 1;
    }

    /// Writes the markers left: those at the paragraph's end.
    pub(super) fn finish(self, out: &mut String) {
        for (_, label) in self.marks {
            marker(out, label);
        }
    }
}

/// The file a page's marker is in.
fn file_of(at: &Spot) -> String {
    match *at {
        Spot::TitlePage => "titlepage.xhtml".into(),
        Spot::Copyright => "copyright.xhtml".into(),
        Spot::ContentsHeading | Spot::ContentsEntry(_) => "contents.xhtml".into(),
        Spot::ChapterHead(c)
        | Spot::NoteLabel { chapter: c, .. }
        | Spot::Block { chapter: c, .. } => chapter_file(c),
    }
}

/// The `page-list` navigation: every page in order, linking its marker. Hidden from
/// the reading order (the spec allows it); reading systems offer it as "go to page".
pub(super) fn nav(map: &PageMap) -> String {
    let mut out = String::from(
        "<nav epub:type=\"page-list\" role=\"doc-pagelist\" hidden=\"hidden\">\n<ol>\n",
    );
    for p in &map.starts {
        let l = esc(&p.label);
        let _ = writeln!(
            out,
            "<li><a href=\"{}#page-{l}\">{l}</a></li>",
            file_of(&p.at)
        );
    }
    out.push_str("</ol>\n</nav>\n");
    out
}

/// Package metadata for a book with a page list: its source and the features.
pub(super) fn metadata(map: &PageMap) -> Vec<(&'static str, String)> {
    vec![
        ("pageBreakSource", map.source.clone()),
        ("schema:accessibilityFeature", "printPageNumbers".into()),
        ("schema:accessibilityFeature", "pageNavigation".into()),
    ]
}

/// Writes `inl` with the markers of `cursor` in place (see [`Cursor`]).
pub(super) fn inlines(out: &mut String, inl: &[Inline], cursor: &mut Cursor) {
    for i in inl {
        match i {
            Inline::Text(t) => cursor.text(out, t),
            Inline::Emphasis(c) => {
                out.push_str("<em>");
                inlines(out, c, cursor);
                out.push_str("</em>");
            }
            Inline::LineBreak => {
                out.push_str("<br/>\n");
                cursor.line_break();
            }
            Inline::Strong(c) => {
                out.push_str("<strong>");
                inlines(out, c, cursor);
                out.push_str("</strong>");
            }
            Inline::NoteRef { marker, id } => super::footnotes::note_ref(out, marker, *id, cursor),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_go_before_the_character_at_their_offset() {
        let inl = vec![
            Inline::Text("One two ".into()),
            Inline::Emphasis(vec![Inline::Text("three".into())]),
            Inline::LineBreak,
            Inline::Text("four five".into()),
        ];
        let mut out = String::new();
        let mut c = Cursor::new(vec![(4, "7"), (8, "8"), (14, "9"), (23, "10")]);
        inlines(&mut out, &inl, &mut c);
        c.finish(&mut out);
        let m = |n: &str| {
            let mut s = String::new();
            marker(&mut s, n);
            s
        };
        assert_eq!(
            out,
            format!(
                "One {}two <em>{}three</em><br/>\n{}four five{}",
                m("7"),
                m("8"),
                m("9"),
                m("10")
            )
        );
    }
}
