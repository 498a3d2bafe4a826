//! Pagination stage, balancing: a page left two lines short, or a spread left uneven,
//! tried again with one paragraph a line longer or shorter, with a page a line short, or
//! with its scene breaks a line taller; where that does not serve, the page or spread
//! before it is tried again with it.

use super::Rebreak;
use super::fill::{Change, Cursor, Fill, Pager, Slot};
use super::plan::{Score, Span, fresh};
use super::window::Base;

/// Most changes made to one page or spread: a scene break at the verso's foot may leave
/// its text three lines short (the ornament and its white, where the two lines that
/// must follow it do not fit).
const ROUNDS: usize = 3;
/// Most sets of paragraphs a line shorter or longer tried on one page: enough for the
/// cheap ones, bounded so a page nothing can fill costs little.
const SETS: usize = 32;
/// Most pairs and triples of changes tried together on a page or spread that the
/// greedy rounds leave breaking a rule.
const COMBOS: usize = 600;

/// Pages as set: their lines, where the next page starts, the span that fills them
/// again as they are (its `base` the lines cut and breaks widened), and how far they
/// are from wanted.
pub(crate) struct Set {
    pub(crate) pages: Vec<Vec<Slot>>,
    /// Where the page after each starts.
    pub(crate) ends: Vec<Cursor>,
    pub(crate) next: Cursor,
    pub(crate) span: Span,
    pub(crate) score: Score,
    /// The changes made to set them.
    pub(crate) plan: Vec<Change>,
    /// Lines ending in a hyphen that paragraphs set a line longer or shorter on them add.
    pub(crate) hyphens: usize,
    /// Per page, how it was set (lines cut, scene breaks widened, white above the
    /// story's first line), over all the units looked back at.
    pub(crate) bases: Vec<Base>,
}

impl Pager {
    /// One page from `cur`, as full as the rules allow; a page two lines short (not the
    /// chapter's last) is tried again with a paragraph on it a line longer or shorter,
    /// and where no one change serves, with up to [`ROUNDS`] of them: the best change
    /// kept and another tried on top, then sets of paragraphs all a line shorter (or
    /// all longer), cheapest first. A story's closing note (its heading and a line or
    /// two) that would go whole to a page of its own, leaving the story's last page
    /// short, takes the lines won above it.
    pub(crate) fn single(&mut self, cur: Cursor, drop: f32, rebreak: &mut Rebreak) -> Set {
        let mut span = Span::unit(cur, drop, 1);
        self.force(&mut span);
        let f = self.fill(cur, drop, span.base[0], rebreak);
        let least = self.score(&f, 0);
        if least.1 < 2 && least.0 + least.2 > 0 {
            // Only the foot is wrong: ending the page a line early, which a single page
            // may, costs no paragraph its spacing.
            let short = [Change::Short(0)];
            if let Some((hard, _, 0, _)) = self.trial(span, &short, rebreak)
                && hard == 0
            {
                return self.settle(span, &short, rebreak);
            }
        }
        // An ambiguous foot alone is no reason to set a paragraph looser.
        if least.0 == 0 {
            return self.set(span, &[], vec![f], 0);
        }
        let (mut plan, best, first) =
            self.rounds(span, Vec::new(), vec![f.clone()], least, rebreak);
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
        self.settle(span, &plan, rebreak)
    }

    /// A verso and the recto facing it, from `cur`: ending level if a change of one
    /// paragraph's length, or a line less on one page, makes them so; if no one change
    /// does, the best one is kept and another tried on top of it, up to [`ROUNDS`]
    /// changes (a scene break at the verso's foot leaves its text two or three lines
    /// short: carrying the ornament overleaf takes as many lines won above it).
    pub(crate) fn spread(&mut self, cur: Cursor, rebreak: &mut Rebreak) -> Set {
        let mut span = Span::unit(cur, 0.0, 2);
        self.force(&mut span);
        let pages = self.pages(span, &[], rebreak);
        let least = self.rate(span, &pages, 0);
        let (plan, ..) = self.rounds(span, Vec::new(), pages, least, rebreak);
        self.settle(span, &plan, rebreak)
    }

    /// Looks back: the pages set as `prevs` (one or two units, in order) and those set
    /// after them as `this` (which break a rule: a page two lines short before a closing
    /// note that cannot come up, say) are searched together, so that each page or
    /// spread before may end a line short, or set a paragraph a line longer or shorter,
    /// to carry lines over. `None`, and nothing changed, unless that breaks fewer rules;
    /// else all units' pages, with the last unit's span (to look back from in turn),
    /// and each unit's span in order.
    /// With `bar`, the set is kept only if it also beats that (rules broken, lines short
    /// with hyphens priced) over all units.
    pub(crate) fn back(
        &mut self,
        prevs: &[Span],
        this: &Set,
        bar: Option<(usize, usize)>,
        rebreak: &mut Rebreak,
    ) -> Option<(Set, Vec<Span>)> {
        let mut all = prevs.to_vec();
        all.push(this.span);
        let span = Span::joined(&all);
        self.journal = Some(Vec::new());
        let pages = self.pages(span, &[], rebreak);
        self.rollback();
        let least = self.rate(span, &pages, 0);
        let (mut plan, mut best, _) = self.rounds(span, Vec::new(), pages, least, rebreak);
        // Over two units before, one change alone gains nothing where lines must come
        // from both (a paragraph too short to part carried whole): each earlier unit a
        // line short to start with, and changes tried on top.
        if prevs.len() > 1 && best.0 > 0 {
            let before = span.len() - this.span.units[0];
            let seed: Vec<Change> = (0..before).map(Change::Short).collect();
            if let Some(start) = self.trial(span, &seed, rebreak) {
                self.journal = Some(Vec::new());
                self.make(&seed, rebreak);
                let pages = self.pages(span, &seed, rebreak);
                self.rollback();
                let (p, b, _) = self.rounds(span, seed, pages, start, rebreak);
                if b < best {
                    (plan, best) = (p, b);
                }
            }
        }
        if best.0 >= least.0 || bar.is_some_and(|bar| (best.0, best.1) >= bar) {
            return None;
        }
        let mut set = self.settle(span, &plan, rebreak);
        // Each unit as set: from the end of the one before, with its own cuts.
        let mut units = Vec::new();
        let mut at = 0;
        for s in &all {
            let n = s.units[0];
            let start = if at == 0 {
                span.cur
            } else {
                set.ends.get(at - 1).copied().unwrap_or(set.next)
            };
            let drop = if at == 0 { span.drop } else { 0.0 };
            let mut unit = Span::unit(start, drop, n);
            unit.base[..n].copy_from_slice(&set.span.base[at..at + n]);
            units.push(unit);
            at += n;
        }
        set.span = *units.last().expect("one unit at least");
        Some((set, units))
    }

    /// Makes `plan` and fills the pages of `span` as it leaves them.
    fn settle(&mut self, span: Span, plan: &[Change], rebreak: &mut Rebreak) -> Set {
        let cost = self.make(plan, rebreak).unwrap_or(0);
        let pages = self.pages(span, plan, rebreak);
        self.set(span, plan, pages, cost)
    }

    /// The pages of `span` filled as `plan` (which cost `cost`) leaves them, as set.
    pub(crate) fn set(
        &self,
        mut span: Span,
        plan: &[Change],
        pages: Vec<Fill>,
        cost: usize,
    ) -> Set {
        let score = self.rate(span, &pages, cost);
        let n = span.len();
        for (k, b) in span.base.iter_mut().enumerate().take(n) {
            let (cut, flex, gap) = Self::cut(plan, k);
            *b = (b.0 + cut, b.1 + flex, b.2 + gap);
        }
        let ends: Vec<Cursor> = pages.iter().map(|f| f.next).collect();
        let hyphens = self.added(&pages);
        Set {
            bases: span.base[..pages.len().min(n)].to_vec(),
            plan: plan.to_vec(),
            hyphens,
            next: ends.last().copied().unwrap_or(span.cur),
            pages: pages.into_iter().map(|f| f.page).collect(),
            ends,
            span,
            score,
        }
    }

    /// Up to [`ROUNDS`] changes to `span` on top of `plan` (made), whose pages as they
    /// stand are `pages`, scored `least`: each round tries every change worth trying on the pages as the plan so
    /// far leaves them, and keeps the best if it beats the plan so far. Pages go on
    /// while they break a rule; a spread also goes on in the first round while it is
    /// short (an ambiguous foot alone is no reason to set a paragraph looser; among the
    /// changes that level a spread, one that also clears it is preferred). Returns the
    /// plan, its score, and the score after the first round.
    fn rounds(
        &mut self,
        span: Span,
        mut plan: Vec<Change>,
        mut pages: Vec<Fill>,
        least: Score,
        rebreak: &mut Rebreak,
    ) -> (Vec<Change>, Score, Score) {
        let (mut best, mut first, mut spent) = (least, least, least.3);
        let start = plan.clone();
        // The changes that can be made on their own, as the first round finds them.
        let mut feasible: Vec<Change> = Vec::new();
        for round in 0..ROUNDS {
            let open = if span.spread() && round == 0 {
                best.1
            } else {
                0
            };
            if best.0 + open == 0 {
                break;
            }
            let on: Vec<&Fill> = pages.iter().collect();
            let mut changes = self.changes(span, &on);
            changes.retain(|c| fresh(&plan, *c));
            let mut found = None;
            for change in changes {
                plan.push(change);
                let tried = self.trial(span, &plan, rebreak);
                plan.pop();
                if round == 0 && tried.is_some() {
                    feasible.push(change);
                }
                // A scene break gives up its white only where that keeps a rule.
                let kept =
                    !matches!(change, Change::Tight(_)) || tried.is_some_and(|t| t.0 < best.0);
                if let Some(tried) = tried
                    && tried < best
                    && kept
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
        // Greedy rounds keep a change only if it helps on its own: two that serve only
        // together (both pages of a spread a line short, to carry two lines over; a
        // paragraph a line shorter and a page a line short) are tried as pairs and
        // triples of the changes that can be made.
        if best.0 > 0
            && let Some((set, score)) = self.combos(span, &start, &feasible, best, rebreak)
        {
            (plan, best) = (set, score);
        }
        (plan, best, first)
    }

    /// Pairs, then triples, of `feasible` changes on top of `start`, at most [`COMBOS`]
    /// of them tried in order, none setting a paragraph's line loose: the best that
    /// beats `best`, with its score; the first that breaks no rule and leaves no line
    /// short ends the search.
    fn combos(
        &mut self,
        span: Span,
        start: &[Change],
        feasible: &[Change],
        best: Score,
        rebreak: &mut Rebreak,
    ) -> Option<(Vec<Change>, Score)> {
        let n = feasible.len();
        let pairs = (0..n).flat_map(|i| (i + 1..n).map(move |j| vec![i, j]));
        let triples = (0..n)
            .flat_map(|i| (i + 1..n).flat_map(move |j| (j + 1..n).map(move |k| vec![i, j, k])));
        let mut out = None;
        let mut least = best;
        // No combination may set a line loose that the plan it starts from does not.
        self.journal = Some(Vec::new());
        let loose = self.make(start, rebreak).map(|_| self.loosened());
        self.rollback();
        let loose = loose?;
        for pick in pairs.chain(triples).take(COMBOS) {
            let mut plan = start.to_vec();
            let mut ok = true;
            for &i in &pick {
                ok &= fresh(&plan, feasible[i]);
                plan.push(feasible[i]);
            }
            if !ok {
                continue;
            }
            self.journal = Some(Vec::new());
            let tried = self.make(&plan, rebreak).and_then(|cost| {
                let pages = self.pages(span, &plan, rebreak);
                (self.loosened() <= loose).then(|| self.rate(span, &pages, cost))
            });
            self.rollback();
            let tight = plan.iter().any(|c| matches!(c, Change::Tight(_)));
            if let Some(score) = tried
                && score < least
                && (!tight || score.0 < best.0)
            {
                least = score;
                out = Some((plan, score));
                if score.0 + score.1 == 0 {
                    break;
                }
            }
        }
        out
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
        for change in self.changes(span, &[f]) {
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
}
