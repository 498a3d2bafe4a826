//! Pagination stage, filling: one page from a cursor by the rules alone (no widow, no
//! orphan, no stranded head, no hyphen at the foot), and the trial journal that lets
//! balancing try a change and take it back.

use super::keep::{keep_height, min_height, step};
use super::{
    Ask, BASELINE_SHARE, Balance, FULL_LAST_LINE, MIN_LINES, Rebreak, VBlock, lines_that_fit,
};
use crate::render::pdf::compose::SetLine;
use crate::render::pdf::frame::{Flow, LineKind};
use std::cell::Cell;

/// Whether a paragraph's last line `l` reads as a full one in a measure `measure` wide:
/// its material ends within [`FULL_LAST_LINE`] of the right margin, or, in a line with
/// right-to-left text (set flush right, so it always ends there), starts within it of
/// the left margin.
fn full_line(l: &SetLine, measure: f32) -> bool {
    if l.runs.iter().all(|r| r.flow == Flow::Ltr) {
        return l.end >= measure * (1.0 - FULL_LAST_LINE);
    }
    let glyphs = l.runs.iter().flat_map(|r| &r.glyphs);
    glyphs.map(|g| g.x).fold(f32::INFINITY, f32::min) <= measure * FULL_LAST_LINE
}

/// Lines of white that a closing note's heading keeps above it at least, where its
/// full white (two lines) would send it to the next page: with the room its own smaller
/// line leaves above its letters, about a blank line still shows between story and note.
const NOTE_WHITE: f32 = 0.75;

/// A line on a page being made: its baseline and its block (lines of a block are
/// placed in order, so the block is enough).
pub(crate) type Slot = (f32, usize);

/// Where pagination stands: the next line to place, and whether nothing is placed yet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Cursor {
    pub(crate) block: usize,
    pub(crate) line: usize,
    pub(crate) fresh: bool,
}

/// A page as filled: its lines, where the next page starts, how far down it ends, and
/// how far down its text ends (a scene break's ornament at the foot is white and a
/// mark, not text: facing pages are level when their text is).
#[derive(Clone)]
pub(crate) struct Fill {
    pub(crate) page: Vec<Slot>,
    pub(crate) next: Cursor,
    pub(crate) bottom: f32,
    pub(crate) text_bottom: f32,
}

/// A change tried to even a page or spread: a paragraph set a line longer or shorter,
/// or a page (by its place in the span tried: 0 the first) ended a line early, or the
/// first `n` scene breaks on a page (or on every page: `plan::EVERY_PAGE`) a line
/// taller, or on a page a line more of white above the story's first line (under the
/// opener's heading or author's note), or a line less there (see `lift`), or a scene
/// break's ornament (by its block) set in one line, its white given up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Change {
    Looseness(usize, i32),
    Short(usize),
    Flex(usize, usize),
    Gap(usize),
    Lift(usize),
    Tight(usize),
}

/// How a page ends, as [`Pager::foot`] judges it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Foot {
    /// On a line a reader reads rightly.
    Clear,
    /// On a paragraph's last line that reads as full: balancing ends the page a line
    /// early if it may, at no paragraph's cost, and prefers a change that avoids it.
    Ambiguous,
    /// On a line that reads as a paragraph's first: as bad as an orphan.
    Orphan,
}

/// One chapter being paginated: its blocks as last set, and how each was asked for.
pub(crate) struct Pager {
    pub(crate) blocks: Vec<VBlock>,
    pub(crate) asks: Vec<Ask>,
    pub(crate) height: f32,
    pub(crate) balance: Balance,
    /// While a change is tried: each block's setting before the trial changed it.
    pub(crate) journal: Option<Vec<(usize, Vec<SetLine>, Ask)>>,
    /// Lines of the story that go over with a closing note that does not fit under
    /// them (0: the note goes over alone).
    pub(crate) carry: usize,
    /// Whether a page was ended early to carry lines over with a closing note.
    pub(crate) carried: bool,
    /// Per block, the lines ending in a hyphen in its best setting: what a paragraph
    /// set a line longer or shorter adds is counted against it.
    pub(crate) natural: Vec<usize>,
    /// Per block, the loose lines (see `SetLine::loose`) in its best setting.
    pub(crate) natural_loose: Vec<usize>,
    /// While a hyphen a paragraph set a line longer or shorter added is traded for
    /// lines short: hyphens are priced (see `plan::HYPHEN_PRICE`), and no paragraph is
    /// set looser (that would trade it for loose lines).
    pub(crate) trading: bool,
    /// Whether a paragraph may be set a line longer to fill a page (else pages end a
    /// line short instead).
    pub(crate) loosen: bool,
    /// The story's first block on the body grid after blocks off it (the opener's
    /// heading, the author's note): the white above it may take a line more.
    pub(crate) opening: Option<usize>,
    /// Pages (by their place in the chapter) set differently from the start, whatever
    /// the search makes of them after: lines cut, scene breaks widened, white above the
    /// story's first line (see `reflow`).
    pub(crate) forced: Vec<(usize, super::window::Base)>,
    /// The chapter's page that the unit being set starts on.
    pub(crate) page_at: usize,
    /// After a run: the first page of each page or spread that still breaks a rule.
    pub(crate) broken: Vec<usize>,
    /// Per block, what it drags along on its page (see `keep_height`) once worked out,
    /// NaN until then or since a block that it reaches was set again: a run of
    /// keep-with-next blocks is walked once per block, not once per page tried.
    pub(crate) keeps: Vec<Cell<f32>>,
}

impl Pager {
    /// Block `b` set again as `ask`; `None` (and nothing changed) if it cannot be.
    pub(crate) fn reset(
        &mut self,
        b: usize,
        ask: Ask,
        rebreak: &mut Rebreak,
    ) -> Option<&[SetLine]> {
        let again = rebreak(b, ask)?;
        self.replace(b, again, ask);
        Some(&self.blocks[b].lines)
    }

    /// Block `b` takes `lines`, set as `ask`; a trial remembers what it had.
    pub(crate) fn replace(&mut self, b: usize, lines: Vec<SetLine>, ask: Ask) {
        let old = std::mem::replace(&mut self.blocks[b].lines, lines);
        self.forget(b);
        let old_ask = std::mem::replace(&mut self.asks[b], ask);
        if let Some(j) = &mut self.journal
            && !j.iter().any(|(k, ..)| *k == b)
        {
            j.push((b, old, old_ask));
        }
    }

    /// Undoes the trial's changes.
    pub(crate) fn rollback(&mut self) {
        for (b, lines, ask) in self.journal.take().unwrap_or_default().into_iter().rev() {
            self.blocks[b].lines = lines;
            self.asks[b] = ask;
            self.forget(b);
        }
    }

    /// What block `i` drags along on its page (see [`keep_height`]), worked out once.
    fn keeps(&self, i: usize) -> f32 {
        let known = self.keeps[i].get();
        if !known.is_nan() {
            return known;
        }
        let h = keep_height(&self.blocks, i, self.height);
        self.keeps[i].set(h);
        h
    }

    /// Forgets what block `b`, set again, and the run of keep-with-next blocks right
    /// before it (whose walks reach it) drag along.
    fn forget(&self, b: usize) {
        self.keeps[b].set(f32::NAN);
        for k in (0..b).rev().take_while(|&k| self.blocks[k].keep_with_next) {
            self.keeps[k].set(f32::NAN);
        }
    }

    /// How page `f` ends, to a reader: on a line of a paragraph's end that reads as a
    /// full line (it ends within [`FULL_LAST_LINE`] of the measure) with the chapter
    /// going on overleaf, the reader takes the paragraph to go on, and the indent
    /// overleaf then jars. If that line is also the paragraph's first (a one-line
    /// paragraph, or a verse line after a short one), the page seems to end on a
    /// paragraph's first line: an orphan, to a reader and to `tools/pdf-figures.py`.
    pub(crate) fn foot(&self, f: &Fill) -> Foot {
        let mut slots = f.page.iter().rev().map(|&(_, b)| b);
        let Some(mut b) = slots.next() else {
            return Foot::Clear;
        };
        if f.next.block >= self.blocks.len() {
            return Foot::Clear;
        }
        // A scene break's ornament at the foot: the text line above it is the one read
        // (and extracted, the ornament being an artifact) as the page's last.
        if self.blocks[b].flex && f.next.block != b {
            match slots.find(|&p| p != b) {
                Some(p) => b = p,
                None => return Foot::Clear,
            }
        }
        let lines = &self.blocks[b].lines;
        // The page's last line: inside block b if the page ends in it, else its last.
        let k = if f.next.block == b {
            f.next.line - 1
        } else {
            lines.len() - 1
        };
        let full = |l: &SetLine| full_line(l, self.balance.measure);
        if lines[k].kind != LineKind::Last || !full(&lines[k]) {
            Foot::Clear
        } else if k == 0 || lines[k - 1].kind == LineKind::Last {
            Foot::Orphan
        } else {
            Foot::Ambiguous
        }
    }

    /// Whether what must follow block `i` on its page fits under it when it ends at `y`
    /// on a page `height` tall. A closing note (see [`VBlock::keep_with_previous`])
    /// never stands alone: at least `carry` lines of what comes before it go with
    /// it, so a block that ends fewer lines above it must see the blocks up to the
    /// note, its space, least height and what it keeps with, fit under it.
    fn follows(&self, i: usize, mut y: f32, height: f32) -> bool {
        let mut after = 0;
        for (j, next) in self.blocks.iter().enumerate().skip(i + 1) {
            if after >= self.carry {
                return true;
            }
            let mut space = next.space_before;
            if let Some(g) = next.grid.filter(|g| *g > 0.0) {
                space = ((y + space - 0.01) / g).ceil() * g - y;
            }
            if next.keep_with_previous {
                let need = min_height(next) + self.keeps(j);
                return y + self.tight(space) + need <= height + 0.01;
            }
            y += space + next.lines.iter().map(|l| l.height).sum::<f32>();
            after += next.lines.len();
        }
        true
    }

    /// The least white above a closing note's heading whose full white is `space`:
    /// [`NOTE_WHITE`] lines (never more than `space`). The white is glue that shrinks,
    /// as in TeX: a note a little too tall for the room under the story's end comes up with less
    /// white above it, rather than going over and taking the story's last lines with it
    /// (which leaves the page before it lines short).
    pub(crate) fn tight(&self, space: f32) -> f32 {
        match self.balance.leading.is_finite() {
            true => space.min(self.balance.leading * NOTE_WHITE),
            false => space,
        }
    }

    /// Lines short of a full page when a page ends at `bottom`, to the nearest line: a
    /// scene break's ornament sits half a line off the grid, and one whose line ends
    /// one and a half lines above the foot leaves as much white under it as two
    /// lines of text would.
    pub(crate) fn short(&self, bottom: f32) -> usize {
        ((self.height - bottom) / self.balance.leading + 0.51).max(0.0) as usize
    }

    /// Fills one page from `cur`, starting `drop` points down, `cut` lines shorter than
    /// the area, by the rules alone (greedy); the first `flex` flexible blocks on the
    /// page (not at its top) take a line more of white, half above and half below, and
    /// the story's opening block `gap` lines more above it.
    pub(crate) fn fill(
        &mut self,
        cur: Cursor,
        drop: f32,
        base: (usize, usize, usize),
        rebreak: &mut Rebreak,
    ) -> Fill {
        let (f, held) = self.fill_with(cur, drop, base, false, rebreak);
        // A closing note (with the story's last lines) held over: the quotes on the
        // page give half their white above and below, if that brings more up.
        if held && f.page.iter().any(|&(_, b)| self.gives(b)) {
            let (g, _) = self.fill_with(cur, drop, base, true, rebreak);
            if (g.next.block, g.next.line) > (f.next.block, f.next.line) {
                return g;
            }
        }
        f
    }

    /// Whether block `b` may give half its white above and below (see
    /// [`VBlock::give`]): the block after it stands a line apart.
    fn gives(&self, b: usize) -> bool {
        let lead = self.balance.leading;
        self.blocks[b].give
            && lead.is_finite()
            && (self.blocks.get(b + 1)).is_some_and(|n| n.space_before >= lead - 0.01)
    }

    /// As [`Pager::fill`], the quotes giving their white if `give`; and whether a
    /// closing note, or the story's last lines with it, was held over to the next
    /// page.
    fn fill_with(
        &mut self,
        mut cur: Cursor,
        drop: f32,
        (cut, mut flex, gap): (usize, usize, usize),
        give: bool,
        rebreak: &mut Rebreak,
    ) -> (Fill, bool) {
        let lead = if self.balance.leading.is_finite() {
            self.balance.leading
        } else {
            0.0
        };
        let height = self.height - cut as f32 * lead;
        let mut page: Vec<Slot> = Vec::new();
        let mut y = drop;
        let (mut bottom, mut text_bottom) = (drop, drop);
        let mut held = false;
        while cur.block < self.blocks.len() {
            step();
            let i = cur.block;
            let mut after = 0.0;
            if cur.line == 0 {
                let block = &self.blocks[i];
                let mut space = if cur.fresh { 0.0 } else { block.space_before };
                // A scene break asked to give up its white (see `VBlock::tight`) is
                // not widened.
                let tight = self.asks[i].tight && !page.is_empty();
                let widen = block.flex && flex > 0 && !page.is_empty() && !tight;
                if widen {
                    space += lead * 0.5;
                    after = lead * 0.5;
                }
                if self.opening == Some(i) && !page.is_empty() {
                    space += self.opening_white(gap) * lead;
                }
                let giving = tight || (give && !page.is_empty() && self.gives(i));
                if giving {
                    // Half a line above and half below; off the grid between them (a
                    // scene break's ornament: on it, the half lines it had).
                    space -= lead * 0.5;
                    after = -lead * 0.5;
                } else if let Some(g) = block.grid.filter(|g| *g > 0.0) {
                    // A hair of tolerance: a top already on the grid must not move a line down.
                    let snapped = ((y + space - 0.01) / g).ceil() * g;
                    space = snapped - y;
                }
                let need = min_height(block) + after.max(0.0) + self.keeps(i);
                if !page.is_empty() && y + space + need > height + 0.01 {
                    // A closing note's white gives up what it must to fit (see `tight`).
                    if !block.keep_with_previous || y + self.tight(space) + need > height + 0.01 {
                        held |= block.keep_with_previous;
                        break;
                    }
                    space = (height - y - need).max(self.tight(space));
                }
                if !page.is_empty() {
                    y += space;
                }
                if widen {
                    flex -= 1;
                }
            }
            let breakable = self.blocks[i].breakable;
            let mut whole = cur.line == 0;
            let mut carried = false;
            let take = loop {
                let lines = &self.blocks[i].lines[cur.line..];
                let mut fit = lines_that_fit(lines, height - y);
                // A closing note that will not follow this block's end on this page
                // takes the block's last lines over with it.
                if fit >= lines.len()
                    && !self.follows(i, y + lines.iter().map(|l| l.height).sum::<f32>(), height)
                {
                    fit = lines.len() - 1;
                    carried = true;
                }
                let take = if fit >= lines.len() {
                    lines.len()
                } else if !breakable || lines.len() < 2 * MIN_LINES {
                    0
                } else {
                    // Leave at least MIN_LINES for the next page (no widow) and take at
                    // least MIN_LINES here (no orphan); otherwise move the rest over.
                    let mut t = fit.min(lines.len() - MIN_LINES);
                    // No hyphen at a page foot: the reader would carry half a word over
                    // the page turn (over a leaf turn in print). Set the paragraph again
                    // with that line whole, or leave one line less here.
                    if t >= MIN_LINES && lines[t - 1].ends_in_hyphen() {
                        if whole {
                            whole = false;
                            let ask = Ask {
                                unhyphenated: Some(t - 1),
                                ..self.asks[i]
                            };
                            if let Some(again) = rebreak(i, ask)
                                && again.get(t - 1).is_some_and(|l| !l.ends_in_hyphen())
                            {
                                self.replace(i, again, ask);
                                continue;
                            }
                        }
                        if t > MIN_LINES {
                            t -= 1;
                        }
                    }
                    // Lines kept as typed (verse, a chat log) are paragraphs of their own
                    // inside the block: no line's turnover alone at the page top, no
                    // turned line's first part alone at the foot.
                    let turned = |k: usize| lines[k].kind != LineKind::Last;
                    let starts = |k: usize| k == 0 || !turned(k - 1);
                    while t > MIN_LINES && turned(t - 1) && (!turned(t) || starts(t - 1)) {
                        t -= 1;
                    }
                    if t >= MIN_LINES { t } else { 0 }
                };
                // A block taller than a page, or one line on an empty page: set it anyway.
                break if take == 0 && page.is_empty() {
                    fit.max(1).min(lines.len())
                } else {
                    take
                };
            };
            self.carried |= carried;
            held |= carried;
            for l in &self.blocks[i].lines[cur.line..cur.line + take] {
                page.push((y + l.height * BASELINE_SHARE, i));
                y += l.height;
            }
            // The page ends at its last line: not below the white a widened scene
            // break takes under it, nor below the space of a block that moved over.
            if take > 0 {
                bottom = y;
                if !self.blocks[i].flex {
                    text_bottom = y;
                }
            }
            cur.line += take;
            cur.fresh = false;
            // A flexible block is never split (it is one line): the rest of its white.
            y += after;
            if cur.line < self.blocks[i].lines.len() {
                break;
            }
            cur.block += 1;
            cur.line = 0;
        }
        let f = Fill {
            page,
            next: cur,
            bottom,
            text_bottom,
        };
        (f, held)
    }
}
