//! FanFicFare's HTML and EPUB output, tests: title, author, fields, chapters and notes.

use super::*;

fn texts(blocks: &[Block]) -> Vec<String> {
    blocks.iter().map(Block::plain).collect()
}

/// A one-chapter export whose notes carry AO3's own labels ("Notes:", "End Notes:")
/// rather than FanFicFare's "Author's Note:": they are still the work's notes before
/// and after the story, and a footnote marker stays raised.
#[test]
fn work_notes_under_other_labels_frame_the_story() {
    let page = Html::parse_document(
        r##"<html><body><h1><a href="https://archiveofourown.org/works/9">Les Cintres</a> by <a href="/u">Aude</a></h1>
<table class="full"><tr><td><b>Summary:</b></td><td><p>Une corde lâche.</p></td></tr></table>
<a name="TOCTOP"><h2>Table of Contents</h2></a><p><a href="#section0001">Les Cintres</a></p>
<a name="section0001"><h2>Les Cintres</h2></a>
<div class="fff_chapter_notes fff_head_notes"><b>Notes:</b><blockquote><p>Pour Lou.</p></blockquote></div>
<p>Le rideau<sup>1</sup> tombe.</p>
<div class="fff_chapter_notes fff_foot_notes"><b>End Notes:</b><blockquote><p>(1) Le grand rideau.</p><p>Merci !</p></blockquote></div>
</body></html>"##,
    );
    let w = read_html(&page, "fr");
    assert_eq!(texts(&w.notes), vec!["Pour Lou."]);
    assert_eq!(texts(&w.end_notes), vec!["(1) Le grand rideau.", "Merci !"]);
    assert_eq!(w.parts.len(), 1);
    let p = &w.parts[0];
    assert!(p.notes.is_empty() && p.end_notes.is_empty(), "{p:?}");
    assert_eq!(texts(&p.body), vec!["Le rideau¹ tombe."]);
}

/// Royal Road's "A note from …" boxes: the one heading the first chapter is the
/// work's preface, the one after the last chapter its afterword, the caption neither;
/// a box after a middle chapter stays that chapter's.
#[test]
fn note_boxes_become_the_notes_without_their_caption() {
    let boxed = |t: &str| {
        format!(
            r#"<div class="portlet solid author-note-portlet"><div class="portlet-title"><div class="caption">A note from kelp_moth</div></div><div class="portlet-body author-note"><p>{t}</p></div></div>"#
        )
    };
    let page = Html::parse_document(&format!(
        r##"<html><body><h1><a href="https://www.royalroad.com/fiction/1">Tidepool</a> by <a href="/p">kelp_moth</a></h1>
<a name="TOCTOP"><h2>Table of Contents</h2></a>
<a name="section0001"><h2>1. Low</h2></a>{}<div class="chapter-inner chapter-content"><p>Water left.</p></div>{}
<a name="section0002"><h2>2. High</h2></a><div class="chapter-inner chapter-content"><p>Water came back.</p></div>{}
</body></html>"##,
        boxed("Hi all."),
        boxed("Part two soon."),
        boxed("Thanks for reading.")
    ));
    let w = read_html(&page, "en");
    assert_eq!(texts(&w.notes), vec!["Hi all."]);
    assert_eq!(texts(&w.end_notes), vec!["Thanks for reading."]);
    assert_eq!(w.parts.len(), 2);
    assert_eq!(texts(&w.parts[0].body), vec!["Water left."]);
    assert_eq!(texts(&w.parts[0].end_notes), vec!["Part two soon."]);
    assert_eq!(texts(&w.parts[1].body), vec!["Water came back."]);
    assert!(w.parts[1].end_notes.is_empty());
}

/// A page made with the user's own templates in the shape of FanFicFare's EPUB pieces:
/// the title line an `h3`, the title page a `div` of bold labels, the contents an
/// `h3` over its links, each chapter's anchor closed before its classed heading. It
/// is read as the default page is: title, author, fields, one chapter per anchor.
#[test]
fn a_page_in_the_epub_pieces_shape_is_read_as_the_default_one() {
    let page = Html::parse_document(
        r##"<html><body><h3><a href="https://archiveofourown.org/works/7">Salt Roads</a> by <a href="/users/ferrule">ferrule</a></h3>
<div><b>Fandom:</b> Original Work<br /><b>Rating:</b> Teen<br /><b>Summary:</b> <p>Two ferries.</p><br /></div>
<hr /><h3>Table of Contents</h3>
<p><a href="#section0001">Chapter 1: Out</a><br /><a href="#section0002">Chapter 2: Back</a><br /></p><hr />
<a name="section0001"></a>
<h2 class="fff_chapter_title">Chapter 1: Out</h2>
<div class="fff_chapter_notes"><b>Chapter Notes:</b><blockquote><p>For M.</p></blockquote></div>
<div class="fff_chapter_text"><p>The ferry left.</p></div>
<a name="section0002"></a>
<h2 class="fff_chapter_title">Chapter 2: Back</h2>
<div class="fff_chapter_text"><p>It came back.</p></div>
</body></html>"##,
    );
    let w = read_html(&page, "en");
    assert_eq!(w.title.as_deref(), Some("Salt Roads"));
    assert_eq!(w.authors, vec!["ferrule".to_string()]);
    assert_eq!(w.tag(&["Fandom"]), vec!["Original Work".to_string()]);
    assert_eq!(texts(&w.summary), vec!["Two ferries."]);
    let titles: Vec<Option<&str>> = w.parts.iter().map(|p| p.title.as_deref()).collect();
    assert_eq!(
        titles,
        vec![Some("Chapter 1: Out"), Some("Chapter 2: Back")]
    );
    assert_eq!(texts(&w.parts[0].notes), vec!["For M."]);
    assert_eq!(texts(&w.parts[0].body), vec!["The ferry left."]);
    assert_eq!(texts(&w.parts[1].body), vec!["It came back."]);
}

/// Notes blocks as FanFicFare wrote them before it classed them head or foot: one
/// after a chapter's text is at its foot, after the text, never moved over it.
#[test]
fn an_unclassed_notes_block_after_the_text_is_at_its_foot() {
    let page = Html::parse_document(
        r##"<html><body><h1><a href="https://archiveofourown.org/works/8">Tides</a> by <a href="/u">kelp</a></h1>
<a name="section0001"><h2>Chapter 1: Low</h2></a>
<div class="fff_chapter_notes"><b>Chapter Notes:</b><blockquote><p>For M.</p></blockquote></div>
<div class="fff_chapter_text"><p>Water left.</p></div>
<div class="fff_chapter_notes"><b>End Notes:</b><blockquote><p>More soon.</p></blockquote></div>
<a name="section0002"><h2>Chapter 2: High</h2></a>
<div class="fff_chapter_text"><p>Water came back.</p></div>
</body></html>"##,
    );
    let w = read_html(&page, "en");
    assert_eq!(texts(&w.parts[0].notes), vec!["For M."]);
    assert_eq!(texts(&w.parts[0].body), vec!["Water left."]);
    assert_eq!(texts(&w.parts[0].end_notes), vec!["More soon."]);
}

/// A page FanFicFare wrote without its contents' anchor (`TOCTOP`) and classes is still
/// its: its chapters' anchors and the title page's "Packaged:" label say so; a page with
/// section anchors alone is not.
#[test]
fn a_page_without_the_contents_anchor_is_known_by_its_sections_and_labels() {
    let page = r##"<html><body><h3><a href="https://www.fanfiction.net/s/1/1/">Faro</a> by <a href="/u/2/">Luna</a></h3>
<div><b>Packaged:</b> 2025-02-11 21:47:05<br /><b>Rating:</b> K+<br /></div>
<p><a href="#section0001">1. La herencia</a></p>
<h2><a name="section0001">1. La herencia</a></h2><div id="storytext"><p>La carta llegó.</p></div></body></html>"##;
    let doc = Html::parse_document(page);
    assert!(is_fff_html(&doc));
    let w = read_html(&doc, "es");
    assert_eq!(w.title.as_deref(), Some("Faro"));
    assert_eq!(w.parts[0].body[0].plain(), "La carta llegó.");
    let doc = Html::parse_document(
        r##"<html><body><h2><a name="section0001">Uno</a></h2><p>Texto.</p></body></html>"##,
    );
    assert!(!is_fff_html(&doc));
}
