//! Ko-fi posts saved from the browser: the post's text, without the site's bar, the
//! creator's profile header (cover, avatar, name, page address, "Follow", "Share"), the
//! post's date and visibility, the like/comment/share bar, the supporters' comments,
//! the "Buy NAME a coffee" card, the shop and the site's footer.
//!
//! Input: a parsed HTML page. Ko-fi's pages are built from its design system's `kfds-`
//! classes: a post is a card (`feed-item-post`) whose header holds its title
//! (`kfds-c-post-title`, an `<h1>`), its text is in the Froala editor's `fr-view` box
//! (inside `kfds-c-post-content`), the comments are `kfds-c-comment`s; the creator's
//! name is the profile header's (`#profileName`), also set on the support card ("Buy
//! NAME a coffee"). The page's `<title>` and `og:title` are "POST - Ko-fi ❤️ Where
//! creators get support …". Output: a [`Work`] of the post's text, titled by the post,
//! authored by the creator; the notes set apart over and under the story are the
//! preface and afterword ([`super::set_apart_notes`]). Pure: no I/O.

use super::{by_id, classed, from_site, page_title, quoted};
use crate::source::bylines::is_name;
use crate::source::html::{self, has_class, text_of};
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// The texts of the page's elements with class `name`.
fn classed_texts(doc: &Html, name: &str) -> Vec<String> {
    doc.root_element()
        .descendent_elements()
        .filter(|e| has_class(*e, name))
        .map(text_of)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether the page is Ko-fi's: its address or site name, or the title Ko-fi gives
/// every page.
fn is_kofi(doc: &Html) -> bool {
    from_site(doc, "ko-fi.com", "Ko-fi")
        || page_title(doc).is_some_and(|t| t.contains(" - Ko-fi ") || t.ends_with(" - Ko-fi"))
}

/// The post's text on a Ko-fi page, if the page is one: the editor's box inside the
/// post's content (else the content itself), with text.
pub(crate) fn post_text(doc: &Html) -> Option<ElementRef<'_>> {
    if !is_kofi(doc) {
        return None;
    }
    // A page saved before the post's box had its class holds the editor's box alone.
    let text = match classed(doc.root_element(), "kfds-c-post-content") {
        Some(content) => content
            .descendent_elements()
            .find(|e| has_class(*e, "fr-view"))
            .unwrap_or(content),
        None => classed(doc.root_element(), "fr-view")?,
    };
    text.text().any(|t| !t.trim().is_empty()).then_some(text)
}

/// The creator: the profile header's name, else the name on the support card.
fn creator(doc: &Html) -> Option<String> {
    let header = by_id(doc, "profileName")
        .or_else(|| classed(doc.root_element(), "profile-name"))
        .map(text_of);
    let card = || {
        doc.root_element().descendent_elements().find_map(|e| {
            let t = text_of(e);
            let name = t
                .strip_prefix("Buy ")?
                .strip_suffix(" a coffee")
                .or_else(|| t.strip_prefix("Buy ")?.strip_suffix(" a Coffee"))?;
            Some(name.trim().to_string())
        })
    };
    header
        .filter(|n| is_name(n))
        .or_else(|| card().filter(|n| is_name(n)))
}

/// Reads a post whose text is `text`.
pub(crate) fn read(doc: &Html, text: ElementRef<'_>, lang: &str) -> Work {
    let title = classed(doc.root_element(), "kfds-c-post-title")
        .map(text_of)
        .or_else(|| {
            let t = page_title(doc)?;
            Some(t.split(" - Ko-fi").next().unwrap_or(&t).trim().to_string())
        })
        .filter(|t| !t.is_empty());
    let mut work = Work {
        title: title.as_deref().map(super::without_access_mark),
        url: super::page_url(doc),
        ..Work::default()
    };
    work.authors.extend(creator(doc));
    let (body, images) = html::blocks_with_gaps(text, lang);
    work.images += images;
    work.current().body = body;
    super::title_again(&mut work, title.as_deref(), lang);
    let comments = classed_texts(doc, "kfds-c-comment").len();
    let mut left = classed_texts(doc, "post-date");
    left.extend(
        classed_texts(doc, "kfds-c-support-card")
            .into_iter()
            .take(1),
    );
    left.extend(classed_texts(doc, "kfds-c-shop-item"));
    work.decisions.push(format!(
        "a Ko-fi post: its text is read, by the creator its profile header names; the \
         site's bar, the profile header, the post's date, the like/comment bar, \
         {comments} comment(s), the support card, the shop and the footer are left out: {}",
        quoted(&left)
    ));
    super::set_apart_notes(&mut work);
    work
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::site_html::plain;

    const PAGE: &str = r#"<html><head><title>Mending - Ko-fi ❤️ Where creators get support from fans through donations, memberships, shop sales and more! The original 'Buy Me a Coffee' Page.</title></head>
<body><nav class="kfds-nav"><a href="https://ko-fi.com/explore">Explore</a></nav>
<div class="profile-header"><span id="profileName">Ada Brook</span><a class="kfds-c-follow-btn">Follow</a></div>
<div class="kfds-c-card feed-item-post"><div class="kfds-c-post-header"><span class="post-date">Mar 9, 2024</span><h1 class="kfds-c-post-title">Mending</h1></div>
<div class="kfds-c-post-content"><div class="fr-view article-body"><p><em>A little something for the prompt week! Thank you all so much.</em></p><p><br></p>
<p>The kettle was broken.</p><p>She fixed it.</p><p>It sang.</p><hr><p><em>If you enjoyed this, my commissions are open again.</em></p></div></div>
<div class="kfds-c-post-footer"><a class="kfds-c-like-btn"><span>3</span> Likes</a></div>
<div class="kfds-c-comment"><span class="kfds-c-comment-author">Rowan</span><div class="kfds-c-comment-text">Lovely!</div></div></div>
<div class="kfds-c-card kfds-c-support-card"><div>Buy Ada Brook a coffee</div></div></body></html>"#;

    /// A post: its text, its notes over and under it (the rule between the story and
    /// the note under it parts no scene), by the creator the profile names.
    #[test]
    fn a_post_is_its_text_between_its_notes() {
        let doc = Html::parse_document(PAGE);
        let t = post_text(&doc).expect("a Ko-fi post");
        let w = read(&doc, t, "en");
        assert_eq!(w.title.as_deref(), Some("Mending"));
        assert_eq!(w.authors, vec!["Ada Brook"]);
        let body = plain(&w.parts[0].body);
        assert_eq!(
            body,
            vec!["The kettle was broken.", "She fixed it.", "It sang."]
        );
        assert_eq!(w.notes.len(), 1);
        assert!(plain(&w.end_notes)[0].starts_with("If you enjoyed this"));
        assert!(w.decisions.join("\n").contains("1 comment(s)"));
        // The support card names the creator where the header does not.
        let doc = Html::parse_document(&PAGE.replace("id=\"profileName\"", "class=\"x\""));
        assert_eq!(creator(&doc).as_deref(), Some("Ada Brook"));
    }

    /// A story's rule with no note under it stays a scene break, and a page with Ko-fi's
    /// classes that is not Ko-fi's is no Ko-fi post.
    #[test]
    fn a_rule_inside_the_story_stays_a_break() {
        let page = PAGE.replace(
            "<hr><p><em>If you enjoyed this, my commissions are open again.</em></p>",
            "<hr><p>Then it rained.</p>",
        );
        let doc = Html::parse_document(&page);
        let w = read(&doc, post_text(&doc).expect("a post"), "en");
        assert!(w.end_notes.is_empty());
        assert_eq!(plain(&w.parts[0].body).len(), 5);
        let doc = Html::parse_document(&page.replace("Ko-fi", "Mugs"));
        assert!(post_text(&doc).is_none());
        // The editor's box alone, without the post's, is the post's text.
        let doc = Html::parse_document(&page.replace("kfds-c-post-content", "x"));
        let t = post_text(&doc).expect("a post");
        assert!(text_of(t).starts_with("A little something"));
    }
}
