//! Chapter navigation copied with a story page: FanFiction.Net's chapter selector
//! ("Chapter 2 of 12"), its "« Prev" and "Next »" buttons, and the same on other sites
//! → dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: navigation lines near the top (among
//! the first lines) or at the very end taken and recorded as dropped. A line counts only
//! when it is nothing but navigation: a "Chapter N of M" counter, or "Prev"/"Next" with
//! the arrows a button wears ("Next chapter" in a sentence is the author's).

use super::doc::Doc;

/// How many lines from the top navigation may stand (under a title, a byline and a
/// site's story line).
const TOP_LINES: usize = 12;

/// Arrows a navigation button wears.
const ARROWS: &[&str] = &["«", "»", "<", ">", "‹", "›", "<<", ">>", "←", "→"];

/// Words a navigation line may hold besides arrows and numbers.
const WORDS: &[&str] = &[
    "prev",
    "previous",
    "next",
    "chapter",
    "ch",
    "ch.",
    "of",
    "part",
    "anterior",
    "siguiente",
    "précédent",
    "suivant",
    "zurück",
    "weiter",
];

/// Whether `t` is a chapter counter: `Chapter 2 of 12`, `Ch 2 of 12`, `Part 3/7`.
fn is_counter(t: &str) -> bool {
    // Two or four words, counted before any is lowercased (lowercasing keeps the words):
    // a paragraph of a story is not read word by word.
    if !matches!(t.split_whitespace().count(), 2 | 4) {
        return false;
    }
    let w: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
    let num = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    match &w[..] {
        [c, n, of, m] => {
            matches!(c.as_str(), "chapter" | "ch" | "ch." | "part")
                && num(n)
                && of == "of"
                && num(m)
        }
        [c, nm] => {
            matches!(c.as_str(), "chapter" | "ch" | "ch." | "part")
                && nm.split_once('/').is_some_and(|(n, m)| num(n) && num(m))
        }
        _ => false,
    }
}

/// Whether `t` is only navigation buttons: `« Prev`, `Next »`, `< Prev Ch 2 of 12 Next >`.
fn is_buttons(t: &str) -> bool {
    // An arrow is no letter, the same lowercased: looked for before any word is
    // lowercased, so a paragraph of a story is not.
    if !t.split_whitespace().any(|w| ARROWS.contains(&w)) {
        return false;
    }
    let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
    let arrow = words.iter().any(|w| ARROWS.contains(&w.as_str()));
    let step = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "prev"
                | "previous"
                | "next"
                | "anterior"
                | "siguiente"
                | "précédent"
                | "suivant"
                | "zurück"
                | "weiter"
        )
    });
    arrow
        && step
        && words.iter().all(|w| {
            ARROWS.contains(&w.as_str())
                || WORDS.contains(&w.as_str())
                || w.chars().all(|c| c.is_ascii_digit())
        })
}

/// Whether line `t` is chapter navigation.
pub(crate) fn is_nav(t: &str) -> bool {
    let t = t.trim();
    is_counter(t) || is_buttons(t)
}

/// Drops navigation lines among the first lines and at the end of the text.
pub(crate) fn read(doc: &mut Doc) -> bool {
    let mut found = Vec::new();
    for i in 0..doc.len().min(TOP_LINES) {
        if !doc.taken[i] && !doc.blank(i) && is_nav(doc.trimmed(i)) {
            found.push(i);
        }
    }
    let mut end = doc.len();
    while let Some(k) = doc.prev_text(end) {
        if !is_nav(doc.trimmed(k)) {
            break;
        }
        if !found.contains(&k) {
            found.push(k);
        }
        end = k;
    }
    for &i in &found {
        let t = doc.trimmed(i).to_string();
        doc.drop_line(i, &t);
        doc.why(format!(
            "header: line {} \"{t}\" is the site's chapter navigation, so it is left out",
            i + 1
        ));
    }
    !found.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn navigation_lines_go() {
        for t in [
            "Chapter 2 of 12",
            "« Prev",
            "Next »",
            "< Prev Ch 2 of 12 Next >",
            "Part 3/7",
        ] {
            assert!(is_nav(t), "{t}");
        }
        for t in [
            "Next chapter, she said.",
            "Chapter 2",
            "Next",
            "Chapter 2 of the Book",
            "<3",
        ] {
            assert!(!is_nav(t), "{t}");
        }
        let mut doc =
            Doc::new("The Ride\nBy: quietmoth\nChapter 2 of 12\n\nShe rode.\n\n« Prev Next »");
        read(&mut doc);
        let rest: Vec<usize> = (0..doc.len())
            .filter(|&i| !doc.taken[i] && !doc.blank(i))
            .collect();
        assert_eq!(rest, [0, 1, 4]);
    }
}
