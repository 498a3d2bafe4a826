//! Pagination stage, the opener's white above its title given up, last of all: a
//! chapter whose pages still break a rule after every other change (the story's first
//! line a line nearer its heading or note, see `lift`; a paragraph past the tolerance,
//! see `lay`; pages set again from the start, see `reflow`) is set again with its
//! opener holding one body line more. Where no paragraph on a spread can be set a line
//! longer or shorter, even past the tolerance, and the story's first line already sits
//! a line up, that line may carry the line a spread after it needs (bed11 s200 in
//! print: its eighth story's first spread, a line apart).
//!
//! The line comes from the title's sink (the title a line higher), or where the sink
//! has no line to spare, from the two lines of white between the title and the
//! author's note's heading (one stays). Either moves the story's lines up by the same
//! line, so the pages after come out alike; they differ in how the opener reads, and
//! the sink reads better: in renders of s200's opener, the note's heading a line under
//! the title reads as its subtitle, while the title a line higher keeps the opener's
//! proportions and changes only its depth on the page.
//!
//! Input: the chapter as set, ranked, and its blocks as they came. Output: the better
//! of the two settings: the new one is kept only where it breaks fewer rules, with at
//! most `reflow::LOOSE_TRADE` loose lines more; a chapter that keeps the rules never
//! comes here, so its pages stay as they were.

use super::reflow::{LOOSE_TRADE, Ranked};
use super::{Balance, Rebreak, VBlock, lay, opening};

/// Most rules a chapter's pages may break for its opener to give a line. The line
/// carries over to every page after the opener, and on the bench it mends one spread or
/// page (bed11 s200 in print; the fixture anthology9's ferry story on screen, whose
/// opener took its first heading and two lines of text up); each try sets every page
/// again, as often as `reflow` does, so a chapter whose spreads are uneven all through
/// (a story of two thousand headings in a row in print) would spend half its time here
/// for nothing.
const MOST_BROKEN: usize = 3;

/// The chapter set as `best` (pages that still break a rule), set again from `blocks`
/// with its opener's title a line higher, or (where the sink has no line to spare) its
/// note's heading a line nearer the title, where that breaks fewer rules; a tie keeps
/// `best`.
pub(super) fn give(
    best: Ranked,
    blocks: &[VBlock],
    (height, drop): (f32, f32),
    balance: Balance,
    rebreak: &mut Rebreak,
) -> Ranked {
    let lead = balance.leading;
    if best.0.0 == 0 || best.0.0 > MOST_BROKEN || !lead.is_finite() {
        return best;
    }
    // A line of the sink, where a line of it stays above the title; else a line of
    // the white above the note's heading, where two stand there.
    let tried = if drop >= 2.0 * lead - 0.01 {
        lay::lay(blocks, (height, drop - lead), balance, rebreak)
    } else if let Some(k) = note_heading(blocks, lead) {
        let mut nearer = blocks.to_vec();
        nearer[k].space_before -= lead;
        lay::lay(&nearer, (height, drop), balance, rebreak)
    } else {
        return best;
    };
    let (broken, loose) = (best.0.0, best.0.1);
    match tried.0.0 < broken && tried.0.1 <= loose + LOOSE_TRADE && tried.0 < best.0 {
        true => tried,
        false => best,
    }
}

/// The block between the opener's title (its first block) and the story's first line
/// with two lines of white above it at least: the author's note's heading.
fn note_heading(blocks: &[VBlock], lead: f32) -> Option<usize> {
    let open = opening(blocks)?;
    (1..open).find(|&k| blocks[k].space_before >= 2.0 * lead - 0.01)
}
