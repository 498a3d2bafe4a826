//! anthology20's answer key (`tests/fixtures/anthology20/EXPECTED.md`): eleven stories
//! written blind in the shapes people download — a Fimfiction HTML download, a Quotev
//! page, a Wattpad downloader's EPUB with notes in Portuguese, an AO3 EPUB of three
//! chapters, a Calibre EPUB converted from Word, a FicWad page in ISO-8859-1, a cohost
//! post, a Royal Road chapter pasted without the site's menu, a newsletter mail (`.eml`,
//! quoted-printable, plain and HTML parts), a Notepad story in Spanish (Windows-1252,
//! CRLF, a song) and Markdown with front matter, text messages with hard breaks, a list
//! and a footnote in a quoted message.

use super::*;

const ANTHOLOGY20: &[Expected] = &[
    Expected {
        file: "Lanterns Over Whitetail Wood.html",
        title: "Lanterns Over Whitetail Wood",
        authors: &["Quillfeather"],
        breaks: 2,
        story: (
            "Tansy Bell had never been trusted with",
            "waiting for her like an old friend.",
        ),
        preface: Some(("This started life as a", "Starling Quill for pre-reading!")),
        afterword: Some(("If you liked this, there’s", "free to say hi.")),
    },
    Expected {
        file: "Salt and Starlight - Chapter 1_ The Singing Water _ Quotev.html",
        title: "Salt and Starlight",
        authors: &["moonlit_marrow"],
        breaks: 1,
        story: (
            "The ship’s cook swore the sea was",
            "was not as empty as he thought.",
        ),
        preface: Some(("Dedicated to Kasia, who made", "phase everyone had. Enjoy!")),
        afterword: Some(("A/N: should I do a", "don’t forget to like!")),
    },
    Expected {
        file: "The Cartographer's Daughter - inkandmoth.epub",
        title: "The Cartographer’s Daughter",
        authors: &["inkandmoth"],
        breaks: 1,
        story: (
            "My father drew maps of places that",
            "father said, and held out a pen.",
        ),
        preface: Some((
            "N/A: Oi, gente! Primeira história",
            "qualquer errinho. Boa leitura!",
        )),
        afterword: Some(("N/A: E é isso! Obrigada", "e até a próxima!")),
    },
    Expected {
        file: "A_Winter_Ledger.epub",
        title: "A Winter Ledger",
        authors: &["clerestory_owl"],
        breaks: 1,
        story: (
            "The Ledger of House Aubrac had been",
            "at last, to learn what she owed.",
        ),
        // Chapter 1's notes, before the story's first words, follow the work's (the key
        // allows them there or at their place).
        preface: Some((
            "Written for the Varn Winter",
            "Short chapters, posting daily.",
        )),
        afterword: Some(("A note on the ledger", "reading, and happy winter.")),
    },
    Expected {
        file: "Paper Boats - Marguerite Oyelaran.epub",
        title: "Paper Boats",
        authors: &["Marguerite Oyelaran"],
        breaks: 2,
        story: (
            "Every Sunday that summer, my brother and",
            "I meant it. It did not sink.",
        ),
        preface: Some(("Author’s note: This story was", "the gutter is real.")),
        afterword: Some(("My brother still folds a", "kerb for the rain.")),
    },
    Expected {
        file: "FicWad_ Dust on the Strings.htm",
        title: "Dust on the Strings",
        authors: &["velvetfeedback"],
        breaks: 2,
        story: (
            "The guitar had been sitting in the",
            "His voice was rough. “Yeah, all right.”",
        ),
        preface: Some((
            "Disclaimer: The Hollow Saints are",
            "demo I never finished.",
        )),
        afterword: Some(("A/N: reviews make me write", "Love you all. xo")),
    },
    Expected {
        file: "@moss-and-static on cohost_ _The Kettle-Witch’s Apprentice_.html",
        title: "The Kettle-Witch’s Apprentice",
        authors: &["Fen"],
        breaks: 1,
        story: (
            "Nobody in Brackenmoor wanted to apprentice to",
            "wants to be when it grows up.”",
        ),
        preface: Some((
            "wrote this for witchy prompt",
            "content warnings, just steam.",
        )),
        afterword: Some((
            "thanks for reading!! shares very",
            "very much appreciated 💚",
        )),
    },
    Expected {
        file: "Ashfall Protocol - Chapter 12 The Quiet Vault.txt",
        title: "Ashfall Protocol",
        authors: &["T.K. Varga"],
        breaks: 1,
        story: (
            "The vault door opened without a sound,",
            "on the mat. Then she pressed Y.",
        ),
        preface: Some(("A/N: Sorry this one is", "exists. Enjoy the chapter!")),
        afterword: Some(("A/N: Garden arc starts now!", "helps with Rising Stars.")),
    },
    Expected {
        file: "The Thursday Story #47_ The Lighthouse Keeper’s Cat.eml",
        title: "The Lighthouse Keeper’s Cat",
        authors: &["Harriet Quayle"],
        breaks: 1,
        story: (
            "The lighthouse on Skerry Fane had been",
            "way out to leave on the step.",
        ),
        preface: Some((
            "Hello, friends! This week’s story",
            "something warm to drink.",
        )),
        afterword: Some(("That’s all for this week.", "you next Thursday, Harriet")),
    },
    Expected {
        file: "cancion del barquero FINAL.txt",
        title: "La canción del barquero",
        authors: &["Lucía Ferrando"],
        breaks: 1,
        story: (
            "Mi abuelo cruzaba el río seis veces",
            "al día. Y en cada viaje, canto.",
        ),
        preface: Some(("Nota de la autora: Este", "copiéis sin permiso :)")),
        afterword: Some(("Nota final: Gracias por leer", "mucha ilusión. ¡Un abrazo!")),
    },
    Expected {
        file: "signal-lost.md",
        title: "Signal Lost",
        authors: &["Juniper Achterberg"],
        breaks: 1,
        story: (
            "The last message from the relay station",
            "smiled, and reached for her screwdriver.",
        ),
        preface: Some(("Author’s note: written during a", "facts I then ignored.")),
        afterword: Some(("Thanks for reading! This is", "are on my site.")),
    },
];

#[test]
fn anthology20_is_read_as_its_answer_key_says() {
    check("anthology20", ANTHOLOGY20);
}

/// `EXPECTED.md`'s word counts, in book order. (Signal Lost's prose ends at "her
/// screwdriver."; the key lists its footnote's text after it, which the book sets as a
/// linked footnote, counted as anthology17's key counts them.)
const WORDS: &[usize] = &[432, 404, 373, 372, 371, 370, 376, 366, 363, 366, 363];

/// Every word of every story read, and no word of a note, a header or the site's, is the
/// story's: the counts are `EXPECTED.md`'s to the word.
#[test]
fn anthology20_keeps_every_word_of_every_story_once() {
    let read: Vec<&str> = ANTHOLOGY20.iter().map(|e| e.file).collect();
    super::anthology13::word_counts_hold(
        "anthology20",
        &read,
        WORDS,
        super::anthology17::counted_with_footnotes,
    );
    assert_eq!(WORDS.iter().sum::<usize>(), 4_156);
}
