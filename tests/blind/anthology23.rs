//! anthology23's answer key (`tests/fixtures/anthology23/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): eleven longer stories written blind in shapes no fixture
//! had — a FanFicFare text download of a three-chapter AO3 work, a FicHub text export of a
//! French Wattpad story, an AO3 HTML one-shot with a letter and a song, a Royal Road
//! chapter page, a FictionPress chapter page, a Scrivener RTF compile with part headings,
//! a Tumblr text post, a hand-kept Markdown file with footnotes, a SpaceBattles (XenForo 1)
//! thread page in Spanish, a Word file with footnotes and a headerless text paste.

use super::*;

const ANTHOLOGY23: &[Expected] = &[
    Expected {
        file: "The Cartographer's Apprentice-ao3_45127803.txt",
        title: "The Cartographer’s Apprentice",
        authors: &["quillandcompass"],
        breaks: 2,
        story: (
            "The shop smelled of linseed oil and",
            "underneath it, in his careful capitals: HELD.",
        ),
        preface: Some(("This started as a drabble", "know who you are.")),
        afterword: None,
    },
    Expected {
        file: "Les Horloges de la rue Mouffetard by plume_de_minuit-Qx7bT2kA.txt",
        title: "Les Horloges de la rue Mouffetard",
        authors: &["plume_de_minuit"],
        breaks: 0,
        story: (
            "L'atelier de mon grand-père tenait dans une",
            "les horloges se sont remises à battre.",
        ),
        preface: Some(("Coucou ! Petite histoire en", "fait toujours plaisir ♥")),
        afterword: None,
    },
    Expected {
        file: "Letters_to_the_Lighthouse_Keeper.html",
        title: "Letters to the Lighthouse Keeper",
        authors: &["saltwater_ink"],
        breaks: 3,
        story: (
            "The first letter came in April, folded",
            "wrote back: I'm real. I'll bring biscuits.",
        ),
        preface: Some((
            "For the Epistolary Exchange 2023.",
            "all mistakes are mine.",
        )),
        afterword: Some(("Thank you for reading! Carreg", "Comments make my week.")),
    },
    Expected {
        file: "Chapter 12_ Heartwood - Ledger of the Ninth Floor _ Royal Road.html",
        title: "Ledger of the Ninth Floor",
        authors: &["T.K. Marrow"],
        breaks: 1,
        story: (
            "The ninth floor of the Meridian Archive",
            "Lin, and ground the ink, and began.",
        ),
        preface: Some(("Hey everyone! Sorry this one", "It's fixed now. Probably.")),
        afterword: Some(("So... yeah. That's the Heartwood", "up. See you Friday!")),
    },
    Expected {
        file: "The Weight of Small Rooms Chapter 1_ Inventory, a general fiction _ FictionPress.html",
        title: "The Weight of Small Rooms",
        authors: &["Juniper Ashgrove"],
        breaks: 1,
        story: (
            "Grace Okonkwo-Baptiste had lived in the apartment",
            "always been four steps—and lifted the lid.",
        ),
        preface: Some(("A/N: This is the first", "are loved and answered!")),
        afterword: None,
    },
    Expected {
        file: "The Surveyor's Daughter.rtf",
        title: "The Surveyor’s Daughter",
        authors: &["Imogen Thistlewood"],
        breaks: 2,
        story: (
            "My grandmother kept a biscuit tin of",
            "at all. It had come from his.",
        ),
        preface: Some(("A note before: this story", "Everything else is invented.")),
        afterword: None,
    },
    Expected {
        file: "moth and lanternlight — things i didn't say at the bus stop.html",
        title: "things i didn’t say at the bus stop",
        authors: &["moth-and-lanternlight"],
        breaks: 0,
        story: (
            "You were there again this morning. 7:42.",
            "and then I missed my stop. 😀",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "inventory-of-a-flooded-house.md",
        title: "Inventory of a Flooded House",
        authors: &["Wren Calloway"],
        breaks: 2,
        story: (
            "The water came up through the floor",
            // The story's text closes here; its footnotes follow as footnotes.
            "she judged to be about right.",
        ),
        preface: Some(("Written for the \"Lists\" prompt", "the story, I promise.")),
        afterword: None,
    },
    Expected {
        file: "El peso de la sal (original, drama, realismo mágico) _ SpaceBattles Forums.html",
        title: "El peso de la sal",
        authors: &["Corsario_Gris"],
        breaks: 1,
        story: (
            "En el puerto de Santa Eulalia todo",
            "Y empecé a leer en voz alta.",
        ),
        preface: Some(("Bueno, aquí está por fin", "(con cariño, por favor).")),
        afterword: Some(("Continuará… El capítulo 2 ya", "viene. ¡Gracias por leer!")),
    },
    Expected {
        file: "What the River Kept FINAL v3.docx",
        title: "What the River Kept",
        authors: &["Miriam Saltonstall"],
        breaks: 1,
        story: (
            "The river at Pont Du had taken",
            // The story's text closes here; its footnotes follow as footnotes.
            "she said, \"Because somebody did.\"",
        ),
        preface: Some(("This is the long version", "desk for the biscuits.")),
        afterword: None,
    },
    Expected {
        file: "reptile house.txt",
        title: "Night Shift at the Reptile House",
        authors: &["Dev Harrowgate"],
        breaks: 1,
        story: (
            "My cousin Marcus got me the job,",
            "job, and I keep telling him no.",
        ),
        preface: None,
        afterword: Some(("Author's note: This started as", "me. Thanks for reading!")),
    },
];

#[test]
fn anthology23_is_read_as_its_answer_key_says() {
    check("anthology23", ANTHOLOGY23);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly, its
/// footnotes' text last: every word of every story once, and no word of a note, a header,
/// a comment or the site's.
#[test]
fn anthology23_gives_every_story_its_words_in_order() {
    super::anthology21::every_story_has_the_keys_words("anthology23");
}
