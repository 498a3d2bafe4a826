//! Scribble Hub chapter pages copied from the browser → the chapter's text, with the
//! site's lines dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the page's head (the site's menu, the
//! series title — read as the title —, the chapter's title — the story's first heading —,
//! the author's name, the date and view count, "Report", "Reading Options" and the
//! chapter buttons "Previous" / "Index" / "Next") and its foot (the buttons again,
//! "Advertisement", "Chapter Comments (N)" with the comments, "Load More Comments", the
//! site's footer) taken. The rules need the buttons "Previous", "Index" and "Next" on
//! three lines of their own and a line only the site writes ("Scribble Hub", "Reading
//! Options", "Chapter Comments (N)").

use super::doc::Doc;
use super::parts::is_title_line;

/// The site's menu over the page, lowercase.
const MENU: &[&str] = &[
    "skip to content",
    "scribble hub",
    "series",
    "rankings",
    "genres",
    "forum",
    "search",
    "login",
    "sign up",
    "sign in",
    "submit",
    "create",
    "series finder",
    "ranking",
    "latest series",
    "latest updates",
];

/// The page's own lines around the chapter's head, lowercase.
const PAGE: &[&str] = &[
    "report",
    "reading options",
    "advertisement",
    "toggle font",
    "a-",
    "a+",
];

/// How far down the page the chapter buttons may stand.
const HEAD_LINES: usize = 60;

/// Where the three chapter buttons ("Previous", "Index", "Next", each a line, blank
/// lines allowed between) start, at or after line `from`: the line of "Next".
fn buttons(doc: &Doc, from: usize, to: usize) -> Option<(usize, usize)> {
    (from..to).find_map(|i| {
        if doc.lower(i) != "previous" {
            return None;
        }
        let index = doc.next_text(i + 1)?;
        let next = doc.next_text(index + 1)?;
        (doc.lower(index) == "index" && doc.lower(next) == "next").then_some((i, next))
    })
}

/// Whether the page shows a line only Scribble Hub writes.
fn site_named(doc: &Doc) -> bool {
    (0..doc.len()).any(|i| {
        let l = doc.lower(i);
        l == "scribble hub"
            || l == "reading options"
            || (l.starts_with("chapter comments (") && l.ends_with(')'))
            || (l.starts_with('©') && l.ends_with("scribble hub"))
    })
}

/// Reads a Scribble Hub page copy. Returns whether it found one.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    if !site_named(doc) {
        return false;
    }
    let Some((_, head_end)) = buttons(doc, 0, doc.len().min(HEAD_LINES)) else {
        return false;
    };
    // The head's own lines: the menu and the page's words go; of the rest, in order,
    // the series title, the chapter's title, the author's name, the date and views.
    let mut rest = Vec::new();
    for i in 0..=head_end {
        if doc.blank(i) || doc.taken[i] {
            continue;
        }
        let l = doc.lower(i);
        let site = MENU.contains(&l.as_str())
            || PAGE.contains(&l.as_str())
            || matches!(l.as_str(), "previous" | "index" | "next")
            || l.ends_with(" views");
        if site {
            let t = doc.trimmed(i).to_string();
            doc.drop_line(i, &t);
        } else {
            rest.push(i);
        }
    }
    let title = rest
        .first()
        .copied()
        .filter(|&i| is_title_line(&doc.para(i, i + 1)));
    if let Some(t) = title {
        doc.title_line(
            t,
            allow_title,
            "the series title over the Scribble Hub chapter",
        );
    }
    if let Some(&c) = rest.get(1).filter(|_| title.is_some()) {
        doc.out.lead_heading = Some(doc.para(c, c + 1));
        doc.take(c, c + 1);
        doc.why(format!(
            "heading: line {} \"{}\" is the chapter's title",
            c + 1,
            doc.trimmed(c)
        ));
    }
    if let Some(&a) = rest.get(2).filter(|_| title.is_some()) {
        let who = doc.trimmed(a).to_string();
        if who.split_whitespace().count() <= 3 {
            doc.take(a, a + 1);
            doc.out.meta.author.get_or_insert(who);
        }
    }
    for &i in rest.iter().skip(3) {
        let t = doc.trimmed(i).to_string();
        doc.drop_line(i, &t);
    }
    doc.why(format!(
        "header: lines 1–{} are a Scribble Hub chapter page's head (the site's menu, the \
         series and chapter titles, the author, the date, the chapter buttons)",
        head_end + 1
    ));
    // The reader's font buttons under the chapter buttons, and the author's name over
    // the box of the author's note ("LedgerLord" / "Author's Note" / the note).
    let mut k = head_end + 1;
    while let Some(i) = doc.next_text(k) {
        let l = doc.lower(i);
        let named = doc.out.meta.author.as_deref() == Some(doc.trimmed(i))
            && doc
                .next_text(i + 1)
                .is_some_and(|n| doc.lower(n) == "author's note");
        if !(PAGE.contains(&l.as_str()) || named) {
            break;
        }
        let t = doc.trimmed(i).to_string();
        doc.drop_line(i, &t);
        k = i + 1;
    }
    // The foot: from the buttons under the chapter to the end.
    if let Some((foot, _)) = buttons(doc, head_end + 1, doc.len()) {
        doc.drop_page_foot(
            foot,
            "the Scribble Hub page's foot (chapter buttons, comments, footer)",
        );
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Skip to content\nScribble Hub\nSeries\nLogin\n\nThe Lamp Shop\n\n\
Chapter 3: Wicks\n\nember_and_oil\n\nMar 2, 2026\n310 Views\n\nReport\nReading Options\n\n\
Previous\nIndex\nNext\n\nThe wicks came in on Tuesday.\n\nShe trimmed them.\n\nPrevious\n\
Index\nNext\n\nAdvertisement\n\nChapter Comments (2)\n\nwaxwing\nMar 2, 2026\nLovely!\nReply\n\n\
© 2026 Scribble Hub\n";

    #[test]
    fn the_head_gives_title_chapter_and_author_and_the_foot_goes() {
        let mut doc = Doc::new(PAGE);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("The Lamp Shop"));
        assert_eq!(
            doc.out.lead_heading.as_ref().map(|p| p.text.as_str()),
            Some("Chapter 3: Wicks")
        );
        assert_eq!(doc.out.meta.author.as_deref(), Some("ember_and_oil"));
        assert_eq!(
            doc.untaken(),
            "The wicks came in on Tuesday.\nShe trimmed them."
        );
    }

    /// Another menu, the font buttons, and the author's name over the note's box.
    #[test]
    fn the_font_buttons_and_the_name_over_the_note_go() {
        let page = PAGE
            .replace("Series\nLogin", "Series Finder\nRanking\nLatest Updates\nSign In")
            .replace(
                "Next\n\nThe wicks",
                "Next\nToggle Font\nA-\nA+\n\nember_and_oil\nAuthor's Note\nThanks for 500 followers!\n\nThe wicks",
            );
        let mut doc = Doc::new(&page);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("The Lamp Shop"));
        assert_eq!(
            doc.untaken(),
            "Author's Note\nThanks for 500 followers!\nThe wicks came in on Tuesday.\nShe trimmed them."
        );
    }

    #[test]
    fn a_story_with_previous_and_next_keeps_them() {
        let text = "Previous\nIndex\nNext\n\nShe read the index.\n";
        let mut doc = Doc::new(text);
        assert!(!read(&mut doc, true));
        assert_eq!(doc.untaken(), "Previous\nIndex\nNext\nShe read the index.");
    }
}
