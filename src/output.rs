//! Output files: rendered bytes → files on disk, atomically and only where asked.
//!
//! Input: the output folder, the files the book reads, and the bytes of each output.
//! Output: files in the output folder. Book folders come from other people, so nothing
//! here trusts what is already in the folder: the default `out/` may not lead outside
//! the book's folder through a symbolic link; an output may not land on a file the book
//! reads; each file is written to a fresh temporary file (created exclusively under an
//! unpredictable name, so a planted link is never followed) and renamed into place, which
//! replaces a link at the output's name instead of writing through it. A failed build
//! never leaves a half-written file and never spoils an earlier good one, and temporary
//! files that a killed build left behind are removed by the next one.

use crate::diag::Diagnostic;
use crate::source::{Inputs, io_reason};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file name for the book: lowercase ASCII letters and digits joined by hyphens.
/// Letters are transliterated first (`Les Misérables` → `les-miserables`, `Straße` →
/// `strasse`, `Ωμέγα` → `omega`), so a title in any script keeps its words.
pub fn slug(title: &str) -> String {
    let mut s = String::new();
    for c in deunicode::deunicode(title).chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let s = s.trim_end_matches('-');
    let s: String = s.chars().take(80).collect();
    if s.is_empty() { "book".to_string() } else { s }
}

/// Where a build writes, checked before anything is rendered.
#[derive(Debug)]
pub struct Target {
    /// The folder as the user sees it (for messages and the "wrote" lines).
    dir: PathBuf,
}

impl Target {
    /// The output folder: `out` when given (the user's own choice, trusted wherever it
    /// leads), else `out/` in the book's folder `root`, which may not be or pass through
    /// a symbolic link that leaves `root`. Refuses output names that are files the book
    /// reads, and removes temporary files that an interrupted build left in the folder.
    pub fn prepare(
        root: &Path,
        out: Option<&Path>,
        names: &[String],
        inputs: &Inputs,
    ) -> Result<Target, Diagnostic> {
        let dir = match out {
            Some(dir) => dir.to_path_buf(),
            None => {
                let dir = root.join("out");
                if crate::source::resolve_inside(root, "out").is_err() {
                    let target = std::fs::read_link(&dir)
                        .map(|t| format!(" (it points to {})", t.display()))
                        .unwrap_or_default();
                    return Err(Diagnostic::error(
                        Some(dir.display().to_string()),
                        format!(
                            "the output folder is a symbolic link that leads outside the book's folder{target}"
                        ),
                    )
                    .hint("remove the link, or name the folder you want with --out"));
                }
                dir
            }
        };
        let t = Target { dir };
        if let Ok(real) = t.dir.canonicalize() {
            for name in names {
                let entry = real.join(name);
                if let Some((_, file)) = inputs.iter().find(|(p, _)| *p == entry) {
                    return Err(Diagnostic::error(
                        Some(t.dir.join(name).display().to_string()),
                        format!("the output would overwrite `{file}`, which the book reads"),
                    )
                    .hint("keep story files and the cover out of the output folder, or choose another with --out"));
                }
            }
            if real.is_dir() {
                remove_stale(&real);
            }
        }
        Ok(t)
    }

    /// The path an output named `name` is written to.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Writes every `(name, bytes)` pair, all or nothing: if any file fails, the ones
    /// already renamed into place are left as they are, but no temporary file remains.
    pub fn write_all(&self, outputs: &[(String, Vec<u8>)]) -> Result<(), Diagnostic> {
        let dir = self.create_dir()?;
        for (name, _) in outputs {
            // A link to a folder is no folder in the way: renaming replaces the link.
            if std::fs::symlink_metadata(dir.join(name)).is_ok_and(|m| m.is_dir()) {
                return Err(Diagnostic::error(
                    Some(self.path(name).display().to_string()),
                    "a folder is in the way of the output file",
                )
                .hint("move the folder, or choose another output folder with --out"));
            }
        }
        // Stage every file first, then rename: a failure while staging touches no real
        // file. A staged file not renamed is deleted when dropped.
        let mut staged = Vec::with_capacity(outputs.len());
        for (name, bytes) in outputs {
            staged.push((
                stage(&dir, bytes).map_err(|e| self.write_error(name, &e))?,
                name,
            ));
        }
        for (tmp, name) in staged {
            // rename(2): replaces whatever is at the name, a link included, never
            // writing through it.
            tmp.persist(dir.join(name))
                .map_err(|e| self.write_error(name, &e.error))?;
        }
        Ok(())
    }

    /// Creates the output folder if needed; its real path (every link followed once,
    /// now, so each file lands in the folder that was checked).
    fn create_dir(&self) -> Result<PathBuf, Diagnostic> {
        let dir = &self.dir;
        let shown = || Some(dir.display().to_string());
        if dir.exists() && !dir.is_dir() {
            return Err(
                Diagnostic::error(shown(), "output folder is a file, not a folder")
                    .hint("choose another output folder with --out"),
            );
        }
        std::fs::create_dir_all(dir).map_err(|e| {
            Diagnostic::error(
                shown(),
                format!("cannot create the output folder: {}", io_reason(&e)),
            )
            .hint("choose a writable output folder with --out")
        })?;
        dir.canonicalize().map_err(|e| {
            Diagnostic::error(
                shown(),
                format!("cannot use the output folder: {}", io_reason(&e)),
            )
            .hint("choose a writable output folder with --out")
        })
    }

    fn write_error(&self, name: &str, e: &std::io::Error) -> Diagnostic {
        Diagnostic::error(
            Some(self.path(name).display().to_string()),
            format!("cannot write: {}", io_reason(e)),
        )
        .hint("choose a writable output folder with --out")
    }
}

/// The start of every temporary file's name; the process id follows, then a random part
/// and [`TMP_SUFFIX`].
const TMP_PREFIX: &str = ".quire-";
const TMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to a new temporary file in `dir`: created exclusively (`O_EXCL`, so an
/// existing file or planted link at the name makes it pick another name, never follow
/// it) under a random name, with the permissions `File::create` would give.
fn stage(dir: &Path, bytes: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let mut b = tempfile::Builder::new();
    let prefix = format!("{TMP_PREFIX}{}-", std::process::id());
    b.prefix(&prefix).suffix(TMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = b.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// The process that made a temporary file of ours named `name`: today's names
/// (`.quire-<pid>-<random>.tmp`) and those of earlier versions (`.<book>.epub.<pid>.tmp`,
/// `.<book>.pdf.<pid>.tmp`). `None` for any other name.
fn tmp_owner(name: &str) -> Option<u32> {
    let stem = name.strip_suffix(TMP_SUFFIX)?;
    if let Some(rest) = stem.strip_prefix(TMP_PREFIX) {
        let (pid, random) = rest.split_once('-')?;
        return (!random.is_empty()).then(|| pid.parse().ok())?;
    }
    let (file, pid) = stem.rsplit_once('.')?;
    let old = file.starts_with('.') && (file.ends_with(".epub") || file.ends_with(".pdf"));
    if old && pid.bytes().all(|b| b.is_ascii_digit()) {
        pid.parse().ok()
    } else {
        None
    }
}

/// Whether the process `pid` still runs (and may still be writing its temporary file).
/// Where the system does not tell (no `/proc`), a file is left alone for a day.
fn still_writing(pid: u32, modified: Option<std::time::SystemTime>) -> bool {
    if pid == std::process::id() {
        return false; // ours from an earlier process with the same id: nothing staged yet
    }
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        return proc.join(pid.to_string()).exists();
    }
    modified
        .and_then(|m| m.elapsed().ok())
        .is_none_or(|age| age.as_secs() < 24 * 3600)
}

/// Removes the temporary files of Quire's own naming in `dir` whose build is gone (killed
/// while writing). Only files and links are removed (a link itself, never its target).
fn remove_stale(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(pid) = name.to_str().and_then(tmp_owner) else {
            continue;
        };
        let Ok(meta) = std::fs::symlink_metadata(e.path()) else {
            continue;
        };
        if !meta.is_dir() && !still_writing(pid, meta.modified().ok()) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Fantine & Other Stories!"), "fantine-other-stories");
        assert_eq!(slug("Ωμέγα"), "omega");
        assert_eq!(slug("Les Misérables revisités"), "les-miserables-revisites");
        assert_eq!(slug("Straße & Œuvre"), "strasse-oeuvre");
        assert_eq!(slug("!?"), "book");
        assert_eq!(slug("  A  B "), "a-b");
    }

    #[test]
    fn temporary_names() {
        assert_eq!(tmp_owner(".quire-123-AbC9x.tmp"), Some(123));
        assert_eq!(tmp_owner(".my-book.epub.77.tmp"), Some(77));
        assert_eq!(tmp_owner(".my-book.pdf.77.tmp"), Some(77));
        // Not ours: left alone.
        for other in [
            "notes.tmp",
            ".quire-123-.tmp",
            ".quire-x-abc.tmp",
            ".my-book.txt.77.tmp",
            ".my-book.epub.7a.tmp",
            "my-book.epub",
        ] {
            assert_eq!(tmp_owner(other), None, "{other}");
        }
    }
}
