//! Pagination stage, windows: where the pages set unit by unit (and looking back a unit
//! or two) still break a rule, up to [`WINDOW`] pages around the unit that breaks it
//! are set again together, every way of ending each a line short or not (or, on the
//! page where the story opens under its heading, of giving its first line a line more
//! of white instead; on a page with a scene break or a heading inside the story under
//! its first line, of giving that a line more of white), with one paragraph on them a
//! line longer or shorter or none, or
//! where none serves two, and kept so where fewer rules are broken. Near the chapter's
//! end (the page before a closing note that will not fit under the story's end, left
//! short) the window runs to the last page, and where that does not serve, [`WIDE`]
//! pages are searched so.

use super::Rebreak;
use super::fill::{Cursor, Fill, Pager, Slot};

/// Most pages set again together: three spreads.
const WINDOW: usize = 6;
/// Most pages set again together at a chapter's end where [`WINDOW`] pages do not
/// serve: four spreads (a closing note that must stand alone atop the last page takes
/// lines pushed down from further back).
const WIDE: usize = 8;
/// Most settings of such a wider window tried: its ways to end pages a line short are
/// four times as many, so a dozen paragraphs each a line longer or shorter.
const WIDE_TRIALS: usize = 2048;
/// Most settings of a window tried in all: the ways to end its pages a line short,
/// times the paragraphs that may be set a line longer or shorter.
const TRIALS: usize = 512;
/// Most settings tried, where no one paragraph serves, with two of them a line longer
/// or shorter: a closing note that needs two lines won above it, say. Eight times as
/// many: a setting begun that can no longer win counts once for all that begin so
/// (see `Step`), and a bench story's spread (short paragraphs of dialogue, few of which
/// can be set again) took some 3,500 to reach the pair that levels it.
const PAIR_TRIALS: usize = 4096;

/// What a line more of white above the story's first line weighs against lines short
/// in a window: more than the line short it saves, so it serves only where a rule is
/// kept by it (a page two lines short), as dear as in the pages set one by one.
const GAP_PRICE: usize = 2;

/// Per page, as its unit set it: lines cut from the foot, scene breaks widened, lines
/// of white added above the story's first line.
pub(crate) type Base = (usize, usize, usize);

/// A chapter's pages as set: each page's lines, where each starts, and how it was set.
pub(crate) struct Laid {
    pub(crate) pages: Vec<Vec<Slot>>,
    pub(crate) starts: Vec<Cursor>,
    pub(crate) bases: Vec<Base>,
}

/// How a window's pages as set rank, lower is better: (rules broken; loose lines added;
/// closing notes alone at a page's top; lines short; changes made).
type Rank = (usize, usize, usize, usize, usize);

/// A window being searched: where its first page (`drop` points down) starts, how many pages it may run to, how many of them may end a line
/// short, and how each was set before.
struct Walk {
    start: Cursor,
    drop: f32,
    most: usize,
    choose: usize,
    bases: Vec<Base>,
}

/// Paragraphs set a line longer (1) or shorter (-1) in a window: none, one or two.
type Plan = [Option<(usize, i32)>; 2];

/// A window's pages as cut: the pages a line short, the page whose story opens under
/// a line more of white, and the pages whose scene breaks or headings take a line more
/// of white (a bit each, the first page lowest).
type Bits = (usize, usize, usize);

/// A window's setting: its rank, its pages as cut, and the paragraphs set a line longer
/// or shorter.
type Pick = (Rank, Bits, Plan);

/// What a window's search does next with a setting, whole or begun: stop (the budget is
/// spent), skip the settings that begin so (its pages so far break as many rules as
/// the window now, or more than the best setting found: no page after mends a page
/// before), or go on.
#[derive(Clone, Copy, PartialEq)]
enum Step {
    Stop,
    Skip,
    Go,
}

/// What the search does with each setting of a window's pages (see [`Pager::dive`]):
/// the pages, how they are cut, and whether the setting is whole or only begun.
type Leaf<'a> = dyn FnMut(&Pager, &[Fill], Bits, bool) -> Step + 'a;

/// A window's search as it goes: what it must beat, the best setting found, and the
/// settings tried against the budget.
struct Search {
    /// Where the window's pages start in the chapter.
    first: usize,
    /// Whether it runs to the chapter's end (else it must end where `stop` is).
    open: bool,
    stop: Option<Cursor>,
    least: Rank,
    /// Loose lines the paragraphs as set had before the search.
    natural: usize,
    best: Option<Pick>,
    trials: usize,
    budget: usize,
}

impl Pager {
    /// The pages of `laid` set again, a few at a time, where that breaks fewer rules:
    /// for each unit (a page, or a spread in print) that breaks one, the pages up to
    /// [`WINDOW`] before it and through it, else through it and after it; returns the
    /// rules the chapter's pages break after it, given that they broke `hard` before.
    pub(crate) fn repair(
        &mut self,
        laid: &mut Laid,
        first_drop: f32,
        mut hard: usize,
        rebreak: &mut Rebreak,
    ) -> usize {
        let mut u = 0;
        while hard > 0 && u < laid.pages.len() {
            let n = laid.pages.len();
            let ue = self.unit_end(u, n);
            let fills = self.refill(laid, u, ue, first_drop, rebreak);
            if self.rank_pages(&fills, u, 0, 0).0 > 0 {
                // The first page of a window ending with the unit, `w` pages at most.
                let back = |w: usize| {
                    let mut back = ue.saturating_sub(w);
                    while back > 0 && self.unit_end(back - 1, n) != back {
                        back += 1;
                    }
                    back
                };
                let (near, far) = (back(WINDOW), back(WIDE));
                let mut ahead = u + WINDOW;
                while ahead < n && self.unit_end(ahead - 1, n) != ahead {
                    ahead -= 1;
                }
                // A wider window only near the chapter's end, where it runs to the end.
                let wide = far < near && n - far <= 2 * WINDOW;
                let tries = [(near, ue, false), (u, ahead.min(n), false), (far, ue, true)];
                for (s, e, w) in tries.into_iter().filter(|t| !t.2 || wide) {
                    if let Some(gain) = self.window(laid, (s, e), w, first_drop, rebreak) {
                        hard = hard.saturating_sub(gain);
                        break;
                    }
                }
            }
            u = self.unit_end(u, laid.pages.len());
        }
        hard
    }

    /// Where the unit that starts on page `u` of `n` ends: after the opener's page, or
    /// in print after a spread's recto.
    fn unit_end(&self, u: usize, n: usize) -> usize {
        let two = self.balance.spreads && u % 2 == 1;
        (u + 1 + usize::from(two)).min(n)
    }

    /// Pages `s..e` of `laid` filled again as they were set.
    fn refill(
        &mut self,
        laid: &Laid,
        s: usize,
        e: usize,
        first_drop: f32,
        rebreak: &mut Rebreak,
    ) -> Vec<Fill> {
        (s..e)
            .map(|i| {
                let drop = if i == 0 { first_drop } else { 0.0 };
                self.fill(laid.starts[i], drop, laid.bases[i], rebreak)
            })
            .collect()
    }

    /// Pages `s..e` of `laid` set again together (to the chapter's end if `e` is
    /// its last page, else ending where page `e` starts), each a line short or not and
    /// one paragraph on them a line longer or shorter, or none, or where none serves
    /// two (not in a `wide` window, [`WIDE`] pages rather than [`WINDOW`]): the setting
    /// that breaks fewest rules, kept if it breaks fewer than they do now; how many
    /// fewer.
    fn window(
        &mut self,
        laid: &mut Laid,
        (s, e): (usize, usize),
        wide: bool,
        first_drop: f32,
        rebreak: &mut Rebreak,
    ) -> Option<usize> {
        // Near the chapter's end the pages after the window are set again too.
        let n = laid.pages.len();
        let open = n - s <= 2 * WINDOW;
        let last = if open { n } else { e };
        let start = laid.starts[s];
        let stop = laid.starts.get(e).copied();
        let now = self.refill(laid, s, last, first_drop, rebreak);
        let least = self.rank_pages(&now, s, 0, 0);
        if least.0 == 0 {
            return None;
        }
        // Paragraphs that start on the window's pages: each may be set a line longer or
        // shorter (one of them at a time).
        let mut paras: Vec<usize> = Vec::new();
        for &(_, b) in now.iter().flat_map(|f| &f.page) {
            let started = b == start.block && start.line > 0;
            if paras.last() != Some(&b) && !started && self.blocks[b].breakable {
                paras.push(b);
            }
        }
        let walk = Walk {
            start,
            drop: if s == 0 { first_drop } else { 0.0 },
            most: if open { last - s + WINDOW } else { e - s },
            // The chapter's last page needs no line cut.
            choose: (e - s - usize::from(e == n)).min(if wide { WIDE } else { WINDOW }),
            bases: laid.bases[s..last].to_vec(),
        };
        let mut search = Search {
            first: s,
            open,
            stop,
            least,
            natural: self.loosened(),
            best: None,
            trials: 0,
            budget: if wide { WIDE_TRIALS } else { TRIALS },
        };
        // One paragraph at a time, none first; those that can be set so are kept.
        let mut can: Vec<(usize, i32)> = Vec::new();
        let ones = [-1, 1]
            .into_iter()
            .flat_map(|n| paras.iter().map(move |&b| Some((b, n))));
        for change in std::iter::once(None).chain(ones) {
            let Some(go_on) = self.attempt(&walk, [change, None], &mut search, rebreak) else {
                continue;
            };
            can.extend(change);
            // A setting that breaks no rule and sets no line loose is not bettered by
            // one that changes more.
            if !go_on || search.best.is_some_and(|b| b.0.0 + b.0.1 == 0) {
                break;
            }
        }
        // Where no one paragraph serves, two of those that can be set so, both a line
        // shorter (or longer) first: a closing note that needs more white above it
        // than one paragraph gives (the page before it left short), within a budget
        // of its own.
        if !wide && search.best.is_none_or(|b| b.0.0 > 0) {
            search.budget = search.trials + PAIR_TRIALS;
            let mut pairs: Vec<Plan> = Vec::new();
            for (i, &a) in can.iter().enumerate() {
                for &b in &can[i + 1..] {
                    if a.0 != b.0 {
                        pairs.push([Some(a), Some(b)]);
                    }
                }
            }
            // Alike in sign first (stable: else in the order found).
            pairs.sort_by_key(|p| p[0].map(|a| a.1) != p[1].map(|b| b.1));
            for plan in pairs {
                let go_on = self.attempt(&walk, plan, &mut search, rebreak);
                if go_on == Some(false) || search.best.is_some_and(|b| b.0.0 + b.0.1 == 0) {
                    break;
                }
            }
        }
        let least = search.least;
        let (_, (mask, gaps, flexes), plan) = search.best?;
        // Set for good, and filled again from the paragraphs as the search had them; kept
        // only if it still breaks fewer rules (a paragraph set again at a page's foot, no
        // hyphen there, may differ from the search's).
        self.journal = Some(Vec::new());
        for &(b, n) in plan.iter().flatten() {
            self.again(b, n, rebreak);
        }
        let cuts: Vec<Base> = (walk.bases.iter().enumerate())
            .map(|(k, &(was, flex, gap))| match k < walk.choose {
                true => (
                    mask >> k & 1,
                    flex + (flexes >> k & 1),
                    gap + (gaps >> k & 1),
                ),
                false => (was, flex, gap),
            })
            .collect();
        let mut fills = Vec::new();
        let mut at = start;
        while at.block < self.blocks.len() && fills.len() < walk.most {
            let k = fills.len();
            let drop = if k == 0 { walk.drop } else { 0.0 };
            let f = self.fill(at, drop, cuts.get(k).copied().unwrap_or((0, 0, 0)), rebreak);
            if f.page.is_empty() {
                break;
            }
            at = f.next;
            fills.push(f);
        }
        let rank = self.rank_pages(&fills, s, 0, 0);
        if rank.0 >= least.0 || (!open && Some(at) != stop) {
            self.rollback();
            return None;
        }
        self.journal = None;
        let rest = if open {
            (Vec::new(), Vec::new(), Vec::new())
        } else {
            (
                laid.pages.split_off(e),
                laid.starts.split_off(e),
                laid.bases.split_off(e),
            )
        };
        laid.pages.truncate(s);
        laid.starts.truncate(s);
        laid.bases.truncate(s);
        let mut at = start;
        for (k, f) in fills.into_iter().enumerate() {
            laid.starts.push(at);
            laid.bases.push(cuts.get(k).copied().unwrap_or((0, 0, 0)));
            at = f.next;
            laid.pages.push(f.page);
        }
        laid.pages.extend(rest.0);
        laid.starts.extend(rest.1);
        laid.bases.extend(rest.2);
        Some(least.0 - rank.0)
    }

    /// The window's pages with the paragraphs of `plan` set a line longer or shorter,
    /// every way of cutting them (see [`Pager::dive`]), each ranked and the best kept in
    /// `search` if it breaks fewer rules than the pages now; nothing kept in the
    /// paragraphs. `None` if a paragraph cannot be set so; else whether the budget
    /// allows more.
    fn attempt(
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
    fn again(&mut self, b: usize, n: i32, rebreak: &mut Rebreak) -> bool {
        let want = self.blocks[b].lines.len() as i64 + i64::from(n);
        let ask = super::Ask {
            unhyphenated: None,
            looseness: self.asks[b].looseness + n,
            tight: false,
        };
        let set = self.reset(b, ask, rebreak).map(|l| l.len() as i64);
        want >= 1 && set == Some(want)
    }

    /// Every way of ending the window's first `walk.choose` pages a line short or not
    /// (and, on the page where the story's first line comes under its heading or
    /// author's note, of giving it a line more of white above instead; on a page with a
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
        // (lines cut, lines of white added above the story's first line, flexible
        // blocks widened)
        let mut choices = [(was, 0, 0), (1, 0, 0), (0, 1, 0), (0, 0, 1)];
        let mut n = 1;
        if free {
            choices[0].0 = 0;
            n = 2;
        }
        let drop = if k == 0 { walk.drop } else { 0.0 };
        let mut i = 0;
        while i < n {
            let (cut, more, wider) = choices[i];
            let f = self.fill(at, drop, (cut, flex + wider, gap + more), rebreak);
            // The story opens on this page under other lines, its white not widened yet.
            if i == 0
                && free
                && gap == 0
                && let Some(open) = self.opening
                && f.page
                    .iter()
                    .position(|&(_, b)| b == open)
                    .is_some_and(|p| p > 0)
            {
                choices[n] = choices[2];
                n += 1;
            }
            // A flexible block under the page's first line, not widened yet.
            if i == 0 && free && self.flexible(&f) > flex {
                choices[n] = choices[3];
                n += 1;
            }
            let go_on = if f.page.is_empty() {
                leaf(self, fills, (mask, gaps, flexes), true) != Step::Stop
            } else {
                fills.push(f);
                let bits = match free {
                    true => (cut << k, more << k, wider << k),
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
    fn rank_pages(&self, fills: &[Fill], first: usize, looser: usize, changed: usize) -> Rank {
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
