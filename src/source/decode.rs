//! Decoding: the bytes of a story file → normalised text.
//!
//! Input: raw bytes. Output: NFC text with `\n` line endings and no trailing spaces, plus
//! the encoding it was read as and every run of bytes that had to be repaired (for a
//! warning with the line). Users' files come from Windows editors, old archives and
//! phones, so we accept UTF-8 (with or without BOM), repair the odd invalid byte in a
//! UTF-8 file run by run, and read a file with no UTF-8 in it as the legacy encoding its
//! bytes show: Windows-1252 for nearly every non-UTF-8 fan-fiction file.

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
    /// UTF-16 text (we detect its BOM) that holds bytes UTF-16 cannot hold (a lone
    /// surrogate, an odd last byte): the user should re-save it as UTF-8.
    Utf16,
}

/// A story file's text and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The normalised text.
    pub text: String,
    /// The encoding the file was read as.
    pub encoding: Encoding,
    /// Every run of bytes that was not valid in that encoding, in file order.
    pub repairs: Vec<Repair>,
    /// The 1-based lines that held text and ended in two or more spaces before the
    /// spaces were trimmed: Markdown's hard line breaks (the story stage heeds them in
    /// Markdown files only).
    pub spaced_ends: Vec<usize>,
}

/// A run of invalid bytes and what it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// The 1-based line of the file it is on.
    pub line: usize,
    /// The bytes.
    pub bytes: Vec<u8>,
    /// What they became: their Windows-1252 reading where that is clearly right, else
    /// U+FFFD.
    pub text: String,
    /// Whether `text` is the Windows-1252 reading (else replacement characters).
    pub cp1252: bool,
}

/// Decodes a story file's bytes (see [`decode_report`]; this drops the repairs).
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    decode_report(bytes).map(|d| (d.text, d.encoding))
}

/// Decodes a story file's bytes. A file that is UTF-8 but for a few invalid bytes stays
/// UTF-8, each invalid run read on its own (see [`Repair`]); a file is read as another
/// encoding only when it holds no UTF-8 beyond ASCII at all, and then as the encoding
/// its bytes show (nearly always Windows-1252; `chardetng` tells).
pub fn decode_report(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let utf16 = if bytes.starts_with(&[0xFF, 0xFE]) {
        Some((encoding_rs::UTF_16LE, true))
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        Some((encoding_rs::UTF_16BE, false))
    } else {
        None
    };
    if let Some((codec, little_endian)) = utf16 {
        // A byte-order mark says UTF-16 for sure (Notepad's "Unicode"); the text must
        // decode whole, or the story would be garbled without a word.
        let (text, had_errors) = codec.decode_with_bom_removal(bytes);
        if had_errors || text.contains('\0') || mostly_control(text.as_bytes()) {
            return Err(DecodeError::Utf16);
        }
        let (text, spaced_ends) = normalise(&text);
        return Ok(Decoded {
            text,
            encoding: Encoding::Utf16 { little_endian },
            repairs: Vec::new(),
            spaced_ends,
        });
    }
    if let Some(kind) = known_format(bytes) {
        return Err(DecodeError::Format(kind));
    }
    if bytes.contains(&0) || mostly_control(bytes) {
        return Err(DecodeError::Binary);
    }
    let (text, encoding, repairs) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        let (text, repairs) = repair_utf8(rest);
        (text, Encoding::Utf8Bom, repairs)
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_owned(), Encoding::Utf8, Vec::new())
    } else {
        // Characters beyond ASCII that are valid UTF-8, and runs that are not.
        let (mut valid, mut invalid) = (0, 0);
        for c in bytes.utf8_chunks() {
            valid += c.valid().chars().filter(|c| !c.is_ascii()).count();
            invalid += usize::from(!c.invalid().is_empty());
        }
        if valid == 0 {
            legacy(bytes, guess(bytes))
        } else {
            // Real UTF-8 beyond ASCII: the invalid bytes are slips, not another encoding
            // — unless they far outnumber it and the bytes read as a CJK or non-Latin
            // legacy encoding (Shift_JIS or Cyrillic pairs can pass for UTF-8 now and
            // then). Latin slips are read run by run, as Windows-1252.
            let other = (invalid > 2 * valid)
                .then(|| guess(bytes))
                .filter(|&g| !is_latin(g));
            match other {
                Some(g) => legacy(bytes, g),
                None => {
                    let (text, repairs) = repair_utf8(bytes);
                    (text, Encoding::Utf8, repairs)
                }
            }
        }
    };
    let (text, spaced_ends) = normalise(&text);
    Ok(Decoded {
        text,
        encoding,
        repairs,
        spaced_ends,
    })
}

/// The legacy encoding `bytes` look like, by `chardetng` (never UTF-8).
pub(crate) fn guess(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Whether `chardetng`'s guess is one of the Latin-script encodings, which differ from
/// Windows-1252 in a few letters only.
fn is_latin(e: &'static encoding_rs::Encoding) -> bool {
    matches!(
        e.name(),
        "windows-1250"
            | "windows-1252"
            | "windows-1254"
            | "windows-1257"
            | "windows-1258"
            | "ISO-8859-2"
            | "ISO-8859-4"
            | "ISO-8859-13"
            | "ISO-8859-15"
    )
}

/// Reads a file that is not UTF-8 as the legacy encoding `guess`.
fn legacy(bytes: &[u8], guess: &'static encoding_rs::Encoding) -> (String, Encoding, Vec<Repair>) {
    if guess != encoding_rs::WINDOWS_1252 {
        let (s, _, _) = guess.decode(bytes);
        return (s.into_owned(), Encoding::Legacy(guess.name()), Vec::new());
    }
    // The five bytes Windows-1252 leaves undefined would become invisible controls.
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut repairs = Vec::new();
    let mut lines = LineCounter::default();
    for (i, &b) in bytes.iter().enumerate() {
        match cp1252(b) {
            Some(c) => text.push(c),
            None if b >= 0x80 => {
                text.push('\u{fffd}');
                repairs.push(Repair {
                    line: lines.line_at(bytes, i),
                    bytes: vec![b],
                    text: "\u{fffd}".into(),
                    cp1252: false,
                });
            }
            None => text.push(b as char),
        }
    }
    (text, Encoding::Windows1252, repairs)
}

/// The Windows-1252 character of a byte at or above 0x80, unless it has none (0x81,
/// 0x8D, 0x8F, 0x90, 0x9D) or it is ASCII.
fn cp1252(b: u8) -> Option<char> {
    if b < 0x80 {
        return None;
    }
    let buf = [b];
    let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&buf);
    s.chars().next().filter(|c| !c.is_control())
}

/// Counts line breaks (LF, CRLF or CR alone) up to a position, moving forward only.
#[derive(Default)]
struct LineCounter {
    pos: usize,
    line: usize,
}

impl LineCounter {
    /// The 1-based line of `bytes[at]`; `at` may not go back.
    fn line_at(&mut self, bytes: &[u8], at: usize) -> usize {
        for i in self.pos..at {
            let b = bytes[i];
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                self.line += 1;
            }
        }
        self.pos = self.pos.max(at);
        self.line + 1
    }
}

/// UTF-8 with its invalid runs read one by one. A run of lone bytes that are not UTF-8
/// lead bytes followed by their continuation (0x80–0xBF: Word's curly quotes and
/// dashes, Latin-1 symbols) or a lone Latin-1 letter byte next to a letter is read as
/// Windows-1252, which is what put it there; a cut-off multi-byte sequence, a control or
/// an undefined byte becomes U+FFFD.
fn repair_utf8(bytes: &[u8]) -> (String, Vec<Repair>) {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut repairs: Vec<Repair> = Vec::new();
    let mut lines = LineCounter::default();
    let mut pos = 0;
    // The end of the last invalid run, to join runs that touch.
    let mut run_end = usize::MAX;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        text.push_str(valid);
        pos += valid.len();
        let bad = chunk.invalid();
        if bad.is_empty() {
            continue;
        }
        let prev = text.chars().next_back();
        let next = bytes.get(pos + bad.len()).copied();
        let one = (bad.len() == 1).then(|| bad[0]).and_then(|b| {
            let c = cp1252(b)?;
            let letter_byte = b >= 0xC0;
            let beside_letter = prev.is_some_and(char::is_alphabetic)
                || next.is_some_and(|n| n.is_ascii_alphabetic());
            (!letter_byte || (c.is_alphabetic() && beside_letter)).then_some(c)
        });
        let (c, cp) = match one {
            Some(c) => (c, true),
            None => ('\u{fffd}', false),
        };
        text.push(c);
        match repairs.last_mut() {
            Some(r) if run_end == pos && r.cp1252 == cp => {
                r.bytes.extend_from_slice(bad);
                r.text.push(c);
            }
            _ => repairs.push(Repair {
                line: lines.line_at(bytes, pos),
                bytes: bad.to_vec(),
                text: c.to_string(),
                cp1252: cp,
            }),
        }
        pos += bad.len();
        run_end = pos;
    }
    (text, repairs)
}

/// Signatures of formats people save stories in by mistake, checked on the file's first
/// bytes (after a UTF-8 byte-order mark and leading white space, for the text ones).
const SIGNATURES: [(&[u8], &str); 10] = [
    (b"%PDF-", "a PDF document"),
    (
        b"PK\x03\x04",
        "a zip archive that is no Word (.docx), OpenDocument (.odt) or EPUB file Quire can open",
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

/// Line endings to `\n`, NFC, trailing white space off every line, control characters out;
/// and the 1-based lines with text that ended in two or more spaces.
fn normalise(text: &str) -> (String, Vec<usize>) {
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
    let mut spaced_ends = Vec::new();
    for (n, line) in unified.split('\n').enumerate() {
        if line.ends_with("  ") && !line.trim().is_empty() {
            spaced_ends.push(n + 1);
        }
        let line = line.trim_end_matches([' ', '\t', '\u{a0}', '\u{feff}']);
        // Most lines hold nothing to change: no tab or C0 control (bytes below 0x20),
        // no DEL, no C1 control (U+0080–U+009F start with 0xC2) and no BOM (U+FEFF
        // starts with 0xEF). Those are copied whole rather than pushed a character at a
        // time; the few bytes tested also start other characters, which then take the
        // slow path, so the text is the same either way.
        if !line
            .bytes()
            .any(|b| b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xEF)
        {
            out.push_str(line);
            out.push('\n');
            continue;
        }
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
    (out, spaced_ends)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_changes_only_lines_with_tabs_controls_or_a_bom() {
        let text = "plain line, “quoted” — dashed\n\
                    tab\there\u{1}\u{7f} and C1\u{85}gone\n\
                    mid\u{feff}word «ok» é\u{a0}x\u{a0}\n\
                    \u{f8ff} private use kept";
        assert_eq!(
            normalise(text).0,
            "plain line, “quoted” — dashed\n\
             tab here and C1gone\n\
             midword «ok» é\u{a0}x\n\
             \u{f8ff} private use kept"
        );
    }

    #[test]
    fn lines_that_ended_in_two_spaces_are_noted() {
        // CRLF and CR endings, one space (no break), a blank line of spaces (no text).
        let d = decode_report(b"Dear Tom,  \r\nThe sea is cold. \nWarm  \r   \nYours\t\n").unwrap();
        assert_eq!(d.text, "Dear Tom,\nThe sea is cold.\nWarm\n\nYours");
        assert_eq!(d.spaced_ends, vec![1, 3]);
    }

    #[test]
    fn utf8_bom_and_crlf() {
        let (t, e) = decode(b"\xEF\xBB\xBFa\r\nb\rc  \n").unwrap();
        assert_eq!(t, "a\nb\nc");
        assert_eq!(e, Encoding::Utf8Bom);
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_stays_utf8() {
        // "Café" in UTF-8, then Word's curly quotes in Windows-1252 on line 2, then a
        // cut-off UTF-8 sequence (the first two bytes of "’") on line 3.
        let d =
            decode_report(b"Caf\xc3\xa9 here.\r\n\x93Yes,\x94 she said.\nIt\xe2\x80 ok").unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(
            d.text,
            "Café here.\n\u{201c}Yes,\u{201d} she said.\nIt\u{fffd} ok"
        );
        let got: Vec<(usize, &[u8], &str, bool)> = d
            .repairs
            .iter()
            .map(|r| (r.line, &r.bytes[..], r.text.as_str(), r.cp1252))
            .collect();
        assert_eq!(
            got,
            [
                (2, &b"\x93"[..], "\u{201c}", true),
                (2, &b"\x94"[..], "\u{201d}", true),
                (3, &b"\xe2\x80"[..], "\u{fffd}", false),
            ]
        );
    }

    #[test]
    fn runs_join_and_lone_letters_need_a_letter_beside_them() {
        // A run of two dashes, a lone é after a letter, a lone Ã (a cut UTF-8 lead byte)
        // between spaces.
        let d = decode_report(
            "Zoë \u{2014}"
                .as_bytes()
                .iter()
                .copied()
                .chain(*b" a\x97\x97b caf\xe9 x \xc3 y")
                .collect::<Vec<u8>>()
                .as_slice(),
        )
        .unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.text, "Zoë \u{2014} a\u{2014}\u{2014}b café x \u{fffd} y");
        assert_eq!(d.repairs.len(), 3);
        assert_eq!(d.repairs[0].bytes, b"\x97\x97");
    }

    #[test]
    fn after_a_bom_bad_bytes_are_reported() {
        let d = decode_report(b"\xEF\xBB\xBFOne\n\nTwo \x85 \xff\xfe end").unwrap();
        assert_eq!(d.encoding, Encoding::Utf8Bom);
        assert_eq!(d.text, "One\n\nTwo \u{2026} \u{fffd}\u{fffd} end");
        let lines: Vec<usize> = d.repairs.iter().map(|r| r.line).collect();
        assert_eq!(lines, [3, 3]);
        assert!(d.repairs[0].cp1252 && !d.repairs[1].cp1252);
    }

    #[test]
    fn other_legacy_encodings_are_named() {
        let text = "静かな部屋\n\n彼女は部屋に入り、窓のそばに座った。それから彼女は出て行き、部屋は静かになった。";
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(text);
        let d = decode_report(&sjis).unwrap();
        assert_eq!(d.encoding, Encoding::Legacy("Shift_JIS"));
        assert_eq!(d.text, text);
        let (cyr, _, _) =
            encoding_rs::WINDOWS_1251.encode("Тихая комната\n\nОна вошла в комнату и села у окна.");
        assert_eq!(
            decode_report(&cyr).unwrap().encoding,
            Encoding::Legacy("windows-1251")
        );
    }

    #[test]
    fn windows_1252_undefined_bytes_are_reported() {
        let d = decode_report(b"Caf\xe9\n\x81x").unwrap();
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert_eq!(d.text, "Café\n\u{fffd}x");
        assert_eq!(d.repairs.len(), 1);
        assert_eq!(d.repairs[0].line, 2);
    }

    #[test]
    fn windows_1252_fallback() {
        let (t, e) = decode(b"\x93Caf\xe9\x94").unwrap();
        assert_eq!(t, "\u{201c}Café\u{201d}");
        assert_eq!(e, Encoding::Windows1252);
    }

    #[test]
    fn nul_is_binary_and_utf16_is_read_by_its_mark() {
        assert_eq!(decode(b"a\0b"), Err(DecodeError::Binary));
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("“Café”\r\nline".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Café".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(
            decode(&le),
            Ok((
                "“Café”\nline".to_string(),
                Encoding::Utf16 {
                    little_endian: true
                }
            ))
        );
        assert_eq!(decode(&be).map(|d| d.0), Ok("Café".to_string()));
        // A lone surrogate or an odd byte is no text to guess at.
        assert_eq!(decode(b"\xFF\xFEa\0\x00\xD8b\0"), Err(DecodeError::Utf16));
        assert_eq!(decode(b"\xFF\xFEa\0b"), Err(DecodeError::Utf16));
    }

    #[test]
    fn nfc() {
        let (t, _) = decode("e\u{301}".as_bytes()).unwrap();
        assert_eq!(t, "é");
    }
}
