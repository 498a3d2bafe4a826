//! Stories in another language than the book's, in the PDF's structure tree: an anthology
//! in English with a German story whose AO3 header says `Language: Deutsch` and one that
//! `book.toml` marks `language = "de"`. Each German story's `Sect` carries `/Lang (de)`,
//! the book's own words in it (the byline) `/Lang (en)`, and nothing else has a `/Lang`
//! but the catalog's `en`. (The EPUB's marks are checked in `fidelity.rs`.)

mod common;

use lopdf::{Dictionary, Document, Object, ObjectId};
use std::path::Path;

/// A structure element's kids that are elements.
fn kids(d: &Dictionary) -> Vec<ObjectId> {
    match d.get(b"K") {
        Ok(Object::Array(a)) => a.iter().filter_map(|o| o.as_reference().ok()).collect(),
        Ok(Object::Reference(r)) => vec![*r],
        _ => Vec::new(),
    }
}

/// A structure element's type and `/Lang`.
fn role_and_lang(doc: &Document, id: ObjectId) -> (String, Option<String>) {
    let e = doc.get_dictionary(id).unwrap();
    let s = String::from_utf8_lossy(e.get(b"S").unwrap().as_name().unwrap()).into_owned();
    let lang = (e.get(b"Lang").ok()).map(|l| lopdf::decode_text_string(l).unwrap());
    (s, lang)
}

#[test]
fn german_stories_say_so_in_the_pdf_structure() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/languages");
    let out = common::scratch("languages", "pdf");
    let (pdf, _) = common::build_format(&src, "pdf", &out);
    let doc = Document::load(&pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let lang = catalog.get(b"Lang").unwrap();
    assert_eq!(lopdf::decode_text_string(lang).unwrap(), "en");
    let tree = (catalog.get(b"StructTreeRoot").unwrap().as_reference()).unwrap();
    // The root's one kid is the Document element; its kids are the sections, the front
    // matter's and then the three stories'.
    let document = kids(doc.get_dictionary(tree).unwrap())[0];
    let sects: Vec<ObjectId> = kids(doc.get_dictionary(document).unwrap())
        .into_iter()
        .filter(|id| role_and_lang(&doc, *id).0 == "Sect")
        .collect();
    let langs: Vec<Option<String>> = sects.iter().map(|id| role_and_lang(&doc, *id).1).collect();
    let n = langs.len();
    assert!(n > 3, "{langs:?}");
    assert!(langs[..n - 2].iter().all(Option::is_none), "{langs:?}");
    let de = Some("de".to_string());
    assert_eq!(langs[n - 2..], [de.clone(), de]);
    // In a German story the title is the story's (no /Lang of its own), the byline after
    // it the book's.
    for sect in &sects[n - 2..] {
        let inside: Vec<_> = (kids(doc.get_dictionary(*sect).unwrap()).into_iter())
            .map(|id| role_and_lang(&doc, id))
            .collect();
        assert_eq!(inside[0], ("H2".to_string(), None), "{inside:?}");
        assert_eq!(
            inside[1],
            ("P".to_string(), Some("en".into())),
            "{inside:?}"
        );
        assert!(inside[2..].iter().all(|(_, l)| l.as_deref() != Some("de")));
    }
    // An English story's elements have none.
    let english = kids(doc.get_dictionary(sects[n - 3]).unwrap());
    assert!(
        english
            .iter()
            .all(|id| role_and_lang(&doc, *id).1.is_none())
    );
}
