//! FanFicFare's output: its HTML file and its EPUB → [`Work`].
//!
//! Input: the parsed HTML page, or an EPUB's content documents. Output: the work's title,
//! author, metadata table, summary, chapters and notes. FanFicFare writes a title line
//! ("Title by Author", linked), a title page of `Label: value` entries (a table in HTML,
//! bold labels and line breaks or a table in EPUB), a contents page, then each chapter
//! under its heading (`<a name="section0001"><h2>` in HTML, `h3.fff_chapter_title` in a
//! `fileNNNN.xhtml` of the EPUB). For AO3 stories it puts notes in
//! `div.fff_chapter_notes` with bold labels ("Author's Note:", "Summary for the Chapter:",
//! "Notes for the Chapter:") before and after the text.

use super::epub::Package;
use super::html::{self, has_class, text_of};
use super::work::Work;
use crate::model::Block;
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

/// How deep notes may sit inside a chapter's wrappers (FanFicFare's are two levels down);
/// deeper, hostile nesting is read as text instead of walked.
const MAX_DEPTH: usize = 64;

/// Whether an HTML page is FanFicFare's: its contents anchor, or its chapter anchors after
/// a title table.
pub(crate) fn is_fff_html(doc: &Html) -> bool {
    let els = || doc.root_element().descendent_elements();
    let marked = els().any(|e| {
        (e.value().name() == "a" && e.attr("name") == Some("TOCTOP"))
            || e.value().classes().any(|c| c.starts_with("fff_"))
    });
    // A page written without the contents' anchor: its chapters' anchors
    // (`section0001`) and the title page's labels only FanFicFare writes.
    let section = |e: ElementRef<'_>| {
        e.value().name() == "a"
            && e.attr("name").is_some_and(|n| {
                n.strip_prefix("section")
                    .is_some_and(|d| d.len() == 4 && d.chars().all(|c| c.is_ascii_digit()))
            })
    };
    let label = |e: ElementRef<'_>| {
        e.value().name() == "b" && matches!(text_of(e).as_str(), "Packaged:" | "Packaged by:")
    };
    marked || (els().any(section) && els().any(label))
}

/// Reads FanFicFare's HTML output.
///
/// FanFicFare lets its user replace each piece of the page (`file_start`, `chapter_start`
/// …), and the EPUB's pieces are often copied in: the title line may be an `h3`, the title
/// page a `div` of bold labels, the contents an `h3` over its links, and a chapter's
/// anchor may close before its heading (`<a name="section0001"></a><h2 …>`). Those are
/// read as the default pieces are.
pub(crate) fn read_html(doc: &Html, lang: &str) -> Work {
    let mut r = Read::new(lang);
    let body = html::body_of(doc);
    let mut in_toc = false;
    // An empty chapter anchor was met: the heading after it names the chapter.
    let mut anchored = false;
    for e in body.child_elements() {
        let name = e.value().name();
        let anchor = e.attr("name").unwrap_or("");
        let before = r.work.parts.is_empty();
        if anchor.starts_with("section") {
            in_toc = false;
            let title = text_of(e);
            anchored = title.is_empty();
            if !anchored {
                r.start_chapter(title);
            }
            continue;
        }
        if std::mem::take(&mut anchored) {
            if is_heading(e) {
                r.start_chapter(text_of(e));
                continue;
            }
            r.start_chapter(String::new());
        }
        if r.work.title.is_none() && (name == "h1" || (before && is_title_line(e))) {
            r.title_line(e);
        } else if before && name == "table" {
            r.title_table(e);
        } else if before && name == "div" && has_labels(e) {
            r.title_div(e);
        } else if anchor == "TOCTOP" || (before && leads_contents(e)) {
            in_toc = true;
        } else if name == "h2" && !in_toc {
            r.start_chapter(text_of(e));
        } else if in_toc || name == "img" {
            // The contents list (links to the chapters) and the cover: not text.
        } else if !r.work.parts.is_empty() {
            r.content(e);
        }
    }
    r.finish("FanFicFare HTML")
}

/// A heading element, or FanFicFare's chapter title class on another element.
fn is_heading(e: ElementRef<'_>) -> bool {
    matches!(e.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        || has_class(e, "fff_chapter_title")
}

/// A title line in a smaller heading than the default page's `h1`: in its shape, the
/// work's link followed by " by " and its authors.
fn is_title_line(e: ElementRef<'_>) -> bool {
    matches!(e.value().name(), "h2" | "h3")
        && html::links(e).next().is_some()
        && text_of(e).contains(" by ")
}

/// Whether `e` holds title-page entries: bold `Label:` children.
fn has_labels(e: ElementRef<'_>) -> bool {
    e.child_elements()
        .any(|c| c.value().name() == "b" && text_of(c).ends_with(':'))
}

/// A heading over the contents list: the element after it links only to the chapters'
/// anchors.
fn leads_contents(e: ElementRef<'_>) -> bool {
    if !is_heading(e) {
        return false;
    }
    let Some(next) = e.next_siblings().find_map(ElementRef::wrap) else {
        return false;
    };
    let hrefs: Vec<&str> = html::links(next).filter_map(|a| a.attr("href")).collect();
    !hrefs.is_empty() && hrefs.iter().all(|h| h.starts_with("#section"))
}

/// Reads FanFicFare's EPUB: the title page, then one file per chapter.
pub(crate) fn read_epub(pkg: &Package, lang: &str) -> Work {
    let mut r = Read::new(lang);
    for (href, doc) in &pkg.docs {
        let body = html::body_of(doc);
        let page = body
            .value()
            .classes()
            .find(|c| c.starts_with("fff_"))
            .unwrap_or("");
        let file = href.rsplit('/').next().unwrap_or(href);
        if page == "fff_titlepage" || file.starts_with("title_page") {
            for e in body.child_elements() {
                match e.value().name() {
                    "h3" | "h1" => r.title_line(e),
                    "table" => r.title_table(e),
                    "div" => r.title_div(e),
                    _ => {}
                }
            }
        } else if page == "fff_chapter" || (page.is_empty() && file.starts_with("file")) {
            let mut titled = false;
            for e in body.child_elements() {
                if !titled && (has_class(e, "fff_chapter_title") || e.value().name() == "h3") {
                    r.start_chapter(text_of(e));
                    titled = true;
                } else {
                    if !titled {
                        r.start_chapter(String::new());
                        titled = true;
                    }
                    r.content(e);
                }
            }
        }
        // The contents page, the update log and the cover are not the story.
    }
    r.finish("FanFicFare EPUB")
}

struct Read<'l> {
    lang: &'l str,
    work: Work,
    /// The work's own notes met at the foot of the current chapter: the work's end notes
    /// if this is the last chapter, else that chapter's end notes.
    foot: Vec<Block>,
}

/// Whether a notes label names a chapter's own notes ("Notes for the Chapter:", "Summary
/// for the Chapter:", "Chapter End Notes:") rather than the work's ("Author's Note:",
/// "Notes:", "End Notes:").
fn is_chapter_label(label: &str) -> bool {
    label.contains("Chapter")
}

/// Royal Road's author's note box as FanFicFare keeps it: a "A note from NAME" caption
/// over the note.
fn is_note_box(e: ElementRef<'_>) -> bool {
    has_class(e, "author-note-portlet")
}

impl<'l> Read<'l> {
    fn new(lang: &'l str) -> Self {
        Read {
            lang,
            work: Work::default(),
            foot: Vec::new(),
        }
    }

    /// "Title by Author": the first link is the title, the later ones its authors.
    fn title_line(&mut self, e: ElementRef<'_>) {
        let links: Vec<String> = html::links(e).map(text_of).collect();
        let text = text_of(e);
        if links.len() >= 2 {
            self.work.title = Some(links[0].clone());
            self.work.authors = links[1..].to_vec();
        } else if let Some((t, a)) = text.rsplit_once(" by ") {
            self.work.title = Some(t.to_string());
            self.work.authors = vec![a.to_string()];
        } else {
            self.work.title = Some(text);
        }
        if let Some(u) = e.descendent_elements().find_map(|d| d.attr("href")) {
            self.work.url = Some(u.to_string());
        }
    }

    /// The HTML (and optional EPUB) title page: one `Label:` / value row per field.
    fn title_table(&mut self, table: ElementRef<'_>) {
        for tr in table
            .descendent_elements()
            .filter(|d| d.value().name() == "tr")
        {
            let cells: Vec<ElementRef<'_>> = tr
                .child_elements()
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .collect();
            match cells.as_slice() {
                [l, v] => {
                    let label = text_of(*l);
                    self.field(&label, v.children().collect());
                }
                [one] => {
                    // A wide entry: `<b>Label:</b> value` in one cell.
                    self.title_div(*one);
                }
                _ => {}
            }
        }
    }

    /// The EPUB title page's default form: `<b>Label:</b> value<br/>` runs.
    fn title_div(&mut self, div: ElementRef<'_>) {
        let mut label: Option<String> = None;
        let mut value: Vec<NodeRef<'_, Node>> = Vec::new();
        for n in div.children() {
            let el = ElementRef::wrap(n);
            let name = el.map(|e| e.value().name());
            let bold_label = el
                .filter(|e| name == Some("b") && text_of(*e).ends_with(':'))
                .map(text_of);
            if let Some(l) = bold_label {
                if let Some(prev) = label.take() {
                    self.field(&prev, std::mem::take(&mut value));
                }
                label = Some(l);
                value.clear();
            } else if name == Some("br") && !matches!(label.as_deref(), Some("Summary:")) {
                if let Some(prev) = label.take() {
                    self.field(&prev, std::mem::take(&mut value));
                }
            } else if label.is_some() {
                value.push(n);
            }
        }
        if let Some(prev) = label {
            self.field(&prev, value);
        }
    }

    fn field(&mut self, label: &str, value: Vec<NodeRef<'_, Node>>) {
        let label = label.trim().trim_end_matches(':').trim().to_string();
        if label == "Summary" {
            let mut conv = html::Converter::new(self.lang);
            for n in &value {
                conv.add_node(*n);
            }
            self.work.images += conv.images;
            self.work.summary = conv.take();
            return;
        }
        let mut text = String::new();
        for n in &value {
            for d in n.descendants() {
                if let Node::Text(t) = d.value() {
                    text.push_str(&t.text);
                }
            }
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() || matches!(label.as_str(), "Title" | "Author") {
            return;
        }
        if label == "Story URL" {
            self.work.url.get_or_insert(text.clone());
        }
        // FanFicFare joins list fields with ", ".
        let values = text.split(", ").map(str::to_string).collect();
        self.work.tags.push((label, values));
    }

    fn start_chapter(&mut self, title: String) {
        let foot = std::mem::take(&mut self.foot);
        if let Some(p) = self.work.parts.last_mut() {
            p.end_notes.extend(foot);
        }
        self.work.parts.push(Default::default());
        if !title.is_empty() {
            self.work.current().title = Some(title);
        }
    }

    /// A chapter's content: notes blocks by their labels, the rest is text.
    fn content(&mut self, e: ElementRef<'_>) {
        self.content_at(e, 0);
    }

    fn content_at(&mut self, e: ElementRef<'_>, depth: usize) {
        if has_class(e, "fff_chapter_notes") {
            // FanFicFare's notes blocks were classed head or foot only from 2024 on;
            // an unclassed one after the chapter's text is at its foot.
            let foot = has_class(e, "fff_foot_notes")
                || (!has_class(e, "fff_head_notes") && !self.work.current().body.is_empty());
            self.notes(e, foot);
        } else if is_note_box(e) {
            self.note_box(e);
        } else if depth < MAX_DEPTH
            && e.descendent_elements()
                .any(|d| has_class(d, "fff_chapter_notes") || is_note_box(d))
        {
            for c in e.child_elements() {
                self.content_at(c, depth + 1);
            }
        } else {
            let mut conv = html::Converter::new(self.lang);
            conv.add(e);
            self.work.images += conv.images;
            let blocks = conv.take();
            self.work.current().body.extend(blocks);
        }
    }

    /// `div.fff_chapter_notes`: a bold label, then the note (a block quote).
    fn notes(&mut self, e: ElementRef<'_>, foot: bool) {
        let mut label = String::new();
        for c in e.child_elements() {
            if c.value().name() == "b" {
                label = text_of(c);
                continue;
            }
            let (blocks, images) = html::blocks_of(c, self.lang);
            self.work.images += images;
            if is_chapter_label(&label) && label.contains("Summary") {
                self.work.current().summary.extend(blocks);
            } else {
                self.place_note(blocks, foot, !is_chapter_label(&label));
            }
        }
    }

    /// A Royal Road note box: the caption ("A note from …") is the site's, the note in
    /// its body the author's; before the chapter's text it heads it, after it it follows.
    fn note_box(&mut self, e: ElementRef<'_>) {
        let body = e
            .descendent_elements()
            .find(|d| has_class(*d, "portlet-body") || has_class(*d, "author-note"));
        let (blocks, images) = match body {
            Some(b) => html::blocks_of(b, self.lang),
            // No body to tell the caption from the note: all of it is kept.
            None => html::blocks_of(e, self.lang),
        };
        self.work.images += images;
        let foot = !self.work.current().body.is_empty();
        self.place_note(blocks, foot, true);
    }

    /// Files a note: the work's own notes (`work`) heading the first chapter are the
    /// work's notes, at a chapter's foot they wait to learn whether it is the last;
    /// chapter notes stay with their chapter.
    fn place_note(&mut self, blocks: Vec<Block>, foot: bool, work: bool) {
        let first = self.work.parts.len() == 1 && self.work.current().body.is_empty();
        match (foot, work) {
            (false, true) if first => self.work.notes.extend(blocks),
            (false, _) => self.work.current().notes.extend(blocks),
            (true, true) => self.foot.extend(blocks),
            (true, false) => self.work.current().end_notes.extend(blocks),
        }
    }

    fn finish(mut self, what: &str) -> Work {
        let foot = std::mem::take(&mut self.foot);
        self.work.end_notes.extend(foot);
        self.work.decisions.push(format!(
            "{what} layout: title page with {} field(s), summary {} paragraph(s), {} chapter(s)",
            self.work.tags.len(),
            self.work.summary.len(),
            self.work.parts.len()
        ));
        self.work
    }
}

#[cfg(test)]
mod tests;
