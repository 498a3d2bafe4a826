//! The book → epub-builder's archive: metadata, cover, furniture and chapter documents.
//!
//! Input: the book, its furniture and the PDF's page starts. Output: epub-builder's raw
//! archive (chapters as empty placeholders), each chapter's XHTML compressed on its own
//! (in parallel), and the font files for the post-pass to add.

use super::super::fonts::File;
use super::super::pagebreak;
use super::super::{chapter_file, xhtml};
use super::compress_one;
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
pub(super) fn generate(
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
    // Each chapter also reports the characters it uses, for the font subsets, and
    // those its text needs a fallback face for.
    let rendered: Vec<(Vec<u8>, BTreeSet<char>, BTreeSet<char>)> = book
        .chapters
        .par_iter()
        .enumerate()
        .zip(&chapter_marks)
        .map(|((i, ch), marks)| {
            let page = xhtml::chapter_page(ch, i, lang, meta.story_info, f, marks);
            let mut chars = BTreeSet::new();
            super::super::fonts::add_chars(&mut chars, &page);
            let mut fallback = BTreeSet::new();
            for b in ch.all_blocks() {
                super::super::fonts::fallback_chars(&b.plain(), &mut fallback);
            }
            compress_one(&format!("OEBPS/{}", chapter_file(i)), page.as_bytes())
                .map(|z| (z, chars, fallback))
        })
        .collect::<Result<_, _>>()?;
    let mut chars = BTreeSet::new();
    let mut fallback = BTreeSet::new();
    let mut chapters = Vec::with_capacity(rendered.len());
    for (z, c, f) in rendered {
        chapters.push(z);
        chars.extend(c);
        fallback.extend(f);
    }
    let title_page = xhtml::title_page(book, f, &front_marks);
    let copyright_page = xhtml::copyright_page(book, f, &front_marks);
    let contents_page = xhtml::contents_page(book, f, &front_marks);
    for page in [&title_page, &copyright_page, &contents_page] {
        super::super::fonts::add_chars(&mut chars, page);
    }
    let fonts = super::super::fonts::build(&chars, &fallback, settings.embed_fonts)?;

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
    let mut css = format!("{}{}", fonts.css, xhtml::STYLESHEET);
    if super::super::footnotes::has_footnotes(book) {
        css.push_str(super::super::footnotes::FOOTNOTE_STYLES);
    }
    if super::super::lists::has_lists(book) {
        css.push_str(super::super::lists::LIST_STYLES);
    }
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
        let file = chapter_file(i);
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
