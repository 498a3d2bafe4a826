//! Royal Road chapter pages saved from the browser: the chapter's text and the author's
//! note boxes around it, without the site's header, chapter buttons, support box,
//! comments, footer and the sentence it hides in the text to mark copies.
//!
//! Input: a parsed HTML page. Royal Road sets a chapter's text in
//! `div.chapter-inner.chapter-content`; over it, in `div.fic-header`, the chapter's
//! title (`h1`), the fiction's title (an `h2` linking to `/fiction/ID/slug`) and its
//! `by` line (an `h3` linking to the author's `/profile/ID`); the author's notes in
//! `div.author-note-portlet` boxes (a "A note from NAME" caption over a
//! `div.portlet-body.author-note`) before and after the text. Into the text it slips a
//! paragraph of a class its own `<style>` hides (`display: none`), a notice that the
//! text was stolen, which a reader never sees on the site. Output: a [`Work`] titled by
//! the fiction, its one part titled by the chapter, whose notes are the boxes before the
//! text and end notes the boxes after it (the copied text's reader is
//! [`crate::source::royal_road`]). Pure: no I/O.

use super::{canonical, from_site, meta_property, page_title};
use crate::source::bylines::is_name;
use crate::source::class_styles;
use crate::source::html::{self, has_class, text_of};
use crate::source::piracy::is_piracy_notice;
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// The chapter's text on a Royal Road page, if the page is one: a `chapter-content`
/// with text, on a page from the site.
pub(crate) fn chapter_text(doc: &Html) -> Option<ElementRef<'_>> {
    let text = doc
        .root_element()
        .descendent_elements()
        .find(|e| has_class(*e, "chapter-content") && has_class(*e, "chapter-inner"))?;
    (from_site(doc, "royalroad.com", "Royal Road") && text.text().any(|t| !t.trim().is_empty()))
        .then_some(text)
}

/// The classes the page's own `<style>` elements hide (`.NAME { display: none }`): what
/// the site means no reader to see.
fn hidden_classes(doc: &Html) -> Vec<String> {
    let mut out = Vec::new();
    for (selectors, decls) in class_styles::page_rules(doc) {
        if !decls.split(';').any(|d| d.starts_with("display:none")) {
            continue;
        }
        out.extend(
            selectors
                .split(',')
                .filter_map(|s| s.trim().strip_prefix('.'))
                .filter(|n| class_styles::is_class_name(n))
                .map(str::to_string),
        );
    }
    out
}

/// The fiction's header: `div.fic-header`, else the page.
fn header(doc: &Html) -> ElementRef<'_> {
    doc.root_element()
        .descendent_elements()
        .find(|e| has_class(*e, "fic-header"))
        .unwrap_or(doc.root_element())
}

/// The fiction's title: the header's link to the fiction (`/fiction/ID/slug`, not one
/// of its chapters), else the page title's part after the chapter's ("CHAPTER -
/// FICTION | Royal Road").
fn fiction_title(doc: &Html) -> Option<String> {
    html::links(header(doc))
        .filter(|a| {
            a.value()
                .attr("href")
                .is_some_and(|h| h.contains("/fiction/") && !h.contains("/chapter/"))
        })
        .map(text_of)
        .find(|t| !t.is_empty())
        .or_else(|| {
            let t = page_title(doc)?;
            let t = t.strip_suffix("| Royal Road").unwrap_or(&t).trim();
            let (_, fiction) = t.rsplit_once(" - ")?;
            Some(fiction.trim().to_string())
        })
        .filter(|t| !t.is_empty())
}

/// The author: the header's link to a profile, else the page's `books:author`.
fn author(doc: &Html) -> Option<String> {
    html::links(header(doc))
        .filter(|a| {
            a.value()
                .attr("href")
                .is_some_and(|h| h.contains("/profile/"))
        })
        .map(text_of)
        .find(|t| is_name(t))
        .or_else(|| meta_property(doc, "books:author").map(str::to_string))
}

/// The note boxes' bodies before the chapter's text and after it.
fn note_boxes<'a>(
    doc: &'a Html,
    text: ElementRef<'a>,
) -> (Vec<ElementRef<'a>>, Vec<ElementRef<'a>>) {
    let (mut before, mut after) = (Vec::new(), Vec::new());
    let mut seen_text = false;
    for e in doc.root_element().descendent_elements() {
        if e.id() == text.id() {
            seen_text = true;
        } else if has_class(e, "author-note") && has_class(e, "portlet-body") {
            if seen_text {
                after.push(e);
            } else {
                before.push(e);
            }
        }
    }
    (before, after)
}

/// Reads a chapter page whose text is `text`.
pub(crate) fn read(doc: &Html, text: ElementRef<'_>, lang: &str) -> Work {
    let mut work = Work {
        title: fiction_title(doc),
        url: canonical(doc),
        ..Work::default()
    };
    work.authors.extend(author(doc));
    let (before, after) = note_boxes(doc, text);
    let mut notes_of = |boxes: &[ElementRef<'_>]| {
        let mut c = html::Converter::new(lang);
        for b in boxes {
            c.add_inner(*b);
        }
        work.images += c.images;
        c.take()
    };
    let (notes, end_notes) = (notes_of(&before), notes_of(&after));
    let hidden = hidden_classes(doc);
    let stamp: Vec<_> = text
        .descendent_elements()
        .filter(|e| {
            e.value().classes().any(|c| hidden.iter().any(|h| h == c))
                || (e.value().name() == "p" && is_piracy_notice(&text_of(*e), true))
        })
        .map(|e| e.id())
        .collect();
    let mut c = html::Converter::new(lang);
    c.skip(stamp.iter().copied());
    c.add_inner(text);
    work.images += c.images;
    let chapter = header(doc)
        .descendent_elements()
        .find(|e| e.value().name() == "h1")
        .map(text_of)
        .filter(|t| !t.is_empty() && Some(t) != work.title.as_ref());
    work.decisions.push(format!(
        "a Royal Road chapter page: the chapter's text (.chapter-content) and the author's \
         note boxes ({} paragraph(s) before, {} after) are read, titled by the fiction; the \
         site's header, chapter buttons, support box, comments and footer are left out{}",
        notes.len(),
        end_notes.len(),
        if stamp.is_empty() {
            String::new()
        } else {
            format!(
                ", and {} paragraph(s) the page hides from its readers (a notice against copying)",
                stamp.len()
            )
        }
    ));
    work.notes = notes;
    work.end_notes = end_notes;
    let part = work.current();
    part.title = chapter;
    part.body = c.take();
    work
}

#[cfg(test)]
mod tests {
    use super::super::plain;
    use super::*;

    const PAGE: &str = r##"<!DOCTYPE html>
<html lang="en"><head><title>Chapter 3: Kilns - Ash Garden | Royal Road</title>
<meta property="og:site_name" content="Royal Road">
<style>.xQz9kP{ display: none; speak: never; }</style></head>
<body><div class="page-header"><a href="/home">Royal Road</a><a href="/account/login">Log In</a></div>
<div class="row fic-header"><img alt="Ash Garden"><h1 class="font-white">Chapter 3: Kilns</h1>
<h2><a href="https://www.royalroad.com/fiction/901/ash-garden">Ash Garden</a></h2>
<h3> by <a href="https://www.royalroad.com/profile/77">Oona Pell</a></h3></div>
<div class="row nav-buttons"><a class="btn" href="/fiction/901/ash-garden/chapter/2/two">Previous Chapter</a><a class="btn" href="/fiction/901/ash-garden">Fiction Index</a></div><hr>
<div class="portlet solid author-note-portlet"><div class="portlet-title"><span class="caption-subject">A note from Oona Pell</span></div>
<div class="portlet-body author-note"><p>Short one today.</p></div></div>
<div class="chapter-inner chapter-content"><p>The kiln cooled.</p><p class="xQz9kP">Find this tale at its true home.</p><p style="text-align: center">* * *</p><p>She opened it.</p></div>
<div class="portlet solid author-note-portlet"><div class="portlet-title"><span class="caption-subject">A note from Oona Pell</span></div>
<div class="portlet-body author-note"><p>Thanks for reading!</p></div></div><hr>
<div class="portlet light"><span class="caption-subject">Support "Ash Garden"</span><a class="btn" href="#follow">Follow</a></div>
<div class="portlet light"><span>Comments (1)</span><div class="comment"><a href="/profile/5">gull</a><div class="media-content"><p>Nice.</p></div></div></div>
<div class="page-footer">© 2024 Royal Road</div></body></html>"##;

    /// The page gives the fiction's title and author, the chapter's title over its
    /// text, the note boxes as the notes, and leaves out the site's lines and the
    /// paragraph its style hides.
    #[test]
    fn a_chapter_page_is_its_text_between_its_note_boxes() {
        let doc = Html::parse_document(PAGE);
        let text = chapter_text(&doc).expect("a Royal Road page");
        let w = read(&doc, text, "en");
        assert_eq!(w.title.as_deref(), Some("Ash Garden"));
        assert_eq!(w.authors, vec!["Oona Pell"]);
        assert_eq!(w.parts[0].title.as_deref(), Some("Chapter 3: Kilns"));
        assert_eq!(plain(&w.notes), vec!["Short one today."]);
        assert_eq!(plain(&w.end_notes), vec!["Thanks for reading!"]);
        let body = &w.parts[0].body;
        assert_eq!(plain(&body[..1]), vec!["The kiln cooled."]);
        assert_eq!(body[1], crate::model::Block::SceneBreak);
        assert_eq!(plain(&body[2..]), vec!["She opened it."]);
    }

    /// The same markup on a page from elsewhere is another page.
    #[test]
    fn chapter_content_off_the_site_is_another_page() {
        let other = PAGE.replace("Royal Road", "Lamps");
        assert!(chapter_text(&Html::parse_document(&other)).is_none());
    }
}
