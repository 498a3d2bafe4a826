//! Quotev chapter pages saved from the browser: the chapter's text (the author's notes
//! in it are found by the text's note detection), without the site's menus, byline
//! counts, chapter list, navigation, like bar, tags, comments and "You may also like".
//!
//! Input: a parsed HTML page. Quotev sets a chapter's text in `div#rescontent`, often as
//! bare text broken with `<br>` pairs rather than paragraphs, the story's title in its
//! `og:title` (the `<title>` adds the chapter and "| Quotev"), the author in the
//! `.byline` link, the chapter's title in `h2.chTitle` and the tags as links in `.tags`.
//! Output: a [`Work`] of the text, titled by the story, the chapter's title its part's.
//! Pure: no I/O.

use super::{by_id, canonical, meta_property};
use crate::model::Block;
use crate::source::bylines::is_name;
use crate::source::html::{self, class_holds, has_class, text_of};
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// Whether the page says it is Quotev's: its `og:site_name`, canonical address or a link.
fn is_quotev(doc: &Html) -> bool {
    meta_property(doc, "og:site_name").is_some_and(|s| s.eq_ignore_ascii_case("quotev"))
        || canonical(doc).is_some_and(|u| u.to_ascii_lowercase().contains("quotev.com"))
}

/// The chapter's text on a Quotev page, if the page is one: `#rescontent` with text.
pub(crate) fn chapter_text(doc: &Html) -> Option<ElementRef<'_>> {
    let text = by_id(doc, "rescontent")?;
    (is_quotev(doc) && text.text().any(|t| !t.trim().is_empty())).then_some(text)
}

/// The story's title: `og:title`, else the `<title>` before " - Chapter" or " | Quotev".
fn title(doc: &Html) -> Option<String> {
    meta_property(doc, "og:title")
        .map(str::to_string)
        .or_else(|| {
            let t = doc
                .root_element()
                .descendent_elements()
                .find(|e| e.value().name() == "title")
                .map(text_of)?;
            let t = t.split(" | ").next().unwrap_or(&t);
            Some(t.split(" - ").next().unwrap_or(t).trim().to_string())
        })
        .filter(|t| !t.is_empty())
}

/// Reads a chapter page whose text is `text`.
pub(crate) fn read(doc: &Html, text: ElementRef<'_>, lang: &str) -> Work {
    let root = doc.root_element();
    let mut work = Work {
        title: title(doc),
        url: canonical(doc),
        ..Work::default()
    };
    // The byline box is `.byline` on the chapter page, `.rspAuthor` on a story's own page.
    let byline = |e: &ElementRef<'_>| has_class(*e, "byline") || class_holds(*e, "author");
    let author = root
        .descendent_elements()
        .find(byline)
        .and_then(|b| html::links(b).next())
        .map(text_of)
        .filter(|n| is_name(n));
    work.authors.extend(author);
    if let Some(t) = root.descendent_elements().find(|e| has_class(*e, "tags")) {
        let tags = html::link_texts(t);
        if !tags.is_empty() {
            work.tags.push(("Tags".into(), tags));
        }
    }
    let chapter = root
        .descendent_elements()
        .find(|e| has_class(*e, "chTitle"))
        .map(text_of)
        .filter(|t| !t.is_empty());
    // The author's note boxes set just above and below the text (`.aNote`, with its
    // "Author's Note" title), the work's notes and end notes.
    let note = |e: Option<ElementRef<'_>>| -> Vec<Block> {
        let Some(e) = e.filter(|e| class_holds(*e, "note")) else {
            return Vec::new();
        };
        let mut conv = html::Converter::new(lang);
        conv.skip(
            e.child_elements()
                .filter(|c| class_holds(*c, "title"))
                .map(|c| c.id()),
        );
        conv.add_inner(e);
        conv.take()
    };
    work.notes = note(text.prev_siblings().find_map(ElementRef::wrap));
    work.end_notes = note(text.next_siblings().find_map(ElementRef::wrap));
    let (body, images) = html::blocks_of(text, lang);
    work.images += images;
    let part = work.current();
    part.title = chapter;
    part.body = body;
    work.decisions.push(
        "a Quotev chapter page: its text is read; the site's menus, byline counts, chapter \
         list, navigation, like bar, tags, comments and \"You may also like\" are left out"
            .into(),
    );
    work
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><title>Tin Gulls - Chapter 2: Wind | Quotev</title>
<meta property="og:title" content="Tin Gulls"><meta property="og:site_name" content="Quotev"></head>
<body><div id="rw_head"><h1><a href="/story/9/Tin-Gulls">Tin Gulls</a></h1>
<div class="byline">by <a class="user" href="/gullwing">gullwing</a> · <span>9 reads</span></div></div>
<h2 class="chTitle">Chapter 2: Wind</h2>
<div id="rescontent">The gulls were tin.<br>
<br>
They rattled.</div>
<div class="storyNav"><a>Next Chapter »</a></div><div class="tags">Tags: <a>birds</a></div>
<div id="comments"><div class="comment"><a class="user">reader1</a><div>nice</div></div></div></body></html>"#;

    /// A chapter page: the text broken with `<br>` pairs, not the navigation, tags or
    /// comments; the story's title from `og:title`, the author from the byline.
    #[test]
    fn a_chapter_page_is_its_text() {
        let doc = Html::parse_document(PAGE);
        let t = chapter_text(&doc).expect("a Quotev page");
        let w = read(&doc, t, "en");
        assert_eq!(w.title.as_deref(), Some("Tin Gulls"));
        assert_eq!(w.authors, vec!["gullwing"]);
        assert!(w.notes.is_empty() && w.end_notes.is_empty());
        // The author's note boxes over and under the text are the notes.
        let noted = PAGE
            .replace(r#"<div id="rescontent">"#, r#"<div class="aNote"><div class="aNoteTitle">Author's Note</div>hii! written at 3am</div><div id="rescontent">"#)
            .replace(r#"They rattled.</div>"#, r#"They rattled.</div><div class="aNote aNoteEnd">thanks for reading!!</div>"#);
        let doc = Html::parse_document(&noted);
        let w = read(&doc, chapter_text(&doc).unwrap(), "en");
        let plain = |v: &[Block]| v.iter().map(Block::plain).collect::<Vec<_>>();
        assert_eq!(plain(&w.notes), ["hii! written at 3am"]);
        assert_eq!(plain(&w.end_notes), ["thanks for reading!!"]);
        // The story's own page boxes the byline as `.rspAuthor`.
        let story = PAGE.replace(r#"<div class="byline">"#, r#"<div class="rspAuthor">"#);
        let doc = Html::parse_document(&story);
        let w = read(&doc, chapter_text(&doc).unwrap(), "en");
        assert_eq!(w.authors, vec!["gullwing"]);
        assert_eq!(w.tag(&["Tags"]), vec!["birds"]);
        assert_eq!(w.parts[0].title.as_deref(), Some("Chapter 2: Wind"));
        let text: Vec<String> = w.parts[0].body.iter().map(|b| b.plain()).collect();
        assert_eq!(text.join(" ").split_whitespace().count(), 6, "{text:?}");
        // A `#rescontent` box on a page that is not Quotev's is no Quotev page.
        let doc =
            Html::parse_document(r#"<html><body><div id="rescontent">Text.</div></body></html>"#);
        assert!(chapter_text(&doc).is_none());
    }
}
