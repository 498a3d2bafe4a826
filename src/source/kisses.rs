//! A short row of one lowercase letter, `xxx` or `ooo`, alone: kisses under a letter's
//! signature, or the break a writer set between two parts of a story.
//!
//! Input: the row and the paragraph before it. Output: whether the row is a scene break.
//! Under prose (a paragraph of six words or more that ends a sentence) it parts the story;
//! under a signature ("Love, Mum") or a short line it is the letter's kisses and stays.

/// Whether `t` is a row of three to nine of one lowercase letter x or o (`xxx`,
/// `ooooo`). `XXX` in capitals is kisses wherever it stands, as a signature's are.
pub(crate) fn is_short_row(t: &str) -> bool {
    let t = t.trim();
    let n = t.chars().count();
    (3..=9).contains(&n)
        && t.chars().next().is_some_and(|c| matches!(c, 'x' | 'o'))
        && t.chars().all(|c| t.starts_with(c))
}

/// Whether a row standing after the paragraph `before` (and before more story) is a
/// break: the paragraph before is prose, not a signature or a closing.
pub(crate) fn is_row_break(row: &str, before: &str) -> bool {
    let b = before
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', '*', '_']);
    is_short_row(row) && before.split_whitespace().count() >= 6 && b.ends_with(['.', '!', '?', '…'])
}

/// Whether line `i` of a text's `lines`, set apart by blank lines, is such a row under
/// a paragraph of prose with more of the text after it.
pub(crate) fn row_break_at(lines: &[&str], i: usize) -> bool {
    let blank = |j: usize| lines.get(j).is_none_or(|l| l.trim().is_empty());
    let Some(row) = lines.get(i).map(|l| l.trim()) else {
        return false;
    };
    if !is_short_row(row) {
        return false;
    }
    let Some(end) = (0..i).rev().find(|&j| !blank(j)) else {
        return false;
    };
    let start = (0..=end).rev().find(|&j| blank(j)).map_or(0, |b| b + 1);
    let more = (i + 1..lines.len()).any(|j| !blank(j));
    more && is_row_break(row, &lines[start..=end].join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_under_prose_is_a_break_and_under_a_signature_kisses() {
        assert!(is_row_break(
            "xxx",
            "The dryer is humming again, as it always does."
        ));
        assert!(is_row_break(
            "ooo",
            "She left the key under the mat and walked away."
        ));
        assert!(!is_row_break(
            "XXX",
            "She left the key under the mat and walked away."
        ));
        assert!(!is_row_break("xxx", "Love, Mum"));
        assert!(!is_row_break(
            "xxx",
            "See you on Sunday, and bring the good biscuits,"
        ));
        assert!(!is_row_break(
            "xx",
            "The dryer is humming again, as it always does."
        ));
        assert!(!is_row_break(
            "xox",
            "The dryer is humming again, as it always does."
        ));
    }
}
