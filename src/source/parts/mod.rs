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
mod title;

pub(crate) use title::{HEADING_WORDS, atx, is_bare_section, is_section_number};
pub use title::{is_title_line, is_title_text};

use super::paragraphs::RawPara;
use head::detect_head;
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

    let mut end = n;
    if let Some(k) = ov.afterword {
        let k = k.min(n - start);
        end = n - k;
        s.decisions.push(format!(
            "afterword: {k} paragraph(s), as book.toml says (`afterword = {k}`)"
        ));
    } else {
        end = detect_tail(paras, start, end, &mut s);
    }
    s.afterword = (end..n).collect();
    s.body = (start..end).collect();
    if s.body.is_empty() {
        s.decisions.push("body: empty".to_string());
    }
    s
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
