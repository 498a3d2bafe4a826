//! The tail of a story: the closing note, labelled or an unlabelled word to the reader.
//!
//! Input: the story's raw paragraphs and where its body starts. Output: the afterword
//! recorded in the [`Split`], with the reason, and the index where it starts.

use super::super::notes::{
    END_LABELS, NOTE_LABELS, is_bracketed_talk, is_labelled_note, is_sign_off, talk_signs,
};
use super::{RawPara, Split, label_of, line_span};

/// How many trailing paragraphs a closing note may span.
const TAIL_WINDOW: usize = 6;

/// Finds a trailing note; returns the index where it starts (or `end`).
pub(super) fn detect_tail(paras: &[RawPara], start: usize, end: usize, s: &mut Split) -> usize {
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
        // A short last line of two fic words speaks to the readers without a "you"
        // ("Comments are love, and concrit is very welcome.").
        let short_talk =
            texts.len() == 1 && strong >= 2 && texts[0].split_whitespace().count() <= 40;
        if strong >= 1 && all >= 2 && (short_talk || texts.iter().any(|t| addresses_reader(t))) {
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

/// Words that thank or ask the reader, in the six languages, Turkish, Korean,
/// Indonesian, Chinese and Russian.
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
    "teşekkür",
    "lütfen",
    "감사",
    "고마",
    "makasih",
    "terima kasih",
    "jangan lupa",
    "谢谢",
    "感谢",
    "спасибо",
    "пожалуйста",
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
