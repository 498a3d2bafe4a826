//! Quotev story pages copied from the browser: the site's menu, the story's title, its
//! category path, `by NAME`, counts, description, tags and chapter line over the text, and
//! the buttons and footer under it → the title, author, summary and tags, the text left.
//!
//! Only read when the page's own lines prove it: `Quotev` atop the menu and the counts
//! line (`1,286 Reads · 97 Likes · 14 Comments`) under the byline; the footer's
//! `© … Quotev` proves the foot.

use super::doc::Doc;
use super::social::is_user_name;

/// Quotev's menu over a page, lowercase.
const MENU: &[&str] = &[
    "quotev",
    "search",
    "home",
    "quizzes",
    "stories",
    "polls",
    "log in",
    "sign up",
    "create",
    "notifications",
    "explore",
    "forums",
];

/// Quotev's buttons and links under a story, lowercase.
const FOOT: &[&str] = &[
    "like",
    "comment",
    "share",
    "previous",
    "next",
    "report",
    "follow",
    "favorite",
    "add to reading list",
];

/// Whether lowercase `lower` is one of the buttons under a story, or a button with its
/// count ("Like 204").
fn is_button(lower: &str) -> bool {
    let counted = lower.rsplit_once(' ').is_some_and(|(b, n)| {
        FOOT.contains(&b) && n.chars().all(|c| c.is_ascii_digit() || c == ',')
    });
    FOOT.contains(&lower) || counted
}

/// `1,286 Reads · 97 Likes · 14 Comments`.
fn is_counts(t: &str) -> bool {
    let items: Vec<&str> = t.split('·').map(str::trim).collect();
    items.len() >= 2
        && items.iter().all(|i| {
            let mut w = i.split_whitespace();
            let (Some(n), Some(what), None) = (w.next(), w.next(), w.next()) else {
                return false;
            };
            n.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == 'K')
                && matches!(
                    what.to_lowercase().as_str(),
                    "reads" | "likes" | "comments" | "favorites" | "views" | "chapter" | "chapters"
                )
        })
}

/// Reads a Quotev page's head and foot; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    if !doc.trimmed(first).eq_ignore_ascii_case("quotev") {
        return false;
    }
    // The menu, then the title, the category path, the byline, `Follow`, the counts.
    let mut k = first;
    while MENU.contains(&doc.trimmed(k).to_lowercase().as_str()) {
        k = match doc.next_text(k + 1) {
            Some(n) => n,
            None => return false,
        };
    }
    let title = k;
    // Within five lines of text under the title, blank lines between or not.
    let mut near = Vec::new();
    let mut at = title + 1;
    while let Some(n) = doc.next_text(at).filter(|_| near.len() < 5) {
        near.push(n);
        at = n + 1;
    }
    // The counts line; or, on a story's one page, "Story by NAME" right under the title,
    // the head running to the first blank line.
    let story_by = |i: usize| {
        doc.trimmed(i)
            .strip_prefix("Story by ")
            .is_some_and(is_user_name)
    };
    let counts = match near.iter().copied().find(|&i| is_counts(doc.trimmed(i))) {
        Some(c) => c,
        None if title + 1 < doc.len() && story_by(title + 1) => doc.para_end(title) - 1,
        None => return false,
    };
    let Some(by) = (title + 1..counts + 1)
        .find(|&i| doc.trimmed(i).strip_prefix("by ").is_some_and(is_user_name) || story_by(i))
    else {
        return false;
    };
    doc.why(format!(
        "header: a Quotev story page copied from the browser (the menu, the title on line {}, counts on line {})",
        title + 1,
        counts + 1
    ));
    for i in first..title {
        let t = doc.trimmed(i).to_string();
        if !t.is_empty() {
            doc.drop_line(i, &t);
        }
    }
    doc.title_line(title, allow_title, "the story's title on its Quotev page");
    let line = doc.trimmed(by);
    let who = line[line.find("by ").map_or(0, |i| i + 3)..].to_string();
    doc.byline(by, &who);
    doc.out.meta.author.get_or_insert(who);
    // A one-page head's longest line is its description.
    let description = (!is_counts(doc.trimmed(counts)))
        .then(|| doc.blurb_line(by + 1, counts + 1))
        .flatten();
    for i in title + 1..=counts {
        let t = doc.trimmed(i).to_string();
        if i == by || t.is_empty() {
            continue;
        }
        if Some(i) == description {
            doc.summary_lines(i, i + 1);
            continue;
        }
        // The category path's last step is the story's category ("Stories » Mystery").
        if let Some((_, cat)) = t.rsplit_once('»') {
            doc.out.meta.tags.push(cat.trim().to_string());
        }
        doc.drop_line(i, &t);
    }
    // Under the counts: the description, the tags, `Story`, `Chapter N of M` and the
    // chapter's name, up to the first blank line.
    let end = doc.para_end(counts + 1).min(doc.len());
    let mut chapter = None;
    for i in counts + 1..end {
        let t = doc.trimmed(i).to_string();
        let lower = t.to_lowercase();
        if t.starts_with('#') && t.matches('#').count() >= 2 {
            doc.out.meta.tags.extend(
                t.split('#')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
            doc.drop_line(i, &t);
        } else if lower == "story" {
            doc.drop_line(i, &t);
        } else if lower.starts_with("chapter ") && lower.contains(" of ") {
            chapter = Some(i);
            doc.drop_line(i, &t);
        } else if chapter.is_some() {
            // The chapter's own name over its text.
            doc.drop_line(i, &t);
        } else {
            doc.summary_lines(i, i + 1);
        }
    }
    foot(doc);
    true
}

/// Whether `t` is the site's footer: `© 2024 Quotev · About · Privacy`, or its links
/// alone (`Quotev · About · Help · Privacy · Terms`).
fn is_footer(t: &str) -> bool {
    let lower = t.to_lowercase();
    let links = lower.split('·').map(str::trim).collect::<Vec<_>>();
    (lower.starts_with('©') && lower.contains("quotev"))
        || (links.len() >= 3
            && links.contains(&"quotev")
            && links.iter().all(|l| {
                matches!(
                    *l,
                    "quotev" | "about" | "help" | "privacy" | "terms" | "contact"
                )
            }))
}

/// The buttons and footer under the story; with readers' comments between them
/// (`Comments (12)` over the comments, the footer at the end), all of it from the
/// buttons over the comments.
fn foot(doc: &mut Doc) {
    let footer = doc
        .prev_text(doc.len())
        .filter(|&k| is_footer(doc.trimmed(k)));
    let comments = (0..doc.len()).rev().find(|&k| {
        let lower = doc.trimmed(k).to_lowercase();
        lower.starts_with("comments (") && lower.ends_with(')')
    });
    if let (Some(_), Some(c)) = (footer, comments) {
        let mut first = c;
        while let Some(k) = doc
            .prev_text(first)
            .filter(|&k| is_button(&doc.trimmed(k).to_lowercase()))
        {
            first = k;
        }
        doc.drop_page_foot(first, "the page's buttons, readers' comments and footer");
        return;
    }
    doc.take_foot(|doc, k| {
        let t = doc.trimmed(k);
        let lower = t.to_lowercase();
        let sure = is_footer(t);
        let button = is_button(&lower)
            || (lower.starts_with("comments (") && lower.ends_with(')'))
            || (lower.starts_with("more by ") && lower.split_whitespace().count() == 3);
        (sure || button).then_some(sure)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Quotev\nSearch\nHome\nStories\nLog In\nHouse Rules for 4B\nStories » Mystery & Paranormal\nby juniperjones_\nFollow\n1,286 Reads · 97 Likes · 14 Comments\nThe new flat is already occupied.\n#ghost #roommates #found family\nStory\nChapter 1 of 1\nHouse Rules\n\nWe moved into 4B.\n\nLike\nComment\nShare\nComments (14)\nMore by juniperjones_\nReport\n© 2024 Quotev · About · Privacy · Terms";

    #[test]
    fn a_quotev_page_keeps_its_story_and_files_the_rest() {
        let doc = Doc::read_by(PAGE, read);
        assert_eq!(doc.out.title.as_deref(), Some("House Rules for 4B"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("juniperjones_"));
        assert_eq!(doc.out.summary[0].text, "The new flat is already occupied.");
        assert!(doc.out.meta.tags.contains(&"found family".to_string()));
        assert_eq!(doc.untaken(), "We moved into 4B.");
    }

    /// A page whose counts count chapters and favourites, a blank line between each line
    /// of its head, and readers' comments between the buttons and the footer.
    #[test]
    fn a_quotev_page_with_comments_under_it() {
        let page = "Quotev\nHome\nStories\nLog in\n\nGlass Harbour\n\nFanfiction · Original Story\n\nby nightjar_ink\n\n1 chapter · 1.4K reads · 97 favorites\n\nThe tower talked.\n\nShe listened.\n\nLike\nFavorite\nShare\n\nComments (2)\n\nsaltwitch · 2y\nTHE LAST LINE.\n\nQuotev · About · Help · Privacy · Terms";
        let doc = Doc::read_by(page, read);
        assert_eq!(doc.out.title.as_deref(), Some("Glass Harbour"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("nightjar_ink"));
        assert_eq!(doc.untaken(), "The tower talked.\nShe listened.");
    }

    /// A story's one page: more of the menu, "Story by NAME" and no counts, the
    /// description in the head, the author's notes over the buttons with their counts.
    #[test]
    fn a_one_page_story_with_its_notes_over_the_buttons() {
        let page = "Quotev\nHome\nStories\nForums\nLog In\n\nPaper Crowns\nStory by moonmilk_tea\nFantasy, Family\nEvery summer her cousins crowned a queen of the backyard.\n\nThe crown was cardboard.\n\nAuthor's Notes\nthank you for reading!!\n\nLike 204\nShare\nAdd to Reading List\n\nComments (5)\ndaisyroot\nI need a sequel\n\nAbout\n© 2026 Quotev";
        let doc = Doc::read_by(page, read);
        assert_eq!(doc.out.title.as_deref(), Some("Paper Crowns"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("moonmilk_tea"));
        assert_eq!(doc.out.summary.len(), 1);
        assert_eq!(
            doc.untaken(),
            "The crown was cardboard.\nAuthor's Notes\nthank you for reading!!"
        );
    }

    #[test]
    fn a_story_about_quotev_stays() {
        let t = "Quotev\n\nShe posted it on Quotev and waited.\n\nLike\nShare";
        assert_eq!(Doc::read_by(t, read).untaken(), Doc::new(t).untaken());
    }
}
