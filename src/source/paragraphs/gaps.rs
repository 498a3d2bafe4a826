//! Scene breaks typed as white space: in a file whose paragraphs stand one blank line
//! apart, a run of three or more blank lines between two paragraphs of the story is a
//! break, as a typist leaves a gap on the page.
//!
//! Input: a story's paragraphs as split from the text a header reader left, and the
//! file's text before it. Output: the same paragraphs with a scene break at each such
//! gap (its first blank line). Only where the file is consistent: most gaps one blank line, the wide ones few, so a file
//! spaced loosely throughout, or one that sets every paragraph two lines apart, has none.

use super::{Layout, RawPara};

/// The fewest blank lines a gap must hold to be a break.
const WIDE: usize = 3;

/// The share of gaps that must be a single blank line.
const REGULAR: f32 = 0.8;

/// The fewest gaps a file must have for its spacing to say anything.
const FEWEST_GAPS: usize = 8;

/// The breaks among the gaps between `spans` (each a paragraph's first and last 1-based
/// line), see the module. The first and last gaps are left alone: a title or a closing
/// note set apart by white space is no break.
fn gap_breaks(spans: &[(usize, usize)]) -> Vec<usize> {
    let gaps: Vec<(usize, usize)> = spans
        .windows(2)
        .map(|w| (w[0].1 + 1, w[1].0 - w[0].1 - 1))
        .collect();
    if gaps.len() < FEWEST_GAPS {
        return Vec::new();
    }
    let single = gaps.iter().filter(|g| g.1 == 1).count();
    let wide: Vec<usize> = gaps[1..gaps.len() - 1]
        .iter()
        .filter(|g| g.1 >= WIDE)
        .map(|g| g.0)
        .collect();
    if (single as f32) < REGULAR * gaps.len() as f32 || wide.len() * 4 > gaps.len() {
        return Vec::new();
    }
    wide
}

/// Wide gaps of white in an evenly spaced file made scene breaks (see the module):
/// `paras` as split from the text a header reader left, `original` the file's text
/// before it, in which every line of a wide gap must have been blank (a header's lines
/// taken out leave blank lines that no typist left); `set_apart` says which paragraphs
/// white may set apart without a break (headings, notes).
pub(crate) fn white_breaks(
    paras: &mut Vec<RawPara>,
    original: &str,
    set_apart: impl Fn(&RawPara) -> bool,
) {
    let blank: Vec<bool> = original.split('\n').map(|l| l.trim().is_empty()).collect();
    let spans: Vec<(usize, usize)> = paras
        .iter()
        .map(|p| (p.line, p.line + p.lines.max(1) - 1))
        .collect();
    // A gap with a line that held text (taken by a header reader) counts as one line.
    let white =
        |from: usize, to: usize| (from..to).all(|l| blank.get(l - 1).copied().unwrap_or(false));
    let spans: Vec<(usize, usize)> = spans
        .iter()
        .enumerate()
        .map(|(k, &(a, z))| {
            let prev_end = if k == 0 { 0 } else { spans[k - 1].1 };
            if k > 0 && !white(prev_end + 1, a) {
                // Seen as one blank line after the paragraph before.
                (prev_end + 2, z.max(prev_end + 2))
            } else {
                (a, z)
            }
        })
        .collect();
    // White around a heading or a note sets it apart, as FanFicFare sets its chapter
    // titles three lines down: no break there.
    let breaks: Vec<usize> = gap_breaks(&spans)
        .into_iter()
        .filter(|&line| {
            let after = spans.iter().position(|s| s.0 > line).unwrap_or(spans.len());
            let beside = [after.checked_sub(1), Some(after)];
            !beside
                .iter()
                .flatten()
                .filter_map(|&k| paras.get(k))
                .any(&set_apart)
        })
        .collect();
    let mut at = 0;
    for line in breaks {
        while at < spans.len() && spans[at].0 < line {
            at += 1;
        }
        paras.insert(
            at,
            RawPara {
                line,
                lines: 1,
                scene_break: true,
                layout: Layout::Single,
                ..RawPara::default()
            },
        );
        at += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paragraphs of one line each at `starts`.
    fn spans(starts: &[usize]) -> Vec<(usize, usize)> {
        starts.iter().map(|&s| (s, s)).collect()
    }

    #[test]
    fn a_wide_gap_in_an_even_file_is_a_break() {
        // One blank line apart, but three between lines 13 and 17.
        let s = spans(&[1, 3, 5, 7, 9, 11, 13, 17, 19, 21, 23]);
        assert_eq!(gap_breaks(&s), vec![14]);
    }

    #[test]
    fn loose_or_short_files_and_the_ends_have_none() {
        // Two blank lines everywhere.
        assert!(gap_breaks(&spans(&[1, 4, 7, 10, 13, 16, 19, 22, 25, 28])).is_empty());
        // Too few gaps to judge.
        assert!(gap_breaks(&spans(&[1, 3, 7, 9])).is_empty());
        // The first and the last gaps (a title, a closing note) are no breaks.
        assert!(gap_breaks(&spans(&[1, 5, 7, 9, 11, 13, 15, 17, 19, 23])).is_empty());
    }

    /// Over the text a header reader left: a wide gap the typist left is a break, one
    /// made of lines the reader took is none, and white around a heading is none.
    #[test]
    fn only_white_the_typist_left_is_a_break() {
        let body: String = (1..=10).map(|n| format!("Para {n} ran on.\n\n")).collect();
        let typed = body.replacen("Para 5 ran on.\n\n", "Para 5 ran on.\n\n\n\n", 1);
        let mut paras = super::super::split(&typed);
        white_breaks(&mut paras, &typed, |_| false);
        assert_eq!(paras.iter().filter(|p| p.scene_break).count(), 1);
        // The same gap where the original held a header's lines, blanked since.
        let original = body.replacen(
            "Para 5 ran on.\n\n",
            "Para 5 ran on.\n\nRating: G\nWords: 9\n",
            1,
        );
        let mut paras = super::super::split(&typed);
        white_breaks(&mut paras, &original, |_| false);
        assert!(paras.iter().all(|p| !p.scene_break));
        // White beside a paragraph the caller sets apart (a heading).
        let mut paras = super::super::split(&typed);
        white_breaks(&mut paras, &typed, |p| p.text.starts_with("Para 6"));
        assert!(paras.iter().all(|p| !p.scene_break));
    }
}
