//! A page's frame around its story: the site's bar of links over the title, the rule and
//! the title again between the story's header and its text.
//!
//! Input: a parsed page (for the bar) or the [`Work`] the plain HTML reader filled from
//! it. Output: the bar's elements, to be left out; the work without the frame's marks.
//! A printer-friendly page (Twisting the Hellmouth's, an eFiction archive's) sets the
//! story so: the site's name and "Printer friendly version" over the title, the title,
//! the byline and a table of the story's information, a rule, the chapter's heading (the
//! title again), the author's notes, the story, "The End" (which `text_notes` leaves
//! out), a closing note. Pure: no I/O.

use super::{body_of, links, text_of};
use crate::model::Block;
use crate::source::work::Work;
use crate::typography;
use ego_tree::NodeId;
use scraper::{ElementRef, Html};

/// A bar longer than this many words is text, whatever its links.
const BAR_WORDS: usize = 30;

/// The elements over the page's title (its first `<h1>`) that are a site's bar of links:
/// two or more links that make at least half its words ("Twisting the Hellmouth •
/// Printer friendly version • Return to story", a trail of breadcrumbs).
pub(crate) fn site_bars(doc: &Html) -> Vec<NodeId> {
    let body = body_of(doc);
    let Some(h1) = body
        .descendent_elements()
        .find(|e| e.value().name() == "h1")
    else {
        return Vec::new();
    };
    let over_title: Vec<NodeId> = h1.ancestors().map(|a| a.id()).collect();
    let mut bars: Vec<NodeId> = Vec::new();
    for e in body.descendent_elements() {
        if e.id() == h1.id() {
            break;
        }
        let inside = e.ancestors().any(|a| bars.contains(&a.id()));
        if !inside && !over_title.contains(&e.id()) && is_bar(e) {
            bars.push(e.id());
        }
    }
    bars
}

/// Whether `e` is a bar of links: two or more, at least half its words, few words.
fn is_bar(e: ElementRef<'_>) -> bool {
    let words = |t: &str| {
        t.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let all = words(&text_of(e));
    let linked: Vec<usize> = links(e).map(|a| words(&text_of(a))).collect();
    // Between its links a bar has marks that part them ("•", "|", "»") or nothing: a
    // dedication over the title ("For ann_writes and bo_reads", both linked) has words.
    let between: String = e
        .descendants()
        .filter(|n| {
            !n.ancestors()
                .take_while(|a| a.id() != e.id())
                .any(|a| a.value().as_element().is_some_and(|el| el.name() == "a"))
        })
        .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
        .collect();
    let parted = words(&between) == 0 || between.contains(SEPARATORS);
    linked.len() >= 2 && all <= BAR_WORDS && 2 * linked.iter().sum::<usize>() >= all && parted
}

/// The marks a bar of links sets between them.
const SEPARATORS: &[char] = &['•', '|', '·', '»', '›', '>', '/', '∙', '◦', '⁄'];

/// Takes off what stands between the story's header and its text: a rule under the
/// header and the chapter's heading that repeats the title. Returns whether it did.
pub(crate) fn after_header(work: &mut Work, lang: &str) -> bool {
    let title = work.title.clone();
    let Some(part) = work.parts.first_mut() else {
        return false;
    };
    let body = &mut part.body;
    let rules = body.iter().take_while(|b| **b == Block::SceneBreak).count();
    let again = match (&title, body.get(rules)) {
        (Some(t), Some(Block::Heading(h))) => {
            let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
            *h == t || *h == typography::apply_str(&t, lang)
        }
        _ => false,
    };
    if !again {
        return false;
    }
    body.drain(..=rules);
    let more = body.iter().take_while(|b| **b == Block::SceneBreak).count();
    body.drain(..more);
    work.decisions.push(
        "the chapter's heading under the story's header repeats the title: it is the title, \
         and the rule over it no scene break"
            .into(),
    );
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;
    use crate::source::work::Part;

    fn para(s: &str) -> Block {
        Block::Paragraph(vec![Inline::Text(s.into())])
    }

    /// A printer page's bar over the title is the site's; a story's own paragraph with
    /// a link, and anything under the title, is not.
    #[test]
    fn a_bar_of_links_over_the_title_is_the_sites() {
        let doc = Html::parse_document(
            r#"<html><body><div class="printheader"><a href="/">Hellmouth Tales</a> &#8226; Printer friendly version &#8226; <a href="/s/1">Return to story</a></div>
<p>A note with <a href="/x">a link</a> and more words than links in it.</p>
<h1>Lamps</h1><p><a href="/a">one</a> <a href="/b">two</a></p></body></html>"#,
        );
        let bars = site_bars(&doc);
        assert_eq!(bars.len(), 1);
        let el = ElementRef::wrap(doc.tree.get(bars[0]).expect("node")).expect("element");
        assert!(text_of(el).starts_with("Hellmouth Tales"));
        let doc = Html::parse_document("<html><body><p><a>a</a> <a>b</a></p></body></html>");
        assert!(site_bars(&doc).is_empty());
        // A dedication over the title, its names linked, is the story's.
        let doc = Html::parse_document(
            r#"<html><body><p>For <a href="/u/ann">ann_writes</a> and <a href="/u/bo">bo_reads</a></p><h1>Lamps</h1><p>Lit.</p></body></html>"#,
        );
        assert!(site_bars(&doc).is_empty());
        let doc = Html::parse_document(
            r#"<html><body><div><a href="/">Home</a> <a href="/s">Stories</a></div><h1>Lamps</h1></body></html>"#,
        );
        assert_eq!(site_bars(&doc).len(), 1);
    }

    /// The rule under the header and the title set again as the chapter's heading go;
    /// a heading that is not the title stays, and so does the rule over it.
    #[test]
    fn the_title_again_under_the_header_goes_with_its_rule() {
        let mut work = Work {
            title: Some("Lamps".into()),
            parts: vec![Part {
                body: vec![
                    Block::SceneBreak,
                    Block::Heading("Lamps".into()),
                    para("Disclaimer: not mine."),
                ],
                ..Part::default()
            }],
            ..Work::default()
        };
        assert!(after_header(&mut work, "en"));
        assert_eq!(work.parts[0].body, vec![para("Disclaimer: not mine.")]);
        work.parts[0].body = vec![Block::SceneBreak, Block::Heading("Part One".into())];
        assert!(!after_header(&mut work, "en"));
        assert_eq!(work.parts[0].body.len(), 2);
    }

    /// A printer-friendly page read whole: the site's bar over the title, the byline,
    /// the table of the story's fields, the rule and the title again over the author's
    /// notes, "The End" over the closing note: the story is only its text.
    #[test]
    fn a_printer_page_is_read_inside_its_frame() {
        let page = r#"<html><body><div><a href="/">Lamp Tales</a> &#8226; Printer friendly version &#8226; <a href="/s/9">Return to story</a></div>
<h1>Lamps</h1><p class="byline">by <a href="/a/1">Wick</a></p><table><tr><td>Rating:</td><td>FR7</td></tr><tr><td>Words:</td><td>9</td></tr></table>
<hr /><div><h2>Lamps</h2></div><p><b>Disclaimer:</b> Not mine.</p><hr /><div><p>She lit them.</p><p>All of them.</p></div>
<hr /><p><b>The End</b></p><p>Thanks for reading!</p></body></html>"#;
        let entry = crate::config::ChapterConfig::default();
        let kind = crate::source::import::Kind::Html;
        let (ch, _) =
            crate::source::import::read(&entry, page.as_bytes(), kind, "en").expect("read");
        let plain = |b: &[Block]| b.iter().map(Block::plain).collect::<Vec<_>>();
        assert_eq!(ch.title, "Lamps");
        assert_eq!(ch.authors, vec!["Wick".to_string()]);
        assert_eq!(ch.meta.rating.as_deref(), Some("FR7"));
        assert_eq!(plain(&ch.preface), vec!["Disclaimer: Not mine."]);
        assert_eq!(plain(&ch.body), vec!["She lit them.", "All of them."]);
        assert_eq!(plain(&ch.afterword), vec!["Thanks for reading!"]);
    }
}
