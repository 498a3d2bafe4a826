//! The note a writer sets in italics under a word processor document's title and
//! byline: the paragraphs a document reader wrote as HTML → that one paragraph boxed as
//! the page's author's note (`<aside class=note>`), which the HTML readers take as the
//! story's note before.
//!
//! Input: the page's HTML as written so far and, for each paragraph, where it stands in
//! it, its kind, whether all its text is in italics and its plain text. Output: the same
//! HTML with the note boxed, when there is one. Writers who keep a story in Word (or
//! compile one from Scrivener) write a line to readers under the byline, set apart in
//! italics: "This is the long version of a story I read aloud…". It is the note only
//! when everything says so: right under a title and a byline, all in italics, short,
//! the story under it not in italics, and talking as an author does (a note's label, a
//! strong sign of talk, or a sign and words to the reader); an italic epigraph or an
//! opening in italics stays the story's. Shared by the Word, RTF and OpenDocument readers. Pure.

use super::super::bylines::{is_name, local_byline};
use super::super::notes::talks_under_byline;

/// The most words of a note set under the byline: a line or two to readers, not a
/// prologue.
const NOTE_WORDS: usize = 120;

/// What a written paragraph is on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::source) enum Kind {
    Title,
    Subtitle,
    Heading,
    /// A list item.
    Item,
    /// Any other paragraph, centred or not.
    Text,
}

/// One paragraph as written: its HTML at `start..end` of the page's body.
#[derive(Debug, Clone)]
pub(in crate::source) struct Written {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whether all its text (there is some) is in italics.
    pub italic: bool,
    pub text: String,
}

/// Boxes the note under the title and byline of `html` (see the module), if there is
/// one; returns whether it did.
pub(in crate::source) fn box_note(html: &mut String, paras: &[Written]) -> bool {
    let mut texts = paras
        .iter()
        .filter(|p| p.text.chars().any(char::is_alphanumeric));
    let (Some(title), Some(byline), Some(note), Some(next)) =
        (texts.next(), texts.next(), texts.next(), texts.next())
    else {
        return false;
    };
    let is_byline = byline.kind == Kind::Subtitle
        || (byline.kind == Kind::Text && local_byline(byline.text.trim()).is_some_and(is_name));
    let set_apart = note.kind == Kind::Text
        && note.italic
        && note.text.split_whitespace().count() <= NOTE_WORDS
        && !next.italic;
    // The title: in the Title style, or the first heading (LibreOffice writers often
    // head the page with a Heading 1).
    let titled = matches!(title.kind, Kind::Title | Kind::Heading);
    if !titled || !is_byline || !set_apart || !talks_under_byline(&note.text) {
        return false;
    }
    html.insert_str(note.end, "</aside>");
    html.insert_str(note.start, "<aside class=note>");
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page of `paras` (kind, italic, text), each a `<p>`, and where each stands.
    fn page(paras: &[(Kind, bool, &str)]) -> (String, Vec<Written>) {
        let mut html = String::new();
        let mut out = Vec::new();
        for &(kind, italic, text) in paras {
            let start = html.len();
            html.push_str(&format!("<p>{text}</p>"));
            out.push(Written {
                start,
                end: html.len(),
                kind,
                italic,
                text: text.into(),
            });
        }
        (html, out)
    }

    const NOTE: &str = "This is the long version of a story I read aloud last spring. \
                        Thank you to everyone who came.";

    #[test]
    fn an_italic_line_to_readers_under_the_byline_is_boxed() {
        let (mut html, paras) = page(&[
            (Kind::Title, false, "Salt"),
            (Kind::Subtitle, false, "by Ana Reyes"),
            (Kind::Text, true, NOTE),
            (Kind::Text, false, "The river took three things."),
        ]);
        assert!(box_note(&mut html, &paras));
        assert!(html.contains(&format!(
            "<aside class=note><p>{NOTE}</p></aside><p>The river"
        )));
        // A line on where the piece was first read, under a bare name in the
        // Subtitle style (as Apple Pages exports it).
        let first = "Originally read aloud at a library night. Slightly expanded here, because I couldn't leave it alone.";
        let (mut html, paras) = page(&[
            (Kind::Title, false, "Small Hours"),
            (Kind::Subtitle, false, "Celeste Amory"),
            (Kind::Text, true, first),
            (Kind::Text, false, "The laundromat stayed open all night."),
        ]);
        assert!(box_note(&mut html, &paras));
        assert!(html.starts_with("<p>Small Hours</p><p>Celeste Amory</p><aside class=note>"));
    }

    /// An italic epigraph, an opening all in italics, a line not in italics or one with
    /// no byline over it stays the story's.
    #[test]
    fn the_storys_own_italics_stay() {
        let cases: &[&[(Kind, bool, &str)]] = &[
            &[
                (Kind::Title, false, "Salt"),
                (Kind::Text, false, "by Ana Reyes"),
                (
                    Kind::Text,
                    true,
                    "The sea remembers what the shore forgets.",
                ),
                (Kind::Text, false, "The river took three things."),
            ],
            &[
                (Kind::Title, false, "Salt"),
                (Kind::Subtitle, false, "by Ana Reyes"),
                (Kind::Text, true, NOTE),
                (Kind::Text, true, "The river took three things."),
            ],
            &[
                (Kind::Title, false, "Salt"),
                (Kind::Subtitle, false, "by Ana Reyes"),
                (Kind::Text, false, NOTE),
                (Kind::Text, false, "The river took three things."),
            ],
            &[
                (Kind::Title, false, "Salt"),
                (Kind::Text, true, NOTE),
                (Kind::Text, false, "The river took three things."),
                (Kind::Text, false, "It kept them."),
            ],
        ];
        for c in cases {
            let (mut html, paras) = page(c);
            let before = html.clone();
            assert!(!box_note(&mut html, &paras), "{c:?}");
            assert_eq!(html, before);
        }
    }
}
