//! Typography pass: Book → Book with curly quotes, dashes and ellipses.
//!
//! Input: inlines with typewriter punctuation. Output: the same words with typographer's
//! punctuation. The pass runs across inline boundaries (a quote that opens before an
//! emphasis and closes inside it still pairs), and is chosen by the book's language so
//! other conventions (« » for French, „ “ for German) can be added beside English.

use crate::model::Inline;

/// Whether `c` is written without spaces between words (Chinese, Japanese, Korean
/// syllables, and the full-width punctuation set with them), so a line may break beside
/// it with no hyphen, and emphasis markers beside it count as at a word's edge.
pub(crate) fn is_cjk(c: char) -> bool {
    use unicode_linebreak::BreakClass as B;
    if (c as u32) < 0x1100 {
        return false;
    }
    let wide_punctuation =
        matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF60 | 0xFE10..=0xFE1F | 0xFE30..=0xFE4F);
    let ideograph = matches!(
        unicode_linebreak::break_property(c as u32),
        B::Ideographic
            | B::ConditionalJapaneseStarter
            | B::HangulLvSyllable
            | B::HangulLvtSyllable
            | B::HangulLJamo
            | B::HangulVJamo
            | B::HangulTJamo
    );
    // Emoji are class ID too, but sit among words with spaces.
    let emoji = matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF);
    wide_punctuation || (ideograph && !emoji)
}

/// Quote characters of a language.
#[derive(Debug, Clone, Copy)]
pub struct Quotes {
    /// Opening and closing double quotes.
    pub double: (char, char),
    /// Opening and closing single quotes; the closing one doubles as the apostrophe.
    pub single: (char, char),
    /// The double quotes a straight `"` becomes inside a quote the author typed with the
    /// language's guillemets (`«"Ti aspetterò"»` → `«“Ti aspetterò”»`): its second level.
    pub nested: (char, char),
}

/// The primary subtag of a language tag, lowercase (`fr-CA` → `fr`).
pub(crate) fn primary(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Whether a language (BCP 47 tag) is written right to left: by its primary subtag
/// (Arabic, Hebrew, Persian, Urdu, Yiddish, Pashto, Sindhi, Uyghur, Dhivehi, Syriac,
/// Kurdish Sorani), or by a script subtag (`az-Arab` is, `ku-Latn` is not).
pub(crate) fn is_rtl_language(lang: &str) -> bool {
    let lower = lang.trim().to_ascii_lowercase().replace('_', "-");
    match lower.split('-').skip(1).find(|p| p.len() == 4) {
        Some(script) => ["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"].contains(&script),
        None => [
            "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ps", "sd", "syr", "ug", "ur", "yi",
        ]
        .contains(&primary(&lower).as_str()),
    }
}

/// The conventions for a BCP 47 language tag.
pub fn quotes_for(lang: &str) -> Quotes {
    match primary(lang).as_str() {
        "de" | "cs" | "sk" | "da" => Quotes {
            double: ('„', '“'),
            single: ('‚', '‘'),
            nested: ('„', '“'),
        },
        "fr" | "es" | "it" => Quotes {
            double: ('«', '»'),
            single: ('‹', '›'),
            nested: ('“', '”'),
        },
        // Russian sets quotes inside guillemets low and high.
        "ru" => Quotes {
            double: ('«', '»'),
            single: ('‹', '›'),
            nested: ('„', '“'),
        },
        // Portuguese: guillemets in Portugal, curly quotes in Brazil (CLDR's `pt`).
        "pt" if lang
            .to_ascii_lowercase()
            .replace('_', "-")
            .starts_with("pt-pt") =>
        {
            Quotes {
                double: ('«', '»'),
                single: ('“', '”'),
                nested: ('“', '”'),
            }
        }
        // The rest as CLDR gives them: Polish, Hungarian, Romanian open low and close
        // high; Swedish and Finnish use the closing mark on both sides; Norwegian,
        // Catalan, Ukrainian, Belarusian and Greek use guillemets; Icelandic, Lithuanian,
        // Estonian, Slovene, Bulgarian and Croatian open low like German; Hebrew uses the
        // same mark on both sides, which reads alike right to left.
        "pl" | "hu" | "ro" => Quotes {
            double: ('„', '”'),
            single: ('«', '»'),
            nested: ('„', '”'),
        },
        "sv" | "fi" => Quotes {
            double: ('”', '”'),
            single: ('’', '’'),
            nested: ('”', '”'),
        },
        "nb" | "nn" | "no" | "ca" | "uk" | "be" | "el" => Quotes {
            double: ('«', '»'),
            single: ('“', '”'),
            nested: ('“', '”'),
        },
        "is" | "lt" | "et" | "sl" | "bg" | "hr" | "bs" => Quotes {
            double: ('„', '“'),
            single: ('‚', '‘'),
            nested: ('„', '“'),
        },
        "he" | "iw" => Quotes {
            double: ('”', '”'),
            single: ('’', '’'),
            nested: ('”', '”'),
        },
        _ => Quotes {
            double: ('“', '”'),
            single: ('‘', '’'),
            nested: ('“', '”'),
        },
    }
}

/// Words that begin with an elided letter and so take an apostrophe, not an opening quote.
const ELISIONS: &[&str] = &[
    "tis", "twas", "twere", "em", "til", "cause", "bout", "round", "n", "nuff", "ere", "im", "er",
    "ow", "ello", "ave", "e", "appen",
];

/// Applies the pass to a paragraph's inlines.
pub fn apply(inlines: &mut [Inline], lang: &str) {
    let q = quotes_for(lang);
    let mut prev = None;
    let mut typed = 0;
    apply_rec(inlines, q, (&mut prev, &mut typed), END);
}

/// Applies the pass to a plain string (headings, titles).
pub fn apply_str(text: &str, lang: &str) -> String {
    let mut v = [Inline::Text(text.to_string())];
    apply(&mut v, lang);
    match v {
        [Inline::Text(t)] => t,
        _ => unreachable!("apply keeps the shape of its input"),
    }
}

/// What follows the paragraph's last character, for the quote rules: the end of a
/// paragraph closes a quote as a space after it does (`"Wait -- "` ends in a closing
/// quote).
const END: char = '\n';

/// The first character of `inlines` as read (a line break reads as a new line), if any.
fn first_char(inlines: &[Inline]) -> Option<char> {
    inlines.iter().find_map(|i| match i {
        Inline::Text(t) => t.chars().next(),
        Inline::Emphasis(children) | Inline::Strong(children) => first_char(children),
        Inline::LineBreak => Some('\n'),
        Inline::NoteRef { marker, .. } => marker.chars().next(),
    })
}

/// Applies the pass to `inlines`, which `after` follows (the next inline's first
/// character, or [`END`]).
/// `typed` counts the guillemets the author typed that are open so far.
fn apply_rec(
    inlines: &mut [Inline],
    q: Quotes,
    (prev, typed): (&mut Option<char>, &mut i32),
    after: char,
) {
    for k in 0..inlines.len() {
        let next = first_char(&inlines[k + 1..]).unwrap_or(after);
        match &mut inlines[k] {
            Inline::Text(t) => *t = bind_units(convert(t, q, (prev, typed), next)),
            Inline::Emphasis(children) | Inline::Strong(children) => {
                apply_rec(children, q, (prev, typed), next)
            }
            // A new line opens like a space: a quote after it opens.
            Inline::LineBreak => *prev = Some('\n'),
            Inline::NoteRef { marker, .. } => *prev = marker.chars().next_back(),
        }
    }
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '„' | '«' | '\u{a0}'
                )
        }
    }
}

/// `text` with its quotes, dashes and ellipses set; `prev` is the character before it
/// (updated to its last), `after` the one after it (the next inline's first, or [`END`]),
/// `typed` the guillemets the author typed that are open (updated).
fn convert(
    text: &str,
    q: Quotes,
    (prev, typed): (&mut Option<char>, &mut i32),
    after: char,
) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    // Only four ASCII characters change; copy everything between them in one go.
    let special = |b: &u8| matches!(b, b'"' | b'\'' | b'-' | b'.');
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..]
            .iter()
            .position(special)
            .unwrap_or(bytes.len() - i);
        if run > 0 {
            let plain = &text[i..i + run];
            // Only a language that quotes with guillemets nests inside typed ones.
            if q.double.0 == '«' {
                for c in plain.chars() {
                    match c {
                        '«' => *typed += 1,
                        '»' => *typed = (*typed - 1).max(0),
                        _ => {}
                    }
                }
            }
            out.push_str(plain);
            *prev = plain.chars().next_back();
            i += run;
            if i == bytes.len() {
                break;
            }
        }
        let c = bytes[i];
        let next = text[i + 1..].chars().next();
        // For the quotes: what follows, in the next inline when this one ends here.
        let follows = Some(next.unwrap_or(after));
        let count = |b: u8| bytes[i..].iter().take_while(|&&x| x == b).count();
        let emitted: char = match c {
            b'"' => {
                // At the end of a text run the next character is in the next inline
                // (`"*No*"` opens), or the paragraph ends (`"Wait -- "` closes).
                // Inside guillemets the author typed, a straight quote is the second level.
                let pair = if *typed > 0 && q.double.0 == '«' {
                    q.nested
                } else {
                    q.double
                };
                if is_opening_context(*prev) && !follows.is_some_and(char::is_whitespace) {
                    pair.0
                } else {
                    pair.1
                }
            }
            b'\'' => {
                if is_opening_context(*prev) && !follows.is_some_and(char::is_whitespace) {
                    if next.is_some_and(|n| n.is_ascii_digit()) || starts_elision(&text[i + 1..]) {
                        '’'
                    } else {
                        q.single.0
                    }
                } else if prev.is_some_and(char::is_alphanumeric)
                    && follows.is_some_and(char::is_alphanumeric)
                {
                    // Inside a word it is an apostrophe in every language (l’auteur,
                    // geht’s), never a French or German closing quote.
                    '’'
                } else {
                    q.single.1
                }
            }
            b'-' if next == Some('-') => {
                // "--" and "---" are both an em dash, except in text that looks like an
                // HTML comment (`<!--`, `-->`), which is kept as written.
                let n = count(b'-');
                let comment = text[..i].ends_with("<!") || bytes.get(i + n) == Some(&b'>');
                if comment {
                    out.push_str(&text[i..i + n]);
                    *prev = Some('-');
                } else {
                    out.push('—');
                    *prev = Some('—');
                }
                i += n;
                continue;
            }
            b'-' if is_spaced_dash(*prev, next, &text[i + 1..]) => {
                // A hyphen standing for a dash — "five - you're" or "five- you're" — is
                // set as a spaced en dash; "pre- and post-war" keeps its hyphen.
                if prev.is_some_and(|p| !p.is_whitespace()) {
                    out.push(' ');
                }
                out.push('–');
                *prev = Some('–');
                i += 1;
                continue;
            }
            b'.' if text[i..].starts_with("...") => {
                i += count(b'.');
                out.push('…');
                *prev = Some('…');
                continue;
            }
            other => other as char,
        };
        out.push(emitted);
        *prev = Some(emitted);
        i += 1;
    }
    out
}

/// Unit symbols and abbreviations that follow a number ("12 km", "9:30 p.m.", "−17 °C"):
/// the space before one is made a no-break space, so no line ends between a number and
/// its unit. Only symbols that are not also common words ("in", "a", "s", "h" are left
/// out).
const UNITS: &[&str] = &[
    "km", "m", "cm", "mm", "µm", "nm", "mi", "ft", "yd", "kg", "g", "mg", "lb", "lbs", "oz", "t",
    "L", "l", "ml", "mL", "cl", "dl", "°C", "°F", "°", "K", "hPa", "kPa", "Pa", "mbar", "Hz",
    "kHz", "MHz", "GHz", "V", "mV", "kV", "W", "kW", "MW", "kWh", "mph", "km/h", "m/s", "kn", "ms",
    "min", "%", "‰", "a.m.", "p.m.", "am", "pm", "UTC", "GMT", "Uhr", "KB", "MB", "GB", "TB", "px",
    "pt", "dB", "kcal", "€", "£",
];

/// `text` with the space between a number and a unit from [`UNITS`] made a no-break
/// space (U+00A0).
fn bind_units(text: String) -> String {
    if !text.contains(' ') || !text.bytes().any(|b| b.is_ascii_digit()) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(sp) = rest.find(' ') {
        let (before, after) = (&rest[..sp], &rest[sp + 1..]);
        out.push_str(before);
        let bound = ends_in_number(before) && starts_with_unit(after);
        out.push(if bound || splits_digit_group(before, after) {
            '\u{a0}'
        } else {
            ' '
        });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Whether a space between `before` and `after` separates the digit groups of one number
/// ("9 288 километров", "40 000 €": the thousands separator of Russian, French, Polish,
/// Swedish…): one to three digits before, exactly three after. The space is kept but may
/// not end a line.
fn splits_digit_group(before: &str, after: &str) -> bool {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let word = word.trim_start_matches(['(', '[', '“', '«', '„', '"', '~', '≈', '+', '−', '-']);
    let head = (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    let group = after.as_bytes();
    head && group.len() >= 3
        && group[..3].iter().all(u8::is_ascii_digit)
        && after[3..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether the word that `text` ends with is a number: digits, perhaps with separators
/// (`2,311`, `17.3`, `9:30`, `−4`), or ending in a fraction (`5 ½`).
fn ends_in_number(text: &str) -> bool {
    let word = text.rsplit(char::is_whitespace).next().unwrap_or("");
    let word =
        word.trim_start_matches(['(', '[', '“', '‘', '"', '\'', '~', '≈', '+', '−', '-', '±']);
    let last = word.chars().next_back();
    last.is_some_and(|c| c.is_ascii_digit() || matches!(c, '½' | '¼' | '¾'))
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ':' | '½' | '¼' | '¾'))
}

/// Whether `text` starts with a unit from [`UNITS`] standing as a word of its own.
fn starts_with_unit(text: &str) -> bool {
    UNITS.iter().any(|u| {
        text.strip_prefix(u).is_some_and(|r| {
            r.chars().next().is_none_or(|c| {
                c.is_whitespace()
                    || matches!(c, ',' | ';' | ')' | '”' | '’' | '!' | '?' | ':')
                    || (c == '.' && !u.ends_with('.'))
            })
        })
    })
}

/// Conjunctions a suspended hyphen stands before ("nineteenth- and twentieth-century",
/// German "Wasserstraßen- und Schifffahrtsamt", Dutch "land- en tuinbouw", Swedish
/// "höst- och vinterkläder", Danish and Norwegian "sommer- og vinterferie", Finnish
/// "kevät- ja syyslukukausi", Hungarian "kis- és középvállalat").
const SUSPENDING: &[&str] = &[
    "and", "or", "to", "nor", "und", "oder", "bis", "sowie", "en", "tot", "och", "eller", "og",
    "ja", "tai", "és", "vagy",
];

/// Whether a single `-` between `prev` and `rest` is a dash rather than a hyphen: it is
/// followed by a space and then a word, and preceded by a space or a letter — but not a
/// suspended hyphen before a conjunction ([`SUSPENDING`]).
fn is_spaced_dash(prev: Option<char>, next: Option<char>, rest: &str) -> bool {
    let Some(p) = prev else { return false };
    if next != Some(' ') || !(p.is_whitespace() || p.is_alphanumeric()) {
        return false;
    }
    let after = rest.trim_start();
    let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    if after.is_empty() || (p.is_alphanumeric() && SUSPENDING.contains(&word.as_str())) {
        return false;
    }
    true
}

fn starts_elision(rest: &str) -> bool {
    let end = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(k, _)| k);
    let word = &rest[..end];
    // 'em, 'tis …: the word must end there (not 'emerald), which `end` guarantees.
    word.len() <= 6 && ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests;
