//! Pagination stage, tests of re-flowing: chapters of bench anthologies in print whose
//! spreads end a line apart, and that only a change to the opener's page (a line short,
//! or its story's first line one to three lines lower), carried through every page after
//! it, levels, at the cost of a loose line or two at most; and one on screen whose page
//! two lines short only that mends.

use super::tests_code::{keeps_rules, set_story, story, text_shorts};
use crate::render::pdf::compose::SetLine;

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

#[test]
fn a_bench_chapter_whose_first_spread_no_paragraph_levels_ends_level_in_print() {
    // The first spread after the opener has a heading inside the story atop its verso,
    // and short paragraphs of dialogue at both feet: the verso could end full or two
    // lines short, the recto only a line short (the paragraph at its foot would leave a
    // widow), and no paragraph on them can be set a line longer or shorter to mend it.
    // Only the opener's page set otherwise (its story's first line a line lower, its
    // last paragraph carried over) levels it, carried through every page after.
    let (blocks, alts) = story("jl", STORY);
    let headings: Vec<usize> = (blocks.iter().enumerate())
        .filter(|(_, b)| b.flex)
        .map(|(i, _)| i)
        .collect();
    let (pages, lens, asked) = set_story((blocks, alts), (HEIGHT, DROP), true);
    let shorts = text_shorts(&pages, HEIGHT, &headings);
    // No page but the chapter's last two lines short; each verso (an odd page of the
    // chapter, which opens on a recto) level with its recto, unless that is the last.
    assert!(keeps_rules(&shorts, true), "lines short: {shorts:?}");
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

/// The paragraphs of a story of another bench-like anthology (bed5, book s32) after its
/// opener's heading and two-line author's note, spelled as [`STORY`] is: short
/// paragraphs of dialogue, two one-line ones that run to the margin, and not one
/// paragraph the line breaker can set a line longer or shorter.
const DEEP: &str = "jl jl LLl jjl l jjjjjjl jjjl jjl jl l jl Ll jjjl jjjjjjjl jjl l jl l jjl \
    jjjjjl l l jl jjjjl l l l F l jjjl jjjjl jLjjjl l jLjjjl jjl jjjjjjl jl F jl jjl jl jjLl";

#[test]
fn a_bench_chapter_levelled_only_by_an_opener_two_lines_deeper_ends_level_in_print() {
    // With nothing to set again, the pages fall as the paragraphs' lengths let them:
    // the opener's page a line short or a line lower leaves the spread after it a line
    // apart, and so does every page before the break ending a line short. Its story's
    // first line two lines lower (four lines of white under the author's note) carries
    // over lines that level every spread after it.
    let (blocks, alts) = story("jF", DEEP);
    let (pages, lens, _) = set_story((blocks, alts), (HEIGHT, DROP), true);
    let shorts = text_shorts(&pages, HEIGHT, &[]);
    assert!(keeps_rules(&shorts, true), "lines short: {shorts:?}");
    let placed = pages.iter().flatten().count();
    assert_eq!(placed, lens.iter().sum::<usize>());
}

/// A story of a third bench-like anthology (bed6, book s93) after its opener's heading
/// and one-line author's note: three paragraphs the line breaker can set a line longer,
/// each only with a loose line more, and none shorter.
const TRADE: &str = "jjjjjjl Ljjjjjl Ll jjjl>LjLjl jjl l jjl jl jl jjjl jjl jjl jjjjjjl jjl l \
    jl l jl jjjl jl l jjjl jjjjjl jLjjjl jjl l jjl jl jjjjjjjjjl>jjjLjjjjjjl jl jjl jl l jl \
    jjjjjjjjjl>jjjLjjjjjjl";

#[test]
fn a_bench_chapter_levelled_only_with_loose_lines_more_ends_level_in_print() {
    // No setting of the chapter levels its first spread without a paragraph set a line
    // longer, and each such one sets a line loose: a spread a line apart is the worse
    // flaw, and two loose lines are traded for it, no more.
    let (blocks, alts) = story("l", TRADE);
    let loose = |lines: &mut dyn Iterator<Item = &SetLine>| lines.filter(|l| l.loose).count();
    let before = loose(&mut blocks.iter().flat_map(|b| &b.lines));
    let (pages, _, _) = set_story((blocks, alts), (HEIGHT, DROP), true);
    let shorts = text_shorts(&pages, HEIGHT, &[]);
    assert!(keeps_rules(&shorts, true), "lines short: {shorts:?}");
    let after = loose(&mut pages.iter().flatten().map(|l| &l.1));
    assert!(after <= before + 2, "loose lines: {before} -> {after}");
}

/// A story of a fourth bench-like anthology (bed9, book s163, its tenth) after its
/// opener's heading and two-line author's note, spelled as [`STORY`] is: eight pages of
/// short paragraphs, five of which the line breaker can set a line longer or shorter.
const FAR: &str = "jjl l jl jjjl Ll l jl jl F jLjjjl l l F>jl jl jl F l F>Ll jl jjl<jF jjjjjl l jl Ll \
    jjl jl jl l jjjjjjl jjl jl jjl jl jjl l jjjl<jjF jjjjjl jjl jjjl jjjjjl jl l jjjl jl \
    jl jl l jl l jjl jl jl jl l jl F l jjjl l jjjjjl l jLjjjl jl l jl jjl jl jl jjjjjl \
    jjl jl l l l l l Ll jjjjjjl l l jjjl jjl l l l jjl jjl l jl jl l jl jl l jjjjjl jjl \
    jl jjjl jjjl jl jl Ll l Ljjjjjjjjjjl<Ljjjjjjjjjl";

#[test]
fn a_bench_chapter_whose_break_lies_far_from_its_opener_is_levelled_by_the_opener() {
    // Set page by page and searched a few pages at a time, the chapter's third spread
    // ends a line apart, and no page within three of it set otherwise mends that: the
    // paragraphs fall so that only the opener's story two lines lower (the pages after
    // it then ending a line short where they must) levels every spread. The opener's
    // white is tried wherever the break lies.
    let (blocks, alts) = story("jl", FAR);
    let (pages, lens, _) = set_story((blocks, alts), (HEIGHT, DROP), true);
    let shorts = text_shorts(&pages, HEIGHT, &[]);
    assert!(pages.len() > 7, "pages: {}", pages.len());
    assert!(keeps_rules(&shorts, true), "lines short: {shorts:?}");
    let placed = pages.iter().flatten().count();
    assert_eq!(placed, lens.iter().sum::<usize>());
}

/// Screen A5: a text area of 32 lines.
const SCREEN_HEIGHT: f32 = 457.6;

/// The twelfth story of a bench-like anthology (bed15, book s446) on screen, after its
/// opener's heading and three-line author's note, spelled as [`STORY`] is: short
/// paragraphs of dialogue, a third of them with a setting a line longer or shorter.
const SCREEN: &str = "F>Ll F>Ll jl>LLl l jl jjl l jl jjl jl jl Ljjjjl jl jl jjl jjjjjjl jl jjl l \
    jjl l jjjjjjjjjjl jjjl<jjl jl jLjjjjl jl F jl jl jjl>jLjl jl>LLl jjl jjl l jjjl>jjLLl jl \
    jjl>jjLl jl jjl jl l jl jl jjjjjjjl>jjjjjjjjl jjjl>jLLjl F>Ll l>Ll jjjjjl jjjjjjl l jjjl \
    jLjjjjl l jl jl l jjl l jjl jjjjjl l jl jl l jl l jl jjjl l jjjjjl>LLjjjjl l jjjjl \
    Ljjjjl jl jl jjjl>jLLjl jjjjjjjl>jjjjjjjjl jl jl jl jjl l jLl";

#[test]
fn a_screen_chapter_the_last_resort_leaves_a_page_short_is_set_again_from_the_start() {
    // Set page by page, searched a few pages at a time and with a paragraph past the
    // tolerance, the story's second page ends two lines short: a paragraph too short to
    // part will not fit under it, and no change on the pages near it carries a line
    // over. Set from the chapter's first page with one set otherwise, its pages all
    // keep the rules, as print's do.
    let (blocks, alts) = story("jjl", SCREEN);
    let (pages, lens, _) = set_story((blocks, alts), (SCREEN_HEIGHT, DROP), false);
    let shorts = text_shorts(&pages, SCREEN_HEIGHT, &[]);
    assert!(keeps_rules(&shorts, false), "lines short: {shorts:?}");
    // Every line placed, once.
    assert_eq!(pages.iter().flatten().count(), lens.iter().sum::<usize>());
}
