//! Test helpers, reading an EPUB back: its files, its content documents in spine order,
//! their text and chapter words, and EPUBCheck's verdict on it.

use super::words::words;
use std::io::Read;
use std::path::Path;
use std::process::Command;

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
            // HTML's, in a downloaded page.
            "nbsp" => Some('\u{a0}'),
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

/// Runs EPUBCheck through the project's wrapper `tools/epubcheck` (the one place that
/// finds the jar and reads its JSON report); panics with the report unless it finds no
/// fatal, no error and no warning. Fails, not skips, when the wrapper or EPUBCheck is missing.
pub fn epubcheck(epub: &Path) {
    validate(epub, "epubcheck", "0 fatal, 0 errors, 0 warnings");
}

/// Runs Ace (DAISY's accessibility checker) through the project's wrapper `tools/ace`;
/// panics with the report unless it finds no violation. Fails, not skips, when the
/// wrapper or Ace is missing.
pub fn ace(epub: &Path) {
    validate(epub, "ace", "ace: 0 violation(s)");
}

/// Runs the validator wrapper `tools/<wrapper>` on `epub`; panics with its report unless
/// it succeeds and the report says `clean`.
fn validate(epub: &Path, wrapper: &str, clean: &str) {
    let out = Command::new(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tools")
            .join(wrapper),
    )
    .arg(epub)
    .output()
    .unwrap_or_else(|e| {
        panic!("tools/{wrapper} must run (install it with .ci/install-tools): {e}")
    });
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success() && report.contains(clean),
        "tools/{wrapper} rejected {}:\n{report}",
        epub.display()
    );
}
