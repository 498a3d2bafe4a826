//! Pagination stage, tests of the opener's white set again: a story whose opener its
//! page-by-page setting lifted a line (to end full), and whose later pages only keep
//! the rules with that line given back and a line more; one at a narrow measure whose
//! opener page ends well only with a line more of white and a line less; and one under a
//! title whose opener page ends well only with two lines more.

use super::Placed;
use super::tests_code::{LEADING, MEASURE, keeps_rules, set_story, story, text_shorts};

/// Screen A5: Charis 11/14.3, a text area of 32 lines.
const HEIGHT: f32 = 457.6;
/// The opener's sink.
const DROP: f32 = 85.8;

/// The paragraphs of the ninth story of a bench-like 11-story anthology (bed6, book
/// s89) after its opener's heading and one-line author's note, spelled as
/// `tests_code::story` reads them: short paragraphs of dialogue, two one-line ones
/// that run to the margin (`F`, which may not end a page), a heading inside the story,
/// and only four paragraphs the line breaker can set a line longer.
const STORY: &str = "jjl jl l jjl jjl jjjl jjl jjjjl l jjl #c jl jjjl l jjl jl jl jl jl l F \
    jLjjjjl jjjl jl l l jjjl jLl l l jl jl jl jjl jl jl l jl jjjjjjjl jjl jjjjl jl jl jl \
    jLl F l jl jjjjl jl l l jl jjjjjjjjjjjl jjl jl l jjl jl jjjl jl jjl jl l l jjl>jjLl \
    Ljjjjl jjjl l l l jl l jl l jjjl>jjLLl l l jjjjjl jjl>jLjl jLjjjjl jjl l l jjl jl l l \
    jLl jjl>jjjl jl jjjjjl";

#[test]
fn a_screen_story_whose_opener_was_lifted_takes_a_line_more_white_instead_for_a_full_page() {
    // Set page by page, the opener ends full only with the white above the story's
    // first line lifted a line; four pages on, a page ends two lines short over a
    // three-line paragraph, and no paragraph set a line longer mends it. The window
    // over the pages from the opener could add white above the first line only where
    // none was lifted, so it could not give that line back. Given back, with a line
    // more of white besides (the opener then a line short), every page after the
    // opener ends full or a line short.
    let built = story("l", STORY);
    let headings: Vec<usize> = (built.0.iter().enumerate())
        .filter(|(_, b)| b.flex)
        .map(|(i, _)| i)
        .collect();
    let best: Vec<usize> = built.0.iter().map(|b| b.lines.len()).collect();
    let count: usize = best.iter().sum();
    let (pages, lens, asked) = set_story(built, (HEIGHT, DROP), false);
    let shorts = text_shorts(&pages, HEIGHT, &headings);
    assert!(keeps_rules(&shorts, false), "lines short: {shorts:?}");
    // No paragraph set otherwise (none set looser for it); every line placed, once,
    // in order.
    assert_eq!(lens, best);
    let placed: Vec<&str> = pages.iter().flatten().map(|l| l.1.text.as_str()).collect();
    assert_eq!(placed.len(), count);
    let order = |t: &str| -> (usize, usize) {
        let (b, i) = t.split_once('.').expect("named b.i");
        (b.parse().unwrap_or(0), i.parse().unwrap_or(0))
    };
    assert!(placed.windows(2).all(|w| order(w[0]) < order(w[1])));
    assert!(asked < 1000, "settings asked: {asked}");
}

/// Screen 5×8in: Charis 11/14.3, a text area of 31 lines.
const NARROW_HEIGHT: f32 = 443.3;

/// The paragraphs of the seventh story of a bench-like anthology (bed4, book s2) after
/// its opener's heading and three-line author's note, spelled as `tests_code::story`
/// reads them: short paragraphs of dialogue at a narrow measure, two one-line ones that
/// run to the margin (`F`) where the opener page ends, and few paragraphs the line
/// breaker can set a line longer (none shorter).
const NARROW: &str = "Ll jl Ll jjjl jl l F F jl jjl F jjjl jF>jLl jjjl l jl l jl jjjl l l l l Ll l jl \
    jjjjl jl l l jjjl>jLjLl jl jl jjl F Ljl l jjl l jjl jl jjjjjjl jl jl \
    jjjjjjl>jjLjjjjl jjl>LLLl l jjjjjl jjjjl l l jl l jl jjjjjjl jl jjjl jl jjjjjjl F jl \
    Ll jjjl jl>jjl jjl l Ll jjjjjjl jjLjl l jF>jLl jjjjjl jjjl l l jjjl jl jjLjl jl \
    jjjjl jl jjjjl jjjjjjl jl jl l jjl jjjjjjl>jjLjjjjl jjjl jjjl>jLjLl jjjl \
    jjjjjjjjjjjjl<jjjjjjjjjjjF jl jjjjjjjjjl jl Ljjjl";

/// Whether `page` ends on a one-line paragraph whose line runs to the margin.
fn ends_on_full_one_liner(page: &[Placed], lens: &[usize]) -> bool {
    page.last().is_some_and(|(_, l)| {
        let (b, i) = l.text.split_once('.').expect("named b.i");
        let b: usize = b.parse().expect("a block");
        l.end >= MEASURE && i == "0" && lens[b] == 1
    })
}

#[test]
fn an_opener_page_does_not_end_on_a_full_one_line_paragraph_at_a_narrow_measure() {
    // Set greedily the opener page ends on a one-line paragraph that runs to the
    // margin, and a line less ends it on another; a line more of white above the
    // story's first line alone does the same. Both together end it a line short on a
    // short last line, and every page after keeps the rules.
    let built = story("jjl", NARROW);
    let count: usize = built.0.iter().map(|b| b.lines.len()).sum();
    let (pages, lens, asked) = set_story(built, (NARROW_HEIGHT, DROP), false);
    let last = pages.len() - 1;
    let orphans: Vec<usize> = (0..last)
        .filter(|&p| ends_on_full_one_liner(&pages[p], &lens))
        .collect();
    assert!(orphans.is_empty(), "pages ending on one: {orphans:?}");
    let shorts = text_shorts(&pages, NARROW_HEIGHT, &[]);
    assert!(keeps_rules(&shorts, false), "lines short: {shorts:?}");
    // Every line placed, once.
    assert_eq!(pages.iter().flatten().count(), count);
    assert!(asked < 1000, "settings asked: {asked}");
}

/// The twelfth story of a bench-like anthology (bed14, book s370) on screen, spelled as
/// `tests_code::story` reads them: its title under the opener's heading and four-line
/// author's note (a heading with a line of white above it, half a line under), then
/// short paragraphs of dialogue, a one-line one that runs to the margin (`F`) where
/// the opener's page ends, and one paragraph the line breaker can set a line longer.
const SUBTITLED: &str = "#c jl jjjjjl jl l F jjl jl l jjjjjjjl jl jl jl jl Ljjjjl jjjjjl \
    jjjjjjjjjjl jl jjjjl jjjl jjjl jjjjjjjjjjjl l jjjjl jLl jjl jjl l jjjl jl jl jl Ljjjjl \
    jl #c l l l jjjjjl>LLjjjjl Ljjjjl";

#[test]
fn a_screen_opener_under_a_title_does_not_end_on_a_full_one_line_paragraph() {
    // The opener's page holds the story's first paragraphs down to a one-line one that
    // runs to the margin, two lines short of full, or a line short with a line more of
    // white above the story's first line; without that line it ends two lines short,
    // and none of its paragraphs can be set a line longer or shorter. Only the story's
    // first line two lines lower ends the page on a short last line, a line short, and
    // that is set from the chapter's first page, as in print (see `reflow`).
    let (mut blocks, alts) = story("jjjl", SUBTITLED);
    // The title is no heading inside the story: it takes no line more of white.
    blocks[3].flex = false;
    blocks[3].space_before = LEADING;
    let count: usize = blocks.iter().map(|b| b.lines.len()).sum();
    let (pages, lens, asked) = set_story((blocks, alts), (HEIGHT, DROP), false);
    let last = pages.len() - 1;
    let orphans: Vec<usize> = (0..last)
        .filter(|&p| ends_on_full_one_liner(&pages[p], &lens))
        .collect();
    assert!(orphans.is_empty(), "pages ending on one: {orphans:?}");
    let shorts = text_shorts(&pages, HEIGHT, &[]);
    assert!(keeps_rules(&shorts, false), "lines short: {shorts:?}");
    assert_eq!(pages.iter().flatten().count(), count);
    assert!(asked < 1000, "settings asked: {asked}");
}
