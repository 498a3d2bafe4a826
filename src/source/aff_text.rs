//! AsianFanfics chapter pages copied from the browser as text → the story, with the
//! site's lines read or dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the page's head — the site's name and
//! menu, the story's title over "Author: NAME", its tags, characters, counts ("With 2
//! chapters, 214 votes, …") and status, the "Foreword" (the story's description: its
//! summary), the chapter's heading twice and the chapter list, upvote and subscribe
//! buttons — read (title, author, summary) and dropped; and its foot — the author's
//! closing words under a "Comments" label, kept as the closing note, then "Like this
//! story? Give it an Upvote!", the buttons, the readers' comments and the site's
//! footer — dropped. Needs the site's name atop the page over an "Author:" line and the
//! counts line, or the upvote prompt: lines only the site writes.

use super::doc::Doc;

/// How far down the page the "Author:" line may stand.
const HEAD_LINES: usize = 16;

/// Lines of the chapter's bar under the foreword, lowercase: its heading (twice), the
/// chapter list, the buttons.
fn is_bar(l: &str) -> bool {
    let chapter = l
        .strip_prefix("chapter ")
        .is_some_and(|n| n.split_whitespace().count() <= 1);
    chapter
        || matches!(
            l,
            "chapter list" | "subscribe" | "subscribed" | "comment" | "comments"
        )
        || l.contains("upvote")
}

/// Reads an AsianFanfics page copy; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    if doc.lower(first) != "asianfanfics" {
        return false;
    }
    let top = doc.len().min(first + HEAD_LINES);
    let Some(by) = (first + 1..top).find(|&i| doc.trimmed(i).starts_with("Author:")) else {
        return false;
    };
    let counts = (by..top).any(|i| {
        let l = doc.lower(i);
        l.starts_with("with ") && l.contains(" chapters") && l.contains(" views")
    });
    let Some(title) = doc.prev_text(by).filter(|&t| t > first) else {
        return false;
    };
    if !counts {
        return false;
    }
    doc.drop_span(0, title);
    doc.title_line(
        title,
        allow_title,
        "the story's title over AsianFanfics' \"Author:\" line",
    );
    let who = doc.trimmed(by)["Author:".len()..].trim().to_string();
    if !who.is_empty() {
        doc.byline(by, &who);
        doc.out.meta.author.get_or_insert(who);
    }
    // The story's fields down to the foreword (or the chapter's bar).
    let mut k = by + 1;
    while let Some(n) = doc.next_text(k) {
        let l = doc.lower(n);
        if l == "foreword" || is_bar(&l) {
            break;
        }
        let field = l.contains(':') || (l.starts_with("with ") && l.contains(" chapters"));
        if !field {
            break;
        }
        doc.drop_span(n, n + 1);
        k = n + 1;
    }
    // The foreword: the story's description, its summary.
    if let Some(f) = doc.next_text(k).filter(|&f| doc.lower(f) == "foreword")
        && let Some(e) = doc.summary_under(f)
    {
        k = e;
    }
    while let Some(n) = doc.next_text(k).filter(|&n| is_bar(&doc.lower(n))) {
        doc.drop_span(n, n + 1);
        k = n + 1;
    }
    doc.why(format!(
        "header: lines 1–{k} are an AsianFanfics page's head (the site's menu, title, \
         author, tags, counts, the foreword as the summary, the chapter's bar)"
    ));
    foot(doc);
    true
}

/// The foot: "Like this story? Give it an Upvote!" and all under it; the author's words
/// over it under a "Comments" label are the closing note.
fn foot(doc: &mut Doc) {
    let Some(like) = (0..doc.len())
        .rev()
        .find(|&i| !doc.taken[i] && doc.lower(i).starts_with("like this story?"))
    else {
        return;
    };
    let label = (0..like)
        .rev()
        .take(12)
        .find(|&i| !doc.taken[i] && doc.lower(i) == "comments");
    if let Some(c) = label {
        if doc.afterword_paras(c + 1, like) {
            doc.why(format!(
                "afterword: lines {}–{like} are the author's closing words under the page's \
                 \"Comments\" label",
                c + 2
            ));
        }
        doc.drop_span(c, c + 1);
    }
    doc.drop_page_foot(
        like,
        "an AsianFanfics page's foot (upvote and subscribe buttons, comments, related \
         stories, the site's footer)",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Asianfanfics\nHome Browse Stories Latest\nLog in  Sign up\n\nRain Check\nAuthor: kimchifrost\nTags: fluff  oneshot\nWith 1 chapters, 20 votes, 80 subscribers, 900 views, 9 comments, 300 words\nStatus: Completed\n\nForeword\nShe keeps an umbrella.\n\nChapter 1\nChapter 1\nChapter List\n2 Upvote 20\nSubscribe\nComment\n\nAuthor's Note:\nhi!! fluff ahead.\n\nIt rained.\n\nShe lent it.\n\nComments\n\nthank you for reading!!\n\nLike this story? Give it an Upvote!\nThank you!\n20 upvotes\n\nComments\nhoneyjar_ #1\ni'm screaming\n© 2009-2015 Asianfanfics.com";

    #[test]
    fn a_chapter_copy_keeps_the_story_and_the_notes() {
        let mut doc = Doc::new(PAGE);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("Rain Check"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("kimchifrost"));
        assert_eq!(doc.out.summary[0].text, "She keeps an umbrella.");
        assert_eq!(
            doc.untaken(),
            "Author's Note:\nhi!! fluff ahead.\nIt rained.\nShe lent it."
        );
        let note: Vec<&str> = doc.out.afterword.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(note, ["thank you for reading!!"]);
        assert!(doc.dropped_texts().contains(&"i'm screaming"));
    }

    /// A story that names the site keeps its lines.
    #[test]
    fn a_story_naming_the_site_stays() {
        let t =
            "Asianfanfics\n\nShe opened the site.\n\nAuthor: unknown, it said.\n\nShe closed it.";
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc, true));
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
    }
}
