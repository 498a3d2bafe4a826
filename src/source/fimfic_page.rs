//! Fimfiction's story page copied as text → the title, author, description and chapter
//! title, and the chapter's text with the site's menu, counts and comments left out.
//!
//! A copy of the page (not the site's download, which [`super::fimfic`] reads) runs: the
//! site's menu (`Fimfiction`, `Home`, `Browse` …), the story's title over `by NAME`, its
//! tags, the description, `Chapters (N)` with the chapter list and the counts line
//! (`425 words · 2,311 views · …`), then the chapter's title over `by NAME`, `Published
//! 14th Jul 2025` and its word count, the text, the chapter's `Author's Note:`, and the
//! page's foot (`Story Information`, `Report`, `Show Comments`, the comments, the
//! footer). Read only when the page names the site on its first line and the chapter's
//! `Published` line follows a title over its byline.

use super::bylines::byline;
use super::doc::Doc;

/// How far down the page the chapter's `Published` line may stand.
const HEAD_LINES: usize = 80;

/// The lines under the chapter that open the page's foot, lowercase.
const FOOT: &[&str] = &["story information", "show comments", "report"];

/// Whether `t` is the page's line for a chapter's date ("Published 14th Jul 2025").
fn is_published(t: &str) -> bool {
    t.strip_prefix("Published ").is_some_and(|d| {
        d.split_whitespace().count() <= 4 && d.contains(|c: char| c.is_ascii_digit())
    })
}

/// Reads a Fimfiction page copy; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    if doc.lower(first) != "fimfiction" {
        return false;
    }
    let top = doc.len().min(HEAD_LINES);
    let Some(published) = (first..top).find(|&i| is_published(doc.trimmed(i))) else {
        return false;
    };
    // The story's title over its byline: the first such pair on the page.
    let Some(title) = (first + 1..published).find(|&i| {
        !doc.blank(i)
            && !doc.blank(i + 1)
            && doc.trimmed(i + 1).starts_with("by ")
            && byline(doc.trimmed(i + 1)).is_some()
    }) else {
        return false;
    };
    let who = byline(doc.trimmed(title + 1)).unwrap_or("").to_string();
    doc.drop_span(first, title);
    doc.title_line(
        title,
        allow_title,
        "the story's title on its Fimfiction page",
    );
    doc.byline(title + 1, &who);
    doc.out.meta.author.get_or_insert(who);
    // The description: the longest line between the byline and `Chapters (N)`.
    let chapters = (title + 2..published).find(|&i| doc.lower(i).starts_with("chapters ("));
    if let Some(d) = doc.blurb_line(title + 2, chapters.unwrap_or(published)) {
        doc.summary_lines(d, d + 1);
    }
    // The chapter's title over its byline, just above `Published`.
    let chapter = doc.prev_text(published).and_then(|b| {
        doc.prev_text(b)
            .filter(|_| doc.trimmed(b).starts_with("by "))
    });
    if let Some(c) = chapter.filter(|_| allow_title) {
        let text = doc.trimmed(c).to_string();
        if doc.out.title.as_deref() != Some(text.as_str()) {
            doc.out.lead_heading = Some(doc.para(c, c + 1));
            doc.take(c, c + 1);
            doc.why(format!(
                "heading: line {} \"{text}\" is the chapter's title",
                c + 1
            ));
        }
    }
    // The rest of the head, down to the chapter's word count under `Published`.
    let mut end = published + 1;
    if let Some(w) = doc
        .next_text(end)
        .filter(|&w| w == end && doc.lower(w).ends_with(" words"))
    {
        end = w + 1;
    }
    doc.drop_span(first, end);
    doc.why(format!(
        "header: lines {}–{end} are a Fimfiction story page's head (the site's menu, the story's \
         title, author, tags, description, chapters and counts, the chapter's title and date)",
        first + 1
    ));
    if let Some(f) =
        (end..doc.len()).find(|&i| !doc.taken[i] && FOOT.contains(&doc.lower(i).as_str()))
    {
        doc.drop_page_foot(
            f,
            "the Fimfiction page's foot (its buttons, the comments, the footer)",
        );
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Fimfiction\nHome\nBrowse\nLog In\n\nDear Captain\nby Paperwing\nSlice of Life\nEveryone\nCirrus left the weather team six years ago and finally writes.\n\nChapters (1)\nThe Letter\n425 words · 2,311 views\n\nThe Letter\nby Paperwing\nPublished 14th Jul 2025\n425 words\n\nThe inkwell had dried out.\n\nShe wrote.\n\nAuthor's Note:\nWritten for the jam.\n\nStory Information\nReport\nShow Comments\nComments ( 2 )\n\n#1 · 1w ago\nI'm crying.\n\nFimfiction.net\nHelp";

    #[test]
    fn a_page_copy_keeps_the_chapter_and_its_note() {
        let doc = Doc::read_by(PAGE, read);
        assert_eq!(doc.out.title.as_deref(), Some("Dear Captain"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Paperwing"));
        assert_eq!(
            doc.out.lead_heading.as_ref().map(|p| p.text.as_str()),
            Some("The Letter")
        );
        assert_eq!(doc.out.summary.len(), 1);
        assert_eq!(
            doc.untaken(),
            "The inkwell had dried out.\nShe wrote.\nAuthor's Note:\nWritten for the jam."
        );
        assert!(doc.dropped_texts().contains(&"I'm crying."));
    }

    #[test]
    fn a_story_about_the_site_stays() {
        let t = "Fimfiction\n\nShe had been Published once, by accident.\n\nThe end.";
        assert_eq!(Doc::read_by(t, read).untaken(), Doc::new(t).untaken());
    }
}
