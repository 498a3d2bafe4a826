//! Story understanding, tests: a story's title, notes and body found from its
//! `[[chapters]]` entry and its text.

use super::*;

pub(super) fn entry() -> ChapterConfig {
    ChapterConfig {
        file: "s.txt".into(),
        ..Default::default()
    }
}

#[test]
fn heading_inside_story() {
    let (c, d) = understand(
        &entry(),
        "Title Here\n\nShe left.\n\nThirty Years Later\n\nShe came back.",
        Encoding::Utf8,
        "en",
    );
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(c.title, "Title Here");
    assert_eq!(c.body[1], Block::Heading("Thirty Years Later".into()));
}

/// A heading-shaped line the story shows under a colon ("it said only:" over "Chapter
/// 3") is its text; the same line after a plain paragraph is a heading.
#[test]
fn a_heading_shown_under_a_colon_is_the_storys() {
    let text = |over: &str| {
        format!("Title Here\n\nShe left.\n\n{over}\n\nChapter 3\n\nAnd underneath, smaller: soon.")
    };
    let (c, _) = understand(
        &entry(),
        &text("The last page said only:"),
        Encoding::Utf8,
        "en",
    );
    assert!(
        !c.body.iter().any(|b| matches!(b, Block::Heading(_))),
        "{:?}",
        c.body
    );
    let (c, _) = understand(
        &entry(),
        &text("The last page was blank."),
        Encoding::Utf8,
        "en",
    );
    assert!(
        c.body.contains(&Block::Heading("Chapter 3".into())),
        "{:?}",
        c.body
    );
}

#[test]
fn short_title_case_lines_between_paragraphs_stay_paragraphs() {
    let (c, _) = understand(
        &entry(),
        "Title Here\n\nShe read the letter.\n\nYour Loving Sister\n\nCecile Morel\n\nShe wept.",
        Encoding::Utf8,
        "en",
    );
    assert!(
        c.body.iter().all(|b| !matches!(b, Block::Heading(_))),
        "{:?}",
        c.body
    );
    assert!(c.decisions.iter().any(|d| d.contains("stays a paragraph")));
}

/// A letter's signature over a break closes the letter: a name with text above it and
/// a break below is no heading; the same name after a break is one.
#[test]
fn a_signature_over_a_break_is_no_heading() {
    let (c, _) = understand(
        &entry(),
        "Title Here\n\nDear Anne,\n\nThe lamp is lit.\n\nMarguerite Le Goff\n\n***\n\nBrest, le 14 novembre\n\nShe wrote back.",
        Encoding::Utf8,
        "fr",
    );
    assert!(
        c.body.iter().all(|b| !matches!(b, Block::Heading(_))),
        "{:?}",
        c.body
    );
    assert!(c.body.contains(&Block::Paragraph(vec![Inline::Text(
        "Marguerite Le Goff".into()
    )])));
}

#[test]
fn heading_words_and_breaks_make_headings() {
    let (c, _) = understand(
        &entry(),
        "Title Here\n\nPart One\n\nShe left.\n\n* * *\n\nThe Harbour\n\nShe came back.",
        Encoding::Utf8,
        "en",
    );
    assert_eq!(c.body[0], Block::Heading("Part One".into()));
    assert_eq!(c.body[3], Block::Heading("The Harbour".into()));
}

/// Regression: a story that `afterword = …` emptied was told to set `preface = 0`.
#[test]
fn empty_body_hint_names_the_part_that_took_the_text() {
    let text = "She left.\n\nShe came back.";
    let mut e = entry();
    e.afterword = Some(5);
    e.title = Some("T".into());
    e.title_in_text = Some(false);
    let (_, d) = understand(&e, text, Encoding::Utf8, "en");
    assert_eq!(
        d.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
        [
            "warning: s.txt: story has only a closing note and no story text (hint: if this text is the story, set `afterword = 0` for this chapter in book.toml)"
        ]
    );
    e.afterword = None;
    e.preface = Some(5);
    let (_, d) = understand(&e, text, Encoding::Utf8, "en");
    assert!(d[0].to_string().contains("set `preface = 0` for"), "{d:?}");
    e.preface = Some(1);
    e.afterword = Some(5);
    let (_, d) = understand(&e, text, Encoding::Utf8, "en");
    assert!(
        d[0].to_string()
            .contains("`preface = 0` and `afterword = 0`"),
        "{d:?}"
    );
}

#[test]
fn only_scene_breaks_is_an_empty_story() {
    let (_, d) = understand(&entry(), "* * *\n\n~~~", Encoding::Utf8, "en");
    assert!(d.iter().any(|d| d.message == "story is empty"), "{d:?}");
}

/// Regression: with the title line kept as a first heading, the decisions looked one
/// block behind and called "Thirty Years Later" a paragraph while it was a heading.
#[test]
fn kept_title_line_does_not_shift_the_heading_decisions() {
    let mut e = entry();
    e.title = Some("Given Title".into());
    let (c, _) = understand(
        &e,
        "Found Title\n\nShe left.\n\nThirty Years Later\n\nShe came back.",
        Encoding::Utf8,
        "en",
    );
    assert_eq!(c.body[0], Block::Heading("Found Title".into()));
    assert_eq!(c.body[2], Block::Heading("Thirty Years Later".into()));
    let said: Vec<&String> = c
        .decisions
        .iter()
        .filter(|d| d.contains("Thirty Years Later"))
        .collect();
    assert_eq!(
        said,
        ["heading: \"Thirty Years Later\" is a short title-like line inside the story"],
        "{:?}",
        c.decisions
    );
}

#[test]
fn differing_title_line_is_kept_as_a_heading() {
    let mut e = entry();
    e.title = Some("Given Title".into());
    let (c, _) = understand(&e, "Found Title\n\nShe left.", Encoding::Utf8, "en");
    assert_eq!(c.title, "Given Title");
    assert_eq!(c.body[0], Block::Heading("Found Title".into()));
    e.title = Some("found title".into());
    let (c, _) = understand(&e, "Found Title\n\nShe left.", Encoding::Utf8, "en");
    assert_eq!(c.body.len(), 1, "the same title is not repeated");
}

#[test]
fn blank_book_toml_title_counts_as_absent() {
    let mut e = entry();
    e.title = Some("   ".into());
    let (c, _) = understand(&e, "Found Title\n\nShe left.", Encoding::Utf8, "en");
    assert_eq!(c.title, "Found Title");
    let (c, d) = understand(&e, "She left, and that was that.", Encoding::Utf8, "en");
    assert_eq!(c.title, "S");
    assert!(d[0].message.contains("no title"));
}

#[test]
fn untitled_story_warns_and_uses_file_stem() {
    let (c, d) = understand(
        &entry(),
        "She left, and that was that.",
        Encoding::Utf8,
        "en",
    );
    assert_eq!(c.title, "S");
    assert!(d[0].message.contains("no title"));
}

/// A file's name makes a title: words apart, capitals where the name has none.
#[test]
fn a_title_from_the_file_name() {
    assert_eq!(title_from_name("dear_reader", "en"), "Dear Reader");
    assert_eq!(
        title_from_name("the-winter-of-the_orchard", "en-GB"),
        "The Winter of the Orchard"
    );
    assert_eq!(
        title_from_name("la_casa_dei_limoni", "it"),
        "La casa dei limoni"
    );
    assert_eq!(
        title_from_name("McAllister_Notes", "en"),
        "McAllister Notes"
    );
}

#[test]
fn note_only_story_warns() {
    let (_, d) = understand(
        &entry(),
        "A/N: Sorry, no update this week!",
        Encoding::Utf8,
        "en",
    );
    assert!(
        d.iter()
            .any(|d| d.message.contains("only an author's note")),
        "{d:?}"
    );
}

#[test]
fn leading_scene_break_after_note_is_dropped() {
    let (c, _) = understand(
        &entry(),
        "A/N: enjoy!\n\n***\n\nShe left.",
        Encoding::Utf8,
        "en",
    );
    assert_eq!(c.body.len(), 1);
}

/// A poem sequence: titles are headings, stanzas keep their lines and indents, and a
/// log's lines, each one italic sentence, are one stanza.
#[test]
fn poems_are_stanzas_under_headings() {
    let text = "Tides\n\nA note on these poems, written as one long line as such notes are, long enough to be prose and never a line of verse.\n\n\nI. Harbour\n\nThe boat goes out\nwith a net, a flask,\n    a knife, a lamp\nand nobody.\n\n_Wind N 3._\n_Nothing caught._\n\nII. Quay\n\nHe ties it up,\n    and ties it up,\n        and goes.\n";
    let (c, _) = understand(&entry(), text, Encoding::Utf8, "en");
    assert!(matches!(c.body[0], Block::Paragraph(_)));
    let shape: Vec<String> = c.body[1..]
        .iter()
        .map(|b| match b {
            Block::Heading(h) => format!("H {h}"),
            Block::Stanza(ls) => ls
                .iter()
                .map(|l| l.indent.to_string())
                .collect::<Vec<_>>()
                .join(""),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(shape, ["H I. Harbour", "0010", "00", "H II. Quay", "012"]);
    let Block::Stanza(log) = &c.body[3] else {
        unreachable!()
    };
    assert!(matches!(log[1].inlines[..], [Inline::Emphasis(_)]));
}

/// A dedication above a labelled note at a story's head goes with the note; the story's
/// letters and end mark stay in the body, and a decorated end mark is not a heading.
#[test]
fn dedication_and_note_at_the_head_end_mark_at_the_foot() {
    let (c, _) = understand(
        &entry(),
        "Vetrarljós\neftir Hildi Jónsdóttur\n\nTileinkað pabba, sem kenndi mér að lesa.\n\nAthugasemd höfundar: Skrifað í vetur.\n\n~ ~ ~\n\nÞað snjóaði allan daginn.\n\n~ ~ ~\n\nUm kvöldið kom ljósið.\n\n- Endir -",
        Encoding::Utf8,
        "is",
    );
    assert_eq!(c.title, "Vetrarljós");
    assert_eq!(c.preface.len(), 2, "{:?}", c.preface);
    assert!(
        c.body.iter().all(|b| !matches!(b, Block::Heading(_))),
        "{:?}",
        c.body
    );
    assert_eq!(
        c.body
            .iter()
            .filter(|b| matches!(b, Block::SceneBreak))
            .count(),
        1
    );
}

/// A paste with a title, a byline and a `Summary:` line and no site header: the line is
/// the story's summary (the furniture sets it under its own heading), without its label,
/// which is recorded as dropped. anthology7's water-restrictions.txt printed
/// "Summary: Three sisters …" as its author's note.
#[test]
fn a_pasted_summary_line_is_the_summary_not_a_note() {
    let text = "Dry Season\nby gumleaf\nSummary: Two sisters and a dam.\n\nA/N: for Nan.\n\nThe dam was low.\n\nIt rained.";
    let (c, _) = understand(&entry(), text, Encoding::Utf8, "en");
    let para = |s: &str| Block::Paragraph(vec![Inline::Text(s.into())]);
    assert_eq!(c.meta.summary, [para("Two sisters and a dam.")]);
    assert_eq!(c.preface[0], para("Two sisters and a dam."));
    assert!(
        c.meta
            .dropped
            .iter()
            .any(|d| d.text == "Summary" && d.line == 3)
    );
    let f = crate::furniture::Furniture::for_language("en");
    assert_eq!(f.summary(&c).map(|n| n.blocks.len()), Some(1));
    assert_eq!(f.preface(&c).unwrap().blocks[0], para("for Nan."));
}

/// "Summary:" that does not open the note before the story stays the author's words
/// where they wrote it: in the story, or in a note after another paragraph.
#[test]
fn a_summary_label_inside_the_story_stays_text() {
    let text =
        "Dry Season\n\nThe dam was low.\n\nSummary: the council would do nothing.\n\nIt rained.";
    let (c, _) = understand(&entry(), text, Encoding::Utf8, "en");
    assert!(c.meta.summary.is_empty() && c.preface.is_empty());
    assert!(
        c.body
            .iter()
            .any(|b| b.plain() == "Summary: the council would do nothing.")
    );
    let text =
        "Dry Season\n\nA/N: for Nan.\n\nSummary: not mine.\n\nThe dam was low.\n\nIt rained.";
    let (c, _) = understand(&entry(), text, Encoding::Utf8, "en");
    assert!(c.meta.summary.is_empty());
    assert!(
        c.all_blocks()
            .any(|b| b.plain().contains("Summary: not mine."))
    );
}

/// A list in an author's note is a list, as in the story: its items are not joined into
/// one paragraph of lines, and their `- ` marks do not become dashes.
#[test]
fn a_list_in_the_authors_note_is_a_list() {
    let (c, _) = understand(
        &ChapterConfig {
            file: "s.md".into(),
            ..Default::default()
        },
        "# Last Tram\n\n**Author's note:** A few things before you start:\n\n- the line is made up, but the city isn't\n- the song is mine, so please ask before you use it\n- there's one swear word, sorry\n\nThanks to Bea for the read-through!\n\n* * *\n\nThe tram ran late.\n\nShe waited.",
        Encoding::Utf8,
        "en",
    );
    let lists: Vec<&crate::model::List> = c
        .preface
        .iter()
        .filter_map(|b| match b {
            Block::List(l) => Some(l),
            _ => None,
        })
        .collect();
    assert_eq!(lists.len(), 1, "{:?}", c.preface);
    assert_eq!(lists[0].items.len(), 3, "{:?}", lists[0]);
    assert_eq!(c.body.len(), 2, "{:?}", c.body);
}

/// A notes list at the story's end under a label in another language (`Vysvětlivky:`,
/// Czech "explanations") links as `Footnotes:` does and takes that label; the divider
/// before it closes the story and is no scene break; a thank-you after it is the
/// afterword.
#[test]
fn a_labelled_notes_list_after_the_last_divider_closes_the_story() {
    let text = "Poslední tramvaj\n\nTramvaj odjíždí ve 23:52 z Náměstí Svobody a jede přes celé město až na konečnou.[1]\n\n***\n\nVěra počká deset vteřin u orloje.[2]\n\n* * *\n\nVysvětlivky:\n\n[1] Ta zastávka existuje.\n[2] Orloj je černý kamenný válec.\n\nDěkuji všem, kdo dočetli až sem, budu ráda za komentář.";
    let (c, _) = understand(&entry(), text, Encoding::Utf8, "cs");
    let breaks = c
        .body
        .iter()
        .filter(|b| matches!(b, Block::SceneBreak))
        .count();
    assert_eq!(breaks, 1, "{:?}", c.body);
    match c.body.last() {
        Some(Block::Footnotes(f)) => {
            assert_eq!(crate::model::plain_text(&f.label), "Vysvětlivky:");
            assert_eq!(f.notes.len(), 2);
        }
        b => panic!("{b:?}"),
    }
    assert_eq!(c.afterword.len(), 1, "{:?}", c.afterword);
    assert!(
        c.decisions
            .iter()
            .any(|d| d.contains("before the notes list"))
    );
}

/// An unlabelled closing note signed with a closing and a name ("Pozdrawiam serdecznie,"
/// / "Ola") is the afterword with its signature; the author's talk between the story's
/// last divider and a labelled "Thank you for reading" is the closing note's too. A
/// story's last scene of dialogue before such thanks stays story.
#[test]
fn closing_notes_take_their_signature_and_the_talk_before_their_thanks() {
    let polish = "Zegarmistrz\n\nZakład mieścił się w suterenie przy ulicy Długiej, a pan Teodor naprawiał tam zegary od rana.\n\nBudzik chodził normalnie.\n\n***\n\nDziękuję, że przeczytaliście aż do końca! Jeśli macie stary budzik, dajcie znać.\n\nPozdrawiam serdecznie,\nOla";
    let (c, _) = understand(&entry(), polish, Encoding::Utf8, "pl");
    assert_eq!(c.afterword.len(), 2, "{:?}", c.afterword);
    let medium = "The Piano\n\nYou won't remember me. I came to your house in Crookes with a borrowed van.\n\nShe wrote back.\n\n***\n\nA note on the real things in this story, because people always ask.\n\nMr Pettigrew-Lomax is a composite of three teachers.\n\nThank you for reading.";
    let (c, _) = understand(&entry(), medium, Encoding::Utf8, "en");
    assert_eq!(c.afterword.len(), 3, "{:?}", c.afterword);
    let scene = "The Piano\n\nYou won't remember me. I came to your house in Crookes with a borrowed van.\n\n***\n\n\"Is this story true?\" she asked.\n\nHe did not answer.\n\nThank you for reading.";
    let (c, _) = understand(&entry(), scene, Encoding::Utf8, "en");
    assert_eq!(c.afterword.len(), 1, "{:?}", c.afterword);
}

/// A header's `Notes:` field that runs on in a paragraph of its own below the header, up
/// to the divider before the story, is one note: that paragraph is no story text and the
/// divider no scene break.
#[test]
fn header_note_runs_on_to_the_divider() {
    let (c, _) = understand(
        &entry(),
        "Title: Salt\n\nAuthor: corvid\n\nRating: G\n\nNotes: The song is my own.\n\nThanks to everyone who put up with me whining about this one.\n\n---\n\nThe ferry ran twice a week.\n\n* * *\n\nShe waited.",
        Encoding::Utf8,
        "en",
    );
    assert_eq!(c.preface.len(), 2, "{:?}", c.preface);
    assert!(
        matches!(&c.body[0], Block::Paragraph(p) if crate::model::plain_text(p).starts_with("The ferry")),
        "{:?}",
        c.body
    );
    assert_eq!(
        c.body
            .iter()
            .filter(|b| matches!(b, Block::SceneBreak))
            .count(),
        1
    );
}

/// An author's note between a story's chapters, next to a chapter's heading, is set
/// apart as a small note at its place, not read as the story's words; a labelled line
/// in the middle of the story's prose stays as it is.
#[test]
fn a_note_beside_a_chapter_heading_is_a_small_note() {
    let text = "The Post\n\nChapter One\n\nThe pass was closed that week.\n\nEdie stopped asking.\n\nA/N: Sorry this is short, the next part is longer!\n\nChapter Two\n\nIt was March before the post came.\n\nShe read it twice.";
    let (c, _) = understand(&entry(), text, Encoding::Utf8, "en");
    let notes: Vec<String> = c
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Note(n) => Some(n.iter().map(Block::plain).collect::<String>()),
            _ => None,
        })
        .collect();
    assert_eq!(
        notes,
        ["A/N: Sorry this is short, the next part is longer!"]
    );
    assert!(c.body.iter().any(|b| b.plain() == "Edie stopped asking."));
}

/// "A/N: sorry, switching POV here!" beside a scene break inside the story is set apart
/// as a small note; a story's own "Note:" there stays its text.
#[test]
fn an_authors_note_beside_a_break_inside_the_story_is_a_small_note() {
    let text = |line: &str| {
        format!(
            "Title Here\n\nShe left.\n\nShe cried.\n\n{line}\n\n* * *{}",
            "\n\nHe stayed a while.".repeat(12)
        )
    };
    let (c, _) = understand(
        &entry(),
        &text("A/N: sorry, switching POV here!"),
        Encoding::Utf8,
        "en",
    );
    assert!(
        c.body.iter().any(|b| matches!(b, Block::Note(_))),
        "{:?}",
        c.body
    );
    let (c, _) = understand(
        &entry(),
        &text("Note: the key is under the mat"),
        Encoding::Utf8,
        "en",
    );
    assert!(
        !c.body.iter().any(|b| matches!(b, Block::Note(_))),
        "{:?}",
        c.body
    );
}
