//! RTF documents (WordPad, TextEdit, Word's "Rich Text Format"): the document's control
//! words → an HTML page in the shape Word's "Save as Web Page" gives (see `docx`), which
//! the HTML readers then read as any Word page.
//!
//! Input: the file's bytes (text that opens with `{\rtf`). Output: one HTML page: each
//! paragraph (`\par`) a `<p>`, `align=center` when centred (`\qc`); a paragraph in the
//! stylesheet's "Title", "Subtitle" or "heading N" style (`\sN`, as Word names them) the
//! title, subtitle or a heading, else the first one a title when typed as one (see
//! `docx::typed_title`); bold and italics (`\b`, `\i`) kept,
//! `\line` a `<br>`, `\tab` a space; text in the document's code page (`\ansicpg`,
//! Windows-1252 by default; `\'hh` escapes) or in its font's (`\fcharset` in the font
//! table), and Unicode (`\uN` and its stand-in characters, which are skipped); list
//! items (`\ls`, WordPad's `\pn`) an `<ol>` or `<ul>` as their typed number or bullet
//! shows, that number left out; footnotes (`\footnote`) linked as Google Docs links
//! them, their text after a rule at the end. The font, colour and style tables,
//! pictures, headers and footers, field codes, hidden text and every destination marked
//! `\*` are not text (paragraph and character properties are kept with each group, as
//! RTF scopes them); of `\info`, the title and author are the page's. Text written twice
//! (`\upr`) is read from its Unicode twin (`\ud`). Pure: no I/O.

use super::docx::lead_note::{self, Written};
use super::docx::{note_backlink, note_mark, push_emphasised, word_page};
use super::zipped::Refusal;
use lex::{Lexer, Token, charset, code_page, symbol_word};
use lists::Lists;

mod lex;
mod lists;
mod paragraph;

/// Destinations whose text is not the document's.
const SKIPPED: &[&str] = &[
    "colortbl",
    "listtable",
    "listoverridetable",
    "revtbl",
    "rsidtbl",
    "filetbl",
    "generator",
    "pict",
    "object",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "fldinst",
    "xmlnstbl",
    "themedata",
    "colorschememapping",
    "latentstyles",
    "datastore",
    "pn",
];

/// The deepest nesting of groups read; a document nested deeper is refused.
const MAX_DEPTH: usize = 512;

/// Where a group's text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dest {
    Text,
    /// Skipped: a table, a picture, a `\*` destination.
    Skip,
    /// `\info`: only its title and author are read.
    Info,
    Title,
    Author,
    /// A list item's typed number or bullet (`\listtext`, `\pntext`).
    Marker,
    /// `\stylesheet`: each entry's number (`\sN`) and name are read.
    Styles,
    /// `\fonttbl`: each font's number (`\fN`) and character set are read.
    Fonts,
}

/// The state a group opens with and gets back when it closes.
#[derive(Debug, Clone, Copy)]
struct State {
    dest: Dest,
    bold: bool,
    italic: bool,
    hidden: bool,
    /// The font size in half-points.
    size: u32,
    /// How many stand-in characters follow a `\uN`.
    uc: usize,
    /// The font (`\fN`; none, the default), whose character set may name the code
    /// page of its bytes.
    font: Option<i32>,
    /// Whether the group is (inside) a footnote.
    note: bool,
    /// Whether the group is an `\upr` whose first group (its ANSI text) is not read yet.
    upr: bool,
    /// The paragraph's properties, which RTF keeps with the group too: its style
    /// (`\sN`), whether centred, whether a list item (`\ls`, `\pn`).
    style: i32,
    centred: bool,
    in_list: bool,
}

/// The document as an HTML page.
pub(crate) fn to_html(bytes: &[u8]) -> Result<String, Refusal> {
    let mut w = Writer::new(bytes);
    let mut stack: Vec<State> = Vec::new();
    // Whether the next control word starts an optional destination (`\*`).
    let mut starred = false;
    let mut group_start = false;
    for t in Lexer::new(bytes) {
        if !matches!(t, Token::Byte(_) | Token::Hex(_)) {
            w.flush_bytes();
        }
        match t {
            Token::Open => {
                if stack.len() >= MAX_DEPTH {
                    return Err((
                        format!("is an RTF document nested more than {MAX_DEPTH} groups deep"),
                        "open it in a word processor and save it again",
                    ));
                }
                stack.push(w.state);
                if w.state.upr {
                    // `\upr`'s first group is the ANSI stand-in for its `\ud` twin.
                    if let Some(upr) = stack.last_mut() {
                        upr.upr = false;
                    }
                    w.state.upr = false;
                    w.state.dest = Dest::Skip;
                }
                if w.state.dest == Dest::Styles {
                    w.sheet = (0, String::new());
                }
                group_start = true;
                w.skip_chars = 0;
                continue;
            }
            Token::Close => {
                let was_note = w.state.note;
                let was_styles = w.state.dest == Dest::Styles;
                let Some(s) = stack.pop() else { break };
                w.state = s;
                if was_styles && w.state.dest == Dest::Styles {
                    w.end_style();
                }
                w.skip_chars = 0;
                if was_note && !w.state.note {
                    w.end_note();
                }
            }
            Token::Symbol(b'*') => {
                starred = true;
                continue;
            }
            Token::Word(word, param) => {
                let dest = group_start || starred;
                if starred && !KNOWN_STARRED.contains(&word) {
                    w.state.dest = Dest::Skip;
                } else {
                    w.word(word, param, dest);
                }
            }
            Token::Symbol(c) => w.symbol(c),
            Token::Hex(b) | Token::Byte(b) => {
                if w.skip_chars > 0 {
                    w.skip_chars -= 1;
                } else if b >= 0x20 || matches!(t, Token::Hex(_)) {
                    w.pending.push(b);
                }
            }
        }
        starred = false;
        group_start = false;
    }
    w.flush_bytes();
    w.end_paragraph();
    w.out.push_str(&w.lists.close());
    lead_note::box_note(&mut w.out, &w.written);
    let foot = if w.notes.is_empty() {
        String::new()
    } else {
        format!("<hr>{}", w.notes)
    };
    Ok(word_page(w.title.trim(), w.author.trim(), &w.out, &foot))
}

/// `\*` destinations whose text is read (a footnote's, Word's; the Unicode twin of an
/// `\upr`'s text); any other is skipped.
const KNOWN_STARRED: &[&str] = &["footnote", "upr", "ud"];

/// Writes paragraphs as HTML while reading the tokens.
struct Writer {
    state: State,
    /// The paragraph styles' names, lowercase, by number; the entry being read.
    styles: std::collections::HashMap<i32, String>,
    sheet: (i32, String),
    /// The code page of the document's bytes, the fonts' own (by number), the font
    /// being read in the table and the default font (`\deffN`), and bytes not yet
    /// decoded.
    code_page: &'static encoding_rs::Encoding,
    fonts: std::collections::HashMap<i32, &'static encoding_rs::Encoding>,
    /// The fonts' names (by number), as the table gives them: a face named bold or
    /// italic ("TimesNewRomanPS-BoldMT") sets its text so, as the Cocoa writer (TextEdit,
    /// Scrivener) marks emphasis, by the face rather than `\b` or `\i`.
    font_names: std::collections::HashMap<i32, String>,
    font_entry: i32,
    default_font: i32,
    pending: Vec<u8>,
    /// Stand-in characters of a `\uN` still to skip.
    skip_chars: usize,
    /// The first half of a character written as two `\uN` (a surrogate pair).
    high: Option<u16>,
    out: String,
    /// The current paragraph: its HTML, its list item's typed marker, and for the title
    /// and heading tests its largest size and whether all its text is bold; for the
    /// note under the byline, its plain text and whether all of it is in italics.
    para: String,
    marker: String,
    largest: u32,
    all_bold: bool,
    any_text: bool,
    plain: String,
    all_italic: bool,
    /// The size of the last paragraph of plain text (not centred): the body's.
    body_size: u32,
    /// The document's paragraphs as written.
    written: Vec<Written>,
    lists: Lists,
    /// The page's paragraph while a footnote is written, the notes written and their count.
    saved: Option<String>,
    notes: String,
    count: usize,
    title: String,
    author: String,
}

impl Writer {
    fn new(bytes: &[u8]) -> Self {
        Writer {
            state: State {
                dest: Dest::Text,
                bold: false,
                italic: false,
                hidden: false,
                size: 24,
                uc: 1,
                font: None,
                note: false,
                upr: false,
                style: 0,
                centred: false,
                in_list: false,
            },
            styles: std::collections::HashMap::new(),
            sheet: (0, String::new()),
            code_page: code_page(bytes),
            fonts: std::collections::HashMap::new(),
            font_names: std::collections::HashMap::new(),
            font_entry: 0,
            default_font: 0,
            pending: Vec::new(),
            skip_chars: 0,
            high: None,
            out: String::new(),
            para: String::new(),
            marker: String::new(),
            largest: 0,
            all_bold: true,
            any_text: false,
            plain: String::new(),
            all_italic: true,
            body_size: 24,
            written: Vec::new(),
            lists: Lists::default(),
            saved: None,
            notes: String::new(),
            count: 0,
            title: String::new(),
            author: String::new(),
        }
    }

    /// A control word; `dest` says it opens its group (a destination may).
    fn word(&mut self, word: &str, param: Option<i32>, dest: bool) {
        let on = param != Some(0);
        let s = &mut self.state;
        match word {
            // A picture in the text (WordPad's `{\pict …}`, Word's copy in
            // `\nonshppict`; its `\*\shppict` twin is skipped): the page's image, which
            // the HTML readers count and warn of as left out. Its data is skipped.
            "pict" if dest && s.dest == Dest::Text && !s.note => {
                s.dest = Dest::Skip;
                self.para.push_str("<img>");
            }
            _ if dest && SKIPPED.contains(&word) => s.dest = Dest::Skip,
            "info" if dest => s.dest = Dest::Info,
            "fonttbl" if dest => s.dest = Dest::Fonts,
            "f" if s.dest == Dest::Fonts => self.font_entry = param.unwrap_or(0),
            "fcharset" if s.dest == Dest::Fonts => {
                if let Some(e) = param.and_then(charset) {
                    self.fonts.insert(self.font_entry, e);
                }
            }
            "f" => s.font = Some(param.unwrap_or(0)),
            "deff" => self.default_font = param.unwrap_or(0),
            "stylesheet" if dest => s.dest = Dest::Styles,
            "s" if s.dest == Dest::Styles => self.sheet.0 = param.unwrap_or(0),
            "s" => s.style = param.unwrap_or(0),
            "title" if s.dest == Dest::Info => s.dest = Dest::Title,
            "author" if s.dest == Dest::Info => s.dest = Dest::Author,
            "listtext" | "pntext" if dest => s.dest = Dest::Marker,
            // The same text twice, as LibreOffice writes `\info`'s title: `{\upr{ANSI}
            // {\*\ud{Unicode}}}`; the ANSI group is skipped, the `\ud` read as its parent.
            "upr" if dest => s.upr = true,
            "ud" if dest => {}
            _ if s.dest == Dest::Info && dest => s.dest = Dest::Skip,
            "footnote" if dest && s.dest == Dest::Text && !s.note => {
                self.count += 1;
                let n = self.count;
                self.para.push_str(&note_mark(n));
                self.saved = Some(std::mem::take(&mut self.para));
                self.notes.push_str("<div>");
                self.para = note_backlink(n);
                self.state.note = true;
            }
            "b" => s.bold = on,
            "i" => s.italic = on,
            "v" => s.hidden = on,
            "plain" => {
                s.font = None;
                s.bold = false;
                s.italic = false;
                s.hidden = false;
                s.size = 24;
            }
            "fs" => s.size = param.and_then(|p| u32::try_from(p).ok()).unwrap_or(24),
            "uc" => {
                s.uc = param
                    .and_then(|p| usize::try_from(p).ok())
                    .unwrap_or(1)
                    .min(8)
            }
            "pard" => {
                s.style = 0;
                s.centred = false;
                s.in_list = false;
            }
            "qc" => s.centred = true,
            "ql" | "qr" | "qj" => s.centred = false,
            "ls" | "pnlvlbody" | "pnlvlblt" => s.in_list = true,
            "par" | "sect" | "cell" => self.end_paragraph(),
            "line" => self.push_html("<br>"),
            "tab" => self.push_text(" "),
            "u" => {
                let code = param.unwrap_or(0);
                let unit = if code < 0 { code + 0x10000 } else { code } as u16;
                self.unicode(unit);
                self.skip_chars = self.state.uc;
            }
            _ => {
                if let Some(c) = symbol_word(word) {
                    self.push_text(c);
                }
            }
        }
    }

    /// A control symbol.
    fn symbol(&mut self, c: u8) {
        match c {
            b'\\' | b'{' | b'}' => self.pending.push(c),
            b'~' => self.push_text("\u{a0}"),
            b'_' => self.push_text("\u{2011}"),
            b'\r' | b'\n' => self.end_paragraph(),
            _ => {}
        }
    }

    /// One UTF-16 unit of a `\uN`.
    fn unicode(&mut self, unit: u16) {
        let text = match (self.high.take(), unit) {
            (_, 0xD800..=0xDBFF) => {
                self.high = Some(unit);
                return;
            }
            (Some(h), 0xDC00..=0xDFFF) => {
                char::decode_utf16([h, unit]).flatten().collect::<String>()
            }
            (_, u) => char::from_u32(u.into())
                .map(String::from)
                .unwrap_or_default(),
        };
        self.push_text(&text);
    }

    /// Decodes the bytes of text read since the last control word.
    fn flush_bytes(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let bytes = std::mem::take(&mut self.pending);
        let font = self.state.font.unwrap_or(self.default_font);
        let code_page = self.fonts.get(&font).copied().unwrap_or(self.code_page);
        let (text, _, _) = code_page.decode(&bytes);
        self.push_text(&text);
    }

    /// Text, escaped, in its emphasis, where the group's destination sends it.
    fn push_text(&mut self, t: &str) {
        let s = self.state;
        match s.dest {
            Dest::Title => return self.title.push_str(t),
            Dest::Author => return self.author.push_str(t),
            Dest::Marker => return self.marker.push_str(t),
            Dest::Styles => return self.sheet.1.push_str(t),
            Dest::Fonts => {
                let name = self.font_names.entry(self.font_entry).or_default();
                return name.push_str(t);
            }
            Dest::Text if !s.hidden => {}
            _ => return,
        }
        let (face_bold, face_italic) = self.face();
        let (bold, italic) = (s.bold || face_bold, s.italic || face_italic);
        if !t.trim().is_empty() {
            self.largest = self.largest.max(s.size);
            self.all_bold &= bold;
            self.all_italic &= italic;
        }
        self.plain.push_str(t);
        push_emphasised(&mut self.para, t, (italic, bold));
    }

    /// Whether the current font's face is bold, and whether italic, by its name.
    fn face(&self) -> (bool, bool) {
        let font = self.state.font.unwrap_or(self.default_font);
        let Some(name) = self.font_names.get(&font) else {
            return (false, false);
        };
        let name = name.to_ascii_lowercase();
        (
            name.contains("bold"),
            name.contains("italic") || name.contains("oblique"),
        )
    }

    /// Markup (a line break) in the paragraph, when the text goes there.
    fn push_html(&mut self, html: &str) {
        if self.state.dest == Dest::Text && !self.state.hidden {
            self.para.push_str(html);
        }
    }

    /// A footnote's group closed: its last paragraph ends, the page's comes back.
    fn end_note(&mut self) {
        let para = std::mem::take(&mut self.para);
        if para.contains(|c: char| !c.is_whitespace()) {
            self.notes.push_str(&format!("<p>{para}</p>"));
        }
        self.notes.push_str("</div>");
        self.para = self.saved.take().unwrap_or_default();
    }
}

#[cfg(test)]
mod tests;
