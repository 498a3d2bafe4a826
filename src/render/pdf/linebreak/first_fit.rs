//! Line-breaking stage, first-fit: the greedy fallback when total-fit finds no set of
//! breaks within the tolerance (degenerate paragraphs, words wider than the measure).

use super::sums::{Sums, is_breakpoint, line_start_after};
use super::total_fit::spread;
use super::{Item, Kind, LOOSE_TOLERANCE, Line, MAX_CONSECUTIVE_HYPHENS};
use std::ops::Range;

/// Greedy breaking: each line takes as much as fits. Used when total-fit finds nothing.
pub fn first_fit(items: &[Item], measure: f32) -> Vec<Line> {
    first_fit_with(items, &Sums::new(items), measure)
}

/// As [`first_fit`], with the sums of `items`. A setting whose last line is what is left
/// of a word hyphenated on the line before ("when the cancellation was an-" /
/// "nounced.", after a scream too long for any line) is set again without a hyphen in
/// that word (giving up "disser-" alone took "dis-", leaving "sertation.") or, if the
/// word is wider than the measure, without the hyphen taken, and the new
/// setting kept if it has no more lines past the margin: as total-fit does, one looser
/// line is the lesser flaw.
pub(crate) fn first_fit_with(items: &[Item], sums: &Sums, measure: f32) -> Vec<Line> {
    let lines = greedy(items, sums, measure, 0..0);
    if let [.., before, last] = lines.as_slice()
        && before.hyphenated
        && sums.stretch(last.start, last.end.saturating_sub(1)) <= 0.0
    {
        // The last word starts after the last glue before the hyphen taken. A word wider
        // than the measure must be cut somewhere: only the hyphen taken is given up.
        let word = items[..before.end]
            .iter()
            .rposition(|i| i.kind == Kind::Glue)
            .map_or(0, |g| g + 1);
        let forbid = if sums.width(word, last.end.saturating_sub(1)) <= measure {
            word..items.len()
        } else {
            before.end..before.end + 1
        };
        let again = greedy(items, sums, measure, forbid);
        let over = |ls: &[Line]| ls.iter().filter(|l| l.ratio < -1.0).count();
        if over(&again) <= over(&lines) {
            return again;
        }
    }
    lines
}

/// Letter-spaces `lines` (set by first-fit) as total-fit would: a line whose spaces
/// open past about 1.4 times their width takes up to `track` of its letters' width
/// between them first. First-fit sets the paragraphs beside a long address, whose
/// other lines were left with spaces up to twice their width.
pub(crate) fn letter_space(lines: &mut [Line], sums: &Sums, track: f32) {
    // A line past the loose pass's tolerance is set ragged, at natural spacing (see
    // `compose::line`): spacing its letters would bring it under that and justify it.
    for l in lines.iter_mut().filter(|l| l.ratio <= LOOSE_TOLERANCE) {
        let (_, glue, t) = spread(
            l.ratio,
            track,
            sums.letters(l.start, l.end),
            sums.stretch(l.start, l.end),
        );
        (l.ratio, l.track) = (glue, t);
    }
}

/// Greedy breaking, never at a hyphen (a flagged penalty) in `forbid`.
fn greedy(items: &[Item], sums: &Sums, measure: f32, forbid: Range<usize>) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut hyphens = 0u8;
    let mut last_fit: Option<(usize, f32)> = None;
    // The last break that fits but would end a second hyphenated line in a row: taken
    // only if nothing else fits, since a line past the margin is the worse flaw ("Anna
    // Featherstonehaugh-" / "Cholmondeley-" / "Wriothesley", a name joined by no-break
    // spaces whose only breaks are its hyphens, ran off the title page).
    let mut last_hyphen_fit: Option<(usize, f32)> = None;
    let mut b = 0;
    while b < items.len() {
        if is_breakpoint(items, b) && !(items[b].flagged && forbid.contains(&b)) {
            let r = sums.ratio(items, start, b, measure);
            let forced = items[b].forces_break();
            let flagged = items[b].kind == Kind::Penalty && items[b].flagged;
            let allowed = !(flagged && hyphens >= MAX_CONSECUTIVE_HYPHENS);
            if r >= -1.0 && allowed {
                last_fit = Some((b, r));
            } else if r >= -1.0 {
                last_hyphen_fit = Some((b, r));
            }
            if r < -1.0 || forced {
                // Break at the last fit; if nothing fitted, this overfull line is unavoidable.
                let (end, ratio) = match (last_fit.or(last_hyphen_fit), forced && r >= -1.0) {
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
                    track: 0.0,
                });
                start = line_start_after(items, end);
                (last_fit, last_hyphen_fit) = (None, None);
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
