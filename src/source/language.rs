//! Source stage, languages: which language a story is in, from `book.toml` or from the
//! language its site header names, and whether a tag is a language tag at all.
//!
//! Input: the chapter's `language` key, the header's `Language:` field and the book's
//! language. Output: the story's own BCP 47 tag when it differs from the book's, with
//! the reason `quire inspect` gives.

use crate::typography::primary;

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
/// book's region). With the reason for `quire inspect`.
pub(super) fn story_language(
    given: Option<&str>,
    header: Option<&str>,
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
    let Some(h) = header else { return (None, None) };
    match tag_of(h) {
        Some(tag) if primary(&tag) != primary(book) => {
            let why = format!("language: {tag}, as the header says (`Language: {h}`)");
            (Some(tag), Some(why))
        }
        _ => (None, None),
    }
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
        let lang = |g, h, b| story_language(g, h, b).0;
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
}
