//! The author's own note label: a note's blocks → the same blocks without it.
//!
//! Input: the blocks of a preface or afterword, as the source stage kept them (so
//! `quire inspect` shows what the author wrote). Output: the blocks as laid out under the
//! book's note heading. Decision: when a note opens with the author's own label (`A/N:`,
//! `**Author's Note:**`, `(Note de l'auteur : …)`, a paragraph that is only the label),
//! the label is removed and the book's heading stands for it, so a reader never sees
//! "Author's Note" twice and the two notes of a story keep their different headings.

use super::lang::AUTHOR_LABELS;
use crate::model::{Block, Inline, plain_text};
use std::borrow::Cow;

/// Leading decoration a label may wear before its first letter.
/// (`## Anmerkung`: a Markdown heading that is only the label).
const OPENERS: &[char] = &['(', '[', '{', '（', '【', '~', '-', '<', '*', '_', ' ', '#'];

/// `blocks` without the author's opening label (unchanged when there is none). The note
/// opens at block `at`: blocks before it (a work's summary, which a header puts first
/// in the preface) are not the note and keep what they say.
pub(crate) fn strip_author_label(blocks: &[Block], at: usize) -> Cow<'_, [Block]> {
    // A heading that is only the label ("Note from the author" set as a Heading 1).
    if let Some(Block::Heading(h)) = blocks.get(at)
        && label_end(h).is_some_and(|(n, _)| n >= h.chars().count())
    {
        let mut out = blocks.to_vec();
        out.remove(at);
        return Cow::Owned(out);
    }
    let Some(Block::Paragraph(first)) = blocks.get(at) else {
        return Cow::Borrowed(blocks);
    };
    let text = plain_text(first);
    let Some((cut, bracket)) = label_end(&text) else {
        return Cow::Borrowed(blocks);
    };
    let mut out = blocks.to_vec();
    let rest = drop_chars(first, cut);
    if plain_text(&rest).trim().is_empty() {
        out.remove(at);
    } else {
        out[at] = Block::Paragraph(rest);
    }
    // "(A/N: …)" loses its closing bracket with its opening one.
    if let Some(close) = bracket
        && let Some(Block::Paragraph(last)) = out.last_mut()
        && plain_text(last).trim_end().ends_with(close)
    {
        trim_last_char(last, close);
        if plain_text(last).trim().is_empty() {
            out.pop();
        }
    }
    Cow::Owned(out)
}

/// How many characters of a note paragraph's plain `text` are the author's own label
/// (with its colon, decoration and the spaces after it) that the book's heading replaces;
/// `None` when it opens with none. Tests use it to know which words a note loses.
pub fn author_label_len(text: &str) -> Option<usize> {
    label_end(text).map(|(n, _)| n)
}

/// Where the label of `text` ends (in chars, with the spaces after it), and the bracket
/// that closes it, if it opened with one.
fn label_end(text: &str) -> Option<(usize, Option<char>)> {
    let chars: Vec<char> = text.chars().collect();
    let lead = chars.iter().take_while(|c| OPENERS.contains(c)).count();
    let bracket = chars[..lead].iter().find_map(|c| match c {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        '（' => Some('）'),
        '【' => Some('】'),
        _ => None,
    });
    let lower: Vec<char> = chars[lead..]
        .iter()
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            c => c.to_lowercase().next().unwrap_or(*c),
        })
        .collect();
    for label in AUTHOR_LABELS {
        let l: Vec<char> = label.chars().collect();
        if lower.len() < l.len() || lower[..l.len()] != l[..] {
            continue;
        }
        let mut i = lead + l.len();
        // Decoration and spaces after the label: `**A/N:**`, `A/N :` (French spacing).
        let skip = |i: &mut usize, set: &[char]| {
            while chars
                .get(*i)
                .is_some_and(|c| set.contains(c) || c.is_whitespace())
            {
                *i += 1;
            }
        };
        skip(&mut i, &['*', '_']);
        // A numbered note ("A/N 2:", "Note 3:"), when a colon follows the number.
        let numbered = chars.get(i).is_some_and(char::is_ascii_digit);
        if numbered {
            while chars.get(i).is_some_and(char::is_ascii_digit) {
                i += 1;
            }
            skip(&mut i, &['*', '_']);
            if chars.get(i) != Some(&':') {
                continue;
            }
        }
        // A short qualifier in brackets before the colon ("Author's Note (end):",
        // "A/N (again):") is the label's too.
        if chars.get(i) == Some(&'(')
            && let Some(len) = chars[i..].iter().take(24).position(|c| *c == ')')
        {
            let mut j = i + len + 1;
            skip(&mut j, &['*', '_']);
            if chars.get(j) == Some(&':') {
                i = j;
            }
        }
        // A label closed by its own full-width bracket (`（前書き）`) ends there, the
        // bracket with it.
        if matches!(bracket, Some('）' | '】')) && chars.get(i) == bracket.as_ref() {
            i += 1;
            skip(&mut i, &[]);
            return Some((i, None));
        }
        // The label alone with a full stop ("AUTHOR'S NOTE.", as an etext sets its
        // headings) is all there is, too.
        let stop = chars.get(i) == Some(&'.')
            && chars[i + 1..]
                .iter()
                .all(|c| c.is_whitespace() || matches!(c, '*' | '_'));
        if stop {
            return Some((chars.len(), bracket));
        }
        let colon = matches!(chars.get(i), Some(':' | '-' | '—' | '–' | '：'));
        if colon {
            i += 1;
        }
        skip(&mut i, &['*', '_', ')', ']']);
        // A label without a colon only counts when it is all there is ("Author's Note"),
        // so "Note the date" or "An old man" stay.
        if colon || i >= chars.len() {
            return Some((i, bracket));
        }
    }
    None
}

/// `inlines` without their first `n` characters; emptied spans disappear.
fn drop_chars(inlines: &[Inline], mut n: usize) -> Vec<Inline> {
    let mut out = Vec::new();
    for i in inlines {
        if n == 0 {
            out.push(i.clone());
            continue;
        }
        match i {
            Inline::Text(t) => {
                let len = t.chars().count();
                if len <= n {
                    n -= len;
                } else {
                    out.push(Inline::Text(t.chars().skip(n).collect()));
                    n = 0;
                }
            }
            // A line break is one character ('\n') of the plain text.
            Inline::LineBreak => n -= 1,
            // A note marker is dropped whole or kept whole.
            Inline::NoteRef { marker, .. } => n = n.saturating_sub(marker.chars().count()),
            Inline::Emphasis(c) | Inline::Strong(c) => {
                let len = plain_text(c).chars().count();
                if len <= n {
                    n -= len;
                } else {
                    let rest = drop_chars(c, n);
                    n = 0;
                    out.push(match i {
                        Inline::Emphasis(_) => Inline::Emphasis(rest),
                        _ => Inline::Strong(rest),
                    });
                }
            }
        }
    }
    out
}

/// Removes the last `close` character (and spaces after it) from the end of `inlines`.
fn trim_last_char(inlines: &mut Vec<Inline>, close: char) {
    while let Some(last) = inlines.last_mut() {
        match last {
            Inline::Text(t) => {
                let trimmed = t.trim_end();
                if let Some(s) = trimmed.strip_suffix(close) {
                    *t = s.trim_end().to_string();
                    return;
                }
                if trimmed.is_empty() {
                    inlines.pop();
                    continue;
                }
                return;
            }
            Inline::Emphasis(c) | Inline::Strong(c) => {
                trim_last_char(c, close);
                return;
            }
            Inline::NoteRef { .. } => return,
            Inline::LineBreak => {
                inlines.pop();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::inline::parse;

    fn para(s: &str) -> Block {
        Block::Paragraph(parse(s))
    }

    fn plain(blocks: &[Block]) -> Vec<String> {
        blocks.iter().map(Block::plain).collect()
    }

    #[test]
    fn labels_in_every_dress_are_removed() {
        for (src, want) in [
            ("A/N: Thanks for reading!", "Thanks for reading!"),
            ("**A/N:** Thanks", "Thanks"),
            ("Author’s Note: hi", "hi"),
            ("AUTHOR'S NOTE - hi", "hi"),
            ("Note de l’auteur : merci", "merci"),
            ("Notes de fin\u{a0}: racontez-le-moi", "racontez-le-moi"),
            ("Notas finales: gracias", "gracias"),
            ("(A/N: short one)", "short one"),
            ("__Nota del autor:__ gracias", "gracias"),
            ("Anmerkung: danke", "danke"),
            ("**Kirjoittajan sana:** kiitos", "kiitos"),
            ("Athugasemd höfundar: takk", "takk"),
            ("Lời tác giả: cảm ơn", "cảm ơn"),
            ("Notas do Autor: oi, gente", "oi, gente"),
            ("Note dell'autrice: grazie", "grazie"),
            ("Notas de la autora: gracias", "gracias"),
            ("A/N 2: Thanks again", "Thanks again"),
            ("**Note 3:** last one", "last one"),
            ("Author's Note (end): So that's it", "So that's it"),
            ("A/N (again): yes, a sequel", "yes, a sequel"),
            ("## Anmerkung: danke", "danke"),
            ("（前書き）\n参加作品です。", "参加作品です。"),
            (
                "【あとがき】ありがとうございました！",
                "ありがとうございました！",
            ),
        ] {
            let blocks = [para(src)];
            let got = strip_author_label(&blocks, 0);
            assert_eq!(plain(&got), [want], "{src}");
        }
    }

    #[test]
    fn a_bare_label_paragraph_goes_and_the_rest_stays() {
        let blocks = [para("Author's Note"), para("This is my first fic.")];
        assert_eq!(
            plain(&strip_author_label(&blocks, 0)),
            ["This is my first fic."]
        );
        // Set as an etext sets a heading: capitals and a full stop.
        let blocks = [para("AUTHOR’S NOTE."), para("This story is a gift.")];
        assert_eq!(
            plain(&strip_author_label(&blocks, 0)),
            ["This story is a gift."]
        );
        // A sentence that opens with the words stays.
        let blocks = [para("Author's note. Then the story.")];
        assert_eq!(
            plain(&strip_author_label(&blocks, 0)),
            ["Author's note. Then the story."]
        );
        let blocks = [
            para("（後書き）"),
            para("最後まで読んでいただき、ありがとうございました！"),
        ];
        assert_eq!(
            plain(&strip_author_label(&blocks, 0)),
            ["最後まで読んでいただき、ありがとうございました！"]
        );
        // A heading that is only the label, as a document sets it; a heading that says
        // more stays.
        let blocks = [
            Block::Heading("Note from the author".into()),
            para("This started as a joke."),
        ];
        assert_eq!(
            plain(&strip_author_label(&blocks, 0)),
            ["This started as a joke."]
        );
        let blocks = [
            Block::Heading("Note from the author, and the teapot".into()),
            para("This started as a joke."),
        ];
        assert_eq!(strip_author_label(&blocks, 0).len(), 2);
        // Labels in Hebrew and Thai.
        for src in ["הערה לסיום: תודה שקראתם!", "ทอล์ก"] {
            let blocks = [para(src), para("x")];
            assert!(plain(&strip_author_label(&blocks, 0)).len() <= 2, "{src}");
            assert_ne!(plain(&strip_author_label(&blocks, 0))[0], src, "{src}");
        }
    }

    #[test]
    fn words_that_only_look_like_labels_stay() {
        for s in [
            "An old man wrote this.",
            "Note the date on the letter.",
            "Disclaimer: I own nothing.",
            "Notebooks everywhere.",
            "Nothing to add.",
            "Note 2 of the letter was torn.",
            "An 18th-century clock.",
            "Note (in pencil) the date.",
        ] {
            let blocks = [para(s)];
            assert!(
                matches!(strip_author_label(&blocks, 0), Cow::Borrowed(_)),
                "{s}"
            );
        }
    }

    /// A header's summary heads the preface; the note's label after it still goes, and
    /// a summary that opens like a label keeps its words.
    #[test]
    fn the_label_after_a_summary_is_removed() {
        let blocks = [para("Note: a summary."), para("A/N: for my dad.")];
        assert_eq!(
            plain(&strip_author_label(&blocks, 1)),
            ["Note: a summary.", "for my dad."]
        );
        assert!(matches!(
            strip_author_label(&blocks[..1], 1),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn emphasis_after_the_label_is_kept() {
        let blocks = [para("A/N: I *loved* this")];
        let got = strip_author_label(&blocks, 0);
        assert_eq!(
            got[0],
            Block::Paragraph(vec![
                Inline::Text("I ".into()),
                Inline::Emphasis(vec![Inline::Text("loved".into())]),
                Inline::Text(" this".into()),
            ])
        );
    }
}
