//! Paragraph composition, tests: words and web addresses too long for a line — cut
//! within the measure, nothing lost, and the lines beside them not stretched — and
//! hyphens on a narrow measure, fewer and no looser lines for it.

use super::tests::style;
use super::*;
use crate::render::pdf::fonts::FontSet;

#[test]
fn a_word_wider_than_the_measure_is_split_and_nothing_is_lost() {
    let fonts = FontSet::new();
    let h = Hyphenation::for_language("en");
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    // 100,000 characters without a space, with a combining mark and a ligature in
    // every repeat so the cuts must respect clusters.
    let long: String = "fie\u{301}ldhttps://example.org/".repeat(100_000 / 25);
    let text = format!("See {long} and more.");
    let lines = c.set_text(&text, &style(), 200.0);
    assert!(lines.len() > 100, "{}", lines.len());
    let mut joined = String::new();
    for l in &lines {
        for r in &l.runs {
            for g in &r.glyphs {
                assert!(g.x <= 200.0, "overfull: {}", l.text);
            }
        }
        joined.push_str(&l.text);
    }
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    assert_eq!(squeeze(&joined), squeeze(&text));
}

/// An e-mail address in italics before a roman comma keeps its breaks: the line before it
/// is not stretched to the measure to leave the whole address for the next line.
#[test]
fn an_emphasised_address_before_a_roman_comma_still_breaks() {
    let fonts = FontSet::new();
    let h = Hyphenation::for_language("en");
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    let inl = vec![
        Inline::Text("continued on the back in biro, ".into()),
        Inline::Emphasis(vec![Inline::Text(
            "rupert.cholmondeley-featherstonehaugh@environment-agency.gov.uk".into(),
        )]),
        Inline::Text(", with the hyphen drawn twice.".into()),
    ];
    let lines = c.set(&inl, &style(), 250.0);
    assert!(lines.len() >= 2);
    // The first line takes the address's first part: it ends inside the address.
    assert!(
        lines[0].text.contains("rupert"),
        "{:?}",
        lines.iter().map(|l| &l.text).collect::<Vec<_>>()
    );
    let joined: String = lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        joined
            .replace(" .", ".")
            .contains("biro, rupert.cholmondeley")
    );
}

/// A line that could be filled only far past the loose tolerance (first-fit's, beside an
/// address with few breaks) is set ragged at natural spacing, not stretched across the
/// measure: a newsletter's "Upgrade to paid https://…/redirect/2" line was set at 38
/// times its word spaces. Every word is kept, and the lines stay within the measure.
#[test]
fn a_line_too_loose_to_justify_is_set_ragged() {
    let fonts = FontSet::new();
    let h = Hyphenation::for_language("en");
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    let text = "Upgrade to paid https://substack.com/redirect/2/\
                eyJlIjoiaHR0cHM6Ly9zbWFsbGhvdXJzLnN1YnN0YWNrLmNvbS9zdWJzY3JpYmUifQ";
    let measure = 300.0;
    let lines = c.set_text(text, &style(), measure);
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    assert!(lines.len() >= 2, "{texts:?}");
    let first = &lines[0];
    assert!(first.text.starts_with("Upgrade to paid"), "{texts:?}");
    assert_eq!(first.kind, LineKind::Ragged, "{texts:?}");
    // Natural spacing: the gap after "Upgrade" is a word space, not a stretched one.
    let glyphs: Vec<f32> = first
        .runs
        .iter()
        .flat_map(|r| r.glyphs.iter().map(|g| g.x))
        .collect();
    assert!(first.end < measure - 20.0, "{} {texts:?}", first.end);
    assert!(glyphs.iter().all(|x| *x <= measure));
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    assert_eq!(squeeze(&texts.concat()), squeeze(text));
}

/// Prose of ordinary English words of all lengths, in an order drawn from a fixed seed.
fn prose(words: usize, seed: u64) -> String {
    const WORDS: &str = "the a of and to in was she had that it with her for on at by from \
        window morning remembered somewhere nothing together understood particular \
        everything conversation afternoon carefully ferry river questions kitchen lantern \
        evening promised interrupted extraordinary passengers handkerchiefs necessarily \
        disappointment comfortable neighbours quietly shoulder wondered direction \
        unremarkable photographs";
    let words_of: Vec<&str> = WORDS.split_whitespace().collect();
    let mut state = seed;
    let mut out = Vec::with_capacity(words);
    for n in 0..words {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let w = words_of[(state >> 33) as usize % words_of.len()];
        out.push(if n % 13 == 12 {
            format!("{w}.")
        } else {
            w.to_string()
        });
    }
    out.join(" ")
}

/// At 25 ems (5×8in at 11 points) hyphens are priced dearer and letters may space a
/// little more where that costs a paragraph no line: on prose of long words, a tenth
/// fewer lines end in a hyphen than at the usual prices, with no more loose lines.
#[test]
fn a_narrow_measure_takes_fewer_hyphens_and_no_looser_lines() {
    use crate::render::pdf::linebreak::LOOSE_RATIO;
    let fonts = FontSet::new();
    let h = Hyphenation::for_language("en");
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    let st = style();
    let measure = 25.0 * st.size;
    let usual = Options {
        letter_spacing: LETTER_SPACING,
        ..Options::default()
    };
    let (hyphen_demerits, extra_spacing) = items::narrow(measure, st.size, &usual, false);
    let narrow = Options {
        hyphen_demerits,
        extra_spacing,
        ..usual
    };
    // (full lines, hyphenated, loose) with the usual prices and with the narrow ones.
    let mut counts = [(0, 0, 0); 2];
    let mut breaker = Breaker::default();
    for seed in 0..40 {
        c.set_text(&prose(120, seed), &st, measure);
        for (n, opts) in [usual, narrow].iter().enumerate() {
            let lines = breaker.break_with(&c.para.items, measure, opts);
            for l in &lines[..lines.len() - 1] {
                counts[n].0 += 1;
                counts[n].1 += usize::from(l.hyphenated);
                counts[n].2 += usize::from(l.ratio > LOOSE_RATIO);
            }
        }
    }
    let [before, after] = counts;
    // Measured: 151 of 686 lines hyphenated and 90 loose, where the usual prices gave
    // 174 and 112.
    assert!(
        after.1 * 10 <= before.1 * 9,
        "{after:?} (usual prices: {before:?})"
    );
    assert!(after.2 <= before.2, "{after:?} (usual prices: {before:?})");
}

/// A narrow measure's allowances are none on a book's usual measure, whole on a
/// narrow one, and grow steadily between; a paragraph not letter-spaced has none.
#[test]
fn a_hyphen_costs_more_as_the_measure_narrows() {
    let opts = Options {
        letter_spacing: LETTER_SPACING,
        ..Options::default()
    };
    let at = |ems: f32| items::narrow(ems * 11.0, 11.0, &opts, false);
    assert_eq!(at(28.5), (0.0, 0.0));
    assert_eq!(at(33.0), (0.0, 0.0));
    assert!(at(28.0).0 > 0.0 && at(28.0).0 < at(27.5).0 && at(27.5).0 < at(26.5).0);
    assert!(at(28.0).1 > 0.0 && at(28.0).1 < at(26.5).1);
    assert_eq!(at(27.0), at(20.0));
    let plain = Options::default();
    assert_eq!(items::narrow(20.0 * 11.0, 11.0, &plain, false), (0.0, 0.0));
}

/// A word wider than the measure opening an indented paragraph is cut with room for the
/// indent: its first piece ended a tenth of an inch past the margin.
#[test]
fn a_too_long_word_after_an_indent_stays_within_the_measure() {
    let fonts = FontSet::new();
    let h = Hyphenation::for_language("en");
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    let st = Style {
        indent: 11.0,
        ..style()
    };
    let scream = format!("\u{201C}N{}O,\u{201D} said Priya.", "O".repeat(60));
    for measure in [200.0, 250.0, 279.0, 319.0] {
        let lines = c.set_text(&scream, &st, measure);
        assert!(lines.len() >= 2);
        for l in &lines {
            assert!(
                l.end <= measure + 0.01,
                "{measure}: {:?} ends at {}",
                l.text,
                l.end
            );
        }
    }
}

/// A file name too long for a line is cut after one of its parting marks (an underscore,
/// a full stop, a backslash) near the line's end rather than wherever the room runs out,
/// so no piece is a letter or two alone ("…this_time.doc" / "x").
#[test]
fn a_too_long_file_name_is_cut_after_its_marks() {
    let fonts = FontSet::new();
    let h = Hyphenation::for_language("en");
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    let name = "lighthouse_keepers_s4_fix_it_FINAL_v2_actually_final_this_time.docx";
    let path = "C:\\Users\\mara\\Documents\\Fandom\\Screenshots\\2024\\LighthouseKeepers\\season-three-finale\\";
    for text in [name, path] {
        for measure in [150.0, 180.0, 200.0, 230.0] {
            let lines = c.set_text(text, &style(), measure);
            let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
            assert!(texts.len() >= 2, "{texts:?}");
            assert_eq!(texts.concat(), text);
            for l in &lines[..lines.len() - 1] {
                assert!(
                    l.text.ends_with(['_', '.', '\\', '-']),
                    "{measure}: {texts:?}"
                );
                assert!(l.end >= measure * 0.6, "{measure}: {texts:?}");
            }
        }
    }
}
