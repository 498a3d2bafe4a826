//! HTML content, after the walk: the inline runs of a paragraph and the blocks of a
//! part cleaned as a browser would show them.
//!
//! Input: the runs [`super::Converter`] gathered for one paragraph, or a part's blocks.
//! Output: runs with adjacent text merged, the spaces HTML collapses removed (at the
//! ends, doubled across run edges, around line breaks) and empty runs dropped; blocks
//! without leading, trailing or doubled scene breaks. Pure: no I/O.

use crate::model::{Block, Inline, plain_text};

/// Merges adjacent text, drops empty runs, and removes the spaces HTML collapses: at the
/// start and end of the paragraph, doubled across run edges, and around line breaks.
pub(super) fn normalise(inl: Vec<Inline>) -> Vec<Inline> {
    let mut out = merge(inl);
    let mut space_before = true;
    strip_leading(&mut out, &mut space_before);
    strip_trailing(&mut out, true);
    prune(out)
}

fn merge(inl: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(inl.len());
    for i in inl {
        let i = match i {
            Inline::Emphasis(c) => Inline::Emphasis(merge(c)),
            Inline::Strong(c) => Inline::Strong(merge(c)),
            other => other,
        };
        match (out.last_mut(), i) {
            (Some(Inline::Text(a)), Inline::Text(b)) => a.push_str(&b),
            (_, i) => out.push(i),
        }
    }
    out
}

/// Drops a space that follows a space (or starts the paragraph or a line), in order.
fn strip_leading(inl: &mut [Inline], space_before: &mut bool) {
    for i in inl.iter_mut() {
        match i {
            Inline::Text(t) => {
                if *space_before && t.starts_with(' ') {
                    t.remove(0);
                }
                if !t.is_empty() {
                    *space_before = t.ends_with(' ');
                }
            }
            Inline::Emphasis(c) | Inline::Strong(c) => strip_leading(c, space_before),
            Inline::LineBreak => *space_before = true,
            Inline::NoteRef { .. } => *space_before = false,
        }
    }
}

/// Drops the spaces that end the paragraph or a line, walking backwards; `at_end` says
/// whether nothing but spaces follows. Returns the same for what precedes the run.
fn strip_trailing(inl: &mut [Inline], mut at_end: bool) -> bool {
    for i in inl.iter_mut().rev() {
        match i {
            Inline::Text(t) => {
                if at_end {
                    let kept = t.trim_end_matches(' ').len();
                    t.truncate(kept);
                }
                if !t.is_empty() {
                    at_end = false;
                }
            }
            Inline::Emphasis(c) | Inline::Strong(c) => at_end = strip_trailing(c, at_end),
            Inline::LineBreak => at_end = true,
            Inline::NoteRef { .. } => at_end = false,
        }
    }
    at_end
}

/// Removes empty text and empty runs; a paragraph of only line breaks is empty.
fn prune(inl: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = inl
        .into_iter()
        .filter_map(|i| match i {
            Inline::Text(t) if t.is_empty() => None,
            Inline::Emphasis(c) => {
                let c = prune(c);
                (!c.is_empty()).then_some(Inline::Emphasis(c))
            }
            Inline::Strong(c) => {
                let c = prune(c);
                (!c.is_empty()).then_some(Inline::Strong(c))
            }
            other => Some(other),
        })
        .collect();
    while matches!(out.first(), Some(Inline::LineBreak)) {
        out.remove(0);
    }
    while matches!(out.last(), Some(Inline::LineBreak)) {
        out.pop();
    }
    out
}

/// Scene breaks at the start or end, and doubled ones, mark nothing: drop them. (Run on
/// a whole part of a chapter: a break between two converted elements is real.) A
/// paragraph that is one dash is a break too (between letters, postcards, entries),
/// unless a paragraph beside it opens with a dialogue dash: then it is a silent reply.
pub(crate) fn tidy(blocks: &mut Vec<Block>) {
    let dash_led = |b: Option<&Block>| {
        b.is_some_and(|b| {
            matches!(b, Block::Paragraph(_))
                && b.plain()
                    .trim_start()
                    .starts_with(['\u{2013}', '\u{2014}', '\u{2015}'])
        })
    };
    for k in 0..blocks.len() {
        let lone = matches!(&blocks[k], Block::Paragraph(inl)
            if crate::source::paragraphs::is_lone_dash(plain_text(inl).trim()));
        let talk =
            dash_led(k.checked_sub(1).and_then(|j| blocks.get(j))) || dash_led(blocks.get(k + 1));
        // `xxx` alone under prose, with more story after it: a break, not kisses.
        let row = k > 0
            && k + 1 < blocks.len()
            && matches!(&blocks[k], Block::Paragraph(inl)
                if crate::source::kisses::is_row_break(&plain_text(inl), &blocks[k - 1].plain()))
            && matches!(blocks[k - 1], Block::Paragraph(_));
        if (lone && !talk) || row {
            blocks[k] = Block::SceneBreak;
        }
    }
    blocks.dedup_by(|b, a| matches!(a, Block::SceneBreak) && matches!(b, Block::SceneBreak));
    while matches!(blocks.first(), Some(Block::SceneBreak)) {
        blocks.remove(0);
    }
    while matches!(blocks.last(), Some(Block::SceneBreak)) {
        blocks.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(s: &str) -> Block {
        Block::Paragraph(vec![Inline::Text(s.into())])
    }

    /// `<p>—</p>` between two postcards is a scene break; beside dash-led dialogue it is
    /// a speaker's silence and stays.
    #[test]
    fn lone_dash_paragraph_is_a_break() {
        let mut b = vec![para("Love, Ros"), para("\u{2014}"), para("Dear Grandpa,")];
        tidy(&mut b);
        assert_eq!(b[1], Block::SceneBreak);
        let mut b = vec![
            para("\u{2014} Sabes?"),
            para("\u{2014}"),
            para("\u{2014} Pois."),
        ];
        tidy(&mut b);
        assert_eq!(b[1], para("\u{2014}"));
    }
}
