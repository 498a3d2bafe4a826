//! A letter's shape in plain text: date lines, salutations, and the head of a letter
//! (the sender's address, the date, the recipient's address, "Dear …") that verse
//! must not take for a poem.
//!
//! Input: paragraphs' text. Output: whether a line is a date or a salutation, and
//! where a letter's head ends in a run of short paragraphs. A leaf: the story's parts
//! (titles, notes) and verse both ask it.

/// The days of the week in English, lowercase: a date's, and a diary entry's heading.
pub(super) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month and weekday names (English, French, Spanish, German, Italian, Portuguese; the
/// English weekdays in [`WEEKDAYS`]),
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
pub(crate) fn is_date_line(text: &str) -> bool {
    let t = text.to_lowercase();
    t.split_whitespace().count() <= 6
        && t.contains(|c: char| c.is_ascii_digit())
        && t.split(|c: char| !c.is_alphabetic())
            .any(|w| DATE_WORDS.contains(&w) || WEEKDAYS.contains(&w))
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

pub(crate) fn is_salutation(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t.split_whitespace().count() <= 6 && SALUTATIONS.iter().any(|s| t.starts_with(s))
}

/// Whether a one-line paragraph opens a letter's text: a salutation ("Dear Harriet,",
/// "To whom it may concern:"), or a few words ending in a comma ("Harriet,", "My own
/// Tom,") as a letter greets its reader.
fn is_greeting(t: &&str) -> bool {
    let t = t.trim();
    !t.contains('\n')
        && (is_salutation(t)
            || (t.ends_with(',')
                && t.split_whitespace().count() <= 4
                && t.starts_with(char::is_uppercase)))
}

/// Where a letter's head ends in `run`, the texts of a run of paragraphs of short
/// lines (typed lines apart by `\n`): the
/// greeting's index, when a one-line date stands before it ("14th March 1923" between
/// the sender's address and the recipient's). The addresses are the letter's lines,
/// the date one of them, not a poem's stanzas and title.
pub(crate) fn head_end(run: &[&str]) -> Option<usize> {
    let greeting = run.iter().position(is_greeting)?;
    run[..greeting]
        .iter()
        .any(|t| !t.contains('\n') && is_date_line(t))
        .then_some(greeting)
}
