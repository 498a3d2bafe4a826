//! Word, LibreOffice and RTF documents as chapters: the same story typed in each is read
//! as Word's page would be and built, every word once and in order in the EPUB and the
//! PDF; a picture inside one is left out with a warning, a text box's words kept.

use super::*;

/// A Word document (`tests/fixtures/import/make_docx.py`): its Title and Subtitle styles
/// name the story and its author, its italic note over a centred `* * *` is the preface
/// (the rule a divider), the second `* * *` a scene break, a typed line break kept; and
/// every word of the story reaches the EPUB and the PDF once, in order.
#[test]
fn a_word_document_is_read_and_built() {
    document_is_read_and_built("lanterns.docx", "docx");
}

/// The same story typed in LibreOffice Writer (`make_odt_rtf.py`): its Title and
/// Subtitle styles, the italic and centred paragraphs of its automatic styles, a span in
/// italics and a line break read as Word's are.
#[test]
fn a_libreoffice_document_is_read_and_built() {
    document_is_read_and_built("lanterns.odt", "odt");
}

/// The same story typed in WordPad (`make_odt_rtf.py`): its bold centred first line the
/// title, `by NAME` under it the author, `\i` and `\line` kept, its font table and
/// generator no text.
#[test]
fn a_wordpad_document_is_read_and_built() {
    document_is_read_and_built("lanterns.rtf", "rtf");
}

/// `file` (one of `make_docx.py`'s or `make_odt_rtf.py`'s stories), read by `reader`, as
/// its writer meant it, and built.
fn document_is_read_and_built(file: &str, reader: &str) {
    let f = book_of(&[file]);
    let v = inspect(&f);
    let ch = &v["chapters"][0];
    assert_eq!(ch["reader"], reader, "{ch}");
    assert_eq!(ch["title"], "Lanterns on the Water");
    assert_eq!(ch["authors"][0], "Ines Marlow");
    assert!(block_text(&ch["preface"]).contains("written for the harbour festival"));
    let body = ch["body"].as_array().unwrap();
    assert_eq!(
        body.iter().filter(|b| b["type"] == "scene_break").count(),
        1
    );
    assert!(
        body.iter()
            .any(|b| b["text"] == "Dear Tom,\nThe sea is cold."),
        "{body:?}"
    );
    let story = words(
        "The lanterns went out one by one, and the harbour was dark. She said it was nothing, \
         and went down to the boats. Dear Tom, The sea is cold. In the morning the boats came \
         home, every one of them.",
    );
    let out = tempfile::tempdir().unwrap();
    let (pdf, epub) = common::build_pdf_and_epub(f.path(), out.path());
    common::epubcheck(&epub);
    let in_epub = words(&common::epub_text(&std::fs::read(&epub).unwrap()));
    let in_pdf = words(&common::pdftotext(&pdf));
    for (what, have) in [("EPUB", in_epub), ("PDF", in_pdf)] {
        let at: Vec<usize> = (0..have.len())
            .filter(|&i| have[i..].starts_with(&story))
            .collect();
        assert_eq!(
            at.len(),
            1,
            "{what}: the story's words once, in order: {have:?}"
        );
    }
}

/// A zip of `files` (name, text), as a word processor (or Google Docs) writes one.
pub(super) fn zip_of(files: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (name, text) in files {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A picture inside a Word, LibreOffice or RTF document is not placed in the book, and the
/// build says so for each file, as it does for an HTML page's images; a text box is no
/// picture, and its words are the story's.
#[test]
fn a_picture_in_a_document_is_left_out_with_a_warning() {
    let story = "The lamplighter came at dusk and lit every lamp on the street but one.";
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let docx = |inner: &str| {
        let body = format!(
            "<w:document {w}><w:body><w:p><w:r><w:t>{story}</w:t></w:r></w:p>\
             <w:p><w:r>{inner}</w:r></w:p></w:body></w:document>"
        );
        zip_of(&[
            ("[Content_Types].xml", "<Types/>".to_string()),
            ("word/document.xml", body),
        ])
    };
    let picture = "<w:drawing><wp:inline xmlns:wp=\"wp\"><a:graphic xmlns:a=\"a\"><a:graphicData>\
                   <pic:pic xmlns:pic=\"pic\"><pic:blipFill/></pic:pic>\
                   </a:graphicData></a:graphic></wp:inline></w:drawing>";
    let text_box = "<w:drawing><wps:txbx xmlns:wps=\"wps\"><w:txbxContent><w:p><w:r>\
                    <w:t>Boxed words.</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing>";
    let ns = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0""#;
    let odt = zip_of(&[
        (
            "mimetype",
            "application/vnd.oasis.opendocument.text".to_string(),
        ),
        (
            "content.xml",
            format!(
                "<office:document-content {ns}><office:body><office:text>\
                 <text:p>{story}</text:p><text:p><draw:frame><draw:image/></draw:frame></text:p>\
                 </office:text></office:body></office:document-content>"
            ),
        ),
    ]);
    let f = Fixture::new();
    f.write("a-picture.docx", docx(picture));
    f.write("b-text-box.docx", docx(text_box));
    f.write("c-picture.odt", odt);
    let rtf =
        format!("{{\\rtf1\\ansi\\pard {story}\\par\n{{\\pict\\wmetafile8 0100090000}}\\par\n}}");
    f.write("d-picture.rtf", rtf);
    f.write(
        "book.toml",
        common::toml_for(&[
            "a-picture.docx",
            "b-text-box.docx",
            "c-picture.odt",
            "d-picture.rtf",
        ]),
    );
    let run = f.build_epub(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let left_out = |file: &str| {
        run.stderr
            .lines()
            .any(|l| l.contains(file) && l.contains("1 image(s) inside the story were left out"))
    };
    assert!(left_out("a-picture.docx"), "{}", run.stderr);
    assert!(left_out("c-picture.odt"), "{}", run.stderr);
    assert!(left_out("d-picture.rtf"), "{}", run.stderr);
    let text_box_images = run
        .stderr
        .lines()
        .any(|l| l.contains("b-text-box.docx") && l.contains("image(s)"));
    assert!(!text_box_images, "{}", run.stderr);
    let project = quire::load(f.path()).unwrap();
    let text: Vec<String> = project.book.chapters[1]
        .body
        .iter()
        .flat_map(|b| words(&b.plain()))
        .collect();
    assert!(text.ends_with(&words("Boxed words.")), "{text:?}");
}
