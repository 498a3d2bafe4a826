//! Line-breaking stage, total-fit: Knuth–Plass over the whole paragraph, the demerits
//! that judge each line and the path of least demerits back from the last break.

use super::sums::{Sums, is_breakpoint, line_start_after};
use super::{FULL_LAST_LINE, INFINITY, Item, Kind, Line, MAX_CONSECUTIVE_HYPHENS, Options};

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
/// on the line before ("af-" / "terward.", "Pemberton-" / "Oduya."): more than any
/// spacing short of the loose tolerance costs (a line stretched 8 times its glue costs
/// about 2.6e9), so it happens only when no other way to set the paragraph exists. At
/// 2e6 a name broken at its own hyphen kept "Oduya." alone on the last line of a
/// paragraph of anthology2 rather than set the first line at a glue ratio of about 4.
const FRAGMENT_DEMERITS: f32 = 1e10;
/// A last line narrower than this share of the measure (about six characters) reads as
/// a stray fragment, all the more at a page top.
const SHORT_LAST_LINE: f32 = 0.1;
/// Extra demerits for such a last line: about one line at TeX's default tolerance
/// (badness 200, gaps about 1.6 times normal: (10 + 200)² ≈ 44,000), so a paragraph is
/// rebroken a little looser to avoid it, but never into lines looser than TeX accepts.
const SHORT_LAST_LINE_DEMERITS: f32 = 40_000.0;
/// Extra demerits for a last line that reads as full ([`FULL_LAST_LINE`]): as for a
/// very short one.
const FULL_LAST_LINE_DEMERITS: f32 = 40_000.0;
/// Word spaces shrunk by this share of their shrink are judged as TeX judges them shrunk
/// all the way (badness 100): the glue may shrink by two fifths of a space, but past
/// about three tenths a line looks cramped, so the last of it is dearer than the same
/// stretch.
const SHRINK_JUDGED: f32 = 0.75;
/// The most a line's glue may shrink, as a share of its shrink: word spaces no narrower
/// than about seven tenths of their width (a fully shrunk line looked cramped).
const MOST_SHRINK: f32 = 0.9;
/// Glue shrunk past this ratio (word spaces about 0.8 of their width, where a line
/// starts to look cramped, italic above all) is helped by closing up the letters, in
/// a justified paragraph, before it shrinks further.
const SQUEEZE_FROM: f32 = -0.5;
/// Most a justified line's letters may close up, as a share of their width: a hundredth
/// is not seen as tighter letters, and takes as much as a quarter of the glue's shrink
/// off a line's spaces.
const LETTER_SQUEEZE: f32 = 0.01;
/// As [`MOST_SHRINK`] and [`LETTER_SQUEEZE`] for pagination's last resort (see
/// [`Options::last_resort`]): word spaces shrunk all their shrink (no line is set
/// wider than the measure) and letters closed up by a fiftieth.
const LAST_RESORT_SHRINK: (f32, f32) = (1.0, 0.02);
/// What closing up by the full allowance costs, counted as this much more shrink: less
/// than the shrink it saves, since tight spaces show and tight letters at a hundredth
/// do not.
const SQUEEZE_COST: f32 = 0.15;
/// Most active breakpoints total-fit keeps. Active nodes are those a line could still
/// start from: about a line's worth of breakpoints times twelve classes, a few hundred
/// even for one-letter words in ragged text. Beyond this the paragraph is degenerate
/// (a measure hundreds of words wide) and first-fit sets it in linear time and memory.
const MAX_ACTIVE: usize = 4_096;
/// Glue stretched past this ratio (word spaces about 1.4 times their width) is helped
/// by letter-spacing, when the paragraph allows it, before it stretches further: the
/// loose lines a reader notices are those whose spaces alone open up.
const LETTER_SPACING_FROM: f32 = 0.8;
/// What letter-spacing to the full allowance costs, counted as this much more glue
/// ratio: cheap enough to be preferred to a much looser line, dear enough not to be
/// preferred to a well-spaced one, and no reason on its own for a hyphen.
const LETTER_SPACING_COST: f32 = 0.3;

/// How a line of glue ratio `r` is set when letters may be spaced by up to `track` of
/// their width (`letters` points wide, `stretch` of glue): the ratio the demerits judge,
/// the glue's own ratio and the letter-spacing, in that order.
pub(super) fn spread(r: f32, track: f32, letters: f32, stretch: f32) -> (f32, f32, f32) {
    if r <= LETTER_SPACING_FROM || r >= INFINITY || track <= 0.0 || letters <= 0.0 {
        return (r, r, 0.0);
    }
    let extra = (r - LETTER_SPACING_FROM) * stretch;
    let t = extra / letters;
    if t <= track {
        let judged = LETTER_SPACING_FROM + LETTER_SPACING_COST * t / track;
        (judged, LETTER_SPACING_FROM, t)
    } else {
        let glue = LETTER_SPACING_FROM + (extra - track * letters) / stretch;
        (glue + LETTER_SPACING_COST, glue, track)
    }
}

/// How a line of glue ratio `r` below [`SQUEEZE_FROM`] is set when letters may close
/// up by `most` of their width (`letters` points wide, `shrink` of glue): the ratio the
/// demerits judge, the glue's own ratio and the (negative) letter-spacing.
fn squeeze(r: f32, most: f32, letters: f32, shrink: f32) -> (f32, f32, f32) {
    if r >= SQUEEZE_FROM || most <= 0.0 || letters <= 0.0 || shrink <= 0.0 || r <= -INFINITY {
        return (r, r, 0.0);
    }
    let extra = (SQUEEZE_FROM - r) * shrink;
    let t = extra / letters;
    if t <= most {
        (SQUEEZE_FROM - SQUEEZE_COST * t / most, SQUEEZE_FROM, -t)
    } else {
        let glue = SQUEEZE_FROM - (extra - most * letters) / shrink;
        (glue - SQUEEZE_COST, glue, -most)
    }
}

/// How far a line's glue may shrink under `opts`, as a share of its shrink, and how far
/// its letters may close up.
fn most_shrink(opts: &Options) -> (f32, f32) {
    if opts.last_resort {
        LAST_RESORT_SHRINK
    } else {
        (MOST_SHRINK, LETTER_SQUEEZE)
    }
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
pub(crate) struct Node {
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
    track: f32,
    fitness: u8,
    hyphens: u8,
}

/// A line from one start to the current breakpoint, as far as its start decides: its
/// judged ratio, its glue's own ratio and letter-spacing (see [`spread`], [`squeeze`])
/// and, when it is within the tolerance, its demerits before what the node it starts
/// from adds.
#[derive(Clone, Copy)]
struct Fit {
    r: f32,
    glue: f32,
    track: f32,
    d: f32,
}

impl Fit {
    /// The line from `start` to a break at `b` whose penalty is `p`.
    fn of(
        items: &[Item],
        sums: &Sums,
        (start, b, p): (usize, usize, f32),
        (measure, tolerance): (f32, f32),
        opts: &Options,
    ) -> Fit {
        let r = sums.ratio(items, start, b, measure);
        let (r, glue, track) = if r > LETTER_SPACING_FROM {
            let letters = sums.letters(start, b);
            spread(r, opts.letter_spacing, letters, sums.stretch(start, b))
        } else if r < SQUEEZE_FROM && opts.letter_spacing > 0.0 {
            let letters = sums.letters(start, b);
            squeeze(r, most_shrink(opts).1, letters, sums.shrink(start, b))
        } else {
            (r, r, 0.0)
        };
        if glue < -most_shrink(opts).0 || r > tolerance {
            return Fit {
                r,
                glue,
                track,
                d: f32::NAN,
            };
        }
        let badness = if r < 0.0 {
            100.0 * (-r / SHRINK_JUDGED).powi(3)
        } else {
            100.0 * r.powi(3)
        };
        let mut d = if p >= 0.0 {
            (LINE_PENALTY + badness).powi(2) + p * p
        } else if p > -INFINITY {
            (LINE_PENALTY + badness).powi(2) - p * p
        } else {
            (LINE_PENALTY + badness).powi(2)
        };
        // Looseness: a bonus (or charge) per line makes more (or fewer) lines pay.
        d -= opts.line_bonus;
        Fit { r, glue, track, d }
    }
}

/// Knuth–Plass over `items`; `None` if no breaks keep every line within `tolerance`.
/// [`total_fit_with`] also gives the setting's demerits.
#[cfg(test)]
pub(crate) fn total_fit(items: &[Item], measure: f32, tolerance: f32) -> Option<Vec<Line>> {
    let opts = Options::default();
    let (mut n, mut a, mut b) = (Vec::new(), Vec::new(), Vec::new());
    let mut scratch = (&mut n, &mut a, &mut b);
    let sums = Sums::new(items);
    total_fit_with(items, &sums, (measure, tolerance), &opts, &mut scratch).map(|(l, _)| l)
}

/// Working memory of [`total_fit_with`]: the nodes, the active list and the next one.
pub(crate) type Scratch<'a> = (&'a mut Vec<Node>, &'a mut Vec<usize>, &'a mut Vec<usize>);

pub(crate) fn total_fit_with(
    items: &[Item],
    sums: &Sums,
    (measure, tolerance): (f32, f32),
    opts: &Options,
    (nodes, active, still_active): &mut Scratch,
) -> Option<(Vec<Line>, f32)> {
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
    let most = most_shrink(opts).0;
    let counted = |n| crate::work::add(crate::work::Work::BreakEvaluations, n);
    for b in 0..items.len() {
        if !is_breakpoint(items, b) || (opts.no_hyphens && items[b].flagged) {
            continue;
        }
        evaluated += active.len();
        let item = items[b];
        let forced = item.forces_break();
        let flagged = item.kind == Kind::Penalty && item.flagged;
        let p = if item.kind == Kind::Penalty {
            item.penalty
        } else {
            0.0
        };
        // Best candidate per (fitness, hyphen run) class ending here.
        let mut best: [Option<Candidate>; CLASSES] = [None; CLASSES];
        still_active.clear();
        // The active nodes are in the order they were made, so their starts ascend; when
        // the sums only grow and every start is before this break, a line too loose from
        // one start is too loose from every later one: those nodes stay active, and
        // none of them can end a line here (see `too_loose` below).
        let later_looser =
            !forced && sums.growing() && active.last().is_some_and(|&a| nodes[a].start < b);
        // What a line from a start to `b` costs depends on the start alone, and the
        // nodes made at one breakpoint (a start each, up to one per class) are next to
        // each other in the active list: worked out once per start.
        let mut fit_from: Option<(usize, Fit)> = None;
        for (at, &a) in active.iter().enumerate() {
            let node = &nodes[a];
            let line = match fit_from {
                Some((start, f)) if start == node.start => f,
                _ => {
                    let f = Fit::of(items, sums, (node.start, b, p), (measure, tolerance), opts);
                    fit_from = Some((node.start, f));
                    f
                }
            };
            let Fit {
                r,
                glue,
                track,
                d: base,
            } = line;
            // Too loose (the judged ratio past the tolerance, so the glue is stretched, not
            // shrunk past its limit): this node and every later one stay active and end no
            // line here, so they are not weighed (a quarter of the breaker's work).
            let too_loose = r > tolerance && glue >= -most;
            if too_loose && later_looser {
                still_active.extend_from_slice(&active[at..]);
                break;
            }
            if glue < -most || forced {
                // Lines only get wider from here: this start can never fit again.
            } else {
                still_active.push(a);
            }
            if glue < -most || r > tolerance {
                continue;
            }
            let hyphens = if flagged { node.hyphens + 1 } else { 0 };
            if hyphens > MAX_CONSECUTIVE_HYPHENS {
                continue;
            }
            let mut d = base;
            if flagged {
                d += opts.hyphen_demerits;
            }
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
            if forced && sums.width(node.start, b) > measure * (1.0 - FULL_LAST_LINE) {
                d += FULL_LAST_LINE_DEMERITS;
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
                    ratio: glue,
                    track,
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
                        track: c.track,
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
    let demerits = nodes[last].demerits;
    let mut lines = Vec::new();
    let mut cur = Some(last);
    while let Some(i) = cur {
        if let Some(l) = nodes[i].line {
            lines.push(l);
        }
        cur = nodes[i].prev;
    }
    lines.reverse();
    Some((lines, demerits))
}
