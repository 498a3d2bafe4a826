//! The XenForo thread reader's tests: small thread pages of each version, read.

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
    let thread = story_posts(&doc).expect("a XenForo page");
    let w = read(&doc, &thread, "en");
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
    let thread = story_posts(&doc).expect("a XenForo page");
    assert_eq!(thread.posts.len(), 1);
    let w = read(&doc, &thread, "en");
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
    let thread = story_posts(&doc).expect("a XenForo page");
    let w = read(&doc, &thread, "en");
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
    let thread = story_posts(&doc).expect("a XenForo page");
    assert_eq!(thread.posts.len(), 2);
    let w = read(&doc, &thread, "en");
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

/// A XenForo 1 thread page (posts in `ol.messageList`, the text a
/// `blockquote.messageText`, the threadmarks add-on's `div.threadmarker`): the
/// threadmarked post is the story, titled by the thread without its prefix and tags;
/// the signature (a `messageText` outside the post's content), the likes and the reply
/// quoting the story are left out, and a note spoiler closing the post is the afterword.
#[test]
fn a_xenforo_1_thread_page_is_its_threadmarked_post() {
    let html = r#"<html id="XenForo" lang="en-GB" class="Public NoJs"><head><title>Salt Debt | Forums</title></head><body>
<div class="titleBar"><h1><span class="prefix prefixBlue">Original</span> Salt Debt (Original, One-shot)</h1>
<p id="pageDescription">Discussion in 'Fiction' started by <a class="username">Mira Kestle</a></p></div>
<ol class="messageList" id="messageList">
<li id="post-1" class="message threadmarked" data-author="Mira Kestle">
<div class="messageUserInfo"><h3 class="userText"><a class="username">Mira Kestle</a></h3></div>
<div class="messageInfo primaryContent">
<div class="threadmarker"><span class="label">Threadmark: <span class="threadmarkLabel">Part 1: Tide</span></span></div>
<div class="messageContent"><article><blockquote class="messageText ugc baseHtml">
Hello all, my first story here, be gentle with me please!<br />
<br />
<div style="text-align: center"><b>Part 1: Tide</b></div><br />
She paid.<br />
<br />
He did not.<br />
<div class="ToggleTriggerAnchor bbCodeSpoilerContainer"><button class="button bbCodeSpoilerButton"><span>Spoiler: A/N</span></button><div class="SpoilerTarget bbCodeSpoilerText">Thanks for reading.</div></div>
<div class="messageTextEndMarker">&nbsp;</div>
</blockquote></article></div>
<div class="baseHtml signature messageText ugc"><aside>My stories: Tide.</aside></div>
<div class="messageMeta"><a class="item control like">Like</a></div>
<div class="likesSummary"><span class="LikeText">gull and 3 others like this.</span></div>
</div></li>
<li id="post-2" class="message" data-author="gull"><div class="messageContent"><article><blockquote class="messageText ugc">
<div class="bbCodeBlock bbCodeQuote"><aside><div class="attribution type">Mira Kestle said: ↑</div><blockquote class="quoteContainer"><div class="quote">He did not.</div><div class="quoteExpand">Click to expand...</div></blockquote></aside></div>Loved it.
</blockquote></article></div></li>
</ol></body></html>"#;
    let doc = Html::parse_document(html);
    let thread = story_posts(&doc).expect("a XenForo 1 page");
    assert_eq!(thread.posts.len(), 1);
    let w = read(&doc, &thread, "en");
    assert_eq!(w.title.as_deref(), Some("Salt Debt"));
    assert_eq!(w.authors, vec!["Mira Kestle"]);
    assert_eq!(plain(&w.end_notes), vec!["Thanks for reading."]);
    // The threadmark's name set again under the opening words parts them from the
    // story, as a divider does.
    let body = &w.parts[0].body;
    assert_eq!(body[1], Block::SceneBreak);
    assert_eq!(plain(&body[2..]), vec!["She paid.", "He did not."]);
    assert!(w.decisions.iter().any(|d| d.contains("XenForo 1")));
}
