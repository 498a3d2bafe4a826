//! Furniture, tests: labels in every language, bylines and name joins, story info rows,
//! overrides.

use super::*;
use crate::model::Meta;

fn meta(lang: &str) -> Meta {
    Meta {
        title: "T".into(),
        subtitle: None,
        authors: vec!["A".into(), "B".into(), "C".into()],
        language: lang.into(),
        identifier: "urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8".into(),
        date: Some("2026-05-01".into()),
        modified_epoch: 0,
        publisher: Some("Small Press".into()),
        description: None,
        rights: None,
        cover: None,
        labels: Vec::new(),
        story_info: true,
    }
}

#[test]
fn every_language_has_two_different_note_labels_and_every_slot() {
    for (code, t) in lang::ALL {
        assert_ne!(t.note_before, t.note_after, "{code}");
        assert!(
            t.summary != t.note_before && t.summary != t.note_after,
            "{code}"
        );
        assert!(
            t.by.contains("{author}") && t.cover_alt.contains("{title}"),
            "{code}"
        );
        assert!(t.published_by.contains("{publisher}"), "{code}");
        assert!(t.first_published.contains("{year}"), "{code}");
        assert!(t.identifier.contains("{identifier}"), "{code}");
    }
}

#[test]
fn french_spacing() {
    assert_eq!(finish("Identifiant : x", "fr"), "Identifiant\u{202f}: x");
    assert_eq!(finish("Quoi?", "fr-CA"), "Quoi\u{202f}?");
    assert_eq!(finish("« Oui »", "fr"), "«\u{202f}Oui\u{202f}»");
    assert_eq!(finish("http://x 10:30", "fr"), "http://x 10:30");
    assert_eq!(finish("Quoi?", "en"), "Quoi?");
}

#[test]
fn joins_bylines_and_copyright_per_language() {
    let en = Furniture::new(&meta("en"));
    assert_eq!(en.join(&meta("en").authors), "A, B and C");
    assert_eq!(en.byline("Z"), "by\u{a0}Z");
    let lines = en.copyright_lines(&meta("en"));
    assert!(lines.contains(&"Published by Small Press, 2026".to_string()));
    assert!(!lines.iter().any(|l| l.contains("urn:uuid")), "{lines:?}");
    let fr = Furniture::new(&meta("fr"));
    assert_eq!(fr.join(&meta("fr").authors), "A, B et C");
    assert_eq!(fr.byline("Z"), "par\u{a0}Z");
    let mut m = meta("de");
    m.identifier = "urn:isbn:9780000000002".into();
    let de = Furniture::new(&m).copyright_lines(&m);
    assert!(de.contains(&"ISBN 9780000000002".to_string()), "{de:?}");
    assert!(de.contains(&"Erschienen bei Small Press, 2026".to_string()));
    // Unknown languages fall back to English.
    assert_eq!(Furniture::new(&meta("nl")).contents, "Contents");
}

#[test]
fn a_line_breaks_between_names_never_inside_one() {
    let en = Furniture::for_language("en");
    let names = [
        "Leopold Marchbanks".to_string(),
        " Ingrid  Solvang-Achterberg".into(),
        "fm_ghost".into(),
    ];
    let nb = '\u{a0}';
    assert_eq!(
        en.join(&names),
        format!("Leopold{nb}Marchbanks, Ingrid{nb}Solvang-Achterberg and fm_ghost")
    );
    assert_eq!(
        en.byline(&en.join(&names[..1])),
        format!("by{nb}Leopold{nb}Marchbanks")
    );
    // A template with the names first binds the word after them.
    let mut m = meta("en");
    m.labels = vec![("by".into(), "{author} wrote this".into())];
    assert_eq!(Furniture::new(&m).byline("A"), format!("A{nb}wrote this"));
    // The contents: the dash held to the title, the names whole.
    let ch = Chapter {
        file: "a.txt".into(),
        title: "T".into(),
        title_in_text: None,
        language: None,
        authors: names[..1].to_vec(),
        encoding: crate::model::Encoding::Utf8,
        reader: crate::model::Reader::Text,
        preface: Vec::new(),
        preface_language: None,
        body: Vec::new(),
        afterword: Vec::new(),
        afterword_language: None,
        meta: StoryMeta::default(),
        decisions: Vec::new(),
    };
    assert_eq!(
        crate::model::plain_text(&en.contents_author(&ch)),
        format!("{nb}— Leopold{nb}Marchbanks")
    );
    // Metadata keeps the names as given.
    assert_eq!(
        en.join_plain(&names[..2]),
        "Leopold Marchbanks and  Ingrid  Solvang-Achterberg"
    );
}

#[test]
fn story_info_rows_are_finished_in_the_language_and_overridable() {
    let story = StoryMeta {
        rating: Some("Teen".into()),
        warnings: vec!["None".into()],
        tags: vec!["Fluff".into(), "Angst".into()],
        words: Some("1,200".into()),
        status: Some("Completed".into()),
        url: Some("https://example.org".into()),
        ..StoryMeta::default()
    };
    let en = Furniture::for_language("en");
    let text: Vec<String> = en
        .story_info(&story)
        .iter()
        .map(|r| en.info_row_text(r))
        .collect();
    assert_eq!(
        text,
        [
            "Rating: Teen · Warnings: None",
            "Tags: Fluff, Angst",
            "Words: 1,200 · Status: Completed"
        ]
    );
    assert!(en.story_info(&StoryMeta::default()).is_empty());
    let fr = Furniture::for_language("fr-CA");
    assert_eq!(fr.story_info(&story)[0][0].label, "Classement\u{202f}:");
    assert_eq!(
        Furniture::for_language("it").story_info(&story)[0][0].label,
        "Classificazione:"
    );
    let mut m = meta("en");
    m.labels = vec![("rating".into(), "Age group:".into())];
    assert_eq!(
        Furniture::new(&m).story_info(&story)[0][0].label,
        "Age group:"
    );
}

#[test]
fn overrides_win_but_never_merge_the_two_notes() {
    let mut m = meta("en");
    m.labels = vec![
        ("contents".into(), "What's Inside".into()),
        ("note-after".into(), "Author's Note".into()),
    ];
    let f = Furniture::new(&m);
    assert_eq!(f.contents, "What’s Inside");
    assert_ne!(f.note_before, f.note_after);
}

fn para(s: &str) -> Block {
    Block::Paragraph(vec![crate::model::Inline::Text(s.into())])
}

/// A chapter with `preface` and, as a header reader files it, `summary` in its metadata.
fn with_summary(preface: Vec<Block>, summary: Vec<Block>) -> Chapter {
    Chapter {
        file: "a.txt".into(),
        title: "T".into(),
        title_in_text: None,
        language: None,
        authors: Vec::new(),
        encoding: crate::model::Encoding::Utf8,
        reader: crate::model::Reader::Text,
        preface,
        body: Vec::new(),
        afterword: Vec::new(),
        meta: StoryMeta {
            summary,
            ..StoryMeta::default()
        },
        preface_language: None,
        afterword_language: None,
        decisions: Vec::new(),
    }
}

/// A summary is not the author's note: it gets its own heading, in the book's language
/// (or `[labels] summary`), and the note under the note's heading starts after it, its
/// own label still removed. Before, the summary was the note's first paragraph.
#[test]
fn the_summary_has_its_own_heading_apart_from_the_note() {
    let ch = with_summary(
        vec![para("Two sisters and a dam."), para("A/N: for Nan.")],
        vec![para("Two sisters and a dam.")],
    );
    let en = Furniture::for_language("en-AU");
    let s = en.summary(&ch).expect("a summary");
    assert_eq!(s.label, "Summary");
    assert_eq!(&*s.blocks, &[para("Two sisters and a dam.")]);
    let n = en.preface(&ch).expect("a note");
    assert_eq!(n.label, "Author’s Note");
    assert_eq!(&*n.blocks, &[para("for Nan.")]);
    assert_eq!(
        Furniture::for_language("es").summary(&ch).unwrap().label,
        "Resumen"
    );
    assert_eq!(
        Furniture::for_language("fr").summary(&ch).unwrap().label,
        "Résumé"
    );
    // A summary alone makes no note; a note alone no summary.
    let alone = with_summary(vec![para("Only this.")], vec![para("Only this.")]);
    assert!(en.preface(&alone).is_none() && en.summary(&alone).is_some());
    let note = with_summary(vec![para("Summary of my week: busy.")], Vec::new());
    assert!(en.summary(&note).is_none() && en.preface(&note).is_some());
    // An override may rename it, never to a note's heading.
    let mut m = meta("en");
    m.labels = vec![("summary".into(), "Blurb".into())];
    assert_eq!(Furniture::new(&m).summary(&ch).unwrap().label, "Blurb");
    m.labels = vec![("summary".into(), "Author's Note".into())];
    assert_eq!(Furniture::new(&m).summary(&ch).unwrap().label, "Summary");
}

/// Regression: a collective's 94-character name was joined with no-break spaces
/// throughout, so it could not break on the title page, the opener or the running
/// head and ran past the measure. A long name breaks between its words; an initial
/// inside it stays with the word after it; a person's name stays whole.
#[test]
fn a_long_collective_name_may_break_between_its_words() {
    let en = Furniture::for_language("en");
    let circle = "The Members of the Thursday Night Writing Circle of the Hollowbrook \
                  Public Library, Est. 1987";
    let set = en.join(&[circle.to_string()]);
    assert_eq!(set, circle.split_whitespace().collect::<Vec<_>>().join(" "));
    assert!(!set.contains('\u{a0}'), "{set:?}");
    let society =
        en.join(&["The Friends of J. R. R. Tolkien in the Lower Wolds Village Hall".into()]);
    assert!(
        society.contains("of J.\u{a0}R.\u{a0}R.\u{a0}Tolkien in the"),
        "{society:?}"
    );
    assert_eq!(
        en.join(&["J. R. R. Tolkien".into()]),
        "J.\u{a0}R.\u{a0}R.\u{a0}Tolkien"
    );
    assert_eq!(
        en.join(&["Evangelia Papakonstantinou-Hale".into()]),
        "Evangelia\u{a0}Papakonstantinou-Hale"
    );
    assert_eq!(
        en.join(&["Femke van der Heijden-Oosterbroek".into()]),
        "Femke\u{a0}van\u{a0}der\u{a0}Heijden-Oosterbroek"
    );
}
