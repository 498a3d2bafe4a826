//! Pagination stage, tests of the window search: a chapter of a bench anthology (short
//! paragraphs of dialogue, few of which can be set a line longer or shorter) whose
//! only settings that keep its pages full take two paragraphs changed together.

use super::tests_code::{LEADING, MEASURE, block, lines, opener, short};
use super::*;
use crate::render::pdf::frame::LineKind;

/// Print 6×9in: Charis 11/14.3, a text area of 35 lines, 330 points wide.
const HEIGHT: f32 = 500.5;

/// The paragraphs of the fourth story of the bench's 11-story anthology (seed 5) after
/// its opener's heading and author's note, one word each: a letter a line (`j` a
/// justified line, `L` one spaced loose, `h` one ending in a hyphen, `l` a short last
/// line, `F` a last line that runs to the margin), then the one setting a line
/// shorter (`<`) or longer (`>`) the line breaker finds for it, if any.
const STORY: &str = "jl jjjl l l F jl jl jl jl jjjl>LjLjl jjjl<jjF jjl Ll l l l jl jjjjjl l \
    F>Ll F>jl jl jjl>Ljjl jjl F jjl l jl jl l jjjjjjl l LLl jl l l l l hjjjjl>Ljjjjjl l l \
    jl jjLl jjl jl l l jl jl l Ll jjLl jjl l l jl jjl<jF jl l jjjjjjl jjl jjjl jjjl Ll jjl \
    l jl jjl F jjl hjjjjl>Ljjjjjl jjjl>LjLjl jjjl>LjLjl jl jl jjLl l l l jjl l F>Ll l \
    jjjl<jjF jl jjjjjl l jl jl l F>jl jl jl jl jjl jl jl l jjjjjjjl l jjjjjjl l \
    jjjl>LjLjl jl jjl jl jjl l l l l l l jjjl jjl>jLjl";

#[test]
fn a_bench_story_whose_spread_needs_two_paragraphs_changed_ends_no_page_two_lines_short() {
    // The opener: the heading, the author's note's label and its two lines, off the
    // grid; then the story. Its fourth and fifth pages (a spread) could only end level
    // with a three-line paragraph on the verso set in two lines and one on the opener's
    // spread set a line longer: left to the pages one by one, the verso ended three
    // lines short, and the window search that may change two paragraphs spent its
    // trials on settings whose first spread already broke as many rules as the pages
    // did, without reaching that pair.
    let mut blocks = opener();
    let mut alts = HashMap::new();
    for (k, word) in STORY.split_whitespace().enumerate() {
        let b = k + 3;
        let (code, alt) = match word.split_once(['<', '>']) {
            Some((code, alt)) => (code, Some(alt)),
            None => (word, None),
        };
        if let Some(alt) = alt {
            let n = if word.contains('<') { -1 } else { 1 };
            alts.insert((b, n), lines(b, alt, LEADING));
        }
        alts.insert((b, 0), lines(b, code, LEADING));
        blocks.push(block(b, code, LEADING));
    }
    blocks[3].space_before = 2.0 * LEADING;
    let balance = Balance {
        leading: LEADING,
        spreads: true,
        measure: MEASURE,
    };
    let mut rebreak = |b: usize, ask: Ask| match ask.unhyphenated {
        None => alts.get(&(b, ask.looseness)).cloned(),
        Some(_) => None,
    };
    let (pages, _) = paginate_with(blocks, (HEIGHT, 85.8), balance, &mut rebreak);
    let shorts: Vec<usize> = pages.iter().map(|p| short(p, HEIGHT)).collect();
    // The chapter's last page may end as short as it will.
    assert!(
        shorts[..shorts.len() - 1].iter().all(|&s| s < 2),
        "lines short per page: {shorts:?}"
    );
}

/// Screen A5: Charis 11/14.3, a text area of 32 lines.
const SCREEN_HEIGHT: f32 = 457.6;

/// The paragraphs of the ninth story of a bench anthology (bed10, book s179) after its
/// opener's heading and four-line author's note, coded as [`STORY`]; `c` is a heading
/// inside the story (it takes a line more of white where a page needs it).
const SCREEN_STORY: &str = "jjjjjjjl l jjjjjjjjjjjl jjl l l jjjjjjjl jl l l jjl jjjl>jLLjl jl \
    jjjjjjjl l jjjjjl jjl jjjjjl jjjl l jl jjjjjl jjl>jjLl jjl jjl jjjl l jl jl l \
    jjjl>jLLjl jjjjjl>LLjjjjl jl jl jjl l jjl Ljjjjl jl jjl>jjLl l jl jjl>jjjl l jl l c l \
    jjjl>jjLLl jl jjjjjl>LLjjjjl jl jjjl l F>Ll jjl jl jl jjl jjl l jl l \
    jjjjjjjl>jjjjjjjjl jLl jjl l l l l jLl jLl jl jl jjjjjl jl jjl jl jl jl F c jl jl \
    jjjl l jl jjjjjl jjjjjjjl>jjjjjjjjl jjjl<jjl";

#[test]
fn a_screen_story_of_short_paragraphs_ends_no_page_on_a_line_read_as_an_orphan() {
    // Pages one by one left the seventh four lines short over a one-line paragraph that
    // runs to the margin; only it and a paragraph above it each set a line longer mend
    // that, and the window search, trying its 75 paragraphs in reading order, spent its
    // budget before it reached the two (nor could it pair them, untried alone).
    let mut blocks = opener();
    blocks[2] = VBlock {
        lines: lines(2, "jjjl", 13.156),
        ..blocks[2].clone()
    };
    let mut alts = HashMap::new();
    for (k, word) in SCREEN_STORY.split_whitespace().enumerate() {
        let b = k + 3;
        let (code, alt) = match word.split_once(['<', '>']) {
            Some((code, alt)) => (code, Some(alt)),
            None => (word, None),
        };
        if let Some(alt) = alt {
            let n = if word.contains('<') { -1 } else { 1 };
            alts.insert((b, n), lines(b, alt, LEADING));
        }
        let after_heading = blocks.last().is_some_and(|p: &VBlock| p.flex);
        if code == "c" {
            // A heading inside the story: a line of white above it, half a line under.
            blocks.push(VBlock {
                space_before: LEADING,
                keep_with_next: true,
                breakable: false,
                grid: None,
                flex: true,
                ..block(b, code, LEADING)
            });
            continue;
        }
        alts.insert((b, 0), lines(b, code, LEADING));
        let space_before = if after_heading { LEADING / 2.0 } else { 0.0 };
        blocks.push(VBlock {
            space_before,
            ..block(b, code, LEADING)
        });
    }
    blocks[3].space_before = 2.0 * LEADING;
    let balance = Balance {
        leading: LEADING,
        spreads: false,
        measure: MEASURE,
    };
    let mut rebreak = |b: usize, ask: Ask| match ask.unhyphenated {
        None => alts.get(&(b, ask.looseness)).cloned(),
        Some(_) => None,
    };
    let (pages, _) = paginate_with(blocks, (SCREEN_HEIGHT, 85.8), balance, &mut rebreak);
    let shorts: Vec<usize> = pages.iter().map(|p| short(p, SCREEN_HEIGHT)).collect();
    // A page's last line that reads as an orphan: a paragraph's first and only line,
    // run to the margin.
    let orphans: Vec<usize> = (pages.iter().enumerate())
        .filter(|(_, p)| {
            p.last().is_some_and(|(_, l)| {
                l.text.ends_with(".0")
                    && l.kind == LineKind::Last
                    && l.end >= MEASURE * (1.0 - FULL_LAST_LINE)
            })
        })
        .map(|(k, _)| k)
        .collect();
    let n = pages.len();
    assert!(
        shorts[..n - 1].iter().all(|&s| s < 2) && orphans.iter().all(|&k| k == n - 1),
        "lines short per page: {shorts:?}; pages ending on an orphan: {orphans:?}"
    );
}
