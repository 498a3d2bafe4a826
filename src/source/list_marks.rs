//! List marks in typed text: a typed line → the mark that opens it as a list item
//! (a bullet, a number, a sub-item's letter) and its text, and whether a run of such
//! lines is a list or dash-led dialogue.
//!
//! Input: typed lines, as the text reader and the HTML reader's typed paragraphs find
//! them. Output: [`Mark`]s, which mark continues which, and how deep each line's item
//! stands ([`depths`]) from how far it is indented. A leaf: the verse and list stages
//! both ask it, so it asks neither.

use crate::typography;

/// How a typed line opens as a list item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// A bullet character.
    Bullet(char),
    /// A number, and the character after it (`.` or `)`).
    Number(u32, char),
    /// A lowercase letter (`a.`, `b)`) as its place in the alphabet from 1, and the
    /// character after it: a sub-item's mark under a numbered item, never a list of
    /// its own (`a. m.` and initials would read as one).
    Letter(u32, char),
}

/// The mark a typed line opens with and the item's text after it, if it opens with one.
pub(crate) fn mark(line: &str) -> Option<(Mark, &str)> {
    let line = line.trim_start();
    let mut chars = line.char_indices();
    let (_, c) = chars.next()?;
    if matches!(c, '-' | '*' | '+' | '•') {
        let rest = &line[c.len_utf8()..];
        let text = rest.strip_prefix([' ', '\t'])?.trim_start();
        return (!text.is_empty()).then_some((Mark::Bullet(c), text));
    }
    if c.is_ascii_lowercase() {
        let rest = &line[1..];
        let close = rest.chars().next().filter(|c| matches!(c, '.' | ')'))?;
        let text = rest[1..].strip_prefix([' ', '\t'])?.trim_start();
        let n = u32::from(c as u8 - b'a') + 1;
        return (!text.is_empty()).then_some((Mark::Letter(n, close), text));
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return None;
    }
    let n: u32 = line[..digits].parse().ok()?;
    let rest = &line[digits..];
    let close = rest.chars().next().filter(|c| matches!(c, '.' | ')'))?;
    let text = rest[1..].strip_prefix([' ', '\t'])?.trim_start();
    (!text.is_empty()).then_some((Mark::Number(n, close), text))
}

/// Whether `next` continues a list whose last item opened with `prev`.
pub(crate) fn follows(prev: Mark, next: Mark) -> bool {
    match (prev, next) {
        (Mark::Bullet(a), Mark::Bullet(b)) => a == b,
        (Mark::Number(a, x), Mark::Number(b, y)) | (Mark::Letter(a, x), Mark::Letter(b, y)) => {
            x == y && b == a + 1
        }
        _ => false,
    }
}

/// Whether `m` may open a list (a letter opens only a sub-list: see [`Mark::Letter`]).
pub(crate) fn opens(m: Mark, nested: bool) -> bool {
    match m {
        Mark::Bullet(_) | Mark::Number(..) => true,
        Mark::Letter(n, _) => nested && n == 1,
    }
}

/// Columns deeper than its parent's text a typed line must stand to be a sub-item:
/// Markdown asks for the parent's text column (two for `- `, three for `1. `); two is
/// the least any writer types, and a stray space is not a level.
const NEST_COLUMNS: usize = 2;

/// How deep each of a run of list lines stands, from the columns each is indented
/// (`indents`) and its mark: a line indented [`NEST_COLUMNS`] or more past the item
/// above it opens a sub-list under that item; a line back at an outer item's indent
/// (give or take a column) returns to that list; a number that carries on its list's
/// count stays in it, however indented. `None` where a line continues no
/// list it could belong to (its mark does not follow the last item at its depth), so
/// the run ends before it.
pub(crate) fn depths(lines: &[(usize, Mark)]) -> Vec<Option<usize>> {
    // The open lists, outermost first: the indent of their items and their last mark.
    let mut open: Vec<(usize, Mark)> = Vec::new();
    let mut out = Vec::with_capacity(lines.len());
    for &(col, m) in lines {
        let Some(&(top, last)) = open.last() else {
            if !opens(m, false) {
                out.push(None);
                break;
            }
            out.push(Some(0));
            open.push((col, m));
            continue;
        };
        // A number that carries on the count ("2." a little further in under "1.") is
        // the list's next item, typed out of line: a sub-list counts from its own start.
        let carries = matches!(m, Mark::Number(..)) && follows(last, m);
        if col >= top + NEST_COLUMNS && !carries {
            if !opens(m, true) {
                out.push(None);
                break;
            }
            open.push((col, m));
            out.push(Some(open.len() - 1));
            continue;
        }
        // Back out to the list whose items stand at this indent.
        let mut level = open.len() - 1;
        while level > 0 && col + 1 < open[level].0 {
            level -= 1;
        }
        let last = if level == open.len() - 1 {
            last
        } else {
            open[level].1
        };
        if !follows(last, m) {
            out.push(None);
            break;
        }
        open.truncate(level + 1);
        open[level].1 = m;
        out.push(Some(level));
    }
    out
}

/// Languages whose dialogue opens with a dash, often typed as a hyphen.
/// (Czech and Slovak quote speech with „…“, so are not among them.)
const DASH_DIALOGUE: &[&str] = &[
    "ru", "uk", "be", "bg", "sr", "mk", "hr", "bs", "sl", "pl", "pt", "es", "ca", "gl", "it", "fr",
    "ro", "el", "tr", "hu", "sv", "fi", "et", "lv", "lt", "he", "ka",
];

/// Whether items opened by hyphens read as speech: a speaker's tag after a dash
/// (`Yes, - she said`), or, in a plain-text story in `lang` when its dialogue opens with
/// dashes, every item a whole sentence (in Markdown, `- ` opens a list item: only a
/// speaker's tag says otherwise).
pub(crate) fn is_speech(items: &[&str], lang: &str, markdown: bool) -> bool {
    let tagged = |t: &str| {
        let cs: Vec<char> = t.chars().collect();
        cs.windows(4).any(|w| {
            matches!(w[0], ',' | '.' | '!' | '?' | '…')
                && w[1] == ' '
                && matches!(w[2], '-' | '–' | '—')
                && w[3] == ' '
        })
    };
    let sentence = |t: &str| {
        t.trim_end()
            .trim_end_matches(['"', '\'', '»', '”', '’', ')'])
            .ends_with(['.', '!', '?', '…'])
    };
    let primary = typography::primary(lang);
    items.iter().any(|t| tagged(t))
        || (!markdown
            && DASH_DIALOGUE.contains(&primary.as_str())
            && items.iter().all(|t| sentence(t)))
}
