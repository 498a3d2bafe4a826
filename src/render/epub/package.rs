//! Packaging: XHTML documents → epub-builder → post-pass → zip.
//!
//! Input: the book and its rendered documents. Output: `.epub` bytes, byte-identical for
//! the same input (pinned identifier, dates and zip timestamps).

use super::fonts::File;
use super::pagebreak;
use super::xhtml;
use crate::config::EpubSettings;
use crate::furniture::Furniture;
use crate::model::{Block, Book, Cover};
use crate::render::pages::{PageMap, PageStart, Spot};
use crate::render::xml::esc;
use epub_builder::{
    EpubBuilder, EpubContent, EpubVersion, MetadataOpfV3, ReferenceType, TocElement, ZipLibrary,
};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::io::{Read, Write};

/// Builds the EPUB bytes.
pub fn package(
    book: &Book,
    settings: &EpubSettings,
    pages: Option<&PageMap>,
) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let f = Furniture::of(book);
    let (raw, chapters, fonts) = generate(book, &f, settings, pages)?;
    rewrite(&raw, (book, &f, pages), &chapters, &fonts)
}

/// The page starts of the front matter, and of each chapter.
fn marks_by_document<'a>(
    book: &Book,
    pages: Option<&'a PageMap>,
) -> (Vec<&'a PageStart>, Vec<Vec<&'a PageStart>>) {
    let mut front = Vec::new();
    let mut chapters = vec![Vec::new(); book.chapters.len()];
    for p in pages.iter().flat_map(|m| &m.starts) {
        let chapter = match p.at {
            Spot::ChapterHead(c) => Some(c),
            Spot::NoteLabel { chapter, .. } | Spot::Block { chapter, .. } => Some(chapter),
            _ => None,
        };
        match chapter.and_then(|c| chapters.get_mut(c)) {
            Some(list) => list.push(p),
            None => front.push(p),
        }
    }
    (front, chapters)
}

/// epub-builder's raw archive (chapters as empty placeholders), each chapter's document
/// compressed on its own, and the font files to add.
type Generated = (Vec<u8>, Vec<Vec<u8>>, Vec<File>);

/// Runs epub-builder: its raw archive, and the chapters and fonts it leaves for
/// [`rewrite`].
fn generate(
    book: &Book,
    f: &Furniture,
    settings: &EpubSettings,
    pages: Option<&PageMap>,
) -> Result<Generated, Box<dyn std::error::Error>> {
    let meta = &book.meta;
    let lang = meta.language.as_str();
    let (front_marks, chapter_marks) = marks_by_document(book, pages);
    // Chapters are independent: render and compress their XHTML in parallel, each into
    // a one-entry archive whose compressed entry the rewrite copies as it is.
    // epub-builder gets an empty placeholder for each, so nothing is deflated twice.
    // Each chapter also reports the characters it uses, for the font subsets.
    let rendered: Vec<(Vec<u8>, BTreeSet<char>)> = book
        .chapters
        .par_iter()
        .enumerate()
        .zip(&chapter_marks)
        .map(|((i, ch), marks)| {
            let page = xhtml::chapter_page(ch, i, lang, meta.story_info, f, marks);
            let mut chars = BTreeSet::new();
            super::fonts::add_chars(&mut chars, &page);
            compress_one(
                &format!("OEBPS/{}", xhtml::chapter_file(i)),
                page.as_bytes(),
            )
            .map(|z| (z, chars))
        })
        .collect::<Result<_, _>>()?;
    let mut chars = BTreeSet::new();
    let mut chapters = Vec::with_capacity(rendered.len());
    for (z, c) in rendered {
        chapters.push(z);
        chars.extend(c);
    }
    let title_page = xhtml::title_page(book, f, &front_marks);
    let copyright_page = xhtml::copyright_page(book, f, &front_marks);
    let contents_page = xhtml::contents_page(book, f, &front_marks);
    for page in [&title_page, &copyright_page, &contents_page] {
        super::fonts::add_chars(&mut chars, page);
    }
    let mut fallback = BTreeSet::new();
    for ch in &book.chapters {
        for b in ch.all_blocks() {
            super::fonts::fallback_chars(&b.plain(), &mut fallback);
        }
    }
    let fonts = super::fonts::build(&chars, &fallback, settings.embed_fonts)?;

    let mut b = EpubBuilder::new(ZipLibrary::new()?)?;
    b.epub_version(EpubVersion::V30);
    b.set_title(meta.title.as_str());
    b.set_authors(meta.authors.clone());
    b.set_languages(vec![lang.to_string()]);
    b.set_toc_name(f.contents.as_str());
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
    let mut metadata = accessibility(f);
    metadata.extend(pages.map(pagebreak::metadata).unwrap_or_default());
    for (property, value) in metadata {
        b.add_metadata_opf(Box::new(MetadataOpfV3::new(
            property.to_string(),
            esc(&value),
        )));
    }
    let css = format!("{}{}", fonts.css, xhtml::STYLESHEET);
    b.stylesheet(css.as_bytes())?;
    // A given cover, else one made from the title page: library grids show a cover.
    if let Some(c) = crate::render::cover::of(book) {
        b.add_cover_image(
            format!("images/{}", c.file_name),
            c.bytes.as_slice(),
            c.media_type,
        )?;
        b.add_content(
            EpubContent::new("cover.xhtml", cover_page(book, f, c).as_bytes())
                .title(f.cover.as_str())
                .reftype(ReferenceType::Cover),
        )?;
    }
    b.add_content(
        EpubContent::new("titlepage.xhtml", title_page.as_bytes())
            .title(f.title_page.as_str())
            .reftype(ReferenceType::TitlePage),
    )?;
    b.add_content(
        EpubContent::new("copyright.xhtml", copyright_page.as_bytes())
            .title(f.copyright_page.as_str()),
    )?;
    b.add_content(
        EpubContent::new("contents.xhtml", contents_page.as_bytes())
            .title(f.contents.as_str())
            .reftype(ReferenceType::Toc),
    )?;
    for (i, ch) in book.chapters.iter().enumerate() {
        let file = xhtml::chapter_file(i);
        let mut content = EpubContent::new(file.clone(), &b""[..]).title(ch.title.as_str());
        // The story's own headings (its chapters, for a multi-chapter work), nested
        // under it in the navigation.
        let headings = ch.body.iter().filter_map(|b| match b {
            Block::Heading(h) => Some(h),
            _ => None,
        });
        for (k, h) in headings.enumerate() {
            content = content.child(TocElement::new(
                format!("{file}#{}", xhtml::heading_anchor(i, k)),
                h.as_str(),
            ));
        }
        if i == 0 {
            // The landmarks nav needs a bodymatter entry: the first story.
            content = content.reftype(ReferenceType::Text);
        }
        b.add_content(content)?;
    }
    let mut raw = Vec::new();
    b.generate(&mut raw)?;
    Ok((raw, chapters, fonts.files))
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

fn cover_page(book: &Book, f: &Furniture, c: &Cover) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" \
         xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"{l}\" lang=\"{l}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <title>{name}</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"stylesheet.css\"/>\n</head>\n\
         <body>\n<section class=\"cover\" epub:type=\"cover\" aria-label=\"{name}\">\n\
         <img src=\"images/{file}\" alt=\"{alt}\" width=\"{w}\" height=\"{h}\" style=\"max-width:100%;max-height:100vh\"/>\n\
         </section>\n</body>\n</html>\n",
        l = esc(&book.meta.language),
        name = esc(&f.cover),
        file = c.file_name,
        alt = esc(&f.cover_alt(&book.meta.title)),
        w = c.width,
        h = c.height,
    )
}

/// How a name sorts in a library: "C. Writer" → "Writer, C."; one word stays as it is.
fn file_as(name: &str) -> String {
    let name = name.trim();
    match name.rsplit_once(' ') {
        Some((first, last)) if !first.trim().is_empty() => format!("{last}, {}", first.trim()),
        _ => name.to_string(),
    }
}

/// Accessibility metadata (schema.org), as Ace and reading systems expect it.
fn accessibility(f: &Furniture) -> Vec<(&'static str, String)> {
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
        ("schema:accessibilitySummary", f.accessibility.clone()),
    ];
    // Every book has a cover image (given or generated).
    v.insert(0, ("schema:accessMode", "visual".to_string()));
    v
}

/// Rewrites epub-builder's archive: fixes what it gets wrong (see
/// `shared/DEPENDENCIES.md`), adds the fonts, and pins every timestamp. Entries that need
/// no fix are copied still compressed.
fn rewrite(
    raw: &[u8],
    (book, f, pages): (&Book, &Furniture, Option<&PageMap>),
    chapters: &[Vec<u8>],
    fonts: &[File],
) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    use zip::{CompressionMethod, ZipArchive, ZipWriter};
    let stored = options(CompressionMethod::Stored);
    let deflated = options(CompressionMethod::Deflated);
    let mut archive = ZipArchive::new(std::io::Cursor::new(raw))?;
    let font_bytes: usize = fonts.iter().map(|(_, b, _)| b.len()).sum();
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
                z.write_all(fix(&name, text, (book, f, pages), fonts)?.as_bytes())?;
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
    // Fonts and licences are stored: subset fonts barely compress.
    for (name, bytes, _) in fonts {
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
fn fix(
    name: &str,
    s: String,
    (book, f, pages): (&Book, &Furniture, Option<&PageMap>),
    fonts: &[File],
) -> Result<String, String> {
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
            // dc:date: the book's date as written, else the day of the build's moment
            // (SOURCE_DATE_EPOCH or the newest story), so Kindle and Kobo sort it right.
            let date = meta.date.clone().unwrap_or_else(|| {
                chrono::DateTime::from_timestamp(meta.modified_epoch, 0)
                    .unwrap_or_default()
                    .format("%Y-%m-%d")
                    .to_string()
            });
            let mut extra = format!("<dc:date>{}</dc:date>\n    ", esc(&date));
            if let Some(p) = &meta.publisher {
                extra += &format!("<dc:publisher>{}</dc:publisher>\n    ", esc(p));
            }
            // The stories' own authors are contributors to the anthology, with a role
            // and a sort name as library software files them.
            let mut contributors: Vec<&str> = Vec::new();
            for a in book
                .chapters
                .iter()
                .flat_map(|c| &c.authors)
                .map(String::as_str)
            {
                if !contributors.contains(&a) && !meta.authors.iter().any(|m| m == a) {
                    contributors.push(a);
                }
            }
            for (i, a) in contributors.into_iter().enumerate() {
                extra += &format!(
                    "<dc:contributor id=\"contrib-{i}\">{}</dc:contributor>\n    \
                     <meta refines=\"#contrib-{i}\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n    \
                     <meta refines=\"#contrib-{i}\" property=\"file-as\">{}</meta>\n    ",
                    esc(a),
                    esc(&file_as(a))
                );
            }
            for (i, a) in meta.authors.iter().enumerate() {
                extra += &format!(
                    "<meta refines=\"#epub-creator-{i}\" property=\"file-as\">{}</meta>\n    ",
                    esc(&file_as(a))
                );
            }
            let mut items = String::new();
            for (file, _, mime) in fonts {
                if *mime == "text/plain" {
                    continue; // the licence travels in the container but is not publication content
                }
                items += &format!(
                    "    <item media-type=\"{mime}\" id=\"{}\" href=\"{file}\"/>\n",
                    file.replace(['/', '.'], "_")
                );
            }
            let modified = "<meta property=\"dcterms:modified\">";
            let s = patch(&s, name, modified, &format!("{extra}{modified}"))?;
            let s = patch(&s, name, "  </manifest>", &format!("{items}  </manifest>"))?;
            // epub-builder always points a `toc` guide entry at nav.xhtml, which is not in
            // the spine: Kindle's conversion appends it as a second contents after the
            // book. The contents page has its own entry.
            s.lines()
                .filter(|l| !(l.contains("<reference ") && l.contains("href=\"nav.xhtml\"")))
                .collect::<Vec<_>>()
                .join("\n")
                + "\n"
        }
        "OEBPS/toc.ncx" => {
            let s = patch(
                &s,
                name,
                "<head>",
                &format!("<head>\n    <meta name=\"dtb:uid\" content=\"{ident}\" />"),
            )?;
            // The NCX title is the book's, not the contents heading epub-builder puts there.
            let open = "<docTitle>\n    <text>";
            let start = s.find(open).map(|i| i + open.len());
            let end = start.and_then(|i| s[i..].find("</text>").map(|j| i + j));
            let (Some(start), Some(end)) = (start, end) else {
                return Err(format!(
                    "epub-builder wrote {name} without `{}`, which the post-pass rewrites \
                     (it was written for epub-builder 0.8.3)",
                    open.escape_debug()
                ));
            };
            let s = format!("{}{}{}", &s[..start], esc(&meta.title), &s[end..]);
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
                &format!(
                    "<nav epub:type=\"landmarks\" aria-label=\"{}\" hidden=\"hidden\">",
                    esc(&f.landmarks)
                ),
            )?;
            let s = patch(
                &s,
                name,
                "<meta charset = \"utf-8\" />",
                "<meta charset=\"utf-8\" />",
            )?;
            match pages {
                Some(p) => patch(
                    &s,
                    name,
                    "</body>",
                    &format!("{}</body>", pagebreak::nav(p)),
                )?,
                None => s,
            }
        }
        _ => s,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page list of one page, the title page.
    fn one_page() -> PageMap {
        PageMap {
            source: "T, PDF".into(),
            starts: vec![PageStart {
                index: 0,
                label: "i".into(),
                at: Spot::TitlePage,
            }],
        }
    }

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
        let f = Furniture::of(&book);
        let (raw, _, _) = generate(&book, &f, &EpubSettings::default(), Some(&one_page())).unwrap();
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
        let f = Furniture::of(&book);
        for (name, text) in &files {
            assert!(
                fix(name, text.clone(), (&book, &f, Some(&one_page())), &[]).is_ok(),
                "{name}"
            );
        }
        // One text each fix relies on, changed as a new epub-builder might change it.
        let needles = [
            ("OEBPS/content.opf", "<package version=\"3.0\""),
            ("OEBPS/content.opf", "<dc:language id=\"epub-creator-"),
            ("OEBPS/content.opf", "<meta property=\"dcterms:modified\">"),
            ("OEBPS/content.opf", "  </manifest>"),
            ("OEBPS/toc.ncx", "<head>"),
            ("OEBPS/toc.ncx", "<docTitle>\n    <text>"),
            ("OEBPS/nav.xhtml", "<nav epub:type = \"landmarks\">"),
            ("OEBPS/nav.xhtml", "<meta charset = \"utf-8\" />"),
            ("OEBPS/nav.xhtml", "</body>"),
        ];
        for (name, needle) in needles {
            let text = &files.iter().find(|(n, _)| n == name).unwrap().1;
            assert!(text.contains(needle), "{name} lacks {needle:?} already");
            let changed = text.replace(needle, "<changed/>");
            let err = fix(name, changed, (&book, &f, Some(&one_page())), &[]).expect_err(needle);
            assert!(err.contains(name) && err.contains("0.8.3"), "{err}");
        }
    }

    #[test]
    fn post_pass_fails_loudly_when_a_file_is_missing() {
        let (book, _) = raw_files();
        let f = Furniture::of(&book);
        let (raw, chapters, fonts) =
            generate(&book, &f, &EpubSettings::default(), Some(&one_page())).unwrap();
        assert!(rewrite(&raw, (&book, &f, None), &chapters, &fonts).is_ok());
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
        let err = rewrite(&without_nav, (&book, &f, None), &chapters, &fonts).unwrap_err();
        assert!(err.to_string().contains("2 of 3"), "{err}");
        // With a chapter epub-builder did not write.
        let mut more = chapters.clone();
        more.push(chapters[0].clone());
        assert!(rewrite(&raw, (&book, &f, None), &more, &fonts).is_err());
    }
}
