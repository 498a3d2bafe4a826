//! Pagination stage, tests: a story's closing note kept with its end, and a hyphen a
//! paragraph set a line longer would add traded for a page a line short.

use super::tests::{para, scene_break, texts};
use super::*;
use crate::render::pdf::frame::LineKind;

/// A story's closing note as the book sets it: its heading, two lines of white above it,
/// kept with the story's end and with the note, and the note's one line `gap` under it.
fn closing_note(gap: f32) -> [VBlock; 2] {
    let heading = VBlock {
        space_before: 20.0,
        keep_with_next: true,
        keep_with_previous: true,
        breakable: false,
        ..para("h", 1)
    };
    let note = VBlock {
        space_before: gap,
        ..para("n", 1)
    };
    [heading, note]
}

#[test]
fn a_closing_note_takes_lines_won_above_it_rather_than_a_page_of_its_own() {
    // Pages of 10 lines, one chapter. a, b and c fill 7; the closing note's heading
    // (two lines of space above it) and its one line need 4.5 lines, so greedy sends
    // them whole to a page of their own and the story's last page ends three short.
    let sizes = [("a", 3), ("b", 2), ("c", 2)];
    let mut blocks: Vec<VBlock> = sizes.iter().map(|(t, n)| para(t, *n)).collect();
    let heading = VBlock {
        space_before: 20.0,
        keep_with_next: true,
        breakable: false,
        ..para("h", 1)
    };
    blocks.extend([
        heading,
        VBlock {
            space_before: 5.0,
            ..para("n", 1)
        },
    ]);
    let balance = Balance {
        leading: 10.0,
        spreads: false,
        measure: 100.0,
    };
    let greedy = paginate(blocks.clone(), 100.0, 0.0);
    assert_eq!(texts(&greedy)[1], ["h0", "n0"]);
    // Any paragraph may be set a line shorter or longer: two a line shorter (not three
    // a line longer, which would fill the page and still leave the note alone) let the
    // note up, and the chapter ends on one page.
    let mut rebreak = |b: usize, ask: Ask| {
        let (tag, n) = *sizes.get(b)?;
        Some(para(&format!("{tag}'"), (n as i32 + ask.looseness) as usize).lines)
    };
    let (pages, lens) = paginate_with(blocks.clone(), (100.0, 0.0), balance, &mut rebreak);
    let t = texts(&pages);
    assert_eq!(pages.len(), 1, "{t:?}");
    assert_eq!(t[0][t[0].len() - 2..], ["h0", "n0"], "{t:?}");
    assert_eq!(lens[..3].iter().sum::<usize>(), 5, "{lens:?}");
    // Where no paragraph can be set shorter, the page is filled with text instead
    // (two a line longer: a page one line short breaks no rule).
    let mut longer = |b: usize, ask: Ask| {
        let (tag, n) = *sizes.get(b).filter(|_| ask.looseness > 0)?;
        Some(para(&format!("{tag}'"), (n as i32 + ask.looseness) as usize).lines)
    };
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), balance, &mut longer);
    assert_eq!(pages[0].len(), 9, "{:?}", texts(&pages));
}

#[test]
fn a_closing_note_never_stands_alone_on_a_page() {
    // Pages of 10 lines, one chapter: x, a scene break, y and z fill the first page
    // exactly; the closing note's heading (two lines of space above it) and its line do
    // not fit under them, and no paragraph can be set again. The note once went over
    // alone; now the story's last lines (z, two lines) go with it, and the scene break
    // a line taller fills the page they leave to one line short.
    let y = VBlock {
        space_before: 5.0,
        grid: Some(10.0),
        ..para("y", 2)
    };
    let [heading, note] = closing_note(5.0);
    let plain = vec![
        para("x", 5),
        para("y", 3),
        para("z", 2),
        heading.clone(),
        note.clone(),
    ];
    let blocks = vec![para("x", 4), scene_break(), y, para("z", 2), heading, note];
    let balance = Balance {
        leading: 10.0,
        spreads: false,
        measure: 100.0,
    };
    let (pages, _) = paginate_with(blocks.clone(), (100.0, 0.0), balance, &mut |_, _| None);
    let t = texts(&pages);
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(t[1], ["z0", "z1", "h0", "n0"], "{t:?}");
    let (foot, _) = pages[0].last().unwrap();
    assert!(
        (foot - (80.0 + 10.0 * BASELINE_SHARE)).abs() < 0.01,
        "the page before ends a line short: {foot} {t:?}"
    );
    // Where nothing can fill the page the story's lines would leave (no scene break),
    // the note goes over alone: a chapter's last page may be short, one before it may
    // not.
    let (pages, _) = paginate_with(plain, (100.0, 0.0), balance, &mut |_, _| None);
    let t = texts(&pages);
    assert_eq!(t[0].len(), 10, "{t:?}");
    assert_eq!(t[1], ["h0", "n0"], "{t:?}");
}

#[test]
fn a_hyphen_a_longer_paragraph_adds_is_traded_for_a_page_a_line_short() {
    // Print, pages of 10 lines. The opener takes ten one-line paragraphs; the verso
    // q (three lines) and seven more; the recto nine, then a heading that must keep
    // two lines of p under it does not fit: the spread is uneven. q set a line longer
    // levels it, but only with a hyphen. Looking back, the opener ending a line short
    // (which the rules allow) sends a line over and levels the spread without it.
    let one = |k: usize| para(&format!("o{k}-"), 1);
    let mut blocks: Vec<VBlock> = (0..10).map(one).collect();
    blocks.push(para("q", 3));
    blocks.extend((10..26).map(one));
    blocks.push(VBlock {
        keep_with_next: true,
        breakable: false,
        ..para("h", 1)
    });
    blocks.push(para("p", 4));
    blocks.push(para("r", 6));
    let q = 10;
    let mut rebreak = |b: usize, ask: Ask| {
        if b != q || ask.looseness < 0 {
            return None;
        }
        let mut again = para("q", 3 + ask.looseness as usize);
        if ask.looseness > 0 {
            again.lines[1].kind = LineKind::Hyphenated;
        }
        Some(again.lines)
    };
    let balance = Balance {
        leading: 10.0,
        spreads: true,
        measure: 100.0,
    };
    let (pages, lens) = paginate_with(blocks, (100.0, 0.0), balance, &mut rebreak);
    let t = texts(&pages);
    assert_eq!(lens[q], 3, "q as it was, no hyphen: {t:?}");
    assert!(
        pages.iter().flatten().all(|(_, l)| !l.ends_in_hyphen()),
        "{t:?}"
    );
    assert_eq!(
        [pages[0].len(), pages[1].len(), pages[2].len()],
        [9, 10, 10],
        "{t:?}"
    );
}

#[test]
fn a_closing_note_a_little_too_tall_comes_up_with_less_white_above_it() {
    // Pages of 10 lines, one chapter. a fills 6 lines; the closing note's heading with
    // its two lines of white, and its line, need 4.5: half a line too many. The note
    // once went over with a's last two lines, leaving the page six lines short; its
    // white now gives up a line, and it comes up under the story's end.
    let [heading, note] = closing_note(5.0);
    let blocks = vec![para("a", 6), heading, note];
    let balance = Balance {
        leading: 10.0,
        spreads: false,
        measure: 100.0,
    };
    let (pages, _) = paginate_with(blocks, (100.0, 0.0), balance, &mut |_, _| None);
    let t = texts(&pages);
    assert_eq!(
        t,
        [["a0", "a1", "a2", "a3", "a4", "a5", "h0", "n0"]],
        "{t:?}"
    );
    // The white gives up only what it must: half a line, of the line it may.
    let (h, _) = pages[0][6];
    assert!((h - (75.0 + 10.0 * BASELINE_SHARE)).abs() < 0.01, "{h}");
}

#[test]
fn a_closing_note_keeps_three_quarters_of_a_line_of_white_above_it() {
    // As above, the note's line 12 (then 13) points under its heading: the note fits
    // under a's six lines with 8 points of white above it (then 7). Three quarters of a
    // line (7.5) is the least white kept: the first comes up, the second goes over.
    let blocks = |gap: f32| {
        let [heading, note] = closing_note(gap);
        vec![para("a", 6), heading, note]
    };
    let balance = Balance {
        leading: 10.0,
        spreads: false,
        measure: 100.0,
    };
    let (pages, _) = paginate_with(blocks(12.0), (100.0, 0.0), balance, &mut |_, _| None);
    assert_eq!(pages.len(), 1, "{:?}", texts(&pages));
    let (h, _) = pages[0][6];
    assert!((h - (68.0 + 10.0 * BASELINE_SHARE)).abs() < 0.01, "{h}");
    let (pages, _) = paginate_with(blocks(13.0), (100.0, 0.0), balance, &mut |_, _| None);
    assert_eq!(pages.len(), 2, "{:?}", texts(&pages));
}

#[test]
fn a_quote_gives_half_its_white_above_and_below_for_a_closing_note() {
    // Pages of 10 lines, one chapter: a, a quote set a line apart above and below, b
    // and the story's last paragraph c (two lines, too short to part); the closing
    // note's heading and its line need more than the three lines left under c, even
    // with the heading's white shrunk, and no paragraph can be set again. The note
    // took c over with it and the page ended five lines short. The quote's white,
    // half a line above and half below instead of a line each, lets them up: the
    // chapter ends on one page, and b after the quote is back on the grid.
    let on_grid = |tag: &str, n: usize, space: f32| VBlock {
        space_before: space,
        grid: Some(10.0),
        ..para(tag, n)
    };
    let quote = VBlock {
        give: true,
        ..on_grid("q", 1, 10.0)
    };
    let [heading, note] = closing_note(5.0);
    let blocks = vec![
        on_grid("a", 1, 0.0),
        quote,
        on_grid("b", 1, 10.0),
        on_grid("c", 2, 0.0),
        heading,
        note,
    ];
    let balance = Balance {
        leading: 10.0,
        spreads: false,
        measure: 100.0,
    };
    let (pages, _) = paginate_with(blocks.clone(), (100.0, 0.0), balance, &mut |_, _| None);
    let t = texts(&pages);
    assert_eq!(pages.len(), 1, "{t:?}");
    assert_eq!(t[0], ["a0", "q0", "b0", "c0", "c1", "h0", "n0"]);
    // The quote's line half a line off the grid, b's on it, a line higher than with
    // the quote's full white.
    let y = |i: usize| pages[0][i].0;
    assert!((y(1) - y(0) - 15.0).abs() < 0.01, "{:?}", (y(0), y(1)));
    assert!((y(2) - y(1) - 15.0).abs() < 0.01, "{:?}", (y(1), y(2)));
    // Without the give, as before.
    let mut plain = blocks;
    plain[1].give = false;
    let (pages, _) = paginate_with(plain, (100.0, 0.0), balance, &mut |_, _| None);
    assert_eq!(pages.len(), 2, "{:?}", texts(&pages));
}
