//! anthology19's answer key (`tests/fixtures/anthology19/EXPECTED.md`): twelve stories
//! written blind as the plain text people keep — FanFicFare text from FanFiction.Net, an
//! AO3 page pasted, a FanFiction.Net paste, LiveJournal and Dreamwidth headers, notes in
//! French, Spanish, German, Italian, Portuguese and Dutch, a story that is one letter, a
//! diary, verse, song lyrics and text messages.

use super::*;

const ANTHOLOGY19: &[Expected] = &[
    Expected {
        file: "The Tide Tables-ffnet_13812204.txt",
        title: "The Tide Tables",
        authors: &["quillfeather221"],
        breaks: 1,
        story: (
            "The tide tables were pinned above the",
            "did not mind the coat at all.",
        ),
        preface: Some(("A/N: My first Holmes fic,", "riverwitch for the beta!")),
        afterword: Some(("A/N: And that’s it! Thank", "if people want one.")),
    },
    Expected {
        file: "Lay-by Outside Thirsk - orbitaldecay.txt",
        title: "Lay-by Outside Thirsk",
        authors: &["orbitaldecay"],
        breaks: 1,
        story: (
            "The first message came in at 02:14,",
            "would have to be enough for now.",
        ),
        preface: Some(("CW: a minor car accident", "funnier than the Corsa.")),
        afterword: Some(("Thank you for reading! Kudos", "about siblings with me.")),
    },
    Expected {
        file: "homeward_ffn.txt",
        title: "Homeward",
        authors: &["SilverMoonlight88"],
        breaks: 2,
        story: (
            "Elizabeth had walked the three miles from",
            "the door he had still not moved.",
        ),
        preface: Some(("Disclaimer: I do not own", "before the wedding. Enjoy!")),
        afterword: Some(("A/N: Thanks so much for", "are interested. Review please!")),
    },
    Expected {
        file: "what_the_river_keeps.txt",
        title: "What the River Keeps",
        authors: &["wrenfield"],
        breaks: 1,
        story: (
            "My grandmother kept a notebook of everything",
            "went home and put the kettle on.",
        ),
        preface: Some(("Disclaimer: All mine for once,", "m. for the read-through.")),
        afterword: Some((
            "Noot van de auteur: bedankt",
            "Reacties zijn altijd welkom.",
        )),
    },
    Expected {
        file: "salt in the bread (dw).md",
        title: "The Salt in the Bread",
        authors: &["corvidae_ink"],
        breaks: 2,
        story: (
            "The ferry to Inis Meáin ran twice",
            "out to be Siobhán, “there’ll be another.”",
        ),
        preface: Some(("The song is my own,", "whining about this one.")),
        afterword: None,
    },
    Expected {
        file: "la_derniere_cabine.txt",
        title: "La dernière cabine",
        authors: &["Margaux_L"],
        breaks: 2,
        story: (
            "Le train de nuit pour Briançon partait",
            "cabine pour réveiller Madame Reynaud avant l'arrivée.",
        ),
        preface: Some(("Note de l’auteur : cette", "presque. Bonne lecture !")),
        afterword: Some(("Merci d’avoir lu ! Les", "les fautes qui resteraient.")),
    },
    Expected {
        file: "dear reader draft FINAL.txt",
        title: "The Number 38",
        authors: &["Miriam Coyle"],
        breaks: 0,
        story: (
            "Dear Reader, I am told that it",
            "It seemed important that somebody should know.",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "the bees know.md",
        title: "the bees know",
        authors: &["saltmarshbee"],
        breaks: 2,
        story: (
            "the bees knew before anyone else did.",
            "properly, and i told her everything anyway.",
        ),
        preface: Some(("tw: grief, the day after", "we die like men")),
        afterword: Some(("thank u for reading!! kudos", "i got wrong lol")),
    },
    Expected {
        file: "El cartero de San Telmo.txt",
        title: "El cartero de San Telmo",
        authors: &["lunadepapel"],
        breaks: 0,
        story: (
            "Don Anselmo llevaba cuarenta y dos años",
            "casa temprano, ligero como un sobre vacío.",
        ),
        preface: Some((
            "Nota del autor: este relato",
            "Sevilla durante treinta años.",
        )),
        afterword: Some(("¡Gracias por leer! Si os", "me hace mucha ilusión.")),
    },
    Expected {
        file: "hollin_cross_FINAL.txt",
        title: "Nine Days at Hollin Cross",
        authors: &["Kestrel_Vane"],
        breaks: 2,
        story: (
            "The snow closed the pass at Hollin",
            "behind her on its old leather hinge.",
        ),
        preface: Some((
            "Anmerkung: Diese Geschichte ist auf",
            "an Lotte fürs Korrekturlesen!",
        )),
        afterword: Some(("[Thanks for reading! This one", "and kudos very welcome.]")),
    },
    Expected {
        file: "winter ledger.md",
        title: "The Winter Ledger",
        authors: &["chiara_inverno"],
        breaks: 2,
        story: (
            "3rd January. Snow again. Mother says I",
            "counting. The books, I think, are balanced.",
        ),
        preface: None,
        afterword: Some((
            "Nota dell’autrice: grazie mille per",
            "prossimo racconto arriverà presto.",
        )),
    },
    Expected {
        file: "wrong_house_FINAL_v2.txt",
        title: "The Wrong Jonah",
        authors: &["bia_fonseca"],
        breaks: 2,
        story: (
            "The letter came to the wrong house,",
            "took a very long time about it.",
        ),
        preface: Some(("Nota da autora: esta história", "à Inês pela revisão!")),
        afterword: Some(("(Thank you so much for", "be quicker, I promise.)")),
    },
];

#[test]
fn anthology19_is_read_as_its_answer_key_says() {
    check("anthology19", ANTHOLOGY19);
}

/// `EXPECTED.md`'s word counts of each story's text, in book order.
const WORDS: &[usize] = &[405, 410, 386, 428, 391, 387, 435, 407, 388, 420, 412, 394];

/// Every word of every story read, and no word of a note, a header or the site's, is the
/// story's: the counts are `EXPECTED.md`'s to the word.
#[test]
fn anthology19_keeps_every_word_of_every_story_once() {
    let read: Vec<&str> = ANTHOLOGY19.iter().map(|e| e.file).collect();
    super::anthology13::word_counts_hold("anthology19", &read, WORDS, super::anthology12::counted);
    assert_eq!(WORDS.iter().sum::<usize>(), 4_863);
}
