//! Story understanding, last step: the language of a story's notes, when it is not the
//! story's own (English notes over a Hebrew or Catalan story, as fan writers post them).
//!
//! Input: a read [`Chapter`] and the book's language. Output: the chapter's
//! `preface_language` and `afterword_language` set when the whole note is, by its words,
//! in the book's language or English rather than the story's. The choice is only ever
//! between those few candidates, never a guess among all languages, and a note too short
//! to tell keeps the story's language.

use crate::model::{Block, Chapter, Inline};
use crate::typography::{self, quotes_for};
use whatlang::{Detector, Lang};

/// A note needs this many words before its language is judged.
const MIN_WORDS: usize = 8;

/// How sure the detector must be that a note is in another language.
const MIN_CONFIDENCE: f64 = 0.5;

/// Sets the languages of `ch`'s preface and afterword where they differ from the story's.
pub(crate) fn set(ch: &mut Chapter, book: &str) {
    let story = ch.language.clone().unwrap_or_else(|| book.to_string());
    ch.preface_language = other_language(&ch.preface, &story, book);
    ch.afterword_language = other_language(&ch.afterword, &story, book);
    for (part, lang) in [
        ("preface", &ch.preface_language),
        ("afterword", &ch.afterword_language),
    ] {
        if let Some(l) = lang {
            ch.decisions.push(format!(
                "language: the {part} is in {l}, not the story's language ({story}), by its words"
            ));
        }
    }
    if let Some(l) = &ch.preface_language {
        // The summary a header put first in the preface is the same blocks.
        let summary = &mut ch.meta.summary;
        if !summary.is_empty() && ch.preface.starts_with(summary) {
            requote(summary, &story, l);
        }
        requote(&mut ch.preface, &story, l);
    }
    if let Some(l) = &ch.afterword_language {
        requote(&mut ch.afterword, &story, l);
    }
}

/// Gives a note in `note`'s language that language's quote marks: the reader set the
/// story's (Hebrew ” on both sides, French « », Catalan's closing single quote ” as the
/// apostrophe) before the note's language was known. The story's marks and the note's
/// language's own go back to typewriter quotes, and the typography pass runs again in the
/// note's language, which tells opening from closing by where each stands: a mark both
/// use stays the kind the note's language makes it (Catalan's single “ is English's
/// double), and the story's apostrophe between two letters is an apostrophe. Other
/// marks stay as they were.
fn requote(blocks: &mut [Block], story: &str, note: &str) {
    let (s, n) = (quotes_for(story), quotes_for(note));
    if (s.double, s.single) == (n.double, n.single) {
        return;
    }
    let kind = |c: char, q: &typography::Quotes| match c {
        c if c == q.double.0 || c == q.double.1 => Some('"'),
        c if c == q.single.0 || c == q.single.1 => Some('\''),
        _ => None,
    };
    let straight = |t: &str| -> String {
        let chars: Vec<char> = t.chars().collect();
        let letter = |i: Option<usize>| {
            i.and_then(|i| chars.get(i))
                .is_some_and(|c| c.is_alphanumeric())
        };
        (0..chars.len())
            .map(|i| {
                let c = chars[i];
                if c == s.single.1 && letter(i.checked_sub(1)) && letter(Some(i + 1)) {
                    return '\'';
                }
                kind(c, &n).or_else(|| kind(c, &s)).unwrap_or(c)
            })
            .collect()
    };
    fn straighten(inl: &mut [Inline], straight: &dyn Fn(&str) -> String) {
        for i in inl {
            match i {
                Inline::Text(t) => *t = straight(t),
                Inline::Emphasis(c) | Inline::Strong(c) => straighten(c, straight),
                Inline::LineBreak | Inline::NoteRef { .. } => {}
            }
        }
    }
    for b in blocks {
        match b {
            Block::Paragraph(inl) => {
                straighten(inl, &straight);
                typography::apply(inl, note);
            }
            Block::Stanza(lines) => {
                for line in lines {
                    straighten(&mut line.inlines, &straight);
                    typography::apply(&mut line.inlines, note);
                }
            }
            Block::Heading(h) => *h = typography::apply_str(&straight(h), note),
            Block::Note(inner) | Block::Quote(inner) => requote(inner, story, note),
            Block::List(list) => list.items.iter_mut().for_each(|i| requote(i, story, note)),
            Block::SceneBreak | Block::Footnotes(_) => {}
        }
    }
}

/// The language of `blocks` when it is the book's or English and not the story's.
fn other_language(blocks: &[Block], story: &str, book: &str) -> Option<String> {
    let texts: Vec<String> = blocks
        .iter()
        .map(Block::plain)
        .filter(|t| t.split_whitespace().count() >= MIN_WORDS)
        .collect();
    // Every paragraph long enough to judge must be in the same other language: a note
    // that mixes the story's language (a summary in it) keeps the story's.
    let mut found = None;
    for text in &texts {
        let lang = paragraph_language(text, story, book)?;
        if found.get_or_insert_with(|| lang.clone()) != &lang {
            return None;
        }
    }
    found
}

/// The language of one paragraph when it is the book's or English and not the story's.
fn paragraph_language(text: &str, story: &str, book: &str) -> Option<String> {
    let story_lang = whatlang_of(story);
    let mut candidates: Vec<(String, Lang)> = Vec::new();
    for tag in [book, "en"] {
        if let Some(l) = whatlang_of(tag)
            && Some(l) != story_lang
            && !candidates.iter().any(|c| c.1 == l)
        {
            candidates.push((tag.to_string(), l));
        }
    }
    if candidates.is_empty() {
        return None;
    }
    let mut allowed: Vec<Lang> = candidates.iter().map(|c| c.1).collect();
    match story_lang {
        Some(l) => allowed.push(l),
        // A story language the detector does not know (Icelandic, Irish): only a note in
        // another script than the story's can be told apart from it.
        None if !other_script(text, story) => return None,
        None => {}
    }
    let info = Detector::with_allowlist(allowed).detect(text)?;
    if info.confidence() < MIN_CONFIDENCE {
        return None;
    }
    candidates
        .into_iter()
        .find(|c| c.1 == info.lang())
        .map(|c| c.0)
}

/// The detector's language for a BCP 47 tag's primary subtag.
fn whatlang_of(tag: &str) -> Option<Lang> {
    let primary = crate::typography::primary(tag);
    let code = match primary.len() {
        2 => isolang::Language::from_639_1(&primary)?.to_639_3(),
        3 => isolang::Language::from_639_3(&primary)?.to_639_3(),
        _ => return None,
    };
    // Norwegian Bokmål is `nob` to the detector; a plain `no` means it too.
    let code = if code == "nor" { "nob" } else { code };
    Lang::from_code(code)
}

/// Whether `text` has no letter of the scripts a story in `story` is written in: a
/// Latin-letter note over a Hebrew, Greek or Cyrillic story.
fn other_script(text: &str, story: &str) -> bool {
    let latin_story = !matches!(
        crate::typography::primary(story).as_str(),
        "he" | "yi"
            | "ar"
            | "fa"
            | "ur"
            | "el"
            | "ru"
            | "uk"
            | "be"
            | "bg"
            | "mk"
            | "sr"
            | "ka"
            | "hy"
            | "th"
            | "ko"
            | "ja"
            | "zh"
    );
    let latin =
        |c: char| c.is_alphabetic() && (c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c));
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && !latin_story && letters.iter().all(|&c| latin(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;

    fn para(t: &str) -> Block {
        Block::Paragraph(vec![Inline::Text(t.into())])
    }

    const ENGLISH: &str = "Written for the winter exchange! My recipient asked for a lighthouse and a storm, so here it is. Thanks to my beta for catching every comma.";
    const CATALAN: &str = "La Núria té nou anys i ha de pujar a dalt de tot del castell. L'avi diu que no s'ha de mirar mai avall, i ella no mira.";

    #[test]
    fn english_notes_over_a_catalan_or_hebrew_story() {
        let blocks = [para(ENGLISH)];
        assert_eq!(
            other_language(&blocks, "ca", "en-CA").as_deref(),
            Some("en-CA")
        );
        assert_eq!(other_language(&blocks, "he", "en").as_deref(), Some("en"));
        assert_eq!(other_language(&blocks, "fr", "de").as_deref(), Some("en"));
    }

    #[test]
    fn notes_in_the_story_language_or_too_short_keep_it() {
        assert_eq!(other_language(&[para(CATALAN)], "ca", "en"), None);
        assert_eq!(
            other_language(&[para("Thanks for reading!")], "ca", "en"),
            None
        );
        assert_eq!(other_language(&[para(ENGLISH)], "en-GB", "en-US"), None);
        // Mixed (a Catalan summary over English notes): the story's language stays.
        let mixed = [para(CATALAN), para(ENGLISH)];
        assert_eq!(other_language(&mixed, "ca", "en"), None);
    }

    /// The plain text of `blocks`' first paragraph.
    fn first(blocks: &[Block]) -> String {
        blocks[0].plain()
    }

    #[test]
    fn a_note_in_another_language_takes_its_own_quote_marks() {
        // As the reader set them, by the story's conventions.
        let hebrew = "My recipient asked for ”an old shop”, and ’a repair’ it isn’t.";
        let mut blocks = [para(hebrew)];
        requote(&mut blocks, "he", "en-CA");
        assert_eq!(
            first(&blocks),
            "My recipient asked for “an old shop”, and ‘a repair’ it isn’t."
        );
        let french = "The «rideau de fer» is the fire curtain; “as written” stays.";
        let mut blocks = [para(french)];
        requote(&mut blocks, "fr", "en-GB");
        assert_eq!(
            first(&blocks),
            "The “rideau de fer” is the fire curtain; “as written” stays."
        );
        // Catalan's closing single quote is its apostrophe, and English's closing double.
        let catalan = "It wouldn”t come out in English, as “they said”.";
        let mut blocks = [para(catalan)];
        requote(&mut blocks, "ca", "en");
        assert_eq!(
            first(&blocks),
            "It wouldn’t come out in English, as “they said”."
        );
        // An English story's marks in a German book's note.
        let english = "She said “hello”, and it’s ‘fine’.";
        let mut blocks = [para(english)];
        requote(&mut blocks, "en", "de");
        assert_eq!(first(&blocks), "She said „hello“, and it’s ‚fine‘.");
        // A story whose quotes are the note's: nothing to do.
        let mut blocks = [para("A “quoted” word.")];
        requote(&mut blocks, "ja", "en");
        assert_eq!(first(&blocks), "A “quoted” word.");
    }

    #[test]
    fn a_story_language_the_detector_lacks_needs_another_script() {
        // Icelandic is not among the detector's languages: a Latin-letter English note
        // over an Icelandic story cannot be told from it, and keeps the story's language.
        assert_eq!(other_language(&[para(ENGLISH)], "is", "en"), None);
    }
}
