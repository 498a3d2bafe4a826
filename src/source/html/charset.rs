//! HTML bytes → text, in the encoding the page declares.
//!
//! Input: an HTML file's bytes. Output: its text and the [`Encoding`] it was read as.
//! A page that is valid UTF-8 (with or without a byte-order mark) is UTF-8, whatever it
//! declares (a page re-saved by a browser or an editor often keeps a stale
//! declaration). Otherwise the encoding its `<meta charset>`, its `<meta
//! http-equiv="Content-Type" content="…; charset=…">` or its XML declaration names in
//! the first bytes wins, as a browser's prescan reads it: Word's "Web Page, Filtered"
//! writes `windows-1252` and single bytes for `¡`, `ñ`, `—`. With no declaration, bytes
//! holding no UTF-8 at all are read as the legacy encoding they look like (`chardetng`),
//! and a UTF-8 page with a few invalid bytes keeps its UTF-8 (the bytes become U+FFFD).
//! Pure: no I/O.

use crate::model::Encoding;

/// How far a browser's prescan looks for the declaration.
const PRESCAN: usize = 1024;

/// Decodes an HTML page's bytes (see the module's rule).
pub(crate) fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (
            String::from_utf8_lossy(rest).into_owned(),
            Encoding::Utf8Bom,
        );
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_owned(), Encoding::Utf8);
    }
    let declared = declared(bytes).filter(|e| *e != encoding_rs::UTF_8);
    let any_utf8 = bytes.utf8_chunks().any(|c| !c.valid().is_ascii());
    let legacy = declared.or_else(|| (!any_utf8).then(|| crate::source::decode::guess(bytes)));
    match legacy {
        Some(enc) => {
            let (text, _) = enc.decode_without_bom_handling(bytes);
            let named = if enc == encoding_rs::WINDOWS_1252 {
                Encoding::Windows1252
            } else {
                Encoding::Legacy(enc.name())
            };
            (text.into_owned(), named)
        }
        None => (String::from_utf8_lossy(bytes).into_owned(), Encoding::Utf8),
    }
}

/// The encoding the page's head declares, if any (the first `charset=` or XML
/// `encoding=` in its first bytes that names one encoding_rs knows).
fn declared(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes[..bytes.len().min(PRESCAN)].to_ascii_lowercase();
    let text = String::from_utf8_lossy(&head);
    let mut rest: &str = &text;
    while let Some(at) = rest.find("charset").or_else(|| rest.find("encoding")) {
        let after = &rest[at..];
        let after = after.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        rest = after;
        let Some(value) = after.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start().trim_start_matches(['"', '\'']);
        let label: String = value
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
            .collect();
        if let Some(enc) = encoding_rs::Encoding::for_label(label.as_bytes()) {
            return Some(enc);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Word's "Web Page, Filtered" declares windows-1252 in a Content-Type meta and
    /// writes `¡` and `ñ` as single bytes.
    #[test]
    fn a_declared_windows_1252_page_is_read_as_declared() {
        let mut page = b"<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head><body><p>".to_vec();
        page.extend(b"\xa1Gracias, se\xf1ora!</p></body></html>");
        let (text, enc) = decode(&page);
        assert!(text.contains("¡Gracias, señora!"), "{text}");
        assert_eq!(enc, Encoding::Windows1252);
        let (text, _) = decode(b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>caf\xe9</p>");
        assert!(text.contains("café"));
    }

    /// A page that is valid UTF-8 stays UTF-8 whatever its stale declaration says, and
    /// one with a slip among its UTF-8 keeps the UTF-8.
    #[test]
    fn utf8_wins_over_a_stale_declaration() {
        let page = "<meta charset=\"windows-1252\"><p>¡Olé!</p>";
        assert_eq!(decode(page.as_bytes()), (page.to_string(), Encoding::Utf8));
        let mut slip = "<meta charset=utf-8><p>¡Olé!".as_bytes().to_vec();
        slip.extend(b" \xff</p>");
        let (text, enc) = decode(&slip);
        assert!(text.contains("¡Olé! \u{fffd}"));
        assert_eq!(enc, Encoding::Utf8);
    }

    /// With no declaration, a page with no UTF-8 at all is read as what its bytes look
    /// like.
    #[test]
    fn an_undeclared_legacy_page_is_guessed() {
        let (text, enc) = decode(b"<p>\x93Caf\xe9,\x94 she said.</p>");
        assert!(text.contains("\u{201c}Café,\u{201d}"), "{text}");
        assert_eq!(enc, Encoding::Windows1252);
    }
}
