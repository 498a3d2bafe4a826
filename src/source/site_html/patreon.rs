//! Patreon posts saved from the browser: the post's text, without the site's bar, the
//! creator's header and "Join" button, the post's access and tier labels, its date, its
//! tags, the like/comment/share bar and the patrons' comments.
//!
//! Input: a parsed HTML page. Patreon marks the parts of a post by `data-tag`: the post
//! in `post-card`, its title in `post-title`, its text in `post-content`, its tags as
//! `post-tag` links (in `post-tags`), its date in `post-published-at`, the comments in
//! `comment-row`s; the page's `<title>` is "POST | CREATOR on Patreon". Output: a
//! [`Work`] of the post's text, authored by the creator the title names (else the
//! creator's name in the page's header), titled by the post without the access mark a
//! creator adds to it ("(Early Access)", "[Patron Preview]"); the story's own title
//! set again in bold at the top of the text is the title, not story. The author's notes
//! set apart over and under the story are the preface and afterword
//! ([`super::set_apart_notes`]). Pure: no I/O.

use super::{from_site, page_title, quoted, with_attr};
use crate::source::bylines::is_name;
use crate::source::html::{self, text_of};
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// The post's text on a Patreon page, if the page is one: `post-content` with text, on
/// a page Patreon's address, site name or title names.
pub(crate) fn post_text(doc: &Html) -> Option<ElementRef<'_>> {
    let text = with_attr(doc, "data-tag", "post-content")?;
    let patreon = from_site(doc, "patreon.com", "Patreon")
        || page_title(doc).is_some_and(|t| t.ends_with(" on Patreon"));
    (patreon && text.text().any(|t| !t.trim().is_empty())).then_some(text)
}

/// The creator the page's `<title>` names: "POST | CREATOR on Patreon".
fn creator_in_title(doc: &Html) -> Option<String> {
    let t = page_title(doc)?;
    let (_, tail) = t.rsplit_once(" | ")?;
    let who = tail.strip_suffix(" on Patreon")?.trim();
    is_name(who).then(|| who.to_string())
}

/// The texts of the elements whose `data-tag` is one of `tags`, in page order.
fn tagged_texts(doc: &Html, tags: &[&str]) -> Vec<String> {
    doc.root_element()
        .descendent_elements()
        .filter(|e| {
            e.value()
                .attr("data-tag")
                .is_some_and(|t| tags.contains(&t))
        })
        .map(text_of)
        .filter(|t| !t.is_empty())
        .collect()
}

/// The post's tags where they are not marked as such: the links to the creator's
/// posts filtered by a tag (`/posts?filters%5Btag%5D=NAME`).
fn tag_links(doc: &Html) -> Vec<String> {
    html::links(doc.root_element())
        .filter(|a| {
            a.value()
                .attr("href")
                .is_some_and(|h| h.contains("filters%5Btag%5D=") || h.contains("filters[tag]="))
        })
        .map(text_of)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Reads a post whose text is `text`.
pub(crate) fn read(doc: &Html, text: ElementRef<'_>, lang: &str) -> Work {
    let post_title = with_attr(doc, "data-tag", "post-title")
        .map(text_of)
        .filter(|t| !t.is_empty())
        .or_else(|| {
            page_title(doc).map(|t| {
                t.rsplit_once(" | ")
                    .map_or(t.clone(), |(p, _)| p.to_string())
            })
        });
    let mut work = Work {
        title: post_title.as_deref().map(super::without_access_mark),
        url: super::page_url(doc),
        ..Work::default()
    };
    let creator = creator_in_title(doc).or_else(|| {
        tagged_texts(doc, &["creator-name"])
            .into_iter()
            .find(|n| is_name(n))
    });
    work.authors.extend(creator);
    let mut tags: Vec<String> = tagged_texts(doc, &["post-tag"]);
    if tags.is_empty() {
        tags = tag_links(doc);
    }
    if !tags.is_empty() {
        work.tags.push(("Tags".into(), tags.clone()));
    }
    let (body, images) = html::blocks_with_gaps(text, lang);
    work.images += images;
    work.current().body = body;
    super::title_again(&mut work, post_title.as_deref(), lang);
    let labels = tagged_texts(
        doc,
        &[
            "post-early-access-label",
            "post-tier-label",
            "post-published-at",
        ],
    );
    let comments = tagged_texts(doc, &["comment-body"]).len();
    let mut left = labels;
    left.extend(tags.iter().map(|t| format!("#{t}")));
    work.decisions.push(format!(
        "a Patreon post: its text is read, by the creator the page's title names; the \
         site's bar, the creator's header, the post's labels and date, its tags, the \
         like/comment bar and {comments} comment(s) are left out: {}",
        quoted(&left)
    ));
    super::set_apart_notes(&mut work);
    work
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::site_html::plain;

    const PAGE: &str = r#"<html><head><title>Lamp Oil (Early Access) | Wren Ashby on Patreon</title></head><body>
<header data-tag="navigation"><nav><a href="/home">Home</a><a href="/search">Search</a></nav></header>
<div><a data-tag="creator-public-page-link" href="https://www.patreon.com/wren"><span data-tag="creator-name">Wren Ashby</span></a> is creating stories <a data-tag="join-button">Join</a></div>
<div data-tag="post-card"><span data-tag="post-early-access-label">Early access</span><span data-tag="post-tier-label">Lantern tier and above</span>
<div data-tag="post-published-at"><a>Jan 3, 2024 at 9:00 PM</a></div>
<h1 data-tag="post-title"><span>Lamp Oil (Early Access)</span></h1>
<div data-tag="post-content"><div><p><em>Hi all! Here's the early-access version, thank you for reading.</em></p><p><br></p>
<p><strong>Lamp Oil</strong></p><p>The lamp went out at nine.</p><p>She lit it again.</p><p>* * *</p><p>It held until dawn.</p><p>Her note said: see you Tuesday.</p>
<p><br></p><p><em>Thanks to my patrons for keeping the lights on! See you next month.</em></p></div></div>
<div data-tag="post-tags"><a data-tag="post-tag">fic</a><a data-tag="post-tag">lamps</a></div>
<div data-tag="post-details"><button data-tag="like-button">Like</button><span data-tag="like-count">12</span></div>
<div data-tag="comments-section"><div data-tag="comment-row"><a data-tag="commenter-name">Ada</a><div data-tag="comment-body">Loved it, thank you!</div></div></div>
</div></body></html>"#;

    /// A post: its text between its notes, not the labels, tags or comments; the title
    /// without its access mark, the story's own title in bold no story; the creator the
    /// page's title names.
    #[test]
    fn a_post_is_its_text_between_its_notes() {
        let doc = Html::parse_document(PAGE);
        let t = post_text(&doc).expect("a Patreon post");
        let w = read(&doc, t, "en");
        assert_eq!(w.title.as_deref(), Some("Lamp Oil"));
        assert_eq!(w.authors, vec!["Wren Ashby"]);
        assert_eq!(w.tag(&["Tags"]), vec!["fic", "lamps"]);
        let body = plain(&w.parts[0].body);
        assert_eq!(
            body.first().map(String::as_str),
            Some("The lamp went out at nine.")
        );
        assert_eq!(
            body.last().map(String::as_str),
            Some("Her note said: see you Tuesday.")
        );
        assert_eq!(body.iter().filter(|b| b.is_empty()).count(), 1, "{body:?}");
        assert_eq!(w.notes.len(), 1);
        assert!(plain(&w.notes)[0].starts_with("Hi all!"));
        assert_eq!(plain(&w.end_notes).len(), 1);
        let why = w.decisions.join("\n");
        assert!(
            why.contains("\"Early access\"") && why.contains("1 comment(s)"),
            "{why}"
        );
    }

    /// A page that keeps a `post-content` box but is not Patreon's is no Patreon post.
    #[test]
    fn a_post_content_box_elsewhere_is_no_patreon_post() {
        let doc = Html::parse_document(
            r#"<html><head><title>Lamps</title></head><body><div data-tag="post-content"><p>Lit.</p></div></body></html>"#,
        );
        assert!(post_text(&doc).is_none());
        let doc = Html::parse_document(
            r#"<html><head><meta property="og:site_name" content="Patreon"></head><body><div data-tag="post-content"><p>Lit.</p></div></body></html>"#,
        );
        assert!(post_text(&doc).is_some());
        assert_eq!(creator_in_title(&doc), None);
        // Tags not marked as such are the links that filter the creator's posts by one.
        let doc = Html::parse_document(
            r#"<html><body><a href="/wren/posts?filters%5Btag%5D=lamps">lamps</a><a href="/wren">Wren</a></body></html>"#,
        );
        assert_eq!(tag_links(&doc), vec!["lamps"]);
    }
}
