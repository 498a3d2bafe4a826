//! Forum pastes, their lines: which lines of a copied XenForo page are the forum's own
//! (navigation, buttons, reactions, post numbers, the thread line, the post's foot).

/// Lines of navigation only a XenForo thread page shows, lowercase.
const NAVIGATION: &[&str] = &[
    "threadmarks",
    "reader mode",
    "recent threadmarks",
    "add bookmark",
    "bookmark",
    "watch",
    "thread status",
    "new",
    "statistics",
    "prev",
    "next",
    "first",
    "last",
];

/// Button words under a post, alone on their line or run together ("Like Reply").
const BUTTONS: &[&str] = &[
    "reply",
    "report",
    "like",
    "quote",
    "share",
    "multi-quote",
    "bookmark",
    "reactions",
];

/// Reaction names XenForo forums count under a post ("Like x 64 Informative x 3").
const REACTIONS: &[&str] = &[
    "like",
    "informative",
    "heart",
    "haha",
    "love",
    "wow",
    "sad",
    "angry",
    "thanks",
    "agree",
    "funny",
    "creative",
    "insightful",
    "hmm",
];

/// A thread's title without the tags forums ask for after it: "Salvage Rights" for
/// "Salvage Rights (Original, Hard-ish SF)" or "… [Worm/Naruto]".
pub(in crate::source) fn without_tags(title: &str) -> &str {
    let t = title.trim();
    let open = match t.chars().last() {
        Some(')') => '(',
        Some(']') => '[',
        _ => return t,
    };
    match t.rfind(open) {
        Some(at) if !t[..at].trim().is_empty() => t[..at].trim(),
        _ => t,
    }
}

/// Whether `t` (trimmed) is a post counter: `#1`, `#4,211`.
pub(in crate::source) fn is_post_number(t: &str) -> bool {
    t.strip_prefix('#')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == ','))
}

/// Whether `t` counts reactions: `Like x 64 Informative x 3 Heart x 12`.
pub(in crate::source) fn is_reaction_count(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    !words.is_empty()
        && words.len().is_multiple_of(3)
        && words.chunks(3).all(|w| {
            REACTIONS.contains(&w[0].to_lowercase().as_str())
                && (w[1] == "x" || w[1] == "×")
                && w[2].chars().all(|c| c.is_ascii_digit() || c == ',')
        })
}

/// Whether `t` is one of the forum's own lines that no story writes: a marker of a
/// XenForo page.
pub(super) fn is_strong_chrome(t: &str) -> bool {
    let lower = t.to_lowercase();
    is_post_number(t)
        || is_reaction_count(t)
        || lower.starts_with("thread starter ")
        || lower.starts_with("threadmarks: ")
        || lower.starts_with("last edited: ")
        || lower.starts_with("last edited by ")
        || is_reactions(&lower)
        || (lower.starts_with("view all ") && lower.ends_with(" threadmarks"))
}

/// Whether `t` is a line only a XenForo thread page writes above a post: the thread's
/// starter, the threadmark's name, its navigation.
pub(super) fn is_thread_line(t: &str) -> bool {
    let lower = t.to_lowercase();
    discussion_starter(t).is_some()
        || lower.starts_with("thread starter ")
        || lower.starts_with("threadmarks: ")
        || (lower.starts_with("view all ") && lower.ends_with(" threadmarks"))
        || matches!(
            lower.as_str(),
            "threadmarks" | "reader mode" | "recent threadmarks" | "add bookmark"
        )
}

/// The starter's name on XenForo 1's line under a thread's title ("Discussion in
/// 'Creative Writing' started by NAME, Mar 3, 2025.").
pub(super) fn discussion_starter(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("Discussion in ")?;
    let (_, by) = rest.split_once("' started by ")?;
    let name = by.rsplit_once(", ").map_or(by, |(n, _)| n);
    let name = name.rsplit_once(", ").map_or(name, |(n, date)| {
        // "NAME, Mar 3, 2025": the date itself holds a comma.
        if date.chars().any(|c| c.is_ascii_digit()) {
            n
        } else {
            name
        }
    });
    let name = name.trim();
    (!name.is_empty() && name.split_whitespace().count() <= 4).then_some(name)
}

/// Whether `t` is a line only a forum writes under a post: its edit date or reactions
/// (XenForo), or Simple Machines' "« Last Edit: … by NAME »" and "Report to moderator
/// Logged".
pub(in crate::source) fn is_foot_line(t: &str) -> bool {
    is_xenforo_foot_line(t) || is_smf_foot_line(t)
}

/// Whether `t` is a line XenForo writes under a post: its edit date or reactions.
pub(super) fn is_xenforo_foot_line(t: &str) -> bool {
    let lower = t.to_lowercase();
    is_reaction_count(t)
        || lower.starts_with("last edited: ")
        || lower.starts_with("last edited by ")
        || is_reactions(&lower)
}

/// Whether `t` is a line Simple Machines Forum writes under a post: "« Last Edit: … by
/// NAME »", "Report to moderator   Logged".
fn is_smf_foot_line(t: &str) -> bool {
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    (lower.starts_with("« last edit: ") && lower.ends_with('»'))
        || matches!(
            words.as_slice(),
            ["report", "to", "moderator"] | ["report", "to", "moderator", "logged"] | ["logged"]
        )
}

/// `reactions: A, B and 47 others`, perhaps after the names of the reactions given, as
/// their icons copy (`Like Reactions: …`, `Like Love Reactions: …`); lowercase.
fn is_reactions(lower: &str) -> bool {
    const KINDS: &[&str] = &[
        "like",
        "love",
        "haha",
        "wow",
        "sad",
        "angry",
        "thanks",
        "informative",
        "care",
    ];
    lower
        .split_once("reactions: ")
        .is_some_and(|(kinds, _)| kinds.split_whitespace().all(|k| KINDS.contains(&k)))
}

/// Whether `t` is a forum line that is only the site's when a strong one stands by it.
pub(in crate::source) fn is_weak_chrome(t: &str) -> bool {
    let lower = t.to_lowercase();
    NAVIGATION.contains(&lower.as_str())
        || lower
            .split_whitespace()
            .all(|w| BUTTONS.contains(&w.trim_end_matches(',')))
}
