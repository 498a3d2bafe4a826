//! OpenDocument text, tests: a document's XML made into the page Word would save.

use super::*;
use crate::source::import::{Kind, kind};
use scraper::Html;
use std::io::Write;

const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0""#;

/// An `.odt` of content.xml's automatic styles and body text, and meta.xml's fields.
fn odt(auto: &str, body: &str, meta: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("mimetype", opts).unwrap();
    zip.write_all(MEDIA_TYPE.as_bytes()).unwrap();
    zip.start_file("content.xml", opts).unwrap();
    write!(
        zip,
        "<office:document-content {NS}><office:automatic-styles>{auto}</office:automatic-styles>\
         <office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    .unwrap();
    zip.start_file("styles.xml", opts).unwrap();
    write!(
        zip,
        "<office:document-styles {NS}><office:styles>\
         <style:style style:name=\"Emphasis\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>\
         </office:styles></office:document-styles>"
    )
    .unwrap();
    zip.start_file("meta.xml", opts).unwrap();
    write!(
        zip,
        "<office:document-meta {NS}><office:meta>{meta}</office:meta></office:document-meta>"
    )
    .unwrap();
    zip.finish().unwrap().into_inner()
}

const AUTO: &str = r#"<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Subtitle"/>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>"#;

/// Title and Subtitle styles (one through an automatic style), a heading, a centred
/// break, spans' bold and named italics, a line break, a tab and spaces: each as Word's
/// page has it; the properties in its head.
#[test]
fn paragraphs_keep_their_styles_and_emphasis() {
    let body = r#"<text:p text:style-name="Title">Lanterns &amp; Tides</text:p><text:p text:style-name="P2">Ines Marlow</text:p>
<text:h text:style-name="Heading_20_2" text:outline-level="2">Part One</text:h>
<text:p text:style-name="Text_20_body"><text:span text:style-name="Emphasis">Dear</text:span><text:tab/><text:span text:style-name="T1">Tom and Ann,</text:span><text:line-break/>Love.<text:s text:c="3"/>x</text:p>
<text:p text:style-name="P1">* * *</text:p>"#;
    let meta = "<dc:title>lanterns v3</dc:title><meta:initial-creator>Ines Marlow</meta:initial-creator><dc:creator>Someone Else</dc:creator>";
    let bytes = odt(AUTO, body, meta);
    assert_eq!(kind("a.odt", &bytes), Kind::Odt);
    let html = to_html(&bytes).unwrap();
    assert!(
        html.contains(
            "<p class=MsoTitle>Lanterns &amp; Tides</p><p class=MsoSubtitle>Ines Marlow</p>"
        ),
        "{html}"
    );
    assert!(html.contains("<h2>Part One</h2>"), "{html}");
    assert!(
        html.contains("<p><i>Dear</i> <b>Tom and Ann,</b><br>Love. x</p>"),
        "{html}"
    );
    assert!(html.contains("<p align=center>* * *</p>"), "{html}");
    assert!(html.contains("<title>lanterns v3</title>"), "{html}");
    assert!(html.contains("<o:Author>Ines Marlow</o:Author>"), "{html}");
}

/// A dedication set in italics under a Heading 1 title and a byline is boxed as the
/// page's note, as Word's is; the same line in upright type stays the story's.
#[test]
fn an_italic_note_under_the_title_and_byline_is_boxed() {
    let auto = r#"<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties fo:font-style="italic"/></style:style>"#;
    let body = |style: &str| {
        format!(
            r#"<text:h text:style-name="Heading_20_1" text:outline-level="1">Night Ferry</text:h><text:p text:style-name="Text_20_body">by Maud Keswick</text:p><text:p text:style-name="{style}">For M., who wanted a song about the ferry.</text:p><text:p text:style-name="Text_20_body"/><text:p text:style-name="Text_20_body">The ferry left at eleven.</text:p><text:p text:style-name="Text_20_body">It was cold.</text:p>"#
        )
    };
    let html = to_html(&odt(auto, &body("P3"), "")).unwrap();
    assert!(
        html.contains(
            "<aside class=note><p><i>For M., who wanted a song about the ferry.</i></p></aside>"
        ),
        "{html}"
    );
    let html = to_html(&odt(auto, &body("Text_20_body"), "")).unwrap();
    assert!(!html.contains("<aside"), "{html}");
}

/// A numbered list is an `<ol>` of its items, a footnote linked to its text after the
/// rule; comments and tracked deletions are no words of the page.
#[test]
fn lists_notes_and_what_is_not_text() {
    let body = r#"<text:tracked-changes><text:changed-region><text:deletion><text:p>gone</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:list text:style-name="L1"><text:list-item><text:p>one</text:p></text:list-item><text:list-item><text:p>two</text:p></text:list-item></text:list>
<text:p>Vellum<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Calfskin.</text:p></text:note-body></text:note> here.<office:annotation><dc:creator>Ed</dc:creator><text:p>cut this</text:p></office:annotation></text:p>"#;
    let html = to_html(&odt(AUTO, body, "")).unwrap();
    assert!(
        html.contains("<ol><li><p>one</p></li><li><p>two</p></li></ol>"),
        "{html}"
    );
    assert!(
        html.contains(r##"<p>Vellum<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup> here.</p>"##),
        "{html}"
    );
    assert!(
        html.contains(
            r##"<hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a> Calfskin.</p></div>"##
        ),
        "{html}"
    );
    let text: String = Html::parse_document(&html).root_element().text().collect();
    assert!(
        !text.contains("gone") && !text.contains("cut this"),
        "{text}"
    );
}

/// A zip that is not an OpenDocument text, or holds broken XML, is refused with the
/// file's kind named.
#[test]
fn broken_documents_are_refused() {
    assert_ne!(kind("a.odt", b"PK\x03\x04 not a zip"), Kind::Odt);
    let err = to_html(&odt("", "<text:p>open", "")).unwrap_err();
    assert!(err.0.contains("OpenDocument"), "{err:?}");
}

/// The zip is opened under the EPUB reader's limits: a bomb is refused before it is
/// inflated, and an external entity is never read.
#[test]
fn hostile_zips_are_refused_and_entities_not_read() {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("mimetype", opts).unwrap();
    zip.write_all(MEDIA_TYPE.as_bytes()).unwrap();
    zip.start_file("content.xml", opts).unwrap();
    zip.write_all(&vec![b' '; 16 * 1024 * 1024]).unwrap();
    let bomb = zip.finish().unwrap().into_inner();
    assert_eq!(kind("a.odt", &bomb), Kind::Odt);
    let err = to_html(&bomb).unwrap_err();
    assert!(err.0.contains("zip bomb"), "{err:?}");
    let body = "<text:p>Dear &xxe;Wyn</text:p>";
    let html = to_html(&odt("", body, "")).unwrap();
    assert!(html.contains("<p>Dear Wyn</p>"), "{html}");
}

/// A document saved with a password is named as such, not as damaged.
#[test]
fn a_password_is_named() {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("mimetype", opts).unwrap();
    zip.write_all(MEDIA_TYPE.as_bytes()).unwrap();
    zip.start_file("content.xml", opts).unwrap();
    zip.write_all(b"\x8f\x01 ciphertext").unwrap();
    zip.start_file("META-INF/manifest.xml", opts).unwrap();
    zip.write_all(b"<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>").unwrap();
    let err = to_html(&zip.finish().unwrap().into_inner()).unwrap_err();
    assert!(err.0.contains("password"), "{err:?}");
}

/// A flat document (`.fodt`): its meta, styles and body in one file. The poem's line
/// breaks stay, the embedded picture's base64 is no text, the page header in the master
/// styles is not the story, and a title field in the body is not the title property.
#[test]
fn a_flat_document_reads_as_its_zipped_twin() {
    let fodt = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3" office:mimetype="{MEDIA_TYPE}">
<office:meta><dc:title>Kellerlicht</dc:title><meta:initial-creator>Ada Brandt</meta:initial-creator></office:meta>
<office:styles><style:style style:name="Title" style:family="paragraph"/></office:styles>
<office:automatic-styles>{AUTO}</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard"><style:header><text:p>Seitenkopf</text:p></style:header></style:master-page></office:master-styles>
<office:body><office:text><text:p text:style-name="Title">Kellerlicht</text:p>
<text:p>Erste Zeile,<text:line-break/>zweite Zeile.</text:p>
<text:p><draw:frame><draw:image><office:binary-data>iVBORw0KGgoAAAANSUhEUg==</office:binary-data></draw:image></draw:frame>Nach dem Bild <text:title>Falsch</text:title>.</text:p>
<text:p text:style-name="P1">* * *</text:p></office:text></office:body></office:document>"#
    );
    assert!(looks_like_fodt(fodt.as_bytes()));
    assert!(!looks_like_fodt(
        b"<?xml version=\"1.0\"?><office:document-content/>"
    ));
    let html = flat_to_html(fodt.as_bytes()).unwrap();
    assert!(html.contains("<p class=MsoTitle>Kellerlicht</p>"), "{html}");
    assert!(
        html.contains("<p>Erste Zeile,<br>zweite Zeile.</p>"),
        "{html}"
    );
    assert!(html.contains("<p><img>Nach dem Bild Falsch.</p>"), "{html}");
    assert!(html.contains("<p align=center>* * *</p>"), "{html}");
    assert!(
        !html.contains("iVBOR") && !html.contains("Seitenkopf"),
        "{html}"
    );
    let doc = Html::parse_document(&html);
    let sel = scraper::Selector::parse("title").unwrap();
    let title: String = doc.select(&sel).flat_map(|e| e.text()).collect();
    assert_eq!(title, "Kellerlicht");
    assert!(html.contains("Ada Brandt"), "{html}");
}
