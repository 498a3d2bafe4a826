//! Pagination stage, re-flowing: a chapter whose pages, set unit by unit and searched a
//! few at a time, still break a rule (in print, facing pages a line apart where no
//! paragraph near them can be set a line longer or shorter; on screen, where even the
//! last resort leaves one, an opener's page ending on a line read as an orphan) is set
//! again from its first page with a page or a spread before the break, or the break's
//! own, or the opener's page however far before it, set differently from the start: a
//! line short (both pages of a spread, so they stay level), a scene break given a line
//! more of white, or the story's first line one to three lines lower. What that carries
//! over reaches the pages after it, and every page after is set again by the usual
//! search; the setting is kept where it breaks fewer rules (ranked as the closing-note
//! passes rank theirs), at the cost of a loose line or two at most.

use super::fill::{Pager, Slot};
use super::plan::Span;
use super::window::{Base, Laid};
use super::{Rebreak, VBlock};

/// Most pages before a page or spread that breaks a rule that may be set differently:
/// the spread before it and the opener's page before that.
const BEFORE: usize = 3;
/// Most settings of a chapter tried: each sets all its pages again.
const REFLOWS: usize = 16;

/// A chapter's pages as set, ranked (see `Pager::rank`), with the pager that set them.
pub(super) type Ranked = ((usize, usize, usize, usize), Pager, Vec<Vec<Slot>>);

/// What a lines cut at the foot of a page adds to how it is set.
const CUT: Base = (1, 0, 0);
/// A line more of white at the page's first scene break (or heading inside the story).
const FLEX: Base = (0, 1, 0);
/// Most lines of white added above the story's first line, on the opener's page (two
/// lines of white stand there already, under its heading or author's note). Where the
/// paragraphs are short and none can be set a line longer or shorter (dialogue), the
/// lines a page carries over move in steps the pages after it cannot take up, and one
/// line more does not level the spread that breaks: measured on bench-like anthologies
/// in print (bed5, books s26 and s32), two lines more levelled a spread a line apart;
/// on another (s55) three filled an opener that ended three lines short; on screen
/// (bed14, s370), only two ended an opener under a story's title a line short on a
/// short last line, where less ended it on a one-line paragraph run to the margin (an
/// orphan to a reader) or two lines short. More would
/// leave a hole under the heading that reads as a page break.
const DEEPEST: usize = 3;
/// Most lines a setting that keeps a rule the chapter broke may set loose beyond those
/// the chapter had: a spread a line apart, or a page two lines short, is a flaw a reader
/// sees on every opening of the book at it; a line's word spaces past one and a half
/// times their width, in the run of a page, less so. Measured on bench-like anthologies
/// in print: a loose line each levelled bed4 s22's spread and filled bed5 s55's opener
/// (three lines short), two levelled bed6 s93's spread, and one each mended a story in
/// bed4 s21 and in the fixture anthology12 whose pages a heading inside the story left
/// three lines short; six loose lines more in all, of some 9,600.
pub(super) const LOOSE_TRADE: usize = 2;

/// The chapter set as `best` (pages that still break a rule), set again from the blocks
/// as they came (`spare`) with each of [`Pager::reflows`] forced, at most [`REFLOWS`]
/// of them: the best ranked that sets no line loose that `best` does not (or, where it
/// breaks fewer rules, no more than [`LOOSE_TRADE`] more), a tie to `best`.
pub(super) fn reflow(
    best: Ranked,
    spare: &[VBlock],
    (height, first_drop): (f32, f32),
    rebreak: &mut Rebreak,
) -> Ranked {
    let tries = best.1.reflows(&best.2);
    // The pages set otherwise are there to spare the paragraphs their spacing: a
    // setting may add loose lines only to mend a rule, and few.
    let (broken, loose) = (best.0.0, best.0.1);
    let mut best = best;
    for forced in tries.into_iter().take(REFLOWS) {
        let mut q = Pager::new(spare.to_vec(), height, best.1.balance, best.1.carry);
        q.loosen = best.1.loosen;
        q.forced = forced;
        let (pages, hard) = q.run(first_drop, rebreak);
        let rank = q.rank(&pages, hard);
        // One that mends a rule may set up to LOOSE_TRADE lines loose for it.
        let fair = rank.1 <= loose || (rank.0 < broken && rank.1 <= loose + LOOSE_TRADE);
        if rank < best.0 && fair {
            best = (rank, q, pages);
            // A setting that mends every rule ends the search, unless it set lines
            // loose that one tried later may spare.
            if best.0.0 == 0 && best.0.1 <= loose {
                break;
            }
        }
    }
    best
}

impl Pager {
    /// What [`Pager::forced`] asks of the pages of `span`, the unit being set (it
    /// starts on page [`Pager::page_at`]), added to how they are set.
    pub(super) fn force(&self, span: &mut Span) {
        for &(p, (cut, flex, gap)) in &self.forced {
            if let Some(k) = p.checked_sub(self.page_at).filter(|&k| k < span.len()) {
                let b = &mut span.base[k];
                *b = (b.0 + cut, b.1 + flex, b.2 + gap);
            }
        }
    }

    /// The first page of each page, or spread in print, of `laid` that breaks a rule.
    pub(super) fn broken_units(
        &mut self,
        laid: &Laid,
        first_drop: f32,
        rebreak: &mut Rebreak,
    ) -> Vec<usize> {
        let n = laid.pages.len();
        let mut out = Vec::new();
        let mut u = 0;
        while u < n {
            let end = self.unit_end(u, n);
            let fills = self.refill(laid, u, end, first_drop, rebreak);
            if self.rank_pages(&fills, u, 0, 0).0 > 0 {
                out.push(u);
            }
            u = end;
        }
        out
    }

    /// The pages (by place in the chapter) to set differently from the start, one way
    /// each, for the units that break a rule in `pages` (see [`Pager::broken`]): from the
    /// break's own pages back to [`BEFORE`] pages before them, nearest first, then the
    /// opener's page if it lies further back: each page a line short, both pages of each
    /// spread a line short, a scene break on it a line taller, the story's first line
    /// one to [`DEEPEST`] lines lower. The opener's white moves every line after it, so
    /// it may level a spread five pages on where no page near the spread serves:
    /// measured on a bench-like anthology in print (bed9, book s163), whose tenth
    /// story's third spread, a line apart, only its first line two lines lower levelled.
    pub(super) fn reflows(&self, pages: &[Vec<Slot>]) -> Vec<Vec<(usize, Base)>> {
        let mut out: Vec<Vec<(usize, Base)>> = Vec::new();
        let n = pages.len();
        // The page where the story opens under its heading or author's note.
        let opener = pages.iter().position(|page| {
            let first = page.first().map(|&(_, b)| b);
            let under = |b: usize| page.iter().skip(1).any(|&(_, k)| k == b);
            self.opening.is_some_and(|o| Some(o) != first && under(o))
        });
        for &u in &self.broken {
            let end = self.unit_end(u, n);
            let from = u.saturating_sub(BEFORE);
            let mut near: Vec<usize> = (from..end).rev().collect();
            near.extend(opener.filter(|&o| o < from));
            for p in near {
                let mut ways = vec![vec![(p, CUT)]];
                if self.balance.spreads && p % 2 == 1 && p + 1 < n {
                    ways.push(vec![(p, CUT), (p + 1, CUT)]);
                }
                let first = pages[p].first().map(|&(_, b)| b);
                let flexible = pages[p]
                    .iter()
                    .any(|&(_, b)| Some(b) != first && self.blocks[b].flex);
                if flexible {
                    ways.push(vec![(p, FLEX)]);
                }
                if opener == Some(p) {
                    ways.extend((1..=DEEPEST).map(|n| vec![(p, (0, 0, n))]));
                }
                for way in ways {
                    if !out.contains(&way) {
                        out.push(way);
                    }
                }
            }
        }
        out
    }
}
