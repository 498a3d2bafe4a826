//! Archive of Our Own, vocabulary: one line of a page copy or download → which of AO3's
//! own lines it is (the text marker, a section label, the site's buttons and navigation,
//! the see-the-end and posted-originally lines, a chapter title).

/// The lines AO3 puts just above the story text on its pages.
const TEXT_MARKERS: &[&str] = &["work text:", "work text", "chapter text", "chapter text:"];

/// Section labels AO3 prints on a line of their own; the author's words follow.
const SECTIONS: &[(&str, Section)] = &[
    ("summary", Section::Summary),
    ("chapter summary", Section::Summary),
    ("notes", Section::Notes),
    ("chapter notes", Section::Notes),
    ("end notes", Section::End),
    ("chapter end notes", Section::End),
    ("afterword", Section::End),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Section {
    Summary,
    Notes,
    End,
}

/// AO3's page furniture copied along with a work (buttons, navigation, prompts).
const FURNITURE: &[&str] = &[
    "work header",
    "actions",
    "entire work",
    "next chapter →",
    "next chapter",
    "← previous chapter",
    "previous chapter",
    "chapter index",
    "share",
    "download",
    "bookmark",
    "kudos ♥",
    "kudos",
    "leave kudos",
    "mark for later",
    "subscribe",
    "comments",
    "hide comments",
    "post comment",
    "top of work",
    "↑ top",
    "top",
    "top ↑",
    "← previous work",
    "previous work",
    "next work →",
    "next work",
    "preface",
    "skip header",
    "work search:",
    "series this work belongs to:",
    "works inspired by this one:",
    "please drop by the archive and comment to let the creator know if you enjoyed their work!",
];

/// The site's navigation bar at the top of every AO3 page, one entry a line when a page
/// is copied from the browser: only dropped above the work's text, where a story never
/// stands, and only on a page copy (`Work Text:` below them).
const PAGE_TOP: &[&str] = &[
    "archive of our own beta",
    "archive of our own",
    "skip header",
    "skip to main content",
    "skip to content",
    "log in",
    // The log-in box that opens under "Log In", copied with it.
    "user name or email:",
    "username or email:",
    "password:",
    "remember me",
    "remember me?",
    "forgot password?",
    "get an invitation",
    "forgot password? get an invitation",
    "sign up",
    "site navigation",
    "fandoms",
    "all fandoms",
    "browse",
    "works",
    "bookmarks",
    "tags",
    "collections",
    "search",
    "people",
    "about",
    "about us",
    "news",
    "faq",
    "wrangling guidelines",
    "donate or volunteer",
    "main content",
    "work search",
    "search works",
    // The fandom menu under "Fandoms".
    "anime & manga",
    "books & literature",
    "cartoons & comics & graphic novels",
    "celebrities & real people",
    "movies",
    "music & bands",
    "other media",
    "theater",
    "tv shows",
    "video games",
    "uncategorized fandoms",
    // The formats under "Download" in the work's actions.
    "azw3",
    "epub",
    "mobi",
    "pdf",
    "html",
];

/// Whether `t` is a line of the site's bar above a copied work: a menu entry, or the
/// search box's hint ("tip: buffy (tv) m/m sort by: hits").
pub(super) fn is_page_top(t: &str) -> bool {
    short_key(t, PAGE_TOP).is_some_and(|k| {
        PAGE_TOP.contains(&k.as_str())
            || k.starts_with("tip: ")
            // The search box and its hint copied onto one line.
            || k.starts_with("work search: tip: ")
    })
}

pub(super) fn key(t: &str) -> String {
    key_of_core(core(t))
}

/// The line without its decoration, as [`key`] reads it.
fn core(t: &str) -> &str {
    t.trim().trim_matches(['*', '_']).trim()
}

fn key_of_core(core: &str) -> String {
    core.replace('’', "'").to_lowercase()
}

/// [`key`], when it may be one of `labels`; `None` for a line too long to be, without
/// lowercasing it. Straightening an apostrophe or lowercasing a character leaves at
/// least a third of its bytes (`’` and the Kelvin sign are three bytes, `'` and `k`
/// one), so a key is at least a third as long as the core it is made from.
fn short_key(t: &str, labels: &[&str]) -> Option<String> {
    let core = core(t);
    let longest = labels.iter().map(|l| l.len()).max().unwrap_or(0);
    (core.len() <= 3 * longest).then(|| key_of_core(core))
}

/// The longest section label, with its colon.
const SECTION_KEY: &str = "chapter end notes:";

pub(super) fn section(t: &str) -> Option<Section> {
    let k = short_key(t, &[SECTION_KEY])?;
    let k = k.strip_suffix(':').unwrap_or(&k);
    SECTIONS.iter().find(|(l, _)| *l == k).map(|s| s.1)
}

/// Whether `line` (as the file has it, untrimmed) is set indented, as a text download
/// of AO3's quotes the author's summary and notes.
pub(super) fn is_quoted(line: &str) -> bool {
    crate::source::verse::indent_columns(line) >= 2
}

/// AO3's label over a chapter's opening notes (`Chapter Notes`), alone on its line.
pub(super) fn is_chapter_notes(t: &str) -> bool {
    short_key(t, &[SECTION_KEY])
        .is_some_and(|k| k.strip_suffix(':').unwrap_or(&k) == "chapter notes")
}

/// A section label alone on its line, or opening it (`Summary: A bead-maker…`).
pub(super) fn section_start(t: &str) -> Option<Section> {
    section(t).or_else(|| {
        let (label, rest) = t.split_once(':')?;
        if rest.trim().is_empty() {
            None
        } else {
            section(label)
        }
    })
}

pub(super) fn is_marker(t: &str) -> bool {
    short_key(t, TEXT_MARKERS).is_some_and(|k| TEXT_MARKERS.contains(&k.as_str()))
}

pub(super) fn is_furniture(t: &str) -> bool {
    let k = key(t);
    FURNITURE.contains(&k.as_str())
        || k.starts_with("please drop by the archive and comment")
        || (k.starts_with("comments (") && k.ends_with(')'))
        || (k.starts_with("kudos (") && k.ends_with(')'))
        // "quietmoth, reedwarbler, and 54 more users as well as 211 guests left kudos on
        // this work!": the names of readers, not the author's words.
        || (k.ends_with("left kudos on this work!") && k.split_whitespace().count() <= 120)
}

/// "(See the end of the work for more notes.)" and its chapter and download forms.
pub(super) fn is_see_end(t: &str) -> bool {
    let k = key(t);
    let k = k.trim_matches(['(', ')', '.']);
    k.starts_with("see the end of the work for") || k.starts_with("see the end of the chapter for")
}

pub(super) fn is_posted(t: &str) -> bool {
    key(t).starts_with("posted originally on the archive of our own")
}

/// `Chapter 3`, `Chapter 3: The Storm`, `Chapter 3. The Storm`.
pub(super) fn is_chapter_heading(t: &str) -> bool {
    let t = t.trim();
    let Some(rest) = t.strip_prefix("Chapter ") else {
        return false;
    };
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let after = &rest[digits..];
    digits > 0 && t.chars().count() <= 120 && (after.is_empty() || after.starts_with([':', '.']))
}

#[cfg(test)]
mod key_tests {
    use super::*;

    #[test]
    fn short_keys_are_the_keys_of_lines_that_can_be_labels() {
        assert!(
            SECTIONS
                .iter()
                .all(|(l, _)| l.len() < SECTION_KEY.len() && SECTION_KEY.ends_with(':'))
        );
        // The decoration is read as `key` reads it, whatever its length.
        let deco = format!("{}Chapter End Notes:{}", "*".repeat(80), "_".repeat(80));
        assert_eq!(section(&deco), Some(Section::End));
        assert_eq!(section("CHAPTER END NOTES"), Some(Section::End));
        // Three bytes lowercased to one: the Kelvin sign.
        assert_eq!(
            short_key("\u{212A}UDOS", &["kudos"]).as_deref(),
            Some("kudos")
        );
        assert!(is_marker("** Work Text: **"));
        assert!(!is_marker(&"Work text ".repeat(4)));
    }
}
