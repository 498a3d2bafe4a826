//! Pagination stage, tests of the opener's white above its title given up, last of
//! all: a story of short paragraphs, none of which can be set a line longer or
//! shorter, whose page after the opener ends two lines short unless the opener holds
//! two body lines more than it does as its sink, heading and author's note leave it.

use super::Placed;
use super::tests_code::{LEADING, keeps_rules, set_story, story, text_shorts};

/// Twenty lines.
const HEIGHT: f32 = 286.0;
/// The opener's sink: three lines.
const DROP: f32 = 42.9;
/// Paragraphs of two and three lines (too short to part), and one of one.
const STORY: &str = "jjl jjl jjl l jjl jjl jl jjl jjl jjl jjl jl jjl jjl";

/// Where the title's line and the note heading's line sit on the opener.
fn opener_lines(pages: &[Vec<Placed>]) -> (f32, f32) {
    let at = |name: &str| pages[0].iter().find(|(_, l)| l.text == name).map(|p| p.0);
    (at("0.0").unwrap(), at("1.0").unwrap())
}

#[test]
fn an_opener_gives_a_line_of_its_sink_where_nothing_else_fills_the_page_after_it() {
    // The opener holds eight lines of story under its note, nine with the white above
    // the story's first line lifted a line: a page after it then ends two lines short
    // over a three-line paragraph, and no paragraph can be set otherwise. Only with the
    // title a line higher as well (ten lines) do the paragraphs fill the pages.
    let (pages, _, _) = set_story(story("jl", "jjl jjl"), (HEIGHT, DROP), false);
    let (sunk, heading) = opener_lines(&pages);
    for spreads in [false, true] {
        let built = story("jl", STORY);
        let words: Vec<String> = (built.0.iter().enumerate())
            .flat_map(|(b, blk)| (0..blk.lines.len()).map(move |i| format!("{b}.{i}")))
            .collect();
        let (pages, _, _) = set_story(built, (HEIGHT, DROP), spreads);
        let shorts = text_shorts(&pages, HEIGHT, &[]);
        assert!(keeps_rules(&shorts, spreads), "{spreads}: {shorts:?}");
        let set: Vec<String> = (pages.iter().flatten())
            .map(|(_, l)| l.text.clone())
            .collect();
        assert_eq!(set, words);
        // The title a line higher than a story that keeps the rules sets it, the note's
        // heading as far under it as ever: one line of the sink given, no more.
        let (title, note) = opener_lines(&pages);
        assert!(
            (sunk - LEADING - title).abs() < 0.01,
            "{spreads}: {title} {sunk}"
        );
        assert!((note - title - (heading - sunk)).abs() < 0.01, "{spreads}");
    }
}
