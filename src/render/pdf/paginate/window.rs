//! Pagination stage, windows: where the pages set unit by unit (and looking back a unit
//! or two) still break a rule, up to [`WINDOW`] pages around the unit that breaks it
//! are set again together, every way of ending each a line short or not (or, on the
//! page where the story opens under its heading, of giving its first line a line more
//! of white instead; on a page with a scene break or a heading inside the story under
//! its first line, of giving that a line more of white), with one paragraph on them a
//! line longer or shorter or none (those on the pages nearest the unit first), or
//! where none serves two, and kept so where fewer rules are broken. Near the chapter's
//! end (the page before a closing note that will not fit under the story's end, left
//! short) the window runs to the last page, and where that does not serve, [`WIDE`]
//! pages are searched so.

use super::Rebreak;
use super::fill::{Cursor, Fill, Pager, Slot};
use super::lift::gap_of;

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
pub(super) const GAP_PRICE: usize = 2;

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
pub(super) type Rank = (usize, usize, usize, usize, usize);

/// A window being searched: where its first page (`drop` points down) starts, how many pages it may run to, how many of them may end a line
/// short, and how each was set before.
pub(super) struct Walk {
    pub(super) start: Cursor,
    pub(super) drop: f32,
    pub(super) most: usize,
    pub(super) choose: usize,
    pub(super) bases: Vec<Base>,
}

/// Paragraphs set a line longer (1) or shorter (-1) in a window: none, one or two.
pub(super) type Plan = [Option<(usize, i32)>; 2];

/// A window's pages as cut: the pages a line short, the page whose story opens under
/// a line more of white, and the pages whose scene breaks or headings take a line more
/// of white (a bit each, the first page lowest).
pub(super) type Bits = (usize, usize, usize);

/// A window's setting: its rank, its pages as cut, and the paragraphs set a line longer
/// or shorter.
pub(super) type Pick = (Rank, Bits, Plan);

/// What a window's search does next with a setting, whole or begun: stop (the budget is
/// spent), skip the settings that begin so (its pages so far break as many rules as
/// the window now, or more than the best setting found: no page after mends a page
/// before), or go on.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Step {
    Stop,
    Skip,
    Go,
}

/// What the search does with each setting of a window's pages (see [`Pager::dive`]):
/// the pages, how they are cut, and whether the setting is whole or only begun.
pub(super) type Leaf<'a> = dyn FnMut(&Pager, &[Fill], Bits, bool) -> Step + 'a;

/// A window's search as it goes: what it must beat, the best setting found, and the
/// settings tried against the budget.
pub(super) struct Search {
    /// Where the window's pages start in the chapter.
    pub(super) first: usize,
    /// Whether it runs to the chapter's end (else it must end where `stop` is).
    pub(super) open: bool,
    pub(super) stop: Option<Cursor>,
    pub(super) least: Rank,
    /// Loose lines the paragraphs as set had before the search.
    pub(super) natural: usize,
    pub(super) best: Option<Pick>,
    pub(super) trials: usize,
    pub(super) budget: usize,
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
                    if let Some(gain) = self.window(laid, (s, e), (u, ue), w, first_drop, rebreak) {
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
    pub(super) fn unit_end(&self, u: usize, n: usize) -> usize {
        let two = self.balance.spreads && u % 2 == 1;
        (u + 1 + usize::from(two)).min(n)
    }

    /// Pages `s..e` of `laid` filled again as they were set.
    pub(super) fn refill(
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
        (u, ue): (usize, usize),
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
        let mut paras: Vec<(usize, usize)> = Vec::new();
        for (k, f) in now.iter().enumerate() {
            // How many pages the paragraph's page lies from the unit that breaks a rule.
            let far = (s + k).saturating_sub(ue - 1).max(u.saturating_sub(s + k));
            for &(_, b) in &f.page {
                let started = b == start.block && start.line > 0;
                let seen = paras.last().is_some_and(|p| p.0 == b);
                if !seen && !started && self.blocks[b].breakable {
                    paras.push((b, far));
                }
            }
        }
        // Nearest the unit that breaks a rule first (stable: else in reading order): a
        // long window's budget runs out before its farthest paragraphs are tried alone,
        // and only those tried alone are paired, while a change on the unit's own pages
        // is likeliest to mend it. Measured on a bench story in screen (bed10, book
        // s179): of a window's 75 paragraphs (short ones of dialogue), the two on the
        // page that ended four lines short, over a one-line paragraph that read as an
        // orphan, were never tried, and only the two together mend it.
        paras.sort_by_key(|p| p.1);
        let paras: Vec<usize> = paras.into_iter().map(|p| p.0).collect();
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
                    // White the search asked above the story's first line replaces
                    // what the page's unit gave it (see `Pager::dive`).
                    match gap_of(gaps, k) {
                        0 => gap,
                        asked => asked,
                    },
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
}
