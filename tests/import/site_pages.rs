//! Story pages saved from sites Quire knows by their software's or site's markup: an
//! eFiction archive's printer-friendly page, a Mibba chapter, a XenForo thread in reader
//! mode and a hand-written personal page are each read as their story (title, author,
//! notes, text) with the site's frame left out.

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

/// The four pages, small as their markup allows.
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
