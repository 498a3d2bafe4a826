//! anthology52's answer key (`tests/fixtures/anthology52/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind, saved as web pages, e-books and documents: an AO3 HTML download in two chapters, an AO3 EPUB, FanFicFare's EPUB of a fanfiction.net story and its HTML of an AO3 work, fanfiction.net, Wattpad and Tumblr pages saved from the browser, a Word document with a footnote, a LibreOffice document, a Google Docs web-page export, a LiveJournal entry and an RTF file. The stories in `READ` are read as the key says
//! and checked.

use super::*;

const ANTHOLOGY52: &[Expected] = &[
    Expected {
        file: "Salt_in_the_Ledger.html",
        title: "Salt in the Ledger",
        authors: &["quillfeather_ink"],
        breaks: 2,
        story: (
            "The ledger had been in the lighthouse",
            "Then she added, smaller, Ate an egg.",
        ),
        preface: Some(("Written for the Keeper's Exchange", "older than Maren is.")),
        afterword: Some(("And that's the end! Thank", "tumblr, I'm always there.")),
    },
    Expected {
        file: "What_the_River_Sang.epub",
        title: "What the River Sang",
        authors: &["hollowbirch"],
        breaks: 2,
        story: (
            "The ferry at Callow Reach ran on",
            "her surprise, that she knew the words.",
        ),
        preface: Some(("A little folk-tale thing that", "such as they are.")),
        afterword: Some((
            "Thank you for reading! Kudos",
            "comments are always treasured.",
        )),
    },
    Expected {
        file: "Letters_to_the_Lower_Deck-ffnet_12447801.epub",
        title: "Letters to the Lower Deck",
        authors: &["Pennywhistle Jones"],
        breaks: 2,
        story: (
            "The mail came up to the lower",
            "remembered until she said it out loud.",
        ),
        preface: Some(("A/N: This is my first", "own Skyward Fleet, obviously.")),
        afterword: Some(("A/N: Thanks for reading! Reviews", "Hesper if people want?")),
    },
    Expected {
        file: "The Third Draft-ao3_38817265.html",
        title: "The Third Draft",
        authors: &["inkwell_and_ash"],
        breaks: 2,
        story: (
            "Oona had been stuck on chapter three",
            "and this time she did not stop.",
        ),
        preface: Some(("For Sam, who asked for", "related to anything more.")),
        afterword: Some(("My own novel is also", "send help, or snacks.")),
    },
    Expected {
        file: "Crumbs Chapter 1, a hearthside chronicles fanfic _ FanFiction.html",
        title: "Crumbs",
        authors: &["Honeycomb Writes"],
        breaks: 3,
        story: (
            "The Hearthside bakery opened at six, which",
            "in a different, more careful hand, Yes.",
        ),
        preface: Some((
            "A/N: Hi everyone! Quick little",
            "Disclaimer: I own nothing.",
        )),
        afterword: Some(("A/N: Thanks for reading! Please", "coming soon, I swear.")),
    },
    Expected {
        file: "Wet Paint - Part One_ Thanks for Reading - Wattpad.html",
        title: "Wet Paint",
        authors: &["lunarmothwrites"],
        breaks: 2,
        story: (
            "Nell painted signs for a living, which",
            "Wet paint. Don't lean on the P.",
        ),
        preface: None,
        afterword: Some(("A/N: omg thank you for", "two!! love you all")),
    },
    Expected {
        file: "Saltmarsh Scribbles — Field Notes.html",
        title: "Field Notes",
        authors: &["saltmarsh-scribbles"],
        breaks: 2,
        story: (
            "Professor Adaeze Okonkwo had kept a field",
            "write that down.\" He wrote it down.",
        ),
        preface: None,
        afterword: Some(("(thank you for the prompt,", "else wants something small)")),
    },
    Expected {
        file: "Winter Apples (final).docx",
        title: "Winter Apples",
        authors: &["M. R. Halloway"],
        breaks: 2,
        story: (
            "Every October my grandmother carried the apples",
            "the name. I think the apples did.",
        ),
        preface: Some((
            "Author's note: This story was",
            "orchards is entirely deliberate.",
        )),
        afterword: None,
    },
    Expected {
        file: "postmarked_tidewater_v3.odt",
        title: "Postmarked Tidewater",
        authors: &["Jo Penhallow"],
        breaks: 2,
        story: (
            "The letter arrived sixty years late, which",
            "I have only just got your letter.",
        ),
        preface: None,
        afterword: Some(("Note: The letter in this", "three drafts of it.")),
    },
    Expected {
        file: "TheCartographersApprentice.zip",
        title: "The Cartographer’s Apprentice",
        authors: &["Wren Oduya"],
        breaks: 3,
        story: (
            "The map of the town was wrong,",
            "learning,\" he said, \"to draw new things.\"",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "Fic_ Lanterns on the Marsh (G)_ autumn_ficathon — LiveJournal.html",
        title: "Lanterns on the Marsh",
        authors: &["greywillow"],
        breaks: 2,
        story: (
            "On the last night of October, the",
            "look back. She did not need to.",
        ),
        preface: Some((
            "Author's notes: Written for the",
            "Unbeta'd, all mistakes mine.",
        )),
        afterword: Some((
            "Concrit always welcome! Thank you",
            "mods for running this.",
        )),
    },
    Expected {
        file: "The Clockmakers Cat.rtf",
        title: "The Clockmaker’s Cat",
        authors: &["Tamsin Vere"],
        breaks: 3,
        story: (
            "The clockmaker's cat was called Escapement, which",
            "him. \"I know,\" he said. \"I know.\"",
        ),
        preface: None,
        afterword: Some(("Author's note: Written in one", "Thank you for reading.")),
    },
];

/// The stories read as the key says. Not yet: a Word document's footnote, set after the text (the key ends the story on it); a saved Tumblr page's one-line information row over the post (`gen | ~600 words | for …`), and a LibreOffice document's author's name alone under its title heading.
const READ: &[&str] = &[
    "Salt_in_the_Ledger.html",
    "What_the_River_Sang.epub",
    "Letters_to_the_Lower_Deck-ffnet_12447801.epub",
    "The Third Draft-ao3_38817265.html",
    "Crumbs Chapter 1, a hearthside chronicles fanfic _ FanFiction.html",
    "Wet Paint - Part One_ Thanks for Reading - Wattpad.html",
    "TheCartographersApprentice.zip",
    "Fic_ Lanterns on the Marsh (G)_ autumn_ficathon — LiveJournal.html",
    "The Clockmakers Cat.rtf",
];

#[test]
fn anthology52_is_read_as_its_answer_key_says() {
    check_stories("anthology52", ANTHOLOGY52, Some(READ));
}
