//! Story sites' chapter pages saved from the browser: a page whose markup shows which
//! site wrote it → the story's text, title, author and notes, without the site's frame.
//!
//! Input: a parsed HTML page no archive download reader claimed. Output: a [`Work`]
//! when the page carries the whole of one site's layout (every reader asks for the
//! elements only that site writes together, so an ordinary page that borrows one class
//! name is read as any page): FanFiction.Net and FictionPress story pages (`ffn`),
//! Scribble Hub chapter pages (`scribblehub`), XenForo 2 forum threads such as
//! SpaceBattles' (`xenforo`).
//! Pure: no I/O.

mod ffn;
mod scribblehub;
mod xenforo;

use super::work::Work;
use scraper::{ElementRef, Html};

/// Reads `doc` if a story site's layout shows in it.
pub(crate) fn read(doc: &Html, lang: &str) -> Option<Work> {
    if let Some((top, text)) = ffn::story(doc) {
        return Some(ffn::read(doc, top, text, lang));
    }
    if let Some(text) = scribblehub::chapter_text(doc) {
        return Some(scribblehub::read(doc, text, lang));
    }
    if let Some(posts) = xenforo::story_posts(doc) {
        return Some(xenforo::read(doc, &posts, lang));
    }
    None
}

/// The element with id `id`.
fn by_id<'a>(doc: &'a Html, id: &str) -> Option<ElementRef<'a>> {
    doc.root_element()
        .descendent_elements()
        .find(|e| e.value().id() == Some(id))
}

/// The page's own address (`<link rel="canonical">`, else `og:url`).
fn canonical(doc: &Html) -> Option<String> {
    let els = || doc.root_element().descendent_elements();
    els()
        .find(|e| {
            e.value().name() == "link"
                && e.value()
                    .attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
        })
        .and_then(|e| e.value().attr("href"))
        .or_else(|| {
            els()
                .find(|e| {
                    e.value().name() == "meta" && e.value().attr("property") == Some("og:url")
                })
                .and_then(|e| e.value().attr("content"))
        })
        .map(str::to_string)
}
