//! Evernote exports, tests: notes read from an export as the page the HTML readers read.

use super::*;

/// An export of notes, each `(title, author, ENML body)`.
fn export(notes: &[(&str, &str, &str)]) -> String {
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM \
         \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n\
         <en-export export-date=\"20250101T000000Z\" application=\"Evernote\" version=\"10.90\">",
    );
    for (title, author, body) in notes {
        let attrs = if author.is_empty() {
            String::new()
        } else {
            format!("<note-attributes><author>{author}</author></note-attributes>")
        };
        x.push_str(&format!(
            "<note><title>{title}</title><created>20250101T000000Z</created><tag>fic</tag>{attrs}\
             <content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\
             <!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\">\
             <en-note>{body}</en-note>]]></content>\
             <resource><data encoding=\"base64\">iVBORw0KGgo=</data><mime>image/png</mime></resource></note>"
        ));
    }
    x.push_str("</en-export>");
    x
}

/// Both of Evernote's checklists: `en-todo` blocks in a row make one paragraph of
/// lines, a blank block ends it; Evernote 10's `--en-todo` list is one paragraph of its
/// items. The boxes are no text, nor is the encrypted text or the resource's base64.
#[test]
fn checklists_are_lines_and_boxes_no_text() {
    let body = r#"<div>Before &amp; after&nbsp;it.</div><div><en-todo checked="true"/>eggs</div><div><en-todo checked="false"/>lemons <i>x3</i></div><div><br/></div><div>Then.</div><ul style="--en-todo:true;"><li style="--en-checked:true;"><div>stamps</div></li><li style="--en-checked:false;"><div>the gate</div></li></ul><en-crypt cipher="AES">c2VjcmV0</en-crypt><div style="text-align:center;">~</div><en-media hash="ab12" type="image/png"/>"#;
    let x = export(&[("Draft", "", body)]);
    assert!(looks_like_enex(x.as_bytes()));
    let notes = notes(x.as_bytes()).unwrap();
    assert_eq!(notes.len(), 1);
    let h = &notes[0].html;
    assert!(h.contains("<div>Before &amp; after&nbsp;it.</div>"), "{h}");
    assert!(
        h.contains("<p>eggs<br>lemons <i>x3</i></p><div><br></div>"),
        "{h}"
    );
    assert!(
        h.contains("<div>Then.</div><p>stamps<br>the gate</p>"),
        "{h}"
    );
    assert!(
        h.contains("<div style=\"text-align:center;\">~</div><img>"),
        "{h}"
    );
    assert!(
        !h.contains("c2Vj") && !h.contains("iVBOR") && !h.contains("todo"),
        "{h}"
    );
}

/// The note's title, its author attribute, and a first line in bold that the title
/// begins with: that line becomes the page's heading; a first line the title does not
/// begin with stays text, and the note's title is the page's.
#[test]
fn the_first_bold_line_is_the_title_when_the_note_is_named_after_it() {
    let x = export(&[(
        "Lanterns (fic draft)",
        "Ada Brandt",
        "<div><b>Lanterns</b></div><div>by ada</div><div>Text.</div>",
    )]);
    let n = notes(x.as_bytes()).unwrap();
    assert_eq!(n[0].title, "Lanterns (fic draft)");
    assert_eq!(n[0].author.as_deref(), Some("Ada Brandt"));
    let p = page(&n);
    assert!(p.contains("<title>Lanterns (fic draft)</title>"), "{p}");
    assert!(
        p.contains("<body><h1>Lanterns</h1><div>by ada</div>"),
        "{p}"
    );

    let x = export(&[("Lanterns", "", "<div><b>Shopping</b></div><div>Text.</div>")]);
    let p = page(&notes(x.as_bytes()).unwrap());
    assert!(p.contains("<body><div><b>Shopping</b></div>"), "{p}");
    let x = export(&[("Lanterns", "", "<div><b>Lanterns</b> were lit.</div>")]);
    let p = page(&notes(x.as_bytes()).unwrap());
    assert!(
        p.contains("<body><div><b>Lanterns</b> were lit.</div>"),
        "{p}"
    );
}

/// An export of several notes (Evernote's export of a notebook): each later note's
/// title heads its text.
#[test]
fn later_notes_are_headed_by_their_titles() {
    let x = export(&[
        ("Part One", "", "<div>One.</div>"),
        ("Part Two", "", "<div>Two.</div>"),
    ]);
    let p = page(&notes(x.as_bytes()).unwrap());
    assert!(
        p.contains("<body><div>One.</div><h2>Part Two</h2><div>Two.</div></body>"),
        "{p}"
    );
}

/// Exports Quire cannot read say why.
#[test]
fn damaged_and_empty_exports_are_refused() {
    let (msg, _) =
        notes(b"<?xml version=\"1.0\"?><en-export><note><title>x</title></note></en-export>")
            .unwrap_err();
    assert!(msg.contains("holds no note with text"), "{msg}");
    let x = export(&[("x", "", "<div>open")]);
    let (msg, _) = notes(x.as_bytes()).unwrap_err();
    assert!(msg.contains("not well-formed ENML"), "{msg}");
    assert!(!looks_like_enex(b"<?xml version=\"1.0\"?><html></html>"));
}
