//! anthology9's answer key (`tests/fixtures/anthology9/EXPECTED.md`): twelve stories
//! written blind, from a saved archive page to a Markdown file.

use super::*;

const ANTHOLOGY9: &[Expected] = &[
    Expected {
        file: "quarrymans-almanac.html",
        title: "The Quarryman’s Almanac",
        authors: &["cwtch_and_compass"],
        breaks: 4,
        story: (
            "Every slate remembers the rain that split it.",
            "Manod hidden all day. Ifan came round with milk.",
        ),
        preface: Some((
            "Set about six months after the series finale",
            "for telling me that nobody in Gwynedd says gosh",
        )),
        afterword: Some((
            "Thank you so much for reading! A few things, since people asked on the WIP post",
            "Kudos and comments are always, always appreciated. Diolch yn fawr!",
        )),
    },
    Expected {
        file: "inventory.txt",
        title: "Inventory",
        authors: &["saltwater_scribe"],
        breaks: 0,
        story: ("The storm took the jetty", "she went looking for the hens."),
        // The summary, the prompt and the disclaimer, in any order.
        preface: Some(("Prompt: #412", "")),
        afterword: None,
    },
    Expected {
        file: "schleusenwaerterin.html",
        title: "Die Schleusenwärterin",
        authors: &["elbkind_schreibt"],
        breaks: 3,
        story: (
            "Um 3:15 Uhr klingelte das Telefon im Schleusenwärterhäuschen",
            "„Nein“, sagte Hannelore. „Aber Sie dürfen wiederkommen und es abschreiben. Ich mache Kaffee.“",
        ),
        preface: Some((
            "Hallo zusammen! Das hier ist mein Beitrag zum Flusslichter-Wichteln 2023",
            "Viel Spaß beim Lesen!",
        )),
        afterword: Some((
            "Danke fürs Lesen! Die Schleuse Wendelsee gibt es nicht",
            "Kommentare und Kudos freuen mich wie immer riesig.",
        )),
    },
    Expected {
        file: "seen-at-214.txt",
        title: "Seen at 2:14",
        authors: &["moth_and_marigold"],
        breaks: 0,
        story: (
            "Juniper had been staring at the ceiling",
            "She knocked back.",
        ),
        preface: Some((
            "hiii it's been forever!!",
            "sorry not sorry. happy reading!",
        )),
        afterword: Some(("ok that's it!!", "i read every single one")),
    },
    Expected {
        file: "what-yevgenia-kept.txt",
        title: "What Yevgenia Kept",
        authors: &["tundra_and_tea"],
        breaks: 4,
        story: (
            "The boy on the landing was perhaps twenty-five",
            "\"That we came in early,\" she said. \"Both of us. Just the once.\"",
        ),
        preface: Some((
            "For Ilse Varga's birthday weekend",
            "please don't correct me in the comments, I'm begging you.",
        )),
        afterword: Some((
            "Thank you for reading! The Tchaikovsky is real",
            "or you can email me at tundra.and.tea@example.com.",
        )),
    },
    Expected {
        file: "poste-restante.txt",
        title: "Poste restante",
        authors: &["Capucine Ferrand"],
        breaks: 5,
        story: (
            "Pendant trente et un ans, la lettre était restée dans le casier numéro 14",
            "C'était une habitude, c'est tout.",
        ),
        preface: Some((
            "petit OS écrit pour le défi de décembre du forum",
            "Bonne lecture !",
        )),
        afterword: Some((
            "Merci d'avoir lu !",
            "mais je vous laisse chercher lequel.)",
        )),
    },
    Expected {
        file: "il-cappotto.txt",
        title: "Il cappotto",
        authors: &["notturna_g"],
        breaks: 0,
        story: (
            "Il cappotto di mio padre è rimasto appeso all'ingresso",
            "Le chiavi non ho mai scoperto cosa aprano.",
        ),
        preface: Some(("flash fic scritta in mezz'ora", "Buona lettura!")),
        afterword: Some((
            "Grazie per aver letto!",
            "cosa avete trovato voi nelle tasche di qualcuno.",
        )),
    },
    Expected {
        file: "night-ferry.txt",
        title: "Night Ferry to Caddo Point",
        authors: &["harbourlights"],
        breaks: 2,
        story: (
            "The last ferry out of Harrow Landing left at 11:40",
            "\"I think she did it on purpose,\" she said.",
        ),
        // Chapter 1's summary may close the preface, EXPECTED.md says; here it does.
        preface: Some((
            "This started as a 500-word prompt fill",
            "The last boat of the night has one passenger.",
        )),
        afterword: Some((
            "Thank you so much for reading! This is my first time writing Ruth",
            "Comments and kudos make my whole week. See you next prompt!",
        )),
    },
    Expected {
        file: "las-horas-del-faro.txt",
        title: "Las horas del faro",
        authors: &["lunadeagosto"],
        breaks: 2,
        story: (
            "La primera noche que el faro de Punta Candela no se encendió",
            "Es para que los que se quedan en tierra sepan que alguien está despierto.",
        ),
        preface: Some((
            "Disclaimer: El guardián de la niebla",
            "¡Espero que les guste!",
        )),
        afterword: Some((
            "¡Gracias por leer! Este fic se lo dedico a mi abuelo",
            "¡Nos leemos pronto!",
        )),
    },
    Expected {
        file: "salt-and-rye.txt",
        title: "Salt and Rye",
        authors: &["tinderbox_wren"],
        breaks: 3,
        story: (
            "Every baker in Harlow Street warded her ovens",
            "said goodnight to the fire, and the fire, in its way, said goodnight back.",
        ),
        preface: Some((
            "Hi all, long-time reader, first time posting in Creative Writing.",
            "I'm trying to get better at endings!",
        )),
        afterword: Some((
            "That's the end! Thanks so much for reading.",
            "Crit on the ending especially appreciated, I rewrote it four times.",
        )),
    },
    Expected {
        file: "poslednyaya-elektrichka.txt",
        title: "Последняя электричка",
        authors: &["Сорока на проводе"],
        breaks: 3,
        story: (
            "Последняя электричка на Сергиев Посад уходила с Ярославского вокзала в 23:40",
            "— Я знаю! — крикнул он. — В книге поставил!",
        ),
        preface: Some(("Моей учительнице литературы", "Буду очень рада отзывам!")),
        afterword: Some((
            "Спасибо всем, кто дочитал!",
            "где я выкладываю черновики: t.me/soroka_na_provode",
        )),
    },
    Expected {
        file: "last-tram.md",
        title: "Last Tram to Ashgrove",
        authors: &["Odile Marchetti-Brown"],
        breaks: 3,
        story: (
            "The number 9 tram to Ashgrove had been running for a hundred and four years",
            "\"Probably,\" she said. \"Eventually. Want some cake?\"",
        ),
        preface: Some((
            "This was written for the Small Hours zine (2024)",
            "Thanks to Bea for the read-through and for knowing what a pantograph is.",
        )),
        afterword: Some((
            "Thank you so much for reading! If you want to hear the song",
            "Comments always make my day.",
        )),
    },
];

#[test]
fn anthology9_is_read_as_its_answer_key_says() {
    check("anthology9", ANTHOLOGY9);
}
