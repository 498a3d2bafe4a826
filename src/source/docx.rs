//! Word documents (`.docx`): the document's XML → an HTML page in the shape Word's own
//! "Save as Web Page" gives, which the HTML readers then read as any Word page.
//!
//! Input: the file's bytes (a zip holding `word/document.xml`). Output: one HTML page:
//! each paragraph a `<p>` (`class=MsoTitle` / `MsoSubtitle` for the Title and Subtitle
//! styles, or a first paragraph formatted as a title by hand; the author property in the
//! head as Word writes it, `<h1>`–`<h6>` for the headings, `align=center` when centred), its runs' italics
//! and bold kept, line breaks as `<br>`, tabs as spaces; table cells' paragraphs in
//! order; numbered and bulleted paragraphs (`w:numPr`, their kind from
//! `word/numbering.xml`) an `<ol>` or `<ul>` of items, nested by level; footnotes linked as Google Docs links them (`#ftnt1` / `#ftnt_ref1`), their
//! text after a rule after the document's section. Deleted text of tracked changes, field codes and the
//! fallback copy of a drawing's text box are not text. The zip is opened with the EPUB
//! reader's limits (entries, sizes, ratios). Pure: no I/O.

use super::epub::reference;
use super::zipped::{MAX_TOTAL_BYTES, Refusal, check_entries, read_entry};
use lead_note::{Kind, Written};
use numbering::{Numbering, OpenLists};
use quick_xml::escape::escape;
use quick_xml::events::{BytesStart, Event};
use std::io::Cursor;
use styles::Styles;

/// What the refusals call the file.
const NOUN: &str = "Word document";

/// The most words of a title typed by hand as the document's first paragraph.
const TITLE_WORDS: usize = 15;
/// The size, in half-points, from which a first paragraph is a title typed by hand (18pt).
const TITLE_SIZE: u32 = 36;

/// Whether a zip is a Word document (its directory only).
pub(crate) fn looks_like_docx(zip: &zip::ZipArchive<Cursor<&[u8]>>) -> bool {
    zip.index_for_name("word/document.xml").is_some()
}

/// The document as an HTML page.
pub(crate) fn to_html(bytes: &[u8]) -> Result<String, Refusal> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        (
            format!("is a damaged {NOUN} (its zip directory cannot be read: {e})"),
            "open it in Word or LibreOffice and save it again",
        )
    })?;
    check_entries(&mut zip, NOUN)?;
    let mut budget = MAX_TOTAL_BYTES;
    let doc = read_entry(&mut zip, ("word/document.xml", NOUN), &mut budget)?;
    let notes = if zip.index_for_name("word/footnotes.xml").is_some() {
        read_entry(&mut zip, ("word/footnotes.xml", NOUN), &mut budget)?
    } else {
        String::new()
    };
    let numbering = if zip.index_for_name("word/numbering.xml").is_some() {
        Numbering::parse(&read_entry(
            &mut zip,
            ("word/numbering.xml", NOUN),
            &mut budget,
        )?)
    } else {
        Numbering::default()
    };
    let styles = if zip.index_for_name("word/styles.xml").is_some() {
        Styles::parse(&read_entry(
            &mut zip,
            ("word/styles.xml", NOUN),
            &mut budget,
        )?)
    } else {
        Styles::default()
    };
    let (title, author) = if zip.index_for_name("docProps/core.xml").is_some() {
        let core = read_entry(&mut zip, ("docProps/core.xml", NOUN), &mut budget)?;
        (core_field(&core, "title"), core_field(&core, "creator"))
    } else {
        Default::default()
    };
    let damaged = |e: quick_xml::Error| {
        (
            format!("is a damaged {NOUN}: its text is not well-formed XML ({e})"),
            "open it in Word or LibreOffice and save it again",
        )
    };
    let mut w = Writer {
        numbering,
        styles,
        ..Writer::default()
    };
    w.walk(&doc, false).map_err(damaged)?;
    let mut body = std::mem::take(&mut w.out);
    lead_note::box_note(&mut body, &w.written);
    let mut foot = String::new();
    if !w.refs.is_empty() && !notes.is_empty() {
        w.walk(&notes, true).map_err(damaged)?;
        foot = format!("<hr>{}", w.out);
    }
    Ok(word_page(&title, &author, &body, &foot))
}

/// The page Word's "Save as Web Page" writes, around a document's `body` (its
/// paragraphs as HTML) and `foot` (its footnotes after their rule, outside the section
/// so that the HTML reader finds them last): the title property as `<title>`, the author
/// property in the head where Word writes it. The other word processors' readers (ODT,
/// RTF) write the same page, so that one HTML reading serves them all.
pub(super) fn word_page(title: &str, author: &str, body: &str, foot: &str) -> String {
    // Word writes the author property in its page's head as XML inside a comment; a
    // `--` would end the comment early, so a name holding one is not written.
    let author = if author.is_empty() || author.contains("--") {
        String::new()
    } else {
        format!(
            "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>{}</o:Author>\
             </o:DocumentProperties></xml><![endif]-->",
            escape(author)
        )
    };
    format!(
        "<html><head><meta name=ProgId content=Word.Document><title>{}</title>{author}</head>\
         <body><div class=WordSection1>{body}</div>{foot}</body></html>",
        escape(title)
    )
}

/// `text`, escaped, onto `out` in its emphasis (italic, bold), as Word's page marks it
/// (see [`super::class_styles::emphasis_tags`]).
pub(super) fn push_emphasised(out: &mut String, text: &str, emphasis: (bool, bool)) {
    let (open, close) = super::class_styles::emphasis_tags(emphasis);
    out.push_str(open);
    out.push_str(&escape(text));
    out.push_str(close);
}

/// Footnote `n`'s mark in the text, linked to its note, as Google Docs' web page writes
/// it (`html::footnotes` reads the pair back as a linked footnote).
pub(super) fn note_mark(n: usize) -> String {
    format!("<sup><a href=\"#ftnt{n}\" id=\"ftnt_ref{n}\">[{n}]</a></sup>")
}

/// Footnote `n`'s link back to its mark, opening the note's first paragraph.
pub(super) fn note_backlink(n: usize) -> String {
    format!("<a href=\"#ftnt_ref{n}\" id=\"ftnt{n}\">[{n}]</a> ")
}

/// A document property of `docProps/core.xml` (`title`, `creator`) or of an
/// OpenDocument's `meta.xml`, by its local name; empty if not set.
pub(super) fn core_field(xml: &str, name: &str) -> String {
    let mut r = quick_xml::Reader::from_str(xml);
    let mut inside = false;
    let mut out = String::new();
    loop {
        match r.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == name => inside = true,
            Ok(Event::End(e)) if e.local_name().as_ref() == name => break,
            Ok(Event::Text(t)) if inside => out.push_str(&t.xml10_content()),
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out.trim().to_string()
}

/// The value of attribute `NAME` (any prefix: Word's `w:`, LibreOffice's `text:` or
/// `style:`) on `e`.
pub(super) fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| a.value.to_string())
}

/// Whether a document's first paragraph with text is a title typed by hand: short, in
/// 18pt or more (`size` in half-points), or centred and all in bold. The RTF reader asks
/// the same of its first paragraph.
pub(super) fn typed_title(words: usize, size: u32, centred: bool, all_bold: bool) -> bool {
    words <= TITLE_WORDS && (size >= TITLE_SIZE || (centred && all_bold))
}

/// Whether a toggle property (`<w:i/>`, `<w:b w:val="0"/>`) is on.
fn on(e: &BytesStart<'_>) -> bool {
    !matches!(
        attr(e, "val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

/// Writes paragraphs as HTML while walking WordprocessingML.
#[derive(Default)]
struct Writer {
    out: String,
    /// The current paragraph: its style, whether centred, its HTML so far.
    style: String,
    centred: bool,
    para: String,
    in_para: bool,
    /// The current run's italics and bold, and whether its text is open in tags.
    italic: bool,
    bold: bool,
    /// The current run's size in half-points (`w:sz`), and the paragraph's largest and
    /// whether all its text is bold.
    size: u32,
    largest: u32,
    all_bold: bool,
    /// Whether a paragraph with text was written yet.
    any_text: bool,
    /// The current paragraph's plain text and whether all of it is in italics; the
    /// document's paragraphs as written (for the note under the byline).
    plain: String,
    all_italic: bool,
    written: Vec<Written>,
    /// Footnote ids in the order their references stand in the text.
    refs: Vec<String>,
    /// The footnote being written (in `footnotes.xml`), its number.
    note: Option<usize>,
    /// The document's lists, the current paragraph's list and level (`w:numPr`), and
    /// the lists open around it.
    numbering: Numbering,
    num_id: Option<String>,
    ilvl: Option<usize>,
    /// The document's paragraph styles (their names, their lists).
    styles: Styles,
    lists: OpenLists,
}

impl Writer {
    /// Walks one part; `notes` says it is `footnotes.xml`.
    fn walk(&mut self, xml: &str, notes: bool) -> Result<(), quick_xml::Error> {
        let mut r = quick_xml::Reader::from_str(xml);
        // Depth inside elements whose text is not the document's (deleted text, field
        // codes, a drawing's fallback copy, a separator footnote).
        let mut skip = 0usize;
        let mut in_text = false;
        loop {
            let ev = r.read_event()?;
            let (start, empty) = match &ev {
                Event::Start(e) => (Some(e), false),
                Event::Empty(e) => (Some(e), true),
                _ => (None, false),
            };
            if let Some(e) = start {
                let name = e.local_name();
                let name = name.as_ref();
                // A tracked change of formatting keeps the old properties inside it.
                let hidden = matches!(
                    name,
                    "del" | "delText" | "instrText" | "Fallback" | "pPrChange" | "rPrChange"
                ) || (name == "footnote"
                    && attr(e, "type").is_some_and(|t| t != "normal"));
                if skip > 0 || hidden {
                    if !empty {
                        skip += 1;
                    }
                    continue;
                }
                match name {
                    "footnote" if notes => {
                        let id = attr(e, "id").unwrap_or_default();
                        self.note = self.refs.iter().position(|r| *r == id).map(|k| k + 1);
                        if self.note.is_some() {
                            self.out.push_str("<div>");
                        }
                    }
                    "p" => {
                        self.in_para = true;
                        self.style.clear();
                        self.centred = false;
                        self.para.clear();
                        self.largest = 0;
                        self.all_bold = true;
                        self.plain.clear();
                        self.all_italic = true;
                        self.num_id = None;
                        self.ilvl = None;
                    }
                    "numId" => self.num_id = attr(e, "val"),
                    "ilvl" => self.ilvl = attr(e, "val").and_then(|v| v.parse().ok()),
                    "pStyle" => self.style = attr(e, "val").unwrap_or_default(),
                    "jc" => self.centred = attr(e, "val").as_deref() == Some("center"),
                    "r" => {
                        self.italic = false;
                        self.bold = false;
                        self.size = 0;
                    }
                    "i" => self.italic = on(e),
                    "b" => self.bold = on(e),
                    "sz" => self.size = attr(e, "val").and_then(|v| v.parse().ok()).unwrap_or(0),
                    "t" if !empty => in_text = true,
                    "tab" if self.in_para => self.para.push(' '),
                    "br" | "cr" if self.in_para && attr(e, "type").as_deref() != Some("page") => {
                        self.para.push_str("<br>");
                    }
                    "noBreakHyphen" => self.para.push('\u{2011}'),
                    // A picture (DrawingML's `pic:pic`, or an old VML `v:imagedata`; a
                    // text box is no picture): the page's image, which the HTML readers
                    // count and warn of as left out.
                    "pic" | "imagedata" if self.in_para => self.para.push_str("<img>"),
                    "footnoteReference" if !notes => {
                        let id = attr(e, "id").unwrap_or_default();
                        self.refs.push(id);
                        let n = self.refs.len();
                        self.para.push_str(&note_mark(n));
                    }
                    "footnoteRef" if notes => {
                        if let Some(n) = self.note {
                            self.para.push_str(&note_backlink(n));
                        }
                    }
                    _ => {}
                }
                continue;
            }
            match ev {
                Event::End(e) => {
                    if skip > 0 {
                        skip -= 1;
                        continue;
                    }
                    match e.local_name().as_ref() {
                        "t" => in_text = false,
                        "p" => self.end_paragraph(notes),
                        "footnote" if notes && self.note.take().is_some() => {
                            self.out.push_str("</div>");
                        }
                        _ => {}
                    }
                }
                Event::Text(t) if in_text && skip == 0 => {
                    self.push_text(&t.xml10_content());
                }
                Event::GeneralRef(g) if in_text && skip == 0 => {
                    self.push_text(&reference(&g).unwrap_or_default());
                }
                Event::Eof => {
                    let close = self.lists.close();
                    self.out.push_str(&close);
                    return Ok(());
                }
                _ => {}
            }
        }
    }

    /// A run's text, escaped, in its emphasis.
    fn push_text(&mut self, t: &str) {
        if !t.trim().is_empty() {
            self.largest = self.largest.max(self.size);
            self.all_bold &= self.bold;
            self.all_italic &= self.italic;
        }
        self.plain.push_str(t);
        push_emphasised(&mut self.para, t, (self.italic, self.bold));
    }

    /// Closes the paragraph as its style says; a footnote's paragraphs only inside a
    /// note referred to.
    fn end_paragraph(&mut self, notes: bool) {
        self.in_para = false;
        if notes && self.note.is_none() {
            return;
        }
        let para = std::mem::take(&mut self.para);
        let mut style = self.styles.name(&self.style);
        // A title typed by hand: the document's first paragraph with text, short, in
        // 18pt or more, or centred and all in bold.
        let words = para.split_whitespace().count();
        let has_text = para.chars().any(char::is_alphanumeric);
        if !notes
            && !self.any_text
            && has_text
            && style.is_empty()
            && typed_title(words, self.largest, self.centred, self.all_bold)
        {
            style = "title".into();
        }
        self.any_text |= has_text;
        let level = style
            .strip_prefix("heading")
            .and_then(|n| n.trim().parse::<u8>().ok())
            .filter(|n| (1..=6).contains(n));
        // The paragraph's own list, else its style's ("List Number"); `numId` 0 takes a
        // paragraph out of its style's list.
        let (id, ilvl) = match (&self.num_id, self.styles.list(&self.style)) {
            (Some(n), style) => (n.clone(), self.ilvl.or(style.map(|s| s.1)).unwrap_or(0)),
            (None, Some((n, l))) => (n, self.ilvl.unwrap_or(l)),
            (None, None) => (String::new(), 0),
        };
        let item = Some(id.as_str())
            .filter(|_| !notes && level.is_none() && style != "title" && style != "subtitle")
            .and_then(|id| Some((id, self.numbering.level(id, ilvl)?)));
        if let Some((id, kind)) = item {
            let open = self.lists.item(id, ilvl, kind);
            self.out.push_str(&open);
            self.write(&para, Kind::Item);
            return;
        }
        let close = self.lists.close();
        self.out.push_str(&close);
        let (html, kind) = if let Some(n) = level {
            (format!("<h{n}>{para}</h{n}>"), Kind::Heading)
        } else if style == "title" {
            (format!("<p class=MsoTitle>{para}</p>"), Kind::Title)
        } else if style == "subtitle" {
            (format!("<p class=MsoSubtitle>{para}</p>"), Kind::Subtitle)
        } else if self.centred {
            (format!("<p align=center>{para}</p>"), Kind::Text)
        } else {
            (format!("<p>{para}</p>"), Kind::Text)
        };
        if notes {
            self.out.push_str(&html);
        } else {
            self.write(&html, kind);
        }
    }

    /// Writes a paragraph of the document's text, noting where it stands.
    fn write(&mut self, html: &str, kind: Kind) {
        let start = self.out.len();
        self.out.push_str(html);
        self.written.push(Written {
            start,
            end: self.out.len(),
            kind,
            italic: self.all_italic,
            text: std::mem::take(&mut self.plain),
        });
    }
}

pub(super) mod lead_note;
mod numbering;
mod styles;
#[cfg(test)]
mod tests;
