//! Paragraph composition, tests: where a line may break and what each break costs —
//! a dictionary word at its syllables whatever its bytes, a unit never at its slash, a
//! name's own hyphen priced as a name, a joined dash ending a line rather than opening
//! one, a speech's closing dash or quote never starting one.

use super::tests::style;
use super::*;
use crate::render::pdf::fonts::FontSet;

#[test]
fn a_long_dictionary_word_breaks_at_its_syllables_whatever_its_bytes() {
    use super::setword::Cut::{Hyphen, NameHyphen};
    // 69 letters (70 bytes) in German, 35 letters (70 bytes) in Russian: both break with
    // a hyphen; a run of letters longer than any word does not.
    for (lang, w) in [
        (
            "de",
            "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller",
        ),
        ("ru", "превысокомногорассмотрительствующий"),
    ] {
        let h = Hyphenation::for_language(lang);
        let breaks = super::setword::word_breaks(w, &h);
        assert!(breaks.len() >= 4, "{w}: {breaks:?}");
        assert!(breaks.iter().all(|(_, c)| matches!(c, Hyphen | NameHyphen)));
    }
    let h = Hyphenation::for_language("en");
    assert!(super::setword::word_breaks(&"ab".repeat(60), &h).is_empty());
}

#[test]
fn a_compound_unit_is_not_broken_at_its_slash() {
    let h = Hyphenation::for_language("en");
    // The no-break space before the unit makes the word non-ASCII, where UAX #14 offers
    // a break after every slash.
    for w in ["130\u{a0}km/h", "9.8\u{a0}m/s²", "5\u{a0}kg/m³"] {
        let breaks = super::setword::word_breaks(w, &h);
        assert!(
            breaks.iter().all(|(b, _)| !w[..*b].ends_with('/')),
            "{w}: {breaks:?}"
        );
    }
    // A longer word either side keeps the break UAX #14 gives.
    let w = "Straße/Bahnhof";
    let breaks = super::setword::word_breaks(w, &h);
    assert!(
        breaks.iter().any(|(b, _)| w[..*b].ends_with('/')),
        "{breaks:?}"
    );
}

#[test]
fn a_names_own_hyphen_is_priced_as_a_name_an_ordinary_compounds_is_not() {
    use super::setword::Cut::{Explicit, ExplicitName};
    let h = Hyphenation::for_language("en");
    let cuts = |w: &str| -> Vec<_> {
        super::setword::word_breaks(w, &h)
            .into_iter()
            .map(|(_, c)| c)
            .collect()
    };
    for (w, want) in [
        ("mother-in-law", vec![Explicit, Explicit]),
        ("well-timed,", vec![Explicit]),
        ("Okonjo-Fairweather.", vec![ExplicitName]),
        ("non-English", vec![ExplicitName]),
        // A capitalised compound is a name, whatever follows its hyphen.
        ("Jae-won", vec![ExplicitName]),
        ("“Kai-shek”", vec![ExplicitName]),
        // Inside a byline the book joined with no-break spaces.
        ("by\u{a0}Jae-won", vec![ExplicitName]),
        ("Ingrid\u{a0}Solvang-Achterberg", vec![ExplicitName]),
        ("the\u{a0}mother-in-law", vec![Explicit, Explicit]),
    ] {
        assert_eq!(cuts(w), want, "{w}");
    }
}

/// A dash joined to the words on either side ("then—suddenly—nothing") is a cheap break
/// after it and a dear one before it: a line opens with a closed-up dash only where that
/// saves a loose line, never where the spaces are easy anyway.
#[test]
fn a_joined_dash_ends_a_line_rather_than_opening_one() {
    use super::setword::Cut::{BeforeDash, Plain};
    let h = Hyphenation::for_language("en");
    for w in [
        "then\u{2014}suddenly\u{2014}nothing",
        "north\u{2013}south",
        "1914\u{2014}1918",
    ] {
        for (at, cut) in super::setword::word_breaks(w, &h) {
            let before = w[at..].starts_with(['\u{2014}', '\u{2013}']);
            assert_eq!(cut, if before { BeforeDash } else { Plain }, "{w} at {at}");
        }
    }
    let fonts = FontSet::new();
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    let text = "He was difficult about my mother\u{2014}his own sister\u{2014}for the best \
        part of thirty years, over something that happened at a christening that nobody \
        ever explained to me, though I asked\u{2014}twice\u{2014}and was told nothing.";
    let mut opened = 0;
    for measure in (200..=330).step_by(2) {
        for l in c.set_text(text, &style(), measure as f32) {
            opened += usize::from(l.text.starts_with('\u{2014}'));
        }
    }
    assert!(
        opened <= 3,
        "{opened} of 66 settings open a line with a joined dash"
    );
}

#[test]
fn a_speech_ending_dash_or_a_lone_closing_quote_never_starts_a_line() {
    let fonts = FontSet::new();
    let h = Hyphenation::for_language("en");
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    let text = "“You can’t — ” she began, and stopped. He waited – patiently, as he always \
        did – for the rest of it. “I only meant —” she tried again, “that the kettle ( the \
        old one ) was never — ” and then she gave up, and it boiled, and so on and so forth, \
        and she thought that she would never say it now —";
    let (mut clung, mut inside) = (0, 0);
    for measure in (90..=330).step_by(3) {
        let lines = c.set_text(text, &style(), measure as f32);
        let words: Vec<&str> = lines.iter().flat_map(|l| l.text.split(' ')).collect();
        let expected: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
        if lines.iter().all(|l| l.kind != LineKind::Hyphenated) {
            assert_eq!(words, expected, "at {measure} pt");
        }
        for l in &lines[1..] {
            let t = l.text.as_str();
            assert!(
                !(t.starts_with('”') || t.starts_with(')') || t.starts_with("— ”"))
                    && t != "—"
                    && !t.starts_with("—”"),
                "at {measure} pt a line starts {t:?}"
            );
            inside += usize::from(t.starts_with("– "));
        }
        clung += lines.iter().filter(|l| l.text.ends_with(" — ”")).count();
    }
    // The speech's dash ends lines instead (the rule moved breaks, it did not only forbid
    // them), and a dash inside a sentence may still open one.
    assert!(clung > 0 && inside > 0, "{clung} {inside}");
}

#[test]
fn a_words_own_hyphen_is_priced_near_a_dictionary_hyphen() {
    // Both end the line in a hyphen, and a reader counts both: the word's own hyphen
    // ("well-/timed", no hyphen added, so a penalty of no width) costs a little less
    // than a dictionary break (a hyphen added), but not a quarter as much.
    let fonts = FontSet::new();
    let h = Hyphenation::for_language("en");
    let mut c = Composer::new(Shaper::new(&fonts), &h);
    let inl = vec![Inline::Text("a well-timed and extraordinary remark".into())];
    c.set(&inl, &style(), 300.0);
    let flagged = |own: bool| -> Vec<f32> {
        c.para
            .items
            .iter()
            .filter(|i| i.flagged && (i.width == 0.0) == own)
            .map(|i| i.penalty)
            .collect()
    };
    let (own, dictionary) = (flagged(true), flagged(false));
    assert_eq!(own.len(), 1, "{own:?}");
    assert!(!dictionary.is_empty());
    for d in dictionary {
        assert!(own[0] < d && own[0] >= 0.75 * d, "{own:?} / {d}");
    }
}
