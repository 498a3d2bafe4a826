//! Pagination stage, the window search's walk: one window's pages set again with a
//! plan of paragraphs a line longer or shorter ([`Pager::attempt`]), every way of
//! cutting them walked page by page ([`Pager::dive`]), and each setting ranked against
//! the window's pages as they are (see `window` for what a window is and when it is
//! searched).

use super::Rebreak;
use super::fill::{Fill, Pager};
use super::lift::{LIFT, gap_bit};
use super::window::{Bits, GAP_PRICE, Leaf, Pick, Plan, Rank, Search, Step, Walk};

impl Pager {
    /// The window's pages with the paragraphs of `plan` set a line longer or shorter,
    /// every way of cutting them (see [`Pager::dive`]), each ranked and the best kept in
    /// `search` if it breaks fewer rules than the pages now; nothing kept in the
    /// paragraphs. `None` if a paragraph cannot be set so; else whether the budget
    /// allows more.
    pub(super) fn attempt(
        &mut self,
        walk: &Walk,
        plan: Plan,
        search: &mut Search,
        rebreak: &mut Rebreak,
    ) -> Option<bool> {
        self.journal = Some(Vec::new());
        for &(b, n) in plan.iter().flatten() {
            if !self.again(b, n, rebreak) {
                self.rollback();
                return None;
            }
        }
        let looser = self.loosened().saturating_sub(search.natural);
        let made = plan.iter().flatten().count();
        let mut leaf = |p: &Pager, fills: &[Fill], (mask, gaps, flexes): Bits, whole: bool| {
            if !whole {
                // Pages and spreads as set so far keep their rules broken whatever
                // follows: a setting that begins so cannot win, and is skipped (one
                // trial for all of them).
                let hard = p.settled(fills, search.first);
                if hard < search.least.0 && search.best.is_none_or(|b| hard <= b.0.0) {
                    return Step::Go;
                }
                search.trials += 1;
                return match search.trials < search.budget {
                    true => Step::Skip,
                    false => Step::Stop,
                };
            }
            search.trials += 1;
            // A window inside the chapter must end where the pages after it start.
            if search.open || fills.last().map(|f| f.next) == search.stop {
                let changed = (mask | gaps | flexes).count_ones() as usize + made;
                let mut rank = p.rank_pages(fills, search.first, looser, changed);
                // White above the story's first line is dearer than a line short.
                // So is a scene break's or a heading's.
                rank.3 += GAP_PRICE * (gaps | flexes).count_ones() as usize;
                if rank.0 < search.least.0 && search.best.is_none_or(|b: Pick| rank < b.0) {
                    search.best = Some((rank, (mask, gaps, flexes), plan));
                }
            }
            match search.trials < search.budget {
                true => Step::Go,
                false => Step::Stop,
            }
        };
        let go_on = self.dive(walk, (0, 0, 0), &mut Vec::new(), &mut leaf, rebreak);
        self.rollback();
        Some(go_on)
    }

    /// Block `b` set `n` lines longer (or shorter) than it is; whether it could be.
    pub(super) fn again(&mut self, b: usize, n: i32, rebreak: &mut Rebreak) -> bool {
        let want = self.blocks[b].lines.len() as i64 + i64::from(n);
        let ask = super::Ask {
            unhyphenated: None,
            looseness: self.asks[b].looseness + n,
            tight: false,
            stretch: false,
        };
        let set = self.reset(b, ask, rebreak).map(|l| l.len() as i64);
        want >= 1 && set == Some(want)
    }

    /// Every way of ending the window's first `walk.choose` pages a line short or not
    /// (and, on the page where the story's first line comes under its heading or
    /// author's note, of giving it a line more of white above instead, or a line less,
    /// or a line more in place of the line its unit lifted; on a page with a
    /// scene break or a heading inside the story under its first line, of giving the
    /// first such one not widened yet a line more of white instead), from its page
    /// `k` on (those before set as `fills` has them): each setting's pages handed to
    /// `leaf` with the pages cut and given white (a bit each), until it says to stop
    /// (then `false`); a setting begun that `leaf` says cannot win is not followed.
    /// Settings alike up to a page share its filling.
    fn dive(
        &mut self,
        walk: &Walk,
        (mask, gaps, flexes): Bits,
        fills: &mut Vec<Fill>,
        leaf: &mut Leaf,
        rebreak: &mut Rebreak,
    ) -> bool {
        let k = fills.len();
        let at = fills.last().map_or(walk.start, |f| f.next);
        if at.block >= self.blocks.len() || k >= walk.most {
            return leaf(self, fills, (mask, gaps, flexes), true) != Step::Stop;
        }
        let (was, flex, gap) = walk.bases.get(k).copied().unwrap_or((0, 0, 0));
        let free = k < walk.choose;
        // (lines cut, lines of white added above the story's first line (or a line
        // lifted, see `lift`), flexible blocks widened)
        let (add, lift, widen) = ((0, 1, 0), (0, LIFT, 0), (0, 0, 1));
        let mut choices = [(was, 0, 0), (1, 0, 0), add, lift, widen];
        let mut n = 1;
        if free {
            choices[0].0 = 0;
            n = 2;
        }
        let drop = if k == 0 { walk.drop } else { 0.0 };
        let mut i = 0;
        while i < n {
            let (cut, more, wider) = choices[i];
            // White above the story's first line asked of the page replaces what its
            // unit gave it: a page set one by one may have lifted the story's first line
            // to end full, where a line more of white (the page a line short of its
            // natural fill) is what lets the pages after it keep the rules. Measured on
            // a bench story in screen (bed6, book s89): its fifth page ended two lines
            // short over a three-line paragraph, with no paragraph on the pages that
            // could be set a line longer to mend it. Not in print, where the opener's
            // white is set otherwise from the start (see `reflow`): there a lift given
            // back set two paragraphs of a passing book (bed6, s67) a line looser.
            let white = if more > 0 { more } else { gap };
            let f = self.fill(at, drop, (cut, flex + wider, white), rebreak);
            // The story opens on this page under other lines, its white not widened yet
            // (or lifted a line by its unit).
            if i == 0
                && free
                && (gap == 0 || (gap == LIFT && !self.balance.spreads))
                && let Some(open) = self.opening
                && f.page
                    .iter()
                    .position(|&(_, b)| b == open)
                    .is_some_and(|p| p > 0)
            {
                choices[n] = add;
                n += 1;
                if gap == 0 && self.may_lift() {
                    choices[n] = lift;
                    n += 1;
                }
            }
            // A flexible block under the page's first line, not widened yet.
            if i == 0 && free && self.flexible(&f) > flex {
                choices[n] = widen;
                n += 1;
            }
            let go_on = if f.page.is_empty() {
                leaf(self, fills, (mask, gaps, flexes), true) != Step::Stop
            } else {
                fills.push(f);
                let bits = match free {
                    true => (cut << k, gap_bit(more, k), wider << k),
                    false => (0, 0, 0),
                };
                let bits = (mask | bits.0, gaps | bits.1, flexes | bits.2);
                let go_on = match leaf(self, fills, bits, false) {
                    Step::Go => self.dive(walk, bits, fills, leaf, rebreak),
                    step => step == Step::Skip,
                };
                fills.pop();
                go_on
            };
            if !go_on {
                return false;
            }
            i += 1;
        }
        true
    }

    /// How many flexible blocks (scene breaks, headings inside the story) page `f` has
    /// under its first line: those a line more of white may widen.
    fn flexible(&self, f: &Fill) -> usize {
        let mut seen = f.page.first().map(|&(_, b)| b);
        let mut out = 0;
        for &(_, b) in &f.page {
            if seen != Some(b) {
                seen = Some(b);
                out += usize::from(self.blocks[b].flex);
            }
        }
        out
    }

    /// The rules broken by pages `fills` (the first is page `first` of the chapter)
    /// whose pages or spreads are whole: a verso last, its recto not set yet, is left out.
    fn settled(&self, fills: &[Fill], first: usize) -> usize {
        let n = fills.len();
        let open = self.balance.spreads && n > 0 && (first + n - 1) % 2 == 1;
        self.rank_pages(&fills[..n - usize::from(open)], first, 0, 0)
            .0
    }

    /// How pages `fills` (the first is page `first` of the chapter) rank,
    /// with `looser` lines set loose and `changed` changes made: each page, or each
    /// spread in print, judged as pagination judges it.
    pub(super) fn rank_pages(
        &self,
        fills: &[Fill],
        first: usize,
        looser: usize,
        changed: usize,
    ) -> Rank {
        let (mut hard, mut short) = (0, 0);
        let mut k = 0;
        while k < fills.len() {
            let i = first + k;
            if self.balance.spreads && i % 2 == 1 {
                let (h, s, _) = self.judge(&fills[k], fills.get(k + 1));
                (hard, short) = (hard + h, short + s);
                k += 2;
            } else {
                let s = self.score(&fills[k], 0);
                (hard, short) = (hard + s.0, short + s.1);
                k += 1;
            }
        }
        let lone = fills
            .iter()
            .skip(usize::from(first == 0))
            .filter(|f| {
                f.page
                    .first()
                    .is_some_and(|&(_, b)| self.blocks[b].keep_with_previous)
            })
            .count();
        (hard, looser, lone, short, changed)
    }
}
