//! anthology27's answer key (`tests/fixtures/anthology27/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind as people keep them as
//! web pages, e-books and documents — an AO3 work page and a FanFiction.Net chapter page
//! saved from the browser, FanFicFare's HTML (Spanish), AO3's EPUB (German), FicHub's
//! EPUB, a Google Docs zipped page, Word and LibreOffice files, Tumblr, Wattpad and
//! LiveJournal pages, and an Obsidian note.

use super::*;

const ANTHOLOGY27: &[Expected] = &[
    Expected {
        file: "The_Lamplighters_Ledger.html",
        title: "The Lamplighter’s Ledger",
        authors: &["inkwell_and_ember"],
        breaks: 2,
        story: (
            "Nell lit the first lamp on Corvid",
            "under Wren like a small, damp blessing.",
        ),
        preface: Some(("This started as a drabble", "all mistakes are mine.")),
        afterword: Some((
            "Thank you for reading! Kudos",
            "about lamplighters with me.",
        )),
    },
    Expected {
        file: "Salt and Static Chapter 1, a misc. adventure fanfic _ FanFiction.html",
        title: "Salt and Static",
        authors: &["QuietHarbor88"],
        breaks: 2,
        story: (
            "The weather ship Halcyon sat on her",
            "had told them which way to run.",
        ),
        preface: Some(("A/N: Hi everyone! This is", "own the sea, sadly.")),
        afterword: Some(("A/N: That's it! Reviews make", "draft on the forum.")),
    },
    Expected {
        file: "Las_llaves_del_faro-ffnet_14402918.html",
        title: "Las llaves del faro",
        authors: &["Lunaria_Vex"],
        breaks: 1,
        story: (
            "La carta del notario llegó un martes,",
            "fresca: Gracias. Ahora te toca a ti.",
        ),
        preface: Some(("N/A: ¡Hola! Este fic es", "los que me invento.")),
        afterword: Some(("N/A: Gracias por leer hasta", "leo todos con café.")),
    },
    Expected {
        file: "Die Uhr im Turm - Federkiel.epub",
        title: "Die Uhr im Turm",
        authors: &["Federkiel"],
        breaks: 1,
        story: (
            "Die Turmuhr von Kaltenbach ging sieben Minuten",
            "wussten nicht, warum ihnen plötzlich etwas fehlte.",
        ),
        preface: Some((
            "Für die Wichtelaktion 2025. Liebe",
            "versprochen wird es länger.",
        )),
        afterword: Some(("Das war's! Danke an alle,", "man weiß ja nie.")),
    },
    Expected {
        file: "Ferrous Garden - Tallow_Wright.epub",
        title: "Ferrous Garden",
        authors: &["Tallow_Wright"],
        breaks: 1,
        story: (
            "Unit KR-7 had been built to cut",
            "great deal of time to find some.",
        ),
        preface: Some(("A/N: Snippet that got out", "on the tech side.")),
        afterword: None,
    },
    Expected {
        file: "WhattheOrchardKept.zip",
        title: "What the Orchard Kept",
        authors: &["Marisol Quint"],
        breaks: 2,
        story: (
            "The oldest tree in the orchard had",
            "bark twice, and I ruined my shoes.",
        ),
        preface: Some(("Written for my grandmother, who", "This is my guess.")),
        afterword: None,
    },
    Expected {
        file: "Tide Tables FINAL v3.docx",
        title: "Tide Tables",
        authors: &["Rowan Achterberg"],
        breaks: 1,
        story: (
            "The tide tables arrived every January, a",
            // The key places the footnote's text last; it is the story's footnotes,
            // which `every_story_has_the_keys_words` reads, so the story closes before it.
            "said, and got into the car.",
        ),
        preface: None,
        afterword: Some(("This story is for everyone", "three drafts of this.")),
    },
    Expected {
        file: "La casa dei gelsi.odt",
        title: "La casa dei gelsi",
        authors: &["Nives Arcangeli"],
        breaks: 2,
        story: (
            "Nella casa dei gelsi non si chiudeva",
            "con la stessa matita, scrisse la data.",
        ),
        preface: Some(("Nota: questo racconto è nato", "inventate, la melodia no.")),
        afterword: None,
    },
    Expected {
        file: "moth-and-kettle — small hours.html",
        title: "small hours",
        authors: &["moth-and-kettle"],
        breaks: 1,
        story: (
            "The all-night laundrette on Fenwick Road had",
            "somehow ended up in the wrong bag.",
        ),
        preface: None,
        afterword: Some(("ok that's it. i wrote", "more of these two")),
    },
    Expected {
        file: "Static Hearts - Part One_ Dial Tone - Wattpad.html",
        // The story's title from the page's contents bar, not the part's heading.
        title: "Static Hearts",
        authors: &["juniperwrites_"],
        breaks: 1,
        story: (
            "The first message arrived at 2:04 in",
            "her I'll need more than a month.",
        ),
        preface: None,
        afterword: Some(("A/N: omg thank you for", "text him back 💌")),
    },
    Expected {
        file: "lanternfest_fic_ FIC_ Cartography of Small Rooms (PG).html",
        title: "Cartography of Small Rooms",
        authors: &["greywillow"],
        breaks: 2,
        story: (
            "When Ines and Corrie moved into the",
            "a line on the kitchen table again.",
        ),
        preface: Some(("Written for the lanternfest prompt", "saint and a menace.")),
        afterword: None,
    },
    Expected {
        file: "Lighthouse Keeping for Beginners.md",
        title: "Lighthouse Keeping for Beginners",
        authors: &["Tamsin Oyelaran"],
        breaks: 2,
        story: (
            "The job advertisement said no experience necessary,",
            // The key's last words are the footnote's, the story's footnotes here.
            "said Thanks for keeping.",
        ),
        preface: Some(("This one's for the writing", "at least be funny.")),
        afterword: None,
    },
];

#[test]
fn anthology27_is_read_as_its_answer_key_says() {
    check("anthology27", ANTHOLOGY27);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology27_gives_every_story_its_words_in_order() {
    super::anthology21::every_story_has_the_keys_words("anthology27");
}
