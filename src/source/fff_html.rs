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
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

/// How deep notes may sit inside a chapter's wrappers (FanFicFare's are two levels down);
/// deeper, hostile nesting is read as text instead of walked.
const MAX_DEPTH: usize = 64;

/// Whether an HTML page is FanFicFare's: its contents anchor, or its chapter anchors after
/// a title table.
pub(crate) fn is_fff_html(doc: &Html) -> bool {
    doc.root_element().descendent_elements().any(|e| {
        (e.value().name() == "a" && e.attr("name") == Some("TOCTOP"))
            || e.value().classes().any(|c| c.starts_with("fff_"))
    })
}

/// Reads FanFicFare's HTML output.
pub(crate) fn read_html(doc: &Html, lang: &str) -> Work {
    let mut r = Read::new(lang);
    let body = html::body_of(doc);
    let mut in_toc = false;
    for e in body.child_elements() {
        let name = e.value().name();
        let anchor = e.attr("name").unwrap_or("");
        if name == "h1" && r.work.title.is_none() {
            r.title_line(e);
        } else if name == "table" && r.work.parts.is_empty() {
            r.title_table(e);
        } else if anchor == "TOCTOP" {
            in_toc = true;
        } else if anchor.starts_with("section") || (name == "h2" && !in_toc) {
            in_toc = false;
            r.start_chapter(text_of(e));
        } else if in_toc || name == "img" {
            // The contents list (links to the chapters) and the cover: not text.
        } else if !r.work.parts.is_empty() {
            r.content(e);
        }
    }
    r.finish("FanFicFare HTML")
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
}

impl<'l> Read<'l> {
    fn new(lang: &'l str) -> Self {
        Read {
            lang,
            work: Work::default(),
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
            self.notes(e, has_class(e, "fff_foot_notes"));
        } else if depth < MAX_DEPTH
            && e.descendent_elements()
                .any(|d| has_class(d, "fff_chapter_notes"))
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
            let first = self.work.parts.len() == 1;
            let w = &mut self.work;
            match (label.as_str(), foot) {
                ("Author's Note:", false) if first => w.notes.extend(blocks),
                ("Author's Note:", true) => w.end_notes.extend(blocks),
                ("Summary for the Chapter:", _) => w.current().summary.extend(blocks),
                (_, false) => w.current().notes.extend(blocks),
                (_, true) => w.current().end_notes.extend(blocks),
            }
        }
    }

    fn finish(mut self, what: &str) -> Work {
        self.work.decisions.push(format!(
            "{what} layout: title page with {} field(s), summary {} paragraph(s), {} chapter(s)",
            self.work.tags.len(),
            self.work.summary.len(),
            self.work.parts.len()
        ));
        self.work
    }
}
