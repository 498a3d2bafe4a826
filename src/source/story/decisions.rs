//! Story understanding, what `quire inspect` says of a story's lines: which paragraphs
//! keep their line breaks and why, how the rest were joined, and which are verse.

use super::super::lines::{self, Layout};
use super::super::paragraphs::RawPara;
use super::super::verse::Verse;

/// At most this many paragraphs that keep their lines are named one by one.
const MAX_NAMED_LAYOUTS: usize = 30;

/// Says which paragraphs keep their line breaks and why, and how the rest were joined.
pub(super) fn lines(paras: &[RawPara], wrap: Option<usize>, decisions: &mut Vec<String>) {
    let count = |l: Layout| paras.iter().filter(|p| p.layout == l).count();
    let (wrapped, run_on) = (count(Layout::Wrapped), count(Layout::RunOn));
    if let Some(w) = wrap {
        decisions.push(format!(
            "lines: the file is hard-wrapped at {w} columns{}: the lines of {wrapped} paragraph(s) \
             that ran out of room are joined",
            lines::width_name(w)
        ));
    }
    if let Some(first) = paras.iter().find(|p| p.layout == Layout::RunOn) {
        decisions.push(format!(
            "lines: {run_on} paragraph(s) of short lines are joined because each line runs on \
             into the next (a lowercase word after no stop), first at line {}",
            first.line
        ));
    }
    let kept: Vec<&RawPara> = paras.iter().filter(|p| p.layout.keeps()).collect();
    for p in kept.iter().take(MAX_NAMED_LAYOUTS) {
        let n = p.text.matches('\n').count() + 1;
        let why = match p.layout {
            Layout::Chat => "every line opens with a speaker, as in a chat or text messages",
            Layout::Short => {
                "its lines all stop well short of the file's wrap width with room for the next \
                 word, so no wrapper broke them (verse, lyrics, a list)"
            }
            Layout::Spare => {
                "its lines all stop well short of the file's longest line with room for the \
                 next word, so no wrapper broke them (verse, lyrics)"
            }
            Layout::Typed => {
                "the file's paragraphs are single long lines (it is not hard-wrapped), so a \
                 line break inside one was typed on purpose"
            }
            Layout::Marked => {
                "Markdown hard line breaks (two spaces or a backslash at a line's end) mark its breaks"
            }
            _ if wrap.is_some() => {
                "its lines end with room for the next word and open new phrases \
                 (verse, lyrics, a letter's closing, an address)"
            }
            _ => "its lines open new phrases (verse, lyrics, a letter's closing, an address)",
        };
        decisions.push(format!(
            "lines: line {} keeps its {n} lines as written: {why}",
            p.line
        ));
    }
    if kept.len() > MAX_NAMED_LAYOUTS {
        decisions.push(format!(
            "lines: {} more paragraph(s) keep their lines for the same reasons",
            kept.len() - MAX_NAMED_LAYOUTS
        ));
    }
}

/// Says which paragraphs were read as a poem's stanzas and titles.
pub(super) fn verse(paras: &[RawPara], decisions: &mut Vec<String>) {
    let at = |v: Verse| -> Vec<String> {
        paras
            .iter()
            .filter(|p| p.verse == v)
            .map(|p| p.line.to_string())
            .collect()
    };
    let (stanzas, titles) = (at(Verse::Stanza), at(Verse::Title));
    if !stanzas.is_empty() {
        decisions.push(format!(
            "verse: the paragraphs at lines {} are stanzas of verse (short typed lines, some \
             indented or several stanzas in a row): set flush, a line apart, indents kept",
            stanzas.join(", ")
        ));
    }
    if !titles.is_empty() {
        decisions.push(format!(
            "verse: the lines {} are poems' titles (before a stanza, numbered or set apart)",
            titles.join(", ")
        ));
    }
}
