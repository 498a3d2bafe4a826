//! Hand-written pages (a personal site's, Neocities-style): where such a page keeps its
//! story and what around it is the site's.
//!
//! Input: a parsed page, or the element holding its text. Output: whether an id names
//! the page's text box (`<div id="content">`, `id="main"`, where a blog engine would set
//! a class), the heading that box opens with (the story's title, over the byline), and
//! the link lines first and last in the box ("← back to fic index", "leave a note in
//! the guestbook!"), to be left out. The page's `<header>`, menu, webring, counter and
//! footer sit outside the box, so reading only the box leaves them out; its note box
//! (`<aside class="note">`) is a note by the converter's allow-list and the notes by
//! `post::note_boxes`. Pure: no I/O.

use super::links;
use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Node};

/// Ids a hand-written page gives the box holding its text.
const TEXT_BOX_IDS: &[&str] = &["content", "main", "main-content", "maincontent"];

/// Whether `id` names a page's text box.
pub(crate) fn is_text_box_id(id: &str) -> bool {
    TEXT_BOX_IDS.iter().any(|c| id.eq_ignore_ascii_case(c))
}

/// Whether node `n` is inside a link (below `top`).
fn linked(n: NodeRef<'_, Node>, top: NodeId) -> bool {
    n.ancestors()
        .take_while(|a| a.id() != top)
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == "a")
}

/// Whether any text of `e` outside its links has a letter or digit.
fn words_outside_links(e: ElementRef<'_>, before: Option<NodeId>) -> bool {
    e.descendants()
        .take_while(|n| Some(n.id()) != before)
        .filter(|n| !linked(*n, e.id()))
        .filter_map(|n| n.value().as_text())
        .any(|t| t.chars().any(char::is_alphanumeric))
}

/// The heading a text box opens with (a hand-written page's `<h2>` over the byline and
/// the story): the box's first `h1`–`h3`, when nothing before it but links has words.
pub(crate) fn heading_over_text(text: ElementRef<'_>) -> Option<ElementRef<'_>> {
    let h = text
        .descendent_elements()
        .find(|e| matches!(e.value().name(), "h1" | "h2" | "h3"))?;
    (!words_outside_links(text, Some(h.id()))).then_some(h)
}

/// Elements that make a block, not a line of links.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "table",
    "ul",
    "ol",
    "li",
    "blockquote",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "img",
];

/// Whether `e` is one line of links: one link or more, links hold all its words, and
/// no block (or image) inside it.
fn link_line(e: ElementRef<'_>) -> bool {
    html_links(e)
        && !e
            .descendent_elements()
            .skip(1)
            .any(|d| BLOCKS.contains(&d.value().name()))
        && !words_outside_links(e, None)
}

/// Whether `e` holds a link.
fn html_links(e: ElementRef<'_>) -> bool {
    links(e).next().is_some()
}

/// The link lines first and last in a text box of three elements or more: the site's
/// way back to its index and on to its guestbook, not the story's.
pub(crate) fn edge_links(text: ElementRef<'_>) -> Vec<NodeId> {
    let kids: Vec<ElementRef<'_>> = text.child_elements().collect();
    if kids.len() < 3 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for e in [kids.first(), kids.last()].into_iter().flatten() {
        if link_line(*e) && !out.contains(&e.id()) {
            out.push(e.id());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::html::{page, text_of};
    use scraper::Html;

    const PAGE: &str = r#"<html><head><title>lamps ~ kit's corner</title></head><body>
<header><h1>~ kit's corner ~</h1></header>
<nav><a href="/">home</a> | <a href="/fic/">fic</a> | <a href="/links.html">links</a></nav>
<div id="content">
<p class="back"><a href="/fic/">&larr; back to fics</a></p>
<h2>Lamps</h2>
<p>It rained on the <a href="/map.html">harbour</a>.</p>
<hr>
<p>It cleared.</p>
<p><a href="/fic/">&larr; back</a> &middot; <a href="/guestbook.html">sign my guestbook!</a></p>
</div>
<footer><p>you are visitor <img src="/c.gif" alt="counter"></p></footer>
</body></html>"#;

    /// The page's text box is its `#content`; its title the `<h2>` it opens with under
    /// the link back; the link lines first and last are the site's, a story paragraph
    /// holding a link is not.
    #[test]
    fn a_hand_written_page_is_its_content_box() {
        let doc = Html::parse_document(PAGE);
        let text = page::content(&doc).expect("the text box");
        assert_eq!(text.value().id(), Some("content"));
        assert_eq!(
            heading_over_text(text).map(text_of).as_deref(),
            Some("Lamps")
        );
        assert_eq!(page::title(&doc, text).as_deref(), Some("Lamps"));
        let edges: Vec<String> = edge_links(text)
            .into_iter()
            .filter_map(|id| doc.tree.get(id).and_then(ElementRef::wrap))
            .map(text_of)
            .collect();
        assert_eq!(edges, vec!["← back to fics", "← back · sign my guestbook!"]);
    }

    /// A heading after the story's first words is the story's own; a box of two
    /// elements has no site lines.
    #[test]
    fn a_heading_inside_the_story_is_no_title() {
        let doc = Html::parse_document(
            r#"<html><body><div id="main"><p>It rained.</p><h2>Later</h2><p><a href="/x">x</a></p></div></body></html>"#,
        );
        let text = page::content(&doc).expect("the text box");
        assert!(heading_over_text(text).is_none());
        let doc = Html::parse_document(
            r#"<html><body><div id="main"><p><a href="/x">Part one</a></p><p>It rained.</p></div></body></html>"#,
        );
        let text = page::content(&doc).expect("the text box");
        assert!(edge_links(text).is_empty());
        assert!(!is_text_box_id("contents-list"));
    }
}
