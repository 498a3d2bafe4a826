//! Forum thread copies of several posts (XenForo's reader mode, or a thread page with
//! more than one threadmarked post): the chrome between two posts → dropped, and each
//! post's threadmark title → a heading in the story.
//!
//! Input: a story file as [`Doc`] lines, after `forum` found the page's head. Output:
//! the lines between one post's words and the next's — the first post's foot ("Like x
//! 38 Heart x 9", "Reply", "Report"), the next post's head ("Threadmarks: Part 2", the
//! poster's name and title, the date, "Add bookmark", "#2") — taken and recorded as
//! dropped, except the threadmark's title, which stays in the text as a heading line.
//! A run is only taken when it holds a post counter ("#2") and a threadmark or reaction
//! count, lines only XenForo writes, and no sentence.

use super::doc::Doc;
use super::forum::{is_foot_line, is_post_number, is_reaction_count, is_weak_chrome};

/// At most this many lines stand between two posts' words.
const MAX_RUN: usize = 16;

/// Whether `t` could be a line of the chrome between posts: short, no sentence.
fn site_like(t: &str) -> bool {
    t.split_whitespace().count() <= 12 && !t.ends_with(['.', '!', '?', '"', '\u{201d}'])
}

/// The title a `Threadmarks: …` line names.
fn threadmark(t: &str) -> Option<&str> {
    t.get(..13)
        .filter(|p| p.eq_ignore_ascii_case("threadmarks: "))
        .map(|_| t[13..].trim())
        .filter(|m| !m.is_empty())
}

/// Takes the chrome between posts; true when it found any.
pub(crate) fn between_posts(doc: &mut Doc) -> bool {
    let mut found = false;
    let mut i = 0;
    while let Some(k) = doc.next_text(i) {
        // The run of site-like lines (blank lines inside it allowed) starting at `k`.
        let mut run = Vec::new();
        let mut j = k;
        while let Some(n) = doc.next_text(j) {
            if run.len() >= MAX_RUN || !site_like(doc.trimmed(n)) || n > j + 2 {
                break;
            }
            run.push(n);
            j = n + 1;
        }
        let counter = run.iter().position(|&n| {
            let t = doc.trimmed(n);
            is_post_number(t) && t != "#1"
        });
        let evidence = run.iter().any(|&n| {
            let t = doc.trimmed(n);
            threadmark(t).is_some() || is_reaction_count(t)
        });
        let Some(c) = counter.filter(|_| evidence) else {
            i = if run.is_empty() { k + 1 } else { j };
            continue;
        };
        // The run ends at the post counter; what stands before the foot lines of the
        // post above is that post's words (a short last line), not chrome.
        let start = run
            .iter()
            .position(|&n| {
                let t = doc.trimmed(n);
                is_foot_line(t) || is_weak_chrome(t) || threadmark(t).is_some()
            })
            .unwrap_or(c);
        for &n in &run[start..=c] {
            let t = doc.trimmed(n).to_string();
            if let Some(m) = threadmark(&t) {
                let m = m.to_string();
                doc.heading_in_markup(n, "Threadmarks:", &m);
                doc.why(format!(
                    "heading: line {} names a threadmarked post, \"{m}\"",
                    n + 1
                ));
            } else {
                doc.drop_line(n, &t);
            }
        }
        doc.why(format!(
            "header: lines {}–{} stand between two forum posts (the foot of one, the head of the next)",
            run[start] + 1,
            run[c] + 1
        ));
        found = true;
        i = run[c] + 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> (Doc, bool) {
        let mut doc = Doc::new(t);
        let found = between_posts(&mut doc);
        (doc, found)
    }

    #[test]
    fn the_chrome_between_two_posts_goes_and_the_threadmark_stays_as_a_heading() {
        let (doc, found) = run(
            "The kettle sang.\n\nShe poured.\n\nLike x 4 Heart x 1\nReply\nReport\nThreadmarks: Second Cup\nteapot_fan\nteapot_fan\nLeaf reader\nMar 3, 2022\nAdd bookmark\n#7\nThe second cup was colder.",
        );
        assert!(found);
        assert_eq!(
            doc.untaken(),
            "The kettle sang.\nShe poured.\nSecond Cup\nThe second cup was colder."
        );
        assert_eq!(doc.out.headings, [8]);
        let dropped = doc.dropped_texts();
        assert!(dropped.contains(&"Like x 4 Heart x 1"), "{dropped:?}");
        assert!(dropped.contains(&"Threadmarks:"), "{dropped:?}");
        assert!(dropped.contains(&"#7"), "{dropped:?}");
    }

    /// Numbered lines and short replies in a story are not a forum's chrome.
    #[test]
    fn story_lines_that_look_like_chrome_stay() {
        for t in [
            "#2\n\nThe second rule: no running.",
            "Reply\nReport\n#2\nShe counted the reports.",
            "Threadmarks: none.\n\n#3\n\nA list.",
            "\"Like x 4,\" she said.\n#2",
        ] {
            let (doc, found) = run(t);
            assert!(!found, "{t}");
            assert_eq!(doc.untaken(), Doc::new(t).untaken(), "{t}");
        }
    }
}
