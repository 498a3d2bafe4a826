//! Pagination stage, balancing: a page left two lines short, or a spread left uneven,
//! tried again with one paragraph a line longer or shorter, with a page a line short, or
//! with its scene breaks a line taller.

use super::fill::{Change, Cursor, Fill, Foot, Pager, Slot};
use super::{Ask, Rebreak};
use crate::render::pdf::compose::SetLine;

/// What a scene break a line taller costs, against the hyphens a paragraph set a line
/// longer or shorter adds: more than any such change.
const FLEX_COST: usize = 1000;
/// Most changes made to one spread: a scene break at the verso's foot may leave its
/// text three lines short (the ornament and its white, where the two lines that must
/// follow it do not fit).
const ROUNDS: usize = 3;

/// Whether `change` may join `plan`: not made already, and no paragraph set twice.
fn fresh(plan: &[Change], change: Change) -> bool {
    plan.iter().all(|&c| match (c, change) {
        (Change::Looseness(a, _), Change::Looseness(b, _)) => a != b,
        (Change::Flex(a, _), Change::Flex(b, _)) => a != b && a != 2 && b != 2,
        _ => c != change,
    })
}

impl Pager {
    /// One page from `cur`, as full as the rules allow; a page two lines short (not the
    /// chapter's last) is tried again with a paragraph on it a line longer or shorter.
    pub(crate) fn single(
        &mut self,
        cur: Cursor,
        drop: f32,
        rebreak: &mut Rebreak,
    ) -> (Vec<Slot>, Cursor) {
        let f = self.fill(cur, drop, (0, 0), rebreak);
        let done = |f: &Fill, p: &Pager| f.next.block >= p.blocks.len();
        // (rules broken: two lines short, an orphan; lines short; an ambiguous foot; cost)
        let score = |f: &Fill, p: &Pager, cost| {
            let s = if done(f, p) { 0 } else { p.short(f.bottom) };
            let foot = p.foot(f);
            let hard = usize::from(s >= 2) + usize::from(foot == Foot::Orphan);
            (hard, s, usize::from(foot == Foot::Ambiguous), cost)
        };
        let mut least = score(&f, self, 0);
        if least.1 < 2 && least.0 + least.2 > 0 {
            // Only the foot is wrong: ending the page a line early, which a single page
            // may, costs no paragraph its spacing.
            self.journal = Some(Vec::new());
            let g = self.fill(cur, drop, Self::cut(&[Change::Short(0)], 0), rebreak);
            let (hard, _, ambiguous, _) = score(&g, self, 0);
            if hard + ambiguous == 0 {
                self.journal = None;
                return (g.page, g.next);
            }
            self.rollback();
        }
        // An ambiguous foot alone is no reason to set a paragraph looser.
        if least.0 == 0 {
            return (f.page, f.next);
        }
        let mut best: Option<Change> = None;
        for change in self.changes(cur, &[&f], false) {
            self.journal = Some(Vec::new());
            let cost = self.apply(change, rebreak);
            let g = cost.map(|c| (c, self.fill(cur, drop, Self::cut(&[change], 0), rebreak)));
            let tried = g.map(|(cost, g)| score(&g, self, cost));
            self.rollback();
            if let Some(tried) = tried
                && tried < least
            {
                least = tried;
                best = Some(change);
                if least == (0, 0, 0, 0) {
                    break;
                }
            }
        }
        match best {
            Some(change) => {
                self.apply(change, rebreak);
                let g = self.fill(cur, drop, Self::cut(&[change], 0), rebreak);
                (g.page, g.next)
            }
            None => (f.page, f.next),
        }
    }

    /// A verso and the recto facing it, from `cur`: ending level if a change of one
    /// paragraph's length, or a line less on one page, makes them so; if no one change
    /// does, the best one is kept and another tried on top of it, up to [`ROUNDS`]
    /// changes (a scene break at the verso's foot leaves its text two or three lines
    /// short: carrying the ornament overleaf takes as many lines won above it).
    pub(crate) fn spread(
        &mut self,
        cur: Cursor,
        rebreak: &mut Rebreak,
    ) -> (Vec<Slot>, Option<Vec<Slot>>, Cursor) {
        let (v, r) = self.pair(cur, &[], rebreak);
        let (uneven, short, ambiguous) = self.judge(&v, r.as_ref());
        let mut best = (uneven, short, ambiguous, 0);
        let mut plan: Vec<Change> = Vec::new();
        let mut spent = 0;
        let mut pages = (v, r);
        // An ambiguous foot alone is no reason to set a paragraph looser; among the
        // changes that level a spread, one that also clears it is preferred. After the
        // first change, only a spread still uneven (or ending on an orphan) goes on.
        for round in 0..ROUNDS {
            let open = if round == 0 { best.1 } else { 0 };
            if best.0 + open == 0 {
                break;
            }
            let changes = {
                let mut on = vec![&pages.0];
                on.extend(pages.1.as_ref());
                let all = self.changes(cur, &on, true);
                all.into_iter()
                    .filter(|c| fresh(&plan, *c))
                    .collect::<Vec<_>>()
            };
            let mut found: Option<Change> = None;
            for change in changes {
                self.journal = Some(Vec::new());
                let tried = self.apply(change, rebreak).map(|cost| {
                    plan.push(change);
                    let (v, r) = self.pair(cur, &plan, rebreak);
                    plan.pop();
                    let (uneven, short, ambiguous) = self.judge(&v, r.as_ref());
                    (uneven, short, ambiguous, spent + cost)
                });
                self.rollback();
                if let Some(score) = tried
                    && score < best
                {
                    found = Some(change);
                    best = score;
                    if score == (0, 0, 0, spent) {
                        break;
                    }
                }
            }
            let Some(change) = found else { break };
            spent = best.3;
            self.apply(change, rebreak);
            plan.push(change);
            pages = self.pair(cur, &plan, rebreak);
        }
        let (v, r) = pages;
        let next = r.as_ref().unwrap_or(&v).next;
        (v.page, r.map(|r| r.page), next)
    }

    /// The verso and recto from `cur`, lines cut or scene breaks widened as `plan` says.
    fn pair(
        &mut self,
        cur: Cursor,
        plan: &[Change],
        rebreak: &mut Rebreak,
    ) -> (Fill, Option<Fill>) {
        let v = self.fill(cur, 0.0, Self::cut(plan, 0), rebreak);
        if v.next.block >= self.blocks.len() {
            return (v, None);
        }
        let r = self.fill(v.next, 0.0, Self::cut(plan, 1), rebreak);
        (v, Some(r))
    }

    /// What the changes of `plan` ask of page `page` (0 or 1) as [`Pager::fill`] takes
    /// it: lines cut from the foot, scene breaks widened.
    fn cut(plan: &[Change], page: usize) -> (usize, usize) {
        let mut out = (0, 0);
        for &change in plan {
            match change {
                Change::Short(p) if p == page => out.0 += 1,
                Change::Flex(p, n) if p == page || p == 2 => out.1 += n,
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
    fn judge(&self, v: &Fill, r: Option<&Fill>) -> (usize, usize, usize) {
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

    /// The changes worth trying on `pages` (filled from `cur`): each paragraph that
    /// starts on them, or right after them, a line shorter or longer; for a spread, a
    /// line less on either page.
    fn changes(&self, cur: Cursor, pages: &[&Fill], spread: bool) -> Vec<Change> {
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
        let mut out = Vec::new();
        if spread {
            out.extend([Change::Short(0), Change::Short(1)]);
        }
        for looseness in [-1, 1] {
            for &b in blocks.iter().rev() {
                let blk = &self.blocks[b];
                if blk.breakable && blk.lines.len() >= 2 && !started(b) {
                    out.push(Change::Looseness(b, looseness));
                }
            }
        }
        // Last, and only where nothing else serves (they cost more): scene breaks on
        // the pages a line taller, the first one or two of them.
        let flexible = blocks.iter().filter(|&&b| self.blocks[b].flex).count();
        let pages = if spread { 0..=2 } else { 0..=0 };
        for page in pages {
            for n in 1..=flexible.min(2) {
                out.push(Change::Flex(page, n));
            }
        }
        out
    }

    /// Makes `change`, and says what it costs: the hyphenated lines it adds. `None` if
    /// it cannot be made (the paragraph cannot be set with that many lines).
    fn apply(&mut self, change: Change, rebreak: &mut Rebreak) -> Option<usize> {
        let hyphens = |l: &[SetLine]| l.iter().filter(|l| l.ends_in_hyphen()).count();
        match change {
            Change::Short(_) => Some(0),
            // White at a scene break is dearer than any hyphen a looser paragraph adds.
            Change::Flex(..) => Some(FLEX_COST),
            Change::Looseness(b, n) => {
                let want = self.blocks[b].lines.len() as i64 + i64::from(n);
                let before = hyphens(&self.blocks[b].lines);
                let ask = Ask {
                    unhyphenated: None,
                    looseness: self.asks[b].looseness + n,
                };
                let again = self.reset(b, ask, rebreak)?;
                (again.len() as i64 == want).then(|| hyphens(again).saturating_sub(before))
            }
        }
    }
}
