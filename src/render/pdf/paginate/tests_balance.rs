//! Pagination stage, tests: the white above a story's first line on its opener, a scene
//! break that gives up its white to level a spread, and a right-to-left paragraph's last
//! line at a page's foot.

use super::tests::{para, texts};
use super::*;
use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::frame::{Flow, GlyphRun, LineKind, PlacedGlyph};

const BALANCE: Balance = Balance {
    leading: 10.0,
    spreads: false,
    measure: 100.0,
};

/// `n` lines of story text, on the body grid.
fn text(tag: &str, n: usize) -> VBlock {
    VBlock {
        grid: Some(10.0),
        ..para(tag, n)
    }
}

/// A heading off the grid that keeps with what follows.
fn heading() -> VBlock {
    VBlock {
        keep_with_next: true,
        breakable: false,
        ..para("h", 1)
    }
}

#[test]
fn an_opener_takes_a_line_of_white_above_its_text_rather_than_end_two_lines_short() {
    // A page holds 10 lines: the heading and a's 7 lines; b's 3 cannot part (two lines
    // here would leave a widow overleaf) and no paragraph can be set again, so the
    // page would end two lines short. A line more of white between the heading and the
    // story's first line leaves it one short, on the grid.
    let blocks = vec![heading(), text("a", 7), text("b", 3), text("c", 6)];
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), BALANCE, &mut |_, _| None);
    let t = texts(&pages);
    assert_eq!(t[0], ["h0", "a0", "a1", "a2", "a3", "a4", "a5", "a6"]);
    assert_eq!(t[1][0], "b0");
    let first = pages[0][1].0;
    assert!(
        (first - (20.0 + 10.0 * BASELINE_SHARE)).abs() < 0.01,
        "{first}"
    );
    let last = pages[0].last().expect("lines").0;
    assert!(
        (last - (80.0 + 10.0 * BASELINE_SHARE)).abs() < 0.01,
        "{last}"
    );
}

#[test]
fn a_page_with_room_keeps_its_story_text_under_the_heading() {
    // Where the page ends level without it, no white is added.
    let blocks = vec![heading(), text("a", 7), text("b", 2), text("c", 6)];
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), BALANCE, &mut |_, _| None);
    assert_eq!(texts(&pages)[0].len(), 10);
    assert!((pages[0][1].0 - (10.0 + 10.0 * BASELINE_SHARE)).abs() < 0.01);
}

/// A one-line paragraph of right-to-left text, set flush right: it ends at the
/// measure, and starts `from` points in.
fn right_to_left(from: f32) -> VBlock {
    let mut b = para("rtl", 1);
    let line = &mut b.lines[0];
    line.kind = LineKind::Last;
    line.end = 100.0;
    line.runs = vec![GlyphRun {
        font: FontKey::Regular,
        size: 10.0,
        glyphs: vec![
            PlacedGlyph {
                x: 95.0,
                gid: 1,
                dy: 0,
            },
            PlacedGlyph {
                x: from,
                gid: 2,
                dy: 0,
            },
        ],
        flow: Flow::Rtl,
        spelled: None,
    }];
    b
}

#[test]
fn a_short_right_to_left_line_at_the_foot_reads_as_a_paragraph_end() {
    // Nine lines of a, then a one-line right-to-left paragraph that fills the page. It
    // ends at the right margin, as every such line does; it starts far from the left
    // one, so it reads as the paragraph's end, not as a full line (an orphan).
    let blocks = vec![para("a", 9), right_to_left(60.0), para("b", 6)];
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), BALANCE, &mut |_, _| None);
    assert_eq!(texts(&pages)[0].len(), 10);
    // One that spans the measure does read as full: the page ends a line early.
    let blocks = vec![para("a", 9), right_to_left(0.5), para("b", 6)];
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), BALANCE, &mut |_, _| None);
    let t = texts(&pages);
    assert_eq!(t[0].len(), 9);
    assert_eq!(t[1][0], "rtl0");
}

#[test]
fn a_scene_break_at_the_verso_foot_gives_up_its_white_where_no_paragraph_can_level_the_spread() {
    // Pages of 10 lines. The opener takes a; on the verso b, c and d fill 7 lines, the
    // break's ornament takes half a line of white and its line, and e's first two
    // lines do not fit under it: the verso would end on the ornament, its text three
    // lines above the recto's, and no paragraph can be set again to carry the break
    // overleaf. Set in one line, its white given up, the ornament comes right under d
    // (its baseline still midway between d's last and e's first) and e's first two
    // lines fill the verso, on the grid: the spread ends level.
    let sizes = [("a", 10), ("b", 2), ("c", 2), ("d", 3), ("*", 1), ("e", 4)];
    let mut blocks: Vec<VBlock> = sizes.iter().map(|(t, n)| para(t, *n)).collect();
    blocks[4] = VBlock {
        tight: true,
        ..super::tests::scene_break()
    };
    blocks[5].grid = Some(10.0);
    blocks[5].space_before = 5.0;
    blocks.extend([para("f", 10), para("g", 10)]);
    let spreads = Balance {
        spreads: true,
        ..BALANCE
    };
    let line = |row: f32| row * 10.0 + 10.0 * BASELINE_SHARE;
    let (pages, _) = paginate_with(blocks.clone(), (100.0, 0.0), spreads, &mut |_, _| None);
    let t = texts(&pages);
    assert_eq!(t[1][7..], ["*0", "e0", "e1"], "{t:?}");
    let at = |p: usize, k: usize| pages[p][k].0;
    assert!((at(1, 7) - line(7.0)).abs() < 0.01, "{t:?}");
    assert!(
        (at(1, 8) - line(8.0)).abs() < 0.01,
        "e back on the grid: {t:?}"
    );
    for p in [1, 2] {
        let foot = pages[p].last().expect("lines").0;
        assert!((foot - line(9.0)).abs() < 0.01, "page {p} full: {t:?}");
    }
    // An ornament that may not give its white breaks a rule elsewhere: the best the
    // pages find carries the break overleaf with the opener two lines short.
    blocks[4].tight = false;
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), spreads, &mut |_, _| None);
    let t = texts(&pages);
    assert_eq!(t[0].len(), 8, "{t:?}");
    assert_eq!(t[2][0], "*0", "{t:?}");
}
