//! Reddit posts copied from the browser → the story, with the site's lines dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the post's head read: the subreddit's
//! line (`r/shortstories`), `Posted by u/NAME` (the author) and the post's age (`2 yr.
//! ago`) dropped; the title under them taken without the subreddit's genre flair in
//! brackets before it (`[SF] The Last Report` → "The Last Report"), and a flair line
//! right under the title (`Science Fiction`) kept as a tag. The post's foot at the very
//! end ("47 comments", "Award", "Share", "Save", "Hide", "Report", "98% Upvoted", "Sort
//! by: Best") dropped. The head needs the subreddit's line and the poster's, the foot a
//! comment count, an upvote share or a sort line: lines only Reddit writes, so a story
//! whose title opens "[SF]" or whose last line is "Share" keeps them.

use super::doc::Doc;
use super::parts::is_title_line;

/// Reddit's buttons under a post, lowercase.
const BUTTONS: &[&str] = &[
    "award",
    "give award",
    "share",
    "save",
    "hide",
    "report",
    "crosspost",
    "reply",
    "more",
];

/// Reads a Reddit thread (the post and its comments, [`reddit_thread`](super::reddit_thread)),
/// or a post's head and foot. Returns whether it found either.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    if super::reddit_thread::read(doc, allow_title) {
        return true;
    }
    let head = head(doc, allow_title);
    let foot = head && foot(doc);
    head || foot
}

/// `r/name` alone, or with the post's age or poster after it (`r/x • 2 yr. ago`).
fn is_subreddit(t: &str) -> bool {
    let name = t.split([' ', '•', '·']).next().unwrap_or("");
    name.strip_prefix("r/")
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        && t.split_whitespace().count() <= 8
}

/// The poster in `Posted by u/NAME` (with the post's age after it or not), or in `u/NAME`
/// alone on its line.
fn poster(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("Posted by ").unwrap_or(t);
    let name = rest.strip_prefix("u/")?.split_whitespace().next()?;
    let tail = rest
        .split_whitespace()
        .skip(1)
        .collect::<Vec<_>>()
        .join(" ");
    (!name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
        && (tail.is_empty() || is_age(tail.trim_start_matches(['•', '·', ' ']))))
    .then_some(name)
}

/// A post's age as Reddit shows it: `2 yr. ago`, `5 mo. ago`, `3 days ago`, new Reddit's
/// `2y ago`, `just now`.
pub(crate) fn is_age(t: &str) -> bool {
    let Some(n) = t.strip_suffix(" ago") else {
        return t == "just now";
    };
    let unit = n.trim_start_matches(|c: char| c.is_ascii_digit()).trim();
    n.starts_with(|c: char| c.is_ascii_digit()) && is_age_unit(unit)
}

/// A unit of a post's or comment's age as Reddit writes it, spelt out or short (`yr.`,
/// new Reddit's `y` and `mo`).
fn is_age_unit(unit: &str) -> bool {
    matches!(
        unit.trim_end_matches('.'),
        "y" | "yr"
            | "yrs"
            | "year"
            | "years"
            | "mo"
            | "month"
            | "months"
            | "d"
            | "day"
            | "days"
            | "h"
            | "hr"
            | "hrs"
            | "hour"
            | "hours"
            | "m"
            | "min"
            | "mins"
            | "minute"
            | "minutes"
    )
}

/// The flair in brackets before a post's title: `[SF]`, `[WP]`, `[Horror]`.
fn flair(t: &str) -> Option<(&str, &str)> {
    let inner = t.strip_prefix('[')?;
    let close = inner.find(']')?;
    let (tag, rest) = (&inner[..close], inner[close + 1..].trim());
    (!tag.is_empty() && tag.chars().count() <= 16 && !rest.is_empty())
        .then(|| (&t[..close + 2], rest))
}

/// The post's head: the subreddit's line, the poster's, the age, then the title (and
/// its flair line) in the next block.
fn head(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let end = doc.para_end(first);
    if end - first > 4 || !is_subreddit(doc.trimmed(first)) {
        return false;
    }
    let Some((by, who)) =
        (first..end).find_map(|i| poster(doc.trimmed(i)).map(|w| (i, w.to_string())))
    else {
        return false;
    };
    if (first + 1..end).any(|i| i != by && !is_age(doc.trimmed(i))) {
        return false;
    }
    for i in first..end {
        let t = doc.trimmed(i).to_string();
        if i == by {
            doc.byline(i, &format!("u/{who}"));
            doc.dropped(i, "u/");
        } else {
            doc.drop_line(i, &t);
        }
    }
    doc.out.meta.author.get_or_insert(who);
    doc.why(format!(
        "header: lines {}–{end} are a Reddit post's head (the subreddit, the poster, the post's age); the poster is the author",
        first + 1
    ));
    let Some(t) = doc.next_text(end) else {
        return true;
    };
    let line = doc.trimmed(t).to_string();
    let (mark, title) = flair(&line).unwrap_or(("", &line));
    let title = title.to_string();
    if !is_title_line(&doc.para(t, t + 1)) && mark.is_empty() {
        return true;
    }
    take_title(doc, t, (mark, title), allow_title, "post's");
    // The post's flair under its title: a short label, a block of its own with the title.
    let f = t + 1;
    if f + 1 < doc.len()
        && doc.para_end(t) == f + 1
        && is_title_line(&doc.para(f, f + 1))
        && doc.trimmed(f).split_whitespace().count() <= 3
    {
        let tag = doc.trimmed(f).to_string();
        doc.drop_line(f, &tag);
        doc.why(format!(
            "header: line {} \"{tag}\" is the post's flair, kept as a tag",
            f + 1
        ));
        doc.out.meta.tags.push(tag);
    }
    true
}

/// Whether `t` is one of the lines Reddit sets under a post that only it writes: a
/// comment count, an upvote share, the comments' sort.
fn is_sure_foot(t: &str) -> bool {
    let w: Vec<&str> = t.split_whitespace().collect();
    let count = |n: &str| {
        let n = n.trim_end_matches(['k', 'K']);
        !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    match &w[..] {
        [n, c] if count(n) && (*c == "comments" || *c == "comment") => true,
        [p, "Upvoted"] => p.strip_suffix('%').is_some_and(count),
        ["Sort", "by:", ..] => w.len() <= 4,
        _ => false,
    }
}

/// The post's foot: its counts, buttons and sort line at the very end of the file.
fn foot(doc: &mut Doc) -> bool {
    doc.drop_foot(
        "the Reddit post's foot (comment count, buttons, votes), so they are left out",
        |d, k| {
            let t = d.trimmed(k);
            let sure = is_sure_foot(t);
            (sure || BUTTONS.contains(&t.to_lowercase().as_str())).then_some(sure)
        },
    )
}

/// Takes line `t` as the post's title (its flair `mark`, if any, recorded as dropped),
/// or, with `allow_title` off, gives it to the preface; `whose` names it for `inspect`
/// ("post's", "Reddit post's").
pub(super) fn take_title(
    doc: &mut Doc,
    t: usize,
    (mark, title): (&str, String),
    allow_title: bool,
    whose: &str,
) {
    if allow_title {
        doc.take(t, t + 1);
        doc.dropped(t, mark);
        doc.why(format!(
            "header: line {} \"{title}\" is the {whose} title",
            t + 1
        ));
        doc.out.title = Some(title);
    } else {
        doc.preface_lines(t, t + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Doc {
        Doc::read_by(t, read)
    }

    #[test]
    fn a_post_loses_its_head_flair_and_foot() {
        let doc = run(
            "r/shortstories\nPosted by u/tern_and_gull\n5 mo. ago\n\n[HR] The Lamp on Pier Nine\nHorror\n\nHi all, first post here.\n\n* * *\n\nThe lamp was lit.\n\n12 comments\nAward\nShare\nSave\n96% Upvoted\nSort by: Best",
        );
        assert_eq!(doc.out.title.as_deref(), Some("The Lamp on Pier Nine"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("tern_and_gull"));
        assert_eq!(doc.out.meta.tags, ["Horror"]);
        assert_eq!(
            doc.untaken(),
            "Hi all, first post here.\n* * *\nThe lamp was lit."
        );
        let dropped = doc.dropped_texts();
        for t in [
            "r/shortstories",
            "[HR]",
            "5 mo. ago",
            "12 comments",
            "Sort by: Best",
        ] {
            assert!(dropped.contains(&t), "{t}: {dropped:?}");
        }
    }

    /// A story whose title opens with a bracket, or which mentions a subreddit or ends
    /// on a word like a button's, keeps its words: no subreddit and poster lines, no
    /// Reddit.
    #[test]
    fn story_lines_that_look_like_reddits_stay() {
        for t in [
            "[SF] The Last Report\n\nThe reports went out every six hours.",
            "r/shortstories was where she posted it.\n\nNobody read it.",
            "She posted it to r/shortstories\n\nNobody read it.\n\nShare",
            "The lamp was lit.\n\n12 comments\nShare",
            "r/shortstories\nPosted by u/tern\n\nThe lamp was lit, she said, and the harbour went quiet.",
        ] {
            let doc = run(t);
            if t.contains("Posted by") {
                // The head goes, the story's first paragraph stays.
                assert!(doc.untaken().contains("The lamp was lit, she said"), "{t}");
            } else {
                assert_eq!(doc.untaken(), Doc::new(t).untaken(), "{t}");
            }
        }
    }
}
