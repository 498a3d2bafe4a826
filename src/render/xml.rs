//! XML text: escaping user text for any XML the renderers write (the EPUB's XHTML,
//! package and navigation, the PDF's XMP metadata).
//!
//! Input: text from the model or book.toml. Output: the same text safe as XML content or
//! an attribute value, with the characters XML 1.0 forbids dropped.

/// Escapes text for XML content and attribute values, dropping characters XML forbids.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_esc(&mut out, s);
    out
}

/// Appends `s` escaped to `out`, copying runs that need no escaping in one go.
pub(crate) fn push_esc(out: &mut String, s: &str) {
    let needs = |b: u8| {
        matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')
            || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
            || b == 0xEF
    };
    if !s.bytes().any(needs) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{fffe}' | '\u{ffff}') => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn escapes_markup_and_drops_what_xml_forbids() {
        assert_eq!(
            esc("</p>&\"it's\"\u{1}\u{ffff}\tend"),
            "&lt;/p&gt;&amp;&quot;it&#39;s&quot;\tend"
        );
        let plain = "Plain words, no markup — “curly” é";
        assert_eq!(esc(plain), plain);
    }
}
