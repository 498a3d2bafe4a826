//! Hyphenation stage: where a word may be broken at a line end.
//!
//! Input: a word and the book's language. Output: byte offsets inside the word where a
//! hyphen may go. The patterns of every language the `hyphenation` crate knows are
//! embedded in the binary (about 3 MB); a language without patterns gets no breaks,
//! which is safe (lines are set looser) rather than wrong.

use hyphenation::{Hyphenator, Language, Load, Standard};

/// Shortest word worth hyphenating: breaking short words costs more in reading than it
/// gains in spacing.
const MIN_WORD_CHARS: usize = 6;
/// Letters kept before a break ("re-" is the shortest fragment a reader accepts).
const MIN_LEFT: usize = 2;
/// Letters carried to the next line (two-letter tails such as "-ly" look like typos).
const MIN_RIGHT: usize = 3;

/// The patterns for a BCP 47 tag: the most specific match of the tag's language and
/// region (`en-GB`, `de-CH`), then its language alone; English without a region is US
/// English, German the 1996 orthography, Greek monotonic, Norwegian Bokmål.
pub fn language_for(tag: &str) -> Option<Language> {
    let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
    let mut parts = lower.split('-');
    let lang = parts.next().unwrap_or("");
    let region = parts.next().unwrap_or("");
    let l = match (lang, region) {
        ("en", "gb" | "uk" | "au" | "nz" | "ie" | "za" | "in") => Language::EnglishGB,
        ("en", _) => Language::EnglishUS,
        ("de", "ch") => Language::GermanSwiss,
        ("de", _) => Language::German1996,
        ("el", _) => Language::GreekMono,
        ("no" | "nb", _) => Language::NorwegianBokmal,
        ("sr", "latn") => Language::SerbocroatianLatin,
        ("sr", _) => Language::SerbianCyrillic,
        ("mn", _) => Language::Mongolian,
        ("zh", _) => return None,
        _ => return Language::try_from_code(lang),
    };
    Some(l)
}

/// A hyphenation dictionary for one language, or none.
pub struct Hyphenation {
    dict: Option<Standard>,
}

impl Hyphenation {
    /// The dictionary for a BCP 47 tag (see [`language_for`]); none for a language
    /// without patterns.
    pub fn for_language(tag: &str) -> Self {
        let dict = language_for(tag)
            .and_then(|l| Standard::from_embedded(l).ok())
            .map(|mut d| {
                // At least our minima; more where the language's own rules ask for it.
                let (l, r) = d.minima;
                d.minima = (l.max(MIN_LEFT), r.max(MIN_RIGHT));
                d
            });
        Hyphenation { dict }
    }

    /// Whether the language has patterns (a word may break with a hyphen at all).
    pub fn has_patterns(&self) -> bool {
        self.dict.is_some()
    }

    /// Byte offsets in `word` where it may break with a hyphen.
    ///
    /// Leading and trailing punctuation (quotes, commas) is ignored so `“wonderful,` breaks
    /// like `wonderful`; words containing digits, hyphens or other punctuation inside are
    /// never broken, because a dictionary break there would be wrong or confusing.
    pub fn breaks(&self, word: &str) -> Vec<usize> {
        let Some(dict) = &self.dict else {
            return Vec::new();
        };
        let start = word
            .char_indices()
            .find(|(_, c)| c.is_alphabetic())
            .map(|(i, _)| i);
        let end = word
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_alphabetic())
            .map(|(i, c)| i + c.len_utf8());
        let (Some(start), Some(end)) = (start, end) else {
            return Vec::new();
        };
        let core = &word[start..end];
        if core.chars().count() < MIN_WORD_CHARS || !core.chars().all(char::is_alphabetic) {
            return Vec::new();
        }
        dict.hyphenate(core)
            .breaks
            .into_iter()
            .map(|b| b + start)
            .collect()
    }
}

/// Where a web address or e-mail address may break at a line end, with nothing added
/// (a hyphen there would read as part of the address): byte offsets, ascending; `None`
/// when `word` is not an address. The Chicago Manual of Style's rules (14.18): after
/// `//`, before a single `/`, `.`, `?`, `#`, `%`, `~`, `_`, `-` or `@`, before and after
/// `=` and `&`; never before the punctuation that ends a sentence after the address
/// (`….html,`), and not within its first three characters or before its last three.
pub fn address_breaks(word: &str) -> Option<Vec<usize>> {
    if !is_address(word) {
        return None;
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    // The address proper: the last letter, digit or slash (trailing `.`, `,`, `)` and
    // quotes are the sentence's).
    let end = chars
        .iter()
        .rposition(|(_, c)| c.is_alphanumeric() || *c == '/')
        .unwrap_or(0);
    let mut out = Vec::new();
    for i in 3..end.saturating_sub(2) {
        let (at, c) = chars[i];
        let prev = chars[i - 1].1;
        let next = chars[i + 1].1;
        let before = match c {
            '/' => prev != '/' && prev != ':' && next != '/',
            '.' | '?' | '#' | '%' | '~' | '_' | '-' | '@' | '=' | '&' => next.is_alphanumeric(),
            _ => false,
        };
        let after = (prev == '/' && chars[i - 2].1 == '/') || matches!(prev, '=' | '&');
        if before || (after && c.is_alphanumeric()) {
            out.push(at);
        }
    }
    out.dedup();
    Some(out)
}

/// Whether `word` is a web address (`https://…`, `www.…`) or an e-mail address
/// (`name@host.tld`), perhaps with punctuation around it.
fn is_address(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    if core.contains("://") || core.starts_with("www.") {
        return true;
    }
    let Some((user, host)) = core.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && host.contains('.')
        && !host.contains('@')
        && host.split('.').all(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `w` cut at the byte offsets `breaks` (ascending).
    fn cut_at(w: &str, breaks: Vec<usize>) -> Vec<&str> {
        let mut out = Vec::new();
        let mut last = 0;
        for b in breaks {
            out.push(&w[last..b]);
            last = b;
        }
        out.push(&w[last..]);
        out
    }

    fn pieces<'w>(h: &Hyphenation, w: &'w str) -> Vec<&'w str> {
        cut_at(w, h.breaks(w))
    }

    #[test]
    fn english_words_break_at_syllables() {
        let h = Hyphenation::for_language("en-US");
        assert_eq!(pieces(&h, "hyphenation"), ["hy", "phen", "a", "tion"]);
        assert_eq!(pieces(&h, "“wonderful,”"), ["“won", "der", "ful,”"]);
    }

    #[test]
    fn short_words_compounds_and_other_languages_do_not_break() {
        let h = Hyphenation::for_language("en");
        assert!(h.breaks("table").is_empty());
        assert!(h.breaks("well-informed").is_empty());
        assert!(
            Hyphenation::for_language("zh-Hans")
                .breaks("hyphenation")
                .is_empty()
        );
    }

    fn address_pieces(w: &str) -> Option<Vec<&str>> {
        Some(cut_at(w, address_breaks(w)?))
    }

    #[test]
    fn addresses_break_before_their_punctuation_and_after_the_double_slash() {
        assert_eq!(
            address_pieces("https://tidewatch.example.org/status?station=46-014&format=html,")
                .unwrap(),
            [
                "https://",
                "tidewatch",
                ".example",
                ".org",
                "/status",
                "?station",
                "=",
                "46",
                "-014",
                "&",
                "format",
                "=",
                "html,"
            ]
        );
        assert_eq!(
            address_pieces("(jaewon.baek@materials.example.edu).").unwrap(),
            ["(jaewon", ".baek", "@materials", ".example", ".edu)."]
        );
        assert_eq!(
            address_pieces("www.example.org/about/").unwrap(),
            ["www", ".example", ".org", "/about/"]
        );
        // Not addresses: ordinary words, a handle, a time, a compound.
        for w in ["mother-in-law", "@quire", "14:30", "and/or", "e.g.", "a@b"] {
            assert_eq!(address_breaks(w), None, "{w}");
        }
    }

    #[test]
    fn each_book_language_has_its_patterns() {
        for (tag, word, want) in [
            (
                "fr",
                "anticonstitutionnellement",
                "an-ti-cons-ti-tu-tion-nel-le-ment",
            ),
            ("de-DE", "Silbentrennung", "Sil-ben-tren-nung"),
            ("es", "extraordinario", "ex-tra-or-di-na-rio"),
            ("it", "straordinario", "straor-di-na-rio"),
            ("pt-BR", "extraordinário", "ex-tra-or-di-ná-rio"),
            ("nl", "onafhankelijkheid", "on-af-han-ke-lijk-heid"),
            ("ru", "достопримечательность", "до-сто-при-ме-ча-тель-ность"),
            ("en-GB", "hyphenation", "hy-phen-a-tion"),
        ] {
            let h = Hyphenation::for_language(tag);
            assert_eq!(pieces(&h, word).join("-"), want, "{tag}");
        }
        // Minimum fragments: two letters before a break, three after, in every language.
        for tag in ["fr", "de", "es", "it", "pt", "nl", "ru", "en-US", "en-GB"] {
            let h = Hyphenation::for_language(tag);
            for w in [
                "extraordinairement",
                "Unabhängigkeitserklärung",
                "достопримечательность",
            ] {
                let p = pieces(&h, w);
                if p.len() > 1 {
                    assert!(p[0].chars().count() >= 2, "{tag} {p:?}");
                    assert!(p[p.len() - 1].chars().count() >= 3, "{tag} {p:?}");
                }
            }
        }
    }
}
