//! Reddit threads copied from the browser (the post and its comments) → the story, with
//! the site's lines and the other comments dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: a thread as new Reddit shows it read:
//! the site's bar (`Skip to main content`, `r/NAME`, `Search in r/NAME`, `Log In`), the
//! post's head (`Posted by u/NAME`, its age) and its title (the flair in brackets off,
//! `[WP] Every night…` → "Every night…") and the post's flair, counts and buttons
//! (`Writing Prompt`, `8.4K`, `Upvote`, `Downvote`, `Share`), the sort line and `Comments
//! Section`; then each comment: its head (the commenter's name over `•` and its age, `2y
//! ago`, `• Edited 2y ago`, `OP`, `• Stickied comment`), its words and its buttons
//! (`Upvote`, a count, `Downvote`, `Reply`, `Award`, `Share`). A post with words of its own
//! is the story, its poster the author; a post of a title alone is a prompt (as on
//! r/WritingPrompts), and the story is the first comment not a moderator's bot's, its
//! commenter the author. Every other comment is the page's. Needs a comment's head and
//! the vote buttons (`Upvote` over a count over `Downvote`), lines only Reddit writes, so a
//! story that says "Upvote" keeps it.

use super::doc::Doc;
use super::social::is_user_name;

/// A comment's or the post's buttons, lowercase.
const BUTTONS: &[&str] = &[
    "upvote", "downvote", "vote", "reply", "award", "share", "save", "report", "follow", "join",
];

/// Bots whose comments are never a story.
const BOTS: &[&str] = &["automoderator", "writingpromptsrobot"];

/// An age in a comment's head, as new Reddit writes it (`2y ago`, `• Edited 2y ago`) or as
/// the older page did (`2 yr. ago`).
fn is_age(t: &str) -> bool {
    let t = t.trim_start_matches(['•', '·', ' ']);
    super::reddit::is_age(t.strip_prefix("Edited ").unwrap_or(t))
}

/// A count under a post or comment: `412`, `2.1K`, `1.2k`, `3M`.
fn is_count(t: &str) -> bool {
    let n = t.trim_end_matches(['k', 'K', 'm', 'M']);
    !n.is_empty()
        && n.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// The lines under a comment's name in its head: `•`, its age, `OP`, `• Edited 2y ago`,
/// `• Stickied comment`, a moderator's mark.
fn is_head_mark(t: &str) -> bool {
    matches!(
        t.trim_start_matches(['•', '·', ' ']),
        "" | "OP" | "MOD" | "Stickied comment" | "Top 1% Commenter" | "Top 1% Poster"
    ) || is_age(t)
}

/// A comment's head at line `i`: its commenter's name over head marks with an age among
/// them, one block. Returns the commenter and the line after the head.
fn comment_head(doc: &Doc, i: usize) -> Option<(String, usize)> {
    let name = doc.trimmed(i);
    if !is_user_name(name) || (i > 0 && !doc.blank(i - 1)) {
        return None;
    }
    let end = doc.para_end(i);
    let marks = i + 1..end;
    (end > i + 1
        && end - i <= 6
        && marks.clone().all(|k| is_head_mark(doc.trimmed(k)))
        && marks.clone().any(|k| is_age(doc.trimmed(k))))
    .then(|| (name.to_string(), end))
}

/// Whether line `i` opens the vote buttons: `Upvote`, perhaps a count, `Downvote`; or,
/// as a copy that leaves the arrows out gives them, the score over `Reply` or `Share`
/// (`1.1K` / `Reply` / `Share`, the post's `2.4K` / `312` / `Share`).
fn vote_bar(doc: &Doc, i: usize) -> bool {
    let button = |k: usize, b: &str| doc.trimmed(k).eq_ignore_ascii_case(b);
    (button(i, "upvote") && (i + 1..doc.len().min(i + 3)).any(|k| button(k, "downvote")))
        || (is_count(doc.trimmed(i))
            && (i + 1..doc.len().min(i + 3)).any(|k| button(k, "reply") || button(k, "share"))
            && (i + 1..doc.len().min(i + 3))
                .all(|k| is_count(doc.trimmed(k)) || BUTTONS.contains(&doc.lower(k).as_str())))
}

/// The buttons' run from `i`: the line after its last button or count.
fn bar_end(doc: &Doc, i: usize) -> usize {
    let mut k = i;
    while k < doc.len() && {
        let t = doc.trimmed(k);
        BUTTONS.contains(&t.to_lowercase().as_str()) || is_count(t)
    } {
        k += 1;
    }
    k
}

/// The flair in brackets before a post's title: `[WP]`, `[SF]`. The flair and the title.
fn flair(t: &str) -> Option<(&str, &str)> {
    let inner = t.strip_prefix('[')?;
    let close = inner.find(']')?;
    let rest = inner[close + 1..].trim();
    (close > 0 && close <= 16 && !rest.is_empty()).then(|| (&t[..close + 2], rest))
}

/// One comment: its commenter, its head's first line and its words' lines.
struct Comment {
    who: String,
    head: usize,
    words: (usize, usize),
}

/// Reads a Reddit thread. Returns whether the file is one.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first_vote) = (0..doc.len()).find(|&i| !doc.taken[i] && vote_bar(doc, i)) else {
        return false;
    };
    let mut comments = Vec::new();
    let mut i = first_vote;
    while i < doc.len() {
        let Some((who, words)) = comment_head(doc, i) else {
            i += 1;
            continue;
        };
        let Some(bar) = (words..doc.len()).find(|&k| vote_bar(doc, k)) else {
            break;
        };
        let end = bar_end(doc, bar);
        comments.push(Comment {
            who,
            head: i,
            words: (words, bar),
        });
        i = end;
    }
    if comments.is_empty() {
        return false;
    }
    // The post: its head, title, words (if any) and buttons, all before the first comment.
    let post_bar = first_vote;
    let poster = (0..post_bar).find_map(|k| {
        let t = doc.trimmed(k);
        let rest = t.strip_prefix("Posted by ").unwrap_or(t);
        rest.strip_prefix("u/")
            .map(|n| n.split_whitespace().next().unwrap_or("").to_string())
    });
    let title_line = (0..post_bar)
        .find(|&k| flair(doc.trimmed(k)).is_some())
        .or_else(|| {
            let after = (0..post_bar).rfind(|&k| is_age(doc.trimmed(k)))?;
            doc.next_text(after + 1).filter(|&t| t < post_bar)
        });
    // The post's own words: paragraphs between its title block and its buttons.
    let post_words = title_line
        .map(|t| doc.para_end(t))
        .filter(|&e| e < post_bar)
        .and_then(|e| doc.next_text(e))
        .filter(|&k| k < post_bar && !vote_bar(doc, k) && doc.para_end(k) <= post_bar);
    let story = match post_words {
        Some(k) => {
            let end = doc
                .prev_text(post_bar)
                .map_or(post_bar, |p| doc.para_end(p).min(post_bar));
            Some((poster.clone().unwrap_or_default(), k, end))
        }
        None => comments
            .iter()
            .find(|c| !BOTS.contains(&c.who.to_lowercase().as_str()) && !stickied(doc, c))
            .map(|c| (c.who.clone(), c.words.0, c.words.1)),
    };
    let Some((who, from, to)) = story else {
        return false;
    };
    if let Some(t) = title_line {
        let line = doc.trimmed(t).to_string();
        let (mark, title) = flair(&line).unwrap_or(("", &line));
        let title = title.to_string();
        super::reddit::take_title(doc, t, (mark, title), allow_title, "Reddit post's");
    }
    for k in (0..doc.len()).filter(|&k| !(from..to).contains(&k)) {
        if !doc.taken[k] && !doc.blank(k) {
            let t = doc.trimmed(k).to_string();
            doc.drop_line(k, &t);
        }
    }
    if !who.is_empty() {
        doc.out.meta.author = Some(who.clone());
    }
    let prompt = post_words.is_none();
    doc.why(format!(
        "header: a Reddit thread (the post{}, {} comment(s) with their heads and vote buttons): {}; the site's lines and the other comments are left out",
        poster.as_deref().map(|p| format!(" by u/{p}")).unwrap_or_default(),
        comments.len(),
        if prompt {
            format!("the post is a prompt with no words of its own, so the story is the first comment, lines {}–{}, by {who}", from + 1, to)
        } else {
            format!("the post's own words, lines {}–{}, are the story", from + 1, to)
        }
    ));
    true
}

/// Whether a comment is pinned by the moderators (`• Stickied comment` in its head).
fn stickied(doc: &Doc, c: &Comment) -> bool {
    (c.head..c.words.0).any(|k| doc.trimmed(k).contains("Stickied"))
}

#[cfg(test)]
mod tests;
