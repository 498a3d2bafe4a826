//! Packaging: XHTML documents → epub-builder → post-pass → zip.
//!
//! Input: the book and its rendered documents. Output: `.epub` bytes, byte-identical for
//! the same input (pinned identifier, dates and zip timestamps).

use super::xhtml::{self, esc};
use crate::fonts;
use crate::model::Book;
use epub_builder::{
    EpubBuilder, EpubContent, EpubVersion, MetadataOpfV3, ReferenceType, ZipLibrary,
};
use rayon::prelude::*;
use std::io::{Read, Write};

/// Builds the EPUB bytes.
pub fn package(book: &Book) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let (raw, chapters) = generate(book)?;
    rewrite(&raw, book, &chapters)
}

/// epub-builder's raw archive (chapters as empty placeholders) and each chapter's
/// document compressed on its own.
type Generated = (Vec<u8>, Vec<Vec<u8>>);

/// Runs epub-builder: its raw archive, and the chapters it leaves for [`rewrite`].
fn generate(book: &Book) -> Result<Generated, Box<dyn std::error::Error>> {
    let meta = &book.meta;
    let lang = meta.language.as_str();
    // Chapters are independent: render and compress their XHTML in parallel, each into
    // a one-entry archive whose compressed entry the rewrite copies as it is.
    // epub-builder gets an empty placeholder for each, so nothing is deflated twice.
    let chapters: Vec<Vec<u8>> = book
        .chapters
        .par_iter()
        .enumerate()
        .map(|(i, ch)| {
            let page = xhtml::chapter_page(ch, i, lang, meta.story_info);
            compress_one(
                &format!("OEBPS/{}", xhtml::chapter_file(i)),
                page.as_bytes(),
            )
        })
        .collect::<Result<_, _>>()?;

    let mut b = EpubBuilder::new(ZipLibrary::new()?)?;
    b.epub_version(EpubVersion::V30);
    b.set_title(meta.title.as_str());
    b.set_authors(meta.authors.clone());
    b.set_languages(vec![lang.to_string()]);
    b.set_toc_name("Contents");
    b.set_generator("Quire");
    if let Some(d) = &meta.description {
        b.add_description(d.as_str());
    }
    if let Some(r) = &meta.rights {
        b.set_license(r.as_str());
    }
    let when = chrono::DateTime::from_timestamp(meta.modified_epoch, 0).unwrap_or_default();
    b.set_modified_date(when);
    // A placeholder: the post-pass writes the book's real identifier in its place.
    b.set_uuid(uuid::Uuid::nil());
    for (property, value) in accessibility(book) {
        b.add_metadata_opf(Box::new(MetadataOpfV3::new(
            property.to_string(),
            esc(&value),
        )));
    }
    b.stylesheet(xhtml::STYLESHEET.as_bytes())?;
    if let Some(c) = &meta.cover {
        b.add_cover_image(
            format!("images/{}", c.file_name),
            c.bytes.as_slice(),
            c.media_type,
        )?;
        b.add_content(
            EpubContent::new("cover.xhtml", cover_page(book).as_bytes())
                .title("Cover")
                .reftype(ReferenceType::Cover),
        )?;
    }
    b.add_content(
        EpubContent::new("titlepage.xhtml", xhtml::title_page(meta).as_bytes())
            .title("Title Page")
            .reftype(ReferenceType::TitlePage),
    )?;
    b.add_content(
        EpubContent::new("contents.xhtml", xhtml::contents_page(book).as_bytes())
            .title("Contents")
            .reftype(ReferenceType::Toc),
    )?;
    for (i, ch) in book.chapters.iter().enumerate() {
        let mut content =
            EpubContent::new(xhtml::chapter_file(i), &b""[..]).title(ch.title.as_str());
        if i == 0 {
            // The landmarks nav needs a bodymatter entry: the first story.
            content = content.reftype(ReferenceType::Text);
        }
        b.add_content(content)?;
    }
    let mut raw = Vec::new();
    b.generate(&mut raw)?;
    Ok((raw, chapters))
}

/// Entry options: fixed timestamp and permissions so builds are byte-identical.
fn options(method: zip::CompressionMethod) -> zip::write::SimpleFileOptions {
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(method)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    // Level 3: on 1,000 stories 7% less time than the default 6 for 1% more bytes.
    if method == zip::CompressionMethod::Deflated {
        o.compression_level(Some(3))
    } else {
        o
    }
}

/// A one-entry zip archive holding `bytes` deflated under `name`.
fn compress_one(name: &str, bytes: &[u8]) -> Result<Vec<u8>, zip::result::ZipError> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(bytes.len() / 2)));
    z.start_file(name, options(zip::CompressionMethod::Deflated))?;
    z.write_all(bytes)?;
    Ok(z.finish()?.into_inner())
}

/// Fonts we add to the package ourselves, stored uncompressed (they barely compress, and
/// leaving them out of epub-builder saves deflating megabytes on every build).
const FONTS: [(&str, &[u8]); 4] = [
    ("fonts/CharisSIL-Regular.ttf", fonts::REGULAR),
    ("fonts/CharisSIL-Italic.ttf", fonts::ITALIC),
    ("fonts/CharisSIL-Bold.ttf", fonts::BOLD),
    ("fonts/OFL.txt", fonts::CHARIS_LICENSE.as_bytes()),
];

fn cover_page(book: &Book) -> String {
    let c = book
        .meta
        .cover
        .as_ref()
        .expect("cover page only with a cover");
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" \
         xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"{l}\" lang=\"{l}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <title>Cover</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"stylesheet.css\"/>\n</head>\n\
         <body>\n<section class=\"cover\" epub:type=\"cover\" aria-label=\"Cover\">\n\
         <img src=\"images/{f}\" alt=\"Cover of {t}\" width=\"{w}\" height=\"{h}\" style=\"max-width:100%;max-height:100vh\"/>\n\
         </section>\n</body>\n</html>\n",
        l = esc(&book.meta.language),
        f = c.file_name,
        t = esc(&book.meta.title),
        w = c.width,
        h = c.height,
    )
}

/// Accessibility metadata (schema.org), as Ace and reading systems expect it.
fn accessibility(book: &Book) -> Vec<(&'static str, String)> {
    let mut v = vec![
        ("schema:accessMode", "textual".to_string()),
        ("schema:accessModeSufficient", "textual".to_string()),
        (
            "schema:accessibilityFeature",
            "structuralNavigation".to_string(),
        ),
        ("schema:accessibilityFeature", "tableOfContents".to_string()),
        ("schema:accessibilityFeature", "readingOrder".to_string()),
        (
            "schema:accessibilityFeature",
            "displayTransformability".to_string(),
        ),
        ("schema:accessibilityHazard", "none".to_string()),
        (
            "schema:accessibilitySummary",
            "Text-only anthology with a navigable table of contents, chapter headings and \
             labelled author's notes; reading order follows the printed order."
                .to_string(),
        ),
    ];
    if book.meta.cover.is_some() {
        v.insert(0, ("schema:accessMode", "visual".to_string()));
    }
    v
}

/// Rewrites epub-builder's archive: fixes what it gets wrong (see
/// `shared/DEPENDENCIES.md`), adds the fonts, and pins every timestamp. Entries that need
/// no fix are copied still compressed.
fn rewrite(
    raw: &[u8],
    book: &Book,
    chapters: &[Vec<u8>],
) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    use zip::{CompressionMethod, ZipArchive, ZipWriter};
    let stored = options(CompressionMethod::Stored);
    let deflated = options(CompressionMethod::Deflated);
    let mut archive = ZipArchive::new(std::io::Cursor::new(raw))?;
    let font_bytes: usize = FONTS.iter().map(|(_, b)| b.len()).sum();
    let chapter_bytes: usize = chapters.iter().map(Vec::len).sum();
    let mut z = ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(
        raw.len() + font_bytes + chapter_bytes + 4096,
    )));
    let mut next_chapter = chapters.iter();
    let mut fixed = 0;
    // The OCF container requires `mimetype` first, stored, with no extra field.
    z.start_file("mimetype", stored)?;
    z.write_all(b"application/epub+zip")?;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let name = entry.name().to_string();
        match name.as_str() {
            "mimetype" => {}
            "OEBPS/content.opf" | "OEBPS/toc.ncx" | "OEBPS/nav.xhtml" => {
                let mut text = String::new();
                entry.read_to_string(&mut text)?;
                z.start_file(name.as_str(), deflated)?;
                z.write_all(fix(&name, text, book)?.as_bytes())?;
                fixed += 1;
            }
            n if n.starts_with("OEBPS/chapter-") => {
                // epub-builder writes chapters in book order, as we gave them.
                let one = next_chapter.next().ok_or("more chapters than rendered")?;
                let mut a = ZipArchive::new(std::io::Cursor::new(one.as_slice()))?;
                z.raw_copy_file(a.by_index(0)?)?;
            }
            _ => z.raw_copy_file(entry)?,
        }
    }
    if fixed != 3 || next_chapter.next().is_some() {
        return Err(format!(
            "epub-builder's archive lacks a package file or a chapter the post-pass expects \
             ({fixed} of 3 package files; written for epub-builder 0.8.3)"
        )
        .into());
    }
    for (name, bytes) in FONTS {
        z.start_file(format!("OEBPS/{name}"), stored)?;
        z.write_all(bytes)?;
    }
    Ok(z.finish()?.into_inner())
}

/// Replaces the first `from` in `s` with `to`, or fails naming the file and the text
/// that was expected: the post-pass was written against epub-builder 0.8.3's exact output
/// (the version is pinned in Cargo.toml), and a silent miss would ship an invalid EPUB.
fn patch(s: &str, file: &str, from: &str, to: &str) -> Result<String, String> {
    if !s.contains(from) {
        return Err(format!(
            "epub-builder wrote {file} without `{}`, which the post-pass rewrites              (it was written for epub-builder 0.8.3)",
            from.escape_debug()
        ));
    }
    Ok(s.replacen(from, to, 1))
}

/// The text fixes for one of epub-builder's generated files; an error when a text the
/// fixes rely on is missing.
fn fix(name: &str, s: String, book: &Book) -> Result<String, String> {
    let meta = &book.meta;
    let lang = esc(&meta.language);
    let ident = esc(&meta.identifier);
    let nil = uuid::fmt::Urn::from_uuid(uuid::Uuid::nil()).to_string();
    Ok(match name {
        "OEBPS/content.opf" => {
            let s = patch(
                &s,
                name,
                "<package version=\"3.0\"",
                &format!("<package version=\"3.0\" xml:lang=\"{lang}\""),
            )?;
            let s = patch(&s, name, &format!(">{nil}<"), &format!(">{ident}<"))?;
            // dc:language and dc:creator both get id="epub-creator-N" (RSC-005):
            // renumber the languages, which nothing refines.
            let lang_id = "<dc:language id=\"epub-creator-";
            let s = patch(&s, name, lang_id, "<dc:language id=\"lang-")?
                .replace(lang_id, "<dc:language id=\"lang-");
            // Elements epub-builder has no setter for go before dcterms:modified.
            let mut extra = String::new();
            if let Some(d) = &meta.date {
                extra += &format!("<dc:date>{}</dc:date>\n    ", esc(d));
            }
            if let Some(p) = &meta.publisher {
                extra += &format!("<dc:publisher>{}</dc:publisher>\n    ", esc(p));
            }
            // The stories' own authors are contributors to the anthology.
            let mut contributors: Vec<&str> = Vec::new();
            for a in book.chapters.iter().filter_map(|c| c.author.as_deref()) {
                if !contributors.contains(&a) && !meta.authors.iter().any(|m| m == a) {
                    contributors.push(a);
                }
            }
            for a in contributors {
                extra += &format!("<dc:contributor>{}</dc:contributor>\n    ", esc(a));
            }
            let mut items = String::new();
            for (file, _) in FONTS {
                let mime = if file.ends_with(".ttf") {
                    "font/ttf"
                } else {
                    "text/plain"
                };
                if mime == "text/plain" {
                    continue; // the licence travels in the container but is not publication content
                }
                items += &format!(
                    "    <item media-type=\"{mime}\" id=\"{}\" href=\"{file}\"/>\n",
                    file.replace(['/', '.'], "_")
                );
            }
            let modified = "<meta property=\"dcterms:modified\">";
            let s = patch(&s, name, modified, &format!("{extra}{modified}"))?;
            patch(&s, name, "  </manifest>", &format!("{items}  </manifest>"))?
        }
        "OEBPS/toc.ncx" => {
            let s = patch(
                &s,
                name,
                "<head>",
                &format!("<head>\n    <meta name=\"dtb:uid\" content=\"{ident}\" />"),
            )?;
            let s = patch(
                &s,
                name,
                "<docTitle>\n    <text>Contents</text>",
                &format!("<docTitle>\n    <text>{}</text>", esc(&meta.title)),
            )?;
            patch(
                &s,
                name,
                "<ncx version=\"2005-1\"",
                &format!("<ncx version=\"2005-1\" xml:lang=\"{lang}\""),
            )?
        }
        "OEBPS/nav.xhtml" => {
            let s = patch(
                &s,
                name,
                "xmlns:epub=\"http://www.idpf.org/2007/ops\">",
                &format!(
                    "xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"{lang}\" lang=\"{lang}\">"
                ),
            )?;
            let s = patch(
                &s,
                name,
                "<nav epub:type = \"toc\" id=\"toc\">",
                "<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">",
            )?;
            let s = patch(
                &s,
                name,
                "<nav epub:type = \"landmarks\">",
                "<nav epub:type=\"landmarks\" aria-label=\"Landmarks\" hidden=\"hidden\">",
            )?;
            patch(
                &s,
                name,
                "<meta charset = \"utf-8\" />",
                "<meta charset=\"utf-8\" />",
            )?
        }
        _ => s,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The three files the post-pass rewrites, as epub-builder wrote them for a small book.
    fn raw_files() -> (Book, Vec<(String, String)>) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("book.toml"),
            "[book]\ntitle = \"T\"\nauthors = [\"A\"]\npublisher = \"P\"\n\n[[chapters]]\nfile = \"a.txt\"\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("a.txt"), "A Title\n\nSome words here.").unwrap();
        let book = crate::source::load(dir.path()).unwrap().book;
        let (raw, _) = generate(&book).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(raw)).unwrap();
        let files = ["OEBPS/content.opf", "OEBPS/toc.ncx", "OEBPS/nav.xhtml"]
            .iter()
            .map(|n| {
                let mut s = String::new();
                archive.by_name(n).unwrap().read_to_string(&mut s).unwrap();
                (n.to_string(), s)
            })
            .collect();
        (book, files)
    }

    #[test]
    fn post_pass_fails_loudly_when_a_pattern_is_missing() {
        let (book, files) = raw_files();
        for (name, text) in &files {
            assert!(fix(name, text.clone(), &book).is_ok(), "{name}");
        }
        // One text each fix relies on, changed as a new epub-builder might change it.
        let needles = [
            ("OEBPS/content.opf", "<package version=\"3.0\""),
            ("OEBPS/content.opf", "<dc:language id=\"epub-creator-"),
            ("OEBPS/content.opf", "<meta property=\"dcterms:modified\">"),
            ("OEBPS/content.opf", "  </manifest>"),
            ("OEBPS/toc.ncx", "<head>"),
            ("OEBPS/toc.ncx", "<docTitle>\n    <text>Contents</text>"),
            ("OEBPS/nav.xhtml", "<nav epub:type = \"landmarks\">"),
            ("OEBPS/nav.xhtml", "<meta charset = \"utf-8\" />"),
        ];
        for (name, needle) in needles {
            let text = &files.iter().find(|(n, _)| n == name).unwrap().1;
            assert!(text.contains(needle), "{name} lacks {needle:?} already");
            let changed = text.replace(needle, "<changed/>");
            let err = fix(name, changed, &book).expect_err(needle);
            assert!(err.contains(name) && err.contains("0.8.3"), "{err}");
        }
    }

    #[test]
    fn post_pass_fails_loudly_when_a_file_is_missing() {
        let (book, _) = raw_files();
        let (raw, chapters) = generate(&book).unwrap();
        assert!(rewrite(&raw, &book, &chapters).is_ok());
        // Without the nav document.
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&raw[..])).unwrap();
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for i in 0..archive.len() {
            let e = archive.by_index(i).unwrap();
            if e.name() != "OEBPS/nav.xhtml" {
                z.raw_copy_file(e).unwrap();
            }
        }
        let without_nav = z.finish().unwrap().into_inner();
        let err = rewrite(&without_nav, &book, &chapters).unwrap_err();
        assert!(err.to_string().contains("2 of 3"), "{err}");
        // With a chapter epub-builder did not write.
        let mut more = chapters.clone();
        more.push(chapters[0].clone());
        assert!(rewrite(&raw, &book, &more).is_err());
    }
}
