//! Line-breaking stage, tests: every line fits, total-fit beats first-fit, the hyphen
//! rules hold, degenerate paragraphs stay linear.

use super::sums::line_start_after;
use super::total_fit::total_fit;
use super::*;

/// A paragraph of words whose widths are their letter counts; spaces 1 wide, stretchy.
fn para(text: &str, hyphenate_long: bool) -> Vec<Item> {
    let mut items = Vec::new();
    for (i, w) in text.split_whitespace().enumerate() {
        if i > 0 {
            items.push(Item::glue(1.0, 0.5, 0.33));
        }
        let n = w.chars().count() as f32;
        if hyphenate_long && n >= 6.0 {
            items.push(Item::boxed(3.0));
            items.push(Item::penalty(1.0, 50.0, true));
            items.push(Item::boxed(n - 3.0));
        } else {
            items.push(Item::boxed(n));
        }
    }
    items.push(Item::glue(0.0, INFINITY, 0.0));
    items.push(Item::penalty(0.0, -INFINITY, false));
    items
}

fn natural(items: &[Item], l: &Line) -> f32 {
    let mut w: f32 = items[l.start..l.end]
        .iter()
        .filter(|i| i.kind != Kind::Penalty)
        .map(|i| i.width)
        .sum();
    if items[l.end].kind == Kind::Penalty {
        w += items[l.end].width;
    }
    w
}

const TEXT: &str = "In olden times when wishing still helped one there lived a king whose \
    daughters were all beautiful and the youngest was so beautiful that the sun itself \
    which has seen so much was astonished whenever it shone in her face";

#[test]
fn every_line_fits_the_measure() {
    for measure in [18.0, 25.0, 31.0, 40.0] {
        let items = para(TEXT, true);
        for l in break_lines(&items, measure) {
            let min =
                natural(&items, &l) - items[l.start..l.end].iter().map(|i| i.shrink).sum::<f32>();
            assert!(min <= measure + 1e-3, "line {l:?} overfull at {measure}");
            assert!(l.ratio >= -1.0);
        }
    }
}

#[test]
fn total_fit_differs_from_first_fit_and_is_more_even() {
    let items = para(TEXT, false);
    let measure = 38.0;
    let tf = total_fit(&items, measure, STRICT_TOLERANCE).expect("feasible");
    let ff = first_fit(&items, measure);
    let ends = |ls: &[Line]| ls.iter().map(|l| l.end).collect::<Vec<_>>();
    assert_ne!(
        ends(&tf),
        ends(&ff),
        "this paragraph is chosen so greedy is worse"
    );
    // Compare the spacing of all lines but the last (which is ragged by design).
    // Badness summed over the paragraph is what total-fit minimises.
    let badness = |ls: &[Line]| {
        ls[..ls.len() - 1]
            .iter()
            .map(|l| l.ratio.abs().powi(3))
            .sum::<f32>()
    };
    assert!(
        badness(&tf) < badness(&ff),
        "{} vs {}",
        badness(&tf),
        badness(&ff)
    );
}

#[test]
fn never_three_hyphenated_lines_in_a_row() {
    // Every word is long and breakable; a narrow measure tempts hyphens everywhere.
    let text = "abcdefgh ijklmnop qrstuvwx yzabcdef ghijklmn opqrstuv wxyzabcd efghijkl \
                mnopqrst uvwxyzab cdefghij klmnopqr stuvwxyz";
    for measure in [9.0, 11.0, 13.0, 15.0] {
        let items = para(text, true);
        for lines in [break_lines(&items, measure), first_fit(&items, measure)] {
            let mut run = 0;
            for l in &lines {
                run = if l.hyphenated { run + 1 } else { 0 };
                assert!(run <= MAX_CONSECUTIVE_HYPHENS, "{lines:?}");
            }
        }
    }
}

#[test]
fn a_five_thousand_word_paragraph_breaks_in_linear_memory() {
    let words: Vec<&str> = TEXT.split_whitespace().collect();
    let long: String = (0..5_000)
        .map(|i| words[i % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    let items = para(&long, true);
    let work = crate::work::Work::BreakEvaluations;
    let before = crate::work::on_this_thread(work);
    let lines = break_lines(&items, 30.0);
    let evaluations = crate::work::on_this_thread(work) - before;
    assert_eq!(lines.last().unwrap().end, items.len() - 1);
    for w in lines.windows(2) {
        assert_eq!(w[1].start, line_start_after(&items, w[0].end));
    }
    // Linear work: a bounded number of candidate line starts weighed per breakpoint
    // (quadratic behaviour would weigh thousands each, millions in all).
    assert!(
        evaluations > 0 && evaluations < 20 * items.len() as u64,
        "{evaluations} evaluations for {} items",
        items.len()
    );
}

#[test]
fn active_nodes_are_capped_on_a_degenerate_measure() {
    // 20,000 one-letter words, very stretchy spaces, a measure that holds them all:
    // every break is feasible and none ever becomes overfull, so without the cap
    // every breakpoint would stay active (quadratic time). First-fit takes over.
    let mut items = Vec::new();
    for i in 0..20_000 {
        if i > 0 {
            items.push(Item::glue(1.0, 1.0e6, 0.0));
        }
        items.push(Item::boxed(1.0));
    }
    items.push(Item::glue(0.0, INFINITY, 0.0));
    items.push(Item::penalty(0.0, -INFINITY, false));
    assert!(total_fit(&items, 1.0e5, STRICT_TOLERANCE).is_none());
    let lines = break_lines(&items, 1.0e5);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].end, items.len() - 1);
}

#[test]
fn forced_breaks_inside_a_paragraph_end_lines_in_every_pass() {
    // "In olden times" / "when wishing still helped one" / the rest, as kept lines.
    let mut items = para(TEXT, true);
    let force = [
        Item::glue(0.0, INFINITY, 0.0),
        Item::penalty(0.0, -INFINITY, false),
    ];
    // Replace the interword glue after the 3rd and 8th words with a forced break.
    let glue_after = |items: &[Item], n: usize| {
        items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.kind == Kind::Glue)
            .nth(n - 1)
            .map(|(k, _)| k)
            .unwrap()
    };
    for n in [8, 3] {
        let k = glue_after(&items, n);
        items.splice(k..=k, force);
    }
    let forced: Vec<usize> = (0..items.len() - 1)
        .filter(|&i| items[i].kind == Kind::Penalty && items[i].penalty <= -INFINITY)
        .collect();
    assert_eq!(forced.len(), 2);
    for measure in [25.0, 40.0, 400.0] {
        for lines in [break_lines(&items, measure), first_fit(&items, measure)] {
            let ends: Vec<usize> = lines.iter().map(|l| l.end).collect();
            for f in &forced {
                assert!(ends.contains(f), "{measure}: {ends:?} lacks {f}");
            }
            assert_eq!(lines.last().unwrap().end, items.len() - 1);
        }
    }
    // On a wide measure the forced breaks are the only ones.
    assert_eq!(break_lines(&items, 400.0).len(), 3);
}

#[test]
fn forced_end_is_the_last_break_and_all_items_are_used_once() {
    let items = para(TEXT, true);
    let lines = break_lines(&items, 30.0);
    assert_eq!(lines.last().unwrap().end, items.len() - 1);
    for w in lines.windows(2) {
        assert_eq!(w[1].start, line_start_after(&items, w[0].end));
    }
}

#[test]
fn spaces_shrink_so_far_then_letters_close_up() {
    // Two words of 40 and 54, a space of 1 that may shrink by 0.4 and stretch by 0.5:
    // natural 95. On 94.7 the space shrinks by three quarters of its shrink; letters may
    // close up by a hundredth (0.94), so it shrinks only half way and the letters
    // take the rest.
    let items = vec![
        Item::boxed(40.0),
        Item::glue(1.0, 0.5, 0.4),
        Item::boxed(54.0),
        Item::glue(0.0, INFINITY, 0.0),
        Item::penalty(0.0, -INFINITY, false),
    ];
    let measure = 94.7;
    let lines = Breaker::default().break_lines(&items, measure);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!((lines[0].ratio + 0.75).abs() < 1e-3, "{lines:?}");
    let justified = Options {
        letter_spacing: 0.03,
        line_bonus: 0.0,
        no_hyphens: false,
        hyphen_demerits: 0.0,
        extra_spacing: 0.0,
        last_resort: false,
    };
    let lines = Breaker::default().break_with(&items, measure, &justified);
    let l = lines[0];
    assert!(l.ratio >= -0.5 - 1e-4 && l.track < 0.0, "{l:?}");
    let set = 94.0 * (1.0 + l.track) + 1.0 + 0.4 * l.ratio;
    assert!((set - measure).abs() < 1e-3, "set {set} on {measure}");
    // A space never shrinks past nine tenths of its shrink: on 94.62 (a shrink of 0.95)
    // total-fit finds no setting (the first word alone cannot fill a line).
    assert_eq!(total_fit(&items, 94.62, 8.0), None);
    assert!(total_fit(&items, 94.7, 8.0).is_some());
}

/// Lines whose glue stretches past `above`.
fn looser_than(lines: &[Line], above: f32) -> usize {
    lines.iter().filter(|l| l.ratio > above).count()
}

#[test]
fn a_hyphen_is_taken_only_where_it_saves_a_loose_line() {
    // Cheap hyphens (50, TeX's default) in a paragraph of long words, at many measures.
    let items = para(TEXT, true);
    let mut hyphenated = 0;
    for tenth in 180..420 {
        let measure = tenth as f32 / 10.0;
        let mut breaker = Breaker::default();
        let lines = breaker.break_lines(&items, measure);
        if !lines.iter().any(|l| l.hyphenated) {
            continue;
        }
        hyphenated += 1;
        let plain = Options {
            no_hyphens: true,
            ..Options::default()
        };
        let without = breaker.break_with(&items, measure, &plain);
        if without.iter().any(|l| l.hyphenated) {
            // No setting without hyphens within the tolerances: first-fit took them.
            continue;
        }
        // Set without hyphens, the paragraph would have more loose lines, or more very
        // loose ones: the hyphen bought something.
        assert!(
            looser_than(&without, LOOSE_RATIO) > looser_than(&lines, LOOSE_RATIO)
                || looser_than(&without, VERY_LOOSE_RATIO) > looser_than(&lines, VERY_LOOSE_RATIO),
            "at {measure}: {lines:?} / {without:?}"
        );
    }
    // Hyphens are still taken where they help.
    assert!(hyphenated > 0);
}

#[test]
fn skipping_lines_too_loose_from_later_starts_changes_no_setting() {
    use super::sums::Sums;
    use super::total_fit::total_fit_with;
    // Paragraphs of words 0.3 to 9 wide (some with hyphenation points, some ending in
    // hanging punctuation), spaces of varying stretch, at narrow to wide measures,
    // with and without letter-spacing: total-fit weighing every active node sets each
    // the same, to the bit, as total-fit skipping the nodes after a too-loose one.
    let mut seed = 0x2545_f491_u64;
    let mut next = move |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) % n
    };
    let mut set_any = false;
    for case in 0..400 {
        let mut items = Vec::new();
        for w in 0..(5 + next(80)) {
            if w > 0 {
                let space = 0.8 + next(5) as f32 * 0.1;
                items.push(Item::glue(space, space * 0.5, space * 0.4));
            }
            let width = 0.3 + next(87) as f32 * 0.1;
            if next(4) == 0 {
                items.push(Item::boxed(width * 0.4));
                items.push(Item::penalty(0.6, 400.0, true));
                items.push(Item::hanging(width * 0.6, 0.2));
            } else {
                items.push(Item::boxed(width));
            }
        }
        items.push(Item::glue(0.0, INFINITY, 0.0));
        items.push(Item::penalty(0.0, -INFINITY, false));
        let measure = 12.0 + next(50) as f32;
        let opts = Options {
            letter_spacing: [0.0, 0.03, 0.3][case % 3],
            line_bonus: [0.0, 1e5, -1e5][case % 5 % 3],
            no_hyphens: case % 7 == 0,
            hyphen_demerits: [0.0, 0.0, 1e6][case % 3],
            extra_spacing: 0.0,
            last_resort: false,
        };
        for tolerance in [2.0, 8.0] {
            let mut sums = Sums::new(&items);
            assert!(sums.growing());
            let (mut n, mut a, mut b) = (Vec::new(), Vec::new(), Vec::new());
            let skipping = total_fit_with(
                &items,
                &sums,
                (measure, tolerance),
                &opts,
                &mut (&mut n, &mut a, &mut b),
            );
            let nodes_skipping = n.len();
            sums.forget_growing();
            let weighing = total_fit_with(
                &items,
                &sums,
                (measure, tolerance),
                &opts,
                &mut (&mut n, &mut a, &mut b),
            );
            assert_eq!(n.len(), nodes_skipping, "case {case}");
            let bits = |r: &Option<(Vec<Line>, f32)>| {
                r.as_ref().map(|(ls, d)| {
                    let ls: Vec<_> = ls
                        .iter()
                        .map(|l| (l.start, l.end, l.ratio.to_bits(), l.track.to_bits()))
                        .collect();
                    (ls, d.to_bits())
                })
            };
            assert_eq!(bits(&skipping), bits(&weighing), "case {case}");
            set_any |= skipping.is_some();
        }
    }
    assert!(set_any);
}

/// A word whose only breaks are its own hyphens, longer than two lines (a
/// double-barrelled name joined to its neighbours by no-break spaces): when nothing else
/// fits, two hyphenated lines in a row are taken rather than a line past the margin.
#[test]
fn a_second_hyphen_in_a_row_before_a_line_past_the_margin() {
    let mut items = Vec::new();
    for k in 0..3 {
        if k > 0 {
            items.push(Item::penalty(0.0, 300.0, true));
        }
        items.push(Item::boxed(6.0));
    }
    items.push(Item::glue(0.0, INFINITY, 0.0));
    items.push(Item::penalty(0.0, -INFINITY, false));
    for lines in [break_lines(&items, 8.0), first_fit(&items, 8.0)] {
        assert_eq!(lines.len(), 3, "{lines:?}");
        for l in &lines {
            assert!(natural(&items, l) <= 8.0, "overfull: {lines:?}");
        }
    }
}

/// First-fit, the fallback beside a word too long for any line, leaves no hyphen
/// fragment alone on a paragraph's last line: the hyphen is given up for a looser line.
#[test]
fn first_fit_leaves_no_hyphen_fragment_on_the_last_line() {
    // "aaaaaaaaaa bb cc-" / "dd": the last word fits only hyphenated.
    let mut items = vec![
        Item::boxed(10.0),
        Item::glue(1.0, 0.5, 0.0),
        Item::boxed(2.0),
        Item::glue(1.0, 0.5, 0.0),
        Item::boxed(2.0),
        Item::penalty(1.0, 50.0, true),
        Item::boxed(2.0),
    ];
    items.push(Item::glue(0.0, INFINITY, 0.0));
    items.push(Item::penalty(0.0, -INFINITY, false));
    let lines = first_fit(&items, 17.5);
    assert!(!lines.iter().any(|l| l.hyphenated), "{lines:?}");
    assert_eq!(lines.len(), 2, "{lines:?}");
    for l in &lines {
        assert!(natural(&items, l) <= 17.5, "overfull: {lines:?}");
    }
}

/// The same, where the last word has more than one hyphenation point: giving up the
/// hyphen taken must not take an earlier one in the same word ("disser-" / "tation."
/// given up for "dis-" / "sertation.", anthology17 at 5.5×8.5in in print, where a
/// long address leaves first-fit to set the paragraph).
#[test]
fn first_fit_gives_up_every_hyphen_of_the_last_word() {
    // "aaaaaaaaaa bb cc-dd-ee": "cc-dd-" fits on the first line, "ccddee" does not.
    let mut items = vec![
        Item::boxed(10.0),
        Item::glue(1.0, 0.5, 0.0),
        Item::boxed(2.0),
        Item::glue(1.0, 0.5, 0.0),
        Item::boxed(2.0),
        Item::penalty(1.0, 50.0, true),
        Item::boxed(2.0),
        Item::penalty(1.0, 50.0, true),
        Item::boxed(2.0),
    ];
    items.push(Item::glue(0.0, INFINITY, 0.0));
    items.push(Item::penalty(0.0, -INFINITY, false));
    let lines = first_fit(&items, 19.5);
    assert!(!lines.iter().any(|l| l.hyphenated), "{lines:?}");
    assert_eq!(lines.len(), 2, "{lines:?}");
    for l in &lines {
        assert!(natural(&items, l) <= 19.5, "overfull: {lines:?}");
    }
}

/// Where first-fit sets a paragraph (beside a word wider than the measure), an open line
/// takes letter-spacing as total-fit's would, and a line past the loose tolerance (set
/// ragged) takes none: spaced letters would bring it under the tolerance and justify it
/// at spaces many times their width ("…ugly: https://portal" at 4.9 times).
#[test]
fn first_fit_letter_spaces_open_lines_but_not_ragged_ones() {
    let opts = Options {
        letter_spacing: 0.03,
        ..Options::default()
    };
    let para = |first: f32| {
        let mut items = vec![
            Item::boxed(first),
            Item::glue(1.0, 0.5, 0.0),
            Item::boxed(first),
            Item::glue(1.0, 0.5, 0.0),
            Item::boxed(30.0),
        ];
        items.push(Item::glue(0.0, INFINITY, 0.0));
        items.push(Item::penalty(0.0, -INFINITY, false));
        items
    };
    // "aaaaaaaaaa aaaaaaaaaa" on a measure of 23: its glue would stretch four times.
    let items = para(10.0);
    let plain = first_fit(&items, 23.0);
    let lines = Breaker::default().break_with(&items, 23.0, &opts);
    assert_eq!(lines.len(), plain.len());
    assert!((plain[0].ratio - 4.0).abs() < 1e-3, "{plain:?}");
    assert!(lines[0].track > 0.0 && lines[0].ratio < 3.0, "{lines:?}");
    // "aa aa": 36 times, past the loose tolerance: left as it is, to be set ragged.
    let items = para(2.0);
    let lines = Breaker::default().break_with(&items, 23.0, &opts);
    assert!(lines[0].ratio > LOOSE_TOLERANCE, "{lines:?}");
    assert_eq!(lines[0].track, 0.0, "{lines:?}");
}

#[test]
fn the_last_resort_shrinks_spaces_all_the_way_for_a_line_fewer_and_never_overfills() {
    // Eleven words a line's width but for a little more than nine tenths of the spaces'
    // shrink: the usual setting, at any price, takes two lines.
    let items = para(&["word"; 11].join(" "), false);
    let measure = 54.0 - 3.3 * 0.95;
    let mut b = Breaker::default();
    let fewer = Options {
        line_bonus: -600_000.0,
        ..Options::default()
    };
    assert_eq!(b.break_with(&items, measure, &fewer).len(), 2);
    let lines = b
        .break_last_resort(&items, measure, &Options::default(), (1, false))
        .expect("a line fewer past the tolerance");
    assert_eq!(lines.len(), 1);
    assert!((-1.0..-0.9).contains(&lines[0].ratio), "{lines:?}");
    // A hair narrower, not even full shrink fits it: nothing is set over the measure.
    let none = b.break_last_resort(&items, 54.0 - 3.3 * 1.05, &Options::default(), (1, false));
    assert!(none.is_none());
}
