//! What each XenForo version writes around a thread's posts, as data: the class names
//! by which the thread reader ([`super`]) finds the posts, their text, their
//! threadmarks, the thread's title and the forum's own boxes inside a post's text.
//!
//! Input: a parsed HTML page. Output: the [`Markup`] of the XenForo version that wrote
//! it, known by the mark each puts on the page's root: XenForo 2 writes `<html id="XF"
//! data-app="public" …>` (SpaceBattles, Sufficient Velocity and Questionable Questing
//! since 2019), XenForo 1 `<html id="XenForo" …>` (the same forums' pages saved
//! before). Pure: no I/O.

use scraper::Html;

/// The class names one XenForo version gives the parts of a thread page.
pub(crate) struct Markup {
    /// The version, for `quire inspect`.
    pub name: &'static str,
    /// A post: its element and class (XenForo 2's `article.message`, 1's `li.message`).
    pub post: (&'static str, &'static str),
    /// The part of a post that holds its text and not its signature (XenForo 2's
    /// `message-body`, 1's `messageContent`; the signature stands outside it).
    pub body: &'static str,
    /// The post's text box inside it (`bbWrapper`, `messageText`).
    pub text: &'static str,
    /// Classes the threadmarks add-on puts on a threadmarked post.
    pub marked: &'static [&'static str],
    /// The threadmark's bar the add-on sets over a post (reader mode sets one over
    /// every post it shows).
    pub mark_bar: &'static str,
    /// Classes naming the threadmark inside that bar, in the order they are asked.
    pub mark_names: &'static [&'static str],
    /// The class of the thread's title `h1`, or of the box it stands in.
    pub title: &'static str,
    /// Classes of the prefix labels set inside the title ("Original", "Complete").
    pub labels: &'static [&'static str],
    /// Classes of what the forum writes inside a post's text that is its own: a
    /// quote's "Click to expand..." and its "NAME said: ↑", a spoiler's button, the
    /// empty marker closing the text.
    pub chrome: &'static [&'static str],
    /// A spoiler box and its button.
    pub spoiler: (&'static str, &'static str),
}

/// XenForo 2.
const XF2: Markup = Markup {
    name: "XenForo 2",
    post: ("article", "message"),
    body: "message-body",
    text: "bbWrapper",
    marked: &["hasThreadmark", "message--threadmark"],
    mark_bar: "message-cell--threadmark-header",
    mark_names: &["threadmarkTitle", "threadmarkLabel"],
    title: "p-title-value",
    labels: &["label", "label-append", "labelLink"],
    chrome: &[
        "bbCodeBlock-expandLink",
        "bbCodeBlock-title",
        "bbCodeSpoiler-button",
    ],
    spoiler: ("bbCodeSpoiler", "bbCodeSpoiler-button"),
};

/// XenForo 1: posts in `ol.messageList`, the text a `blockquote.messageText` (the
/// signature is a `messageText` too, outside `messageContent`), the threadmarks
/// add-on's `div.threadmarker` bar with its `threadmarkLabel`, the title in
/// `div.titleBar` after its `span.prefix`.
const XF1: Markup = Markup {
    name: "XenForo 1",
    post: ("li", "message"),
    body: "messageContent",
    text: "messageText",
    marked: &["threadmarked", "hasThreadmark"],
    mark_bar: "threadmarker",
    mark_names: &["threadmarkLabel"],
    title: "titleBar",
    labels: &["prefix"],
    chrome: &[
        "attribution",
        "quoteExpand",
        "bbCodeSpoilerButton",
        "messageTextEndMarker",
    ],
    spoiler: ("bbCodeSpoilerContainer", "bbCodeSpoilerButton"),
};

/// The markup of the XenForo version that wrote `doc`, by its root's mark.
pub(crate) fn of(doc: &Html) -> Option<&'static Markup> {
    let v = doc.root_element().value();
    match v.id() {
        Some("XF") if v.attr("data-app").is_some() || v.attr("data-xf").is_some() => Some(&XF2),
        Some("XenForo") => Some(&XF1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each version is known by its root's mark, and a page without one is no forum's.
    #[test]
    fn each_version_is_known_by_its_root() {
        let page = |root: &str| Html::parse_document(&format!("<html {root}><body></body></html>"));
        assert_eq!(
            of(&page(r#"id="XF" data-app="public""#)).map(|m| m.name),
            Some("XenForo 2")
        );
        assert_eq!(
            of(&page(r#"id="XenForo" class="Public""#)).map(|m| m.name),
            Some("XenForo 1")
        );
        assert!(of(&page(r#"id="XF""#)).is_none());
        assert!(of(&page(r#"id="xenforo-look""#)).is_none());
    }
}
