//! Pagination stage, balancing: a page left two lines short, or a spread left uneven,
//! tried again with one paragraph a line longer or shorter, with a page a line short, or
//! with its scene breaks a line taller.

use super::fill::{Change, Cursor, Fill, Foot, Pager, Slot};
use super::{Ask, Rebreak};
use crate::render::pdf::compose::SetLine;

/// What a scene break a line taller costs, against the hyphens a paragraph set a line
/// longer or shorter adds: more than any such change.
const FLEX_COST: usize = 1000;
/// Most changes made to one page or spread: a scene break at the verso's foot may leave
/// its text three lines short (the ornament and its white, where the two lines that
/// must follow it do not fit).
const ROUNDS: usize = 3;

/// How far pages are from full (and level), lower is better: (rules broken; lines
/// short; ambiguous feet; the changes' cost).
type Score = (usize, usize, usize, usize);
/// Most sets of paragraphs a line shorter or longer tried on one page: enough for the
/// cheap ones, bounded so a page nothing can fill costs little.
const SETS: usize = 32;

/// What a search fills from `cur`: one page starting `drop` points down, or a verso and
/// the recto facing it.
#[derive(Debug, Clone, Copy)]
enum Span {
    Single(Cursor, f32),
    Spread(Cursor),
}

impl Span {
    fn cur(self) -> Cursor {
        match self {
            Span::Single(cur, _) | Span::Spread(cur) => cur,
        }
    }
}

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
    /// chapter's last) is tried again with a paragraph on it a line longer or shorter,
    /// and where no one change serves, with up to [`ROUNDS`] of them: the best change
    /// kept and another tried on top, then sets of paragraphs all a line shorter (or
    /// all longer), cheapest first. A story's closing note (its heading and a line or
    /// two) that would go whole to a page of its own, leaving the story's last page
    /// short, takes the lines won above it.
    pub(crate) fn single(
        &mut self,
        cur: Cursor,
        drop: f32,
        rebreak: &mut Rebreak,
    ) -> (Vec<Slot>, Cursor) {
        let span = Span::Single(cur, drop);
        let f = self.fill(cur, drop, (0, 0), rebreak);
        let least = self.score(&f, 0);
        if least.1 < 2 && least.0 + least.2 > 0 {
            // Only the foot is wrong: ending the page a line early, which a single page
            // may, costs no paragraph its spacing.
            let short = [Change::Short(0)];
            if let Some((hard, _, 0, _)) = self.trial(span, &short, rebreak)
                && hard == 0
            {
                self.make(&short, rebreak);
                let g = self.fill(cur, drop, Self::cut(&short, 0), rebreak);
                return (g.page, g.next);
            }
        }
        // An ambiguous foot alone is no reason to set a paragraph looser.
        if least.0 == 0 {
            return (f.page, f.next);
        }
        let (mut plan, best, first) = self.rounds(span, vec![f.clone()], least, rebreak);
        // Where one change did not serve, a set of paragraphs each a line shorter may
        // serve with fewer changes than the greedy ones (three lines longer fill the
        // page, two shorter let the closing note up): rules first, then fewer changes.
        if first.0 > 0
            && let Some((set, score)) = self.sets(span, &f, first, rebreak)
        {
            let key = |s: Score, n: usize| (s.0, s.1, s.2, n, s.3);
            if key(score, set.len()) < key(best, plan.len()) {
                plan = set;
            }
        }
        self.make(&plan, rebreak);
        let g = self.fill(cur, drop, Self::cut(&plan, 0), rebreak);
        (g.page, g.next)
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
        let span = Span::Spread(cur);
        let pages = self.pages(span, &[], rebreak);
        let least = self.rate(span, &pages, 0);
        let (plan, ..) = self.rounds(span, pages, least, rebreak);
        self.make(&plan, rebreak);
        let mut pages = self.pages(span, &plan, rebreak).into_iter();
        let v = pages.next().expect("a verso");
        let r = pages.next();
        let next = r.as_ref().unwrap_or(&v).next;
        (v.page, r.map(|r| r.page), next)
    }

    /// Up to [`ROUNDS`] changes to `span`, whose pages as they stand are `pages`, scored
    /// `least`: each round tries every change worth trying on the pages as the plan so
    /// far leaves them, and keeps the best if it beats the plan so far. A single page
    /// goes on while it breaks a rule; a spread goes on in the first round while it is
    /// short (an ambiguous foot alone is no reason to set a paragraph looser; among the
    /// changes that level a spread, one that also clears it is preferred), then only
    /// while it is uneven or ends on an orphan. Returns the plan, its score, and the
    /// score after the first round.
    fn rounds(
        &mut self,
        span: Span,
        mut pages: Vec<Fill>,
        least: Score,
        rebreak: &mut Rebreak,
    ) -> (Vec<Change>, Score, Score) {
        let spread = matches!(span, Span::Spread(_));
        let (mut plan, mut best, mut first, mut spent) = (Vec::new(), least, least, 0);
        for round in 0..ROUNDS {
            let open = if spread && round == 0 { best.1 } else { 0 };
            if best.0 + open == 0 {
                break;
            }
            let on: Vec<&Fill> = pages.iter().collect();
            let mut changes = self.changes(span.cur(), &on, spread);
            changes.retain(|c| fresh(&plan, *c));
            let mut found = None;
            for change in changes {
                plan.push(change);
                let tried = self.trial(span, &plan, rebreak);
                plan.pop();
                if let Some(tried) = tried
                    && tried < best
                {
                    best = tried;
                    found = Some(change);
                    if best == (0, 0, 0, spent) {
                        break;
                    }
                }
            }
            let Some(change) = found else { break };
            plan.push(change);
            spent = best.3;
            if round == 0 {
                first = best;
            }
            // The pages as the plan leaves them, for the changes worth trying next.
            self.journal = Some(Vec::new());
            self.make(&plan, rebreak);
            pages = self.pages(span, &plan, rebreak);
            self.rollback();
        }
        (plan, best, first)
    }

    /// The pages of `span` with the lines cut and scene breaks widened that `plan`
    /// asks (its other changes made already).
    fn pages(&mut self, span: Span, plan: &[Change], rebreak: &mut Rebreak) -> Vec<Fill> {
        match span {
            Span::Single(cur, drop) => vec![self.fill(cur, drop, Self::cut(plan, 0), rebreak)],
            Span::Spread(cur) => {
                let v = self.fill(cur, 0.0, Self::cut(plan, 0), rebreak);
                if v.next.block >= self.blocks.len() {
                    return vec![v];
                }
                let r = self.fill(v.next, 0.0, Self::cut(plan, 1), rebreak);
                vec![v, r]
            }
        }
    }

    /// How far the pages of `span` are from what is wanted, the changes having cost
    /// `cost`: see [`Pager::score`] and [`Pager::judge`].
    fn rate(&self, span: Span, pages: &[Fill], cost: usize) -> Score {
        match span {
            Span::Single(..) => self.score(&pages[0], cost),
            Span::Spread(_) => {
                let (uneven, short, ambiguous) = self.judge(&pages[0], pages.get(1));
                (uneven, short, ambiguous, cost)
            }
        }
    }

    /// The pages of `span` as `plan` would make them, scored; nothing kept. `None` if a
    /// change of the plan cannot be made.
    fn trial(&mut self, span: Span, plan: &[Change], rebreak: &mut Rebreak) -> Option<Score> {
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
    fn score(&self, f: &Fill, cost: usize) -> Score {
        let s = if f.next.block >= self.blocks.len() {
            0
        } else {
            self.short(f.bottom)
        };
        let foot = self.foot(f);
        let hard = usize::from(s >= 2) + usize::from(foot == Foot::Orphan);
        (hard, s, usize::from(foot == Foot::Ambiguous), cost)
    }

    /// Makes every change of `plan`; what they cost in all, `None` if one cannot be made.
    fn make(&mut self, plan: &[Change], rebreak: &mut Rebreak) -> Option<usize> {
        plan.iter()
            .try_fold(0, |sum, &c| self.apply(c, rebreak).map(|cost| sum + cost))
    }

    /// Sets of two or three paragraphs on page `f` all set a line shorter (or all a
    /// line longer), tried cheapest first (at most [`SETS`] of them): the first that
    /// breaks no rule, else the best that beats `best`, with its score. A block that did
    /// not fit at the foot (a closing note's heading and its line) may need two or three
    /// lines won.
    fn sets(
        &mut self,
        span: Span,
        f: &Fill,
        best: Score,
        rebreak: &mut Rebreak,
    ) -> Option<(Vec<Change>, Score)> {
        let mut each: Vec<(Change, usize)> = Vec::new();
        for change in self.changes(span.cur(), &[f], false) {
            if let Change::Looseness(..) = change
                && let Some(score) = self.trial(span, &[change], rebreak)
            {
                each.push((change, score.3));
            }
        }

        let sign = |c: &Change| matches!(c, Change::Looseness(_, n) if *n < 0);
        let mut sets: Vec<(usize, Vec<Change>)> = Vec::new();
        for (i, a) in each.iter().enumerate() {
            for (j, b) in each.iter().enumerate().skip(i + 1) {
                if sign(&a.0) != sign(&b.0) {
                    continue;
                }
                sets.push((a.1 + b.1, vec![a.0, b.0]));
                for c in each.iter().skip(j + 1).filter(|c| sign(&c.0) == sign(&a.0)) {
                    sets.push((a.1 + b.1 + c.1, vec![a.0, b.0, c.0]));
                }
            }
        }
        // Cheapest first; fewer changes before more; else in the order found (stable).
        sets.sort_by_key(|(cost, set)| (*cost, set.len()));
        let mut out = None;
        let mut least = best;
        for (_, set) in sets.into_iter().take(SETS) {
            if let Some(score) = self.trial(span, &set, rebreak)
                && score < least
            {
                least = score;
                out = Some((set, score));
                if score.0 == 0 {
                    break;
                }
            }
        }
        out
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
    /// starts on them, or right after them, a line shorter or longer (a one-line
    /// paragraph only longer); for a spread, a line less on either page.
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
                // A one-line paragraph may still be set as two lines, never as none.
                let least = if looseness < 0 { 2 } else { 1 };
                if blk.breakable && blk.lines.len() >= least && !started(b) {
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
