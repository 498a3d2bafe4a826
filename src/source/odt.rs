//! OpenDocument text (`.odt`, LibreOffice and OpenOffice Writer): the document's XML → an
//! HTML page in the shape Word's "Save as Web Page" gives (see `docx`), which the HTML
//! readers then read as any Word page.
//!
//! Input: the file's bytes (a zip holding `content.xml`, with `styles.xml` and
//! `meta.xml` beside it). Output: one HTML page: each `text:p` a `<p>` and each `text:h`
//! an `<h1>`–`<h6>` (`class=MsoTitle` / `MsoSubtitle` for paragraphs in the Title and
//! Subtitle styles, or in a style made from them; `align=center` when the paragraph's
//! style centres it), italics and bold from the paragraph's and its spans' styles
//! (automatic or named, through their parents), line breaks as `<br>`, tabs and runs of
//! spaces as a space, `text:list` an `<ol>` or `<ul>` as its list style numbers or bullets
//! it; footnotes and endnotes linked as Google Docs links them (`#ftnt1` /
//! `#ftnt_ref1`), their text after a rule at the end. Comments, deleted text of tracked
//! changes and generated indexes are not text. The title and author properties of
//! `meta.xml` are the page's. The zip is opened with the EPUB reader's limits; a document
//! saved with a password is refused as such. A flat OpenDocument text (`.fodt`: the same
//! parts in one XML file) is read by the same walk. Pure: no I/O.

use super::docx::lead_note::{self, Written};
use super::docx::{attr, core_field, note_backlink, note_mark, push_emphasised, word_page};
use super::epub::reference;
use super::zipped::{MAX_TOTAL_BYTES, Refusal, check_entries, read_entry};
use quick_xml::events::{BytesStart, Event};
use std::io::{Cursor, Read};
use styles::{Kind, Styles};

mod styles;

/// What the refusals call the file.
const NOUN: &str = "OpenDocument text";
/// The media type an OpenDocument text names in its `mimetype` entry.
const MEDIA_TYPE: &str = "application/vnd.oasis.opendocument.text";

/// Elements whose text is not the document's: comments, tracked changes' record of
/// deleted text, a note's number (the note is numbered where it is linked), generated
/// indexes and their titles, a flat document's embedded pictures (base64).
const HIDDEN: &[&str] = &[
    "binary-data",
    "annotation",
    "tracked-changes",
    "note-citation",
    "table-of-content",
    "illustration-index",
    "alphabetical-index",
    "object-index",
    "table-index",
    "user-index",
    "bibliography",
];

/// Whether a zip is an OpenDocument text (its directory and media type only).
pub(crate) fn looks_like_odt(zip: &mut zip::ZipArchive<Cursor<&[u8]>>) -> bool {
    if zip.index_for_name("content.xml").is_none() {
        return false;
    }
    let mut kind = String::new();
    match zip.by_name("mimetype") {
        Ok(f) => f.take(128).read_to_string(&mut kind).is_ok() && kind.trim() == MEDIA_TYPE,
        Err(_) => false,
    }
}

/// The document as an HTML page.
pub(crate) fn to_html(bytes: &[u8]) -> Result<String, Refusal> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        (
            format!("is a damaged {NOUN} (its zip directory cannot be read: {e})"),
            "open it in LibreOffice and save it again",
        )
    })?;
    check_entries(&mut zip, NOUN)?;
    let mut budget = MAX_TOTAL_BYTES;
    let content = read_entry(&mut zip, ("content.xml", NOUN), &mut budget)?;
    let mut optional = |name: &str| {
        if zip.index_for_name(name).is_some() {
            read_entry(&mut zip, (name, NOUN), &mut budget)
        } else {
            Ok(String::new())
        }
    };
    // A document saved with a password keeps its parts encrypted, the manifest says so.
    if optional("META-INF/manifest.xml")?.contains("encryption-data") {
        return Err((
            format!("is an {NOUN} saved with a password, which Quire cannot read"),
            "open it in LibreOffice, remove the password (File > Properties > Security) and save it again",
        ));
    }
    let named = optional("styles.xml")?;
    let meta = optional("meta.xml")?;
    page(&[&named, &content], &content, &meta)
}

/// Whether a file is a flat OpenDocument text (`.fodt`): one XML file whose root
/// `office:document` names the text media type. Reads the first 4 KiB only.
pub(crate) fn looks_like_fodt(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head);
    head.contains("<office:document ") && head.contains(&format!("\"{MEDIA_TYPE}\""))
}

/// A flat OpenDocument text (`.fodt`, LibreOffice's "Flat XML ODF Text Document") as an
/// HTML page: the same parts as an `.odt`'s, in one file (its `office:meta`, styles,
/// automatic styles and body). Pictures are kept inside it as base64
/// (`office:binary-data`), which is no text.
pub(crate) fn flat_to_html(bytes: &[u8]) -> Result<String, Refusal> {
    let xml = std::str::from_utf8(bytes).map_err(|_| {
        (
            format!("is a damaged flat {NOUN} (.fodt): it is not UTF-8"),
            "open it in LibreOffice and save it again",
        )
    })?;
    // Only the meta part's fields are the document's (a `text:title` field in the body
    // is not its title property).
    let meta = xml
        .find("<office:meta>")
        .and_then(|a| Some(&xml[a..a + xml[a..].find("</office:meta>")?]))
        .unwrap_or_default();
    page(&[xml], xml, meta)
}

/// The page of a document whose styles are in `style_parts`, its body in `content` and
/// its properties in `meta`.
fn page(style_parts: &[&str], content: &str, meta: &str) -> Result<String, Refusal> {
    let mut styles = Styles::default();
    for part in style_parts {
        styles.read(part);
    }
    let title = core_field(meta, "title");
    let author = Some(core_field(meta, "initial-creator"))
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| core_field(meta, "creator"));
    let mut w = Writer {
        styles,
        ..Writer::default()
    };
    w.walk(content).map_err(|e| {
        (
            format!("is a damaged {NOUN}: its text is not well-formed XML ({e})"),
            "open it in LibreOffice and save it again",
        )
    })?;
    // The italic note a writer sets under the title and byline, as in Word.
    lead_note::box_note(&mut w.out, &w.written);
    let foot = if w.notes.is_empty() {
        String::new()
    } else {
        format!("<hr>{}", w.notes)
    };
    Ok(word_page(&title, &author, &w.out, &foot))
}

/// Writes the document body as HTML while walking `content.xml`.
#[derive(Default)]
struct Writer {
    styles: Styles,
    /// Where the text goes now: the page, or the note being written.
    out: String,
    /// The page's text while a note is written, and the notes written.
    saved: Vec<String>,
    notes: String,
    /// How many notes are linked so far, and the note whose first paragraph still
    /// needs its link back to its mark.
    count: usize,
    backlink: Option<usize>,
    /// The closing tag of each open paragraph, list and item (in the order opened).
    closers: Vec<&'static str>,
    /// Italics and bold of each open paragraph and span, innermost last.
    format: Vec<(bool, bool)>,
    /// The list style of each open list, innermost last.
    lists: Vec<String>,
    /// How deep inside paragraphs the walk is (text counts only there).
    in_para: usize,
    /// The page's paragraphs as written (for the note under the byline), and the one
    /// being written.
    written: Vec<Written>,
    para: Option<Written>,
}

impl Writer {
    fn walk(&mut self, xml: &str) -> Result<(), quick_xml::Error> {
        let mut r = quick_xml::Reader::from_str(xml);
        let mut skip = 0usize;
        let mut in_body = false;
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
                if skip > 0 || HIDDEN.contains(&name) {
                    skip += usize::from(!empty);
                    continue;
                }
                if name == "text" && !empty {
                    in_body = true;
                }
                if in_body {
                    self.open(name, e, empty);
                }
                continue;
            }
            match ev {
                Event::End(e) => {
                    if skip > 0 {
                        skip -= 1;
                    } else if in_body {
                        self.close(e.local_name().as_ref());
                    }
                }
                Event::Text(t) if skip == 0 && self.in_para > 0 => {
                    self.push_text(&t.xml10_content());
                }
                Event::GeneralRef(g) if skip == 0 && self.in_para > 0 => {
                    self.push_text(&reference(&g).unwrap_or_default());
                }
                Event::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    /// An element opens (`empty`: it closes at once).
    fn open(&mut self, name: &str, e: &BytesStart<'_>, empty: bool) {
        let style = attr(e, "style-name").unwrap_or_default();
        match name {
            "p" | "h" => {
                let s = self.styles.paragraph(&style);
                let kind = match s.kind {
                    Kind::Body if name == "h" => Kind::Heading(
                        attr(e, "outline-level")
                            .and_then(|l| l.parse().ok())
                            .unwrap_or(1),
                    ),
                    k => k,
                };
                let (open, close) = match kind {
                    Kind::Title => ("<p class=MsoTitle>", "</p>"),
                    Kind::Subtitle => ("<p class=MsoSubtitle>", "</p>"),
                    Kind::Heading(n) => HEADINGS[usize::from(n.clamp(1, 6)) - 1],
                    Kind::Body if s.centred => ("<p align=center>", "</p>"),
                    Kind::Body => ("<p>", "</p>"),
                };
                if !empty && self.in_para == 0 && self.saved.is_empty() {
                    self.para = Some(Written {
                        start: self.out.len(),
                        end: 0,
                        kind: match kind {
                            Kind::Title => lead_note::Kind::Title,
                            Kind::Subtitle => lead_note::Kind::Subtitle,
                            Kind::Heading(_) => lead_note::Kind::Heading,
                            Kind::Body => lead_note::Kind::Text,
                        },
                        italic: true,
                        text: String::new(),
                    });
                }
                self.out.push_str(open);
                if let Some(n) = self.backlink.take() {
                    self.out.push_str(&note_backlink(n));
                }
                if empty {
                    self.out.push_str(close);
                } else {
                    self.closers.push(close);
                    self.format.push((s.italic, s.bold));
                    self.in_para += 1;
                }
            }
            "span" if !empty => {
                let outer = self.format.last().copied().unwrap_or_default();
                let s = self.styles.text(&style);
                self.format
                    .push((s.italic.unwrap_or(outer.0), s.bold.unwrap_or(outer.1)));
            }
            "list" if !empty => {
                let style = Some(style)
                    .filter(|s| !s.is_empty())
                    .or_else(|| self.lists.last().cloned())
                    .unwrap_or_default();
                let ordered = self.styles.numbered(&style, self.lists.len());
                self.lists.push(style);
                let (open, close) = if ordered {
                    ("<ol>", "</ol>")
                } else {
                    ("<ul>", "</ul>")
                };
                self.out.push_str(open);
                self.closers.push(close);
            }
            "list-item" | "list-header" if !empty => {
                self.out.push_str("<li>");
                self.closers.push("</li>");
            }
            "note" if !empty => {
                self.count += 1;
                let n = self.count;
                self.out.push_str(&note_mark(n));
                self.saved.push(std::mem::take(&mut self.out));
                self.out.push_str("<div>");
                self.backlink = Some(n);
            }
            "line-break" if self.in_para > 0 => self.out.push_str("<br>"),
            // A picture in a frame (`draw:image`; a text box is `draw:text-box`): the
            // page's image, which the HTML readers count and warn of as left out.
            "image" if self.in_para > 0 => self.out.push_str("<img>"),
            "tab" | "s" if self.in_para > 0 => self.out.push(' '),
            _ => {}
        }
    }

    /// An element closes.
    fn close(&mut self, name: &str) {
        match name {
            "p" | "h" => {
                self.in_para = self.in_para.saturating_sub(1);
                self.format.pop();
                self.close_tag();
                if self.in_para == 0
                    && self.saved.is_empty()
                    && let Some(mut p) = self.para.take()
                {
                    p.end = self.out.len();
                    p.italic &= p.text.chars().any(char::is_alphanumeric);
                    self.written.push(p);
                }
            }
            "span" => {
                self.format.pop();
            }
            "list" => {
                self.lists.pop();
                self.close_tag();
            }
            "list-item" | "list-header" => self.close_tag(),
            "note" => {
                self.backlink = None;
                self.out.push_str("</div>");
                let note = std::mem::take(&mut self.out);
                self.notes.push_str(&note);
                self.out = self.saved.pop().unwrap_or_default();
            }
            _ => {}
        }
    }

    fn close_tag(&mut self) {
        if let Some(c) = self.closers.pop() {
            self.out.push_str(c);
        }
    }

    /// Text, escaped, in its paragraph's and spans' emphasis.
    fn push_text(&mut self, t: &str) {
        let emphasis = self.format.last().copied().unwrap_or_default();
        push_emphasised(&mut self.out, t, emphasis);
        if let Some(p) = self.para.as_mut().filter(|_| self.saved.is_empty()) {
            p.text.push_str(t);
            p.italic &= emphasis.0 || !t.chars().any(char::is_alphanumeric);
        }
    }
}

/// The tags of headings of levels 1 to 6.
const HEADINGS: [(&str, &str); 6] = [
    ("<h1>", "</h1>"),
    ("<h2>", "</h2>"),
    ("<h3>", "</h3>"),
    ("<h4>", "</h4>"),
    ("<h5>", "</h5>"),
    ("<h6>", "</h6>"),
];

#[cfg(test)]
mod tests;
