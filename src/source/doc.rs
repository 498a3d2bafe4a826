//! Story headers, the readers' common ground: a story file as lines ([`Doc`]), what the
//! readers took from it, and the [`Header`] they fill.
//!
//! Input: the decoded text of one story. Output: for the readers (`fff`, `ao3`, `lj`)
//! the lines, marks for the lines they take, and fields read (`Label: value` with its
//! continuation lines) and filed into the chapter's metadata or the preface (`fields`).
//! `header` runs the readers over a `Doc` and turns it into a `Header`.

use super::paragraphs::{RawPara, is_scene_break};
use crate::model::{Dropped, StoryMeta};

mod fields;
pub(crate) use fields::{file_hit, read_field, read_fields};

/// What the header readers found in a story file.
#[derive(Debug, Clone, Default)]
pub(crate) struct Header {
    /// The text with every line the readers took blanked.
    pub rest: String,
    /// The title the header states, if any.
    pub title: Option<String>,
    /// Authors after the first (`meta.author`), when the header names several.
    pub co_authors: Vec<String>,
    /// Metadata (without the summary, which is `summary`) and the boilerplate dropped.
    pub meta: StoryMeta,
    /// The summary's paragraphs, without its label.
    pub summary: Vec<RawPara>,
    /// The author's words taken from the header for the preface, in order.
    pub preface: Vec<RawPara>,
    /// The author's words taken from the end for the afterword, in order.
    pub afterword: Vec<RawPara>,
    /// A chapter heading that opened the story text, taken out so it can open the body.
    pub lead_heading: Option<RawPara>,
    /// Lines (1-based) of `rest` that are chapter headings.
    pub headings: Vec<usize>,
    /// Markdown quotes whose `>` marks were taken off: each its first and last line
    /// (1-based) of `rest`.
    pub quotes: Vec<(usize, usize)>,
    /// A chapter's own notes inside the story (FanFicFare's `Notes for the Chapter:`):
    /// each its first and last line (1-based) of `rest`, to be set apart as small notes.
    pub notes: Vec<(usize, usize)>,
    /// Why, in words (for `quire inspect`).
    pub decisions: Vec<String>,
}

/// A story file as lines, with what the readers took from it.
pub(crate) struct Doc {
    pub lines: Vec<String>,
    pub taken: Vec<bool>,
    /// Lines that were `> ` quotes before a reader took the marks off.
    pub quoted: Vec<bool>,
    /// Labels of the fields filed into the metadata, and of those left out, for one
    /// line of `quire inspect` each.
    pub(crate) filed: Vec<String>,
    pub(crate) left_out: Vec<String>,
    pub out: Header,
}

#[cfg(test)]
impl Doc {
    /// The text `t` after one reader's pass, titles allowed: how a reader's tests see it.
    pub(crate) fn read_by<R>(t: &str, read: impl FnOnce(&mut Doc, bool) -> R) -> Doc {
        let mut doc = Doc::new(t);
        read(&mut doc, true);
        doc
    }
}

impl Doc {
    pub(crate) fn new(text: &str) -> Doc {
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let taken = vec![false; lines.len()];
        Doc {
            quoted: taken.clone(),
            filed: Vec::new(),
            left_out: Vec::new(),
            lines,
            taken,
            out: Header::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn blank(&self, i: usize) -> bool {
        self.lines[i].trim().is_empty()
    }

    pub fn trimmed(&self, i: usize) -> &str {
        self.lines[i].trim()
    }

    /// The lines no reader took, trimmed, one a line (blank lines left out): what a
    /// reader's test expects the story to keep.
    #[cfg(test)]
    pub(crate) fn untaken(&self) -> String {
        (0..self.len())
            .filter(|&i| !self.taken[i] && !self.blank(i))
            .map(|i| self.trimmed(i))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The texts of the lines readers dropped as furniture, in the order they were
    /// dropped: what a reader's test expects gone.
    #[cfg(test)]
    pub(crate) fn dropped_texts(&self) -> Vec<&str> {
        self.out
            .meta
            .dropped
            .iter()
            .map(|d| d.text.as_str())
            .collect()
    }

    /// Drops every line from `first` to the end (a page's foot: buttons, comments, the
    /// site's footer) and says so: `what` names them.
    pub(crate) fn drop_page_foot(&mut self, first: usize, what: &str) {
        let Some((_, last)) = self.drop_span(first, self.len()) else {
            return;
        };
        self.why(format!(
            "header: lines {}–{} are {what}",
            first + 1,
            last + 1
        ));
    }

    /// Drops label line `s` (a site's "Summary", "Foreword", "Kurzbeschreibung") and
    /// takes the paragraph under it as the story's summary; where that paragraph ends.
    pub(crate) fn summary_under(&mut self, s: usize) -> Option<usize> {
        self.drop_span(s, s + 1);
        let b = self.next_text(s + 1)?;
        let e = self.para_end(b);
        let blurb = self.paras(b, e);
        self.take(b, e);
        self.out.summary.extend(blurb);
        Some(e)
    }

    /// Drops every line of `from..to` with text that no reader took, each recorded as
    /// written; the first and last line dropped, if any was.
    pub(crate) fn drop_span(&mut self, from: usize, to: usize) -> Option<(usize, usize)> {
        let lines: Vec<usize> = (from..to)
            .filter(|&k| !self.blank(k) && !self.taken[k])
            .collect();
        for &k in &lines {
            let t = self.trimmed(k).to_string();
            self.drop_line(k, &t);
        }
        Some((*lines.first()?, *lines.last()?))
    }

    /// Drops lines `from..to` as [`Doc::drop_span`] does, saying so for `quire inspect`
    /// as "lines A–B are `what`".
    pub(crate) fn drop_lines(&mut self, from: usize, to: usize, what: &str) {
        self.drop_span(from, to);
        self.why(format!("header: lines {}–{} are {what}", from + 1, to));
    }

    /// Line `i`, trimmed and lowercased: how the site readers compare a line with the
    /// lines only their site writes.
    pub fn lower(&self, i: usize) -> String {
        self.trimmed(i).to_lowercase()
    }

    /// The first non-blank, untaken line at or after `i`.
    pub fn next_text(&self, mut i: usize) -> Option<usize> {
        while i < self.len() && (self.blank(i) || self.taken[i]) {
            i += 1;
        }
        (i < self.len()).then_some(i)
    }

    /// The last non-blank, untaken line before `end`.
    pub fn prev_text(&self, end: usize) -> Option<usize> {
        (0..end).rev().find(|&i| !self.blank(i) && !self.taken[i])
    }

    /// Where each paragraph no reader took starts: a line with text, untaken, under a
    /// blank or taken line (or first in the file).
    pub(crate) fn para_starts(&self) -> Vec<usize> {
        (0..self.len())
            .filter(|&i| {
                !self.blank(i)
                    && !self.taken[i]
                    && (i == 0 || self.blank(i - 1) || self.taken[i - 1])
            })
            .collect()
    }

    /// The end (exclusive) of the run of non-blank lines starting at `i`.
    pub fn para_end(&self, i: usize) -> usize {
        let mut j = i;
        while j < self.len() && !self.blank(j) {
            j += 1;
        }
        j
    }

    /// Lines `from..to` joined as one paragraph.
    pub fn para(&self, from: usize, to: usize) -> RawPara {
        let text = (from..to)
            .map(|i| self.trimmed(i))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        RawPara {
            scene_break: is_scene_break(&text),
            text,
            line: from + 1,
            lines: to - from,
            layout: Default::default(),
            ..RawPara::default()
        }
    }

    /// The paragraphs (blank-line separated) of lines `from..to`.
    pub fn paras(&self, from: usize, to: usize) -> Vec<RawPara> {
        let mut out = Vec::new();
        let mut i = from;
        while i < to {
            if self.blank(i) {
                i += 1;
                continue;
            }
            let e = self.para_end(i).min(to);
            out.push(self.para(i, e));
            i = e;
        }
        out
    }

    /// Takes lines `from..to` out of the text.
    pub fn take(&mut self, from: usize, to: usize) {
        for t in &mut self.taken[from..to] {
            *t = true;
        }
    }

    /// Takes line `i` and records `text` (all of it, or the label part) as dropped.
    pub fn drop_line(&mut self, i: usize, text: &str) {
        self.taken[i] = true;
        self.dropped(i, text);
    }

    /// Line `i` is a heading in a site's markup: the markup (`markup`, recorded as
    /// dropped) goes, the heading's own words (`name`) stay as the line, a heading.
    pub fn heading_in_markup(&mut self, i: usize, markup: &str, name: &str) {
        self.dropped(i, markup);
        self.lines[i] = name.to_string();
        self.out.headings.push(i + 1);
    }

    /// Records `text` of line `i` as dropped boilerplate (the line is taken elsewhere).
    pub fn dropped(&mut self, i: usize, text: &str) {
        if !text.trim().is_empty() {
            self.out.meta.dropped.push(Dropped {
                line: i + 1,
                text: text.trim().to_string(),
            });
        }
    }

    /// Takes lines `from..to` into the preface as one paragraph, as written.
    pub fn preface_lines(&mut self, from: usize, to: usize) {
        let p = self.para(from, to);
        self.take(from, to);
        self.out.preface.push(p);
    }

    /// Takes lines `from..to` as one paragraph into the summary, which heads the preface
    /// too (a page's description of the work).
    pub(crate) fn summary_lines(&mut self, from: usize, to: usize) {
        let p = self.para(from, to);
        self.take(from, to);
        self.out.summary.push(p.clone());
        self.out.preface.push(p);
    }

    /// The longest line of `from..to`, when it has eight words or more: a page's
    /// description among the short lines of its head (tags, counts, buttons).
    pub(crate) fn blurb_line(&self, from: usize, to: usize) -> Option<usize> {
        let words = |i: usize| self.trimmed(i).split_whitespace().count();
        (from..to)
            .max_by_key(|&i| words(i))
            .filter(|&i| words(i) >= 8)
    }

    /// Takes lines `from..to` into the afterword as one paragraph, as written.
    pub fn afterword_lines(&mut self, from: usize, to: usize) {
        let p = self.para(from, to);
        self.take(from, to);
        self.out.afterword.push(p);
    }

    /// Takes lines `from..to` into the afterword, a paragraph for each of theirs (as a
    /// site's note box holds them); whether there was any.
    pub(crate) fn afterword_paras(&mut self, from: usize, to: usize) -> bool {
        let paras = self.paras(from, to);
        self.take(from, to);
        let any = !paras.is_empty();
        self.out.afterword.extend(paras);
        any
    }

    /// Takes line `k` as the work's title when `allow`, saying it `is` what the reader
    /// found ("the work's title"), or into the preface as written when not.
    pub fn title_line(&mut self, k: usize, allow: bool, is: &str) {
        if allow {
            // A Markdown heading's marks are not the title's words.
            let line = self.trimmed(k);
            let text = super::parts::atx(line).unwrap_or(line);
            let text = super::parts::strong_title(text).to_string();
            self.take(k, k + 1);
            self.why(format!("header: line {} \"{text}\" is {is}", k + 1));
            self.out.title = Some(text);
        } else {
            self.preface_lines(k, k + 1);
        }
    }

    /// Takes byline `b`, naming `who`, and records its label part ("by ", "Written by:")
    /// as dropped.
    pub fn byline(&mut self, b: usize, who: &str) {
        let line = self.trimmed(b);
        let label = line.replacen(who, "", 1);
        self.take(b, b + 1);
        self.dropped(b, &label);
    }

    /// Drops a site's lines at the very end of the file. Walking back from the last
    /// line, `site` says of each whether the site wrote it: `Some(true)` a line only the
    /// site writes (a comment count), `Some(false)` one it may write (a "Share" button),
    /// `None` the author's, which ends the foot. The lines go, as written, only when at
    /// least one is sure; returns whether they went, saying so for `quire inspect` as
    /// "lines A–B are `what`".
    pub fn drop_foot(&mut self, what: &str, site: impl Fn(&Doc, usize) -> Option<bool>) -> bool {
        let Some((first, last)) = self.take_foot(site) else {
            return false;
        };
        self.why(format!(
            "header: lines {}–{} are {what}",
            first + 1,
            last + 1
        ));
        true
    }

    /// [`Doc::drop_foot`] without a word to `quire inspect`: the first and last line
    /// (0-based) of the foot dropped, if one was.
    pub fn take_foot(
        &mut self,
        site: impl Fn(&Doc, usize) -> Option<bool>,
    ) -> Option<(usize, usize)> {
        let mut lines = Vec::new();
        let mut strong = false;
        let mut end = self.len();
        while let Some(k) = self.prev_text(end) {
            let Some(sure) = site(self, k) else {
                break;
            };
            strong |= sure;
            lines.push(k);
            end = k;
        }
        if !strong {
            return None;
        }
        for &k in lines.iter().rev() {
            let t = self.trimmed(k).to_string();
            self.drop_line(k, &t);
        }
        Some((lines[lines.len() - 1], lines[0]))
    }

    pub fn why(&mut self, s: String) {
        self.out.decisions.push(s);
    }
}

/// Whether `t` is set in capitals: at least one capital letter and no lowercase one (a
/// script without case, Arabic or Chinese, has no capitals to set a line in).
pub(crate) fn in_capitals(t: &str) -> bool {
    t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase)
}

/// Whether `t` is a rule: at least `min` of one of the characters `marks`, and nothing
/// else (a download's `=====`, an archive's `_____`).
pub(crate) fn is_rule(t: &str, marks: &[char], min: usize) -> bool {
    let mut cs = t.chars();
    cs.next()
        .is_some_and(|c| marks.contains(&c) && t.chars().count() >= min && cs.all(|x| x == c))
}
