//! Pagination stage, tests of the opener's white lifted a line: a story whose page after
//! the opener is left two lines short by a paragraph too short to part, with none on
//! the pages that can be set a line longer or shorter.

use super::tests_code::{LEADING, MEASURE, block, opener, short};
use super::*;

/// Twenty lines.
const HEIGHT: f32 = 286.0;

/// Lines short of a full page on each page.
fn shorts(pages: &[Vec<Placed>]) -> Vec<usize> {
    pages.iter().map(|p| short(p, HEIGHT)).collect()
}

#[test]
fn a_page_left_short_by_a_three_line_paragraph_takes_a_line_from_the_openers_white() {
    // The opener: its heading, the author's note's label and two lines, off the grid,
    // then two lines of white and the story, nine lines of room. Its paragraphs fill
    // eight; the two-line one after them goes over, and the next page then ends two
    // lines short before a three-line paragraph (none can be set again). A line more
    // of white on the opener only fills it (and with a line less on it, leaves it two
    // short); a line less brings the two lines up and the three onto the page after.
    let mut blocks = opener();
    let story = "jjl jjl jl jl jjl jjl jjl jjl jjl l jjl jl jjl jl";
    for (k, code) in story.split_whitespace().enumerate() {
        blocks.push(block(k + 3, code, LEADING));
    }
    blocks[3].space_before = 2.0 * LEADING;
    let balance = Balance {
        leading: LEADING,
        spreads: false,
        measure: MEASURE,
    };
    let words: Vec<String> = (blocks.iter().enumerate())
        .flat_map(|(b, blk)| (0..blk.lines.len()).map(move |i| format!("{b}.{i}")))
        .collect();
    let (pages, _) = paginate_with(blocks, (HEIGHT, 28.6), balance, &mut |_, _| None);
    let shorts = shorts(&pages);
    assert!(
        shorts[..shorts.len() - 1].iter().all(|&s| s < 2),
        "lines short per page: {shorts:?}"
    );
    // Every line once, in order; the white under the note still a line at least.
    let set: Vec<String> = pages
        .iter()
        .flatten()
        .map(|(_, l)| l.text.clone())
        .collect();
    assert_eq!(set, words);
    let note_end = pages[0].iter().find(|(_, l)| l.text == "2.1").map(|p| p.0);
    let first = pages[0].iter().find(|(_, l)| l.text == "3.0").map(|p| p.0);
    assert!(first.unwrap() - note_end.unwrap() >= 2.0 * LEADING - 0.01);
}
