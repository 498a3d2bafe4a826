//! The book's hyphen budget: between setting the chapters' blocks and paginating them.
//!
//! Input: every chapter's blocks as first set, and what sets each paragraph again.
//! Output: the same blocks, where the book is over its budget the fewest paragraphs set
//! again with dearer hyphens that bring it within, each marked so that pagination sets
//! it again the same way.

use super::blocks::NoteComposers;
use super::chapters::{Blocks, Composers};
use super::layout::Pass;
use crate::render::pdf::compose::{Composer, SetLine};
use crate::render::pdf::frame::LineKind;
use rayon::prelude::*;

/// The share of a book's justified lines that may end in a hyphen: under the four per
/// cent its pages should keep to, with room for the lines pagination sets again (a
/// paragraph set a line longer or shorter to fill a page may take a hyphen back) and
/// for the notes' lines, counted here and not by `pdf-metrics.py`, which reads only
/// lines of the body's size (anthology43's screen copy: 347 lines here, 306 there).
const HYPHEN_BUDGET: f32 = 0.035;

/// Justified lines that could have ended in a hyphen, and those that end in one, in
/// `lines`. Lines of ideographs, of right-to-left text or of a language without
/// patterns cannot, and do not thin a book's hyphens out: anthology46's Turkish story
/// ended a line in five in a hyphen while its Chinese and Korean stories brought the
/// book's share under the budget.
fn count<'a>(lines: impl IntoIterator<Item = &'a SetLine>) -> (usize, usize) {
    let (mut full, mut hyphenated) = (0, 0);
    for l in lines {
        let hyphen = l.ends_in_hyphen();
        if matches!(l.kind, LineKind::Justified | LineKind::Hyphenated) && (l.hyphenable || hyphen)
        {
            full += 1;
            hyphenated += usize::from(hyphen);
        }
    }
    (full, hyphenated)
}

/// A paragraph set again with dearer hyphens: chapter `chapter`'s block `block`, its
/// new lines, how many hyphens it sheds and how many more loose lines it has (fewer if
/// negative), and its chapter's count of justified and hyphenated lines.
struct Saving {
    chapter: usize,
    block: usize,
    lines: Vec<SetLine>,
    shed: usize,
    cost: i64,
    density: (usize, usize),
}

impl Saving {
    /// Cheapest per hyphen shed first; at the same price, from the chapter where
    /// hyphens are thickest; then in reading order. Ratios are compared multiplied
    /// out.
    fn order(&self, o: &Saving) -> std::cmp::Ordering {
        let ((f, h), (of, oh)) = (self.density, o.density);
        (self.cost * o.shed as i64)
            .cmp(&(o.cost * self.shed as i64))
            .then((oh * f).cmp(&(h * of)))
            .then(self.chapter.cmp(&o.chapter))
            .then(self.block.cmp(&o.block))
    }
}

/// Brings the book of chapters `sets` within its hyphen budget, if it is over, setting
/// paragraphs again with [`Composer::dear_hyphens`] and marking them so.
///
/// Hyphens are priced paragraph by paragraph, at prices that keep an English story to
/// two or three lines in a hundred; a story in a language of long words (Turkish,
/// Polish, Indonesian) buys one every few lines at the same prices, and only the count
/// over the book shows it. Each paragraph with a hyphen, in the chapters over the
/// budget, is set again with dearer hyphens and in no more lines, and those settings
/// are taken, the ones that cost the fewest loose lines per hyphen shed first, until
/// the book is within its budget: it sheds only the hyphens it must, where they cost
/// least.
///
/// Each hyphen the breaker kept saved a loose line, so nearly every one shed costs one.
/// Measured with `pdf-metrics.py` on the 49 fixture anthologies in print (6×9in) and
/// on screen (A5), nine of the 98 copies were over the budget; each shed one to three
/// hyphens for as many loose lines or fewer (anthology43 screen: 4.6% of lines
/// hyphenated and 16 loose, to 3.9% and 18), and the others are set as before, byte
/// for byte. Setting every chapter over the
/// budget with dear hyphens, as first tried, halved their hyphens where a few needed to
/// go, and took anthology8's screen copy (3.2%, under the budget) from 12 loose lines to
/// 15.
///
/// [`Composer::dear_hyphens`]: crate::render::pdf::compose::Composer::dear_hyphens
pub(super) fn keep_to_budget(sets: &mut [Blocks], p: &Pass) {
    let counts: Vec<(usize, usize)> = sets
        .iter()
        .map(|b| count(b.tagged.blocks.iter().flat_map(|b| &b.lines)))
        .collect();
    let (full, hyphenated) = counts
        .iter()
        .fold((0, 0), |(f, h), (cf, ch)| (f + cf, h + ch));
    let allowed = (full as f32 * HYPHEN_BUDGET).round() as usize;
    if hyphenated <= allowed {
        return;
    }
    let over_budget = |&(f, h): &(usize, usize)| h as f32 > f as f32 * HYPHEN_BUDGET;
    let mut savings: Vec<Saving> = sets
        .par_iter()
        .zip(&p.book.chapters)
        .enumerate()
        .filter(|(ci, _)| over_budget(&counts[*ci]))
        .map_init(
            || p.tools.composer(),
            |thread, (ci, (set, ch))| {
                let mut own = Composers::of(ch, p.tools);
                savings_in((ci, set), counts[ci], own.with(thread))
            },
        )
        .flatten()
        .collect();
    savings.sort_by(Saving::order);
    let mut over = hyphenated - allowed;
    for s in savings {
        if over == 0 {
            break;
        }
        over = over.saturating_sub(s.shed);
        let set = &mut sets[s.chapter];
        set.tagged.blocks[s.block].lines = s.lines;
        set.dear[s.block] = true;
    }
}

/// Each paragraph of chapter `ci` (its blocks `set`, its lines counted as `density`)
/// that ends a line in a hyphen, set again with dearer hyphens by the composers `c`,
/// where that sheds a hyphen in no more lines.
fn savings_in<'f>(
    (ci, set): (usize, &Blocks),
    density: (usize, usize),
    (story, notes): (&mut Composer<'f>, &mut NoteComposers<'f>),
) -> Vec<Saving> {
    let loose = |ls: &[SetLine]| ls.iter().filter(|l| l.loose).count() as i64;
    let mut out = Vec::new();
    for (b, block) in set.tagged.blocks.iter().enumerate() {
        let Some(Some(src)) = set.sources.get(b) else {
            continue;
        };
        let (_, before) = count(&block.lines);
        if before == 0 {
            continue;
        }
        let c = notes.pick_for(set.parts.get(b), story);
        c.dear_hyphens = true;
        let lines = src.set(c, None, 0);
        c.dear_hyphens = false;
        let (_, after) = count(&lines);
        if after < before && lines.len() <= block.lines.len() {
            out.push(Saving {
                chapter: ci,
                block: b,
                shed: before - after,
                cost: loose(&lines) - loose(&block.lines),
                density,
                lines,
            });
        }
    }
    out
}

#[cfg(test)]
#[path = "tests_hyphens.rs"]
mod tests;
