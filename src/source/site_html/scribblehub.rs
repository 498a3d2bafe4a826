//! Scribble Hub chapter pages saved from the browser: the chapter's text and the
//! author's notes around it, without the site's breadcrumb, navigation, counts, comments
//! and footer.
//!
//! Input: a parsed HTML page. Scribble Hub sets a chapter's text in `div#chp_raw`, its
//! title in `div.chapter-title`, the author as a link to their profile
//! (`/profile/ID/name`, in `div.chp_byauthor`), the series in the breadcrumb's link to
//! `/series/ID/slug/`, and the author's notes in `div.wi_authornotes` boxes (a
//! `wi_authornotes_header` the site writes over a `wi_authornotes_body`), with its news
//! boxes (`wi_news`) alike, inside the text or beside it. Output: a [`Work`] titled by
//! the chapter (a page is one chapter; the series is its information), whose notes are
//! the boxes before the text and end notes the boxes after it. Pure: no I/O.

use super::{by_id, canonical};
use crate::source::html::{self, has_class, text_of};
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// Classes of the boxes Scribble Hub sets the author's words in.
const BOXES: &[&str] = &["wi_authornotes", "wi_news"];

/// Classes of a box's own label ("Author's Note"), the site's words.
const BOX_LABELS: &[&str] = &["wi_authornotes_header", "wi_news_title"];

fn is_box(e: ElementRef<'_>) -> bool {
    BOXES.iter().any(|c| e.value().classes().any(|k| k == *c))
}

/// The chapter's text on a Scribble Hub page, if the page is one: `#chp_raw` with text,
/// under a `.chapter-title`, on a page that links to the site.
pub(crate) fn chapter_text(doc: &Html) -> Option<ElementRef<'_>> {
    let text = by_id(doc, "chp_raw").filter(|e| has_class(*e, "chp_raw"))?;
    let root = doc.root_element();
    let titled = root
        .descendent_elements()
        .any(|e| has_class(e, "chapter-title"));
    let site = root.descendent_elements().any(|e| {
        ["href", "src"].iter().any(|a| {
            e.value()
                .attr(a)
                .is_some_and(|h| h.to_ascii_lowercase().contains("scribblehub.com"))
        })
    });
    (titled && site && text.text().any(|t| !t.trim().is_empty())).then_some(text)
}

/// Reads a chapter page whose text is `text`.
pub(crate) fn read(doc: &Html, text: ElementRef<'_>, lang: &str) -> Work {
    let mut work = Work::default();
    let root = doc.root_element();
    work.title = root
        .descendent_elements()
        .find(|e| has_class(*e, "chapter-title"))
        .map(text_of)
        .filter(|t| !t.is_empty());
    work.authors.extend(author(doc));
    if let Some(series) = html::links(root)
        .find(|a| {
            a.value()
                .attr("href")
                .is_some_and(|h| h.contains("/series/"))
        })
        .map(text_of)
        .filter(|t| !t.is_empty())
    {
        work.tags.push(("Series".into(), vec![series]));
    }
    work.url = canonical(doc);
    let (before, after) = boxes(doc, text);
    let mut notes_of = |boxes: &[ElementRef<'_>]| {
        let mut c = html::Converter::new(lang);
        for b in boxes {
            c.skip(
                b.descendent_elements()
                    .filter(|e| BOX_LABELS.iter().any(|l| has_class(*e, l)))
                    .map(|e| e.id()),
            );
            c.add_inner(*b);
        }
        work.images += c.images;
        c.take()
    };
    let (notes, end_notes) = (notes_of(&before), notes_of(&after));
    let mut c = html::Converter::new(lang);
    c.skip(before.iter().chain(&after).map(|b| b.id()));
    c.add_inner(text);
    work.images += c.images;
    work.decisions.push(format!(
        "a Scribble Hub chapter page: the chapter's text (#chp_raw) and the author's notes \
         ({} paragraph(s) before, {} after) are read, titled by the chapter; the site's \
         breadcrumb, navigation, counts, comments and footer are left out",
        notes.len(),
        end_notes.len()
    ));
    work.notes = notes;
    work.end_notes = end_notes;
    work.current().body = c.take();
    work
}

/// The author: the chapter's byline link, else the first link to a profile
/// (`/profile/ID/name`) outside the comments.
fn author(doc: &Html) -> Option<String> {
    let in_comments = |e: ElementRef<'_>| {
        e.ancestors().filter_map(ElementRef::wrap).any(|a| {
            a.value().id() == Some("comments") || a.value().classes().any(|c| c.contains("comment"))
        })
    };
    let byline = doc
        .root_element()
        .descendent_elements()
        .find(|e| has_class(*e, "chp_byauthor"))
        .and_then(|b| html::links(b).next());
    byline
        .into_iter()
        .chain(html::links(doc.root_element()).filter(|a| {
            a.value()
                .attr("href")
                .is_some_and(|h| h.contains("/profile/"))
                && !in_comments(*a)
        }))
        .map(text_of)
        .find(|t| crate::source::bylines::is_name(t))
}

/// The note boxes before the text and after it: inside `#chp_raw` or beside it in the
/// page, a box is before the text when no paragraph of the text comes before it.
fn boxes<'a>(doc: &'a Html, text: ElementRef<'a>) -> (Vec<ElementRef<'a>>, Vec<ElementRef<'a>>) {
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut seen_text = false;
    let in_box = |e: ElementRef<'_>| e.ancestors().filter_map(ElementRef::wrap).any(is_box);
    let in_text = |e: ElementRef<'_>| e.ancestors().any(|a| a.id() == text.id());
    // Boxes stand in the chapter's part of the page: the text's parent holds them.
    let scope = text
        .parent()
        .and_then(ElementRef::wrap)
        .unwrap_or(doc.root_element());
    for e in scope.descendent_elements() {
        if is_box(e) && !in_box(e) {
            if seen_text {
                after.push(e);
            } else {
                before.push(e);
            }
        } else if in_text(e) && !in_box(e) && !e.text().all(|t| t.trim().is_empty()) {
            seen_text |= e.value().name() == "p" || e.child_elements().next().is_none();
        }
    }
    (before, after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    const PAGE: &str = r#"<html><head><title>Night Bus | Small Hours | Scribble Hub</title></head><body>
<div class="wi_breadcrumb chapter"><a href="https://www.scribblehub.com/">Home</a> <a href="https://www.scribblehub.com/series/11/small-hours/">Small Hours</a> Night Bus</div>
<div class="chapter-title">Night Bus</div><div class="chp_byauthor">by <a href="https://www.scribblehub.com/profile/7/wren_ink/">wren_ink</a></div>
<div class="prenext"><a class="btn-wi btn-prev" href="/c/1">Previous</a><a class="btn-wi btn-index" href="/s/11">Index</a></div>
<div id="chp_contents"><div id="chp_raw" class="chp_raw">
<div class="wi_authornotes"><div class="wi_authornotes_header">Author's Note</div><div class="wi_authornotes_body"><p>Short one.</p></div></div>
<p>The bus came.</p><p style="text-align: center;">o0o</p><p>It left.</p>
<div class="wi_authornotes"><div class="wi_authornotes_header">Author's Note</div><div class="wi_authornotes_body"><p>Thanks!</p></div></div>
</div></div><div class="chp_stats"><span>1,482 Views</span></div>
<div id="comments"><div class="comment-author"><a href="https://www.scribblehub.com/profile/9/gull/">gull</a></div><p>Nice</p></div></body></html>"#;

    #[test]
    fn a_chapter_page_is_its_text_with_the_author_boxes_as_notes() {
        let doc = Html::parse_document(PAGE);
        let text = chapter_text(&doc).expect("a Scribble Hub page");
        let w = read(&doc, text, "en");
        assert_eq!(w.title.as_deref(), Some("Night Bus"));
        assert_eq!(w.authors, vec!["wren_ink"]);
        assert_eq!(w.tag(&["Series"]), vec!["Small Hours"]);
        let plain = |b: &[Block]| b.iter().map(Block::plain).collect::<Vec<_>>();
        assert_eq!(plain(&w.notes), vec!["Short one."]);
        assert_eq!(plain(&w.end_notes), vec!["Thanks!"]);
        assert_eq!(
            plain(&w.parts[0].body),
            vec!["The bus came.", "", "It left."]
        );
        // The boxes may stand beside the text rather than in it.
        let beside = PAGE
            .replace(
                r#"<div id="chp_raw" class="chp_raw">
<div class="wi_authornotes">"#,
                r#"<div class="wi_authornotes">"#,
            )
            .replace(
                "Short one.</p></div></div>",
                r#"Short one.</p></div></div><div id="chp_raw" class="chp_raw">"#,
            )
            .replace("It left.</p>", "It left.</p></div>")
            .replace("Thanks!</p></div></div>\n</div>", "Thanks!</p></div></div>");
        let doc = Html::parse_document(&beside);
        let w = read(&doc, chapter_text(&doc).expect("page"), "en");
        assert_eq!(plain(&w.notes), vec!["Short one."]);
        assert_eq!(plain(&w.end_notes), vec!["Thanks!"]);
        assert_eq!(
            plain(&w.parts[0].body),
            vec!["The bus came.", "", "It left."]
        );
    }

    /// A page that borrows the text's id without the site's chapter title and links is
    /// another page.
    #[test]
    fn a_chp_raw_without_the_sites_page_is_another_page() {
        let doc = Html::parse_document(
            r#"<html><body><div id="chp_raw" class="chp_raw"><p>It rained.</p></div></body></html>"#,
        );
        assert!(chapter_text(&doc).is_none());
    }
}
