//! Title lines: which short lines of a story are its title, and which only look like one
//! (a date, a salutation, a bare section heading).
//!
//! Input: one raw paragraph. Output: whether it is a title line, or a bare section
//! heading ("Chapter 3", "IV."); used by the head of the story and, later, by
//! `headings`, which finds the sections inside the body (it imports these, never the
//! other way).

use super::RawPara;
use crate::source::letter::is_date_line;
pub(super) use crate::source::letter::is_salutation;
use crate::typography::is_cjk;

/// A title line has at most this many words.
const TITLE_MAX_WORDS: usize = 10;

/// A Markdown title line (`# …`) has at most this many characters and words.
const MARKED_TITLE_MAX_CHARS: usize = 200;
const MARKED_TITLE_MAX_WORDS: usize = 36;

/// A CJK title line (no spaces to count words by) has at most this many characters.
const CJK_TITLE_MAX_CHARS: usize = 24;

/// Whether a paragraph looks like a title or heading line: one short line, no sentence
/// punctuation at its end, no dialogue, starting with a capital or digit, or with a CJK
/// character (Chinese and Japanese have no capitals; their line must be shorter) or a
/// letter of another script without capitals (Hebrew, Arabic, Korean).
pub fn is_title_line(p: &RawPara) -> bool {
    is_title_text(&p.text, p.lines, p.scene_break)
}

/// [`is_title_line`] for a paragraph of `lines` lines with text `text`, whether it is a
/// scene break or not: all it reads of one.
pub fn is_title_text(text: &str, lines: usize, scene_break: bool) -> bool {
    let t = text.trim();
    // A Markdown heading's `#` marks are not part of its words; its text may open with a
    // hashtag ("#nightdesk, Last Edition"), whose mark is not its first letter.
    let heading = atx(t);
    // A Markdown title (`# …`, one mark) says it is a title however long it runs.
    let (max_chars, max_words) = match t.starts_with("# ") && heading.is_some() {
        true => (MARKED_TITLE_MAX_CHARS, MARKED_TITLE_MAX_WORDS),
        false => (80, TITLE_MAX_WORDS),
    };
    let t = strong_title(heading.unwrap_or(t));
    // Cheap rejections first: this runs on every paragraph of every story.
    if lines != 1 || scene_break || t.len() > max_chars * 4 || t.chars().nth(max_chars).is_some() {
        return false;
    }
    let words = t.split_whitespace().count();
    let first = t.chars().next();
    // A hashtag has no case: "#nightdesk" opens a title as a capital would.
    let tagged = heading.is_some_and(|h| h.starts_with('#'));
    lines == 1
        && !scene_break
        && (1..=max_words).contains(&words)
        && (tagged
            || first.is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || (is_cjk(c) && (c.is_alphabetic() || "《『【".contains(c)))
                    || caseless_letter(c)
            }))
        && !(first.is_some_and(is_cjk) && t.chars().count() > CJK_TITLE_MAX_CHARS)
        && !t.ends_with(['.', ',', ';', '"', '”', '…', '—', '-', '\''])
        && !t.ends_with(['。', '，', '、', '；', '：', '！', '？', '」'])
        && !t.contains(['「', '」'])
        && !t.ends_with("...")
        && !t.contains(['"', '“', '”'])
        && !(t.ends_with(['!', '?']) && words > 4)
        && !t.ends_with(':')
}

/// A line set wholly in strong emphasis (`**Left on Read**`, `__Tides__`, as a title is
/// written in Markdown or copied from a post that set it bold): its words, without the
/// marks; any other line as it is.
pub(crate) fn strong_title(t: &str) -> &str {
    ["**", "__"]
        .iter()
        .find_map(|m| {
            let inner = t.strip_prefix(m)?.strip_suffix(m)?;
            let plain = !inner.is_empty() && !inner.contains(m) && !inner.starts_with(' ');
            (plain && !inner.ends_with(' ')).then_some(inner)
        })
        .or_else(|| framed(t))
        .unwrap_or(t)
}

/// A title framed by a run of marks on each side, a space between ("~~ The Week the Bees
/// Left ~~", "== Tides =="): its words. A named scene break ("~ Time Skip ~") is a break
/// before it is ever a title.
fn framed(t: &str) -> Option<&str> {
    let mark = t.chars().next().filter(|c| matches!(c, '~' | '=' | '+'))?;
    let open = t.chars().take_while(|&c| c == mark).count();
    let inner = t.get(open..)?.strip_prefix(' ')?;
    let close = inner.chars().rev().take_while(|&c| c == mark).count();
    let inner = inner.get(..inner.len() - close)?.strip_suffix(' ')?;
    (open >= 2 && close == open && !inner.trim().is_empty() && !inner.contains(mark))
        .then_some(inner.trim())
}

/// A letter of a script with no capitals (Hebrew, Arabic, Hangul, Thai, Devanagari,
/// Georgian…), which opens a title as a capital would.
fn caseless_letter(c: char) -> bool {
    !c.is_ascii() && c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

/// A title line that is not a bare section heading: "Prologue", "Chapter 3", "Part
/// One" or "IV." at the top opens the story's first section and stays in the body
/// (where it becomes a heading); the story's title comes from elsewhere.
pub(super) fn is_title(p: &RawPara) -> bool {
    let t = atx(&p.text).unwrap_or(&p.text);
    is_title_line(p) && !is_bare_section(t) && !is_date_line(t)
}

/// The text of a Markdown (ATX) heading line, `# Title` or `## 2. Findings ##`: one to
/// six `#` and a space before it, any closing run of `#` taken off. A hashtag (`#fluff`)
/// has no space after its mark, and a line of several (`#fluff #angst`) is not a heading.
pub(crate) fn atx(text: &str) -> Option<&str> {
    let t = text.trim();
    let marks = t.len() - t.trim_start_matches('#').len();
    let rest = &t[marks..];
    if !(1..=6).contains(&marks) || !rest.starts_with([' ', '\t']) || t.contains('\n') {
        return None;
    }
    let inner = rest.trim();
    let inner = match inner.trim_end_matches('#') {
        body if body.len() < inner.len() && body.ends_with([' ', '\t']) => body.trim_end(),
        _ => inner,
    };
    // "# # #" is an ornament, not a heading; "# #nightdesk, Last Edition" names a
    // channel (a hashtag then a word) and is one.
    let hashtag = inner
        .strip_prefix('#')
        .is_some_and(|r| r.starts_with(char::is_alphanumeric));
    (!inner.is_empty() && (!inner.starts_with('#') || hashtag)).then_some(inner)
}

/// A short lowercase line at the very top before a labelled note or over prose: a
/// tumblr-style title ("the long way home", then "a/n: for anon").
pub(super) fn is_lowercase_title(p: &RawPara) -> bool {
    let t = p.text.trim();
    let t = atx(t).unwrap_or(t);
    p.lines == 1
        && !p.scene_break
        && t.starts_with(char::is_lowercase)
        && (1..=TITLE_MAX_WORDS).contains(&t.split_whitespace().count())
        && !t.ends_with(['.', ',', ';', ':', '!', '?', '"', '\u{201d}', '\u{2026}'])
        && !t.ends_with(['-', '\u{2013}', '\u{2014}', '\''])
        && !t.contains(['"', '\u{201c}', '\u{201d}'])
}

/// Words that open a heading inside a story even when it is a single word.
pub(crate) const HEADING_WORDS: &[&str] = &[
    "part",
    "chapter",
    "book",
    "prologue",
    "epilogue",
    "interlude",
    "act",
    "scene",
    "section",
    "intermission",
    "coda",
    "afterword",
    "foreword",
    "preface",
    // French, Spanish, Portuguese, Italian, German.
    "partie",
    "chapitre",
    "livre",
    "épilogue",
    "acte",
    "parte",
    "capítulo",
    "libro",
    "prólogo",
    "epílogo",
    "interludio",
    "livro",
    "interlúdio",
    "capitolo",
    "prologo",
    "epilogo",
    "teil",
    "kapitel",
    "prolog",
    "epilog",
    "zwischenspiel",
];

/// Number words that follow a heading word in a bare section heading ("Part One",
/// "Chapter the Third"), and the words a one-chapter story's only chapter is named by
/// ("Capitolo unico", "Capítulo único", "Chapitre unique", "Chapter Only").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "last", "final", "the", "only", "unico", "único", "unique",
];

/// A Roman numeral up to 89 (`I`, `IV`, `xii`, all capitals or all lowercase) or a
/// number of at most three digits, alone with an optional `.`, `:` or `)` after it: a
/// section number.
pub(crate) fn is_section_number(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ':', ')']);
    let arabic = (1..=3).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit());
    // "xxx" and "XX" alone are kisses; as a number they need their stop ("XX.").
    let kisses = t.chars().all(|c| c == 'x' || c == 'X') && t.len() == text.trim().len();
    arabic || (is_roman(t) && !kisses)
}

/// A well-formed Roman numeral from 1 to 89: tens (`X`, `XL`, `L`, `LXXX`), then units.
fn is_roman(t: &str) -> bool {
    let upper = t.to_ascii_uppercase();
    if t.is_empty() || (t != upper && t != t.to_ascii_lowercase()) {
        return false;
    }
    let rest = ["LXXX", "LXX", "LX", "XL", "XXX", "XX", "L", "X"]
        .iter()
        .find_map(|p| upper.strip_prefix(p))
        .unwrap_or(&upper);
    matches!(
        rest,
        "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX"
    ) && !upper.is_empty()
}

/// A heading word alone or with a number ("Prologue", "Chapter 3", "Part the First",
/// "Act II"), or a section number alone ("IV."): a section's heading that names no
/// story.
pub(crate) fn is_bare_section(text: &str) -> bool {
    if is_section_number(text) {
        return true;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 3
        && words.first().is_some_and(|w| HEADING_WORDS.contains(w))
        && words[1..].iter().all(|w| {
            NUMBER_WORDS.contains(w)
                || is_section_number(w)
                || w.chars().all(|c| c.is_ascii_digit())
        })
}

/// Lowercase letters and digits only: two titles that differ only in case, quotes or
/// punctuation are the same title.
pub(crate) fn words_of(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The title a header gave, set again over the story (`THE LONG WAY ROUND` under a
/// `Title:` field, perhaps over its byline): those lines repeat the header and are not
/// the story's words, so they leave the body. Only the first text of the body (past a
/// divider) is looked at. The lines go to `split.left_out`, with the decision.
pub(crate) fn drop_repeated_title(
    paras: &[RawPara],
    split: &mut super::Split,
    title: &str,
    author: Option<&str>,
) -> Option<()> {
    let words = words_of;
    // The repeat may open the note before the story (a dedication under it), where the
    // lines above a note go when the header has the title.
    let repeats = |i: usize| {
        let p = &paras[i];
        p.lines == 1
            && !words(title).is_empty()
            && words(atx(&p.text).unwrap_or(&p.text)) == words(title)
    };
    let in_preface = split.preface.first().is_some_and(|&i| repeats(i));
    let body = if in_preface {
        &split.preface
    } else {
        &split.body
    };
    let k = body.iter().position(|&i| !paras[i].scene_break)?;
    let p = &paras[body[k]];
    let text = atx(&p.text).unwrap_or(&p.text);
    let (have, want) = (words(text), words(title));
    let names = |who: &str| {
        let who = crate::source::bylines::local_byline(who);
        who.is_some_and(|w| author.is_some_and(|a| words(a) == words(w)))
    };
    // The title alone, or with its byline on the line under it.
    let with_byline = p.lines == 2
        && have
            .strip_prefix(&want)
            .is_some_and(|rest| rest.starts_with(' ') && names(rest.trim()));
    if want.is_empty() || !(p.lines == 1 && have == want || with_byline) {
        return None;
    }
    // The byline on a line of its own under it, naming the header's author.
    let by = body
        .get(k + 1)
        .map(|&i| &paras[i])
        .filter(|b| !with_byline && b.lines == 1 && names(&b.text));
    let why = format!(
        "title: line {} \"{}\"{} repeats the header's title over the story, so it is left out",
        p.line,
        p.text.replace('\n', " / "),
        by.map_or(String::new(), |b| format!(
            " and its byline (line {})",
            b.line
        ))
    );
    let n = 1 + usize::from(by.is_some());
    let list = if in_preface {
        &mut split.preface
    } else {
        &mut split.body
    };
    let gone: Vec<usize> = list.drain(k..k + n).collect();
    split.left_out.extend(gone);
    split.decisions.push(why);
    Some(())
}
