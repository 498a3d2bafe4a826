//! Typography pass: Book → Book with curly quotes, dashes and ellipses.
//!
//! Input: inlines with typewriter punctuation. Output: the same words with typographer's
//! punctuation. The pass runs across inline boundaries (a quote that opens before an
//! emphasis and closes inside it still pairs), and is chosen by the book's language so
//! other conventions (« » for French, „ “ for German) can be added beside English.

use crate::model::Inline;

/// Quote characters of a language.
#[derive(Debug, Clone, Copy)]
pub struct Quotes {
    /// Opening and closing double quotes.
    pub double: (char, char),
    /// Opening and closing single quotes; the closing one doubles as the apostrophe.
    pub single: (char, char),
}

/// The conventions for a BCP 47 language tag.
pub fn quotes_for(lang: &str) -> Quotes {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("en")
        .to_ascii_lowercase();
    match primary.as_str() {
        "de" | "cs" | "sk" | "da" => Quotes {
            double: ('„', '“'),
            single: ('‚', '‘'),
        },
        "fr" | "ru" | "es" | "it" | "pt" => Quotes {
            double: ('«', '»'),
            single: ('‹', '›'),
        },
        _ => Quotes {
            double: ('“', '”'),
            single: ('‘', '’'),
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
    apply_rec(inlines, q, &mut prev);
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

fn apply_rec(inlines: &mut [Inline], q: Quotes, prev: &mut Option<char>) {
    for i in inlines {
        match i {
            Inline::Text(t) => *t = convert(t, q, prev),
            Inline::Emphasis(children) => apply_rec(children, q, prev),
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

fn convert(text: &str, q: Quotes, prev: &mut Option<char>) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let emitted: char = match c {
            '"' => {
                // At the end of a text run the next character is in the next inline
                // (`"*No*"`): decide by what came before.
                if is_opening_context(*prev) && !next.is_some_and(char::is_whitespace) {
                    q.double.0
                } else {
                    q.double.1
                }
            }
            '\'' => {
                if is_opening_context(*prev) && !next.is_some_and(char::is_whitespace) {
                    if next.is_some_and(|n| n.is_ascii_digit()) || starts_elision(&chars[i + 1..]) {
                        '’'
                    } else {
                        q.single.0
                    }
                } else {
                    q.single.1
                }
            }
            '-' if next == Some('-') => {
                // "--" and "---" are both an em dash, except in text that looks like an
                // HTML comment (`<!--`, `-->`), which is kept as written.
                let mut j = i;
                while chars.get(j) == Some(&'-') {
                    j += 1;
                }
                let comment = (i >= 2 && chars[i - 2] == '<' && chars[i - 1] == '!')
                    || chars.get(j) == Some(&'>');
                if comment {
                    out.extend(&chars[i..j]);
                    *prev = Some('-');
                } else {
                    out.push('—');
                    *prev = Some('—');
                }
                i = j;
                continue;
            }
            '.' if next == Some('.') && chars.get(i + 2) == Some(&'.') => {
                let mut j = i;
                while chars.get(j) == Some(&'.') {
                    j += 1;
                }
                i = j;
                out.push('…');
                *prev = Some('…');
                continue;
            }
            c => c,
        };
        out.push(emitted);
        *prev = Some(emitted);
        i += 1;
    }
    out
}

fn starts_elision(rest: &[char]) -> bool {
    let word: String = rest
        .iter()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let after = rest.get(word.chars().count()).copied();
    // 'em, 'tis …: the word must end there (not 'emerald).
    ELISIONS.contains(&word.as_str()) && !after.is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(s: &str) -> String {
        apply_str(s, "en")
    }

    #[test]
    fn quotes_and_apostrophes() {
        assert_eq!(en("\"Hello,\" she said."), "“Hello,” she said.");
        assert_eq!(en("It's 'fine' now."), "It’s ‘fine’ now.");
        assert_eq!(
            en("'Tis the '90s, rock 'n' roll"),
            "’Tis the ’90s, rock ’n’ roll"
        );
        assert_eq!(en("the dogs' bowls"), "the dogs’ bowls");
        assert_eq!(en("(\"quoted\")"), "(“quoted”)");
        assert_eq!(en("'em all"), "’em all");
    }

    #[test]
    fn dashes_and_ellipses() {
        assert_eq!(en("wait--what"), "wait—what");
        assert_eq!(en("so... then"), "so… then");
        assert_eq!(en("well-known"), "well-known");
    }

    #[test]
    fn across_emphasis() {
        let mut v = vec![
            Inline::Text("\"".into()),
            Inline::Emphasis(vec![Inline::Text("No".into())]),
            Inline::Text("!\"".into()),
        ];
        apply(&mut v, "en");
        assert_eq!(
            v,
            vec![
                Inline::Text("“".into()),
                Inline::Emphasis(vec![Inline::Text("No".into())]),
                Inline::Text("!”".into()),
            ]
        );
    }

    #[test]
    fn other_languages() {
        assert_eq!(apply_str("\"Ja\"", "de-DE"), "„Ja“");
    }
}
