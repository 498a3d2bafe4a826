//! anthology33's answer key (`tests/fixtures/anthology33/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind in many languages and in
//! verse — FanFicFare text in German, AO3 HTML in French and EPUB in Portuguese, Polish,
//! Czech, Dutch, an EFP page in Italian, a ficbook page in Russian, a poem cycle, a
//! sonnet sequence, haiku and a Wattpad chapter in Indonesian.

use super::*;

const ANTHOLOGY33: &[Expected] = &[
    Expected {
        file: "Was der Winter behält-ao3_52811934.txt",
        title: "Was der Winter behält",
        authors: &["Nebelkrähe"],
        breaks: 2,
        story: (
            "Der Mantel hing seit drei Wintern an",
            "„Sie bringen ihn mir im Frühjahr wieder.“",
        ),
        preface: Some(("Das ist meine erste Geschichte", "bitte nett zu mir!")),
        afterword: Some(("Danke fürs Lesen! Ich freue", "Kudos und jeden Kommentar.")),
    },
    Expected {
        file: "La_chanson_du_phare.html",
        title: "La chanson du phare",
        authors: &["mouette_grise"],
        breaks: 2,
        story: (
            "Le phare de Kerbrat n'avait plus de",
            "chantant, pour la première fois, jusqu'au bout.",
        ),
        preface: Some(("Écrit pour un défi sur", "corrigé toutes mes virgules.")),
        afterword: Some(("Merci d'avoir lu ! Les", "même un petit mot.")),
    },
    Expected {
        file: "ostatni_tramwaj.txt",
        title: "Ostatni tramwaj",
        authors: &["Zielona Herbata"],
        breaks: 3,
        story: (
            "Ostatni tramwaj linii 17 odjeżdżał z pętli",
            "i zjadł ją powoli, do ostatniego okruszka.",
        ),
        preface: Some(("Tekst napisany na konkurs na", "wszystkie błędy są moje.")),
        afterword: Some((
            "Dziękuję za przeczytanie! Każdy komentarz",
            "komentarz bardzo mnie cieszy.",
        )),
    },
    Expected {
        file: "Sklenice na okne.txt",
        title: "Sklenice na okně",
        authors: &["Vrána z Podskalí"],
        breaks: 2,
        story: (
            "Babička Hana měla na okně čtyřicet dva",
            "pod něj, menším písmem, jediné slovo: neutíkej.",
        ),
        preface: Some(("Tohle je povídka do soutěže", "za korekturu a trpělivost.")),
        afterword: None,
    },
    Expected {
        file: "Het krijtbord (definitief).docx",
        title: "Het krijtbord",
        authors: &["Bleekveld"],
        breaks: 3,
        story: (
            "Op de eerste dag van het schooljaar",
            "die nog aan het oefenen was: Dankjewel.",
        ),
        preface: Some(("Dit verhaal speelt zich af", "het prima los lezen.")),
        afterword: Some(("Bedankt voor het lezen!", "Bedankt voor het lezen!")),
    },
    Expected {
        file: "A_banca_dos_livros_esquecidos.epub",
        title: "A banca dos livros esquecidos",
        authors: &["gaivota_do_tejo"],
        breaks: 2,
        story: (
            "A banca do senhor Abílio ficava na",
            "para a rua durante o dia inteiro.",
        ),
        preface: Some(("Escrito para o desafio de", "às duas da manhã!")),
        afterword: Some((
            "Obrigada por lerem! Comentários e",
            "kudos são sempre bem-vindos.",
        )),
    },
    Expected {
        file: "Il custode delle api - EFP.txt",
        title: "Il custode delle api",
        authors: &["Lucciola_Rossa"],
        breaks: 2,
        story: (
            "Nonno Elio parlava alle api. Non a",
            "però, sono andato a dirlo alle api.",
        ),
        preface: None,
        afterword: Some((
            "L'usanza di «dire le notizie",
            "vorrà lasciarmi una recensione!",
        )),
    },
    Expected {
        file: "Снег на подоконнике — Ориджиналы — Фикбук.html",
        title: "Снег на подоконнике",
        authors: &["Полынь"],
        breaks: 2,
        story: (
            "Метеостанция на острове Долгом стояла на самом",
            "привык всё повторять, чтобы не ошибиться: «Красиво».",
        ),
        preface: Some((
            "Написано на зимний фест. Огромное",
            "за терпение и запятые!",
        )),
        afterword: Some((
            "Спасибо, что дочитали! Буду очень",
            "Буду очень рада отзывам.",
        )),
    },
    Expected {
        file: "salt-year.md",
        title: "Salt Year",
        authors: &["Wren Halloway"],
        breaks: 0,
        story: (
            "What the sea keeps, it keeps by",
            "goes out. It leaves a level line.",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "flour_salt_and_thread.txt",
        title: "Flour, Salt and Thread",
        authors: &["Agnes Merrow"],
        breaks: 0,
        story: (
            "She kept the flour in a tin",
            "let the kettle sing. It's never late.",
        ),
        preface: Some(("(for my grandmother)", "(for my grandmother)")),
        afterword: None,
    },
    Expected {
        file: "Allotment Year.txt",
        title: "Allotment Year",
        authors: &["Odile Marsh"],
        breaks: 0,
        story: (
            "first frost on the shed my father's",
            "the key where you always left it",
        ),
        preface: None,
        afterword: Some(("Written during NaPoWriMo.", "Written during NaPoWriMo.")),
    },
    Expected {
        file: "Pembaca Nomor Tujuh - Bagian 1 - Wattpad.txt",
        title: "Pembaca Nomor Tujuh",
        authors: &["senjakala_"],
        breaks: 3,
        story: (
            "Namaku Laras, dan aku menulis cerita di",
            "seminggu, aku sikat gigi dulu sebelum membalas.",
        ),
        preface: Some((
            "Halo semuanya! Ini cerita pertamaku",
            "banyak typo. Selamat membaca!",
        )),
        afterword: Some(("Jangan lupa vote dan comment", "Makasih udah baca ♡")),
    },
];

#[test]
fn anthology33_is_read_as_its_answer_key_says() {
    check("anthology33", ANTHOLOGY33);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology33_gives_every_story_its_words_in_order() {
    super::anthology21::every_story_has_the_keys_words("anthology33");
}
