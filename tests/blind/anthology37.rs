//! anthology37's answer key (`tests/fixtures/anthology37/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind from other sites and apps
//! — Royal Road, ScribbleHub, Webnovel, Tapas, Inkitt, Dreamwidth, Pillowfort, Tumblr,
//! Substack, Medium, Patreon and a Discord export. Six are read as the key says and
//! checked; the others are not yet (see `READ`).

use super::*;

const ANTHOLOGY37: &[Expected] = &[
    Expected {
        file: "The Cartographer of Small Dungeons - Chapter 14_ Forty-Two _ Royal Road.txt",
        title: "The Cartographer of Small Dungeons",
        authors: &["Wrenfield"],
        breaks: 1,
        story: (
            "Tamsin Orle had mapped forty-one dungeons, and",
            "gently, the cheerful green door swung shut.",
        ),
        preface: Some(("Back from the convention, sorry", "about my comma habits.")),
        afterword: Some((
            "Next chapter goes up Thursday.",
            "won't steal them. Probably.",
        )),
    },
    Expected {
        file: "Chapter 3 – The Keeper’s Reply _ Letters to the Lighthouse at Corrow _ Scribble Hub.html",
        title: "Letters to the Lighthouse at Corrow",
        authors: &["inkpot_marigold"],
        breaks: 1,
        story: (
            "The mail boat came to Corrow once",
            "to wait a fortnight for the boat.",
        ),
        preface: None,
        afterword: Some(("Thanks for reading! Edda’s reply", "out about the lamp.")),
    },
    Expected {
        file: "Ninefold Furnace Record - Chapter 212_ The Third Furnace - Webnovel.txt",
        title: "Ninefold Furnace Record",
        authors: &["SilentPlumBlossom"],
        breaks: 2,
        story: (
            "Elder Fen had refined pills for three",
            "waited together for the girl to wake.",
        ),
        preface: None,
        afterword: Some(("Thank you for the 300", "neither does Lu Qiao.")),
    },
    Expected {
        file: "Static Between Us - Ep. 7 - Read 2_14 AM _ Tapas.txt",
        title: "Static Between Us",
        authors: &["mothlight"],
        breaks: 2,
        story: (
            "Juno’s phone buzzed at 2:14 in the",
            "on until it was a laugh again.",
        ),
        preface: Some(("A/N: this one is mostly", "better for this ep")),
        afterword: None,
    },
    Expected {
        file: "The Salt Choir by Odalys Brennock _ Inkitt.txt",
        title: "The Salt Choir",
        authors: &["Odalys Brennock"],
        breaks: 2,
        story: (
            "On the night of the spring tide,",
            "one soft note, like someone saying goodnight.",
        ),
        preface: None,
        afterword: Some(("Author’s Note: This is my", "two is coming soon!")),
    },
    Expected {
        file: "Fic_ The Understudy's Ghost - quill, whistle, etc..html",
        title: "The Understudy’s Ghost",
        authors: &["quillwhistle"],
        breaks: 2,
        story: (
            "Marisol had been the understudy for eleven",
            "smaller, crosser hand: Break a leg, girl.",
        ),
        preface: Some(("Written for the autumn ficathon", "one of my semicolons.")),
        afterword: None,
    },
    Expected {
        file: "what the lanterns are for - Pillowfort.html",
        title: "what the lanterns are for",
        authors: &["fernwitch"],
        breaks: 2,
        story: (
            "The lantern market opened at dusk, which",
            "can find their way home from it.”",
        ),
        preface: Some(("ok so i wrote this", "cw for mild grief")),
        afterword: None,
    },
    Expected {
        file: "paper cranes at midnight — Second-Hand.html",
        title: "Second-Hand",
        authors: &["paper-cranes-at-midnight"],
        breaks: 2,
        story: (
            "The bookshop on Vell Street had no",
            "had only just remembered to say goodbye.",
        ),
        preface: Some(("something short and soft for", "bc it got long!!")),
        afterword: None,
    },
    Expected {
        file: "The Tollkeeper's Daughter - by Corliss Vey.txt",
        title: "The Tollkeeper’s Daughter",
        authors: &["Corliss Vey"],
        breaks: 2,
        story: (
            "The bridge at Hallow Ford had been",
            "the third arch to this day, counting.",
        ),
        preface: Some(("Hello friends. This month’s story", "badly, with a cold.")),
        afterword: Some(("If you enjoyed this, the", "See you next month.")),
    },
    Expected {
        file: "What the Night Bus Knows. A short story about the last route home _ by Reuben Sallow _ Medium.html",
        title: "What the Night Bus Knows",
        authors: &["Reuben Sallow"],
        breaks: 2,
        story: (
            "The N38 left the depot at 1:12",
            "“For the ride,” she said. “Both times.”",
        ),
        preface: None,
        afterword: Some(("Thanks for reading! I post", "a comment genuinely helps.")),
    },
    Expected {
        file: "The Glasswright’s Apprentice _ Patreon.html",
        title: "The Glasswright’s Apprentice",
        authors: &["Halcyon Vale"],
        breaks: 2,
        story: (
            "Mistress Orrin blew glass the way other",
            "“Again,” she said. But she was smiling.",
        ),
        preface: Some(("Early access! This goes public", "one burn injury (minor).")),
        afterword: Some(("Thank you to my patrons,", "is up on Friday!")),
    },
    Expected {
        file: "The Inkwell Collective - Writing - fic-share [1184739201847362].txt",
        title: "The Last Lamplighter of Brindle Lane",
        authors: &["larkintheattic"],
        breaks: 1,
        story: (
            "Brindle Lane was the last street in",
            "and went out to light the lamps.",
        ),
        preface: Some(("ok finally finished the lamplighter", "the end (you won't)")),
        afterword: Some(("that's it!! thanks for putting", "it on ao3 later")),
    },
];

/// The stories read as the key says. Not yet: ScribbleHub's chapter title taken for the
/// story's, Tumblr's saved page, Substack's and Patreon's chrome, and
/// the Discord export's other users' messages. Tapas's page is read, but its title is
/// the episode's (as anthology18's key asks), where this key asks for the series'.
const READ: &[&str] = &[
    "The Cartographer of Small Dungeons - Chapter 14_ Forty-Two _ Royal Road.txt",
    "Ninefold Furnace Record - Chapter 212_ The Third Furnace - Webnovel.txt",
    "The Salt Choir by Odalys Brennock _ Inkitt.txt",
    "Fic_ The Understudy's Ghost - quill, whistle, etc..html",
    "what the lanterns are for - Pillowfort.html",
    "What the Night Bus Knows. A short story about the last route home _ by Reuben Sallow _ Medium.html",
];

#[test]
fn anthology37_is_read_as_its_answer_key_says() {
    check_stories("anthology37", ANTHOLOGY37, Some(READ));
}
