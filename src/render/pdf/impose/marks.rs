//! Imposition stage, marks: what a binder needs drawn on a sheet side to fold, cut,
//! sew and gather it, as PDF content operators.
//!
//! Input: a laid-out [`Side`] and the sheet's size. Output: thin black lines in the
//! sheet's margins at every fold between the pages, cut marks at the corners of the
//! block of pages, five sewing stations on the spine of each signature's centre spread
//! (the side holding its two middle pages), and on the spine of the side holding a
//! signature's first and last pages a black block, one step lower for each signature:
//! gathered in order, the signatures' spines show a diagonal.

use super::{Placement, Side};
use crate::config::Imposition;
use std::fmt::Write as _;

/// Fold, cut, sewing and signature-order marks for one side.
pub(super) fn marks(
    imp: &Imposition,
    side: &Side,
    (sw, sh): (f32, f32),
    signatures: usize,
) -> String {
    let mut ops = String::from("q 0.25 w 0 G\n");
    let cells: Vec<[f32; 4]> = side.pages.iter().map(|p| p.cell).collect();
    let Some(&[_, _, w, h]) = cells.first() else {
        return String::new();
    };
    let left = cells.iter().map(|c| c[0]).fold(f32::MAX, f32::min);
    let right = cells.iter().map(|c| c[0] + c[2]).fold(f32::MIN, f32::max);
    let bottom = cells.iter().map(|c| c[1]).fold(f32::MAX, f32::min);
    let top = cells.iter().map(|c| c[1] + c[3]).fold(f32::MIN, f32::max);
    // Marks stay 3pt clear of the pages and of the sheet's edge, at most 18pt long.
    let tick = |room: f32| (room - 6.0).clamp(0.0, 18.0);
    let (above, below) = (tick(sh - top), tick(bottom));
    let (before, after) = (tick(left), tick(sw - right));
    // One stroked segment, or nothing when there is no room for it.
    let tick_line = |ops: &mut String, len: f32, (x0, y0): (f32, f32), (x1, y1): (f32, f32)| {
        if len > 0.0 {
            let _ = writeln!(ops, "{x0:.3} {y0:.3} m {x1:.3} {y1:.3} l S");
        }
    };
    let vertical = |ops: &mut String, x: f32| {
        tick_line(ops, above, (x, top + 3.0), (x, top + 3.0 + above));
        tick_line(ops, below, (x, bottom - 3.0), (x, bottom - 3.0 - below));
    };
    let horizontal = |ops: &mut String, y: f32| {
        tick_line(ops, before, (left - 3.0, y), (left - 3.0 - before, y));
        tick_line(ops, after, (right + 3.0, y), (right + 3.0 + after, y));
    };
    // Folds: every line between two columns or two rows of pages.
    let mut x = left + w;
    while x < right - 1.0 {
        vertical(&mut ops, x);
        x += w;
    }
    let mut y = bottom + h;
    while y < top - 1.0 {
        horizontal(&mut ops, y);
        y += h;
    }
    // Cut marks at the block's corners.
    for x in [left, right] {
        vertical(&mut ops, x);
    }
    for y in [bottom, top] {
        horizontal(&mut ops, y);
    }
    let per = imp.pages_per_signature();
    let first = side.signature * per;
    let find = |page: usize| side.pages.iter().find(|p| p.page == page);
    // Sewing stations across the spine between the two middle pages, 36pt (or a
    // sixth of the page) from head and tail.
    if let (Some(a), Some(b)) = (find(first + per / 2 - 1), find(first + per / 2)) {
        let spine = spine_x(a, b);
        let [_, y0, _, h] = a.cell;
        let inset = (h / 6.0).min(36.0);
        for i in 0..5 {
            let y = y0 + inset + (h - 2.0 * inset) * i as f32 / 4.0;
            let _ = writeln!(
                ops,
                "{:.3} {y:.3} m {:.3} {y:.3} l S",
                spine - 4.0,
                spine + 4.0
            );
        }
    }
    // The signature-order block on the spine between the first and the last page,
    // measured from the pages' heads (at the cell's foot when they are upside down).
    if let (Some(a), Some(b)) = (find(first), find(first + per - 1)) {
        let spine = spine_x(a, b);
        let [_, y0, _, h] = a.cell;
        let step = (h - 36.0) / signatures.max(1) as f32;
        let block = step.min(18.0);
        let from_head = 18.0 + step * side.signature as f32;
        let y = if a.rotated {
            y0 + from_head
        } else {
            y0 + h - from_head - block
        };
        let _ = writeln!(ops, "0 g {:.3} {y:.3} 6 {block:.3} re f", spine - 3.0);
    }
    ops + "Q\n"
}

/// The line two side-by-side cells share.
fn spine_x(a: &Placement, b: &Placement) -> f32 {
    a.cell[0].max(b.cell[0])
}
