//! Pagination stage, plans: what a search fills (a page, a spread, or the one before
//! and the one after), the changes worth trying on it, and how a plan of changes is
//! made, tried and rated.

use super::fill::{Change, Cursor, Fill, Foot, Pager};
use super::lift::LIFT;
use super::{Ask, Rebreak};
use crate::render::pdf::compose::SetLine;

/// What a scene break a line taller costs, against the hyphens a paragraph set a line
/// longer or shorter adds: more than any such change.
const FLEX_COST: usize = 1000;
/// In [`Change::Flex`]: scene breaks widened on every page of the span.
pub(crate) const EVERY_PAGE: usize = usize::MAX;

/// What a line ending in a hyphen that a paragraph set a line longer or shorter adds
/// weighs against lines short: more than a spread whose pages both end a line short.
/// A page or spread a line short (which the rules allow) is dearer to no reader than
/// half a word carried to the next line.
pub(crate) const HYPHEN_PRICE: usize = 3;

/// How far pages are from full (and level), lower is better: (rules broken; lines
/// short, and while a hyphen is traded for lines short [`HYPHEN_PRICE`] for each hyphen
/// the paragraphs set a line longer or shorter on them add; ambiguous feet; the
/// changes' cost).
pub(crate) type Score = (usize, usize, usize, usize);

/// Most units a search fills together: the unit set last and the two set before it
/// (looking back two units, each may end a line short to carry lines over).
pub(crate) const MOST_UNITS: usize = 3;

/// What a search fills from `cur`, the first page starting `drop` points down: one
/// unit of pages (one page, or a verso and the recto facing it), or up to
/// [`MOST_UNITS`] (looking back: the units set before and the one after them).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span {
    pub(crate) cur: Cursor,
    pub(crate) drop: f32,
    /// Pages in each unit: 1, or 2 for a spread; 0 past the last unit.
    pub(crate) units: [usize; MOST_UNITS],
    /// Per page, lines cut, scene breaks widened and lines of white added above the
    /// story's first line before any change of the plan (as the page was set when its
    /// unit was).
    pub(crate) base: [(usize, usize, usize); 2 * MOST_UNITS],
}

impl Span {
    /// One page, or a spread (`pages` 2), from `cur`.
    pub(crate) fn unit(cur: Cursor, drop: f32, pages: usize) -> Self {
        let mut units = [0; MOST_UNITS];
        units[0] = pages;
        Span {
            cur,
            drop,
            units,
            base: [(0, 0, 0); 2 * MOST_UNITS],
        }
    }

    /// The units set as `spans` (each one unit, in order; at most [`MOST_UNITS`]),
    /// searched together.
    pub(crate) fn joined(spans: &[Span]) -> Self {
        let mut out = spans[0];
        let mut at = 0;
        for (k, s) in spans.iter().enumerate() {
            let n = s.units[0];
            out.units[k] = n;
            out.base[at..at + n].copy_from_slice(&s.base[..n]);
            at += n;
        }
        out
    }

    pub(crate) fn len(self) -> usize {
        self.units.iter().sum()
    }

    /// Whether the span is one spread, which is judged short as well as uneven.
    pub(crate) fn spread(self) -> bool {
        self.units[0] == 2 && self.units[1..].iter().all(|&n| n == 0)
    }
}

/// Whether `change` may join `plan`: not made already, and no paragraph set twice.
pub(crate) fn fresh(plan: &[Change], change: Change) -> bool {
    plan.iter().all(|&c| match (c, change) {
        (Change::Looseness(a, _), Change::Looseness(b, _)) => a != b,
        (Change::Flex(a, _), Change::Flex(b, _)) => a != b && a != EVERY_PAGE && b != EVERY_PAGE,
        _ => c != change,
    })
}

impl Pager {
    /// The pages of `span` with the lines cut and scene breaks widened that `plan`
    /// asks (its other changes made already). They stop at the chapter's end.
    pub(crate) fn pages(
        &mut self,
        span: Span,
        plan: &[Change],
        rebreak: &mut Rebreak,
    ) -> Vec<Fill> {
        let mut out: Vec<Fill> = Vec::new();
        let mut at = span.cur;
        for k in 0..span.len() {
            if k > 0 && at.block >= self.blocks.len() {
                break;
            }
            let (cut, flex, gap) = Self::cut(plan, k);
            let (base_cut, base_flex, base_gap) = span.base[k];
            let asked = (cut + base_cut, flex + base_flex, gap + base_gap);
            let drop = if k == 0 { span.drop } else { 0.0 };
            let f = self.fill(at, drop, asked, rebreak);
            at = f.next;
            out.push(f);
        }
        out
    }

    /// How far the pages of `span` are from what is wanted, the changes having cost
    /// `cost`: each unit's page as [`Pager::score`] has it, or its spread as
    /// [`Pager::judge`] does, added up.
    pub(crate) fn rate(&self, span: Span, pages: &[Fill], cost: usize) -> Score {
        let hyphens = if self.trading { self.added(pages) } else { 0 };
        let mut out = (0, HYPHEN_PRICE * hyphens, 0, cost);
        let mut rest = pages;
        for n in span.units {
            let (unit, after) = rest.split_at(n.min(rest.len()));
            rest = after;
            let s = match unit {
                [] => continue,
                [page] if n == 1 => self.score(page, 0),
                [v, r @ ..] => {
                    let (uneven, short, ambiguous) = self.judge(v, r.first());
                    (uneven, short, ambiguous, 0)
                }
            };
            out = (out.0 + s.0, out.1 + s.1, out.2 + s.2, out.3);
        }
        out
    }

    /// The pages of `span` as `plan` would make them, scored; nothing kept. `None` if a
    /// change of the plan cannot be made.
    pub(crate) fn trial(
        &mut self,
        span: Span,
        plan: &[Change],
        rebreak: &mut Rebreak,
    ) -> Option<Score> {
        self.journal = Some(Vec::new());
        let tried = self.make(plan, rebreak).map(|cost| {
            let pages = self.pages(span, plan, rebreak);
            self.rate(span, &pages, cost)
        });
        self.rollback();
        tried
    }

    /// How far a single page `f` is from full, lower is better: (rules broken: two lines
    /// short, an orphan at the foot; lines short; an ambiguous foot; `cost`). A
    /// chapter's last page is never short.
    pub(crate) fn score(&self, f: &Fill, cost: usize) -> Score {
        let s = if f.next.block >= self.blocks.len() {
            0
        } else {
            self.short(f.bottom)
        };
        let foot = self.foot(f);
        let hard = usize::from(s >= 2) + usize::from(foot == Foot::Orphan);
        (hard, s, usize::from(foot == Foot::Ambiguous), cost)
    }

    /// Lines ending in a hyphen that paragraphs on `pages` set a line longer or shorter
    /// than their best have more than it (each paragraph once).
    pub(crate) fn added(&self, pages: &[Fill]) -> usize {
        let mut seen: Vec<usize> = Vec::new();
        let mut out = 0;
        for &(_, b) in pages.iter().flat_map(|f| &f.page) {
            if seen.last() == Some(&b) || self.asks[b].looseness == 0 {
                continue;
            }
            seen.push(b);
            let now = self.blocks[b]
                .lines
                .iter()
                .filter(|l| l.ends_in_hyphen())
                .count();
            out += now.saturating_sub(self.natural[b]);
        }
        out
    }

    /// Makes every change of `plan`; what they cost in all, `None` if one cannot be made.
    pub(crate) fn make(&mut self, plan: &[Change], rebreak: &mut Rebreak) -> Option<usize> {
        plan.iter()
            .try_fold(0, |sum, &c| self.apply(c, rebreak).map(|cost| sum + cost))
    }

    /// What the changes of `plan` ask of page `page` of a span as [`Pager::fill`] takes
    /// it: lines cut from the foot, scene breaks widened, lines of white added above
    /// the story's first line.
    pub(crate) fn cut(plan: &[Change], page: usize) -> (usize, usize, usize) {
        let mut out = (0, 0, 0);
        for &change in plan {
            match change {
                Change::Short(p) if p == page => out.0 += 1,
                Change::Flex(p, n) if p == page || p == EVERY_PAGE => out.1 += n,
                Change::Gap(p) if p == page => out.2 += 1,
                Change::Lift(p) if p == page => out.2 += LIFT,
                _ => {}
            }
        }
        out
    }

    /// How far a spread is from level and full, lower is better: (pages not level, two
    /// lines short or ending on an orphan; lines short in all; pages ending on an
    /// ambiguous line). A chapter's last page need not be level or full. A scene
    /// break's ornament at a page's foot fills it, as on a single page, unless the
    /// page faces one of text going on: their text must end level, and the ornament
    /// is not text.
    pub(crate) fn judge(&self, v: &Fill, r: Option<&Fill>) -> (usize, usize, usize) {
        let end = |f: &Fill| f.next.block >= self.blocks.len();
        let foot = |f: &Fill, which| usize::from(self.foot(f) == which);
        let Some(r) = r.filter(|r| !end(r)) else {
            let sv = self.short(v.bottom);
            let hard = usize::from(!end(v) && sv >= 2) + foot(v, Foot::Orphan);
            return (hard, 0, foot(v, Foot::Ambiguous));
        };
        let sv = self.short(v.text_bottom);
        let sr = self.short(r.text_bottom);
        let uneven = usize::from(sv != sr) + usize::from(sv >= 2) + usize::from(sr >= 2);
        let orphans = foot(v, Foot::Orphan) + foot(r, Foot::Orphan);
        let ambiguous = foot(v, Foot::Ambiguous) + foot(r, Foot::Ambiguous);
        (uneven + orphans, sv + sr, ambiguous)
    }

    /// The changes worth trying on `pages` of `span`: each paragraph that starts on
    /// them, or right after them, a line shorter or longer (a one-line paragraph only
    /// longer); for more than one page, a line less on any of them; scene breaks a
    /// line taller.
    pub(crate) fn changes(&self, span: Span, pages: &[&Fill]) -> Vec<Change> {
        let cur = span.cur;
        let mut blocks: Vec<usize> = Vec::new();
        for f in pages {
            for &(_, b) in &f.page {
                if blocks.last() != Some(&b) {
                    blocks.push(b);
                }
            }
        }
        let next = pages.last().map_or(cur, |f| f.next);
        if next.line == 0 && next.block < self.blocks.len() {
            blocks.push(next.block);
        }
        // Only paragraphs whose first line is still to place can be set again.
        let started = |b: usize| b == cur.block && cur.line > 0;
        let many = span.len() > 1;
        let mut out = Vec::new();
        if many {
            out.extend((0..span.len()).map(Change::Short));
        }
        let range: &[i32] = if self.trading || !self.loosen {
            &[-1]
        } else {
            &[-1, 1]
        };
        for &looseness in range {
            for &b in blocks.iter().rev() {
                let blk = &self.blocks[b];
                // A one-line paragraph may still be set as two lines, never as none.
                let least = if looseness < 0 { 2 } else { 1 };
                if blk.breakable && blk.lines.len() >= least && !started(b) {
                    out.push(Change::Looseness(b, looseness));
                }
            }
        }
        // Last, and only where nothing else serves (they cost more): scene breaks a
        // line taller, the first one or two of them, on one page or on every page.
        let flexible = blocks.iter().filter(|&&b| self.blocks[b].flex).count();
        let mut on: Vec<usize> = (0..span.len()).collect();
        if many {
            on.push(EVERY_PAGE);
        } else {
            on.truncate(1);
        }
        for page in on {
            for n in 1..=flexible.min(2) {
                out.push(Change::Flex(page, n));
            }
        }
        // As dear, and only where a rule is kept by it (see `Pager::rounds`): a scene
        // break's ornament under a page's first line that gives up its white.
        for f in pages {
            let first = f.page.first().map(|&(_, b)| b);
            for &(_, b) in &f.page {
                let blk = &self.blocks[b];
                if Some(b) != first && blk.tight && !self.asks[b].tight {
                    out.push(Change::Tight(b));
                }
            }
        }
        // As dear: a line more of white between the opener's heading (or the author's
        // note under it) and the story's first line, on the page where the story opens.
        if let Some(open) = self.opening {
            // The page where its first line comes under other lines.
            let first = |f: &&Fill| f.page.iter().position(|&(_, b)| b == open);
            if let Some(k) = pages.iter().position(|f| first(f).is_some())
                && first(&pages[k]).is_some_and(|at| at > 0)
            {
                out.push(Change::Gap(k));
                if self.may_lift() {
                    out.push(Change::Lift(k));
                }
            }
        }
        // A single page may end a line early too, but only with another change (alone
        // it was tried first, see `Pager::single`): a line more of white above the
        // story's first line, and the page then ending a line early, keeps a one-line
        // paragraph that runs to the margin (an orphan to a reader) from its foot.
        if !many {
            out.push(Change::Short(0));
        }
        out
    }

    /// Makes `change`, and says what it costs: the lines ending in a hyphen and the
    /// loose lines it adds. `None` if it cannot be made (the paragraph cannot be set
    /// with that many lines).
    fn apply(&mut self, change: Change, rebreak: &mut Rebreak) -> Option<usize> {
        let hyphens = |l: &[SetLine]| {
            let hyphens = l.iter().filter(|l| l.ends_in_hyphen()).count();
            hyphens + l.iter().filter(|l| l.loose).count()
        };
        match change {
            Change::Short(_) => Some(0),
            // White at a scene break is dearer than any hyphen a looser paragraph adds.
            Change::Flex(..) | Change::Gap(_) | Change::Lift(_) => Some(FLEX_COST),
            // As dear: a scene break that gives up its white.
            Change::Tight(b) => {
                let ask = Ask {
                    tight: true,
                    ..self.asks[b]
                };
                let lines = self.blocks[b].lines.clone();
                self.replace(b, lines, ask);
                Some(FLEX_COST)
            }
            Change::Looseness(b, n) => {
                let want = self.blocks[b].lines.len() as i64 + i64::from(n);
                let before = hyphens(&self.blocks[b].lines);
                let ask = Ask {
                    unhyphenated: None,
                    looseness: self.asks[b].looseness + n,
                    tight: false,
                    stretch: false,
                };
                let again = self.reset(b, ask, rebreak)?;
                (again.len() as i64 == want).then(|| hyphens(again).saturating_sub(before))
            }
        }
    }
}
