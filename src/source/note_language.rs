//! Story understanding, last step: the language of a story's notes, when it is not the
//! story's own (English notes over a Hebrew or Catalan story, as fan writers post them).
//!
//! Input: a read [`Chapter`] and the book's language. Output: the chapter's
//! `preface_language` and `afterword_language` set when the whole note is, by its words,
//! in the book's language or English rather than the story's. The choice is only ever
//! between those few candidates, never a guess among all languages, and a note too short
//! to tell keeps the story's language.

use crate::model::{Block, Chapter};
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

    #[test]
    fn a_story_language_the_detector_lacks_needs_another_script() {
        // Icelandic is not among the detector's languages: a Latin-letter English note
        // over an Icelandic story cannot be told from it, and keeps the story's language.
        assert_eq!(other_language(&[para(ENGLISH)], "is", "en"), None);
    }
}
