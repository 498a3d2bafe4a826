//! Output files: rendered bytes → files on disk, atomically.
//!
//! Input: the bytes of each output. Output: files in the output folder. Each file is
//! written to a temporary name in the same folder and renamed into place, so a failed
//! build never leaves a half-written file and never spoils an earlier good one.

use crate::diag::Diagnostic;
use crate::source::io_reason;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file name for the book: lowercase ASCII letters and digits joined by hyphens.
pub fn slug(title: &str) -> String {
    let mut s = String::new();
    for c in title.chars() {
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

/// Writes every `(path, bytes)` pair, all or nothing: if any file fails, the ones already
/// renamed into place are left as they are, but no temporary file remains.
pub fn write_all(outputs: &[(PathBuf, Vec<u8>)]) -> Result<(), Diagnostic> {
    // Stage every file first, then rename: a failure while staging touches no real file.
    let mut staged: Vec<(PathBuf, &Path)> = Vec::new();
    for (path, bytes) in outputs {
        match stage(path, bytes) {
            Ok(tmp) => staged.push((tmp, path)),
            Err(d) => {
                for (tmp, _) in &staged {
                    let _ = std::fs::remove_file(tmp);
                }
                return Err(d);
            }
        }
    }
    for (i, (tmp, path)) in staged.iter().enumerate() {
        if let Err(e) = std::fs::rename(tmp, path) {
            for (t, _) in &staged[i..] {
                let _ = std::fs::remove_file(t);
            }
            return Err(write_error(path, &e));
        }
    }
    Ok(())
}

fn stage(path: &Path, bytes: &[u8]) -> Result<PathBuf, Diagnostic> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    if dir.exists() && !dir.is_dir() {
        return Err(Diagnostic::error(
            Some(dir.display().to_string()),
            "output folder is a file, not a folder",
        )
        .hint("choose another output folder with --out"));
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        Diagnostic::error(
            Some(dir.display().to_string()),
            format!("cannot create the output folder: {}", io_reason(&e)),
        )
        .hint("choose a writable output folder with --out")
    })?;
    if path.is_dir() {
        return Err(Diagnostic::error(
            Some(path.display().to_string()),
            "a folder is in the way of the output file",
        )
        .hint("move the folder, or choose another output folder with --out"));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::File::create(&tmp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(write_error(path, &e));
    }
    Ok(tmp)
}

fn write_error(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        Some(path.display().to_string()),
        format!("cannot write: {}", io_reason(e)),
    )
    .hint("choose a writable output folder with --out")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("Fantine & Other Stories!"), "fantine-other-stories");
        assert_eq!(slug("Ωμέγα"), "book");
        assert_eq!(slug("  A  B "), "a-b");
    }
}
