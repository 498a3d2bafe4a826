//! Helpers shared by the integration tests: fixture books in temp folders, running the
//! `quire` binary, reading text back out of an EPUB, comparing words, and EPUBCheck.
//!
//! Each test file uses a different subset, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::io::Read;
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

// ---------------------------------------------------------------------------------------
// Reading an EPUB back.

/// Every file in the archive, by name.
pub fn unzip(epub: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(epub)).expect("EPUB is a zip");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).expect("zip entry");
            let mut b = Vec::new();
            f.read_to_end(&mut b).expect("read zip entry");
            (f.name().to_string(), b)
        })
        .collect()
}

fn entry<'a>(files: &'a [(String, Vec<u8>)], name: &str) -> &'a [u8] {
    &files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name} in the EPUB"))
        .1
}

/// The value of `attr="…"` inside one tag's text.
fn attr<'a>(tag: &'a str, attr: &str) -> Option<&'a str> {
    let key = format!(" {attr}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// Every `<name …>` tag's text in `xml`.
fn tags<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(&open) {
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        out.push(&rest[i..end]);
        rest = &rest[end..];
    }
    out
}

/// The content documents in spine order: (path inside the zip, XHTML text).
pub fn spine_docs(epub: &[u8]) -> Vec<(String, String)> {
    let files = unzip(epub);
    let container = String::from_utf8_lossy(entry(&files, "META-INF/container.xml")).into_owned();
    let opf_path = tags(&container, "rootfile")
        .first()
        .and_then(|t| attr(t, "full-path"))
        .expect("container names the OPF")
        .to_string();
    let base = opf_path.rsplit_once('/').map_or("", |(b, _)| b).to_string();
    let opf = String::from_utf8_lossy(entry(&files, &opf_path)).into_owned();
    let items: Vec<(String, String)> = tags(&opf, "item")
        .iter()
        .filter_map(|t| Some((attr(t, "id")?.to_string(), attr(t, "href")?.to_string())))
        .collect();
    tags(&opf, "itemref")
        .iter()
        .filter_map(|t| attr(t, "idref"))
        .map(|idref| {
            let href = &items
                .iter()
                .find(|(id, _)| id == idref)
                .expect("spine item in manifest")
                .1;
            let path = if base.is_empty() {
                href.clone()
            } else {
                format!("{base}/{href}")
            };
            let text = String::from_utf8(entry(&files, &path).to_vec()).expect("UTF-8 XHTML");
            (path, text)
        })
        .collect()
}

/// Replaces XML entities and character references with the characters they stand for.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(semi) = rest.find(';') else { break };
        let name = &rest[1..semi];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            n if n.starts_with("#x") || n.starts_with("#X") => u32::from_str_radix(&n[2..], 16)
                .ok()
                .and_then(char::from_u32),
            n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of some XHTML: tags out (inline `<em>` joins, any other tag separates),
/// entities replaced.
pub fn strip_tags(xhtml: &str) -> String {
    let mut out = String::with_capacity(xhtml.len());
    let mut rest = xhtml;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        let tag = &rest[i..end];
        if !matches!(tag, "<em>" | "</em>") {
            out.push(' ');
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    unescape(&out)
}

/// The `<body>` of a document.
pub fn body(xhtml: &str) -> &str {
    let start = xhtml.find("<body").unwrap_or(0);
    let end = xhtml.rfind("</body>").unwrap_or(xhtml.len());
    &xhtml[start..end]
}

/// Cuts every `<open …>…</close>` element whose opening tag starts with `open` out of `s`.
pub fn cut(s: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(open) {
        out.push_str(&rest[..i]);
        let end = rest[i..]
            .find(close)
            .map_or(rest.len(), |e| i + e + close.len());
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// What one chapter document says: the words of its `<h1>` title, and the words of
/// everything the story supplied (notes, headings, paragraphs), without the header and
/// the "Author's Note" labels Quire adds.
#[derive(Clone, Debug)]
pub struct ChapterWords {
    pub title: Vec<String>,
    pub text: Vec<String>,
}

/// Splits a chapter XHTML document into [`ChapterWords`].
pub fn chapter_words(xhtml: &str) -> ChapterWords {
    let b = body(xhtml);
    let title = b
        .find("<h1")
        .map(|i| {
            let end = b[i..].find("</h1>").map_or(b.len(), |e| i + e);
            words(&strip_tags(&b[i..end]))
        })
        .unwrap_or_default();
    let rest = cut(b, "<header", "</header>");
    let rest = cut(&rest, "<h2 id=\"", "</h2>"); // note labels carry an id; story headings do not
    ChapterWords {
        title,
        text: words(&strip_tags(&rest)),
    }
}

/// The chapter documents of an EPUB, in spine order.
pub fn epub_chapters(epub: &[u8]) -> Vec<ChapterWords> {
    spine_docs(epub)
        .into_iter()
        .filter(|(p, _)| p.contains("chapter-"))
        .map(|(_, x)| chapter_words(&x))
        .collect()
}

/// All text of the EPUB's content documents in spine order.
pub fn epub_text(epub: &[u8]) -> String {
    spine_docs(epub)
        .iter()
        .map(|(_, x)| strip_tags(body(x)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Normalised words: maximal runs of letters and digits, so that typography (curly
/// quotes, dashes, ellipses, non-breaking spaces) does not change the comparison. Each
/// Han, kana or Hangul character is a word of its own: CJK text has no spaces and its
/// lines break between any two characters.
pub fn words(text: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let text: String = text.nfc().collect();
    let cjk = |c: char| {
        matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
            | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
    };
    let mut out = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        let mut rest = w;
        while let Some(i) = rest.find(cjk) {
            if i > 0 {
                out.push(rest[..i].to_string());
            }
            let c = rest[i..].chars().next().unwrap();
            out.push(c.to_string());
            rest = &rest[i + c.len_utf8()..];
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out
}

/// The opening paragraphs of a chapter's notes, as the model holds them (with any
/// `A/N:`-style label still on them): the note before the story and the note after it.
#[derive(Clone, Debug, Default)]
pub struct NoteOpenings {
    pub before: Option<String>,
    pub after: Option<String>,
}

pub fn note_openings(ch: &quire::model::Chapter) -> NoteOpenings {
    NoteOpenings {
        before: ch.preface.first().map(|b| b.plain()),
        after: ch.afterword.first().map(|b| b.plain()),
    }
}

/// `text` without the labels its notes open with (`A/N:`, `Author's Note:` …): the
/// book's own note heading stands for them (see `quire::furniture`), so they are not
/// story words the outputs carry. Only the paragraphs that open a note lose one: the
/// first paragraph that starts like the note before the story, the last that starts like
/// the note after it (a story paragraph may start with the same label words, and it
/// keeps them). Paragraphs are separated by blank lines.
pub fn without_author_labels(text: &str, openings: &NoteOpenings) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let opens_like = |p: &str, opening: &Option<String>| {
        let Some(o) = opening else { return false };
        let o = words(o);
        // A note may be only the first lines of a blank-line paragraph.
        !o.is_empty() && words(p).starts_with(&o) && quire::furniture::author_label_len(p).is_some()
    };
    let first = paragraphs
        .iter()
        .position(|p| opens_like(p, &openings.before));
    let last = paragraphs
        .iter()
        .rposition(|p| opens_like(p, &openings.after));
    paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| match quire::furniture::author_label_len(p) {
            Some(n) if Some(i) == first || Some(i) == last => p.chars().skip(n).collect(),
            _ => p.to_string(),
        })
        .collect::<Vec<String>>()
        .join("\n\n")
}

/// Whether `got` holds every word of `source` exactly once and in order, allowing one
/// thing: the chapter's title, shown in `title`, may have been lifted out of the text
/// to head the chapter (then it appears in `source` as one contiguous run).
pub fn same_words_allowing_title(source: &[String], title: &[String], got: &[String]) -> bool {
    if source == got {
        return true;
    }
    if title.is_empty() || source.len() != got.len() + title.len() {
        return false;
    }
    (0..=got.len()).any(|i| {
        source[i..i + title.len()] == *title
            && source[..i] == got[..i]
            && source[i + title.len()..] == got[i..]
    })
}

/// A readable account of where two word lists first differ.
pub fn first_difference(want: &[String], got: &[String]) -> String {
    let i = want
        .iter()
        .zip(got)
        .position(|(a, b)| a != b)
        .unwrap_or(want.len().min(got.len()));
    let around = |v: &[String]| v[i.saturating_sub(5)..(i + 5).min(v.len())].join(" ");
    format!(
        "lengths {} vs {}; first difference at word {i}: want [{}] got [{}]",
        want.len(),
        got.len(),
        around(want),
        around(got)
    )
}

// ---------------------------------------------------------------------------------------
// EPUBCheck.

/// Runs EPUBCheck through the project's wrapper `tools/epubcheck` (the one place that
/// finds the jar and reads its JSON report); panics with the report unless it finds no
/// fatal, no error and no warning. Fails, not skips, when the wrapper or EPUBCheck is missing.
pub fn epubcheck(epub: &Path) {
    let out = Command::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/epubcheck"))
        .arg(epub)
        .output()
        .expect("tools/epubcheck must run (install EPUBCheck with .ci/install-tools)");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && report.contains("0 fatal, 0 errors, 0 warnings"),
        "EPUBCheck rejected {}:\n{report}",
        epub.display()
    );
}

// ---------------------------------------------------------------------------------------
// Reading a PDF back.

/// The text of a PDF by `pdftotext -raw` (fails, not skips, when poppler is missing).
pub fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8(out.stdout).expect("UTF-8 from pdftotext")
}

/// Marks a furniture line among the tokens of [`check_pdf_words`].
const FURNITURE: char = '\u{2}';

/// Checks that the body text of a PDF (as [`pdftotext`] gives it) holds `expected`
/// normalised words exactly once and in order. Lines equal to one of `furniture`
/// (running heads, chapter titles, note labels) and folio lines (digits or roman
/// numerals) are skipped unless the story's words at that point are the same ("xxx"); front matter before the first expected words is skipped; a
/// line ending in `letter-` may be a hyphenation break, so both readings are tried.
pub fn check_pdf_words(
    text: &str,
    furniture: &[String],
    expected: &[String],
) -> Result<(), String> {
    // Raw tokens, with hyphen-broken line ends joined to the next line's first token
    // by a \u{1} marker.
    let mut tokens: Vec<String> = Vec::new();
    let mut carry: Option<String> = None;
    for line in text.lines() {
        let t = line.trim().trim_matches('\u{c}').trim();
        let folio = !t.is_empty()
            && (t.chars().all(|c| c.is_ascii_digit()) || t.chars().all(|c| "ivxlcdm".contains(c)));
        if folio || furniture.iter().any(|f| f.trim() == t) {
            // A furniture or folio line may also be story text ("Author's Note" or "xxx"
            // standing alone as a paragraph): matched against the story when it fits
            // there, else skipped.
            // A word hyphenated across it (a page break) still joins the next line.
            tokens.push(format!("{FURNITURE}{t}"));
            continue;
        }
        if t.is_empty() {
            continue;
        }
        let mut ws: Vec<String> = t.split_whitespace().map(str::to_string).collect();
        if let Some(c) = carry.take() {
            ws[0] = format!("{c}{}", ws[0]);
        }
        // A soft hyphen (U+00AD) is what the PDF gives for a hyphen the line break added.
        let last = ws.pop().unwrap_or_default().replace('\u{AD}', "-");
        tokens.extend(ws);
        let stem = last.strip_suffix('-').unwrap_or("");
        if !stem.is_empty() && stem.ends_with(char::is_alphabetic) {
            carry = Some(format!("{last}\u{1}"));
        } else {
            tokens.push(last);
        }
    }
    tokens.extend(carry);
    let readings = |tok: &str| -> Vec<Vec<String>> {
        if tok.starts_with(FURNITURE) {
            vec![Vec::new()]
        } else if tok.contains('\u{1}') {
            vec![
                words(&tok.replace("-\u{1}", "")),
                words(&tok.replace('\u{1}', "")),
            ]
        } else {
            vec![words(tok)]
        }
    };
    let head = expected.len().min(5);
    let flat: Vec<String> = tokens
        .iter()
        .flat_map(|t| words(&t.replace("-\u{1}", "-")))
        .collect();
    // Find the token where the story text starts: the first whose words begin the
    // expected run.
    let start = (0..tokens.len())
        .find(|&i| {
            let ws: Vec<String> = tokens[i..]
                .iter()
                .take(head + 2)
                .flat_map(|t| readings(t).remove(0))
                .collect();
            ws.len() >= head && ws[..head] == expected[..head]
        })
        .ok_or_else(|| {
            format!(
                "the story text never starts; first words wanted {:?}, text has {:?}…",
                &expected[..head],
                &flat[..flat.len().min(40)]
            )
        })?;
    let mut ei = 0;
    for (ti, tok) in tokens.iter().enumerate().skip(start) {
        if let Some(line) = tok.strip_prefix(FURNITURE) {
            // Taken as story text only when the story goes on with it and the next
            // real token does not: a label before a labelled note is still furniture.
            let fits = |tok: &String, ei: usize| {
                readings(tok).into_iter().any(|ws| {
                    !ws.is_empty()
                        && ei + ws.len() <= expected.len()
                        && expected[ei..].starts_with(&ws)
                })
            };
            let next_fits = tokens[ti + 1..]
                .iter()
                .find(|t| !t.starts_with(FURNITURE))
                .is_some_and(|t| fits(t, ei));
            let ws = words(line);
            if !next_fits && expected[ei..].starts_with(&ws) {
                ei += ws.len();
            }
            continue;
        }
        let ok = readings(tok)
            .into_iter()
            .find(|ws| ei + ws.len() <= expected.len() && expected[ei..ei + ws.len()] == ws[..]);
        match ok {
            Some(ws) => ei += ws.len(),
            None => {
                return Err(format!(
                    "at word {ei}: want {:?}, text has {:?}",
                    &expected[ei..(ei + 6).min(expected.len())],
                    &tokens[ti..(ti + 6).min(tokens.len())]
                ));
            }
        }
    }
    if ei == expected.len() {
        Ok(())
    } else {
        Err(format!(
            "text ends at word {ei} of {}: missing {:?}",
            expected.len(),
            &expected[ei..(ei + 6).min(expected.len())]
        ))
    }
}

/// A number attribute (`xMin`, `yMax` …) of a tag in `pdftotext -bbox` or
/// `-bbox-layout` output.
pub fn bbox_attr(tag: &str, name: &str) -> f32 {
    let at = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
    let end = at + tag[at..].find('"').unwrap();
    tag[at..end].parse().unwrap()
}
