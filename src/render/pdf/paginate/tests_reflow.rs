//! Pagination stage, tests of re-flowing: a chapter of a bench anthology in print whose
//! first spread after the opener ends a line apart, and that only a change to the
//! opener's page, carried through every page after it, levels.

use super::tests_code::{LEADING, MEASURE, block, lines, opener};
use super::*;

/// Print 6×9in: Charis 11/14.3, a text area of 35 lines, 330 points wide.
const HEIGHT: f32 = 500.5;
/// The opener's sink.
const DROP: f32 = 85.8;

/// The paragraphs of the second story of a bench-like 11-story anthology (bed4, book
/// s2) after its opener's heading and author's note, one word each: a letter a line
/// (`j` a justified line, `L` one spaced loose, `h` one ending in a hyphen, `l` a short
/// last line, `F` a last line that runs to the margin), then its setting a line shorter
/// (after `<`) and a line longer (after `>`) where the line breaker finds one; `#c` a
/// heading inside the story (a line of white above, half a line below).
const STORY: &str = "jjjl jjl jl l jl jl l l l F>Ll #c l jjl l l l jl jLjjjl jjl F l jjl jjl \
    jl F l l jl jjl l jl jl jjl jjjl jjjl l l jjjjjjl jjjjjjjl jjjjjjjl<jjjjjjF jl jjjjjjl \
    l jjl l jjl l jjjjjl jjjjl l jl jjjjl l jjl>jLjl jjl jjjl jjjjjjl l jl jl l jjjl jjl hl \
    jjjjl l jjjjjl jl jjLl jjl jl jjl F>Ll jjjjjjl hl l l jl jl jl jl l l Ljjjjjl l l \
    jjl jl jl Ll jl jl jjjjjjjl>jhjjhjjjl jjl";

/// The chapter: the opener's heading, the author's note's label and its lines (off the
/// grid), then [`STORY`]; and each paragraph's settings by looseness.
type Settings = HashMap<(usize, i32), Vec<SetLine>>;
fn chapter() -> (Vec<VBlock>, Settings) {
    let mut blocks = opener();
    let mut alts = HashMap::new();
    for (k, word) in STORY.split_whitespace().enumerate() {
        let b = k + 3;
        if let Some(code) = word.strip_prefix('#') {
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
        let code = word.split(['<', '>']).next().unwrap_or(word);
        for (mark, n) in [('<', -1), ('>', 1)] {
            if let Some((_, rest)) = word.split_once(mark) {
                let alt = rest.split(['<', '>']).next().unwrap_or(rest);
                alts.insert((b, n), lines(b, alt, LEADING));
            }
        }
        alts.insert((b, 0), lines(b, code, LEADING));
        let mut blk = block(b, code, LEADING);
        if blocks.last().is_some_and(|p: &VBlock| p.flex) {
            blk.space_before = LEADING / 2.0;
        }
        blocks.push(blk);
    }
    blocks[3].space_before = 2.0 * LEADING;
    (blocks, alts)
}

/// Lines short of full at the foot of `page`, by its last line of text (a heading
/// inside the story is not text: facing pages are level by their text).
fn short(page: &[Placed], headings: &[usize]) -> usize {
    let heading = |l: &&Placed| {
        let b: usize =
            l.1.text
                .split('.')
                .next()
                .and_then(|b| b.parse().ok())
                .unwrap_or(0);
        headings.contains(&b)
    };
    let foot = page
        .iter()
        .rev()
        .find(|l| !heading(l))
        .map_or(0.0, |l| l.0 + LEADING * (1.0 - BASELINE_SHARE));
    ((HEIGHT - foot) / LEADING).round() as usize
}

#[test]
fn a_bench_chapter_whose_first_spread_no_paragraph_levels_ends_level_in_print() {
    // The first spread after the opener has a heading inside the story atop its verso,
    // and short paragraphs of dialogue at both feet: the verso could end full or two
    // lines short, the recto only a line short (the paragraph at its foot would leave a
    // widow), and no paragraph on them can be set a line longer or shorter to mend it.
    // Only the opener's page set otherwise (its story's first line a line lower, its
    // last paragraph carried over) levels it, carried through every page after.
    let (blocks, alts) = chapter();
    let headings: Vec<usize> = (blocks.iter().enumerate())
        .filter(|(_, b)| b.flex)
        .map(|(i, _)| i)
        .collect();
    let balance = Balance {
        leading: LEADING,
        spreads: true,
        measure: MEASURE,
    };
    let mut asked = 0;
    let mut rebreak = |b: usize, ask: Ask| {
        asked += 1;
        match ask.unhyphenated {
            None => alts.get(&(b, ask.looseness)).cloned(),
            Some(_) => None,
        }
    };
    let (pages, lens) = paginate_with(blocks, (HEIGHT, DROP), balance, &mut rebreak);
    let shorts: Vec<usize> = pages.iter().map(|p| short(p, &headings)).collect();
    let last = pages.len() - 1;
    // No page but the chapter's last two lines short; each verso (an odd page of the
    // chapter, which opens on a recto) level with its recto, unless that is the last.
    assert!(
        shorts[..last].iter().all(|&s| s < 2),
        "lines short: {shorts:?}"
    );
    for v in (1..last).step_by(2) {
        if v + 1 < last {
            assert_eq!(
                shorts[v],
                shorts[v + 1],
                "spread {v}: lines short {shorts:?}"
            );
        }
    }
    // Every line placed, once, in order.
    let placed: Vec<&str> = pages.iter().flatten().map(|l| l.1.text.as_str()).collect();
    assert_eq!(placed.len(), lens.iter().sum::<usize>());
    let order = |t: &str| -> (usize, usize) {
        let (b, i) = t.split_once('.').expect("named b.i");
        (b.parse().unwrap_or(0), i.parse().unwrap_or(0))
    };
    assert!(placed.windows(2).all(|w| order(w[0]) < order(w[1])));
    // The pager's work stays bounded: settings asked of the line breaker are memoized.
    assert!(asked < 1000, "settings asked: {asked}");
}
