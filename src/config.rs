//! The `book.toml` stage: text → [`BookConfig`] → resolved [`Settings`].
//!
//! Input: the bytes of `book.toml`. Output: the typed configuration, or every problem
//! found in it (syntax errors, unknown keys with a "did you mean", wrong types, missing
//! required keys), each naming the line. No story is read here.

use crate::diag::Diagnostic;
use serde::Deserialize;
use toml::de::{DeTable, DeValue};

/// The whole of `book.toml` as the user wrote it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct BookConfig {
    /// `[book]`: metadata.
    pub book: BookSection,
    /// `[[chapters]]`: the stories in reading order.
    #[serde(default)]
    pub chapters: Vec<ChapterConfig>,
    /// `[pdf]`: page size and typesetting.
    #[serde(default)]
    pub pdf: PdfConfig,
}

/// `[book]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct BookSection {
    /// The book's title.
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
}

/// One `[[chapters]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ChapterConfig {
    /// The story file, relative to `book.toml`.
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
}

/// `[pdf]`: how the PDF is set.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
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

/// Resolved PDF settings: every default filled in, every size in points.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfSettings {
    /// Screen or print.
    pub profile: Profile,
    /// Page width in points.
    pub page_width: f32,
    /// Page height in points.
    pub page_height: f32,
    /// Body text size in points.
    pub font_size: f32,
    /// Baseline-to-baseline distance in points.
    pub leading: f32,
}

impl Default for PdfSettings {
    fn default() -> Self {
        let (page_width, page_height) = trim_size("a5").unwrap_or((419.53, 595.28));
        PdfSettings {
            profile: Profile::Screen,
            page_width,
            page_height,
            font_size: 11.0,
            leading: 14.3,
        }
    }
}

/// The keys each table accepts, for unknown-key reports with suggestions.
const TOP_KEYS: &[&str] = &["book", "chapters", "pdf"];
const BOOK_KEYS: &[&str] = &[
    "title",
    "subtitle",
    "authors",
    "language",
    "identifier",
    "date",
    "publisher",
    "description",
    "rights",
    "cover",
];
const CHAPTER_KEYS: &[&str] = &[
    "file",
    "title",
    "author",
    "preface",
    "afterword",
    "title-in-text",
];
const PDF_KEYS: &[&str] = &["profile", "trim", "width", "height", "font-size", "leading"];

/// Parses `book.toml` text. `file` is the name used in diagnostics.
pub fn parse(text: &str, file: &str) -> Result<BookConfig, Vec<Diagnostic>> {
    let table = DeTable::parse(text).map_err(|e| vec![toml_error(&e, text, file)])?;
    let mut diags = Vec::new();
    check_keys(table.get_ref(), TOP_KEYS, "", text, file, &mut diags);
    for (key, value) in table.get_ref().iter() {
        let (keys, name): (&[&str], &str) = match key.get_ref().as_ref() {
            "book" => (BOOK_KEYS, "[book]"),
            "pdf" => (PDF_KEYS, "[pdf]"),
            "chapters" => (CHAPTER_KEYS, "[[chapters]]"),
            _ => continue,
        };
        match value.get_ref() {
            DeValue::Table(t) => check_keys(t, keys, name, text, file, &mut diags),
            DeValue::Array(items) => {
                for item in items.iter() {
                    if let DeValue::Table(t) = item.get_ref() {
                        check_keys(t, keys, name, text, file, &mut diags);
                    }
                }
            }
            _ => {}
        }
    }
    check_required(table.get_ref(), text, file, &mut diags);
    if !diags.is_empty() {
        return Err(diags);
    }
    toml::from_str::<BookConfig>(text).map_err(|e| vec![toml_error(&e, text, file)])
}

fn check_keys(
    table: &DeTable<'_>,
    known: &[&str],
    section: &str,
    text: &str,
    file: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for key in table.keys() {
        let name = key.get_ref().as_ref();
        if known.contains(&name) {
            continue;
        }
        let place = if section.is_empty() {
            String::new()
        } else {
            format!(" in {section}")
        };
        let mut d = Diagnostic::error(
            Some(file.to_string()),
            format!("unknown key `{name}`{place}"),
        )
        .at(Some(line_of(text, key.span().start)), None);
        d = match suggest(name, known) {
            Some(s) => d.hint(format!("did you mean `{s}`?")),
            None => d.hint(format!("expected one of: {}", known.join(", "))),
        };
        diags.push(d);
    }
}

/// Reports every missing required key at once (serde stops at the first).
fn check_required(top: &DeTable<'_>, text: &str, file: &str, diags: &mut Vec<Diagnostic>) {
    let err = |msg: String, offset: Option<usize>, hint: &str| {
        Diagnostic::error(Some(file.to_string()), msg)
            .at(offset.map(|o| line_of(text, o)), None)
            .hint(hint.to_string())
    };
    match top.get_key_value("book") {
        None => diags.push(err(
            "missing table [book]".into(),
            None,
            "add a [book] table with `title = \"…\"`",
        )),
        Some((key, value)) => {
            if let DeValue::Table(t) = value.get_ref()
                && !t.contains_key("title")
                && !misspelt(t, "title", BOOK_KEYS)
            {
                diags.push(err(
                    "missing key `title` in [book]".into(),
                    Some(key.span().start),
                    "add `title = \"…\"` to [book]",
                ));
            }
        }
    }
    if let Some(chapters) = top.get("chapters")
        && let DeValue::Array(items) = chapters.get_ref()
    {
        for (i, item) in items.iter().enumerate() {
            if let DeValue::Table(t) = item.get_ref()
                && !t.contains_key("file")
                && !misspelt(t, "file", CHAPTER_KEYS)
            {
                diags.push(err(
                    format!("missing key `file` in [[chapters]] (chapter {})", i + 1),
                    Some(item.span().start),
                    "give each chapter its story file, e.g. `file = \"story.txt\"`",
                ));
            }
        }
    }
}

/// Whether `table` has an unknown key that is a misspelling of `key` (already reported,
/// with its "did you mean"; saying the key is missing too would be noise).
fn misspelt(table: &DeTable<'_>, key: &str, known: &[&str]) -> bool {
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

fn toml_error(e: &toml::de::Error, text: &str, file: &str) -> Diagnostic {
    let line = e.span().map(|s| line_of(text, s.start));
    // The library's message is several lines with a source excerpt; keep its first sentence.
    let msg = e.message().lines().next().unwrap_or("invalid TOML").trim();
    let msg = msg.strip_suffix('.').unwrap_or(msg);
    let hint = if msg.starts_with("missing field") {
        "add the key; see README.md for the book.toml format"
    } else {
        "see README.md for the book.toml format"
    };
    Diagnostic::error(Some(file.to_string()), lowercase_first(msg))
        .at(line, None)
        .hint(hint)
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// The 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Page size in points for a named trim.
pub fn trim_size(name: &str) -> Option<(f32, f32)> {
    const IN: f32 = 72.0;
    const MM: f32 = 72.0 / 25.4;
    Some(match name.to_ascii_lowercase().as_str() {
        "a5" => (148.0 * MM, 210.0 * MM),
        "a4" => (210.0 * MM, 297.0 * MM),
        "letter" => (8.5 * IN, 11.0 * IN),
        "5x8in" => (5.0 * IN, 8.0 * IN),
        "5.5x8.5in" => (5.5 * IN, 8.5 * IN),
        "6x9in" => (6.0 * IN, 9.0 * IN),
        _ => return None,
    })
}

/// A length such as `140mm`, `5.5in`, `12cm` or `396pt`, in points.
pub fn parse_length(s: &str) -> Option<f32> {
    let s = s.trim();
    let split = s.find(|c: char| c.is_ascii_alphabetic())?;
    let (num, unit) = s.split_at(split);
    let n: f32 = num.trim().parse().ok()?;
    let factor = match unit {
        "pt" => 1.0,
        "in" => 72.0,
        "mm" => 72.0 / 25.4,
        "cm" => 72.0 / 2.54,
        _ => return None,
    };
    (n > 0.0 && n.is_finite()).then_some(n * factor)
}

/// Resolves `[pdf]` into [`PdfSettings`], reporting bad values against `file`.
pub fn resolve_pdf(cfg: &PdfConfig, file: &str) -> Result<PdfSettings, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut s = PdfSettings::default();
    let err = |m: String, h: &str| Diagnostic::error(Some(file.to_string()), m).hint(h.to_string());
    if let Some(p) = cfg.profile {
        s.profile = p;
    }
    let trim = cfg.trim.as_deref().unwrap_or("a5");
    if trim.eq_ignore_ascii_case("custom") {
        match (
            cfg.width.as_deref().map(parse_length),
            cfg.height.as_deref().map(parse_length),
        ) {
            (Some(Some(w)), Some(Some(h))) => (s.page_width, s.page_height) = (w, h),
            _ => diags.push(err(
                "`[pdf] trim = \"custom\"` needs `width` and `height`".into(),
                "write them with a unit, e.g. width = \"140mm\", height = \"216mm\"",
            )),
        }
    } else if let Some((w, h)) = trim_size(trim) {
        (s.page_width, s.page_height) = (w, h);
    } else {
        diags.push(err(
            format!("unknown `[pdf] trim` value `{trim}`"),
            "use a5, a4, letter, 5x8in, 5.5x8.5in, 6x9in or custom",
        ));
    }
    if s.page_width < 144.0 || s.page_height < 216.0 {
        diags.push(err(
            "`[pdf]` page is too small to set a book (under 2 × 3 in)".into(),
            "choose a larger trim",
        ));
    }
    if let Some(fs) = cfg.font_size {
        if (6.0..=24.0).contains(&fs) {
            s.font_size = fs;
            s.leading = fs * 1.3;
        } else {
            diags.push(err(
                format!("`[pdf] font-size = {fs}` is out of range"),
                "use a size between 6 and 24 points",
            ));
        }
    }
    if let Some(l) = cfg.leading {
        if l >= s.font_size && l <= s.font_size * 3.0 {
            s.leading = l;
        } else {
            diags.push(err(
                format!("`[pdf] leading = {l}` is out of range"),
                "give the baseline distance in points, between 1 and 3 times the font size",
            ));
        }
    }
    if diags.is_empty() { Ok(s) } else { Err(diags) }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(trim_size("6x9in"), Some((432.0, 648.0)));
        let cfg = PdfConfig {
            trim: Some("b5".into()),
            ..Default::default()
        };
        assert!(resolve_pdf(&cfg, "book.toml").is_err());
    }
}
