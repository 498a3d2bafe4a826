//! Hosts' post pages saved from the browser: what Substack and Medium mark as their
//! own around a post, and what the Wayback Machine adds over an archived page.
//!
//! Input: a parsed page. Output: the element holding the post's text where the host
//! marks it (Medium's `<article>` that holds its story title among the "More from"
//! cards), the author the host's byline names (a Substack profile link), the elements
//! inside a post that are the host's (Substack's subscribe and share boxes), and the
//! Wayback Machine's toolbar, to be left out (DeviantArt's deviation pages have a reader
//! of their own, `site_html::deviantart`). Each asks for
//! the host's own marks, so a page that only looks like one is read as any page.
//! Pure: no I/O.

use super::text_of;
use crate::source::bylines::is_name;
use ego_tree::NodeId;
use scraper::{ElementRef, Html};

/// The components Substack's editor writes into a post's text that are the host's
/// buttons and boxes ("Subscribe now", "Share", "Thanks for reading …! Subscribe for
/// free to receive new posts"), by their `data-component-name`.
const SUBSTACK_COMPONENTS: &[&str] = &[
    "SubscribeWidgetToDOM",
    "SubscribeWidget",
    "ButtonCreateButton",
    "CaptionedButtonToDOM",
    "InstallSubstackAppToDOM",
];

/// The classes Substack gives those boxes (a page saved before the components were
/// named carries only these).
const SUBSTACK_CLASSES: &[&str] = &[
    "subscription-widget-wrap",
    "subscription-widget-wrap-editor",
    "captioned-button-wrap",
    "install-substack-app-embed",
];

/// Whether element `e`, inside a post's text, is one of Substack's boxes.
pub(crate) fn is_host_chrome(e: &scraper::node::Element) -> bool {
    e.attr("data-component-name")
        .is_some_and(|c| SUBSTACK_COMPONENTS.contains(&c))
        || e.classes().any(|c| SUBSTACK_CLASSES.contains(&c))
}

/// The ids of the Wayback Machine's toolbar (its captures, calendar, "COLLECTED BY",
/// "TIMESTAMPS"), which replay inserts at the top of an archived page's body.
const WAYBACK_IDS: &[&str] = &["wm-ipp-base", "wm-ipp", "wm-ipp-print", "donato"];

/// The elements an archive added over the page it replays: the Wayback Machine's
/// toolbar, outermost only.
pub(crate) fn archive_bars(doc: &Html) -> Vec<NodeId> {
    let mut out: Vec<NodeId> = Vec::new();
    for e in doc.root_element().descendent_elements() {
        let ours = e.value().id().is_some_and(|id| WAYBACK_IDS.contains(&id));
        if ours && !e.ancestors().any(|a| out.contains(&a.id())) {
            out.push(e.id());
        }
    }
    out
}

/// The element with attribute `attr` set to `value`, the first in the page.
fn marked<'a>(doc: &'a Html, attr: &str, value: &str) -> Option<ElementRef<'a>> {
    doc.root_element()
        .descendent_elements()
        .find(|e| e.value().attr(attr) == Some(value))
}

/// The element holding the post's text where a host marks it: Medium's `<article>`
/// that holds the story's title (`data-testid="storyTitle"`, or its `pw-post-title`
/// class).
pub(crate) fn content(doc: &Html) -> Option<ElementRef<'_>> {
    let title = marked(doc, "data-testid", "storyTitle").or_else(|| {
        doc.root_element()
            .descendent_elements()
            .find(|e| e.value().classes().any(|c| c == "pw-post-title"))
    })?;
    title
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().name() == "article")
}

/// The author a host's byline names: the first link to a Substack profile
/// (`substack.com/@NAME`, `substack.com/profile/…`) in the post's header, whose text is
/// the author's name (the comments' links to their writers' profiles come later, in
/// the comments section).
pub(crate) fn author(doc: &Html) -> Option<String> {
    let header = doc
        .root_element()
        .descendent_elements()
        .find(|e| e.value().classes().any(|c| c == "post-header"))?;
    header
        .descendent_elements()
        .filter(|e| {
            e.value().name() == "a"
                && e.value().attr("href").is_some_and(|h| {
                    h.contains("substack.com/@") || h.contains("substack.com/profile/")
                })
        })
        .map(text_of)
        .find(|t| (1..=4).contains(&t.split_whitespace().count()) && is_name(t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::html::blocks_of;

    fn plain(el: ElementRef<'_>) -> Vec<String> {
        blocks_of(el, "en").0.iter().map(|b| b.plain()).collect()
    }

    /// A Substack post: its author is the header's profile link (not a commenter's),
    /// and the subscribe box the editor puts in the text is Substack's.
    #[test]
    fn a_substack_post_names_its_author_and_drops_its_boxes() {
        let doc = Html::parse_document(
            r#"<html><body><article class="post"><div class="post-header"><h1 class="post-title">Kettles</h1>
<div class="byline-wrapper"><a href="https://substack.com/@rhodri">Rhodri Vaughan</a><div>Mar 3, 2024</div></div></div>
<div class="available-content"><div class="body markup"><p>The kettle sang.</p>
<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><p class="cta-caption">Thanks for reading Steam! Subscribe for free.</p></div>
<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="/subscribe"><span>Subscribe now</span></a></p></div></div></article>
<div class="comments-section"><a href="https://substack.com/@gwen">Gwen Pryce</a></div></body></html>"#,
        );
        assert_eq!(author(&doc).as_deref(), Some("Rhodri Vaughan"));
        let body = doc
            .root_element()
            .descendent_elements()
            .find(|e| e.value().classes().any(|c| c == "markup"))
            .unwrap();
        assert_eq!(plain(body), vec!["The kettle sang."]);
        // A page with no post header names no author by a profile link.
        let doc = Html::parse_document(
            r#"<html><body><p><a href="https://substack.com/@gwen">Gwen Pryce</a></p></body></html>"#,
        );
        assert_eq!(author(&doc), None);
    }

    /// Medium's page holds cards of other stories as articles too: the post is the
    /// article that holds the story's title.
    #[test]
    fn a_medium_post_is_the_article_with_its_story_title() {
        let doc = Html::parse_document(
            r#"<html><body><div><a href="/app">Open in app</a></div><article><h1 class="pw-post-title" data-testid="storyTitle">Tar</h1><p class="pw-post-body-paragraph">Boats.</p></article>
<h2>More from Iolo</h2><article><h2>Rope</h2><p>Also boats.</p></article></body></html>"#,
        );
        let a = content(&doc).expect("article");
        assert_eq!(text_of(a), "Tar Boats.");
        let doc = Html::parse_document(
            "<html><body><article><h1>Tar</h1></article><article>b</article></body></html>",
        );
        assert!(content(&doc).is_none());
    }

    /// The Wayback Machine's toolbar is the archive's, the page under it the author's.
    #[test]
    fn the_wayback_toolbar_is_left_out() {
        let doc = Html::parse_document(
            r#"<html><body><div id="wm-ipp-base"><div id="wm-ipp"><a>12 captures</a><div>COLLECTED BY</div></div></div><center><b>Lamps</b></center><p>Lit.</p></body></html>"#,
        );
        let bars = archive_bars(&doc);
        assert_eq!(bars.len(), 1);
        let mut c = super::super::Converter::new("en");
        c.skip(bars);
        c.add_inner(super::super::body_of(&doc));
        let got: Vec<String> = c.take().iter().map(|b| b.plain()).collect();
        assert_eq!(got, vec!["Lamps", "Lit."]);
    }
}
