//! The `book.toml` value checks: every metadata string as written → diagnostics.
//!
//! Input: the typed [`BookConfig`] with its spans. Output: an error for each string the
//! book would carry into its metadata that is empty (after trimming) or holds a control
//! character — EPUB readers and EPUBCheck refuse both — naming the key and its line; and
//! the font families of `[fonts] fallback` (a name, once each).

use super::BookConfig;
use crate::diag::Diagnostic;

/// Whether a key's value may span paragraphs (a blurb or rights statement may; a name
/// or title may not).
#[derive(Clone, Copy, PartialEq)]
enum Lines {
    One,
    Many,
}

/// Checks every free-text value of `[book]` and `[[chapters]]`.
pub(super) fn check_strings(cfg: &BookConfig, file: &str) -> Vec<Diagnostic> {
    let spans = &cfg.spans;
    let mut diags = Vec::new();
    let mut check = |value: &str, name: String, line: Option<usize>, lines: Lines| {
        if let Some((msg, hint)) = problem(value, lines) {
            diags.push(
                Diagnostic::error(Some(file.to_string()), format!("{name} {msg}"))
                    .at(line, None)
                    .hint(hint),
            );
        }
    };
    let b = &cfg.book;
    let book_line = |key: &str| spans.line(&format!("book.{key}"));
    // A missing title is reported by the parser; an empty one is checked here.
    if spans.line("book.title").is_some() {
        check(&b.title, "`title`".into(), book_line("title"), Lines::One);
    }
    for (key, value, lines) in [
        ("subtitle", &b.subtitle, Lines::One),
        ("language", &b.language, Lines::One),
        ("identifier", &b.identifier, Lines::One),
        ("publisher", &b.publisher, Lines::One),
        ("description", &b.description, Lines::Many),
        ("rights", &b.rights, Lines::Many),
        ("cover", &b.cover, Lines::One),
    ] {
        if let Some(v) = value {
            check(v, format!("`{key}`"), book_line(key), lines);
        }
    }
    for (i, a) in b.authors.iter().enumerate() {
        let line = spans.line(&format!("book.authors.{i}"));
        check(a, format!("`authors` entry {}", i + 1), line, Lines::One);
    }
    let families = cfg.fonts.fallback.as_deref().unwrap_or_default();
    let mut repeats = Vec::new();
    for (i, name) in families.iter().enumerate() {
        let line = spans
            .line(&format!("fonts.fallback.{i}"))
            .or(spans.line("fonts.fallback"));
        let what = format!("`[fonts] fallback` entry {}", i + 1);
        let name = name.trim();
        if families[..i]
            .iter()
            .any(|n| n.trim().eq_ignore_ascii_case(name))
        {
            repeats.push(
                Diagnostic::error(Some(file.to_string()), format!("{what} repeats “{name}”"))
                    .at(line, None)
                    .hint("name each font family once"),
            );
        } else {
            check(name, what, line, Lines::One);
        }
    }
    for (i, ch) in cfg.chapters.iter().enumerate() {
        for (key, value) in [("title", &ch.title), ("author", &ch.author)] {
            if let Some(v) = value {
                let name = format!("chapter {}: `{key}`", i + 1);
                check(v, name, spans.chapter(i, Some(key)), Lines::One);
            }
        }
    }
    diags.extend(repeats);
    diags
}

/// What is wrong with one value, as (message, hint).
fn problem(value: &str, lines: Lines) -> Option<(String, &'static str)> {
    if value.trim().is_empty() {
        return Some(("is empty".into(), "give it a value, or remove the key"));
    }
    let bad = value.chars().find(|&c| match c {
        '\n' | '\r' | '\t' => lines == Lines::One && c != '\t',
        c => c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}'),
    })?;
    Some(match bad {
        '\n' | '\r' => ("has a line break".into(), "write it on one line"),
        c => (
            format!("contains the control character U+{:04X}", u32::from(c)),
            "remove it: metadata is plain text",
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems() {
        assert_eq!(problem("x", Lines::One), None);
        assert_eq!(problem(" \t", Lines::One).unwrap().0, "is empty");
        assert_eq!(problem("a\tb", Lines::One), None);
        assert_eq!(problem("a\nb", Lines::One).unwrap().0, "has a line break");
        assert_eq!(problem("a\r\nb", Lines::Many), None);
        assert_eq!(
            problem("a\u{1b}[2Jb", Lines::Many).unwrap().0,
            "contains the control character U+001B"
        );
        assert_eq!(
            problem("a\u{85}b", Lines::One).unwrap().0,
            "contains the control character U+0085"
        );
        assert!(problem("\u{ffff}", Lines::One).is_some());
    }
}
