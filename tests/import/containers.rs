//! Stories in containers and one-file exports as chapters: the same story as Google
//! Docs' zipped web page, an Evernote export, a flat OpenDocument text and an Apple
//! Pages EPUB, each read by its reader (title, author, the note apart as the preface,
//! one scene break, a typed line break kept) and built, every word of the story once and
//! in order in the EPUB and the PDF; a zip that holds anything else is refused, naming
//! what it holds.

use super::documents::zip_of;
use super::*;

const TITLE: &str = "Lanterns on the Water";
const AUTHOR: &str = "Ines Marlow";
const NOTE: &str = "Author's note: written for the harbour festival, thank you for reading.";
/// The story's paragraphs; `|` is a typed line break, and a scene break comes after the
/// third.
const STORY: [&str; 4] = [
    "The lanterns went out one by one, and the harbour was dark.",
    "She said it was nothing, and went down to the boats.",
    "Dear Tom,|The sea is cold.",
    "In the morning the boats came home, every one of them.",
];

/// The story's paragraphs as HTML, each in `open`…`close`, with `br` for a line break
/// and `brk` for the scene break.
fn story_html(open: &str, close: &str, br: &str, brk: &str) -> String {
    let mut s = String::new();
    for (i, p) in STORY.iter().enumerate() {
        s += &format!("{open}{}{close}", p.replace('|', br));
        if i == 2 {
            s += brk;
        }
    }
    s
}

/// Google Docs' "Download > Web page (.html, zipped)": its class soup, the title
/// paragraph, empty paragraphs for space, a centred `~`, the page's picture beside it.
fn google_docs_zip() -> Vec<u8> {
    let css = "@import url(https://themes.googleusercontent.com/fonts/css?kit=x);ol{margin:0;padding:0}table td,table th{padding:0}.c4{font-weight:400;font-style:italic}.c0{font-weight:400;font-style:normal}.c1{text-align:left}.c3{text-align:center}.c2{height:11pt}.title{font-size:26pt}";
    let story = story_html(
        "<p class=\"c1\"><span class=\"c0\">",
        "</span></p>",
        "</span><br><span class=\"c0\">",
        "<p class=\"c2\"><span class=\"c0\"></span></p><p class=\"c3\"><span class=\"c0\">~</span></p><p class=\"c2\"><span class=\"c0\"></span></p>",
    );
    let page = format!(
        "<html><head><meta content=\"text/html; charset=UTF-8\" http-equiv=\"content-type\"><style type=\"text/css\">{css}</style></head><body class=\"c5 doc-content\"><p class=\"c7 title\" id=\"h.x\"><span class=\"c0\">{TITLE}</span></p><p class=\"c1\"><span class=\"c0\">by {AUTHOR}</span></p><p class=\"c2\"><span class=\"c0\"></span></p><p class=\"c1\"><span class=\"c4\">{NOTE}</span></p><p class=\"c2\"><span class=\"c0\"></span></p>{story}</body></html>"
    );
    zip_of(&[
        ("LanternsontheWater.html", page),
        ("images/image1.png", "png".into()),
    ])
}

/// An Evernote export: the note's title with a working suffix, its author attribute,
/// the title typed in bold and the byline, the note over a rule, a checklist.
fn evernote_export() -> String {
    let story = story_html(
        "<div>",
        "</div>",
        "<br/>",
        "<div style=\"text-align:center;\">* * *</div>",
    );
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n<en-export export-date=\"20250101T000000Z\" application=\"Evernote\" version=\"10.90\"><note><title>{TITLE} (draft)</title><created>20250101T000000Z</created><note-attributes><author>{AUTHOR}</author></note-attributes><content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\"><en-note><div><b>{TITLE}</b></div><div>by {AUTHOR}</div><div><br/></div><div>{NOTE}</div><hr/>{story}</en-note>]]></content></note></en-export>"
    )
}

/// LibreOffice's "Flat XML ODF Text Document": the Title style, a centred byline, the
/// note in an italic automatic style over a centred `* * *`.
fn flat_odt() -> String {
    let story = story_html(
        "<text:p text:style-name=\"Text_20_body\">",
        "</text:p>",
        "<text:line-break/>",
        "<text:p text:style-name=\"P1\">* * *</text:p>",
    );
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>{TITLE}</dc:title><meta:initial-creator>{AUTHOR}</meta:initial-creator></office:meta>
 <office:styles><style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style></office:styles>
 <office:automatic-styles><style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style><style:style style:name="P2" style:family="paragraph"><style:text-properties fo:font-style="italic"/></style:style></office:automatic-styles>
 <office:body><office:text><text:p text:style-name="Title">{TITLE}</text:p><text:p text:style-name="P1">by {AUTHOR}</text:p><text:p text:style-name="P2">{NOTE}</text:p><text:p text:style-name="P1">* * *</text:p>{story}</office:text></office:body>
</office:document>"#
    )
}

/// An EPUB as Apple Pages exports one: a title page of the title and the bare name, a
/// note section whose italics are a class of the linked sheet, the chapter opening with
/// the title as its heading and a centred `❧` between its scenes.
fn pages_epub() -> Vec<u8> {
    let xhtml = |body: &str| {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-US\" xml:lang=\"en-US\"><head><title>{TITLE}</title><link rel=\"stylesheet\" href=\"css/book.css\" type=\"text/css\"/></head><body><div class=\"section\">{body}</div></body></html>"
        )
    };
    let story = story_html(
        "<p class=\"paragraph-style-body\">",
        "</p>",
        "<br/>",
        "<p class=\"paragraph-style-break\">❧</p>",
    );
    let opf = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">urn:uuid:1</dc:identifier><dc:title>{TITLE}</dc:title><dc:creator>{AUTHOR}</dc:creator><dc:language>en</dc:language><meta name=\"generator\" content=\"Pages Publishing 13.2\"/></metadata><manifest><item id=\"css\" href=\"css/book.css\" media-type=\"text/css\"/><item id=\"t\" href=\"title.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"n\" href=\"note.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"c\" href=\"chapter-1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"t\"/><itemref idref=\"n\"/><itemref idref=\"c\"/></spine></package>"
    );
    zip_of(&[
        ("mimetype", "application/epub+zip".into()),
        (
            "META-INF/container.xml",
            "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"OPS/book.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>".into(),
        ),
        ("OPS/book.opf", opf),
        (
            "OPS/css/book.css",
            ".paragraph-style-break { text-align: center; }\n.character-style-italic { font-style: italic; }".into(),
        ),
        (
            "OPS/title.xhtml",
            xhtml(&format!(
                "<p class=\"paragraph-style-title\">{TITLE}</p><p class=\"paragraph-style-author\">{AUTHOR}</p>"
            )),
        ),
        (
            "OPS/note.xhtml",
            xhtml(&format!(
                "<p class=\"paragraph-style-note\"><span class=\"character-style-italic\">{NOTE}</span></p>"
            )),
        ),
        (
            "OPS/chapter-1.xhtml",
            xhtml(&format!(
                "<h1 class=\"paragraph-style-heading\">{TITLE}</h1>{story}"
            )),
        ),
    ])
}

/// Each format read by its reader as its writer meant it, and built: every word of the
/// story once and in order in the EPUB and the PDF.
#[test]
fn a_story_in_each_container_is_read_and_built() {
    let files: [(&str, Vec<u8>, &str); 4] = [
        ("Lanterns.zip", google_docs_zip(), "zipped-html"),
        (
            "Lanterns (draft).enex",
            evernote_export().into_bytes(),
            "enex",
        ),
        ("lanterns.fodt", flat_odt().into_bytes(), "flat-odt"),
        ("Lanterns.epub", pages_epub(), "epub"),
    ];
    let names: Vec<&str> = files.iter().map(|f| f.0).collect();
    let f = Fixture::with_toml(&common::toml_for(&names));
    for (name, bytes, _) in &files {
        f.write(name, bytes);
    }
    let v = inspect(&f);
    for (i, (name, _, reader)) in files.iter().enumerate() {
        let ch = &v["chapters"][i];
        assert_eq!(ch["reader"], *reader, "{name}: {ch}");
        assert_eq!(ch["title"], TITLE, "{name}");
        assert_eq!(ch["authors"][0], AUTHOR, "{name}");
        assert!(
            block_text(&ch["preface"]).contains("written for the harbour festival"),
            "{name}: {}",
            ch["preface"]
        );
        let body = ch["body"].as_array().unwrap();
        let breaks = body.iter().filter(|b| b["type"] == "scene_break").count();
        assert_eq!(breaks, 1, "{name}: {body:?}");
        assert!(
            body.iter()
                .any(|b| b["text"] == "Dear Tom,\nThe sea is cold."),
            "{name}: {body:?}"
        );
    }
    let story = words(&STORY.join(" ").replace('|', " "));
    let out = tempfile::tempdir().unwrap();
    let (pdf, epub) = common::build_pdf_and_epub(f.path(), out.path());
    common::epubcheck(&epub);
    let in_epub = words(&common::epub_text(&std::fs::read(&epub).unwrap()));
    let in_pdf = words(&common::pdftotext(&pdf));
    for (what, have) in [("EPUB", in_epub), ("PDF", in_pdf)] {
        let at = (0..have.len())
            .filter(|&i| have[i..].starts_with(&story))
            .count();
        assert_eq!(at, files.len(), "{what}: each story's words once, in order");
    }
}

/// A zip that is not one web page with its pictures is refused, saying what it holds
/// and what to do.
#[test]
fn a_zip_of_other_files_is_refused_naming_them() {
    let f = Fixture::with_toml(&common::toml_for(&["stories.zip"]));
    f.write(
        "stories.zip",
        zip_of(&[
            ("one.txt", "The first story.".into()),
            ("two.txt", "The second story.".into()),
        ]),
    );
    let run = quire(&["inspect", &f.path().display().to_string()]);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains(
            "stories.zip: is a zip archive holding `one.txt`, `two.txt`, and no web page"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("unzip it"), "{}", run.stderr);
}

/// `quire init` lists a folder's zipped page, Evernote export and flat OpenDocument
/// text beside its EPUB, and each is read by its own reader.
#[test]
fn init_lists_the_new_formats() {
    let f = Fixture::new();
    let files: [(&str, Vec<u8>); 4] = [
        ("a.zip", google_docs_zip()),
        ("b.enex", evernote_export().into_bytes()),
        ("c.fodt", flat_odt().into_bytes()),
        ("d.epub", pages_epub()),
    ];
    for (name, bytes) in &files {
        f.write(name, bytes);
    }
    let run = quire(&["init", &f.path().display().to_string()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let toml = std::fs::read_to_string(f.path().join("book.toml")).unwrap();
    for (name, _) in &files {
        assert!(toml.contains(&format!("file = \"{name}\"")), "{toml}");
    }
    let readers: Vec<String> = inspect(&f)["chapters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["reader"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(readers, ["zipped-html", "enex", "flat-odt", "epub"]);
}
