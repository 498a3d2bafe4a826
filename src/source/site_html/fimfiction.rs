//! Fimfiction's HTML downloads: the story's chapters with the author's notes set apart,
//! without the download's header (tags, description, rating line) and footer.
//!
//! Input: a parsed HTML page. Fimfiction's "download as HTML" writes a `<header>` with
//! the story's title as an `<h1>` link and the author as `<h2>by <a>NAME</a></h2>`, the
//! description in `#story_description`, then one `article.chapter` per chapter: a
//! `<header>` with the chapter's `<h1>`, the author's notes in `div.authors-note` boxes
//! (each opening with the site's bold "Author's Note:" label) before and after the text,
//! and the text itself (in `#chapter-body` or straight in the article). Output: a
//! [`Work`] with a part per chapter; a one-shot's notes are the work's notes, a longer
//! story's stay with their chapters. Pure: no I/O.

use super::canonical;
use crate::model::Block;
use crate::source::bylines::byline;
use crate::source::html::{self, has_class, text_of};
use crate::source::work::{Part, Work};
use scraper::{ElementRef, Html};

/// The page's chapters, if it is a Fimfiction download: `article.chapter` elements on a
/// page that links to fimfiction.net.
pub(crate) fn chapters(doc: &Html) -> Option<Vec<ElementRef<'_>>> {
    let root = doc.root_element();
    let chapters: Vec<ElementRef<'_>> = root
        .descendent_elements()
        .filter(|e| e.value().name() == "article" && has_class(*e, "chapter"))
        .collect();
    let site = html::links(root).any(|a| {
        a.value()
            .attr("href")
            .is_some_and(|h| h.to_ascii_lowercase().contains("fimfiction.net"))
    });
    (site && !chapters.is_empty()).then_some(chapters)
}

fn is_note_box(e: ElementRef<'_>) -> bool {
    has_class(e, "authors-note")
}

/// A note box's paragraphs, without the site's bold label over them.
fn note(e: ElementRef<'_>, lang: &str) -> Vec<Block> {
    let mut c = html::Converter::new(lang);
    let mut children = e.children().peekable();
    // Only the label the site writes first ("Author's Note:") is left out.
    while let Some(n) = children.peek() {
        if n.value().as_text().is_some_and(|t| t.trim().is_empty()) {
            children.next();
            continue;
        }
        if let Some(b) = ElementRef::wrap(*n).filter(|b| b.value().name() == "b")
            && text_of(b).ends_with(':')
        {
            children.next();
        }
        break;
    }
    for n in children {
        c.add_node(n);
    }
    c.take()
}

/// One chapter: its title, its notes before and after the text, and the text.
fn chapter(article: ElementRef<'_>, lang: &str) -> (Part, usize) {
    let mut part = Part::default();
    let mut text = html::Converter::new(lang);
    let mut seen_text = false;
    for n in article.children() {
        let Some(e) = ElementRef::wrap(n) else {
            text.add_node(n);
            seen_text |= n.value().as_text().is_some_and(|t| !t.trim().is_empty());
            continue;
        };
        match e.value().name() {
            "header" => {
                part.title = e
                    .descendent_elements()
                    .find(|h| matches!(h.value().name(), "h1" | "h2"))
                    .map(text_of)
                    .filter(|t| !t.is_empty());
            }
            "footer" => {}
            _ if is_note_box(e) => {
                let blocks = note(e, lang);
                if seen_text {
                    part.end_notes.extend(blocks);
                } else {
                    part.notes.extend(blocks);
                }
            }
            _ => {
                seen_text |= e.text().any(|t| !t.trim().is_empty());
                text.add_node(n);
            }
        }
    }
    let images = text.images;
    part.body = text.take();
    (part, images)
}

/// Reads a Fimfiction download whose chapters are `chapters`.
pub(crate) fn read(doc: &Html, chapters: &[ElementRef<'_>], lang: &str) -> Work {
    let mut work = Work {
        url: canonical(doc),
        ..Work::default()
    };
    // The story's header is the `<header>` outside every chapter.
    let header = doc.root_element().descendent_elements().find(|e| {
        e.value().name() == "header"
            && !e
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().name() == "article")
    });
    if let Some(h) = header {
        let first = |name: &str| h.descendent_elements().find(|e| e.value().name() == name);
        work.title = first("h1").map(text_of).filter(|t| !t.is_empty());
        if let Some(a) = first("h2").map(text_of).as_deref().and_then(byline) {
            work.authors.push(a.to_string());
        }
        let tags: Vec<String> = h
            .descendent_elements()
            .filter(|e| e.value().name() == "li")
            .map(text_of)
            .filter(|t| !t.is_empty())
            .collect();
        if !tags.is_empty() {
            work.tags.push(("Tags".into(), tags));
        }
    }
    if let Some(d) = doc
        .root_element()
        .descendent_elements()
        .find(|e| e.value().id() == Some("story_description"))
    {
        work.summary = html::blocks_of(d, lang).0;
    }
    for a in chapters {
        let (part, images) = chapter(*a, lang);
        work.images += images;
        work.parts.push(part);
    }
    if let [only] = work.parts.as_mut_slice() {
        work.notes = std::mem::take(&mut only.notes);
        work.end_notes = std::mem::take(&mut only.end_notes);
    }
    work.decisions.push(format!(
        "a Fimfiction HTML download: {} chapter(s), their author's notes set apart; the \
         download's header (tags, description, rating line) and footer are left out",
        work.parts.len()
    ));
    work
}

#[cfg(test)]
mod tests {
    use super::super::plain;
    use super::*;

    /// A one-shot download: the header's title and byline, the chapter's notes as the
    /// work's (a break inside the top note stays in the note), the text with its rules.
    #[test]
    fn a_download_is_its_chapter_with_the_notes_apart() {
        let doc = Html::parse_document(
            r#"<html><head><title>Moth Lamp</title></head><body><header>
<h1><a href="https://www.fimfiction.net/story/1/moth-lamp">Moth Lamp</a></h1>
<h2>by <a href="https://www.fimfiction.net/user/2/Bramble">Bramble</a></h2>
<ul class="tags"><li>Comedy</li></ul><div id="story_description"><p>A moth.</p></div>
<p>Rated Teen · 1 chapter</p></header><hr>
<article class="chapter"><header><h1><a id="1"></a>The Lamp</h1></header>
<div class="authors-note"><b>Author's Note:</b><p>Hi.</p><p><b>***</b></p><p>Thanks, Wren!</p></div>
<p class="double">The moth came in.</p><hr><p class="double">It stayed.</p>
<div class="authors-note"><b>Author's Note:</b><p>Bye.</p></div></article>
<footer><p>This story was downloaded from Fimfiction.net.</p></footer></body></html>"#,
        );
        let ch = chapters(&doc).expect("a download");
        let w = read(&doc, &ch, "en");
        assert_eq!(w.title.as_deref(), Some("Moth Lamp"));
        assert_eq!(w.authors, vec!["Bramble"]);
        assert_eq!(w.tag(&["Tags"]), vec!["Comedy"]);
        assert_eq!(plain(&w.summary), vec!["A moth."]);
        assert_eq!(w.notes.len(), 3);
        assert_eq!(plain(&w.end_notes), vec!["Bye."]);
        assert_eq!(w.parts[0].title.as_deref(), Some("The Lamp"));
        let body = &w.parts[0].body;
        assert!(matches!(body.as_slice(), [_, Block::SceneBreak, _]));
        assert_eq!(body[0].plain().trim(), "The moth came in.");
        assert_eq!(body[2].plain().trim(), "It stayed.");
        // An `article.chapter` on a page that never links to Fimfiction is no download.
        let doc = Html::parse_document(
            r#"<html><body><article class="chapter"><p>Text.</p></article></body></html>"#,
        );
        assert!(chapters(&doc).is_none());
    }
}
