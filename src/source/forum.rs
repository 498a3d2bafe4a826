//! Forum pastes (XenForo: SpaceBattles, Sufficient Velocity, Questionable Questing): a
//! thread page or a post copied as text → the story, its author's notes and title, with
//! the forum's own words dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the page's chrome above the post (thread
//! title, "Thread starter … Start date …", threadmark navigation, the poster's name and
//! title, the post's date, "Add bookmark", "#1", "Threadmarks: …") taken, the title and
//! author filed; spoiler boxes labelled as author's notes ("Spoiler: A/N" … "Click to
//! expand...") at either end of the post moved to the preface or the afterword; the
//! post's foot ("Last edited: …", "Like x 64 …", "Reply", "Report") dropped. Every rule
//! needs a line only XenForo writes, so a story that mentions threads keeps its words.

use super::doc::{Doc, is_rule};
use super::notes::{END_LABELS, NOTE_LABELS, is_labelled_note};
use super::parts::is_title_line;

mod lines;

use lines::is_xenforo_foot_line;
pub(super) use lines::without_tags;
use lines::{discussion_starter, is_strong_chrome, is_thread_line};
pub(super) use lines::{is_foot_line, is_post_number, is_reaction_count, is_weak_chrome};

/// How far down a page copy the post's own marker ("#1", "Threadmarks: …") may stand
/// (a copy of the whole page, with the site's menu, pager and the poster's block each a
/// line, blank lines between, runs to sixty).
const HEAD_LINES: usize = 80;

/// Reads a XenForo page or post paste, or the foot of a Simple Machines post. Returns
/// whether it found a XenForo page or post.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let head = page_head(doc, allow_title);
    if head {
        page_foot(doc);
    }
    let foot = post_foot(doc);
    // A spoiler box is the forum's own evidence: its label line and its button.
    let notes = spoiler_notes(doc);
    head || foot || notes
}

/// The page above the post, up to its `#1` or `Threadmarks: …` line: all site text
/// (short lines, no sentence), with at least one line only XenForo writes.
fn page_head(doc: &mut Doc, allow_title: bool) -> bool {
    let top = doc.len().min(HEAD_LINES);
    // Site text is short and says no sentence; a story or a note above the post would.
    let site_like = |t: &str| {
        discussion_starter(t).is_some()
            || t.split_whitespace().count() <= 30
                && !t.ends_with(['.', '!', '?', '"', '\u{201d}'])
                && !t.contains(". ")
    };
    // The post's own marker is the last "#1" or "Threadmarks: …" with only site text
    // above it: in a copy of several posts, the second post's marker stands lower down,
    // below the first post's words.
    let Some(marker) = (0..top)
        .filter(|&i| {
            let t = doc.trimmed(i).to_lowercase();
            is_post_number(doc.trimmed(i)) || t.starts_with("threadmarks: ")
        })
        .take_while(|&m| (0..=m).all(|i| doc.blank(i) || doc.taken[i] || site_like(doc.trimmed(i))))
        .last()
    else {
        return false;
    };
    let above: Vec<usize> = (0..=marker)
        .filter(|&i| !doc.blank(i) && !doc.taken[i])
        .collect();
    // Lines only a thread page writes (a post number alone may be a story's "#1").
    let thread = above
        .iter()
        .filter(|&&i| is_thread_line(doc.trimmed(i)))
        .count();
    let numbers = above
        .iter()
        .filter(|&&i| is_post_number(doc.trimmed(i)))
        .count()
        .min(1);
    // A bare post paste opens with its own line ("Threadmarks: Chapter 3"); a page copy
    // shows more of the forum above it.
    if thread == 0 || (thread + numbers < 2 && above.len() > 1) {
        return false;
    }
    // The threadmark's name: on its `Threadmarks: …` line, or on the line under a bare
    // `Threadmarks` (as the page's threadmark bar copies).
    let threadmark = above.iter().enumerate().find_map(|(n, &i)| {
        let t = doc.trimmed(i);
        if let Some(p) = t
            .get(..13)
            .filter(|p| p.eq_ignore_ascii_case("threadmarks: "))
        {
            return Some((i, t[p.len()..].trim().to_string()));
        }
        let next = *above.get(n + 1)?;
        let name = doc.trimmed(next);
        (t.eq_ignore_ascii_case("threadmarks")
            && !is_strong_chrome(name)
            && !is_weak_chrome(name)
            && !is_thread_line(name))
        .then(|| (next, name.to_string()))
    });
    // The thread's title is the line over `Thread starter …` (the forum's own path,
    // "Forums / Creative Writing", may stand above it), else the page's first line,
    // unless that is the forum's own.
    let first = above
        .iter()
        .position(|&i| doc.trimmed(i).to_lowercase().starts_with("thread starter "))
        .filter(|&n| n > 0)
        .map_or(above[0], |n| above[n - 1]);
    let thread_title = (!is_strong_chrome(doc.trimmed(first))
        && !is_weak_chrome(doc.trimmed(first))
        && is_title_line(&doc.para(first, first + 1)))
    .then(|| doc.trimmed(first).to_string());
    let author = above.iter().find_map(|&i| {
        let t = doc.trimmed(i);
        if let Some(name) = discussion_starter(t) {
            return Some(name.to_string());
        }
        let rest = t.get(15..).filter(|_| {
            t.get(..15)
                .is_some_and(|p| p.eq_ignore_ascii_case("thread starter "))
        })?;
        // A member's name may have spaces ("Corvid Quill"): all of it up to the date.
        let name = match rest.find(" Start date") {
            Some(e) => rest[..e].trim(),
            None => rest.split_whitespace().next()?,
        };
        (!name.is_empty()).then(|| name.to_string())
    });
    doc.why(format!(
        "header: lines 1–{} are a forum page's head (thread, threadmarks, the poster, \"#1\"), \
         as SpaceBattles, Sufficient Velocity and Questionable Questing show it",
        marker + 1
    ));
    // The threadmark names the post; when the thread's title only adds a note to it
    // ("Name (one-shot)"), the threadmark is the cleaner title.
    // A line of the head that names the post without the thread title's tags ("Salt and
    // Rye" under "Salt and Rye [Original Fiction, One-Shot]") is cleaner still.
    let plain = thread_title.as_deref().and_then(|t| {
        above[1..]
            .iter()
            .map(|&i| doc.trimmed(i))
            .find(|l| {
                l.chars().count() >= 3
                    && t.len() > l.len()
                    && t.starts_with(l)
                    && t[l.len()..].trim_start().starts_with(['[', '('])
            })
            .map(str::to_string)
    });
    // The post may open by repeating its threadmark in bold: that line is its title.
    // With no threadmark named over the post, a first line that ends the line of recent
    // threadmarks ("… Chapter 6 (Part 3) Interlude 2: Stores") is the post's own.
    let first_line = doc.next_text(marker + 1);
    let recent = first_line.and_then(|k| {
        let t = doc.trimmed(k);
        let ends_a_line = above.iter().any(|&i| {
            let l = doc.trimmed(i);
            l.len() > t.len() && l.ends_with(t) && l[..l.len() - t.len()].ends_with(' ')
        });
        (threadmark.is_none()
            && t.chars().count() >= 3
            && ends_a_line
            && is_title_line(&doc.para(k, k + 1)))
        .then(|| (k, t.to_string()))
    });
    let threadmark = threadmark.or(recent);
    let repeated = threadmark.as_ref().and_then(|(_, m)| {
        let k = first_line?;
        (!m.is_empty() && doc.trimmed(k) == m).then_some(k)
    });
    if let Some(k) = repeated {
        let t = doc.trimmed(k).to_string();
        doc.drop_line(k, &t);
        doc.why(format!(
            "header: line {} repeats the threadmark over the post, so it names the post",
            k + 1
        ));
    }
    let title = match (&thread_title, &threadmark) {
        (_, Some((_, m))) if repeated.is_some() => Some(m.clone()),
        _ if plain.is_some() => plain,
        (Some(t), Some((_, m))) if !m.is_empty() && t.starts_with(m.as_str()) => Some(m.clone()),
        (Some(t), _) => Some(without_tags(t).to_string()),
        (None, Some((_, m))) if !m.is_empty() => Some(m.clone()),
        _ => None,
    };
    for &i in &above {
        let t = doc.trimmed(i).to_string();
        doc.drop_line(i, &t);
    }
    // A thread of several threadmarked posts: each threadmark names its part, and the
    // first part's name opens the story as its heading.
    let several = super::forum_posts::between_posts(doc);
    if several
        && let Some((i, m)) = &threadmark
        && title.as_deref() != Some(m.as_str())
        && !m.is_empty()
    {
        if let Some(d) = doc.out.meta.dropped.iter_mut().find(|d| d.line == i + 1) {
            d.text = "Threadmarks:".into();
        }
        let mut p = doc.para(*i, i + 1);
        p.text = m.clone();
        doc.out.lead_heading = Some(p);
        doc.why(format!(
            "heading: line {} names the first threadmarked post, \"{m}\"",
            i + 1
        ));
    }
    if let Some(t) = title.filter(|_| allow_title) {
        // The title's words are the chapter's; one of the lines that wrote it is not
        // dropped but taken.
        if let Some(d) = doc.out.meta.dropped.iter().position(|d| d.text == t) {
            doc.out.meta.dropped.remove(d);
        } else if let Some((i, _)) = threadmark {
            let d = doc.out.meta.dropped.iter().position(|d| d.line == i + 1);
            if let Some(d) = d {
                doc.out.meta.dropped[d].text = "Threadmarks:".into();
            }
        }
        doc.why(format!("header: \"{t}\" is the thread's title"));
        doc.out.title = Some(t);
    }
    if let Some(a) = author {
        if let Some(d) = doc
            .out
            .meta
            .dropped
            .iter_mut()
            .find(|d| d.text.to_lowercase().starts_with("thread starter "))
        {
            d.text = d.text.replacen(&format!(" {a}"), "", 1);
        }
        doc.why(format!("header: the thread starter {a} is the author"));
        doc.out.meta.author.get_or_insert(a);
    }
    true
}

/// On a page copied whole, the post ends at its first `Last edited:` or reactions line:
/// what follows is the page's (other members' replies, the reply box, the share buttons,
/// the site's footer) and goes, as written. Not when a threadmarked post follows
/// (`Threadmarks: …`): a copy of several posts goes on with the story.
fn page_foot(doc: &mut Doc) -> bool {
    let mut at = None;
    let mut i = 0;
    while let Some(k) = doc.next_text(i) {
        if is_foot_line(doc.trimmed(k)) {
            at = Some(k);
            break;
        }
        i = k + 1;
    }
    let Some(mut first) = at else {
        return false;
    };
    // The post's buttons over it ("Reply", "Report", "Like"), a reaction count that
    // came out on its own line ("x 87") and XenForo 1's "NAME, Apr 14, 2025" under
    // the post belong to the foot too.
    while let Some(k) = doc.prev_text(first) {
        let t = doc.trimmed(k);
        let count = t
            .strip_prefix("x ")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == ','));
        let signed = doc.out.meta.author.as_deref().is_some_and(|a| {
            t.strip_prefix(a)
                .and_then(|r| r.strip_prefix(", "))
                .is_some_and(|date| {
                    date.len() <= 20 && date.ends_with(|c: char| c.is_ascii_digit())
                })
        });
        if !(count || signed || is_weak_chrome(t)) {
            break;
        }
        first = k;
    }
    let more_posts = (first..doc.len()).any(|k| {
        !doc.blank(k) && !doc.taken[k] && doc.trimmed(k).to_lowercase().starts_with("threadmarks: ")
    });
    if more_posts {
        return false;
    }
    doc.drop_page_foot(
        first,
        "the forum post's foot and the page under it (replies, the reply box, the site's footer)",
    );
    true
}

/// The foot of the post at the end of the file: "Last edited: …", reaction counts and
/// buttons, with at least one line only a forum writes; and the poster's signature over
/// it, under the rule the forum draws above every signature.
fn post_foot(doc: &mut Doc) -> bool {
    let Some((mut first, last)) = doc.take_foot(|doc, k| {
        let t = doc.trimmed(k);
        let sure = is_foot_line(t);
        (sure || is_weak_chrome(t)).then_some(sure)
    }) else {
        return false;
    };
    // The signature: one to three lines under a rule, right above the foot.
    let mut k = first;
    for _ in 0..=SIGNATURE_LINES {
        let Some(j) = doc.prev_text(k).filter(|&j| j + 2 >= k) else {
            break;
        };
        if is_rule(doc.trimmed(j), &['-', '_'], SIGNATURE_RULE) {
            if k < first {
                doc.drop_span(j, first);
                first = j;
            }
            break;
        }
        k = j;
    }
    doc.why(format!(
        "header: lines {}–{} are the forum post's foot (signature, edit date, reactions, buttons)",
        first + 1,
        last + 1
    ));
    // A XenForo foot says the file is a XenForo post (the header's other readers stand
    // down); a Simple Machines one leaves its fields above to them.
    (first..=last).any(|k| is_xenforo_foot_line(doc.trimmed(k)))
}

/// How many lines a signature under its rule may take.
const SIGNATURE_LINES: usize = 3;

/// The shortest rule a forum draws above a signature.
const SIGNATURE_RULE: usize = 10;

/// Whether `t` opens a spoiler box whose label names an author's note
/// ("Spoiler: Author's Note", "Spoiler: A/N", "Spoiler: End notes").
pub(super) fn note_spoiler(t: &str) -> bool {
    let Some(label) = t
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("spoiler:"))
        .map(|_| t[8..].trim())
    else {
        return false;
    };
    let l = format!("{label}:");
    label.split_whitespace().count() <= 4
        && (is_labelled_note(&l, NOTE_LABELS) || is_labelled_note(&l, END_LABELS))
}

/// Whether `t` opens a spoiler box ("Spoiler: Side-story recap", "Spoiler").
fn is_spoiler(t: &str) -> bool {
    t.eq_ignore_ascii_case("spoiler")
        || t.get(..8)
            .is_some_and(|p| p.eq_ignore_ascii_case("spoiler:"))
            && t.split_whitespace().count() <= 8
}

/// Where the one paragraph above line `i` starts when it is all there is above it and
/// opens with an author's-note label.
fn lone_note_above(doc: &Doc, i: usize) -> Option<usize> {
    let last = doc.prev_text(i)?;
    let mut first = last;
    while first > 0 && !doc.blank(first - 1) && !doc.taken[first - 1] {
        first -= 1;
    }
    let alone = doc.prev_text(first).is_none();
    (alone && is_labelled_note(doc.trimmed(first), NOTE_LABELS)).then_some(first)
}

/// Whether line `t` is a spoiler box's button.
fn is_button(t: &str) -> bool {
    super::lj::is_forum_button(t)
}

/// Spoiler boxes that hold the author's notes, before the story or after it: their
/// words go to the preface or the afterword, the box's label and buttons are dropped.
fn spoiler_notes(doc: &mut Doc) -> bool {
    let mut found = false;
    let mut i = 0;
    while i < doc.len() {
        // A spoiler box right under the author's note that opens the post ("A/N: …
        // spoilers for the side-story below") is the note's too.
        let under_note = (!doc.taken[i] && is_spoiler(doc.trimmed(i)))
            .then(|| lone_note_above(doc, i))
            .flatten();
        if doc.taken[i] || !(note_spoiler(doc.trimmed(i)) || under_note.is_some()) {
            i += 1;
            continue;
        }
        let Some(close) = (i + 1..doc.len()).find(|&j| !doc.taken[j] && is_button(doc.trimmed(j)))
        else {
            return found;
        };
        let mut after = close;
        while doc
            .next_text(after)
            .is_some_and(|j| is_button(doc.trimmed(j)))
        {
            after = doc.next_text(after).map_or(after, |j| j + 1);
        }
        let before_story = doc.prev_text(i).is_none() || under_note.is_some();
        // What follows the box is only a divider line, or nothing.
        let after_story = {
            let mut j = after;
            let mut rest = true;
            while let Some(k) = doc.next_text(j) {
                if !super::paragraphs::is_scene_break(doc.trimmed(k)) {
                    rest = false;
                    break;
                }
                j = k + 1;
            }
            rest
        };
        if !(before_story || after_story) {
            i = after;
            continue;
        }
        if let Some(note) = under_note {
            let paras = doc.paras(note, i);
            doc.take(note, i);
            doc.out.preface.extend(paras);
        }
        let label = doc.trimmed(i).to_string();
        doc.drop_line(i, &label);
        let paras = doc.paras(i + 1, close);
        doc.take(i + 1, close);
        for j in close..after {
            if !doc.blank(j) && !doc.taken[j] {
                let t = doc.trimmed(j).to_string();
                doc.drop_line(j, &t);
            }
        }
        let to = if before_story {
            &mut doc.out.preface
        } else {
            &mut doc.out.afterword
        };
        to.extend(paras);
        doc.why(format!(
            "header: line {} \"{label}\" is a spoiler box holding the author's note; \
             its words go {} and its buttons are left out",
            i + 1,
            if before_story {
                "before the story"
            } else {
                "after the story"
            }
        ));
        found = true;
        i = after;
    }
    found
}

#[cfg(test)]
mod tests;
