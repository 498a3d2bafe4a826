//! A table of contents at the head of a text file (Calibre's TXT output, a writing
//! app's compile, an e-book copied whole) → dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: near the top, a "Table of Contents"
//! or "Contents" line (in the languages notes are read in) over its entries — short
//! lines with no sentence's end, each of them standing again further down as a line of
//! its own (the heading it points to) — taken and recorded as dropped. A contents line
//! whose entries do not come again is the story's, and stays.

use super::doc::Doc;

/// How far down the file a table of contents may start.
const TOP_LINES: usize = 40;
/// The most entries a table of contents is read with.
const MAX_ENTRIES: usize = 60;
/// The longest entry, in words.
const ENTRY_WORDS: usize = 10;

/// The lines that head a table of contents, lowercase.
const LABELS: &[&str] = &[
    "table of contents",
    "contents",
    "inhalt",
    "inhaltsverzeichnis",
    "sommaire",
    "table des matières",
    "índice",
    "indice",
    "sumário",
    "содержание",
    "оглавление",
    "目次",
    "目录",
    "目錄",
];

/// Reads a table of contents near the top; whether there was one.
pub(crate) fn read(doc: &mut Doc) -> bool {
    let top = doc.len().min(TOP_LINES);
    let Some(label) = (0..top)
        .find(|&i| !doc.taken[i] && LABELS.contains(&doc.lower(i).trim_end_matches(':').trim()))
    else {
        return false;
    };
    // The entries: lines of text under the label, blank lines between them allowed, up
    // to the first line that is no entry or two blank lines in a row.
    let mut entries = Vec::new();
    let mut k = label + 1;
    while k < doc.len() && entries.len() < MAX_ENTRIES {
        if doc.blank(k) {
            if k + 1 < doc.len() && doc.blank(k + 1) {
                break;
            }
            k += 1;
            continue;
        }
        let t = doc.trimmed(k);
        let entry = !doc.taken[k]
            && t.split_whitespace().count() <= ENTRY_WORDS
            && !t.ends_with(['.', ',', ';', '!', '?', '"', '”']);
        // An entry that comes again over the story's first paragraph is the first
        // heading, right under the list (a file with no blank lines).
        let repeated = entries.iter().any(|&e| doc.trimmed(e) == t)
            && k + 1 < doc.len()
            && doc.trimmed(k + 1).split_whitespace().count() > ENTRY_WORDS;
        if !entry || repeated {
            break;
        }
        entries.push(k);
        k += 1;
    }
    let after = entries.last().map_or(label + 1, |&e| e + 1);
    // Every entry stands again below as a line of its own.
    let again = |e: usize| {
        let t = doc.trimmed(e);
        (after..doc.len()).any(|j| !doc.taken[j] && doc.trimmed(j) == t)
    };
    if entries.is_empty() || !entries.iter().all(|&e| again(e)) {
        return false;
    }
    doc.drop_span(label, after);
    doc.why(format!(
        "header: lines {}–{after} are a table of contents ({} entries, each a heading \
         further down), so they are left out",
        label + 1,
        entries.len()
    ));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contents_list_whose_entries_come_again_goes() {
        let t = "Lost Property\n\nHarriet Okonjo-Blake\n\n\nTable of Contents\n\nChapter 1\n\nChapter 2\n\nAuthor's Note\n\n\n\nChapter 1\n\nThe office had one window.\n\nChapter 2\n\nShe came back.\n\nAuthor's Note\n\nThanks!";
        let mut doc = Doc::new(t);
        assert!(read(&mut doc));
        assert_eq!(
            doc.untaken(),
            "Lost Property\nHarriet Okonjo-Blake\nChapter 1\nThe office had one window.\nChapter 2\nShe came back.\nAuthor's Note\nThanks!"
        );
    }

    /// With no blank lines, the list runs into its first heading, which ends it.
    #[test]
    fn a_contents_list_right_over_its_first_heading() {
        let t = "Winter\nby Petra\nContents\nPart One: Snow\nPart Two: Thaw\nPart One: Snow\nThe snow came and did not stop, and the line was closed.\nPart Two: Thaw\nThe thaw came early.";
        let mut doc = Doc::new(t);
        assert!(read(&mut doc));
        assert_eq!(
            doc.untaken(),
            "Winter\nby Petra\nPart One: Snow\nThe snow came and did not stop, and the line was closed.\nPart Two: Thaw\nThe thaw came early."
        );
    }

    /// A story's own "Contents" line over a list that never comes again stays.
    #[test]
    fn a_storys_contents_list_stays() {
        let t = "She opened the box.\n\nContents:\nOne spoon\nTwo letters\n\nShe closed it again.";
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc));
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
    }
}
