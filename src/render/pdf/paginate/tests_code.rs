//! Pagination stage, what its tests share: lines and blocks spelled as codes, a
//! chapter's opener, and how short a page ends. Print 6×9in: Charis 11/14.3, 330 points
//! wide.

use super::*;
use crate::render::pdf::frame::LineKind;

pub(super) const LEADING: f32 = 14.3;
pub(super) const MEASURE: f32 = 330.0;

/// Lines as `code` spells them, `height` tall, named `b.i` after block `b`: a letter a
/// line (`j` a justified line, `L` one spaced loose, `h` one ending in a hyphen, `l` a
/// short last line, `F` a last line that runs to the margin, `c` a centred line).
pub(super) fn lines(b: usize, code: &str, height: f32) -> Vec<SetLine> {
    let line = |(i, c): (usize, char)| SetLine {
        height,
        runs: Vec::new(),
        text: format!("{b}.{i}"),
        kind: match c {
            'h' => LineKind::Hyphenated,
            'l' | 'F' => LineKind::Last,
            'c' => LineKind::Centered,
            _ => LineKind::Justified,
        },
        end: if c == 'F' { MEASURE } else { MEASURE / 2.0 },
        loose: c == 'L',
        label: 0,
    };
    code.chars().enumerate().map(line).collect()
}

/// A paragraph of `code`'s lines, `height` tall, on the body grid.
pub(super) fn block(b: usize, code: &str, height: f32) -> VBlock {
    VBlock {
        lines: lines(b, code, height),
        space_before: 0.0,
        keep_with_next: false,
        keep_with_previous: false,
        breakable: true,
        grid: Some(LEADING),
        flex: false,
        give: false,
        tight: false,
    }
}

/// A chapter's opener as the book sets it: its heading, the author's note's label and
/// the note's two lines, off the grid (blocks 0–2).
pub(super) fn opener() -> Vec<VBlock> {
    vec![
        VBlock {
            keep_with_next: true,
            breakable: false,
            grid: None,
            ..block(0, "c", 22.88)
        },
        VBlock {
            space_before: 28.6,
            keep_with_next: true,
            breakable: false,
            grid: None,
            ..block(1, "c", 12.155)
        },
        VBlock {
            space_before: 7.15,
            grid: None,
            ..block(2, "jl", 13.156)
        },
    ]
}

/// Lines short of a full page `height` tall at the foot of `page`, by its last line.
pub(super) fn short(page: &[Placed], height: f32) -> usize {
    let foot = page
        .last()
        .map_or(0.0, |l| l.0 + LEADING * (1.0 - BASELINE_SHARE));
    ((height - foot) / LEADING).round() as usize
}
