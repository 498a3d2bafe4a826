//! XenForo thread pages saved from the browser (SpaceBattles, Sufficient Velocity,
//! Questionable Questing), in XenForo 2's markup or XenForo 1's: the story's posts,
//! without the forum's header, poster blocks, signatures, reactions, buttons, other
//! members' replies and footer.
//!
//! Input: a parsed HTML page. Each version marks its page on the root and names the
//! parts of a post by its own classes ([`markup`]): XenForo 2 sets a post in an
//! `article.message` whose text is the `div.bbWrapper` of its `article.message-body`,
//! XenForo 1 in an `li.message` whose text is the `blockquote.messageText` of its
//! `div.messageContent`; both put the poster's name in the post's `data-author`. The
//! threadmarks add-on marks a story's posts and names each in a bar over it (which
//! reader mode sets over every post it shows); the thread's title is the page's `h1`,
//! after its prefix labels. Output: a [`Work`] of the threadmarked posts (else the
//! thread's first post), each a part named by its threadmark when there are several;
//! quote boxes lose their "Click to expand..." and spoilers their buttons, and a
//! spoiler labelled as the author's note ("Spoiler: Author's Notes") opening or closing
//! the story goes to the notes (one opening or closing a post between, to its part's).
//! The notes typed into the post ("A/N: …") are the text reader's to find. Pure: no I/O.

mod markup;

use super::page_url;
use crate::model::Block;
use crate::source::forum::{note_spoiler, without_tags};
use crate::source::html::{self, has_class, text_of};
use crate::source::work::{Part, Work};
use markup::Markup;
use scraper::{ElementRef, Html, Node};

/// A thread page's story posts, with the markup of the XenForo version that wrote it.
pub(crate) struct Thread<'a> {
    markup: &'static Markup,
    posts: Vec<ElementRef<'a>>,
}

/// The posts of a XenForo thread page holding the story: those with a threadmark,
/// else the first. `None` when the page is not XenForo's.
pub(crate) fn story_posts(doc: &Html) -> Option<Thread<'_>> {
    let m = markup::of(doc)?;
    let posts: Vec<ElementRef<'_>> = doc
        .root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == m.post.0 && has_class(*e, m.post.1))
        .filter(|e| text_box(m, *e).is_some())
        .collect();
    let marked: Vec<ElementRef<'_>> = posts.iter().copied().filter(|p| marked(m, *p)).collect();
    let posts = match marked.is_empty() {
        true => vec![*posts.first()?],
        false => marked,
    };
    Some(Thread { markup: m, posts })
}

/// Whether a post carries a threadmark: the add-on's class on the post or its
/// threadmark bar over the post's text (what reader mode writes over every post it
/// shows).
fn marked(m: &Markup, post: ElementRef<'_>) -> bool {
    post.value().classes().any(|c| m.marked.contains(&c)) || mark_bar(m, post).is_some()
}

/// The threadmark bar the add-on sets over a post.
fn mark_bar<'a>(m: &Markup, post: ElementRef<'a>) -> Option<ElementRef<'a>> {
    post.descendent_elements()
        .find(|e| has_class(*e, m.mark_bar))
}

/// A post's text box: the text box of its body (not its signature's).
fn text_box<'a>(m: &Markup, post: ElementRef<'a>) -> Option<ElementRef<'a>> {
    post.descendent_elements()
        .filter(|e| has_class(*e, m.body))
        .find_map(|b| b.descendent_elements().find(|e| has_class(*e, m.text)))
}

/// A post's threadmark name: the add-on's title in the post's threadmark bar (its
/// `threadmarkTitle`, else its `threadmarkLabel` when that is not the bare word).
fn threadmark(m: &Markup, post: ElementRef<'_>) -> Option<String> {
    let bar = mark_bar(m, post)?;
    m.mark_names.iter().find_map(|class| {
        bar.descendent_elements()
            .find(|e| has_class(*e, class))
            .map(text_of)
            .filter(|t| !t.is_empty() && !t.eq_ignore_ascii_case("threadmarks"))
    })
}

/// The thread's title: the page title's `h1` without its prefix labels, else the
/// page's `og:title`.
fn thread_title(m: &Markup, doc: &Html) -> Option<String> {
    let root = doc.root_element();
    let h1 = root.descendent_elements().find(|e| {
        e.value().name() == "h1"
            && (has_class(*e, m.title)
                || e.parent()
                    .and_then(ElementRef::wrap)
                    .is_some_and(|p| has_class(p, m.title)))
    });
    let from_h1 = h1.map(|h| {
        let label = |n: ego_tree::NodeRef<'_, Node>| {
            n.ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().classes().any(|c| m.labels.contains(&c)))
        };
        let words: String = h
            .descendants()
            .filter(|n| !label(*n))
            .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
            .collect();
        words.split_whitespace().collect::<Vec<_>>().join(" ")
    });
    from_h1
        .filter(|t| !t.is_empty())
        .or_else(|| super::meta_property(doc, "og:title").map(str::to_string))
}

/// A spoiler box that holds the author's note, by its button's label.
fn note_box(m: &Markup, e: ElementRef<'_>) -> bool {
    has_class(e, m.spoiler.0)
        && e.descendent_elements()
            .find(|b| has_class(*b, m.spoiler.1))
            .is_some_and(|b| note_spoiler(&text_of(b)))
}

/// Whether node `n` holds words.
fn has_words(n: ego_tree::NodeRef<'_, Node>) -> bool {
    n.descendants()
        .any(|d| d.value().as_text().is_some_and(|t| !t.trim().is_empty()))
        || n.value().as_text().is_some_and(|t| !t.trim().is_empty())
}

/// The note spoiler opening `text` (nothing with words before it) and the one closing it.
fn note_boxes<'a>(
    m: &Markup,
    text: ElementRef<'a>,
) -> (Option<ElementRef<'a>>, Option<ElementRef<'a>>) {
    let worded: Vec<_> = text
        .children()
        .filter(|n| has_words(*n))
        .filter(|n| !ElementRef::wrap(*n).is_some_and(|e| is_chrome(m, e)))
        .collect();
    let first = worded
        .first()
        .and_then(|n| ElementRef::wrap(*n))
        .filter(|e| note_box(m, *e));
    let last = worded
        .last()
        .and_then(|n| ElementRef::wrap(*n))
        .filter(|e| note_box(m, *e) && worded.len() > 1);
    (first, last)
}

/// Whether `e` is the forum's own, inside a post's text.
fn is_chrome(m: &Markup, e: ElementRef<'_>) -> bool {
    m.chrome.iter().any(|x| has_class(e, x))
}

/// The words of a note spoiler: its content without the button.
fn spoiler_blocks(m: &Markup, b: ElementRef<'_>, lang: &str) -> Vec<Block> {
    let mut c = html::Converter::new(lang);
    c.skip(
        b.descendent_elements()
            .filter(|e| has_class(*e, m.spoiler.1))
            .map(|e| e.id()),
    );
    c.add_inner(b);
    c.take()
}

/// Reads the story posts `posts` of a thread page.
pub(crate) fn read(doc: &Html, thread: &Thread<'_>, lang: &str) -> Work {
    let (m, posts) = (thread.markup, &thread.posts);
    let mut work = Work::default();
    let Some(first) = posts.first() else {
        return work;
    };
    let thread = thread_title(m, doc);
    let mark = threadmark(m, *first);
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
        let Some(text) = text_box(m, *post) else {
            continue;
        };
        let (open, close) = note_boxes(m, text);
        let mut c = html::Converter::new(lang);
        c.skip(
            text.descendent_elements()
                .filter(|e| is_chrome(m, *e))
                .map(|e| e.id()),
        );
        // The story's notes open its first post and close its last; a post between
        // keeps its own, as its part's.
        let (mut notes, mut end_notes) = (Vec::new(), Vec::new());
        if let Some(b) = open {
            let to = if k == 0 { &mut work.notes } else { &mut notes };
            to.extend(spoiler_blocks(m, b, lang));
            c.skip([b.id()]);
        }
        if let Some(b) = close {
            let to = if k == last {
                &mut work.end_notes
            } else {
                &mut end_notes
            };
            to.extend(spoiler_blocks(m, b, lang));
            c.skip([b.id()]);
        }
        c.add_inner(text);
        work.images += c.images;
        let mut body = c.take();
        // The post may open by repeating its title (in bold, centred): that is the
        // title, not the story's first words. Under the author's opening words it
        // parts them from the story as a divider does, so the note reader sees it end.
        let names = [work.title.clone(), threadmark(m, *post)];
        if let Some(i) = body.iter().take(3).position(|b| {
            matches!(b, Block::Paragraph(_))
                && names
                    .iter()
                    .flatten()
                    .any(|n| b.plain().trim().eq_ignore_ascii_case(n))
        }) {
            if body[..i].iter().any(|b| !b.is_blank()) {
                body[i] = Block::SceneBreak;
            } else {
                body.remove(i);
            }
        }
        work.parts.push(Part {
            title: threadmark(m, *post).filter(|_| posts.len() > 1),
            body,
            notes,
            end_notes,
            ..Part::default()
        });
    }
    work.decisions.push(format!(
        "a {} thread page: the text of {} post(s) ({}) is read; the forum's header, \
         poster blocks, signatures, reactions, buttons, replies and footer are left out",
        m.name,
        posts.len(),
        if marked(m, *first) {
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
mod tests;
