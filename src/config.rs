//! The `book.toml` stage: text → [`BookConfig`] → resolved [`Settings`].
//!
//! Input: the text of `book.toml`. Output: the typed configuration, or every problem
//! found in it (syntax errors, unknown keys with a "did you mean", wrong types, missing
//! required keys, empty or control-character metadata), each naming the line the
//! parser's spans give. No story is read here.
//!
//! A new key is a new field in one of the structs below: unknown keys are found by
//! `serde_ignored` and hints read the field names from the serde derive, so there is no
//! list of keys to keep in step. A new table also needs its line in `known_keys` (in
//! `parse.rs`).
//!
//! This module holds the model of `book.toml`; [`parse`] reads it (in `parse.rs`),
//! `labels.rs` holds the `[labels]` table, and the other modules resolve and check the
//! `[pdf]`, `[print]` and `[imposition]` tables.

mod check;
mod labels;
mod parse;
mod pdf;
mod print;
mod spans;
mod standards;

pub use labels::LabelsConfig;
pub use parse::{parse, suggest};
pub use pdf::{PdfSettings, parse_length, resolve_pdf, trim_size};
pub use print::{
    Imposition, ImpositionConfig, Layout, Paper, Pod, PrintConfig, PrintSettings, grid,
    resolve_print, sheet_size,
};
use serde::Deserialize;
pub use spans::Spans;
pub use standards::Standards;

/// The whole of `book.toml` as the user wrote it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct BookConfig {
    /// `[book]`: metadata (its absence is reported by [`parse`], with the line).
    #[serde(default)]
    pub book: BookSection,
    /// `[[chapters]]`: the stories in reading order.
    #[serde(default)]
    pub chapters: Vec<ChapterConfig>,
    /// `[pdf]`: page size and typesetting.
    #[serde(default)]
    pub pdf: PdfConfig,
    /// `[labels]`: the book's own words for any piece of furniture.
    #[serde(default)]
    pub labels: LabelsConfig,
    /// `[epub]`: EPUB-only settings.
    #[serde(default)]
    pub epub: EpubConfig,
    /// `[fonts]`: installed faces for characters the bundled ones lack.
    #[serde(default)]
    pub fonts: FontsConfig,
    /// `[print]`: bleed, paper and print-on-demand service.
    pub print: Option<PrintConfig>,
    /// `[imposition]`: pages on sheets in signatures, for binding by hand.
    pub imposition: Option<ImpositionConfig>,
    /// The line of every key, from the parser (empty when not made by [`parse`]).
    #[serde(skip)]
    pub spans: Spans,
}

/// `[book]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct BookSection {
    /// The book's title (required: [`parse`] reports it missing, with the line).
    #[serde(default)]
    pub title: String,
    /// A subtitle for the title page.
    pub subtitle: Option<String>,
    /// Editors or authors of the anthology.
    #[serde(default)]
    pub authors: Vec<String>,
    /// BCP 47 language tag (default `en`).
    pub language: Option<String>,
    /// A stable identifier (URN, ISBN, URL); derived from the content when absent.
    pub identifier: Option<String>,
    /// Publication date: `2024`, `2024-05-01` or a TOML date.
    pub date: Option<toml::Value>,
    /// Publisher name.
    pub publisher: Option<String>,
    /// A blurb.
    pub description: Option<String>,
    /// A rights statement.
    pub rights: Option<String>,
    /// Path of a JPEG or PNG cover image, relative to `book.toml`.
    pub cover: Option<String>,
    /// Show each story's header information (rating, fandoms, tags…) on its opening
    /// page (default `true`).
    pub story_info: Option<bool>,
}

/// One `[[chapters]]` entry.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct ChapterConfig {
    /// The story file, relative to `book.toml` (required: [`parse`] reports it missing).
    #[serde(default)]
    pub file: String,
    /// The chapter title (else the title found in the text).
    pub title: Option<String>,
    /// The story's author, shown as a byline.
    pub author: Option<String>,
    /// How many leading paragraphs form the author's note (overrides detection).
    pub preface: Option<usize>,
    /// How many trailing paragraphs form the closing note (overrides detection).
    pub afterword: Option<usize>,
    /// Set to `false` when the story has no title line to find.
    pub title_in_text: Option<bool>,
    /// Set to `false` to read the file as plain story text, with no site header.
    pub header: Option<bool>,
    /// The story's language (BCP 47) when it is not the book's: its quotes, its
    /// hyphenation in the PDF and the language its text is marked with. Default: the
    /// language its site header names (`Language: Deutsch`), else the book's.
    pub language: Option<String>,
}

/// `[pdf]`: how the PDF is set.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct PdfConfig {
    /// `screen` (default) or `print`.
    pub profile: Option<Profile>,
    /// `a5` (default), `a4`, `letter`, `5x8in`, `5.5x8.5in`, `6x9in` or `custom`.
    pub trim: Option<String>,
    /// Page width for `trim = "custom"`, e.g. `"140mm"`, `"5.25in"`, `"380pt"`.
    pub width: Option<String>,
    /// Page height for `trim = "custom"`.
    pub height: Option<String>,
    /// Body text size in points (default 11).
    pub font_size: Option<f32>,
    /// Distance between baselines in points (default 1.3 × font size).
    pub leading: Option<f32>,
    /// Standards the PDF declares and keeps to: `ua-1`, `a-2b`, `a-2u`, `a-2a`, `a-3b`,
    /// `a-3u`, `a-3a` (default none; the PDF is tagged either way).
    pub standards: Option<Vec<String>>,
}

/// `[epub]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct EpubConfig {
    /// Embed subsets of the book's typefaces (default `true`); `false` leaves the face
    /// to the reader.
    pub embed_fonts: Option<bool>,
    /// Carry the PDF edition's page breaks and a page list (default `true`); `false`
    /// leaves them out, and an EPUB-only build then lays out no PDF.
    pub page_list: Option<bool>,
}

/// `[fonts]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct FontsConfig {
    /// Installed font families to set characters in that Charis SIL and Noto Serif lack
    /// (CJK, emoji, other scripts), tried in order before Quire's own choice; e.g.
    /// `["Noto Serif CJK JP", "Symbola"]`. PDF only: an EPUB leaves them to the reader.
    pub fallback: Option<Vec<String>>,
    /// What a character no font can show does: `"error"` (the default) stops the build
    /// with the character, the chapter and the line; `"box"` prints the empty box (the
    /// text copied from the PDF is still right) and warns.
    pub missing: Option<MissingGlyphs>,
}

/// `[fonts] missing`: what a character no font can show does to the build.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MissingGlyphs {
    /// An error: no outputs are written until a font is installed or named.
    #[default]
    Error,
    /// A warning; the PDF prints an empty box there.
    Box,
}

/// Resolved `[epub]` settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EpubSettings {
    /// Embed subsets of the book's typefaces.
    pub embed_fonts: bool,
    /// Mark the PDF edition's page breaks and list its pages.
    pub page_list: bool,
}

impl Default for EpubSettings {
    fn default() -> Self {
        EpubSettings {
            embed_fonts: true,
            page_list: true,
        }
    }
}

impl EpubConfig {
    /// The settings with every default filled in.
    pub fn resolve(&self) -> EpubSettings {
        EpubSettings {
            embed_fonts: self.embed_fonts.unwrap_or(true),
            page_list: self.page_list.unwrap_or(true),
        }
    }
}

/// The PDF's purpose.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    /// Reading on a screen: symmetric margins, links, no blank pages.
    #[default]
    Screen,
    /// Sending to a printer: mirrored margins with a gutter, chapters on recto pages.
    Print,
}
