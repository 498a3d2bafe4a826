//! The foot of a LiveJournal or Dreamwidth post pasted with the story → dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the lines the journal prints under an
//! entry, at the very end of the file, taken: the entry's tags (`Tags: fandom: x, fic`,
//! kept as the story's tags when it has none), its mood, music and location lines
//! (`Current Mood: …`), and the comment links as the two sites write them: `( 7
//! comments — Reply )`, `( Read 7 comments )`, `( Post a new comment )`, `( Leave a
//! comment )`, `7 comments | Leave a comment`, `Link`. Only read when a comment link is
//! among them, which only a journal page writes; a story's own last line about tags or
//! comments stays. Also the cut tags a post's source keeps (`<lj-cut text="…">`,
//! `</lj-cut>`, Dreamwidth's `<cut>`), wherever they stand.

use super::doc::Doc;

/// The labels of an entry's fields the journals print under it.
const FIELDS: &[&str] = &[
    "tags:",
    "current mood:",
    "current music:",
    "current location:",
    "mood:",
    "music:",
    "location:",
];

/// Whether `t` is a journal's comment link: in brackets, or joined by `|`.
fn is_comment_link(t: &str) -> bool {
    let l = t.to_lowercase();
    let inner = l
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .map(str::trim);
    let about = |s: &str| {
        s.contains("comment") && s.split_whitespace().count() <= 6 && !s.contains(['.', '!', '?'])
    };
    match inner {
        Some(s) => about(s),
        None => {
            // Parted by bars, or by the two spaces a page's copy leaves between links.
            let sep = if l.contains(" | ") { " | " } else { "  " };
            l.contains(sep)
                && l.split(sep).all(|p| {
                    about(p) || matches!(p.trim(), "link" | "reply" | "share" | "flag" | "track")
                })
        }
    }
}

/// The readers' comments under an entry copied with its page, down to the site's
/// `Powered by LiveJournal.com`: from the line under the entry's comment links (`5
/// comments  Leave a comment`) to the end. Returns where they start.
fn comments(doc: &mut Doc) -> Option<usize> {
    let last = doc.prev_text(doc.len())?;
    if !doc.lower(last).starts_with("powered by livejournal") {
        return None;
    }
    let links = (0..last)
        .rev()
        .find(|&k| !doc.taken[k] && is_comment_link(doc.trimmed(k)))?;
    doc.drop_lines(
        links + 1,
        doc.len(),
        "the readers' comments under the entry and the site's foot",
    );
    Some(links + 1)
}

/// Whether `t` is one of an entry's foot lines, with its label if it is a field.
fn foot_field(t: &str) -> Option<&'static str> {
    let l = t.to_lowercase();
    FIELDS.iter().copied().find(|f| l.starts_with(f))
}

/// Whether `t` is a journal's cut tag alone on its line, as a post's source has it:
/// `<lj-cut>`, `<lj-cut text="Left luggage">`, `</lj-cut>`, Dreamwidth's `<cut>` and
/// `</cut>`.
fn is_cut_tag(t: &str) -> bool {
    // The cut as a copied page shows it: its link, `( Read more... )`.
    let link = t
        .trim()
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .map(|r| {
            r.trim()
                .trim_end_matches(['.', '…'])
                .trim_end()
                .to_ascii_lowercase()
        });
    if link.is_some_and(|l| l == "read more") {
        return true;
    }
    if !t.trim_start().starts_with('<') {
        return false;
    }
    let l = t.trim().to_ascii_lowercase();
    let Some(inner) = l.strip_prefix('<').and_then(|r| r.strip_suffix('>')) else {
        return false;
    };
    let name = inner.strip_prefix('/').unwrap_or(inner);
    let tag = name.split_whitespace().next().unwrap_or("");
    (tag == "lj-cut" || tag == "cut")
        && (name == tag
            || (!inner.starts_with('/') && name[tag.len()..].trim_start().starts_with("text=")))
}

/// Drops the cut tags of a journal post's source (see [`is_cut_tag`]): markup, not the
/// author's words. Returns whether there were any.
pub(crate) fn cut_tags(doc: &mut Doc) -> bool {
    let tags: Vec<usize> = (0..doc.len())
        .filter(|&i| !doc.taken[i] && is_cut_tag(doc.trimmed(i)))
        .collect();
    for &i in &tags {
        let t = doc.trimmed(i).to_string();
        doc.drop_line(i, &t);
    }
    if let Some(&first) = tags.first() {
        doc.why(format!(
            "header: line {} and {} more are a journal post's cut tags (`<lj-cut>`), left out",
            first + 1,
            tags.len() - 1
        ));
    }
    !tags.is_empty()
}

/// Takes the journal's foot; true when it found one.
pub(crate) fn foot(doc: &mut Doc) -> bool {
    comments(doc);
    let mut lines = Vec::new();
    let mut end = doc.len();
    while let Some(k) = doc.prev_text(end) {
        let t = doc.trimmed(k);
        let link = is_comment_link(t)
            || matches!(
                t.to_lowercase().as_str(),
                "link" | "reply" | "flag" | "share"
            );
        if !(link || foot_field(t).is_some()) || lines.len() >= 8 {
            break;
        }
        lines.push(k);
        end = k;
    }
    if !lines.iter().any(|&k| is_comment_link(doc.trimmed(k))) {
        return false;
    }
    for &k in lines.iter().rev() {
        let t = doc.trimmed(k).to_string();
        doc.drop_line(k, &t);
        if foot_field(&t) == Some("tags:") && doc.out.meta.tags.is_empty() {
            // The entry's tags, as the journal lists them ("fandom: x" keeps its value).
            let tags = t[5..]
                .split(',')
                .map(|s| s.rsplit(": ").next().unwrap_or(s).trim().to_string())
                .filter(|s| !s.is_empty());
            doc.out.meta.tags.extend(tags);
        }
    }
    doc.why(format!(
        "header: lines {}–{} are the journal entry's foot (tags, comment links)",
        lines[lines.len() - 1] + 1,
        lines[0] + 1
    ));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entrys_tags_and_comment_links_go() {
        for foot_text in [
            "Tags: fic, fandom: lanterns\n( 3 comments — Reply )",
            "Current Mood: sleepy\nTags: fic\n( Post a new comment )",
            "3 comments | Leave a comment",
            "Current Location: the shed\nCurrent Music: Kate Rusby - Underneath the Stars\n8 comments | Leave a comment | Share | Flag",
            // A page copied with the readers' comments under the links.
            "Tags: fic\n\n5 comments  Leave a comment\n\nbiscotto\nNov. 3rd, 2024 09:40 pm (UTC)\nBellissima.\nLink  Reply  Thread\n\nPowered by LiveJournal.com",
        ] {
            let t = format!("The lamp went out.\n\nThanks for reading!\n\n{foot_text}");
            let mut doc = Doc::new(&t);
            assert!(foot(&mut doc), "{t}");
            assert_eq!(doc.untaken(), "The lamp went out.\nThanks for reading!");
            assert!(!doc.out.meta.dropped.is_empty());
        }
        let mut doc = Doc::new("Story.\n\nTags: fic, fandom: lanterns\n( 3 comments — Reply )");
        foot(&mut doc);
        assert_eq!(doc.out.meta.tags, ["fic", "lanterns"]);
    }

    /// A story's last lines about tags or comments stay: no comment link, or a sentence.
    #[test]
    fn story_lines_about_tags_and_comments_stay() {
        for t in [
            "She read the tags.\n\nTags: none of them hers.",
            "He laughed.\n\n(No comments, she said.)",
            "The end.\n\nReply",
            "The end.\n\n(She left a comment on the door. It said: go away.)",
        ] {
            let mut doc = Doc::new(t);
            assert!(!foot(&mut doc), "{t}");
            assert_eq!(doc.untaken(), Doc::new(t).untaken(), "{t}");
        }
    }
}

#[cfg(test)]
mod cut_tests {
    use super::*;

    #[test]
    fn cut_tags_go_and_the_text_between_stays() {
        let mut doc = Doc::new(
            "Title: Left Luggage\n\n<lj-cut text=\"Left luggage\">\n\nThe office was quiet.\n\n</lj-cut>\n\n<cut>\nShe left.\n</cut>",
        );
        assert!(cut_tags(&mut doc));
        assert_eq!(
            doc.untaken(),
            "Title: Left Luggage\nThe office was quiet.\nShe left."
        );
        // A story that speaks of a tag in a sentence keeps it.
        let mut doc = Doc::new("She typed <lj-cut> and then deleted it.\n\n<cutlery>");
        assert!(!cut_tags(&mut doc));
        // The cut's link on a copied page goes; an aside in brackets stays.
        let mut doc = Doc::new("( Read more... )\n\nThe office was quiet.\n\n(She read more.)");
        assert!(cut_tags(&mut doc));
        assert_eq!(doc.untaken(), "The office was quiet.\n(She read more.)");
    }
}
