//! anthology41's answer key (`tests/fixtures/anthology41/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind, the files readers most often bring as text: FanFicFare downloads of AO3, FanFiction.Net, Royal Road and AO3 in Russian, copies of AO3, FanFiction.Net (German), SpaceBattles, Wattpad (Spanish) and Tumblr pages, a verse story, a Portuguese songfic and a Dreamwidth community post. The stories in
//! `READ` are read as the key says and checked.

use super::*;

const ANTHOLOGY41: &[Expected] = &[
    Expected {
        file: "The Weight of Small Bells-ao3_41872265.txt",
        title: "The Weight of Small Bells",
        authors: &["quietlanterns"],
        breaks: 1,
        story: (
            "The foundry at Eastmere had not cast",
            "shouted that she could hear the horse.",
        ),
        preface: Some(("Hello again! This started as", "\"sing\" when it cools.")),
        afterword: Some(("And that's the end! Thank", "me about tin ratios.")),
    },
    Expected {
        file: "Lanternlight Over Harrowgate-ffnet_13920455.txt",
        title: "Lanternlight Over Harrowgate",
        authors: &["Wren Fallowmere"],
        breaks: 2,
        story: (
            "The lanterns on the Harrowgate wall were",
            "did, he noticed his hands were warm.",
        ),
        preface: Some(("Disclaimer: I don't own Skyhook", "it. Reviews are love!")),
        afterword: None,
    },
    Expected {
        file: "Overdue - paperwhale - Night Shift at the Hollis Library [Archive of Our Own].txt",
        title: "Overdue",
        authors: &["paperwhale"],
        breaks: 2,
        story: (
            "The book came back through the returns",
            "sorry, saying it was a good book.",
        ),
        preface: Some(("For Juno, who asked for", "I hope this counts.")),
        afterword: Some(("Thank you for reading! Marguerite's", "tumblr if you want.")),
    },
    Expected {
        file: "Was der Nebel behält Chapter 1_ Was der Nebel behält, a die sternwarte von kellwald fanfic _ FanFiction.txt",
        title: "Was der Nebel behält",
        authors: &["Lindgrün"],
        breaks: 1,
        story: (
            "Der Bus hielt an der Kreuzung vor",
            "ungeübten Schrift: Sichtkontakt. Zehn Minuten. Ich bleibe.",
        ),
        preface: Some(("A/N: Hallo ihr Lieben! Das", "Viel Spaß beim Lesen!")),
        afterword: None,
    },
    Expected {
        file: "Ledger of the Drowned Cartographer-rrl_58203.txt",
        title: "Ledger of the Drowned Cartographer",
        authors: &["Ferrous_Quill"],
        breaks: 2,
        story: (
            "The water reached the third stair of",
            "exactly Master Oskel's expression of weary disappointment.",
        ),
        preface: None,
        afterword: Some(("A/N: Thanks for reading chapter", "See you next chapter!")),
    },
    Expected {
        file: "Brasswork Saints (Original, Industrial Fantasy) - Chapter 7 Field Notes _ SpaceBattles.txt",
        title: "Brasswork Saints, Chapter 7: Field Notes",
        authors: &["Kettleblack"],
        breaks: 2,
        story: (
            "The saint had stopped at nine minutes",
            "letters: Not lying. Grieving. Same thing, sometimes.",
        ),
        preface: Some(("Content warnings: a dead body", "this time, as promised.")),
        afterword: None,
    },
    Expected {
        file: "Lo que guardan las gaviotas - Tres_ La radio del abuelo - Wattpad.txt",
        title: "Lo que guardan las gaviotas",
        authors: &["lunadesal_"],
        breaks: 1,
        story: (
            "La radio del abuelo llevaba años sin",
            "aguja marcaba una frecuencia que no existía.",
        ),
        preface: None,
        afterword: Some(("Nota de autora: ¡Holaaa! Perdón", "(esta vez de verdad).")),
    },
    Expected {
        file: "left on read (tumblr post).txt",
        title: "Left on Read",
        authors: &["moth-and-marigold"],
        breaks: 2,
        story: (
            "The first text came in at 2:47",
            "and for once, it was on time.",
        ),
        preface: Some(("this was supposed to be", "men. reblogs > likes!!")),
        afterword: None,
    },
    Expected {
        file: "ferrymans_daughter_FINAL_v2.txt",
        title: "The Ferryman’s Daughter Counts the Crossings",
        authors: &["Alder Penhallow"],
        breaks: 0,
        story: (
            "What the river carries, it does not",
            "the one thing it was given: him.",
        ),
        preface: None,
        afterword: Some(("Written for the Low Water", "but did count everything.")),
    },
    Expected {
        file: "songfic - quando a mare virar.txt",
        title: "Quando a Maré Virar",
        authors: &["biacastanheira"],
        breaks: 1,
        story: (
            "O bar do Seu Jorge ficava cheio",
            "eu ainda sei o caminho do cais.",
        ),
        preface: Some((
            "N/A: Oi gente! Primeira songfic",
            "de preferência com chuva.",
        )),
        afterword: Some(("N/A: E é isso! Se", "de vista da Lia?")),
    },
    Expected {
        file: "Последний трамвай-ao3_52217703.txt",
        title: "Последний трамвай",
        authors: &["sinyaya_chashka"],
        breaks: 2,
        story: (
            "Последний трамвай семнадцатого маршрута уходил из депо",
            "графику не полагается. Но это тоже обещание.",
        ),
        preface: Some(("Написано на осенний фест по", "все оставшиеся ошибки мои.")),
        afterword: Some((
            "Спасибо, что дочитали! Маршрут семнадцать",
            "рада отзывам и кудосам.",
        )),
    },
    Expected {
        file: "hollowlane_fic_dreamwidth_copy.txt",
        title: "The Postmistress of Hollow Lane",
        authors: &["inkwell_and_ivy"],
        breaks: 1,
        story: (
            "For eleven years, letters had come to",
            "village. You are the first. Thank you.",
        ),
        preface: Some((
            "Disclaimer: The Hollow Lane books",
            "mods for the extension!",
        )),
        afterword: None,
    },
];

/// The stories read as the key says. Not yet, or a convention of the key's the house does not share: a spaced hyphen set as a dash (the AO3 copy), German straight quotes set as „…“ (the FanFiction.Net copy), a SpaceBattles threadmark's title (the key names the thread and the threadmark) and a numbered line in a field notebook read as a list. The Tumblr post's `A/N:` is the label of its header's field, so the note starts after it.
const READ: &[&str] = &[
    "The Weight of Small Bells-ao3_41872265.txt",
    "Lanternlight Over Harrowgate-ffnet_13920455.txt",
    "Ledger of the Drowned Cartographer-rrl_58203.txt",
    "Lo que guardan las gaviotas - Tres_ La radio del abuelo - Wattpad.txt",
    "left on read (tumblr post).txt",
    "ferrymans_daughter_FINAL_v2.txt",
    "songfic - quando a mare virar.txt",
    "Последний трамвай-ao3_52217703.txt",
    "hollowlane_fic_dreamwidth_copy.txt",
];

#[test]
fn anthology41_is_read_as_its_answer_key_says() {
    check_stories("anthology41", ANTHOLOGY41, Some(READ));
}
