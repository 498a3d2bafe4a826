//! Story parts: raw paragraphs → preface, in-text title, body, afterword.
//!
//! Input: the paragraphs of one file and the chapter's overrides. Output: a [`Split`]
//! saying which paragraphs belong where, with a reason for every decision (shown by
//! `quire inspect`). The rule when unsure: leave text in the story and say so — a note
//! printed as story is a blemish, a story paragraph hidden as a note is a loss.

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
/// A title line has at most this many words.
const TITLE_MAX_WORDS: usize = 10;

/// Labels that open an author's note, lowercase, apostrophes straightened.
const NOTE_LABELS: &[&str] = &[
    "a/n",
    "an:",
    "author's note",
    "authors note",
    "author note",
    "author's notes",
    "authors' note",
    "disclaimer",
    "note:",
    "notes:",
    "n/a:",
    "warning:",
    "warnings:",
    "summary:",
    "rating:",
    "pairing:",
    "pairings:",
    "dedication:",
    "beta'd by",
    "spoilers:",
];

/// Labels that close a story with an author's note.
const END_LABELS: &[&str] = &[
    "a/n",
    "an:",
    "author's note",
    "authors note",
    "author note",
    "end note",
    "end notes",
    "endnote",
    "note:",
    "notes:",
    "the end",
];

/// Phrases of an author talking about the story to readers, not telling it.
const AUTHOR_TALK: &[&str] = &[
    "fanfic",
    "fan fic",
    "fanfiction",
    "fan fiction",
    "this fic",
    "my fic",
    "first fic",
    "one shot",
    "one-shot",
    "oneshot",
    "this story",
    "my story",
    "the story",
    "review",
    "enjoy",
    "disclaimer",
    "i don't own",
    "i do not own",
    "don't own",
    "belongs to",
    "readers",
    "update",
    "chapter",
    "hope you like",
    "hope you enjoy",
    "inspired",
    "i wrote this",
    "continue the story",
    "if people like it",
    "thanks for reading",
    "constructive criticism",
    "flames",
    "beta",
];

/// Sign-offs that end an unlabelled note.
const SIGN_OFFS: &[&str] = &[
    "enjoy",
    "read and review",
    "r&r",
    "on with the story",
    "here we go",
    "hope you like it",
    "hope you enjoy",
];

fn straighten(s: &str) -> String {
    s.to_lowercase().replace(['’', '‘', '`'], "'")
}

/// Strips decoration a label may wear: `**A/N:**`, `(A/N: …)`, `[AN]`.
fn undecorated(text: &str) -> String {
    straighten(text.trim_start_matches(['*', '_', '(', '[', '{', ' ', '~', '-', '<']))
}

/// Whether a paragraph opens with an author's-note label.
pub fn is_labelled_note(text: &str, labels: &[&str]) -> bool {
    let t = undecorated(text);
    labels.iter().any(|l| {
        t.starts_with(l) && {
            // "An:" must not match "An old man…" and "Note" must be a label, not a word.
            let rest = &t[l.len()..];
            l.ends_with(':')
                || rest.is_empty()
                || rest.starts_with([':', ' ', '-', '—', ')', ']', '*', '_', 's', '.', '!'])
        }
    })
}

fn talk_score(text: &str) -> usize {
    let t = straighten(text);
    AUTHOR_TALK.iter().filter(|p| t.contains(*p)).count()
}

fn is_sign_off(text: &str) -> bool {
    let t = straighten(text);
    t.split_whitespace().count() <= 12 && SIGN_OFFS.iter().any(|s| t.contains(s))
}

/// Whether a paragraph looks like a title or heading line: one short line, no sentence
/// punctuation at its end, no dialogue, starting with a capital or digit.
pub fn is_title_line(p: &RawPara) -> bool {
    let t = p.text.trim();
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
        if allow_title && start < n && is_title_line(&paras[start]) {
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
    // 1. Labelled notes: consecutive paragraphs that open with a label, plus unlabelled
    //    paragraphs between them (a note often runs on for a paragraph or two).
    let mut i = 0;
    let mut labelled_end = 0;
    while i < n.min(HEAD_WINDOW + 4) {
        let p = &paras[i];
        if is_labelled_note(&p.text, NOTE_LABELS) {
            labelled_end = i + 1;
            s.decisions.push(format!(
                "preface: line {} opens with an author's-note label (\"{}\")",
                p.line,
                label_of(&p.text)
            ));
        } else if labelled_end > 0
            && i == labelled_end
            && talk_score(&p.text) >= 1
            && !is_title_line(p)
        {
            // A note's second paragraph talks to readers; keep it with the note.
            labelled_end = i + 1;
            s.decisions.push(format!(
                "preface: line {} continues the note (talks about the story or its readers)",
                p.line
            ));
        } else if labelled_end > 0 || !is_title_line(p) {
            break;
        }
        i += 1;
    }
    // A title line may come before the labelled note ("Title\n\nA/N: …").
    let mut title_first = None;
    if labelled_end == 0 && allow_title && n > 1 && is_title_line(&paras[0]) {
        let mut j = 1;
        while j < n.min(HEAD_WINDOW) && is_labelled_note(&paras[j].text, NOTE_LABELS) {
            j += 1;
        }
        if j > 1 {
            title_first = Some(0);
            labelled_end = j;
            s.decisions.push(format!(
                "preface: lines {}–{} after the title open with author's-note labels",
                paras[1].line,
                paras[j - 1].line
            ));
        }
    }
    if let Some(t) = title_first {
        s.title = Some(t);
        s.preface = (1..labelled_end).collect();
        take_title_note(paras, s, t);
        return labelled_end;
    }
    if labelled_end > 0 {
        s.preface = (0..labelled_end).collect();
        let mut start = labelled_end;
        if allow_title && start < n - 1 && is_title_line(&paras[start]) {
            s.title = Some(start);
            take_title_note(paras, s, start);
            start += 1;
        }
        return start;
    }

    // 2. Unlabelled author talk ending at a title line or a sign-off.
    let window = n.min(HEAD_WINDOW);
    for k in 1..window {
        let before = &paras[..k];
        let talk: usize = before.iter().map(|p| talk_score(&p.text)).sum();
        let signed = is_sign_off(&before[k - 1].text);
        // A sign-off is short and title-like ("So enjoy!") but belongs to the note.
        let titled =
            allow_title && k < n - 1 && is_title_line(&paras[k]) && !is_sign_off(&paras[k].text);
        if (titled || signed) && talk >= 2 && !before.iter().any(|p| p.scene_break) {
            s.preface = (0..k).collect();
            s.decisions.push(format!(
                "preface: {} no label but talk about the story and its readers ({} signs){}",
                line_span(&paras[0], &paras[k - 1]),
                talk,
                if signed {
                    ", ending with a sign-off"
                } else {
                    ""
                }
            ));
            let mut start = k;
            if titled {
                s.title = Some(k);
                take_title_note(paras, s, k);
                start += 1;
            }
            return start;
        }
    }

    // 3. No note: a bare title line at the very top.
    if allow_title && n > 1 && is_title_line(&paras[0]) {
        s.title = Some(0);
        take_title_note(paras, s, 0);
        return 1;
    }
    s.decisions
        .push("preface: none found (no label, no author talk before a title)".to_string());
    0
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
    let lo = end.saturating_sub(4).max(start + 1);
    for (i, p) in paras.iter().enumerate().take(end).skip(lo) {
        if is_labelled_note(&p.text, END_LABELS) || is_parenthesised_note(&p.text) {
            s.decisions.push(format!(
                "afterword: line {} opens a closing author's note (\"{}\")",
                p.line,
                label_of(&p.text)
            ));
            return i;
        }
    }
    end
}

fn is_parenthesised_note(text: &str) -> bool {
    let t = text.trim();
    (t.starts_with('(') && t.ends_with(')') || t.starts_with('[') && t.ends_with(']'))
        && is_labelled_note(&t[1..], NOTE_LABELS)
}

fn label_of(text: &str) -> String {
    text.chars().take(20).collect::<String>().trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::super::paragraphs;
    use super::*;

    fn split_text(t: &str) -> Split {
        split(&paragraphs::split(t), Overrides::default())
    }

    #[test]
    fn labels() {
        for l in [
            "A/N: hi",
            "AN: hi",
            "A/N hi",
            "Author's Note: x",
            "Author’s note: x",
            "**A/N:** x",
            "(A/N: x)",
            "Disclaimer: I own nothing",
            "AUTHOR'S NOTE",
        ] {
            assert!(is_labelled_note(l, NOTE_LABELS), "{l}");
        }
        for l in [
            "An old man walked in.",
            "Another day.",
            "Notebooks everywhere.",
        ] {
            assert!(!is_labelled_note(l, NOTE_LABELS), "{l}");
        }
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
