//! Unlabelled talk to readers: the phrases, sign-offs and disclaimers by which a
//! paragraph with no label shows an author talking rather than the story.
//!
//! Input: one paragraph's text. Output: how many signs of talk it holds (strong and
//! all), whether it signs off, disclaims ownership, or is bracketed talk.

use super::phrases::{SIGN_OFFS, STRONG_TALK, WEAK_TALK};
use super::straighten;

/// Signs of author talk in a paragraph: (strong, all). A form (every line a `Label:
/// value` field: a memo's header, a record, a report's fields) is part of the story, not
/// talk, whatever words its labels use ("Review meeting:", "Last updated:").
pub fn talk_signs(text: &str) -> (usize, usize) {
    // Nor is a chat log, whatever its speakers say ("thanks for reading", a sign read out).
    let chat = || {
        text.lines().nth(2).is_some()
            && crate::source::lines::is_chat(&text.lines().collect::<Vec<_>>())
    };
    if is_form(text) || chat() {
        return (0, 0);
    }
    let t = straighten(text);
    // Every phrase of both lists found in one pass; each counts once, as `contains` would.
    let (phrases, strong_len) = talk_phrases();
    let mut seen = vec![false; STRONG_TALK.len() + WEAK_TALK.len()];
    for m in phrases.find_overlapping_iter(&t) {
        seen[m.pattern().as_usize()] = true;
    }
    let strong = seen[..*strong_len].iter().filter(|&&s| s).count();
    let weak = seen[*strong_len..].iter().filter(|&&s| s).count();
    (strong, strong + weak)
}

/// The strong and weak phrases of talk as one automaton, and where the weak ones start.
fn talk_phrases() -> &'static (aho_corasick::AhoCorasick, usize) {
    static PHRASES: std::sync::OnceLock<(aho_corasick::AhoCorasick, usize)> =
        std::sync::OnceLock::new();
    PHRASES.get_or_init(|| {
        let all = STRONG_TALK.iter().chain(WEAK_TALK);
        let ac = aho_corasick::AhoCorasick::new(all).expect("the phrases of talk build");
        (ac, STRONG_TALK.len())
    })
}
/// Whether signs of talk counted by [`talk_signs`] (strong, all) are as many as a note
/// with no label must show to be taken for one: a strong sign and one more.
pub fn talks_as_note((strong, all): (usize, usize)) -> bool {
    strong >= 1 && all >= 2
}

/// Whether a paragraph is a form: two or more lines, each opening with a short
/// capitalised `Label:` (bold or underlined or not), as a memo, report or record heads
/// itself. Notes headed by fields (`Rating: T` / `Pairing: …`) are known by their labels
/// before talk is weighed, so this only keeps a story's own forms out of its notes.
pub(crate) fn is_form(text: &str) -> bool {
    let mut lines = 0;
    for line in text.lines() {
        let t = line.trim().trim_start_matches(['*', '_', '-', ' ']);
        let Some((label, _)) = t.split_once(':') else {
            return false;
        };
        let label = label.trim_end_matches(['*', '_']).trim();
        let words = label.split_whitespace().count();
        if !(1..=5).contains(&words)
            || !label.starts_with(char::is_uppercase)
            || label.contains(['.', '!', '?', '"', '“', '”'])
        {
            return false;
        }
        lines += 1;
    }
    lines >= 2
}

/// Words by which an author addresses readers in the first or second person, in the six
/// languages, lowercase with straight apostrophes.
const ADDRESS: &[&str] = &[
    "i",
    "i'm",
    "i've",
    "i'd",
    "i'll",
    "im",
    "ive",
    "me",
    "my",
    "we",
    "we're",
    "our",
    "us",
    "you",
    "you're",
    "you've",
    "your",
    "u",
    "ur",
    "thanks",
    "thank",
    "je",
    "j'ai",
    "j'espère",
    "mon",
    "ma",
    "mes",
    "vous",
    "merci",
    "yo",
    "mi",
    "mis",
    "ustedes",
    "gracias",
    "ich",
    "mein",
    "meine",
    "meinem",
    "meiner",
    "euch",
    "ihr",
    "danke",
    "io",
    "mio",
    "mia",
    "miei",
    "voi",
    "grazie",
    "eu",
    "meu",
    "minha",
    "vocês",
    "obrigada",
    "obrigado",
];

/// The first words of a line on how the piece was written ("Written on the ferry home
/// in March…", "Escrito para…"), in the six languages: a sign of talk when it opens a
/// paragraph set apart under the byline.
const ON_ITS_WRITING: &[&str] = &[
    "written",
    // "Originally read aloud at …", "Originally posted on …", "Posted for …".
    "originally",
    "posted",
    "écrit",
    "écrite",
    "escrito",
    "escrita",
    "geschrieben",
    "scritto",
    "scritta",
];

/// Whether `text` opens on how the piece was written ("Written during NaPoWriMo.",
/// "Escrito para…").
pub fn opens_on_its_writing(text: &str) -> bool {
    straighten(text)
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| ON_ITS_WRITING.contains(&w))
}

/// The words a writer opens a closing aside with, lowercase ("Okay so I did not mean to
/// cry writing this", "So that happened."): a fic's end note, never a narrator's.
const ASIDE_OPENERS: &[&str] = &[
    "okay so ",
    "ok so ",
    "okay, so ",
    "so that happened",
    "so yeah, ",
];

/// Whether `text` opens as a writer's closing aside does (see [`ASIDE_OPENERS`]) and
/// shows two strong signs of talk about the piece: taken for the closing note with no
/// word addressed to the reader.
pub fn is_closing_aside(text: &str) -> bool {
    let lower = straighten(text).to_lowercase();
    ASIDE_OPENERS.iter().any(|o| lower.starts_with(o)) && talk_signs(text).0 >= 2
}

/// Whether a short paragraph the writer set apart under the title and byline (in
/// italics) talks as an author's note does: a note's label, a strong sign of talk, or
/// any sign with words addressed to readers. Opening on how the piece was written
/// ("Written on the ferry home…") counts as a sign there, and only there: a story may
/// open on a message "written in chalk", but not set that line apart under its byline.
pub fn talks_under_byline(text: &str) -> bool {
    let (strong, all) = talk_signs(text);
    let first = opens_on_its_writing(text);
    // Every caller has found the paragraph set apart, so a dedication counts.
    super::is_labelled_note(text, super::NOTE_LABELS)
        || super::reads_as_dedication(text)
        || strong >= 1
        || ((all >= 1 || first) && addresses_readers(text))
}

/// Whether a paragraph speaks as "I" or "we", or to "you": a note's further paragraph
/// does ("Thanks to my beta", "I hope you like it"); a story's report, list or
/// third-person opening does not.
pub fn addresses_readers(text: &str) -> bool {
    straighten(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .any(|w| ADDRESS.contains(&w.trim_matches('\'')))
}

/// Phrases that disclaim ownership on their own.
const OWNERSHIP: &[&str] = &[
    "don't own",
    "do not own",
    "own nothing",
    "not mine",
    "no profit",
    "no money is",
    "je ne possède",
    "ne m'appartien",
    "no me pertenece",
    "no soy dueñ",
    "gehören nicht mir",
    "gehört nicht mir",
    "gehören mir nicht",
    "gehört mir nicht",
    "non mi appartengono",
    "non mi appartiene",
    "não me pertence",
    "não sou dono",
    "não sou dona",
];

/// "Belongs to" phrases, a disclaimer when they name the characters or the rights.
const BELONGS: &[&str] = &[
    "belong to",
    "belongs to",
    "property of",
    "appartiennent à",
    "appartient à",
    "pertenecen a",
    "pertenece a",
    "gehören",
    "appartengono a",
    "pertencem a",
    "pertence a",
];
const OWNED: &[&str] = &[
    "character",
    "rights",
    "©",
    "creator",
    "personnages",
    "personajes",
    "charaktere",
    "figuren",
    "personaggi",
    "personagens",
    // A song-fic's disclaimer: "Song belongs to The Hollow Lanterns."
    "song",
    "lyrics",
    "canción",
    "chanson",
    "canzone",
];

/// Whether a short paragraph is an unlabelled disclaimer: "I don't own Les Mis.", "The
/// characters belong to their creator.", "Les personnages ne m'appartiennent pas."
pub fn is_disclaimer(text: &str) -> bool {
    if !few_words(text, 40) {
        return false;
    }
    let t = straighten(text);
    t.split_whitespace().count() <= 40
        && !t.starts_with(['"', '“', '«', '\''])
        && (OWNERSHIP.iter().any(|p| t.contains(p))
            || BELONGS.iter().any(|p| t.contains(p)) && OWNED.iter().any(|p| t.contains(p)))
}

/// Whether `text` straightened may have at most `most` words, told without straightening
/// it: straightening keeps every space but one before a colon, so each word not opening
/// with `:` still opens a word of its own.
fn few_words(text: &str, most: usize) -> bool {
    text.split_whitespace()
        .filter(|w| !w.starts_with(':'))
        .nth(most)
        .is_none()
}

/// Whether a paragraph is wholly in brackets or parentheses and talks like an author
/// (any sign): `[Written for the winter exchange. Thanks to my beta!]`.
pub fn is_bracketed_talk(text: &str) -> bool {
    let t = text.trim().trim_matches(['*', '_']);
    let closed =
        (t.starts_with('(') && t.ends_with(')')) || (t.starts_with('[') && t.ends_with(']'));
    // A game's messages, a line each in brackets ("[Quest Updated: …]" over "[Levels
    // certified: 1 of 9]"), are the story's.
    let messages = t.lines().count() > 1
        && t.lines().all(|l| {
            let l = l.trim();
            l.starts_with('[') && l.ends_with(']')
        });
    closed && !messages && talk_signs(t).1 >= 1
}

pub fn is_sign_off(text: &str) -> bool {
    if !few_words(text, 12) {
        return false;
    }
    let t = straighten(text);
    t.split_whitespace().count() <= 12 && SIGN_OFFS.iter().any(|s| t.contains(s))
}

/// Whether a paragraph ends by signing off to the reader, as an unlabelled note does
/// ("… it's basically just a text convo, sorry not sorry. happy reading!"): its last
/// sentence is short, outside quote marks, and a sign-off.
pub fn closes_with_sign_off(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = t.rfind(['.', '!', '?']).map_or(t, |i| &t[i + 1..]).trim();
    !last.is_empty()
        && last.split_whitespace().count() <= 5
        && !last.contains(['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}'])
        && is_sign_off(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn few_words_bounds_the_straightened_count() {
        for (text, most) in [
            ("a b c", 3),
            ("a : b : c : d", 4),
            ("a\u{a0}: b :c", 2),
            ("one two three four", 3),
            (":a :b :c", 0),
        ] {
            let words = straighten(text).split_whitespace().count();
            assert!(few_words(text, most) || words > most, "{text:?}");
        }
        assert!(!few_words(&"word ".repeat(13), 12));
        assert!(!is_sign_off(&"love you all, ".repeat(20)));
    }

    #[test]
    fn disclaimers_and_bracketed_talk() {
        for d in [
            "I don't own these characters.",
            "The characters belong to their creator.",
            "Les personnages ne m'appartiennent pas.",
            "Los personajes no me pertenecen.",
            "Die Charaktere gehören nicht mir.",
            "I personaggi non mi appartengono.",
            "Os personagens não me pertencem.",
        ] {
            assert!(is_disclaimer(d), "{d}");
        }
        assert!(!is_disclaimer("The house belongs to my aunt."));
        assert!(!is_disclaimer("\u{201c}It's not mine,\u{201d} she said."));
        assert!(is_bracketed_talk(
            "[Written for the exchange. Thanks to my beta!]"
        ));
        assert!(!is_bracketed_talk("(She never came back.)"));
        assert!(!is_bracketed_talk(
            "[Quest Updated: The Cartographer's Debt]\n[Levels certified: 1 of 9]"
        ));
    }

    /// A chat log in the story is no talk, whatever its speakers say; its channel's
    /// lines speak for no one.
    #[test]
    fn a_chat_log_is_no_talk() {
        let log = "[21:02] *** nightowl has joined #dock\n[21:04] nightowl: who else is here\n[21:07] gus: the sign says thanks for reading\n[21:08] nightowl: my first night, please review the logs";
        assert_eq!(talk_signs(log), (0, 0));
        assert!(talk_signs("Thanks for reading! Please review, it's my first fic.").0 > 0);
    }

    #[test]
    fn talk_needs_strong_signs() {
        assert_eq!(talk_signs("I was nine when she told me the story.").0, 0);
        assert!(closes_with_sign_off(
            "a tiny one tonight bc i couldn't sleep \u{1f319} sorry not sorry. happy reading!"
        ));
        assert!(closes_with_sign_off("Short one today. Enjoy! :)"));
        assert!(!closes_with_sign_off(
            "She set the tray down. \u{201c}Enjoy,\u{201d} she said."
        ));
        assert!(!closes_with_sign_off(
            "We ate until we could not move, and I have never enjoyed a meal more."
        ));
        assert!(talk_signs("This is my first fic, reviews make my day").0 >= 2);
        // Italian and Indonesian thanks and hopes are strong signs too.
        let it = "Grazie a chiunque sia arrivato fin qui! Ogni commento è apprezzatissimo.";
        assert!(talks_as_note(talk_signs(it)));
        assert!(talk_signs("Akhirnya aku update juga. Semoga kalian suka!").0 >= 2);
        assert_eq!(
            talk_signs("La nonna scriveva tutto fin qui, riga per riga.").0,
            0
        );
        // Hoping the readers like it, in Spanish (Spain's "os", Wattpad's star),
        // Italian, French and Portuguese.
        for t in [
            "¡Hola! Es cortito, espero que os guste, y una estrellita me alegra el día ♡",
            "Spero che vi piaccia!",
            "J'espère que ça vous plaira.",
            "Espero que gostem!",
        ] {
            assert!(talk_signs(t).0 >= 1, "{t}");
        }
        assert_eq!(talk_signs("Espero que llueva, dijo la abuela.").0, 0);
        assert!(is_sign_off("Enjoy!") && is_sign_off("Please read and review!"));
        assert!(!is_sign_off("She said nothing at all."));
    }

    /// A report's header block inside the story ("Review meeting:") is a form, not talk
    /// about reviews; so is any paragraph whose every line is a `Label:` field.
    #[test]
    fn a_form_is_not_talk() {
        let memo = "**Document classification:** Internal\n**Prepared by:** Dr. Osei\n**Review meeting:** Wednesday, 14:00";
        assert!(is_form(memo));
        assert_eq!(talk_signs(memo), (0, 0));
        let log = "Logged by: R. Vance\nLast updated: 2 May";
        assert_eq!(talk_signs(log), (0, 0));
        // One labelled line, or a sentence with a colon, is no form.
        assert!(!is_form("Reviews: they make my day!"));
        assert!(!is_form(
            "She said: no. Then she left,\nand did not look back."
        ));
        assert!(talk_signs("Reviews make my day!").0 >= 1);
    }

    #[test]
    fn address_to_readers() {
        assert!(addresses_readers(
            "Thanks to my beta, who fixed everything."
        ));
        assert!(addresses_readers("Hope you like it!"));
        assert!(addresses_readers("Merci à vous !"));
        assert!(!addresses_readers("The review board met in March."));
        assert!(!addresses_readers("Imogen updated the ledger."));
    }
}
