//! FicHub's HTML export: one page of a work FicHub fetched from an archive → a [`Work`].
//!
//! Input: a parsed page that links to fichub.net and holds its chapters as elements with
//! ids `chap_1`, `chap_2`… Output: the work: the title (the first `<h1>`), the author
//! (the `by NAME` heading under it), the story information from the labelled lines
//! before the chapters (`Source:`, `Status:`, `Tags:` …, several to a line apart with
//! `·`), the description as the summary, and each chapter as a part: its heading, the
//! archive's notes box (`div.notes`) and end notes box (`div.endnotes`, `end notes`) as
//! its notes, the rest its text. The first chapter's notes open the work and the last
//! one's close it, as the archive shows them. Left out as the page's frame: the table
//! of contents and the chapter links (lists of links within the page), the lines that
//! name FicHub, and labelled lines of the export's own (`Exported:`). The page's `lang`
//! is FicHub's, not the story's (it writes `en` for every work), so it is not read.
//! Pure: no I/O.

use super::bylines::{is_name, local_byline};
use super::fields::{self, Field};
use super::html::{self, Converter, has_class, links, text_of};
use super::work::{Part, Work};
use crate::model::{Block, plain_text};
use ego_tree::NodeId;
use scraper::{ElementRef, Html};

/// Whether `doc` is FicHub's export: a link to fichub.net and chapters `chap_N`.
pub(crate) fn is_fichub(doc: &Html) -> bool {
    let root = doc.root_element();
    links(root).any(to_fichub) && !chapters(root).is_empty()
}

/// Whether link `a` points to fichub.net.
fn to_fichub(a: ElementRef<'_>) -> bool {
    a.value().attr("href").is_some_and(|h| {
        let host = h
            .split("//")
            .nth(1)
            .unwrap_or("")
            .split(['/', '?', '#'])
            .next();
        host.is_some_and(|h| {
            let h = h.to_ascii_lowercase();
            h == "fichub.net" || h.ends_with(".fichub.net")
        })
    })
}

/// The lines that name FicHub: the nearest block holding each link to it.
fn fichub_lines(root: ElementRef<'_>) -> Vec<NodeId> {
    links(root)
        .filter(|a| to_fichub(*a))
        .filter_map(|a| {
            a.ancestors()
                .filter_map(ElementRef::wrap)
                .take_while(|e| e.id() != root.id())
                .find(|e| matches!(e.value().name(), "p" | "div" | "li" | "footer"))
        })
        .map(|e| e.id())
        .collect()
}

/// The chapter elements, in order: ids `chap_` and a number.
fn chapters(root: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    root.descendent_elements()
        .filter(|e| {
            e.value()
                .id()
                .and_then(|id| id.strip_prefix("chap_"))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .collect()
}

/// Whether `e` is a list of links within the page (the table of contents, a chapter's
/// "previous chapter · next chapter · chapter list"): a block whose every link points
/// into the page and whose links are at least half its words.
fn is_page_nav(e: ElementRef<'_>) -> bool {
    // A link of its own, outside any paragraph ("(back to chapter list)"), is one too.
    let alone = e.value().name() == "a"
        && e.parent()
            .and_then(ElementRef::wrap)
            .is_some_and(|p| matches!(p.value().name(), "body" | "div" | "nav"));
    if !alone && !matches!(e.value().name(), "div" | "nav" | "ol" | "ul" | "p") {
        return false;
    }
    let words = |t: &str| t.split_whitespace().count();
    let hrefs: Vec<&str> = links(e).filter_map(|a| a.value().attr("href")).collect();
    let linked: usize = links(e).map(|a| words(&text_of(a))).sum();
    !hrefs.is_empty()
        && hrefs.iter().all(|h| h.starts_with('#'))
        && 2 * linked >= words(&text_of(e))
}

/// The outermost elements under `root` (not `root` itself) that `is` picks.
fn outermost(root: ElementRef<'_>, is: impl Fn(ElementRef<'_>) -> bool) -> Vec<NodeId> {
    let mut out: Vec<NodeId> = Vec::new();
    for e in root.descendent_elements().skip(1) {
        if e.ancestors().any(|a| out.contains(&a.id())) {
            continue;
        }
        if is(e) {
            out.push(e.id());
        }
    }
    out
}

/// Reads FicHub's export.
pub(crate) fn read(doc: &Html, lang: &str) -> Work {
    let mut work = Work::default();
    let body = html::body_of(doc);
    let chaps = chapters(body);
    let h1 = body
        .descendent_elements()
        .find(|e| e.value().name() == "h1");
    work.title = h1.map(text_of).filter(|t| !t.is_empty());
    // The byline over the chapters, not a line of the story.
    let in_chapter = |e: ElementRef<'_>| {
        e.ancestors()
            .any(|a| chaps.iter().any(|c| c.id() == a.id()))
    };
    let byline = body.descendent_elements().find(|e| {
        matches!(e.value().name(), "h2" | "h3" | "h4" | "p")
            && !in_chapter(*e)
            && local_byline(&text_of(*e)).is_some_and(is_name)
    });
    if let Some(b) = byline {
        work.authors
            .extend(local_byline(&text_of(b)).map(str::to_string));
    }
    let mut nav = outermost(body, is_page_nav);
    nav.extend(fichub_lines(body));
    // The story information: what is left before, between and after the chapters.
    let mut meta = Converter::new(lang);
    meta.skip(nav.iter().copied());
    meta.skip(chaps.iter().map(|c| c.id()).chain(h1.map(|e| e.id())));
    meta.skip(byline.map(|e| e.id()));
    meta.add_inner(body);
    let description = body
        .descendent_elements()
        .find(|e| has_class(*e, "description"));
    for b in meta.take() {
        info(&mut work, b, description.is_some());
    }
    if let Some(d) = description {
        work.summary = html::blocks_of(d, lang).0;
    }
    for c in &chaps {
        let mut part = Part::default();
        let mut conv = Converter::new(lang);
        conv.skip(nav.iter().copied());
        for child in c.child_elements() {
            let name = child.value().name();
            if part.title.is_none() && matches!(name, "h1" | "h2" | "h3" | "h4") {
                part.title = Some(text_of(child)).filter(|t| !t.is_empty());
                conv.skip([child.id()]);
            } else if let Some(end) = note_box(child) {
                conv.skip([child.id()]);
                let blocks = notes(child, lang);
                if end {
                    part.end_notes.extend(blocks);
                } else {
                    part.notes.extend(blocks);
                }
            }
        }
        conv.add_inner(*c);
        work.images += conv.images;
        part.body = conv.take();
        work.parts.push(part);
    }
    if let Some(first) = work.parts.first_mut() {
        work.notes = std::mem::take(&mut first.notes);
    }
    if let Some(last) = work.parts.last_mut() {
        work.end_notes = std::mem::take(&mut last.end_notes);
    }
    work.decisions.push(format!(
        "FicHub export: {} chapter(s) (chap_N); its table of contents, chapter links and \
         the lines naming FicHub left out; the first chapter's notes open the story, the \
         last one's close it; its lang is FicHub's, not the story's",
        work.parts.len()
    ));
    work
}

/// Whether `e` is the archive's notes box: `Some(true)` for the end notes.
fn note_box(e: ElementRef<'_>) -> Option<bool> {
    let end = has_class(e, "endnotes") || (has_class(e, "end") && has_class(e, "notes"));
    (end || has_class(e, "notes")).then_some(end)
}

/// A notes box's text: its lone label ("Notes:") left out, its quoted box unwrapped.
fn notes(e: ElementRef<'_>, lang: &str) -> Vec<Block> {
    let mut out = Vec::new();
    for b in html::blocks_of(e, lang).0 {
        match b {
            Block::Quote(inner) => out.extend(inner),
            Block::Paragraph(inl)
                if fields::labelled(&plain_text(&inl))
                    .is_some_and(|l| l.value.is_empty() && l.field == Field::Note) => {}
            b => out.push(b),
        }
    }
    out
}

/// Files one block of the page's information: each `Label: value` (several to a line,
/// apart with `·`) by its label; a source's link as the work's address; the
/// description's own paragraphs are the summary (read whole, elsewhere).
fn info(work: &mut Work, b: Block, described: bool) {
    let Block::Paragraph(inl) = b else {
        return;
    };
    let text = plain_text(&inl);
    let mut unlabelled = false;
    for seg in text.split(" · ") {
        let seg = seg.trim();
        let Some((label, value)) = seg.split_once(':') else {
            // FicHub's counts: "2 chapters", "1,206 words".
            match seg.split_once(' ') {
                Some((n, "chapters" | "chapter")) => {
                    work.tags.push(("Chapters".into(), vec![n.into()]))
                }
                Some((n, "words")) => work.tags.push(("Words".into(), vec![n.into()])),
                _ => unlabelled = true,
            }
            continue;
        };
        let value = value.trim().to_string();
        let key = label.trim().to_ascii_lowercase();
        if key.ends_with("source") || key == "url" {
            work.url.get_or_insert(value);
            continue;
        }
        let Some(l) = fields::labelled(seg) else {
            continue;
        };
        let group = |name: &str, list: bool| {
            let v = if list {
                fields::items(&value)
            } else {
                vec![value.clone()]
            };
            (name.to_string(), v)
        };
        let tag = match l.field {
            Field::Tags | Field::Category => group("Tags", true),
            Field::Fandoms => group("Fandom", true),
            Field::Relationships => group("Relationships", true),
            Field::Characters => group("Characters", true),
            Field::Warnings => group("Warnings", true),
            Field::Rating => group("Rating", false),
            Field::Status => group("Status", false),
            Field::Words => group("Words", false),
            Field::Chapters => group("Chapters", false),
            Field::Published => group("Published", false),
            Field::Updated | Field::Completed => group("Updated", false),
            Field::Series => group("Series", false),
            Field::Summary => {
                work.summary
                    .push(Block::Paragraph(vec![crate::model::Inline::Text(value)]));
                continue;
            }
            _ => continue,
        };
        work.tags.push(tag);
    }
    // A paragraph of no label, outside a classed description: the description itself.
    if unlabelled && !described {
        work.summary.push(Block::Paragraph(inl));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<!doctype html><html lang="en"><head><title>Tide by gull</title></head><body>
<h1><span class="title">Tide</span></h1>
<h2>by <span class="author">gull_person</span></h2>
<div><p>The sea goes out.</p></div>
<p>Original source: <a href="https://archiveofourown.org/works/1">https://archiveofourown.org/works/1</a></p>
<p>Chapters: 2</p><p>Words: 9</p>
<p>Exported with the assistance of <a href='https://fichub.net'>FicHub.net</a></p>
<nav id="contents-list"><ol><li><a href="#chap_1">One</a></li><li><a href="#chap_2">Two</a></li></ol></nav>
<div id="chap_1"><div class="chapter_nav"><a href="#chap_2" class="right">next chapter</a> <a href="#contents-list">chapter list</a></div>
<h2>One</h2><div class="notes"><p><b>Notes:</b></p><blockquote><p>For Sam.</p></blockquote></div><p>Out.</p><hr/><p>Further out.</p></div>
<div id="chap_2"><div class="chapter_nav"><a href="#chap_1" class="left">previous chapter</a> <a href="#contents-list">chapter list</a></div>
<h2>Two</h2><p>In again.</p><div class="end notes"><p><b>Notes:</b></p><blockquote><p>Thanks!</p></blockquote></div></div>
<a href="#contents-list">(back to chapter list)</a></body></html>"##;

    /// FicHub's page: title, byline, information, description as the summary, the
    /// chapters with their headings and notes; its contents and links left out.
    #[test]
    fn a_fichub_export_is_its_work() {
        let doc = Html::parse_document(PAGE);
        assert!(is_fichub(&doc));
        let w = read(&doc, "en");
        assert_eq!(w.title.as_deref(), Some("Tide"));
        assert_eq!(w.authors, vec!["gull_person"]);
        assert_eq!(
            w.url.as_deref(),
            Some("https://archiveofourown.org/works/1")
        );
        assert_eq!(w.tag(&["Chapters"]), vec!["2"]);
        assert_eq!(w.tag(&["Words"]), vec!["9"]);
        let plain = |b: &[Block]| b.iter().map(Block::plain).collect::<Vec<_>>();
        assert_eq!(plain(&w.summary), vec!["The sea goes out."]);
        assert_eq!(plain(&w.notes), vec!["For Sam."]);
        assert_eq!(plain(&w.end_notes), vec!["Thanks!"]);
        assert_eq!(w.parts.len(), 2);
        assert_eq!(w.parts[0].title.as_deref(), Some("One"));
        assert_eq!(w.parts[0].body.len(), 3);
        assert_eq!(w.parts[0].body[0].plain(), "Out.");
        assert_eq!(w.parts[0].body[2].plain(), "Further out.");
        assert_eq!(w.parts[0].body[1], Block::SceneBreak);
        assert_eq!(plain(&w.parts[1].body), vec!["In again."]);
    }

    /// A page without FicHub's link, or without its chapters, is another page.
    #[test]
    fn only_fichubs_page_is_read_so() {
        let doc =
            Html::parse_document(r#"<html><body><div id="chap_1"><p>a</p></div></body></html>"#);
        assert!(!is_fichub(&doc));
        let doc = Html::parse_document(
            r#"<html><body><p><a href="https://fichub.net/">FicHub</a></p><p>a</p></body></html>"#,
        );
        assert!(!is_fichub(&doc));
    }
}
