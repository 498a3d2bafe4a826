//! anthology44's answer key (`tests/fixtures/anthology44/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind, the text files readers bring most, in fresh variations: FanFicFare text of a co-written AO3 work and of FanFiction.Net, a logged-in AO3 page copy, a hand-typed header, a ficbook.net page copy (Russian), a Tumblr post, a Google Docs text download, a Portuguese letter story, a verse sequence, a Spanish Wattpad page, a story in two parts and an unlabelled note over a divider. The stories in
//! `READ` are read as the key says and checked.

use super::*;

const ANTHOLOGY44: &[Expected] = &[
    Expected {
        file: "Soundings-ao3_48213377.txt",
        title: "Soundings",
        authors: &["quillwright & ashfall_and_ink"],
        breaks: 2,
        story: (
            "The harbour at Wrenmouth froze once every",
            "wait,\" she said. \"I'm good at it.\"",
        ),
        preface: Some(("Written for the Winter Tides", "like it, dear prompter.")),
        afterword: Some(("Thank you so much for", "hi in the comments.")),
    },
    Expected {
        file: "marginalia ao3 (copied).txt",
        title: "Marginalia",
        authors: &["lanternfish_lit"],
        breaks: 1,
        story: (
            "The library at Hollowmere kept its oldest",
            "been a long time since anyone answered.",
        ),
        preface: Some(("This started as a drabble", "east stacks' heating system.")),
        afterword: Some(("Thank you for reading! I", "make my whole day.")),
    },
    Expected {
        file: "Salt and Static-ffnet_14022871.txt",
        title: "Salt and Static",
        authors: &["Merrowind"],
        breaks: 2,
        story: (
            "The radio in the keeper's cottage had",
            "old twine, a single white gull's feather.",
        ),
        preface: Some(("A/N: Hi everyone! This is", "have ended very differently.")),
        afterword: None,
    },
    Expected {
        file: "second_person_singular_FINAL.txt",
        title: "Second Person Singular",
        authors: &["bramblecat"],
        breaks: 2,
        story: (
            "Juno's grandmother had a rule about stories:",
            "said, \"with you asking how it starts.\"",
        ),
        preface: Some(("Written in one sitting", "read this, thank god.")),
        afterword: Some((
            "Author's Note: Thanks for reading!",
            "might write the wedding.",
        )),
    },
    Expected {
        file: "Последний трамвай.txt",
        title: "Последний трамвай",
        authors: &["Сова_в_пальто"],
        breaks: 1,
        story: (
            "Последний трамвай уходил из депо в двадцать",
            "к следующей остановке, пешком, никуда не торопясь.",
        ),
        preface: Some((
            "Работа написана на конкурс «Зимняя",
            "поездкой через весь город.",
        )),
        afterword: Some((
            "Спасибо, что дочитали! Трамвайное депо",
            "рада отзывам и критике.",
        )),
    },
    Expected {
        file: "tumblr_driftwood-and-dragons_lighthouse-cat.txt",
        title: "The Lighthouse Keeper's Cat",
        authors: &["driftwood-and-dragons"],
        breaks: 2,
        story: (
            "The cat came with the lighthouse. That",
            "I think I came with the lighthouse.\"",
        ),
        preface: Some((
            "for @seaglass-sundays, who asked for",
            "just vibes and sardines",
        )),
        afterword: None,
    },
    Expected {
        file: "The Weight of Small Things.txt",
        title: "The Weight of Small Things",
        authors: &["Hollis Amberley"],
        breaks: 2,
        story: (
            "My mother kept everything. Buttons, bus tickets,",
            // The key ends the story with its footnote's body; the book sets it as a
            // footnote, after the text.
            "I said, and I wrote it down.",
        ),
        preface: None,
        afterword: Some(("Thanks to my beta Priya", "about this one. x")),
    },
    Expected {
        file: "cartas_para_lisboa.txt",
        title: "Cartas para Lisboa",
        authors: &["Beatriz_Morena"],
        breaks: 1,
        story: (
            "A carta chegou numa terça-feira de chuva,",
            "Senta-te — disse Inês. — Trouxe sal.",
        ),
        preface: Some(("Notas da autora: Olá, gente!", "às três da manhã.")),
        afterword: Some(("Notas finais: Obrigada por lerem", "e até à próxima.")),
    },
    Expected {
        file: "what-the-tide-keeps.txt",
        title: "What the Tide Keeps",
        authors: &["Orla Finch"],
        breaks: 5,
        story: (
            "Before the town, there was the water,",
            "over in its sleep and listens anyway.",
        ),
        preface: Some(("for my grandmother, who taught", "names of the rocks")),
        afterword: Some(("These poems were written over", "her to tell you.")),
    },
    Expected {
        file: "Mensajes a medianoche - Capítulo 1 - Wattpad.txt",
        title: "Mensajes a medianoche",
        authors: &["luna_de_papel"],
        breaks: 1,
        story: (
            "El primer mensaje llegó a las doce",
            "rojo. —Tienes cara de estudiar la Constitución.",
        ),
        preface: None,
        afterword: Some(("Nota de la autora: ¡Holaaa!", "capítulo, el viernes. 💛")),
    },
    Expected {
        file: "The Ghostwriter (complete) - inkstained_wretch.txt",
        title: "The Ghostwriter",
        authors: &["inkstained_wretch"],
        breaks: 2,
        story: (
            "Ada had ghostwritten eleven novels, two memoirs",
            "a private joke. \"To O.,\" it said.",
        ),
        preface: Some(("This was supposed to", "for cheering me on!")),
        afterword: None,
    },
    Expected {
        file: "Overdue by pipistrelle.txt",
        title: "Overdue",
        authors: &["pipistrelle"],
        breaks: 3,
        story: (
            "The bookmobile came to Carrow Bridge every",
            "THANKS FOR READING (PLEASE RETURN BY FRIDAY)",
        ),
        preface: Some(("Hi all!! Okay so first", "honestly makes my week!")),
        afterword: Some(("Thanks for reading, genuinely. Go", "librarian. - pip x")),
    },
];

/// The stories read as the key says. Conventions of the key's the house does not share: co-authors joined into one name (the house lists each), a title set in capitals kept as written (the Tumblr post), and a one-word title over a username in the file's name ("Overdue by pipistrelle"), which the house leaves whole, since "Passing by moonlight" is a title.
const READ: &[&str] = &[
    "marginalia ao3 (copied).txt",
    "Salt and Static-ffnet_14022871.txt",
    "second_person_singular_FINAL.txt",
    "Последний трамвай.txt",
    "The Weight of Small Things.txt",
    "cartas_para_lisboa.txt",
    "what-the-tide-keeps.txt",
    "Mensajes a medianoche - Capítulo 1 - Wattpad.txt",
    "The Ghostwriter (complete) - inkstained_wretch.txt",
];

#[test]
fn anthology44_is_read_as_its_answer_key_says() {
    check_stories("anthology44", ANTHOLOGY44, Some(READ));
}
