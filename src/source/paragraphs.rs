//! Paragraph splitting: normalised text → raw paragraphs with their line numbers.
//!
//! Input: decoded text. Output: [`RawPara`]s — blank-line separated, hard-wrapped lines
//! joined with a space, line breaks that matter kept (see `lines`) — each classified as
//! text or a scene-break line. Nothing here decides what is a note or a title; that is
//! `parts`.

use super::fields;
use super::lines::{self, Layout};
use super::notes::{NOTE_LABELS, is_labelled_note};
use super::verse::{self, Verse, indent_columns};

/// A paragraph as found in the file, before inline parsing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawPara {
    /// The text: hard wraps joined with single spaces, line breaks that matter kept as
    /// `\n` (see [`lines`]).
    pub text: String,
    /// 1-based line of its first line in the file.
    pub line: usize,
    /// How many physical lines it spanned.
    pub lines: usize,
    /// Whether it is a scene-break line (`* * *`, `~~~`, `oOo`, …).
    pub scene_break: bool,
    /// What was decided about its line breaks.
    pub layout: Layout,
    /// The columns of white space each of its typed lines (the text's lines between
    /// `\n`s) opened with in the file; empty when not recorded.
    pub indents: Vec<usize>,
    /// Whether it is a poem's stanza or title (see [`verse`]).
    pub verse: Verse,
}

/// Lines longer than this are not hard-wrapped: each such line is a paragraph.
const UNWRAPPED_LINE: usize = 100;

/// A run of non-blank lines (with their 1-based numbers), or a scene-break line.
enum Chunk<'a> {
    Lines(Vec<(usize, &'a str)>),
    Break(usize, &'a str),
}

/// Splits text into paragraphs on blank lines.
///
/// Inside a run of non-blank lines, lines are joined (hard wraps) unless the run is
/// plainly one paragraph per line: lines longer than any hard wrap, a new paragraph at
/// each indented line, a header block where every line is `Label: value`, or, in a
/// file that is not hard-wrapped, lines that each end a sentence. Line breaks that
/// matter (verse, a closing, a chat log) are kept; see [`lines::decide`].
pub fn split(text: &str) -> Vec<RawPara> {
    split_layout(text, &[]).0
}

/// As [`split`], and the width the file was hard-wrapped at, if it was. `hard` are the
/// sorted 1-based lines whose break is a Markdown hard break (see `hard_breaks`): a
/// block with one keeps it, as one paragraph.
pub fn split_layout(text: &str, hard: &[usize]) -> (Vec<RawPara>, Option<usize>) {
    let mut chunks = Vec::new();
    let mut current: Vec<(usize, &str)> = Vec::new();
    let all: Vec<&str> = text.split('\n').collect();
    for (i, line) in all.iter().enumerate() {
        let trimmed = line.trim_matches(|c: char| c.is_whitespace());
        if trimmed.is_empty() {
            if !current.is_empty() {
                chunks.push(Chunk::Lines(std::mem::take(&mut current)));
            }
            continue;
        }
        // A scene-break line is a paragraph of its own even without blank lines around it.
        if is_break_at(&all, i) {
            if !current.is_empty() {
                chunks.push(Chunk::Lines(std::mem::take(&mut current)));
            }
            chunks.push(Chunk::Break(i + 1, trimmed));
            continue;
        }
        current.push((i + 1, line));
    }
    if !current.is_empty() {
        chunks.push(Chunk::Lines(current));
    }
    // Only a line another line follows was broken by a wrapper: those give the width.
    let wrap = lines::wrap_width(
        chunks
            .iter()
            .flat_map(|c| {
                match c {
                    Chunk::Lines(ls) => &ls[..],
                    Chunk::Break(..) => &[][..],
                }
                .windows(2)
            })
            .map(|w| (w[0].1, w[1].1)),
    );
    // Paragraphs written as single lines longer than any wrap: nothing was hard-wrapped.
    let unwrapped = wrap.is_none()
        && chunks.iter().any(|c| match c {
            Chunk::Lines(ls) => ls
                .iter()
                .any(|(_, l)| l.trim().chars().count() > UNWRAPPED_LINE),
            Chunk::Break(..) => false,
        });
    // With no wrap width, the longest line is the least width anyone wrapped at: lines
    // of verse that run on and stop far short of it keep their breaks, where two
    // stanzas of three lines or more show them to be verse (one such paragraph may be
    // prose someone broke by hand).
    let mut longest = match (wrap, unwrapped) {
        (None, false) => chunks
            .iter()
            .flat_map(|c| match c {
                Chunk::Lines(ls) => &ls[..],
                Chunk::Break(..) => &[][..],
            })
            .map(|(_, l)| l.trim().chars().count())
            .max()
            .unwrap_or(0),
        _ => 0,
    };
    let stanzas = chunks
        .iter()
        .filter(|_| longest >= lines::MIN_WRAP)
        .filter(|c| match c {
            Chunk::Lines(ls) => {
                let t: Vec<&str> = ls.iter().map(|(_, l)| l.trim()).collect();
                t.len() >= 3
                    && lines::is_spare(&t, longest)
                    && lines::decide(&t, wrap, unwrapped).0 == Layout::RunOn
            }
            Chunk::Break(..) => false,
        })
        .count();
    if stanzas < 2 {
        longest = 0;
    }
    let mut out = Vec::new();
    for c in chunks {
        match c {
            Chunk::Lines(ls) => flush(&ls, (wrap, unwrapped, longest), hard, &mut out),
            Chunk::Break(line, text) => out.push(RawPara {
                text: text.to_string(),
                line,
                lines: 1,
                scene_break: true,
                layout: Layout::Single,
                ..RawPara::default()
            }),
        }
    }
    keep_silent_replies(&mut out);
    verse::mark(&mut out);
    (out, wrap)
}

/// Whether line `i` of `lines` is a scene-break line: a line of symbols or x/o ornaments
/// anywhere, or, set apart by blank lines, a lone dash (inside a paragraph it is a pause)
/// or a single letter centred with spaces. (A lone dash beside dash-led dialogue is then
/// given back as text by [`split_layout`].)
pub fn is_break_at(lines: &[&str], i: usize) -> bool {
    let blank = |i: usize| lines.get(i).is_none_or(|l| l.trim().is_empty());
    let Some(line) = lines.get(i) else {
        return false;
    };
    let trimmed = line.trim();
    let apart = (i == 0 || blank(i - 1)) && blank(i + 1);
    // `xxx` alone under a paragraph of prose, with more after it: a break, not kisses.
    let row = || super::kisses::row_break_at(lines, i);
    is_scene_break(trimmed) || (apart && (is_lone_dash(trimmed) || is_centred_mark(line) || row()))
}

/// How far a line must be indented to be centred rather than indented as a paragraph
/// or a verse line is.
const CENTRED: usize = 12;

/// A single ornament letter (`o`, `x`, `0`, `°`) pushed to the middle of the line with
/// spaces: a scene break drawn by hand (alone, "o" is a word too short to trust).
fn is_centred_mark(line: &str) -> bool {
    let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
    lead >= CENTRED && matches!(line.trim(), "o" | "O" | "x" | "X" | "0" | "°")
}

/// A line holding one dash and nothing else.
pub(crate) fn is_lone_dash(t: &str) -> bool {
    matches!(t, "-" | "\u{2013}" | "\u{2014}" | "\u{2015}")
}

/// Whether a paragraph opens with a dialogue dash ("— Ты знаешь?", "—¿Vienes?").
fn opens_with_dash(p: &RawPara) -> bool {
    !p.scene_break
        && p.text
            .trim_start()
            .starts_with(['\u{2013}', '\u{2014}', '\u{2015}'])
}

/// A lone dash between paragraphs of dash-led dialogue is a silent reply, not a break:
/// Russian, Spanish or Portuguese dialogue gives a speaker who says nothing a bare "—".
fn keep_silent_replies(out: &mut [RawPara]) {
    for k in 0..out.len() {
        if !(out[k].scene_break && is_lone_dash(&out[k].text)) {
            continue;
        }
        let before = out[..k].iter().rev().find(|p| !p.scene_break);
        let after = out[k + 1..].iter().find(|p| !p.scene_break);
        if before.is_some_and(opens_with_dash) || after.is_some_and(opens_with_dash) {
            out[k].scene_break = false;
        }
    }
}

/// Whether a line opens with a short `Label:` ("Title:", "Rating:", "Summary:").
fn is_field_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, _)| {
        let label = label.trim();
        (1..=24).contains(&label.chars().count())
            && label.chars().next().is_some_and(char::is_uppercase)
            && label
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '/' | '-'))
    })
}

/// Whether every line is a `Label:` field and at least half of the labels are a header's
/// or a note's (`Title:`, `Rating:`, `Summary:`, `A/N:`): such a block is a header, one
/// field a paragraph, so each field can be read on its own. A block of other labels
/// (`To:`/`From:`/`Date:`, `Logged by:`/`Review meeting:`) is the story's own memo or
/// form, and stays one paragraph that keeps its lines.
fn is_field_block(lines: &[&str]) -> bool {
    let known = lines
        .iter()
        .filter(|l| fields::labelled(l).is_some() || is_labelled_note(l, NOTE_LABELS))
        .count();
    lines.iter().all(|l| is_field_line(l)) && known * 2 >= lines.len()
}

fn is_indented(line: &str) -> bool {
    line.starts_with(char::is_whitespace)
}

/// Turns a run of non-blank lines into one or more paragraphs.
fn flush(
    current: &[(usize, &str)],
    (wrap, unwrapped, longest): (Option<usize>, bool, usize),
    hard: &[usize],
    out: &mut Vec<RawPara>,
) {
    let trimmed: Vec<&str> = current.iter().map(|(_, l)| l.trim()).collect();
    if lines::is_chat(&trimmed) {
        out.push(RawPara {
            text: trimmed.join("\n"),
            line: current[0].0,
            lines: current.len(),
            scene_break: false,
            layout: Layout::Chat,
            ..RawPara::default()
        });
        return;
    }
    let marked: Vec<bool> = current[..current.len() - 1]
        .iter()
        .map(|(n, _)| hard.binary_search(n).is_ok())
        .collect();
    if marked.contains(&true) {
        let keep: Vec<bool> = (lines::decide(&trimmed, wrap, unwrapped).1.iter())
            .zip(&marked)
            .map(|(&k, &m)| k || m)
            .collect();
        out.push(kept_lines(current, &trimmed, (Layout::Marked, &keep)));
        return;
    }
    let one_per_line = current.len() > 1
        && (trimmed.iter().any(|l| l.chars().count() > UNWRAPPED_LINE)
            || is_field_block(&trimmed)
            || lines::is_sentence_per_line(&trimmed, wrap)
            || lines::is_cjk_paragraphs(&current.iter().map(|(_, l)| *l).collect::<Vec<_>>()));
    // An indented line starts a paragraph ("  She came in / out of the rain.") unless the
    // block is verse: it opens flush and every break in it is kept, so its indented lines
    // are the poem's own indents ("with a crate of tins, / (indent) a Bible, a ledger").
    let verse = || {
        !is_indented(current[0].1)
            && layout_of(&trimmed, (wrap, unwrapped, longest))
                .1
                .iter()
                .all(|&k| k)
    };
    let indents = current.iter().skip(1).any(|(_, l)| is_indented(l))
        && current.iter().any(|(_, l)| !is_indented(l))
        && !verse();
    let mut start = 0;
    for k in 1..=current.len() {
        let boundary = k == current.len() || one_per_line || (indents && is_indented(current[k].1));
        if boundary {
            let ls = &trimmed[start..k];
            let (layout, keep) = layout_of(ls, (wrap, unwrapped, longest));
            out.push(kept_lines(&current[start..k], ls, (layout, &keep)));
            start = k;
        }
    }
}

/// [`lines::decide`], and where that finds lines that run on in a file with no wrap
/// width, [`Layout::Spare`] when they all stop well short of the file's `longest` line.
fn layout_of(
    ls: &[&str],
    (wrap, unwrapped, longest): (Option<usize>, bool, usize),
) -> (Layout, Vec<bool>) {
    let (layout, keep) = lines::decide(ls, wrap, unwrapped);
    if layout == Layout::RunOn && wrap.is_none() && lines::is_spare(ls, longest) {
        return (Layout::Spare, vec![true; keep.len()]);
    }
    (layout, keep)
}

/// One paragraph of `current`'s lines (`trimmed` trimmed), joined with a space or kept
/// apart where `keep` says, with the indent each kept line opened with.
fn kept_lines(
    current: &[(usize, &str)],
    trimmed: &[&str],
    (layout, keep): (Layout, &[bool]),
) -> RawPara {
    let mut text = String::with_capacity(trimmed.iter().map(|l| l.len() + 1).sum());
    let mut indents = vec![indent_columns(current[0].1)];
    for (j, l) in trimmed.iter().enumerate() {
        if j > 0 {
            text.push(if keep[j - 1] { '\n' } else { ' ' });
            if keep[j - 1] {
                indents.push(indent_columns(current[j].1));
            }
        }
        text.push_str(l);
    }
    RawPara {
        text,
        line: current[0].0,
        lines: trimmed.len(),
        scene_break: false,
        layout,
        indents,
        verse: Verse::Prose,
    }
}

/// Characters that never make a line a scene break on their own: sentence punctuation
/// and quotes ("?!", "'", "…" are speech), brackets, and letters or digits.
fn is_speech_mark(c: char) -> bool {
    matches!(
        c,
        '?' | '!'
            | ','
            | ';'
            | '"'
            | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
    )
}

/// Whether a trimmed line is a scene-break marker.
///
/// Recognised: a line of only symbols (`* * *`, `***`, `~~~`, `-----`, `+++`, `#`, `§`,
/// `• • •`, `=====`, `~*~*~`, `❦`), and letter ornaments made of x and o (`xXxXx`, `oOo`,
/// `-x-x-x-`, `o0o`). A short word such as "Oh", "ox", "xxx" or "XOXO" must never match,
/// so letter ornaments need at least three letters, only x/o/0, and either a change of
/// case or every letter set apart by symbols or spaces. "..." and a lone dash are pauses
/// in dialogue, not breaks, on their own (a lone dash set apart by blank lines is one:
/// [`split_layout`] decides that, since it needs the lines around it).
pub fn is_scene_break(line: &str) -> bool {
    // More than 80 bytes that are ASCII and no white space are more than 80 characters
    // that are no white space: a paragraph of a story, told without decoding it.
    if line
        .bytes()
        .filter(|&b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' '))
        .nth(80)
        .is_some()
    {
        return false;
    }
    // At most 81 are collected: a longer line is no break, and a paragraph can be long.
    let compact: Vec<char> = line
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(81)
        .collect();
    if compact.is_empty() || compact.len() > 80 {
        return false;
    }
    if is_named_break(line) {
        return true;
    }
    // A row of one letter, ten or more (`xxxxxxxxxxxxxxxxxxxx`): no word, and longer
    // than kisses under a letter (`xxx`).
    if compact.len() >= 10
        && matches!(compact[0], 'x' | 'X' | 'o' | 'O')
        && compact.iter().all(|&c| c == compact[0])
    {
        return true;
    }
    // Arabic's tatweel (`ـــ ✦ ـــ`) only stretches a joined letter: on a line of its
    // own it is a rule, as a row of dashes is.
    let symbolic = |c: &char| (!c.is_alphanumeric() || *c == '\u{640}') && !is_speech_mark(*c);
    // A box's top or bottom edge (`┌────┐`, `╚════╝`): its corners close a drawing, a
    // list or a sign set in a box, never a scene.
    if compact.iter().any(|c| {
        matches!(
            c,
            '┌' | '┐' | '└' | '┘' | '╔' | '╗' | '╚' | '╝' | '╭' | '╮' | '╰' | '╯'
        )
    }) {
        return false;
    }
    if compact.iter().all(symbolic) {
        // Dots alone are an ellipsis (a pause, a silence), except middle dots set apart
        // (`· · ·`), which no one types for a pause: a Catalan or Spanish writer's break.
        let spaced_middle = compact.len() >= 2
            && compact.iter().all(|&c| c == '·')
            && compact.len() < line.trim().chars().count();
        let only_dots = !spaced_middle && compact.iter().all(|c| matches!(c, '.' | '·' | '…'));
        let one_dash = compact.len() == 1 && matches!(compact[0], '-' | '—' | '–' | '/' | ':');
        return !only_dots && !one_dash;
    }
    if !compact
        .iter()
        .all(|c| symbolic(c) || matches!(c, 'x' | 'X' | 'o' | 'O' | '0'))
    {
        return false;
    }
    // Letter ornaments, optionally framed by symbols: xXxXx, oOo, -oOo-, ~xXx~, x x x.
    let letters: Vec<char> = compact.iter().copied().filter(|c| !symbolic(c)).collect();
    let mixed_case =
        letters.iter().any(|c| c.is_lowercase()) && letters.iter().any(|c| !c.is_lowercase());
    let raw: Vec<char> = line.trim().chars().collect();
    let set_apart = raw
        .windows(2)
        .all(|w| !(w[0].is_alphanumeric() && w[1].is_alphanumeric()));
    // One or two letters framed by symbols on both sides: `~o~`, `-o-`, `~x~`, `=oo=`.
    let framed = compact.first().is_some_and(symbolic)
        && compact.last().is_some_and(symbolic)
        && compact.iter().filter(|c| !symbolic(c)).count() <= 2;
    framed || letters.len() >= 3 && (mixed_case || set_apart)
}

/// Phrases that name a break instead of drawing one.
const BREAK_NAMES: &[&str] = &[
    "scene break",
    "scene change",
    "break",
    "line break",
    "section break",
    "page break",
    "time skip",
    "timeskip",
    "time jump",
    "pov change",
    "pov switch",
    "change of scene",
];

/// A line that names a scene break: `[scene break]`, `[break]`, `(Scene Change)`,
/// `~Time Skip~`, `-- line break --`, or `Scene Break` alone. A single word
/// ("break") needs brackets or symbols around it, so "Break." in dialogue stays text.
fn is_named_break(line: &str) -> bool {
    let t = line.trim();
    if t.len() > 40 {
        return false;
    }
    let inner = t.trim_matches(|c: char| !c.is_alphanumeric());
    let words: String = inner
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if !BREAK_NAMES.contains(&words.as_str()) {
        return false;
    }
    let framed = t.len() > inner.len()
        && t.starts_with(|c: char| !c.is_alphanumeric() && !matches!(c, '"' | '\'' | '“' | '‘'))
        && t.ends_with(|c: char| {
            !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?' | ',' | '"' | '\'' | '”' | '’')
        });
    // `*break*` is an emphasised word, not a frame.
    let hugged = |side: &str| matches!(side, "*" | "_");
    let start = t.find(inner).unwrap_or(0);
    let (lead, trail) = (&t[..start], &t[start + inner.len()..]);
    (framed && !(hugged(lead) && hugged(trail))) || (words.contains(' ') && inner == t)
}

mod gaps;
pub(crate) use gaps::white_breaks;

#[cfg(test)]
mod tests;
