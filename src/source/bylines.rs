//! Bylines: the author's name under or beside a title, in English and other languages
//! (`by NAME`, `von NAME`, `מאת: NAME`, a bare name over an author's note), and whether
//! a string reads as a name rather than a sentence. Used by the header readers.

use super::doc::Doc;
use super::notes::{NOTE_LABELS, is_labelled_note};
use super::parts::is_title_line;

/// The words that open an English byline, lowercase, each with the space after it.
const BY: &[&str] = &["written by ", "by: ", "by "];

/// The word Turkish sets after the name in a byline ("NAME tarafından", "by NAME").
pub(crate) const BY_AFTER_NAME: &str = " tarafından";

/// `by NAME` / `By: NAME` / `written by NAME`: the name.
pub(crate) fn byline(line: &str) -> Option<&str> {
    let t = line.trim();
    let lower = t.to_lowercase();
    for p in BY {
        if lower.starts_with(p) && t.is_char_boundary(p.len()) {
            let who = t[p.len()..].trim();
            let words = who.split_whitespace().count();
            return (1..=8).contains(&words).then_some(who);
        }
    }
    None
}

/// "by" in the languages whose bylines stand under a title as one: German, French,
/// Spanish and Portuguese, Dutch, Italian, Swedish and Norwegian, Danish, Icelandic
/// (whose name follows in the dative: "eftir Sólveigu"), Hebrew (`מאת:`), Arabic,
/// Persian and Thai; Turkish puts its word after the name ("NAME tarafından").
const LOCAL_BY: &[&str] = &[
    "von ",
    "par ",
    "por ",
    "door ",
    "di ",
    "av ",
    "af ",
    "eftir ",
    "מאת: ",
    "מאת ",
    "بقلم: ",
    "بقلم ",
    "بواسطة ",
    // Persian ("poem of", "written by", "by the pen of") and Thai ("by").
    "سروده‌ی ",
    "سرودهٔ ",
    "نوشته‌ی ",
    "نوشتهٔ ",
    "به قلمِ ",
    "به قلم ",
    "โดย ",
];

/// A byline under a title, in English or another language, perhaps wholly in emphasis
/// (`*von Henrike Sauerwald*`): the name.
pub(crate) fn local_byline(line: &str) -> Option<&str> {
    let t = line.trim();
    let t = match t.chars().next() {
        Some(c @ ('*' | '_')) => {
            let mark: String = t.chars().take_while(|&m| m == c).collect();
            let inner = t.strip_prefix(mark.as_str())?;
            match inner.strip_suffix(mark.as_str()) {
                Some(whole) => whole,
                // Only the word "by" in emphasis (`**by** wrenfromwolves`): the name
                // follows it.
                None => {
                    let (by, who) = inner.split_once(mark.as_str())?;
                    let by = by.trim().to_lowercase();
                    let known = BY.iter().chain(LOCAL_BY).any(|p| p.trim() == by);
                    let who = who.trim();
                    return (known && (1..=4).contains(&who.split_whitespace().count()))
                        .then_some(who);
                }
            }
        }
        _ => t,
    };
    if let Some(who) = byline(t) {
        return Some(who);
    }
    let lower = t.to_lowercase();
    let who = match LOCAL_BY.iter().find(|p| lower.starts_with(**p)) {
        Some(p) => t.get(p.len()..)?.trim(),
        None => t.strip_suffix(BY_AFTER_NAME)?.trim(),
    };
    (1..=4)
        .contains(&who.split_whitespace().count())
        .then_some(who)
}

/// A bare name on its own under the title at the top of the file, both as the file's
/// name has them ("Lost Property - Harriet Okonjo-Blake.txt" opening "Lost Property"
/// over "Harriet Okonjo-Blake", as Calibre's text output and many a saved e-book
/// write): the title and the author, read. The file's name is the evidence: a story
/// whose first line is a name stays.
pub(crate) fn title_and_name_as_file_named(doc: &mut Doc, stem: &str, allow_title: bool) {
    let Some(t) = doc.next_text(0) else {
        return;
    };
    let Some(n) = doc.next_text(t + 1) else {
        return;
    };
    let (title, name) = (doc.trimmed(t).to_string(), doc.trimmed(n).to_string());
    let stem = stem.to_lowercase().replace('_', " ");
    let named = is_name(&name)
        && name.split_whitespace().count() >= 2
        && doc.para_end(t) <= n
        && doc.para_end(n) == n + 1
        && stem.contains(&title.to_lowercase())
        && stem.contains(&name.to_lowercase())
        && is_title_line(&doc.para(t, t + 1));
    if !named {
        return;
    }
    doc.title_line(
        t,
        allow_title,
        "the story's title, as the file's name gives it",
    );
    doc.take(n, n + 1);
    doc.why(format!(
        "header: line {} \"{name}\" is the author's name under the title, as the file's \
         name gives it",
        n + 1
    ));
    doc.out.meta.author.get_or_insert(name);
}

/// A file named for its title and author ("The Long Way by ana_reis.txt",
/// "Salt_Roads_by_Ana_Reis"): the title and the name, when the name reads as one (a
/// one-word title over a username, "Overdue by pipistrelle", may be a title alone:
/// "Passing by moonlight").
pub(crate) fn file_name_byline(stem: &str) -> Option<(String, String)> {
    let spaced = stem.replace('_', " ");
    [stem, spaced.as_str()].into_iter().find_map(|s| {
        let (title, who) = one_line_byline(s)?;
        let title = title.replace('_', " ");
        is_name(who).then(|| (title.trim().to_string(), who.to_string()))
    })
}

/// The name byline `b` gives: after its `by`, or the whole line for a bare name.
pub(crate) fn name_on(doc: &Doc, b: usize) -> String {
    let t = doc.trimmed(b);
    local_byline(t).unwrap_or(t).to_string()
}

/// A line under the title that is only a name, with no "by" ("Kateřina Hrubá-Novotná"),
/// is the byline when an author's note follows it: two to four capitalised words (name
/// particles between), no digit, nothing after a title but a note. A name and then the
/// story stays story: it may be the story's first line ("Harry Potter" as a heading).
pub(crate) fn bare_name_over_note(doc: &Doc, b: usize) -> bool {
    is_bare_name(doc.trimmed(b))
        && doc.para(b, b + 1).lines == 1
        && doc
            .next_text(b + 1)
            .is_some_and(|n| is_labelled_note(doc.trimmed(n), NOTE_LABELS))
}

/// A line that is only a person's name: two to four capitalised words (name particles
/// between), no digit, not opening as a title or a heading does ("A Winter's Tale",
/// "Part Two").
pub(crate) fn is_bare_name(t: &str) -> bool {
    let words = t.split_whitespace().count();
    let first = t.split_whitespace().next().unwrap_or("").to_lowercase();
    (2..=4).contains(&words)
        && t.chars().count() <= 48
        && !t.contains(|c: char| c.is_ascii_digit())
        && !NOT_FIRST_NAMES.contains(&first.as_str())
        && is_name(t)
}

/// Words that open a title or a heading, never a name, lowercase.
const NOT_FIRST_NAMES: &[&str] = &[
    "a", "an", "the", "el", "la", "los", "las", "un", "una", "le", "les", "der", "die", "das",
    "ein", "eine", "il", "lo", "gli", "o", "os", "as", "um", "uma", "het", "een", "part",
    "chapter", "book", "prologue", "epilogue", "act", "scene", "volume",
];

/// Lowercase words inside a name: "Femke van der Heijden", "Ana de la Cruz".
const PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "von", "zu", "da", "di", "du", "del", "della", "la", "le", "ter",
    "ten", "dos", "das", "do", "y", "e", "bin", "ibn", "al", "el",
];

/// Whether `who` reads as a name, not a sentence ("by the time she came…"): one word (a
/// username, "umeboshi_umbrella"), or up to four words each capitalised or in a script
/// with no case ("נועה בן-שושן"), with name particles between ("Femke van der
/// Heijden-Oosterbroek"), and no sentence punctuation at its end.
pub(crate) fn is_name(who: &str) -> bool {
    let words: Vec<&str> = who.split_whitespace().collect();
    let cased = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
    };
    let inner = |(i, w): (usize, &&str)| {
        cased(w) || (i > 0 && i + 1 < words.len() && PARTICLES.contains(w))
    };
    let named = words.len() == 1 || words.iter().enumerate().all(inner);
    named && words.len() <= 4 && !who.ends_with(['.', ',', ';', ':', '!', '?'])
}

/// Words a one-line "Title by Name" never ends with: "Stand by Me" is a title.
const NOT_NAMES: &[&str] = &[
    "me",
    "you",
    "him",
    "her",
    "us",
    "them",
    "it",
    "myself",
    "night",
    "day",
    "now",
    "heart",
    "hand",
    "design",
    "default",
    "chance",
    "accident",
    "mistake",
    "moonlight",
    "candlelight",
];

/// "The Lantern Road by quietmoth": the title and the name, when the line is a short
/// title (no sentence) and the name reads as one: a user name in lowercase under a
/// title of two words or more, or two to four capitalised words ("Imogen Farrah-Lowe").
/// "She stood by the door" and "Stand by Me" are not.
pub(crate) fn one_line_byline(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    let i = t.rfind(" by ")?;
    let (title, who) = (t[..i].trim(), t[i + 4..].trim());
    let title_words = title.split_whitespace().count();
    let names: Vec<&str> = who.split_whitespace().collect();
    let title_para = super::paragraphs::RawPara {
        text: title.to_string(),
        line: 1,
        lines: 1,
        scene_break: false,
        layout: Default::default(),
        ..Default::default()
    };
    if t.split_whitespace().count() > 14
        || t.ends_with(['.', ',', ';', ':', '!', '?', '"', '\u{201d}'])
        || !is_title_line(&title_para)
        || NOT_NAMES.contains(&who.to_lowercase().as_str())
    {
        return None;
    }
    let user = names.len() == 1
        && title_words >= 2
        && who
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && who.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
    let person = (2..=4).contains(&names.len())
        && names.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
        });
    (user || person).then_some((title, who))
}

/// A byline under a title the story's parts found after its note ("A/N: for Corin" /
/// "The Lamp Keeper" / "by Tomasz Wren"): the header, which reads only a file's top,
/// never saw it. When the paragraph right under that title is one line that is a
/// byline naming a name, it is the author's, taken out of the story with its label
/// dropped. Returns why, for `quire inspect`.
pub(super) fn under_found_title(
    paras: &[super::paragraphs::RawPara],
    split: &mut super::parts::Split,
    meta: &mut crate::model::StoryMeta,
) -> Option<String> {
    let t = split.title?;
    let &b = split.body.first().filter(|&&b| b == t + 1)?;
    let p = &paras[b];
    if meta.author.is_some() || p.lines != 1 || p.scene_break || split.body.len() < 2 {
        return None;
    }
    let who = byline(&p.text)
        .or_else(|| local_byline(&p.text))
        .filter(|w| is_name(w))?;
    let label = p.text.trim().replacen(who, "", 1);
    meta.author = Some(who.to_string());
    meta.dropped.push(crate::model::Dropped {
        line: p.line,
        text: label.trim().to_string(),
    });
    split.body.remove(0);
    Some(format!(
        "byline: line {} is the byline under the title found after the note",
        p.line
    ))
}

/// How many paragraphs into the text a title over its byline is looked for.
const TITLE_BLOCK_WINDOW: usize = 8;

/// A title with its byline typed as one paragraph ("The Keeper's Cat" over "by Harriet
/// Quayle", or on one line, or joined so by the line stage: "The Keeper's Cat by Harriet
/// Quayle") under
/// an opening note, where the header, which reads only a file's top, never saw it:
/// parted into the title line and the byline line, so the story's parts find the title
/// after the note and [`under_found_title`] the byline under it. Only near the top; a
/// name must follow the `by`.
pub(super) fn part_title_bylines(paras: &mut Vec<super::paragraphs::RawPara>) {
    let mut k = 1;
    while k < paras.len().min(TITLE_BLOCK_WINDOW) {
        let p = &paras[k];
        let parts = match p.text.split_once('\n') {
            Some((t, b)) if p.lines == 2 && !b.contains('\n') => byline(b)
                .or_else(|| local_byline(b))
                .filter(|w| is_name(w))
                .map(|_| (t.to_string(), b.to_string())),
            None if p.lines <= 2 => one_line_byline(&p.text)
                .filter(|(_, w)| is_name(w))
                .map(|(t, w)| (t.to_string(), format!("by {w}"))),
            _ => None,
        };
        let title_para = |t: &str| super::paragraphs::RawPara {
            text: t.to_string(),
            lines: 1,
            ..Default::default()
        };
        match parts {
            Some((t, b)) if !p.scene_break && is_title_line(&title_para(&t)) => {
                let line = p.line;
                paras[k] = super::paragraphs::RawPara {
                    line,
                    ..title_para(&t)
                };
                paras.insert(
                    k + 1,
                    super::paragraphs::RawPara {
                        line: line + 1,
                        ..title_para(&b)
                    },
                );
                k += 2;
            }
            _ => k += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::paragraphs::split;

    /// A file named "Title by Name" gives both; a one-word title over a word, and a
    /// name that reads as none, give nothing.
    #[test]
    fn a_file_named_title_by_name() {
        let got = |s: &str| file_name_byline(s);
        assert_eq!(
            got("The Long Way by ana_reis"),
            Some(("The Long Way".to_string(), "ana_reis".to_string()))
        );
        assert_eq!(
            got("Salt_Roads_by_Ana_Reis"),
            Some(("Salt Roads".to_string(), "Ana Reis".to_string()))
        );
        assert_eq!(got("Passing by moonlight"), None);
        assert_eq!(got("Stand by Me"), None);
        assert_eq!(got("lantern_weather"), None);
    }

    /// A title over its byline typed as one paragraph under an opening note is parted in
    /// two, whether its lines were kept or joined; a line of verse with "by" is not.
    #[test]
    fn a_title_block_under_a_note_is_parted() {
        for text in [
            "Hello, friends!\n\nThis week's story came on a train.\n\nThe Glass Orchard\nby Mira Sol\n\nThe orchard rang.",
            "Hello, friends!\n\nThis week's story came on a train.\n\nThe Glass Orchard by Mira Sol\n\nThe orchard rang.",
        ] {
            let mut paras = split(text);
            part_title_bylines(&mut paras);
            let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(texts[2..4], ["The Glass Orchard", "by Mira Sol"], "{text}");
            assert_eq!(paras[3].line, paras[2].line + 1);
        }
        let verse = "She sang.\n\nAnd all the long night\nby the river we lay\n\nThen dawn.";
        let mut paras = split(verse);
        let before = paras.clone();
        part_title_bylines(&mut paras);
        assert_eq!(paras, before);
    }

    /// Bylines in Persian (a zero-width non-joiner inside its word), Thai and Turkish
    /// (the word after the name).
    #[test]
    fn bylines_in_persian_thai_and_turkish() {
        assert_eq!(local_byline("سروده‌ی مهتاب شیرازی"), Some("مهتاب شیرازی"));
        assert_eq!(local_byline("โดย ฟ้าหลังฝน"), Some("ฟ้าหลังฝน"));
        assert_eq!(
            local_byline("denizkizi_yazar tarafından"),
            Some("denizkizi_yazar")
        );
        assert_eq!(local_byline("Bu kitap annem tarafından yazılmadı"), None);
    }

    #[test]
    fn a_name_under_the_title_as_the_file_names_both() {
        let t =
            "Lost Property\n\nHarriet Okonjo-Blake\n\n\nChapter 1\n\nThe office had one window.";
        let mut doc = Doc::new(t);
        title_and_name_as_file_named(&mut doc, "Lost Property - Harriet Okonjo-Blake", true);
        assert_eq!(doc.out.title.as_deref(), Some("Lost Property"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Harriet Okonjo-Blake"));
        assert_eq!(doc.untaken(), "Chapter 1\nThe office had one window.");
        // A file named otherwise keeps its lines.
        let mut doc = Doc::new(t);
        title_and_name_as_file_named(&mut doc, "lost-property", true);
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
    }
}
