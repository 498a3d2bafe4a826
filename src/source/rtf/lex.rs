//! RTF, tokens: a document's bytes → groups, control words and symbols, escaped and
//! plain bytes.
//!
//! Input: the file's bytes. Output: an iterator of [`Token`]s. A control word is a
//! backslash, letters and an optional signed number (all its digits), ended by a space
//! (which it takes) or anything else (which it leaves); `\'hh` is a byte of text;
//! `\binN` is followed by N bytes of binary data, skipped here whole; line ends between
//! tokens are not text. The code page the header names decodes the bytes of text, and a
//! font's character set (`\fcharsetN`) may name another for its own; some words stand
//! for a character (`\emdash`). Pure: no I/O.
//!
//! Why not a crate (each run on our fixtures, the unit tests' documents and the inputs
//! quoted here, 2026-11): `rtf-parser` 0.4.3 takes a `&str`, refuses a file with any
//! byte after its last `}` (WordPad ends with a NUL: both fixtures fail), reads
//! `\u8220?Hi` as one unknown word (the text is lost) and gives `\'e9` as `\u233`.
//! `rtf-parser-tt` 0.6.0 lexes our fixtures as we do, with less work (0.64 times our
//! instructions over 1,000 passes, callgrind), but from a `&str`: once the file is
//! decoded, a `\binN` no longer counts its bytes (`\bin4 ` and `ff fe 00 80` leak
//! text); it refuses the whole document at `\'zz`, a cut-off `\'e` or
//! `\fs99999999999`; and it gives known words as an enum with no way back to the word
//! (`\slmul` and `\slmult` are one variant). Its `RtfDocument` writes `\par` and
//! `\line` both as a newline, keeps `\listtext` numbers as text, and drops
//! paragraph styles and pictures unmarked, so Word's page cannot be made from it.
//! `rtf-grimoire` 0.2.1 (last release April 2023, on nom 7) lexes bytes as we do, but
//! stops without an error at `\'zz` or a final `\`, losing the rest of the document,
//! makes the digits of `\fs99999999999` text, and allocates for each token (3.5 times
//! our instructions).

/// One token of an RTF document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// `{`: a group opens.
    Open,
    /// `}`: a group closes.
    Close,
    /// `\word` or `\wordN`.
    Word(&'a str, Option<i32>),
    /// `\` and one character that is not a letter (`\~`, `\*`, `\{`, a line end).
    Symbol(u8),
    /// `\'hh`: a byte of text in its font's or the document's code page.
    Hex(u8),
    /// A byte of text as it stands.
    Byte(u8),
}

/// The tokens of `bytes`.
pub(super) struct Lexer<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Lexer<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Self {
        Lexer { bytes, at: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// A control word after its backslash: letters, a number, its delimiter.
    fn word(&mut self) -> Token<'a> {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_alphabetic()) && self.at - start < 32 {
            self.at += 1;
        }
        let name = std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or("");
        let num_start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let digits = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        // Every digit is the parameter's, however many; eleven already pass i32's range.
        let param = (self.at > digits).then(|| {
            let n = self.bytes[digits..self.at]
                .iter()
                .take(11)
                .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
            let n = if negative { -n } else { n };
            n.clamp(i32::MIN.into(), i32::MAX.into()) as i32
        });
        if param.is_none() {
            self.at = num_start;
        }
        if self.peek() == Some(b' ') {
            self.at += 1;
        }
        if name == "bin" {
            // Binary data (a picture's bytes) that may hold any byte, braces too.
            let n = usize::try_from(param.unwrap_or(0)).unwrap_or(0);
            self.at = self.at.saturating_add(n).min(self.bytes.len());
        }
        Token::Word(name, param)
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let b = self.peek()?;
            self.at += 1;
            return Some(match b {
                b'{' => Token::Open,
                b'}' => Token::Close,
                b'\r' | b'\n' => continue,
                b'\\' => match self.peek() {
                    Some(c) if c.is_ascii_alphabetic() => self.word(),
                    Some(b'\'') => {
                        let hex = self.bytes.get(self.at + 1..self.at + 3);
                        match hex
                            .and_then(|h| std::str::from_utf8(h).ok())
                            .and_then(|h| u8::from_str_radix(h, 16).ok())
                        {
                            Some(v) => {
                                self.at += 3;
                                Token::Hex(v)
                            }
                            None => {
                                self.at += 1;
                                continue;
                            }
                        }
                    }
                    Some(c) => {
                        self.at += 1;
                        Token::Symbol(c)
                    }
                    None => continue,
                },
                _ => Token::Byte(b),
            });
        }
    }
}

/// The character a control word stands for (`\emdash`, `\rquote` …).
pub(super) fn symbol_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "emdash" => "—",
        "endash" => "–",
        "lquote" => "‘",
        "rquote" => "’",
        "ldblquote" => "“",
        "rdblquote" => "”",
        "bullet" => "•",
        "emspace" | "enspace" | "qmspace" => " ",
        _ => return None,
    })
}

/// The code page a font's character set (`\fcharsetN` in the font table) names, when
/// it names one other than the document's: Word and WordPad write Cyrillic, Greek,
/// Central European … text as `\'hh` bytes in its font's code page whatever the
/// header's `\ansicpg` says. ANSI (0), default (1), Symbol (2) and sets with no
/// decoder here are left to the document's code page.
pub(super) fn charset(n: i32) -> Option<&'static encoding_rs::Encoding> {
    windows_code_page(match n {
        77 => 10000,
        128 => 932,
        129 => 949,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        163 => 1258,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        _ => return None,
    })
}

/// The code page the document's header names (`\ansicpg1251`), Windows-1252 if none or
/// one not known; `\mac` documents are Mac OS Roman.
pub(super) fn code_page(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    let head = &bytes[..bytes.len().min(512)];
    let head = String::from_utf8_lossy(head);
    if let Some(at) = head.find("\\ansicpg") {
        let n: String = head[at + 8..]
            .chars()
            .take_while(char::is_ascii_digit)
            .take(6)
            .collect();
        if let Some(e) = n.parse().ok().and_then(windows_code_page) {
            return e;
        }
    } else if head.contains("\\mac") {
        return encoding_rs::MACINTOSH;
    }
    encoding_rs::WINDOWS_1252
}

/// The decoder of a Windows code page by its number, if `encoding_rs` has one. By
/// number, as encoding_rs's labels miss some (`cp936`, `cp949`, `cp950` are none).
fn windows_code_page(n: u32) -> Option<&'static encoding_rs::Encoding> {
    use encoding_rs as e;
    Some(match n {
        866 => e::IBM866,
        874 => e::WINDOWS_874,
        932 => e::SHIFT_JIS,
        936 => e::GBK,
        949 => e::EUC_KR,
        950 => e::BIG5,
        1250 => e::WINDOWS_1250,
        1251 => e::WINDOWS_1251,
        1252 => e::WINDOWS_1252,
        1253 => e::WINDOWS_1253,
        1254 => e::WINDOWS_1254,
        1255 => e::WINDOWS_1255,
        1256 => e::WINDOWS_1256,
        1257 => e::WINDOWS_1257,
        1258 => e::WINDOWS_1258,
        10000 => e::MACINTOSH,
        10007 => e::X_MAC_CYRILLIC,
        65001 => e::UTF_8,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words with and without numbers and their delimiters, symbols, escapes, line ends
    /// and binary data each as RTF reads them.
    #[test]
    fn tokens() {
        let t: Vec<Token<'_>> = Lexer::new(b"{\\b\\fs-32 a\\'e9\r\n\\~\\bin2 {}x\\par}").collect();
        assert_eq!(
            t,
            vec![
                Token::Open,
                Token::Word("b", None),
                Token::Word("fs", Some(-32)),
                Token::Byte(b'a'),
                Token::Hex(0xe9),
                Token::Symbol(b'~'),
                Token::Word("bin", Some(2)),
                Token::Byte(b'x'),
                Token::Word("par", None),
                Token::Close,
            ]
        );
    }

    /// Regression: a parameter past eleven digits left its last digits as text
    /// (`\fs999999999999 Big` read "9 Big"); every digit is the number's, clamped.
    #[test]
    fn a_long_parameter_keeps_all_its_digits() {
        let t: Vec<Token<'_>> = Lexer::new(b"\\fs999999999999 Big\\li-99999999999x").collect();
        assert_eq!(
            t,
            vec![
                Token::Word("fs", Some(i32::MAX)),
                Token::Byte(b'B'),
                Token::Byte(b'i'),
                Token::Byte(b'g'),
                Token::Word("li", Some(i32::MIN)),
                Token::Byte(b'x'),
            ]
        );
    }
}
