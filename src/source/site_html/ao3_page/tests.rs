//! AO3 work pages saved from the browser, read and told from other pages.

use super::*;

const PAGE: &str = r##"<html><body><div id="outer"><header id="header"><a href="/">Archive of Our Own</a><ul><li>Fandoms</li><li>Browse</li></ul></header>
<div id="main"><h3 class="landmark heading">Work Header</h3><ul class="work navigation actions"><li>Entire Work</li><li><a href="#">Download</a><ul><li>EPUB</li></ul></li></ul>
<div class="wrapper"><dl class="work meta group"><dt class="rating tags">Rating:</dt><dd class="rating tags"><ul><li><a class="tag" href="/t">General Audiences</a></li></ul></dd>
<dt class="fandom tags">Fandom:</dt><dd class="fandom tags"><ul><li><a class="tag" href="/f">Original Work</a></li></ul></dd>
<dt class="language">Language:</dt><dd class="language">English</dd>
<dt class="stats">Stats:</dt><dd class="stats"><dl class="stats"><dt>Published:</dt><dd>2025-01-14</dd><dt>Chapters:</dt><dd>2/2</dd></dl></dd></dl></div>
<div id="workskin"><div class="preface group"><h2 class="title heading">Two Lamps</h2><h3 class="byline heading"><a rel="author" href="/users/keeper">keeper</a></h3>
<div class="summary module"><h3 class="heading">Summary:</h3><blockquote class="userstuff"><p>Two nights on the rock.</p></blockquote></div>
<div class="notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>For my sister.</p></blockquote><p class="jump">(See the end of the work for <a href="#work_endnotes">more notes</a>.)</p></div></div>
<div id="chapters" role="article">
<div class="chapter" id="chapter-1"><div class="chapter preface group" role="complementary"><h3 class="title"><a href="/c/1">Chapter 1</a>: Dusk</h3>
<div id="notes" class="notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>Short one.</p></blockquote></div></div>
<div class="userstuff module" role="article"><h3 class="landmark heading" id="work">Chapter Text</h3><p>The first lamp lit.</p></div>
<div class="chapter preface group" role="complementary"><div id="chapter_1_endnotes" class="end notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>Next: fog.</p></blockquote></div></div></div>
<div class="chapter" id="chapter-2"><div class="chapter preface group" role="complementary"><h3 class="title"><a href="/c/2">Chapter 2</a></h3></div>
<div class="userstuff module" role="article"><h3 class="landmark heading" id="work">Chapter Text</h3><p>The second lamp lit.</p></div></div>
</div>
<div class="afterword preface group"><div id="work_endnotes" class="end notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>Thanks for reading!</p></blockquote></div></div></div>
<div id="feedback"><h3>Kudos</h3><p>reedwarbler left kudos on this work!</p><h3>Comments</h3><p>So good!</p></div></div>
<div id="footer"><p>About the Archive</p></div></div></body></html>"##;

#[test]
fn a_saved_work_page_gives_its_chapters_notes_and_tags() {
    let doc = Html::parse_document(PAGE);
    let page = work(&doc).expect("an AO3 work page");
    let w = read(page, "en");
    assert_eq!(w.title.as_deref(), Some("Two Lamps"));
    assert_eq!(w.authors, vec!["keeper"]);
    assert_eq!(w.tag(&["Rating"]), vec!["General Audiences"]);
    assert_eq!(w.tag(&["Chapters"]), vec!["2/2"]);
    assert_eq!(w.summary[0].plain(), "Two nights on the rock.");
    assert_eq!(w.notes[0].plain(), "For my sister.");
    assert_eq!(w.end_notes[0].plain(), "Thanks for reading!");
    assert_eq!(w.parts.len(), 2);
    assert_eq!(w.parts[0].title.as_deref(), Some("Chapter 1: Dusk"));
    assert_eq!(w.parts[0].notes[0].plain(), "Short one.");
    assert_eq!(w.parts[0].end_notes[0].plain(), "Next: fog.");
    let text: Vec<String> = w
        .parts
        .iter()
        .flat_map(|p| p.body.iter().map(|b| b.plain()))
        .collect();
    // The hidden "Chapter Text" landmarks, the menus, kudos and comments are not read.
    assert_eq!(text, vec!["The first lamp lit.", "The second lamp lit."]);
}

/// A page that has a work-like tag list but no work skin and chapters is another page.
#[test]
fn a_tag_list_alone_is_no_work_page() {
    let doc = Html::parse_document(
        r#"<html><body><dl class="work meta group"><dt>Rating:</dt><dd>G</dd></dl><p>Hello.</p></body></html>"#,
    );
    assert!(work(&doc).is_none());
}
