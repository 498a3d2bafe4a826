//! Notes at their place inside a story: the paragraphs a header reader found to be a
//! chapter's own notes, and labelled author's notes beside a chapter's heading or a
//! scene break, each set apart as a small note; small notes next to each other made one.
//!
//! Input: the body's blocks, the raw paragraph of each and the note spans a header
//! reader found. Output: the same body with those paragraphs as [`Block::Note`]s.

use super::super::notes::{AUTHOR_LABELS, NOTE_LABELS, is_labelled_note};
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
    let mut apart = vec![false; body.len()];
    for (k, p) in raw.iter().enumerate().take(body.len()) {
        if !matches!(body[k], Block::Paragraph(_)) {
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

/// Small notes next to each other made one.
pub(super) fn join_notes(body: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(body.len());
    for b in body {
        match (out.last_mut(), b) {
            (Some(Block::Note(prev)), Block::Note(more)) => prev.extend(more),
            (_, b) => out.push(b),
        }
    }
    out
}
