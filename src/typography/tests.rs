//! Typography pass, tests: quotes, dashes, ellipses and units by language.

use super::*;

fn en(s: &str) -> String {
    apply_str(s, "en")
}

#[test]
fn quotes_and_apostrophes() {
    assert_eq!(en("\"Hello,\" she said."), "“Hello,” she said.");
    assert_eq!(en("It's 'fine' now."), "It’s ‘fine’ now.");
    assert_eq!(
        en("'Tis the '90s, rock 'n' roll"),
        "’Tis the ’90s, rock ’n’ roll"
    );
    assert_eq!(en("the dogs' bowls"), "the dogs’ bowls");
    assert_eq!(en("(\"quoted\")"), "(“quoted”)");
    assert_eq!(en("'em all"), "’em all");
}

#[test]
fn quotes_by_language() {
    let q = |t: &str, l: &str| apply_str(t, l);
    assert_eq!(q("\"Tak,\" powiedziała.", "pl"), "„Tak,” powiedziała.");
    assert_eq!(q("\"Ja\", sa hon.", "sv"), "”Ja”, sa hon.");
    assert_eq!(q("\"Nei\", sa hun.", "nb-NO"), "«Nei», sa hun.");
    assert_eq!(q("\"Já,\" sagði hún.", "is"), "„Já,“ sagði hún.");
    assert_eq!(q("\"סגור,\" אמר.", "he"), "”סגור,” אמר.");
    // English and languages without an entry keep “ ”.
    assert_eq!(q("\"Yes,\" she said.", "tr"), "“Yes,” she said.");
}

#[test]
fn spaced_hyphens_are_dashes() {
    assert_eq!(en("five- you're"), "five – you’re");
    assert_eq!(en("five - you're"), "five – you’re");
    assert_eq!(en("pre- and post-war"), "pre- and post-war");
    // Suspended hyphens in other languages (anthology9's German story had its
    // "Wasserstraßen- und Schifffahrtsamt" set with a dash).
    for (t, l) in [
        ("das Wasserstraßen- und Schifffahrtsamt", "de"),
        ("Ein- oder Ausgang", "de"),
        ("land- en tuinbouw", "nl"),
        ("höst- och vinterkläder", "sv"),
        ("sommer- og vinterferie", "nb"),
        ("kis- és középvállalat", "hu"),
    ] {
        assert_eq!(apply_str(t, l), t);
    }
    assert_eq!(apply_str("Warte - und dann", "de"), "Warte – und dann");
    assert_eq!(en("well-known"), "well-known");
}

#[test]
fn dashes_and_ellipses() {
    assert_eq!(en("wait--what"), "wait—what");
    assert_eq!(en("so... then"), "so… then");
    assert_eq!(en("well-known"), "well-known");
}

#[test]
fn across_emphasis() {
    let mut v = vec![
        Inline::Text("\"".into()),
        Inline::Emphasis(vec![Inline::Text("No".into())]),
        Inline::Text("!\"".into()),
    ];
    apply(&mut v, "en");
    assert_eq!(
        v,
        vec![
            Inline::Text("“".into()),
            Inline::Emphasis(vec![Inline::Text("No".into())]),
            Inline::Text("!”".into()),
        ]
    );
}

/// A speech broken off with a spaced dash ends in a closing quote, though a space
/// stands before it: at the paragraph's end, before a line break, before a space.
/// A quote before the next inline's word still opens.
#[test]
fn interrupted_speech_closes_its_quote() {
    assert_eq!(en("\"Winnie -- \""), "“Winnie — ”");
    assert_eq!(en("\"And it shuts at--\""), "“And it shuts at—”");
    assert_eq!(en("'Wait -- '"), "‘Wait — ’");
    assert_eq!(apply_str("\"Alors -- \"", "fr"), "«Alors — »");
    let mut v = vec![
        Inline::Text("\"Hold the line -- \"".into()),
        Inline::LineBreak,
        Inline::Text("\"Winnie -- ".into()),
        Inline::Emphasis(vec![Inline::Text("\"".into())]),
    ];
    apply(&mut v, "en");
    assert_eq!(
        v,
        vec![
            Inline::Text("“Hold the line — ”".into()),
            Inline::LineBreak,
            Inline::Text("“Winnie — ".into()),
            Inline::Emphasis(vec![Inline::Text("”".into())]),
        ]
    );
    let mut v = vec![
        Inline::Text("She said -- \"".into()),
        Inline::Emphasis(vec![Inline::Text("never".into())]),
        Inline::Text(".\"".into()),
    ];
    apply(&mut v, "en");
    assert_eq!(v[0], Inline::Text("She said — “".into()));
}

#[test]
fn numbers_keep_their_units() {
    let nb = |s: &str| s.replace('_', "\u{a0}");
    assert_eq!(
        en("past 130 km/h and 2,311 m."),
        nb("past 130_km/h and 2,311_m.")
    );
    assert_eq!(
        en("at 9:30 p.m. it was −17.3 °C"),
        nb("at 9:30_p.m. it was −17.3_°C")
    );
    assert_eq!(en("a 250 ml mug, 15 %"), nb("a 250_ml mug, 15_%"));
    assert_eq!(apply_str("um 23:47 Uhr", "de"), nb("um 23:47_Uhr"));
    // A number's digit groups stay on one line; a year and a count, or a number and
    // a longer one, are two numbers.
    assert_eq!(
        apply_str("до Владивостока 9 288 километров", "ru"),
        nb("до Владивостока 9_288 километров")
    );
    assert_eq!(apply_str("(1 000 000)", "fr"), nb("(1_000_000)"));
    for s in ["in 1999 300 men", "2 2024", "10 1234", "7 300th"] {
        assert_eq!(en(s), s);
    }
    // Not units: words after numbers, numbers inside words, a unit letter starting a
    // word.
    for s in [
        "Room 4 wants towels",
        "in 1999 most",
        "the 2 men",
        "46-014 m",
        "at 5 mins",
        "A4 m",
        "1 in 3",
    ] {
        assert_eq!(en(s), s);
    }
}

#[test]
fn other_languages() {
    assert_eq!(apply_str("\"Ja\"", "de-DE"), "„Ja“");
    assert_eq!(apply_str("l'auteur", "fr"), "l’auteur");
    assert_eq!(apply_str("geht's", "de"), "geht’s");
}

/// Portuguese as CLDR gives it: Brazil (`pt`, `pt-BR`) quotes with curly marks,
/// Portugal (`pt-PT`) with guillemets.
#[test]
fn portuguese_quotes_by_country() {
    for lang in ["pt", "pt-BR", "pt_br"] {
        assert_eq!(
            apply_str("\"Bolo da Rosa\"", lang),
            "“Bolo da Rosa”",
            "{lang}"
        );
    }
    assert_eq!(apply_str("\"Bolo da Rosa\"", "pt-PT"), "«Bolo da Rosa»");
    assert_eq!(apply_str("\"Bolo da Rosa\"", "pt_PT"), "«Bolo da Rosa»");
}

/// Straight quotes inside guillemets the author typed are the quote's second level, in
/// the language's marks; outside any they are its first.
#[test]
fn straight_quotes_inside_typed_guillemets_nest() {
    assert_eq!(
        apply_str("«\"Ti aspetterò\", scrisse.»", "it"),
        "«“Ti aspetterò”, scrisse.»"
    );
    assert_eq!(
        apply_str("«Он сказал \"нет\".»", "ru"),
        "«Он сказал „нет“.»"
    );
    assert_eq!(apply_str("\"Ciao\" e «basta».", "it"), "«Ciao» e «basta».");
    // After the typed quote closes, straight quotes are first-level again.
    assert_eq!(apply_str("«Sì.» \"No.\"", "fr"), "«Sì.» «No.»");
}
