//! Paragraph composition, tests: words and web addresses too long for a line — cut
//! within the measure, nothing lost, and the lines beside them not stretched.

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
