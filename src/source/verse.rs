//! Verse in plain text: which raw paragraphs are a poem's stanzas, and which one-line
//! paragraphs are its titles.
//!
//! Input: a story's [`RawPara`]s, split and laid out by `paragraphs` (each kept line's
//! indent recorded). Output: the same paragraphs marked [`Verse::Stanza`] or
//! [`Verse::Title`] where the text gives evidence of verse, lines of one stanza that
//! were split one per line joined again. `story` turns the marks into
//! [`Block::Stanza`](crate::model::Block::Stanza) and headings.
//!
//! Evidence of verse is a run of paragraphs of short typed lines that either indents
//! some of its lines past its first (the poet's indents), or holds two or more
//! paragraphs of three or more such lines. A letter's closing (two lines), an address,
//! a letter's head (its addresses and date over "Dear …", see [`super::letter`]),
//! an e-mail's header (`From:`/`To:` fields) or a chat log is none of these, and stays
//! a paragraph with its line breaks.

use super::list_marks;
use super::paragraphs::RawPara;

/// What a paragraph is to a poem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Verse {
    /// Not verse.
    #[default]
    Prose,
    /// A stanza: its typed lines are a poem's.
    Stanza,
    /// A poem's title, before its first stanza ("I. Arrival, 3rd October").
    Title,
}

/// A typed line longer than this (in characters) is prose, not a line of verse.
const VERSE_LINE: usize = 64;
/// Columns of leading white space per indent level (a tab counts as this many).
pub(crate) const INDENT_COLUMNS: usize = 4;

/// The columns of white space a line opens with: a tab counts as [`INDENT_COLUMNS`].
pub(crate) fn indent_columns(line: &str) -> usize {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { INDENT_COLUMNS } else { 1 })
        .sum()
}

/// The indent levels of a stanza's lines, from their columns: the least indented line
/// is flush, others a level per [`INDENT_COLUMNS`] further (rounded, at least one).
pub(crate) fn levels(columns: &[usize]) -> Vec<u8> {
    let least = columns.iter().copied().min().unwrap_or(0);
    columns
        .iter()
        .map(|&c| match c - least {
            0 => 0,
            d => ((d + INDENT_COLUMNS / 2) / INDENT_COLUMNS).clamp(1, 255) as u8,
        })
        .map(|l| l.min(crate::model::MAX_VERSE_INDENT))
        .collect()
}

fn typed_lines(p: &RawPara) -> impl Iterator<Item = &str> {
    p.text.split('\n')
}

/// Whether a line reads as a `Label: value` field (an e-mail's `From:`, `Subject:`):
/// a label of one to three words, and a value after it (a line of verse may end in a
/// colon: "I have left in a temper:").
fn is_field(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, value)| {
        let label = label.trim();
        !value.trim().is_empty()
            && label.split_whitespace().count() <= 3
            && (1..=24).contains(&label.chars().count())
            && label.chars().next().is_some_and(char::is_uppercase)
            && label
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-'))
    })
}

/// Whether a typed line (its leading white space off) could be a line of verse: short,
/// and not a field. The HTML reader asks the same of its `<br/>` lines.
pub(crate) fn verse_line(line: &str) -> bool {
    line.chars().count() <= VERSE_LINE && !is_field(line)
}

/// Whether every typed line of `p` could be a line of verse, and they are not a
/// list's (each opened by a list mark: an inventory with indented sub-items is
/// indented, but the list stage reads it, nested).
fn short_lines(p: &RawPara) -> bool {
    !p.scene_break
        && p.layout != super::lines::Layout::Chat
        && typed_lines(p).all(verse_line)
        && !list_lines(p)
}

/// Whether `p` is two typed lines or more, each opened by a list mark.
fn list_lines(p: &RawPara) -> bool {
    p.text.contains('\n') && typed_lines(p).all(|l| list_marks::mark(l).is_some())
}

/// Lines of `p` it kept as typed (its breaks were kept), when it has several.
fn kept(p: &RawPara) -> usize {
    if p.layout.keeps() {
        typed_lines(p).count()
    } else {
        1
    }
}

/// A stanza of three lines or more that indents a line past its first: strong
/// evidence (a letter's closing may indent its signature, on its second line).
fn indented(p: &RawPara) -> bool {
    kept(p) >= 3 && p.indents.iter().skip(1).any(|&c| c > p.indents[0])
}

/// Blank lines between paragraph `a` and the next, `b`.
fn gap(a: &RawPara, b: &RawPara) -> usize {
    b.line.saturating_sub(a.line + a.lines)
}

/// Whether a one-line paragraph reads as a poem's title: a numeral alone ("II.", "3)"),
/// or no closing stop and numbered ("I. Arrival", "2) Dusk"), in title case ("Dawn",
/// "What the Harbourmaster Said") or set apart by two blank lines or more.
fn title_like(p: &RawPara, before: Option<&RawPara>) -> bool {
    let t = p
        .text
        .trim()
        .trim_end_matches(['"', '\'', '”', '’', ')', '*', '_']);
    let numbered = t.split_once([' ']).is_some_and(|(n, _)| {
        n.strip_suffix(['.', ')', ':'])
            .is_some_and(|n| !n.is_empty() && is_numeral(n))
    });
    // A numeral alone ("II.", "3)") heads a part of a poem cycle, its stop and all.
    let bare = t
        .strip_suffix(['.', ')'])
        .is_some_and(|n| is_numeral(n) && !n.contains(' '));
    kept(p) == 1
        && (bare
            || (!t.ends_with(['.', ',', ';', ':', '!', '?', '…', '—'])
                && (numbered || title_case(t) || before.is_none_or(|b| gap(b, p) >= 2))))
}

/// Whether every word of four letters or more opens with a capital, and the first does.
fn title_case(t: &str) -> bool {
    let caps = |w: &str| w.chars().next().is_some_and(|c| !c.is_lowercase());
    t.split_whitespace().next().is_some_and(caps)
        && t.split_whitespace()
            .all(|w| w.chars().filter(|c| c.is_alphabetic()).count() < 4 || caps(w))
}

/// Arabic digits or Roman numerals.
fn is_numeral(s: &str) -> bool {
    !s.is_empty()
        && (s.chars().all(|c| c.is_ascii_digit())
            || s.chars().all(|c| "IVXLCDM".contains(c))
            || s.chars().all(|c| "ivxlcdm".contains(c)))
}

/// Marks the stanzas and titles of every poem in `paras`, and joins again the lines of
/// a stanza that were split one per line (each a sentence: a log's entries).
pub fn mark(paras: &mut Vec<RawPara>) {
    let mut i = 0;
    while i < paras.len() {
        if !short_lines(&paras[i]) {
            i += 1;
            continue;
        }
        let end = (i..paras.len())
            .find(|&k| !short_lines(&paras[k]))
            .unwrap_or(paras.len());
        let run = &paras[i..end];
        // A letter's head (addresses, the date, "Dear …") is the letter's: what
        // follows its greeting may still be verse.
        let texts: Vec<&str> = run.iter().map(|p| p.text.as_str()).collect();
        if let Some(greeting) = super::letter::head_end(&texts) {
            i += greeting + 1;
            continue;
        }
        let strong = run.iter().any(indented);
        let weak = run.iter().filter(|p| kept(p) >= 3).count();
        if strong || weak >= 2 {
            mark_run(paras, i, end);
            // Joining lines shortens the run: find where it ends now.
            i = (i..paras.len())
                .find(|&k| !short_lines(&paras[k]))
                .unwrap_or(paras.len());
        } else {
            i = end;
        }
    }
}

/// Marks `paras[start..end]`, a run with evidence of verse: its multi-line paragraphs
/// are stanzas, a one-line paragraph between two of them is one too (a closing line
/// set apart) unless it is a title before a stanza; one-line paragraphs before the
/// first stanza or after the last stay prose, but a title.
fn mark_run(paras: &mut Vec<RawPara>, start: usize, mut end: usize) {
    // Lines of one block split one per line are one stanza again.
    let mut k = start + 1;
    while k < end {
        let (a, b) = (&paras[k - 1], &paras[k]);
        if gap(a, b) == 0 && !a.scene_break && !b.scene_break {
            let b = paras.remove(k);
            let a = &mut paras[k - 1];
            a.text.push('\n');
            a.text.push_str(&b.text);
            a.indents.extend(b.indents);
            a.lines += b.lines;
            a.layout = super::lines::Layout::Typed;
            end -= 1;
        } else {
            k += 1;
        }
    }
    let multi: Vec<usize> = (start..end).filter(|&k| kept(&paras[k]) >= 2).collect();
    let (Some(&first), Some(&last)) = (multi.first(), multi.last()) else {
        return;
    };
    for k in start..end {
        let before = (k > 0).then(|| &paras[k - 1]);
        let next_stanza = paras
            .get(k + 1)
            .is_some_and(|n| multi.contains(&(k + 1)) && kept(n) >= 2);
        let title = kept(&paras[k]) == 1 && next_stanza && title_like(&paras[k], before);
        paras[k].verse = if title {
            Verse::Title
        } else if (first..=last).contains(&k) {
            Verse::Stanza
        } else {
            Verse::Prose
        };
    }
}

#[cfg(test)]
mod tests;
