//! Inline parsing: a paragraph's text → [`Inline`]s with emphasis.
//!
//! Input: one raw paragraph. Output: text and emphasis runs. `*word*`, `_word_`, `**word**`
//! and `__word__` mark emphasis when the markers sit at word edges (an opener before a
//! non-space, a closer after one); anything unmatched stays literal, so `2 * 3 * 4` and
//! `snake_case_name` survive untouched.

use crate::model::Inline;

/// Deeper nesting than this is treated as literal text: no real story needs it, and it
/// bounds the recursion on hostile input.
const MAX_DEPTH: usize = 16;

/// Parses emphasis markers in `text`.
pub fn parse(text: &str) -> Vec<Inline> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    parse_range(&chars, 0, chars.len(), 0, &mut out);
    merge_text(out)
}

/// A run of one marker character starting at `i`: (marker, run length).
fn run_at(chars: &[char], i: usize) -> Option<(char, usize)> {
    let c = *chars.get(i)?;
    if c != '*' && c != '_' {
        return None;
    }
    let len = chars[i..].iter().take_while(|&&d| d == c).count();
    (len <= 2).then_some((c, len))
}

fn is_boundary(c: Option<&char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || (c.is_ascii_punctuation() && *c != '*' && *c != '_')
                || is_unicode_punct(*c)
        }
    }
}

fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '‘' | '’' | '—' | '–' | '…' | '«' | '»' | '¡' | '¿'
    )
}

fn can_open(chars: &[char], i: usize, len: usize) -> bool {
    let before = if i == 0 { None } else { chars.get(i - 1) };
    let after = chars.get(i + len);
    is_boundary(before) && after.is_some_and(|c| !c.is_whitespace())
}

fn can_close(chars: &[char], i: usize, len: usize) -> bool {
    let before = if i == 0 { None } else { chars.get(i - 1) };
    let after = chars.get(i + len);
    before.is_some_and(|c| !c.is_whitespace()) && is_boundary(after)
}

/// Finds the closer for an opener run `(c, len)` whose content starts at `from`.
fn find_closer(chars: &[char], from: usize, end: usize, c: char, len: usize) -> Option<usize> {
    let mut j = from;
    while j < end {
        if let Some((d, l)) = run_at(chars, j) {
            if d == c && l == len && j > from && can_close(chars, j, l) {
                return Some(j);
            }
            j += l;
        } else {
            j += 1;
        }
    }
    None
}

fn parse_range(chars: &[char], start: usize, end: usize, depth: usize, out: &mut Vec<Inline>) {
    let mut text = String::new();
    let mut i = start;
    while i < end {
        let run = if depth < MAX_DEPTH {
            run_at(chars, i)
        } else {
            None
        };
        if let Some((c, len)) = run {
            let closer = if can_open(chars, i, len) {
                find_closer(chars, i + len, end, c, len)
            } else {
                None
            };
            if let Some(close) = closer {
                if !text.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut text)));
                }
                let mut inner = Vec::new();
                parse_range(chars, i + len, close, depth + 1, &mut inner);
                out.push(Inline::Emphasis(merge_text(inner)));
                i = close + len;
            } else {
                // Not an emphasis marker: keep the whole run literally.
                text.extend(&chars[i..i + len]);
                i += len;
            }
            continue;
        }
        text.push(chars[i]);
        i += 1;
    }
    if !text.is_empty() {
        out.push(Inline::Text(text));
    }
}

/// Joins adjacent text runs.
fn merge_text(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(inlines.len());
    for i in inlines {
        match (out.last_mut(), i) {
            (Some(Inline::Text(a)), Inline::Text(b)) => a.push_str(&b),
            (_, i) => out.push(i),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plain_text;

    fn t(s: &str) -> Inline {
        Inline::Text(s.into())
    }
    fn em(v: Vec<Inline>) -> Inline {
        Inline::Emphasis(v)
    }

    #[test]
    fn stars_and_underscores() {
        assert_eq!(
            parse("a *b c* d _e_."),
            vec![
                t("a "),
                em(vec![t("b c")]),
                t(" d "),
                em(vec![t("e")]),
                t(".")
            ]
        );
        assert_eq!(parse("**A/N:** hi"), vec![em(vec![t("A/N:")]), t(" hi")]);
    }

    #[test]
    fn nested() {
        assert_eq!(
            parse("*a _b_ c*"),
            vec![em(vec![t("a "), em(vec![t("b")]), t(" c")])]
        );
    }

    #[test]
    fn literal_when_unmatched_or_inside_words() {
        for s in [
            "2 * 3 * 4",
            "snake_case_name",
            "a * b",
            "*open",
            "close*",
            "5*3*2",
        ] {
            assert_eq!(parse(s), vec![t(s)], "{s}");
        }
    }

    #[test]
    fn deep_nesting_is_bounded_and_keeps_text() {
        let s = "*_".repeat(5000) + "x" + &"_*".repeat(5000);
        let p = parse(&s);
        assert!(plain_text(&p).contains('x'));
    }
}
