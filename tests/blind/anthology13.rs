//! anthology13's answer key (`tests/fixtures/anthology13/EXPECTED.md`): twelve stories
//! written blind in sources no earlier anthology had — FanFicFare's EPUB, a mailing-list
//! archive, a Google Docs export, a Sufficient Velocity page, a Dreamwidth community
//! post, a SquidgeWorld download, a Scribble Hub page, Obsidian Markdown, a Twisting the
//! Hellmouth printer page, a Polish paste, a Fimfiction download and a FicHub export.

use super::*;

const ANTHOLOGY13: &[Expected] = &[
    Expected {
        file: "a-ledger-kept-in-fog-fff-ffnet.epub",
        title: "A Ledger Kept in Fog",
        authors: &["inkwell_and_quay"],
        breaks: 1,
        story: (
            "Martha Hudson kept two ledgers.",
            "she laughed so hard she had to sit down.",
        ),
        preface: Some((
            "Sherlock Holmes and everyone at 221B",
            "what a quarter-day is.",
        )),
        afterword: Some((
            "And that's it! Thank you so, so much",
            "keep your accounts honest. —Ink",
        )),
    },
    Expected {
        file: "the-long-way-round-mailing-list.txt",
        title: "The Long Way Round",
        authors: &["Priya Nandakumar"],
        breaks: 3,
        story: (
            "The car died at 4:17 in the afternoon,",
            "that he was smiling.",
        ),
        preface: Some((
            "For Jess, who wanted snow",
            "all remaining mistakes are Diefenbaker's fault.",
        )),
        afterword: Some((
            "Feedback is better than soup.",
            "anywhere else, please ask.",
        )),
    },
    Expected {
        file: "il-custode-delle-api-gdocs.html",
        title: "Il custode delle api",
        authors: &["Gelsomina_Vb"],
        breaks: 3,
        story: (
            "Nel paese di Santa Fiora di Sopra, che sta appoggiato",
            "e le api avevano aspettato.",
        ),
        preface: Some((
            "questa storia partecipa al contest",
            "ogni errore è solo mio.",
        )),
        afterword: Some(("grazie a chi è arrivato fin qui.", "Alla prossima! 🐝")),
    },
    Expected {
        file: "salvage-rights-ch4-sufficientvelocity.txt",
        title: "Salvage Rights",
        authors: &["Kestrel_Wren"],
        breaks: 3,
        story: (
            "The tug was called the Crane, or at least",
            "and none of them blinked.",
        ),
        preface: Some((
            "Back from the dead!",
            "anyone who threw ideas at me in the Discord.",
        )),
        afterword: Some((
            "So that's chapter four!",
            "if you want to nerd out about delta-v with me.",
        )),
    },
    Expected {
        file: "what-we-need-pillowfic.html",
        title: "What We Need",
        authors: &["sea_glass_ink"],
        breaks: 0,
        story: (
            "The jar came in on the Wednesday tide,",
            "\"I don't see why not,\" said Aunt Dilys.",
        ),
        // The key files the prompt as metadata; a note of it before the story is fine.
        preface: Some(("a message in a jar,", "grocery list")),
        afterword: Some(("Unbeta'd, sorry.", "Unbeta'd, sorry.")),
    },
    Expected {
        file: "a-costureira-do-cais-squidgeworld.html",
        title: "A Costureira do Cais",
        authors: &["mare_alta"],
        breaks: 3,
        story: (
            "Dona Benedita Albuquerque-Magalhães costurava velas de barco",
            "Senta que eu vou fazer um café.",
        ),
        preface: Some((
            "Escrevi isso numa madrugada de chuva",
            "pela leitura beta! ♥",
        )),
        afterword: Some(("É isso! Curuçá existe de verdade", "até a próxima! 🌧️")),
    },
    Expected {
        file: "the-quiet-apothecary-ch12-scribblehub.txt",
        title: "The Quiet Apothecary",
        authors: &["mortar_and_quill"],
        breaks: 2,
        story: (
            "The first rule of running an apothecary in the Lower Ward,",
            "Eats moonstone. Buy more moonstone.",
        ),
        preface: Some(("Slice-of-life chapter this week!", "You're all wonderful.")),
        afterword: Some((
            "Thanks for reading!",
            "https://ko-fi.com/example_wrenwrites/tiers?ref=scribblehub-quiet-apothecary",
        )),
    },
    Expected {
        file: "vinterbadarna-obsidian.md",
        title: "Vinterbadarna på Norrudden",
        authors: &["snöstjärna"],
        breaks: 3,
        story: (
            "Vinterbadsföreningen Norruddens Kallbadare hade sjutton medlemmar,",
            "Elin: Förklarar SEN 😅",
        ),
        preface: Some((
            "Skrevs till Vinterbingo 2025,",
            "rättade mina särskrivningar.",
        )),
        afterword: Some((
            "Tack för att du läste! Kommentera gärna. ❄️",
            "Tack för att du läste! Kommentera gärna. ❄️",
        )),
    },
    Expected {
        file: "overdue-tth-printer-friendly.html",
        title: "Overdue",
        authors: &["Marginalia"],
        breaks: 2,
        story: (
            "The owl arrived on a Tuesday, which Rupert Giles",
            "Please accept my sincere apologies.",
        ),
        preface: Some(("Buffy the Vampire Slayer belongs", "because I said so.")),
        afterword: Some(("Thanks for reading, and thank you", "on a napkin.")),
    },
    Expected {
        file: "ostatni-prom.txt",
        title: "Ostatni prom",
        authors: &["mewa_z_helu"],
        breaks: 3,
        story: (
            "Kapitan Zdzisław Wierzbicki-Połaniecki pływał promem",
            "Znam tu jedną smażalnię.",
        ),
        preface: Some(("Pisane na Mirriel, temat", "nie pozwoliła mi zabić psa.")),
        afterword: Some((
            "Dzięki za przeczytanie!",
            "Komentarze mile widziane, krytyka też.",
        )),
    },
    Expected {
        file: "the-weathervane-census-fimfic.txt",
        title: "The Weathervane Census",
        authors: &["Lantern Drift"],
        breaks: 2,
        story: (
            "Every spring, on the first clear Tuesday after the thaw,",
            "and sat down on the floor beside her.",
        ),
        preface: Some((
            "Written for the Ponyville Weather Factory",
            "please don't repost it.",
        )),
        afterword: Some(("Yes, there will be a sequel.", "Comments make my day!")),
    },
    Expected {
        file: "low-water-fichub.html",
        title: "Low Water",
        authors: &["tidewrack"],
        breaks: 1,
        story: (
            "The tide at Pelican Town went out further in the autumn",
            "\"You'll learn 'em,\" said Willy. \"That's the job.\"",
        ),
        preface: Some((
            "Gift for quietharbour in the 2026 Cozy Games Exchange!",
            "I hope this fits.",
        )),
        afterword: Some(("The song is mine,", "Happy exchange, quietharbour! 🌊")),
    },
];

/// The stories read as the key says: all twelve (the Google Docs story's epigraph set
/// apart over its text, the Twisting the Hellmouth printer page's frame and FicHub's
/// export read as those pages are laid out).
const READ: &[&str] = &[
    "a-ledger-kept-in-fog-fff-ffnet.epub",
    "the-long-way-round-mailing-list.txt",
    "il-custode-delle-api-gdocs.html",
    "salvage-rights-ch4-sufficientvelocity.txt",
    "what-we-need-pillowfic.html",
    "a-costureira-do-cais-squidgeworld.html",
    "the-quiet-apothecary-ch12-scribblehub.txt",
    "vinterbadarna-obsidian.md",
    "overdue-tth-printer-friendly.html",
    "ostatni-prom.txt",
    "the-weathervane-census-fimfic.txt",
    "low-water-fichub.html",
];

#[test]
fn anthology13_is_read_as_its_answer_key_says() {
    check_stories("anthology13", ANTHOLOGY13, Some(READ));
}

/// `EXPECTED.md`'s word counts of each story's text, in book order.
const WORDS: &[usize] = &[
    2366, 1127, 944, 1117, 651, 988, 1056, 1040, 1063, 768, 1043, 999,
];

/// Every word of every story read, and no word of a note, the site or a footnote, is the
/// story's: the counts are `EXPECTED.md`'s to the word.
#[test]
fn anthology13_keeps_every_word_of_every_story_once() {
    word_counts_hold("anthology13", READ, WORDS, super::anthology12::counted);
}

/// The stories of fixture `name` listed in `read` have, counted by `counted`, the words
/// `words` gives each story of the book in book order.
pub(super) fn word_counts_hold(
    name: &str,
    read: &[&str],
    words: &[usize],
    counted: fn(&[Block]) -> usize,
) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let project = quire::load(&root).expect("the anthology loads");
    let chapters: Vec<_> = project
        .book
        .chapters
        .iter()
        .zip(words)
        .filter(|(ch, _)| read.contains(&ch.file.as_str()))
        .collect();
    assert_eq!(chapters.len(), read.len());
    let have: Vec<(String, usize)> = chapters
        .iter()
        .map(|(ch, _)| (ch.file.clone(), counted(&ch.body)))
        .collect();
    let want: Vec<(String, usize)> = chapters
        .iter()
        .map(|(ch, n)| (ch.file.clone(), **n))
        .collect();
    assert_eq!(have, want);
}
