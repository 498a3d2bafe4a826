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
    let head = head(doc, allow_title);
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
    let mut end = age + 1;
    if let Some(v) = doc.next_text(age + 1).filter(|&v| doc.para_end(v) == v + 1) {
        let value = doc.trimmed(v).to_string();
        if value.split_whitespace().count() <= 3 {
            doc.take(v, v + 1);
            doc.out.meta.rating.get_or_insert(value);
            end = v + 1;
        }
    }
    doc.why(format!(
        "header: lines {}–{end} are an Inkitt page's head (title, licence, blurb as the \
         summary, age rating)",
        first + 1
    ));
    true
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
    let below = doc.next_text(k + 1);
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
