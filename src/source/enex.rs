//! Evernote exports (`.enex`): the export's notes → one HTML page for the HTML readers.
//!
//! Input: the file's bytes: an `en-export` holding one `note` or more (Evernote splits a
//! notebook into files of 100), each with its `title`, its `note-attributes` (`author`
//! among them) and its `content`: ENML, Evernote's XHTML, as text in a CDATA section.
//! Output: one page: the first note's title as the page's title, each later note's
//! title as a heading over its text, the ENML as HTML: `en-note` the body, `en-media`
//! a picture, `en-crypt` (encrypted text) left out. A checklist's items are lines of
//! one paragraph, one item a line, their boxes no text: Evernote writes a checklist
//! either as `<en-todo/>` at the start of each line's block or, since Evernote 10, as
//! `<ul style="--en-todo:true">` whose items carry `--en-checked`. Only an element's
//! `style` and `align` attributes go on (the HTML readers see centring and emphasis);
//! HTML's named entities, which ENML allows, are left for the HTML parser. Pure: no I/O.

use super::docx::attr;
use super::epub::reference;
use super::zipped::Refusal;
use quick_xml::escape::escape;
use quick_xml::events::{BytesStart, Event};

/// What the refusals call the file.
const NOUN: &str = "Evernote export";

/// One note of an export.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Note {
    /// The note's title (Evernote's own field, not a line of its text).
    pub title: String,
    /// The author its attributes name, if any.
    pub author: Option<String>,
    /// Its text as HTML.
    pub html: String,
    /// The note's first block, when it is a line all in bold or a heading: where it is
    /// in `html`, and its text.
    lead: Option<(std::ops::Range<usize>, String)>,
}

/// Whether a file is an Evernote export: XML whose root is `en-export`.
pub(crate) fn looks_like_enex(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]);
    head.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with("<?xml")
        && head.contains("<en-export")
}

/// The export's notes, in file order.
pub(crate) fn notes(bytes: &[u8]) -> Result<Vec<Note>, Refusal> {
    let damaged = |why: String| {
        (
            format!("is a damaged {NOUN} ({why})"),
            "export the note from Evernote again (File > Export Note, as ENEX)",
        )
    };
    let xml = std::str::from_utf8(bytes).map_err(|_| damaged("it is not UTF-8".into()))?;
    let mut r = quick_xml::Reader::from_str(xml);
    let mut notes = Vec::new();
    // The innermost open element's name, and the text met in it.
    let mut path: Vec<String> = Vec::new();
    let mut text = String::new();
    loop {
        match r.read_event().map_err(|e| damaged(e.to_string()))? {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_string();
                if name == "note" && path.len() == 1 {
                    notes.push(Note::default());
                }
                path.push(name);
                text.clear();
            }
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::CData(t) => text.push_str(&t),
            Event::GeneralRef(g) => text.push_str(&reference(&g).unwrap_or_default()),
            Event::End(_) => {
                let name = path.pop().unwrap_or_default();
                let parent = path.last().map(String::as_str);
                if let Some(note) = notes.last_mut() {
                    match (parent, name.as_str()) {
                        (Some("note"), "title") => note.title = text.trim().to_string(),
                        (Some("note-attributes"), "author") if !text.trim().is_empty() => {
                            note.author = Some(text.trim().to_string())
                        }
                        (Some("note"), "content") => {
                            (note.html, note.lead) = enml_to_html(&text).map_err(|e| {
                                damaged(format!("a note's text is not well-formed ENML: {e}"))
                            })?
                        }
                        _ => {}
                    }
                }
                text.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if notes.iter().all(|n| n.html.trim().is_empty()) {
        return Err((
            format!("is an {NOUN} that holds no note with text"),
            "export the note that holds the story (File > Export Note, as ENEX)",
        ));
    }
    Ok(notes)
}

/// The notes as one page: the first note's title the page's, each later note's over it.
///
/// A note's first line in bold or as a heading that its title begins with (`List for
/// Tuesday` in the note `List for Tuesday (fic draft)`) is the title as the writer set
/// it: the page's first heading, which the HTML readers take for the title.
pub(crate) fn page(notes: &[Note]) -> String {
    let mut body = String::new();
    for (i, n) in notes.iter().enumerate() {
        let lead = n
            .lead
            .as_ref()
            .filter(|(_, line)| !fold(line).is_empty() && fold(&n.title).starts_with(&fold(line)));
        let level = if i == 0 { 1 } else { 2 };
        match lead {
            Some((range, line)) => {
                body.push_str(&n.html[..range.start]);
                body.push_str(&format!("<h{level}>{}</h{level}>", escape(line.as_str())));
                body.push_str(&n.html[range.end..]);
            }
            None => {
                if i > 0 && !n.title.is_empty() {
                    body.push_str(&format!("<h2>{}</h2>", escape(n.title.as_str())));
                }
                body.push_str(&n.html);
            }
        }
    }
    let title = notes.first().map(|n| n.title.as_str()).unwrap_or_default();
    format!(
        "<html><head><title>{}</title></head><body>{body}</body></html>",
        escape(title)
    )
}

/// A line's words, lowercased, without punctuation: to compare a line with a title.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The first top-level block of a note's HTML, when it is one line all in bold or a
/// heading: its range and its text.
type Lead = Option<(std::ops::Range<usize>, String)>;

/// ENML (`<en-note>…</en-note>`) as HTML, and its lead line (see [`Lead`]).
fn enml_to_html(enml: &str) -> Result<(String, Lead), quick_xml::Error> {
    let mut w = Enml::default();
    let mut r = quick_xml::Reader::from_str(enml);
    loop {
        match r.read_event()? {
            Event::Start(e) => w.open(&e, false),
            Event::Empty(e) => w.open(&e, true),
            Event::End(_) => w.close(),
            Event::Text(t) if w.skip == 0 => w.out.push_str(&escape(&*t.xml10_content())),
            Event::CData(t) if w.skip == 0 => w.out.push_str(&escape(&*t)),
            Event::GeneralRef(g) if w.skip == 0 => match reference(&g) {
                Some(c) => w.out.push_str(&escape(&c)),
                // An HTML entity (`&nbsp;`, `&mdash;`): the HTML parser knows it.
                None => {
                    let name = g.to_string();
                    if name.chars().all(|c| c.is_ascii_alphanumeric()) {
                        w.out.push_str(&format!("&{name};"));
                    }
                }
            },
            Event::Eof => return Ok((w.out, w.lead.flatten())),
            _ => {}
        }
    }
}

/// Block elements a checklist line may be written in.
const LINE_BLOCKS: &[&str] = &["div", "p", "li"];

/// Writes ENML as HTML.
#[derive(Default)]
struct Enml {
    out: String,
    /// Open elements, innermost last.
    open: Vec<Open>,
    /// How deep inside left-out elements (`en-crypt`) the walk is.
    skip: usize,
    /// Where the last checklist paragraph ended: a line closing here joins it.
    last_line_end: Option<usize>,
    /// The first top-level block with text, once met (see [`Lead`]).
    lead: Option<Lead>,
}

/// An open element of the note.
struct Open {
    name: String,
    /// Where its output starts, and how long the tag written there is.
    pos: usize,
    tag_len: usize,
    /// A checklist line (a block holding `en-todo`, an item of a `--en-todo` list), or
    /// a `--en-todo` list.
    line: bool,
}

impl Enml {
    /// Whether the walk is inside a checklist line or list.
    fn in_line(&self) -> bool {
        self.open.iter().any(|o| o.line)
    }

    fn open(&mut self, e: &BytesStart<'_>, empty: bool) {
        let name = e.local_name().as_ref().to_ascii_lowercase();
        if self.skip > 0 || name == "en-crypt" {
            self.skip += usize::from(!empty);
            return;
        }
        match name.as_str() {
            "en-todo" => {
                // The box is no text; its line is.
                if let Some(b) = self
                    .open
                    .iter_mut()
                    .rev()
                    .find(|o| LINE_BLOCKS.contains(&o.name.as_str()))
                {
                    b.line = true;
                }
                return;
            }
            "en-media" => {
                self.out.push_str("<img>");
                return;
            }
            _ => {}
        }
        let todo_list = name == "ul"
            && attr(e, "style").is_some_and(|s| s.replace(' ', "").contains("--en-todo:true"));
        let in_line = self.in_line();
        // Inside a checklist, blocks are no paragraphs of their own; the note is the body.
        let bare =
            name == "en-note" || todo_list || (in_line && LINE_BLOCKS.contains(&name.as_str()));
        let pos = self.out.len();
        if !bare {
            self.out.push_str(&tag(&name, e));
        }
        if !empty {
            let line = todo_list || (name == "li" && in_line);
            self.open.push(Open {
                tag_len: self.out.len() - pos,
                name,
                pos,
                line,
            });
        }
    }

    fn close(&mut self) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        let Some(o) = self.open.pop() else {
            return;
        };
        let list = o.name == "ul" && o.line;
        if o.line && !list && !self.in_line() {
            // A whole line: its text joins the checklist paragraph just before it.
            let text = self.out[o.pos + o.tag_len..].trim().to_string();
            self.out.truncate(o.pos);
            if self.last_line_end == Some(o.pos) && self.out.ends_with("</p>") {
                self.out.truncate(self.out.len() - "</p>".len());
                self.out.push_str("<br>");
            } else {
                self.out.push_str("<p>");
            }
            self.out.push_str(&text);
            self.out.push_str("</p>");
            self.last_line_end = Some(self.out.len());
        } else if o.line && !list {
            // An item of a checklist list.
            let text = self.out[o.pos + o.tag_len..].trim().to_string();
            self.out.truncate(o.pos);
            if self.out.len() > self.list_start() {
                self.out.push_str("<br>");
            }
            self.out.push_str(&text);
        } else if list {
            let items = self.out[o.pos..].to_string();
            self.out.truncate(o.pos);
            if self.in_line() {
                self.out.push_str(&items);
            } else {
                self.out.push_str(&format!("<p>{items}</p>"));
                self.last_line_end = Some(self.out.len());
            }
        } else if o.tag_len > 0 {
            self.out.push_str(&format!("</{}>", o.name));
            let top = self.open.iter().all(|p| p.name == "en-note");
            if top && self.lead.is_none() {
                self.lead = lead_line(&self.out[o.pos..], &o.name)
                    .map(|line| (line != "-").then_some((o.pos..self.out.len(), line)));
            }
        }
    }

    /// Where the innermost open checklist list's output starts.
    fn list_start(&self) -> usize {
        self.open
            .iter()
            .rev()
            .find(|o| o.line && o.name == "ul")
            .map_or(0, |o| o.pos)
    }
}

/// A top-level block's text when it has any (`-` when it is not all bold, nor a
/// heading): `<div><b>Title</b></div>` gives `Title`.
fn lead_line(block: &str, name: &str) -> Option<String> {
    let mut text = String::new();
    let mut bold = 0usize;
    let mut plain = false;
    let mut rest = block;
    while let Some(lt) = rest.find('<') {
        let chunk = &rest[..lt];
        plain |= bold == 0 && !chunk.trim().is_empty();
        text.push_str(chunk);
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
        let t = &rest[lt..gt];
        let tag_name: String = t
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if matches!(tag_name.as_str(), "b" | "strong") {
            if t.starts_with("</") {
                bold = bold.saturating_sub(1);
            } else {
                bold += 1;
            }
        }
        rest = &rest[gt..];
    }
    plain |= bold == 0 && !rest.trim().is_empty();
    text.push_str(rest);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return None;
    }
    let heading = matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    Some(if heading || !plain { text } else { "-".into() })
}

/// An element's opening tag as HTML: its name (letters and digits only) and its `style`
/// and `align` attributes.
fn tag(name: &str, e: &BytesStart<'_>) -> String {
    let name: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let mut t = format!("<{name}");
    for a in ["style", "align"] {
        if let Some(v) = attr(e, a) {
            t.push_str(&format!(" {a}=\"{}\"", escape(v.as_str())));
        }
    }
    t.push('>');
    t
}

#[cfg(test)]
mod tests;
