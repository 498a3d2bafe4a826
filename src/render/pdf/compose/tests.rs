//! Paragraph composition, tests: emphasis joins, forced line breaks, justified lines
//! that keep every word, no hyphen fragment, words wider than the measure.

use super::*;
use crate::render::pdf::fonts::FontSet;

fn style() -> Style {
    Style {
        font: FontKey::Regular,
        size: 11.0,
        leading: 14.0,
        align: Align::Justify,
        indent: 0.0,
    }
}

#[test]
fn words_keep_emphasis_joins() {
    let inl = vec![
        Inline::Text("a big".into()),
        Inline::Emphasis(vec![Inline::Text("ger".into())]),
        Inline::Text(" dog".into()),
    ];
    let mut w = Words::default();
    w.split(&inl, FontKey::Regular);
    assert_eq!(w.len(), 3);
    let second: Vec<(FontKey, &str)> = w.get(1).iter().map(|s| (s.font, w.text(s))).collect();
    assert_eq!(
        second,
        [(FontKey::Regular, "big"), (FontKey::Italic, "ger")]
    );
}

#[test]
fn line_breaks_force_unjustified_lines() {
    let fonts = FontSet::new();
    let h = Hyphenation::for_language("en");
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    let inl = vec![
        Inline::Text("The rain came down".into()),
        Inline::LineBreak,
        Inline::Emphasis(vec![Inline::Text("and we".into()), Inline::LineBreak]),
        Inline::LineBreak,
        Inline::Text("went home".into()),
    ];
    let lines = c.set(&inl, &style(), 300.0);
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["The rain came down", "and we", "went home"]);
    assert!(lines.iter().all(|l| l.kind == LineKind::Last), "{lines:?}");
    // Natural spacing: each short line ends well before the measure.
    assert!(lines.iter().all(|l| l.end < 150.0), "{lines:?}");
    // A kept line longer than the measure still wraps, justified, within itself.
    let long = "word ".repeat(40);
    let inl = vec![
        Inline::Text(long.trim().into()),
        Inline::LineBreak,
        Inline::Text("end".into()),
    ];
    let lines = c.set(&inl, &style(), 200.0);
    assert!(lines.len() > 3);
    assert_eq!(lines[0].kind, LineKind::Justified);
    assert_eq!(lines.last().map(|l| l.text.as_str()), Some("end"));
    let before = &lines[lines.len() - 2];
    assert_eq!(before.kind, LineKind::Last);
}

#[test]
fn justified_lines_fill_the_measure_and_keep_every_word() {
    let fonts = FontSet::new();
    let h = Hyphenation::for_language("en");
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    let text = "Valjean looked up from his account books. What was going on? He could hear \
        the sounds of arguing coming from the factory yard outside. Was there a dispute \
        over the pay? Better settle it now. Getting up and putting on his coat and hat, \
        he went outside.";
    let lines = c.set_text(text, &style(), 200.0);
    let mut joined = String::new();
    for l in &lines {
        let end = l
            .runs
            .iter()
            .flat_map(|r| r.glyphs.last().map(|g| g.x))
            .fold(0.0f32, f32::max);
        assert!(end <= 200.0, "overfull: {}", l.text);
        if l.kind != LineKind::Last {
            assert!(end > 180.0, "justified line too short: {}", l.text);
        }
        match l.text.strip_suffix('-') {
            Some(s) if l.kind == LineKind::Hyphenated => joined.push_str(s),
            _ => {
                joined.push_str(&l.text);
                joined.push(' ');
            }
        }
    }
    assert_eq!(joined.trim_end(), text);
}

/// Regression: "kind but wor-" / "ried." left a five-letter last line in the sample.
#[test]
fn no_hyphenated_fragment_as_a_paragraph_last_line() {
    let fonts = FontSet::new();
    let h = Hyphenation::for_language("en");
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    let st = Style {
        indent: 13.2,
        ..style()
    };
    let text = "“Shh, it’s all right,” the voice said. The voice was kind but worried.";
    // The A5 screen measure, where the sample hyphenated "wor-ried."
    let lines = c.set_text(text, &st, 318.84);
    assert!(lines.len() >= 2, "{lines:?}");
    let penult = &lines[lines.len() - 2];
    assert_ne!(penult.kind, LineKind::Hyphenated, "{}", penult.text);
    let last = &lines[lines.len() - 1];
    assert!(last.text.chars().count() > 6, "{}", last.text);
}

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
