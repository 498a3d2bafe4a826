//! Project Gutenberg–style etexts (and fan editions laid out like them) → the story,
//! with the etext's header, title page, contents list and licence dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the shape Project Gutenberg writes —
//! a first line "TITLE, by AUTHOR" (after "The Project Gutenberg eBook of"), a block of
//! `Title:` / `Author:` / `Release date:` / `Language:` / `Credits:` fields, the
//! `*** START OF … ***` line, a centred title page (the title, "BY", the author, in
//! capitals), a `CONTENTS` list of indented entries, the text with its chapter headings
//! ("CHAPTER I." over "THE MAP WITH NO SEA."), then `*** END OF … ***` and the licence —
//! read: the title and author filed, everything above the START line and from the END
//! line on dropped, the title page and contents list dropped, and each chapter's
//! number and name one heading. Every rule needs the START line under the header's
//! `Title:` and `Author:` fields, which only an etext has: a story may print a
//! `*** START OF TRANSMISSION ***` line of its own.

use super::bylines::one_line_byline;
use super::doc::{Doc, file_hit, in_capitals, read_field};
use super::fields::{CategoryIs, Field};

/// How far down the START line may stand.
const HEAD_LINES: usize = 120;

/// `*** START OF THE PROJECT GUTENBERG EBOOK … ***` or `*** END OF … ***` (any etext's,
/// ebook's or edition's; `***START OF…` without the space too): which one, if it is
/// either.
fn marker(t: &str) -> Option<bool> {
    let inner = t.strip_prefix("***")?.strip_suffix("***")?.trim();
    let upper = inner.to_uppercase();
    // The line names what it opens: an etext, an ebook, an edition ("*** START OF
    // TRANSMISSION ***" is a story's).
    if !["GUTENBERG", "EBOOK", "E-BOOK", "ETEXT", "E-TEXT", "EDITION"]
        .iter()
        .any(|w| upper.contains(w))
    {
        return None;
    }
    if upper.starts_with("START OF ") {
        Some(true)
    } else if upper.starts_with("END OF ") {
        Some(false)
    } else {
        None
    }
}

/// A chapter's number line: "CHAPTER I.", "Chapter 12", "BOOK II", "PART ONE."
fn is_chapter_number(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() == 2
        && ["chapter", "book", "part", "stave", "letter"]
            .contains(&words[0].to_lowercase().as_str())
        && (super::parts::is_section_number(words[1])
            || super::parts::HEADING_WORDS
                .contains(&words[1].trim_end_matches('.').to_lowercase().as_str())
            || words[1]
                .trim_end_matches('.')
                .chars()
                .all(|c| c.is_ascii_digit()))
}

/// Reads an etext. Returns whether it found one.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let top = doc.len().min(HEAD_LINES);
    let Some(start) = (0..top).find(|&i| marker(doc.trimmed(i)) == Some(true)) else {
        return false;
    };
    // The header's fields above the START line: without them the line is a story's own.
    let field = |f: Field| (0..start).any(|k| read_field(doc, k).is_some_and(|h| h.field == f));
    if !field(Field::Title) || !field(Field::Author) {
        return false;
    }
    head(doc, start, allow_title);
    if let Some(end) = (start + 1..doc.len()).find(|&i| marker(doc.trimmed(i)) == Some(false)) {
        doc.drop_page_foot(end, "the etext's END line and licence");
    }
    title_page(doc, start);
    contents(doc, start);
    chapters(doc, start);
    true
}

/// Everything above the START line, and the line: the fields filed, the rest dropped.
fn head(doc: &mut Doc, start: usize, allow_title: bool) {
    let mut i = 0;
    while let Some(k) = doc.next_text(i).filter(|&k| k < start) {
        let hit = read_field(doc, k).filter(|h| h.to <= start);
        match hit {
            Some(h) if matches!(h.field, Field::Title | Field::Author | Field::Language) => {
                i = h.to;
                file_hit(doc, &h, allow_title, CategoryIs::Tag, true);
            }
            _ => {
                let t = doc.trimmed(k).to_string();
                if k == doc.next_text(0).unwrap_or(0)
                    && let Some((title, who)) = one_line_byline(&t)
                {
                    let title = title
                        .strip_prefix("The Project Gutenberg eBook of ")
                        .or_else(|| title.strip_prefix("The Project Gutenberg EBook of "))
                        .unwrap_or(title)
                        .to_string();
                    doc.out.meta.author.get_or_insert_with(|| who.to_string());
                    if allow_title {
                        doc.out.title.get_or_insert(title);
                    }
                }
                doc.drop_line(k, &t);
                i = k + 1;
            }
        }
    }
    let t = doc.trimmed(start).to_string();
    doc.drop_line(start, &t);
    doc.why(format!(
        "header: lines 1–{} are an etext's header, down to its START line",
        start + 1
    ));
}

/// The title page under the START line: paragraphs in capitals that give the title,
/// "BY" and the author (and nothing else in capitals before the text).
fn title_page(doc: &mut Doc, start: usize) {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let title = doc.out.title.as_deref().map(norm).unwrap_or_default();
    let author = doc.out.meta.author.as_deref().map(norm).unwrap_or_default();
    let mut i = start + 1;
    let mut dropped = Vec::new();
    while let Some(k) = doc.next_text(i) {
        let t = doc.trimmed(k).to_string();
        let n = norm(&t);
        let known = !n.is_empty() && (n == title || n == author || n == "by");
        if !in_capitals(&t) || !known {
            break;
        }
        doc.drop_line(k, &t);
        dropped.push(k + 1);
        i = k + 1;
    }
    if let (Some(a), Some(b)) = (dropped.first(), dropped.last()) {
        doc.why(format!(
            "header: lines {a}–{b} are the etext's title page (its title and author again)"
        ));
    }
}

/// A `CONTENTS` line with indented entries under it: the list is dropped.
fn contents(doc: &mut Doc, start: usize) {
    let Some(c) = (start + 1..doc.len()).find(|&i| {
        !doc.taken[i]
            && matches!(
                doc.trimmed(i).trim_end_matches('.').to_lowercase().as_str(),
                "contents" | "table of contents"
            )
    }) else {
        return;
    };
    let mut last = c;
    let mut k = c + 1;
    while k < doc.len() {
        if doc.blank(k) {
            k += 1;
            continue;
        }
        if !doc.lines[k].starts_with([' ', '\t']) || doc.lines[k].split_whitespace().count() > 12 {
            break;
        }
        last = k;
        k += 1;
    }
    if last == c {
        return;
    }
    doc.drop_lines(c, last + 1, "the etext's contents list");
}

/// Chapter headings: a number line ("CHAPTER I.") with the chapter's name in capitals
/// alone in the next paragraph is one heading, "CHAPTER I. THE MAP WITH NO SEA".
fn chapters(doc: &mut Doc, start: usize) {
    for i in start + 1..doc.len() {
        if doc.taken[i] || doc.blank(i) || !is_chapter_number(doc.trimmed(i)) {
            continue;
        }
        let number = doc.trimmed(i).to_string();
        let name = doc
            .next_text(i + 1)
            .filter(|&n| n <= i + 2 && doc.para_end(n) == n + 1)
            .filter(|&n| {
                in_capitals(doc.trimmed(n)) && doc.trimmed(n).split_whitespace().count() <= 10
            });
        let heading = match name {
            Some(n) => {
                let name = doc.trimmed(n).trim_end_matches('.').to_string();
                doc.take(n, n + 1);
                format!("{} {name}", number.trim_end_matches('.').to_string() + ".")
            }
            None => number.clone(),
        };
        doc.why(format!(
            "heading: line {} \"{heading}\" is the etext's chapter heading",
            i + 1
        ));
        doc.lines[i] = heading;
        doc.out.headings.push(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ETEXT: &str = "The Project Gutenberg eBook of The Salt Road, by Ann Example\n\n\
This ebook is for the use of anyone anywhere.\n\nTitle: The Salt Road\n\nAuthor: Ann Example\n\n\
Release date: May 1, 2020 [eBook #1]\n\n*** START OF THE PROJECT GUTENBERG EBOOK THE SALT ROAD ***\n\n\n\
                THE SALT ROAD\n\n                     BY\n\n               ANN EXAMPLE\n\n\n\
CONTENTS\n\n     CHAPTER I. THE WELL\n     CHAPTER II. THE SEA\n\n\n\
CHAPTER I.\n\nTHE WELL.\n\nThe well was dry.\n\nCHAPTER II.\n\nTHE SEA.\n\nThe sea was not.\n\n\
*** END OF THE PROJECT GUTENBERG EBOOK THE SALT ROAD ***\n\nUpdated editions will replace the previous one.\n";

    #[test]
    fn the_etext_loses_its_header_title_page_contents_and_licence() {
        let doc = Doc::read_by(ETEXT, read);
        assert_eq!(doc.out.title.as_deref(), Some("The Salt Road"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Ann Example"));
        assert_eq!(
            doc.untaken(),
            "CHAPTER I. THE WELL\nThe well was dry.\nCHAPTER II. THE SEA\nThe sea was not."
        );
        assert_eq!(doc.out.headings.len(), 2);
    }

    /// A story that prints a START and an END line of its own, with no etext header
    /// over them, keeps every word: above the one and under the other.
    #[test]
    fn a_start_line_without_the_etext_header_is_the_storys() {
        let t = "The Relay\n\nThe station had been dark for nine years.\n\n\
*** START OF TRANSMISSION ***\n\nHELLO. WE HAVE WATER.\n\n*** END OF TRANSMISSION ***\n\n\
They answered at dawn.\n";
        let doc = Doc::read_by(t, read);
        assert!(doc.out.title.is_none());
        assert_eq!(doc.untaken().lines().count(), 6);
        // Under a header's fields too: the lines name no etext.
        let t = format!("Title: The Relay\nAuthor: Ilse Brandt\n\n{t}");
        let doc = Doc::read_by(&t, read);
        assert_eq!(doc.untaken().lines().count(), 8);
    }

    #[test]
    fn a_story_without_the_start_line_is_left_alone() {
        let t = "CHAPTER I.\n\nTHE WELL.\n\nThe well was dry.\n";
        let doc = Doc::read_by(t, read);
        assert_eq!(doc.untaken(), "CHAPTER I.\nTHE WELL.\nThe well was dry.");
    }
}
