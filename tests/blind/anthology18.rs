//! anthology18's answer key (`tests/fixtures/anthology18/EXPECTED.md`): ten stories
//! written blind — an AO3 EPUB of two chapters, a Substack post saved from the web, an
//! unfiltered Word "Save as Web Page" in Italian, a mobile FanFiction.Net page pasted
//! from a phone, a DeviantArt literature page, a Medium page saved complete, a Scrivener
//! compile to MultiMarkdown in French, a GeoCities page from the Wayback Machine, a Tapas
//! episode pasted and a Google Docs plain-text download with reviewers' comments.

use super::*;

const ANTHOLOGY18: &[Expected] = &[
    Expected {
        file: "Lanterns_Over_the_Weir.epub",
        title: "Lanterns Over the Weir",
        authors: &["mossbank_heron"],
        breaks: 2,
        story: (
            "The weir at Caddon Mill had been",
            "lights together until the oil ran out.",
        ),
        // Chapter 1's notes begin before the story's text: they close the preface.
        preface: Some(("Written for the River Fic", "a couple of years older.")),
        afterword: Some(("Thank you for reading! The", "with me on tumblr.")),
    },
    Expected {
        file: "Letters to the Keeper at Farra Point - by Owen Castellane.html",
        title: "Letters to the Keeper at Farra Point",
        authors: &["Owen Castellane"],
        breaks: 5,
        story: (
            "14th March Dear Mr Hale, I am",
            "Trewin 1st June Dear Margaret, Yes. Alfred",
        ),
        preface: Some(("A note before we start:", "in letters. – O.")),
        afterword: Some(("Thank you for reading. Farra", "the clocks going back.")),
    },
    Expected {
        file: "La casa sul canale FINALE.htm",
        title: "La casa sul canale",
        authors: &["Giulia Ferraro"],
        breaks: 2,
        story: (
            "Mia nonna diceva che la casa sul",
            "secondo batacchio. Per adesso, come diceva lei.",
        ),
        preface: Some(("Author’s note: I wrote this", "far as I know.")),
        afterword: None,
    },
    Expected {
        file: "The Orchard Ledger - ffnet (copied from phone).txt",
        title: "The Orchard Ledger",
        authors: &["wrenfeather"],
        breaks: 2,
        story: (
            "Marilla found the letter in the apple",
            "she said. \"I don't suppose I should.\"",
        ),
        preface: Some(("A/N: This is for Lily,", "just borrowed the orchard.")),
        afterword: Some(("A/N 2: Thank you so", "make my day :)")),
    },
    Expected {
        file: "Inventory of a Drowned Village by saltmarshwren on DeviantArt.html",
        title: "Inventory of a Drowned Village",
        authors: &["saltmarshwren"],
        breaks: 0,
        story: (
            "Under the reservoir at Llanfair Isaf there",
            "to see if anything was looking back.",
        ),
        preface: None,
        afterword: Some((
            "Written for my grandmother, Ceinwen,",
            "anywhere without asking. :)",
        )),
    },
    Expected {
        file: "The Salt Ledger _ by Priya Anand _ Medium.html",
        title: "The Salt Ledger",
        authors: &["Priya Anand"],
        breaks: 3,
        story: (
            "My grandmother kept two books. One was",
            "someone, some day, will know it did.",
        ),
        preface: None,
        afterword: Some(("Priya Anand writes short fiction", "out in the rain.")),
    },
    Expected {
        file: "Les heures creuses - compile v3.md",
        title: "Les heures creuses",
        authors: &["Camille Dufresne"],
        breaks: 3,
        story: ("Le train de 6 h 12 ne", "et je suis allée à la fenêtre."),
        preface: Some(("Pour mon père, qui levait", "qui levait la main.")),
        afterword: Some(("Note de l’autrice Ce texte", "et surtout à Inès.")),
    },
    Expected {
        file: "starfall (moonwillow, geocities via wayback).html",
        title: "Starfall at the Edge of the World",
        authors: &["Moonwillow"],
        breaks: 2,
        story: (
            "The night the stars fell, Kiri was",
            "decided she could live with not understanding.",
        ),
        preface: Some((
            "Disclaimer: Everything here is MINE,",
            "for reading it first!!",
        )),
        afterword: Some(("A/N: Did you like it?", "star in the middle.")),
    },
    Expected {
        file: "tapas - small maps ep14.txt",
        title: "The Cartographer’s Apprentice",
        authors: &["inkwell_otter"],
        breaks: 2,
        story: (
            "The map room smelled of vinegar and",
            "years. They only ever ask what’s there.”",
        ),
        preface: None,
        afterword: Some(("Orrey has been living in", "you for 1k subscribers!!")),
    },
    Expected {
        file: "What the Tide Took Back - FINAL (for Harbour Lights).txt",
        title: "What the Tide Took Back",
        authors: &["Tamsin Rhys"],
        breaks: 3,
        story: (
            "The sea gave Nia back her father’s",
            "and stood there looking at the sea.",
        ),
        preface: None,
        afterword: None,
    },
];

#[test]
fn anthology18_is_read_as_its_answer_key_says() {
    check("anthology18", ANTHOLOGY18);
}

/// `EXPECTED.md`'s word counts of each story's text, in book order.
const WORDS: &[usize] = &[559, 417, 419, 499, 436, 482, 434, 461, 421, 459];

/// Every word of every story read, and no word of a note, a comment or the site's, is
/// the story's: the counts are `EXPECTED.md`'s to the word (the Scrivener story's
/// epigraph is set apart and the Google Docs story's footnote is a footnote, neither
/// counted, as the key has it).
#[test]
fn anthology18_keeps_every_word_of_every_story_once() {
    let read: Vec<&str> = ANTHOLOGY18.iter().map(|e| e.file).collect();
    super::anthology13::word_counts_hold("anthology18", &read, WORDS, super::anthology12::counted);
    assert_eq!(WORDS.iter().sum::<usize>(), 4_587);
}
