//! Downloaded works and word processors' documents: an HTML, EPUB, Word, OpenDocument or
//! RTF story file → [`Chapter`], through a [`Work`].
//!
//! Input: the file's bytes and its `[[chapters]]` entry. Output: a chapter of the model and
//! its warnings, or the error that refused the file. The reader is chosen by content (an
//! EPUB is a zip holding `META-INF/container.xml`; HTML starts with a tag; a Word,
//! OpenDocument or RTF document is first made the page Word would save), then by who
//! made the file: an AO3 download, FanFicFare's output, a story site's chapter page
//! (`site_html`), an AsianFanfics chapter page, a
//! page saved from Firefox's Reader View, or any other HTML or EPUB. Every
//! reader fills the same [`Work`] (see `work`); one mapping turns it into a chapter. Pure:
//! no I/O.

use super::work::Work;
use super::{
    ao3_html as ao3, asianfanfics, class_styles, docx, enex, epub, epub_matter, fff_html as fff,
    fichub, html, odt, office_html, reader_view, rtf, zip_page, zipped,
};
use crate::config::ChapterConfig;
use crate::diag::Diagnostic;
use crate::model::{Block, Chapter, Encoding, Reader};
use scraper::{ElementRef, Html};

/// How a story file is laid out, judged from its bytes and name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Plain text (the text reader, or its refusal of other formats).
    Text,
    /// An HTML page.
    Html,
    /// An EPUB (a zip archive).
    Epub,
    /// A Word document (`.docx`, a zip archive holding `word/document.xml`).
    Docx,
    /// An OpenDocument text (`.odt`, a zip archive holding `content.xml`).
    Odt,
    /// A flat OpenDocument text (`.fodt`, one XML file whose root is `office:document`).
    FlatOdt,
    /// An RTF document (text that opens with `{\rtf`).
    Rtf,
    /// An Evernote export (`.enex`, XML whose root is `en-export`).
    Enex,
    /// Any other zip archive: one web page with its pictures, or refused.
    Zip,
}

/// Chooses the reader by content first: an EPUB and an HTML page show themselves in their
/// first bytes whatever the file is called. The extension decides only for a zip, for an
/// `.epub` that is neither a zip nor text (it gets the EPUB reader's message), and for
/// HTML that opens with text before its first tag.
pub(crate) fn kind(file: &str, bytes: &[u8]) -> Kind {
    let ext = std::path::Path::new(file)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if bytes.starts_with(b"PK\x03\x04") {
        if ext == "epub" {
            return Kind::Epub;
        }
        // More entries than a story's file holds: the zip reader refuses it by the count
        // its directory states, before an index of them is built.
        if zipped::declared_entries(bytes).is_some_and(|n| n > zipped::MAX_ENTRIES) {
            return Kind::Zip;
        }
        // The directory is read once, and each format known by the entries it names.
        let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
            // A zip whose directory cannot be read: the text reader names the format.
            return Kind::Text;
        };
        return if epub::looks_like_epub(&zip) {
            Kind::Epub
        } else if docx::looks_like_docx(&zip) {
            Kind::Docx
        } else if odt::looks_like_odt(&mut zip) {
            Kind::Odt
        } else {
            Kind::Zip
        };
    }
    // An `.epub` that is not a zip: text saved under that name is read as text (the
    // content decides); anything else gets the EPUB reader's "not an EPUB" message.
    if ext == "epub" && (std::str::from_utf8(bytes).is_err() || bytes.contains(&0)) {
        return Kind::Epub;
    }
    let head = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = &head[head.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
    let head = &head[..head.len().min(1024)];
    if head.starts_with(b"{\\rtf") {
        return Kind::Rtf;
    }
    if head.starts_with(b"<?xml") && odt::looks_like_fodt(bytes) {
        return Kind::FlatOdt;
    }
    if enex::looks_like_enex(head) {
        return Kind::Enex;
    }
    let lower = head.to_ascii_lowercase();
    let starts = |s: &[u8]| lower.starts_with(s);
    let html_first = starts(b"<!doctype html")
        || starts(b"<html")
        || (starts(b"<?xml") && lower.windows(5).any(|w| w == b"<html"));
    if html_first || (matches!(ext.as_str(), "html" | "htm" | "xhtml") && starts(b"<")) {
        Kind::Html
    } else {
        Kind::Text
    }
}

/// Reads a downloaded work (HTML or EPUB) into a chapter.
pub(crate) fn read(
    entry: &ChapterConfig,
    bytes: &[u8],
    kind: Kind,
    lang: &str,
) -> Result<(Chapter, Vec<Diagnostic>), Diagnostic> {
    let file = entry.file.clone();
    let mut encoding = Encoding::Utf8;
    let (work, reader) = match kind {
        Kind::Epub => {
            let pkg = epub::open(bytes)
                .map_err(|(msg, hint)| Diagnostic::error(Some(file.clone()), msg).hint(hint))?;
            epub_work(&pkg, lang)
        }
        Kind::Docx | Kind::Odt | Kind::FlatOdt | Kind::Rtf => {
            let (html, as_reader) = match kind {
                Kind::Docx => (docx::to_html(bytes), Reader::Docx),
                Kind::Odt => (odt::to_html(bytes), Reader::Odt),
                Kind::FlatOdt => (odt::flat_to_html(bytes), Reader::FlatOdt),
                _ => (rtf::to_html(bytes), Reader::Rtf),
            };
            let html =
                html.map_err(|(msg, hint)| Diagnostic::error(Some(file.clone()), msg).hint(hint))?;
            if let Some(line) = super::depth::too_deep(&html) {
                let (msg, hint) = super::depth::message(line);
                return Err(Diagnostic::error(Some(file), msg).hint(hint));
            }
            let (mut work, reader) = html_work(&Html::parse_document(&html), lang);
            // The document was no web page: say what its page was made from instead.
            if let Some(d) = work.decisions.iter_mut().find(|d| *d == PLAIN_PAGE) {
                *d = "read as the page Word's \"Save as Web Page\" would give (its title and \
                      subtitle styles, headings, emphasis, lists and footnotes)"
                    .into();
            }
            (
                work,
                if reader == Reader::Html {
                    as_reader
                } else {
                    reader
                },
            )
        }
        Kind::Enex => {
            let notes = enex::notes(bytes)
                .map_err(|(msg, hint)| Diagnostic::error(Some(file.clone()), msg).hint(hint))?;
            let page = enex::page(&notes);
            if let Some(line) = super::depth::too_deep(&page) {
                let (msg, hint) = super::depth::message(line);
                return Err(Diagnostic::error(Some(file), msg).hint(hint));
            }
            let (mut work, _) = html_work(&Html::parse_document(&page), lang);
            let first = &notes[0];
            if let Some(t) = work.title.as_ref().filter(|t| **t != first.title) {
                work.decisions.push(format!(
                    "title: the note's first line ({t}), which its title ({}) begins with",
                    first.title
                ));
            }
            if work.authors.is_empty()
                && let Some(a) = first.author.as_ref().filter(|a| super::bylines::is_name(a))
            {
                work.decisions
                    .push(format!("author: the note's author attribute ({a})"));
                work.authors.push(a.clone());
            }
            if let Some(d) = work.decisions.iter_mut().find(|d| *d == PLAIN_PAGE) {
                *d = format!(
                    "read as the text of the export's {} note(s) (Evernote's ENML: \
                     checklist items one a line, their boxes no text)",
                    notes.len()
                );
            }
            (work, Reader::Enex)
        }
        Kind::Zip => {
            let page = zip_page::page(bytes)
                .map_err(|(msg, hint)| Diagnostic::error(Some(file.clone()), msg).hint(hint))?;
            let (work, reader, enc) = page_work(&page, entry, lang)?;
            encoding = enc;
            let reader = if reader == Reader::Html {
                Reader::ZippedHtml
            } else {
                reader
            };
            (work, reader)
        }
        _ => {
            let (work, reader, enc) = page_work(bytes, entry, lang)?;
            encoding = enc;
            (work, reader)
        }
    };
    let (mut chapter, diags) = chapter::to_chapter(entry, work, reader, lang);
    chapter.encoding = encoding;
    Ok((chapter, diags))
}

/// A web page's bytes read: decoded by its charset, Google Docs' class styles made
/// emphasis, parsed and read by the reader its layout calls for.
fn page_work(
    bytes: &[u8],
    entry: &ChapterConfig,
    lang: &str,
) -> Result<(Work, Reader, Encoding), Diagnostic> {
    let (file, preface) = (&entry.file, entry.preface);
    let (mut text, enc) = html::charset::decode(bytes);
    if let Some(line) = super::depth::too_deep(&text) {
        let (msg, hint) = super::depth::message(line);
        return Err(Diagnostic::error(Some(file.clone()), msg).hint(hint));
    }
    let docs = class_styles::is_google_docs(&text);
    if docs {
        text = class_styles::inline(&text, &class_styles::page_sheet(&text), true);
    }
    let doc = Html::parse_document(&text);
    let (mut work, reader) = html_work(&doc, lang);
    if docs {
        work.decisions.push(
            "a Google Docs page: the italics and bold its style sheet's classes set are \
             read as emphasis"
                .into(),
        );
        // Its empty lines part a note from the story, then they are only space.
        if preface.is_none() {
            html::frame::note_over_rule(&mut work);
        }
        for part in &mut work.parts {
            part.body.retain(|b| !b.is_blank());
        }
    }
    Ok((work, reader, enc))
}

/// The decision of a page no archive or site layout claimed.
const PLAIN_PAGE: &str =
    "no archive layout found: read as a plain HTML page (title from its first heading)";

/// An HTML page: AO3's download, FanFicFare's output, FicHub's export, or any page.
fn html_work(doc: &Html, lang: &str) -> (Work, Reader) {
    if ao3::is_ao3(&[doc]) {
        (ao3::read(&[doc], lang), Reader::Ao3Html)
    } else if fff::is_fff_html(doc) {
        (fff::read_html(doc, lang), Reader::FanFicFareHtml)
    } else if fichub::is_fichub(doc) {
        (fichub::read(doc, lang), Reader::Html)
    } else if let Some(w) = super::site_html::read(doc, lang) {
        (w, Reader::Html)
    } else if let Some(text) = asianfanfics::chapter_text(doc) {
        (asianfanfics::read(doc, text, lang), Reader::Html)
    } else if let Some(article) = reader_view::article(doc) {
        (reader_view::read(doc, article, lang), Reader::Html)
    } else {
        (plain_html(&[doc], lang), Reader::Html)
    }
}

/// An EPUB: AO3's (made by calibre from the HTML download), FanFicFare's, or any other.
fn epub_work(pkg: &epub::Package, lang: &str) -> (Work, Reader) {
    let docs: Vec<&Html> = pkg.docs.iter().map(|(_, d)| d).collect();
    let mut work = if pkg.is_fff() {
        (fff::read_epub(pkg, lang), Reader::FanFicFareEpub)
    } else if ao3::is_ao3(&docs) {
        (ao3::read(&docs, lang), Reader::Ao3Epub)
    } else {
        (plain_epub(pkg, &docs, lang), Reader::Epub)
    };
    let w = &mut work.0;
    if w.title.is_none() {
        w.title = pkg.title.clone();
    }
    if w.authors.is_empty() {
        w.authors = pkg.creators.clone();
    }
    // A description that nests too deep is left out, like one that says nothing.
    if w.summary.is_empty()
        && let Some(d) = pkg
            .description
            .as_ref()
            .filter(|d| super::depth::too_deep(d).is_none())
    {
        let frag = Html::parse_fragment(d);
        w.summary = html::blocks_of(frag.root_element(), lang).0;
    }
    if w.tags.is_empty() && !pkg.subjects.is_empty() {
        w.tags.push(("Tags".into(), pkg.subjects.clone()));
    }
    if w.url.is_none() {
        w.url = pkg.source.clone();
    }
    w.decisions.push(format!(
        "EPUB {}: {} content document(s) read in spine order",
        pkg.version,
        pkg.docs.len()
    ));
    work
}

/// Any other EPUB: its story documents read as pages, its title page's notes the
/// preface and its afterword document the afterword ([`epub_matter`]).
fn plain_epub(pkg: &epub::Package, docs: &[&Html], lang: &str) -> Work {
    let m = epub_matter::find(docs, (pkg.title.as_deref(), &pkg.creators), lang);
    let story: Vec<&Html> = (0..docs.len())
        .filter(|i| !m.has(*i))
        .map(|i| docs[i])
        .collect();
    let mut work = Work::default();
    if m.front.is_some() || story.len() >= 2 {
        // The title page gave the title, or the story runs over several documents (its
        // chapters or parts): the package's title is the work's, the story's first
        // heading its first chapter's.
        work.title = pkg.title.clone();
    }
    if m.front.is_some() {
        work.decisions.push(format!(
            "the EPUB's title page is its furniture (title, byline, stats, description, tags, \
             rights); its author's note ({} paragraph(s)) is the preface",
            m.notes.len()
        ));
    } else if story.len() >= 2 && pkg.title.is_some() {
        work.decisions.push(format!(
            "the story runs over {} of the EPUB's documents: its title is the package's",
            story.len()
        ));
    }
    if m.note.is_some() {
        work.decisions.push(match m.dedication {
            true => "the EPUB's dedication page is the preface".into(),
            false => {
                "the EPUB's document before the story, a short note all in italics, is the preface"
                    .into()
            }
        });
    }
    if !m.furniture.is_empty() {
        work.decisions.push(format!(
            "{} of the EPUB's documents are its own pages (a title, copyright or contents \
             page, About the Author, Also by…), left out",
            m.furniture.len()
        ));
    }
    if m.back.is_some() {
        work.decisions.push(format!(
            "the EPUB's closing document, headed as an afterword, is the afterword ({} paragraph(s))",
            m.end_notes.len()
        ));
    }
    let mut work = plain_pages(work, &story, lang, true);
    work.notes
        .splice(0..0, m.notes.into_iter().chain(m.note_doc));
    work.end_notes.extend(m.end_notes);
    work
}

/// Any other HTML: the first `h1` is the title, the rest is the story.
fn plain_html(docs: &[&Html], lang: &str) -> Work {
    plain_pages(Work::default(), docs, lang, false)
}

/// Pages read into `work`: the first `h1` is the title where `work` has none, the rest
/// is the story; an e-book's documents (`epub`) each a part of it.
fn plain_pages(mut work: Work, docs: &[&Html], lang: &str, epub: bool) -> Work {
    let mut saved_page = false;
    for doc in docs {
        // A blog post saved with its site: only the post's own element is the story.
        let post = html::page::content(doc);
        saved_page |= post.is_some();
        let body = post.unwrap_or_else(|| html::body_of(doc));
        let mut conv = html::Converter::new(lang);
        conv.skip(html::frame::site_bars(doc));
        if work.epigraph.is_empty() {
            work.epigraph = html::epigraph::find(doc);
        }
        if work.footnotes.is_none()
            && let Some((ids, notes)) = html::footnotes::find(body, lang)
        {
            work.decisions.push(format!(
                "footnotes: {} <sup> marks linked to the page's list of notes, set after the story",
                notes.notes.len()
            ));
            conv.link_notes(ids);
            work.footnotes = Some(notes);
        }
        conv.add_inner(body);
        work.images += conv.images;
        // An e-book's documents are its chapters or parts: each its own, so a note
        // closing one (`A/N: part two tomorrow`) is found at that part's end.
        if epub && work.parts.last().is_some_and(|p| !p.body.is_empty()) {
            work.parts.push(Default::default());
        }
        work.current().body.extend(conv.take());
        if let Some(p) = post {
            work.decisions.push(
                "a saved web page: only the post's own text is read (its site's menus, \
                 sidebars, author box and comments are left out)"
                    .into(),
            );
            if work.title.is_none() {
                work.title = html::page::title(doc, p);
            }
            if work.authors.is_empty() {
                work.authors.extend(html::page::author(doc));
            }
            let tags = html::page::tags(doc);
            if work.tag(&["Tags"]).is_empty() && !tags.is_empty() {
                work.tags.push(("Tags".into(), tags));
            }
        }
        if work.title.is_none() {
            work.title =
                office_html::title_paragraph(doc).or_else(|| first_title(doc.root_element()));
        }
        if work.authors.is_empty()
            && let Some(a) = office_html::author(doc)
        {
            work.decisions.push(format!(
                "author: the document's author property ({a}), as the word processor wrote it"
            ));
            work.authors.push(a);
        }
        if work.tag(&["Language"]).is_empty()
            && let Some(l) = html::page::language(doc)
        {
            work.tags.push(("Language".into(), vec![l]));
        }
    }
    // The title heading at the very top is the title, not a heading inside the story.
    // (Stray marks before it, such as the tail of a malformed doctype, go with it.)
    if let (Some(t), Some(p)) = (&work.title, work.parts.first_mut())
        && let Some(i) = p
            .body
            .iter()
            .position(|b| matches!(b, Block::Heading(h) if h == t))
        && p.body[..i]
            .iter()
            .all(|b| !b.plain().chars().any(char::is_alphanumeric))
    {
        p.body.drain(..=i);
    }
    html::post::read_top(&mut work, lang);
    if let [doc] = docs {
        office_html::take_byline(&mut work, doc, lang);
        office_html::drop_spacers(&mut work, doc);
        // A note box under Word's bare-name byline opens the text only now.
        html::post::note_boxes(&mut work);
    }
    html::frame::after_header(&mut work, lang);
    html::post::drop_taglist(&mut work);
    html::post::drop_home_page_foot(&mut work);
    html::post::typed_lists(&mut work, lang);
    if !saved_page {
        work.decisions.push(PLAIN_PAGE.into());
    }
    work
}

/// Word's title paragraph (`<p class=MsoTitle>`) or Google Docs' (`<p class="c3
/// title">`, its "Title" style), else the page's first `<h1>`, else its `<title>`. A
/// document's Title style names it for sure; its Heading 1 may be its first section's
/// ("I. Low Water").
fn first_title(root: ElementRef<'_>) -> Option<String> {
    let first = |is: &dyn Fn(ElementRef<'_>) -> bool| {
        root.descendent_elements()
            .find(|e| is(*e))
            .map(html::text_of)
            .filter(|t| !t.is_empty())
    };
    first(&|e| html::has_class(e, "MsoTitle"))
        .or_else(|| first(&|e| e.value().name() == "p" && html::has_class(e, "title")))
        .or_else(|| first(&|e| e.value().name() == "h1"))
        .or_else(|| first(&|e| e.value().name() == "title"))
}

mod chapter;

#[cfg(test)]
mod tests;
