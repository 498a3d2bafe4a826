//! The vocabulary of author's notes: labels, talk to readers, sign-offs.
//!
//! Input: one paragraph's text. Output: whether it carries a label (`A/N:`, `**A/N:**`,
//! `(Author's note: …)`, `Disclaimer:`), how many signs of an author talking to readers
//! it holds, whether it signs off. `parts` combines these into decisions.

/// Labels that open an author's note, lowercase, apostrophes straightened.
pub const NOTE_LABELS: &[&str] = &[
    "a/n",
    "an:",
    "author's note",
    "authors note",
    "author note",
    "author's notes",
    "authors' note",
    "disclaimer",
    "note:",
    "notes:",
    "n/a:",
    "warning:",
    "warnings:",
    "summary:",
    "rating:",
    "pairing:",
    "pairings:",
    "dedication:",
    "beta'd by",
    "spoilers:",
    "title:",
    "author:",
    "fandom:",
    "characters:",
    "word count:",
    "genre:",
];

/// Labels that close a story with an author's note.
pub const END_LABELS: &[&str] = &[
    "a/n",
    "an:",
    "author's note",
    "authors note",
    "author note",
    "end note",
    "end notes",
    "endnote",
    "note:",
    "notes:",
    "thanks for reading",
    "thank you for reading",
];

/// Phrases only an author talking to readers uses: about the fic, reviews, updates,
/// ownership. One of these is needed before unlabelled text is taken as a note, so a
/// first-person narrator who mentions "the story" or says "enjoy" stays in the story.
const STRONG_TALK: &[&str] = &[
    "fanfic",
    "fan fic",
    "fanfiction",
    "fan fiction",
    "this fic",
    "my fic",
    "first fic",
    "one shot",
    "one-shot",
    "oneshot",
    "this story",
    "my story",
    "my first",
    "review",
    "disclaimer",
    "i don't own",
    "i do not own",
    "don't own",
    "readers",
    "update",
    "hope you like",
    "hope you enjoy",
    "hope you all",
    "i wrote this",
    "continue the story",
    "if people like it",
    "thanks for reading",
    "thank you for reading",
    "constructive criticism",
    "flames",
    "beta",
];

/// Weaker signs: they count towards author talk but never make a note on their own.
const WEAK_TALK: &[&str] = &[
    "the story",
    "enjoy",
    "chapter",
    "inspired",
    "belongs to",
    "characters",
];

/// Sign-offs that end an unlabelled note.
const SIGN_OFFS: &[&str] = &[
    "enjoy",
    "read and review",
    "r&r",
    "on with the story",
    "here we go",
    "hope you like it",
    "hope you enjoy",
];

fn straighten(s: &str) -> String {
    s.to_lowercase().replace(['’', '‘', '`'], "'")
}

/// Strips decoration a label may wear: `**A/N:**`, `(A/N: …)`, `[AN]`.
fn undecorated(text: &str) -> String {
    straighten(text.trim_start_matches(['*', '_', '(', '[', '{', ' ', '~', '-', '<']))
}

/// Whether a paragraph opens with an author's-note label.
pub fn is_labelled_note(text: &str, labels: &[&str]) -> bool {
    let t = undecorated(text);
    labels.iter().any(|l| {
        t.starts_with(l) && {
            // "An:" must not match "An old man…" and "Note" must be a label, not a word.
            let rest = &t[l.len()..];
            l.ends_with(':')
                || rest.is_empty()
                || rest.starts_with([':', ' ', '-', '—', ')', ']', '*', '_', 's', '.', '!', ','])
        }
    })
}

/// Signs of author talk in a paragraph: (strong, all).
pub fn talk_signs(text: &str) -> (usize, usize) {
    let t = straighten(text);
    let strong = STRONG_TALK.iter().filter(|p| t.contains(*p)).count();
    let weak = WEAK_TALK.iter().filter(|p| t.contains(*p)).count();
    (strong, strong + weak)
}

/// Whether a labelled paragraph is the label alone ("Author's Note", "**A/N:**"), so the
/// note itself is the next paragraph.
pub fn is_bare_label(text: &str) -> bool {
    let t = undecorated(text);
    let rest = NOTE_LABELS
        .iter()
        .filter(|l| t.starts_with(*l))
        .map(|l| &t[l.len()..])
        .min_by_key(|r| r.len());
    rest.is_some_and(|r| {
        r.trim_start_matches('s')
            .chars()
            .all(|c| !c.is_alphanumeric())
    })
}

/// Whether a note opened with `(` or `[` is still open at the end of this paragraph.
pub fn opens_bracket(text: &str) -> Option<char> {
    let t = text.trim_start_matches(['*', '_', ' ']);
    let close = match t.chars().next()? {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    (!text.trim_end_matches(['*', '_', ' ']).ends_with(close)).then_some(close)
}

pub fn is_sign_off(text: &str) -> bool {
    let t = straighten(text);
    t.split_whitespace().count() <= 12 && SIGN_OFFS.iter().any(|s| t.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        for l in [
            "A/N: hi",
            "AN: hi",
            "A/N hi",
            "Author's Note: x",
            "Author’s note: x",
            "**A/N:** x",
            "(A/N: x)",
            "Disclaimer: I own nothing",
            "AUTHOR'S NOTE",
        ] {
            assert!(is_labelled_note(l, NOTE_LABELS), "{l}");
        }
        for l in [
            "An old man walked in.",
            "Another day.",
            "Notebooks everywhere.",
        ] {
            assert!(!is_labelled_note(l, NOTE_LABELS), "{l}");
        }
    }

    #[test]
    fn bare_labels_and_brackets() {
        assert!(is_bare_label("Author's Note"));
        assert!(is_bare_label("**A/N:**"));
        assert!(is_bare_label("AUTHOR'S NOTES:"));
        assert!(!is_bare_label("A/N: my first fic"));
        assert_eq!(opens_bracket("(A/N: this runs on"), Some(')'));
        assert_eq!(opens_bracket("(A/N: closed here)"), None);
        assert_eq!(opens_bracket("A/N: no bracket"), None);
    }

    #[test]
    fn talk_needs_strong_signs() {
        assert_eq!(talk_signs("I was nine when she told me the story.").0, 0);
        assert!(talk_signs("This is my first fic, reviews make my day").0 >= 2);
        assert!(is_sign_off("Enjoy!") && is_sign_off("Please read and review!"));
        assert!(!is_sign_off("She said nothing at all."));
    }
}
