//! Book furniture: the document model's metadata → every piece of text the book adds.
//!
//! Input: a [`Book`]'s [`Meta`] (language, `[labels]` overrides, publisher, date …).
//! Output: finished strings and blocks — note headings, the contents heading, the title
//! page, the copyright lines, bylines, list joins, navigation names — in the book's
//! language (tables in [`lang`]), typographically finished once, here. The EPUB and the
//! PDF renderers only lay these out; neither builds a word of its own.

mod info;
mod label;
mod lang;

use crate::model::{Block, Book, Chapter, Inline, Meta, StoryMeta};
use std::borrow::Cow;

pub use info::{InfoItem, InfoRow};
pub use label::author_label_len;
pub(crate) use label::strip_author_label;

/// The `[labels]` keys a book may override, in the order the README lists them.
pub const LABEL_KEYS: &[&str] = &[
    "note-before",
    "note-after",
    "summary",
    "contents",
    "title-page",
    "copyright-page",
    "cover",
    "by",
    "and",
    "cover-alt",
    "published-by",
    "first-published",
    "identifier",
    "fonts",
    "made-with",
    "scene-break",
    "landmarks",
    "accessibility",
    // The story information's row labels (`[book] story-info`).
    "rating",
    "warnings",
    "fandom",
    "relationships",
    "characters",
    "tags",
    "series",
    "words",
    "chapters",
    "status",
    "published",
    "updated",
];

/// The book's furniture, resolved for its language and overrides.
#[derive(Debug, Clone, PartialEq)]
pub struct Furniture {
    lang: String,
    /// Heading over a story's opening note.
    pub note_before: String,
    /// Heading over a story's closing note (differs from `note_before`).
    pub note_after: String,
    /// Heading over a story's summary (differs from both notes' headings).
    pub summary: String,
    /// The contents heading, also the navigation's name.
    pub contents: String,
    /// The title page's name in navigation.
    pub title_page: String,
    /// The copyright page's name in navigation.
    pub copyright_page: String,
    /// The cover's name in navigation.
    pub cover: String,
    /// Spoken name of the scene-break ornament.
    pub scene_break: String,
    /// Name of the landmarks navigation.
    pub landmarks: String,
    /// The package's accessibility summary.
    pub accessibility: String,
    by: String,
    and: String,
    cover_alt: String,
    published_by: String,
    first_published: String,
    identifier: String,
    fonts: String,
    made_with: String,
    /// The story information's labels, finished with their colon, in `info::KEYS` order.
    info: Vec<String>,
}

/// The title page's blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct TitlePage {
    /// The book's title.
    pub title: String,
    /// Its subtitle, if any.
    pub subtitle: Option<String>,
    /// The editors or authors, joined ("A, B and C"), if any.
    pub authors: Option<String>,
}

/// A story's note, ready to lay out: its heading and its blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct Note<'a> {
    /// The heading (`note_before` or `note_after`).
    pub label: &'a str,
    /// The note without the author's own opening label.
    pub blocks: Cow<'a, [Block]>,
}

impl Furniture {
    /// The furniture of `book`.
    pub fn of(book: &Book) -> Furniture {
        Furniture::new(&book.meta)
    }

    /// The furniture for `meta`'s language, with its `[labels]` overrides.
    pub fn new(meta: &Meta) -> Furniture {
        Furniture::resolve(&meta.language, &meta.labels)
    }

    /// The language (a BCP 47 tag) the furniture is in: the book's.
    pub fn language(&self) -> &str {
        &self.lang
    }

    /// The furniture of a language with no overrides.
    pub fn for_language(lang: &str) -> Furniture {
        Furniture::resolve(lang, &[])
    }

    fn resolve(lang: &str, labels: &[(String, String)]) -> Furniture {
        let t = lang::table(lang);
        let lang = lang.to_string();
        let pick = |key: &str, default: &str| -> String {
            match labels.iter().find(|(k, _)| k == key) {
                // The user's words get the language's typography, like a story's.
                Some((_, v)) => finish(&crate::typography::apply_str(v.trim(), &lang), &lang),
                None => finish(default, &lang),
            }
        };
        let mut f = Furniture {
            note_before: pick("note-before", t.note_before),
            note_after: pick("note-after", t.note_after),
            summary: pick("summary", t.summary),
            contents: pick("contents", t.contents),
            title_page: pick("title-page", t.title_page),
            copyright_page: pick("copyright-page", t.copyright_page),
            cover: pick("cover", t.cover),
            scene_break: pick("scene-break", t.scene_break),
            landmarks: pick("landmarks", t.landmarks),
            accessibility: pick("accessibility", t.accessibility),
            by: pick("by", t.by),
            and: pick("and", t.and),
            cover_alt: pick("cover-alt", t.cover_alt),
            published_by: pick("published-by", t.published_by),
            first_published: pick("first-published", t.first_published),
            identifier: pick("identifier", t.identifier),
            fonts: pick("fonts", t.fonts),
            made_with: pick("made-with", t.made_with),
            info: info::label_keys()
                .iter()
                .zip(t.info)
                .map(|(key, default)| {
                    let l = pick(key, default);
                    // A user's label may bring its own colon.
                    let l = l.trim_end_matches([':', '\u{202f}', ' ']);
                    finish(&format!("{l}:"), &lang)
                })
                .collect(),
            lang,
        };
        // Two notes with one heading read as one, and fail Ace's landmark-unique check:
        // an override that makes them equal keeps the closing note apart, and the
        // summary apart from both.
        if f.summary == f.note_before || f.summary == f.note_after {
            f.summary = finish(lang::table(&f.lang).summary, &f.lang);
            if f.summary == f.note_before || f.summary == f.note_after {
                f.summary = finish(lang::table("en").summary, &f.lang);
            }
        }
        if f.note_after == f.note_before {
            f.note_after = finish(lang::table(&f.lang).note_after, &f.lang);
            if f.note_after == f.note_before {
                f.note_after = finish(lang::table("en").note_after, &f.lang);
            }
        }
        f
    }

    /// A story's byline: "by A". `author` is set as given (a list from [`Self::join`]
    /// already keeps each name whole); the space between the label's word and the names
    /// is a no-break space, so "by" is never left alone at a line's end.
    pub fn byline(&self, author: &str) -> String {
        let by = self
            .by
            .replace(" {author}", "\u{a0}{author}")
            .replace("{author} ", "{author}\u{a0}");
        by.replace("{author}", author)
    }

    /// A story's byline ("by A and B"), or `None` when it has no known author.
    pub fn chapter_byline(&self, ch: &Chapter) -> Option<String> {
        (!ch.authors.is_empty()).then(|| self.byline(&self.join(&ch.authors)))
    }

    /// A list of names as the book sets it: "A", "A and B", "A, B and C". Each name's
    /// own spaces become no-break spaces, so a line may break between the names of a
    /// list but never inside one ("Leopold / Marchbanks"), unless the name is too long
    /// for a line (a collective's: see [`unbroken`]); the renderers lay the text
    /// out as it is. Text extraction still reads the words apart (U+00A0 is white
    /// space). For metadata, where nothing is set, see [`Self::join_plain`].
    pub fn join(&self, names: &[String]) -> String {
        let names: Vec<String> = names.iter().map(|n| unbroken(n)).collect();
        self.list(&names)
    }

    /// A list of names with their spaces as given, for metadata (a PDF's `/Author`),
    /// which a reader searches and no line breaks.
    pub fn join_plain(&self, names: &[String]) -> String {
        self.list(names)
    }

    fn list(&self, names: &[String]) -> String {
        match names {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {}", init.join(", "), self.and, last),
        }
    }

    /// The cover image's text alternative.
    pub fn cover_alt(&self, title: &str) -> String {
        self.cover_alt.replace("{title}", title)
    }

    /// The title page.
    pub fn title_page(&self, meta: &Meta) -> TitlePage {
        TitlePage {
            title: meta.title.clone(),
            subtitle: meta.subtitle.clone(),
            authors: (!meta.authors.is_empty()).then(|| self.join(&meta.authors)),
        }
    }

    /// The copyright page, a line per paragraph: title, rights, publication line,
    /// identifier (an ISBN as such; a generated `urn:uuid:` is not for readers), fonts,
    /// and the tool.
    pub fn copyright_lines(&self, meta: &Meta) -> Vec<String> {
        let user = |s: &str| {
            finish(
                &crate::typography::apply_str(s.trim(), &self.lang),
                &self.lang,
            )
        };
        let mut lines = vec![meta.title.clone()];
        if let Some(r) = meta.rights.as_deref().filter(|r| !r.trim().is_empty()) {
            lines.push(user(r));
        }
        let year = meta
            .date
            .as_deref()
            .map(|d| d.split('-').next().unwrap_or(d).to_string());
        let publisher = meta.publisher.as_deref().filter(|p| !p.trim().is_empty());
        match (publisher, year) {
            (Some(p), Some(y)) => lines.push(format!(
                "{}, {y}",
                self.published_by.replace("{publisher}", &user(p))
            )),
            (Some(p), None) => lines.push(self.published_by.replace("{publisher}", &user(p))),
            (None, Some(y)) => lines.push(self.first_published.replace("{year}", &y)),
            (None, None) => {}
        }
        if let Some(id) = shown_identifier(&meta.identifier) {
            lines.push(match id {
                Shown::Isbn(isbn) => format!("ISBN {isbn}"),
                Shown::Other(other) => self.identifier.replace("{identifier}", other),
            });
        }
        lines.push(self.fonts.clone());
        lines.push(self.made_with.clone());
        lines
    }

    /// What follows a title in the contents: the story's author, if any, as inlines
    /// (a dash, then the names in italics). The dash is held to the title by a no-break
    /// space, so an entry too long for a line breaks after it ("… at the Wake —" /
    /// "Leopold Marchbanks"), never with a dash opening a line.
    pub fn contents_author(&self, ch: &Chapter) -> Vec<Inline> {
        if ch.authors.is_empty() {
            return Vec::new();
        }
        vec![
            Inline::Text("\u{a0}— ".into()),
            Inline::Emphasis(vec![Inline::Text(self.join(&ch.authors))]),
        ]
    }

    /// The story's information rows (`[book] story-info`), from what its header said:
    /// rating and warnings, fandom, relationships, characters, tags, series, counts and
    /// status, dates. Values get the language's typography; labels are finished.
    pub fn story_info(&self, meta: &StoryMeta) -> Vec<InfoRow> {
        info::rows(
            meta,
            |k| self.info[k as usize].clone(),
            |v| crate::typography::apply_str(v, &self.lang),
        )
    }

    /// What separates the items of an information row.
    pub fn info_separator(&self) -> &'static str {
        " · "
    }

    /// A row as plain text: `Rating: Teen · Warnings: None`.
    pub fn info_row_text(&self, row: &InfoRow) -> String {
        row.iter()
            .map(|i| format!("{} {}", i.label, i.value))
            .collect::<Vec<_>>()
            .join(self.info_separator())
    }

    /// The story's summary under its own heading, if it has one: the blocks at the head
    /// of the preface that are its [`StoryMeta::summary`]. A summary is the author's
    /// words about the story, not a note to readers, so it never sits under the note's
    /// heading; it comes first, where the header put it.
    pub fn summary<'a>(&'a self, ch: &'a Chapter) -> Option<Note<'a>> {
        let lead = summary_lead(ch);
        (lead > 0).then(|| Note {
            label: &self.summary,
            blocks: Cow::Borrowed(&ch.preface[..lead]),
        })
    }

    /// The summary and the note before a story as one note under the note's heading, the
    /// summary first as written, the note's own label removed: how the PDF sets them
    /// until its pagination takes the summary's heading too (a heading more moved
    /// anthology4's and anthology5's pages past their figures).
    pub fn opening<'a>(&'a self, ch: &'a Chapter) -> Option<Note<'a>> {
        let blocks = strip_author_label(&ch.preface, summary_lead(ch));
        (!blocks.is_empty()).then_some(Note {
            label: &self.note_before,
            blocks,
        })
    }

    /// The note before a story, if it has one: the preface after its summary (see
    /// [`Self::summary`]), without the author's own opening label.
    pub fn preface<'a>(&'a self, ch: &'a Chapter) -> Option<Note<'a>> {
        note(&self.note_before, &ch.preface[summary_lead(ch)..])
    }

    /// The note after a story, if it has one.
    pub fn afterword<'a>(&'a self, ch: &'a Chapter) -> Option<Note<'a>> {
        note(&self.note_after, &ch.afterword)
    }
}

/// How many blocks at the head of `ch`'s preface are its summary (which a header reader
/// puts there before any note): 0 when the preface does not open with it.
fn summary_lead(ch: &Chapter) -> usize {
    let s = &ch.meta.summary;
    if !s.is_empty() && ch.preface.starts_with(s) {
        s.len()
    } else {
        0
    }
}

/// A note under `label`: `blocks` without the author's own opening label.
fn note<'a>(label: &'a str, blocks: &'a [Block]) -> Option<Note<'a>> {
    let blocks = strip_author_label(blocks, 0);
    (!blocks.is_empty()).then_some(Note { label, blocks })
}

enum Shown<'a> {
    Isbn(&'a str),
    Other(&'a str),
}

/// How the identifier is shown to readers: an ISBN as "ISBN …", a generated or given
/// UUID not at all (it is for machines), anything else as written.
fn shown_identifier(id: &str) -> Option<Shown<'_>> {
    let lower = id.to_ascii_lowercase();
    if lower.starts_with("urn:uuid:") || uuid_like(&lower) {
        return None;
    }
    if let Some(isbn) = lower.strip_prefix("urn:isbn:").map(|_| &id[9..]) {
        return Some(Shown::Isbn(isbn));
    }
    if let Some(isbn) = lower
        .strip_prefix("isbn")
        .map(|_| id[4..].trim_start_matches([':', ' ']))
    {
        return Some(Shown::Isbn(isbn));
    }
    Some(Shown::Other(id))
}

fn uuid_like(s: &str) -> bool {
    s.len() == 36 && s.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

/// Names of at most this many characters are held whole: they fit the narrowest
/// measure a book is set in at the title page's size (1.2 em, a 3.2 in measure holds
/// some 35), and a person's name read across a line end is a stumble.
const WHOLE_NAME: usize = 32;
/// A person's name of a few words (initials not counted) is held whole up to this
/// many characters ("Femke van der Heijden-Oosterbroek", 33): a line breaks before it
/// rather than inside it where the measure allows, as the PDF's line breaker does.
const WHOLE_PERSON: (usize, usize) = (4, 48);

/// A name as the book sets it, runs of white space made one. A person's name (at most
/// [`WHOLE_NAME`] characters, or a few words in [`WHOLE_PERSON`]) has its spaces made
/// no-break spaces ("Leopold\u{a0}Marchbanks"), so no line ends inside it. A longer one
/// (a writing circle's, a society's) must break between its words where it does not
/// fit the measure, or it runs off the page: its spaces stay spaces but those after an
/// initial ("J.\u{a0}R.\u{a0}R.\u{a0}Tolkien" inside it), which hold it to the next word.
fn unbroken(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let initial = |w: &str| {
        let letters = w.trim_end_matches('.');
        w.ends_with('.') && letters.chars().count() == 1 && letters.chars().all(char::is_uppercase)
    };
    let chars = words.join(" ").chars().count();
    let (most_words, most_chars) = WHOLE_PERSON;
    let person = words.iter().filter(|w| !initial(w)).count() <= most_words && chars <= most_chars;
    if chars <= WHOLE_NAME || person {
        return words.join("\u{a0}");
    }
    let mut out = String::with_capacity(name.len());
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push(if initial(words[k - 1]) { '\u{a0}' } else { ' ' });
        }
        out.push_str(w);
    }
    out
}

/// The narrow no-break space French sets before `;:!?` and inside guillemets.
const NNBSP: char = '\u{202f}';

/// Finishes furniture text for `lang`: French punctuation spacing (narrow no-break
/// spaces before `; : ! ?` and inside « »; an ordinary space there becomes one). Other
/// languages set these marks tight, so their text is returned as it is.
pub fn finish(text: &str, lang: &str) -> String {
    if crate::typography::primary(lang) != "fr" {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            ';' | ':' | '!' | '?' | '»' => {
                // Not in "http://" or "10:30": only after a letter, a closing mark or a space.
                let prev = out.chars().next_back();
                let spaced = prev.is_some_and(|p| p.is_whitespace());
                if spaced {
                    out.pop();
                }
                let after_word = prev.is_some_and(|p| p.is_alphabetic() || ")»”".contains(p));
                let url_or_time =
                    c == ':' && (next == Some('/') || next.is_some_and(|n| n.is_ascii_digit()));
                if (spaced || after_word) && !url_or_time && prev.is_some() {
                    out.push(NNBSP);
                } else if spaced {
                    out.push(' ');
                }
                out.push(c);
            }
            '«' => {
                out.push(c);
                out.push(NNBSP);
            }
            c if c.is_whitespace() && out.ends_with(['«', NNBSP]) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
