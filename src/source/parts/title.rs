//! Title lines: which short lines of a story are its title, and which only look like one
//! (a date, a salutation, a bare section heading).
//!
//! Input: one raw paragraph. Output: whether it is a title line; used by the head of the
//! story and by the readers that find headings.

use super::RawPara;

/// A title line has at most this many words.
const TITLE_MAX_WORDS: usize = 10;

/// Whether a paragraph looks like a title or heading line: one short line, no sentence
/// punctuation at its end, no dialogue, starting with a capital or digit.
pub fn is_title_line(p: &RawPara) -> bool {
    let t = p.text.trim();
    // Cheap rejections first: this runs on every paragraph of every story.
    if p.lines != 1 || p.scene_break || t.len() > 80 * 4 || t.chars().nth(80).is_some() {
        return false;
    }
    let words = t.split_whitespace().count();
    let first = t.chars().next();
    p.lines == 1
        && !p.scene_break
        && (1..=TITLE_MAX_WORDS).contains(&words)
        && t.chars().count() <= 80
        && first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !t.ends_with(['.', ',', ';', '"', '”', '…', '—', '-', '\''])
        && !t.ends_with("...")
        && !t.contains(['"', '“', '”'])
        && !(t.ends_with(['!', '?']) && words > 4)
        && !t.ends_with(':')
}

/// A title line that is not a bare section heading: "Prologue", "Chapter 3", "Part
/// One" or "IV." at the top opens the story's first section and stays in the body
/// (where it becomes a heading); the story's title comes from elsewhere.
pub(super) fn is_title(p: &RawPara) -> bool {
    is_title_line(p) && !super::super::headings::is_bare_section(&p.text) && !is_date_line(&p.text)
}

/// Month and weekday names (English, French, Spanish, German, Italian, Portuguese),
/// lowercase: a short line with one of these and a digit is a date, as a diary or a
/// letter opens, not a title.
const DATE_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "dezembro",
];

/// Whether a line is a date ("Monday, 4th March", "12 June 1832").
fn is_date_line(text: &str) -> bool {
    let t = text.to_lowercase();
    t.split_whitespace().count() <= 6
        && t.contains(|c: char| c.is_ascii_digit())
        && t.split(|c: char| !c.is_alphabetic())
            .any(|w| DATE_WORDS.contains(&w))
}

/// Salutations that open a letter or a diary entry ("Dear Reader,", "Dear Diary"): a
/// story that opens with one has no unlabelled note before it.
const SALUTATIONS: &[&str] = &[
    "dear ",
    "dearest ",
    "my dear",
    "to whom",
    "cher ",
    "chère ",
    "chers ",
    "querido ",
    "querida ",
    "queridos ",
    "estimado ",
    "estimada ",
    "liebe ",
    "lieber ",
    "caro ",
    "cara ",
    "carissim",
];

pub(super) fn is_salutation(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t.split_whitespace().count() <= 6 && SALUTATIONS.iter().any(|s| t.starts_with(s))
}

/// A short lowercase line at the very top before a labelled note: a tumblr-style title
/// ("the long way home", then "a/n: for anon").
pub(super) fn is_lowercase_title(p: &RawPara) -> bool {
    let t = p.text.trim();
    p.lines == 1
        && t.starts_with(char::is_lowercase)
        && (1..=TITLE_MAX_WORDS).contains(&t.split_whitespace().count())
        && !t.ends_with(['.', ',', ';', ':', '!', '?', '"', '\u{201d}', '\u{2026}'])
        && !t.contains(['"', '\u{201c}', '\u{201d}'])
}
