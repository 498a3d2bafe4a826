//! A plain EPUB's front and back matter documents: the title page a converter or a
//! downloader writes before the story, and a closing document headed as an afterword.
//!
//! Input: the content documents of an EPUB no archive reader claimed, with its
//! `dc:title`. Output: which documents are matter and what of them is the author's:
//! a title page's author's note (its title, byline, stats, description, tags, rights
//! and source lines are the file's furniture: the book prints its own), and the text
//! of a closing "Afterword" or "Author's Note" document, and a note of its own before the
//! story (Apple Pages makes a section of it: a short document all in italics). A title
//! page must open with the package's own title and a byline ("by NAME", or the bare
//! name of the package's creator, as Pages and calibre set it), come before other
//! documents with text and hold little besides its notes, so a one-document story that
//! opens with its title stays whole. Pure: no I/O.

use super::bylines::{is_name, local_byline};
use super::copyright::is_copyright;
use super::html;
use super::html::frame::{all_emphasised, talks_as_author};
use super::notes::{NOTE_LABELS, is_labelled_note};
use crate::model::Block;
use scraper::Html;

/// The most words a title page holds besides its notes (stats, description, tags,
/// rights and source lines run to a few dozen; a story's first page is longer).
const TITLE_PAGE_WORDS: usize = 150;

/// Headings of a closing document of the author's words, lowercase, straight
/// apostrophes, without a trailing colon or full stop.
const BACK_LABELS: &[&str] = &[
    "afterword",
    "author's note",
    "author's notes",
    "authors note",
    "a note from the author",
    "end notes",
    "end note",
    "acknowledgements",
    "acknowledgments",
];

/// The matter found among an EPUB's documents.
#[derive(Debug, Default)]
pub(crate) struct Matter {
    /// The title page's index, if there is one.
    pub front: Option<usize>,
    /// The afterword document's index, if there is one.
    pub back: Option<usize>,
    /// The index of a document that is a note before the story, if there is one.
    pub note: Option<usize>,
    /// That document's paragraphs.
    pub note_doc: Vec<Block>,
    /// Whether that document says it is a dedication (`epub:type="dedication"`).
    pub dedication: bool,
    /// The author's notes on the title page.
    pub notes: Vec<Block>,
    /// The afterword document's text, without its heading.
    pub end_notes: Vec<Block>,
    /// Documents that are the e-book's own furniture by what they say they are (a
    /// copyright page, a contents page) or by their heading at the end ("About the
    /// Author", "Also by…"): neither story nor the author's note on it.
    pub furniture: Vec<usize>,
}

impl Matter {
    /// Whether document `i` is matter, not story.
    pub(crate) fn has(&self, i: usize) -> bool {
        self.front == Some(i)
            || self.back == Some(i)
            || self.note == Some(i)
            || self.furniture.contains(&i)
    }
}

/// The structural semantics (`epub:type`, EPUB 3's vocabulary) of a document that is
/// the e-book's own furniture, as Vellum, Atticus and other makers mark their pages.
const FURNITURE_TYPES: &[&str] = &[
    "titlepage",
    "halftitlepage",
    "copyright-page",
    "toc",
    "landmarks",
    "loi",
    "lot",
    "index",
    "imprint",
    "colophon",
    "seriespage",
    "other-credits",
    "cover",
];

/// Headings of the e-book's own pages after the story, lowercase: about its author and
/// the author's other books, with the maker's or publisher's links.
const BACK_FURNITURE: &[&str] = &[
    "about the author",
    "about the authors",
    "also by",
    "other books by",
    "more books by",
    "books by",
];

/// What document `d` says it is: the `epub:type` of its body, or of the one section or
/// div that holds the body's text.
fn semantics(d: &Html) -> Vec<String> {
    let body = html::body_of(d);
    let mut of = vec![body];
    let kids: Vec<_> = body.child_elements().collect();
    if let [only] = kids.as_slice() {
        of.push(*only);
    }
    of.iter()
        .filter_map(|e| e.value().attr("epub:type"))
        .flat_map(|v| v.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// Whitespace collapsed, apostrophes straight, lowercase.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{2019}', "'")
        .to_lowercase()
}

fn has_text(b: &Block) -> bool {
    b.plain().chars().any(char::is_alphanumeric)
}

/// The title page's notes, if `blocks` is a title page for `title`: the title, a byline
/// under it, and little else but labelled notes (each with the paragraphs that follow
/// it up to a gap, a break or a copyright line).
fn title_page(blocks: &[Block], title: &str, creators: &[String]) -> Option<Vec<Block>> {
    let mut texts = blocks.iter().filter(|b| has_text(b));
    let (first, second) = (texts.next()?, texts.next()?);
    let by = second.plain();
    let byline = local_byline(&by).is_some_and(is_name)
        || creators.iter().any(|c| norm(c) == norm(&by) && is_name(c));
    if norm(&first.plain()) != norm(title) || !byline {
        return None;
    }
    let mut notes = Vec::new();
    let mut other = 0;
    let mut in_note = false;
    for b in blocks {
        let t = b.plain();
        let para = matches!(b, Block::Paragraph(_));
        if para && is_labelled_note(&t, NOTE_LABELS) {
            in_note = true;
        } else if !para || !has_text(b) || is_copyright(&t) {
            in_note = false;
        }
        if in_note {
            notes.push(b.clone());
        } else {
            other += t.split_whitespace().count();
        }
    }
    (other <= TITLE_PAGE_WORDS).then_some(notes)
}

/// The text of a closing document headed by a back-matter label.
fn afterword(blocks: &[Block]) -> Option<Vec<Block>> {
    let at = blocks.iter().position(has_text)?;
    let head = norm(&blocks[at].plain());
    let head = head.trim_end_matches([':', '.']);
    BACK_LABELS.contains(&head).then(|| {
        blocks[at + 1..]
            .iter()
            .filter(|b| has_text(b))
            .cloned()
            .collect()
    })
}

/// The most words a note document before the story holds.
const NOTE_WORDS: usize = 120;

/// Whether a document is a note of its own before the story: a paragraph or two, all
/// in italics, short, that follow the title page or talk like an author. (An epigraph
/// page, all in italics too, has its source line in plain type, or follows no title
/// page and does not talk to readers.)
fn note_document(blocks: &[Block], after_title_page: bool) -> bool {
    let texts: Vec<&Block> = blocks.iter().filter(|b| has_text(b)).collect();
    let words: usize = texts
        .iter()
        .map(|b| b.plain().split_whitespace().count())
        .sum();
    let italic = texts
        .iter()
        .all(|b| matches!(b, Block::Paragraph(inl) if all_emphasised(inl)));
    let talks = texts.iter().any(|b| {
        let t = b.plain();
        talks_as_author(&t) || is_labelled_note(&t, NOTE_LABELS)
    });
    (1..=2).contains(&texts.len()) && words <= NOTE_WORDS && italic && (after_title_page || talks)
}

/// Finds the title page, a note before the story and the afterword among `docs`, the
/// EPUB titled `title` by `creators`.
pub(crate) fn find(
    docs: &[&Html],
    (title, creators): (Option<&str>, &[String]),
    lang: &str,
) -> Matter {
    let blocks: Vec<Vec<Block>> = docs
        .iter()
        .map(|d| html::blocks_of(html::body_of(d), lang).0)
        .collect();
    let texts: Vec<usize> = (0..docs.len())
        .filter(|&i| blocks[i].iter().any(has_text))
        .collect();
    let mut m = Matter::default();
    // The pages that say they are furniture, and those headed as the book's own at its
    // end (after the last document that is neither), go first; the story is the rest.
    let kinds: Vec<Vec<String>> = docs.iter().map(|d| semantics(d)).collect();
    // A page with no text at all (calibre's cover page, an image) is furniture too: its
    // `<title>` ("Cover") is no title of the story's.
    m.furniture = (0..docs.len())
        .filter(|&i| {
            kinds[i]
                .iter()
                .any(|k| FURNITURE_TYPES.contains(&k.as_str()))
                || !texts.contains(&i)
        })
        .collect();
    let mut end = docs.len();
    while let Some(i) = end.checked_sub(1)
        && (m.furniture.contains(&i)
            || blocks[i].iter().find(|b| has_text(b)).is_some_and(|b| {
                let head = norm(&b.plain());
                matches!(b, Block::Heading(_))
                    && BACK_FURNITURE
                        .iter()
                        .any(|l| head == *l || head.starts_with(&format!("{l} ")))
            }))
    {
        if !m.furniture.contains(&i) {
            m.furniture.push(i);
        }
        end = i;
    }
    let texts: Vec<usize> = texts
        .into_iter()
        .filter(|i| !m.furniture.contains(i))
        .collect();
    // A dedication page says what it is: the author's words before the story.
    if let Some(i) = (0..docs.len())
        .find(|&i| !m.furniture.contains(&i) && kinds[i].iter().any(|k| k == "dedication"))
    {
        m.note = Some(i);
        m.note_doc = blocks[i].iter().filter(|b| has_text(b)).cloned().collect();
        m.dedication = true;
    }
    if let (Some(t), [first, _, ..]) = (title, texts.as_slice())
        && let Some(notes) = title_page(&blocks[*first], t, creators)
    {
        m.front = Some(*first);
        m.notes = notes;
    }
    // The first document after the title page, with story still after it.
    let rest: Vec<usize> = texts
        .iter()
        .copied()
        .filter(|i| Some(*i) != m.front)
        .collect();
    if let [next, _, ..] = rest.as_slice()
        && m.note.is_none()
        && note_document(&blocks[*next], m.front.is_some())
    {
        m.note = Some(*next);
        m.note_doc = blocks[*next]
            .iter()
            .filter(|b| has_text(b))
            .cloned()
            .collect();
    }
    let story = texts.iter().filter(|i| !m.has(**i)).count();
    if let Some(&last) = texts.last()
        && story >= 2
        && let Some(end) = afterword(&blocks[last])
    {
        m.back = Some(last);
        m.end_notes = end;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> Html {
        Html::parse_document(&format!("<html><body>{body}</body></html>"))
    }

    /// A converter's split book: the title page's note is the preface (its title, byline
    /// and copyright line furniture), the "Afterword" document the afterword.
    #[test]
    fn a_split_book_has_its_title_page_and_afterword_apart() {
        let docs = [
            page(
                "<p>Kites</p><p>by Ada Mensah</p><p>&nbsp;</p><p>Author's note: For Kofi.</p>\
                 <p>&nbsp;</p><p>© 2020 Ada Mensah. All rights reserved.</p>",
            ),
            page("<p>The kite rose.</p><p>It fell.</p>"),
            page("<p><b>Afterword</b></p><p>Kofi flew it first.</p>"),
        ];
        let refs: Vec<&Html> = docs.iter().collect();
        let m = find(&refs, (Some("Kites"), &[]), "en");
        assert_eq!((m.front, m.back), (Some(0), Some(2)));
        let notes: Vec<String> = m.notes.iter().map(Block::plain).collect();
        assert_eq!(notes, vec!["Author\u{2019}s note: For Kofi."]);
        let end: Vec<String> = m.end_notes.iter().map(Block::plain).collect();
        assert_eq!(end, vec!["Kofi flew it first."]);
    }

    /// A downloader's title page (stats, description, tags, rights, source) is all
    /// furniture; a lone document that opens with its title and byline is the story.
    #[test]
    fn a_title_page_is_furniture_but_a_lone_story_is_not() {
        let title = page(
            "<h1>Kites</h1><h2>by <a href=\"/u\">adam</a></h2><p>Reads: 4K · Votes: 9</p>\
             <p>A kite story.</p><p>Tags: kites</p><p>All Rights Reserved</p>",
        );
        let story = page("<h1>Part One</h1><p>The kite rose.</p>");
        let m = find(&[&title, &story], (Some("Kites"), &[]), "en");
        assert_eq!(m.front, Some(0));
        assert!(m.notes.is_empty());
        let lone = page("<h1>Kites</h1><h2>by adam</h2><p>The kite rose.</p>");
        let m = find(&[&lone], (Some("Kites"), &[]), "en");
        assert_eq!((m.front, m.back), (None, None));
        // Another title than the package's is no title page.
        let m = find(&[&title, &story], (Some("Gulls"), &[]), "en");
        assert_eq!(m.front, None);
    }

    /// Apple Pages' EPUB: a title page of the title and the creator's bare name, then a
    /// note section all in italics (the preface), then the story; an italic epigraph
    /// page with no title page before it and no talk to readers stays the story's.
    #[test]
    fn pages_that_say_they_are_the_books_own_are_matter() {
        let doc = page;
        let title =
            doc(r#"<section epub:type="titlepage"><h1>Bees</h1><p>Harriet Quell</p></section>"#);
        let rights = doc(
            r#"<section epub:type="copyright-page"><p>Copyright © 2025</p><p>All rights reserved.</p></section>"#,
        );
        let dedication =
            doc(r#"<section epub:type="dedication"><p>For my grandmother.</p></section>"#);
        let story = doc(
            r#"<section epub:type="chapter"><h1>Bees</h1><p>When Agnes died, the bees knew.</p><p>They told the hives.</p></section>"#,
        );
        let about = doc(
            r#"<section epub:type="chapter"><h1>About the Author</h1><p>Harriet keeps bees.</p></section>"#,
        );
        let also = doc(
            r#"<section epub:type="chapter"><h1>Also by Harriet Quell</h1><p>Honey Year</p></section>"#,
        );
        let creators = vec!["Harriet Quell".to_string()];
        let m = find(
            &[&title, &rights, &dedication, &story, &about, &also],
            (Some("Bees"), &creators),
            "en",
        );
        let mut furniture = m.furniture.clone();
        furniture.sort_unstable();
        assert_eq!(furniture, [0, 1, 4, 5]);
        assert_eq!((m.note, m.dedication), (Some(2), true));
        assert!(!m.has(3));
        // calibre's cover page, an image alone, is the book's too.
        let cover = doc(r#"<div><svg><image href="cover.jpeg"/></svg></div>"#);
        let m = find(&[&cover, &story], (Some("Bees"), &creators), "en");
        assert_eq!(m.furniture, [0]);
        // "About the Author" is furniture only at the end: a chapter so headed inside
        // the story stays story.
        let m = find(&[&about, &story], (Some("Bees"), &creators), "en");
        assert!(m.furniture.is_empty());
    }

    #[test]
    fn a_pages_title_page_and_note_section_are_matter() {
        let title = page("<p>Winter Pears</p><p>Ines Marlow</p>");
        let note = page("<p><i>A small story about pears, for my sister.</i></p>");
        let story = page("<h1>Winter Pears</h1><p>The orchard slept.</p>");
        let creators = vec!["Ines Marlow".to_string()];
        let m = find(
            &[&title, &note, &story],
            (Some("Winter Pears"), &creators),
            "en",
        );
        assert_eq!((m.front, m.note), (Some(0), Some(1)));
        let notes: Vec<String> = m.note_doc.iter().map(Block::plain).collect();
        assert_eq!(notes, vec!["A small story about pears, for my sister."]);
        assert!(m.notes.is_empty());
        // Another creator's name is no byline; a lone note with nothing after is story.
        let m = find(&[&title, &note, &story], (Some("Winter Pears"), &[]), "en");
        assert_eq!((m.front, m.note), (None, None));
        let m = find(&[&title, &note], (Some("Winter Pears"), &creators), "en");
        assert_eq!(m.note, None);
        let epigraph = page("<p><i>All the pears of the world.</i></p><p>— A. Poet</p>");
        let m = find(
            &[&epigraph, &story],
            (Some("Winter Pears"), &creators),
            "en",
        );
        assert_eq!(m.note, None);
    }
}
