//! A blog post copied from a WordPress site → the post's title and author, and its text
//! with the blog's head and the post's foot left out.
//!
//! A copy of a post runs: `Skip to content`, the blog's name and tagline, its menu, the
//! post's category, the post's title over `Posted on DATE by NAME` (and a comment count),
//! the text, then the post's foot: `Share this:` and its buttons, `Like this:`,
//! `Related`, `Posted in …`, `Tagged …`, `Post navigation`, the comments (`7 thoughts on
//! "…"`), `Leave a Reply`, and the footer (`Blog at WordPress.com.`). Read only when the
//! `Posted on … by …` line stands near the top and a line only WordPress writes is there.

use super::bylines::is_name;
use super::doc::Doc;

/// How far down the page the `Posted on` line may stand.
const HEAD_LINES: usize = 40;

/// Lines only a WordPress page writes, lowercase.
const SURE: &[&str] = &[
    "skip to content",
    "share this:",
    "like this:",
    "blog at wordpress.com.",
    "proudly powered by wordpress",
    "leave a reply cancel reply",
];

/// Lines that open the post's foot, lowercase (or start it: `posted in `).
const FOOT: &[&str] = &[
    "share this:",
    "like this:",
    "related",
    "post navigation",
    "leave a reply",
    "leave a reply cancel reply",
];

/// The author a `Posted on March 3, 2026 by Margit Hale` line names.
fn posted_by(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("Posted on ")?;
    let (date, who) = rest.rsplit_once(" by ")?;
    (date.contains(|c: char| c.is_ascii_digit()) && is_name(who.trim())).then(|| who.trim())
}

/// Whether lowercase `l` opens the post's foot.
fn opens_foot(l: &str) -> bool {
    FOOT.contains(&l)
        || l.starts_with("posted in ")
        || (l.contains(" thoughts on ") || l.contains(" thought on "))
            && l.split_whitespace().count() <= 14
}

/// Reads a WordPress post copy; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let top = doc.len().min(HEAD_LINES);
    let Some((posted, who)) =
        (0..top).find_map(|i| posted_by(doc.trimmed(i)).map(|w| (i, w.to_string())))
    else {
        return false;
    };
    if !(0..doc.len()).any(|i| SURE.contains(&doc.lower(i).as_str())) {
        return false;
    }
    let Some(title) = doc.prev_text(posted).filter(|&t| t + 1 == posted) else {
        return false;
    };
    doc.drop_span(0, title);
    doc.title_line(
        title,
        allow_title,
        "the post's title over its `Posted on` line",
    );
    let line = doc.trimmed(posted).to_string();
    doc.drop_line(posted, &line);
    doc.out.meta.author.get_or_insert(who);
    // The comment count under it ("7 Comments", "Leave a comment").
    let mut end = posted + 1;
    if let Some(c) = doc.next_text(end).filter(|&c| c == end) {
        let l = doc.lower(c);
        if l.ends_with(" comments") || l.ends_with(" comment") || l == "leave a comment" {
            let t = doc.trimmed(c).to_string();
            doc.drop_line(c, &t);
            end = c + 1;
        }
    }
    doc.why(format!(
        "header: lines 1–{end} are a WordPress blog's head (its name, menu, the post's \
         category, title, date and author)"
    ));
    if let Some(f) = (end..doc.len()).find(|&i| !doc.taken[i] && opens_foot(&doc.lower(i))) {
        doc.drop_page_foot(
            f,
            "the WordPress post's foot (sharing buttons, tags, links to other posts, the \
             comments and the blog's footer)",
        );
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_keeps_its_text_and_drops_the_blog() {
        let t = "Skip to content\nSmall Hours\nshort fiction\nMenu\nHome\nFiction\n\nFiction\nThe Night Ferry\nPosted on March 3, 2026 by Margit Hale\n7 Comments\n\nAuthor's note: for the prompt.\n\nThe last ferry left at eleven.\n\nShare this:\nFacebook\nLike this:\nRelated\nPosted in Fiction\n\n7 thoughts on “The Night Ferry”\nJune\nOh, Agnes.\nReply\n\nBlog at WordPress.com.";
        let doc = Doc::read_by(t, read);
        assert_eq!(doc.out.title.as_deref(), Some("The Night Ferry"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Margit Hale"));
        assert_eq!(
            doc.untaken(),
            "Author's note: for the prompt.\nThe last ferry left at eleven."
        );
    }

    #[test]
    fn a_story_with_a_posted_line_stays() {
        let t = "The Notice\nPosted on March 3, 2026 by Order of the Council\n\nNobody read it.";
        assert_eq!(Doc::read_by(t, read).untaken(), Doc::new(t).untaken());
    }
}
