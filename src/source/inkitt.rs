//! Inkitt chapter pages copied from the browser → the story, with the site's lines read
//! or dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the page's head — the story's title,
//! its licence line ("All Rights Reserved ©", a Creative Commons licence), the blurb
//! (the summary) and "Age Rating:" with its value (the rating) — read, and its foot
//! ("Continue Reading Next Chapter" or "Continue Reading", "About Us" with the site's
//! blurb, "Further Recommendations" and what it lists) left out. Needs the licence line
//! and the age rating, or the foot's next-chapter line over "About Us": lines only the
//! site writes, so a story that says "All rights reserved" keeps it.

use super::doc::Doc;
use super::parts::is_title_line;

/// How far down the page the age rating may stand.
const HEAD_LINES: usize = 24;

/// The licence line Inkitt sets under a story's title.
fn is_licence(l: &str) -> bool {
    l.starts_with("all rights reserved") || l.starts_with("creative commons")
}

/// Reads an Inkitt page's head and foot. Returns whether it found either.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let head = head(doc, allow_title) || story_page_head(doc, allow_title);
    let foot = foot(doc);
    head || foot
}

/// The head: the title, the licence line under it, the blurb, "Age Rating:" and its
/// value.
fn head(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let Some(licence) = doc
        .next_text(first + 1)
        .filter(|&l| is_licence(&doc.lower(l)))
    else {
        return false;
    };
    let Some(age) = (licence + 1..doc.len().min(first + HEAD_LINES))
        .find(|&i| doc.lower(i).trim_end_matches(':') == "age rating")
    else {
        return false;
    };
    if !is_title_line(&doc.para(first, first + 1)) {
        return false;
    }
    doc.title_line(
        first,
        allow_title,
        "the story's title over Inkitt's licence line",
    );
    let l = doc.trimmed(licence).to_string();
    doc.drop_line(licence, &l);
    let blurb = doc.paras(licence + 1, age);
    doc.take(licence + 1, age);
    doc.out.summary.extend(blurb);
    let a = doc.trimmed(age).to_string();
    doc.drop_line(age, &a);
    let end = rating_under(doc, age).unwrap_or(age + 1);
    doc.why(format!(
        "header: lines {}–{end} are an Inkitt page's head (title, licence, blurb as the \
         summary, age rating)",
        first + 1
    ));
    true
}

/// The lines of the site's bar over a story page, lowercase.
const BAR: &[&str] = &[
    "inkitt",
    "browse",
    "write",
    "sign up",
    "log in",
    "sign in",
    "search",
    "genres",
    "stories",
    "writing contests",
    "writers",
    "galatea",
];

/// The story page's head as copied since 2024: the site's bar ("Inkitt", "Browse",
/// "Write", "Sign up", "Log in"), the title, the author, the genres ("Fantasy /
/// Mystery"), the stars ("4.8 ★ 112 reviews"), "Age Rating: 13+", and "Summary" over
/// the blurb. Needs the bar's "Inkitt" on the first line, the stars and the age rating.
fn story_page_head(doc: &mut Doc, allow_title: bool) -> bool {
    if doc.next_text(0).is_none_or(|f| doc.lower(f) != "inkitt") {
        return false;
    }
    let top = doc.len().min(HEAD_LINES);
    let Some(age) = (0..top).find(|&i| doc.lower(i).starts_with("age rating")) else {
        return false;
    };
    let Some(stars) = (0..age).find(|&i| doc.trimmed(i).contains('★')) else {
        return false;
    };
    let Some(first) = (0..stars).find(|&i| !doc.blank(i) && !BAR.contains(&doc.lower(i).as_str()))
    else {
        return false;
    };
    if first + 1 >= stars || !is_title_line(&doc.para(first, first + 1)) {
        return false;
    }
    doc.drop_span(0, first);
    doc.title_line(first, allow_title, "the story's title under Inkitt's bar");
    // The author under the title, then the genres over the stars.
    if let Some(a) = doc.next_text(first + 1).filter(|&a| a < stars) {
        let line = doc.trimmed(a);
        let who = line.strip_prefix("By ").unwrap_or(line).to_string();
        if !who.contains(" / ") && who.split_whitespace().count() <= 4 {
            doc.byline(a, &who);
            doc.out.meta.author.get_or_insert(who);
        }
    }
    doc.drop_span(first + 1, age + 1);
    let mut end = age + 1;
    // "Age Rating:" may have its value on the next line.
    if doc.lower(age).trim_end_matches(':') == "age rating" {
        end = rating_under(doc, age).unwrap_or(end);
    } else if let Some((_, v)) = doc.trimmed(age).split_once(':') {
        doc.out.meta.rating.get_or_insert(v.trim().to_string());
    }
    // "Summary" over the blurb.
    if let Some(s) = doc.next_text(end).filter(|&s| doc.lower(s) == "summary")
        && let Some(e) = doc.summary_under(s)
    {
        end = e;
    }
    doc.why(format!(
        "header: lines 1–{end} are an Inkitt story page's head (the site's bar, title, \
         author, genres, stars, age rating, the summary)"
    ));
    true
}

/// The age rating's value on the line under "Age Rating:" (a line of its own, three
/// words at most), taken as the rating; where it ends.
fn rating_under(doc: &mut Doc, age: usize) -> Option<usize> {
    let v = doc
        .next_text(age + 1)
        .filter(|&v| doc.para_end(v) == v + 1)?;
    let value = doc.trimmed(v).to_string();
    if value.split_whitespace().count() > 3 {
        return None;
    }
    doc.take(v, v + 1);
    doc.out.meta.rating.get_or_insert(value);
    Some(v + 1)
}

/// The foot: the next-chapter link over "About Us" (or at the very end) and all under
/// it.
fn foot(doc: &mut Doc) -> bool {
    let next = |l: &str| matches!(l, "continue reading next chapter" | "continue reading");
    let Some(k) = (0..doc.len())
        .rev()
        .find(|&k| !doc.taken[k] && next(&doc.lower(k)))
    else {
        return false;
    };
    // "Continue Reading" over "Next Chapter", a line each.
    let below = doc
        .next_text(k + 1)
        .filter(|&b| doc.lower(b) == "next chapter")
        .map_or(doc.next_text(k + 1), |b| doc.next_text(b + 1));
    let site = below.is_none_or(|b| {
        matches!(
            doc.lower(b).as_str(),
            "about us" | "further recommendations"
        )
    });
    if !site {
        return false;
    }
    doc.drop_page_foot(
        k,
        "an Inkitt page's foot (the next chapter's link, the site's blurb, its \
         recommendations), so they are left out",
    );
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Doc {
        Doc::read_by(t, read)
    }

    #[test]
    fn a_chapter_page_loses_the_sites_lines() {
        let doc = run(
            "The Salt Road\n\nAll Rights Reserved ©\n\n\nA girl goes east.\n\nAge Rating:\n\n13+\n\n\
             Chapter One\n\nNobody remembered.\n\n\nContinue Reading Next Chapter\n\nAbout Us\n\n\
             Inkitt is a reader-powered publisher.\n\nFurther Recommendations",
        );
        assert_eq!(doc.out.title.as_deref(), Some("The Salt Road"));
        assert_eq!(doc.out.summary[0].text, "A girl goes east.");
        assert_eq!(doc.out.meta.rating.as_deref(), Some("13+"));
        assert_eq!(doc.untaken(), "Chapter One\nNobody remembered.");
    }

    #[test]
    fn a_story_page_under_the_sites_bar() {
        let doc = run(
            "Inkitt\nBrowse\nWrite\nSign up\nLog in\n\nThe Salt Road\nMira Vell\nFantasy / Drama\n\
             4.6 ★ 40 reviews\nAge Rating: 13+\n\nSummary\nA girl goes east.\n\nChapter 1: Dust\n\n\
             Nobody remembered.\n\nContinue Reading Next Chapter\n\nAbout Us\nInkitt is a publisher.",
        );
        assert_eq!(doc.out.title.as_deref(), Some("The Salt Road"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Mira Vell"));
        assert_eq!(doc.out.summary[0].text, "A girl goes east.");
        assert_eq!(doc.out.meta.rating.as_deref(), Some("13+"));
        assert_eq!(doc.untaken(), "Chapter 1: Dust\nNobody remembered.");
    }

    /// The bar's other items, "By NAME", and the foot's two buttons a line each.
    #[test]
    fn a_story_page_with_a_by_line_and_the_buttons_apart() {
        let doc = run(
            "Inkitt\nStories\nWriting Contests\nWriters\nGalatea\nSign In\n\nGlasswing\nBy R. T. Vane\n\
             Fantasy\n4.7 ★ 86 reviews\nAge Rating: 13+\nSummary\nA window breaks.\n\nChapter 1: Glass\n\n\
             She broke it.\n\nContinue Reading\nNext Chapter\n\nFurther Recommendations\nEmber by L. Finch",
        );
        assert_eq!(doc.out.title.as_deref(), Some("Glasswing"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("R. T. Vane"));
        assert_eq!(doc.untaken(), "Chapter 1: Glass\nShe broke it.");
    }

    /// A story that says the words keeps them.
    #[test]
    fn story_lines_that_look_like_the_sites_stay() {
        for t in [
            "The Deed\n\nAll rights reserved, the notary said.\n\nShe signed.",
            "She read on.\n\nContinue reading, he said.\n\nAbout us, nobody knew.",
            "She closed the book.\n\nContinue Reading\n\nThe next day she did.",
        ] {
            assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t}");
        }
    }
}
