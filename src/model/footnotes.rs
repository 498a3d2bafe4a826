//! Footnotes in the document model: a list of notes as the author typed it, and the
//! same text with its links undone, for a renderer that sets notes as typed (the PDF).
//!
//! Input: nothing (plain data). Output: nothing; no I/O, nothing about EPUB or PDF.

use super::{Block, Chapter, Inline};

/// A list of footnotes as the author typed it.
#[derive(Debug, Clone, PartialEq)]
pub struct Footnotes {
    /// The line over the notes (`Footnotes:`), if there is one.
    pub label: Vec<Inline>,
    /// The notes in order.
    pub notes: Vec<Footnote>,
}

/// One footnote: its marker as typed and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Footnote {
    /// The note's number in its chapter (1, 2 …), which its reference carries too.
    pub id: u32,
    /// The marker as typed (`[1]`).
    pub marker: String,
    /// The note's text after the marker, the space after the marker included.
    pub text: Vec<Inline>,
}

impl Footnotes {
    /// The list as the typed lines it was read from: the label, then each note's
    /// marker and text, one a line. How a renderer that sets no linked notes sees it.
    pub fn as_lines(&self) -> Vec<Inline> {
        let mut out = self.label.clone();
        for n in &self.notes {
            if !out.is_empty() {
                out.push(Inline::LineBreak);
            }
            out.push(Inline::Text(n.marker.clone()));
            out.extend(n.text.iter().cloned());
        }
        out
    }
}

/// `blocks` as typed: each [`Block::Footnotes`] its paragraph of lines again, each
/// [`Inline::NoteRef`] its marker's text. For a renderer that links no notes (the PDF).
pub(crate) fn unlinked_blocks(blocks: &[Block]) -> Vec<Block> {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(inl) if inl.iter().any(has_note_ref) => {
                Block::Paragraph(unlinked(inl))
            }
            Block::Footnotes(f) => Block::Paragraph(unlinked(&f.as_lines())),
            other => other.clone(),
        })
        .collect()
}

/// Whether `i` is or holds an [`Inline::NoteRef`].
fn has_note_ref(i: &Inline) -> bool {
    match i {
        Inline::NoteRef { .. } => true,
        Inline::Emphasis(c) | Inline::Strong(c) => c.iter().any(has_note_ref),
        _ => false,
    }
}

/// Whether the chapter links any footnotes.
pub(crate) fn has_footnotes(ch: &Chapter) -> bool {
    ch.body.iter().any(|b| matches!(b, Block::Footnotes(_)))
}

/// `inlines` with every [`Inline::NoteRef`] as its marker's text, adjacent text runs
/// joined: the run as it was typed.
fn unlinked(inlines: &[Inline]) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(inlines.len());
    for i in inlines {
        let i = match i {
            Inline::NoteRef { marker, .. } => Inline::Text(marker.clone()),
            Inline::Emphasis(c) => Inline::Emphasis(unlinked(c)),
            Inline::Strong(c) => Inline::Strong(unlinked(c)),
            other => other.clone(),
        };
        match (out.last_mut(), i) {
            (Some(Inline::Text(a)), Inline::Text(b)) => a.push_str(&b),
            (_, i) => out.push(i),
        }
    }
    out
}
