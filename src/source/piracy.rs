//! The hidden sentences a web-fiction site slips into its chapters' text to mark copies
//! ("This tale has been unlawfully lifted from Royal Road. If you spot it on Amazon,
//! please report it.") → recognised, so the header stage can leave them out.
//!
//! Input: one line, alone in its paragraph. Output: whether it is such a notice. Royal
//! Road hides them from the page with a style, so a reader never sees them until the
//! text is copied; there are hundreds of wordings, all built from the same few parts: a
//! word for taking ("stolen", "unlawfully", "pilfered", "without the author's
//! consent"), what was taken ("this tale", "the narrative", "the content"), where it
//! should not be ("on Amazon", "from Royal Road") and what to do ("report it"). A
//! second family asks the reader to find the original ("Read the official version to
//! support the author"). A story's own sentence about a theft lacks the parts, speaks in
//! dialogue, or runs longer.

/// Words for taking a text without leave, lowercase.
const THEFT: &[&str] = &[
    "stolen",
    "unlawful",
    "illicit",
    "pilfered",
    "misappropriated",
    "appropriated",
    "purloined",
    "lifted",
    "taken without",
    "without permission",
    "without the author",
    "without authori",
    "unauthori",
    "theft",
    "not rightfully",
    "not meant to be on",
];

/// What was taken: the text itself, as the notices name it.
const TEXT: &[&str] = &[
    "narrative",
    "tale",
    "story",
    "content",
    "novel",
    "text",
    "book",
    "chapter",
];

/// What the notices ask the reader to do: report the copy.
const REPORT: &[&str] = &[
    "report it",
    "report any",
    "report this",
    "report the violation",
    "report the infringement",
    "report the incident",
    "file a report",
    "please report",
    "kindly report",
    "be reported",
];

/// The second family: the text's true home and the author's credit.
const HOME: &[&str] = &[
    "royal road",
    "original version",
    "official version",
    "original publication",
    "original website",
    "true home",
    "preferred platform",
    "different platform",
    "another platform",
    "genuine version",
];

/// What the second family asks.
const CREDIT: &[&str] = &["support", "credit", "read", "find"];

/// Words of a story's telling that the notices never use: they speak to "you" about
/// "the author", never of a "he" or "she" who said something.
const TELLING: &[&str] = &[
    "he", "she", "him", "her", "his", "hers", "i", "we", "they", "them", "said", "says", "told",
    "asked",
];

/// The longest notice, in words: the site's are one or two short sentences.
const MAX_WORDS: usize = 30;

/// Whether `line` (alone in its paragraph) is a site's hidden notice that the text was
/// taken from it. `site`: the page's own lines show it is Royal Road's, where a notice
/// needs fewer parts (it need not name Amazon or the site).
pub(crate) fn is_piracy_notice(line: &str, site: bool) -> bool {
    // What can be told from the line as written first: lowercasing it and straightening
    // its apostrophes keep its words and its last character, and most lines tested are
    // a story's paragraphs, far longer than a notice.
    let trimmed = line.trim();
    if !trimmed.ends_with(['.', '!'])
        || line.contains('\n')
        || trimmed.contains(['"', '“', '”', '«', '»'])
        || trimmed.split_whitespace().nth(MAX_WORDS).is_some()
    {
        return false;
    }
    let t = trimmed.to_lowercase().replace('’', "'");
    let words = t.split_whitespace().count();
    if !(3..=MAX_WORDS).contains(&words)
        || t.contains(['"', '“', '”', '«', '»'])
        || !t.ends_with(['.', '!'])
        || line.contains('\n')
        || t.split(|c: char| !c.is_alphanumeric())
            .any(|w| TELLING.contains(&w))
    {
        return false;
    }
    let has = |list: &[&str]| list.iter().filter(|w| t.contains(*w)).count();
    let theft = has(THEFT) >= 1 && has(TEXT) >= 1;
    let named = t.contains("amazon") || t.contains("royal road");
    let report = has(REPORT) >= 1;
    let home =
        has(HOME) >= 1 && has(CREDIT) >= 1 && (t.contains("author") || t.contains("creator"));
    if site {
        (theft && (named || report)) || home
    } else {
        (theft && named && report) || (home && t.contains("royal road"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Notices in the site's wordings (written here for the test, in the shapes the site
    /// uses) are found, on a Royal Road page and in a bare copy of its text alike.
    #[test]
    fn notices_are_found() {
        for t in [
            "The narrative has been illicitly obtained; should you discover it on Amazon, report the violation.",
            "This tale was lifted from Royal Road without leave; if it turns up on Amazon, report it.",
            "Stolen from Royal Road, this chapter should be reported wherever it appears on Amazon.",
            "If you find this novel on Amazon, it was taken without the author's consent. Report it.",
        ] {
            assert!(is_piracy_notice(t, true), "{t}");
            assert!(is_piracy_notice(t, false), "{t}");
        }
        // Without the site's name or Amazon, only on a page known to be the site's.
        for t in [
            "The story has been taken without permission. Report any sightings.",
            "Like this tale? Read the official version and support the author who wrote it.",
        ] {
            assert!(is_piracy_notice(t, true), "{t}");
            assert!(!is_piracy_notice(t, false), "{t}");
        }
    }

    /// A story's own sentences about theft, reports or Amazon stay.
    #[test]
    fn story_sentences_stay() {
        for t in [
            "She reported the stolen parcel to Amazon.",
            "\"This story was stolen,\" she said. \"Report it to Amazon.\"",
            "The tale of the stolen horse was the one Gran told best, and she told it on every rainy night of the winter we spent at the farm, until we could report every word of it back to her.",
            "He lifted the lid of the box and found the novel inside.",
            "The content of the report was stolen from her desk on Tuesday.",
            "Nobody had read the original version of the letter.",
        ] {
            assert!(!is_piracy_notice(t, false), "{t}");
        }
        // On the site's page a sentence needs the notice's parts all the same.
        for t in [
            "He lifted the lid of the box and found the novel inside.",
            "Nobody had read the original version of the letter.",
            "The content of the report was stolen from her desk on Tuesday.",
        ] {
            assert!(!is_piracy_notice(t, true), "{t}");
        }
    }
}
