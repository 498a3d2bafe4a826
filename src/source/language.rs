//! Source stage, languages: which language a story is in, from `book.toml`, from the
//! language its site header names, or else from its words; and whether a tag is a
//! language tag at all.
//!
//! Input: the chapter's `language` key, the header's `Language:` field, the story's text
//! and the book's language. Output: the story's own BCP 47 tag when it differs from the
//! book's, with the reason `quire inspect` gives.

use crate::typography::primary;
use std::borrow::Cow;

/// A loose BCP 47 check: letters, digits and hyphens, starting with 2–3 letters.
pub(super) fn is_language_tag(s: &str) -> bool {
    // Well-formed by RFC 5646 (EPUBCheck refuses `en-a` or `en-GB-GB`), and starting with
    // a language, not a private-use or grandfathered tag.
    language_tags::LanguageTag::parse(s)
        .is_ok_and(|t| (2..=3).contains(&t.primary_language().len()) && t.primary_language() != "i")
}

/// Language names as archives write them in a work's `Language:` field (AO3 in the
/// language itself, FanFicFare and FanFiction.Net in English), lower case, with their
/// tags.
const NAMES: &[(&str, &str)] = &[
    ("english", "en"),
    ("deutsch", "de"),
    ("german", "de"),
    ("español", "es"),
    ("espanol", "es"),
    ("spanish", "es"),
    ("castellano", "es"),
    ("français", "fr"),
    ("francais", "fr"),
    ("french", "fr"),
    ("italiano", "it"),
    ("italian", "it"),
    ("português", "pt"),
    ("português brasileiro", "pt-BR"),
    ("portuguese", "pt"),
    ("nederlands", "nl"),
    ("dutch", "nl"),
    ("русский", "ru"),
    ("russian", "ru"),
    ("polski", "pl"),
    ("polish", "pl"),
    ("svenska", "sv"),
    ("swedish", "sv"),
    ("dansk", "da"),
    ("danish", "da"),
    ("norsk", "nb"),
    ("norwegian", "nb"),
    ("suomi", "fi"),
    ("finnish", "fi"),
    ("čeština", "cs"),
    ("czech", "cs"),
    ("magyar", "hu"),
    ("hungarian", "hu"),
    ("türkçe", "tr"),
    ("turkish", "tr"),
    ("català", "ca"),
    ("catalan", "ca"),
    ("ελληνικά", "el"),
    ("greek", "el"),
    ("українська", "uk"),
    ("ukrainian", "uk"),
    ("日本語", "ja"),
    ("japanese", "ja"),
    ("中文", "zh"),
    ("中文-普通话 國語", "zh"),
    ("chinese", "zh"),
    ("한국어", "ko"),
    ("korean", "ko"),
    ("tiếng việt", "vi"),
    ("vietnamese", "vi"),
    ("bahasa indonesia", "id"),
    ("indonesian", "id"),
];

/// The tag for a language as a header names it ("Deutsch", "Spanish"), or as a tag.
fn tag_of(name: &str) -> Option<String> {
    let n = name.trim().to_lowercase();
    if let Some((_, tag)) = NAMES.iter().find(|(k, _)| *k == n) {
        return Some((*tag).to_string());
    }
    is_language_tag(name.trim()).then(|| name.trim().to_string())
}

/// The story's own language: `given` (the chapter's `language` key, already checked)
/// unless it is the book's; else the language `header` names, when that is another
/// language than the book's (a header saying "English" in an `en-GB` book keeps the
/// book's region); else, when neither names one, the language of the story's `words`
/// when the detector is sure of it and it is not the book's. With the reason for `quire
/// inspect`.
pub(super) fn story_language<'w>(
    given: Option<&str>,
    header: Option<&str>,
    words: impl FnOnce() -> Cow<'w, str>,
    book: &str,
) -> (Option<String>, Option<String>) {
    if let Some(g) = given {
        if g.eq_ignore_ascii_case(book) {
            return (None, None);
        }
        return (
            Some(g.to_string()),
            Some(format!(
                "language: {g}, as book.toml sets it for this story"
            )),
        );
    }
    let Some(h) = header else {
        return match by_words(&words(), book) {
            Some(tag) if primary(&tag) != primary(book) => {
                let why = format!(
                    "language: {tag}, by the story's words (no header or book.toml key names \
                     one; set `language` for this story if that is wrong)"
                );
                (Some(tag), Some(why))
            }
            _ => (None, None),
        };
    };
    match tag_of(h) {
        Some(tag) if primary(&tag) != primary(book) => {
            let why = format!("language: {tag}, as the header says (`Language: {h}`)");
            (Some(tag), Some(why))
        }
        _ => (None, None),
    }
}

/// Fewest words the detector judges a story's language by: under that, a page of names
/// and dialogue can look like anything.
const MIN_WORDS: usize = 40;

/// How much of the story the detector reads, from its middle (past the notes at its head,
/// which may be in another language): about 400 words, plenty for a sure answer, and a
/// bound on the cost of a long story.
const SAMPLE_BYTES: usize = 700;

/// How sure the detector must be: its own mark of a reliable answer. English prose of a
/// hundred words or more scores near 1; a story that mixes two languages, or Danish
/// against Norwegian, scores under it and keeps the book's language.
const MIN_CONFIDENCE: f64 = 0.9;

/// The BCP 47 tag of the language `text` is written in, when the detector is sure of it
/// and it may not be the `book`'s.
fn by_words(text: &str, book: &str) -> Option<String> {
    let sample = middle(text, SAMPLE_BYTES);
    if sample.split_whitespace().count() < MIN_WORDS
        || (primary(book) == "en" && plainly_english(middle(text, 4 * SAMPLE_BYTES)))
    {
        return None;
    }
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() || info.confidence() < MIN_CONFIDENCE {
        return None;
    }
    let code = info.lang().code();
    // Norwegian Bokmål is `nob` to the detector and `nb` as a tag; Mandarin is `cmn`.
    let tag = match code {
        "nob" => "nb".to_string(),
        "cmn" => "zh".to_string(),
        _ => {
            let l = isolang::Language::from_639_3(code)?;
            l.to_639_1()
                .map_or_else(|| code.to_string(), str::to_string)
        }
    };
    Some(tag)
}

/// Whether `sample` is plainly English prose: one word in fifty or more is "the" (English
/// prose runs at one in twenty, dialogue at one in thirty; no other language writes the
/// word). The detector weighs every language's trigrams, about 0.7 million instructions a
/// story, 6% of a 1,000-story build; this spares it the stories of an English book that
/// are in English.
fn plainly_english(sample: &str) -> bool {
    let (mut words, mut the) = (0, 0);
    for w in sample.split_whitespace() {
        words += 1;
        the += usize::from(w.eq_ignore_ascii_case("the"));
    }
    the * 50 >= words
}

/// About `len` bytes from the middle of `text`, cut at character boundaries.
fn middle(text: &str, len: usize) -> &str {
    if text.len() <= len {
        return text;
    }
    let mut start = (text.len() - len) / 2;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = start + len;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        assert!(is_language_tag("en") && is_language_tag("en-GB") && is_language_tag("zh-Hant-TW"));
        assert!(!is_language_tag("english!") && !is_language_tag("e"));
        assert!(
            !is_language_tag("en-a") && !is_language_tag("en--GB") && !is_language_tag("x-abc")
        );
    }

    #[test]
    fn a_story_is_in_the_language_book_toml_or_its_header_names() {
        let lang = |g, h, b| story_language(g, h, || Cow::Borrowed(""), b).0;
        assert_eq!(lang(Some("es"), None, "en-US").as_deref(), Some("es"));
        assert_eq!(
            lang(Some("es"), Some("Deutsch"), "en").as_deref(),
            Some("es")
        );
        assert_eq!(lang(None, Some("Deutsch"), "en-US").as_deref(), Some("de"));
        assert_eq!(lang(None, Some("Spanish"), "en").as_deref(), Some("es"));
        assert_eq!(lang(None, Some("pt-BR"), "en").as_deref(), Some("pt-BR"));
        // The book's own language, or a name not known: the book's.
        assert_eq!(lang(Some("en-US"), None, "en-US"), None);
        assert_eq!(lang(None, Some("English"), "en-GB"), None);
        assert_eq!(lang(None, Some("Klingon!"), "en"), None);
        assert_eq!(lang(None, None, "fr"), None);
    }

    /// Original prose for the tests: a Spanish story, an English one, each with no header.
    const SPANISH: &str = "La panadera abrió la puerta antes del amanecer, como cada día \
        desde hacía treinta años. El horno todavía estaba tibio y la harina olía a lluvia. \
        Su nieta llegó corriendo por la calle vacía, con las manos llenas de cartas que \
        nadie había querido abrir. Las dejaron sobre la mesa, entre los panes, y las \
        leyeron una por una mientras el sol subía despacio por encima de los tejados.";
    const ENGLISH: &str = "The baker opened the door before dawn, as she had every day \
        for thirty years. The oven was still warm and the flour smelled of rain. Her \
        granddaughter came running down the empty street with her hands full of letters \
        that nobody had wanted to open. They laid them on the table among the loaves and \
        read them one by one while the sun climbed slowly over the roofs of the town.";

    #[test]
    fn a_story_no_header_names_is_in_the_language_of_its_words() {
        let lang = |text: &str, book| story_language(None, None, || Cow::Borrowed(text), book);
        let (es, why) = lang(SPANISH, "en-GB");
        assert_eq!(es.as_deref(), Some("es"));
        assert!(why.unwrap().contains("by the story's words"));
        // In its own language's book, or in English in an English book, it is the book's.
        assert_eq!(lang(SPANISH, "es-MX").0, None);
        assert_eq!(lang(ENGLISH, "en-US").0, None);
        // An English story in a Spanish book is English.
        assert_eq!(lang(ENGLISH, "es").0.as_deref(), Some("en"));
        // Too few words to judge: the book's.
        let short: String = SPANISH
            .split_whitespace()
            .take(30)
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(lang(&short, "en").0, None);
        // A header or book.toml that names a language decides, whatever the words say.
        let named = story_language(None, Some("Deutsch"), || SPANISH.into(), "en");
        assert_eq!(named.0.as_deref(), Some("de"));
        let given = story_language(Some("pt"), None, || SPANISH.into(), "en");
        assert_eq!(given.0.as_deref(), Some("pt"));
    }

    #[test]
    fn english_prose_is_known_without_the_detector() {
        assert!(plainly_english(ENGLISH));
        assert!(!plainly_english(SPANISH));
        // Dutch and German write no "the".
        assert!(!plainly_english(
            "De bakker opende de deur voor zonsopgang, zoals ze elke dag had gedaan."
        ));
    }

    #[test]
    fn the_sample_is_cut_from_the_middle_at_character_boundaries() {
        let text = "é".repeat(1000);
        let m = middle(&text, 301);
        assert!(m.len() <= 301 && m.len() >= 298 && m.chars().all(|c| c == 'é'));
        assert_eq!(middle("short", 700), "short");
    }
}
