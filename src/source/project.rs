//! `book.toml` → [`Project`]: settings resolved, metadata cleaned and checked, every
//! story read.
//!
//! Input: the parsed config and the book's folder. Output: the project, or every error
//! found (chapter paths are all resolved and every chapter is read before stopping).

use super::language::is_language_tag;
use super::paths::{add_input, resolve_inside};
use super::read::{ChapterRead, read_chapter};
use super::{CONFIG_NAME, Inputs, Project, cfg_file, cover};
use crate::config::{self, BookConfig, PdfSettings};
use crate::diag::{Diagnostic, has_errors};
use crate::model::{Book, Meta};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;

pub(super) fn build_project(
    mut cfg: BookConfig,
    root: PathBuf,
) -> Result<Project, Vec<Diagnostic>> {
    clean_config(&mut cfg);
    let mut diags = Vec::new();
    let spans = &cfg.spans;
    let mut pdf = match config::resolve_pdf(&cfg.pdf, spans, CONFIG_NAME) {
        Ok((pdf, warnings)) => {
            diags.extend(warnings);
            pdf
        }
        Err(d) => {
            diags.extend(d);
            PdfSettings::default()
        }
    };
    pdf.fallback_fonts = (cfg.fonts.fallback.iter().flatten())
        .map(|n| n.trim().to_string())
        .collect();
    pdf.fallback_lines = (0..pdf.fallback_fonts.len())
        .map(|i| {
            spans
                .line(&format!("fonts.fallback.{i}"))
                .or(spans.line("fonts.fallback"))
        })
        .collect();
    pdf.missing_glyphs = cfg.fonts.missing.unwrap_or_default();
    let (print, imposition) = (cfg.print.as_ref(), cfg.imposition.as_ref());
    let page = (pdf.profile, (pdf.page_width, pdf.page_height));
    match config::resolve_print(print, imposition, page, spans, CONFIG_NAME) {
        Ok((print, warnings)) => {
            diags.extend(warnings);
            pdf.print = print;
        }
        Err(d) => diags.extend(d),
    }
    let lang = cfg
        .book
        .language
        .clone()
        .unwrap_or_else(|| "en".to_string());
    if !is_language_tag(&lang) {
        diags.push(
            Diagnostic::error(
                cfg_file(),
                format!("`language = \"{lang}\"` is not a language tag"),
            )
            .at(spans.line("book.language"), None)
            .hint("use a BCP 47 tag such as \"en\", \"en-GB\" or \"fr\""),
        );
    }
    for (i, ch) in cfg.chapters.iter().enumerate() {
        if let Some(l) = ch.language.as_deref().filter(|l| !is_language_tag(l)) {
            diags.push(
                Diagnostic::error(
                    cfg_file(),
                    format!("`language = \"{l}\"` is not a language tag"),
                )
                .at(spans.chapter(i, Some("language")), None)
                .hint("use a BCP 47 tag such as \"de\", \"es\" or \"pt-BR\""),
            );
        }
    }
    if cfg.chapters.is_empty() {
        diags.push(
            Diagnostic::error(cfg_file(), "no chapters")
                .hint("add a [[chapters]] table with `file = \"story.txt\"` for each story"),
        );
    }
    let given_date = cfg.book.date.as_ref().map(|d| match d {
        toml::Value::String(s) => s.clone(),
        other => other.to_string(),
    });
    let (date, date_epoch) = match &given_date {
        Some(d) => match parse_date(d) {
            Some((date, epoch)) => (Some(date.to_string()), Some(epoch)),
            None => {
                diags.push(
                    Diagnostic::error(cfg_file(), format!("`date = \"{d}\"` is not a date"))
                        .at(spans.line("book.date"), None)
                        .hint("write it as YYYY, YYYY-MM or YYYY-MM-DD"),
                );
                (None, None)
            }
        },
        None => (None, None),
    };
    let modified_epoch =
        date_epoch.or_else(|| std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok());

    let cover = cfg.book.cover.as_ref().and_then(|c| {
        cover::load(&root, c, spans.line("book.cover"))
            .map_err(|d| diags.push(d))
            .ok()
    });

    // Resolve every chapter path first (cheap, ordered diagnostics), then read in parallel.
    let mut seen: HashMap<PathBuf, usize> = HashMap::new();
    let mut resolved = Vec::with_capacity(cfg.chapters.len());
    for (i, ch) in cfg.chapters.iter().enumerate() {
        let line = spans.chapter(i, Some("file"));
        match resolve_inside(&root, &ch.file) {
            Ok(p) => {
                if let Some(&first) = seen.get(&p) {
                    diags.push(
                        Diagnostic::error(
                            cfg_file(),
                            format!(
                                "`{}` is listed twice (chapters {} and {})",
                                ch.file,
                                first + 1,
                                i + 1
                            ),
                        )
                        .at(line, None)
                        .hint("remove one of the [[chapters]] entries"),
                    );
                } else {
                    seen.insert(p.clone(), i);
                }
                resolved.push(Some(p));
            }
            Err(msg) => {
                diags.push(
                    Diagnostic::error(
                        cfg_file(),
                        format!("chapter {}: `file = \"{}\"` {msg}", i + 1, ch.file),
                    )
                    .at(line, None)
                    .hint("story files must be inside the folder that holds book.toml"),
                );
                resolved.push(None);
            }
        }
    }

    // With no date and no SOURCE_DATE_EPOCH, the book is as new as its newest story:
    // never 1970, and still the same for the same files.
    let modified_epoch = modified_epoch
        .or_else(|| newest_mtime(resolved.iter().flatten()))
        .unwrap_or(0);

    let results: Vec<Option<ChapterRead>> = cfg
        .chapters
        .par_iter()
        .zip(resolved.par_iter())
        .map(|(entry, path)| {
            let path = path.as_ref()?;
            Some(read_chapter(entry, path, &lang))
        })
        .collect();
    let mut chapters = Vec::with_capacity(results.len());
    for r in results.into_iter().flatten() {
        match r {
            Ok((chapter, warnings)) => {
                diags.extend(warnings);
                chapters.push(chapter);
            }
            Err(d) => diags.push(d),
        }
    }
    if has_errors(&diags) {
        diags.retain(|d| d.is_error());
        return Err(diags);
    }

    let identifier = cfg.book.identifier.clone().unwrap_or_else(|| {
        let mut key = format!("{}\n{}\n", cfg.book.title, cfg.book.authors.join("\n"));
        for c in &chapters {
            key.push_str(&c.file);
            key.push('\n');
        }
        format!(
            "urn:uuid:{}",
            uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, key.as_bytes())
        )
    });
    let meta = Meta {
        title: crate::typography::apply_str(cfg.book.title.trim(), &lang),
        subtitle: cfg
            .book
            .subtitle
            .map(|s| crate::typography::apply_str(&s, &lang)),
        authors: cfg.book.authors,
        language: lang,
        identifier,
        date,
        modified_epoch,
        publisher: cfg.book.publisher,
        description: cfg.book.description,
        rights: cfg.book.rights,
        story_info: cfg.book.story_info != Some(false),
        cover,
        labels: cfg.labels.pairs(),
    };
    let mut inputs = Inputs::new();
    for rel in cfg.chapters.iter().map(|c| &c.file).chain(&cfg.book.cover) {
        add_input(&mut inputs, &root, rel);
    }
    let epub = cfg.epub.resolve();
    Ok(Project {
        book: Book {
            meta,
            chapters,
            generated_cover: Default::default(),
        },
        pdf,
        epub,
        root,
        warnings: diags,
        inputs,
    })
}

/// The newest modification time of `paths`, in seconds since the Unix epoch.
fn newest_mtime<'a>(paths: impl Iterator<Item = &'a PathBuf>) -> Option<i64> {
    paths
        .filter_map(|p| std::fs::metadata(p).ok()?.modified().ok())
        .filter_map(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs() as i64)
        .max()
}

/// One-line text for metadata: control characters (which XML forbids, and which no
/// title needs) dropped, tabs and line breaks turned into spaces, ends trimmed.
fn clean(s: &str) -> String {
    s.trim()
        .chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}') => None,
            c => Some(c),
        })
        .collect()
}

/// Cleans every free-text string `book.toml` gives us (see [`clean`]).
fn clean_config(cfg: &mut BookConfig) {
    let b = &mut cfg.book;
    b.title = clean(&b.title);
    for s in [
        &mut b.subtitle,
        &mut b.identifier,
        &mut b.publisher,
        &mut b.description,
        &mut b.rights,
    ]
    .into_iter()
    .flatten()
    {
        *s = clean(s);
    }
    for a in &mut b.authors {
        *a = clean(a);
    }
    for ch in &mut cfg.chapters {
        for s in [&mut ch.title, &mut ch.author].into_iter().flatten() {
            *s = clean(s);
        }
    }
}

/// The date of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time after it, as a TOML datetime
/// has, is dropped) in that form, which is W3CDTF as EPUB wants it, with its seconds since
/// the epoch; `None` unless the text is exactly that.
pub fn parse_date(s: &str) -> Option<(&str, i64)> {
    let s = s.trim();
    let date = match s.find(['T', 't', ' ']) {
        Some(i) if is_time(&s[i + 1..]) => &s[..i],
        Some(_) => return None,
        None => s,
    };
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = date.split('-').collect();
    let well_formed = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    };
    if !well_formed {
        return None;
    }
    let num = |i: usize| parts.get(i).map_or(Some(1), |v| v.parse().ok());
    let y = i32::try_from(num(0)?).ok()?;
    if !(1000..=9999).contains(&y) {
        return None;
    }
    let nd = chrono::NaiveDate::from_ymd_opt(y, num(1)?, num(2)?)?;
    Some((date, nd.and_hms_opt(0, 0, 0)?.and_utc().timestamp()))
}

/// A time of day as a TOML datetime writes it: `07:32:00`, `07:32:00.5Z`, `07:32+02:00`.
fn is_time(t: &str) -> bool {
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b":.+-Zz".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(parse_date("1970-01-02"), Some(("1970-01-02", 86400)));
        assert_eq!(
            parse_date("2024").unwrap().1,
            parse_date("2024-01-01").unwrap().1
        );
        assert_eq!(parse_date("2024-05").unwrap().0, "2024-05");
        assert_eq!(parse_date("1979-05-27T07:32:00Z").unwrap().0, "1979-05-27");
        assert_eq!(
            parse_date("1979-05-27 07:32:00.5+02:00").unwrap().0,
            "1979-05-27"
        );
        for bad in [
            "2024-13-01",
            "soon",
            "2024-5-1",
            "+2024",
            "2024-05-01 whenever",
            "2024-05-01T",
            "0999",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
