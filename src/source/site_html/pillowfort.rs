//! Pillowfort posts saved from the browser: the post's text, without the site's bar
//! ("Home Communities Messages Settings"), the community's sidebar, the post's header
//! (avatar, poster, "posted to" the community, time), its tags, note count and
//! buttons, and the notes under it (comments, reblogs, likes).
//!
//! Input: a parsed HTML page. Pillowfort sets a post in `div.post` (or
//! `div.post-container`): a `header` with the poster's `a.username` (or the link in
//! `span.username`) (and "posted to COMMUNITY"), the title in `.title`, the text in
//! `.content`, the tags as `a.tag` links in `.tags`, then `.post-footer`; the notes
//! follow in `.notes-section`. The page's `<title>` is "Pillowfort.social - TITLE".
//! Output: a [`Work`] of the post's text, titled by the post (not the site), authored
//! by the poster; the notes set apart over and under the story are the preface and
//! afterword ([`super::set_apart_notes`]). Pure: no I/O.

use super::{classed, from_site, page_title, quoted};
use crate::source::bylines::is_name;
use crate::source::html::{self, has_class, text_of};
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// The site's name as its pages' titles open: "Pillowfort.social - TITLE".
const TITLE_PREFIX: &str = "pillowfort.social";

/// Classes of the element holding a post's text inside `div.post`.
const CONTENT: &[&str] = &["content", "post-content", "body"];

/// Whether the page is Pillowfort's: its address, site name or title.
fn is_pillowfort(doc: &Html) -> bool {
    from_site(doc, "pillowfort.social", "Pillowfort")
        || page_title(doc).is_some_and(|t| t.to_lowercase().starts_with(TITLE_PREFIX))
}

/// The post's box and its text, if the page is a Pillowfort post's: the first
/// `div.post` with a `.content` (a `.post-content`, a `.body`) that has text.
pub(crate) fn post(doc: &Html) -> Option<(ElementRef<'_>, ElementRef<'_>)> {
    if !is_pillowfort(doc) {
        return None;
    }
    doc.root_element()
        .descendent_elements()
        .filter(|e| has_class(*e, "post") || has_class(*e, "post-container"))
        .find_map(|p| {
            let text = CONTENT.iter().find_map(|c| classed(p, c))?;
            text.text()
                .any(|t| !t.trim().is_empty())
                .then_some((p, text))
        })
}

/// The page's title without the site's name: "Pillowfort.social - TITLE" → TITLE.
fn bare_title(t: &str) -> String {
    let lower = t.to_lowercase();
    match lower.strip_prefix(TITLE_PREFIX) {
        Some(_) => t[TITLE_PREFIX.len()..]
            .trim_start_matches([' ', '-', '–', '—', '|', ':'])
            .trim()
            .to_string(),
        None => t.trim().to_string(),
    }
}

/// Reads a post whose box is `post` and text `text`.
pub(crate) fn read(doc: &Html, post: ElementRef<'_>, text: ElementRef<'_>, lang: &str) -> Work {
    let title = classed(post, "title")
        .map(text_of)
        .filter(|t| !t.is_empty())
        .or_else(|| super::meta_property(doc, "og:title").map(bare_title))
        .or_else(|| page_title(doc).map(|t| bare_title(&t)))
        .filter(|t| !t.is_empty());
    let mut work = Work {
        title: title.as_deref().map(super::without_access_mark),
        url: super::page_url(doc),
        ..Work::default()
    };
    // The poster: the first user link in the post's header, before its text.
    let header = classed(post, "header").unwrap_or(post);
    let poster = header
        .descendent_elements()
        .take_while(|e| e.id() != text.id())
        .find(|e| {
            // The poster's link is `a.username`, or the link inside `span.username`.
            e.value().name() == "a"
                && (has_class(*e, "username")
                    || e.parent()
                        .and_then(ElementRef::wrap)
                        .is_some_and(|p| has_class(p, "username")))
        })
        .map(text_of)
        .filter(|n| is_name(n));
    work.authors.extend(poster);
    let community = header
        .descendent_elements()
        .find(|e| has_class(*e, "posted-in"))
        .and_then(|p| html::link_texts(p).into_iter().next());
    let tags: Vec<String> = classed(post, "tags")
        .map(|t| {
            html::links(t)
                .map(text_of)
                .map(|t| t.trim_start_matches('#').trim().to_string())
                .filter(|t| !t.is_empty())
                .collect()
        })
        .unwrap_or_default();
    if !tags.is_empty() {
        work.tags.push(("Tags".into(), tags.clone()));
    }
    let (body, images) = html::blocks_with_gaps(text, lang);
    work.images += images;
    work.current().body = body;
    super::title_again(&mut work, title.as_deref(), lang);
    let notes = doc
        .root_element()
        .descendent_elements()
        .filter(|e| has_class(*e, "note") || has_class(*e, "comment"))
        .count();
    let mut left: Vec<String> = community.iter().map(|c| format!("posted to {c}")).collect();
    left.extend(tags.iter().map(|t| format!("#{t}")));
    work.decisions.push(format!(
        "a Pillowfort post: its text is read, by its poster; the site's bar, the \
         community's sidebar, the post's header, tags, note count and buttons, and \
         {notes} note(s) under it (comments, reblogs, likes) are left out: {}",
        quoted(&left)
    ));
    super::set_apart_notes(&mut work);
    work
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::site_html::plain;

    const PAGE: &str = r#"<html><head><title>Pillowfort.social - Low Tide</title></head><body>
<div id="top-bar"><a href="/">Home</a> <a href="/communities">Communities</a></div>
<div class="sidebar"><a class="community-name">Sea Zine</a><div class="community-description">Sea stories.</div></div>
<div class="post"><div class="header"><a class="username" href="/kelpie">kelpie</a> <span class="posted-in">posted to <a href="/community/SeaZine">Sea Zine</a></span></div>
<div class="title"><h2>Low Tide</h2></div>
<div class="content"><p><i>My zine piece, finally free to post! Thank you to the mods.</i></p><p>&nbsp;</p>
<p>The tide went out.</p><p>It left a boot.</p><hr><p>The boot was hers.</p></div>
<div class="tags"><a class="tag">#sea</a> <a class="tag">#my fic</a></div>
<div class="post-footer"><span class="note-count">2 notes</span></div></div>
<div class="notes-section"><div class="note reblog"><a class="username">gull</a> reblogged this</div>
<div class="comment"><a class="username">gull</a><div class="comment-body"><p>the boot!!</p></div></div></div></body></html>"#;

    /// A post: its text under its note, the rule in it a scene break; titled without
    /// the site's name, by its poster, not the community or a commenter.
    #[test]
    fn a_post_is_its_text_by_its_poster() {
        let doc = Html::parse_document(PAGE);
        let (p, t) = post(&doc).expect("a Pillowfort post");
        let w = read(&doc, p, t, "en");
        assert_eq!(w.title.as_deref(), Some("Low Tide"));
        assert_eq!(w.authors, vec!["kelpie"]);
        assert_eq!(w.tag(&["Tags"]), vec!["sea", "my fic"]);
        let body = plain(&w.parts[0].body);
        assert_eq!(
            body,
            vec![
                "The tide went out.",
                "It left a boot.",
                "",
                "The boot was hers."
            ]
        );
        assert_eq!(w.notes.len(), 1);
        let why = w.decisions.join("\n");
        assert!(
            why.contains("posted to Sea Zine") && why.contains("2 note(s)"),
            "{why}"
        );
        assert_eq!(bare_title("Pillowfort.social - Low Tide"), "Low Tide");
    }

    /// A page of `div.post`s that is not Pillowfort's is no Pillowfort post.
    /// The layout with the post in `div.post-container` and the poster's link inside
    /// `span.username`, the page titled only "Pillowfort" (its site name in Open Graph).
    #[test]
    fn a_post_container_with_its_poster_in_a_span() {
        let page = r#"<html><head><title>Pillowfort</title><meta property="og:site_name" content="Pillowfort"><meta property="og:title" content="Low Tide"></head><body>
<div class="post-container"><div class="post-header header"><span class="username"><a href="/kelpie">kelpie</a></span></div>
<div class="title">Low Tide</div><div class="content"><div class="body-text"><p>The tide went out.</p></div></div>
<div class="tags"><a class="tag">#sea</a></div></div>
<div class="comments-container"><div class="comment"><span class="comment-username"><a href="/gull">gull</a></span> the boot!!</div></div></body></html>"#;
        let doc = Html::parse_document(page);
        let (p, t) = post(&doc).expect("a Pillowfort post");
        let w = read(&doc, p, t, "en");
        assert_eq!(w.title.as_deref(), Some("Low Tide"));
        assert_eq!(w.authors, ["kelpie"]);
        assert_eq!(plain(&w.parts[0].body), ["The tide went out."]);
    }

    #[test]
    fn a_post_box_elsewhere_is_no_pillowfort_post() {
        let doc = Html::parse_document(&PAGE.replace("Pillowfort.social - ", ""));
        assert!(post(&doc).is_none());
    }
}
