//! Royal Road's chapter page, its foot: what the page sets under the chapter, the
//! comments and all under them.

use super::super::doc::Doc;
use super::{is_buttons, is_remove_ads};

/// The page's lines under the chapter besides the buttons, lowercase.
const FOOT: &[&str] = &[
    "about the author",
    "follow",
    "favorite",
    "achievements",
    "log in to comment",
    "log in",
    "register",
    "index",
    "report",
];

/// The page's foot, at the very end: `Support "…"`, the chapter buttons, the
/// advertisement slot, the author's buttons ("Follow Author", "Donate via Paypal"),
/// "About the author" with the author's name, counts ("4 Reviews") and `Bio:` line, "Log
/// in to comment"; then the comments (`Comments (58)` and all under it, to the site's
/// copyright at the end).
pub(super) fn foot(doc: &mut Doc) -> bool {
    let comments = comments(doc);
    let author = doc.out.meta.author.clone().map(|a| a.to_lowercase());
    let is_foot = |doc: &Doc, k: usize| {
        let l = doc.lower(k);
        let support = l.starts_with("support \"") || l.starts_with("support “");
        let sure = support || l == "log in to comment" || is_comment_count(&l);
        // The author's name under "About the author": a name, not a sentence.
        let name = author.as_deref() == Some(l.as_str())
            || (doc
                .prev_text(k)
                .is_some_and(|p| doc.lower(p) == "about the author")
                && l.split_whitespace().count() <= 4
                && !l.ends_with(['.', '!', '?', '"', '\u{201d}']));
        (sure
            || name
            || l.starts_with("bio:")
            // "Log in to support this author", "Log in to favorite this chapter".
            || (l.starts_with("log in to ") && l.split_whitespace().count() <= 6)
            || l == "advertisement"
            || is_remove_ads(&l)
            || is_profile_count(&l)
            || is_buttons(&l)
            || is_comment_pages(&l)
            || FOOT.contains(&l.as_str()))
        .then_some(sure)
    };
    let Some(c) = comments else {
        return doc.drop_foot(
            "a Royal Road chapter page's foot (support, buttons, about \
             the author, comments), so they are left out",
            is_foot,
        );
    };
    // The comments and all under them go; then the foot over them, walking back.
    let mut start = c;
    while let Some(k) = doc.prev_text(start) {
        if is_foot(doc, k).is_none() {
            break;
        }
        start = k;
    }
    for k in start..doc.len() {
        if !doc.taken[k] && !doc.blank(k) {
            let t = doc.trimmed(k).to_string();
            doc.drop_line(k, &t);
        }
    }
    doc.why(format!(
        "header: lines {}–{} are a Royal Road chapter page's foot (support, buttons, about \
         the author) and its comments, so they are left out",
        start + 1,
        doc.len()
    ));
    true
}

/// The comments' pager under them: "Page 1 of 3".
fn is_comment_pages(l: &str) -> bool {
    matches!(l.split_whitespace().collect::<Vec<_>>()[..],
        ["page", n, "of", m] if n.parse::<u32>().is_ok() && m.parse::<u32>().is_ok())
}

/// The line that opens the comments under a chapter: "Log in to comment" (or the count,
/// `Comments (58)`), with the count and the sort buttons ("Sort by", "Newest") near it.
fn comments(doc: &Doc) -> Option<usize> {
    let opener = (0..doc.len()).rev().find(|&k| {
        !doc.taken[k] && {
            let l = doc.lower(k);
            l == "log in to comment" || is_comment_count(&l)
        }
    })?;
    // Sure only with the count and a sort button within the next lines, or with the
    // count under the page's own "Log in to comment" or `Support "…"` line, and each
    // comment's buttons (`Reply  Like 14`) under it.
    // The count may stand over "Log in to comment" or under it.
    let near = opener.saturating_sub(2)..doc.len().min(opener + 8);
    let sorted = near.clone().any(|k| {
        matches!(
            doc.lower(k).as_str(),
            "sort by" | "newest" | "oldest" | "most liked"
        )
    });
    let foot_above = (opener.saturating_sub(30)..opener).any(|k| {
        let l = doc.lower(k);
        l == "log in to comment" || l.starts_with("support \"") || l.starts_with("support “")
    });
    let replies = (opener..doc.len()).any(|k| is_reply_buttons(&doc.lower(k)));
    (near.clone().any(|k| is_comment_count(&doc.lower(k))) && (sorted || (foot_above && replies)))
        .then(|| {
            (opener.saturating_sub(2)..=opener)
                .find(|&k| {
                    let l = doc.lower(k);
                    l == "log in to comment" || is_comment_count(&l)
                })
                .unwrap_or(opener)
        })
}

/// A comment's buttons, lowercase: `reply`, `reply  like 14`.
fn is_reply_buttons(l: &str) -> bool {
    let mut w = l.split_whitespace();
    w.next() == Some("reply")
        && match (w.next(), w.next(), w.next()) {
            (None, ..) => true,
            (Some("like"), n, None) => n.is_none_or(|n| n.chars().all(|c| c.is_ascii_digit())),
            (Some("report"), None, None) => true,
            _ => false,
        }
}

/// `comments (58)`, lowercase.
fn is_comment_count(l: &str) -> bool {
    l.strip_prefix("comments (")
        .and_then(|r| r.strip_suffix(')'))
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == ','))
}

/// The author's counts in the "About the author" box, lowercase: `4 reviews`, `44
/// followers`.
fn is_profile_count(l: &str) -> bool {
    let Some((n, what)) = l.split_once(' ') else {
        return false;
    };
    n.chars().all(|c| c.is_ascii_digit() || c == ',')
        && matches!(
            what,
            "reviews"
                | "review"
                | "fictions"
                | "fiction"
                | "followers"
                | "follower"
                | "ratings"
                | "pages"
                | "favorites"
        )
}
