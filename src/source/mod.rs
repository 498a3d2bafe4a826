//! The source stage: `book.toml` and story files on disk → [`Project`] (a [`Book`] and
//! its settings).
//!
//! Input: a path to `book.toml` or its folder. Output: the document model, or every
//! problem found (all chapters are read, so one run reports them all). This module and
//! the output writers are the only code that touches the disk.
//!
//! Its stages: [`project`] resolves `book.toml` into settings and metadata and reads
//! the stories; [`read`] turns one story file into a chapter (through [`import`] or the
//! plain-text reader: [`decode`], [`story`]); [`paths`] keeps every file named inside the
//! book's folder. This module finds and reads `book.toml`.

mod aff_text;
mod allow;
mod ao3;
mod ao3_html;
#[cfg(test)]
mod ao3_tests;
mod asianfanfics;
mod blogs;
mod bylines;
mod callout;
mod chat_log;
mod class_styles;
mod comments;
mod contents;
mod copyright;
pub mod cover;
mod crosspost;
pub mod decode;
mod dekd;
mod depth;
mod digest;
mod doc;
mod docx;
mod downloader;
mod dreamwidth;
mod efp;
mod eml;
mod enex;
mod epub;
mod epub_matter;
mod fanfiktion_de;
mod fff;
mod fff_html;
mod ffn_page;
mod ficbook;
mod ficbook_page;
mod fichub;
mod fields;
mod fimfic;
mod fimfic_page;
mod footnotes;
mod forum;
mod forum_posts;
mod front_matter;
mod gdocs;
mod guard;
mod gutenberg;
mod hard_breaks;
mod header;
mod header_quote;
mod headings;
mod html;
mod import;
mod inkitt;
pub mod inline;
mod italic_note;
mod jjwxc;
mod journal;
mod kisses;
mod language;
mod letter;
mod libru;
pub mod lines;
mod list_marks;
mod lists;
mod lj;
mod mailing_list;
mod manuscript;
mod nav;
mod newsletter;
mod note_app;
mod note_language;
pub mod notes;
mod numbered_sections;
mod obsidian;
mod odt;
mod office_html;
mod pandoc;
pub mod paragraphs;
pub mod parts;
mod paths;
mod piracy;
mod pixiv;
mod project;
mod quizilla;
mod quotev;
mod read;
mod reader_view;
mod reddit;
mod reddit_thread;
mod royal_road;
mod rtf;
mod scribblehub;
mod site_html;
mod social;
mod spirit_page;
pub mod story;
mod tapas;
mod text_notes;
mod verse;
mod wattpad;
mod webnovel;
mod wordpress;
mod work;
mod xhtml;
mod zip_page;
mod zipped;

pub(crate) use paths::resolve_inside;
pub use project::parse_date;
pub(crate) use read::read_chapter;

use crate::config::{self, PdfSettings};
use crate::diag::Diagnostic;
use crate::model::Book;
use paths::add_input;
use project::build_project;
use std::path::{Path, PathBuf};

/// A book ready to render, with where it came from.
#[derive(Debug, Clone)]
pub struct Project {
    /// The document model.
    pub book: Book,
    /// Resolved `[pdf]` settings.
    pub pdf: PdfSettings,
    /// Resolved `[epub]` settings.
    pub epub: crate::config::EpubSettings,
    /// The folder holding `book.toml`.
    pub root: PathBuf,
    /// Warnings met while reading (errors stop the load instead).
    pub warnings: Vec<Diagnostic>,
    /// Every file the book reads, so that no output is written over one.
    pub inputs: Inputs,
}

/// Files a book reads: `(path, how book.toml names it)`. Each file is listed twice: by
/// the name it is read under (the folders' links followed, the file's own name kept) and
/// by the file that name finally leads to.
pub type Inputs = Vec<(PathBuf, String)>;

/// The file name used for `book.toml` in diagnostics.
const CONFIG_NAME: &str = "book.toml";

/// Finds `book.toml` from a path that is the file or its folder.
pub fn locate(path: &Path) -> Result<(PathBuf, PathBuf), Diagnostic> {
    let file = if path.is_dir() && path.file_name() != Some(CONFIG_NAME.as_ref()) {
        path.join(CONFIG_NAME)
    } else {
        path.to_path_buf()
    };
    if !file.is_file() {
        let name = Some(file.display().to_string());
        return Err(match std::fs::metadata(&file) {
            Ok(m) if m.is_dir() => Diagnostic::error(name, "is a folder, not a book.toml file")
                .hint("pass the folder that holds book.toml, or the file itself"),
            Ok(_) => Diagnostic::error(name, "is not a regular file (a device, pipe or socket)")
                .hint("book.toml must be a plain text file"),
            Err(_) => Diagnostic::error(name, "cannot find book.toml")
                .hint("run quire in the folder that holds book.toml, or pass its path"),
        });
    }
    let root = file
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        })
        .unwrap_or(Path::new("."))
        .to_path_buf();
    Ok((file, root))
}

/// Largest `book.toml` read: a thousand times a big anthology's. Anything larger is the
/// wrong file, and reading it would only take memory before saying so.
const MAX_CONFIG_BYTES: u64 = 16 * 1024 * 1024;

/// Reads `book.toml` and every story it lists.
pub fn load(path: &Path) -> Result<Project, Vec<Diagnostic>> {
    let (file, root) = locate(path).map_err(|d| vec![d])?;
    let text = read_config(&file).map_err(|d| vec![d])?;
    let cfg = config::parse(&text, CONFIG_NAME)?;
    let mut project = build_project(cfg, root)?;
    if let Some(name) = file.file_name().and_then(|n| n.to_str()) {
        add_input(&mut project.inputs, &project.root, name);
    }
    Ok(project)
}

/// The text of `book.toml`, or what stops it being read and what to do about it.
fn read_config(file: &Path) -> Result<String, Diagnostic> {
    let err = |m: String, h: &str| Diagnostic::error(cfg_file(), m).hint(h.to_string());
    let bytes = std::fs::metadata(file)
        .and_then(|m| {
            if m.len() > MAX_CONFIG_BYTES {
                Err(std::io::Error::from(std::io::ErrorKind::FileTooLarge))
            } else {
                std::fs::read(file)
            }
        })
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::PermissionDenied => err(
                "cannot read: permission denied".into(),
                "make book.toml readable (chmod a+r book.toml)",
            ),
            std::io::ErrorKind::FileTooLarge => err(
                format!(
                    "is larger than {} MB, too large to be a book.toml",
                    MAX_CONFIG_BYTES / (1024 * 1024)
                ),
                "check that this is the book's book.toml",
            ),
            _ => err(
                format!("cannot read: {}", io_reason(&e)),
                "check that book.toml is a readable file",
            ),
        })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        Diagnostic::error(cfg_file(), "is not UTF-8 text")
            .at(Some(line), None)
            .hint("save book.toml as UTF-8 (in most editors: Save As, encoding UTF-8)")
    })
}

/// An I/O error as a diagnostic fragment: lowercase, without the "(os error N)" suffix.
pub fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    let s = match s.find(" (os error") {
        Some(i) => &s[..i],
        None => &s,
    };
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// `d` with its line filled in from its file when a later stage could only name the text
/// it is about (`Diagnostic::locate`): the first line of the decoded story holding it.
pub(crate) fn with_line(root: &Path, mut d: Diagnostic) -> Diagnostic {
    if d.line.is_some() {
        return d;
    }
    let (Some(file), Some(c)) = (&d.file, d.locate) else {
        return d;
    };
    let Ok(bytes) = std::fs::read(root.join(file)) else {
        return d;
    };
    if let Ok((decoded, _)) = decode::decode(&bytes) {
        d.line = decoded.lines().position(|l| l.contains(c)).map(|i| i + 1);
    }
    d
}

fn cfg_file() -> Option<String> {
    Some(CONFIG_NAME.to_string())
}
