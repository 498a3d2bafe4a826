//! The tail of a story: the closing note, labelled or an unlabelled word to the reader.
//!
//! Input: the story's raw paragraphs and where its body starts. Output: the afterword
//! recorded in the [`Split`], with the reason, and the index where it starts.

use super::super::headings::{heading, is_end_mark};
use super::super::notes::{
    END_LABELS, NOTE_LABELS, addresses_readers, is_bracketed_talk, is_closing_aside, is_disclaimer,
    is_labelled_note, is_sign_off, opens_on_its_writing, talk_signs, talks_as_note,
};
use super::{RawPara, Split, label_of, line_span};

/// How many trailing paragraphs a closing note may span.
const TAIL_WINDOW: usize = 6;

/// Finds a trailing note; returns the index where it starts (or `end`), taking in a list
/// of the author's numbered notes just before it (see [`note_list_before`]).
pub(super) fn detect_tail(paras: &[RawPara], start: usize, end: usize, s: &mut Split) -> usize {
    let first = closing_note(paras, start, end, s);
    note_list_before(paras, start, first, s)
}

/// The number a paragraph's `[n] ` opener gives, if it has one.
fn note_number(text: &str) -> Option<usize> {
    let rest = text.trim_start().strip_prefix('[')?;
    let (n, after) = rest.split_once(']')?;
    (after.starts_with(' ') && !n.is_empty() && n.len() <= 2)
        .then(|| n.parse().ok())
        .flatten()
}

/// A story's numbered notes (`[1] …`, `[2] …`) after its last scene break, just before
/// its closing note or at its very end, that are no footnotes a reader could link (a
/// note whose marker the story never sets, "I forgot to put a [2] in the text"): they are
/// the author's words after the story, so the afterword opens with them. A list whose
/// every number is marked in the story is left to the footnote reader.
fn note_list_before(paras: &[RawPara], start: usize, first: usize, s: &mut Split) -> usize {
    let mut k = first;
    while k > start + 1 && note_number(&paras[k - 1].text).is_some() {
        k -= 1;
    }
    if k == first || !paras[k - 1].scene_break {
        return first;
    }
    let numbers: Vec<usize> = (k..first)
        .filter_map(|i| note_number(&paras[i].text))
        .collect();
    if numbers.iter().enumerate().any(|(i, &n)| n != i + 1) {
        return first;
    }
    let story: Vec<&str> = paras[start..k - 1]
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    let marked = |n: usize| story.iter().any(|t| t.contains(&format!("[{n}]")));
    if !marked(1) || numbers.iter().all(|&n| marked(n)) {
        return first;
    }
    s.decisions.push(format!(
        "afterword: {} the author's numbered notes ([1]–[{}]) after the last scene break, \
         not all of them marked in the story, so they open the afterword",
        line_span(&paras[k], &paras[first - 1]),
        numbers.len()
    ));
    k
}

/// The closing note at the end of `start..end`: where it starts, or `end`.
fn closing_note(paras: &[RawPara], start: usize, end: usize, s: &mut Split) -> usize {
    // Look back over the last few paragraphs for a labelled note; everything from the
    // label to the end is the afterword. A note-only file keeps its text in the preface.
    // A bracketed note needs a strong sign of talk, or, as the file's last words, a sign
    // and words to the reader ("[… thank you for staying with it this far.]").
    let lo = end.saturating_sub(TAIL_WINDOW).max(start + 1);
    for (i, p) in paras.iter().enumerate().take(end).skip(lo) {
        // A note with a chapter's heading after it is a note between chapters, not the
        // closing one: the story goes on under that heading.
        let chapter_after = || {
            paras[i + 1..end]
                .iter()
                .any(|q| !q.scene_break && heading(q, false).is_some())
        };
        if (is_labelled_note(&p.text, END_LABELS)
            && !is_storys_note(paras, i, end)
            && !chapter_after())
            || is_parenthesised_note(&p.text)
            || (is_bracketed_talk(&p.text)
                && (talk_signs(&p.text).0 >= 1 || (i + 1 == end && addresses_readers(&p.text))))
        {
            s.decisions.push(format!(
                "afterword: line {} opens a closing author's note (\"{}\")",
                p.line,
                label_of(&p.text)
            ));
            return talk_after_divider(paras, start, i, s);
        }
    }
    // The story's end mark ("The End", "END", "Fin") with words after it: they are the
    // author's, after the story.
    if let Some(i) = (lo..end.saturating_sub(1)).find(|&i| is_end_mark(&paras[i].text)) {
        // A divider under the mark parts them too.
        let first = (i + 1..end).find(|&k| !paras[k].scene_break).unwrap_or(end);
        // A mark the story shows ("The words came up on the screen:" / "THE END"), or one
        // with two paragraphs and more of the story's under it that talk to no one (no
        // sign of talk, no sign-off, no note's label or number), is the story's.
        let talks = |t: &str| {
            talk_signs(t).1 >= 1
                || is_sign_off(t)
                || is_labelled_note(t, NOTE_LABELS)
                || is_labelled_note(t, END_LABELS)
                || is_bracketed_talk(t)
                || note_number(t).is_some()
        };
        let after: Vec<&RawPara> = paras[first..end]
            .iter()
            .filter(|p| !p.scene_break)
            .collect();
        let shown = i > start && paras[i - 1].text.trim_end().ends_with(':');
        let story_goes_on = after.len() >= 2 && !after.iter().any(|p| talks(&p.text));
        if first < end && !shown && !story_goes_on {
            s.decisions.push(format!(
                "afterword: line {} \"{}\" marks the story's end, so the {} paragraph(s) after it are the author's closing note",
                paras[i].line,
                paras[i].text,
                end - first
            ));
            return first;
        }
    }
    // A disclaimer as the file's last paragraph ("Song belongs to The Hollow
    // Lanterns.", "I don't own the characters.") is the author's, after the story.
    // So is a short last line on how the piece was written ("Written during
    // NaPoWriMo.") with a strong sign of talk.
    let last = (end > start + 2).then(|| paras[end - 1].text.as_str());
    let on_its_writing = |t: &str| {
        opens_on_its_writing(t)
            && talk_signs(t).0 >= 1
            && t.split_whitespace().count() <= SET_APART_WORDS
    };
    if last.is_some_and(|t| is_disclaimer(t) || on_its_writing(t)) {
        s.decisions.push(format!(
            "afterword: line {} is a disclaimer or a note on the writing at the end of the story (\"{}\")",
            paras[end - 1].line,
            label_of(&paras[end - 1].text)
        ));
        return end - 1;
    }
    // An unlabelled closing note: the last paragraphs (at most three) all talk to the
    // readers, together with a strong sign of author talk and at least two signs, and
    // address the reader ("you", "thank", "please"); none is dialogue, and the story
    // keeps at least two paragraphs. A narrator's last line that mentions "the
    // readers" has no "you" in it, so it stays in the story.
    let floor = (start + 2).max(end.saturating_sub(UNLABELLED_TAIL));
    let mut first = end;
    while first > floor
        && (is_closing_talk(&paras[first - 1].text)
            || (first == end && is_signature(&paras[first - 1].text)))
    {
        first -= 1;
    }
    if first < end {
        let texts: Vec<&str> = paras[first..end].iter().map(|p| p.text.as_str()).collect();
        let (strong, all) = texts
            .iter()
            .map(|t| talk_signs(without_update_label(t)))
            .fold((0, 0), |(a, b), (c, d)| (a + c, b + d));
        // A short last line of two fic words speaks to the readers without a "you"
        // ("Comments are love, and concrit is very welcome.").
        let short_talk =
            texts.len() == 1 && strong >= 2 && texts[0].split_whitespace().count() <= 40;
        // A few words alone after the story's last divider ("Unbeta'd, sorry."): set
        // apart from the story as a note is, with no room to address anyone.
        let set_apart = texts.len() == 1
            && first > start
            && paras[first - 1].scene_break
            && texts[0].split_whitespace().count() <= SET_APART_WORDS;
        // A writer's aside about the piece ("Okay so I did not mean to cry writing this
        // … one line of canon … that's the note."), whoever it addresses.
        let aside = texts.len() == 1 && is_closing_aside(texts[0]);
        if talks_as_note((strong, all))
            && (short_talk || set_apart || aside || texts.iter().any(|t| addresses_reader(t)))
        {
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

/// Labels a story's own notes wear too ("Note: back at six. Feed the cat.").
const PLAIN_LABELS: &[&str] = &["note:", "notes:", "nota:"];

/// Whether the note labelled at `i` is one the story shows: a plain `Note:` that talks
/// to no one, or any label's line in capitals (a sign), with the story going on right
/// after it for two paragraphs or more that
/// talk to no one either (what its people say aside: "Thank you for not losing it."),
/// whatever note of the author's follows them.
fn is_storys_note(paras: &[RawPara], i: usize, end: usize) -> bool {
    let mute = |p: &RawPara| talk_signs(&unquoted(&p.text)).1 == 0 && !is_sign_off(&p.text);
    let story_after = paras[i + 1..end]
        .iter()
        .filter(|p| !p.scene_break)
        .take_while(|p| mute(p))
        .count();
    // A sign or a note the story shows in capitals ("THANKS FOR READING THE WEATHER
    // RIGHT.", or a kept line in capitals over the sign's small print) is no author's
    // either.
    let text = &paras[i].text;
    let head = text.lines().next().unwrap_or_default();
    let capitals = super::super::doc::in_capitals(head);
    // The story may show it itself ("… where nobody but the sea would read it:").
    let shown = i > 0 && paras[i - 1].text.trim_end().ends_with(':');
    ((is_labelled_note(text, PLAIN_LABELS) && talk_signs(text).1 == 0) || capitals)
        && (story_after >= 2 || (shown && story_after >= 1))
}

/// A paragraph's words outside double quotes (straight or curly): the narration, not
/// what its people say.
fn unquoted(text: &str) -> String {
    let (mut out, mut depth, mut straight) = (String::with_capacity(text.len()), 0usize, false);
    for c in text.chars() {
        match c {
            '“' | '«' | '„' => depth += 1,
            '”' | '»' => depth = depth.saturating_sub(1),
            '"' => straight = !straight,
            _ if depth == 0 && !straight => out.push(c),
            _ => {}
        }
    }
    out
}

/// Where a labelled closing note at `i` really starts: at the paragraph after the
/// story's last divider, when that paragraph talks about the story (a strong sign: "A
/// note on the real things in this story, because people always ask.") and nothing
/// between is dialogue: the author's talk before the thanks is the note's too.
fn talk_after_divider(paras: &[RawPara], start: usize, i: usize, s: &mut Split) -> usize {
    let Some(d) = (start + 1..i).rev().find(|&k| paras[k].scene_break) else {
        return i;
    };
    let between = &paras[d + 1..i];
    // Dialogue opens with a quote mark, or with a dash where speech is set so.
    let quoted = |t: &str| opens_quote(t) || undecorated(t).starts_with(['—', '–']);
    if between.is_empty()
        || i - d > TAIL_WINDOW
        || talk_signs(&between[0].text).0 == 0
        || between.iter().any(|p| quoted(&p.text) || p.scene_break)
    {
        return i;
    }
    s.decisions.push(format!(
        "afterword: {} after the last divider talk about the story before the closing note, so the note starts there",
        line_span(&between[0], &between[between.len() - 1])
            .replace(" has", "")
            .replace(" have", "")
    ));
    d + 1
}

/// A closing and the writer's name under it ("Pozdrawiam serdecznie," / "Ola"): the
/// last paragraph of a note that talks to the readers before it. (The note must still
/// carry a strong sign of talk; a letter in the story ending "Yours, Marius" has none.)
fn is_signature(text: &str) -> bool {
    // A name or handle after a dash, alone ("— saltwaterbiscuit", "-- M.").
    if let Some(name) = text
        .trim()
        .strip_prefix(['—', '–'])
        .or_else(|| text.trim().strip_prefix("--"))
        && !text.contains('\n')
        && (1..=3).contains(&name.split_whitespace().count())
        && !name.trim_end().ends_with(['!', '?'])
    {
        return true;
    }
    let mut lines = text.lines();
    let (Some(closing), name) = (lines.next(), lines.next()) else {
        return false;
    };
    lines.next().is_none()
        && crate::source::headings::is_valediction(closing)
        && name.is_none_or(|n| (1..=3).contains(&n.split_whitespace().count()))
}

/// Most words of a short note standing alone after the story's last divider.
const SET_APART_WORDS: usize = 8;

/// Paragraphs at the end that may hold an unlabelled closing note.
const UNLABELLED_TAIL: usize = 3;

/// Whether a paragraph could belong to an unlabelled closing note: it talks (any sign,
/// or a sign-off) and is not dialogue.
fn is_closing_talk(text: &str) -> bool {
    let t = undecorated(text);
    !opens_quote(t) && (talk_signs(without_update_label(t)).1 >= 1 || is_sign_off(t))
}

/// Most bytes of an update's label ("Update:", "UPDATE 2:", "Update (Nov 9):").
const UPDATE_LABEL: usize = 24;

/// `text` without the update label it opens with: a poster adds to a post after
/// posting under "Update:" where the site has no note box (a Tumblr or blog post), and
/// what the update tells may go on with the story ("Update: it was Thursday. You
/// dropped your glove.") as well as talk to the readers ("Update: part two is up,
/// thanks for reading!"). Its words are weighed, not the label, which alone would count
/// as talk about updating.
pub(super) fn without_update_label(text: &str) -> &str {
    let t = text.trim_start();
    let Some(head) = t.get(..6).filter(|h| h.eq_ignore_ascii_case("update")) else {
        return text;
    };
    let rest = &t[head.len()..];
    match rest.find(':') {
        Some(at)
            if at <= UPDATE_LABEL
                && !rest[..at].contains(['.', '!', '?'])
                && !rest[..at].starts_with(char::is_alphabetic) =>
        {
            rest[at + 1..].trim_start()
        }
        _ => text,
    }
}

/// `text` without the emphasis marks and spaces it may open with.
fn undecorated(text: &str) -> &str {
    text.trim_start_matches(['*', '_', ' '])
}

/// Whether a paragraph opens with a quotation mark: dialogue, not an author's talk.
pub(super) fn opens_quote(text: &str) -> bool {
    undecorated(text).starts_with(['"', '\u{201c}', '\'', '\u{2018}', '\u{ab}'])
}

/// Words that thank or ask the reader, in the six languages, Turkish, Korean,
/// Indonesian, Chinese, Russian, Czech, Polish, Dutch, Hebrew, Greek and Arabic.
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
    "děkuji",
    "díky",
    "prosím",
    "dziękuję",
    "proszę",
    "bedankt",
    "dank je",
    "תודה",
    "ευχαριστώ",
    "شكرا",
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
