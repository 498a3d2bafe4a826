//! EPUB content documents, tests: pages, notes, blocks and inlines as XHTML.

use super::*;
use crate::model::Encoding;

#[test]
fn markup_in_stories_is_text() {
    let ch = Chapter {
        file: "a".into(),
        language: None,
        title: "A & B <i>".into(),
        title_in_text: None,
        authors: vec!["\"Q\"".into()],
        encoding: Encoding::Utf8,
        reader: crate::model::Reader::Text,
        preface: vec![],
        preface_language: None,
        body: vec![Block::Paragraph(vec![Inline::Text(
            "</p><script>alert(1)</script>&nbsp;\u{1}".into(),
        )])],
        afterword: vec![],
        afterword_language: None,
        meta: Default::default(),
        decisions: vec![],
    };
    let x = chapter_page(&ch, 0, "en", true, &Furniture::for_language("en"), &[]);
    assert!(x.contains("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;nbsp;</p>"));
    assert!(x.contains("<title>A &amp; B &lt;i&gt;</title>"));
    assert!(!x.contains("<script>") && !x.contains('\u{1}'));
}

#[test]
fn line_breaks_are_br_elements() {
    let mut out = String::new();
    let em = Inline::Emphasis(vec![Inline::Text("b".into()), Inline::LineBreak]);
    let p = Block::Paragraph(vec![Inline::Text("a".into()), Inline::LineBreak, em]);
    blocks(
        &mut out,
        &[p],
        &Furniture::for_language("en"),
        None,
        Vec::new(),
    );
    assert_eq!(out, "<p class=\"first\">a<br/>\n<em>b<br/>\n</em></p>\n");
}

/// A chat log (three typed lines or more) opens flush wherever it stands; a paragraph
/// with one typed break, and the prose after the log, keep the indent.
#[test]
fn a_run_of_typed_lines_opens_flush() {
    let t = |s: &str| Inline::Text(s.into());
    let para = |v: Vec<Inline>| Block::Paragraph(v);
    let items = [
        para(vec![t("She waited.")]),
        para(vec![
            t("[02:14] ash: awake?"),
            Inline::LineBreak,
            t("[02:15] jun: no"),
            Inline::LineBreak,
            t("[02:15] ash: ok"),
        ]),
        para(vec![
            t("Lost: jetty."),
            Inline::LineBreak,
            t("Found: a boat."),
        ]),
        para(vec![t("She put the phone down.")]),
    ];
    let mut out = String::new();
    blocks(
        &mut out,
        &items,
        &Furniture::for_language("en"),
        None,
        Vec::new(),
    );
    let opens: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("<p"))
        .map(|l| &l[..l.find('>').unwrap() + 1])
        .collect();
    assert_eq!(
        opens,
        ["<p class=\"first\">", "<p class=\"first\">", "<p>", "<p>"],
        "{out}"
    );
}

#[test]
fn a_stanza_is_a_paragraph_of_lines_with_their_indents() {
    let mut out = String::new();
    let line = |indent, t: &str| crate::model::VerseLine {
        indent,
        inlines: vec![Inline::Text(t.into())],
    };
    let st = Block::Stanza(vec![line(0, "one two"), line(2, "three")]);
    let p = Block::Paragraph(vec![Inline::Text("four".into())]);
    // A page starts at "three": offset 8 of the stanza's text "one two\nthree".
    blocks(
        &mut out,
        &[st, p],
        &Furniture::for_language("en"),
        None,
        vec![(0, 8, "9")],
    );
    assert_eq!(
        out,
        "<p class=\"stanza\"><span>one two</span><br/>\n<span class=\"i2\">\
         <span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-9\" aria-label=\"9\"/>\
         three</span></p>\n<p class=\"first\">four</p>\n"
    );
}

#[test]
fn first_paragraph_after_break_is_flush() {
    let mut out = String::new();
    let p = || Block::Paragraph(vec![Inline::Text("x".into())]);
    blocks(
        &mut out,
        &[p(), p(), Block::SceneBreak, p()],
        &Furniture::for_language("en"),
        None,
        Vec::new(),
    );
    assert_eq!(out.matches("<p class=\"first\">").count(), 2);
    assert_eq!(out.matches("<p>").count(), 1);
}
