//! XHTML for the HTML parser: an EPUB's content documents → HTML text.
//!
//! Input: an XHTML document. Output: the same markup as an HTML parser reads it the way
//! XML meant it, or `None` when the XML is malformed (the HTML parser then takes the text
//! as it is). Pure: no I/O, and no entity is ever expanded here.

use quick_xml::events::Event;

/// Elements HTML parses as empty: the only ones XHTML's `<x/>` may stay self-closed for.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Rewrites XHTML so the HTML parser reads it as XML meant: `<a id="x"/>` becomes
/// `<a id="x"></a>` (an HTML parser would leave it open over the rest of the page),
/// the XML declaration and doctype go, and references stay unexpanded for the HTML
/// parser, which knows only HTML's own. `None` when the XML is malformed: the HTML parser
/// then reads the text as it is.
pub(crate) fn to_html(src: &str) -> Option<String> {
    let mut r = quick_xml::Reader::from_str(src);
    r.config_mut().check_end_names = false;
    let mut out = String::with_capacity(src.len() + src.len() / 16);
    loop {
        match r.read_event().ok()? {
            Event::Start(e) => {
                out.push('<');
                out.push_str(&e);
                out.push('>');
            }
            Event::Empty(e) => {
                let name = e.name().as_ref().to_string();
                out.push('<');
                out.push_str(&e);
                if VOID.iter().any(|v| v.eq_ignore_ascii_case(&name)) {
                    out.push_str("/>");
                } else {
                    out.push_str("></");
                    out.push_str(&name);
                    out.push('>');
                }
            }
            Event::End(e) => {
                out.push_str("</");
                out.push_str(e.name().as_ref());
                out.push('>');
            }
            Event::Text(t) => out.push_str(&t),
            Event::GeneralRef(g) => {
                out.push('&');
                out.push_str(&g);
                out.push(';');
            }
            Event::CData(t) => out.push_str(&quick_xml::escape::escape(&*t)),
            Event::Eof => return Some(out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn self_closed_elements_are_closed() {
        let h = to_html(
            "<?xml version='1.0'?><html><body><a id='x'/><p>Hi<br/>there</p></body></html>",
        )
        .unwrap();
        assert_eq!(
            h,
            "<html><body><a id='x'></a><p>Hi<br/>there</p></body></html>"
        );
    }
}
