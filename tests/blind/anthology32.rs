//! anthology32's answer key (`tests/fixtures/anthology32/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind as readers keep them in
//! 2026 — AO3's EPUB and HTML, FicHub's EPUB, a Tumblr post, a Reddit WritingPrompts
//! reply, Google Docs' Word file, a Scrivener RTF, FanFiction.Net in Portuguese, a
//! SpaceBattles page, a Wattpad chapter in Spanish, a LiveJournal post and a letter.

use super::*;

const ANTHOLOGY32: &[Expected] = &[
    Expected {
        file: "What_the_Cartographer_Kept.epub",
        title: "What the Cartographer Kept",
        authors: &["inkwell_and_ember"],
        breaks: 2,
        story: (
            "Isolde Varn had mapped eleven coastlines and",
            "best argument either of them ever lost.",
        ),
        preface: Some(("Thank you to my beta,", "have read that one.")),
        afterword: Some((
            "That's it for these two,",
            "on tumblr at inkwell-and-ember.",
        )),
    },
    Expected {
        file: "Static_on_Channel_Nine_by_quietfoxglove-Qm7sKd2x.epub",
        title: "Static on Channel Nine",
        authors: &["quietfoxglove"],
        breaks: 2,
        story: (
            "The radio in the fire tower had",
            "and a peach pit on the step.",
        ),
        preface: Some(("A/N: First fic in this", "me write faster. ;)")),
        afterword: Some(("A/N: And that's the end!", "it? Let me know!")),
    },
    Expected {
        file: "La_casa_de_las_campanas.html",
        title: "La casa de las campanas",
        authors: &["lunaria_escribe"],
        breaks: 2,
        story: (
            "En la casa de las campanas nadie",
            "alguien, muy lejos, estuviera aprendiendo a llamar.",
        ),
        preface: Some((
            "Escrito para el intercambio de",
            "te guste, querida destinataria!",
        )),
        afterword: Some(("Gracias a mi beta, que", "semana. ¡Nos leemos pronto!")),
    },
    Expected {
        file: "saltwater-syntax - the night ferry doesnt wait.txt",
        title: "the night ferry doesn’t wait",
        authors: &["saltwater-syntax"],
        breaks: 1,
        story: (
            "The night ferry leaves at 11:40 and",
            "the rope, finds she knows the words.",
        ),
        preface: None,
        afterword: Some(("(idk where this came from.", "my day, as always)")),
    },
    Expected {
        file: "WP - library Tuesday - reddit.txt",
        title: "You run the only library in a town where everyone has forgotten how to read. Today, someone returns a book.",
        authors: &["Marrow_and_Moss"],
        breaks: 2,
        story: (
            "The book came back on a Tuesday,",
            "think I left them on a Tuesday.",
        ),
        preface: None,
        afterword: Some(("Edit: thanks for the gold!", "if people want it.")),
    },
    Expected {
        file: "Weatherglass.docx",
        title: "Weatherglass",
        authors: &["Odile Marchetti"],
        breaks: 0,
        story: (
            "The barometer in the hall had belonged",
            "would have said was the same thing.",
        ),
        preface: Some(("A short piece written for", "and please be honest!")),
        afterword: None,
    },
    Expected {
        file: "The Bridge at Amberley.rtf",
        title: "The Bridge at Amberley",
        authors: &["Harriet Lowe-Sands"],
        breaks: 2,
        story: (
            "The manuscript came to Theo in a",
            "to say it out loud, he began.",
        ),
        preface: None,
        afterword: Some(("This story grew out of", "about all of them.")),
    },
    Expected {
        file: "O Relojoeiro de Vila Serena Chapter 1, a misc. books fanfic _ FanFiction.txt",
        title: "O Relojoeiro de Vila Serena",
        authors: &["ceciliandrade"],
        breaks: 2,
        story: (
            "Em Vila Serena, todos os relógios estavam",
            "como quem aprendeu a cantar de novo.",
        ),
        preface: Some((
            "N/A: Oi, gente! Primeira fic",
            "cidade também. Boa leitura!",
        )),
        afterword: Some(("N/A: E aí, o que", "sai semana que vem.")),
    },
    Expected {
        file: "The Salt Road _ Page 4 _ SpaceBattles.html",
        title: "The Salt Road",
        authors: &["Quillwright"],
        breaks: 1,
        story: (
            "The toll-keeper at Marrow Bridge was a",
            "just a moment, exactly like her brother.",
        ),
        preface: Some(("Sorry for the delay on", "on the last update!")),
        afterword: None,
    },
    Expected {
        file: "La caja de los miedos - Capítulo 1 - Wattpad.txt",
        title: "La caja de los miedos",
        authors: &["valeriaescribe"],
        breaks: 2,
        story: (
            "Mi hermana guardaba sus miedos en una",
            "que la caja sepa cómo se hace.",
        ),
        preface: Some(("N/A: ¡Hola, hola! Nuevo capítulo.", "me ayuda muchísimo 💛")),
        afterword: None,
    },
    Expected {
        file: "autumn_lights - fic_ Lantern Weather (MarenCass, PG).txt",
        title: "Lantern Weather",
        authors: &["thistledown"],
        breaks: 2,
        story: (
            "The lantern festival was cancelled for rain",
            "rains,\" said Maren. \"Especially if it rains.\"",
        ),
        preface: Some((
            "Written for the autumn_lights prompt",
            "out of deleting this.",
        )),
        afterword: None,
    },
    Expected {
        file: "before the frost (final).txt",
        title: "Before the Frost",
        authors: &["Juniper Hale"],
        breaks: 1,
        story: (
            "Dear Rosalind, You will be reading this",
            "under the blue pot. You knew that.",
        ),
        preface: None,
        afterword: Some(("Thank you for reading, lovelies!", "keep me going. <3")),
    },
];

#[test]
fn anthology32_is_read_as_its_answer_key_says() {
    check("anthology32", ANTHOLOGY32);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology32_gives_every_story_its_words_in_order() {
    super::anthology21::every_story_has_the_keys_words("anthology32");
}
