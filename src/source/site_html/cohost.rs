//! cohost! posts saved from the browser: the post's text, without the site's header,
//! the post's avatar, handle and time, its tags, counts and buttons, the comments and
//! the site's footer.
//!
//! Input: a parsed HTML page. cohost sets a post in `article.co-post-box`: the poster's
//! display name in `.co-project-display-name` and handle in `.co-project-handle`, the
//! title in `.co-title`, the text in `.co-prose`, the tags as `#tag` links in
//! `.co-tags`; comments follow in their own `.co-prose` boxes outside the post's.
//! Output: a [`Work`] of the first post's text, titled by its title and authored by the
//! display name (a trailing emoji is decoration, not the name), else the handle.
//! cohost's Markdown collapses blank lines, so a writer leaves a gap with a paragraph of
//! a lone `&nbsp;`: one under the post's first paragraph (or over its last) sets that
//! paragraph apart, and when it talks to readers it is the post's note, as a note over
//! a rule is. Spacers mark no scene break and are left out. Pure: no I/O.

use super::classed;
use crate::model::Block;
use crate::source::html::{self, has_class, text_of};
use crate::source::notes::talk_signs;
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// The post's box and its text, if the page is a cohost post's.
pub(crate) fn post(doc: &Html) -> Option<(ElementRef<'_>, ElementRef<'_>)> {
    let post = doc
        .root_element()
        .descendent_elements()
        .find(|e| e.value().name() == "article" && has_class(*e, "co-post-box"))?;
    let text = classed(post, "co-prose")?;
    text.text()
        .any(|t| !t.trim().is_empty())
        .then_some((post, text))
}

/// A display name without the emoji and marks set around it ("Fen 🌿" → "Fen").
fn bare_name(name: &str) -> &str {
    name.trim_matches(|c: char| {
        !(c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '\'' | '\u{2019}'))
    })
}

/// Reads a post whose box is `post` and text `text`.
pub(crate) fn read(post: ElementRef<'_>, text: ElementRef<'_>, lang: &str) -> Work {
    let mut work = Work {
        title: classed(post, "co-title")
            .map(text_of)
            .filter(|t| !t.is_empty()),
        ..Work::default()
    };
    let display = classed(post, "co-project-display-name").map(text_of);
    let handle = classed(post, "co-project-handle").map(text_of);
    let name = display
        .as_deref()
        .map(bare_name)
        .filter(|n| !n.is_empty())
        .or(handle.as_deref());
    work.authors.extend(name.map(str::to_string));
    if let Some(t) = classed(post, "co-tags") {
        let tags: Vec<String> = html::link_texts(t)
            .into_iter()
            .map(|t| t.trim_start_matches('#').to_string())
            .collect();
        if !tags.is_empty() {
            work.tags.push(("Tags".into(), tags));
        }
    }
    let (mut body, images) = html::blocks_of(text, lang);
    work.images += images;
    // A note set apart by a spacer: the paragraph at an end, the spacer beside it, and
    // talk to readers in it.
    let set_apart = |note: Option<&Block>, gap: Option<&Block>| {
        note.zip(gap)
            .is_some_and(|(n, g)| g.is_blank() && !n.is_blank() && talk_signs(&n.plain()).0 > 0)
    };
    if body.len() > 2 && set_apart(body.first(), body.get(1)) {
        work.notes.push(body.remove(0));
    }
    let n = body.len();
    if n > 2 && set_apart(body.last(), body.get(n - 2)) {
        work.end_notes.extend(body.pop());
    }
    let spacers = body.iter().filter(|b| b.is_blank()).count();
    body.retain(|b| !b.is_blank());
    if spacers > 0 {
        work.decisions.push(format!(
            "{spacers} spacer paragraph(s) (a lone no-break space) are left out: they mark no scene break"
        ));
    }
    work.current().body = body;
    work.decisions.push(
        "a cohost! post: its text is read, authored by the poster's display name; the \
         site's header, the post's handle, time, tags and counts, and the comments are \
         left out"
            .into(),
    );
    work
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A post: its text, not a comment's; its title; the display name without its emoji.
    #[test]
    fn a_post_is_its_text_by_its_display_name() {
        let doc = Html::parse_document(
            r#"<html><body><header class="site-header">cohost!</header><main>
<article class="co-post-box"><header><a class="co-project-display-name">Wren ✨🌙</a>
<a class="co-project-handle">@wren-sings</a><time>Jan 1</time></header>
<h2 class="co-title">Lamp Oil</h2><div class="co-prose"><p>The lamp was out.</p></div>
<footer><div class="co-tags"><a>#writing</a><a>#lamps</a></div></footer></article>
<section class="co-comments"><div class="co-comment"><a class="co-project-handle">@reader</a>
<div class="co-prose"><p>lovely</p></div></div></section></main></body></html>"#,
        );
        let (p, t) = post(&doc).expect("a post");
        let w = read(p, t, "en");
        assert_eq!(w.title.as_deref(), Some("Lamp Oil"));
        assert_eq!(w.authors, vec!["Wren"]);
        assert_eq!(w.tag(&["Tags"]), vec!["writing", "lamps"]);
        let text: Vec<String> = w.parts[0].body.iter().map(|b| b.plain()).collect();
        assert_eq!(text, vec!["The lamp was out."]);
        assert_eq!(bare_name("🌿 Fen 🌿"), "Fen");
    }

    /// A post's first and last paragraphs set apart by `&nbsp;` spacers are its notes
    /// when they talk to readers; a spacer beside a story paragraph parts nothing.
    #[test]
    fn spacer_parted_talk_at_a_posts_ends_is_its_notes() {
        let page = |first: &str| {
            Html::parse_document(&format!(
                r#"<html><body><article class="co-post-box"><div class="co-prose">
<p>{first}</p><p>&nbsp;</p><p>The tide came in.</p><p>&nbsp;</p><p>It went out.</p>
<p>&nbsp;</p><p>thanks for reading!! reblogs appreciated</p></div></article></body></html>"#
            ))
        };
        let doc = page("a drabble for the sea prompt, no warnings");
        let (p, t) = post(&doc).expect("a post");
        let w = read(p, t, "en");
        assert_eq!(w.notes.len(), 1);
        assert_eq!(w.end_notes.len(), 1);
        let text: Vec<String> = w.parts[0].body.iter().map(|b| b.plain()).collect();
        assert_eq!(text, vec!["The tide came in.", "It went out."]);
        // A first paragraph that is story stays the story's, and no spacer is a break.
        let doc = page("The gulls woke first.");
        let (p, t) = post(&doc).expect("a post");
        let w = read(p, t, "en");
        assert!(w.notes.is_empty());
        assert_eq!(w.parts[0].body.len(), 3);
        assert_eq!(bare_name("T.K. Varga"), "T.K. Varga");
    }
}
