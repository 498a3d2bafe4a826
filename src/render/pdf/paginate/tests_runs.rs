//! Pagination stage, tests: a run of keep-with-next blocks longer than a page (a story
//! made of headings alone) parts where a page is full, and the pager's work grows with
//! the run, not faster.

use super::keep::WORK;
use super::tests::{para, texts};
use super::*;

/// A page holds ten lines of ten points.
const HEIGHT: f32 = 100.0;

/// `n` one-line headings in a row, a line of white above each, then a paragraph of
/// six lines.
fn headings(n: usize) -> Vec<VBlock> {
    let heading = |k: usize| VBlock {
        keep_with_next: true,
        breakable: false,
        space_before: 10.0,
        ..para(&format!("h{k}-"), 1)
    };
    let mut blocks: Vec<VBlock> = (0..n).map(heading).collect();
    blocks.push(para("t", 6));
    blocks
}

/// The pages of `n` headings in a row, facing (`spreads`) or single, and the blocks
/// looked at while filling them.
fn lay(n: usize, spreads: bool) -> (Vec<Vec<Placed>>, usize) {
    let balance = Balance {
        leading: 10.0,
        spreads,
        measure: 100.0,
    };
    WORK.with(|w| w.set(0));
    let (pages, _) = paginate_with(headings(n), (HEIGHT, 0.0), balance, &mut |_, _| None);
    (pages, WORK.with(|w| w.get()))
}

#[test]
fn a_run_of_headings_longer_than_a_page_parts_where_a_page_is_full() {
    for spreads in [false, true] {
        let n = 200;
        let (pages, _) = lay(n, spreads);
        // Every line placed once, in order, inside the page.
        let want: Vec<String> = (headings(n).iter().flat_map(|b| &b.lines))
            .map(|l| l.text.clone())
            .collect();
        assert_eq!(texts(&pages).concat(), want);
        assert!(pages.iter().flatten().all(|(y, _)| *y <= HEIGHT));
        // A page holds five headings (one, then four with their line of white): the
        // run fills its pages, all but the one before its last page's worth, which
        // goes whole with the paragraph it keeps with.
        let t = texts(&pages);
        let last = t.iter().position(|p| p.contains(&"t0".to_string()));
        let last = last.expect("the paragraph is placed");
        assert!(t[last].contains(&format!("h{}-0", n - 1)), "{t:?}");
        assert!(pages.len() <= n / 5 + 2, "{} pages: {t:?}", pages.len());
        let full = |p: &Vec<String>| p.len() == 5;
        assert!(t[..last - 1].iter().all(full), "{spreads}: {t:?}");
    }
}

#[test]
fn the_work_of_a_run_of_headings_grows_with_its_length() {
    for spreads in [false, true] {
        let (pages, work) = lay(200, spreads);
        let (pages2, work2) = lay(400, spreads);
        // Twice the headings, about twice the work (a run looked at whole for each of
        // its blocks would be four times), and twice the pages.
        assert!(2 * work2 <= 5 * work, "{spreads}: {work} then {work2}");
        assert!(pages2.len() <= 2 * pages.len() + 1, "{spreads}");
    }
}
