//! Pagination stage, the opener's white lifted: on the page where a story opens under
//! its heading (or author's note), the white above its first line may give a line as
//! well as take one (see `Change::Gap`). Where the opener ends a line short and the page
//! after it two lines short (a paragraph too short to part, three lines, does not fit
//! in the two left, and none on the pages can be set a line longer), taking a line more
//! only pushes lines down; giving one brings the next paragraph up onto the opener and
//! lets the page after it take the paragraph that left it short. It is as dear as a
//! line more, and given only where at least a line of white stays.

use super::fill::Pager;

/// In the third field of a page's `Base` (lines of white added above the story's first
/// line), the white lifted by a line instead: a flag above any count of lines added.
pub(crate) const LIFT: usize = 1 << 16;
/// In a window's bits of white above the story's first line (one per page), where its
/// lifts are: the page's bit this far up.
pub(super) const LIFT_BITS: usize = 32;

impl Pager {
    /// Lines of white `gap` (as a page's base has it) adds above the story's first
    /// line: its count of lines added, less a line if it lifts (see [`LIFT`]) and
    /// the story's first block has two lines of white above it or more.
    pub(crate) fn opening_white(&self, gap: usize) -> f32 {
        let more = (gap % LIFT) as f32;
        match gap >= LIFT && self.may_lift() {
            true => more - 1.0,
            false => more,
        }
    }

    /// Whether the white above the story's first line may give a line: it has two
    /// lines at least, so a line stays between it and the heading or note above.
    pub(crate) fn may_lift(&self) -> bool {
        let lead = self.balance.leading;
        self.opening
            .is_some_and(|i| lead.is_finite() && self.blocks[i].space_before >= 2.0 * lead - 0.01)
    }
}

/// A window's bit for page `k` given white above the story's first line: `more` a line
/// more (1) or [`LIFT`].
pub(super) fn gap_bit(more: usize, k: usize) -> usize {
    match more >= LIFT {
        true => 1 << (k + LIFT_BITS),
        false => more << k,
    }
}

/// What a window's `gaps` bits ask of page `k`: a line more (1), [`LIFT`], or none.
pub(super) fn gap_of(gaps: usize, k: usize) -> usize {
    (gaps >> k & 1) + LIFT * (gaps >> (k + LIFT_BITS) & 1)
}
