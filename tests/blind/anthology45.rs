//! anthology45's answer key (`tests/fixtures/anthology45/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind, stories saved as web pages, e-books and documents: AO3's HTML and EPUB downloads, FanFicFare's EPUB of FanFiction.Net and HTML of AO3 (German), saved FanFiction.Net, Wattpad and Tumblr pages, Word and LibreOffice (French) documents, a Google Docs web page, an RTF and an Obsidian note. The stories in
//! `READ` are read as the key says and checked.

use super::*;

const ANTHOLOGY45: &[Expected] = &[
    Expected {
        file: "What_the_Canal_Keeps.html",
        title: "What the Canal Keeps",
        authors: &["quillandquarrel"],
        breaks: 2,
        story: (
            "The water in the Seventh Lock went",
            "\"Well,\" Teodor said softly. \"That's ours now.\"",
        ),
        preface: Some(("This is part two of", "locks than anyone should.")),
        afterword: Some(("That's it! Thank you for", "I'm quillandquarrel there too.")),
    },
    Expected {
        file: "Regarding_the_Bees.epub",
        title: "Regarding the Bees",
        authors: &["honeycombhours"],
        breaks: 1,
        story: (
            "The first letter arrived on a Tuesday,",
            "drone. \"They're not fussy,\" she said. \"Mostly.\"",
        ),
        preface: Some(("Hello, and welcome to the", "was a good bee.")),
        afterword: Some(("Thank you so much for", "I'm only partly joking.")),
    },
    Expected {
        file: "The Doctor's Manuscript-ffnet_14203398.epub",
        title: "The Doctor’s Manuscript",
        authors: &["Irregular Verbs"],
        breaks: 1,
        story: (
            "Mrs. Hudson did not, as a rule,",
            "his large, honest hand. For Mrs. H.",
        ),
        preface: Some(("A/N: I don't own Sherlock", "who kept 221B running.")),
        afterword: Some(("A/N: Thank you all for", "and I'm not sorry.")),
    },
    Expected {
        file: "Die Uhr im Treppenhaus-ao3_47110952.html",
        title: "Die Uhr im Treppenhaus",
        authors: &["Nachtfalterin"],
        breaks: 2,
        story: (
            "Die Uhr im Treppenhaus blieb jede Nacht",
            "als hätte sie nie etwas anderes vorgehabt.",
        ),
        preface: Some((
            "Für die Wichtelaktion 2023. Liebe",
            "hoffe, es gefällt dir!",
        )),
        afterword: Some(("Die Uhr gibt es wirklich,", "stehen. Danke fürs Lesen!")),
    },
    Expected {
        file: "Three Days of Rain Chapter 1, a pride and prejudice fanfic _ FanFiction.html",
        title: "Three Days of Rain",
        authors: &["Lizzy Lark"],
        breaks: 2,
        story: (
            "\"Tell me again,\" said Jane, \"exactly what",
            "at all. \"I'll see about the toast.\"",
        ),
        preface: Some(("A/N: Hello again! This one", "them for the weekend.")),
        afterword: Some(("A/N: Thanks for reading! Let", "of the library scene.")),
    },
    Expected {
        file: "The Lighthouse Choir - Part One_ The Keeper's Song - Wattpad.html",
        title: "The Lighthouse Choir",
        authors: &["saltwater_sonnets"],
        breaks: 1,
        story: (
            "Every lighthouse on the north coast had",
            "to her boots, \"has never happened before.\"",
        ),
        preface: None,
        afterword: Some(("A/N: thank u for reading!!", "next time I promise")),
    },
    Expected {
        file: "moth & mirror — The Bookshop on Pell Street.html",
        title: "The Bookshop on Pell Street",
        authors: &["moth-and-mirror"],
        breaks: 2,
        story: (
            "The bookshop on Pell Street only opened",
            "Nell as though she were very late.",
        ),
        preface: Some(("prompt from @inkwell-anon: \"the shop", "with me a little")),
        afterword: Some(("(this might get a part", "ask box is open)")),
    },
    Expected {
        file: "Field Notes on a Haunting - final.docx",
        title: "Field Notes on a Haunting",
        authors: &["Maren Holt"],
        breaks: 2,
        story: (
            "Dr. Agnes Penhallow did not believe in",
            "bottom, and did not fill it in.",
        ),
        preface: Some(("This started as a writing", "one very rude owl.")),
        afterword: Some(("Thank you for reading. Dr.", "won't say to what.")),
    },
    Expected {
        file: "Le jardin d'hiver - version finale.odt",
        title: "Le Jardin d’hiver",
        authors: &["Camille Vérant"],
        breaks: 2,
        story: (
            "Le jardin d'hiver de la rue des",
            "dit-il, c'est ce que tu crois. »",
        ),
        preface: Some((
            "Cette histoire a été écrite",
            "Elle avait peut-être raison.",
        )),
        afterword: Some(("Merci de m'avoir lue !", "bienvenus, même les critiques.")),
    },
    Expected {
        file: "SevenMissedCalls.html",
        title: "Seven Missed Calls",
        authors: &["Priya Ramaswamy"],
        breaks: 2,
        story: (
            "Dev's phone had been face down on",
            "typing one-handed. Anjali: ok Anjali: thank you",
        ),
        preface: Some(("Author's note: this is the", "October flash fiction swap.")),
        afterword: Some(("Thanks to Dee for reading", "\"no, keep the cat.\"")),
    },
    Expected {
        file: "last ferry to orrin isle.rtf",
        title: "The Last Ferry to Orrin Isle",
        authors: &["T. J. Marsh"],
        breaks: 3,
        story: (
            "The last ferry to Orrin Isle left",
            "was fairly sure it was a wave.",
        ),
        preface: None,
        afterword: Some(("Author's note: Orrin Isle isn't", "missed the last boat.")),
    },
    Expected {
        file: "Low Battery.md",
        title: "Low Battery",
        authors: &["Sam Okafor"],
        breaks: 2,
        story: (
            "The train stopped between stations at 23:12,",
            "smiling, his cap tipped over his face.",
        ),
        preface: Some((
            "Author's note: written in one",
            "appropriate. Lightly edited since.",
        )),
        afterword: Some(("This was for the February", "especially on the ending.")),
    },
];

/// The stories read as the key says. Every story is read as the key says.
const READ: &[&str] = &[
    "What_the_Canal_Keeps.html",
    "Regarding_the_Bees.epub",
    "The Doctor's Manuscript-ffnet_14203398.epub",
    "Die Uhr im Treppenhaus-ao3_47110952.html",
    "Three Days of Rain Chapter 1, a pride and prejudice fanfic _ FanFiction.html",
    "The Lighthouse Choir - Part One_ The Keeper's Song - Wattpad.html",
    "moth & mirror — The Bookshop on Pell Street.html",
    "Field Notes on a Haunting - final.docx",
    "Le jardin d'hiver - version finale.odt",
    "SevenMissedCalls.html",
    "last ferry to orrin isle.rtf",
    "Low Battery.md",
];

#[test]
fn anthology45_is_read_as_its_answer_key_says() {
    check_stories("anthology45", ANTHOLOGY45, Some(READ));
}
