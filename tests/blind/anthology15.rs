//! anthology15's answer key (`tests/fixtures/anthology15/EXPECTED.md`): twelve stories
//! written blind to stress the page as well as the reading — an AO3 download, FanFicFare
//! text and HTML, a phone note, Markdown with YAML and with footnotes, a FanFiction.Net
//! copy, a Tumblr post, a forum reply, Word's HTML in Dutch, a lib.ru text in Russian
//! and a Dreamwidth entry in eleven scripts.

use super::*;

const ANTHOLOGY15: &[Expected] = &[
    Expected {
        file: "Surplus_to_Requirements.html",
        title: "Surplus to Requirements",
        authors: &["Pennyroyal_Tea"],
        breaks: 5,
        story: (
            "The letter arrived on a Tuesday, which was wrong, because",
            "She wrote on a Tuesday. Aurelianus made a pot of tea first.",
        ),
        preface: Some((
            "For the Quiet Coasts exchange. Thank you",
            "told me off for the bus route.",
        )),
        afterword: Some((
            "If you've never been to Wolverhampton",
            "The shortbread was real.",
        )),
    },
    Expected {
        file: "Les_Cerises_de_Montreuil-ao3_39811222.txt",
        title: "Les Cerises de Montreuil",
        authors: &["Brume_et_Cafe"],
        breaks: 4,
        story: (
            "Ma grand-mère disait toujours que les cerises de Montreuil avaient",
            "J'ai rapporté six pots à Lyon. Je l'appelle toujours le dimanche.",
        ),
        preface: Some(("Écrit pour ma grand-mère", "Merci à L. pour la relecture !")),
        afterword: Some(("Si vous avez un souvenir de confiture", "j'adore ça.")),
    },
    Expected {
        file: "the seven sisters (fjord fic).txt",
        title: "the seven sisters (fjord fic)",
        authors: &["fernandthistle"],
        breaks: 4,
        story: (
            "The first text came at 6:14 a.m., which meant Priya",
            "She typed Y and saved it, and went upstairs to bed.",
        ),
        preface: Some((
            "for the zine!! final version — do NOT edit after sept 30 lol",
            "tw: grief, mentions of a parent's death (offscreen)",
        )),
        afterword: None,
    },
    Expected {
        file: "fundsache-eine-unbestimmt.md",
        title: "Fundsache, eine, unbestimmt",
        authors: &["Nachtfalter_77"],
        breaks: 4,
        story: (
            "Um 23:47 Uhr teilte die Regionalexpressverspätungsdurchsage mit, dass der letzte",
            "Angenommen! Grüßen Sie den Fuchs. Sie hängte sie neben das Kinderfahrrad.",
        ),
        preface: Some((
            "Für den NaNo-Kurzgeschichtenabend im Discord.",
            "Es gab kein Cello. Leider.",
        )),
        afterword: Some((
            "Danke fürs Lesen! Kommentare und Kudos machen mich glücklich.",
            "",
        )),
    },
    Expected {
        file: "El reloj de Valparaiso - gaviota_del_sur.txt",
        title: "El reloj de Valparaíso",
        authors: &["gaviota_del_sur"],
        breaks: 4,
        story: (
            "El reloj de la estación se había parado a las",
            "El reloj marcaba las siete y dos minutos. Lo dejamos andar.",
        ),
        preface: Some((
            "Disclaimer: Los personajes son míos.",
            "¡Espero que les guste!",
        )),
        afterword: Some(("N/A: Gracias por leer.", "¡Nos leemos!")),
    },
    Expected {
        file: "quietlyunravelling-wrong-number-drabble.html",
        title: "wrong number (a drabble)",
        authors: &["quietlyunravelling"],
        breaks: 0,
        story: (
            "Every Thursday at 3 p.m. my grandmother rang the wrong",
            "Then, very gently: \"No, love. But while I've got you.\"",
        ),
        preface: Some((
            "prompt from the lovely @tea-and-thunderstorms:",
            "which I don't.",
        )),
        afterword: None,
    },
    Expected {
        file: "fellsideforum_carried-on_reply12.txt",
        title: "Carried On",
        authors: &["fellsidewren"],
        breaks: 4,
        story: (
            "The forecast said 4 °C and light drizzle clearing by",
            "and thought about it properly. \"7/10,\" she typed. \"Would recommend.\"",
        ),
        preface: Some(("This is for the autumn challenge", "Concrit welcome!")),
        afterword: Some(("Thanks for reading, all.", "Let me know if not.")),
    },
    // The key's "preface" is chapter 1's note, which stands before the story's first
    // words and so follows the summary in the note before it; its "End Notes" stand in
    // the file after chapter 4, before chapter 5's title, so they are chapter 4's.
    Expected {
        file: "The_Long_Count-ao3_30551984.html",
        title: "The Long Count",
        authors: &["rosinandrain"],
        breaks: 10,
        story: (
            "Saoirse Ní Bhriain had a theory that every tour could",
            "two new bars of music and a question mark. She got out her fiddle.",
        ),
        preface: Some(("Ennistymon is a real town", "No firelighters were harmed.")),
        afterword: None,
    },
    Expected {
        file: "Rij K.htm",
        title: "Rij K",
        authors: &["Marieke van den Berg-Oosterhuis"],
        breaks: 4,
        story: (
            "Op de ochtend dat Gerrit Wijnbergen-Koolhaas zijn laatste werkweek als",
            "Rij K, stond er, in groene cijfers. Eén plek vrij.",
        ),
        preface: Some((
            "(Ingezonden voor de schrijfwedstrijd van de Bibliotheek Utrecht,",
            "Maximaal 1200 woorden.)",
        )),
        afterword: None,
    },
    Expected {
        file: "severskaya_tramvai.txt",
        title: "Последний трамвай",
        authors: &["Анна Северская"],
        breaks: 4,
        story: (
            "Последний трамвай тридцать девятого маршрута уходил из депо в двадцать",
            "Часы в квартире по-прежнему тикают. Но теперь там, кроме них, кое-что происходит.",
        ),
        preface: Some(("Посвящается Л. Н.,", "которая тоже водила трамвай.")),
        afterword: None,
    },
    Expected {
        file: "nightdesk_dee - Fic Welcome Handed Forward.html",
        title: "Welcome, Handed Forward",
        authors: &["nightdesk_dee"],
        breaks: 3,
        story: (
            "The guestbook at the Harbor Street Hostel lived on the",
            "to you. Write something. Someone is going to need it.",
        ),
        preface: Some((
            "For fandom_helps, for my bidder",
            "Thank you, S., for the Armenian.",
        )),
        afterword: Some((
            "Comments are love, concrit is also love,",
            "just a slightly more complicated kind.",
        )),
    },
    Expected {
        file: "platform-4-do-not-delete.md",
        title: "Platform 4 (Do Not Delete)",
        authors: &["wrenfromwolves"],
        breaks: 5,
        story: (
            "Every bird is a small argument against despair. Count them",
            "the whole weight of the wind. \"There,\" he said. \"Look up.\"",
        ),
        preface: Some((
            "Written on my phone on the actual Platform 4",
            "and was, annoyingly, correct.",
        )),
        afterword: Some((
            "If you've got a platform bird, tell me about it. I'm keeping a list.",
            "",
        )),
    },
];

#[test]
fn anthology15_is_read_as_its_answer_key_says() {
    check("anthology15", ANTHOLOGY15);
}

/// `EXPECTED.md`'s word counts of each story's text, in book order (the Russian story's
/// breaks corrected to its file's four; no count changed).
const WORDS: &[usize] = &[
    1357, 1096, 1047, 954, 1004, 150, 1198, 3120, 917, 823, 1277, 1391,
];

/// Every word of every story read, and no word of a note or the site's, is the
/// story's: the counts are `EXPECTED.md`'s to the word.
#[test]
fn anthology15_keeps_every_word_of_every_story_once() {
    let read: Vec<&str> = ANTHOLOGY15.iter().map(|e| e.file).collect();
    super::anthology13::word_counts_hold(
        "anthology15",
        &read,
        WORDS,
        super::anthology17::counted_with_footnotes,
    );
    assert_eq!(WORDS.iter().sum::<usize>(), 14_334);
}
