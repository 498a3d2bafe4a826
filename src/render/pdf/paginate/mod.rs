//! Pagination stage: composed blocks → pages, without widows, orphans or stranded heads,
//! with pages full and facing pages level.
//!
//! Input: a chapter's [`VBlock`]s (lines already composed) and the height of the text
//! area. Output: pages of lines, each line with the distance of its baseline below the top
//! of the text area. Rules: a paragraph split across pages leaves at least
//! [`MIN_LINES`] lines on each side; a block marked `keep_with_next` (a heading, a scene
//! break, a label) never ends a page: it moves over with the first lines that follow it
//! (a run of them taller than a page parts where a page is full).
//! Those rules can leave a page short; then a paragraph on it is set a line longer or
//! shorter (TeX's `\looseness`), or, in print, both pages of a spread end a line short,
//! or, failing those, each scene break on the page takes a line more of white (or, where
//! only that keeps a rule, gives up its half lines of white and takes one line in all:
//! its ornament under the text, the text after it on the grid), so that
//! no page but a chapter's last ends two lines short and facing pages end level; where
//! no one change serves, up to three are made together, each kept only if it helps
//! (and, where that leaves a rule broken, pairs and triples of them that help only
//! together, none setting a line loose: both pages of the spread before a line short
//! to carry lines over, say); on the page where the story opens, the white between its
//! heading (or author's note) and its first line may take a line more, as dear as a
//! scene break's, or give one where it has two (see `lift`) (on a single page, also two or
//! three paragraphs all a line shorter: a story's closing note, its heading and a line
//! or two, that would go whole to a page of its own and leave the story's last page
//! short, comes up onto it when that wins the lines it needs; the heading never parts
//! from its text; the two lines of white above the note's heading give up to a line
//! and a quarter first, as TeX's glue shrinks); where it does not fit, it never stands
//! on a page of its own: the story's last lines (two, else one) go over with it, unless
//! a block quote on the page, giving half its line of white above and below, lets them up.
//! What no change on a page or spread fixes is tried again with the page or spread before it (which may then end
//! a line short, or set a paragraph a line longer, to carry lines over), and failing
//! that with the two before it (each first ending a line short: a paragraph too short
//! to part, carried whole with a closing note, needs lines from both); so is one
//! that only a paragraph set a line longer or shorter with a hyphen more fixes, without
//! that change, and it is kept so where a page or two then end a line short instead
//! (a hyphen is dearer, see `plan::HYPHEN_PRICE`) and no paragraph is set looser. A scene
//! break's ornament may end
//! a page (it is shown, never lost at the turn), but facing pages are level by their
//! text: a verso ending on an ornament with its text lines above the recto's is set
//! again until its text fills it (the ornament then opens the recto). A page
//! does not end on a paragraph's last line that runs to the margin when that line is
//! also the paragraph's first (it reads as an orphan); where it is not, the page ends a
//! line early if it may, since the reader would take the paragraph to go on. What all
//! that still leaves broken is searched last, a few pages at a time (see `window`):
//! every way of ending each page of up to three spreads a line short (or giving the
//! story's first line a line more of white on its opener, on screen also in place of a
//! line its page lifted), with one paragraph a line
//! longer or shorter, or where none serves two, the pages to the chapter's end set again
//! with them near its end, four spreads where three do not serve (where a closing note
//! that cannot come up would rather stand alone atop the next page than leave the
//! story's last page short). What a chapter's pages still break after all that is
//! set again from the chapter's first page with a page or a spread before the break (or
//! its own, or the opener's page however far before it) set otherwise from the start, a
//! line short or a line more of white (up to three above the story's first line),
//! carried through every page after, a loose line or two allowed where that mends a
//! rule (see `reflow`; on screen that is tried last of all, after what follows). Then a
//! chapter that still breaks a rule is set again with one paragraph on or just before
//! a page or spread that breaks it let be a line longer or shorter past the line
//! breaker's tolerance (TeX's `\emergencystretch`: a higher price per line, spaces
//! shrunk all the way, none stretched past twice their width), the least loose setting
//! that mends it kept (see `lay`). Last of all, a chapter that still breaks a rule is set
//! again with its opener's title a line higher (a line of its sink given), or where the
//! sink has none to spare its author's note's heading a line nearer the title, where
//! that breaks fewer rules (see `sink`).

mod balance;
mod dive;
mod fill;
mod keep;
mod lay;
mod lift;
mod plan;
mod reflow;
mod sink;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_balance;
#[cfg(test)]
mod tests_code;
#[cfg(test)]
mod tests_lift;
#[cfg(test)]
mod tests_notes;
#[cfg(test)]
mod tests_open;
#[cfg(test)]
mod tests_reflow;
#[cfg(test)]
mod tests_runs;
#[cfg(test)]
mod tests_sink;
#[cfg(test)]
mod tests_stretch;
#[cfg(test)]
mod tests_window;
mod window;

use super::compose::SetLine;
use super::linebreak::FULL_LAST_LINE;
use balance::Set;
use fill::{Change, Cursor, Pager, Slot};
use plan::{Score, Span};
use std::cell::Cell;
use std::collections::HashMap;
use window::Laid;

/// Fewest lines of a paragraph left alone at the foot (orphan) or head (widow) of a page.
pub const MIN_LINES: usize = 2;
/// Where a baseline sits inside its line slot, as a fraction of the leading: the usual
/// ascender share of a serif face, so the first line's caps touch the top of the area.
const BASELINE_SHARE: f32 = 0.78;

/// A vertical block: lines that are laid out together.
#[derive(Debug, Clone, PartialEq)]
pub struct VBlock {
    /// The composed lines.
    pub lines: Vec<SetLine>,
    /// Space above the block, dropped at the top of a page.
    pub space_before: f32,
    /// Must share a page with the start of the next block.
    pub keep_with_next: bool,
    /// Must share a page with the end of the block before it: a story's closing note
    /// (its heading) never stands on a page of its own; where it does not fit under
    /// the story's end, the story's last lines go over with it.
    pub keep_with_previous: bool,
    /// May be split across pages (paragraphs); others move whole.
    pub breakable: bool,
    /// If set, the block's top is moved down to the next multiple of this distance
    /// from the top of the text area: body text after material of other sizes (an
    /// author's note at 0.92, half-line gaps) lands back on the page's baseline grid.
    pub grid: Option<f32>,
    /// May take one more whole line of white (half above, half below, so what it shows
    /// stays centred and the text after it stays on the grid) on a page that would
    /// otherwise end two lines short: a scene break, a heading inside a story.
    pub flex: bool,
    /// Set apart by a line of white above and one below (a block quote): on a page
    /// where a story's closing note would otherwise not come up under the story's
    /// end, each gives half a line (the block then sits half a line off the grid,
    /// the text after it back on it).
    pub give: bool,
    /// A scene break's ornament, set on one body line with half a line of white above
    /// and below: on a page that would otherwise break a rule (end two lines short, or
    /// leave a spread uneven), it may give up that white and take one line in all (its
    /// ink stays midway between the text lines above and below, the text after it on
    /// the grid).
    pub tight: bool,
}

/// A line placed on a page: baseline distance below the top of the text area.
pub type Placed = (f32, SetLine);

/// What pagination asks of a paragraph set again: that line `unhyphenated` not end in
/// a hyphen (it falls at a page foot), and `looseness` lines more (or fewer) than its
/// best setting.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Ask {
    /// A line that must not end in a hyphen.
    pub unhyphenated: Option<usize>,
    /// Lines more (positive) or fewer (negative) than the best setting.
    pub looseness: i32,
    /// A scene break's ornament asked to give up its white (see [`VBlock::tight`]).
    pub tight: bool,
    /// The last resort (TeX's `\emergencystretch`): the line more or fewer may be had
    /// beyond the breaker's usual tolerance, so long as no line's spaces open past
    /// twice their width and none runs over the measure (see `lay`).
    pub stretch: bool,
}

/// Settings of a paragraph already made, by block and what was asked (a line kept from
/// a hyphen, looseness, past the tolerance).
type Memo = HashMap<(usize, Option<usize>, i32, bool), Option<Vec<SetLine>>>;

/// A way to set block `b` again as asked; `None` if the block cannot be set again (it
/// is not a paragraph).
pub type Rebreak<'a> = dyn FnMut(usize, Ask) -> Option<Vec<SetLine>> + 'a;

/// How hard pagination works for even pages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Balance {
    /// The body's baseline distance: what "a line short" means.
    pub leading: f32,
    /// Facing pages (print): a chapter opens on a recto, and each verso and the recto
    /// after it should end on the same line.
    pub spreads: bool,
    /// The body's measure: a paragraph's last line that ends within
    /// [`FULL_LAST_LINE`] of it reads as a full line (see `Pager::foot`).
    pub measure: f32,
}

/// Lays `blocks` onto pages of `height` points; the first page starts `first_drop`
/// points down (a chapter opener's sink).
/// The blocks are consumed: their lines move onto the pages without a copy.
pub fn paginate(blocks: Vec<VBlock>, height: f32, first_drop: f32) -> Vec<Vec<Placed>> {
    let balance = Balance {
        leading: f32::INFINITY,
        spreads: false,
        measure: f32::INFINITY,
    };
    paginate_with(blocks, (height, first_drop), balance, &mut |_, _| None).0
}

/// As [`paginate`]; a paragraph that starts on a page and would end it with a hyphen
/// (half a word carried over the page turn) is set again by `rebreak` with that line
/// unhyphenated, and if that fails, leaves one line less on the page when it can. A page
/// left two lines short, or a spread left uneven, is set again with a paragraph on it a
/// line longer or shorter, or (print) with both pages a line short. Returns the pages and
/// the number of lines each block ended with.
pub fn paginate_with(
    blocks: Vec<VBlock>,
    (height, first_drop): (f32, f32),
    balance: Balance,
    rebreak: &mut Rebreak,
) -> (Vec<Vec<Placed>>, Vec<usize>) {
    // Balancing tries the same settings of a paragraph many times over (each trial of a
    // plan sets its paragraphs again, each round and look-back tries them anew, and
    // the closing-note passes below run it all again): each is set once. A setting
    // depends on the block and the ask alone, so the pages are the same.
    let mut memo: Memo = HashMap::new();
    let rebreak = &mut |b: usize, ask: Ask| {
        memo.entry((b, ask.unhyphenated, ask.looseness, ask.stretch))
            .or_insert_with(|| rebreak(b, ask))
            .clone()
    };
    // What every other change leaves broken is set again with one paragraph let past
    // the breaker's tolerance (see `lay`); a chapter that keeps the rules is set
    // as it always was.
    let area = (height, first_drop);
    let mut best = lay::lay(&blocks, area, balance, rebreak);
    if best.0.0 > 0 {
        best = lay::last_resort(best, &blocks, area, balance, rebreak);
    }
    // On screen, what the last resort leaves broken is set again from the start (in
    // print that comes before it, see `lay`): where it comes first, it mends with the
    // opener's white what a paragraph set past the tolerance mends with fewer loose
    // lines (measured on bench stories, bed9 s141 and bed14 s331).
    if !balance.spreads && best.0.0 > 0 {
        best = reflow::reflow(best, &blocks, area, rebreak);
    }
    // Last of all, the opener gives a line of the white above its title (see `sink`).
    if best.0.0 > 0 {
        best = sink::give(best, &blocks, area, balance, rebreak);
    }
    let (_, p, mut pages) = best;
    if pages.is_empty() {
        pages.push(Vec::new());
    }
    let lens: Vec<usize> = p.blocks.iter().map(|b| b.lines.len()).collect();
    let mut lines: Vec<std::vec::IntoIter<SetLine>> =
        p.blocks.into_iter().map(|b| b.lines.into_iter()).collect();
    let pages = pages
        .into_iter()
        .map(|page| {
            page.into_iter()
                .map(|(y, b)| (y, lines[b].next().expect("each line placed once")))
                .collect()
        })
        .collect();
    (pages, lens)
}

impl Pager {
    fn new(blocks: Vec<VBlock>, height: f32, balance: Balance, carry: usize) -> Self {
        let hyphens = |b: &VBlock| b.lines.iter().filter(|l| l.ends_in_hyphen()).count();
        let loose = |b: &VBlock| b.lines.iter().filter(|l| l.loose).count();
        let n = blocks.len();
        Pager {
            asks: vec![Ask::default(); blocks.len()],
            natural: blocks.iter().map(hyphens).collect(),
            natural_loose: blocks.iter().map(loose).collect(),
            trading: false,
            loosen: true,
            opening: opening(&blocks),
            blocks,
            height,
            balance,
            journal: None,
            carry,
            carried: false,
            forced: Vec::new(),
            page_at: 0,
            broken: Vec::new(),
            keeps: vec![Cell::new(f32::NAN); n],
        }
    }

    /// How many paragraphs are set looser than their best.
    fn looser(&self) -> usize {
        self.asks.iter().filter(|a| a.looseness > 0).count()
    }

    /// How a chapter's pages as set rank against another setting of them, lower is
    /// better: (rules broken; loose lines added by paragraphs set again; closing notes
    /// alone at a page's top; paragraphs set a line looser). A note apart from its
    /// story is a flaw worth a paragraph set a line looser, but not a page two lines
    /// short, an orphan or a loose line more.
    fn rank(&self, pages: &[Vec<Slot>], hard: usize) -> (usize, usize, usize, usize) {
        (hard, self.loosened(), self.lone_notes(pages), self.looser())
    }

    /// Loose lines the paragraphs set again have more than their best settings.
    fn loosened(&self) -> usize {
        let loose = |b: &VBlock| b.lines.iter().filter(|l| l.loose).count();
        (self.blocks.iter().zip(&self.natural_loose))
            .map(|(b, &n)| loose(b).saturating_sub(n))
            .sum()
    }

    /// How many of `pages` after the first open on a closing note's heading: the note
    /// stands apart from the story it closes.
    fn lone_notes(&self, pages: &[Vec<Slot>]) -> usize {
        let opens_note = |page: &&Vec<Slot>| {
            page.first()
                .is_some_and(|&(_, b)| self.blocks[b].keep_with_previous)
        };
        pages.iter().skip(1).filter(opens_note).count()
    }

    /// The chapter's pages, the first starting `first_drop` points down, page by page
    /// (or spread by spread), each looking back at the one before where nothing on it
    /// serves; with the rules the pages still break.
    fn run(&mut self, first_drop: f32, rebreak: &mut Rebreak) -> (Vec<Vec<Slot>>, usize) {
        let mut laid = Laid {
            pages: Vec::new(),
            starts: Vec::new(),
            bases: Vec::new(),
        };
        let pages = &mut laid.pages;
        let mut hard = 0;
        let mut cur = Cursor {
            block: 0,
            line: 0,
            fresh: true,
        };
        // The pages or spreads set last (up to two, in order): where each one's pages
        // start, and how it was set.
        let mut last: Vec<(usize, Span, Score)> = Vec::new();
        while cur.block < self.blocks.len() {
            let drop = if pages.is_empty() { first_drop } else { 0.0 };
            self.page_at = pages.len();
            let mut set = if self.balance.spreads && pages.len() % 2 == 1 {
                self.spread(cur, rebreak)
            } else {
                self.single(cur, drop, rebreak)
            };
            let mut units = vec![set.span];
            let mut from = last.len();
            // What no change on these pages fixes may be fixed with the page or spread
            // before them, and failing that (a paragraph too short to part must go over
            // whole), with the two before them, each ending a line short to carry it.
            if let Some(&(_, prev, _)) = last.last() {
                let broken = set.score.0 > 0;
                if let Some((both, spans)) = self.look_back(prev, &set, rebreak) {
                    (set, units, from) = (both, spans, last.len() - 1);
                } else if broken
                    && let [(_, a, _), (_, b, _)] = last[..]
                    && let Some((all, spans)) = self.back(&[a, b], &set, None, rebreak)
                {
                    (set, units, from) = (all, spans, 0);
                }
            }
            let mut at = pages.len();
            // Where the set's first page starts: the first unit looked back at's start.
            let mut start = set.span.cur;
            if from < last.len() {
                at = last[from].0;
                start = last[from].1.cur;
                pages.truncate(at);
                laid.starts.truncate(at);
                laid.bases.truncate(at);
                hard -= last[from..].iter().map(|u| u.2.0).sum::<usize>();
                last.truncate(from);
            }
            hard += set.score.0;
            cur = set.next;
            // Each unit's pages start where the one before ends; the last keeps the
            // set's score (what undoing it would give back), the others none.
            let n_units = units.len();
            for (k, unit) in units.into_iter().enumerate() {
                let score = if k + 1 == n_units {
                    set.score
                } else {
                    (0, 0, 0, 0)
                };
                last.push((at, unit, score));
                at += unit.units[0];
            }
            let keep = last.len().saturating_sub(2);
            last.drain(..keep);
            laid.starts.push(start);
            laid.starts
                .extend(&set.ends[..set.pages.len().saturating_sub(1)]);
            laid.bases.extend(&set.bases);
            laid.bases.resize(laid.starts.len(), (0, 0, 0));
            pages.extend(set.pages);
        }
        let hard = self.repair(&mut laid, first_drop, hard, rebreak);
        self.broken = match hard {
            0 => Vec::new(),
            _ => self.broken_units(&laid, first_drop, rebreak),
        };
        (laid.pages, hard)
    }
}

impl Pager {
    /// The page or spread set as `prev` and the one set as `set` after it, set
    /// again together where that serves better: where `set` breaks a rule, if fewer
    /// rules are broken; where it keeps the rules only by a paragraph set a line longer
    /// or shorter with a hyphen more, if the two without that change can be set with
    /// no more rules broken and fewer lines short, hyphens priced (a page or two a line
    /// short rather than the hyphen), and no paragraph set looser for it. `None`, and
    /// nothing changed, if not.
    fn look_back(
        &mut self,
        prev: Span,
        set: &Set,
        rebreak: &mut Rebreak,
    ) -> Option<(Set, Vec<Span>)> {
        if set.score.0 > 0 {
            return self.back(&[prev], set, None, rebreak);
        }
        if set.hyphens == 0 {
            return None;
        }
        // Both units as they stand, the hyphen priced: what the search must beat.
        self.trading = true;
        let joined = Span::joined(&[prev, set.span]);
        self.journal = Some(Vec::new());
        let pages = self.pages(joined, &[], rebreak);
        self.rollback();
        let now = self.rate(joined, &pages, 0);
        // The paragraphs set a line longer or shorter go back to how they were.
        let mut saved = Vec::new();
        let mut undone = true;
        for &change in &set.plan {
            if let Change::Looseness(b, n) = change {
                saved.push((b, self.blocks[b].lines.clone(), self.asks[b]));
                let ask = Ask {
                    unhyphenated: None,
                    looseness: self.asks[b].looseness - n,
                    tight: false,
                    stretch: false,
                };
                undone &= self.reset(b, ask, rebreak).is_some();
            }
        }
        let mut both = None;
        if undone {
            self.journal = Some(Vec::new());
            let pages = self.pages(set.span, &[], rebreak);
            self.rollback();
            let bare = self.set(set.span, &[], pages, 0);
            both = self.back(&[prev], &bare, Some((now.0, now.1)), rebreak);
        }
        self.trading = false;
        if both.is_none() {
            for (b, lines, ask) in saved.into_iter().rev() {
                self.replace(b, lines, ask);
            }
        }
        both
    }
}

fn lines_that_fit(lines: &[SetLine], room: f32) -> usize {
    let mut used = 0.0;
    let mut n = 0;
    for l in lines {
        // A hair of tolerance: accumulated float error must not cost a line.
        if used + l.height > room + 0.01 {
            break;
        }
        used += l.height;
        n += 1;
    }
    n
}

/// The story's first block on the body grid, where blocks off it (a heading, an
/// author's note) come before it.
fn opening(blocks: &[VBlock]) -> Option<usize> {
    let i = blocks.iter().position(|b| b.grid.is_some())?;
    (i > 0 && blocks[..i].iter().all(|b| !b.flex)).then_some(i)
}
