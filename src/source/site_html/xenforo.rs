//! XenForo 2 thread pages saved from the browser (SpaceBattles, Sufficient Velocity,
//! Questionable Questing): the story's posts, without the forum's header, poster blocks,
//! signatures, reactions, buttons, other members' replies and footer.
//!
//! Input: a parsed HTML page. XenForo 2 marks its page on the root (`<html id="XF"
//! data-app="public" …>`) and sets each post in an `article.message` whose text is the
//! `div.bbWrapper` of its `article.message-body`, the poster's name in the article's
//! `data-author`; the threadmarks add-on marks a story's posts `hasThreadmark`
//! (`message--threadmark` in some styles) and names each in its
//! `message-cell--threadmark-header`, which reader mode sets over every post it shows;
//! the thread's title is the `h1` of `p-title`, after its prefix labels. Output: a
//! [`Work`] of the threadmarked posts (else the thread's first post), each a part named
//! by its threadmark when there are several; quote boxes lose their "Click to
//! expand..." and spoilers their buttons, and a spoiler labelled as the author's note
//! ("Spoiler: Author's Notes") opening or closing the story goes to the notes (one
//! opening or closing a post between, to its part's). The notes typed into the post
//! ("A/N: …") are the text reader's to find. Pure: no I/O.

use super::page_url;
use crate::model::Block;
use crate::source::forum::{note_spoiler, without_tags};
use crate::source::html::{self, has_class, text_of};
use crate::source::work::{Part, Work};
use scraper::{ElementRef, Html, Node};

/// Classes of what XenForo writes inside a post's text box that is its own: a quote's
/// "Click to expand..." and its "NAME said: ↑" title, a spoiler's button.
const CHROME: &[&str] = &[
    "bbCodeBlock-expandLink",
    "bbCodeBlock-title",
    "bbCodeSpoiler-button",
];

/// The posts of a XenForo 2 thread page holding the story: those with a threadmark,
/// else the first. `None` when the page is not XenForo 2's.
pub(crate) fn story_posts(doc: &Html) -> Option<Vec<ElementRef<'_>>> {
    let root = doc.root_element();
    let v = root.value();
    if v.id() != Some("XF") || (v.attr("data-app").is_none() && v.attr("data-xf").is_none()) {
        return None;
    }
    let posts: Vec<ElementRef<'_>> = root
        .descendent_elements()
        .filter(|e| e.value().name() == "article" && has_class(*e, "message"))
        .filter(|e| text_box(*e).is_some())
        .collect();
    let marked: Vec<ElementRef<'_>> = posts.iter().copied().filter(|p| marked(*p)).collect();
    match marked.is_empty() {
        true => posts.first().map(|p| vec![*p]),
        false => Some(marked),
    }
}

/// Whether a post carries a threadmark: the add-on's class on the post
/// (`hasThreadmark`, or `message--threadmark` in some styles) or its threadmark header
/// over the post's text (what reader mode writes over every post it shows).
fn marked(post: ElementRef<'_>) -> bool {
    post.value()
        .classes()
        .any(|c| c == "hasThreadmark" || c == "message--threadmark")
        || threadmark_header(post).is_some()
}

/// The threadmark header the add-on sets over a post.
fn threadmark_header(post: ElementRef<'_>) -> Option<ElementRef<'_>> {
    post.descendent_elements()
        .find(|e| has_class(*e, "message-cell--threadmark-header"))
}

/// A post's text box: the `bbWrapper` of its `message-body` (not its signature's).
fn text_box(post: ElementRef<'_>) -> Option<ElementRef<'_>> {
    post.descendent_elements()
        .filter(|e| has_class(*e, "message-body"))
        .find_map(|b| b.descendent_elements().find(|e| has_class(*e, "bbWrapper")))
}

/// A post's threadmark name: the add-on's title in the post's threadmark header (its
/// `threadmarkTitle`, else its `threadmarkLabel` when that is not the bare word).
fn threadmark(post: ElementRef<'_>) -> Option<String> {
    let head = threadmark_header(post)?;
    let named = |class: &str| {
        head.descendent_elements()
            .find(|e| has_class(*e, class))
            .map(text_of)
            .filter(|t| !t.is_empty() && !t.eq_ignore_ascii_case("threadmarks"))
    };
    named("threadmarkTitle").or_else(|| named("threadmarkLabel"))
}

/// The thread's title: the page title's `h1` without its prefix labels, else the
/// page's `og:title`.
fn thread_title(doc: &Html) -> Option<String> {
    let root = doc.root_element();
    let h1 = root
        .descendent_elements()
        .find(|e| e.value().name() == "h1" && has_class(*e, "p-title-value"));
    let from_h1 = h1.map(|h| {
        let label = |n: ego_tree::NodeRef<'_, Node>| {
            n.ancestors().filter_map(ElementRef::wrap).any(|a| {
                a.value()
                    .classes()
                    .any(|c| c == "label" || c == "label-append" || c == "labelLink")
            })
        };
        let words: String = h
            .descendants()
            .filter(|n| !label(*n))
            .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
            .collect();
        words.split_whitespace().collect::<Vec<_>>().join(" ")
    });
    from_h1.filter(|t| !t.is_empty()).or_else(|| {
        root.descendent_elements()
            .find(|e| e.value().name() == "meta" && e.value().attr("property") == Some("og:title"))
            .and_then(|e| e.value().attr("content"))
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
    })
}

/// A spoiler box that holds the author's note, by its button's label.
fn note_box(e: ElementRef<'_>) -> bool {
    has_class(e, "bbCodeSpoiler")
        && e.descendent_elements()
            .find(|b| has_class(*b, "bbCodeSpoiler-button"))
            .is_some_and(|b| note_spoiler(&text_of(b)))
}

/// Whether node `n` holds words.
fn has_words(n: ego_tree::NodeRef<'_, Node>) -> bool {
    n.descendants()
        .any(|d| d.value().as_text().is_some_and(|t| !t.trim().is_empty()))
        || n.value().as_text().is_some_and(|t| !t.trim().is_empty())
}

/// The note spoiler opening `text` (nothing with words before it) and the one closing it.
fn note_boxes(text: ElementRef<'_>) -> (Option<ElementRef<'_>>, Option<ElementRef<'_>>) {
    let worded: Vec<_> = text.children().filter(|n| has_words(*n)).collect();
    let first = worded
        .first()
        .and_then(|n| ElementRef::wrap(*n))
        .filter(|e| note_box(*e));
    let last = worded
        .last()
        .and_then(|n| ElementRef::wrap(*n))
        .filter(|e| note_box(*e) && worded.len() > 1);
    (first, last)
}

/// The words of a note spoiler: its content without the button.
fn spoiler_blocks(b: ElementRef<'_>, lang: &str) -> Vec<Block> {
    let mut c = html::Converter::new(lang);
    c.skip(
        b.descendent_elements()
            .filter(|e| has_class(*e, "bbCodeSpoiler-button"))
            .map(|e| e.id()),
    );
    c.add_inner(b);
    c.take()
}

/// Reads the story posts `posts` of a thread page.
pub(crate) fn read(doc: &Html, posts: &[ElementRef<'_>], lang: &str) -> Work {
    let mut work = Work::default();
    let Some(first) = posts.first() else {
        return work;
    };
    let thread = thread_title(doc);
    let mark = threadmark(*first);
    work.title = match (&thread, &mark) {
        (Some(t), Some(m))
            if posts.len() == 1 && t.len() > m.len() && t.starts_with(m.as_str()) =>
        {
            Some(m.clone())
        }
        (Some(t), _) => Some(without_tags(t).to_string()),
        (None, m) => m.clone(),
    };
    work.authors.extend(
        first
            .value()
            .attr("data-author")
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string),
    );
    work.url = page_url(doc);
    let last = posts.len() - 1;
    for (k, post) in posts.iter().enumerate() {
        let Some(text) = text_box(*post) else {
            continue;
        };
        let (open, close) = note_boxes(text);
        let mut c = html::Converter::new(lang);
        c.skip(
            text.descendent_elements()
                .filter(|e| CHROME.iter().any(|x| has_class(*e, x)))
                .map(|e| e.id()),
        );
        // The story's notes open its first post and close its last; a post between
        // keeps its own, as its part's.
        let (mut notes, mut end_notes) = (Vec::new(), Vec::new());
        if let Some(b) = open {
            let to = if k == 0 { &mut work.notes } else { &mut notes };
            to.extend(spoiler_blocks(b, lang));
            c.skip([b.id()]);
        }
        if let Some(b) = close {
            let to = if k == last {
                &mut work.end_notes
            } else {
                &mut end_notes
            };
            to.extend(spoiler_blocks(b, lang));
            c.skip([b.id()]);
        }
        c.add_inner(text);
        work.images += c.images;
        let mut body = c.take();
        // The post may open by repeating its title (in bold, centred): that is the
        // title, not the story's first words.
        let names = [work.title.clone(), threadmark(*post)];
        if let Some(i) = body.iter().take(3).position(|b| {
            matches!(b, Block::Paragraph(_))
                && names
                    .iter()
                    .flatten()
                    .any(|n| b.plain().trim().eq_ignore_ascii_case(n))
        }) {
            body.remove(i);
        }
        work.parts.push(Part {
            title: threadmark(*post).filter(|_| posts.len() > 1),
            body,
            notes,
            end_notes,
            ..Part::default()
        });
    }
    work.decisions.push(format!(
        "a XenForo thread page: the text of {} post(s) ({}) is read; the forum's header, \
         poster blocks, signatures, reactions, buttons, replies and footer are left out",
        posts.len(),
        if marked(*first) {
            "its threadmarked posts"
        } else {
            "the thread's first post"
        }
    ));
    if !work.notes.is_empty() || !work.end_notes.is_empty() {
        work.decisions.push(
            "a spoiler box labelled as the author's note, opening or closing the story, \
             holds the notes; its button is left out"
                .into(),
        );
    }
    work
}

#[cfg(test)]
mod tests {
    use super::super::plain;
    use super::*;

    fn page(posts: &str) -> String {
        format!(
            r#"<html id="XF" lang="en-US" data-xf="2.2" data-app="public"><head><title>Salt Debt (Original) | SpaceBattles</title></head><body>
<ul class="p-breadcrumbs"><li><a href="/">Forums</a></li></ul>
<div class="p-title"><h1 class="p-title-value"><span class="label label--blue">Original</span><span class="label-append">&nbsp;</span>Salt Debt (Original, One-shot)</h1></div>
<div class="p-description"><ul><li>Thread starter <a class="username">Mira Kestle</a></li></ul></div>
<div class="block-body">{posts}</div>
<footer class="p-footer">Community platform by XenForo® © 2010-2024 XenForo Ltd.</footer></body></html>"#
        )
    }

    const POST: &str = r#"<article class="message message--post hasThreadmark" data-author="Mira Kestle">
<div class="message-cell message-cell--threadmark-header"><span class="threadmarkLabel">Salt Debt</span></div>
<div class="message-cell--user"><h4 class="message-name">Mira Kestle</h4><dl><dt>Joined</dt><dd>Mar 3</dd></dl></div>
<article class="message-body"><div class="bbWrapper"><div style="text-align: center"><b>Salt Debt</b></div><br />
<blockquote class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">The sea keeps count.</div><div class="bbCodeBlock-expandLink"><a>Click to expand...</a></div></div></blockquote><br />
She paid.<br />
<br />
He did not.<br />
<br />
<div class="bbCodeSpoiler"><button type="button" class="bbCodeSpoiler-button button"><span class="button-text"><span>Spoiler: A/N</span></span></button><div class="bbCodeSpoiler-content"><div class="bbCodeBlock bbCodeBlock--spoiler"><div class="bbCodeBlock-content">Thanks for reading.</div></div></div></div></div></article>
<aside class="message-signature"><div class="bbWrapper">Currently writing: Tide.</div></aside>
<footer class="message-footer"><a>Like</a> <a>Reply</a> <a>Report</a></footer></article>"#;

    const REPLY: &str = r#"<article class="message message--post" data-author="gull"><article class="message-body"><div class="bbWrapper">Loved it.</div></article></article>"#;

    #[test]
    fn a_thread_page_is_its_threadmarked_post_with_its_note_spoiler() {
        let doc = Html::parse_document(&page(&format!("{POST}{REPLY}")));
        let posts = story_posts(&doc).expect("a XenForo page");
        let w = read(&doc, &posts, "en");
        assert_eq!(w.title.as_deref(), Some("Salt Debt"));
        assert_eq!(w.authors, vec!["Mira Kestle"]);
        assert_eq!(plain(&w.end_notes), vec!["Thanks for reading."]);
        assert_eq!(w.parts.len(), 1);
        let body = &w.parts[0].body;
        assert!(matches!(&body[0], Block::Quote(q) if plain(q) == vec!["The sea keeps count."]));
        assert_eq!(plain(&body[1..]), vec!["She paid.", "He did not."]);
    }

    /// With no threadmark the thread's first post is the story, titled by the thread
    /// without its prefix label and tags; the replies under it are not read.
    #[test]
    fn without_threadmarks_the_first_post_is_the_story() {
        let post = POST
            .replace(" hasThreadmark", "")
            .replace("<span class=\"threadmarkLabel\">Salt Debt</span>", "");
        let doc = Html::parse_document(&page(&format!("{post}{REPLY}")));
        let posts = story_posts(&doc).expect("a XenForo page");
        assert_eq!(posts.len(), 1);
        let w = read(&doc, &posts, "en");
        assert_eq!(w.title.as_deref(), Some("Salt Debt"));
        assert!(!plain(&w.parts[0].body).contains(&"Loved it.".to_string()));
    }

    /// A reader-mode page of several threadmarked posts: each is a part named by its
    /// threadmark, the thread's title without its tags names the story, and only the
    /// last post's closing note spoiler is the afterword.
    #[test]
    fn several_threadmarked_posts_are_parts_named_by_their_threadmarks() {
        let second = POST
            .replace(">Salt Debt</span>", ">Interlude: Tide</span>")
            .replace("She paid.", "It turned.")
            .replace("Thanks for reading.", "See you soon.");
        let doc = Html::parse_document(&page(&format!("{POST}{second}{REPLY}")));
        let posts = story_posts(&doc).expect("a XenForo page");
        let w = read(&doc, &posts, "en");
        assert_eq!(w.title.as_deref(), Some("Salt Debt"));
        let titles: Vec<_> = w.parts.iter().map(|p| p.title.as_deref()).collect();
        assert_eq!(titles, vec![Some("Salt Debt"), Some("Interlude: Tide")]);
        assert_eq!(plain(&w.end_notes), vec!["See you soon."]);
        // The first post's closing note is its part's own.
        assert_eq!(plain(&w.parts[0].end_notes), vec!["Thanks for reading."]);
        assert_eq!(
            plain(&w.parts[0].body[1..]),
            vec!["She paid.", "He did not."]
        );
    }

    /// Reader mode in a style that marks a threadmarked post `message--threadmark`
    /// (Questionable Questing's) rather than `hasThreadmark`: every post under a
    /// threadmark header is the story's, not only the first.
    #[test]
    fn reader_mode_posts_under_threadmark_headers_are_all_read() {
        let first = POST.replace(" hasThreadmark", " message--threadmark");
        let second = POST
            .replace(" hasThreadmark", "")
            .replace(">Salt Debt</span>", ">Part 2: Tide</span>")
            .replace("She paid.", "It turned.");
        let doc = Html::parse_document(&page(&format!("{first}{second}")));
        let posts = story_posts(&doc).expect("a XenForo page");
        assert_eq!(posts.len(), 2);
        let w = read(&doc, &posts, "en");
        let titles: Vec<_> = w.parts.iter().map(|p| p.title.as_deref()).collect();
        assert_eq!(titles, vec![Some("Salt Debt"), Some("Part 2: Tide")]);
        assert!(plain(&w.parts[1].body).contains(&"It turned.".to_string()));
        // The signature under each post is the poster's, not the story's.
        let all: Vec<String> = w.parts.iter().flat_map(|p| plain(&p.body)).collect();
        assert!(!all.iter().any(|t| t.contains("Currently writing")));
    }

    /// A page that borrows XenForo's class names without its root mark is another page.
    #[test]
    fn message_classes_without_the_xenforo_root_are_another_page() {
        let html = page(POST).replace(r#" id="XF""#, "");
        assert!(story_posts(&Html::parse_document(&html)).is_none());
    }
}
