//! Helpers shared by the integration tests: fixture books in temp folders and running the
//! `quire` binary here; reading an EPUB back (and EPUBCheck) in [`epub`], comparing words
//! in [`words`], reading a PDF back in [`pdf`], all re-exported so tests name them
//! `common::…`.
//!
//! Each test file uses a different subset, hence the `dead_code` allowance (and the
//! `unused_imports` one on the re-exports).
#![allow(dead_code)]

mod epub;
mod pdf;
mod words;

#[allow(unused_imports)]
pub use epub::*;
#[allow(unused_imports)]
pub use pdf::*;
#[allow(unused_imports)]
pub use words::*;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs a validator or extractor (`pdfinfo`, `qpdf`, `mutool` …) and returns its stdout;
/// panics, with what it printed, if it cannot run or fails.
pub fn tool(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("`{cmd}` is required for this test and could not run: {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A scratch folder under `target/tmp/<area>/<name>`, emptied first.
pub fn scratch(area: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(area).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A book folder in a fresh temporary directory.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

impl Fixture {
    /// An empty folder.
    pub fn new() -> Self {
        Fixture {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A folder with `book.toml` holding `toml`.
    pub fn with_toml(toml: &str) -> Self {
        let f = Fixture::new();
        f.write("book.toml", toml);
        f
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `rel` (creating folders), returning its full path.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path().join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, bytes).expect("write fixture");
        p
    }

    /// Runs `quire build <folder> --format epub` plus `extra` arguments.
    pub fn build_epub(&self, extra: &[&str]) -> Run {
        let mut args = vec!["build".to_string(), self.path().display().to_string()];
        args.extend(["--format".to_string(), "epub".to_string()]);
        args.extend(extra.iter().map(|s| s.to_string()));
        quire(&args)
    }

    /// The files under `out/` (names only, sorted), or none when it does not exist.
    pub fn out_files(&self) -> Vec<String> {
        list(&self.path().join("out"))
    }
}

/// File names in a folder, sorted; empty when the folder does not exist.
pub fn list(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// What a run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Stderr, one entry a line.
    pub fn errors(&self) -> Vec<&str> {
        self.stderr.lines().collect()
    }
}

/// The binary under test.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_quire")
}

/// Runs `quire` with `args`.
pub fn quire<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Run {
    run(Command::new(bin()).args(args))
}

/// Runs `quire` with `args` as an unprivileged user (`nobody`, through util-linux's
/// setpriv) when the tests run as root, who reads a `chmod 000` file anyway: a
/// permission test run as root would prove nothing.
pub fn quire_unprivileged<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Run {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    if is_root {
        run(Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(bin())
            .args(args))
    } else {
        quire(args)
    }
}

/// `quire build BOOK --format FORMAT --out OUT`: the path of the one file of that format
/// it wrote, and what it printed on stderr. Panics unless the build succeeded and wrote
/// exactly one such file.
pub fn build_format(book: &Path, format: &str, out: &Path) -> (PathBuf, String) {
    let run = quire(&[
        "build".as_ref(),
        book.as_os_str(),
        "--format".as_ref(),
        format.as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(
        run.code,
        0,
        "quire build {} failed: {}",
        book.display(),
        run.stderr
    );
    let files: Vec<String> = list(out)
        .into_iter()
        .filter(|f| f.ends_with(&format!(".{format}")))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    (out.join(&files[0]), run.stderr)
}

/// `quire build BOOK --out OUT` (every format the book asks for): the PDF and EPUB it
/// wrote. Panics unless the build succeeded and wrote both.
pub fn build_pdf_and_epub(book: &Path, out: &Path) -> (PathBuf, PathBuf) {
    let run = quire(&[
        "build".as_ref(),
        book.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let file = |ext: &str| {
        let name = list(out)
            .into_iter()
            .find(|f| f.ends_with(ext))
            .unwrap_or_else(|| panic!("no {ext} in {out:?}"));
        out.join(name)
    };
    (file(".pdf"), file(".epub"))
}

/// Runs a prepared command and collects its output.
pub fn run(cmd: &mut Command) -> Run {
    let out = cmd
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run quire");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A valid 2 × 3 RGB PNG (IHDR, one IDAT, IEND), generated once with Python's zlib;
/// small enough to write inline.
pub fn tiny_png() -> Vec<u8> {
    let hex = "89504e470d0a1a0a0000000d4948445200000002000000030802000000368849d60000001049444154789c63f8cfc000440c28140044d005fba4cfde800000000049454e44ae426082";
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// A story with a title line and two paragraphs.
pub const STORY: &str = "The Quiet Room\n\nShe walked into the room and sat down by the window.\n\nThen she left again, and the room was quiet.";

/// A minimal `book.toml` listing `files`.
pub fn toml_for(files: &[&str]) -> String {
    let mut s = "[book]\ntitle = \"Test Book\"\nauthors = [\"A. Writer\"]\n".to_string();
    for f in files {
        s += &format!("\n[[chapters]]\nfile = \"{f}\"\n");
    }
    s
}
