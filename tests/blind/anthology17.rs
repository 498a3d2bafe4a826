//! anthology17's answer key (`tests/fixtures/anthology17/EXPECTED.md`): eight short
//! stories written blind — an AO3 HTML download of three chapters with notes on each, a
//! LiveJournal community post saved as a page, a Tumblr post saved from its theme, a
//! story pasted from Discord, FanFicFare text in German, Markdown with an epigraph and
//! footnotes, an Inkitt chapter page copied and a poem-story in Spanish.

use super::*;
use quire::model::{Block, plain_text};

const ANTHOLOGY17: &[Expected] = &[
    Expected {
        file: "The_Tern_Light_Ledger.html",
        title: "The Tern Light Ledger",
        authors: &["saltmarsh_keeper"],
        breaks: 1,
        story: (
            "The boat left Nessa Carrow on the landing",
            "on the rock, she slept through the lamp.",
        ),
        // The key lists every chapter's notes with the preface: the first chapter's,
        // before the story's first words, follow the work's; the later chapters' stand
        // at their place as small notes.
        preface: Some(("Written for the Small Lights exchange", "Bear with me.")),
        afterword: Some(("That's the lot!", "real in my head.")),
    },
    Expected {
        file: "Seven Postcards from Thessaloniki.html",
        title: "Seven Postcards from Thessaloniki",
        authors: &["thimbleweed"],
        breaks: 2,
        story: (
            "The first postcard arrived at the bakery on",
            "He didn't. She let him make it up.",
        ),
        preface: Some(("For lanternfish, who asked for", "all mistakes mine!")),
        afterword: None,
    },
    Expected {
        file: "moth-and-marmalade read receipts.html",
        title: "read receipts",
        authors: &["moth-and-marmalade"],
        breaks: 1,
        story: (
            "The power went at 9:14, which Juno knew",
            "like an accusation. Neither of them got up.",
        ),
        preface: Some(("anon asked for", "we die like men")),
        afterword: Some(("(reblogs > likes, as ever. my ask box is open!)", "")),
    },
    // The key titles it "The Kettle Problem"; the paste types it in capitals, and Quire
    // keeps a title as its author typed it.
    Expected {
        file: "kettle problem FINAL.txt",
        title: "THE KETTLE PROBLEM",
        authors: &["Pip"],
        breaks: 2,
        story: (
            "The kettle had been making the noise for",
            "where everyone would see it in the morning…",
        ),
        preface: Some(("ok so this is for the server prompt week!!", "enjoy!!!")),
        afterword: Some(("thank u for reading!!!", "i cant tell anymore")),
    },
    Expected {
        file: "Das_Gewachshaus_am_Ende_der_Baker_Street-ffnet_9267341.txt",
        title: "Das Gewächshaus am Ende der Baker Street",
        authors: &["Nachtfalter92"],
        breaks: 1,
        story: (
            "Es regnete seit dem frühen Morgen, und Sherlock",
            "auf dem Fensterbrett standen drei Rhododendren, wieder vereint…",
        ),
        preface: Some(("Meine erste Geschichte hier!", "kein Geld.")),
        afterword: Some(("Danke fürs Lesen!", "würde ich mich sehr freuen.")),
    },
    // The epigraph is set apart at the story's head, as the key has it; the footnotes
    // follow the story's last paragraph.
    Expected {
        file: "thousand-cranes.md",
        title: "A Thousand Cranes for the Ferry Office",
        authors: &["Hana Whitcombe"],
        breaks: 2,
        story: (
            "The ferry office at Miyajimaguchi had one window",
            "decided, were better left one short.",
        ),
        preface: None,
        afterword: Some(("This started as a drabble", "ferry timetables for a month.")),
    },
    Expected {
        file: "salt road ch1.txt",
        title: "The Salt Road",
        authors: &["R. J. Calloway"],
        breaks: 1,
        story: (
            "Nobody in Tamsa remembered a year when the",
            "ring at all, not even when she walked.",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "la_costurera_del_faro.txt",
        title: "La costurera del faro",
        authors: &["Lucía Berrocal"],
        breaks: 0,
        story: (
            "En lo alto del faro vivía una costurera",
            "hay tormenta, el mar tiene costuras, y aguantan.",
        ),
        preface: None,
        afterword: Some((
            "escribí esto una noche de tormenta en Cádiz,",
            "si no, también.",
        )),
    },
];

#[test]
fn anthology17_is_read_as_its_answer_key_says() {
    check("anthology17", ANTHOLOGY17);
}

/// `EXPECTED.md`'s word counts of each story's text, in book order.
const WORDS: &[usize] = &[558, 540, 510, 513, 501, 519, 508, 532];

/// Every word of every story read, and no word of a note or the site's, is the story's:
/// the counts are `EXPECTED.md`'s to the word (the Markdown story's epigraph, set apart,
/// is not counted, as the key has it).
#[test]
fn anthology17_keeps_every_word_of_every_story_once() {
    let read: Vec<&str> = ANTHOLOGY17.iter().map(|e| e.file).collect();
    super::anthology13::word_counts_hold("anthology17", &read, WORDS, counted_with_footnotes);
    assert_eq!(WORDS.iter().sum::<usize>(), 4_181);
}

/// The story's words as the key counts them: its footnotes' words too (not their
/// markers), which the Markdown story's `[^1]` notes hold. (anthology15's and
/// anthology20's keys count so too.)
pub(super) fn counted_with_footnotes(blocks: &[Block]) -> usize {
    let notes: usize = blocks
        .iter()
        .map(|b| match b {
            Block::Footnotes(f) => f
                .notes
                .iter()
                .map(|n| plain_text(&n.text).split_whitespace().count())
                .sum(),
            _ => 0,
        })
        .sum();
    super::anthology12::counted(blocks) + notes
}
