//! anthology25's answer key (`tests/fixtures/anthology25/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind in the shapes stories
//! really arrive in — FanFicFare's text (Spanish, from FanFiction.Net, no contents list),
//! HTML and EPUB downloads of AO3 works with per-chapter notes, an AO3 page copied in
//! Portuguese, AO3's HTML (French) and EPUB (Russian) downloads, a Markdown poem, a
//! Wattpad part copied with the story's counts, a LiveJournal post with its cut tags, a
//! Polish Word file, a SpaceBattles thread page and a Windows-1252 text file.

use super::*;

const ANTHOLOGY25: &[Expected] = &[
    Expected {
        file: "Lo que guarda el faro-lunademarzo88.txt",
        title: "Lo que guarda el faro",
        authors: &["lunademarzo88"],
        breaks: 2,
        story: (
            "Marina llegó a Punta Gris con una",
            "de pie y se quitó la gorra.",
        ),
        preface: Some(("N/A: ¡Hola de nuevo! Este", "Espero que lo disfruten.")),
        afterword: Some(("N/A: Y aquí termina. Sé", "día. ¡Nos leemos pronto!")),
    },
    Expected {
        file: "A receita da vó Dita - AO3.txt",
        title: "A receita da vó Dita",
        authors: &["cafe_com_chuva"],
        breaks: 0,
        story: (
            "O caderno de receitas da vó Dita",
            "foi a primeira nova em nove anos.",
        ),
        preface: Some(("Essa história nasceu de uma", "à Lu pela betagem!")),
        afterword: Some(("Se você chegou até aqui,", "um emoji de bolo.")),
    },
    Expected {
        file: "TheCartographersApprentice-ao3_55501337.html",
        title: "The Cartographer’s Apprentice",
        authors: &["inkwell_and_compass"],
        breaks: 2,
        story: (
            "Odile had mapped every street in Vennholm",
            "a street with someone walking down it.",
        ),
        preface: Some(("Written for the Small Fandoms", "is where things happen.")),
        afterword: Some(("And that's the end! I", "read all of them.")),
    },
    Expected {
        file: "salt-psalm.md",
        title: "Salt Psalm",
        authors: &["Wren Aldous"],
        breaks: 1,
        story: (
            "The harbour keeps its hours like a",
            "learned to count it in as well.",
        ),
        preface: Some(("Written on the ferry home", "mouth, not the page.")),
        afterword: None,
    },
    Expected {
        file: "Pismo bez adresa.epub",
        title: "Письмо без адреса",
        authors: &["sineva_v_okne"],
        breaks: 2,
        story: (
            "Вера Павловна носила письма по улице Садовой",
            "он и отступил, пропуская её в дом.",
        ),
        preface: Some(("Это мой первый текст на", "в три часа ночи.")),
        afterword: Some((
            "Спасибо, что дочитали! Письмо самой",
            "рада комментариям и кудосам.",
        )),
    },
    Expected {
        file: "Read Receipts - Part 4.txt",
        title: "Read Receipts",
        authors: &["midnightmochi"],
        breaks: 1,
        story: (
            "The thing about Theo Marsh was that",
            "did not mind being seen at all.",
        ),
        preface: None,
        afterword: Some(("A/N: AAAHHH they finally talked!!!", "Love you all <3")),
    },
    Expected {
        file: "lost_property_office_marmalade_moth.txt",
        title: "The Lost Property Office",
        authors: &["marmalade_moth"],
        breaks: 2,
        story: (
            "The Lost Property Office at Crewe Junction",
            "for the rest of her working life.",
        ),
        preface: Some((
            "For the prompt \"something left",
            "vaguely in the Seventies.",
        )),
        afterword: Some(("Thank you for reading! Comments", "had a violin inside.")),
    },
    Expected {
        file: "Herbata z sokiem malinowym (poprawione).docx",
        title: "Herbata z sokiem malinowym",
        authors: &["Agnieszka Wrzos"],
        breaks: 2,
        story: (
            "Zima przyszła do Szczawnicy w nocy, bez",
            "będzie wiedział, że to właściwie jest list.",
        ),
        preface: Some((
            "Od autorki: To opowiadanie napisałam",
            "lepsze niż jakiekolwiek lekarstwo.",
        )),
        afterword: Some((
            "PS. Babcia przeczytała to opowiadanie",
            "jest. Dziękuję za przeczytanie!",
        )),
    },
    Expected {
        file: "La chanson du passeur.html",
        title: "La chanson du passeur",
        authors: &["brume_de_loire"],
        breaks: 1,
        story: (
            "Le bac de Montjean partait toutes les",
            "mieux le laisser seul avec la rivière.",
        ),
        preface: Some((
            "Un petit texte d'automne, écrit",
            "le second arrive demain.",
        )),
        afterword: Some(("Voilà, c'est fini. Merci d'avoir", "même un tout petit.")),
    },
    Expected {
        file: "Margins-ao3_56789012.epub",
        title: "Margins",
        authors: &["tea_and_tangents"],
        breaks: 2,
        story: (
            "\"We read to know we are not",
            "they later agreed meant something else entirely.",
        ),
        preface: Some(("This started as a joke", "second one on Sunday.")),
        afterword: Some(("That's all, folks. Kudos and", "argue about Jane Austen.")),
    },
    Expected {
        file: "Ledger of the Last Garrison (Original, Military Fantasy) _ SpaceBattles.html",
        title: "Ledger of the Last Garrison",
        authors: &["IronMarmot"],
        breaks: 2,
        story: (
            "Quartermaster Ilse Varga had survived the siege",
            "Next time, put it in the ledger.\"",
        ),
        preface: Some(("A/N: Bit of a breather", "familiar to old voters.")),
        afterword: Some(("Next chapter is the thaw,", "on the last update!")),
    },
    Expected {
        file: "night shift at elm street.txt",
        title: "The Night Shift at Elm Street Library",
        authors: &["Dana K. Whitfield"],
        breaks: 2,
        story: (
            "The Elm Street branch of the Harlow",
            "already knew it would come back late.",
        ),
        preface: Some(("Author’s Note: This is the", "Biscuit and hated everyone.")),
        afterword: Some(("Thanks for reading! If you", "maybe a Christmas one.")),
    },
];

#[test]
fn anthology25_is_read_as_its_answer_key_says() {
    check("anthology25", ANTHOLOGY25);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology25_gives_every_story_its_words_in_order() {
    super::anthology21::every_story_has_the_keys_words("anthology25");
}
