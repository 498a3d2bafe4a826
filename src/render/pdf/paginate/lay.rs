//! Pagination stage, a chapter in full: the pager's run, a closing note's lines carried
//! over otherwise, in print the pages set again from the start (see `reflow`), and last
//! of all TeX's `\emergencystretch`: a chapter whose pages still break a rule is set
//! again with one paragraph, on a page or spread that breaks one or on the pages just
//! before it, allowed a line more or fewer past the breaker's usual tolerance.
//!
//! Input: the chapter's blocks. Output: its pages, ranked (see `Pager::rank`). In the
//! last resort, the better of the pages as set and each setting with one such
//! paragraph, the least loose first. A chapter whose pages all end full (or a line
//! short) and level never comes to it, so its pages stay as they were; a paragraph the breaker gives a line more or fewer
//! within its tolerance anyway is not tried (the pages would come out the same).

use super::fill::{Pager, Slot};
use super::{Ask, BASELINE_SHARE, Balance, MIN_LINES, Rebreak, VBlock, reflow};
use reflow::Ranked;

/// Pages before a page or spread that breaks a rule whose paragraphs are tried too: a
/// line gained or lost there carries over to it.
const BEFORE: usize = 2;

/// The chapter's pages as [`super::paginate_with`] sets them, ranked (see `Pager::rank`), before
/// the last resort.
pub(super) fn lay(
    blocks: &[VBlock],
    (height, first_drop): (f32, f32),
    balance: Balance,
    rebreak: &mut Rebreak,
) -> Ranked {
    // A closing note carries the story's last lines over with it where it does not fit
    // under them: two lines, else one, so long as that breaks no more rules and adds
    // no loose line (see `Pager::rank`) against letting the note go over alone (a
    // chapter's last page may be short; one before it may not). The chapter is set
    // again from the blocks as they came: with a closing note's lines carried
    // otherwise (below), or in print with a page set differently from the start (see
    // `reflow`).
    let mut p = Pager::new(blocks.to_vec(), height, balance, MIN_LINES);
    let (pages, hard) = p.run(first_drop, rebreak);
    let mut best = (p.rank(&pages, hard), p, pages);
    if best.1.carried {
        // Two lines carried over with no paragraph set looser (pages a line short
        // instead), one line carried, or the note alone, where one ranks better; a tie
        // goes to the one tried first.
        for (carry, loosen) in [(MIN_LINES, false), (1, true), (0, true)] {
            if best.0 == (0, 0, 0, 0) || (!loosen && best.1.looser() == 0) {
                continue;
            }
            let mut q = Pager::new(blocks.to_vec(), height, balance, carry);
            q.loosen = loosen;
            let (q_pages, q_hard) = q.run(first_drop, rebreak);
            let rank = q.rank(&q_pages, q_hard);
            if (carry == 0 || q.carried) && rank < best.0 {
                best = (rank, q, q_pages);
            }
        }
    }
    if balance.spreads && best.0.0 > 0 {
        best = reflow::reflow(best, blocks, (height, first_drop), rebreak);
    }
    best
}

/// The best of `best` and the chapter set again from `spare` with each paragraph in
/// turn (see [`candidates`]) allowed its line more or fewer past the tolerance.
pub(super) fn last_resort(
    best: Ranked,
    spare: &[VBlock],
    area: (f32, f32),
    balance: Balance,
    rebreak: &mut Rebreak,
) -> Ranked {
    if !short_or_uneven(&best.1, &best.2) {
        return best;
    }
    let mut best = best;
    for e in candidates(&best, spare, rebreak) {
        let mut only = |b: usize, ask: Ask| {
            let stretch = b == e && ask.looseness != 0;
            rebreak(b, Ask { stretch, ..ask })
        };
        let tried = lay(spare, area, balance, &mut only);
        // Fewer rules broken, then fewer loose lines: a tie keeps what was there.
        if tried.0 < best.0 {
            best = tried;
        }
    }
    best
}

/// Whether `pages` as `p` set them leave a page but the chapter's last two lines or more
/// short, or in print a verso and its recto (unless the chapter's last) ending on
/// different lines of text. The pager counts a foot that reads as an orphan as a rule
/// broken too, but the last resort leaves it alone: a paragraph set past the tolerance
/// for it would change pages no reader sees as broken.
fn short_or_uneven(p: &Pager, pages: &[Vec<Slot>]) -> bool {
    let n = pages.len();
    // Where a page's last line (of text, if `text`: not a heading or an ornament) ends.
    let foot = |k: usize, text: bool| {
        (pages[k].iter().rev())
            .find(|&&(_, b)| !text || !p.blocks[b].flex)
            .map_or(0.0, |&(y, _)| {
                y + p.balance.leading * (1.0 - BASELINE_SHARE)
            })
    };
    let short = |k: usize, text: bool| p.short(foot(k, text));
    (0..n.saturating_sub(1)).any(|k| short(k, false) >= 2)
        || (p.balance.spreads
            && (1..n.saturating_sub(2))
                .step_by(2)
                .any(|v| short(v, true) != short(v + 1, true)))
}

/// The paragraphs on the pages or spreads of `best` that break a rule, and on the
/// [`BEFORE`] pages before each, whose setting a line longer or shorter past the
/// tolerance differs from the one within it, in the order they stand.
pub(super) fn candidates(best: &Ranked, spare: &[VBlock], rebreak: &mut Rebreak) -> Vec<usize> {
    let (_, p, pages) = best;
    let unit = if p.balance.spreads { 2 } else { 1 };
    let mut on: Vec<usize> = Vec::new();
    for &u in &p.broken {
        let last = (u + unit).min(pages.len());
        for page in &pages[u.saturating_sub(BEFORE)..last] {
            on.extend(page.iter().map(|&(_, b)| b));
        }
    }
    on.sort_unstable();
    on.dedup();
    on.retain(|&b| spare[b].breakable && !spare[b].lines.is_empty());
    let mut out = Vec::new();
    for b in on {
        let mut gains = false;
        for looseness in [1, -1] {
            let ask = Ask {
                looseness,
                ..Ask::default()
            };
            let len = |l: Option<Vec<_>>| l.map(|l| l.len());
            let usual = len(rebreak(b, ask));
            let past = len(rebreak(
                b,
                Ask {
                    stretch: true,
                    ..ask
                },
            ));
            gains |= past != usual;
        }
        if gains {
            out.push(b);
        }
    }
    out
}
