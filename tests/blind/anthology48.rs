//! anthology48's answer key (`tests/fixtures/anthology48/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind, FanFicFare's text of many sites: FanFiction.Net, AO3 (a series, Spanish, poetry, end-of-chapter notes), Royal Road, Sufficient Velocity and SpaceBattles threads, fimfiction, Wattpad, fanfiktion.de and an eFiction archive. The stories in
//! `READ` are read as the key says and checked.

use super::*;

const ANTHOLOGY48: &[Expected] = &[
    Expected {
        file: "The_Lighthouse_Keepers_Ledger-ffnet_14022871.txt",
        title: "The Lighthouse Keeper’s Ledger",
        authors: &["quillandcompass"],
        breaks: 2,
        story: (
            "Old Hanu counted the lamp oil twice",
            "in a book he no longer kept.",
        ),
        preface: Some(("Hello again! This one has", "don't own Avatar, obviously.")),
        afterword: Some(("And that's it! Thank you", "sequel someday. Please review!")),
    },
    Expected {
        file: "Small Hours at the Night Market - moth_and_lantern.txt",
        title: "Small Hours at the Night Market",
        authors: &["moth_and_lantern"],
        breaks: 2,
        story: (
            "The last customer left at ten to",
            "gone, which she considered a reasonable compromise.",
        ),
        preface: Some(("Part two of the Lanternlight", "all mistakes are mine.")),
        afterword: Some(("Thank you for reading! Come", "large pot of soup.")),
    },
    Expected {
        file: "The Cartographer's Debt-royalroad_58213.txt",
        title: "The Cartographer’s Debt",
        authors: &["IronwoodScribe"],
        breaks: 2,
        story: (
            "The debt notice was nailed to Wren's",
            "good number she had seen all year.",
        ),
        preface: Some(("Welcome to my new story!", "release Sunday and Wednesday.")),
        afterword: Some(("And that's level one done!", "you in the Stair!")),
    },
    Expected {
        file: "Salt and Circuitry (Sufficient Velocity).txt",
        title: "Salt and Circuitry",
        authors: &["Verdigris_Quill"],
        breaks: 2,
        story: (
            "Unit KS-9 had been built to pull",
            "life, it was using as a joke.",
        ),
        preface: Some((
            "New original thread! Posting here",
            "welcome, especially on pacing.",
        )),
        afterword: None,
    },
    Expected {
        file: "the_lending_library_of_hollow_dell-fimfiction-511209.txt",
        title: "The Lending Library of Hollow Dell",
        authors: &["Bramblequill"],
        breaks: 2,
        story: (
            "The Lending Library of Hollow Dell was",
            "Dell. Bring it back when it's full.",
        ),
        preface: None,
        afterword: Some((
            "Thanks for reading, everypony! This",
            "know in the comments!",
        )),
    },
    Expected {
        file: "Read at 2_14 AM - inkstainedjuniper.txt",
        title: "Read at 2:14 AM",
        authors: &["inkstainedjuniper"],
        breaks: 2,
        story: (
            "The phone buzzed itself halfway across the",
            "little word go from Delivered to Read.",
        ),
        preface: Some(("hiii ok so this is", "sm to me 💜")),
        afterword: Some(("AAAA thank u so much", "for more!! ily all")),
    },
    Expected {
        file: "Die_Uhr_im_Glockenturm.txt",
        title: "Die Uhr im Glockenturm",
        authors: &["Nebelfalke"],
        breaks: 2,
        story: (
            "Die Uhr im Glockenturm von Kaltenbrunn zeigte",
            "eine einzige Minute so laut sein konnte.",
        ),
        preface: Some(("Hallo ihr Lieben! Diese kleine", "Viel Spaß beim Lesen.")),
        afterword: Some(("Danke fürs Lesen! Die Geschichte", "wurde Zeit für eins.")),
    },
    Expected {
        file: "Lo que el río devuelve - azahar_nocturno.txt",
        title: "Lo que el río devuelve",
        authors: &["azahar_nocturno"],
        breaks: 2,
        story: (
            "En el pueblo de Valdeceniza todo el",
            "a bajar. Todavía me debe un paraguas.",
        ),
        preface: Some((
            "¡Hola! Esta historia nació de",
            "por la paciencia infinita.",
        )),
        afterword: Some(("Gracias por leer. Si os", "me hacen muchísima ilusión.")),
    },
    Expected {
        file: "Drydock Seven [SpaceBattles].txt",
        title: "Drydock Seven",
        authors: &["Halcyon Rook"],
        breaks: 2,
        story: (
            "Chief Shipwright Odile Marr had built the",
            "a week she smiled. \"No promises, Commander.\"",
        ),
        preface: None,
        afterword: Some(("That's the end of the", "for all the likes.")),
    },
    Expected {
        file: "Inventory of a Winter Kitchen - lowtide_verses.txt",
        title: "Inventory of a Winter Kitchen",
        authors: &["lowtide_verses"],
        breaks: 2,
        story: (
            "Three jars of plum jam, labelled in",
            "just once this winter, to finish something.",
        ),
        preface: Some(("Written on the solstice. The", "screen if you can.")),
        afterword: Some(("Thank you for sitting in", "me for a while.")),
    },
    Expected {
        file: "Letters from the Lower Shelf.txt",
        title: "Letters from the Lower Shelf",
        authors: &["Elanor Thistlewick"],
        breaks: 4,
        story: (
            "Primula Hornblower had kept the lower shelf",
            "thirty-two years, that she had been answered.",
        ),
        preface: Some(("This was written for the", "Mistress Hornblower is mine.")),
        afterword: Some(("And there we are. Thank", "reply to every one.")),
    },
    Expected {
        file: "Chapter_Three_of_Someone_Elses_Book.txt",
        title: "Chapter Three of Someone Else’s Book",
        authors: &["paperboat_admiral"],
        breaks: 3,
        story: (
            "The first one Ada found was in",
            "said. \"I always start again from there.\"",
        ),
        preface: Some(("Hello! A small two-parter for", "chapter for more notes).")),
        afterword: Some(("That's it, that's the fic!", "ago. I miss it.")),
    },
];

/// The stories read as the key says. Not yet: an omake's opening line, a Wattpad opening note in text speak, and a typed 'Chapter 3' line the house reads as a heading.
const READ: &[&str] = &[
    "Inventory of a Winter Kitchen - lowtide_verses.txt",
    "Letters from the Lower Shelf.txt",
    "The_Lighthouse_Keepers_Ledger-ffnet_14022871.txt",
    "Small Hours at the Night Market - moth_and_lantern.txt",
    "The Cartographer's Debt-royalroad_58213.txt",
    "the_lending_library_of_hollow_dell-fimfiction-511209.txt",
    "Die_Uhr_im_Glockenturm.txt",
    "Lo que el río devuelve - azahar_nocturno.txt",
    "Drydock Seven [SpaceBattles].txt",
];

#[test]
fn anthology48_is_read_as_its_answer_key_says() {
    check_stories("anthology48", ANTHOLOGY48, Some(READ));
}
