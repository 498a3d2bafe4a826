//! anthology36's answer key (`tests/fixtures/anthology36/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind from FanFiction.Net and
//! hand-typed text — FanFicFare in Spanish, a saved FFN page, a mobile copy in French,
//! FicHub's EPUB, a note over a list of warnings, a script, German, Portuguese, review
//! replies, a Google Docs export, Swedish and a story in letters.

use super::*;

const ANTHOLOGY36: &[Expected] = &[
    Expected {
        file: "La luz de la ventana-ffnet_13567890.txt",
        title: "La luz de la ventana",
        authors: &["LunaDeAlgodón"],
        breaks: 1,
        story: (
            "La nieve había cubierto el jardín de",
            "durmió sin soñar con páginas en blanco.",
        ),
        preface: Some(("N/A: ¡Hola! Este es mi", "ratito. ¡Gracias por leer!")),
        afterword: None,
    },
    Expected {
        file: "The Matter of the Blue Umbrella Chapter 1, a sherlock holmes fanfic _ FanFiction.html",
        title: "The Matter of the Blue Umbrella",
        authors: &["Inkwell Ashgrove"],
        breaks: 2,
        story: (
            "It had been raining on Baker Street",
            "I thought, and did not say so.",
        ),
        preface: Some((
            "Disclaimer: I don't own Sherlock",
            "Prompt was \"umbrella\". Enjoy!",
        )),
        afterword: Some(("A/N: Thank you so much", "if people want it.")),
    },
    Expected {
        file: "sous les paves - ch2.txt",
        title: "Sous les pavés",
        authors: &["Plume de Montmartre"],
        breaks: 2,
        story: (
            "Gavroche avait faim, ce qui n'était pas",
            "Moi ? Je suis celui qui mange.",
        ),
        preface: None,
        afterword: Some(("N/A : Merci d'avoir lu", "ça me motive énormément.")),
    },
    Expected {
        file: "Tea_at_the_Wrong_Hour_by_Marchhare_Misfit-Qm7xK2pa.epub",
        title: "Tea at the Wrong Hour",
        authors: &["Marchhare Misfit"],
        breaks: 1,
        story: (
            "The door was smaller than Alice remembered,",
            "PLEASE RETURN ALL BOOKS, TEAPOTS AND DORMICE.",
        ),
        preface: Some(("A/N: Written for my sister,", "and concrit always welcome!")),
        afterword: None,
    },
    Expected {
        file: "what_the_river_keeps.txt",
        title: "What the River Keeps",
        authors: &["Corvid Rook"],
        breaks: 2,
        story: (
            "The bridge at Harrow Ford had been",
            "rushing underneath them, keeping whatever it kept.",
        ),
        preface: Some(("Author's Note: This one is", "Take care of yourselves.")),
        afterword: None,
    },
    Expected {
        file: "Cue Lights (final).txt",
        title: "Cue Lights",
        authors: &["Pell Okonkwo-Reyes"],
        breaks: 0,
        story: (
            "INT. THE LITTLE VICTORIA THEATRE - BACKSTAGE",
            "light blinks green one more time. BLACKOUT.",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "brotkrumen.txt",
        title: "Brotkrumen",
        authors: &["Waldkauz"],
        breaks: 2,
        story: (
            "Gretel war inzwischen Bäckerin, und das fanden",
            "haben würden, begann sie, Teig zu kneten.",
        ),
        preface: Some(("A/N: Hallo ihr Lieben! Das", "gehört mir. Viel Spaß!")),
        afterword: Some(("A/N: Danke fürs Lesen! Ich", "darf sie gern dalassen.")),
    },
    Expected {
        file: "cafe com leite - girassol.txt",
        title: "Café com leite",
        authors: &["girassol_de_papel"],
        breaks: 2,
        story: (
            "A Bia mandou a primeira mensagem às",
            "invisível, e só eu sei por quê.",
        ),
        preface: Some(("Nota: essa história nasceu de", "os culpados. Boa leitura!")),
        afterword: None,
    },
    Expected {
        file: "A Sermon for Mary.txt",
        title: "A Sermon for Mary",
        authors: &["Lady Quillsby"],
        breaks: 1,
        story: (
            "Mary Bennet had decided, somewhere around her",
            "stop to wonder whether anyone was listening.",
        ),
        preface: None,
        afterword: Some((
            "Review replies: Darcyisms: Ha, yes,",
            "be more Mary eventually.",
        )),
    },
    Expected {
        file: "The Night Shift at Marigold Station.txt",
        title: "The Night Shift at Marigold Station",
        authors: &["Tamsin Hollowell"],
        breaks: 2,
        story: (
            "The last train out of Marigold Station",
            "he always did, to buy his ticket.",
        ),
        preface: None,
        afterword: Some(("A/N: This started as a", "it's coming, I promise!")),
    },
    Expected {
        file: "midsommarnatten_v2.txt",
        title: "Midsommarnatten",
        authors: &["Fjärilsdamm"],
        breaks: 2,
        story: (
            "Det regnade på midsommarafton, som det alltid",
            "precis så här. Och det är bättre.",
        ),
        preface: None,
        afterword: Some((
            "Författarens kommentar: Tack för att",
            "själv. Kommentarer värmer alltid.",
        )),
    },
    Expected {
        file: "letters-from-the-northern-line.txt",
        title: "Letters from the Northern Line",
        authors: &["Wren Ashby"],
        breaks: 3,
        story: (
            "Dear Ma, I got here safe. The",
            "the kettle on. Your loving son, Tom",
        ),
        preface: None,
        afterword: Some(("Huge thanks to my beta,", "bus. Love you, H.")),
    },
];

/// The stories read as the key says. Not yet: a sign in capitals that ends the story (read as the
/// closing note), and a script's scene headings.
const READ: &[&str] = &[
    "La luz de la ventana-ffnet_13567890.txt",
    "The Matter of the Blue Umbrella Chapter 1, a sherlock holmes fanfic _ FanFiction.html",
    "sous les paves - ch2.txt",
    "what_the_river_keeps.txt",
    "brotkrumen.txt",
    "cafe com leite - girassol.txt",
    "A Sermon for Mary.txt",
    "The Night Shift at Marigold Station.txt",
    "midsommarnatten_v2.txt",
    "letters-from-the-northern-line.txt",
];

#[test]
fn anthology36_is_read_as_its_answer_key_says() {
    check_stories("anthology36", ANTHOLOGY36, Some(READ));
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology36_gives_every_story_its_words_in_order() {
    // Not the two of `READ`'s note.
    super::anthology21::every_story_but_has_the_keys_words(
        "anthology36",
        &[
            "Tea_at_the_Wrong_Hour_by_Marchhare_Misfit-Qm7xK2pa.epub",
            "Cue Lights (final).txt",
        ],
    );
}
