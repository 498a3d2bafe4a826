//! Story-header fields: one `Label: value` line → a labelled field of the chapter's
//! metadata.
//!
//! Input: a line of a story file (or a field's whole text). Output: which field its label
//! names ([`labels`], where the vocabulary of labels lives), and the field's value filed
//! into [`StoryMeta`] (this module: lists, AO3's `Stats:` line, FanFiction.Net's story
//! line). `header` decides where a header starts and ends.

mod labels;

pub(crate) use labels::{Field, field_of, is_note_heading, labelled};

use crate::model::StoryMeta;

/// Splits a list value ("Fluff, Angst, Hurt/Comfort") into items.
pub(crate) fn items(value: &str) -> Vec<String> {
    value
        .split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// How a header's "Category:" reads: FanFicFare's names fandoms, AO3's and others name
/// tags such as "F/M" or "Gen".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CategoryIs {
    Fandom,
    Tag,
}

/// LiveJournal's user link copies as "[info]name" (the alt text of the user icon before
/// the name): the name without it.
pub(crate) fn without_lj_icon(name: &str) -> &str {
    name.strip_prefix("[info]")
        .map(str::trim_start)
        .filter(|n| !n.is_empty())
        .unwrap_or(name)
}

/// A poster's name as mail and list headers give it, without the address after it:
/// `Ruth Abernethy <ruth at example.org>`, `Ruth (ruth@example.org)` → `Ruth Abernethy`.
pub(crate) fn without_address(name: &str) -> &str {
    let t = name.trim();
    for (open, close) in [('<', '>'), ('(', ')')] {
        if let Some(rest) = t.strip_suffix(close)
            && let Some(at) = rest.rfind(open)
        {
            let address = rest[at + 1..].trim();
            let words: Vec<&str> = address.split_whitespace().collect();
            // `ruth@example.org`, or the archive's `ruth at example.org`.
            let mail = (words.len() == 1 && address.contains('@'))
                || (words.len() == 3 && words[1] == "at");
            let who = t[..at].trim();
            if mail && !who.is_empty() {
                return who;
            }
        }
    }
    t
}

/// Files a field's value into `meta`. Title, summary and notes are not metadata values
/// and are handled by the caller. Returns the words that are boilerplate and were left
/// out (counter values such as "Kudos: 40"), if any.
pub(crate) fn file(meta: &mut StoryMeta, field: Field, value: &str, cat: CategoryIs) -> bool {
    let v = value.trim();
    if v.is_empty() {
        return true;
    }
    let one = |slot: &mut Option<String>| {
        if slot.is_none() {
            *slot = Some(v.to_string());
        }
    };
    match field {
        Field::Author => {
            if meta.author.is_none() {
                meta.author = Some(without_address(without_lj_icon(v)).to_string());
            }
        }
        Field::Rating => one(&mut meta.rating),
        Field::Warnings => meta.warnings.extend(items(v)),
        Field::Fandoms => meta.fandoms.extend(items(v)),
        Field::Relationships => meta.relationships.extend(items(v)),
        // Characters are single names; "A/B" among them is a pairing.
        Field::Characters => {
            for it in items(v) {
                if it.contains('/') {
                    meta.relationships.push(it);
                } else {
                    meta.characters.push(it);
                }
            }
        }
        Field::Tags => meta.tags.extend(items(v)),
        Field::Category => match cat {
            CategoryIs::Fandom => meta.fandoms.extend(items(v)),
            CategoryIs::Tag => meta.tags.extend(items(v)),
        },
        Field::Language => one(&mut meta.language),
        Field::Series => one(&mut meta.series),
        Field::Published => one(&mut meta.published),
        Field::Updated => one(&mut meta.updated),
        Field::Completed => {
            one(&mut meta.updated);
            if meta.status.is_none() {
                meta.status = Some("Completed".to_string());
            }
        }
        Field::Words => one(&mut meta.words),
        Field::Chapters => one(&mut meta.chapters),
        Field::Status => one(&mut meta.status),
        Field::Publisher => one(&mut meta.publisher),
        Field::Url => one(&mut meta.url),
        Field::Stats => return file_stats(meta, v),
        Field::Title | Field::Summary | Field::Note | Field::Boilerplate => return false,
    }
    true
}

/// Files an AO3 "Stats:" value (`Published: 2021-03-04 Words: 4,210 Chapters: 1/1
/// Kudos: 40 …`). Returns false when it held something else.
fn file_stats(meta: &mut StoryMeta, v: &str) -> bool {
    let parts = stat_pairs(v);
    if parts.is_empty() {
        return false;
    }
    for (label, value) in parts {
        if let Some(l) = labelled(&format!("{label}: {value}")) {
            file(meta, l.field, l.value, CategoryIs::Tag);
        }
    }
    true
}

/// Splits `A: x B: y` into pairs at each known label. A copy from the browser may run
/// AO3's stats together (`Published:2025-10-20Words:1,285Chapters:1/1`): each of its
/// labels is set apart first.
pub(crate) fn stat_pairs(v: &str) -> Vec<(String, String)> {
    let spaced = space_stats(v);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let mut out: Vec<(String, String)> = Vec::new();
    for w in words {
        if let Some(label) = w.strip_suffix(':')
            && labelled(&format!("{label}: x")).is_some()
        {
            out.push((label.to_string(), String::new()));
            continue;
        }
        match out.last_mut() {
            Some((_, val)) => {
                if !val.is_empty() {
                    val.push(' ');
                }
                val.push_str(w);
            }
            None => return Vec::new(),
        }
    }
    out
}

/// The labels of AO3's stats, as the page prints them.
const STAT_LABELS: &[&str] = &[
    "Published:",
    "Updated:",
    "Completed:",
    "Words:",
    "Chapters:",
    "Comments:",
    "Kudos:",
    "Bookmarks:",
    "Hits:",
];

/// `v` with a space around each of AO3's stat labels that touches the text before or
/// after it; `v` itself when none does.
fn space_stats(v: &str) -> std::borrow::Cow<'_, str> {
    if !STAT_LABELS.iter().any(|l| {
        v.match_indices(l).any(|(at, _)| {
            let after = v[at + l.len()..].chars().next();
            (at > 0 && !v[..at].ends_with(char::is_whitespace))
                || after.is_some_and(|c| !c.is_whitespace())
        })
    }) {
        return v.into();
    }
    let mut out = v.to_string();
    for l in STAT_LABELS {
        out = out.replace(l, &format!(" {l} "));
    }
    out.into()
}

/// Reads FanFiction.Net's story line: `Rated: Fiction T - English - Romance/Drama -
/// Harry P., Draco M. - Chapters: 3 - Words: 2,345 - Reviews: 5 - … - id: 1234`.
/// Returns false when `v` (the text after `Rated:`) is not of that shape.
pub(crate) fn file_ffn_line(meta: &mut StoryMeta, v: &str) -> bool {
    let parts: Vec<&str> = v.split(" - ").map(str::trim).collect();
    if parts.len() < 3 {
        return false;
    }
    let rating = parts[0].trim_start_matches("Fiction").trim();
    meta.rating.get_or_insert_with(|| rating.to_string());
    for (k, part) in parts.iter().enumerate().skip(1) {
        if let Some(l) = labelled(part) {
            file(meta, l.field, l.value, CategoryIs::Tag);
        } else if k == 1 {
            meta.language.get_or_insert_with(|| part.to_string());
        } else if k == 2
            && !part.contains(',')
            && part.replace("Hurt/Comfort", "").split('/').count() <= 3
        {
            // FanFiction.Net's genres, two at most, joined by `/`; "Hurt/Comfort" is one
            // genre whose name holds the slash.
            let joined = part.replace("Hurt/Comfort", "Hurt\u{0}Comfort");
            meta.tags.extend(
                joined
                    .split('/')
                    .map(|g| g.trim().replace('\u{0}', "/").to_string()),
            );
        } else {
            // Characters, with pairings in brackets: "[Harry P., Draco M.] Ron W.".
            for c in items(part) {
                meta.characters
                    .push(c.trim_matches(['[', ']']).trim().to_string());
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_fill_dates_and_counts() {
        let mut m = StoryMeta::default();
        assert!(file(
            &mut m,
            Field::Stats,
            "Published: 2021-03-04 Completed: 2021-04-01 Words: 4,210 Chapters: 3/3 Kudos: 40 Hits: 900",
            CategoryIs::Tag,
        ));
        assert_eq!(m.published.as_deref(), Some("2021-03-04"));
        assert_eq!(m.updated.as_deref(), Some("2021-04-01"));
        assert_eq!(m.status.as_deref(), Some("Completed"));
        assert_eq!(m.words.as_deref(), Some("4,210"));
        assert_eq!(m.chapters.as_deref(), Some("3/3"));
    }

    /// A browser copy of AO3's stats runs them together; a stat value that holds a
    /// label's word with no colon ("Words" in a title) is no label.
    #[test]
    fn stats_run_together_are_split() {
        let mut m = StoryMeta::default();
        assert!(file(
            &mut m,
            Field::Stats,
            "Published:2025-10-20Words:1,285Chapters:1/1Comments:23Kudos:311Bookmarks:40Hits:2,876",
            CategoryIs::Tag,
        ));
        assert_eq!(m.published.as_deref(), Some("2025-10-20"));
        assert_eq!(m.words.as_deref(), Some("1,285"));
        assert_eq!(m.chapters.as_deref(), Some("1/1"));
        assert_eq!(
            space_stats("Published: 2021-03-04 Words: 10"),
            "Published: 2021-03-04 Words: 10"
        );
    }

    #[test]
    fn ffn_line() {
        let mut m = StoryMeta::default();
        assert!(file_ffn_line(
            &mut m,
            "Fiction T - English - Romance/Drama - [Harry P., Draco M.] - Words: 2,345 - Reviews: 5 - id: 99"
        ));
        assert_eq!(m.rating.as_deref(), Some("T"));
        assert_eq!(m.language.as_deref(), Some("English"));
        assert_eq!(m.tags, ["Romance", "Drama"]);
        assert_eq!(m.characters, ["Harry P.", "Draco M."]);
        assert_eq!(m.words.as_deref(), Some("2,345"));
    }

    /// "Hurt/Comfort" is one of FanFiction.Net's genres, slash and all.
    #[test]
    fn ffn_hurt_comfort_is_one_genre() {
        let mut m = StoryMeta::default();
        assert!(file_ffn_line(
            &mut m,
            "Fiction K+ - French - Friendship/Hurt/Comfort - Words: 1,000 - id: 1"
        ));
        assert_eq!(m.tags, ["Friendship", "Hurt/Comfort"]);
        let mut m = StoryMeta::default();
        file_ffn_line(&mut m, "Fiction T - English - Hurt/Comfort/Romance - id: 2");
        assert_eq!(m.tags, ["Hurt/Comfort", "Romance"]);
    }
}
