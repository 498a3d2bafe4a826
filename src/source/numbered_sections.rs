//! Numbered section titles inside a story: `1. Morning`, `2. Noon`, `3. Night` heading
//! the drabbles of a set, each over its own prose.
//!
//! Input: the story's raw paragraphs and the indices of its body. Output: the 1-based
//! lines of the paragraphs that are such titles, for `story` to make headings. A list
//! (its items next to each other) or a numbered sentence ("1. Don't panic.") is never
//! one: the titles must count up from 1 and each must have prose under it.

use super::paragraphs::RawPara;

/// Most words a numbered section title holds after its number.
const MOST_WORDS: usize = 6;

/// The number and title of `text` when it reads `N. Title` (or `N) Title`) as a
/// short title: no sentence stop, no quote, one line.
fn numbered_title(p: &RawPara) -> Option<u32> {
    let t = p.text.trim();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if p.lines != 1 || p.scene_break || !(1..=2).contains(&digits) {
        return None;
    }
    let rest = t[digits..]
        .strip_prefix(['.', ')'])?
        .strip_prefix(' ')?
        .trim();
    let words = rest.split_whitespace().count();
    let titled = (1..=MOST_WORDS).contains(&words)
        && rest.starts_with(|c: char| c.is_uppercase())
        && !rest.ends_with(['.', ',', ';', ':', '!', '?', '"', '\u{201d}', '\u{2026}'])
        && !rest.contains(['"', '\u{201c}', '\u{201d}']);
    titled.then(|| t[..digits].parse().ok()).flatten()
}

/// The lines of the body's numbered section titles: two or more, counting up from 1,
/// each with at least one paragraph of prose between it and the next.
pub(crate) fn numbered_sections(paras: &[RawPara], body: &[usize]) -> Vec<usize> {
    let mut found: Vec<(usize, u32)> = Vec::new();
    for (k, &i) in body.iter().enumerate() {
        let Some(n) = numbered_title(&paras[i]) else {
            continue;
        };
        let expected = found.last().map_or(1, |&(_, m)| m + 1);
        let prose_between = found.last().is_none_or(|&(j, _)| k > j + 1);
        if n != expected || !prose_between {
            return Vec::new();
        }
        found.push((k, n));
    }
    // The first title opens the body, and the last has prose under it.
    let opens = found.first().is_some_and(|&(k, _)| k == 0);
    let last_has_prose = found.last().is_some_and(|&(k, _)| k + 1 < body.len());
    if found.len() < 2 || !opens || !last_has_prose {
        return Vec::new();
    }
    found.iter().map(|&(k, _)| paras[body[k]].line).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::paragraphs;

    fn lines(t: &str) -> Vec<usize> {
        let paras = paragraphs::split(t);
        let body: Vec<usize> = (0..paras.len()).collect();
        numbered_sections(&paras, &body)
    }

    #[test]
    fn a_drabble_sets_numbered_titles_are_headings() {
        let t = "1. Morning\n\nThe bell rang.\n\nHe ran.\n\n2. Noon\n\nThe sun stood high.\n\n3. Night\n\nThey slept.";
        assert_eq!(lines(t), vec![1, 7, 11]);
    }

    #[test]
    fn lists_sentences_and_stray_numbers_are_not() {
        for t in [
            // A list: its items are next to each other.
            "1. Eggs\n\n2. Flour\n\nShe baked.",
            // Sentences.
            "1. Don't panic.\n\nShe read on.\n\n2. Bring a towel.\n\nShe laughed.",
            // Not counting from 1, or skipping.
            "2. Noon\n\nHot.\n\n3. Night\n\nCold.",
            "1. Morning\n\nCold.\n\n3. Night\n\nColder.",
            // One title only.
            "1. Morning\n\nThe bell rang.",
        ] {
            assert!(lines(t).is_empty(), "{t}");
        }
    }
}
