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
use crate::source::bylines::{is_name, local_byline};

/// Classes blog engines give the element that holds a post's text.
const CONTENT: &[&str] = &[
    "entry-content",
    "post-content",
    "post-body",
    "article-content",
    "article-body",
    "blog-post-content",
    // LiveJournal's older styles: an entry's text under its header (date, subject,
    // "Posted by").
    "entryText",
    "entry_text",
    "entrytext",
    // Wattpad's part: the `<pre>` pages of its paragraphs, without the part's header
    // (its title and counts) or the comments under it.
    "part-content",
];

/// Classes blog engines give a post's own title.
/// Wattpad's story bar names the story (`story-title`) over the part's own `<h1>`.
/// LiveJournal's older styles set an entry's subject in `entrySubject`.
const TITLE: &[&str] = &[
    "entry-title",
    "post-title",
    "article-title",
    "story-title",
    "entrySubject",
    "entry-subject",
];

/// What Medium marks in a post as its own, not the story's: the byline bar (the author,
/// "Follow", the read time and date, claps, "Listen", "Share", which text-to-speech is
/// told to skip), the subtitle under the title, and the byline's parts by their test
/// ids.
/// Wattpad puts each paragraph's comment count in it (`<span class="comment-marker">`);
/// WordPress.com's Jetpack puts its sharing, likes and related posts inside the post's
/// content (`sharedaddy`, `jp-relatedposts`); a page's `footer` lines are the site's.
const CHROME_CLASSES: &[&str] = &[
    "speechify-ignore",
    "pw-subtitle-paragraph",
    "comment-marker",
    // Wattpad's counts under the part's title (reads, votes, comments), and its vote
    // and share buttons, next-part link and readers' comments under the text.
    "story-stats",
    "part-footer",
    "part-comments",
    "sharedaddy",
    "jp-relatedposts",
    // A site's footer lines set as classed paragraphs under the story (a printer-friendly
    // page's "You have reached the end of …", its links and copyright line).
    "footer",
    // A WordPress theme's post meta and footer ("Posted on … by …", "Tagged …",
    // categories), should a page's markup leave them inside the post's element.
    "entry-meta",
    "entry-footer",
    "tags-links",
    "cat-links",
    // Tumblr's "Keep reading" link to the rest of a post, which a saved post keeps.
    "read_more",
    "read_more_container",
];
const CHROME_TEST_IDS: &[&str] = &["authorName", "storyReadTime", "storyPublishDate"];

/// Whether element `e` is a post page's own furniture inside the post (see
/// [`CHROME_CLASSES`]).
pub(crate) fn is_chrome(e: &scraper::node::Element) -> bool {
    // Wattpad's byline under the part's title, for narrow screens.
    let wattpad_byline =
        e.classes().any(|c| c == "author") && e.classes().any(|c| c == "hidden-lg");
    wattpad_byline
        || e.id() == Some("jp-post-flair")
        || e.attr("data-testid")
            .is_some_and(|t| CHROME_TEST_IDS.contains(&t))
        || e.classes().any(|c| CHROME_CLASSES.contains(&c))
        || super::hosts::is_host_chrome(e)
}

/// Classes of the element listing a post's tags: LiveJournal's and Tumblr's, a
/// WordPress theme's, Blogger's labels.
const TAGS: &[&str] = &[
    "entry-tags",
    "post-tags",
    "ljtags",
    "tags-links",
    "post-labels",
];

/// The post's tags: the link texts of its tag list (a Tumblr tag's `#` taken off);
/// Dreamwidth's list is a `div.tag` labelled by its `span.tag-text` ("Tags:").
pub(crate) fn tags(doc: &Html) -> Vec<String> {
    let dreamwidth = |e: ElementRef<'_>| {
        has_class(e, "tag") && e.child_elements().any(|c| has_class(c, "tag-text"))
    };
    doc.root_element()
        .descendent_elements()
        .find(|e| TAGS.iter().any(|c| has_class(*e, c)) || dreamwidth(*e))
        .map(|e| {
            super::link_texts(e)
                .into_iter()
                .map(|t| t.trim_start_matches('#').trim().to_string())
                .filter(|t| !t.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// The language the page declares: its `<body>`'s `lang` (Word writes `<body
/// lang=ES>`), else its `<html>`'s, as a tag with its language in lower case.
pub(crate) fn language(doc: &Html) -> Option<String> {
    let root = doc.root_element();
    let body = super::body_of(doc);
    [body, root]
        .iter()
        .find_map(|e| {
            e.value()
                .attr("lang")
                .or_else(|| e.value().attr("xml:lang"))
        })
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| match l.split_once('-') {
            Some((p, rest)) => format!("{}-{rest}", p.to_ascii_lowercase()),
            None => l.to_ascii_lowercase(),
        })
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
    let has_text = |e: &ElementRef<'_>| e.text().any(|t| !t.trim().is_empty());
    only(root, |e| CONTENT.iter().any(|c| has_class(e, c)))
        .or_else(|| super::hosts::content(doc))
        .or_else(|| {
            // Inside the page's one article, a theme's one text element (a Tumblr
            // theme's `body` under the post's title, over its date, notes and tags).
            only(root, |e| e.value().name() == "article").map(|a| {
                only(a, |e| ARTICLE_BODY.iter().any(|c| has_class(e, c)))
                    .filter(has_text)
                    .unwrap_or(a)
            })
        })
        .or_else(|| only(root, |e| e.value().name() == "main"))
        // A hand-written page (a personal site's) sets its text in one box it names
        // `content` or `main` between its header, menu and footer.
        .or_else(|| {
            only(root, |e| {
                e.value().id().is_some_and(super::hand::is_text_box_id)
            })
        })
        .filter(has_text)
}

/// Classes a theme gives the element holding a post's text inside its `<article>`.
const ARTICLE_BODY: &[&str] = &["body", "post-text", "text-body"];

/// The post's own title: its title element, or the first `<h1>` of the article that
/// holds `content`.
pub(crate) fn title(doc: &Html, content: ElementRef<'_>) -> Option<String> {
    let root = doc.root_element();
    // Wattpad's reading page names the story in its contents bar (`.toc-header` …
    // `.title`), over the part's own `<h1>` ("Part One: Dial Tone").
    let story_bar = root
        .descendent_elements()
        .find(|e| has_class(*e, "toc-header"))
        .and_then(|bar| bar.descendent_elements().find(|e| has_class(*e, "title")));
    let marked = story_bar.or_else(|| {
        root.descendent_elements()
            .find(|e| TITLE.iter().any(|c| has_class(*e, c)))
    });
    let article = content
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "article");
    let heading = |names: &[&str]| {
        article.and_then(|a| {
            a.descendent_elements()
                .find(|e| names.contains(&e.value().name()))
        })
    };
    marked
        .or_else(|| heading(&["h1"]))
        // A theme that heads its post with an `<h2>` over the text the page names.
        .or_else(|| {
            heading(&["h2", "h3"]).filter(|h| !content.descendent_elements().any(|d| d == *h))
        })
        .or_else(|| super::hand::heading_over_text(content))
        .map(text_of)
        .filter(|t| !t.is_empty())
}

/// The author the post's byline names: the first `rel="author"` link whose text is a
/// name (four words at most), not an author box's "All posts by …".
/// Medium's byline names its author by a test id (`data-testid="authorName"`); else
/// the first element whose class names the author (`post-author`, `author-wrapper`,
/// `wp-block-post-author-name`, Wattpad's and Tumblr's) or is a theme's `byline`
/// ("Posted on … by NAME", WordPress's `<span class="byline"> by <span class="author
/// vcard">…`) outside the comments, whose text is `by NAME` or a name alone; else, on a
/// Tumblr post, the blog its address names.
pub(crate) fn author(doc: &Html) -> Option<String> {
    linked_author(doc)
        .or_else(|| super::hosts::author(doc))
        .or_else(|| poster(doc))
        .or_else(|| classed_author(doc))
        .or_else(|| tumblr_blog(doc))
}

/// The blog a saved Tumblr post is from: Tumblr names a blog by its address, and the
/// post's own address (`https://NAME.tumblr.com/post/ID/slug`, or
/// `https://www.tumblr.com/NAME/ID`) names it. The page's canonical link or `og:url`
/// says which post the page is; else its first link to a post, the permalink a theme
/// sets under the post (reblogs in the notes under it come later).
fn tumblr_blog(doc: &Html) -> Option<String> {
    let els = || doc.root_element().descendent_elements();
    let own = els().find_map(|e| {
        let v = e.value();
        let canonical = v.name() == "link"
            && v.attr("rel")
                .is_some_and(|r| r.eq_ignore_ascii_case("canonical"));
        let og = v.name() == "meta" && v.attr("property") == Some("og:url");
        if canonical {
            v.attr("href").and_then(tumblr_post_blog)
        } else if og {
            v.attr("content").and_then(tumblr_post_blog)
        } else {
            None
        }
    });
    own.or_else(|| {
        els()
            .filter(|e| e.value().name() == "a")
            .find_map(|a| a.value().attr("href").and_then(tumblr_post_blog))
    })
}

/// The blog a Tumblr post's address names, if `url` is one.
fn tumblr_post_blog(url: &str) -> Option<String> {
    let url = url.trim().to_ascii_lowercase();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/')?;
    let mut segs = path.split('/');
    let name = if host == "www.tumblr.com" || host == "tumblr.com" {
        let name = segs.next()?;
        let id = segs.next()?;
        (!id.is_empty() && id.chars().all(|c| c.is_ascii_digit())).then_some(name)?
    } else {
        let name = host.strip_suffix(".tumblr.com")?;
        (segs.next() == Some("post")).then_some(name)?
    };
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    ok.then(|| name.to_string())
}

/// The user who posted a LiveJournal or Dreamwidth entry: the first user link
/// (`<span lj:user="NAME" class="ljuser">`) in the entry's `poster` element, which a
/// community entry follows with "posting in COMMUNITY".
fn poster(doc: &Html) -> Option<String> {
    let p = doc
        .root_element()
        .descendent_elements()
        .find(|e| has_class(*e, "poster") || has_class(*e, "entryPoster"))?;
    let user = p.descendent_elements().find(|e| has_class(*e, "ljuser"))?;
    user.value()
        .attr("lj:user")
        .map(str::to_string)
        .or_else(|| Some(text_of(user)))
        .filter(|t| is_name(t))
}

fn linked_author(doc: &Html) -> Option<String> {
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

/// Words in a class that say an author element is not the post's byline.
const NOT_BYLINE: &[&str] = &["comment", "bio", "avatar", "box", "reply"];

fn classed_author(doc: &Html) -> Option<String> {
    let classes = |e: ElementRef<'_>| -> Vec<String> {
        e.value().classes().map(str::to_ascii_lowercase).collect()
    };
    let in_comments = |e: ElementRef<'_>| {
        e.ancestors().filter_map(ElementRef::wrap).any(|a| {
            a.value().id() == Some("comments") || classes(a).iter().any(|c| c.contains("comment"))
        })
    };
    doc.root_element()
        .descendent_elements()
        .filter(|e| {
            let cs = classes(*e);
            cs.iter().any(|c| c.contains("author") || c == "byline")
                && !cs.iter().any(|c| NOT_BYLINE.iter().any(|w| c.contains(w)))
                && !in_comments(*e)
        })
        .map(text_of)
        .find_map(|t| {
            // In the page's language too ("por NAME", Wattpad's Arabic "بواسطة NAME").
            match local_byline(&t)
                .filter(|w| is_name(w))
                .or_else(|| local_byline(super::post::before_details(&t)?))
            {
                Some(who) => is_name(who).then(|| who.to_string()),
                None => (t.split_whitespace().count() == 1 && is_name(&t)).then_some(t),
            }
        })
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

    /// Wattpad's, Tumblr's and WordPress's bylines are classed, not linked with
    /// `rel="author"`; a comment's author is no byline.
    #[test]
    fn a_classed_byline_names_the_author() {
        let doc = Html::parse_document(
            r#"<html><body><div class="comments"><span class="comment-author">Gwen</span></div>
<div class="story-controls"><a class="story-title">Static</a> <span class="author">by nightdeskclerk</span></div>
<div class="part-content"><pre><p>Text.<span class="comment-marker"><span class="num-comment">12</span></span></p></pre></div></body></html>"#,
        );
        assert_eq!(author(&doc).as_deref(), Some("nightdeskclerk"));
        let c = content(&doc).expect("content");
        assert_eq!(title(&doc, c).as_deref(), Some("Static"));
        let (blocks, _) = super::super::blocks_of(c, "en");
        assert_eq!(blocks[0].plain(), "Text.");
        // An author box's sentence and a comment's author name nobody.
        let doc = Html::parse_document(
            r#"<html><body><div class="post-author">by the time she came home it was dark</div>
<ol id="comments"><li><div class="wp-block-comment-author-name">Gwenllian</div></li></ol></body></html>"#,
        );
        assert_eq!(author(&doc), None);
        // A WordPress theme's "Posted on … by NAME": the byline span, a two-word name.
        let doc = Html::parse_document(
            r#"<html><body><div class="entry-meta"><span class="posted-on">Posted on 3 March</span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/wc/">Wren Castellane</a></span></span></div></body></html>"#,
        );
        assert_eq!(author(&doc).as_deref(), Some("Wren Castellane"));
    }

    /// WordPress.com's Jetpack puts sharing, likes and related posts inside the post's
    /// content: they are the site's, not the story's; the story's own `<ul>` stays.
    #[test]
    fn jetpack_boxes_inside_a_post_are_left_out() {
        let doc = Html::parse_document(
            r#"<html><body><div class="entry-content"><p>Mended.</p><ul><li>Kettle.</li></ul>
<div id="jp-post-flair" class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li>X</li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3></div></div></body></html>"#,
        );
        let c = content(&doc).expect("content");
        let (blocks, _) = super::super::blocks_of(c, "en");
        let plain: Vec<String> = blocks.iter().map(|b| b.plain()).collect();
        assert_eq!(plain, vec!["Mended.", "Kettle."]);
        // Tumblr's "Keep reading" link in a saved post is the site's too.
        let doc = Html::parse_document(
            r##"<html><body><div class="entry-content"><p>Sorry. You go.</p><p><a class="read_more" href="#read_more">Keep reading</a></p><p>No, you were first.</p></div></body></html>"##,
        );
        let (blocks, _) = super::super::blocks_of(content(&doc).expect("content"), "en");
        let plain: Vec<String> = blocks.iter().map(|b| b.plain()).collect();
        assert_eq!(plain, vec!["Sorry. You go.", "No, you were first."]);
    }

    /// A Dreamwidth community entry names its poster with a user link before "posting
    /// in" the community's, and lists its tags under a `Tags:` label.
    #[test]
    fn a_dreamwidth_entry_names_its_poster_and_tags() {
        let doc = Html::parse_document(
            r#"<html><body><div class="entry"><span class="poster entry-poster"><span lj:user="moth_lamp" class="ljuser"><a href="/p"><img alt="[personal profile] "></a><a href="/"><b>moth_lamp</b></a></span> posting in <span lj:comm="softfic" class="ljuser"><a href="/c"><b>softfic</b></a></span></span>
<div class="entry-content">Text.</div><div class="tag"><span class="tag-text">Tags:</span> <ul><li><a href="/t/1">fandom: original</a>, </li><li><a href="/t/2">the sea</a></li></ul></div></div></body></html>"#,
        );
        assert_eq!(author(&doc).as_deref(), Some("moth_lamp"));
        assert_eq!(tags(&doc), vec!["fandom: original", "the sea"]);
    }

    /// A LiveJournal entry in an older style: its text in `entryText` under the entry's
    /// header (date, subject, "Posted by"), its poster in `entryPoster`.
    #[test]
    fn an_older_livejournal_entry_keeps_its_header_out() {
        let doc = Html::parse_document(
            r#"<html><body><div id="header"><h1 id="title">A Community</h1></div><div class="entry"><div class="entryHeader"><div class="entryDate">May 2nd, 2009</div>
<div class="entrySubject">FIC: Lamps</div><div class="entryPoster">Posted by <span class="ljuser" lj:user="moth_lamp"><a href="/"><b>moth_lamp</b></a></span> at 9:42pm</div></div>
<div class="entryText">It snowed.<br /><br />She stayed.</div><div class="entryMeta">Tags: lamps</div></div></body></html>"#,
        );
        assert_eq!(author(&doc).as_deref(), Some("moth_lamp"));
        let (blocks, _) = super::super::blocks_of(content(&doc).expect("content"), "en");
        let plain: Vec<String> = blocks.iter().map(|b| b.plain()).collect();
        assert_eq!(plain, vec!["It snowed.", "She stayed."]);
    }

    /// An author element's byline in the page's language: Wattpad's Arabic page.
    #[test]
    fn an_author_element_in_arabic_names_the_author() {
        let doc = Html::parse_document(
            r#"<html><body><div class="toc-header"><span class="author h6">بواسطة ليلى_القمر</span></div><div class="part-content"><p>نص</p></div></body></html>"#,
        );
        assert_eq!(author(&doc).as_deref(), Some("ليلى_القمر"));
    }

    /// A page's footer lines under the story are the site's, not the story's.
    #[test]
    fn a_pages_footer_lines_are_left_out() {
        let doc = Html::parse_document(
            r#"<html><body><p>She closed the book.</p><p class="footer">You have reached the end of "Lamps".</p>
<p class="footer">Site content copyright of the authors.</p></body></html>"#,
        );
        let (blocks, _) = super::super::blocks_of(super::super::body_of(&doc), "en");
        let plain: Vec<String> = blocks.iter().map(|b| b.plain()).collect();
        assert_eq!(plain, vec!["She closed the book."]);
    }

    /// A post's tag list is its tags; a page with none has none.
    #[test]
    fn a_posts_tag_list_is_its_tags() {
        let doc = Html::parse_document(
            r#"<html><body><div class="post-tags"><a href="/t/a">#original fiction</a> <a href="/t/b">#grief</a></div></body></html>"#,
        );
        assert_eq!(tags(&doc), vec!["original fiction", "grief"]);
        let doc =
            Html::parse_document(r#"<html><body><p><a href="/t">#grief</a></p></body></html>"#);
        assert!(tags(&doc).is_empty());
    }

    #[test]
    fn a_page_declares_its_language() {
        let doc = Html::parse_document("<html><body lang=ES><p>Hola.</p></body></html>");
        assert_eq!(language(&doc).as_deref(), Some("es"));
        let doc = Html::parse_document(r#"<html lang="en-US"><body><p>Hi.</p></body></html>"#);
        assert_eq!(language(&doc).as_deref(), Some("en-US"));
        let doc = Html::parse_document("<html><body><p>Hi.</p></body></html>");
        assert_eq!(language(&doc), None);
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

    /// A saved Tumblr post names no author but its blog, whose name is in the post's
    /// address; a reblog's address in the notes under it names another blog.
    #[test]
    fn a_themes_post_is_its_body_under_its_own_heading() {
        let doc = Html::parse_document(
            r#"<html><body><h1 class="blog-title">moth and marmalade</h1>
<article class="post text"><h2 class="title"><a href="/post/1/receipts">read receipts</a></h2>
<div class="body"><p>The power went.</p></div>
<footer class="post-meta"><div class="notecount">1,204 notes</div></footer>
<section class="notes"><ol class="notes"><li class="note">fern likes this</li></ol></section>
</article></body></html>"#,
        );
        let c = content(&doc).unwrap();
        assert_eq!(text_of(c), "The power went.");
        assert_eq!(title(&doc, c).as_deref(), Some("read receipts"));
    }

    #[test]
    fn a_tumblr_post_is_by_the_blog_its_address_names() {
        let doc = Html::parse_document(
            r#"<html><body><header><a href="https://mothwing.tumblr.com/">mothwing</a></header>
<article><div class="post-body"><p>Text.</p></div><a href="https://mothwing.tumblr.com/post/7120933/lamps">Feb 9th</a></article>
<ol class="notes"><li><a href="https://inkalder.tumblr.com/post/7120999/lamps">inkalder</a> reblogged this</li></ol></body></html>"#,
        );
        assert_eq!(author(&doc).as_deref(), Some("mothwing"));
        let doc = Html::parse_document(
            r#"<html><head><link rel="canonical" href="https://www.tumblr.com/salt-hour/7120933/lamps"></head><body><p><a href="https://inkalder.tumblr.com/post/1">x</a></p></body></html>"#,
        );
        assert_eq!(author(&doc).as_deref(), Some("salt-hour"));
        // A blog's front page, or a link to another site, names no post's blog.
        let doc = Html::parse_document(
            r#"<html><body><a href="https://mothwing.tumblr.com/">mothwing</a> <a href="https://example.com/post/1">x</a></body></html>"#,
        );
        assert_eq!(author(&doc), None);
    }
}
