//! Line-breaking stage: Knuth–Plass total-fit over boxes, glue and penalties.
//!
//! Input: a paragraph as [`Item`]s (widths in points) and the measure. Output: the chosen
//! [`Line`]s, each with its adjustment ratio. The whole paragraph is considered at once so
//! a tight line early can buy an even paragraph later. If no set of breaks keeps every
//! line within the tolerance, a first-fit pass is used instead; neither ever sets a line
//! wider than the measure unless a single unbreakable box is wider than the measure.

/// A penalty this large forbids a break; its negation forces one.
pub const INFINITY: f32 = 10_000.0;
/// Lines may stretch to this ratio in the first, strict pass. Book measures are narrow
/// (about 60 characters), so TeX's default of 1 fails too often; 2 still looks even.
const STRICT_TOLERANCE: f32 = 2.0;
/// Second pass for paragraphs with long unbreakable words: loose, but still total-fit.
pub(crate) const LOOSE_TOLERANCE: f32 = 8.0;
/// House rule: never two hyphenated lines in a row (a "ladder" of hyphens is the most
/// visible flaw of justified text).
pub const MAX_CONSECUTIVE_HYPHENS: u8 = 1;
/// A line whose glue stretches past this ratio is loose when judging whether a hyphen
/// earned its place (see [`Breaker::break_with`]): word spaces about 1.45 times their
/// width, a little under the 1.5 at which `tools/pdf-figures.py` calls a line loose,
/// since the gaps it measures also hold a letter-spaced line's tracking and a face's
/// own space. Measured on the four test anthologies: at 1.0, lines the rule let through
/// at 0.95 measured 1.52 and anthology3's print loose lines rose by two; at 0.9 no
/// book's loose lines rose.
pub(crate) const LOOSE_RATIO: f32 = 0.9;
/// A line whose glue stretches past this ratio (word spaces twice their width) is very
/// loose.
const VERY_LOOSE_RATIO: f32 = 2.0;
/// Prices per line, in demerits, past those pagination pays for a line more or fewer
/// (compose's looseness prices end at 600,000, about one line at the strict tolerance):
/// tried only as a last resort, where no legal setting of a page or spread exists
/// without such a line (TeX's `\emergencystretch`), up to the price of several lines
/// set near twice their spaces.
const LAST_RESORT_PRICES: [f32; 6] = [1.5e6, 4e6, 1e7, 3e7, 1e8, 3e8];

/// A paragraph's last line that ends within this share of the measure (about half an
/// em on a book measure) reads as a full line: the paragraph's end is hidden, and at a
/// page foot it passes for a line whose paragraph goes on overleaf (an orphan, to a
/// reader and to `tools/pdf-figures.py`). The breaker prices such a last line;
/// pagination keeps it from a page's foot.
pub const FULL_LAST_LINE: f32 = 0.02;

mod first_fit;
mod sums;
#[cfg(test)]
mod tests;
mod total_fit;

pub use first_fit::first_fit;
use first_fit::{first_fit_with, letter_space};
use sums::Sums;
use total_fit::{Node, total_fit_with};

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// Material that cannot be broken or resized (a word or a part of one).
    Box,
    /// Breakable, resizable space.
    Glue,
    /// A possible break with a cost (a hyphenation point, or the forced end).
    Penalty,
}

/// One element of a paragraph to break.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    /// Box, glue or penalty.
    pub kind: Kind,
    /// Natural width (for a penalty: the width added if the line breaks here, a hyphen).
    pub width: f32,
    /// How far glue may stretch.
    pub stretch: f32,
    /// How far glue may shrink.
    pub shrink: f32,
    /// Cost of breaking at a penalty.
    pub penalty: f32,
    /// A hyphenation break (counted for the consecutive-hyphen rules).
    pub flagged: bool,
    /// For a box: how far its last glyph may hang into the right margin when a line
    /// ends right after it (margin kerning: a full stop, comma, quote or dash).
    pub protrude: f32,
}

impl Item {
    /// A box of `width`.
    pub fn boxed(width: f32) -> Item {
        Item {
            kind: Kind::Box,
            width,
            stretch: 0.0,
            shrink: 0.0,
            penalty: 0.0,
            flagged: false,
            protrude: 0.0,
        }
    }

    /// A box of `width` whose last glyph may hang `protrude` into the right margin.
    pub fn hanging(width: f32, protrude: f32) -> Item {
        Item {
            protrude,
            ..Item::boxed(width)
        }
    }
    /// Glue of natural `width`.
    pub fn glue(width: f32, stretch: f32, shrink: f32) -> Item {
        Item {
            kind: Kind::Glue,
            width,
            stretch,
            shrink,
            ..Item::boxed(0.0)
        }
    }
    /// A penalty.
    pub fn penalty(width: f32, penalty: f32, flagged: bool) -> Item {
        Item {
            kind: Kind::Penalty,
            width,
            penalty,
            flagged,
            ..Item::boxed(0.0)
        }
    }
    /// Whether a line must end here: a penalty of `-INFINITY` (a paragraph's end, a
    /// line break the writer typed).
    #[inline]
    pub fn forces_break(&self) -> bool {
        self.kind == Kind::Penalty && self.penalty <= -INFINITY
    }
}

/// One line chosen by the breaker.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Line {
    /// Index of the first item set on the line.
    pub start: usize,
    /// Index of the break item (not set, except a flagged penalty's hyphen).
    pub end: usize,
    /// Adjustment ratio: glue is stretched (positive) or shrunk (negative) by this much.
    pub ratio: f32,
    /// The line ends with a hyphen.
    pub hyphenated: bool,
    /// Letter-spacing: every box is set this share wider (0 unless the spaces alone
    /// would open up and [`Options::letter_spacing`] allows it).
    pub track: f32,
}

/// Breaks `items` into lines of `measure` points: total-fit, then a looser total-fit,
/// then first-fit. The items must end with a forced break (penalty of `-INFINITY`).
pub fn break_lines(items: &[Item], measure: f32) -> Vec<Line> {
    Breaker::default().break_lines(items, measure)
}

/// How a paragraph may be broken beyond its items.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Options {
    /// Most letter-spacing a justified line may take, as a share of its letters' width,
    /// once its word spaces are stretched about 1.4 times (0: none).
    pub letter_spacing: f32,
    /// Demerits taken off every line: positive favours one line more, negative one
    /// line fewer (TeX's `\looseness`, reached by a price rather than a count).
    pub line_bonus: f32,
    /// Set without hyphens: the flagged breaks (a dictionary hyphen, a word's own
    /// hyphen) are not taken, unless no setting within the tolerances exists and
    /// first-fit, the last resort, takes them.
    pub no_hyphens: bool,
    /// Demerits added to every hyphenated break on top of its penalty's (dearer on a
    /// narrow measure, where more lines would be loose without one).
    pub hyphen_demerits: f32,
    /// Letter-spacing a justified line may take beyond [`Options::letter_spacing`] on
    /// a narrow measure. This and `hyphen_demerits` are used only where they cost the
    /// paragraph no line more (see [`Breaker::break_with`]).
    pub extra_spacing: f32,
    /// Pagination's last resort (see [`Breaker::break_last_resort`]): word spaces may
    /// shrink all the way and letters close up twice as far.
    pub last_resort: bool,
}

/// A line breaker that keeps its working memory from paragraph to paragraph.
#[derive(Default)]
pub struct Breaker {
    sums: Sums,
    nodes: Vec<Node>,
    active: Vec<usize>,
    next: Vec<usize>,
}

impl Breaker {
    /// As [`break_lines`].
    pub fn break_lines(&mut self, items: &[Item], measure: f32) -> Vec<Line> {
        self.break_with(items, measure, &Options::default())
    }

    /// As [`break_lines`], with letter-spacing or a looseness bonus.
    ///
    /// A hyphen must earn its place: a paragraph whose best setting ends a line in a
    /// hyphen (a dictionary break or the word's own hyphen) is set again without any,
    /// and that setting is kept if it has no more loose lines ([`LOOSE_RATIO`]) and no
    /// more very loose ones than the hyphenated one: a hyphen that saves no loose line
    /// is a flaw bought for nothing, as TeX's first pass without hyphenation holds (a
    /// paragraph that sets within `\pretolerance` is not hyphenated). Measured on the
    /// four test anthologies (with a word's own hyphen priced at 300): lines ending in a
    /// hyphen fell from 28 to 26 of 657 full lines on the fourth's screen setting and
    /// from 27 to 26 of 633 in print, and by up to a fifth on the others, with no
    /// book's loose lines up by more than one and one very loose line fewer. When a looseness
    /// bonus asks for a line more or fewer, the hyphen stays if the setting without
    /// it has another number of lines.
    ///
    /// On a narrow measure the options carry dearer hyphens and more letter-spacing
    /// ([`Options::hyphen_demerits`], [`Options::extra_spacing`]): the paragraph is set
    /// without them and, if that setting has a hyphen or a line spaced open, again with
    /// them, and the second is kept if it has no more lines. Measured on ten anthologies
    /// at four trims (80 books): lines ending in a hyphen fell from 2,034 to 1,749 (at
    /// 5×8in from 766 to 538), loose lines from 2,919 to 2,772 and very loose ones from
    /// 288 to 263.
    pub fn break_with(&mut self, items: &[Item], measure: f32, opts: &Options) -> Vec<Line> {
        // The sums serve every setting below (the items do not change between them).
        self.sums.fill(items);
        if opts.hyphen_demerits <= 0.0 && opts.extra_spacing <= 0.0 {
            return self.break_once(items, measure, opts);
        }
        // A narrow measure's allowances (hyphens dearer, letters spaced further) are
        // taken only where they set the paragraph in no more lines than without them: a
        // line more for a hyphen fewer is a page's balance upset for a lesser flaw.
        let plain = Options {
            hyphen_demerits: 0.0,
            extra_spacing: 0.0,
            ..*opts
        };
        let lines = self.break_once(items, measure, &plain);
        // A setting with no hyphen and no line spaced open has nothing to gain.
        if !lines
            .iter()
            .any(|l| l.hyphenated || l.track > 0.0 || l.ratio > LOOSE_RATIO)
        {
            return lines;
        }
        let narrow = Options {
            letter_spacing: opts.letter_spacing + opts.extra_spacing,
            extra_spacing: 0.0,
            ..*opts
        };
        let set = self.break_once(items, measure, &narrow);
        let no_longer = if opts.line_bonus == 0.0 {
            set.len() <= lines.len()
        } else {
            set.len() == lines.len()
        };
        if no_longer { set } else { lines }
    }

    /// The paragraph set in `want` lines, `more` than its best setting (else fewer), at
    /// the least price per line past the usual ones ([`LAST_RESORT_PRICES`]) that gives
    /// that count, where no line then stretches past [`VERY_LOOSE_RATIO`] (word spaces
    /// twice their width) or runs over the measure; `None` if no such setting is found.
    /// The options' line bonus is replaced.
    pub fn break_last_resort(
        &mut self,
        items: &[Item],
        measure: f32,
        opts: &Options,
        (want, more): (usize, bool),
    ) -> Option<Vec<Line>> {
        for price in LAST_RESORT_PRICES {
            let opts = Options {
                line_bonus: if more { price } else { -price },
                last_resort: true,
                ..*opts
            };
            let lines = self.break_with(items, measure, &opts);
            let fair = |l: &Line| l.ratio <= VERY_LOOSE_RATIO && l.ratio >= -1.0;
            if lines.len() == want && lines.iter().all(fair) {
                return Some(lines);
            }
            // Past the count wanted: a dearer price only goes further.
            if (lines.len() > want) == more && lines.len() != want {
                return None;
            }
        }
        None
    }

    /// [`Breaker::break_with`] with the options as they are.
    fn break_once(&mut self, items: &[Item], measure: f32, opts: &Options) -> Vec<Line> {
        let Some(lines) = self.total_fit(items, measure, opts) else {
            let mut lines = first_fit_with(items, &self.sums, measure);
            letter_space(&mut lines, &self.sums, opts.letter_spacing);
            return lines;
        };
        if opts.no_hyphens || !lines.iter().any(|l| l.hyphenated) {
            return lines;
        }
        let plain = Options {
            no_hyphens: true,
            ..*opts
        };
        let Some(without) = self.total_fit(items, measure, &plain) else {
            return lines;
        };
        let count = |ls: &[Line], above: f32| ls.iter().filter(|l| l.ratio > above).count();
        // A setting a line longer or shorter, asked for to fill a page, may keep the
        // hyphen that gives it that line: a page ending short is the greater flaw.
        let same_length = opts.line_bonus == 0.0 || without.len() == lines.len();
        if same_length
            && count(&without, LOOSE_RATIO) <= count(&lines, LOOSE_RATIO)
            && count(&without, VERY_LOOSE_RATIO) <= count(&lines, VERY_LOOSE_RATIO)
        {
            without
        } else {
            lines
        }
    }

    /// Total-fit within the strict tolerance, or the loose one if the strict setting
    /// fails or leaves a hyphen fragment alone on the last line; `None` if neither sets
    /// the paragraph. The sums must be those of `items`.
    fn total_fit(&mut self, items: &[Item], measure: f32, opts: &Options) -> Option<Vec<Line>> {
        let Breaker {
            sums,
            nodes,
            active,
            next,
        } = self;
        let mut scratch = (nodes, active, next);
        let strict = total_fit_with(items, sums, (measure, STRICT_TOLERANCE), opts, &mut scratch);
        // A strict setting that must leave a hyphen fragment alone on the last line
        // ("Pemberton-" / "Oduya.") is compared with the loose one: one looser line is
        // the lesser flaw.
        let fragment = |lines: &[Line]| match lines {
            [.., before, last] => {
                before.hyphenated && sums.stretch(last.start, last.end - 1) <= 0.0
            }
            _ => false,
        };
        let loose = match &strict {
            Some((lines, _)) if !fragment(lines) => None,
            _ => total_fit_with(items, sums, (measure, LOOSE_TOLERANCE), opts, &mut scratch),
        };
        let best = match (strict, loose) {
            (Some(s), Some(l)) => Some(if l.1 < s.1 { l } else { s }),
            (s, l) => s.or(l),
        };
        best.map(|(lines, _)| lines)
    }
}
