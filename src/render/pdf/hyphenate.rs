//! Hyphenation stage: where a word may be broken at a line end.
//!
//! Input: a word and the book's language. Output: byte offsets inside the word where a
//! hyphen may go. Only English (US patterns, embedded in the binary) is hyphenated; other
//! languages get no breaks, which is safe (lines are set looser) rather than wrong.

use hyphenation::{Hyphenator, Language, Load, Standard};

/// Shortest word worth hyphenating: breaking short words costs more in reading than it
/// gains in spacing.
const MIN_WORD_CHARS: usize = 6;
/// Letters kept before a break ("re-" is the shortest fragment a reader accepts).
const MIN_LEFT: usize = 2;
/// Letters carried to the next line (two-letter tails such as "-ly" look like typos).
const MIN_RIGHT: usize = 3;

/// A hyphenation dictionary for one language, or none.
pub struct Hyphenation {
    dict: Option<Standard>,
}

impl Hyphenation {
    /// The dictionary for a BCP 47 tag; `en*` gets US English patterns, others none.
    pub fn for_language(tag: &str) -> Self {
        let lower = tag.to_ascii_lowercase();
        let dict = if lower == "en" || lower.starts_with("en-") {
            Standard::from_embedded(Language::EnglishUS)
                .ok()
                .map(|mut d| {
                    d.minima = (MIN_LEFT, MIN_RIGHT);
                    d
                })
        } else {
            None
        };
        Hyphenation { dict }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(h: &Hyphenation, w: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut last = 0;
        for b in h.breaks(w) {
            out.push(w[last..b].to_string());
            last = b;
        }
        out.push(w[last..].to_string());
        out
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
            Hyphenation::for_language("fr")
                .breaks("hyphenation")
                .is_empty()
        );
    }
}
