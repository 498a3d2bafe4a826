//! Pagination stage, tests: widows, orphans, heads, hyphens at the foot, the grid, balance.

use super::*;
use crate::render::pdf::frame::LineKind;

pub(super) fn para(tag: &str, n: usize) -> VBlock {
    VBlock {
        lines: (0..n)
            .map(|i| SetLine {
                height: 10.0,
                runs: Vec::new(),
                text: format!("{tag}{i}"),
                kind: LineKind::Justified,
                end: 0.0,
                loose: false,
                label: 0,
                hyphenable: true,
            })
            .collect(),
        space_before: 0.0,
        keep_with_next: false,
        keep_with_previous: false,
        breakable: true,
        grid: None,
        flex: false,
        give: false,
        tight: false,
    }
}

pub(super) fn texts(pages: &[Vec<Placed>]) -> Vec<Vec<String>> {
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
    let mut rebreak = |blk: usize, ask: Ask| {
        let k = ask.unhyphenated.expect("asked for a line without a hyphen");
        asked.push((blk, k));
        let mut again = b.clone();
        again.lines[k].kind = LineKind::Justified;
        again.lines[k].text = "b1 whole".into();
        Some(again.lines)
    };
    let balance = Balance {
        leading: 10.0,
        spreads: false,
        measure: 100.0,
    };
    let (pages, lens) = paginate_with(blocks, (100.0, 0.0), balance, &mut rebreak);
    assert_eq!(lens, [8, 4]);
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

#[test]
fn a_spread_left_uneven_is_levelled_by_a_paragraph_a_line_longer_or_shorter() {
    // Pages of 10 lines. The opener takes a; on the verso, b's 9 lines leave one line,
    // too few for c (an orphan), so greedy ends the verso a line short and the recto
    // (c and d) full.
    let sizes = [("a", 10), ("b", 9), ("c", 4), ("d", 6), ("e", 10)];
    let blocks: Vec<VBlock> = sizes.iter().map(|(t, n)| para(t, *n)).collect();
    let balance = Balance {
        leading: 10.0,
        spreads: true,
        measure: 100.0,
    };
    let greedy = paginate(blocks.clone(), 100.0, 0.0);
    let lens = |pages: &[Vec<Placed>]| pages.iter().map(Vec::len).collect::<Vec<_>>();
    assert_eq!(lens(&greedy)[1..3], [9, 10]);
    // Any paragraph may be set with a line more or less.
    let mut rebreak = |b: usize, ask: Ask| {
        let (tag, n) = sizes[b];
        let n = (n as i32 + ask.looseness) as usize;
        Some(para(&format!("{tag}'"), n).lines)
    };
    let (pages, got) = paginate_with(blocks.clone(), (100.0, 0.0), balance, &mut rebreak);
    let l = lens(&pages);
    assert_eq!(l[1], l[2], "verso and recto end level: {:?}", texts(&pages));
    assert_eq!(l[1], 10, "and full: {:?}", texts(&pages));
    // Every line of the final settings placed once, in order.
    assert_eq!(
        pages.iter().map(Vec::len).sum::<usize>(),
        got.iter().sum::<usize>()
    );
    let total: usize = sizes.iter().map(|s| s.1).sum();
    assert_eq!(got.iter().sum::<usize>().abs_diff(total), 1, "{got:?}");
    // Without a way to set paragraphs again no change levels this spread (a line less
    // on either page moves an orphan or a widow along): the greedy pages stay.
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), balance, &mut |_, _| None);
    assert_eq!(texts(&pages), texts(&greedy));
}

#[test]
fn a_spread_may_end_a_line_short_on_both_pages() {
    // The verso takes b (9 lines) and one line is left: c (5 lines) cannot start with
    // one. With a line less on the recto too, the spread is level.
    let sizes = [("a", 10), ("b", 9), ("c", 5), ("d", 10), ("e", 10)];
    let blocks: Vec<VBlock> = sizes.iter().map(|(t, n)| para(t, *n)).collect();
    let balance = Balance {
        leading: 10.0,
        spreads: true,
        measure: 100.0,
    };
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), balance, &mut |_, _| None);
    let l: Vec<usize> = pages.iter().map(Vec::len).collect();
    assert_eq!((l[1], l[2]), (9, 9), "{:?}", texts(&pages));
}

#[test]
fn scene_breaks_take_a_line_more_of_white_on_a_page_left_short() {
    // Pages of 10 lines: a, a break, b, a break, c fill 8; d (3 lines) cannot be split
    // without a widow or an orphan and no paragraph can be set again, so the page would
    // end two lines short. Each break takes a line more instead, the page is full, and
    // each ornament stays midway between the lines above and below it.
    let mut blocks = vec![para("a", 2), para("*", 1), para("b", 2), para("*", 1)];
    blocks.extend([para("c", 2), para("d", 3), para("e", 10)]);
    for k in [1, 3] {
        blocks[k].flex = true;
        blocks[k].breakable = false;
    }
    let balance = Balance {
        leading: 10.0,
        spreads: false,
        measure: 100.0,
    };
    let greedy = paginate(blocks.clone(), 100.0, 0.0);
    assert_eq!(greedy[0].len(), 8);
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), balance, &mut |_, _| None);
    let first = &pages[0];
    assert_eq!(first.len(), 8, "{:?}", texts(&pages));
    let last = first.last().unwrap().0;
    assert!(
        (last - (90.0 + 10.0 * BASELINE_SHARE)).abs() < 0.01,
        "{last}"
    );
    for k in [2, 5] {
        let (above, at, below) = (first[k - 1].0, first[k].0, first[k + 1].0);
        assert!(first[k].1.text.starts_with('*'));
        assert!((at - above - 15.0).abs() < 0.01 && (below - at - 15.0).abs() < 0.01);
    }
    assert!(pages[1][0].1.text.starts_with('d'));
}

/// A paragraph whose last line ends `end` points along a measure of 100.
fn ending(tag: &str, n: usize, end: f32) -> VBlock {
    let mut b = para(tag, n);
    let last = b.lines.last_mut().unwrap();
    last.kind = LineKind::Last;
    last.end = end;
    b
}

#[test]
fn a_last_line_that_reads_as_full_does_not_end_a_page() {
    // Pages of 10 lines: a (9 lines) and the one-line paragraph b fill one. b's line
    // runs to the margin: at the foot it reads as a paragraph going on overleaf. It
    // moves over: the page ends a line short.
    let blocks = vec![
        ending("a", 9, 40.0),
        ending("b", 1, 99.5),
        ending("c", 4, 50.0),
    ];
    let balance = Balance {
        leading: 10.0,
        spreads: false,
        measure: 100.0,
    };
    let greedy = paginate(blocks.clone(), 100.0, 0.0);
    assert_eq!(texts(&greedy)[0].last().unwrap(), "b0");
    let (pages, _) = paginate_with(blocks.clone(), (100.0, 0.0), balance, &mut |_, _| None);
    let t = texts(&pages);
    assert_eq!(t[0].len(), 9, "{t:?}");
    assert_eq!(t[1][0], "b0", "{t:?}");
    // Where ending the page early does not serve (a shorter by a line, b still fits
    // and ends the page), a paragraph on it is set a line shorter: a' and b leave room
    // for two lines of c, and the page ends inside c.
    let blocks2 = vec![
        ending("a", 8, 40.0),
        ending("b", 1, 99.5),
        ending("c", 4, 50.0),
    ];
    let mut rebreak =
        |b: usize, ask: Ask| (b == 0 && ask.looseness == -1).then(|| ending("a'", 7, 40.0).lines);
    let (pages, _) = paginate_with(blocks2, (100.0, 0.0), balance, &mut rebreak);
    let t = texts(&pages);
    assert_eq!(t[0].len(), 10, "{t:?}");
    assert_eq!(t[0][7..], ["b0", "c0", "c1"], "{t:?}");
    // A last line short of the margin ends a page as before.
    let mut blocks = blocks;
    blocks[1] = ending("b", 1, 90.0);
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), balance, &mut |_, _| None);
    assert_eq!(texts(&pages)[0].last().unwrap(), "b0");
}

#[test]
fn a_kept_line_is_not_split_from_its_turnover() {
    // A chat log: lines kept as typed, each ending Last; line 7 turns over onto line 8.
    // Pages of 10 lines; a takes 2, so the log's lines 0..8 fit and 7/8 would split.
    let mut log = para("m", 12);
    for (i, l) in log.lines.iter_mut().enumerate() {
        if i != 7 {
            l.kind = LineKind::Last;
        }
    }
    let pages = paginate(vec![ending("a", 2, 40.0), log], 100.0, 0.0);
    let t = texts(&pages);
    assert_eq!(t[0].last().unwrap(), "m6", "{t:?}");
    assert_eq!(t[1][0], "m7", "{t:?}");
}

/// A scene break's ornament as the book sets it: one line, half a line of space above,
/// a line more of white on call; the text after it back on the grid.
pub(super) fn scene_break() -> VBlock {
    VBlock {
        space_before: 5.0,
        breakable: false,
        flex: true,
        ..para("*", 1)
    }
}

#[test]
fn a_scene_break_at_the_verso_foot_goes_overleaf_and_the_spread_ends_level() {
    // Pages of 10 lines. The opener takes a; on the verso b, c and d fill 7 lines and
    // the break's ornament fits below them, but e's first two lines do not: greedy ends
    // the verso on the ornament, its text three lines above the recto's.
    let sizes = [("a", 10), ("b", 2), ("c", 2), ("d", 3), ("*", 1), ("e", 4)];
    let mut blocks: Vec<VBlock> = sizes.iter().map(|(t, n)| para(t, *n)).collect();
    blocks[4] = scene_break();
    blocks[5].grid = Some(10.0);
    blocks.extend([para("f", 10), para("g", 10)]);
    let balance = Balance {
        leading: 10.0,
        spreads: true,
        measure: 100.0,
    };
    let greedy = paginate(blocks.clone(), 100.0, 0.0);
    assert_eq!(texts(&greedy)[1].last().unwrap(), "*0");
    // Paragraphs that may be set a line shorter (`tighter`) or only longer.
    for tighter in [true, false] {
        let mut rebreak = |b: usize, ask: Ask| {
            let (tag, n) = *sizes.get(b).filter(|(t, _)| *t != "*")?;
            let n = n as i32 + ask.looseness;
            (tighter || ask.looseness > 0).then(|| para(&format!("{tag}'"), n as usize).lines)
        };
        let (pages, _) = paginate_with(blocks.clone(), (100.0, 0.0), balance, &mut rebreak);
        let t = texts(&pages);
        let foot = 90.0 + 10.0 * BASELINE_SHARE;
        for p in [1, 2] {
            let (y, last) = pages[p].last().unwrap();
            assert!(!last.text.starts_with('*'), "page {p} ends on text: {t:?}");
            assert!(
                (y - foot).abs() < 0.01,
                "page {p} ends on the last line: {t:?}"
            );
        }
        assert_eq!(t.iter().flatten().filter(|l| *l == "*0").count(), 1);
        if !tighter {
            // Only lines won above the break (b, c, d a line longer) fill the verso
            // with text: the ornament opens the recto, shown, with e after it.
            assert_eq!(t[2][..2], ["*0", "e0"], "{t:?}");
        }
    }
}

#[test]
fn a_scene_break_ending_a_page_sits_at_most_a_line_above_the_foot() {
    // Pages of 10 lines. a fills 6; the break's ornament takes half a line of space and
    // its line (65..75); the heading after it and two lines of b do not fit, so the
    // page ends on the ornament, its line two and a half lines above the foot. Set a
    // line longer, a moves it a line down, which still leaves one and a half lines of
    // white under it (as much as two lines of text would): the break also takes a line
    // more of white, and its line ends a line above the foot. The white a widened break
    // takes under it is no part of the page's text.
    let heading = VBlock {
        space_before: 10.0,
        keep_with_next: true,
        breakable: false,
        ..para("h", 1)
    };
    let b = VBlock {
        space_before: 5.0,
        grid: Some(10.0),
        ..para("b", 6)
    };
    let blocks = vec![para("a", 6), scene_break(), heading, b];
    let balance = Balance {
        leading: 10.0,
        spreads: false,
        measure: 100.0,
    };
    let mut rebreak =
        |b: usize, ask: Ask| (b == 0).then(|| para("a'", (6 + ask.looseness) as usize).lines);
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), balance, &mut rebreak);
    let t = texts(&pages);
    let (y, last) = pages[0].last().unwrap();
    assert_eq!(last.text, "*0", "{t:?}");
    assert!(
        (y - (80.0 + 10.0 * BASELINE_SHARE)).abs() < 0.01,
        "the ornament's line ends a line above the foot: {y} {t:?}"
    );
    assert_eq!(pages[0].len(), 8, "{t:?}");
}
