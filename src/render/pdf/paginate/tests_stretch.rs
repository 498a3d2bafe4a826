//! Pagination stage, tests of the last resort: a chapter of a bench anthology that no
//! setting within the line breaker's tolerance lets keep the rules, set again with one
//! paragraph a line longer past it (see `lay`).

use super::tests_code::{self, keeps_rules, story, text_shorts};
use super::*;

/// Screen A5: Charis 11/14.3, a text area of 32 lines.
const HEIGHT: f32 = 457.6;
/// The opener's sink.
const DROP: f32 = 85.8;

/// The seventh story of a bench-like anthology (bed10, book s183) on screen, after its
/// opener's heading and one-line author's note, spelled as `tests_reflow`'s stories
/// are: short paragraphs of dialogue, few of them with a setting a line longer or
/// shorter within the tolerance. Its third page ended two lines short.
const STORY: &str = "jjl l>Ll l l jLl l jl l Ljjjjl jl jl l jl>LLl l l l jl jjjjjjjjjjl \
    jjjjjjjjjjjl jl jjl jl jjl jjl jjjl>jjLLl l l #c jl l jjl jLl l jjl jl l l jjjjl l \
    jjjl l l jjl jjjl jLl jl jl jl jjl l jl jl jLjjjjl jjjl jjl l l l jjjl jl l jl l \
    jjjl jjjjjjjl jjjl l jl jjjl jjl jl l jjjjjjl jjjl F jjjl jjjjjjjjjjjl l l>Ll jl l l \
    jjjl l l l jjl F jl l l l l jjjjjjjjjjl";

/// The settings a line longer the breaker gives past its tolerance, by block: each
/// that the usual prices do not reach, as the book's paragraphs gave them.
const PAST: [(usize, &str); 4] = [
    (21, "jhjhLjLjjjjjl"),
    (36, "LLLl"),
    (45, "LLLl"),
    (55, "hLjLLjjl"),
];

/// The story's pages, with the settings past the tolerance given when asked for if
/// `past`; and which blocks were asked for one.
fn pages(past: bool) -> (Vec<Vec<Placed>>, Vec<usize>, Vec<usize>) {
    let (blocks, alts) = story("l", STORY);
    let past_alts: HashMap<usize, Vec<SetLine>> = PAST
        .iter()
        .map(|&(b, code)| (b, tests_code::lines(b, code, tests_code::LEADING)))
        .collect();
    let balance = Balance {
        leading: tests_code::LEADING,
        spreads: false,
        measure: tests_code::MEASURE,
    };
    let mut asked = Vec::new();
    let mut rebreak = |b: usize, ask: Ask| {
        if ask.unhyphenated.is_some() {
            return None;
        }
        if ask.stretch {
            asked.push(b);
            if past && ask.looseness == 1 && past_alts.contains_key(&b) {
                return past_alts.get(&b).cloned();
            }
        }
        alts.get(&(b, ask.looseness)).cloned()
    };
    let (pages, lens) = paginate_with(blocks, (HEIGHT, DROP), balance, &mut rebreak);
    (pages, lens, asked)
}

#[test]
fn a_bench_chapter_no_setting_within_the_tolerance_mends_keeps_the_rules_with_one_past_it() {
    let headings: Vec<usize> = (story("l", STORY).0.iter().enumerate())
        .filter(|(_, b)| b.flex)
        .map(|(i, _)| i)
        .collect();
    // Without a setting past the tolerance a page ends two lines short (the chapter
    // as it was set before the last resort).
    let (before, before_lens, _) = pages(false);
    assert!(!keeps_rules(
        &text_shorts(&before, HEIGHT, &headings),
        false
    ));
    let (after, lens, asked) = pages(true);
    let shorts = text_shorts(&after, HEIGHT, &headings);
    assert!(keeps_rules(&shorts, false), "lines short: {shorts:?}");
    // Paragraphs were asked for a setting past the tolerance, and one of them alone is
    // set so.
    assert!(!asked.is_empty());
    let past: Vec<usize> = (PAST.iter())
        .filter(|&&(b, code)| lens[b] == code.len())
        .map(|&(b, _)| b)
        .collect();
    assert_eq!(past.len(), 1, "set past the tolerance: {past:?}");
    assert_eq!(lens.len(), before_lens.len());
    // Every line placed, once, in order.
    let placed: Vec<&str> = after.iter().flatten().map(|l| l.1.text.as_str()).collect();
    assert_eq!(placed.len(), lens.iter().sum::<usize>());
    let order = |t: &str| -> (usize, usize) {
        let (b, i) = t.split_once('.').expect("named b.i");
        (b.parse().unwrap_or(0), i.parse().unwrap_or(0))
    };
    assert!(placed.windows(2).all(|w| order(w[0]) < order(w[1])));
}
