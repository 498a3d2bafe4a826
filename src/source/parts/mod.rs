//! Story parts: raw paragraphs → preface, in-text title, body, afterword.
//!
//! Input: the paragraphs of one file and the chapter's overrides. Output: a [`Split`]
//! saying which paragraphs belong where, with a reason for every decision (shown by
//! `quire inspect`). The rule when unsure: leave text in the story and say so — a note
//! printed as story is a blemish, a story paragraph hidden as a note is a loss.
//!
//! Its stages: [`head`] finds the leading note and the title, [`tail`] the closing note;
//! [`title`] says which short lines are titles (and which are dates, salutations or bare
//! section headings).

mod head;
mod tail;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_edges;
mod title;

pub(crate) use title::{
    HEADING_WORDS, atx, drop_repeated_title, is_bare_section, is_section_number, strong_title,
    words_of,
};
pub use title::{is_title_line, is_title_text};

use super::paragraphs::RawPara;
use head::detect_head;
pub(crate) use head::{NO_PREFACE, header_note_to_divider};
use tail::detect_tail;
use title::is_title;

/// Per-chapter overrides from `book.toml`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Exactly this many leading paragraphs are the preface.
    pub preface: Option<usize>,
    /// Exactly this many trailing paragraphs are the afterword.
    pub afterword: Option<usize>,
    /// `Some(false)`: never take a line of the file as the title.
    pub title_in_text: Option<bool>,
}

/// The decision [`split`] records when `book.toml` says how many paragraphs the
/// afterword is (a reader that sets the count itself puts its own reason in its place).
pub(crate) fn afterword_as_told(k: usize) -> String {
    format!("afterword: {k} paragraph(s), as book.toml says (`afterword = {k}`)")
}

/// Where each paragraph of a story goes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Split {
    /// Indices of preface paragraphs (leading).
    pub preface: Vec<usize>,
    /// Index of the title line, if one was found.
    pub title: Option<usize>,
    /// Indices of body paragraphs.
    pub body: Vec<usize>,
    /// Indices of afterword paragraphs (trailing).
    pub afterword: Vec<usize>,
    /// Indices of paragraphs that are neither's words: an end mark between the story and
    /// its closing note.
    pub left_out: Vec<usize>,
    /// Why, in words.
    pub decisions: Vec<String>,
}

/// Decides the parts of a story.
pub fn split(paras: &[RawPara], ov: Overrides) -> Split {
    let mut s = Split::default();
    let n = paras.len();
    let allow_title = ov.title_in_text != Some(false);

    let start = if let Some(k) = ov.preface {
        let k = k.min(n);
        s.preface = (0..k).collect();
        let mut start = k;
        s.decisions.push(format!(
            "preface: {k} paragraph(s), as book.toml says (`preface = {k}`)"
        ));
        if allow_title && start < n && is_title(&paras[start]) {
            s.title = Some(start);
            s.decisions.push(format!(
                "title: \"{}\" (line {}) is a short line right after the note",
                paras[start].text, paras[start].line
            ));
            start += 1;
        }
        start
    } else {
        detect_head(paras, allow_title, &mut s)
    };

    let mut end;
    if let Some(k) = ov.afterword {
        let k = k.min(n - start);
        end = n - k;
        s.decisions.push(afterword_as_told(k));
    } else {
        // The story's own footnotes at the very end are looked past: a closing note may
        // stand over them (they go back to the body below).
        let defs = marked_definitions(paras, start, n);
        let said = s.decisions.len();
        end = detect_tail(paras, start, defs, &mut s);
        if end == defs && defs < n {
            s.decisions.truncate(said);
            end = detect_tail(paras, start, n, &mut s);
        }
    }
    // An end mark between the story and its closing note (perhaps over a divider) only
    // parts them, as a divider there does: it is neither's words. At the very end (the
    // closing note, if any, read elsewhere) it only ends the story, and is left out too.
    let mut mark = end;
    while mark > start + 1 && paras[mark - 1].scene_break {
        mark -= 1;
    }
    let mark =
        (mark > start + 1 && super::headings::is_end_mark(&paras[mark - 1].text)).then(|| mark - 1);
    if let Some(m) = mark {
        let what = match end < n {
            true => "parts the story from its closing note",
            false => "ends the story",
        };
        s.decisions.push(format!(
            "body: line {} \"{}\" {what}; it is left out",
            paras[m].line, paras[m].text
        ));
    }
    s.body = (start..end).filter(|&i| Some(i) != mark).collect();
    s.left_out.extend(mark);
    s.afterword = (end..n).collect();
    story_footnotes_after(paras, &mut s);
    if s.body.is_empty() {
        s.decisions.push("body: empty".to_string());
    }
    s
}

/// Footnote definitions at the file's end (Markdown's `[^1]: …`, a word processor's
/// `[1] …`), after a closing note or an end mark, whose markers the story sets: they are
/// the story's footnotes, not the note's words, so they end the body (where the footnote
/// stage links them).
fn story_footnotes_after(paras: &[RawPara], s: &mut Split) {
    let label = definition_label;
    let mut k = s.afterword.len();
    while k > 0 && label(&paras[s.afterword[k - 1]].text).is_some() {
        k -= 1;
    }
    // All the afterword may be definitions only where an end mark parted them off.
    if (k == 0 && s.left_out.is_empty()) || k == s.afterword.len() {
        return;
    }
    let marked = |mark: &str| {
        s.body
            .iter()
            .any(|&i| super::footnotes::is_attached(&paras[i].text, mark))
    };
    let defs = s.afterword[k..].to_vec();
    if !defs
        .iter()
        .all(|&i| label(&paras[i].text).is_some_and(|id| marked(&id)))
    {
        return;
    }
    s.decisions.push(format!(
        "footnotes: lines {}–{} define footnotes the story marks, so they are the story's, not the closing note's",
        paras[defs[0]].line,
        paras[defs[defs.len() - 1]].line
    ));
    s.afterword.truncate(k);
    s.body.extend(defs);
}

/// The marker a footnote definition's paragraph answers, as the story sets it: `[^1]`
/// for `[^1]: …`, `[1]` for `[1] …`.
fn definition_label(t: &str) -> Option<String> {
    let t = t.trim_start();
    if let Some(rest) = t.strip_prefix("[^") {
        let (id, _) = rest.split_once("]:")?;
        return (!id.is_empty() && !id.contains(char::is_whitespace)).then(|| format!("[^{id}]"));
    }
    let (_, len) = super::footnotes::marker_at(t)?;
    t[len..].starts_with(' ').then(|| t[..len].to_string())
}

/// Where the footnote definitions ending `paras[start..end]` start, when each answers a
/// marker set before them (a word processor's `[1] …` under the story and its closing
/// note); `end` when there are none.
fn marked_definitions(paras: &[RawPara], start: usize, end: usize) -> usize {
    let mut k = end;
    while k > start + 1 && definition_label(&paras[k - 1].text).is_some() {
        k -= 1;
    }
    let marked = |id: &str| {
        paras[start..k]
            .iter()
            .any(|p| super::footnotes::is_attached(&p.text, id))
    };
    let all = (k..end).all(|i| definition_label(&paras[i].text).is_some_and(|id| marked(&id)));
    if k < end && all { k } else { end }
}

fn line_span(first: &RawPara, last: &RawPara) -> String {
    if first.line == last.line {
        format!("line {} has", first.line)
    } else {
        format!("lines {}–{} have", first.line, last.line)
    }
}

fn label_of(text: &str) -> String {
    text.replace('\n', " / ")
        .chars()
        .take(20)
        .collect::<String>()
        .trim()
        .to_string()
}
