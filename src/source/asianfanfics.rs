//! AsianFanfics chapter pages saved from the browser: the chapter's text and the
//! author's notes around it, without the site's menus, story header, sidebar, comments
//! and footer.
//!
//! Input: a parsed HTML page. AsianFanfics puts a chapter's text in
//! `div#user-submitted-body` (its `div#bodyText` inside), the story's title in
//! `h1#story-title`, the author as a link to their profile (`/profile/view/ID`, lately
//! `/profile/u/NAME`), the chapter's title in `#chapter-title` / `.chapter-title`, and the
//! author's notes in boxes outside the text whose class names them notes
//! (`widget--chapter-notes`, `author-notes`), each under a heading of the site's ("Author's
//! Note"). Output: a [`Work`] whose part is the chapter, whose notes are the boxes before
//! the text and end notes the boxes after it, their headings left out. Pure: no I/O.

use super::html::{self, has_class, text_of};
use super::work::Work;
use crate::model::Block;
use scraper::{ElementRef, Html};

/// The element holding a chapter's text on an AsianFanfics page, if the page is one.
pub(crate) fn chapter_text(doc: &Html) -> Option<ElementRef<'_>> {
    let by_id = |id: &str| {
        doc.root_element()
            .descendent_elements()
            .find(|e| e.value().id() == Some(id))
    };
    // `bodyText` alone is a common name for a page's text box: the site's older pages
    // have it, but then they link to the site too.
    let site = || {
        html::links(doc.root_element()).any(|a| {
            a.value()
                .attr("href")
                .is_some_and(|h| h.to_ascii_lowercase().contains("asianfanfics."))
        })
    };
    by_id("user-submitted-body")
        .or_else(|| by_id("bodyText").filter(|_| site()))
        .filter(|e| e.text().any(|t| !t.trim().is_empty()))
}

/// Reads a chapter page whose text is `text`.
pub(crate) fn read(doc: &Html, text: ElementRef<'_>, lang: &str) -> Work {
    let mut work = Work::default();
    let root = doc.root_element();
    let id_or_class =
        |e: ElementRef<'_>, name: &str| e.value().id() == Some(name) || has_class(e, name);
    work.title = root
        .descendent_elements()
        .find(|e| e.value().id() == Some("story-title"))
        .map(text_of)
        .filter(|t| !t.is_empty());
    work.authors.extend(author(doc));
    let chapter = root
        .descendent_elements()
        .find(|e| id_or_class(*e, "chapter-title"))
        .map(text_of)
        .filter(|t| !t.is_empty());
    let (body, images) = html::blocks_of(text, lang);
    work.images += images;
    let (before, after) = notes(doc, text);
    let mut notes_of = |boxes: Vec<ElementRef<'_>>| {
        let mut out = Vec::new();
        for b in boxes {
            let (blocks, images) = html::blocks_of(b, lang);
            work.images += images;
            out.extend(
                blocks
                    .into_iter()
                    .skip_while(|b| matches!(b, Block::Heading(_))),
            );
        }
        out
    };
    let (notes, end_notes) = (notes_of(before), notes_of(after));
    work.decisions.push(format!(
        "an AsianFanfics chapter page: the chapter's text (#user-submitted-body) and the \
         author's notes ({} before, {} after) are read; the site's menus, story header, \
         sidebar, comments and footer are left out",
        notes.len(),
        end_notes.len()
    ));
    work.notes = notes;
    work.end_notes = end_notes;
    let part = work.current();
    part.title = chapter;
    part.body = body;
    html::post::typed_lists(&mut work, lang);
    if let Some(l) = html::page::language(doc) {
        work.tags.push(("Language".into(), vec![l]));
    }
    work
}

/// The author: the first link to a profile (`/profile/view/ID`, `/profile/u/NAME`)
/// outside the comments, else the story header's byline (`By NAME`).
fn author(doc: &Html) -> Option<String> {
    let in_comments = |e: ElementRef<'_>| {
        e.ancestors().filter_map(ElementRef::wrap).any(|a| {
            a.value().id() == Some("comments") || a.value().classes().any(|c| c.contains("comment"))
        })
    };
    html::links(doc.root_element())
        .filter(|a| {
            a.value()
                .attr("href")
                .is_some_and(|h| h.contains("/profile/view/") || h.contains("/profile/u/"))
        })
        .filter(|a| !in_comments(*a))
        .map(text_of)
        .find(|t| super::bylines::is_name(t))
}

/// The note boxes outside the text: elements whose class names notes (`…notes…`), not
/// inside another such box or inside the text, before it and after it in page order.
fn notes<'a>(doc: &'a Html, text: ElementRef<'a>) -> (Vec<ElementRef<'a>>, Vec<ElementRef<'a>>) {
    let is_box = |e: ElementRef<'_>| {
        e.value()
            .classes()
            .any(|c| c.to_ascii_lowercase().contains("notes"))
    };
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut seen_text = false;
    for e in doc.root_element().descendent_elements() {
        if e.id() == text.id() {
            seen_text = true;
            continue;
        }
        let nested = e
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| a.id() == text.id() || is_box(a));
        if !is_box(e) || nested {
            continue;
        }
        if seen_text {
            after.push(e);
        } else {
            before.push(e);
        }
    }
    (before, after)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<html lang="en"><body><header class="navbar"><ul class="nav"><li><a href="/browse">Browse</a></li></ul></header>
<div class="story-header"><h1 id="story-title"><a href="/story/view/1">small hours</a></h1>
<div class="author">By <a href="https://www.asianfanfics.com/profile/view/88">inkmoth</a></div><div class="story-stats">12 views</div></div>
<h2 class="chapter-title">Chapter 1: small hours</h2>
<section class="widget--chapter-notes author-notes"><h3>Author's Note</h3><div class="notes-content"><p>Hi! A short one.</p></div></section>
<div id="user-submitted-body"><div id="bodyText"><p>The clock stopped.</p><p style="text-align: center;">o0o</p><p>She sang.</p></div></div>
<section class="widget--chapter-notes end-notes"><h3>Comments &amp; Notes</h3><div class="notes-content"><p>Thanks for reading!</p></div></section>
<aside class="story-sidebar"><h4>Tags</h4><p><a href="#">idol</a></p></aside>
<div id="comments"><div class="comment"><a class="comment-author" href="/profile/view/9">fan</a><p>the clock!!</p></div></div>
<footer class="site-footer"><p>Terms</p></footer></body></html>"##;

    /// The chapter's text, the notes around it without their headings, the story's title
    /// and its author; nothing of the site's.
    #[test]
    fn a_chapter_page_is_its_text_and_notes() {
        let doc = Html::parse_document(PAGE);
        let t = chapter_text(&doc).expect("an AsianFanfics page");
        let w = read(&doc, t, "en");
        assert_eq!(w.title.as_deref(), Some("small hours"));
        assert_eq!(w.authors, ["inkmoth"]);
        let plain = |b: &[Block]| b.iter().map(Block::plain).collect::<Vec<_>>();
        assert_eq!(
            plain(&w.parts[0].body),
            ["The clock stopped.", "", "She sang."]
        );
        assert_eq!(w.parts[0].title.as_deref(), Some("Chapter 1: small hours"));
        assert_eq!(plain(&w.notes), ["Hi! A short one."]);
        assert_eq!(plain(&w.end_notes), ["Thanks for reading!"]);
    }

    #[test]
    fn a_page_without_the_sites_text_box_is_no_chapter_page() {
        let doc =
            Html::parse_document("<html><body><div id=\"content\"><p>Hi.</p></div></body></html>");
        assert!(chapter_text(&doc).is_none());
        // Another site's `bodyText` box among the story's other boxes is no chapter page:
        // every box is read.
        let doc = Html::parse_document(
            "<html><body><h1>Two Rooms</h1><div id=\"bodyText\"><p>Blue.</p></div><div><p>Grey.</p></div></body></html>",
        );
        assert!(chapter_text(&doc).is_none());
        let doc = Html::parse_document(
            "<html><body><a href=\"https://www.asianfanfics.com/\">AFF</a><div id=\"bodyText\"><p>Blue.</p></div></body></html>",
        );
        assert!(chapter_text(&doc).is_some());
    }
}
