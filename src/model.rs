//! The document model: what the source stage produces and every renderer consumes.
//!
//! Input: nothing (plain data). Output: nothing. No I/O happens here and nothing here
//! knows about EPUB or PDF; a `Book` is the one boundary between understanding stories
//! and rendering them.

use serde::Serialize;

mod footnotes;
mod verse;
pub use footnotes::{Footnote, Footnotes};
pub(crate) use footnotes::{has_footnotes, unlinked_blocks};
pub use verse::{MAX_VERSE_INDENT, VerseLine, joined_lines, split_lines};

/// A whole anthology: its metadata and its chapters in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Book {
    /// Title page and package metadata.
    pub meta: Meta,
    /// The chapters in the order `book.toml` lists them.
    pub chapters: Vec<Chapter>,
    /// The cover made from the title page when none is given: made once, by whichever
    /// renderer asks first (`render::cover::of`), and shared by the others.
    pub generated_cover: std::sync::OnceLock<Option<Cover>>,
}

/// Book-level metadata, resolved from `book.toml` (defaults filled in).
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// The book's title (required in `book.toml`).
    pub title: String,
    /// An optional subtitle shown on the title page.
    pub subtitle: Option<String>,
    /// Editors or authors of the anthology, in order.
    pub authors: Vec<String>,
    /// BCP 47 language tag, e.g. `en` or `en-GB`.
    pub language: String,
    /// A stable identifier (`urn:uuid:…`); derived from the content when not given.
    pub identifier: String,
    /// Publication date as written in `book.toml` (`YYYY` or `YYYY-MM-DD`), if any.
    pub date: Option<String>,
    /// The moment used for `dcterms:modified` and PDF dates, as seconds since the Unix epoch.
    /// From `book.toml`'s date, else `SOURCE_DATE_EPOCH`, else the newest story file's
    /// modification time: never the clock, never 1970.
    pub modified_epoch: i64,
    /// Publisher name, if any.
    pub publisher: Option<String>,
    /// A blurb for the package metadata.
    pub description: Option<String>,
    /// Rights statement, shown on the copyright page.
    pub rights: Option<String>,
    /// Whether each chapter's opening shows its story information (`[book] story-info`).
    pub story_info: bool,
    /// The cover image, already read and checked.
    pub cover: Option<Cover>,
    /// `[labels]` overrides from `book.toml`, `(key, text)` in file order; the furniture
    /// stage resolves them against the language's own labels.
    pub labels: Vec<(String, String)>,
}

/// A cover image read from disk by the source stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Cover {
    /// File name used inside outputs, e.g. `cover.jpg`.
    pub file_name: String,
    /// `image/jpeg` or `image/png`.
    pub media_type: &'static str,
    /// Pixel width and height.
    pub width: u32,
    /// Pixel height.
    pub height: u32,
    /// The image bytes, unchanged.
    pub bytes: Vec<u8>,
}

/// The text encoding a story file was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a leading byte-order mark (removed).
    Utf8Bom,
    /// UTF-16 with its byte-order mark (removed), as Windows Notepad saves "Unicode":
    /// little-endian (`true`) or big-endian.
    Utf16 { little_endian: bool },
    /// Bytes that were not UTF-8, read as Windows-1252.
    Windows1252,
    /// Bytes that were not UTF-8 and not Windows-1252, read as the legacy encoding they
    /// look like (its WHATWG name, e.g. `windows-1251`); always with a warning.
    Legacy(&'static str),
}

impl Encoding {
    /// The name shown by `quire inspect`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Utf16 {
                little_endian: true,
            } => "utf-16le",
            Encoding::Utf16 {
                little_endian: false,
            } => "utf-16be",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Legacy(name) => name,
        }
    }
}

impl Serialize for Encoding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// The reader that understood a story file, chosen by its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reader {
    /// Plain text, with the story heuristics.
    Text,
    /// An HTML download from the Archive of Our Own.
    Ao3Html,
    /// An EPUB download from the Archive of Our Own.
    Ao3Epub,
    /// FanFicFare's HTML output.
    #[serde(rename = "fanficfare-html")]
    FanFicFareHtml,
    /// FanFicFare's EPUB output.
    #[serde(rename = "fanficfare-epub")]
    FanFicFareEpub,
    /// Any other HTML page.
    Html,
    /// Any other EPUB.
    Epub,
    /// A Word document (`.docx`), read as the page Word would save.
    Docx,
    /// An OpenDocument text (`.odt`, LibreOffice Writer), read as the page Word would save.
    Odt,
    /// A flat OpenDocument text (`.fodt`, LibreOffice's one-file XML), read as an `.odt`.
    FlatOdt,
    /// An RTF document (WordPad, TextEdit, Word), read as the page Word would save.
    Rtf,
    /// A web page in a zip (Google Docs' "Web page (.html, zipped)"), read as its page.
    ZippedHtml,
    /// An Evernote export (`.enex`): its note read as a page.
    Enex,
}

impl Reader {
    /// How `quire inspect` names the reader to people.
    pub fn describe(self) -> &'static str {
        match self {
            Reader::Text => "plain text",
            Reader::Ao3Html => "an AO3 HTML download",
            Reader::Ao3Epub => "an AO3 EPUB download",
            Reader::FanFicFareHtml => "FanFicFare HTML output",
            Reader::FanFicFareEpub => "FanFicFare EPUB output",
            Reader::Html => "an HTML page",
            Reader::Epub => "an EPUB",
            Reader::Docx => "a Word document",
            Reader::Odt => "an OpenDocument text (LibreOffice Writer)",
            Reader::FlatOdt => "a flat OpenDocument text (.fodt, LibreOffice Writer)",
            Reader::Rtf => "an RTF document",
            Reader::ZippedHtml => "a zipped web page (as Google Docs downloads one)",
            Reader::Enex => "an Evernote export (.enex)",
        }
    }
}

/// One story of the anthology.
#[derive(Debug, Clone, PartialEq)]
pub struct Chapter {
    /// The story file exactly as written in `book.toml`.
    pub file: String,
    /// The title used in headings and the contents.
    pub title: String,
    /// The title line found in the story file, if one was recognised (and removed from the body).
    pub title_in_text: Option<String>,
    /// The story's language (BCP 47) when it differs from the book's (`book.toml`'s
    /// `language` for the chapter, or the one its site header names); `None`: the book's.
    pub language: Option<String>,
    /// The story's authors, shown as a byline (joined by the book's language): the one
    /// `book.toml` or the file's header names as written, or each creator an archive
    /// download lists. Empty when none is known.
    pub authors: Vec<String>,
    /// How the file was decoded.
    pub encoding: Encoding,
    /// Which reader understood the file.
    pub reader: Reader,
    /// The author's note at the top, set apart before the story.
    pub preface: Vec<Block>,
    /// The preface's language (BCP 47) when it is not the story's: English notes over a
    /// Hebrew story. `None`: the story's.
    pub preface_language: Option<String>,
    /// The story itself.
    pub body: Vec<Block>,
    /// The closing author's note.
    pub afterword: Vec<Block>,
    /// The afterword's language when it is not the story's; `None`: the story's.
    pub afterword_language: Option<String>,
    /// What the story's header said about it (archive fields, summary); empty when none.
    pub meta: StoryMeta,
    /// Human-readable reasons for each decision the source stage made (for `quire inspect`).
    pub decisions: Vec<String>,
}

/// A story's own metadata, as a site header, an archive page or a download states it.
///
/// Every field is optional or empty by default; the source stage fills what it finds.
/// The summary is the author's words: readers put it at the head of the preface too, so
/// renderers show `summary` through the preface and use the rest as the story's info.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StoryMeta {
    /// The author named in the file ("by …", `Author:`).
    pub author: Option<String>,
    /// The story's summary, as blocks.
    pub summary: Vec<Block>,
    /// The rating ("Teen And Up Audiences", "PG-13").
    pub rating: Option<String>,
    /// Archive warnings and content warnings.
    pub warnings: Vec<String>,
    /// Fandoms (FanFicFare's "Category").
    pub fandoms: Vec<String>,
    /// Relationships or pairings.
    pub relationships: Vec<String>,
    /// Characters.
    pub characters: Vec<String>,
    /// Additional tags, genres and freeform tags.
    pub tags: Vec<String>,
    /// Where the story lives online.
    pub url: Option<String>,
    /// The word count as the header writes it ("4,210"); Quire does not count it.
    pub words: Option<String>,
    /// Series name and part, if stated.
    pub series: Option<String>,
    /// Completion status ("Completed", "In-Progress").
    pub status: Option<String>,
    /// Publication date as written.
    pub published: Option<String>,
    /// Last update date as written.
    pub updated: Option<String>,
    /// Chapter count as written ("3/3", "5/?").
    pub chapters: Option<String>,
    /// The site that published it ("archiveofourown.org").
    pub publisher: Option<String>,
    /// The language the header names.
    pub language: Option<String>,
    /// Site text the reader removed because the book makes its own or it means nothing
    /// in a book (field labels, a contents list, kudos counts, "End file."): the line it
    /// stood on and the text, so that `quire inspect` accounts for every word.
    pub dropped: Vec<Dropped>,
}

/// A piece of site boilerplate removed from a story file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dropped {
    /// 1-based line in the story file.
    pub line: usize,
    /// The text removed.
    pub text: String,
}

impl StoryMeta {
    /// Whether nothing at all was found.
    pub fn is_empty(&self) -> bool {
        *self == StoryMeta::default()
    }
}

/// A block-level element of a story.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A paragraph of running text.
    Paragraph(Vec<Inline>),
    /// A break between scenes, rendered as an ornament.
    SceneBreak,
    /// A heading inside a story ("Part One", "Thirty Years Later").
    Heading(String),
    /// An author's note at its place inside the story — a work's chapter summary or
    /// chapter notes — set apart and smaller; its blocks are paragraphs.
    Note(Vec<Block>),
    /// A stanza of verse: lines as the poet typed them, each with its indent. A poem is
    /// its stanzas in a row (a poem's title before them is a [`Block::Heading`]);
    /// renderers set the stanzas flush, a blank line apart, and a line too long for
    /// the measure turns over indented further. Only a reader with evidence of verse
    /// (indented typed lines, a run of short typed-line stanzas, a poem marked up as
    /// one) makes stanzas; other typed line breaks (a letter's closing, an e-mail's
    /// header, a chat log) stay [`Inline::LineBreak`]s in a paragraph.
    Stanza(Vec<VerseLine>),
    /// A list the author made (an inventory, rules, a to-do list): bullets or numbers
    /// the renderers hang left of the items. Only a reader with evidence of one (list
    /// markup, or two or more typed lines each opened by the same list mark) makes it.
    List(List),
    /// A passage quoted inside the story (a letter, an epigraph, an inscription): its
    /// blocks, set apart and indented on both sides. Never an author's note: those are
    /// [`Block::Note`]s or the chapter's preface and afterword.
    Quote(Vec<Block>),
    /// The story's footnotes at the place the author listed them (a `Footnotes:` line
    /// over `[1] …` lines): each linked from its [`Inline::NoteRef`] in the text. Only
    /// a reader with evidence (every marker matched by exactly one note, in order) makes
    /// them; the words stay the author's, once and in order.
    Footnotes(Footnotes),
}

/// A list: its kind, first number and items in order.
#[derive(Debug, Clone, PartialEq)]
pub struct List {
    /// Numbered (`1.`, `2.` …) rather than bulleted.
    pub ordered: bool,
    /// The first item's number (1 unless the author started elsewhere); unused when
    /// not `ordered`.
    pub start: u32,
    /// Counted in lowercase letters (`a.`, `b.`: a sub-list as the author typed it, or
    /// an HTML `<ol type="a">`) rather than numbers; unused when not `ordered`.
    pub letters: bool,
    /// The items, each its blocks (usually one paragraph; a nested list is a block of
    /// its item).
    pub items: Vec<Vec<Block>>,
}

impl List {
    /// The number item `k` (from 0) shows as text (`"3."`, `"c."`), `None` for a bullet: the
    /// number is the author's (typed in a text file, or what a browser shows for an
    /// ordered list), so it is a word of the story in both outputs; a bullet is not.
    pub fn number(&self, k: usize) -> Option<String> {
        let n = u64::from(self.start) + k as u64;
        self.ordered.then(|| match u8::try_from(n) {
            Ok(n @ 1..=26) if self.letters => format!("{}.", char::from(b'a' + n - 1)),
            _ => format!("{n}."),
        })
    }
}

/// An inline run of text.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Plain text, typography already applied.
    Text(String),
    /// Emphasised text (italic), possibly nested.
    Emphasis(Vec<Inline>),
    /// A forced line break inside a paragraph (verse, a letter's closing, a chat log):
    /// the text after it starts a new line, and the line before it is not justified.
    LineBreak,
    /// Strong text (bold), from `**x**` or `__x__`, possibly nested.
    Strong(Vec<Inline>),
    /// A footnote marker in the text (`[1]`), linked to the [`Footnote`] with its `id`.
    NoteRef {
        /// The marker as typed.
        marker: String,
        /// The note's number in its chapter.
        id: u32,
    },
}

impl Inline {
    /// Appends the plain text of this inline (without markup) to `out`; a line break is `\n`.
    pub fn push_plain(&self, out: &mut String) {
        match self {
            Inline::Text(t) => out.push_str(t),
            Inline::Emphasis(children) | Inline::Strong(children) => {
                children.iter().for_each(|c| c.push_plain(out))
            }
            Inline::LineBreak => out.push('\n'),
            Inline::NoteRef { marker, .. } => out.push_str(marker),
        }
    }
}

/// Whether a paragraph is a run of typed lines, three or more (a chat or message log, a
/// list of findings typed one a line): such a paragraph opens flush, as a block of lines
/// is set, rather than with a paragraph's indent on its first line only.
pub fn is_typed_lines(inlines: &[Inline]) -> bool {
    inlines
        .iter()
        .filter(|i| matches!(i, Inline::LineBreak))
        .count()
        >= 2
}

/// The plain text of a run of inlines.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    inlines.iter().for_each(|i| i.push_plain(&mut out));
    out
}

impl Block {
    /// Whether the block is a paragraph with no text (a word processor's `&nbsp;`
    /// spacer).
    pub(crate) fn is_blank(&self) -> bool {
        matches!(self, Block::Paragraph(inl) if plain_text(inl).trim().is_empty())
    }

    /// The plain text of the block (empty for a scene break).
    pub fn plain(&self) -> String {
        match self {
            Block::Paragraph(inl) => plain_text(inl),
            Block::Stanza(lines) => plain_text(&joined_lines(lines)),
            Block::SceneBreak => String::new(),
            Block::Heading(t) => t.clone(),
            Block::Note(blocks) | Block::Quote(blocks) => blocks
                .iter()
                .map(Block::plain)
                .collect::<Vec<_>>()
                .join("\n"),
            Block::List(list) => list
                .items
                .iter()
                .enumerate()
                .map(|(k, item)| {
                    let text = item.iter().map(Block::plain).collect::<Vec<_>>().join("\n");
                    match list.number(k) {
                        Some(n) => format!("{n} {text}"),
                        None => text,
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Footnotes(f) => plain_text(&f.as_lines()),
        }
    }
}

impl Chapter {
    /// Every block of the chapter in reading order: preface, body, afterword.
    pub fn all_blocks(&self) -> impl Iterator<Item = &Block> {
        self.preface
            .iter()
            .chain(self.body.iter())
            .chain(self.afterword.iter())
    }
}
