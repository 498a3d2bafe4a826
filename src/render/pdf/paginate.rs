//! Pagination stage: composed blocks → pages, without widows, orphans or stranded heads.
//!
//! Input: a chapter's [`VBlock`]s (lines already composed) and the height of the text
//! area. Output: pages of lines, each line with the distance of its baseline below the top
//! of the text area. Rules: a paragraph split across pages leaves at least
//! [`MIN_LINES`] lines on each side; a block marked `keep_with_next` (a heading, a scene
//! break, a label) never ends a page: it moves over with the first lines that follow it.

use super::compose::SetLine;
use super::frame::LineKind;

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
    /// May be split across pages (paragraphs); others move whole.
    pub breakable: bool,
    /// If set, the block's top is moved down to the next multiple of this distance
    /// from the top of the text area: body text after material of other sizes (an
    /// author's note at 0.92, half-line gaps) lands back on the page's baseline grid.
    pub grid: Option<f32>,
}

/// A line placed on a page: baseline distance below the top of the text area.
pub type Placed = (f32, SetLine);

/// Lays `blocks` onto pages of `height` points; the first page starts `first_drop`
/// points down (a chapter opener's sink).
/// The blocks are consumed: their lines move onto the pages without a copy.
pub fn paginate(blocks: Vec<VBlock>, height: f32, first_drop: f32) -> Vec<Vec<Placed>> {
    paginate_with(blocks, height, first_drop, &mut |_, _| None)
}

/// A way to set block `b` again so that its line `k` does not end in a hyphen; `None`
/// if the block cannot be set again (it is not a paragraph).
pub type Rebreak<'a> = dyn FnMut(usize, usize) -> Option<Vec<SetLine>> + 'a;

/// As [`paginate`]; a paragraph that starts on a page and would end it with a hyphen
/// (half a word carried over the page turn) is set again by `rebreak` with that line
/// unhyphenated, and if that fails, leaves one line less on the page when it can.
pub fn paginate_with(
    mut blocks: Vec<VBlock>,
    height: f32,
    first_drop: f32,
    rebreak: &mut Rebreak,
) -> Vec<Vec<Placed>> {
    let mut pages: Vec<Vec<Placed>> = vec![Vec::new()];
    let mut y = first_drop;
    // Whether anything has been set on the current page (space is dropped at page tops).
    let mut fresh = true;
    for i in 0..blocks.len() {
        let block = &blocks[i];
        let mut space = if fresh { 0.0 } else { block.space_before };
        if let Some(g) = block.grid.filter(|g| *g > 0.0) {
            // A hair of tolerance: a top already on the grid must not move a line down.
            let snapped = ((y + space - 0.01) / g).ceil() * g;
            space = snapped - y;
        }
        let need = min_height(block) + keep_height(&blocks, i);
        let breakable = block.breakable;
        if !fresh && y + space + need > height {
            pages.push(Vec::new());
            y = 0.0;
        }
        if pages.last().is_some_and(|p| !p.is_empty()) {
            y += space;
        }
        let mut owned = std::mem::take(&mut blocks[i].lines).into_iter();
        let mut whole = true;
        while owned.len() > 0 {
            let lines = owned.as_slice();
            let fit = lines_that_fit(lines, height - y);
            let take = if fit >= lines.len() {
                lines.len()
            } else if !breakable || lines.len() < 2 * MIN_LINES {
                0
            } else {
                // Leave at least MIN_LINES for the next page (no widow) and take at least
                // MIN_LINES here (no orphan); otherwise move the whole rest over.
                let mut t = fit.min(lines.len() - MIN_LINES);
                // No hyphen at a page foot: the reader would carry half a word over the
                // page turn (over a leaf turn in print). Set the paragraph again with
                // that line whole, or leave one line less here.
                if t >= MIN_LINES && lines[t - 1].kind == LineKind::Hyphenated {
                    if whole
                        && let Some(again) = rebreak(i, t - 1)
                        && again
                            .get(t - 1)
                            .is_some_and(|l| l.kind != LineKind::Hyphenated)
                    {
                        owned = again.into_iter();
                        whole = false;
                        continue;
                    }
                    if t > MIN_LINES {
                        t -= 1;
                    }
                }
                if t >= MIN_LINES { t } else { 0 }
            };
            let page_empty = pages.last().is_some_and(Vec::is_empty);
            // A block taller than a page, or one line on an empty page: set it anyway.
            let take = if take == 0 && page_empty {
                fit.max(1).min(lines.len())
            } else {
                take
            };
            let page = pages.last_mut().expect("never empty");
            for l in owned.by_ref().take(take) {
                let h = l.height;
                page.push((y + h * BASELINE_SHARE, l));
                y += h;
            }
            if owned.len() > 0 {
                pages.push(Vec::new());
                y = 0.0;
            }
            whole = false;
        }
        fresh = false;
    }
    if pages.last().is_some_and(Vec::is_empty) && pages.len() > 1 {
        pages.pop();
    }
    pages
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

/// Height the block needs at least on the page it starts on.
fn min_height(b: &VBlock) -> f32 {
    let n = if b.breakable && b.lines.len() >= 2 * MIN_LINES {
        MIN_LINES
    } else {
        b.lines.len()
    };
    b.lines[..n].iter().map(|l| l.height).sum()
}

/// Extra height a keep-with-next block drags along: the following blocks' minimums.
fn keep_height(blocks: &[VBlock], i: usize) -> f32 {
    let mut h = 0.0;
    let mut j = i;
    while blocks[j].keep_with_next && j + 1 < blocks.len() {
        j += 1;
        h += blocks[j].space_before + min_height(&blocks[j]);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(tag: &str, n: usize) -> VBlock {
        VBlock {
            lines: (0..n)
                .map(|i| SetLine {
                    height: 10.0,
                    runs: Vec::new(),
                    text: format!("{tag}{i}"),
                    kind: LineKind::Justified,
                    end: 0.0,
                })
                .collect(),
            space_before: 0.0,
            keep_with_next: false,
            breakable: true,
            grid: None,
        }
    }

    fn texts(pages: &[Vec<Placed>]) -> Vec<Vec<String>> {
        pages
            .iter()
            .map(|p| p.iter().map(|(_, l)| l.text.clone()).collect())
            .collect()
    }

    #[test]
    fn no_orphan_no_widow() {
        // A page holds 10 lines. 9 lines of a, then b has 5 lines: one line would be an
        // orphan, so b starts on the next page.
        let pages = paginate(vec![para("a", 9), para("b", 5)], 100.0, 0.0);
        assert_eq!(texts(&pages)[1][0], "b0");
        // 7 lines of a, then b has 4: 3 would fit but would leave a widow; take 2.
        let pages = paginate(vec![para("a", 7), para("b", 4)], 100.0, 0.0);
        let t = texts(&pages);
        assert_eq!(t[0].len(), 9);
        assert_eq!(t[1], vec!["b2", "b3"]);
    }

    #[test]
    fn no_hyphen_at_a_page_foot() {
        // 8 lines of a, then b's 4 lines: b0 and b1 fit, and b1 ends in a hyphen.
        let mut b = para("b", 4);
        b.lines[1].kind = LineKind::Hyphenated;
        let blocks = vec![para("a", 8), b.clone()];
        // Without a way to set b again, the hyphen stays: one line less would leave an
        // orphan, and moving b over whole a page two lines short.
        let pages = paginate(blocks.clone(), 100.0, 0.0);
        assert_eq!(texts(&pages)[1][0], "b2");
        // Set again with b1 whole (here: renamed so the test sees which lines came).
        let mut asked = Vec::new();
        let mut rebreak = |blk: usize, k: usize| {
            asked.push((blk, k));
            let mut again = b.clone();
            again.lines[k].kind = LineKind::Justified;
            again.lines[k].text = "b1 whole".into();
            Some(again.lines)
        };
        let pages = paginate_with(blocks, 100.0, 0.0, &mut rebreak);
        assert_eq!(asked, [(1, 1)]);
        let t = texts(&pages);
        assert_eq!(t[0][8..], ["b0", "b1 whole"]);
        assert_eq!(t[1], ["b2", "b3"]);
    }

    #[test]
    fn heading_is_not_stranded() {
        let mut head = para("h", 1);
        head.keep_with_next = true;
        head.breakable = false;
        let pages = paginate(vec![para("a", 9), head, para("b", 6)], 100.0, 0.0);
        let t = texts(&pages);
        assert_eq!(t[0].len(), 9, "{t:?}");
        assert_eq!(t[1][0], "h0");
    }

    #[test]
    fn a_grid_block_starts_on_the_grid() {
        let mut note = para("n", 3);
        for l in &mut note.lines {
            l.height = 9.2;
        }
        let mut body = para("b", 3);
        body.space_before = 15.0;
        body.grid = Some(10.0);
        let pages = paginate(vec![note, body], 100.0, 20.0);
        // 20 + 3 × 9.2 + 15 = 62.6: the body's first line slot starts at 70.
        let (y, l) = &pages[0][3];
        assert_eq!(l.text, "b0");
        assert!((y - (70.0 + 10.0 * BASELINE_SHARE)).abs() < 1e-3, "{y}");
    }

    #[test]
    fn every_line_placed_once_in_order_within_the_page() {
        let blocks: Vec<VBlock> = (0..20)
            .map(|i| para(&format!("p{i}-"), 1 + i % 7))
            .collect();
        let pages = paginate(blocks.clone(), 95.0, 30.0);
        let all: Vec<String> = texts(&pages).concat();
        let want: Vec<String> = blocks
            .iter()
            .flat_map(|b| b.lines.iter().map(|l| l.text.clone()))
            .collect();
        assert_eq!(all, want);
        for p in &pages {
            for (y, _) in p {
                assert!(*y <= 95.0);
            }
        }
    }
}
