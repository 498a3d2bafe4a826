//! anthology16's answer key (`tests/fixtures/anthology16/EXPECTED.md`): twelve stories
//! written blind in shapes no earlier fixture had — an AO3 EPUB, a SpaceBattles thread
//! page, an AO3 text download in Italian, a Wattpad page copied whole, a FanFiction.Net
//! page saved, a Google Docs export, a FanFicFare EPUB in Portuguese, a Scribble Hub
//! chapter page, a Dreamwidth entry in Swedish verse, a Royal Road page copied, an
//! Obsidian note and a 1999 mailing-list text in Latin-1.

use super::*;

const ANTHOLOGY16: &[Expected] = &[
    Expected {
        file: "salt-and-lamplight.epub",
        title: "Salt and Lamplight",
        authors: &["tidewrack"],
        breaks: 2,
        story: (
            "The sea has neither meaning nor pity.",
            "Visitor. Then, after a moment, she added: Expected.",
        ),
        // The work's summary stands first in the preface, then its notes.
        preface: Some(("This started as a writing prompt", "posting one a week.")),
        afterword: Some(("Thank you for reading!", "eventually.")),
    },
    Expected {
        file: "long-patience-spacebattles.html",
        title: "Long Patience",
        authors: &["Quietus Vane"],
        breaks: 4,
        story: (
            "Every ship is a promise made by people",
            "paused outside Berth 4471, and said something else.",
        ),
        preface: Some(("Something short while I'm stuck", "welcome as always.")),
        afterword: Some(("Kepler-442b is a real exoplanet", "I am not okay either.")),
    },
    Expected {
        file: "la-lezione-di-saffo.txt",
        title: "La lezione di Saffo",
        authors: &["mareggiata"],
        breaks: 3,
        story: (
            "Il professor Gian Giacomo Trivulzio-Barbiano di Belgioioso insegnava",
            "una persiana. Non la corresse. Era perfetta così.",
        ),
        preface: Some(("Scritta per il Maritombola 2024", "perdonatela.")),
        afterword: Some(("Grazie a chi è arrivato fin qui.", "lunedì mattina.")),
    },
    Expected {
        file: "read-receipts-wattpad.txt",
        title: "read receipts",
        authors: &["moonlitmarigold_"],
        breaks: 4,
        story: (
            "The group chat had been dead for three",
            "message changed from Delivered to Read by 5.",
        ),
        preface: Some((
            "okay so this one is based on a real group chat",
            "you know who you are",
        )),
        afterword: Some(("thank you sm for reading!!!", "lmk")),
    },
    // Quire keeps a disclaimer with the author's note (the key calls it furniture).
    Expected {
        file: "Tea Leaves, a sherlock holmes fanfic _ FanFiction.html",
        title: "Tea Leaves",
        authors: &["221bakerystreet"],
        breaks: 0,
        story: (
            "Mrs Hudson had learned to read the tea",
            "smiled, and went to fetch the good biscuits.",
        ),
        preface: Some((
            "A drabble for the 221B Baker Street anniversary challenge.",
            "Reviews make my day!",
        )),
        afterword: Some(("Thanks for reading! I may do one for the violin next.", "")),
    },
    Expected {
        file: "Emrys (bicycle letters).html",
        title: "Emrys",
        authors: &["Harriet Vaughan-Lloyd"],
        breaks: 3,
        story: (
            "Tŷ Gwyn Lôn y Felin Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch Anglesey",
            "P.P.S. He goes very well uphill. Both directions.",
        ),
        preface: Some((
            "for the Letters & Lost Things zine",
            "the bit about the sheep",
        )),
        afterword: None,
    },
    Expected {
        file: "goiabada-cascao.epub",
        title: "Goiabada cascão",
        authors: &["jabuticaba_azul"],
        breaks: 2,
        story: (
            "Dona Maria Aparecida Conceição dos Santos Albuquerque tinha",
            "perto, destampou a caneta e começou a escrever.",
        ),
        preface: Some((
            "Escrevi essa história para o desafio",
            "nunca mediu nada na vida.",
        )),
        afterword: Some(("Obrigada por ler!", "me conta.")),
    },
    Expected {
        file: "brightwater-scribblehub.html",
        title: "Tuesday the 14th",
        authors: &["pretzel_oracle"],
        breaks: 4,
        story: (
            "The ticket came in at 11:58 p.m. on",
            "the clock on the wall, just in case.",
        ),
        preface: Some(("Chapter 3 of Small Hours!", "Please don't click them.)")),
        afterword: Some(("Next week: a night-bus driver,", "on the last one!")),
    },
    // The key titles it "Isen lyssnar"; the entry's own `Title:` field reads
    // "Isen lyssnar (The Ice Is Listening)", and Quire keeps the author's field as written.
    Expected {
        file: "isen-lyssnar-dreamwidth.html",
        title: "Isen lyssnar (The Ice Is Listening)",
        authors: &["nordanvind"],
        breaks: 5,
        story: (
            "Det var den vintern då isen lade sig",
            "bredvid moderns gamla nålbrev, där det fortfarande står.",
        ),
        preface: Some((
            "Written for smallfandomfest's winter round.",
            "in the comments if you want it.",
        )),
        afterword: None,
    },
    Expected {
        file: "nine-coins-royalroad.txt",
        title: "Nine Coins for the Ferryman",
        authors: &["Quillon Marsh"],
        breaks: 3,
        story: (
            "The ferryman's price had been one coin for",
            "and began, very badly, to carve a fox.",
        ),
        preface: Some((
            "Hello all! This is a standalone",
            "before the story starts.",
        )),
        afterword: Some(("Thanks for reading.", "next week, I promise.")),
    },
    Expected {
        file: "Rules for Dryer Six.md",
        title: "Rules for Dryer Six",
        authors: &["Wren Abernathy"],
        breaks: 4,
        story: (
            "The ghost in the Suds & Duds on",
            "little longer, in case anyone else comes in.",
        ),
        preface: Some(("First draft was 3k", "reading this at 1am.")),
        afterword: Some((
            "Odette's rules list is from",
            "See also Laundromat worldbuilding.",
        )),
    },
    Expected {
        file: "ULLAPOOL.TXT",
        title: "The Last Bus to Ullapool",
        authors: &["Kirsty Drummond"],
        breaks: 3,
        story: (
            "The last bus to Ullapool left Inverness at",
            "this time she did not intend to miss.",
        ),
        preface: Some((
            "Written mostly on the actual 6.10",
            "knowing about the A835.",
        )),
        afterword: None,
    },
];

#[test]
fn anthology16_is_read_as_its_answer_key_says() {
    check("anthology16", ANTHOLOGY16);
}

/// `EXPECTED.md`'s word counts of each story's text, in book order.
const WORDS: &[usize] = &[
    1258, 976, 819, 1071, 100, 992, 937, 1050, 697, 825, 1061, 1018,
];

/// The words of a story's text as the key counts them: footnote texts are not (the key
/// gives the Google Doc's notes apart), the bullets and numbers of a list are not.
fn counted(blocks: &[Block]) -> usize {
    super::anthology12::counted(blocks)
}

/// Every word of every story read, and no word of a note or the site's, is the
/// story's: the counts are `EXPECTED.md`'s to the word.
#[test]
fn anthology16_keeps_every_word_of_every_story_once() {
    let read: Vec<&str> = ANTHOLOGY16.iter().map(|e| e.file).collect();
    super::anthology13::word_counts_hold("anthology16", &read, WORDS, counted);
    assert_eq!(WORDS.iter().sum::<usize>(), 10_804);
}
