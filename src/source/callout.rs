//! Markdown callouts (Obsidian's and GitHub's `> [!note] Title` quotes) → their words,
//! without the `[!type]` marker; a note callout over the story is the author's note.
//!
//! Input: a [`Doc`] whose Markdown quotes the header stage has unquoted (their line
//! ranges in [`Header::quotes`](super::doc::Header)). Output: each callout's marker line
//! dropped (its title kept as the quote's first line, unless it only says "note"); a
//! callout of a note's kind (`note`, `info`, `abstract`, `summary`, `tldr`, or one whose
//! title is an author's-note label) with no story text above it taken into the preface.

use super::doc::Doc;
use super::notes::{NOTE_LABELS, is_labelled_note};

/// Callout kinds that hold the author's words about the story.
const NOTE_KINDS: &[&str] = &["note", "info", "abstract", "summary", "tldr", "important"];

/// `[!type]`, `[!type]+` or `[!type]-` and the title after it: (type, title).
fn marker(line: &str) -> Option<(String, &str)> {
    let rest = line.trim().strip_prefix("[!")?;
    let (kind, after) = rest.split_once(']')?;
    if kind.is_empty() || !kind.chars().all(|c| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let title = after.trim_start_matches(['+', '-']).trim();
    Some((kind.to_lowercase(), title))
}

/// Whether line `i` has only a title and byline above it: at most two short lines.
fn nothing_above(doc: &Doc, i: usize) -> bool {
    let above: Vec<usize> = (0..i).filter(|&k| !doc.blank(k) && !doc.taken[k]).collect();
    above.len() <= 2
        && above
            .iter()
            .all(|&k| doc.trimmed(k).split_whitespace().count() <= 12)
}

/// Reads the callouts among the document's Markdown quotes.
pub(crate) fn read(doc: &mut Doc) {
    let quotes = doc.out.quotes.clone();
    for (first, last) in quotes {
        let i = first - 1;
        let Some((kind, title)) = marker(doc.trimmed(i)) else {
            continue;
        };
        let title = title.to_string();
        let labelled = is_labelled_note(&title, NOTE_LABELS);
        let note = (NOTE_KINDS.contains(&kind.as_str()) || labelled) && nothing_above(doc, i);
        let written = doc.trimmed(i).to_string();
        if note || title.is_empty() || labelled {
            doc.drop_line(i, &written);
        } else {
            doc.dropped(i, &format!("[!{kind}]"));
            doc.lines[i] = title.clone();
        }
        if !note {
            continue;
        }
        let paras = doc.paras(i + 1, last);
        doc.take(i, last);
        doc.out.preface.extend(paras);
        doc.out.quotes.retain(|q| q.0 != first);
        doc.why(format!(
            "preface: lines {first}–{last} are a `[!{kind}]` callout over the story \
             (\"{title}\"): the author's note"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unquoted(text: &str) -> Doc {
        let mut doc = Doc::new(text);
        for i in 0..doc.len() {
            if let Some(rest) = doc.lines[i].strip_prefix("> ") {
                doc.lines[i] = rest.to_string();
            }
        }
        doc
    }

    #[test]
    fn a_note_callout_over_the_story_is_the_preface() {
        let mut doc = unquoted(
            "# Ice\n\n> [!note] Author's note\n> For the winter bingo.\n\nThe lake froze.\n",
        );
        doc.out.quotes.push((3, 4));
        read(&mut doc);
        assert_eq!(doc.out.preface.len(), 1);
        assert_eq!(doc.out.preface[0].text, "For the winter bingo.");
        assert_eq!(doc.untaken(), "# Ice\nThe lake froze.");
        assert!(doc.out.quotes.is_empty());
    }

    #[test]
    fn a_callout_inside_the_story_keeps_its_title_and_words() {
        let mut doc = unquoted(
            "The lake froze.\n\nShe wrote a sign.\n\nIt read:\n\n> [!warning] Thin ice\n> Keep off.\n",
        );
        doc.out.quotes.push((7, 8));
        read(&mut doc);
        assert!(doc.out.preface.is_empty());
        assert!(doc.untaken().ends_with("It read:\nThin ice\nKeep off."));
    }
}
