//! A copyright notice closing a story file → left out, as the book's imprint speaks for
//! its rights.
//!
//! Input: a story file as [`Doc`] lines. Output: the file's last paragraph left out when
//! it opens with a copyright line (`(c) 1999 NAME.`, `© NAME`, `Copyright 2003 NAME`)
//! and holds at most [`NOTICE_LINES`] lines (the notice, "Please do not repost", "More
//! stories at URL"), with the rule over it, if any. A longer paragraph, or a copyright
//! line inside the story, stays.

use super::doc::{Doc, is_rule};

/// The most lines a closing notice holds.
const NOTICE_LINES: usize = 3;

/// The copyright line: `© Copyright NAME`, `(c) 1999 NAME`, `Copyright (C) NAME`.
pub(crate) fn is_copyright(t: &str) -> bool {
    let lower = t.trim().to_lowercase();
    ["©", "(c)", "copyright"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// Leaves out a copyright notice closing the file. Returns whether it found one.
pub(crate) fn foot(doc: &mut Doc) -> bool {
    let Some(last) = doc.prev_text(doc.len()) else {
        return false;
    };
    let mut first = last;
    while first > 0 && !doc.blank(first - 1) && !doc.taken[first - 1] {
        first -= 1;
    }
    // A rule right over the notice, with no blank line between, is the notice's.
    let ruled = is_rule(doc.trimmed(first), &['-', '=', '_', '*', '~'], 10);
    let from = first + usize::from(ruled);
    if from > last
        || last + 1 - from > NOTICE_LINES
        || !is_copyright(doc.trimmed(from))
        || doc.prev_text(first).is_none()
    {
        return false;
    }
    let mut start = first;
    if !ruled
        && let Some(r) = doc.prev_text(first)
        && is_rule(doc.trimmed(r), &['-', '=', '_'], 10)
        && doc.prev_text(r).is_some()
    {
        start = r;
    }
    doc.drop_lines(
        start,
        last + 1,
        "a copyright notice closing the file, so they are left out",
    );
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Doc {
        Doc::read_by(t, |d, _| foot(d))
    }

    #[test]
    fn a_closing_notice_goes_with_its_rule() {
        let doc = run(
            "The bus left.\n\nTHE END\n\n=========================\n(c) 1999 K. Drummond. Please do not repost.\nMore stories at http://example.org/~kd/",
        );
        assert_eq!(doc.untaken(), "The bus left.\nTHE END");
        let doc = run("The bus left.\n\n----------\n\n© 2021 Ada Quell");
        assert_eq!(doc.untaken(), "The bus left.");
    }

    /// A story's own last words that hold the word stay, and a long closing paragraph.
    #[test]
    fn story_words_stay() {
        for t in [
            "She signed it.\n\nCopyright, she thought, was a strange word for love.\nShe wrote it anyway.\nThen she wrote it again.\nAnd again.",
            "She signed it.\n\nThe copyright was hers.",
            "(c) 1999 K. Drummond",
        ] {
            assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t}");
        }
    }
}
