//! Decoding: the bytes of a story file → normalised text.
//!
//! Input: raw bytes. Output: NFC text with `\n` line endings and no trailing spaces, plus
//! the encoding it was read as. Users' files come from Windows editors, old archives and
//! phones, so we accept UTF-8 (with or without BOM) and fall back to Windows-1252, the
//! encoding nearly every non-UTF-8 fan-fiction file is in.

use crate::model::Encoding;
use unicode_normalization::UnicodeNormalization;

/// Why a file could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The file holds NUL bytes or many control bytes: it is not text.
    Binary,
    /// The file is a document format we recognise by its first bytes (PDF, Word, RTF,
    /// HTML, an image...): the name of the format, for the message.
    Format(&'static str),
    /// UTF-16 text (we detect its BOM) that the user should re-save as UTF-8.
    Utf16,
}

/// Decodes a story file's bytes.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(DecodeError::Utf16);
    }
    if let Some(kind) = known_format(bytes) {
        return Err(DecodeError::Format(kind));
    }
    if bytes.contains(&0) || mostly_control(bytes) {
        return Err(DecodeError::Binary);
    }
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (
            String::from_utf8_lossy(rest).into_owned(),
            Encoding::Utf8Bom,
        )
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_owned(), Encoding::Utf8),
            Err(_) => {
                let (s, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                (s.into_owned(), Encoding::Windows1252)
            }
        }
    };
    Ok((normalise(&text), encoding))
}

/// Signatures of formats people save stories in by mistake, checked on the file's first
/// bytes (after a UTF-8 byte-order mark and leading white space, for the text ones).
const SIGNATURES: [(&[u8], &str); 10] = [
    (b"%PDF-", "a PDF document"),
    (
        b"PK\x03\x04",
        "a zip archive (a Word .docx, OpenDocument .odt or EPUB file is one)",
    ),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "an old Word (.doc) document",
    ),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"<!doctype html", "an HTML page"),
    (b"<html", "an HTML page"),
    (b"<?xml", "an XML file"),
];

/// The format `bytes` are in, if a known signature starts them.
fn known_format(bytes: &[u8]) -> Option<&'static str> {
    let text = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = &text[text.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
    SIGNATURES.iter().find_map(|(sig, name)| {
        // Binary signatures must start the file; text ones may follow a BOM or blank
        // lines, and HTML's are matched without regard to case.
        let head = if sig[0].is_ascii_alphanumeric() || sig[0] == b'<' || sig[0] == b'{' {
            text
        } else {
            bytes
        };
        let n = sig.len();
        (head.len() >= n && head[..n].eq_ignore_ascii_case(sig)).then_some(*name)
    })
}

/// Whether more than one byte in twenty of the file's first 4 KB is a control byte that
/// text does not contain (all of C0 but tab, line feed, form feed, carriage return and
/// the DOS end-of-file mark, plus DEL): binary data with no NUL in it.
fn mostly_control(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let odd = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0C | b'\r' | 0x1A)) || b == 0x7F)
        .count();
    odd * 20 > head.len()
}

/// Line endings to `\n`, NFC, trailing white space off every line, control characters out.
fn normalise(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    // Nearly every file is already NFC; the quick check spares composing it char by char.
    let composed;
    let unified = if unicode_normalization::is_nfc_quick(unified.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        unified
    } else {
        composed = unified.nfc().collect::<String>();
        composed
    };
    let mut out = String::with_capacity(unified.len());
    for line in unified.split('\n') {
        let line = line.trim_end_matches([' ', '\t', '\u{a0}', '\u{feff}']);
        for c in line.chars() {
            match c {
                '\t' => out.push(' '),
                // Other C0/C1 controls cannot appear in XML and print as nothing: drop them.
                c if c.is_control() => {}
                '\u{feff}' => {}
                c => out.push(c),
            }
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_and_crlf() {
        let (t, e) = decode(b"\xEF\xBB\xBFa\r\nb\rc  \n").unwrap();
        assert_eq!(t, "a\nb\nc");
        assert_eq!(e, Encoding::Utf8Bom);
    }

    #[test]
    fn windows_1252_fallback() {
        let (t, e) = decode(b"\x93Caf\xe9\x94").unwrap();
        assert_eq!(t, "\u{201c}Café\u{201d}");
        assert_eq!(e, Encoding::Windows1252);
    }

    #[test]
    fn nul_is_binary_and_utf16_is_named() {
        assert_eq!(decode(b"a\0b"), Err(DecodeError::Binary));
        assert_eq!(decode(b"\xFF\xFEa\0"), Err(DecodeError::Utf16));
    }

    #[test]
    fn nfc() {
        let (t, _) = decode("e\u{301}".as_bytes()).unwrap();
        assert_eq!(t, "é");
    }
}
