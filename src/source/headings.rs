//! Headings inside a story: which short lines are section titles.
//!
//! Input: one raw paragraph and whether a scene break stands beside it. Output: the
//! heading's text (decoration such as `~ … ~` taken off) or nothing. `story` turns the
//! paragraph into a heading block. A line of dialogue, a sentence ("Nine days.") or a
//! letter's signature is never a heading.

use super::letter::WEEKDAYS;
use super::paragraphs::RawPara;
use super::parts::{self, HEADING_WORDS, atx, is_bare_section, is_section_number};

/// Words that mark a line as a time or place heading ("Thirty Years Later",
/// "Meanwhile, in Paris", "Present Day") even between ordinary paragraphs.
const TIME_WORDS: &[&str] = &[
    "later",
    "earlier",
    "before",
    "after",
    "ago",
    "meanwhile",
    "present",
    "past",
    "future",
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "flashback",
    "interlude",
    "afterwards",
    "elsewhere",
    "pov",
];

/// A line marked as a Markdown heading has at most this many words; a longer one is a
/// sentence that happens to start with `# `.
const MARKED_MAX_WORDS: usize = 14;

/// Symbols that decorate a heading on both sides: `~ Interlude ~`, `== Part Two ==`,
/// `-- Epilogue --`, `◆ Coda ◆`, `* Chapter 2 *`. Not guillemets: `« D’accord. »` is a
/// line of French dialogue (`»Ja.«` German), whatever its length.
fn is_decoration(c: char) -> bool {
    matches!(
        c,
        '~' | '='
            | '#'
            | '+'
            | '-'
            | '—'
            | '–'
            | '*'
            | '_'
            | '·'
            | '•'
            | '◆'
            | '◇'
            | '★'
            | '☆'
            | '♦'
            | '❖'
            | '§'
            | '|'
            | '<'
            | '>'
            | '❦'
            | '✦'
            | '✧'
            | '°'
            | '.'
            | ':'
    )
}

/// The text inside a decorated line (`~ Interlude ~` → `Interlude`), if the line is
/// decorated on both sides. Single emphasis markers hugging a word (`*Crash*`) are
/// emphasis, not decoration.
fn undecorate(text: &str) -> Option<&str> {
    let t = text.trim();
    let frame = |c: char| is_decoration(c) || c.is_whitespace();
    let inner = t.trim_matches(frame);
    if inner.is_empty() || inner.len() == t.len() {
        return None;
    }
    // Where `inner` starts: after the framing characters (not by searching for it, which
    // for a long line costs a search setup as long as the line).
    let (lead, trail) = t.split_at(t.len() - t.trim_start_matches(frame).len());
    let trail = &trail[inner.len()..];
    // `*Crash*` and `**Notes:**` are emphasis, not decoration; a colon ends a label, and
    // a sentence's stop may stand inside the closing marks (`**FRIDGE: I do.**`).
    let emphasis = |side: &str| {
        let s = side.strip_prefix(['.', '!', '?']).unwrap_or(side);
        s.chars().all(|c| matches!(c, '*' | '_' | ':'))
    };
    let symbol = |side: &str| !side.is_empty() && side.chars().any(|c| c != '.' && c != ':');
    (symbol(lead)
        && symbol(trail)
        && !(emphasis(lead) && emphasis(trail))
        && !trail.starts_with(':'))
    .then_some(inner)
}

/// Words that mark a story's end, lowercase ("The End", "Fin", Vietnamese "Hoàn" and
/// "Hết", Indonesian "Tamat", Chinese 完): a last line, never a heading, however decorated.
const END_MARKS: &[&str] = &[
    "the end",
    "end",
    "fin",
    "fim",
    "fine",
    "ende",
    "einde",
    "slut",
    "slutt",
    "loppu",
    "endir",
    "vége",
    "koniec",
    "konec",
    "kraj",
    "конец",
    "кінець",
    "tamat",
    "hoàn",
    "hết",
    "toàn văn hoàn",
    "完",
    "全文完",
    "終",
    "おわり",
    "끝",
];

/// The length in bytes of the longest of `list`.
const fn longest(list: &[&str]) -> usize {
    let (mut i, mut most) = (0, 0);
    while i < list.len() {
        if list[i].len() > most {
            most = list[i].len();
        }
        i += 1;
    }
    most
}

/// Whether a line is only an end mark (`- Hoàn -`, `~ FIN ~`, `【完】`, `THE END.`).
pub(crate) fn is_end_mark(text: &str) -> bool {
    let t = text.trim().trim_matches(|c: char| !c.is_alphanumeric());
    // Asked of every paragraph: lowercasing leaves at least a third of a text's bytes
    // (the Kelvin sign is three, its `k` one), so a longer one is not lowercased.
    t.len() <= 3 * longest(END_MARKS) && END_MARKS.contains(&t.to_lowercase().as_str())
}

/// A heading word, its number and, after a separator, the chapter's title in any case
/// ("Chapitre 2 : Le pain de Gavroche", "Capítulo 3 - la casa vacía"): languages that
/// do not set titles in Title Case still head chapters so. Not a sentence ("Chapter 3
/// was the hardest.", "Part 2 of the plan failed").
fn numbered_chapter(p: &RawPara) -> Option<String> {
    let t = p.text.trim();
    if p.lines != 1 || p.scene_break || t.split_whitespace().count() > 12 {
        return None;
    }
    let mut words = t.split_whitespace();
    let word = words.next()?.to_lowercase();
    let number = words.next()?;
    let rest: Vec<&str> = words.collect();
    let (number, glued) = match number.strip_suffix([':', '.']) {
        Some(n) => (n, true),
        None => (number, false),
    };
    let titled = match rest.split_first() {
        None => true,
        Some((sep, title)) if !glued => {
            matches!(*sep, ":" | "-" | "–" | "—" | ".") && !title.is_empty()
        }
        Some(_) => glued,
    };
    let sentence = t.ends_with(['.', '!', '?', ',', ';']) || t.contains(['"', '“', '”']);
    (HEADING_WORDS.contains(&word.as_str()) && is_section_number(number) && titled && !sentence)
        .then(|| t.to_string())
}

/// The shape of a heading: a title-like line in Title Case with no closing `!`/`?`, no
/// comma (a letter's "Love, Marius") and no emphasis markers.
pub fn heading_shape(p: &RawPara) -> bool {
    shaped(p, &p.text)
}

fn shaped(p: &RawPara, text: &str) -> bool {
    // The paragraph with `text` for its text, read without making it (a copy of a
    // paragraph for each of a story's paragraphs).
    if !parts::is_title_text(text, p.lines, p.scene_break)
        || text.ends_with(['!', '?'])
        || text.contains(['*', '_', ','])
    {
        return false;
    }
    text.split_whitespace()
        .all(|w| w.chars().count() < 4 || w.chars().next().is_some_and(|c| !c.is_lowercase()))
}

/// A letter's or an e-mail's closing, lowercase, which a short Title Case line beside a
/// break may look like a heading but never is ("Kind Regards" over `***`).
const VALEDICTIONS: &[&str] = &[
    "kind regards",
    "best regards",
    "warm regards",
    "warmest regards",
    "regards",
    "best wishes",
    "all best wishes",
    "yours sincerely",
    "sincerely yours",
    "yours faithfully",
    "yours truly",
    "yours ever",
    "sincerely",
    "with love",
    "all my love",
    "love always",
    "much love",
    "many thanks",
    "with thanks",
    "cheers",
    "mit freundlichen grüßen",
    "liebe grüße",
    "viele grüße",
    "cordialement",
    "bien à vous",
    "bisous",
    "un abrazo",
    "saludos",
    "un saludo",
    "cordiali saluti",
    "un abbraccio",
    "atenciosamente",
    "beijos",
    "med vänliga hälsningar",
    "vänliga hälsningar",
    "med venlig hilsen",
    "med vennlig hilsen",
    "met vriendelijke groet",
    "pozdrawiam",
    "pozdrawiam serdecznie",
    "serdecznie pozdrawiam",
    "s pozdravem",
    "srdečně zdraví",
    "met vriendelijke groeten",
    "groetjes",
    "liefs",
    "с уважением",
    "с любовью",
];

/// Whether paragraph `p` is a section's Roman number with its stop and the section's
/// title ("I. Barometer", "IV. Wind Vane"): a numbered section, as stories number their
/// parts. Arabic numbers are left to lists ("1. Eggs" alone is an item, not a title),
/// and the title must read as one: a few capitalised words, no sentence after a stop.
fn is_numbered_title(p: &RawPara) -> bool {
    // Set in bold as a whole (`**I. The Shelf**`) or not.
    let text = parts::strong_title(p.text.trim());
    // Most lines are sentences: only a short line opening on a Roman digit is looked at.
    if text.len() > 80 || !text.starts_with(['I', 'V', 'X', 'L']) {
        return false;
    }
    let Some((number, name)) = text.split_once(". ") else {
        return false;
    };
    let roman = number.chars().all(|c| c.is_ascii_uppercase()) && is_section_number(number);
    roman
        && !name.contains(['.', ':', ';'])
        && name.split_whitespace().count() <= 6
        && name.chars().next().is_some_and(char::is_uppercase)
        && shaped(p, name)
}

/// Whether `text` is only a letter's closing ("Kind Regards", "Yours sincerely,").
pub(crate) fn is_valediction(text: &str) -> bool {
    let t = text
        .trim()
        .trim_end_matches([',', '.', '!'])
        .trim_matches(['*', '_']);
    // As for an end mark: a text too long to be one is not lowercased.
    t.len() <= 3 * longest(VALEDICTIONS) && VALEDICTIONS.contains(&t.to_lowercase().as_str())
}

/// The heading a paragraph is, if it is one, with why.
///
/// A heading is a section heading over a title on the next line ("Chapter 3" / "The
/// Storm", made "Chapter 3: The Storm"), or one line, and either:
/// - a section number alone: `IV`, `II.`, `3.`;
/// - heading-shaped and opening with a heading word ("Part One", "Chapter 3: The
///   Storm", "Epilogue"), carrying a time word ("Thirty Years Later"), or of two or
///   more words beside a scene break;
/// - decorated on both sides (`~ Interlude ~`, `== The Return ==`) around a short
///   heading-shaped text, which becomes the heading;
/// - marked as a Markdown heading (`## 2. What Happened`), whose text becomes the heading.
///
/// A short Title-Case line between ordinary paragraphs ("Jean Valjean" under a letter,
/// "Not Again") stays a paragraph.
pub fn heading(p: &RawPara, beside_break: bool) -> Option<String> {
    if p.scene_break {
        return None;
    }
    // "Chapter 3" over "The Storm", its line kept: one heading, "Chapter 3: The Storm".
    if let Some((number, name)) = p.text.split_once('\n')
        && p.lines == 2
        && is_bare_section(number)
        && !name.contains('\n')
        && shaped(
            &RawPara {
                lines: 1,
                ..p.clone()
            },
            name,
        )
    {
        return Some(format!("{}: {name}", number.trim_end_matches(['.', ':'])));
    }
    if p.lines != 1 || is_end_mark(&p.text) || is_valediction(&p.text) {
        return None;
    }
    // A Markdown heading (`## 2. Findings`) is one because its author marked it so.
    if let Some(inner) = atx(&p.text)
        && inner.split_whitespace().count() <= MARKED_MAX_WORDS
    {
        return Some(inner.to_string());
    }
    if is_section_number(&p.text) || is_numbered_title(p) {
        return Some(parts::strong_title(p.text.trim()).to_string());
    }
    if let Some(inner) = undecorate(&p.text)
        && inner.split_whitespace().count() <= 8
        && (shaped(p, inner) || is_section_number(inner))
    {
        return Some(inner.to_string());
    }
    if let Some(h) = numbered_chapter(p) {
        return Some(h);
    }
    // A heading word and its number alone, in any case ("Capitolo unico", EFP's name
    // for a one-chapter story's only chapter; "chapter three").
    // (Two or three words: a paragraph's text is only looked at when it is that short.)
    let few = p.text.split_whitespace().take(4).count();
    if (2..=3).contains(&few) && is_bare_section(&p.text) {
        return Some(p.text.clone());
    }
    if !heading_shape(p) {
        return None;
    }
    let lower = p.text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let first = words.first()?;
    (HEADING_WORDS.contains(first)
        // A diary's entry headed by its day ("Monday", "Friday 7 June").
        || (WEEKDAYS.contains(first) && words.len() <= 4)
        || (words.len() >= 2 && words.iter().any(|w| TIME_WORDS.contains(w)))
        || (words.len() >= 2 && beside_break))
        .then(|| p.text.clone())
}

#[cfg(test)]
mod tests;
