//! Line-breaking stage: Knuth–Plass total-fit over boxes, glue and penalties.
//!
//! Input: a paragraph as [`Item`]s (widths in points) and the measure. Output: the chosen
//! [`Line`]s, each with its adjustment ratio. The whole paragraph is considered at once so
//! a tight line early can buy an even paragraph later. If no set of breaks keeps every
//! line within the tolerance, a first-fit pass is used instead; neither ever sets a line
//! wider than the measure unless a single unbreakable box is wider than the measure.

/// A penalty this large forbids a break; its negation forces one.
pub const INFINITY: f32 = 10_000.0;

/// Added to every line's badness before squaring: prefers fewer lines when spacing ties.
const LINE_PENALTY: f32 = 10.0;
/// Extra demerits when two hyphenated lines follow each other (a "ladder" starts).
const DOUBLE_HYPHEN_DEMERITS: f32 = 3_000.0;
/// Extra demerits when a very loose line follows a very tight one (or the reverse): the
/// change in colour is more visible than either line alone.
const ADJACENT_FITNESS_DEMERITS: f32 = 3_000.0;
/// Extra demerits when the second-to-last line ends with a hyphen (TeX's
/// `\finalhyphendemerits`): the word's tail then makes up most of a short last line
/// ("wor-" / "ried."), the most visible hyphen in a paragraph.
const FINAL_HYPHEN_DEMERITS: f32 = 5_000.0;
/// Extra demerits when a paragraph's last line is only the tail of a word hyphenated
/// on the line before ("af-" / "terward."): more than any spacing short of the
/// tolerance costs, so it happens only when no other way to set the paragraph exists.
const FRAGMENT_DEMERITS: f32 = 2_000_000.0;
/// A last line narrower than this share of the measure (about six characters) reads as
/// a stray fragment, all the more at a page top.
const SHORT_LAST_LINE: f32 = 0.1;
/// Extra demerits for such a last line: about one line at TeX's default tolerance
/// (badness 200, gaps about 1.6 times normal: (10 + 200)² ≈ 44,000), so a paragraph is
/// rebroken a little looser to avoid it, but never into lines looser than TeX accepts.
const SHORT_LAST_LINE_DEMERITS: f32 = 40_000.0;
/// Lines may stretch to this ratio in the first, strict pass. Book measures are narrow
/// (about 60 characters), so TeX's default of 1 fails too often; 2 still looks even.
const STRICT_TOLERANCE: f32 = 2.0;
/// Second pass for paragraphs with long unbreakable words: loose, but still total-fit.
const LOOSE_TOLERANCE: f32 = 8.0;
/// Most active breakpoints total-fit keeps. Active nodes are those a line could still
/// start from: about a line's worth of breakpoints times twelve classes, a few hundred
/// even for one-letter words in ragged text. Beyond this the paragraph is degenerate
/// (a measure hundreds of words wide) and first-fit sets it in linear time and memory.
const MAX_ACTIVE: usize = 4_096;
/// House rule: never two hyphenated lines in a row (a "ladder" of hyphens is the most
/// visible flaw of justified text).
pub const MAX_CONSECUTIVE_HYPHENS: u8 = 1;

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
}

/// Breaks `items` into lines of `measure` points: total-fit, then a looser total-fit,
/// then first-fit. The items must end with a forced break (penalty of `-INFINITY`).
pub fn break_lines(items: &[Item], measure: f32) -> Vec<Line> {
    Breaker::default().break_lines(items, measure)
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
        self.sums.fill(items);
        let Breaker {
            sums,
            nodes,
            active,
            next,
        } = self;
        let mut scratch = (nodes, active, next);
        total_fit_with(items, sums, measure, STRICT_TOLERANCE, &mut scratch)
            .or_else(|| total_fit_with(items, sums, measure, LOOSE_TOLERANCE, &mut scratch))
            .unwrap_or_else(|| first_fit_with(items, sums, measure))
    }
}

/// Width, stretch and shrink of the items before an index, summed.
#[derive(Clone, Copy)]
struct Sum {
    width: f32,
    stretch: f32,
    shrink: f32,
}

/// Running sums over a paragraph: entry `i` covers items `..i`, so any line's totals
/// are one subtraction.
#[derive(Default)]
struct Sums(Vec<Sum>);

impl Sums {
    fn new(items: &[Item]) -> Sums {
        let mut s = Sums::default();
        s.fill(items);
        s
    }

    /// The sums over `items`, replacing what was here.
    fn fill(&mut self, items: &[Item]) {
        let s = &mut self.0;
        s.clear();
        s.reserve(items.len() + 1);
        let mut last = Sum {
            width: 0.0,
            stretch: 0.0,
            shrink: 0.0,
        };
        s.push(last);
        for it in items {
            let (w, st, sh) = match it.kind {
                Kind::Penalty => (0.0, 0.0, 0.0),
                _ => (it.width, it.stretch, it.shrink),
            };
            last = Sum {
                width: last.width + w,
                stretch: last.stretch + st,
                shrink: last.shrink + sh,
            };
            s.push(last);
        }
    }

    /// Adjustment ratio of a line from item `start` to a break at `end`.
    fn ratio(&self, items: &[Item], start: usize, end: usize, measure: f32) -> f32 {
        let (s, e) = (self.0[start], self.0[end]);
        let mut natural = e.width - s.width;
        if items[end].kind == Kind::Penalty {
            natural += items[end].width;
        }
        // Margin kerning: punctuation ending the line hangs into the margin.
        let hangs = match items[end].kind {
            Kind::Glue => true,
            Kind::Penalty => !items[end].flagged && items[end].width == 0.0,
            Kind::Box => false,
        };
        if hangs && end > start && items[end - 1].kind == Kind::Box {
            natural -= items[end - 1].protrude;
        }
        let stretch = e.stretch - s.stretch;
        let shrink = e.shrink - s.shrink;
        if natural < measure {
            if stretch > 0.0 {
                (measure - natural) / stretch
            } else {
                INFINITY
            }
        } else if natural > measure {
            if shrink > 0.0 {
                (measure - natural) / shrink
            } else {
                -INFINITY
            }
        } else {
            0.0
        }
    }

    /// Stretch of items `start..end`.
    fn stretch(&self, start: usize, end: usize) -> f32 {
        self.0[end.max(start)].stretch - self.0[start].stretch
    }

    /// Natural width of items `start..end`, the break item not counted.
    fn width(&self, start: usize, end: usize) -> f32 {
        self.0[end].width - self.0[start].width
    }
}

/// Whether a line may end at item `i`.
fn is_breakpoint(items: &[Item], i: usize) -> bool {
    match items[i].kind {
        Kind::Penalty => items[i].penalty < INFINITY,
        Kind::Glue => i > 0 && items[i - 1].kind == Kind::Box,
        Kind::Box => false,
    }
}

/// The first item set after a break at `b`: glue and penalties at a line start vanish.
fn line_start_after(items: &[Item], b: usize) -> usize {
    let mut i = b + 1;
    while i < items.len() && items[i].kind != Kind::Box {
        if items[i].kind == Kind::Penalty && items[i].penalty <= -INFINITY {
            break;
        }
        i += 1;
    }
    i
}

fn fitness(ratio: f32) -> u8 {
    if ratio < -0.5 {
        0
    } else if ratio <= 0.5 {
        1
    } else if ratio <= 1.0 {
        2
    } else {
        3
    }
}

#[derive(Clone)]
struct Node {
    /// Item index the line after this node starts at.
    start: usize,
    fitness: u8,
    hyphens: u8,
    demerits: f32,
    /// Index into `nodes` of the previous break, and this line's facts.
    prev: Option<usize>,
    line: Option<Line>,
}

/// Fitness classes times hyphen-run lengths: the kinds of node kept per breakpoint.
const CLASSES: usize = 4 * (MAX_CONSECUTIVE_HYPHENS as usize + 1);

/// The best way found so far to end a line at the current breakpoint, in one class.
#[derive(Clone, Copy)]
struct Candidate {
    demerits: f32,
    /// The node the line starts from.
    from: usize,
    ratio: f32,
    fitness: u8,
    hyphens: u8,
}

/// Knuth–Plass over `items`; `None` if no breaks keep every line within `tolerance`.
#[cfg(test)]
fn total_fit(items: &[Item], measure: f32, tolerance: f32) -> Option<Vec<Line>> {
    let (mut n, mut a, mut b) = (Vec::new(), Vec::new(), Vec::new());
    let mut scratch = (&mut n, &mut a, &mut b);
    total_fit_with(items, &Sums::new(items), measure, tolerance, &mut scratch)
}

/// Working memory of [`total_fit_with`]: the nodes, the active list and the next one.
type Scratch<'a> = (&'a mut Vec<Node>, &'a mut Vec<usize>, &'a mut Vec<usize>);

fn total_fit_with(
    items: &[Item],
    sums: &Sums,
    measure: f32,
    tolerance: f32,
    (nodes, active, still_active): &mut Scratch,
) -> Option<Vec<Line>> {
    nodes.clear();
    nodes.push(Node {
        start: 0,
        fitness: 1,
        hyphens: 0,
        demerits: 0.0,
        prev: None,
        line: None,
    });
    active.clear();
    active.push(0);
    still_active.clear();
    let mut evaluated = 0;
    let counted = |n| crate::work::add(crate::work::Work::BreakEvaluations, n);
    for b in 0..items.len() {
        if !is_breakpoint(items, b) {
            continue;
        }
        evaluated += active.len();
        let item = items[b];
        let forced = item.kind == Kind::Penalty && item.penalty <= -INFINITY;
        let flagged = item.kind == Kind::Penalty && item.flagged;
        let p = if item.kind == Kind::Penalty {
            item.penalty
        } else {
            0.0
        };
        // Best candidate per (fitness, hyphen run) class ending here.
        let mut best: [Option<Candidate>; CLASSES] = [None; CLASSES];
        still_active.clear();
        for &a in active.iter() {
            let node = &nodes[a];
            let r = sums.ratio(items, node.start, b, measure);
            if r < -1.0 || forced {
                // Lines only get wider from here: this start can never fit again.
            } else {
                still_active.push(a);
            }
            if r < -1.0 || r > tolerance {
                continue;
            }
            let hyphens = if flagged { node.hyphens + 1 } else { 0 };
            if hyphens > MAX_CONSECUTIVE_HYPHENS {
                continue;
            }
            let badness = 100.0 * r.abs().powi(3);
            let mut d = if p >= 0.0 {
                (LINE_PENALTY + badness).powi(2) + p * p
            } else if p > -INFINITY {
                (LINE_PENALTY + badness).powi(2) - p * p
            } else {
                (LINE_PENALTY + badness).powi(2)
            };
            if flagged && node.hyphens > 0 {
                d += DOUBLE_HYPHEN_DEMERITS;
            }
            if forced && node.prev.is_some() {
                if node.line.is_some_and(|l| l.hyphenated) {
                    d += FINAL_HYPHEN_DEMERITS;
                    // The last line would be nothing but the word's tail ("derstood.").
                    if sums.stretch(node.start, b.saturating_sub(1)) <= 0.0 {
                        d += FRAGMENT_DEMERITS;
                    }
                }
                if sums.width(node.start, b) < measure * SHORT_LAST_LINE {
                    d += SHORT_LAST_LINE_DEMERITS;
                }
            }
            let fit = fitness(r);
            if fit.abs_diff(node.fitness) > 1 {
                d += ADJACENT_FITNESS_DEMERITS;
            }
            let total = node.demerits + d;
            let slot = fit as usize * (MAX_CONSECUTIVE_HYPHENS as usize + 1) + hyphens as usize;
            if best[slot].is_none_or(|c| total < c.demerits) {
                best[slot] = Some(Candidate {
                    demerits: total,
                    from: a,
                    ratio: r,
                    fitness: fit,
                    hyphens,
                });
            }
        }
        std::mem::swap(active, still_active);
        if best.iter().any(Option::is_some) {
            let start = line_start_after(items, b);
            for c in best.into_iter().flatten() {
                nodes.push(Node {
                    start,
                    fitness: c.fitness,
                    hyphens: c.hyphens,
                    demerits: c.demerits,
                    prev: Some(c.from),
                    line: Some(Line {
                        start: nodes[c.from].start,
                        end: b,
                        ratio: c.ratio,
                        hyphenated: flagged,
                    }),
                });
                active.push(nodes.len() - 1);
            }
        }
        if active.is_empty() || active.len() > MAX_ACTIVE {
            counted(evaluated);
            return None;
        }
    }
    counted(evaluated);
    // The forced final break leaves exactly the nodes that end the paragraph active.
    let last = active
        .iter()
        .copied()
        .filter(|&i| nodes[i].line.is_some_and(|l| l.end == items.len() - 1))
        .min_by(|&x, &y| nodes[x].demerits.total_cmp(&nodes[y].demerits))?;
    let mut lines = Vec::new();
    let mut cur = Some(last);
    while let Some(i) = cur {
        if let Some(l) = nodes[i].line {
            lines.push(l);
        }
        cur = nodes[i].prev;
    }
    lines.reverse();
    Some(lines)
}

/// Greedy breaking: each line takes as much as fits. Used when total-fit finds nothing.
pub fn first_fit(items: &[Item], measure: f32) -> Vec<Line> {
    first_fit_with(items, &Sums::new(items), measure)
}

fn first_fit_with(items: &[Item], sums: &Sums, measure: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut hyphens = 0u8;
    let mut last_fit: Option<(usize, f32)> = None;
    let mut b = 0;
    while b < items.len() {
        if is_breakpoint(items, b) {
            let r = sums.ratio(items, start, b, measure);
            let forced = items[b].kind == Kind::Penalty && items[b].penalty <= -INFINITY;
            let flagged = items[b].kind == Kind::Penalty && items[b].flagged;
            let allowed = !(flagged && hyphens >= MAX_CONSECUTIVE_HYPHENS);
            if r >= -1.0 && allowed {
                last_fit = Some((b, r));
            }
            if r < -1.0 || forced {
                // Break at the last fit; if nothing fitted, this overfull line is unavoidable.
                let (end, ratio) = match (last_fit, forced && r >= -1.0) {
                    (_, true) => (b, r),
                    (Some(fit), false) => fit,
                    (None, false) => (b, r),
                };
                let hyph = items[end].kind == Kind::Penalty && items[end].flagged;
                hyphens = if hyph { hyphens + 1 } else { 0 };
                lines.push(Line {
                    start,
                    end,
                    ratio,
                    hyphenated: hyph,
                });
                start = line_start_after(items, end);
                last_fit = None;
                if end == items.len() - 1 {
                    break;
                }
                b = end + 1;
                continue;
            }
        }
        b += 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A paragraph of words whose widths are their letter counts; spaces 1 wide, stretchy.
    fn para(text: &str, hyphenate_long: bool) -> Vec<Item> {
        let mut items = Vec::new();
        for (i, w) in text.split_whitespace().enumerate() {
            if i > 0 {
                items.push(Item::glue(1.0, 0.5, 0.33));
            }
            let n = w.chars().count() as f32;
            if hyphenate_long && n >= 6.0 {
                items.push(Item::boxed(3.0));
                items.push(Item::penalty(1.0, 50.0, true));
                items.push(Item::boxed(n - 3.0));
            } else {
                items.push(Item::boxed(n));
            }
        }
        items.push(Item::glue(0.0, INFINITY, 0.0));
        items.push(Item::penalty(0.0, -INFINITY, false));
        items
    }

    fn natural(items: &[Item], l: &Line) -> f32 {
        let mut w: f32 = items[l.start..l.end]
            .iter()
            .filter(|i| i.kind != Kind::Penalty)
            .map(|i| i.width)
            .sum();
        if items[l.end].kind == Kind::Penalty {
            w += items[l.end].width;
        }
        w
    }

    const TEXT: &str = "In olden times when wishing still helped one there lived a king whose \
        daughters were all beautiful and the youngest was so beautiful that the sun itself \
        which has seen so much was astonished whenever it shone in her face";

    #[test]
    fn every_line_fits_the_measure() {
        for measure in [18.0, 25.0, 31.0, 40.0] {
            let items = para(TEXT, true);
            for l in break_lines(&items, measure) {
                let min = natural(&items, &l)
                    - items[l.start..l.end].iter().map(|i| i.shrink).sum::<f32>();
                assert!(min <= measure + 1e-3, "line {l:?} overfull at {measure}");
                assert!(l.ratio >= -1.0);
            }
        }
    }

    #[test]
    fn total_fit_differs_from_first_fit_and_is_more_even() {
        let items = para(TEXT, false);
        let measure = 38.0;
        let tf = total_fit(&items, measure, STRICT_TOLERANCE).expect("feasible");
        let ff = first_fit(&items, measure);
        let ends = |ls: &[Line]| ls.iter().map(|l| l.end).collect::<Vec<_>>();
        assert_ne!(
            ends(&tf),
            ends(&ff),
            "this paragraph is chosen so greedy is worse"
        );
        // Compare the spacing of all lines but the last (which is ragged by design).
        // Badness summed over the paragraph is what total-fit minimises.
        let badness = |ls: &[Line]| {
            ls[..ls.len() - 1]
                .iter()
                .map(|l| l.ratio.abs().powi(3))
                .sum::<f32>()
        };
        assert!(
            badness(&tf) < badness(&ff),
            "{} vs {}",
            badness(&tf),
            badness(&ff)
        );
    }

    #[test]
    fn never_three_hyphenated_lines_in_a_row() {
        // Every word is long and breakable; a narrow measure tempts hyphens everywhere.
        let text = "abcdefgh ijklmnop qrstuvwx yzabcdef ghijklmn opqrstuv wxyzabcd efghijkl \
                    mnopqrst uvwxyzab cdefghij klmnopqr stuvwxyz";
        for measure in [9.0, 11.0, 13.0, 15.0] {
            let items = para(text, true);
            for lines in [break_lines(&items, measure), first_fit(&items, measure)] {
                let mut run = 0;
                for l in &lines {
                    run = if l.hyphenated { run + 1 } else { 0 };
                    assert!(run <= MAX_CONSECUTIVE_HYPHENS, "{lines:?}");
                }
            }
        }
    }

    #[test]
    fn a_five_thousand_word_paragraph_breaks_in_linear_memory() {
        let words: Vec<&str> = TEXT.split_whitespace().collect();
        let long: String = (0..5_000)
            .map(|i| words[i % words.len()])
            .collect::<Vec<_>>()
            .join(" ");
        let items = para(&long, true);
        let start = std::time::Instant::now();
        let lines = break_lines(&items, 30.0);
        assert_eq!(lines.last().unwrap().end, items.len() - 1);
        for w in lines.windows(2) {
            assert_eq!(w[1].start, line_start_after(&items, w[0].end));
        }
        // Debug builds are slow; quadratic behaviour would take minutes, not seconds.
        assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
    }

    #[test]
    fn active_nodes_are_capped_on_a_degenerate_measure() {
        // 20,000 one-letter words, very stretchy spaces, a measure that holds them all:
        // every break is feasible and none ever becomes overfull, so without the cap
        // every breakpoint would stay active (quadratic time). First-fit takes over.
        let mut items = Vec::new();
        for i in 0..20_000 {
            if i > 0 {
                items.push(Item::glue(1.0, 1.0e6, 0.0));
            }
            items.push(Item::boxed(1.0));
        }
        items.push(Item::glue(0.0, INFINITY, 0.0));
        items.push(Item::penalty(0.0, -INFINITY, false));
        assert!(total_fit(&items, 1.0e5, STRICT_TOLERANCE).is_none());
        let lines = break_lines(&items, 1.0e5);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].end, items.len() - 1);
    }

    #[test]
    fn forced_breaks_inside_a_paragraph_end_lines_in_every_pass() {
        // "In olden times" / "when wishing still helped one" / the rest, as kept lines.
        let mut items = para(TEXT, true);
        let force = [
            Item::glue(0.0, INFINITY, 0.0),
            Item::penalty(0.0, -INFINITY, false),
        ];
        // Replace the interword glue after the 3rd and 8th words with a forced break.
        let glue_after = |items: &[Item], n: usize| {
            items
                .iter()
                .enumerate()
                .filter(|(_, i)| i.kind == Kind::Glue)
                .nth(n - 1)
                .map(|(k, _)| k)
                .unwrap()
        };
        for n in [8, 3] {
            let k = glue_after(&items, n);
            items.splice(k..=k, force);
        }
        let forced: Vec<usize> = (0..items.len() - 1)
            .filter(|&i| items[i].kind == Kind::Penalty && items[i].penalty <= -INFINITY)
            .collect();
        assert_eq!(forced.len(), 2);
        for measure in [25.0, 40.0, 400.0] {
            for lines in [break_lines(&items, measure), first_fit(&items, measure)] {
                let ends: Vec<usize> = lines.iter().map(|l| l.end).collect();
                for f in &forced {
                    assert!(ends.contains(f), "{measure}: {ends:?} lacks {f}");
                }
                assert_eq!(lines.last().unwrap().end, items.len() - 1);
            }
        }
        // On a wide measure the forced breaks are the only ones.
        assert_eq!(break_lines(&items, 400.0).len(), 3);
    }

    #[test]
    fn forced_end_is_the_last_break_and_all_items_are_used_once() {
        let items = para(TEXT, true);
        let lines = break_lines(&items, 30.0);
        assert_eq!(lines.last().unwrap().end, items.len() - 1);
        for w in lines.windows(2) {
            assert_eq!(w[1].start, line_start_after(&items, w[0].end));
        }
    }
}
