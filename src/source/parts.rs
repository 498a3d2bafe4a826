//! Story parts: raw paragraphs → preface, in-text title, body, afterword.
//!
//! Input: the paragraphs of one file and the chapter's overrides. Output: a [`Split`]
//! saying which paragraphs belong where, with a reason for every decision (shown by
//! `quire inspect`). The rule when unsure: leave text in the story and say so — a note
//! printed as story is a blemish, a story paragraph hidden as a note is a loss.

use super::notes::{
    END_LABELS, NOTE_LABELS, is_bare_label, is_bracketed_talk, is_disclaimer, is_labelled_note,
    is_sign_off, opens_bracket, talk_signs,
};
use super::paragraphs::RawPara;

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

/// How far into a file a title line or an unlabelled note may reach.
const HEAD_WINDOW: usize = 6;
/// How many trailing paragraphs a closing note may span.
const TAIL_WINDOW: usize = 6;
/// A title line has at most this many words.
const TITLE_MAX_WORDS: usize = 10;

/// Whether a paragraph looks like a title or heading line: one short line, no sentence
/// punctuation at its end, no dialogue, starting with a capital or digit.
pub fn is_title_line(p: &RawPara) -> bool {
    let t = p.text.trim();
    // Cheap rejections first: this runs on every paragraph of every story.
    if p.lines != 1 || p.scene_break || t.len() > 80 * 4 || t.chars().nth(80).is_some() {
        return false;
    }
    let words = t.split_whitespace().count();
    let first = t.chars().next();
    p.lines == 1
        && !p.scene_break
        && (1..=TITLE_MAX_WORDS).contains(&words)
        && t.chars().count() <= 80
        && first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !t.ends_with(['.', ',', ';', '"', '”', '…', '—', '-', '\''])
        && !t.ends_with("...")
        && !t.contains(['"', '“', '”'])
        && !(t.ends_with(['!', '?']) && words > 4)
        && !t.ends_with(':')
}

/// A title line that is not a bare section heading: "Prologue", "Chapter 3", "Part
/// One" or "IV." at the top opens the story's first section and stays in the body
/// (where it becomes a heading); the story's title comes from elsewhere.
fn is_title(p: &RawPara) -> bool {
    is_title_line(p) && !super::headings::is_bare_section(&p.text) && !is_date_line(&p.text)
}

/// Month and weekday names (English, French, Spanish, German, Italian, Portuguese),
/// lowercase: a short line with one of these and a digit is a date, as a diary or a
/// letter opens, not a title.
const DATE_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "dezembro",
];

/// Whether a line is a date ("Monday, 4th March", "12 June 1832").
fn is_date_line(text: &str) -> bool {
    let t = text.to_lowercase();
    t.split_whitespace().count() <= 6
        && t.contains(|c: char| c.is_ascii_digit())
        && t.split(|c: char| !c.is_alphabetic())
            .any(|w| DATE_WORDS.contains(&w))
}

/// Salutations that open a letter or a diary entry ("Dear Reader,", "Dear Diary"): a
/// story that opens with one has no unlabelled note before it.
const SALUTATIONS: &[&str] = &[
    "dear ",
    "dearest ",
    "my dear",
    "to whom",
    "cher ",
    "chère ",
    "chers ",
    "querido ",
    "querida ",
    "queridos ",
    "estimado ",
    "estimada ",
    "liebe ",
    "lieber ",
    "caro ",
    "cara ",
    "carissim",
];

fn is_salutation(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t.split_whitespace().count() <= 6 && SALUTATIONS.iter().any(|s| t.starts_with(s))
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

/// Finds the leading note and title; returns the index where the body starts.
fn detect_head(paras: &[RawPara], allow_title: bool, s: &mut Split) -> usize {
    let n = paras.len();
    // 1. Labelled notes: consecutive paragraphs that open with a label, plus the
    //    paragraphs that belong to them (the note after a bare "Author's Note" line, the
    //    rest of a bracketed note, a further paragraph of talk to readers or a sign-off).
    let mut i = 0;
    let mut labelled_end = 0;
    let mut first_label = None;
    let mut bare_label = false;
    let mut open_bracket: Option<char> = None;
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
        } else if continues && bare_label {
            labelled_end = i + 1;
            bare_label = false;
            s.decisions.push(format!(
                "preface: line {} is the note under the bare label above it",
                p.line
            ));
        } else if (labelled_end == 0 || continues)
            && !is_labelled_note(&p.text, NOTE_LABELS)
            && (is_disclaimer(&p.text) || is_bracketed_talk(&p.text))
        {
            labelled_end = i + 1;
            first_label.get_or_insert(i);
            s.decisions.push(format!(
                "preface: line {} is {} (\"{}\")",
                p.line,
                if is_disclaimer(&p.text) {
                    "a disclaimer with no label"
                } else {
                    "an author's note in brackets"
                },
                label_of(&p.text)
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
            && (talk_signs(&p.text).0 >= 1 || is_sign_off(&p.text))
        {
            // A note's further paragraph talks to readers or signs off; keep it with the note.
            labelled_end = i + 1;
            s.decisions.push(format!(
                "preface: line {} continues the note (talks about the story or its readers)",
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
        if allow_title && at < n - 1 && is_title(&paras[at]) {
            s.title = Some(at);
            take_title_note(paras, s, at);
            start = at + 1;
        }
        return start;
    }

    // 2. Unlabelled author talk ending at a title line or a sign-off. It needs at least
    //    one strong sign ("my first fic", "reviews") and two signs in all, so a narrator
    //    speaking in the first person is never taken for the author.
    let window = n.min(HEAD_WINDOW);
    let mut doubt = None;
    for k in 1..window {
        let before = &paras[..k];
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
        let (strong, talk) = before
            .iter()
            .map(|p| talk_signs(&p.text))
            .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        let signed = is_sign_off(&before[k - 1].text);
        // A sign-off is short and title-like ("So enjoy!") but belongs to the note.
        let titled =
            allow_title && k < n - 1 && is_title(&paras[k]) && !is_sign_off(&paras[k].text);
        // A divider line between the note and the story ends the note too.
        let divided = paras[k].scene_break && k < n - 1;
        if (titled || signed || divided) && strong >= 1 && talk >= 2 {
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
        if allow_title && n > 1 && is_title(&paras[0]) {
            s.title = Some(0);
            take_title_note(paras, s, 0);
            return 1;
        }
        return 0;
    }

    // 3. No note: a bare title line at the very top.
    if allow_title && n > 1 && is_title(&paras[0]) {
        s.title = Some(0);
        take_title_note(paras, s, 0);
        return 1;
    }
    s.decisions
        .push("preface: none found (no label, no author talk before a title)".to_string());
    0
}

/// A short lowercase line at the very top before a labelled note: a tumblr-style title
/// ("the long way home", then "a/n: for anon").
fn is_lowercase_title(p: &RawPara) -> bool {
    let t = p.text.trim();
    p.lines == 1
        && t.starts_with(char::is_lowercase)
        && (1..=TITLE_MAX_WORDS).contains(&t.split_whitespace().count())
        && !t.ends_with(['.', ',', ';', ':', '!', '?', '"', '\u{201d}', '\u{2026}'])
        && !t.contains(['"', '\u{201c}', '\u{201d}'])
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

fn line_span(first: &RawPara, last: &RawPara) -> String {
    if first.line == last.line {
        format!("line {} has", first.line)
    } else {
        format!("lines {}–{} have", first.line, last.line)
    }
}

fn take_title_note(paras: &[RawPara], s: &mut Split, i: usize) {
    s.decisions.push(format!(
        "title: \"{}\" (line {}) is a short line with no sentence punctuation before the story",
        paras[i].text, paras[i].line
    ));
}

/// Finds a trailing note; returns the index where it starts (or `end`).
fn detect_tail(paras: &[RawPara], start: usize, end: usize, s: &mut Split) -> usize {
    // Look back over the last few paragraphs for a labelled note; everything from the
    // label to the end is the afterword. A note-only file keeps its text in the preface.
    let lo = end.saturating_sub(TAIL_WINDOW).max(start + 1);
    for (i, p) in paras.iter().enumerate().take(end).skip(lo) {
        if is_labelled_note(&p.text, END_LABELS)
            || is_parenthesised_note(&p.text)
            || (is_bracketed_talk(&p.text) && talk_signs(&p.text).0 >= 1)
        {
            s.decisions.push(format!(
                "afterword: line {} opens a closing author's note (\"{}\")",
                p.line,
                label_of(&p.text)
            ));
            return i;
        }
    }
    // An unlabelled closing note: the last paragraphs (at most three) all talk to the
    // readers, together with a strong sign of author talk and at least two signs, and
    // address the reader ("you", "thank", "please"); none is dialogue, and the story
    // keeps at least two paragraphs. A narrator's last line that mentions "the
    // readers" has no "you" in it, so it stays in the story.
    let floor = (start + 2).max(end.saturating_sub(UNLABELLED_TAIL));
    let mut first = end;
    while first > floor && is_closing_talk(&paras[first - 1].text) {
        first -= 1;
    }
    if first < end {
        let texts: Vec<&str> = paras[first..end].iter().map(|p| p.text.as_str()).collect();
        let (strong, all) = texts
            .iter()
            .map(|t| talk_signs(t))
            .fold((0, 0), |(a, b), (c, d)| (a + c, b + d));
        if strong >= 1 && all >= 2 && texts.iter().any(|t| addresses_reader(t)) {
            s.decisions.push(format!(
                "afterword: {} no label but talk to the readers at the end of the story \
                 ({all} signs, \"{}\"); if this is story text, set `afterword = 0`",
                line_span(&paras[first], &paras[end - 1]),
                label_of(&paras[first].text)
            ));
            return first;
        }
    }
    end
}

/// Paragraphs at the end that may hold an unlabelled closing note.
const UNLABELLED_TAIL: usize = 3;

/// Whether a paragraph could belong to an unlabelled closing note: it talks (any sign,
/// or a sign-off) and is not dialogue.
fn is_closing_talk(text: &str) -> bool {
    let t = text.trim_start_matches(['*', '_', ' ']);
    !t.starts_with(['"', '\u{201c}', '\'', '\u{2018}', '\u{ab}'])
        && (talk_signs(t).1 >= 1 || is_sign_off(t))
}

/// Words that thank or ask the reader, in the six languages.
const TO_READER: &[&str] = &[
    "thank",
    "please",
    "merci",
    "s'il vous",
    "gracias",
    "por favor",
    "danke",
    "bitte",
    "grazie",
    "per favore",
    "obrigad",
    "por favor",
];

/// Words for "you", in the six languages.
const YOU: &[&str] = &[
    "you", "you're", "you’re", "your", "y'all", "ya", "u", "vous", "tu", "vos", "votre", "ustedes",
    "vosotros", "ihr", "euch", "dich", "du", "voi", "ti", "vocês", "você", "vos",
];

/// Whether a paragraph speaks to the reader: "you", "thank" or "please" in English,
/// French, Spanish, German, Italian or Portuguese.
fn addresses_reader(text: &str) -> bool {
    let t = text.to_lowercase();
    TO_READER.iter().any(|w| t.contains(w))
        || t.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .any(|w| YOU.contains(&w))
}

fn is_parenthesised_note(text: &str) -> bool {
    let t = text.trim();
    (t.starts_with('(') && t.ends_with(')') || t.starts_with('[') && t.ends_with(']'))
        && is_labelled_note(&t[1..], NOTE_LABELS)
}

fn label_of(text: &str) -> String {
    text.replace('\n', " / ")
        .chars()
        .take(20)
        .collect::<String>()
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::super::paragraphs;
    use super::*;

    fn split_text(t: &str) -> Split {
        split(&paragraphs::split(t), Overrides::default())
    }

    #[test]
    fn first_person_story_has_no_preface() {
        let s = split_text(
            "I never meant to read the letter.\n\nBut I did, and the story it told changed me.\n\nShe came home at dawn.",
        );
        assert!(s.preface.is_empty());
        assert_eq!(s.body, vec![0, 1, 2]);
    }

    #[test]
    fn labelled_note_then_title() {
        let s = split_text("A/N: my first fic, enjoy!\n\nThe Letter\n\nShe ran.\n\nHe followed.");
        assert_eq!(s.preface, vec![0]);
        assert_eq!(s.title, Some(1));
        assert_eq!(s.body, vec![2, 3]);
    }

    #[test]
    fn closing_note() {
        let s = split_text("She ran.\n\nHe followed.\n\nA/N: please review!");
        assert_eq!(s.afterword, vec![2]);
        let s = split_text("She ran.\n\nHe followed.\n\n(AN: thanks for reading)");
        assert_eq!(s.afterword, vec![2]);
    }

    #[test]
    fn first_person_narrator_saying_enjoy_is_not_a_note() {
        let s = split_text(
            "I was nine when Gran told me the story.\n\nEnjoy it while you can, she said.\n\nShe died that spring.",
        );
        assert!(s.preface.is_empty(), "{:?}", s.decisions);
    }

    #[test]
    fn unlabelled_talk_with_sign_off() {
        let s = split_text(
            "This is my first fic, so be kind. Reviews make my day!\n\nEnjoy!\n\nShe ran.\n\nHe followed.",
        );
        assert_eq!(s.preface, vec![0, 1]);
        assert_eq!(s.body, vec![2, 3]);
    }

    #[test]
    fn doubt_stays_in_the_story_and_says_so() {
        let s = split_text("My favourite chapter is this.\n\nShe ran.\n\nHe followed.");
        assert!(s.preface.is_empty());
        assert!(s.decisions.iter().any(|d| d.contains("stays in the story")));
    }

    #[test]
    fn bare_label_takes_the_next_paragraph() {
        let s = split_text("Author's Note\n\nWritten in a hurry.\n\nShe ran.\n\nHe followed.");
        assert_eq!(s.preface, vec![0, 1]);
    }

    #[test]
    fn bracketed_note_over_two_paragraphs() {
        let s = split_text("(A/N: one\n\ntwo.)\n\nTitle Here\n\nShe ran.\n\nHe followed.");
        assert_eq!((s.preface, s.title), (vec![0, 1], Some(2)));
    }

    #[test]
    fn title_before_note() {
        let s = split_text("Paper Boats\n\nA/N: for my sister.\n\nShe ran.\n\nHe followed.");
        assert_eq!((s.title, s.preface), (Some(0), vec![1]));
        assert_eq!(s.body, vec![2, 3]);
    }

    #[test]
    fn unlabelled_thank_you_at_the_end_is_the_afterword() {
        let s = split_text(
            "She ran.\n\nHe followed.\n\nThey never came back.\n\nThank you all so much for the reviews! I hope you enjoyed this story.",
        );
        assert_eq!(s.afterword, vec![3], "{:?}", s.decisions);
        let s = split_text(
            "She ran.\n\nHe followed.\n\nThey never came back.\n\nWow, over a hundred reviews. Thank you!\n\nNext chapter soon, enjoy!",
        );
        assert_eq!(s.afterword, vec![3, 4], "{:?}", s.decisions);
    }

    #[test]
    fn story_endings_that_mention_readers_stay_in_the_story() {
        // No word to the reader.
        let s = split_text(
            "She ran.\n\nHe followed.\n\nShe closed the diary. It was the story of her life, and she hoped its readers would understand.",
        );
        assert!(s.afterword.is_empty(), "{:?}", s.decisions);
        // Dialogue.
        let s = split_text(
            "She ran.\n\nHe followed.\n\n\u{201c}Thank you for the review,\u{201d} she told the readers of her fic.",
        );
        assert!(s.afterword.is_empty(), "{:?}", s.decisions);
        // A one-paragraph story is never all note.
        let s = split_text("Thank you, readers, for every review of this story.");
        assert!(s.afterword.is_empty(), "{:?}", s.decisions);
    }

    #[test]
    fn closing_note_over_two_paragraphs() {
        let s = split_text("She ran.\n\nHe followed.\n\nAuthor's Note: true story.\n\nThanks all.");
        assert_eq!(s.afterword, vec![2, 3]);
    }

    #[test]
    fn overrides_win() {
        let paras = paragraphs::split("a\n\nb\n\nc\n\nd");
        let s = split(
            &paras,
            Overrides {
                preface: Some(2),
                afterword: Some(1),
                title_in_text: Some(false),
            },
        );
        assert_eq!(
            (s.preface, s.body, s.afterword),
            (vec![0, 1], vec![2], vec![3])
        );
    }
}
