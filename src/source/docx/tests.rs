//! Word documents, tests: a document's XML made into the page Word would save.

use super::*;
use scraper::Html;
use std::io::Write;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A `.docx` of `document.xml`'s body and, if given, `footnotes.xml`'s.
fn docx(body: &str, notes: Option<&str>) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", opts).unwrap();
    zip.write_all(b"<Types/>").unwrap();
    zip.start_file("word/document.xml", opts).unwrap();
    write!(zip, "<w:document {W}><w:body>{body}</w:body></w:document>").unwrap();
    if let Some(n) = notes {
        zip.start_file("word/footnotes.xml", opts).unwrap();
        write!(zip, "<w:footnotes {W}>{n}</w:footnotes>").unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn run(text: &str) -> String {
    format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
}

/// Styles, emphasis, a line break, a centred break and a tab: each as Word's page has
/// it; the text escaped.
#[test]
fn paragraphs_keep_their_styles_and_emphasis() {
    let body = format!(
        "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>{}</w:p>\
         <w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>{}</w:p>\
         <w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Dear</w:t></w:r><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:tab/><w:t>Tom &amp; Ann,</w:t></w:r><w:r><w:br/><w:t>Love.</w:t></w:r></w:p>\
         <w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>{}</w:p>",
        run("Lanterns"),
        run("Part One"),
        run("* * *"),
    );
    let html = to_html(&docx(&body, None)).unwrap();
    assert!(
        html.contains("<p class=MsoTitle>Lanterns</p><h2>Part One</h2>"),
        "{html}"
    );
    assert!(
        html.contains("<p><i>Dear</i> Tom &amp; Ann,<br>Love.</p>"),
        "{html}"
    );
    assert!(html.contains("<p align=center>* * *</p>"), "{html}");
}

/// Tracked changes' deleted text, field codes and a drawing's fallback copy are not
/// the document's words; inserted text and table cells are, in order.
#[test]
fn only_the_texts_words_once() {
    let body = format!(
        "<w:p>{}<w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:ins>{}</w:ins>\
         <w:r><w:instrText> PAGE </w:instrText></w:r></w:p>\
         <w:tbl><w:tr><w:tc><w:p>{}</w:p></w:tc><w:tc><w:p>{}</w:p></w:tc></w:tr></w:tbl>\
         <w:p><mc:AlternateContent xmlns:mc=\"m\"><mc:Choice>{}</mc:Choice><mc:Fallback>{}</mc:Fallback></mc:AlternateContent></w:p>",
        run("kept "),
        run("added"),
        run("left"),
        run("right"),
        run("box"),
        run("box"),
    );
    let html = to_html(&docx(&body, None)).unwrap();
    let text: String = Html::parse_document(&html)
        .root_element()
        .text()
        .collect::<Vec<_>>()
        .join("|");
    assert_eq!(text, "kept added|left|right|box");
}

/// A footnote's reference and its text link as Google Docs' page links them; Word's
/// separator notes are not text.
#[test]
fn footnotes_link() {
    let body =
        "<w:p><w:r><w:t>Dear Wyn,</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>";
    let notes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
                 <w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Not his name.</w:t></w:r></w:p></w:footnote>";
    let html = to_html(&docx(body, Some(notes))).unwrap();
    assert!(
        html.contains(r##"Dear Wyn,<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>"##),
        "{html}"
    );
    assert!(
        html.contains(
            r##"</div><hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a>  Not his name.</p></div></body>"##
        ),
        "{html}"
    );
}

/// A zip that is not a Word document, or holds broken XML, is refused with the file's
/// kind named, never read as something else.
#[test]
fn broken_documents_are_refused() {
    use crate::source::import::{Kind, kind};
    assert_ne!(kind("a.docx", b"PK\x03\x04 not a zip"), Kind::Docx);
    let err = to_html(&docx("<w:p><w:r><w:t>open", None)).unwrap_err();
    assert!(err.0.contains("Word document"), "{err:?}");
}

/// A title typed by hand (the first paragraph, centred, bold, 20pt) is the title, and
/// the document's author property is written where Word writes it.
#[test]
fn a_hand_made_title_and_the_author_property() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import/hand-title.docx"
    ))
    .unwrap();
    let html = to_html(&bytes).unwrap();
    assert!(
        html.contains("<p class=MsoTitle><b>The Salt Road</b></p>"),
        "{html}"
    );
    assert!(html.contains("<o:Author>Ines Marlow</o:Author>"), "{html}");
    // The next centred paragraph in bold is no title.
    assert_eq!(html.matches("MsoTitle").count(), 1, "{html}");
}

/// Numbered paragraphs (`w:numPr`, or a style's: "List Number") are the items of an
/// `<ol>`, without their numbers, a bulleted one a `<ul>`; a paragraph after them closes
/// the list; a localized heading style id is read by its English name.
#[test]
fn numbered_paragraphs_are_a_list() {
    let item = |num: &str, text: &str| {
        format!(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{num}\"/></w:numPr></w:pPr>{}</w:p>",
            run(text)
        )
    };
    let body = format!(
        "<w:p><w:pPr><w:pStyle w:val=\"Titre2\"/></w:pPr>{}</w:p>{}<w:p><w:pPr><w:pStyle w:val=\"ListNumber\"/></w:pPr>{}</w:p>{}<w:p>{}</w:p>",
        run("Rules"),
        item("1", "Never draw."),
        run("Never name."),
        item("2", "Look."),
        run("After.")
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("word/document.xml", opts).unwrap();
    write!(zip, "<w:document {W}><w:body>{body}</w:body></w:document>").unwrap();
    zip.start_file("word/styles.xml", opts).unwrap();
    write!(
        zip,
        "<w:styles {W}><w:style w:type=\"paragraph\" w:styleId=\"Titre2\"><w:name w:val=\"heading 2\"/></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:name w:val=\"List Number\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>"
    )
    .unwrap();
    zip.start_file("word/numbering.xml", opts).unwrap();
    write!(
        zip,
        "<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>\
         <w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>\
         <w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>"
    )
    .unwrap();
    let html = to_html(&zip.finish().unwrap().into_inner()).unwrap();
    assert!(
        html.contains(
            "<h2>Rules</h2><ol><li>Never draw.</li><li>Never name.</li></ol><ul><li>Look.</li></ul><p>After.</p>"
        ),
        "{html}"
    );
}

/// A line to readers set in italics under the Title and the Subtitle byline is boxed as
/// the page's author's note; the story under it is not.
#[test]
fn an_italic_note_under_the_byline_is_the_pages_note() {
    let italic = |t: &str| format!("<w:r><w:rPr><w:i/></w:rPr><w:t>{t}</w:t></w:r>");
    let body = format!(
        "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>{}</w:p>\
         <w:p><w:pPr><w:pStyle w:val=\"Subtitle\"/></w:pPr>{}</w:p>\
         <w:p>{}</w:p><w:p>{}</w:p>",
        run("Lanterns"),
        run("by Ines Caro"),
        italic("Written for my sister, who read every draft. Thank you!"),
        run("The lamps went out at nine."),
    );
    let html = to_html(&docx(&body, None)).unwrap();
    assert!(
        html.contains(
            "<aside class=note><p><i>Written for my sister, who read every draft. \
             Thank you!</i></p></aside><p>The lamps went out at nine.</p>"
        ),
        "{html}"
    );
}
