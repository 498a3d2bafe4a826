//! DeviantArt literature deviations saved from the browser: the deviation's text, with
//! the artist's description under it as the afterword, without the site's bar, its
//! "Literature Text" label, buttons, counts, tags, comments and "More from" cards.
//!
//! Input: a parsed HTML page. DeviantArt titles a deviation with
//! `h1[data-hook="deviation_title"]`, names its artist with a user link
//! (`a[data-hook="user_link"]`, the name in `data-username`), sets the text in a
//! `legacy-journal` box (an older deviation) or the rich-content viewer
//! (`data-id="rich-content-viewer"`), the description in a box of its own
//! (`data-hook="description"`), its tags as links with `data-tagname`, and each comment
//! in a text box of the same kind. Output: a [`Work`] of the first text box after the
//! title that is not the description, the description as end notes. Pure: no I/O.

use super::canonical;
use crate::source::bylines::is_name;
use crate::source::html::{self, text_of};
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// The first element whose attribute `attr` is `value`.
fn marked<'a>(doc: &'a Html, attr: &str, value: &str) -> Option<ElementRef<'a>> {
    doc.root_element()
        .descendent_elements()
        .find(|e| e.value().attr(attr) == Some(value))
}

/// Whether `e` is a DeviantArt text box.
fn is_text_box(e: ElementRef<'_>) -> bool {
    e.value().classes().any(|c| c == "legacy-journal")
        || e.value().attr("data-id") == Some("rich-content-viewer")
}

/// The deviation's text, if the page is a deviation's: the first text box with text
/// after its title that is not the description.
pub(crate) fn text(doc: &Html) -> Option<ElementRef<'_>> {
    let title = marked(doc, "data-hook", "deviation_title")?;
    let description = marked(doc, "data-hook", "description").map(|d| d.id());
    doc.root_element()
        .descendent_elements()
        .skip_while(|e| e.id() != title.id())
        .find(|e| {
            is_text_box(*e)
                && Some(e.id()) != description
                && !e.ancestors().any(|a| Some(a.id()) == description)
                && e.text().any(|t| !t.trim().is_empty())
        })
}

/// Reads a deviation page whose text is `text`.
pub(crate) fn read(doc: &Html, text: ElementRef<'_>, lang: &str) -> Work {
    let mut work = Work {
        title: marked(doc, "data-hook", "deviation_title")
            .map(text_of)
            .filter(|t| !t.is_empty()),
        url: canonical(doc),
        ..Work::default()
    };
    let user = marked(doc, "data-hook", "user_link").and_then(|u| {
        let name = u
            .value()
            .attr("data-username")
            .map_or_else(|| text_of(u), str::to_string);
        is_name(&name).then_some(name)
    });
    work.authors.extend(user);
    let tags: Vec<String> = doc
        .root_element()
        .descendent_elements()
        .filter_map(|e| e.value().attr("data-tagname"))
        .map(str::to_string)
        .collect();
    if !tags.is_empty() {
        work.tags.push(("Tags".into(), tags));
    }
    if let Some(d) = marked(doc, "data-hook", "description") {
        let (blocks, images) = html::blocks_of(d, lang);
        work.end_notes = blocks;
        work.images += images;
    }
    let (body, images) = html::blocks_of(text, lang);
    work.images += images;
    work.current().body = body;
    work.decisions.push(format!(
        "a DeviantArt deviation page: its text is read, and its description ({} \
         paragraph(s)) is the afterword; the site's bar, the \"Literature Text\" label, \
         buttons, counts, tags, comments and \"More from\" cards are left out",
        work.end_notes.len()
    ));
    work
}

#[cfg(test)]
mod tests {
    use super::super::plain;
    use super::*;

    /// A deviation: its text box, not the "Literature Text" label over it, the
    /// description under it or a comment's box; its author the user link's name.
    #[test]
    fn a_deviation_is_its_text_with_its_description_after() {
        let doc = Html::parse_document(
            r#"<html><body><header><a href="/">Home</a><a href="/join">Join</a></header><main><h1 data-hook="deviation_title">Slate</h1>
<span>By</span> <a data-hook="user_link" data-username="quarrywren" href="/quarrywren">quarrywren</a>
<div><span>Literature Text</span></div><div class="legacy-journal">Grey roofs<br />grey rain<br />
<br />and the hill</div><button>Add to Favourites</button>
<div class="legacy-journal" data-hook="description">For my taid.</div><a data-tagname="slate" href="/tag/slate">#slate</a>
<div class="comment"><a href="/gull">gull</a><div class="legacy-journal">So good.</div></div></main></body></html>"#,
        );
        let t = text(&doc).expect("a deviation");
        let w = read(&doc, t, "en");
        assert_eq!(w.title.as_deref(), Some("Slate"));
        assert_eq!(w.authors, vec!["quarrywren"]);
        assert_eq!(w.tag(&["Tags"]), vec!["slate"]);
        assert_eq!(
            plain(&w.parts[0].body),
            vec!["Grey roofs\ngrey rain", "and the hill"]
        );
        assert_eq!(plain(&w.end_notes), vec!["For my taid."]);
        // A page with a `legacy-journal` box but no deviation title is no deviation.
        let doc = Html::parse_document(
            r#"<html><body><div class="legacy-journal">Text.</div></body></html>"#,
        );
        assert!(text(&doc).is_none());
    }
}
