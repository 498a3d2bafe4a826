//! HTML content, after the walk: the inline runs of a paragraph and the blocks of a
//! part cleaned as a browser would show them.
//!
//! Input: the runs [`super::Converter`] gathered for one paragraph, or a part's blocks.
//! Output: runs with adjacent text merged, the spaces HTML collapses removed (at the
//! ends, doubled across run edges, around line breaks) and empty runs dropped; blocks
//! without leading, trailing or doubled scene breaks. Pure: no I/O.

use crate::model::{Block, Inline};

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
/// a whole part of a chapter: a break between two converted elements is real.)
pub(crate) fn tidy(blocks: &mut Vec<Block>) {
    blocks.dedup_by(|b, a| matches!(a, Block::SceneBreak) && matches!(b, Block::SceneBreak));
    while matches!(blocks.first(), Some(Block::SceneBreak)) {
        blocks.remove(0);
    }
    while matches!(blocks.last(), Some(Block::SceneBreak)) {
        blocks.pop();
    }
}
