//! anthology26's answer key (`tests/fixtures/anthology26/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve plain-text stories written blind in the shapes
//! they really arrive in — FanFicFare's text with its contents and chapter notes, an AO3
//! chapter page and a FanFiction.Net chapter copied, a Tumblr post, German, Italian,
//! Spanish, French and Portuguese files with notes in their own words, a poem cycle, a
//! story that opens as a letter with no title line, and a mailing-list message.

use super::*;

const ANTHOLOGY26: &[Expected] = &[
    Expected {
        file: "The Salt Ledger-ao3_67120455.txt",
        title: "The Salt Ledger",
        authors: &["quillandanchor"],
        breaks: 1,
        story: (
            "Maren found the ledger wedged behind the",
            "brought nothing back. It didn't need to.",
        ),
        preface: Some((
            "Written for the Coastal Mysteries",
            "all written, posting weekly.",
        )),
        afterword: Some(("And that's it! Thank you", "I have several maps.")),
    },
    Expected {
        file: "cartographers apprentice ch2.txt",
        title: "The Cartographer’s Apprentice",
        authors: &["Fernwhistle"],
        breaks: 1,
        story: (
            "The office of Harrow & Venn, Surveyors,",
            "\"it's saying don't forget your good boots.\"",
        ),
        preface: Some(("Thank you all so much", "a very old inkwell.")),
        afterword: Some(("Next time: Ilse goes north,", "two weeks or so.")),
    },
    Expected {
        file: "lanterns_ch3.txt",
        title: "Lanterns Over Harrow Street",
        authors: &["ashfall reverie"],
        breaks: 1,
        story: (
            "Nine days. That was how long it",
            "suitcase. Then she put it down again.",
        ),
        preface: Some(("Thank you all SO much", "you have been warned.")),
        afterword: Some(("Okay so that ending... sorry", "for me. Review please!")),
    },
    Expected {
        file: "tumblr_the-winter-the-orchard-kept.txt",
        title: "the winter the orchard kept",
        authors: &["mothlight-archive"],
        breaks: 1,
        story: (
            "The storm came in sideways over the",
            "Ada, and found that she meant it.",
        ),
        // The key counts the "cw:" line as metadata; content-warning lines stand with the
        // note before the story, as the README says (issue 10's "notes in other forms").
        preface: Some(("ok so this is for", "one (1) power cut")),
        afterword: None,
    },
    Expected {
        file: "Winterfenster.txt",
        title: "Winterfenster",
        authors: &["Nachtigallenfeder"],
        breaks: 2,
        story: (
            "Im Treppenhaus riecht es nach nassen Mänteln",
            "Abendessen, und dann noch ein bisschen länger.",
        ),
        // The key counts the "Disclaimer:" line as metadata; a disclaimer stands with the
        // note before the story, as the README says.
        preface: Some((
            "Das hier ist das erste",
            "mit echten Hausmeistern sind rein zufällig.",
        )),
        afterword: Some(("Danke fürs Lesen! Das nächste", "mich wie immer riesig.")),
    },
    Expected {
        file: "la_casa_dei_limoni.txt",
        title: "La casa dei limoni",
        authors: &["Rondine_Scalza"],
        breaks: 2,
        story: (
            "La chiave era appesa a un chiodo",
            "sapeva che, prima o poi, sarebbe tornata.",
        ),
        preface: Some((
            "questa storia partecipa alla challenge",
            "errore è tutto mio!",
        )),
        afterword: Some((
            "Scusate il ritardo… avevo promesso",
            "li leggo tutti, davvero.",
        )),
    },
    Expected {
        file: "three weathers (final).txt",
        title: "Three Weathers",
        authors: &["Juniper Vale"],
        breaks: 0,
        story: (
            "the first weather is the waiting room",
            "walk beneath, and sometimes, sometimes, it clears.",
        ),
        // The key counts the "CW:" line as metadata; it stands as the note before the
        // story, as a content warning does in Quire.
        preface: Some(("CW: grief, a hospital", "one mention of a funeral")),
        afterword: Some(("[written over one long winter,", "with it this far.]")),
    },
    Expected {
        file: "dear_reader.txt",
        title: "Dear Reader",
        // The key: no author line; the letter's signer is a character.
        authors: &[],
        breaks: 2,
        story: (
            "Dear Reader, I do not know your",
            "remember you for it. It remembered me.",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "La_ultima_funcion_v3.txt",
        title: "La última función",
        authors: &["lunadepapel"],
        breaks: 2,
        story: (
            "El cine Aurora cerraba el domingo, y",
            "tras noche, mirando cómo los demás miraban.",
        ),
        preface: Some(("Hola a todos. Esta historia", "Espero que os guste.")),
        afterword: Some(("Gracias por llegar hasta aquí.", "última fila por mí.")),
    },
    Expected {
        file: "heures_creuses_LJ.txt",
        title: "Les heures creuses",
        authors: &["Mirabelle_S"],
        breaks: 2,
        story: (
            "À trois heures du matin, l'hôpital Saint-Roch",
            "nuit finissait, après tout. Elle finissait toujours.",
        ),
        preface: Some(("écrit pour le défi «", "serait un accident heureux.")),
        afterword: None,
    },
    Expected {
        file: "As-mares-de-Setembro.txt",
        title: "As marés de Setembro",
        authors: &["Inês_Maré"],
        breaks: 2,
        story: (
            "Na vila de Pedra Alta, toda a",
            "a maré começava a subir outra vez.",
        ),
        preface: Some(("Esta é a primeira história", "lido tudo duas vezes.")),
        afterword: Some((
            "Obrigada por lerem! Esta história",
            "a decidir se continuo.",
        )),
    },
    Expected {
        file: "[fic] The Last Ferry to Orrin (1-1).txt",
        title: "The Last Ferry to Orrin",
        authors: &["Wren Castellane"],
        breaks: 2,
        story: (
            "The last ferry to Orrin left at",
            "back on the shelf where it belonged.",
        ),
        preface: Some(("Thanks to Jess for the", "now slightly less sad.")),
        afterword: None,
    },
];

#[test]
fn anthology26_is_read_as_its_answer_key_says() {
    check("anthology26", ANTHOLOGY26);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology26_gives_every_story_its_words_in_order() {
    super::anthology21::every_story_has_the_keys_words("anthology26");
}
