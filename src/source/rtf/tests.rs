//! RTF, tests: small documents as WordPad and Word write them, made into Word's page.

use super::*;
use scraper::Html;

/// The text of a page, its paragraphs apart.
fn text(html: &str) -> String {
    Html::parse_document(html)
        .root_element()
        .text()
        .collect::<Vec<_>>()
        .join("")
}

/// WordPad's document: its tables skipped, the centred bold title typed by hand, code
/// page and Unicode escapes (their stand-ins skipped), emphasis, line breaks, a centred
/// break; the NUL WordPad ends its file with is no text.
#[test]
fn a_wordpad_document() {
    let rtf = b"{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n\
{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n\
\\pard\\qc\\b\\fs32 Postage Due\\b0\\fs22\\par\r\n\
\\pard Caf\\'e9 \\u8220?Hi,\\u8221? \\i she\\i0  said.\\tab Go.\\par\r\n\
\\i One,\\line\r\ntwo.\\i0\\par\r\n\
\\pard\\qc #\\par\r\n\
\\pard A\\{b\\}\\par\r\n}\r\n\0";
    let html = to_html(rtf).unwrap();
    assert!(
        html.contains("<p class=MsoTitle><b>Postage Due</b></p>"),
        "{html}"
    );
    assert!(
        html.contains("<p>Café “Hi,” <i>she</i> said. Go.</p>"),
        "{html}"
    );
    assert!(html.contains("<p><i>One,</i><br><i>two.</i></p>"), "{html}");
    assert!(html.contains("<p align=center>#</p>"), "{html}");
    assert!(html.contains("<p>A{b}</p>"), "{html}");
    assert!(!text(&html).contains("Calibri") && !text(&html).contains("Riched"));
}

/// Word's document: `\info`'s title and author are the page's and not its text; a
/// `\*` destination, a field's code and hidden text are skipped, the field's result
/// kept; a list's typed numbers are left out of an `<ol>`; a footnote linked to its text
/// after the rule; a character beyond the BMP from its surrogate pair.
#[test]
fn a_word_document() {
    let rtf = br#"{\rtf1\ansi\ansicpg1252\uc1{\info{\title Lanterns}{\author Ines Marlow}{\operator Ed}}
{\*\rsidtbl \rsid123}\pard\plain Go {\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt home}}{\v secret}.\par
{\listtext 1.\tab}\pard\ls1 one\par
{\listtext 2.\tab}two\par
\pard Vellum{\super\chftn}{\footnote\pard\plain{\super\chftn} Calfskin.} here \u-10180?\u-8423?.\par}"#;
    let html = to_html(rtf).unwrap();
    assert!(html.contains("<title>Lanterns</title>"), "{html}");
    assert!(html.contains("<o:Author>Ines Marlow</o:Author>"), "{html}");
    assert!(html.contains("<p>Go home.</p>"), "{html}");
    assert!(html.contains("<ol><li>one</li><li>two</li></ol>"), "{html}");
    assert!(
        html.contains(
            r##"<p>Vellum<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup> here 🌙.</p>"##
        ),
        "{html}"
    );
    assert!(
        html.contains(
            r##"<hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a>  Calfskin.</p></div>"##
        ),
        "{html}"
    );
}

/// The code page the header names decodes the bytes; a document nested too deep is
/// refused.
#[test]
fn code_pages_and_depth() {
    let html = to_html(b"{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\par}").unwrap();
    assert!(html.contains("<p>При</p>"), "{html}");
    let html = to_html("{\\rtf1\\ansi\\ansicpg65001 Café\\par}".as_bytes()).unwrap();
    assert!(html.contains("<p>Café</p>"), "{html}");
    let deep = format!("{{\\rtf1 {}x", "{".repeat(MAX_DEPTH + 1));
    assert!(to_html(deep.as_bytes()).is_err());
}

/// Word's RTF names its paragraph styles in the stylesheet: a paragraph in "Title" is
/// the title and one in "heading 1" a heading; the stylesheet's own formatting and
/// names are no text and set nothing outside it.
#[test]
fn stylesheet_titles_and_headings() {
    let rtf = br"{\rtf1\ansi{\stylesheet{\ql Normal;}{\s1\qc\b heading 1;}{\s15 Title;}{\*\cs10 Default Paragraph Font;}}
\pard\plain\s15 Lanterns\par
\pard\plain\s1\qc\b One\par
\pard\plain Text\par}";
    let html = to_html(rtf).unwrap();
    assert!(
        html.contains("<p class=MsoTitle>Lanterns</p><h1><b>One</b></h1><p>Text</p>"),
        "{html}"
    );
}

/// TextEdit's document (macOS): its Cocoa header words and starred colour table are no
/// text, a backslash at a line's end ends the paragraph, and its title is typed big and
/// centred.
#[test]
fn a_textedit_document() {
    let rtf = b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n\
{\\colortbl;\\red255\\green255\\blue255;}\n{\\*\\expandedcolortbl;;}\n\
\\pard\\tx566\\pardirnatural\\qc\\partightenfactor0\n\n\\f0\\b\\fs36 \\cf0 The Glass Orchard\\\n\
\\pard\\tx566\\pardirnatural\\partightenfactor0\n\n\\b0\\fs24 \\cf0 First \\'93line\\'94.\\\n\\\nSecond \\i line\\i0 .}";
    let html = to_html(rtf).unwrap();
    assert!(
        html.contains("<p class=MsoTitle><b>The Glass Orchard</b></p><p>First “line”.</p><p></p><p>Second <i>line</i>.</p>"),
        "{html}"
    );
    assert!(!text(&html).contains("Helvetica"), "{html}");
}

/// A picture in the text is marked once where it stands, its data skipped: WordPad's
/// `{\pict …}` and Word's pair, whose `\*\shppict` twin is not read.
#[test]
fn a_picture_is_marked_once_and_its_data_skipped() {
    let rtf = b"{\\rtf1\\ansi\\pard Before.\\par\r\n\
\\pard{\\pict\\wmetafile8\\picw100\\pich100 0100090000}\\par\r\n\
\\pard{\\*\\shppict{\\pict\\pngblip 89504e47}}{\\nonshppict{\\pict\\wmetafile8 0100}}After.\\par\r\n}";
    let html = to_html(rtf).unwrap();
    assert_eq!(html.matches("<img>").count(), 2, "{html}");
    assert!(
        !text(&html).contains("0100") && !text(&html).contains("8950"),
        "{html}"
    );
    assert!(text(&html).contains("Before.") && text(&html).contains("After."));
}

/// Regression: text in a font whose character set is Cyrillic was read in the header's
/// code page. Word 2003 and WordPad on an English system write Russian as `\'hh` bytes
/// in the font's code page (`\fcharset204`, Windows-1251) under `\ansicpg1252`; the
/// default font (`\deff`) counts where no `\f` is given, and `\plain` returns to it.
#[test]
fn a_fonts_character_set_decodes_its_bytes() {
    let word = br"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}
{\f277\froman\fcharset204\fprq2{\*\panose 02020603050405020304}Times New Roman Cyr;}}
\pard\plain\f277\lang1049 \'d1\'f2\'f0\'e0\'ed\'e8\'f6\'fb\f0  caf\'e9 {\f277 \'e4\'e0}\'e9\plain  \'e9\par}";
    let html = to_html(word).unwrap();
    assert!(html.contains("<p>Страницы café даé é</p>"), "{html}");
    let wordpad =
        br"{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset204 Calibri;}}
\pard\sa200\fs22\lang1049 \'cf\'f0\'e8\'e2\'e5\'f2\par}";
    let html = to_html(wordpad).unwrap();
    assert!(html.contains("<p>Привет</p>"), "{html}");
    assert!(!text(&html).contains("Calibri"), "{html}");
}

/// Regression: LibreOffice writes `\info`'s title as `{\upr{ANSI}{\*\ud{Unicode}}}`,
/// and the title was lost (an unknown group in `\info`); in the text the ANSI stand-in
/// was read. The `\ud` twin is read, once, wherever it stands.
#[test]
fn an_upr_is_read_from_its_unicode_twin() {
    let rtf = br"{\rtf1\ansi\ansicpg1252{\info{\upr{\title Lant?rns}
{\*\ud{\title Lant\u233\'3frns}}}{\author Ines Marlow}}
\pard A {\upr{Cafe?}{\*\ud{Caf\u233\'3f}}} B\par}";
    let html = to_html(rtf).unwrap();
    assert!(html.contains("<title>Lantérns</title>"), "{html}");
    assert!(html.contains("<o:Author>Ines Marlow</o:Author>"), "{html}");
    assert!(html.contains("<p>A Café B</p>"), "{html}");
}

/// Regression: a Chinese or Korean document's code page (`\ansicpg936`, `949`, `950`,
/// as Word writes them there) was not known by its `cpN` label and read as
/// Windows-1252, each character's two bytes two Latin letters.
#[test]
fn east_asian_code_pages_decode_their_byte_pairs() {
    for (cp, bytes, text) in [
        (936, r"\'d6\'d0\'ce\'c4", "中文"),
        (950, r"\'a4\'a4\'a4\'e5", "中文"),
        (949, r"\'c7\'d1\'b1\'db", "한글"),
    ] {
        let rtf = format!("{{\\rtf1\\ansi\\ansicpg{cp}\\deff0 {bytes}\\par}}");
        let html = to_html(rtf.as_bytes()).unwrap();
        assert!(html.contains(&format!("<p>{text}</p>")), "{cp}: {html}");
    }
}

/// TextEdit's and Scrivener's Cocoa writer: emphasis by the font's face (`-BoldMT`,
/// `-ItalicMT`) rather than `\b` and `\i`; the stylesheet's "Normal" sets nothing
/// apart, so the big centred first line is the title typed by hand; a short centred
/// bold line in a size above the text's is a section heading; a centred `#` stays a
/// paragraph (a break, for the HTML reader).
#[test]
fn a_cocoa_document_with_faces_and_typed_headings() {
    let rtf = b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n\
{\\fonttbl\\f0\\froman\\fcharset0 Georgia;\\f1\\froman\\fcharset0 Georgia-Italic;\\f2\\froman\\fcharset0 Georgia-Bold;}\n\
{\\stylesheet{\\s0\\f0\\fs24 Normal;}}\n\
\\pard\\qc\n\\f2\\fs40 Lamplight\\\n\
\\pard\\qc\n\\f0\\fs24 by Ines Caro\\\n\
\\pard\\qc\n\\f2\\fs28 Part One\\\n\
\\pard\n\\f0\\fs24 The lamps went out at {\\f1 nine}.\\\n\
\\pard\\qc\n\\f0\\fs24 #\\\n\
\\pard\n\\f0\\fs24 Then the moon.\\\n}";
    let html = to_html(rtf).unwrap();
    assert!(
        html.contains("<p class=MsoTitle><b>Lamplight</b></p>"),
        "{html}"
    );
    assert!(html.contains("<h2><b>Part One</b></h2>"), "{html}");
    assert!(html.contains("went out at <i>nine</i>."), "{html}");
    assert!(html.contains("<p align=center>#</p>"), "{html}");
}

/// A line to readers in italics under the title and byline is boxed as the page's
/// author's note.
#[test]
fn an_italic_note_under_the_byline_is_the_pages_note() {
    let rtf = b"{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\n\
\\pard\\qc\\b\\fs36 Lamplight\\b0\\fs24\\par\n\
\\pard\\qc by Ines Caro\\par\n\
\\pard\\i For my sister, who read every draft. Thank you!\\i0\\par\n\
\\pard The lamps went out at nine.\\par\n}";
    let html = to_html(rtf).unwrap();
    assert!(
        html.contains(
            "<aside class=note><p><i>For my sister, who read every draft. Thank you!</i></p>\
             </aside><p>The lamps went out at nine.</p>"
        ),
        "{html}"
    );
}
