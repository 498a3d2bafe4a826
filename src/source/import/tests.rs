//! Downloaded works, tests: how a file is told apart and how plain HTML pages are titled.

use super::*;

/// Word's "Web Page, Filtered" titles the story with a `MsoTitle` paragraph (its
/// `<title>` may be the file's name) and puts the byline in `MsoSubtitle`; a page
/// with no such paragraph keeps its `<title>`.
#[test]
fn a_word_page_is_titled_by_its_title_paragraph() {
    let doc = Html::parse_document(
        "<html><head><title>cuento final v2</title></head><body lang=ES><div class=WordSection1>\
         <p class=MsoTitle>El reloj</p><p class=MsoSubtitle>por Inma Ferrer</p>\
         <p class=MsoNormal>Tic.</p></div></body></html>",
    );
    let w = plain_html(&[&doc], "en");
    assert_eq!(w.title.as_deref(), Some("El reloj"));
    assert_eq!(w.authors, vec!["Inma Ferrer"]);
    assert_eq!(w.parts[0].body.len(), 1);
    // A Heading 1 under the title paragraph is the first section's, not the title.
    let doc = Html::parse_document(
        "<html><head><title></title></head><body><div class=WordSection1>         <p class=MsoTitle>Tide Tables</p><p class=MsoSubtitle>Rowan Achterberg</p>         <h1>I. Low Water</h1><p class=MsoNormal>The tide went out.</p></div></body></html>",
    );
    let w = plain_html(&[&doc], "en");
    assert_eq!(w.title.as_deref(), Some("Tide Tables"));
    let doc = Html::parse_document(
        "<html><head><title>El reloj</title></head><body><p>El reloj era viejo.</p></body></html>",
    );
    let w = plain_html(&[&doc], "en");
    assert_eq!(w.title.as_deref(), Some("El reloj"));
    assert_eq!(w.parts[0].body.len(), 1);
}

/// Google Docs' web page export marks its Title-style paragraph with the class
/// `title` (its `<title>` is the document's file name): it titles the story, and the
/// byline under it names the author.
#[test]
fn a_google_docs_page_is_titled_by_its_title_paragraph() {
    let doc = Html::parse_document(
        r#"<html><head><title>bozza finale</title></head><body class="c5 doc-content">
<p class="c2 title" id="h.x1"><span class="c3">La volpe</span></p><p class="c2"><span>di Nives_B</span></p>
<p class="c1"><span>La volpe passò.</span></p></body></html>"#,
    );
    let w = plain_html(&[&doc], "it");
    assert_eq!(w.title.as_deref(), Some("La volpe"));
    assert_eq!(w.authors, vec!["Nives_B"]);
    let body: Vec<String> = w.parts[0].body.iter().map(|b| b.plain()).collect();
    assert_eq!(body, vec!["La volpe passò."]);
}

/// A byline set as a heading under the title (`<h3>by NAME</h3>`) names the author
/// and is no heading of the story.
#[test]
fn a_byline_heading_under_the_title_names_the_author() {
    let doc = Html::parse_document(
        "<html><body><h1>Low Tide</h1><h3>by <a href=\"/u\">gull_person</a></h3><p>The sea went out.</p></body></html>",
    );
    let w = plain_html(&[&doc], "en");
    assert_eq!(w.authors, vec!["gull_person"]);
    let body: Vec<String> = w.parts[0].body.iter().map(|b| b.plain()).collect();
    assert_eq!(body, vec!["The sea went out."]);
}

#[test]
fn kinds_by_content() {
    assert_eq!(kind("a.txt", b"<!DOCTYPE html><html>"), Kind::Html);
    assert_eq!(kind("a.html", b"  <div>hi</div>"), Kind::Html);
    assert_eq!(
        kind("a.txt", b"<?xml version='1.0'?>\n<html xmlns=''>"),
        Kind::Html
    );
    assert_eq!(kind("a.txt", b"Once upon a time"), Kind::Text);
    assert_eq!(kind("a.html", b"Once upon a time"), Kind::Text);
    assert_eq!(kind("a.epub", b"\x00\x9fnot a zip"), Kind::Epub);
    assert_eq!(kind("a.epub", b"Text saved as .epub"), Kind::Text);
    assert_eq!(kind("a.docx", b"PK\x03\x04rest"), Kind::Text);
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    z.start_file("Story.html", zip::write::SimpleFileOptions::default())
        .unwrap();
    let z = z.finish().unwrap().into_inner();
    assert_eq!(kind("Story.zip", &z), Kind::Zip);
    assert_eq!(
        kind("a.fodt", br#"<?xml version="1.0"?><office:document office:mimetype="application/vnd.oasis.opendocument.text">"#),
        Kind::FlatOdt
    );
    assert_eq!(
        kind(
            "a.enex",
            b"<?xml version=\"1.0\"?>\n<en-export application=\"Evernote\">"
        ),
        Kind::Enex
    );
}

/// An e-book's documents are its parts: a note closing the first ("A/N: part two
/// tomorrow") is found at that part's end and set apart at its place, not read as story;
/// a web page saved in pieces stays one text.
#[test]
fn an_ebooks_documents_are_its_parts() {
    let one = Html::parse_document(
        "<html><body><h1>Part One</h1><p>The radio hissed all night.</p><p>Kit listened.</p>\
         <p>A/N: part two tomorrow if this gets ten votes!!</p></body></html>",
    );
    let two = Html::parse_document(
        "<html><body><h1>Part Two</h1><p>On the fourth night, Kit spoke.</p><p>The radio answered.</p></body></html>",
    );
    let w = plain_pages(Work::default(), &[&one, &two], "en", true);
    assert_eq!(w.parts.len(), 2);
    let mut w = w;
    crate::source::text_notes::take_notes(&mut w, Default::default());
    let notes: Vec<String> = w.parts[0].end_notes.iter().map(|b| b.plain()).collect();
    assert_eq!(notes, ["A/N: part two tomorrow if this gets ten votes!!"]);
    assert_eq!(
        plain_pages(Work::default(), &[&one, &two], "en", false)
            .parts
            .len(),
        1
    );
}
