//! Webnovel chapter pages copied from the browser → the story, with the site's lines read
//! or dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the page's head — the book's title, its
//! category line ("Fan-fic · Games", "Original · Fantasy"), the author, the chapter's
//! title ("Chapter 1: …") and its date and length ("Updated: Mar 8, 2024 · 1.2K Words")
//! — read (the title, the author, the chapter's heading) and dropped; the site's notice
//! slipped into the text ("Find authorized novels in Webnovel, faster updates, better
//! experience, Please click … for visiting.") dropped wherever it stands; and the
//! page's foot — the author's preset requests ("Creation is hard, cheer me up!", "Like
//! it ? Add to library!"), the "Author's Thoughts" box over the author's name (its text
//! is the closing note), then "Vote with Power Stones", "Gift", "Comment", "Next
//! Chapter", "Display Options" and all under them — dropped. Needs two of the lines only
//! Webnovel writes (its power-stone box, the "Author's Thoughts" caption, its notice),
//! so a story that mentions a power stone keeps it.

use super::doc::Doc;

/// How far down the page the chapter's title may stand.
const HEAD_LINES: usize = 12;
/// The longest of the author's preset requests under the chapter, in words.
const REQUEST_WORDS: usize = 16;
/// The longest notice, in words.
const NOTICE_WORDS: usize = 40;

/// The site's menu over a page copied whole (lowercase).
const NAV: &[&str] = &[
    "webnovel",
    "home",
    "browse",
    "rankings",
    "ranking",
    "create",
    "library",
    "contests",
    "search",
    "sign in",
    "log in",
    "use app",
    "download app",
];

/// Lines (lowercase, straight apostrophes) only Webnovel's page writes.
const SITE_LINES: &[&str] = &[
    "vote with power stones",
    "power ranking",
    "weekly power status",
    "author's thoughts",
    "creation is hard, cheer me up!",
];

/// The page's buttons and boxes under the chapter (lowercase): from the first of them
/// near one only Webnovel writes ([`SURE_BUTTONS`]) to the end of the file all is the
/// page's.
const BUTTONS: &[&str] = &[
    "vote with power stones",
    "power ranking",
    "weekly power status",
    "display options",
    "power stone",
    "vote",
    "gift",
    "comment",
    "comments",
    "report",
    "next chapter",
    "previous chapter",
    "table of contents",
    "chapter comments",
    "paragraph comments",
    "add to library",
    "unlock",
];

/// How many of [`BUTTONS`], first in the list, only Webnovel writes: a one-word "Gift"
/// or "Comment" may be a story's line.
const SURE_BUTTONS: usize = 5;
/// How far under a button one of the sure ones must stand for it to open the foot.
const BUTTONS_NEAR: usize = 8;

/// Phrases of the author's preset requests under the chapter (lowercase): Webnovel
/// offers a writer a few stock lines to set there.
const REQUESTS: &[&str] = &[
    "cheer me up",
    "thumbs up",
    "add to library",
    "add to your library",
    "add it to your library",
    "comment it and let me know",
    "your gift is the motivation",
    "power stone",
];

/// A line lowercased with straight apostrophes.
fn plain(doc: &Doc, i: usize) -> String {
    doc.lower(i).replace(['\u{2019}', '\u{2018}'], "'")
}

/// Whether `l` (lowercase) is the notice Webnovel slips into a chapter's text to send a
/// reader of a copy to the site.
fn is_notice(l: &str) -> bool {
    l.contains("webnovel")
        && l.split_whitespace().count() <= NOTICE_WORDS
        && [
            "authorized",
            "for visiting",
            "better experience",
            "faster updates",
        ]
        .iter()
        .any(|w| l.contains(w))
}

/// Whether `t` names the site, in any case: the notice's first test, made before a line
/// is lowercased.
fn mentions_webnovel(t: &str) -> bool {
    t.as_bytes()
        .windows(8)
        .any(|w| w.eq_ignore_ascii_case(b"webnovel"))
}

/// Whether `l` (lowercase) is a chapter's title: "chapter 1: …", "chapter 12 …".
fn is_chapter(l: &str) -> bool {
    l.strip_prefix("chapter ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `l` is a category line: two or three short labels parted by `·`.
fn is_category(l: &str) -> bool {
    let parts: Vec<&str> = l.split('·').map(str::trim).collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.split_whitespace().count() <= 3)
}

/// Reads a Webnovel page's head, notices and foot; false (nothing taken) when the file
/// is none. Notices are dropped from any file.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let notices = notices(doc);
    // A site line is short: only lines as short as the longest are lowercased and
    // compared (a story's lines are not, which keeps a plain story's cost to a length
    // check a line).
    let longest = SITE_LINES.iter().map(|l| l.len()).max().unwrap_or(0) + 4;
    let marks = (0..doc.len())
        .filter(|&i| !doc.blank(i) && doc.trimmed(i).len() <= longest)
        .map(|i| plain(doc, i))
        .filter(|l| SITE_LINES.contains(&l.as_str()))
        .collect::<std::collections::HashSet<_>>()
        .len()
        + usize::from(notices);
    if marks < 2 {
        return false;
    }
    let author = foot(doc);
    head(doc, allow_title, author);
    true
}

/// Drops the notices standing alone in their paragraph; whether there were any.
fn notices(doc: &mut Doc) -> bool {
    let found: Vec<usize> = (0..doc.len())
        .filter(|&i| {
            !doc.taken[i]
                && !doc.blank(i)
                // The line above first: measuring every line's paragraph is quadratic.
                && (i == 0 || doc.blank(i - 1))
                && doc.para_end(i) == i + 1
                && mentions_webnovel(doc.trimmed(i))
                && is_notice(&doc.lower(i))
        })
        .collect();
    for &i in &found {
        let t = doc.trimmed(i).to_string();
        doc.drop_line(i, &t);
    }
    if found.is_empty() {
        return false;
    }
    let lines: Vec<String> = found.iter().map(|i| (i + 1).to_string()).collect();
    let (which, are) = if found.len() == 1 {
        ("line", "is")
    } else {
        ("lines", "are")
    };
    doc.why(format!(
        "header: {which} {} {are} Webnovel's notice sending readers of a copy to the site, \
         left out",
        lines.join(", ")
    ));
    true
}

/// The name in "Author: NAME", as the page's newer head writes it.
fn labelled_author(t: &str) -> Option<&str> {
    t.split_once(':')
        .filter(|(l, n)| {
            l.trim().eq_ignore_ascii_case("author") && super::bylines::is_name(n.trim())
        })
        .map(|(_, n)| n.trim())
}

/// The head: the book's title, the category, the author, the chapter's title and its
/// date line. `author`: the name the foot's box gave, if any.
fn head(doc: &mut Doc, allow_title: bool, author: Option<String>) {
    let Some(top) = doc.next_text(0) else {
        return;
    };
    let end = doc.len().min(top + HEAD_LINES);
    let Some(ch) = (top..end).find(|&i| !doc.taken[i] && is_chapter(&doc.lower(i))) else {
        return;
    };
    // The site's menu over the book's title, as a page copied whole starts.
    let mut first = top;
    while first < ch && (doc.blank(first) || NAV.contains(&plain(doc, first).as_str())) {
        let t = doc.trimmed(first).to_string();
        doc.drop_line(first, &t);
        first += 1;
    }
    let mut last = ch;
    if ch > first {
        doc.title_line(
            first,
            allow_title,
            "the book's title at the top of a Webnovel page",
        );
        for i in first + 1..ch {
            if doc.taken[i] || doc.blank(i) {
                continue;
            }
            let t = doc.trimmed(i).to_string();
            let name = labelled_author(&t).unwrap_or(&t).to_string();
            let named = author.as_deref() == Some(name.as_str())
                || (author.is_none() && super::bylines::is_name(&name) && !is_category(&name));
            if named {
                doc.byline(i, &name);
                doc.out.meta.author.get_or_insert(name);
            } else {
                doc.drop_line(i, &t);
            }
        }
    }
    doc.out.lead_heading = Some(doc.para(ch, ch + 1));
    doc.take(ch, ch + 1);
    if let Some(d) = doc
        .next_text(ch + 1)
        .filter(|&d| d <= ch + 2 && plain(doc, d).starts_with("updated"))
    {
        let t = doc.trimmed(d).to_string();
        doc.drop_line(d, &t);
        last = d;
    }
    // "Author: NAME" under the date, as the newer head sets it.
    let under = doc.next_text(last + 1).filter(|&a| a == last + 1);
    if let Some((a, name)) = under.and_then(|a| labelled_author(doc.trimmed(a)).map(|n| (a, n))) {
        let name = name.to_string();
        doc.byline(a, &name);
        doc.out.meta.author.get_or_insert(name);
        last = a;
    }
    doc.why(format!(
        "header: lines {}–{} are a Webnovel chapter page's head (the book's title, its \
         category, the author, the chapter's title, its date and length)",
        first + 1,
        last + 1
    ));
    if let Some(a) = author {
        doc.out.meta.author.get_or_insert(a);
    }
}

/// The foot: the author's requests, the "Author's Thoughts" box (its text the closing
/// note) and the page's buttons to the end. Returns the name over the box.
fn foot(doc: &mut Doc) -> Option<String> {
    let caption = (0..doc.len()).rfind(|&i| !doc.taken[i] && plain(doc, i) == "author's thoughts");
    let from = caption.map_or(0, |c| c + 1);
    let button = |d: &Doc, i: usize| {
        let l = plain(d, i);
        (!d.taken[i])
            .then(|| BUTTONS.iter().position(|b| *b == l))
            .flatten()
    };
    let buttons = (from..doc.len()).find(|&i| {
        button(doc, i).is_some()
            && (i..doc.len().min(i + BUTTONS_NEAR))
                .any(|k| button(doc, k).is_some_and(|p| p < SURE_BUTTONS))
    });
    let mut author = None;
    if let Some(c) = caption {
        let bottom = buttons.unwrap_or(doc.len());
        let mut start = c + 1;
        // The author's name over the caption in its paragraph, as the newer page sets
        // it, or under it, in its paragraph or the next line.
        let over = doc
            .prev_text(c)
            .filter(|&n| n + 1 == c && (n == 0 || doc.blank(n - 1)));
        let under = doc
            .next_text(c + 1)
            .filter(|&n| n < bottom && (n == c + 1 || doc.para_end(n) == n + 1));
        if let Some(n) = over.filter(|&n| {
            let name = doc.trimmed(n);
            super::bylines::is_name(name) && name.split_whitespace().count() <= 3
        }) {
            let name = doc.trimmed(n).to_string();
            doc.drop_line(n, &name);
            author = Some(name);
        } else if let Some(n) = under {
            let name = doc.trimmed(n).to_string();
            if super::bylines::is_name(&name) && name.split_whitespace().count() <= 3 {
                doc.take(n, n + 1);
                author = Some(name);
                start = n + 1;
            }
        }
        // Requests set under the note, over the buttons, are no part of it (its first
        // paragraph is the note's, whatever it asks).
        let first = doc.next_text(start).filter(|&f| f < bottom);
        let end = match first {
            Some(f) => {
                requests(doc, bottom, doc.para_end(f));
                (f..bottom)
                    .find(|&k| doc.taken[k] && !doc.blank(k))
                    .unwrap_or(bottom)
            }
            None => bottom,
        };
        let cap = doc.trimmed(c).to_string();
        doc.drop_line(c, &cap);
        if doc.afterword_paras(start, end) {
            doc.why(format!(
                "afterword: lines {}–{end} are the author's note in the \"Author's Thoughts\" \
                 box under the chapter",
                start + 1
            ));
        }
    }
    if let Some(b) = buttons {
        doc.drop_page_foot(
            b,
            "a Webnovel page's foot (power stones, gift, comments, chapter links, display options)",
        );
    }
    requests(doc, caption.or(buttons).unwrap_or(doc.len()), 0);
    author
}

/// Drops the author's preset requests standing as one-line paragraphs right over line
/// `end` (the box or the buttons), none at or over line `floor`.
fn requests(doc: &mut Doc, end: usize, floor: usize) {
    let mut k = end;
    let mut found = Vec::new();
    while let Some(r) = doc.prev_text(k).filter(|&r| r >= floor) {
        let l = plain(doc, r);
        let one = doc.para_end(r) == r + 1 && (r == 0 || doc.blank(r - 1));
        let asks =
            l.split_whitespace().count() <= REQUEST_WORDS && REQUESTS.iter().any(|w| l.contains(w));
        if !one || !asks {
            break;
        }
        found.push(r);
        k = r;
    }
    let (Some(&first), Some(&last)) = (found.last(), found.first()) else {
        return;
    };
    for &r in &found {
        let t = doc.trimmed(r).to_string();
        doc.drop_line(r, &t);
    }
    doc.why(format!(
        "header: lines {}–{} are the author's preset requests Webnovel sets under a chapter \
         (\"Creation is hard, cheer me up!\"), so they are left out",
        first + 1,
        last + 1
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "The Lamp Road\nFan-fic · Games\nember_finch\n\nChapter 3: A Wick for Two\nUpdated: Jan 2, 2024 · 1.1K Words\n\nThe lamp went out at nine.\n\nFind authorized novels in Webnovel, faster updates, better experience, Please click www.webnovel.com/book/lamp_1 for visiting.\n\nShe lit it again. Vote for me, she said.\n\nCreation is hard, cheer me up!\n\nLike it ? Add to library!\n\nAuthor’s Thoughts\nember_finch\n\nThanks for reading! A power stone or two makes my day.\n\nVote with Power Stones\nPower Ranking\n\nGift\nComment\n\nNext Chapter\nTable of Contents";

    /// A chapter page: the book's title and author from its head, the chapter's title
    /// its heading, the notice and the requests gone, the box's text the afterword.
    #[test]
    fn a_chapter_page_keeps_the_story_and_the_authors_thoughts() {
        let menu = format!("Browse\nRankings\nCreate\nLibrary\n\n{PAGE}");
        for page in [PAGE, menu.as_str()] {
            let doc = Doc::read_by(page, read);
            assert_eq!(doc.out.title.as_deref(), Some("The Lamp Road"));
        }
        let doc = Doc::read_by(PAGE, read);
        assert_eq!(doc.out.title.as_deref(), Some("The Lamp Road"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("ember_finch"));
        assert_eq!(
            doc.out.lead_heading.as_ref().map(|h| h.text.as_str()),
            Some("Chapter 3: A Wick for Two")
        );
        assert_eq!(
            doc.untaken(),
            "The lamp went out at nine.\nShe lit it again. Vote for me, she said."
        );
        let note: Vec<&str> = doc.out.afterword.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            note,
            ["Thanks for reading! A power stone or two makes my day."]
        );
        let gone = doc.dropped_texts();
        assert!(gone.contains(&"Fan-fic · Games") && gone.contains(&"Power Ranking"));
        assert!(gone.iter().any(|t| t.starts_with("Find authorized novels")));
    }

    /// A story that mentions power stones and a chapter, with none of the page's other
    /// lines, stays whole.
    /// The newer page: "Author: NAME" in the head, the name over the caption.
    #[test]
    fn the_newer_page_names_the_author_in_its_head_and_over_the_box() {
        let page = "Ember Road\nChapter 9: Ash\nUpdated: Mar 6, 2025 8:00 PM\nAuthor: ember_finch\n\n\
                    The lamp went out.\n\nember_finch\nAuthor's Thoughts\n\nThanks for reading!\n\n\
                    Creation is hard, cheer me up!\n\nPower Stone\nVote\nGift\nNext Chapter";
        let doc = Doc::read_by(page, read);
        assert_eq!(doc.out.title.as_deref(), Some("Ember Road"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("ember_finch"));
        assert_eq!(doc.untaken(), "The lamp went out.");
        let note: Vec<&str> = doc.out.afterword.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(note, ["Thanks for reading!"]);
    }

    #[test]
    fn a_story_that_only_looks_like_it_stays() {
        let t = "Chapter 1\n\nShe counted her power stones.\n\nVote with Power Stones, the poster said.\n\nGift\n\nThe end.";
        let doc = Doc::read_by(t, read);
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
        assert!(is_category("original · fantasy"));
        // Requests under the box's text are no part of the note.
        let moved = PAGE.replace("Like it ? Add to library!\n\n", "").replace(
            "makes my day.\n\n",
            "makes my day.\n\nLike it ? Add to library!\n\n",
        );
        let doc = Doc::read_by(&moved, read);
        assert_eq!(doc.out.afterword.len(), 1);
        assert!(doc.dropped_texts().contains(&"Like it ? Add to library!"));
        assert!(!is_category("she went · he stayed behind in the rain"));
    }
}
