//! The `book.toml` stage: text → [`BookConfig`] → resolved [`Settings`].
//!
//! Input: the text of `book.toml`. Output: the typed configuration, or every problem
//! found in it (syntax errors, unknown keys with a "did you mean", wrong types, missing
//! required keys, empty or control-character metadata), each naming the line the
//! parser's spans give. No story is read here.
//!
//! A new key is a new field in one of the structs below: unknown keys are found by
//! `serde_ignored` and hints read the field names from the serde derive, so there is no
//! list of keys to keep in step. A new table also needs its line in [`known_keys`].

mod check;
mod pdf;
mod print;
mod spans;
mod standards;

pub use pdf::{PdfSettings, parse_length, resolve_pdf, trim_size};
pub use print::{
    Imposition, ImpositionConfig, Layout, Paper, Pod, PrintConfig, PrintSettings, grid,
    resolve_print, sheet_size,
};
pub use spans::Spans;
pub use standards::Standards;

use crate::diag::Diagnostic;
use serde::Deserialize;
use toml::de::{DeTable, DeValue};

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

/// `[labels]`: the book's own words for the furniture of `crate::furniture` (one field per
/// key of [`crate::furniture::LABEL_KEYS`]; `{author}`, `{title}`, `{publisher}`, `{year}`
/// and `{identifier}` are filled in).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct LabelsConfig {
    /// Heading over a story's opening note.
    pub note_before: Option<String>,
    /// Heading over a story's closing note.
    pub note_after: Option<String>,
    /// The contents heading.
    pub contents: Option<String>,
    /// The title page's name in navigation.
    pub title_page: Option<String>,
    /// The copyright page's name in navigation.
    pub copyright_page: Option<String>,
    /// The cover's name in navigation.
    pub cover: Option<String>,
    /// A byline, `by {author}`.
    pub by: Option<String>,
    /// The word joining the last two names of a list.
    pub and: Option<String>,
    /// The cover's text alternative, `Cover of {title}`.
    pub cover_alt: Option<String>,
    /// `Published by {publisher}`.
    pub published_by: Option<String>,
    /// `First published {year}`.
    pub first_published: Option<String>,
    /// `Identifier: {identifier}`.
    pub identifier: Option<String>,
    /// The copyright page's line about the typefaces.
    pub fonts: Option<String>,
    /// The copyright page's last line.
    pub made_with: Option<String>,
    /// Spoken name of the scene-break ornament.
    pub scene_break: Option<String>,
    /// Name of the landmarks navigation.
    pub landmarks: Option<String>,
    /// The package's accessibility summary.
    pub accessibility: Option<String>,
    /// Story information: the `rating` row label.
    pub rating: Option<String>,
    /// Story information: the `warnings` row label.
    pub warnings: Option<String>,
    /// Story information: the `fandom` row label.
    pub fandom: Option<String>,
    /// Story information: the `relationships` row label.
    pub relationships: Option<String>,
    /// Story information: the `characters` row label.
    pub characters: Option<String>,
    /// Story information: the `tags` row label.
    pub tags: Option<String>,
    /// Story information: the `series` row label.
    pub series: Option<String>,
    /// Story information: the `words` row label.
    pub words: Option<String>,
    /// Story information: the `chapters` row label.
    pub chapters: Option<String>,
    /// Story information: the `status` row label.
    pub status: Option<String>,
    /// Story information: the `published` row label.
    pub published: Option<String>,
    /// Story information: the `updated` row label.
    pub updated: Option<String>,
}

impl LabelsConfig {
    /// The overrides given, as `(key, text)` in [`crate::furniture::LABEL_KEYS`] order.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let values = [
            &self.note_before,
            &self.note_after,
            &self.contents,
            &self.title_page,
            &self.copyright_page,
            &self.cover,
            &self.by,
            &self.and,
            &self.cover_alt,
            &self.published_by,
            &self.first_published,
            &self.identifier,
            &self.fonts,
            &self.made_with,
            &self.scene_break,
            &self.landmarks,
            &self.accessibility,
            &self.rating,
            &self.warnings,
            &self.fandom,
            &self.relationships,
            &self.characters,
            &self.tags,
            &self.series,
            &self.words,
            &self.chapters,
            &self.status,
            &self.published,
            &self.updated,
        ];
        crate::furniture::LABEL_KEYS
            .iter()
            .zip(values)
            .filter_map(|(k, v)| Some((k.to_string(), v.clone()?)))
            .collect()
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

/// The keys a table accepts, read from its struct's serde derive (so a new field is
/// known here at once), for "did you mean" hints. `section` is a dotted table path
/// without array indexes: `""`, `book`, `chapters`, `pdf`.
fn known_keys(section: &str) -> &'static [&'static str] {
    use serde_aux::serde_introspection::serde_introspect as fields;
    match section {
        "" => fields::<BookConfig>(),
        "book" => fields::<BookSection>(),
        "chapters" => fields::<ChapterConfig>(),
        "pdf" => fields::<PdfConfig>(),
        "labels" => fields::<LabelsConfig>(),
        "epub" => fields::<EpubConfig>(),
        "fonts" => fields::<FontsConfig>(),
        "print" => fields::<PrintConfig>(),
        "imposition" => fields::<ImpositionConfig>(),
        _ => &[],
    }
}

/// Parses `book.toml` text. `file` is the name used in diagnostics.
///
/// Every problem is reported at once, each at its line: syntax, unknown keys (with a
/// "did you mean"), missing required keys, wrong types, empty or control-character
/// metadata. `[pdf]` numbers are checked by [`resolve_pdf`].
pub fn parse(text: &str, file: &str) -> Result<BookConfig, Vec<Diagnostic>> {
    let starts = spans::LineStarts::new(text);
    let table = DeTable::parse(text).map_err(|e| vec![toml_error(&e, &starts, file)])?;
    let spans = Spans::new(table.get_ref(), text);
    let mut ignored: Vec<Vec<String>> = Vec::new();
    let result: Result<BookConfig, _> =
        serde_ignored::deserialize(toml::de::Deserializer::from(table.clone()), |path| {
            ignored.push(segments(&path))
        });
    let mut diags: Vec<Diagnostic> = ignored
        .iter()
        .map(|path| unknown_key(path, &spans, file))
        .collect();
    check_required(table.get_ref(), &spans, file, &mut diags);
    match result {
        Ok(mut cfg) => {
            cfg.spans = spans;
            diags.extend(check::check_strings(&cfg, file));
            if diags.is_empty() {
                return Ok(cfg);
            }
        }
        Err(e) => diags.push(toml_error(&e, &starts, file)),
    }
    // In file order; the ones with no line (a missing table) first.
    diags.sort_by_key(|d| d.line.unwrap_or(0));
    Err(diags)
}

/// A path from `serde_ignored` as keys and array indexes, outermost first.
fn segments(path: &serde_ignored::Path<'_>) -> Vec<String> {
    use serde_ignored::Path;
    let mut out = Vec::new();
    let mut p = path;
    loop {
        p = match p {
            Path::Root => break,
            Path::Seq { parent, index } => {
                out.push(index.to_string());
                parent
            }
            Path::Map { parent, key } => {
                out.push(key.clone());
                parent
            }
            Path::Some { parent }
            | Path::NewtypeStruct { parent }
            | Path::NewtypeVariant { parent } => parent,
        };
    }
    out.reverse();
    out
}

/// The diagnostic for a key no struct field takes.
fn unknown_key(path: &[String], spans: &Spans, file: &str) -> Diagnostic {
    let (name, parents) = path
        .split_last()
        .map_or(("", &[][..]), |(n, p)| (n.as_str(), p));
    let tables: Vec<&str> = parents
        .iter()
        .filter(|s| s.parse::<usize>().is_err())
        .map(String::as_str)
        .collect();
    let section = tables.join(".");
    let place = match (section.is_empty(), parents.len() > tables.len()) {
        (true, _) => String::new(),
        (false, true) => format!(" in [[{section}]]"),
        (false, false) => format!(" in [{section}]"),
    };
    let known = known_keys(&section);
    let d = Diagnostic::error(
        Some(file.to_string()),
        format!("unknown key `{name}`{place}"),
    )
    .at(spans.line(&path.join(".")), None);
    match suggest(name, known) {
        Some(s) => d.hint(format!("did you mean `{s}`?")),
        None if known.is_empty() => d.hint("see README.md for the book.toml format"),
        None => d.hint(format!("expected one of: {}", known.join(", "))),
    }
}

/// Reports every missing required key at once, each at the line of its table.
fn check_required(top: &DeTable<'_>, spans: &Spans, file: &str, diags: &mut Vec<Diagnostic>) {
    let err = |msg: String, line: Option<usize>, hint: &str| {
        Diagnostic::error(Some(file.to_string()), msg)
            .at(line, None)
            .hint(hint.to_string())
    };
    match top.get("book").map(|v| v.get_ref()) {
        None if misspelt(top, "book", "") => {}
        None => diags.push(err(
            "missing table [book]".into(),
            None,
            "add a [book] table with `title = \"…\"`",
        )),
        Some(DeValue::Table(t)) if !t.contains_key("title") && !misspelt(t, "title", "book") => {
            diags.push(err(
                "missing key `title` in [book]".into(),
                spans.line("book"),
                "add `title = \"…\"` to [book]",
            ))
        }
        Some(_) => {}
    }
    if let Some(DeValue::Array(items)) = top.get("chapters").map(|v| v.get_ref()) {
        for (i, item) in items.iter().enumerate() {
            if let DeValue::Table(t) = item.get_ref()
                && !t.contains_key("file")
                && !misspelt(t, "file", "chapters")
            {
                diags.push(err(
                    format!("missing key `file` in [[chapters]] (chapter {})", i + 1),
                    spans.chapter(i, None),
                    "give each chapter its story file, e.g. `file = \"story.txt\"`",
                ));
            }
        }
    }
}

/// Whether `table` has an unknown key that is a misspelling of `key` (already reported,
/// with its "did you mean"; saying the key is missing too would be noise).
fn misspelt(table: &DeTable<'_>, key: &str, section: &str) -> bool {
    let known = known_keys(section);
    table.keys().any(|k| {
        let name = k.get_ref().as_ref();
        !known.contains(&name) && suggest(name, known) == Some(key)
    })
}

/// The closest known key to a misspelt one, if it is close enough to be a typo.
pub fn suggest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    let name = name.to_lowercase().replace('_', "-");
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&name, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn toml_error(e: &toml::de::Error, starts: &spans::LineStarts, file: &str) -> Diagnostic {
    let line = e.span().map(|s| starts.line(s.start));
    // The library's message is several lines with a source excerpt; keep its first sentence.
    let msg = e.message().lines().next().unwrap_or("invalid TOML").trim();
    let msg = msg.strip_suffix('.').unwrap_or(msg);
    Diagnostic::error(Some(file.to_string()), lowercase_first(&toml_words(msg)))
        .at(line, None)
        .hint("see README.md for the book.toml format")
}

/// A serde message in the words of TOML: `expected struct BookSection` is a table to
/// the user, `expected a sequence` an array.
fn toml_words(msg: &str) -> String {
    let msg = msg.replace("expected a sequence", "expected an array");
    match msg.find("expected struct ") {
        Some(i) => {
            let rest = &msg[i + "expected struct ".len()..];
            let end = rest
                .find(|c: char| !c.is_alphanumeric() && c != '_')
                .unwrap_or(rest.len());
            format!("{}expected a table{}", &msg[..i], &rest[end..])
        }
        None => msg,
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_table_keys_are_the_furniture_keys() {
        use serde_aux::serde_introspection::serde_introspect;
        assert_eq!(
            serde_introspect::<LabelsConfig>(),
            crate::furniture::LABEL_KEYS
        );
        let cfg = parse(
            "[book]\ntitle = \"T\"\n[[chapters]]\nfile = \"a\"\n[labels]\nnote-after = \"Afterword\"\ncontnets = \"x\"\n",
            "book.toml",
        );
        let diags = cfg.unwrap_err();
        assert!(diags[0].to_string().contains("contents"), "{}", diags[0]);
    }

    #[test]
    fn unknown_keys_are_all_reported_with_lines_and_suggestions() {
        let text = "[book]\ntitel = \"x\"\n\n[[chapters]]\nfile = \"a.txt\"\nauthr = \"b\"\n";
        let diags = parse(text, "book.toml").unwrap_err();
        let lines: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            lines,
            vec![
                "error: book.toml:2: unknown key `titel` in [book] (hint: did you mean `title`?)",
                "error: book.toml:6: unknown key `authr` in [[chapters]] (hint: did you mean `author`?)",
            ]
        );
    }

    #[test]
    fn syntax_error_names_the_line() {
        let diags = parse("[book]\ntitle = = \"x\"\n", "book.toml").unwrap_err();
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].line, Some(2), "{}", diags[0]);
    }

    #[test]
    fn missing_title_is_reported() {
        let diags = parse("[book]\nauthors = []\n", "book.toml").unwrap_err();
        assert!(diags[0].message.contains("title"), "{}", diags[0]);
    }

    #[test]
    fn lengths_and_trims() {
        assert_eq!(parse_length("72pt"), Some(72.0));
        assert_eq!(parse_length("1in"), Some(72.0));
        assert!((parse_length("25.4mm").unwrap() - 72.0).abs() < 1e-3);
        assert_eq!(parse_length("5 furlongs"), None);
        assert_eq!(parse_length("1e3pt"), Some(1000.0));
        assert_eq!(parse_length("1e39in"), None);
        assert_eq!(parse_length("-3in"), None);
        assert_eq!(parse_length("pt"), None);
        assert_eq!(parse_length("ü"), None);
        assert_eq!(trim_size("6x9in"), Some((432.0, 648.0)));
        let cfg = PdfConfig {
            trim: Some("b5".into()),
            ..Default::default()
        };
        assert!(resolve_pdf(&cfg, &Spans::default(), "book.toml").is_err());
    }
}
