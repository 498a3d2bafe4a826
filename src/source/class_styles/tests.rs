//! Emphasis set by classes, tests: Google Docs' and Apple Pages' class soup.

use super::*;

/// Google Docs' export: the italic and bold classes of its rules (`c4`, `c8`) become
/// `<i>` and `<b>` in their spans and paragraphs; a class that sets `font-style:normal`
/// and weight 400 adds nothing.
#[test]
fn google_docs_classes_become_emphasis() {
    let page = r#"<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">ol{margin:0;padding:0}table td,table th{padding:0}.c4{color:#000000;font-weight:400;font-style:italic}.c0{font-weight:400;font-style:normal}.c8,.c9{font-weight:700}@media print{.c1{color:red}}</style></head><body class="c5 doc-content"><p class="c1"><span class="c4">A note.</span></p><p class="c1"><span class="c0">Plain </span><span class="c8 c4">both</span><span class="c0"> end.</span></p><p class="c9">Bold para<span class="c0">x</span></p></body></html>"#;
    assert!(is_google_docs(page));
    let css = page_sheet(page);
    assert!(css.contains(".c4{"), "{css}");
    let out = inline(page, &css, false);
    assert!(
        out.contains(r#"<p class="c1"><span class="c4"><i>A note.</i></span></p>"#),
        "{out}"
    );
    assert!(
        out.contains(
            r#"<span class="c0">Plain </span><span class="c8 c4"><b><i>both</i></b></span>"#
        ),
        "{out}"
    );
    assert!(
        out.contains(r#"<p class="c9"><b>Bold para<span class="c0">x</span></b></p>"#),
        "{out}"
    );
}

/// Apple Pages' EPUB: the emphasis is in its linked sheet, one class per span; a page
/// without emphasis classes is left as it was.
#[test]
fn a_linked_sheet_counts_and_no_rules_change_nothing() {
    let css = ".paragraph-style-body { text-indent: 1.5em; }\n.character-style-italic { font-style: italic; }";
    let page = r#"<p class="paragraph-style-note"><span class="character-style-italic">Grief and apples.</span></p>"#;
    assert_eq!(
        inline(page, css, false),
        r#"<p class="paragraph-style-note"><span class="character-style-italic"><i>Grief and apples.</i></span></p>"#
    );
    assert_eq!(inline(page, "p{margin:0}", false), page);
    assert!(!is_google_docs(page));
}

/// Google Docs' empty lines (a paragraph of empty spans) are blank paragraphs; a
/// paragraph holding only a picture is not.
#[test]
fn empty_paragraphs_hold_a_blank_line() {
    let page = r#"<p class="c2"><span class="c0"></span></p><p class="c3"><span><img src="images/image1.png"></span></p><p>x</p>"#;
    assert_eq!(
        inline(page, ".c0{font-style:normal}", true),
        r#"<p class="c2"><span class="c0"></span>&nbsp;</p><p class="c3"><span><img src="images/image1.png"></span></p><p>x</p>"#
    );
}

/// An EPUB document's linked sheets, by `rel` (an icon or a font link is no sheet).
#[test]
fn linked_sheets_are_found_by_rel() {
    let page = r#"<head><link rel="icon" href="a.png"/><link href="css/book.css" type="text/css" rel="stylesheet"/><LINK REL='stylesheet' HREF='../s.css'></head>"#;
    assert_eq!(linked_sheets(page), vec!["css/book.css", "../s.css"]);
}
