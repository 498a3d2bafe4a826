//! Quizilla stories copied from the browser (the 2000s site of quizzes and "you"
//! stories) → the story, with the site's lines read or dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the page's head — the site's name and
//! its menus (`Home | Quizzes | Stories | …`, `Sign In | Join`), the title (often
//! dressed in `~*~`), `Story by NAME`, `Category:` and `Tags:` — read (title, author)
//! and dropped, and the dressed title repeated over the story dropped too; and its foot
//! — `Rate this story:`, the rating, `Comments (41)`, `Add to Favorites`, `Report this
//! story` and the site's copyright line — dropped. Needs the site's name atop the page
//! and `Story by NAME` under the title: lines only the site writes together.

use super::bylines::is_name;
use super::doc::Doc;

/// How far down the page the byline may stand.
const HEAD_LINES: usize = 12;

/// A title as the page sets it, without its dressing: `~*~Ghost of the Music Room~*~`.
fn undressed(t: &str) -> &str {
    t.trim_matches(|c: char| matches!(c, '~' | '*' | '-' | '=' | ' '))
}

/// Reads a Quizilla page copy; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    if doc.lower(first) != "quizilla" {
        return false;
    }
    let top = doc.len().min(first + HEAD_LINES);
    let Some((by, who)) = (first + 1..top).find_map(|i| {
        let who = doc.trimmed(i).strip_prefix("Story by ")?.trim();
        is_name(who).then(|| (i, who.to_string()))
    }) else {
        return false;
    };
    let Some(title) = doc.prev_text(by).filter(|&t| t > first) else {
        return false;
    };
    let dressed = doc.trimmed(title).to_string();
    let name = undressed(&dressed).to_string();
    doc.drop_span(0, title);
    doc.take(title, title + 1);
    if allow_title {
        doc.out.title = Some(name.clone());
    }
    doc.why(format!(
        "header: line {} \"{name}\" is the story's title on its Quizilla page",
        title + 1
    ));
    doc.byline(by, &who);
    doc.out.meta.author.get_or_insert(who);
    // The category and tags under the byline.
    let mut k = by + 1;
    while let Some(n) = doc.next_text(k).filter(|&n| {
        let l = doc.lower(n);
        l.starts_with("category:") || l.starts_with("tags:")
    }) {
        doc.drop_span(n, n + 1);
        k = n + 1;
    }
    // The dressed title again over the story.
    let again = (k..doc.len()).find(|&i| !doc.taken[i] && doc.trimmed(i) == dressed);
    if let Some(a) = again.filter(|_| dressed != name) {
        doc.drop_span(a, a + 1);
    }
    doc.why(format!(
        "header: lines 1–{k} are a Quizilla page's head (the site's menus, title, byline, \
         category, tags)"
    ));
    if let Some(r) =
        (k..doc.len()).find(|&i| !doc.taken[i] && doc.lower(i).starts_with("rate this story"))
    {
        doc.drop_page_foot(
            r,
            "a Quizilla page's foot (the rating, comments, favourites, the site's copyright)",
        );
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Quizilla\nHome | Quizzes | Stories\nSign In | Join\n\n~*~Music Room~*~\n\nStory by xXroseXx\nCategory: Stories > Romance\nTags: ghost piano\n\na/n: my first story!! be nice :)\n\n~*~Music Room~*~\n\nYou hate new schools.\n\n~*~\n\nHe plays for you.\n\na/n: part 2?? rate and comment!!\n\nRate this story: 1 2 3 4 5\nCurrent rating: 8.7 (112 ratings)\nComments (41)\nAdd to Favorites\nQuizilla is a Nick.com service.";

    #[test]
    fn a_story_page_keeps_the_story_and_its_notes() {
        let mut doc = Doc::new(PAGE);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("Music Room"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("xXroseXx"));
        assert_eq!(
            doc.untaken(),
            "a/n: my first story!! be nice :)\nYou hate new schools.\n~*~\nHe plays for you.\na/n: part 2?? rate and comment!!"
        );
    }

    /// A story that names the site keeps its lines.
    #[test]
    fn a_story_naming_the_site_stays() {
        let t = "Quizilla\n\nShe took the quiz.\n\nStory by the fire, she said.\n\nThe end.";
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc, true));
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
    }
}
