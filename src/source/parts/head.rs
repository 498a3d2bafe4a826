//! The head of a story: the leading note (labelled, bracketed or unlabelled) and the title
//! line, up to where the body starts.
//!
//! Input: the story's raw paragraphs. Output: the preface and title recorded in the
//! [`Split`], with the reason for each, and the index of the first body paragraph.

use super::super::notes::{
    NOTE_LABELS, addresses_readers, closes_with_sign_off, is_bare_label, is_bracketed_talk,
    is_dedication, is_disclaimer, is_labelled_note, is_sign_off, opens_bracket, talk_signs,
    talks_as_note,
};
use super::tail::opens_quote;
use super::title::{is_lowercase_title, is_salutation, is_title, is_title_line};
use super::{RawPara, Split, label_of, line_span};

/// How far into a file a title line or an unlabelled note may reach.
const HEAD_WINDOW: usize = 6;

/// Whether a paragraph is typed list lines, each opened by a bullet (`- `, `* `, `• `).
fn is_typed_list(text: &str) -> bool {
    text.lines().all(|l| {
        ["- ", "* ", "• "]
            .iter()
            .any(|b| l.trim_start().starts_with(b))
    })
}

/// Whether paragraph `i` has two or more blank lines under it and one over it (by the
/// file's line numbers): white the typist left to part a note from the story.
fn wider_gap_under(paras: &[RawPara], i: usize) -> bool {
    let end = |p: &RawPara| p.line + p.lines.max(1);
    let over = i
        .checked_sub(1)
        .map(|k| paras[i].line.saturating_sub(end(&paras[k])));
    let under = paras
        .get(i + 1)
        .map(|n| n.line.saturating_sub(end(&paras[i])));
    over == Some(1) && under.is_some_and(|u| u >= 2)
}

/// Finds the leading note and title; returns the index where the body starts.
pub(super) fn detect_head(paras: &[RawPara], allow_title: bool, s: &mut Split) -> usize {
    let n = paras.len();
    // 1. Labelled notes: consecutive paragraphs that open with a label, plus the
    //    paragraphs that belong to them (the note after a bare "Author's Note" line, the
    //    rest of a bracketed note, a further paragraph of talk to readers or a sign-off).
    let mut i = 0;
    let mut labelled_end = 0;
    let mut first_label = None;
    let mut bare_label = false;
    let mut open_bracket: Option<char> = None;
    let mut listed = false;
    while i < n.min(HEAD_WINDOW + 4) {
        let p = &paras[i];
        let continues = labelled_end > 0 && i == labelled_end && !p.scene_break;
        if p.scene_break {
            break;
        } else if continues && open_bracket.is_some() {
            labelled_end = i + 1;
            s.decisions.push(format!(
                "preface: line {} continues the bracketed note (it is not closed yet)",
                p.line
            ));
            if open_bracket.is_some_and(|c| p.text.trim_end_matches(['*', '_']).ends_with(c)) {
                open_bracket = None;
            }
        } else if continues && bare_label && first_label == Some(0) && opens_quote(&p.text) {
            // A label alone atop the file over dialogue is the story's title
            // ("Disclaimer" / "“Disclaimer: I am not responsible,” said Oren").
            labelled_end = 0;
            first_label = None;
            s.decisions.pop();
            break;
        } else if continues && bare_label {
            labelled_end = i + 1;
            bare_label = false;
            s.decisions.push(format!(
                "preface: line {} is the note under the bare label above it",
                p.line
            ));
        } else if (labelled_end == 0 || continues)
            && !is_labelled_note(&p.text, NOTE_LABELS)
            && (is_disclaimer(&p.text) || is_bracketed_talk(&p.text) || is_dedication(&p.text))
        {
            labelled_end = i + 1;
            first_label.get_or_insert(i);
            s.decisions.push(format!(
                "preface: line {} is {} (\"{}\")",
                p.line,
                if is_disclaimer(&p.text) {
                    "a disclaimer with no label"
                } else if is_dedication(&p.text) {
                    "a dedication"
                } else {
                    "an author's note in brackets"
                },
                label_of(&p.text)
            ));
        } else if i == 0 && labelled_line_block(p) {
            labelled_end = 1;
            first_label.get_or_insert(0);
            s.decisions.push(format!(
                "preface: line {} is a block of typed note lines at the top, one of them \
                 opening with an author's-note label",
                p.line
            ));
        } else if is_labelled_note(&p.text, NOTE_LABELS) {
            labelled_end = i + 1;
            first_label.get_or_insert(i);
            bare_label = is_bare_label(&p.text);
            open_bracket = opens_bracket(&p.text);
            s.decisions.push(format!(
                "preface: line {} opens with an author's-note label (\"{}\")",
                p.line,
                label_of(&p.text)
            ));
        } else if continues
            && !is_title_line(p)
            && ((talk_signs(&p.text).0 >= 1 && addresses_readers(&p.text)) || is_sign_off(&p.text))
        {
            // A note's further paragraph talks to readers ("I", "you", "thanks": a word
            // such as "review" alone may be the story's) or signs off; keep it with the note.
            labelled_end = i + 1;
            s.decisions.push(format!(
                "preface: line {} continues the note (talks about the story or its readers)",
                p.line
            ));
        } else if continues
            && i > 0
            && paras[i - 1].text.trim_end().ends_with(':')
            && is_typed_list(&p.text)
        {
            // The note's list ("Please mind the warnings:" over "- violence").
            labelled_end = i + 1;
            listed = true;
            s.decisions.push(format!(
                "preface: line {} is the list the note introduces",
                p.line
            ));
        } else if continues && listed && !is_title_line(p) && addresses_readers(&p.text) {
            // A word to the readers under the note's list ("…no hard feelings. Take care
            // of yourselves.").
            labelled_end = i + 1;
            listed = false;
            s.decisions.push(format!(
                "preface: line {} closes the note under its list (words to the readers)",
                p.line
            ));
        } else if continues
            && !is_title_line(p)
            && talk_signs(&p.text).1 >= 1
            && wider_gap_under(paras, i)
        {
            // Two blank lines under it where one stood over it: the author's own
            // divider between the note and the story ("Gracias a Marta por la lectura…").
            labelled_end = i + 1;
            s.decisions.push(format!(
                "preface: line {} continues the note (a sign of talk, and a wider gap under it parts the note from the story)",
                p.line
            ));
        } else if continues && is_sign_off(&p.text) {
            // "Enjoy!" is short and title-like but belongs to the note.
            labelled_end = i + 1;
            s.decisions
                .push(format!("preface: line {} is the note's sign-off", p.line));
        } else if labelled_end > 0 || !(is_title_line(p) || (i == 0 && is_lowercase_title(p))) {
            break;
        }
        i += 1;
    }
    if labelled_end > 0 && open_bracket.is_none() {
        labelled_end = note_to_divider(paras, labelled_end, s);
    }
    // A title line may come before the labelled note ("Title\n\nA/N: …"); any further
    // short lines between it and the note ("by quietfern") go with the note.
    if let Some(f) = first_label.filter(|&f| f > 0) {
        if allow_title {
            s.title = Some(0);
            s.preface = (1..labelled_end).collect();
            take_title_note(paras, s, 0);
        } else {
            s.preface = (0..labelled_end).collect();
            s.decisions.push(format!(
                "preface: line {} comes before the note and `title-in-text = false`, so it goes with the note",
                paras[0].line
            ));
        }
        if f > 1 {
            s.decisions.push(format!(
                "preface: {} between the title and the note go with the note",
                line_span(&paras[1], &paras[f - 1])
                    .replace(" has", "")
                    .replace(" have", "")
            ));
        }
        return labelled_end;
    }
    if labelled_end > 0 {
        s.preface = (0..labelled_end).collect();
        let mut start = labelled_end;
        // A title may stand after the divider that closes the note.
        let at = if paras.get(start).is_some_and(|p| p.scene_break) {
            start + 1
        } else {
            start
        };
        // A note written in lowercase may have its title so too ("a/n: ok so …" over
        // "things we said at the bus stop").
        let lowercase_note = paras[0]
            .text
            .split_once(':')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with(char::is_lowercase));
        let lowercase_title = lowercase_note
            && at + 1 < n
            && is_lowercase_title(&paras[at])
            && !is_lowercase_title(&paras[at + 1]);
        if allow_title && at < n - 1 && (is_title(&paras[at]) || lowercase_title) {
            s.title = Some(at);
            take_title_note(paras, s, at);
            start = at + 1;
        }
        return start;
    }

    // 2. Unlabelled author talk ending at a title line or a sign-off. It needs at least
    //    one strong sign ("my first fic", "reviews") and two signs in all, so a narrator
    //    speaking in the first person is never taken for the author.
    //    A title line with no strong sign of talk may stand above the note (a Wattpad or
    //    forum chapter: "Chapter 1 - Static", then the author's greeting, then a divider).
    let window = n.min(HEAD_WINDOW);
    let mut doubt = None;
    // A tumblr title may be lowercase ("the winter the orchard kept"), with no sign of
    // talk at all.
    let lead = usize::from(
        allow_title
            && n > 3
            && ((is_title(&paras[0]) && talk_signs(&paras[0].text).0 == 0)
                || (is_lowercase_title(&paras[0]) && talk_signs(&paras[0].text).1 == 0)),
    );
    for k in 1..window {
        let before = &paras[..k];
        let note = &paras[lead.min(k - 1)..k];
        if before.iter().any(|p| p.scene_break) {
            break;
        }
        // A letter or a diary entry opens the story: no note before it.
        if before.iter().any(|p| is_salutation(&p.text)) {
            s.decisions.push(format!(
                "preface: none — the story opens as a letter or a diary (\"{}\")",
                label_of(&before[k - 1].text)
            ));
            break;
        }
        let (mut strong, mut talk) = note
            .iter()
            .map(|p| talk_signs(&p.text))
            .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        // A note that ends by wishing the reader well ("… happy reading!") signs itself.
        if closes_with_sign_off(&before[k - 1].text) {
            strong += 1;
            talk += 1;
        }
        let signed = is_sign_off(&before[k - 1].text);
        // A sign-off is short and title-like ("So enjoy!") but belongs to the note.
        let titled =
            allow_title && k < n - 1 && is_title(&paras[k]) && !is_sign_off(&paras[k].text);
        // A divider line between the note and the story ends the note too, and so does a
        // labelled line after it ("cw: …", "Disclaimer: …"), which joins the note.
        let divided = paras[k].scene_break && k < n - 1;
        let labelled = || k < n - 1 && is_labelled_note(&paras[k].text, NOTE_LABELS);
        // Under a title line the note must follow it: a title alone is no note.
        let under_title = lead == 1 && k > 1;
        // A note of several paragraphs talks in half of them at least: a story's opening
        // scene that shows one sign ("THANKS FOR READING!" on a board) over a break is
        // no note.
        let talks = |signs| {
            talks_as_note(signs)
                && 2 * note.iter().filter(|p| talk_signs(&p.text).1 > 0).count() >= note.len()
        };
        if under_title && (divided || signed) && talks((strong, talk)) {
            s.title = Some(0);
            take_title_note(paras, s, 0);
            s.preface = (1..k).collect();
            s.decisions.push(format!(
                "preface: {} no label but talk about the story and its readers ({} signs), \
                 under the title and ending {}",
                line_span(&paras[1], &paras[k - 1]),
                talk,
                if signed {
                    "with a sign-off"
                } else {
                    "at a divider line (which is not a scene break)"
                }
            ));
            return k;
        }
        if !titled && talks((strong, talk)) && labelled() {
            let mut end = k;
            while end < n - 1 && is_labelled_note(&paras[end].text, NOTE_LABELS) {
                end += 1;
            }
            let from = usize::from(under_title);
            if under_title {
                s.title = Some(0);
                take_title_note(paras, s, 0);
            }
            s.preface = (from..end).collect();
            s.decisions.push(format!(
                "preface: {} no label but talk about the story and its readers ({} signs), \
                 with the labelled line(s) under it",
                line_span(&paras[from], &paras[end - 1]),
                talk,
            ));
            return end;
        }
        if (titled || signed || divided) && talks((strong, talk)) {
            s.preface = (0..k).collect();
            s.decisions.push(format!(
                "preface: {} no label but talk about the story and its readers ({} signs){}",
                line_span(&paras[0], &paras[k - 1]),
                talk,
                if signed {
                    ", ending with a sign-off"
                } else if divided {
                    ", ending at a divider line (which is not a scene break)"
                } else {
                    ", ending at a title line"
                }
            ));
            let mut start = k;
            if titled {
                s.title = Some(k);
                take_title_note(paras, s, k);
                start += 1;
            } else if divided && allow_title && k + 2 < n && is_title(&paras[k + 1]) {
                s.title = Some(k + 1);
                take_title_note(paras, s, k + 1);
                start += 2;
            }
            return start;
        }
        // A first paragraph that talks as only an author does, with no boundary under it
        // ("Hi everyone! I finally updated after a hiatus, sorry… hope you like it!":
        // two strong signs and five in all), is the note when the paragraph under it
        // does not talk at all.
        if k == 1
            && lead == 0
            && n > 2
            && strong >= 2
            && talk >= 5
            && talk_signs(&paras[1].text).1 == 0
        {
            s.preface = vec![0];
            s.decisions.push(format!(
                "preface: line {} has no label but talks about the story and its readers as \
                 only a note does ({talk} signs, {strong} strong), over story that does not",
                paras[0].line
            ));
            return 1;
        }
        if doubt.is_none() && k == 1 && talk >= 1 {
            doubt = Some(talk);
        }
    }
    if let Some(talk) = doubt {
        s.decisions.push(format!(
            "preface: none — line {} talks a little like an author's note ({talk} sign(s)) but has \
             no label, no sign-off and no title after it, so it stays in the story \
             (set `preface = 1` in book.toml if it is a note)",
            paras[0].line
        ));
        if allow_title && top_title(paras) {
            s.title = Some(0);
            take_title_note(paras, s, 0);
            return 1;
        }
        return 0;
    }

    // 3. No note: a bare title line at the very top.
    if allow_title && top_title(paras) {
        s.title = Some(0);
        take_title_note(paras, s, 0);
        return 1;
    }
    s.decisions.push(NO_PREFACE.to_string());
    0
}

/// The decision that the text opens with no note: not said of a story whose header
/// already gave its note (a downloader's, read before the text).
pub(crate) const NO_PREFACE: &str = "preface: none found (no label, no author talk before a title)";

/// A note a header reader took (a `Notes:` field) may run on below the header: up to
/// three paragraphs that talk like it, up to a divider, are the rest of that note, as
/// they are after a labelled note in the text. `s` is a split that found no note or title
/// of its own; those paragraphs move from its body to its preface.
pub(crate) fn header_note_to_divider(paras: &[RawPara], s: &mut Split) {
    if !s.preface.is_empty() || s.title.is_some() || s.body.first() != Some(&0) {
        return;
    }
    let end = note_to_divider(paras, 0, s);
    if end > 0 {
        s.preface = (0..end).collect();
        s.body.retain(|&i| i >= end);
    }
}

/// How far a note that ends at `end` really runs: a divider line between note and story
/// ends it. Up to three paragraphs that talk like the note (any sign, not dialogue, not
/// a title) and are followed by a divider join the note; the divider itself starts the
/// body, where a scene break at the start is dropped. Returns the new end.
fn note_to_divider(paras: &[RawPara], end: usize, s: &mut Split) -> usize {
    let signed = end > 0 && is_sign_off(&paras[end - 1].text);
    let mut j = end;
    while !signed && j < paras.len().min(end + 3) && !paras[j].scene_break {
        let p = &paras[j];
        let t = p.text.trim_start_matches(['*', '_', ' ']);
        let talks = talk_signs(t).1 >= 1 || is_sign_off(t);
        // Notes are short and quote no one; a story's opening paragraphs often do.
        let dialogue = t.contains(['"', '\u{201c}', '\u{201d}', '\u{ab}']);
        let long = t.split_whitespace().count() > 60;
        if !talks || is_title_line(p) || dialogue || long {
            break;
        }
        j += 1;
    }
    let Some(divider) = paras.get(j).filter(|p| p.scene_break) else {
        return end;
    };
    if j > end {
        s.decisions.push(format!(
            "preface: {} still talk like the note and run up to the divider at line {}",
            line_span(&paras[end], &paras[j - 1]),
            divider.line
        ));
    }
    s.decisions.push(format!(
        "preface: the divider at line {} separates the note from the story; it is not a scene break",
        divider.line
    ));
    j
}

/// Whether the first paragraph is the story's title: a title line, or a short lowercase
/// line (tumblr and drabble titles are often all lowercase: "the moth and the lamp")
/// over a paragraph of prose or one that opens with a capital (a letter's place and
/// date): the story below is not written in lowercase lines, so this line stands apart.
fn top_title(paras: &[RawPara]) -> bool {
    let [first, next, ..] = paras else {
        return false;
    };
    let capital = !next.scene_break
        && next
            .text
            .trim_start_matches(['*', '_', '#', ' '])
            .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    is_title(first) || (is_lowercase_title(first) && (is_prose(next) || capital))
}

/// Whether `p` is a block of two to four typed note lines of which a later one opens
/// with a note label, as a notes app's note begins under its name ("for the zine!!" /
/// "tw: grief"): the label marks the whole block as the author's.
fn labelled_line_block(p: &RawPara) -> bool {
    (2..=MAX_NOTE_BLOCK_LINES).contains(&p.lines)
        && p.text
            .lines()
            .all(|l| l.chars().count() <= MAX_NOTE_LINE_CHARS)
        && p.text
            .lines()
            .skip(1)
            .any(|l| is_labelled_note(l, NOTE_LABELS))
}

/// The longest block of typed lines read as one note by [`labelled_line_block`].
const MAX_NOTE_BLOCK_LINES: usize = 4;

/// A typed note line is a line, not a paragraph.
const MAX_NOTE_LINE_CHARS: usize = 120;

/// Whether a paragraph reads as prose: it ends a sentence, or is longer than a title.
fn is_prose(p: &RawPara) -> bool {
    let t = p.text.trim().trim_end_matches(['*', '_', ')', ']']);
    !p.scene_break
        && !is_title_line(p)
        && !is_lowercase_title(p)
        && (t.ends_with(['.', '!', '?', '"', '\u{201d}', '\u{2026}', '\u{bb}'])
            || t.split_whitespace().count() > 12)
}

fn take_title_note(paras: &[RawPara], s: &mut Split, i: usize) {
    s.decisions.push(format!(
        "title: \"{}\" (line {}) is a short line with no sentence punctuation before the story",
        paras[i].text, paras[i].line
    ));
}
