//! Markdown callouts (Obsidian's and GitHub's `> [!note] Title` quotes, Notion's
//! `<aside>` blocks) → their words, without the `[!type]` marker or the `<aside>` tags
//! and icon; a note callout over the story is the author's note.
//!
//! Input: a [`Doc`] whose Markdown quotes the header stage has unquoted (their line
//! ranges in [`Header::quotes`](super::doc::Header)). Output: each callout's marker line
//! dropped (its title kept as the quote's first line, unless it only says "note"); a
//! callout of a note's kind (`note`, `info`, `abstract`, `summary`, `tldr`, or one whose
//! title is an author's-note label) with no story text above it taken into the preface,
//! one with no story text below it into the afterword.

use super::doc::Doc;
use super::notes::{NOTE_LABELS, is_labelled_note};

/// Notion's callouts as its Markdown export writes them: `<aside>` and `</aside>` alone
/// on their lines around the callout's words, the first line opening with its icon
/// ("💡 **Anmerkung:** …"). The tags and the icon go; a callout (icon or note label) with
/// no story text above it is the preface, one with none below it the afterword, and one
/// inside the story, or with neither icon nor label, keeps its words at their place.
pub(crate) fn asides(doc: &mut Doc) {
    let mut i = 0;
    while i < doc.len() {
        if doc.taken[i] || !doc.trimmed(i).eq_ignore_ascii_case("<aside>") {
            i += 1;
            continue;
        }
        let Some(end) =
            (i + 1..doc.len()).find(|&k| doc.trimmed(k).eq_ignore_ascii_case("</aside>"))
        else {
            return;
        };
        doc.drop_line(i, "<aside>");
        doc.drop_line(end, "</aside>");
        let mut callout = false;
        if let Some(k) = doc.next_text(i + 1).filter(|&k| k < end) {
            let line = doc.lines[k].trim_start().to_string();
            if let Some((icon, rest)) = line.split_once(' ')
                && is_icon(icon)
            {
                doc.dropped(k, icon);
                doc.lines[k] = rest.trim_start().to_string();
                callout = true;
            }
            callout |= is_labelled_note(doc.trimmed(k), NOTE_LABELS);
        }
        // Notion's callout opens with its icon (or a note's label): a story's own
        // `<aside>` at its top or its end, words and no icon, stays at its place.
        let below = doc.next_text(end + 1).is_some();
        if callout && (nothing_above(doc, i) || !below) {
            let paras = doc.paras(i + 1, end);
            doc.take(i + 1, end);
            let place = if below { "preface" } else { "afterword" };
            doc.why(format!(
                "{place}: lines {}–{} are a Notion callout (`<aside>`) {} the story",
                i + 1,
                end + 1,
                if below { "over" } else { "under" }
            ));
            if below {
                doc.out.preface.extend(paras);
            } else {
                doc.out.afterword.extend(paras);
            }
        }
        i = end + 1;
    }
}

/// A callout's icon: one emoji or pictograph (with its variation selector), no letters.
fn is_icon(t: &str) -> bool {
    let mut letters = t.chars().filter(|c| !matches!(*c as u32, 0xFE0F | 0x200D));
    letters.clone().count() <= 3
        && letters.all(|c| !c.is_alphanumeric() && !c.is_ascii() && (c as u32) >= 0x2190)
}

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
        let kind_of_note = NOTE_KINDS.contains(&kind.as_str()) || labelled;
        // Under the story, with nothing after it, a note's callout is the closing note.
        let closing = kind_of_note && !nothing_above(doc, i) && doc.next_text(last).is_none();
        let note = kind_of_note && (nothing_above(doc, i) || closing);
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
        doc.out.quotes.retain(|q| q.0 != first);
        if closing {
            doc.out.afterword.extend(paras);
            doc.why(format!(
                "afterword: lines {first}–{last} are a `[!{kind}]` callout under the story \
                 (\"{title}\"): the author's closing note"
            ));
            continue;
        }
        doc.out.preface.extend(paras);
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
    fn notion_asides_over_and_under_the_story_are_its_notes() {
        let mut doc = Doc::new(
            "# Eis\n\n<aside>\n💡 **Anmerkung:** Für das Wichteln.\n\n</aside>\n\nDer See fror.\n\n\
<aside>\n💬 Danke fürs Lesen!\n\n</aside>\n",
        );
        asides(&mut doc);
        assert_eq!(doc.out.preface.len(), 1);
        assert_eq!(doc.out.preface[0].text, "**Anmerkung:** Für das Wichteln.");
        assert_eq!(doc.out.afterword[0].text, "Danke fürs Lesen!");
        assert_eq!(doc.untaken(), "# Eis\nDer See fror.");
    }

    #[test]
    fn an_aside_inside_the_story_keeps_its_words_at_their_place() {
        let story =
            "Der See fror in der Nacht, und am Morgen lag das ganze Dorf still unter dem Eis.";
        let mut doc = Doc::new(&format!(
            "{story}\n\n<aside>\n⚠️ Dünnes Eis!\n</aside>\n\nSie ging heim.\n"
        ));
        asides(&mut doc);
        assert!(doc.out.preface.is_empty() && doc.out.afterword.is_empty());
        assert_eq!(
            doc.untaken(),
            format!("{story}\nDünnes Eis!\nSie ging heim.")
        );
    }

    /// A story's own `<aside>` (no icon, no note label) at its end or its top is the
    /// story's: its words stay at their place; only the tags go.
    #[test]
    fn an_aside_without_an_icon_is_the_storys() {
        for (text, kept) in [
            (
                "# The Diary\n\nThe last page held a note:\n\n<aside>\nDon't forget me.\n</aside>\n",
                "# The Diary\nThe last page held a note:\nDon't forget me.",
            ),
            (
                "<aside>\nThe walls remember.\n</aside>\n\nThe house was sold.\n",
                "The walls remember.\nThe house was sold.",
            ),
        ] {
            let mut doc = Doc::new(text);
            asides(&mut doc);
            assert!(
                doc.out.preface.is_empty() && doc.out.afterword.is_empty(),
                "{text}"
            );
            assert_eq!(doc.untaken(), kept);
        }
    }

    #[test]
    fn a_note_callout_under_the_story_is_the_afterword() {
        let mut doc = unquoted(
            "# Ice\n\nThe lake froze.\n\nShe skated home.\n\n> [!info]- Afterword\n> The lake is real.\n",
        );
        doc.out.quotes.push((7, 8));
        read(&mut doc);
        assert!(doc.out.preface.is_empty());
        assert_eq!(doc.out.afterword[0].text, "The lake is real.");
        assert_eq!(doc.untaken(), "# Ice\nThe lake froze.\nShe skated home.");
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
