//! Pagination stage, tests of the window search: a chapter of a bench anthology (short
//! paragraphs of dialogue, few of which can be set a line longer or shorter) whose
//! only settings that keep its pages full take two paragraphs changed together.

use super::*;
use crate::render::pdf::frame::LineKind;

/// Print 6×9in: Charis 11/14.3, a text area of 35 lines, 330 points wide.
const LEADING: f32 = 14.3;
const HEIGHT: f32 = 500.5;
const MEASURE: f32 = 330.0;

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

/// Lines as `code` spells them (see [`STORY`]), `height` tall, named after block `b`.
fn lines(b: usize, code: &str, height: f32) -> Vec<SetLine> {
    let line = |(i, c): (usize, char)| SetLine {
        height,
        runs: Vec::new(),
        text: format!("{b}.{i}"),
        kind: match c {
            'h' => LineKind::Hyphenated,
            'l' | 'F' => LineKind::Last,
            'c' => LineKind::Centered,
            _ => LineKind::Justified,
        },
        end: if c == 'F' { MEASURE } else { MEASURE / 2.0 },
        loose: c == 'L',
        label: 0,
    };
    code.chars().enumerate().map(line).collect()
}

/// A block of `code`'s lines, `height` tall.
fn block(b: usize, code: &str, height: f32) -> VBlock {
    VBlock {
        lines: lines(b, code, height),
        space_before: 0.0,
        keep_with_next: false,
        keep_with_previous: false,
        breakable: true,
        grid: Some(LEADING),
        flex: false,
        give: false,
        tight: false,
    }
}

#[test]
fn a_bench_story_whose_spread_needs_two_paragraphs_changed_ends_no_page_two_lines_short() {
    // The opener: the heading, the author's note's label and its two lines, off the
    // grid; then the story. Its fourth and fifth pages (a spread) could only end level
    // with a three-line paragraph on the verso set in two lines and one on the opener's
    // spread set a line longer: left to the pages one by one, the verso ended three
    // lines short, and the window search that may change two paragraphs spent its
    // trials on settings whose first spread already broke as many rules as the pages
    // did, without reaching that pair.
    let mut blocks = vec![
        VBlock {
            keep_with_next: true,
            breakable: false,
            grid: None,
            ..block(0, "c", 22.88)
        },
        VBlock {
            space_before: 28.6,
            keep_with_next: true,
            breakable: false,
            grid: None,
            ..block(1, "c", 12.155)
        },
        VBlock {
            space_before: 7.15,
            grid: None,
            ..block(2, "jl", 13.156)
        },
    ];
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
    let short = |p: &Vec<Placed>| {
        let foot = p
            .last()
            .map_or(0.0, |l| l.0 + LEADING * (1.0 - BASELINE_SHARE));
        ((HEIGHT - foot) / LEADING).round() as usize
    };
    let shorts: Vec<usize> = pages.iter().map(short).collect();
    // The chapter's last page may end as short as it will.
    assert!(
        shorts[..shorts.len() - 1].iter().all(|&s| s < 2),
        "lines short per page: {shorts:?}"
    );
}
