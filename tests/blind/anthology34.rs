//! anthology34's answer key (`tests/fixtures/anthology34/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve hand-typed plain-text stories with hard cases —
//! bracketed notes, a narrator who talks to the reader, an author's note under "THE END",
//! a note between scenes, a song-fic's disclaimer, breaks typed as white space, a diary.

use super::*;

const ANTHOLOGY34: &[Expected] = &[
    Expected {
        file: "lighthouse_keepers_cat.txt",
        title: "The Lighthouse Keeper’s Cat",
        authors: &["wrenfeather"],
        breaks: 1,
        story: (
            "The lamp at Carrow Point had been",
            "some consideration, allowed himself to be seen.",
        ),
        preface: Some(("Hi everyone! This one came", "She was right. Enjoy!")),
        afterword: Some(("Thanks for reading, reviews make", "reviews make my day!")),
    },
    Expected {
        file: "What the Orchard Kept.txt",
        title: "What the Orchard Kept",
        authors: &["quietbluehour"],
        breaks: 0,
        story: (
            "Dear reader, I am going to assume",
            "and let it see you. Yours, M.",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "salt_and_tin_FINAL.txt",
        // The file's title line is in capitals, and Quire keeps a title as written.
        title: "SALT AND TIN",
        authors: &["Harrow Lane"],
        breaks: 1,
        story: (
            "Mrs Pell kept her brother's letters in",
            "next year,\" he said, and meant it.",
        ),
        preface: None,
        afterword: Some(("This started as a drabble", "read it. — Harrow")),
    },
    Expected {
        file: "Five Small Kettles-ao3_50213377.txt",
        title: "Five Small Kettles",
        authors: &["teaandtinder"],
        breaks: 1,
        story: (
            "The first kettle was dented on one",
            "said anything. Neither of them needed to.",
        ),
        preface: Some(("Written for the Hearthside small", "point them out gently!")),
        afterword: Some(("Thank you so much for", "the sixth kettle someday.")),
    },
    Expected {
        file: "two_sides_of_the_bridge.txt",
        title: "Two Sides of the Bridge",
        authors: &["nightjar_writes"],
        breaks: 1,
        story: (
            "Ada had been standing on the east",
            "said. \"Tomorrow. Six. I'll wear the scarf.\"",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "paper-boats-songfic.txt",
        title: "Paper Boats",
        authors: &["lyric_thief"],
        breaks: 2,
        story: (
            "\"We were paper boats on a January",
            "river knew the way. It always had.",
        ),
        preface: None,
        afterword: Some(("Song belongs to The Hollow", "to The Hollow Lanterns.")),
    },
    Expected {
        file: "The Cartographers Apprentice - inkwell_and_quill.txt",
        title: "The Cartographer’s Apprentice",
        authors: &["inkwell_and_quill"],
        breaks: 1,
        story: (
            "Master Ebbe drew maps the way other",
            "harder, and which he seemed to understand.",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "read_receipts.txt",
        title: "Read Receipts",
        authors: &["junebugged"],
        breaks: 3,
        story: (
            "The Harwick Street Library closed at eight,",
            "a bit Sam: ok Sam: i'll wait",
        ),
        preface: None,
        afterword: Some(("this was written in one", "of. Thanks for reading!")),
    },
    Expected {
        file: "TheWinterMarket.txt",
        title: "The Winter Market",
        authors: &["Renée Halloway"],
        breaks: 2,
        story: (
            "The winter market came to Aubry every",
            "“I know,” she said. “She told me.”",
        ),
        preface: Some(("Disclaimer: I own nothing.", "Disclaimer: I own nothing.")),
        afterword: None,
    },
    Expected {
        file: "spring kept badly (diary fic).txt",
        title: "Spring, Kept Badly",
        authors: &["pennyroyal"],
        breaks: 0,
        // The key takes the diary's dates for headings; Quire keeps a date line as the
        // story's text, as docs/stories.md says of a diary's dated entries.
        story: (
            "Monday, 3 March Dr Anand says I",
            "will not tell her about the banana.",
        ),
        preface: Some(("For the diary prompt.", "For the diary prompt.")),
        afterword: None,
    },
    Expected {
        file: "la_casa_de_los_relojes.txt",
        title: "La casa de los relojes",
        authors: &["lunadepapel"],
        breaks: 2,
        story: (
            "En la casa de mi abuelo había",
            "y en ella caben todas las suyas.",
        ),
        preface: Some((
            "esta historia la escribí para",
            "Tenía razón, como siempre.",
        )),
        afterword: Some(("si os ha gustado, dejadme", "busquéis en ningún libro.")),
    },
    Expected {
        file: "small-hours-at-the-paper-moon.txt",
        title: "Small Hours at the Paper Moon",
        authors: &["cobaltquill"],
        breaks: 1,
        story: (
            "The Paper Moon stayed open until two",
            "badly, which she said was exactly right.",
        ),
        preface: Some(("Okay, so. This fic has", "once. Love you all.")),
        afterword: Some(("Thank you for sticking with", "in the next one.")),
    },
];

#[test]
fn anthology34_is_read_as_its_answer_key_says() {
    check("anthology34", ANTHOLOGY34);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology34_gives_every_story_its_words_in_order() {
    // The diary's dates are the story's text here (see its entry above).
    super::anthology21::every_story_but_has_the_keys_words(
        "anthology34",
        &["spring kept badly (diary fic).txt"],
    );
}
