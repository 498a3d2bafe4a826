//! Archive of Our Own pages and downloads saved as text → header, preface, afterword.
//!
//! Input: a story file as [`Doc`] lines. Output: the work's fields in the chapter's
//! metadata, its title and byline, the summary and notes in the preface, the end notes in
//! the afterword, `Chapter N: Title` lines as headings, and AO3's own words dropped
//! (`Work Text:`, `Chapter Text`, "(See the end of the work for more notes.)", the
//! "Posted originally on the Archive of Our Own" line, kudos and comment prompts).
//! Two shapes: a copy of a work or chapter page (the text starts after `Work Text:` or
//! `Chapter Text`), and the text of a download (no such line; the preface ends where
//! the first chapter title or the first paragraph that is not the header begins).
//!
//! This module reads the story and what follows it (chapter titles, end notes, the
//! page's foot); [`head`](mod@head) reads the header above it; [`vocabulary`] knows
//! AO3's own lines.

mod head;
mod vocabulary;

use super::doc::Doc;
use head::head;
use vocabulary::{
    Section, is_chapter_heading, is_chapter_notes, is_furniture, is_marker, is_posted, is_quoted,
    is_see_end, key, section, section_start,
};

/// AO3's `Work Text:` or `Chapter Text` landmark, which other tools copy with the
/// story (FanFicFare's text of an AO3 work keeps it over the text).
pub(crate) fn is_text_marker(t: &str) -> bool {
    is_marker(t)
}

/// AO3's pointer to a work's or chapter's end notes ("(See the end of the chapter for
/// more notes.)"), which other tools copy with the notes.
pub(crate) fn is_see_end_line(t: &str) -> bool {
    is_see_end(t)
}

/// Reads an AO3 page copy or download; false (nothing taken) when the file shows neither.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let mut markers: Vec<usize> = (0..doc.len())
        .filter(|&i| is_marker(doc.trimmed(i)))
        .collect();
    // A reader view's copy keeps the tag list and the work's notes but no `Work Text:`:
    // the see-the-end line under the notes, with AO3's own `Archive Warning:` above it,
    // marks where the story starts.
    let posted = (0..doc.len().min(60)).find(|&i| is_posted(doc.trimmed(i)));
    if markers.is_empty() && posted.is_none() {
        let top = doc.len().min(80);
        let warned = (0..top).any(|i| doc.trimmed(i).starts_with("Archive Warning"));
        if let Some(see) = (0..top)
            .find(|&i| is_see_end(doc.trimmed(i)))
            .filter(|_| warned)
        {
            markers.push(see);
        }
    }
    if markers.is_empty() && posted.is_none() {
        return false;
    }
    let page = !markers.is_empty();
    doc.why(if page {
        "header: a copy of an AO3 page (`Work Text:` or `Chapter Text` marks where the story starts)".to_string()
    } else {
        "header: the text of an AO3 download (\"Posted originally on the Archive of Our Own\")".to_string()
    });
    let limit = markers.first().copied().unwrap_or(doc.len());
    let body_from = head(doc, limit, page, allow_title);
    for &m in &markers {
        let t = doc.trimmed(m).to_string();
        doc.drop_line(m, &t);
    }
    let last = markers.last().copied().unwrap_or(body_from);
    if page {
        page_foot(doc, last.max(body_from));
    }
    trailing_furniture(doc);
    end_notes(doc, last.max(body_from));
    for i in body_from..doc.len() {
        if doc.taken[i] {
            continue;
        }
        let t = doc.trimmed(i).to_string();
        if is_see_end(&t) {
            doc.drop_line(i, &t);
        } else if section(&t).is_some() && doc.para_end(i) == i + 1 {
            // A chapter's own `Notes:` or `Summary:` between chapters: the notes stay at
            // their place, set apart as small notes, up to the chapter's text or the next
            // chapter; AO3's label goes.
            doc.drop_line(i, &t);
            let Some(first) = doc.next_text(i + 1) else {
                continue;
            };
            let mut last = doc.para_end(first);
            // A download sets the notes indented, as AO3's page quotes them: they end
            // where the chapter's text, flush left, starts.
            let quoted = is_quoted(&doc.lines[first]);
            // The next line with text, taken or not: a taken one (AO3's `Chapter Text`
            // marker, dropped) ends the notes.
            while let Some(k) = (last..doc.len()).find(|&k| !doc.blank(k)) {
                let next = doc.trimmed(k);
                if doc.taken[k]
                    || is_see_end(next)
                    || is_chapter_heading(next)
                    || section(next).is_some()
                    || (quoted && !is_quoted(&doc.lines[k]))
                {
                    break;
                }
                last = doc.para_end(k);
            }
            doc.out.notes.push((first + 1, last));
            doc.why(format!(
                "header: line {} `{t}` is AO3's label over a chapter's notes; the notes (lines {}–{last}) stay at their place in the story, set apart as small notes",
                i + 1,
                first + 1
            ));
        } else if is_chapter_title(doc, i) {
            if doc.next_text(body_from) == Some(i) && doc.out.lead_heading.is_none() {
                doc.take(i, i + 1);
                doc.out.lead_heading = Some(doc.para(i, i + 1));
            } else {
                doc.out.headings.push(i + 1);
            }
            doc.why(format!(
                "heading: line {} \"{t}\" is an AO3 chapter title",
                i + 1
            ));
        }
    }
    true
}

/// Whether line `k` is an AO3 chapter title (`Chapter 2: Signal and Noise`) alone in
/// its paragraph.
fn is_chapter_title(doc: &Doc, k: usize) -> bool {
    is_chapter_heading(doc.trimmed(k)) && (k == 0 || doc.blank(k - 1)) && doc.para_end(k) == k + 1
}

/// Drops AO3's buttons and prompts at the end of a copied page or download.
fn trailing_furniture(doc: &mut Doc) {
    while let Some(k) = doc.prev_text(doc.len()) {
        let t = doc.trimmed(k).to_string();
        if is_furniture(&t) {
            doc.drop_line(k, &t);
            continue;
        }
        // A prompt wrapped onto two lines (a download converted to text, as pandoc
        // wraps it): both lines go.
        let Some(j) = doc.prev_text(k).filter(|&j| j + 1 == k) else {
            break;
        };
        let both = format!("{} {t}", doc.trimmed(j));
        if !is_furniture(&both) {
            break;
        }
        doc.drop_line(k, &t);
        doc.drop_line(j, &both[..both.len() - t.len() - 1]);
    }
}

/// The foot of a copied page, after the story and its end notes: from the first two of
/// AO3's buttons on lines next to each other ("Actions", "↑ Top", "Kudos ♥") or the kudos line to the
/// end — buttons, kudos, the comment form, readers' comments and the site's footer.
fn page_foot(doc: &mut Doc, from: usize) {
    let mut i = from;
    let start = loop {
        let Some(k) = doc.next_text(i) else {
            return;
        };
        let t = doc.trimmed(k);
        let kudos = key(t).ends_with("left kudos on this work!");
        let button_row = is_furniture(t)
            && k + 1 < doc.len()
            && !doc.taken[k + 1]
            && is_furniture(doc.trimmed(k + 1));
        if kudos || button_row {
            break k;
        }
        i = k + 1;
    };
    doc.drop_page_foot(
        start,
        "the page's foot (buttons, kudos, comments, the site's footer)",
    );
}

/// Whether the label at `k` has two or more lines right under it, none of them a long
/// line of prose: a list's entries, not a note's paragraph.
fn over_lines(doc: &Doc, k: usize) -> bool {
    // The page's foot, taken already, may follow with no blank line between.
    let under: Vec<usize> = (k + 1..doc.para_end(k))
        .take_while(|&j| !doc.taken[j])
        .collect();
    under.len() >= 2
        && under.iter().all(|&j| {
            let t = doc.trimmed(j);
            t.chars().count() < 60 && section_start(t).is_none()
        })
}

/// The end notes after the story: from the first bare `Notes:` (`End Notes`,
/// `Afterword`) after the last text marker and the last chapter title to the end →
/// afterword, labels dropped. A download of a work in chapters has each chapter's
/// `Chapter Notes` and `Chapter End Notes` between them: the work's end notes come after
/// the last chapter's title, and a `Chapter Notes` label, over a chapter's opening notes,
/// never opens them (a three-chapter download had become all afterword from its first
/// chapter's notes on).
fn end_notes(doc: &mut Doc, from: usize) {
    let from = (from..doc.len())
        .rev()
        .find(|&k| !doc.taken[k] && is_chapter_title(doc, k))
        .map_or(from, |k| k + 1);
    let Some(k) = (from..doc.len()).find(|&k| {
        !doc.taken[k]
            && section_start(doc.trimmed(k)).is_some_and(|s| s != Section::Summary)
            && !is_chapter_notes(doc.trimmed(k))
            && (k == 0 || doc.blank(k - 1))
            // AO3's label stands alone over the notes, or over their first paragraph; a
            // bare "Notes:" over short lines is the story's own (a notebook's heading
            // over its entries).
            && (section(doc.trimmed(k)).is_none() || !over_lines(doc, k))
    }) else {
        return;
    };
    doc.why(format!(
        "afterword: line {} `{}` opens the work's end notes",
        k + 1,
        doc.trimmed(k)
    ));
    let mut i = k;
    while let Some(m) = doc.next_text(i) {
        let t = doc.trimmed(m).to_string();
        if section(&t).is_some() {
            doc.drop_line(m, &t);
            i = m + 1;
            continue;
        }
        // The paragraph ends at the page's foot where no blank line parts them.
        let end = doc.para_end(m);
        let e = (m..end).find(|&j| doc.taken[j]).unwrap_or(end);
        let mut p = doc.para(m, e);
        // `End Notes: Thank you…`: the label is AO3's, the rest the author's.
        if section(&t).is_none()
            && section_start(&t).is_some()
            && let Some(colon) = p.text.find(':')
        {
            doc.dropped(m, &p.text[..colon]);
            p.text = p.text[colon + 1..].trim().to_string();
        }
        doc.take(m, e);
        doc.out.afterword.push(p);
        i = e;
    }
}
