//! anthology24's answer key (`tests/fixtures/anthology24/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): eleven stories written blind in the commonest shapes
//! readers bring — FanFicFare's text, HTML and EPUB downloads, AO3's HTML and EPUB
//! downloads (one in German), a FanFiction.Net paste, plain text with and without a
//! header, a LiveJournal-style header block, Markdown and a Word file in Italian — so that
//! the test is as much the typesetting as the reading.

use super::*;

const ANTHOLOGY24: &[Expected] = &[
    Expected {
        file: "The Cartographer's Low Water-ao3_48213377.txt",
        title: "The Cartographer’s Low Water",
        authors: &["saltmarsh_wren"],
        breaks: 2,
        story: (
            "The tide at Skelmorlie-Vennachar went out further",
            "seen by anybody who knew to look.",
        ),
        preface: Some(("Written for the Meridian Light", "spoilers for the finale.")),
        afterword: Some(("Thank you for reading! The", "as the same name.")),
    },
    Expected {
        file: "Nine_Lanterns_for_Odalys.html",
        title: "Nine Lanterns for Odalys",
        authors: &["quietharbinger"],
        breaks: 2,
        story: (
            "Odalys had made lanterns with her grandmother",
            "Odalys was beginning to—a kind of answer.",
        ),
        preface: Some(("Prompt: \"a ritual done wrong", "of The Glasswater Crown.")),
        afterword: Some(("Thanks for reading! If you", "set anything on fire.")),
    },
    Expected {
        file: "Die_Stunde_der_Kraniche.epub",
        title: "Die Stunde der Kraniche",
        authors: &["Nachtfalterin"],
        breaks: 2,
        story: (
            "Jedes Jahr im Oktober stieg Liesel Wendelbrück-Hagedorn",
            "leiser: „Vielleicht schreibe ich etwas für dich.“",
        ),
        preface: Some(("Für M., die mir beigebracht", "7. Keine großen Spoiler.")),
        afterword: Some((
            "Danke fürs Lesen! Kommentare und",
            "nicht in eurer Hausarbeit.",
        )),
    },
    Expected {
        file: "Red Thread, Blue Ink-ffnet_13902217.epub",
        title: "Red Thread, Blue Ink",
        authors: &["Inkstone Magpie"],
        breaks: 2,
        story: (
            "The calligraphy room at Jade Lantern Academy",
            "recognise it. Thirteen strokes. A heart inside.",
        ),
        preface: Some(("A/N: Hello again! This one", "are loved and answered!")),
        afterword: Some(("A/N: And that's the end!", "Maybe in a sequel…")),
    },
    Expected {
        file: "The Weather Inside Harrowgate Station.txt",
        title: "The Weather Inside Harrowgate Station",
        authors: &["Pellucid Fern"],
        breaks: 0,
        story: (
            "The first thing Mireille Dufresne-Castellanos did every",
            "wind direction, just this: \"Conditions inside: clear.\"",
        ),
        // The key counts the summary under the byline as metadata; a text header's summary
        // stands with the notes before the story, as the README says of headers.
        preface: Some((
            "Four instruments, one winter,",
            "still bother to read them. Complete.",
        )),
        afterword: Some(("A/N: This started as a", "if you liked it!")),
    },
    Expected {
        file: "kettlewick_lock.txt",
        title: "Small Hours at Kettlewick Lock",
        authors: &["Wilhelmina Oosterhuizen"],
        breaks: 4,
        story: (
            "Perpetua Ravenscroft-Mbatha had been keeping a diary",
            "look at the boxes. There were forty-three.",
        ),
        preface: Some((
            "A/N: This is a little",
            "fitting. Constructive criticism welcome!",
        )),
        afterword: Some(("A/N: Thanks for reading! The", "fire service are mine.")),
    },
    Expected {
        file: "static-and-starlight.md",
        title: "Static and Starlight",
        authors: &["lowercase_lark"],
        breaks: 3,
        story: (
            "Juniper Osei-Lindqvist ran the overnight show on",
            "it, somebody heard her and smiled. 😀",
        ),
        preface: Some(("Author's note: written for the", "in the group chat.")),
        afterword: Some(("Thanks for reading! Come say", "on a real dog.")),
    },
    Expected {
        file: "Il sale sulle mani.docx",
        title: "Il sale sulle mani",
        authors: &["Ginevra Malaspina"],
        breaks: 2,
        story: (
            "Ogni estate, da quando aveva memoria, Caterina",
            "nascondere, e rispose: «Non è il sale».",
        ),
        preface: Some((
            "Nota dell'autrice: questa storia è",
            "leggerà fino in fondo!",
        )),
        afterword: None,
    },
    Expected {
        file: "Postcard from the Ninth Floor-ao3_51004822.html",
        title: "Postcard from the Ninth Floor",
        authors: &["tern_and_tide"],
        breaks: 0,
        story: (
            "Dear Wendell, The elevator still stops on",
            "tomorrow. Yours, from the ground floor, Agnes",
        ),
        preface: Some((
            "For the 250-word ficlet challenge.",
            "all mistakes are mine.",
        )),
        afterword: None,
    },
    Expected {
        file: "orchard_kept_LJ.txt",
        title: "What the Orchard Kept",
        authors: &["hollowbrook"],
        breaks: 2,
        story: (
            "The orchard at Penhallow-Wrexcombe had been in",
            "moment's thought he crossed out \"ours\" too.",
        ),
        // The key counts the header's Summary and Disclaimer as metadata; a text header's
        // summary and disclaimer stand with its notes before the story, as the README says.
        preface: Some((
            "Bramwell Ashdown-Tregarthen inherits an orchard",
            "than any human should.",
        )),
        afterword: None,
    },
    Expected {
        file: "inventory.txt",
        title: "Inventory of a Quiet House",
        authors: &["Marisol Quenneville"],
        breaks: 0,
        story: (
            "When my grandfather died he left me",
            "had always meant for me to be.",
        ),
        preface: None,
        afterword: None,
    },
];

#[test]
fn anthology24_is_read_as_its_answer_key_says() {
    check("anthology24", ANTHOLOGY24);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology24_gives_every_story_its_words_in_order() {
    super::anthology21::every_story_has_the_keys_words("anthology24");
}
