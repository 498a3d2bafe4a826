//! Word processors' "Save as HTML" (LibreOffice and OpenOffice Writer): the title a
//! writer set by hand as a big centred paragraph, and the author the document's
//! properties name.
//!
//! Input: a parsed HTML page. LibreOffice marks its pages with `<meta name="generator"
//! content="LibreOffice …">`, writes the document's title property as `<title>` (empty
//! when none was set) and its author property as `<meta name="author">`. A title typed
//! as a paragraph and formatted by hand comes out as `<p align="center">` with its text
//! in `<font size="6">` (or a `font-size` style of 18pt and more), since no `<h1>` was
//! used. Output: that paragraph's text as the title, when it is the page's first
//! paragraph with text; the author property. Pure: no I/O.

use super::html::text_of;
use scraper::{ElementRef, Html};

/// Whether a page was written by LibreOffice or OpenOffice Writer.
pub(crate) fn is_office(doc: &Html) -> bool {
    meta(doc, "generator").is_some_and(|g| {
        let g = g.to_ascii_lowercase();
        g.starts_with("libreoffice") || g.starts_with("openoffice")
    })
}

/// The `content` of the page's `<meta name=NAME>`, trimmed, when it says something.
fn meta(doc: &Html, name: &str) -> Option<String> {
    doc.root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "meta")
        .find(|e| {
            e.value()
                .attr("name")
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
        .and_then(|e| e.value().attr("content"))
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|c| !c.is_empty())
}

/// The document's author property, on a word processor's page.
pub(crate) fn author(doc: &Html) -> Option<String> {
    if !is_office(doc) {
        return None;
    }
    meta(doc, "author").filter(|a| super::bylines::is_name(a))
}

/// The title a word processor's page sets as its first paragraph: centred, all of its
/// text in a big font.
pub(crate) fn title_paragraph(doc: &Html) -> Option<String> {
    if !is_office(doc) {
        return None;
    }
    let first = doc
        .root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "p")
        .find(|p| p.text().any(|t| !t.trim().is_empty()))?;
    let text = text_of(first);
    let big: String = first
        .descendent_elements()
        .filter(|e| is_big(*e))
        .map(text_of)
        .collect::<Vec<_>>()
        .join(" ");
    let big = big.split_whitespace().collect::<Vec<_>>().join(" ");
    // A sentence set big and centred opens the story ("It was the night of the fire,
    // and nobody slept."): a title has no full stop.
    let sentence = text.ends_with(['.', ',', ';']) && !text.ends_with("...");
    (centred(first)
        && (is_big(first) || big == text)
        && text.split_whitespace().count() <= 20
        && !sentence)
        .then_some(text)
}

fn centred(p: ElementRef<'_>) -> bool {
    let v = p.value();
    v.attr("align")
        .is_some_and(|a| a.eq_ignore_ascii_case("center"))
        || v.attr("style").is_some_and(|s| {
            s.to_ascii_lowercase()
                .replace(' ', "")
                .contains("text-align:center")
        })
}

/// A `<font size>` of 5 and more (18pt), or a `font-size` style of 18pt (24px) and more.
fn is_big(e: ElementRef<'_>) -> bool {
    let v = e.value();
    if v.name() == "font"
        && let Some(n) = v.attr("size").and_then(|s| s.trim().parse::<u32>().ok())
    {
        return n >= 5;
    }
    let Some(style) = v.attr("style") else {
        return false;
    };
    let style = style.to_ascii_lowercase().replace(' ', "");
    let Some(at) = style.find("font-size:") else {
        return false;
    };
    let value = &style[at + "font-size:".len()..];
    let num: String = value
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let unit = &value[num.len()..];
    let Ok(n) = num.parse::<f32>() else {
        return false;
    };
    (unit.starts_with("pt") && n >= 18.0) || (unit.starts_with("px") && n >= 24.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"<head><meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/><meta name="author" content="Ines Harrow"/><title></title></head>"#;

    /// LibreOffice's page of a document whose title was typed as a big centred
    /// paragraph: that paragraph is the title, the author property the author.
    #[test]
    fn a_big_centred_first_paragraph_is_the_title() {
        let doc = Html::parse_document(&format!(
            r#"<html>{HEAD}<body><p align="center" style="margin-top: 0.42cm"><font face="Liberation Sans"><font size="6" style="font-size: 28pt">What the Keepers Knew</font></font></p>
<p align="center"><i>by Ines Harrow</i></p><p>The lighthouse.</p></body></html>"#
        ));
        assert_eq!(
            title_paragraph(&doc).as_deref(),
            Some("What the Keepers Knew")
        );
        assert_eq!(author(&doc).as_deref(), Some("Ines Harrow"));
    }

    /// A first paragraph in the body's size, or one not centred, is the story's; a page
    /// no word processor wrote keeps its paragraphs and its meta tags.
    #[test]
    fn a_storys_first_paragraph_is_no_title() {
        let page =
            |body: &str| Html::parse_document(&format!("<html>{HEAD}<body>{body}</body></html>"));
        assert_eq!(
            title_paragraph(&page(r#"<p align="center">Rain.</p>"#)),
            None
        );
        assert_eq!(
            title_paragraph(&page(r#"<p><font size="6">Rain.</font></p>"#)),
            None
        );
        assert_eq!(
            title_paragraph(&page(
                r#"<p align="center"><font size="6">Rain</font> fell all day.</p>"#
            )),
            None
        );
        assert_eq!(
            title_paragraph(&page(
                r#"<p style="text-align: center"><span style="font-size: 20pt">Rain</span></p>"#
            ))
            .as_deref(),
            Some("Rain")
        );
        // A sentence set big and centred opens the story.
        assert_eq!(
            title_paragraph(&page(
                r#"<p align="center"><font size="5">It was the night of the fire, and nobody slept.</font></p>"#
            )),
            None
        );
        let web = Html::parse_document(
            r#"<html><head><meta name="author" content="Ana"></head><body><p align="center"><font size="6">Rain</font></p></body></html>"#,
        );
        assert_eq!(title_paragraph(&web), None);
        assert_eq!(author(&web), None);
    }
}
