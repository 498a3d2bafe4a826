//! HTML content, tests: elements through the allow-list into blocks.

use super::*;
use crate::model::List;
use scraper::Html;

fn conv(html: &str) -> Vec<Block> {
    let doc = Html::parse_document(html);
    let mut c = Converter::new("en");
    c.add(doc.root_element());
    let mut b = c.take();
    tidy(&mut b);
    b
}

fn t(s: &str) -> Inline {
    Inline::Text(s.into())
}

/// Footnote markers and formula indices keep their position as Unicode characters;
/// a letter ending (`1<sup>st</sup>`) has none and is read as it is.
#[test]
fn sup_and_sub_digits_stay_raised_and_lowered() {
    let b = conv(
        "<p>fer<sup>1</sup>, CO<sub>2</sub>, x<sup>(-10)</sup>, \
         note<sup><a href=\"#n\">12</a></sup>, 1<sup>st</sup></p>",
    );
    assert_eq!(b[0].plain(), "fer¹, CO₂, x⁽⁻¹⁰⁾, note¹², 1st");
}

#[test]
fn paragraphs_and_emphasis() {
    let b = conv("<p>She <em>ran</em>, <b>fast</b>.</p><p>  Two\n lines<br/> here </p>");
    assert_eq!(
        b,
        vec![
            Block::Paragraph(vec![
                t("She "),
                Inline::Emphasis(vec![t("ran")]),
                t(", "),
                Inline::Strong(vec![t("fast")]),
                t("."),
            ]),
            Block::Paragraph(vec![t("Two lines"), Inline::LineBreak, t("here")]),
        ]
    );
}

#[test]
fn breaks_and_headings() {
    let b = conv(
        "<p>One.</p><hr/><p>Two.</p><p style='text-align:center'>* * *</p><h3>Later</h3><p>Three.</p>",
    );
    assert_eq!(
        b,
        vec![
            Block::Paragraph(vec![t("One.")]),
            Block::SceneBreak,
            Block::Paragraph(vec![t("Two.")]),
            Block::SceneBreak,
            Block::Heading("Later".into()),
            Block::Paragraph(vec![t("Three.")]),
        ]
    );
}

#[test]
fn nothing_active_survives() {
    let b = conv(
        "<p onclick='steal()'>Safe <a href='javascript:steal()'>link</a> text.</p>\
         <script>var secret = 1;</script><style>p{}</style>\
         <iframe src='x'>frame words</iframe><form><input value='form words'/></form>\
         <p>End<img src='http://x/y.png'/>.</p>",
    );
    let all: String = b.iter().map(Block::plain).collect::<Vec<_>>().join("\n");
    assert_eq!(all, "Safe link text.\nEnd.");
}

/// An `<ol>` is a list numbered from its `start`, a nested `<ul>` a block of its
/// item, text outside any `<li>` an item of its own; a table's rows read as text.
#[test]
fn lists_are_lists_and_tables_text() {
    let b = conv(
        "<ol start='4'><li>First</li><li><p>Second</p><ul><li>inner</li></ul></li>stray</ol>\
         <ul><li></li></ul><table><tr><th>Name</th><td>Ada</td></tr></table>",
    );
    let Block::List(l) = &b[0] else {
        panic!("{b:?}")
    };
    assert!(l.ordered);
    assert_eq!(l.start, 4);
    assert_eq!(l.items.len(), 3);
    assert!(matches!(&l.items[1][1], Block::List(inner) if !inner.ordered));
    assert_eq!(b[0].plain(), "4. First\n5. Second\ninner\n6. stray");
    // The empty list is no block; the table is a line of text.
    assert_eq!(b[1].plain(), "Name | Ada");
    assert_eq!(b.len(), 2);
}

/// A `<blockquote>` is a quoted passage; AO3's `blockquote.userstuff` note box
/// reads as the paragraphs it holds.
#[test]
fn blockquotes_are_quotes_but_note_boxes_are_not() {
    let b = conv(
        "<p>A.</p><blockquote><p>Dear M,</p><p>E.</p></blockquote>\
         <blockquote class='userstuff'><p>Notes.</p></blockquote>",
    );
    assert_eq!(b.len(), 3, "{b:?}");
    assert!(matches!(&b[1], Block::Quote(q) if q.len() == 2));
    assert_eq!(b[2], Block::Paragraph(vec![t("Notes.")]));
}

#[test]
fn deep_nesting_is_bounded() {
    let html = format!(
        "{}deep words{}",
        "<div>".repeat(5000),
        "</div>".repeat(5000)
    );
    let b = conv(&html);
    assert_eq!(b.iter().map(Block::plain).collect::<String>(), "deep words");
}

/// A Medium story: its byline bar (marked for text-to-speech to skip) and subtitle are
/// the page's, its separator of three empty spans a scene break, its author named by the
/// byline's test id.
#[test]
fn a_medium_story_loses_its_byline_bar_and_keeps_its_separator() {
    let html = r#"<html><body><article><section><h1 data-testid="storyTitle">Dear Mrs Okafor</h1>
<h2 class="pw-subtitle-paragraph hj">A short story</h2>
<div class="speechify-ignore ab"><a data-testid="authorName" href="/@r">Rosalind Ashworth</a><span>·</span><a href="/follow">Follow</a><span data-testid="storyReadTime">9 min read</span><p>412</p><p>Listen</p></div></section>
<section><p class="pw-post-body-paragraph">You won't remember me.</p>
<div role="separator" class="pi"><span aria-hidden="true"></span><span aria-hidden="true"></span></div>
<p class="pw-post-body-paragraph">She wrote back.</p></section></article></body></html>"#;
    let b = conv(html);
    let texts: Vec<String> = b.iter().map(Block::plain).collect();
    assert_eq!(
        texts,
        [
            "Dear Mrs Okafor",
            "You won\u{2019}t remember me.",
            "",
            "She wrote back."
        ],
        "{b:?}"
    );
    assert_eq!(b[2], Block::SceneBreak);
    let doc = Html::parse_document(html);
    assert_eq!(page::author(&doc).as_deref(), Some("Rosalind Ashworth"));
}

/// LiveJournal's entry text is one element of `<br />` runs: `<br /><br />` parts its
/// paragraphs; a single `<br />` stays a line break inside one.
#[test]
fn a_double_line_break_parts_paragraphs() {
    let b = conv(
        "<div>Title: The Porter<br />Rating: PG<br /><br />He had a rule.\n<br /><br />\
         <i>I was sick.</i><br /><br />Concrit welcome!</div>",
    );
    let plain: Vec<String> = b.iter().map(Block::plain).collect();
    assert_eq!(
        plain,
        vec![
            "Title: The Porter\nRating: PG",
            "He had a rule.",
            "I was sick.",
            "Concrit welcome!"
        ]
    );
    // Line breaks in `<pre>` are the text's own lines, not paragraph breaks.
    let b = conv("<pre>one\n\ntwo</pre>");
    assert_eq!(b.len(), 1);
}

/// A story header's table of fields (a label's cell, then its value's) reads as labelled
/// lines; any other table keeps its cells apart.
#[test]
fn a_table_of_labels_and_values_reads_as_labelled_lines() {
    let b = conv(
        "<table><tr><td>Rating:</td><td>FR7</td></tr><tr><td>Words:</td><td>1,289</td></tr>\
         <tr><td>Bread</td><td>2</td></tr><tr><td>Note:</td><td>a</td><td>b</td></tr></table>",
    );
    let plain: Vec<String> = b.iter().map(Block::plain).collect();
    assert_eq!(
        plain,
        vec!["Rating: FR7", "Words: 1,289", "Bread | 2", "Note: a | b"]
    );
}

/// A page read whole, as a story file is.
fn read_page(page: &str, lang: &str) -> crate::model::Chapter {
    let entry = crate::config::ChapterConfig::default();
    let kind = crate::source::import::Kind::Html;
    let (ch, _) = crate::source::import::read(&entry, page.as_bytes(), kind, lang).expect("read");
    ch
}

fn plain(blocks: &[Block]) -> Vec<String> {
    blocks.iter().map(Block::plain).collect()
}

/// A Tumblr text post saved from the browser: the blog its address names is the author,
/// the prompt line in italics over the rule is the preface (the rule no scene break), the
/// tags, date, note count and reblogs under the post are not the story.
#[test]
fn a_saved_tumblr_post_is_by_its_blog_and_its_note_is_the_preface() {
    let ch = read_page(
        r#"<html lang="en"><body><header class="blog-header"><a href="https://saltmoth.tumblr.com/">saltmoth</a> <span class="desc">writing blog</span></header>
<article class="post text"><h1 class="post-title">kettle (a drabble)</h1><div class="post-body">
<p><i>prompt from @lamp-and-tide: “the kettle’s on.” 100 words, give or take.</i></p><hr>
<p>The kettle was on.</p><p>It was always on.</p><p>She let it boil.</p></div>
<footer><div class="tags"><a href="/tagged/drabble">#drabble</a></div><a href="https://saltmoth.tumblr.com/post/7120933/kettle">Feb 9th</a> · 12 notes</footer></article>
<ol><li><a href="https://inkalder.tumblr.com/post/7120999/kettle">inkalder</a> reblogged this</li></ol></body></html>"#,
        "en",
    );
    assert_eq!(ch.title, "kettle (a drabble)");
    assert_eq!(ch.authors, vec!["saltmoth".to_string()]);
    assert_eq!(
        plain(&ch.preface),
        vec!["prompt from @lamp-and-tide: “the kettle’s on.” 100 words, give or take."]
    );
    assert_eq!(
        plain(&ch.body),
        vec![
            "The kettle was on.",
            "It was always on.",
            "She let it boil."
        ]
    );
}

/// Word's "Save as Web Page": the title paragraph, the bare name in italics under it (the
/// byline), the bracketed note in italics over a blank spacer paragraph (the preface),
/// and the centred end mark closing the story are none of the story's text.
#[test]
fn a_word_page_keeps_only_its_story() {
    let ch = read_page(
        r#"<html><head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><title>Lantaarns</title></head>
<body lang=NL><div class=WordSection1><p class=MsoTitle>Lantaarns<o:p></o:p></p>
<p class=MsoNormal><i>Femke van der Heijden</i><o:p></o:p></p>
<p class=MsoNormal><i>(Voor de wedstrijd van de bibliotheek, thema licht.)</i><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Ze stak ze aan.<o:p></o:p></p><p class=MsoNormal>Alle drie.<o:p></o:p></p>
<p class=MsoNormal>Toen ging ze slapen.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal align=center style='text-align:center'>EINDE<o:p></o:p></p></div></body></html>"#,
        "nl",
    );
    assert_eq!(ch.title, "Lantaarns");
    assert_eq!(ch.authors, vec!["Femke van der Heijden".to_string()]);
    assert_eq!(
        plain(&ch.preface),
        vec!["(Voor de wedstrijd van de bibliotheek, thema licht.)"]
    );
    assert_eq!(
        plain(&ch.body),
        vec!["Ze stak ze aan.", "Alle drie.", "Toen ging ze slapen."]
    );
}

/// An old page's layout table around its whole text: the cell's paragraphs, rule and
/// lines stand as blocks, not run together on one line as a row of data is.
#[test]
fn a_layout_tables_cell_keeps_its_paragraphs() {
    let b = conv(
        "<table width=600><tr><td><font size=2><b>Rating:</b> G<br><br><hr>\
         The comet went over.<br><br>Nobody saw it.<br><br></font></td></tr></table>\
         <table><tr><td>Bread</td><td>2</td></tr></table>",
    );
    let plain: Vec<String> = b.iter().map(Block::plain).collect();
    assert_eq!(
        plain,
        vec![
            "Rating: G",
            "",
            "The comet went over.",
            "Nobody saw it.",
            "Bread | 2"
        ]
    );
    assert_eq!(b[1], Block::SceneBreak);
}

/// A smiley set as an image with its text as `alt` is the text typed; a picture, or an
/// image whose `alt` is words, is an image left out.
#[test]
fn a_smiley_image_is_its_typed_text() {
    let b = conv(
        r#"<p>Please ask first. <img src="/e/smile.gif" alt=":)"> <img src="/e/heart.gif" alt="<3"></p>
<p><img src="/map.png" alt="Map"><img src="/d.png" alt="--"><img src="/x.png" alt="a:b"></p>"#,
    );
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].plain(), "Please ask first. :) <3");
}

/// The nesting of a list as `item[sub, sub]` strings, numbers shown.
fn shape(l: &List) -> Vec<String> {
    l.items
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let head = format!("{}{}", l.number(k).unwrap_or_default(), i[0].plain());
            match i.get(1) {
                Some(Block::List(sub)) => format!("{head}[{}]", shape(sub).join(", ")),
                _ => head,
            }
        })
        .collect()
}

/// Regression: Google Docs writes a nested list as one `<ul>` per level run
/// (`lst-kix_<id>-<level>`), which was read as three lists at one level.
#[test]
fn a_google_docs_list_nests_by_its_level_classes() {
    let b = conv(
        "<p>Stores:</p><ul class='c4 lst-kix_abc-0 start'><li class='c1'>lamp oil</li></ul>\
         <ul class='c4 lst-kix_abc-1 start'><li>three casks</li><li>one cask</li></ul>\
         <ul class='c4 lst-kix_abc-0'><li>spare wicks</li></ul>\
         <ul class='lst-kix_xyz-0 start'><li>another list</li></ul>",
    );
    let lists: Vec<&List> = b
        .iter()
        .filter_map(|b| match b {
            Block::List(l) => Some(l),
            _ => None,
        })
        .collect();
    assert_eq!(lists.len(), 2, "{b:?}");
    assert_eq!(
        shape(lists[0]),
        ["lamp oil[three casks, one cask]", "spare wicks"]
    );
    assert_eq!(shape(lists[1]), ["another list"]);
}

/// Regression: Word's "Save as Web Page" list items (`<p style='mso-list:l0 level2
/// lfo1'>` with the bullet or number typed before the text) were paragraphs that
/// began with `·` or `o`; they are a list, nested by level, the typed numbers and
/// letters kept as the list's.
#[test]
fn word_list_paragraphs_are_a_nested_list() {
    let nb = "\u{a0}\u{a0}\u{a0} ";
    let p = |level: u8, mark: &str, text: &str| {
        format!(
            "<p class=MsoListParagraph style='margin-left:.5in;text-indent:-.25in;\
             mso-list:l0 level{level} lfo1'><![if !supportLists]><span>{mark}<span>{nb}</span>\
             </span><![endif]>{text}</p>"
        )
    };
    let html = [
        "<p class=MsoNormal>He counted.</p>".to_string(),
        p(1, "1.", "flour"),
        p(2, "a.", "rye"),
        p(2, "b.", "wheat"),
        p(1, "2.", "salt pork"),
        p(1, "i.", "a numeral stays text"),
    ]
    .concat();
    let b = conv(&html);
    let Block::List(l) = &b[1] else {
        panic!("{b:?}")
    };
    assert_eq!(shape(l), ["1.flour[a.rye, b.wheat]", "2.salt pork"]);
    assert_eq!(b[2].plain(), "i.\u{a0}\u{a0}\u{a0} a numeral stays text");
}

/// A post editor's blank line (`<p><br></p>`) is kept as a blank paragraph when gaps
/// are asked for, and dropped otherwise; a `<p>` holding an image is no gap.
#[test]
fn an_empty_paragraph_is_a_gap_only_when_asked() {
    let html = r#"<div><p>One.</p><p><br></p><p> </p><p><img src="a.png"></p><p>Two.</p></div>"#;
    let frag = scraper::Html::parse_fragment(html);
    let (with, _) = super::blocks_with_gaps(frag.root_element(), "en");
    let plain: Vec<String> = with.iter().map(Block::plain).collect();
    assert_eq!(plain, vec!["One.", "\u{a0}", "\u{a0}", "Two."]);
    assert_eq!(conv(html).len(), 2);
}

/// A page's note box (`<aside class="note">`, `<blockquote class="author-note">`) is a
/// note; an `<aside>` or `<blockquote>` of another class is the text's, as before.
#[test]
fn a_note_box_is_a_note() {
    let b = conv(
        r#"<aside class="note"><p>A/N: for the zine.</p></aside><blockquote class="author-note">Thanks.</blockquote><aside><p>It rained.</p></aside><blockquote>Quoted.</blockquote>"#,
    );
    assert_eq!(
        b,
        vec![
            Block::Note(vec![Block::Paragraph(vec![t("A/N: for the zine.")])]),
            Block::Note(vec![Block::Paragraph(vec![t("Thanks.")])]),
            Block::Paragraph(vec![t("It rained.")]),
            Block::Quote(vec![Block::Paragraph(vec![t("Quoted.")])]),
        ]
    );
}

/// A Google Docs page's italic line under its title and byline, over a blank paragraph
/// (an image's paragraph, left out, over it), is the note before the story; without a
/// title and byline over it, a line that only talks a little stays the story's.
#[test]
fn an_italic_line_under_the_byline_over_a_blank_is_the_note() {
    let page = |titled: bool| {
        let doc = Html::parse_document(
            "<body><p><img src=\"i.png\"></p><p><i>Written for my grandmother, who kept an orchard. This is my guess.</i></p><p></p><p>The oldest tree stood alone.</p><p>Nobody pruned it.</p><p>It bore nothing.</p></body>",
        );
        let mut work = crate::source::work::Work::default();
        if titled {
            work.title = Some("What the Orchard Kept".into());
            work.authors = vec!["Marisol Quint".into()];
        }
        work.current().body = blocks_with_gaps(body_of(&doc), "en").0;
        work
    };
    let mut w = page(true);
    assert!(frame::note_over_rule(&mut w));
    assert_eq!(
        w.notes[0].plain(),
        "Written for my grandmother, who kept an orchard. This is my guess."
    );
    assert_eq!(w.parts[0].body[0].plain(), "The oldest tree stood alone.");
    let mut w = page(false);
    assert!(!frame::note_over_rule(&mut w));
}
