//! anthology12's answer key (`tests/fixtures/anthology12/EXPECTED.md`): twelve stories
//! written blind, from FanFicFare's text and HTML to pages copied from AO3,
//! FanFiction.Net, Tumblr, Wattpad, WordPress and LiveJournal, and a Word web page.

use super::*;

const ANTHOLOGY12: &[Expected] = &[
    Expected {
        file: "lanternfish-accounts-fff.txt",
        title: "The Lanternfish Accounts",
        authors: &["quillofthenorth"],
        breaks: 3,
        story: (
            "The station kept its accounts in salt. That was the joke the old hands told",
            "The medic, who was very young and very kind, took out a pencil.",
        ),
        // The chapter's summary may close the note.
        preface: Some((
            "This started as a drabble about the salt ledger and got away from me,",
            "In which the salt goes up, as it always does.",
        )),
        afterword: Some((
            "Thank you so much for reading!",
            "Comments and kudos are the light on the end of the stalk. 💙",
        )),
    },
    Expected {
        file: "gerald-comes-too-ao3-page.txt",
        title: "Gerald Comes Too",
        authors: &["sesamestreetlight"],
        breaks: 4,
        story: (
            "The first message came in at 5:42 a.m., which was how Priya knew something was wrong,",
            "neither of them got up for almost a whole minute, which, in six years, had never happened before.",
        ),
        preface: Some((
            "For my sister, who named our sourdough starter after a man who once sold us a very bad car.",
            "Written in one sitting at 5 a.m., appropriately.",
        )),
        afterword: Some((
            "Gerald is real. Gerald is currently on top of my fridge.",
            "命 (inochi) is \"life\"; Anjali is not wrong. Thank you for reading! 🍞",
        )),
    },
    Expected {
        file: "el-reloj-del-pasillo-word.htm",
        title: "El reloj del pasillo",
        authors: &["Inmaculada Ferrer-Valdelomar"],
        breaks: 2,
        story: (
            "Mi abuela Remedios tenía una regla para los relojes: nunca se paraban solos.",
            "—Entonces este también —dijo. Y se fue a jugar.",
        ),
        preface: Some((
            "este cuento es para mi madre, que nunca quiso quedarse con ningún reloj,",
            "la casa de Villanueva, ya no.",
        )),
        afterword: Some(("¡Gracias por leer!", "¡Gracias por leer!")),
    },
    Expected {
        file: "what-the-ferryman-kept-fff.html",
        title: "What the Ferryman Kept",
        authors: &["inkandembers"],
        breaks: 1,
        story: (
            "Old Caradoc Penhaligon had run the ferry across the Tamsin for forty years,",
            "Morwenna rowed her back across at sunset, and did not take her fare.",
        ),
        preface: Some(("Hello again! This one is for my gran,", "Please review!")),
        afterword: Some((
            "That's it! Miss Trevithick is based a little on my great-aunt Enid,",
            "even the ones about rowlocks.",
        )),
    },
    Expected {
        file: "borrowed-coat-tumblr.html",
        title: "the weight of a borrowed coat",
        authors: &["fourthandmaple"],
        breaks: 2,
        story: (
            "the coat was too big for her. that was the first thing anyone noticed.",
            "waiting for the light, she found that she was humming, and she let herself.",
        ),
        preface: Some((
            "wrote this on the bus after my cousin gave me my uncle's old denim jacket at christmas.",
            "reblogs are very welcome 🖤",
        )),
        afterword: Some(("thank you for reading ✨", "thank you for reading ✨")),
    },
    Expected {
        file: "ninety-miles-ffnet.txt",
        title: "Ninety Miles of Quiet",
        authors: &["dustbowlballad"],
        breaks: 3,
        story: (
            "The truck died eleven miles past the last gas station and ninety miles short of anywhere,",
            "and nobody said well in any kind of voice at all.",
        ),
        preface: Some((
            "Disclaimer: The desert belongs to everybody.",
            "if you want more of the chickens.",
        )),
        afterword: Some((
            "Thank you for reading! The song Grandpa sings in the dayroom is",
            "even just \"chickens\".",
        )),
    },
    Expected {
        file: "die-brueckenwaerterin.md",
        title: "Die Brückenwärterin",
        authors: &["Lotte Sommerfeld-Rautenstrauch"],
        breaks: 2,
        story: (
            "Die Klappbrücke über den Hafenkanal von Neustrelitz-Süd wurde seit neunzehn Jahren",
            "und nach einem Moment, zögernd, winkte er zurück.",
        ),
        preface: Some((
            "Diese Geschichte ist für alle Brückenwärterinnen und Schleusenwärter,",
            "die Möwe nicht.",
        )),
        afterword: Some((
            "Danke fürs Lesen! Geschrieben für den Schreibwettbewerb „Übergänge“",
            "noch von Hand gehoben wird.",
        )),
    },
    Expected {
        file: "cartographers-apprentice-ao3.html",
        title: "The Cartographer’s Apprentice Forgets Nothing",
        authors: &["harbourlight"],
        breaks: 3,
        story: (
            "A map is a promise that somebody once came back.",
            "She did not write it down. Some soundings are not for charts.",
        ),
        preface: Some((
            "Written for the Guild of Surveyors Big Bang 2024.",
            "you may sing it out of tune on purpose if you like.",
        )),
        afterword: Some((
            "Thank you for reading this far. A dotted line on a chart",
            "(please go and give it the love it deserves).",
        )),
    },
    Expected {
        file: "static-on-channel-nine-wattpad.html",
        title: "Static on Channel Nine",
        authors: &["nightdeskclerk"],
        breaks: 2,
        story: (
            "At 2:14 a.m. on a Wednesday, the television in Room 9 of the Sunset Palms Motor Lodge turned itself on.",
            "Rosalind noticed. She watched it three more times, just for that second. Then she did.",
        ),
        preface: Some((
            "this is my entry for the Spooky Season Shorts contest!!",
            "talk about motels for three weeks",
        )),
        afterword: Some((
            "thank you for reading!! vote if this made you want to call your grandma ⭐",
            "thank you for reading!! vote if this made you want to call your grandma ⭐",
        )),
    },
    Expected {
        file: "ce-quon-garde-a-terre.txt",
        title: "Ce qu’on garde à terre",
        authors: &["Solenn Kerbrat-Le Du"],
        breaks: 5,
        story: (
            "Brest, le 3 novembre Chère Madame Le Goff, Vous ne me connaissez pas.",
            "Elle s'est retournée.",
        ),
        preface: Some((
            "ces lettres sont inventées, mais le phare de la Vieille existe bel et bien,",
            "sans cesser de l'aimer.",
        )),
        afterword: None,
    },
    Expected {
        file: "almanac-of-small-repairs-wordpress.html",
        title: "The Almanac of Small Repairs",
        authors: &["Bethan Rhys-Gwynedd"],
        breaks: 2,
        // The footnotes' texts may follow the story's last words.
        story: (
            "Anything that can be mended should be, at least once, by someone who loves it.",
            "",
        ),
        preface: Some((
            "this is fiction, mostly. The shop was real,",
            "everyone except the organ.",
        )),
        afterword: Some((
            "I have been asked, by three people now, whether the last entry in the almanac is real,",
            "usually in the shop, usually with solder on my fingers.",
        )),
    },
    Expected {
        file: "the-night-porter-livejournal.html",
        title: "The Night Porter",
        authors: &["nightbookkeeper"],
        breaks: 2,
        story: (
            "The night porter at the Grand Hotel Excelsior-Britannia had a rule,",
            "on the back only four words, in a boy's careful handwriting. I was sick. Thanks.",
        ),
        preface: Some((
            "Written for the 2024 New Year's Eve ficathon at hotel_lobby_fic.",
            "Unbeta'd, all mistakes mine.",
        )),
        afterword: Some(("Concrit welcome!", "Concrit welcome!")),
    },
];

#[test]
fn anthology12_is_read_as_its_answer_key_says() {
    check("anthology12", ANTHOLOGY12);
}

/// `EXPECTED.md`'s word counts of each story's text, in book order.
const WORDS: &[usize] = &[
    2119, 1285, 905, 1465, 699, 1255, 808, 1803, 1251, 890, 1212, 915,
];

/// Whitespace words of the story text as `EXPECTED.md` counts them: every block but
/// headings, scene breaks, small notes and footnote texts; a list's items without the
/// numbers that open them.
pub(super) fn counted(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading(_) | Block::SceneBreak | Block::Note(_) | Block::Footnotes(_) => 0,
            Block::List(list) => list.items.iter().map(|item| counted(item)).sum(),
            b => b.plain().split_whitespace().count(),
        })
        .sum()
}

/// Every word of every story, and no word of a note, the site or a footnote, is the
/// story's: the counts are `EXPECTED.md`'s to the word.
#[test]
fn anthology12_keeps_every_word_of_every_story_once() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology12");
    let project = quire::load(&root).expect("the anthology loads");
    let have: Vec<(String, usize)> = project
        .book
        .chapters
        .iter()
        .map(|ch| (ch.file.clone(), counted(&ch.body)))
        .collect();
    let want: Vec<(String, usize)> = have
        .iter()
        .zip(WORDS)
        .map(|((f, _), &n)| (f.clone(), n))
        .collect();
    assert_eq!(have, want);
    assert_eq!(WORDS.iter().sum::<usize>(), 14_607);
}
