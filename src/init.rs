//! `quire init [DIR]`: a folder of story files → a first `book.toml`.
//!
//! Input: a folder. Output: `DIR/book.toml` listing every story file in it (`.txt`, the
//! downloads `.html`, `.htm`, `.epub`, a zipped web page `.zip` (Google Docs'), word
//! processors' `.docx`, `.odt`, `.fodt` and `.rtf`, Evernote's `.enex` exports, and saved
//! mails `.eml`), sorted by file name, each with the title and
//! author Quire finds in the file (as comments, so that the file still decides; a file
//! with no title gets its name as `title`). Reads stories exactly as `build` does. Never
//! overwrites an existing `book.toml`.

use crate::config::ChapterConfig;
use crate::diag::Diagnostic;
use crate::source;
use crate::typography::primary;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The file names `init` lists: plain text, the HTML and EPUB downloads the source stage
/// reads (AO3's, FanFicFare's, any other), a web page zipped with its pictures (Google
/// Docs' "Web page (.html, zipped)"), word processors' documents (Word, LibreOffice
/// Writer and its flat XML, WordPad), Evernote's exports and saved e-mails (a story sent
/// as a newsletter or to a mailing list).
const STORY_EXTENSIONS: [&str; 11] = [
    ".txt", ".html", ".htm", ".epub", ".zip", ".docx", ".odt", ".fodt", ".rtf", ".enex", ".eml",
];

/// What `init` did.
#[derive(Debug)]
pub struct Init {
    /// The `book.toml` written.
    pub written: PathBuf,
    /// How many stories it lists.
    pub stories: usize,
    /// Files that could not be read (listed in book.toml as comments only).
    pub skipped: Vec<Diagnostic>,
}

/// Writes `dir/book.toml` for the story files in `dir`.
pub fn init(dir: &Path) -> Result<Init, Vec<Diagnostic>> {
    let target = dir.join("book.toml");
    let shown = target.display().to_string();
    if !dir.is_dir() {
        return Err(vec![
            Diagnostic::error(Some(dir.display().to_string()), "is not a folder")
                .hint("give the folder that holds your story files"),
        ]);
    }
    if target.exists() {
        return Err(vec![
            Diagnostic::error(
                Some(shown),
                "already exists; quire init never overwrites it",
            )
            .hint("edit it, or move it away and run quire init again"),
        ]);
    }
    // The folder's plain files, sorted: stories by their extension, and Markdown files,
    // which may be stories or the folder's own notes (a README.md): those are offered in
    // book.toml, commented out, rather than read as stories unasked.
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| {
            vec![Diagnostic::error(
                Some(dir.display().to_string()),
                format!("cannot read folder: {}", source::io_reason(&e)),
            )]
        })?
        .filter_map(|e| {
            let e = e.ok()?;
            let name = e.file_name().into_string().ok()?;
            (e.path().is_file() && !name.starts_with('.')).then_some(name)
        })
        .collect();
    names.sort();
    let has = |name: &str, exts: &[&str]| {
        let lower = name.to_lowercase();
        exts.iter().any(|x| lower.ends_with(x))
    };
    let (files, markdown): (Vec<String>, Vec<String>) = names
        .into_iter()
        .filter(|n| has(n, &STORY_EXTENSIONS) || has(n, &[".md", ".markdown"]))
        .partition(|n| has(n, &STORY_EXTENSIONS));
    if files.is_empty() {
        return Err(vec![
            Diagnostic::error(Some(dir.display().to_string()), "holds no .txt story files (nor .html, .htm, .epub or .zip downloads, .docx, .odt, .fodt or .rtf documents, .enex notes or .eml mails)")
                .hint("save each story as a .txt file, put its AO3 or FanFicFare download (HTML or EPUB) in this folder, or its Word, LibreOffice or WordPad document"),
        ]);
    }
    let title = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "My Anthology".to_string());
    let mut out = String::new();
    let mut languages = Vec::new();
    let mut skipped = Vec::new();
    let mut stories = 0;
    for name in &files {
        let entry = ChapterConfig {
            file: name.clone(),
            ..Default::default()
        };
        match source::read_chapter(&entry, &dir.join(name), "en") {
            Ok((ch, _)) => {
                stories += 1;
                let _ = writeln!(out, "[[chapters]]\nfile = {}", toml_str(name));
                match &ch.title_in_text {
                    Some(t) => {
                        let _ = writeln!(out, "# title found in the file: {}", toml_str(t));
                    }
                    None => {
                        let _ = writeln!(
                            out,
                            "title = {}  # no title line found in the file",
                            toml_str(&ch.title)
                        );
                    }
                }
                if !ch.authors.is_empty() {
                    let found = ch.authors.join(", ");
                    let _ = writeln!(out, "# author found in the file: {}", toml_str(&found));
                }
                languages.push((out.len(), ch.language));
            }
            Err(d) => {
                let _ = writeln!(out, "# {} is left out: {}", toml_str(name), d.message);
                skipped.push(d);
            }
        }
        out.push('\n');
    }
    let book_language = book_language(languages.iter().map(|(_, l)| l.as_deref()));
    // Each story's language, where it is not the book's, under its other comments.
    for (at, l) in languages.iter().rev() {
        if let Some(l) = l
            .as_deref()
            .filter(|l| primary(l) != primary(&book_language))
        {
            let line = format!("# language found in the file: {}\n", toml_str(l));
            out.insert_str(*at, &line);
        }
    }
    out.insert_str(
        0,
        &format!(
            "# Written by `quire init`. Edit freely: README.md lists every key, and\n\
             # `quire inspect` shows how each story is read. Then run `quire build`.\n\n\
             [book]\ntitle = {}\nlanguage = {}\n# authors = [\"Your Name\"]\n\n",
            toml_str(&title),
            toml_str(&book_language)
        ),
    );
    if !markdown.is_empty() {
        out.push_str(
            "# Markdown files in this folder, not listed: they may be notes rather than\n\
             # stories. To add one as a story, remove the \"# \" before its two lines.\n",
        );
        for name in &markdown {
            let _ = writeln!(out, "# [[chapters]]\n# file = {}", toml_str(name));
        }
    }
    // Create, never truncate: a book.toml that appeared meanwhile is not overwritten.
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&target)
        .and_then(|mut f| std::io::Write::write_all(&mut f, out.as_bytes()));
    written.map_err(|e| {
        vec![Diagnostic::error(
            Some(target.display().to_string()),
            format!("cannot write: {}", source::io_reason(&e)),
        )]
    })?;
    Ok(Init {
        written: target,
        stories,
        skipped,
    })
}

/// The book's language: the one more than half of its stories are in (a folder of French
/// stories makes a French book, whose English stories are then found as English), else
/// English.
fn book_language<'a>(stories: impl Iterator<Item = Option<&'a str>>) -> String {
    let found: Vec<&str> = stories.map(|l| l.unwrap_or("en")).collect();
    let share = |l: &str| found.iter().filter(|m| primary(m) == primary(l)).count();
    found
        .iter()
        .find(|l| 2 * share(l) > found.len())
        .map_or_else(|| "en".to_string(), |l| (*l).to_string())
}

/// A TOML basic string (quotes, backslashes and control characters escaped).
fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings_read_back_as_written() {
        for s in ["a \"b\" \\ c", "it's", "tab\there", "line\nbreak", "«Été»"] {
            let t: toml::Table = toml::from_str(&format!("k = {}", toml_str(s))).unwrap();
            assert_eq!(t["k"].as_str(), Some(s));
        }
    }
}
