//! Story pages saved from sites Quire knows by their software's or site's markup: an
//! eFiction archive's printer-friendly page, a Mibba chapter, a XenForo thread in reader
//! mode, a hand-written personal page, a Royal Road chapter and a XenForo 1 thread are
//! each read as their story (title, author, notes, text) with the site's frame left out.

use super::*;

/// A page and what it must read as.
struct Page {
    file: &'static str,
    html: &'static str,
    title: &'static str,
    author: &'static str,
    /// The note the preface ends with (after the summary, where the site gives one).
    preface: &'static str,
    afterword: &'static str,
    story: &'static str,
    /// Words of the site's frame that must not be story.
    not_story: &'static str,
}

/// The pages, small as their markup allows.
const PAGES: &[Page] = &[
    Page {
        file: "efiction.html",
        html: r#"<html><head><meta name="generator" content="eFiction 3.5.5"><title>Harbour Archive :: Ledger by moth</title></head><body>
<div id="archivename">Harbour Archive</div>
<div id="pagetitle"><a href="viewstory.php?sid=3">Ledger</a> by <a href="viewuser.php?uid=9">moth</a></div>
<div class="content"><span class="label">Summary: </span>The ledger fills itself.<br />
<span class="label">Rated:</span> PG<br /><span class="label">Categories:</span> <a href="browse.php?catid=1">Harbour</a></div>
<div class="chaptertitle">1. Chapter One by <a href="viewuser.php?uid=9">moth</a></div>
<div class="notes"><div class="title"><span class="label">Author's Notes:</span></div><div class="noteinfo"><p>For the exchange.</p></div></div>
<div class="chapter">The office smelled of tar.<br /><br />Someone wrote in the ledger at night.<br /><br />P.S. The keeper's lamp burns short.</div>
<div class="notes"><div class="title"><span class="label">End Notes:</span></div><div class="noteinfo"><p>Reviews welcome.</p></div></div>
<div class="chapterlink"><a href='#top'>Back to top</a></div>
<div id="footer">Disclaimer: All publicly recognizable characters belong to their owners.</div></body></html>"#,
        title: "Ledger",
        author: "moth",
        preface: "For the exchange.",
        afterword: "Reviews welcome.",
        story: "The office smelled of tar. Someone wrote in the ledger at night. P.S. The keeper's lamp burns short.",
        not_story: "Disclaimer",
    },
    Page {
        file: "mibba.html",
        html: r#"<!-- saved from url=(0045)https://mibba.com/Stories/Read/12/Static/3 -->
<html><head><title>Static - Chapter 3: Dead Air - Mibba</title></head><body>
<ul id="nav"><li><a href="https://mibba.com/Stories/">Stories</a></li></ul>
<div id="storyHeader"><h1><a href="https://mibba.com/Stories/Read/12/Static">Static</a></h1><div class="author">By <a href="https://mibba.com/Users/tapes">tapes</a></div></div>
<div id="chapterNav"><a class="prev">&laquo; Previous Chapter</a> <a class="next">Next Chapter &raquo;</a></div>
<div id="chapter"><h2 class="chapterTitle">Chapter 3: Dead Air</h2>
<div class="authorNote"><strong>Author's Note:</strong> Sorry for the wait.</div>
<div class="chapterContent"><p>The line lit up at two.</p><p>Static breathed on it.</p></div></div>
<div id="comments"><div class="commentText">Please update soon.</div></div></body></html>"#,
        title: "Static",
        author: "tapes",
        preface: "Sorry for the wait.",
        afterword: "",
        story: "The line lit up at two. Static breathed on it.",
        not_story: "Previous",
    },
    Page {
        file: "reader.html",
        html: r#"<html id="XF" data-app="public" data-template="threadmarks_reader"><head><title>Reader mode - Stores (Original) | Questionable Questing</title></head><body>
<div class="p-title"><h1 class="p-title-value">Stores (Original)</h1></div>
<article class="message message--post message--threadmark" data-author="sparrow"><div class="message-cell message-cell--threadmark-header"><span class="threadmarkLabel">Part 1</span></div>
<article class="message-body"><div class="bbWrapper">The tent was cold.<br /><br />The lantern spoke.</div></article>
<aside class="message-signature"><div class="bbWrapper">Other stories: Salt Road</div></aside></article>
<article class="message message--post message--threadmark" data-author="sparrow"><div class="message-cell message-cell--threadmark-header"><span class="threadmarkLabel">Part 2</span></div>
<article class="message-body"><div class="bbWrapper">Heddle did not laugh.</div></article>
<aside class="message-signature"><div class="bbWrapper">Other stories: Salt Road</div></aside></article></body></html>"#,
        title: "Stores",
        author: "sparrow",
        preface: "",
        afterword: "",
        story: "The tent was cold. The lantern spoke. Heddle did not laugh.",
        not_story: "Salt Road",
    },
    Page {
        file: "moths.html",
        html: r#"<html><head><title>moths ~ wren's nook</title></head><body>
<header><h1>~ wren's nook ~</h1></header>
<nav><a href="/">home</a> | <a href="/fic/">fic</a> | <a href="/links.html">links</a></nav>
<div id="content"><p class="back"><a href="/fic/">&larr; back to fic index</a></p>
<h2>Moths</h2><p class="byline">by Wren Kestrel &middot; gen &middot; june 2023</p>
<p>Every June the moths came back.</p><p>My brother counted them.</p><hr><p>One summer he stayed up.</p>
<p class="back"><a href="/fic/">&larr; back to fic index</a></p></div>
<footer><div class="webring"><a href="/prev">prev</a> <a href="/ring">ring</a> <a href="/next">next</a></div></footer></body></html>"#,
        title: "Moths",
        author: "Wren Kestrel",
        preface: "",
        afterword: "",
        story: "Every June the moths came back. My brother counted them. One summer he stayed up.",
        not_story: "fic index",
    },
    Page {
        file: "royalroad.html",
        html: r##"<!-- saved from url=(0071)https://www.royalroad.com/fiction/88/tin-lanterns/chapter/9/chapter-4-oil -->
<html lang="en"><head><title>Chapter 4: Oil - Tin Lanterns | Royal Road</title><style>.pQ3rTz{display:none;speak:never;}</style></head><body>
<div class="page-header"><a href="/home">Royal Road</a> <a href="/account/login">Log In</a></div>
<div class="fic-header"><h1>Chapter 4: Oil</h1><h2><a href="/fiction/88/tin-lanterns">Tin Lanterns</a></h2><h3> by <a href="/profile/31">Cass Wren</a></h3></div>
<div class="nav-buttons"><a class="btn" href="/fiction/88/tin-lanterns/chapter/8/three">Previous Chapter</a></div><hr>
<div class="portlet author-note-portlet"><span class="caption-subject">A note from Cass Wren</span><div class="portlet-body author-note"><p>Back from holiday.</p></div></div>
<div class="chapter-inner chapter-content"><p>The oil ran low.</p><p class="pQ3rTz">Spotted elsewhere? It was taken from its rightful home.</p><p>Mara trimmed the wick.</p></div>
<div class="portlet author-note-portlet"><span class="caption-subject">A note from Cass Wren</span><div class="portlet-body author-note"><p>More on Friday.</p></div></div><hr>
<div class="portlet light"><span>Support "Tin Lanterns"</span> <a href="#follow">Follow</a></div>
<div class="comments-container"><div class="comment"><a href="/profile/5">gull</a><p>First!</p></div></div></body></html>"##,
        title: "Tin Lanterns",
        author: "Cass Wren",
        preface: "Back from holiday.",
        afterword: "More on Friday.",
        story: "The oil ran low. Mara trimmed the wick.",
        not_story: "rightful home",
    },
    Page {
        file: "xenforo1.html",
        html: r#"<html id="XenForo" lang="en-US" class="Public NoJs"><head><title>Tin Lanterns (Original, Fantasy) | Forums</title></head><body>
<div class="titleBar"><h1>Tin Lanterns (Original, Fantasy)</h1></div>
<ol class="messageList"><li id="post-7" class="message threadmarked" data-author="Cass Wren">
<div class="threadmarker"><span class="threadmarkLabel">Chapter 1</span></div>
<div class="messageContent"><article><blockquote class="messageText">The oil ran low.<br /><br />Mara trimmed the wick.<div class="messageTextEndMarker">&nbsp;</div></blockquote></article></div>
<div class="baseHtml signature messageText"><aside>Also writing: Salt Road</aside></div>
<div class="likesSummary">gull and 9 others like this.</div></li>
<li id="post-8" class="message" data-author="gull"><div class="messageContent"><article><blockquote class="messageText">Great start.</blockquote></article></div></li>
</ol></body></html>"#,
        title: "Tin Lanterns",
        author: "Cass Wren",
        preface: "",
        afterword: "",
        story: "The oil ran low. Mara trimmed the wick.",
        not_story: "Salt Road",
    },
];

#[test]
fn site_pages_are_read_as_their_stories() {
    let files: Vec<&str> = PAGES.iter().map(|p| p.file).collect();
    let f = Fixture::with_toml(&common::toml_for(&files));
    for p in PAGES {
        f.write(p.file, p.html);
    }
    let report = inspect(&f);
    for (k, p) in PAGES.iter().enumerate() {
        let (ch, file) = (&report["chapters"][k], p.file);
        assert_eq!(ch["title"], p.title, "{file}: title");
        assert_eq!(ch["author"], p.author, "{file}: author");
        let preface = words(&block_text(&ch["preface"]));
        assert!(
            preface.ends_with(&words(p.preface)),
            "{file}: preface {preface:?}"
        );
        assert_eq!(
            words(&block_text(&ch["afterword"])),
            words(p.afterword),
            "{file}: afterword"
        );
        let body: Vec<Value> = ch["body"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["type"] != "heading")
            .cloned()
            .collect();
        let text = block_text(&Value::Array(body));
        assert_eq!(words(&text), words(p.story), "{file}: story words");
        assert!(
            !text.contains(p.not_story),
            "{file}: {:?} is the site's",
            p.not_story
        );
    }
}
