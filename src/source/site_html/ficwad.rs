//! FicWad story pages saved from the browser: the story's text (the disclaimer and
//! author's notes in it are found by the text's note detection), without the site's
//! header, login form, menus, crumb trail, story box, review links and footer.
//!
//! Input: a parsed HTML page. FicWad sets a chapter's text in `div#storytext`, and over
//! it a story box: the title as an `<h4>` link to `/story/ID`, the author as
//! `by <a href="/a/NAME">` in an `.author` cell, the summary in a `.summary` cell, the
//! category, rating and counts in a `.meta` line. Output: a [`Work`] of the text, its
//! title, author and summary from the story box. Pure: no I/O.

use super::{by_id, canonical};
use crate::source::bylines::{byline, is_name};
use crate::source::html::{self, has_class, text_of};
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// Whether the page links to FicWad.
fn links_ficwad(doc: &Html) -> bool {
    html::links(doc.root_element()).any(|a| {
        a.value()
            .attr("href")
            .is_some_and(|h| h.to_ascii_lowercase().contains("ficwad.com"))
    })
}

/// The story's text on a FicWad page, if the page is one: `#storytext` with text, on a
/// page with the story box's `.author` cell that links to FicWad.
pub(crate) fn story_text(doc: &Html) -> Option<ElementRef<'_>> {
    let text = by_id(doc, "storytext")?;
    let boxed = doc
        .root_element()
        .descendent_elements()
        .any(|e| has_class(e, "author"));
    (boxed && links_ficwad(doc) && text.text().any(|t| !t.trim().is_empty())).then_some(text)
}

/// The story box's title: the first `<h4>` before the text, else the `<title>` after
/// the site's "FicWad:".
fn title(doc: &Html, text: ElementRef<'_>) -> Option<String> {
    let root = doc.root_element();
    root.descendent_elements()
        .take_while(|e| e.id() != text.id())
        .find(|e| e.value().name() == "h4")
        .map(text_of)
        .or_else(|| {
            let t = root
                .descendent_elements()
                .find(|e| e.value().name() == "title")
                .map(text_of)?;
            Some(t.strip_prefix("FicWad:").unwrap_or(&t).trim().to_string())
        })
        .filter(|t| !t.is_empty())
}

/// Reads a story page whose text is `text`.
pub(crate) fn read(doc: &Html, text: ElementRef<'_>, lang: &str) -> Work {
    let root = doc.root_element();
    let mut work = Work {
        title: title(doc, text),
        url: canonical(doc),
        ..Work::default()
    };
    let author = root
        .descendent_elements()
        .find(|e| has_class(*e, "author"))
        .and_then(|cell| {
            let t = text_of(cell);
            byline(&t)
                .map(str::to_string)
                .or_else(|| html::links(cell).next().map(text_of))
        })
        .filter(|n| is_name(n));
    work.authors.extend(author);
    if let Some(s) = root
        .descendent_elements()
        .find(|e| has_class(*e, "summary"))
    {
        work.summary = html::blocks_of(s, lang).0;
    }
    let (body, images) = html::blocks_of(text, lang);
    work.images += images;
    work.current().body = body;
    work.decisions.push(
        "a FicWad story page: its text is read, title, author and summary from the story \
         box; the site's header, menus, crumb trail, review links and footer are left out"
            .into(),
    );
    work
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A story page: the text of `#storytext`, the box's title, byline and summary, not
    /// the crumb trail or the site's footer.
    #[test]
    fn a_story_page_is_its_text() {
        let doc = Html::parse_document(
            r#"<html><head><title>FicWad: Bus Stop</title></head><body>
<div id="crumbtrail"><a href="https://ficwad.com/">FicWad</a> &gt; Bus Stop</div>
<table class="storyinfo"><tr><td><h4><a href="https://ficwad.com/story/5">Bus Stop</a></h4></td></tr>
<tr><td class="author">by <a href="https://ficwad.com/a/rainfade">rainfade</a></td></tr>
<tr><td class="summary"><blockquote>Waiting.</blockquote></td></tr></table>
<div id="storytext"><p>The bus was late.</p><p align="center">oOo</p><p>It came.</p></div>
<div id="footer"><p>Disclaimer: All publicly recognizable characters belong to their owners.</p></div>
</body></html>"#,
        );
        let t = story_text(&doc).expect("a FicWad page");
        let w = read(&doc, t, "en");
        assert_eq!(w.title.as_deref(), Some("Bus Stop"));
        assert_eq!(w.authors, vec!["rainfade"]);
        assert_eq!(w.summary.len(), 1);
        let text: Vec<String> = w.parts[0].body.iter().map(|b| b.plain()).collect();
        assert!(text.iter().all(|t| !t.contains("Disclaimer")), "{text:?}");
        assert_eq!(text.first().map(|t| t.trim()), Some("The bus was late."));
        // A `#storytext` on a page with no FicWad story box is no FicWad page.
        let doc = Html::parse_document(
            r#"<html><body><div id="storytext"><p>Text.</p></div></body></html>"#,
        );
        assert!(story_text(&doc).is_none());
    }
}
