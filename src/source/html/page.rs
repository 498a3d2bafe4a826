//! Saved web pages: a blog post saved from the browser → the post among the site's
//! menus, sidebars, author box and comments, with its own title and author.
//!
//! Input: a parsed HTML page no archive reader claimed. Output: the element that holds
//! the post's text (a WordPress, Blogger or similar `entry-content`/`post-body`, else the
//! page's one `<article>`, else its one `<main>`), the post's title (`entry-title`,
//! `post-title`, or the `<h1>` inside that article) and the author its byline links with
//! `rel="author"`. `None` where a page has no such element: its whole body is read.

use scraper::{ElementRef, Html};

use super::{has_class, text_of};

/// Classes blog engines give the element that holds a post's text.
const CONTENT: &[&str] = &[
    "entry-content",
    "post-content",
    "post-body",
    "article-content",
    "article-body",
    "blog-post-content",
];

/// Classes blog engines give a post's own title.
const TITLE: &[&str] = &["entry-title", "post-title", "article-title"];

/// What Medium marks in a post as its own, not the story's: the byline bar (the author,
/// "Follow", the read time and date, claps, "Listen", "Share", which text-to-speech is
/// told to skip), the subtitle under the title, and the byline's parts by their test
/// ids.
const CHROME_CLASSES: &[&str] = &["speechify-ignore", "pw-subtitle-paragraph"];
const CHROME_TEST_IDS: &[&str] = &["authorName", "storyReadTime", "storyPublishDate"];

/// Whether element `e` is a post page's own furniture inside the post (see
/// [`CHROME_CLASSES`]).
pub(crate) fn is_chrome(e: &scraper::node::Element) -> bool {
    e.attr("data-testid")
        .is_some_and(|t| CHROME_TEST_IDS.contains(&t))
        || e.classes().any(|c| CHROME_CLASSES.contains(&c))
}

/// The one element of `root` that `is` picks, if there is exactly one.
fn only<'a>(root: ElementRef<'a>, is: impl Fn(ElementRef<'a>) -> bool) -> Option<ElementRef<'a>> {
    let mut found = root.descendent_elements().filter(|e| is(*e));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// The element holding the post's text, when the page marks one that has text (an
/// empty one is no post: the whole page is read rather than lose what it holds).
pub(crate) fn content(doc: &Html) -> Option<ElementRef<'_>> {
    let root = doc.root_element();
    only(root, |e| CONTENT.iter().any(|c| has_class(e, c)))
        .or_else(|| only(root, |e| e.value().name() == "article"))
        .or_else(|| only(root, |e| e.value().name() == "main"))
        .filter(|e| e.text().any(|t| !t.trim().is_empty()))
}

/// The post's own title: its title element, or the first `<h1>` of the article that
/// holds `content`.
pub(crate) fn title(doc: &Html, content: ElementRef<'_>) -> Option<String> {
    let root = doc.root_element();
    let marked = root
        .descendent_elements()
        .find(|e| TITLE.iter().any(|c| has_class(*e, c)));
    let article = content
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "article");
    marked
        .or_else(|| {
            article.and_then(|a| a.descendent_elements().find(|e| e.value().name() == "h1"))
        })
        .map(text_of)
        .filter(|t| !t.is_empty())
}

/// The author the post's byline names: the first `rel="author"` link whose text is a
/// name (four words at most), not an author box's "All posts by …".
/// Medium's byline names its author by a test id (`data-testid="authorName"`).
pub(crate) fn author(doc: &Html) -> Option<String> {
    doc.root_element()
        .descendent_elements()
        .filter(|e| {
            let a = e.value();
            a.attr("data-testid") == Some("authorName")
                || (a.name() == "a"
                    && a.attr("rel")
                        .is_some_and(|r| r.split_whitespace().any(|w| w == "author")))
        })
        .map(text_of)
        .find(|t| (1..=4).contains(&t.split_whitespace().count()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><body><header><nav><a href="/">Home</a> <a href="/stories">Stories</a></nav></header>
<main><article class="post"><header><h1 class="entry-title">Winter Garden (a story)</h1></header>
<div class="entry-content"><p>It snowed.</p><p>She stayed.</p></div>
<footer>Posted by <a rel="author" href="/a/d">Defne Aksoy</a></footer>
<div class="author-bio"><a rel="author" href="/a/d">View all posts by Defne Aksoy and her friends</a></div>
</article><section id="comments"><p>Lovely!</p></section></main>
<aside><h2>Recent posts</h2></aside></body></html>"#;

    #[test]
    fn a_blog_post_is_its_entry_content_title_and_byline() {
        let doc = Html::parse_document(PAGE);
        let c = content(&doc).expect("content");
        assert_eq!(text_of(c), "It snowed. She stayed.");
        assert_eq!(title(&doc, c).as_deref(), Some("Winter Garden (a story)"));
        assert_eq!(author(&doc).as_deref(), Some("Defne Aksoy"));
    }

    #[test]
    fn a_page_without_marked_content_has_none() {
        let doc = Html::parse_document(
            "<html><body><h1>Title</h1><p>Text.</p><article>a</article><article>b</article></body></html>",
        );
        assert!(content(&doc).is_none());
        // An empty article is no post: the page's text is read whole.
        let doc = Html::parse_document(
            r#"<html><body><div class="entry-content"><p>a</p></div><div class="entry-content"><p>b</p></div><article> </article></body></html>"#,
        );
        assert!(content(&doc).is_none());
    }
}
