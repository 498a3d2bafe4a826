//! anthology35's answer key (`tests/fixtures/anthology35/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve AO3 works written blind in all the forms they
//! come in — HTML and EPUB downloads (English, Italian, Korean, a poem), text copied out
//! of a PDF download, page copies (Spanish, a reader view, a gift work), a saved page
//! with a table, FanFicFare's EPUB and text, and FicHub's EPUB.

use super::*;

const ANTHOLOGY35: &[Expected] = &[
    Expected {
        file: "The_Cartographers_Apprentice.html",
        title: "The Cartographer’s Apprentice",
        authors: &["inkwell_heron"],
        breaks: 2,
        story: (
            "The map arrived on a Tuesday, rolled",
            "it. She decided that did not matter.",
        ),
        preface: Some(("This started as a drabble", "knows what she did.")),
        afterword: Some(("Thank you for every comment.", "map is coming, eventually.")),
    },
    Expected {
        file: "Il_sale_sulle_mani.epub",
        title: "Il sale sulle mani",
        authors: &["lucciola_nera"],
        breaks: 1,
        story: (
            "La barca si chiamava Speranza, come metà",
            "e nessuna fretta di tornare a terra.",
        ),
        preface: Some(("Prima storia che pubblico in", "dopo anni. Siate gentili!")),
        afterword: Some(("Grazie a chi è arrivato", "frase di mia nonna.")),
    },
    Expected {
        file: "Lighthouse Hours (copied from PDF).txt",
        title: "Lighthouse Hours",
        authors: &["quietbrass"],
        breaks: 2,
        story: (
            "The storm came in sideways a little",
            "She did not close it until noon.",
        ),
        preface: Some(("Written for the Northlight Winter", "Lyrics are my own.")),
        afterword: Some(("Thanks to everyone who came", "to the exchange reveal.")),
    },
    Expected {
        file: "Lo que el río devuelve - marea_alta - Crónicas del Valle Hondo (Videojuego) [Archive of Our Own].txt",
        title: "Lo que el río devuelve",
        authors: &["marea_alta"],
        breaks: 2,
        story: (
            "En Valle Hondo todo el mundo sabía",
            "Inés decidió que, por hoy, eso bastaba.",
        ),
        preface: Some(("Hola a todas. Esto nació", "los errores son míos.")),
        afterword: Some((
            "¡Gracias por leer! Los comentarios",
            "me alegran la semana.",
        )),
    },
    Expected {
        file: "Inventory of a Quiet House - Thimbleweed - The Hollowmere Papers [Archive of Our Own].html",
        title: "Inventory of a Quiet House",
        authors: &["Thimbleweed"],
        breaks: 2,
        story: (
            "The house on Ferris Lane had been",
            "old things do, and began to tick.",
        ),
        preface: Some(("Formatting warning: there is a", "fought me on both.")),
        afterword: Some((
            "Thank you for reading! Kudos",
            "comments are always appreciated.",
        )),
    },
    Expected {
        file: "Les heures bleues-ao3_50019374.epub",
        title: "Les heures bleues",
        authors: &["Corbeau_de_Minuit"],
        breaks: 2,
        story: (
            "Chaque soir, à l'heure où le ciel",
            "C'était une autre façon de dire merci.",
        ),
        preface: Some(("Pour le défi « Une", "pour la relecture !")),
        afterword: Some(("Merci d'avoir lu. N'hésitez pas", "laisser un petit mot.")),
    },
    Expected {
        file: "Field Notes on Small Dragons-ao3_46602119.txt",
        title: "Field Notes on Small Dragons",
        authors: &["PaperCrane42"],
        breaks: 2,
        story: (
            "Every first-year at Emberwick was assigned a",
            "never bit her again. Well, hardly ever.",
        ),
        preface: Some(("Chapter two is mostly the", "You have been warned.")),
        afterword: Some(("Pip is based on my", "has not read this.")),
    },
    Expected {
        file: "three missed calls - reading mode.txt",
        title: "Three Missed Calls",
        authors: &["larkspur_and_lime"],
        breaks: 2,
        story: (
            "Sam's phone buzzed against the desk for",
            "Dev: bring the spreadsheet Sam: absolutely not",
        ),
        preface: Some(("Texts are in monospace on", "your reader eats that.")),
        afterword: Some(("Title from the notification on", "a bit sad, honestly.")),
    },
    Expected {
        file: "겨울_정류장.html",
        title: "겨울 정류장",
        authors: &["달빛우체국"],
        breaks: 2,
        story: (
            "눈이 내리기 시작한 것은 밤 열한 시가",
            "그녀는 내일 조금 늦게 퇴근해도 괜찮겠다고 생각했다.",
        ),
        preface: Some((
            "오랜만에 쓰는 단편입니다. 겨울 분위기를",
            "겨울 분위기를 내고 싶었어요.",
        )),
        afterword: Some((
            "읽어 주셔서 감사합니다. 따뜻한 겨울",
            "감사합니다. 따뜻한 겨울 보내세요.",
        )),
    },
    Expected {
        file: "Salt_Psalms_for_a_Drowned_Town.epub",
        title: "Salt Psalms for a Drowned Town",
        authors: &["wrenfeather"],
        breaks: 5,
        story: (
            "They let the water in on a",
            "to the water. Let the water rest.",
        ),
        preface: Some(("Poetry, which I never post.", "so I named it.")),
        afterword: None,
    },
    Expected {
        file: "The Night Market Accord by moth_in_amber-mRk2Xw7Q.epub",
        title: "The Night Market Accord",
        authors: &["moth_in_amber"],
        breaks: 2,
        story: (
            "The night market opened when the last",
            "the thin blue light, arguing about broth.",
        ),
        preface: Some((
            "Post-game, spoilers for the Lanternfall",
            "canon in my heart.",
        )),
        afterword: Some(("The sign is real. Well,", "real in my head.")),
    },
    Expected {
        file: "What the Orchard Remembers - sparrowhawk_rising - gift for fernwhistle.txt",
        title: "What the Orchard Remembers",
        authors: &["sparrowhawk_rising"],
        breaks: 2,
        story: (
            "The orchard gate still stuck in the",
            "shoelace and fallen asleep against her knee.",
        ),
        preface: Some(("Happy birthday, Fern! You asked", "all go and read.")),
        afterword: Some(("Thanks for reading, and happy", "beta in the fandom.")),
    },
];

/// The stories read as the key says. Not yet: text copied out of an AO3 PDF (its running
/// heads and page numbers), and FanFicFare's chapter summary over its first chapter note.
const READ: &[&str] = &[
    "The_Cartographers_Apprentice.html",
    "Il_sale_sulle_mani.epub",
    "Lo que el río devuelve - marea_alta - Crónicas del Valle Hondo (Videojuego) [Archive of Our Own].txt",
    "Inventory of a Quiet House - Thimbleweed - The Hollowmere Papers [Archive of Our Own].html",
    "Les heures bleues-ao3_50019374.epub",
    "three missed calls - reading mode.txt",
    "겨울_정류장.html",
    "Salt_Psalms_for_a_Drowned_Town.epub",
    "The Night Market Accord by moth_in_amber-mRk2Xw7Q.epub",
    "What the Orchard Remembers - sparrowhawk_rising - gift for fernwhistle.txt",
];

#[test]
fn anthology35_is_read_as_its_answer_key_says() {
    check_stories("anthology35", ANTHOLOGY35, Some(READ));
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology35_gives_every_story_its_words_in_order() {
    // Not the two of `READ`'s note.
    super::anthology21::every_story_but_has_the_keys_words(
        "anthology35",
        &[
            "Lighthouse Hours (copied from PDF).txt",
            "Field Notes on Small Dragons-ao3_46602119.txt",
        ],
    );
}
