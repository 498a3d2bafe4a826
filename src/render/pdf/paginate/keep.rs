//! Pagination stage, what a block needs on the page it starts on: its least height, and
//! what a keep-with-next block drags along with it (the least of what follows it), for
//! the filling of pages (see `fill`).

use super::{MIN_LINES, VBlock};

/// Height the block needs at least on the page it starts on.
pub(super) fn min_height(b: &VBlock) -> f32 {
    let n = if b.breakable && b.lines.len() >= 2 * MIN_LINES {
        MIN_LINES
    } else {
        b.lines.len()
    };
    b.lines[..n].iter().map(|l| l.height).sum()
}

#[cfg(test)]
thread_local! {
    /// Blocks looked at while filling pages on this thread: what the tests that check
    /// the pager's work grows with the chapter, not faster, count (see `tests_runs`).
    pub(super) static WORK: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts one block looked at while filling a page (in tests; nothing otherwise).
pub(super) fn step() {
    #[cfg(test)]
    WORK.with(|w| w.set(w.get() + 1));
}

/// Extra height a keep-with-next block drags along: the following blocks' minimums.
/// A run of keep-with-next blocks that cannot stay together on any `page` (two
/// thousand headings in a row) parts where a page is full: a block whose run needs
/// more than a page, and which keeps with another such block, drags nothing, so only
/// the run's last page's worth is kept with the text after it. The walk stops once
/// past a page: a long run costs each block a page's worth of work, not the run's
/// length. A block that keeps with one that does not keep (a heading over a block
/// taller than a page) still goes over with it.
pub(super) fn keep_height(blocks: &[VBlock], i: usize, page: f32) -> f32 {
    let mut h = 0.0;
    let mut j = i;
    let parts = blocks.get(i + 1).is_some_and(|b| b.keep_with_next);
    while blocks[j].keep_with_next && j + 1 < blocks.len() {
        step();
        j += 1;
        h += blocks[j].space_before + min_height(&blocks[j]);
        if parts && min_height(&blocks[i]) + h > page + 0.01 {
            return 0.0;
        }
    }
    h
}
