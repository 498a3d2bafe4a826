//! Zipped web pages: a zip holding one HTML page and its pictures (Google Docs'
//! "Download > Web page (.html, zipped)") → that page's bytes, for the HTML readers.
//!
//! Input: the bytes of a zip that is no EPUB, Word or OpenDocument file. Output: the
//! page's bytes, or a refusal that says what the zip holds and what to do with it. The
//! zip is guarded as an EPUB is (the number of entries, their sizes and inflation, no
//! name that leaves the archive, no password): a page with its `images/` is read, any
//! other zip is refused, its files named. The names inside are never used as paths.
//! Pure: no I/O.

use super::zipped::{
    MAX_ENTRIES, MAX_ENTRY_BYTES, Refusal, bomb, check_entries, declared_entries, read_bytes,
};
use std::io::Cursor;

/// What the refusals call the file.
const NOUN: &str = "zip archive";

/// The endings of files a saved page keeps beside it (its pictures and style sheets).
const BESIDE_PAGE: &[&str] = &["png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "css"];

/// The endings of a web page.
const PAGE: &[&str] = &["html", "htm", "xhtml"];

/// How many of a zip's files a refusal names.
const NAMED: usize = 5;

/// The page a zip holds with its pictures, as bytes.
pub(crate) fn page(bytes: &[u8]) -> Result<Vec<u8>, Refusal> {
    if let Some(n) = declared_entries(bytes)
        && n > MAX_ENTRIES
    {
        return Err(bomb(format!("holds {n} files")));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        (
            format!("is a damaged {NOUN} (its directory cannot be read: {e})"),
            "download the file again",
        )
    })?;
    for i in 0..zip.len() {
        if zip.by_index_raw(i).is_ok_and(|f| f.encrypted()) {
            return Err((
                format!("is a {NOUN} with a password, which Quire cannot open"),
                "unzip it yourself and list the story file in book.toml",
            ));
        }
    }
    check_entries(&mut zip, NOUN)?;
    let names: Vec<String> = zip
        .file_names()
        .filter(|n| !n.ends_with('/') && !is_clutter(n))
        .map(str::to_string)
        .collect();
    let (pages, rest): (Vec<&String>, Vec<&String>) =
        names.iter().partition(|n| ending_in(n, PAGE));
    let others: Vec<&String> = rest
        .into_iter()
        .filter(|n| !ending_in(n, BESIDE_PAGE))
        .collect();
    let hint = "unzip it and list the story file itself in book.toml (Quire reads a zip \
                only when it is one web page with its pictures, as Google Docs downloads one)";
    // The page is the one entry read: one entry's limit is all it may inflate to.
    let mut budget = MAX_ENTRY_BYTES;
    match (pages.as_slice(), others.is_empty()) {
        ([page], true) => read_bytes(&mut zip, (page, NOUN), &mut budget),
        ([], _) => Err((
            format!("is a {NOUN} holding {}, and no web page", listing(&names)),
            hint,
        )),
        ([_], false) => Err((
            format!(
                "is a {NOUN} holding a web page and other files ({}), not one page with \
                 its pictures",
                listing(&others)
            ),
            hint,
        )),
        _ => Err((
            format!(
                "is a {NOUN} holding {} web pages ({}), not one",
                pages.len(),
                listing(&pages)
            ),
            "unzip it and list each page as its own [[chapters]] entry in book.toml",
        )),
    }
}

/// Files an archiver adds that are nobody's content: macOS's resource forks and folder
/// settings, Windows' thumbnails.
fn is_clutter(name: &str) -> bool {
    let last = name.rsplit('/').next().unwrap_or(name);
    name.starts_with("__MACOSX/") || last == ".DS_Store" || last.eq_ignore_ascii_case("Thumbs.db")
}

/// Whether a name ends in one of `endings` (any case).
fn ending_in(name: &str, endings: &[&str]) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, e)| endings.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// A few of the names, and how many more there are.
fn listing(names: &[impl AsRef<str>]) -> String {
    let shown: Vec<String> = names
        .iter()
        .take(NAMED)
        .map(|n| format!("`{}`", n.as_ref().escape_debug()))
        .collect();
    let more = names.len().saturating_sub(NAMED);
    match (shown.len(), more) {
        (0, _) => "no files".into(),
        (_, 0) => shown.join(", "),
        _ => format!("{} and {more} more", shown.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A zip of `(name, text)` entries.
    fn zip_of(files: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        for (name, text) in files {
            zip.start_file(*name, opts).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    /// Google Docs' zipped page: the page with its `images/`; macOS's clutter is no file.
    #[test]
    fn a_page_with_its_pictures_is_the_page() {
        let z = zip_of(&[
            ("Story.html", "<html><body><p>Hi</p></body></html>"),
            ("images/image1.png", "png"),
            ("__MACOSX/._Story.html", "fork"),
        ]);
        assert_eq!(page(&z).unwrap(), b"<html><body><p>Hi</p></body></html>");
    }

    /// Any other zip is refused, naming what it holds and what to do.
    #[test]
    fn other_zips_say_what_they_hold() {
        let (msg, hint) = page(&zip_of(&[("a.txt", "x"), ("b.docx", "y")])).unwrap_err();
        assert!(
            msg.contains("holding `a.txt`, `b.docx`, and no web page"),
            "{msg}"
        );
        assert!(hint.contains("unzip it"), "{hint}");
        let (msg, _) = page(&zip_of(&[("a.html", "x"), ("notes.txt", "y")])).unwrap_err();
        assert!(msg.contains("other files (`notes.txt`)"), "{msg}");
        let names: Vec<String> = (1..=7).map(|i| format!("ch{i}.html")).collect();
        let files: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "x")).collect();
        let (msg, hint) = page(&zip_of(&files)).unwrap_err();
        assert!(
            msg.contains("7 web pages") && msg.contains("and 2 more"),
            "{msg}"
        );
        assert!(hint.contains("each page"), "{hint}");
    }

    /// A name that climbs out of the archive is refused before anything is read.
    #[test]
    fn a_name_leaving_the_archive_is_refused() {
        let (msg, _) = page(&zip_of(&[("../evil.html", "x")])).unwrap_err();
        assert!(msg.contains("leaves the archive"), "{msg}");
    }
}
