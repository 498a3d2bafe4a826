//! The Archive of Our Own's downloads: AO3 HTML (and the EPUB calibre makes of it) →
//! [`Work`].
//!
//! Input: the parsed document, or an EPUB's content documents in spine order. Output: the
//! work's title, byline, tags, summary, notes, chapters and end notes. AO3's download page
//! is `div#preface` (a boilerplate line, the tags list, the title, the byline, "Summary"
//! and "Notes" each followed by a block quote), `div#chapters` (per chapter a heading, the
//! chapter's summary and notes, the text in `div.userstuff`, its end notes) and
//! `div#afterword` ("End Notes", then a request to comment). calibre splits that page into
//! files at each chapter heading, may drop the ids of the copies and renumbers classes
//! (`userstuff1`), so the walk below is a state machine over the documents in order,
//! switching section on ids where they survive and on the headings and labels otherwise.
//! The archive's own sentences (where it was posted, please comment, see the end notes)
//! are not the author's words and are dropped.

use super::html::{self, has_class, text_of};
use super::work::Work;
use scraper::{ElementRef, Html};

/// Where in the download the walk is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Preface,
    Chapters,
    Afterword,
}

/// Which slot a block quote that follows a label fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Summary,
    Notes,
    ChapterSummary,
    ChapterNotes,
    ChapterEndNotes,
    EndNotes,
}

/// The label paragraphs AO3 writes before each block quote (its English interface; the
/// download is always rendered in it).
const LABELS: &[(&str, Slot)] = &[
    ("Summary", Slot::Summary),
    ("Notes", Slot::Notes),
    ("Chapter Summary", Slot::ChapterSummary),
    ("Chapter Notes", Slot::ChapterNotes),
    ("Chapter End Notes", Slot::ChapterEndNotes),
    ("End Notes", Slot::EndNotes),
];

/// How deep the download's structure may nest (AO3's is four levels).
const MAX_DEPTH: usize = 64;

/// Sentences the archive adds, recognised by how they start.
const BOILERPLATE: &[&str] = &[
    "Posted originally on the",
    "Please drop by the",
    "See the end of the work for",
    "See the end of the chapter for",
    "Works inspired by this one",
];

/// Whether `text` (a paragraph's) is one of the archive's own sentences.
/// The archive writes "(See the end of the chapter for  more notes.)" in brackets and
/// with the white space its template leaves around the link, so both are let go first.
fn is_boilerplate(text: &str) -> bool {
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let bare = words.trim_start_matches('(');
    BOILERPLATE.iter().any(|b| bare.starts_with(b))
        || words.contains("Posted originally on the Archive of Our Own")
}

/// The slot a label paragraph opens.
fn label(text: &str) -> Option<Slot> {
    LABELS.iter().find(|(l, _)| *l == text).map(|&(_, s)| s)
}

/// Whether `e` wraps the download's structure (chapter headings, labels, the chapter text
/// division, note quotes) rather than being story text itself. The `#chapters` wrapper
/// carries the text's class too, so the class alone does not decide.
fn is_structure(e: ElementRef<'_>) -> bool {
    if e.value().id() == Some("chapters") || e.value().name() == "h2" {
        return true;
    }
    // `descendent_elements` starts with `e` itself.
    e.descendent_elements().skip(1).any(|d| {
        let n = d.value().name();
        (has_class(d, "userstuff") && matches!(n, "div" | "blockquote"))
            || (n == "h2" && (has_class(d, "heading") || has_class(d, "toc-heading")))
            || (n == "p" && label(&text_of(d)).is_some())
            || has_class(d, "endnote-link")
    })
}

/// Whether these documents are an AO3 download, or the same download from another
/// archive running AO3's software (otwarchive: SquidgeWorld, Alternate Universe…), whose
/// message names that archive: "Posted originally on the SquidgeWorld Archive at URL."
pub(crate) fn is_ao3(docs: &[&Html]) -> bool {
    docs.iter().any(|d| {
        let root = d.root_element();
        root.descendent_elements().any(|e| {
            let id = e.value().id();
            let message = has_class(e, "message");
            let text = || text_of(e);
            ((id == Some("preface") || id == Some("chapters") || message)
                && text().contains("Archive of Our Own"))
                || (message && text().contains("Posted originally on the"))
        })
    })
}

/// Reads an AO3 download.
pub(crate) fn read(docs: &[&Html], lang: &str) -> Work {
    let mut w = Walk {
        lang,
        work: Work::default(),
        section: Section::Preface,
        slot: None,
        dropped: Vec::new(),
        archive: None,
    };
    for d in docs {
        let body = html::body_of(d);
        for c in body.child_elements() {
            w.element(c, 0);
        }
    }
    let mut work = w.work;
    if let Some(name) = w.archive {
        work.tags.push(("Publisher".into(), vec![name]));
    }
    if !w.dropped.is_empty() {
        w.dropped.dedup();
        work.decisions.push(format!(
            "archive text left out: {}",
            w.dropped
                .iter()
                .map(|d| format!("\"{d}…\""))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    work.decisions.push(format!(
        "AO3 layout: summary {} / notes {} / end notes {} paragraph(s), {} chapter(s)",
        work.summary.len(),
        work.notes.len(),
        work.end_notes.len(),
        work.parts.len()
    ));
    work
}

struct Walk<'l> {
    lang: &'l str,
    work: Work,
    section: Section,
    slot: Option<Slot>,
    dropped: Vec<String>,
    /// The archive the download names, when it is not AO3.
    archive: Option<String>,
}

impl Walk<'_> {
    fn element(&mut self, e: ElementRef<'_>, depth: usize) {
        let name = e.value().name();
        match e.value().id() {
            Some("preface") => self.section = Section::Preface,
            Some("chapters") => self.section = Section::Chapters,
            Some("afterword") => self.section = Section::Afterword,
            _ => {}
        }
        if matches!(name, "script" | "style" | "head" | "template") {
            return;
        }
        let message = has_class(e, "message");
        if name == "p" || message || has_class(e, "endnote-link") {
            let text = text_of(e);
            // The message opens with the work's title in bold, then the archive's line.
            let posted = message && text.contains("Posted originally on the");
            if has_class(e, "endnote-link") || posted || is_boilerplate(&text) {
                if message && self.section == Section::Preface {
                    self.take_message(e);
                }
                self.dropped.push(text.chars().take(30).collect());
                return;
            }
            if let Some(slot) = label(&text) {
                self.slot = Some(slot);
                if slot == Slot::EndNotes {
                    self.section = Section::Afterword;
                }
                return;
            }
        }
        match name {
            "h1" if self.section == Section::Preface => {
                let t = text_of(e);
                self.work.title.get_or_insert(t);
                return;
            }
            "h2" => {
                self.heading(e, text_of(e));
                return;
            }
            "blockquote" if self.slot.is_some() => {
                self.quote(e);
                return;
            }
            "dl" if self.section == Section::Preface => {
                self.tags(e);
                return;
            }
            "ul" if self.section == Section::Preface && has_class(e, "associations") => {
                // "Inspired by WORK by AUTHOR.", "A translation of …", "For NAME.": the
                // work's credit to other writers, which the author's notes stand under.
                for li in e.child_elements().filter(|c| c.value().name() == "li") {
                    // The line's text as it reads: its links' words run on into the rest.
                    let text = li.text().collect::<String>();
                    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    let mut inl = vec![crate::model::Inline::Text(text)];
                    crate::typography::apply(&mut inl, self.lang);
                    self.work.notes.push(crate::model::Block::Paragraph(inl));
                }
                self.work
                    .decisions
                    .push("the work's associations (\"Inspired by …\") open its notes".into());
                return;
            }
            "dl" | "ul" if self.section != Section::Chapters => {
                // Related works listed after the text ("Works inspired by this one"):
                // archive links, not text.
                self.dropped.push(text_of(e).chars().take(30).collect());
                return;
            }
            _ => {}
        }
        if has_class(e, "byline") {
            let text = text_of(e);
            if self.section == Section::Preface {
                self.byline(e, &text);
            } else {
                // "Chapter by …": the archive's credit line for a co-written chapter.
                self.dropped.push(text.chars().take(30).collect());
            }
            return;
        }
        // Past the nesting any real download has, hostile markup is read as text, never
        // walked deeper (the walk is recursive).
        if self.section == Section::Chapters && (depth > MAX_DEPTH || !is_structure(e)) {
            let mut conv = html::Converter::new(self.lang);
            conv.add(e);
            self.work.images += conv.images;
            let blocks = conv.take();
            self.work.current().body.extend(blocks);
            self.slot = None;
            return;
        }
        if depth > MAX_DEPTH {
            return;
        }
        for c in e.child_elements() {
            self.element(c, depth + 1);
        }
    }

    fn heading(&mut self, e: ElementRef<'_>, text: String) {
        self.slot = None;
        match text.as_str() {
            "Preface" => self.section = Section::Preface,
            "Afterword" => self.section = Section::Afterword,
            _ => {
                if self.section == Section::Preface
                    && !has_class(e, "heading")
                    && !has_class(e, "toc-heading")
                {
                    return;
                }
                // The preface's own heading: AO3 writes "Preface" there, other template
                // versions the work's title. It stands before the tags list, which every
                // download has; a one-shot's title heading opens its text after it.
                if self.section == Section::Preface && self.work.tags.is_empty() {
                    self.work.title.get_or_insert(text);
                    return;
                }
                self.section = Section::Chapters;
                let part = self.work.current();
                if part.title.is_some() || !part.body.is_empty() {
                    self.work.parts.push(Default::default());
                }
                self.work.current().title = Some(text);
            }
        }
    }

    fn quote(&mut self, e: ElementRef<'_>) {
        let (blocks, images) = html::blocks_of(e, self.lang);
        self.work.images += images;
        let slot = self.slot.unwrap_or(Slot::Notes);
        let w = &mut self.work;
        match slot {
            Slot::Summary => w.summary.extend(blocks),
            Slot::Notes => w.notes.extend(blocks),
            Slot::EndNotes => w.end_notes.extend(blocks),
            Slot::ChapterSummary => w.current().summary.extend(blocks),
            Slot::ChapterNotes => w.current().notes.extend(blocks),
            Slot::ChapterEndNotes => w.current().end_notes.extend(blocks),
        }
    }

    /// "Posted originally on the Archive of Our Own at URL": the bold title above it and
    /// the work's address are kept as metadata.
    fn take_message(&mut self, e: ElementRef<'_>) {
        if let Some(b) = e.descendent_elements().find(|d| d.value().name() == "b") {
            let t = text_of(b);
            if !t.is_empty() && self.work.title.is_none() {
                self.work.title = Some(t);
            }
        }
        if let Some(a) = html::links(e)
            .filter_map(|d| d.attr("href"))
            .find(|h| h.contains("/works/"))
        {
            self.work.url = Some(a.to_string());
        }
        // The archive's name is its link's text; another archive than AO3 is named as
        // the publisher (AO3 is the reader's default).
        if let Some(name) = html::link_texts(e).into_iter().next()
            && name != "Archive of Our Own"
            && !name.contains("://")
        {
            self.archive = Some(name);
        }
    }

    fn byline(&mut self, e: ElementRef<'_>, text: &str) {
        let names = html::link_texts(e);
        self.work.authors = if names.is_empty() {
            let t = text.strip_prefix("by ").unwrap_or(text);
            t.split(", ").map(str::to_string).collect()
        } else {
            names
        };
    }

    /// The tags list: `dt` labels ("Archive Warnings:") with `dd` values, each tag a link.
    fn tags(&mut self, dl: ElementRef<'_>) {
        let mut label: Option<String> = None;
        for c in dl.child_elements() {
            match c.value().name() {
                "dt" => label = Some(text_of(c).trim_end_matches(':').trim().to_string()),
                "dd" => {
                    let Some(l) = label.take() else { continue };
                    let links = html::link_texts(c);
                    let values = if !links.is_empty() && l != "Series" {
                        links
                    } else if l == "Stats" {
                        stats(&text_of(c))
                    } else {
                        vec![text_of(c)]
                    };
                    self.work.tags.push((l, values));
                }
                _ => {}
            }
        }
    }
}

/// "Published: 2021-03-04 Completed: 2021-05-06 Words: 12,345 Chapters: 3/3" → one
/// "Label: value" string per statistic.
fn stats(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tok in text.split_whitespace() {
        if tok.ends_with(':') || out.is_empty() {
            out.push(tok.to_string());
        } else if let Some(last) = out.last_mut() {
            last.push(' ');
            last.push_str(tok);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A download whose preface heading holds the work's title (no "Preface", no bold
    /// title in the message): the title and byline still come from the preface, the tags
    /// stay metadata and the heading opens no chapter.
    #[test]
    fn preface_heading_with_the_title_opens_no_chapter() {
        let page = Html::parse_document(
            r#"<html><body><div id="preface">
<h2 class="toc-heading">Low Tide</h2>
<p class="message"><b>Posted originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a> at <a href="https://archiveofourown.org/works/1">https://archiveofourown.org/works/1</a>.</b></p>
<div class="meta"><dl class="tags"><dt>Rating:</dt><dd><a href="/t">General Audiences</a></dd>
<dt>Language:</dt><dd>English</dd><dt>Stats:</dt><dd>Published: 2020-01-01 Words: 12</dd></dl>
<h1>Low Tide</h1><div class="byline">by <a rel="author" href="/u">gull_person</a></div>
<p>Summary</p><blockquote class="userstuff"><p>The sea goes out.</p></blockquote>
<p>Notes</p><blockquote class="userstuff"><p>For my aunt.</p></blockquote></div></div>
<div id="chapters" class="userstuff"><div class="userstuff"><p>The sea went out at noon.</p></div></div>
</body></html>"#,
        );
        let w = read(&[&page], "en");
        assert_eq!(w.title.as_deref(), Some("Low Tide"));
        assert_eq!(w.authors, vec!["gull_person"]);
        assert_eq!(w.summary[0].plain(), "The sea goes out.");
        assert_eq!(w.notes[0].plain(), "For my aunt.");
        assert_eq!(w.parts.len(), 1);
        assert_eq!(w.parts[0].title, None);
        let body: Vec<String> = w.parts[0].body.iter().map(|b| b.plain()).collect();
        assert_eq!(body, vec!["The sea went out at noon."]);
        assert_eq!(w.tag(&["Rating"]), vec!["General Audiences"]);
    }

    /// The download as AO3 wrote it before 2019: no `#preface`, unclassed chapter
    /// headings, quotes and text divisions, the end notes in a `div.meta`; the pointer
    /// to a chapter's end notes, bracketed and with its template's spaces, is dropped.
    #[test]
    fn older_download_without_preface_division() {
        let page = Html::parse_document(
            r##"<html><body><p class="message">Posted originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a> at <a href="https://archiveofourown.org/works/2">https://archiveofourown.org/works/2</a>.</p>
<div class="meta"><dl class="tags"><dt>Fandom:</dt><dd><a href="/f">Lighthouses</a></dd><dt>Stats:</dt><dd>Published: 2014-05-01 Chapters: 2/2 Words: 20</dd></dl>
<h1>Two Lamps</h1><div class="byline">by <a href="/u">keeper</a></div>
<p>Summary</p><blockquote><p>Two nights.</p></blockquote>
<p>Notes</p><blockquote><p>Hello.</p></blockquote></div>
<div id="chapters">
<div class="meta"><h2>Chapter 1</h2></div>
<div><p>The first lamp lit.</p></div>
<div class="meta"><h2>Chapter 2</h2><p>Chapter Notes</p><blockquote><p>Short one.</p></blockquote>
<p>(See the end of the chapter for  <a href="#chapter_2_endnotes">more notes</a>.)</p></div>
<div><p>The second lamp lit.</p></div>
</div>
<div class="meta"><div id="endnotes"><p>End Notes</p><blockquote><p>Thanks!</p></blockquote></div></div>
<p class="message">Please <a href="/c">drop by the archive and comment</a> to let the author know if you enjoyed their work!</p>
</body></html>"##,
        );
        let w = read(&[&page], "en");
        assert_eq!(w.title.as_deref(), Some("Two Lamps"));
        assert_eq!(w.authors, vec!["keeper"]);
        assert_eq!(w.summary[0].plain(), "Two nights.");
        assert_eq!(w.notes[0].plain(), "Hello.");
        assert_eq!(w.end_notes.len(), 1);
        assert_eq!(w.end_notes[0].plain(), "Thanks!");
        let text: Vec<String> = w
            .parts
            .iter()
            .flat_map(|p| {
                p.title
                    .iter()
                    .cloned()
                    .chain(p.body.iter().map(|b| b.plain()))
            })
            .collect();
        assert_eq!(
            text,
            vec![
                "Chapter 1",
                "The first lamp lit.",
                "Chapter 2",
                "The second lamp lit."
            ]
        );
        assert_eq!(w.parts.last().unwrap().notes[0].plain(), "Short one.");
    }

    /// Another archive running AO3's software writes the same download under its own
    /// name: it is read as AO3's, its message and request to comment left out.
    #[test]
    fn another_otwarchive_download_is_read_as_ao3s() {
        let page = Html::parse_document(
            r#"<html><body><div id="preface"><p class="message"><b>Tide Line</b><br/>
Posted originally on the <a href="https://example.org/">Harbour Archive</a> at <a href="https://example.org/works/9">https://example.org/works/9</a>.</p>
<div class="meta"><dl class="tags"><dt>Language:</dt><dd>Português</dd></dl>
<h1>Tide Line</h1><div class="byline">by <a rel="author" href="/u">gaivota</a></div></div></div>
<div id="chapters" class="userstuff"><div class="userstuff"><p>A maré subiu.</p></div></div>
<div id="afterword"><p class="message">Please drop by the Harbour Archive and comment!</p></div>
</body></html>"#,
        );
        assert!(is_ao3(&[&page]));
        let w = read(&[&page], "en");
        assert_eq!(w.title.as_deref(), Some("Tide Line"));
        assert_eq!(w.authors, vec!["gaivota"]);
        assert_eq!(w.url.as_deref(), Some("https://example.org/works/9"));
        assert_eq!(w.tag(&["Publisher"]), vec!["Harbour Archive"]);
        let body: Vec<String> = w.parts[0].body.iter().map(|b| b.plain()).collect();
        assert_eq!(body, vec!["A maré subiu."]);
        let plain =
            Html::parse_document("<html><body><p>Posted originally on the pier.</p></body></html>");
        assert!(!is_ao3(&[&plain]));
    }

    #[test]
    fn stats_split_by_label() {
        assert_eq!(
            stats("Published: 2021-03-04 Words: 1,024 Chapters: 1/1"),
            vec!["Published: 2021-03-04", "Words: 1,024", "Chapters: 1/1"]
        );
    }
}
