//! Imposition stage, folding: which page of a signature goes in which cell of a sheet
//! side, and which way up, found by folding the sheet the way a binder does.
//!
//! Input: the layout (folio, quarto, octavo, sextodecimo) and the sheets per signature.
//! Output: per page of a signature, the sheet, the side, the cell and whether it is
//! printed upside down; and per page its bifolium's depth in the signature, which
//! creep needs.
//!
//! The folds are the standard right-angle ones, each across the one before: folio one
//! vertical fold (the spine); quarto a head fold then the spine; octavo a fold across
//! the long side, a head fold, then the spine; sextodecimo head, side, tail, spine. A
//! vertical fold takes the left half under the right half, a horizontal one the top
//! half under the bottom half, so the last fold (the spine) is on the left of the
//! folded sheet and the pages face up in reading order. The back of a sheet is seen
//! as it is printed: the sheet turned over left to right.
//!
//! Cells are numbered from the top left of the side as printed, `col` to the right and
//! `row` down. A page is upside down when its leaf went through an odd number of
//! horizontal folds: heads meet heads at those folds, as in every quarto and octavo
//! press since the hand press.

use crate::config::{Layout, grid};

/// Where one page of a folded sheet is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cell {
    /// On the front of the sheet (else the back).
    pub front: bool,
    pub col: usize,
    pub row: usize,
    /// Printed upside down (rotated 180°).
    pub rotated: bool,
}

/// A fold across the sheet: `Vertical` halves the columns, `Horizontal` the rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fold {
    Vertical,
    Horizontal,
}

/// The folds of `layout`, first to last; the last is the spine.
pub(crate) fn folds(layout: Layout) -> &'static [Fold] {
    use Fold::*;
    match layout {
        Layout::Folio => &[Vertical],
        Layout::Quarto => &[Horizontal, Vertical],
        Layout::Octavo => &[Vertical, Horizontal, Vertical],
        Layout::Sextodecimo => &[Horizontal, Vertical, Horizontal, Vertical],
    }
}

/// A piece of the sheet (one cell) as the folding goes: which cell it was, and whether
/// it has been mirrored across (`flip_x`) and along (`flip_y`) the sheet.
#[derive(Debug, Clone, Copy)]
struct Piece {
    col: usize,
    row: usize,
    flip_x: bool,
    flip_y: bool,
}

/// The cells of one sheet folded on its own, by page of the folded sheet (0-based:
/// page 0 is the first recto, `2 × cells` pages in all).
pub(crate) fn sheet(layout: Layout) -> Vec<Cell> {
    let (cols, rows) = grid(layout);
    // stacks[row][col]: the pieces at that place, top first.
    let mut stacks: Vec<Vec<Vec<Piece>>> = (0..rows)
        .map(|row| {
            (0..cols)
                .map(|col| {
                    vec![Piece {
                        col,
                        row,
                        flip_x: false,
                        flip_y: false,
                    }]
                })
                .collect()
        })
        .collect();
    for fold in folds(layout) {
        stacks = match fold {
            Fold::Vertical => stacks
                .iter()
                .map(|line| {
                    let half = line.len() / 2;
                    (0..half)
                        .map(|j| {
                            let mut s = line[half + j].clone();
                            s.extend(under(&line[half - 1 - j], *fold));
                            s
                        })
                        .collect()
                })
                .collect(),
            Fold::Horizontal => {
                let half = stacks.len() / 2;
                (0..half)
                    .map(|i| {
                        (0..stacks[0].len())
                            .map(|c| {
                                let mut s = stacks[half + i][c].clone();
                                s.extend(under(&stacks[half - 1 - i][c], *fold));
                                s
                            })
                            .collect()
                    })
                    .collect()
            }
        };
    }
    let leaves = &stacks[0][0];
    let mut out = Vec::with_capacity(2 * leaves.len());
    for p in leaves {
        // The front faces up when the piece was mirrored both ways or neither.
        let front_up = p.flip_x == p.flip_y;
        let front = Cell {
            front: true,
            col: p.col,
            row: p.row,
            rotated: p.flip_y,
        };
        let back = Cell {
            front: false,
            col: cols - 1 - p.col,
            ..front
        };
        if front_up {
            out.extend([front, back]);
        } else {
            out.extend([back, front]);
        }
    }
    out
}

/// `stack` folded under: its order reversed, each piece mirrored across `fold`.
fn under(stack: &[Piece], fold: Fold) -> impl Iterator<Item = Piece> + '_ {
    stack.iter().rev().map(move |p| Piece {
        flip_x: p.flip_x ^ (fold == Fold::Vertical),
        flip_y: p.flip_y ^ (fold == Fold::Horizontal),
        ..*p
    })
}

/// The page of a signature of `sheets` sheets that page `local` of its sheet `k` (0
/// outermost) is, for sheets of `per_sheet` pages: the first half of a sheet's pages
/// come before the sheets inside it, the second half after them.
pub(crate) fn signature_page(local: usize, k: usize, sheets: usize, per_sheet: usize) -> usize {
    let half = per_sheet / 2;
    if local < half {
        k * half + local
    } else {
        sheets * per_sheet - (k + 1) * half + (local - half)
    }
}

/// How deep the leaf of page `page` lies in a signature of `pages` pages, in bifolia
/// (pairs of leaves joined at the spine) from the outside: 0 for the first and last
/// leaves, `pages / 4 − 1` for the centre spread.
pub(crate) fn depth(page: usize, pages: usize) -> usize {
    let leaf = page / 2;
    leaf.min(pages / 2 - 1 - leaf)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Layout; 4] = [
        Layout::Folio,
        Layout::Quarto,
        Layout::Octavo,
        Layout::Sextodecimo,
    ];

    #[test]
    fn every_cell_of_both_sides_holds_one_page() {
        for layout in ALL {
            let (cols, rows) = grid(layout);
            let cells = sheet(layout);
            assert_eq!(cells.len(), 2 * cols * rows, "{layout:?}");
            let mut seen = std::collections::HashSet::new();
            for c in &cells {
                assert!(c.col < cols && c.row < rows, "{layout:?}: {c:?}");
                assert!(
                    seen.insert((c.front, c.col, c.row)),
                    "{layout:?}: {c:?} twice"
                );
            }
        }
    }

    #[test]
    fn the_two_pages_of_a_leaf_back_each_other() {
        // A leaf's recto and verso are the same piece of paper: the same place on the
        // front and on the back (mirrored left to right, the sheet being turned over),
        // and the same way up.
        for layout in ALL {
            let (cols, _) = grid(layout);
            for leaf in sheet(layout).chunks(2) {
                let (r, v) = (leaf[0], leaf[1]);
                assert_ne!(r.front, v.front, "{layout:?}");
                assert_eq!((r.col, r.row), (cols - 1 - v.col, v.row), "{layout:?}");
                assert_eq!(r.rotated, v.rotated, "{layout:?}");
            }
        }
    }

    /// The vertical lines of a sheet where the spine fold runs, in cell widths from the
    /// left: the last fold halves what the folds before it left, so on the open sheet
    /// it runs down the middle of each strip the earlier vertical folds made.
    fn spines(layout: Layout) -> Vec<usize> {
        let (cols, _) = grid(layout);
        let strips = cols / 2; // the strip the last fold halves is two cells wide
        (0..strips).map(|s| 2 * s + 1).collect()
    }

    #[test]
    fn conjugate_leaves_meet_at_a_spine_fold_on_the_same_side() {
        // In a sheet of 2n pages the leaves l and n − 1 − l are one bifolium: the recto
        // of the one (page 2l) and the verso of the other (page 2n − 1 − 2l) are the
        // outside of the bifolium, side by side across a spine line.
        for layout in ALL {
            let cells = sheet(layout);
            let n = cells.len() / 2;
            for l in 0..n / 2 {
                let (a, b) = (cells[2 * l], cells[2 * (n - 1 - l) + 1]);
                assert_eq!((a.front, a.row, a.rotated), (b.front, b.row, b.rotated));
                let line = a.col.max(b.col);
                assert_eq!(a.col.abs_diff(b.col), 1, "{layout:?} leaf {l}");
                assert!(spines(layout).contains(&line), "{layout:?} leaf {l}");
            }
        }
    }

    #[test]
    fn heads_meet_at_head_folds() {
        // Rows alternate upside down so that across every horizontal fold the heads
        // (or the tails) of two pages touch: the page above a head fold is upside down.
        for layout in ALL {
            let (_, rows) = grid(layout);
            let cells = sheet(layout);
            for row in 0..rows {
                let turned: Vec<bool> = cells
                    .iter()
                    .filter(|c| c.row == row)
                    .map(|c| c.rotated)
                    .collect();
                // A whole row turns together, and from the top every other row is turned.
                assert!(turned.iter().all(|&t| t == turned[0]), "{layout:?}");
                assert_eq!(turned[0], rows > 1 && row % 2 == 0, "{layout:?} row {row}");
            }
        }
    }

    #[test]
    fn the_folio_and_quarto_schemes_of_the_printing_house() {
        // A folio: front last | first, back second | third (1-based 4 1 / 2 3).
        let at = |cells: &[Cell], front: bool| {
            let mut v: Vec<(usize, usize, usize)> = cells
                .iter()
                .enumerate()
                .filter(|(_, c)| c.front == front)
                .map(|(p, c)| (c.row, c.col, p + 1))
                .collect();
            v.sort();
            v.into_iter().map(|(_, _, p)| p).collect::<Vec<_>>()
        };
        let folio = sheet(Layout::Folio);
        assert_eq!(
            (at(&folio, true), at(&folio, false)),
            (vec![4, 1], vec![2, 3])
        );
        // Quarto: the outer forme holds 1, 4, 5, 8 (1 and 8 upright below, 4 and 5
        // upside down above); the inner forme 2, 3, 6, 7.
        let q = sheet(Layout::Quarto);
        assert_eq!(at(&q, true), vec![5, 4, 8, 1]);
        assert_eq!(at(&q, false), vec![3, 6, 2, 7]);
    }

    #[test]
    fn nested_sheets_give_the_signature_its_pages_once() {
        for layout in ALL {
            let per = 2 * grid(layout).0 * grid(layout).1;
            for sheets in [1, 2, 3, 5] {
                let mut all: Vec<usize> = (0..sheets)
                    .flat_map(|k| (0..per).map(move |p| signature_page(p, k, sheets, per)))
                    .collect();
                all.sort();
                assert_eq!(all, (0..sheets * per).collect::<Vec<_>>());
                // The outer sheet holds the first and the last page, the inner the
                // centre spread.
                assert_eq!(signature_page(0, 0, sheets, per), 0);
                assert_eq!(signature_page(per - 1, 0, sheets, per), sheets * per - 1);
                let mid = sheets * per / 2;
                assert_eq!(
                    signature_page(per / 2 - 1, sheets - 1, sheets, per),
                    mid - 1
                );
                assert_eq!(signature_page(per / 2, sheets - 1, sheets, per), mid);
            }
        }
        assert_eq!(
            (depth(0, 16), depth(15, 16), depth(7, 16), depth(8, 16)),
            (0, 0, 3, 3)
        );
    }
}
