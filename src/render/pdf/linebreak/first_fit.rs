//! Line-breaking stage, first-fit: the greedy fallback when total-fit finds no set of
//! breaks within the tolerance (degenerate paragraphs, words wider than the measure).

use super::sums::{Sums, is_breakpoint, line_start_after};
use super::{Item, Kind, Line, MAX_CONSECUTIVE_HYPHENS};

/// Greedy breaking: each line takes as much as fits. Used when total-fit finds nothing.
pub fn first_fit(items: &[Item], measure: f32) -> Vec<Line> {
    first_fit_with(items, &Sums::new(items), measure)
}

pub(crate) fn first_fit_with(items: &[Item], sums: &Sums, measure: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut hyphens = 0u8;
    let mut last_fit: Option<(usize, f32)> = None;
    let mut b = 0;
    while b < items.len() {
        if is_breakpoint(items, b) {
            let r = sums.ratio(items, start, b, measure);
            let forced = items[b].forces_break();
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
                    track: 0.0,
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
