//! The source stage: `book.toml` and story files on disk → [`Project`] (a [`Book`] and
//! its settings).
//!
//! Input: a path to `book.toml` or its folder. Output: the document model, or every
//! problem found (all chapters are read, so one run reports them all). This module and
//! the output writers are the only code that touches the disk.

mod allow;
mod ao3;
mod ao3_html;
pub mod cover;
pub mod decode;
mod depth;
mod epub;
mod fff;
mod fff_html;
mod fields;
mod header;
mod headings;
mod html;
mod import;
pub mod inline;
pub mod lines;
mod lj;
pub mod notes;
pub mod paragraphs;
pub mod parts;
pub mod story;
mod xhtml;

use crate::config::{self, BookConfig, PdfSettings};
use crate::diag::{Diagnostic, has_errors};
use crate::model::{Book, Chapter, Encoding, Meta};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

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

/// Adds the file `rel` (relative to `root`) to `inputs` under both of its paths.
fn add_input(inputs: &mut Inputs, root: &Path, rel: &str) {
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let p = Path::new(rel);
    if let (Some(parent), Some(name)) = (p.parent(), p.file_name())
        && let Some(dir) = follow_links(&real_root, parent)
    {
        inputs.push((dir.join(name), rel.to_string()));
    }
    if let Some(real) = follow_links(&real_root, p) {
        inputs.push((real, rel.to_string()));
    }
}

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

fn build_project(mut cfg: BookConfig, root: PathBuf) -> Result<Project, Vec<Diagnostic>> {
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

/// One story read: the chapter and its warnings, or the error that stopped it.
type ChapterRead = Result<(Chapter, Vec<Diagnostic>), Diagnostic>;

/// Largest story file read: ten times the longest fan fiction there is (about 4 million
/// words, 22 MB). Anything bigger is the wrong file, and reading it would take minutes
/// and gigabytes before saying so.
const MAX_STORY_BYTES: u64 = 64 * 1024 * 1024;

/// Reads and understands one story file; a file that cannot be read is an error.
pub(crate) fn read_chapter(entry: &config::ChapterConfig, path: &Path, lang: &str) -> ChapterRead {
    let file = Some(entry.file.clone());
    // Look before reading: reading a folder fails, and reading a named pipe never ends.
    let read = std::fs::metadata(path).and_then(|m| {
        if m.is_dir() {
            Err(std::io::Error::from(std::io::ErrorKind::IsADirectory))
        } else if !m.is_file() {
            Err(std::io::Error::other("not a regular file"))
        } else if m.len() > MAX_STORY_BYTES {
            Err(std::io::Error::from(std::io::ErrorKind::FileTooLarge))
        } else {
            std::fs::read(path)
        }
    });
    let bytes = match read {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::IsADirectory => {
            return Err(Diagnostic::error(file, "is a folder, not a story file")
                .hint("name a .txt file inside it"));
        }
        Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => {
            let mb = std::fs::metadata(path).map_or(0, |m| m.len() / (1024 * 1024));
            return Err(Diagnostic::error(
                file,
                format!(
                    "is {mb} MB, more than the {} MB a story file may be",
                    MAX_STORY_BYTES / (1024 * 1024)
                ),
            )
            .hint("check that `file` names the story; split a longer work into chapters"));
        }
        Err(e) if e.kind() == std::io::ErrorKind::Other => {
            return Err(Diagnostic::error(
                file,
                "is not a regular file (it is a device, pipe or socket)",
            )
            .hint("give a plain-text story (.txt)"));
        }
        Err(e) => {
            let (msg, hint) = match e.kind() {
                std::io::ErrorKind::NotFound => (
                    "story file not found".to_string(),
                    "check the `file` path in book.toml (it is relative to book.toml)",
                ),
                std::io::ErrorKind::PermissionDenied => (
                    "cannot read story file: permission denied".to_string(),
                    "make the file readable (chmod a+r)",
                ),
                _ => (
                    format!("cannot read story file: {}", io_reason(&e)),
                    "check the file",
                ),
            };
            return Err(Diagnostic::error(file, msg).hint(hint));
        }
    };
    let kind = import::kind(&entry.file, &bytes);
    if kind != import::Kind::Text {
        return import::read(entry, &bytes, kind, lang);
    }
    match decode::decode_report(&bytes) {
        Ok(d) => {
            let (chapter, mut warnings) = story::understand(entry, &d.text, d.encoding, lang);
            warnings.splice(0..0, decode_warnings(&entry.file, &d));
            Ok((chapter, warnings))
        }
        Err(decode::DecodeError::Binary) => Err(Diagnostic::error(
            file,
            "is a binary file, not text (it contains NUL or control bytes)",
        )
        .hint("give a plain-text story (.txt)")),
        Err(decode::DecodeError::Format(kind)) => Err(Diagnostic::error(
            file,
            format!("is {kind}, not plain text"),
        )
        .hint(
            "open it in the program that made it and save or export the story as plain text (.txt)",
        )),
        Err(decode::DecodeError::Utf16) => Err(Diagnostic::error(
            file,
            "is UTF-16 text, which Quire does not read",
        )
        .hint("re-save the file as UTF-8")),
    }
}

/// How many repaired byte runs of one file are reported one by one; the rest are
/// summed up in one more warning.
const MAX_REPAIR_WARNINGS: usize = 10;

/// Warnings for what decoding had to guess or repair: never a silent change of the text.
fn decode_warnings(file: &str, d: &decode::Decoded) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Encoding::Legacy(name) = d.encoding {
        out.push(
            Diagnostic::warning(
                Some(file.to_string()),
                format!("is not UTF-8; read as {name}, the encoding its bytes look like"),
            )
            .hint("check the text in the output, or re-save the file as UTF-8"),
        );
    }
    let read_as = if d.encoding == Encoding::Windows1252 {
        "Windows-1252"
    } else {
        "UTF-8"
    };
    for r in d.repairs.iter().take(MAX_REPAIR_WARNINGS) {
        let bytes: Vec<String> = r.bytes.iter().map(|b| format!("0x{b:02X}")).collect();
        let (what, plural) = if r.bytes.len() == 1 {
            ("byte", "is")
        } else {
            ("bytes", "are")
        };
        let became = if r.cp1252 {
            let code: Vec<String> = r
                .text
                .chars()
                .map(|c| format!("U+{:04X}", c as u32))
                .collect();
            format!("read as Windows-1252 \"{}\" ({})", r.text, code.join(" "))
        } else {
            "replaced by U+FFFD".to_string()
        };
        out.push(
            Diagnostic::warning(
                Some(file.to_string()),
                format!(
                    "{what} {} {plural} not valid {read_as}: {became}",
                    bytes.join(" ")
                ),
            )
            .at(Some(r.line), None)
            .hint("check this line, or re-save the file as UTF-8"),
        );
    }
    if let Some(last) = d.repairs.get(MAX_REPAIR_WARNINGS..).and_then(|r| r.last()) {
        let more = d.repairs.len() - MAX_REPAIR_WARNINGS;
        out.push(
            Diagnostic::warning(
                Some(file.to_string()),
                format!(
                    "{more} more runs of invalid bytes, up to line {}, were read the same way",
                    last.line
                ),
            )
            .hint("re-save the file as UTF-8"),
        );
    }
    out
}

/// Resolves `rel` against `root`, refusing anything that ends up outside `root`
/// (absolute paths, `..` escapes, symbolic links pointing out, even dangling ones),
/// whether or not it exists. Returns the real path, every link followed, so the same
/// file named two ways is recognised.
pub(crate) fn resolve_inside(root: &Path, rel: &str) -> Result<PathBuf, &'static str> {
    let p = Path::new(rel);
    if rel.trim().is_empty() {
        return Err("is empty");
    }
    if p.is_absolute()
        || p.components()
            .any(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
    {
        return Err("is an absolute path");
    }
    let mut depth = 0i32;
    for c in p.components() {
        match c {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
        if depth < 0 {
            return Err("points outside the book's folder");
        }
    }
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    match follow_links(&real_root, p) {
        Some(real) if real.starts_with(&real_root) => Ok(real),
        Some(_) => Err("points outside the book's folder (through a symbolic link)"),
        None => Err("is a symbolic link that loops"),
    }
}

/// Walks `rel` from `base` (a path with no links in it) one component at a time,
/// following every symbolic link by reading it, so a link whose target does not exist
/// is still followed. `None` for a link loop.
fn follow_links(base: &Path, rel: &Path) -> Option<PathBuf> {
    enum Step {
        Root,
        Parent,
        Name(std::ffi::OsString),
    }
    fn steps(p: &Path) -> Vec<Step> {
        p.components()
            .rev()
            .filter_map(|c| match c {
                Component::Prefix(_) | Component::RootDir => Some(Step::Root),
                Component::CurDir => None,
                Component::ParentDir => Some(Step::Parent),
                Component::Normal(n) => Some(Step::Name(n.to_os_string())),
            })
            .collect()
    }
    // A stack: the next component to walk is on top.
    let mut pending = steps(rel);
    let mut cur = base.to_path_buf();
    let mut hops = 0;
    while let Some(step) = pending.pop() {
        match step {
            Step::Root => cur = PathBuf::from("/"),
            Step::Parent => {
                cur.pop();
            }
            Step::Name(name) => {
                let next = cur.join(&name);
                match std::fs::symlink_metadata(&next) {
                    Ok(m) if m.file_type().is_symlink() => {
                        hops += 1;
                        if hops > 40 {
                            return None;
                        }
                        let target = std::fs::read_link(&next).ok()?;
                        // A relative target resolves against the link's own folder: `cur`.
                        pending.extend(steps(&target));
                    }
                    _ => cur = next,
                }
            }
        }
    }
    Some(cur)
}

/// A loose BCP 47 check: letters, digits and hyphens, starting with 2–3 letters.
fn is_language_tag(s: &str) -> bool {
    // Well-formed by RFC 5646 (EPUBCheck refuses `en-a` or `en-GB-GB`), and starting with
    // a language, not a private-use or grandfathered tag.
    language_tags::LanguageTag::parse(s)
        .is_ok_and(|t| (2..=3).contains(&t.primary_language().len()) && t.primary_language() != "i")
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
    fn paths_outside_are_refused() {
        let root = Path::new(".");
        assert!(resolve_inside(root, "../x.txt").is_err());
        assert!(resolve_inside(root, "a/../../x.txt").is_err());
        assert!(resolve_inside(root, "/etc/passwd").is_err());
        assert!(resolve_inside(root, "a/../b.txt").is_ok());
    }

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

    #[test]
    fn language_tags() {
        assert!(is_language_tag("en") && is_language_tag("en-GB") && is_language_tag("zh-Hant-TW"));
        assert!(!is_language_tag("english!") && !is_language_tag("e"));
        assert!(
            !is_language_tag("en-a") && !is_language_tag("en--GB") && !is_language_tag("x-abc")
        );
    }
}
