//! Notes at their place inside a story: the paragraphs a header reader found to be a
//! chapter's own notes, and labelled author's notes beside a chapter's heading or a
//! scene break, each set apart as a small note; small notes next to each other made one.
//!
//! Input: the body's blocks, the raw paragraph of each and the note spans a header
//! reader found. Output: the same body with those paragraphs as [`Block::Note`]s.

use super::super::notes::{AUTHOR_LABELS, END_LABELS, NOTE_LABELS, is_labelled_note};
use super::super::paragraphs::RawPara;
use crate::model::Block;

/// Each paragraph that a header reader found to be a chapter's own notes (its lines
/// inside one of `notes`), or that opens with an author's-note label right beside a
/// chapter's heading inside the story (`A/N: Sorry this is short…` over `Chapter Two`),
/// as a small note of its own; `body[k]` stays `raw[k]`'s.
pub(super) fn set_apart_notes(
    body: Vec<Block>,
    raw: &[&RawPara],
    notes: &[(usize, usize)],
    decisions: &mut Vec<String>,
) -> Vec<Block> {
    let heading = |k: usize| matches!(body.get(k), Some(Block::Heading(_)));
    let divider = |k: usize| matches!(body.get(k), Some(Block::SceneBreak));
    let paragraph = |k: usize| matches!(body.get(k), Some(Block::Paragraph(_)));
    // A label alone ("End Notes:", "Author's Notes:"), its note the paragraph under it.
    let bare = |t: &str| {
        let t = t.trim();
        t.ends_with(':')
            && t.split_whitespace().count() <= 3
            && (is_labelled_note(t, NOTE_LABELS) || is_labelled_note(t, END_LABELS))
    };
    let mut apart = vec![false; body.len()];
    for (k, p) in raw.iter().enumerate().take(body.len()) {
        if !matches!(body[k], Block::Paragraph(_)) {
            continue;
        }
        // A bare label and its note between a chapter's text and the next chapter's
        // heading, or right under a chapter's heading: the chapter's notes, at their
        // place.
        if bare(&p.text) && paragraph(k + 1) && (heading(k + 2) || (k > 0 && heading(k - 1))) {
            apart[k] = true;
            apart[k + 1] = true;
            decisions.push(format!(
                "line {}: `{}` and the note under it, beside a chapter's heading, stay at their place, set apart as a small note",
                p.line,
                p.text.trim()
            ));
            continue;
        }
        if apart[k] {
            continue;
        }
        if notes.iter().any(|&(a, z)| a <= p.line && p.line <= z) {
            apart[k] = true;
        } else if (heading(k + 1) || (k > 0 && heading(k - 1)))
            && is_labelled_note(&p.text, NOTE_LABELS)
        {
            apart[k] = true;
            decisions.push(format!(
                "line {}: an author's note beside a chapter's heading stays at its place, set apart as a small note",
                p.line
            ));
        } else if k > 0
            && k + 1 < body.len()
            && (divider(k + 1) || divider(k - 1))
            && is_labelled_note(&p.text, AUTHOR_LABELS)
        {
            // "A/N: sorry, switching POV here!" over a scene break inside the story.
            apart[k] = true;
            decisions.push(format!(
                "line {}: an author's note beside a scene break inside the story stays at its place, set apart as a small note",
                p.line
            ));
        }
    }
    body.into_iter()
        .zip(apart)
        .map(|(b, apart)| if apart { Block::Note(vec![b]) } else { b })
        .collect()
}

/// Small notes next to each other made one; a divider right under a chapter's opening
/// note (a chapter's heading, "A/N: Last one!", `* * *`) parts the note from the
/// chapter's text, as it does a story's preface, and is no scene break.
pub(super) fn join_notes(body: Vec<Block>, decisions: &mut Vec<String>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(body.len());
    let mut dividers = 0;
    for b in body {
        let opening = matches!(out.as_slice(), [.., Block::Heading(_), Block::Note(_)]);
        match (out.last_mut(), b) {
            (Some(Block::Note(prev)), Block::Note(more)) => prev.extend(more),
            (_, Block::SceneBreak) if opening => dividers += 1,
            (_, b) => out.push(b),
        }
    }
    if dividers > 0 {
        decisions.push(format!(
            "scene breaks: {dividers} divider(s) under a chapter's opening note part the note from the chapter's text; they are no scene breaks"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;

    fn para(t: &str) -> Block {
        Block::Paragraph(vec![Inline::Text(t.to_string())])
    }

    /// A bare label and its note between a chapter's text and the next heading, and
    /// under a heading, are the chapter's notes at their place; a story's own "Notes:"
    /// list inside a chapter is not.
    #[test]
    fn a_bare_label_and_its_note_beside_a_heading_are_a_note() {
        let texts = [
            "She wrote.",
            "End Notes:",
            "Chapter two is written.",
            "",
            "Author's Notes:",
            "Thanks to everyone who reviewed!",
            "He came back.",
            "Notes:",
            "Check the hives.",
            "The end.",
        ];
        let body: Vec<Block> = texts
            .iter()
            .map(|t| match *t {
                "" => Block::Heading("The Answer".into()),
                t => para(t),
            })
            .collect();
        let raw: Vec<RawPara> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| RawPara {
                text: t.to_string(),
                line: i * 2 + 1,
                lines: 1,
                ..Default::default()
            })
            .collect();
        let refs: Vec<&RawPara> = raw.iter().collect();
        let out = set_apart_notes(body, &refs, &[], &mut Vec::new());
        let noted: Vec<usize> = (0..out.len())
            .filter(|&k| matches!(out[k], Block::Note(_)))
            .collect();
        assert_eq!(noted, [1, 2, 4, 5]);
    }

    /// A divider under a chapter's opening note goes; one beside a note inside a
    /// chapter stays a scene break.
    #[test]
    fn a_divider_under_a_chapters_opening_note_is_no_break() {
        let note = |t: &str| Block::Note(vec![para(t)]);
        let body = vec![
            para("She wrote."),
            Block::Heading("3. Ledger's End".into()),
            note("A/N: Last one!"),
            Block::SceneBreak,
            para("The relief keeper came."),
            note("A/N: switching POV!"),
            Block::SceneBreak,
            para("He left."),
        ];
        let mut why = Vec::new();
        let out = join_notes(body, &mut why);
        let breaks = out
            .iter()
            .filter(|b| matches!(b, Block::SceneBreak))
            .count();
        assert_eq!(breaks, 1, "{out:?}");
        assert_eq!(out.len(), 7);
        assert_eq!(why.len(), 1);
    }
}
