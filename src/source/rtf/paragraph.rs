//! RTF, paragraphs: one paragraph's text and properties, as read → its HTML on Word's
//! page (a list item, the title, a heading, a centred or plain paragraph, or a paragraph
//! of a footnote), and the stylesheet's names.
//!
//! A heading is one the stylesheet names ("heading 2"), or one typed by hand as writers
//! and Scrivener's compile set their section headings ("Part One"): a short line,
//! centred, all in bold, in a size above the body's, and no sentence. Pure: no I/O.

use super::super::docx::lead_note::{Kind, Written};
use super::super::docx::typed_title;
use super::{Dest, Writer};

/// The most words of a heading typed by hand.
const HEADING_WORDS: usize = 8;

impl Writer {
    /// Ends the paragraph: a list item, the title typed by hand, a heading, a centred
    /// paragraph or a plain one; in a footnote, a paragraph of the note.
    pub(super) fn end_paragraph(&mut self) {
        if !matches!(self.state.dest, Dest::Text) {
            return;
        }
        let para = std::mem::take(&mut self.para);
        let marker = std::mem::take(&mut self.marker);
        let plain = std::mem::take(&mut self.plain);
        let (largest, all_bold, italic) = (self.largest, self.all_bold, self.all_italic);
        self.largest = 0;
        self.all_bold = true;
        self.all_italic = true;
        if self.state.note {
            self.notes.push_str(&format!("<p>{para}</p>"));
            return;
        }
        let mut written = Written {
            start: self.out.len(),
            end: 0,
            kind: Kind::Text,
            italic,
            text: plain,
        };
        if self.state.in_list && !para.trim().is_empty() {
            let ordered = marker.chars().any(char::is_alphanumeric);
            self.out.push_str(&self.lists.item(ordered));
            written.start = self.out.len();
            self.out.push_str(&para);
            written.kind = Kind::Item;
            written.end = self.out.len();
            self.written.push(written);
            return;
        }
        self.out.push_str(&self.lists.close());
        written.start = self.out.len();
        let has_text = para.chars().any(char::is_alphanumeric);
        let words = para.split_whitespace().count();
        // Word's default paragraph style ("Normal", `\s0`) sets nothing apart.
        let style = self
            .styles
            .get(&self.state.style)
            .map_or("", String::as_str);
        let style = if style == "normal" { "" } else { style };
        let title = style == "title"
            || (!self.any_text
                && has_text
                && style.is_empty()
                && typed_title(words, largest, self.state.centred, all_bold));
        let typed_heading = self.any_text
            && has_text
            && style.is_empty()
            && self.state.centred
            && all_bold
            && largest > self.body_size
            && written.text.split_whitespace().count() <= HEADING_WORDS
            && !written
                .text
                .trim_end()
                .ends_with(['.', '!', '?', ',', ';', ':', '"', '\u{201d}']);
        self.any_text |= has_text;
        if has_text && !self.state.centred && !title {
            self.body_size = largest;
        }
        let level = style
            .strip_prefix("heading")
            .and_then(|n| n.trim().parse::<u8>().ok())
            .filter(|n| (1..=6).contains(n))
            .or(typed_heading.then_some(2));
        let (html, kind) = if let Some(n) = level {
            (format!("<h{n}>{para}</h{n}>"), Kind::Heading)
        } else if title {
            (format!("<p class=MsoTitle>{para}</p>"), Kind::Title)
        } else if style == "subtitle" {
            (format!("<p class=MsoSubtitle>{para}</p>"), Kind::Subtitle)
        } else if self.state.centred {
            (format!("<p align=center>{para}</p>"), Kind::Text)
        } else {
            (format!("<p>{para}</p>"), Kind::Text)
        };
        self.out.push_str(&html);
        written.kind = kind;
        written.end = self.out.len();
        self.written.push(written);
    }

    /// A stylesheet entry closed: its name (up to its `;`) is its number's.
    pub(super) fn end_style(&mut self) {
        let (n, name) = std::mem::take(&mut self.sheet);
        let name = name.split(';').next().unwrap_or("").trim().to_lowercase();
        if !name.is_empty() {
            self.styles.entry(n).or_insert(name);
        }
    }
}
