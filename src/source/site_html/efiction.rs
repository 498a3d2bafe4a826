//! eFiction archive pages saved from the browser (the software many fandom archives
//! run): a story's printer-friendly page or a chapter's page → the story's text, title,
//! author, fields and notes, without the archive's name, info block, chapter index,
//! "Back to top" links and disclaimer.
//!
//! Input: a parsed HTML page. eFiction 3's templates set the story's title and author in
//! `div#pagetitle` ("{title} by {author}", the author a link to `viewuser.php`); the
//! printable page (`viewstory.php?action=printable`, `printstory.tpl`) follows it with
//! the info block (`div.content` of `span.label` fields: Summary, Rated, Categories,
//! Characters, …), then per chapter a `div.chaptertitle` ("{title} by {author}"), an
//! "Author's Notes:" box (`div.notes`, its words in `div.noteinfo`), the text in
//! `div.chapter` and an "End Notes:" box; a chapter page (`viewstory.tpl`) sets its text
//! in `div#story` between the same note boxes. Output: a [`Work`] of the chapters (a
//! part each when there are several), notes by their place (before the first chapter's
//! title: the story's; before a chapter's text: its opening note; after it: its closing
//! note), the summary and fields as metadata. Pure: no I/O.

use super::{by_id, page_url};
use crate::model::Block;
use crate::source::html::{self, has_class, text_of};
use crate::source::work::{Part, Work};
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};

/// The page's title box and the elements holding chapter text, if the page is an
/// eFiction story page: `#pagetitle` naming an author by a `viewuser.php` link, and a
/// printable page's `div.chapter` or a chapter page's `div#story` with words in it.
pub(crate) fn story(doc: &Html) -> Option<(ElementRef<'_>, Vec<ElementRef<'_>>)> {
    let head = by_id(doc, "pagetitle")?;
    author_links(head).next()?;
    let texts: Vec<ElementRef<'_>> = doc
        .root_element()
        .descendent_elements()
        .filter(|e| {
            e.value().name() == "div"
                && (e.value().classes().any(|c| c == "chapter") || e.value().id() == Some("story"))
        })
        .filter(|e| e.text().any(|t| !t.trim().is_empty()))
        .collect();
    (!texts.is_empty()).then_some((head, texts))
}

/// The author links of a title box: eFiction's `author_link` points at `viewuser.php`.
fn author_links<'a>(head: ElementRef<'a>) -> impl Iterator<Item = ElementRef<'a>> {
    html::links(head).filter(|a| {
        a.value()
            .attr("href")
            .is_some_and(|h| h.to_ascii_lowercase().contains("viewuser.php"))
    })
}

/// The story's title in the title box: its link to the story when it has one, else the
/// words before the first author link without the joining "by".
fn story_title(head: ElementRef<'_>) -> Option<String> {
    let linked = html::links(head).find(|a| {
        a.value()
            .attr("href")
            .is_some_and(|h| h.to_ascii_lowercase().contains("viewstory.php"))
    });
    let title = match linked {
        Some(a) => text_of(a),
        None => {
            let first = author_links(head).next().map(|a| a.id());
            let mut words = String::new();
            for n in head.descendants() {
                if Some(n.id()) == first {
                    break;
                }
                if let Some(t) = n.value().as_text() {
                    words.push_str(t);
                }
            }
            let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
            words
                .strip_suffix(" by")
                .unwrap_or(&words)
                .trim()
                .to_string()
        }
    };
    (!title.is_empty()).then_some(title)
}

/// A chapter's title without the " by {author}" the template adds to it (the chapter's
/// author linked, or named as one of the story's `authors`).
fn chapter_title(e: ElementRef<'_>, authors: &[String]) -> Option<String> {
    let t = text_of(e);
    let linked = author_links(e).map(text_of).collect::<Vec<_>>();
    let t = match t.rsplit_once(" by ") {
        Some((title, who)) if linked.iter().chain(authors).any(|a| a == who.trim()) => title,
        _ => &t,
    };
    let t = t.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// One labelled field of the info block: its label without the colon and its nodes.
struct Field<'a> {
    label: String,
    nodes: Vec<NodeRef<'a, Node>>,
}

/// The info block's fields: each `span.label` starts one, which runs to the next label
/// or line break.
fn fields(block: ElementRef<'_>) -> Vec<Field<'_>> {
    let mut out: Vec<Field<'_>> = Vec::new();
    let mut open = false;
    let mut walk = block.children().collect::<Vec<_>>();
    walk.reverse();
    while let Some(n) = walk.pop() {
        match ElementRef::wrap(n) {
            Some(e) if has_class(e, "label") => {
                let label = text_of(e).trim_end_matches(':').trim().to_string();
                out.push(Field {
                    label,
                    nodes: Vec::new(),
                });
                open = true;
            }
            Some(e) if e.value().name() == "br" => open = false,
            // A wrapper of fields (a skin's classification spans): its children in turn.
            Some(e)
                if e.value().name() == "span"
                    && e.descendent_elements().any(|d| has_class(d, "label")) =>
            {
                walk.extend(e.children().collect::<Vec<_>>().into_iter().rev());
            }
            _ => {
                if open && let Some(f) = out.last_mut() {
                    f.nodes.push(n);
                }
            }
        }
    }
    out
}

/// The words of a field's nodes, white space collapsed.
fn field_text(nodes: &[NodeRef<'_, Node>]) -> String {
    let mut s = String::new();
    for n in nodes {
        for d in n.descendants() {
            if let Some(t) = d.value().as_text() {
                s.push_str(t);
                s.push(' ');
            }
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The tag group eFiction's label fills, and whether its value is a list.
fn tag_group(label: &str) -> Option<(&'static str, bool)> {
    Some(match label.to_ascii_lowercase().as_str() {
        "rated" | "rating" => ("Rating", false),
        "categories" | "category" => ("Categories", true),
        "characters" => ("Characters", true),
        "genres" | "genre" => ("Genre", true),
        "warnings" => ("Warnings", true),
        "series" => ("Series", false),
        "chapters" => ("Chapters", false),
        "word count" => ("Words", false),
        "published" => ("Published", false),
        "updated" => ("Updated", false),
        _ => return None,
    })
}

/// Reads the info block into `work`: the summary and the fields a chapter's metadata
/// knows ("None" is no value).
fn read_info(work: &mut Work, block: ElementRef<'_>, lang: &str) {
    for f in fields(block) {
        if f.label.eq_ignore_ascii_case("summary") {
            let mut c = html::Converter::new(lang);
            for n in &f.nodes {
                c.add_node(*n);
            }
            work.summary = c.take();
            continue;
        }
        let value = field_text(&f.nodes);
        if value.is_empty() || value.eq_ignore_ascii_case("none") {
            continue;
        }
        if f.label.eq_ignore_ascii_case("completed") {
            if value.eq_ignore_ascii_case("yes") {
                work.tags.push(("Status".into(), vec!["Completed".into()]));
            }
            continue;
        }
        if let Some((group, list)) = tag_group(&f.label) {
            let values = match list {
                true => value.split(',').map(|v| v.trim().to_string()).collect(),
                false => vec![value],
            };
            work.tags.push((group.into(), values));
        }
    }
}

/// The words of a note box: its `noteinfo`, without the box's label.
fn note_blocks(b: ElementRef<'_>, lang: &str) -> Vec<Block> {
    let mut c = html::Converter::new(lang);
    match b.descendent_elements().find(|e| has_class(*e, "noteinfo")) {
        Some(info) => c.add_inner(info),
        None => {
            c.skip(
                b.descendent_elements()
                    .filter(|e| has_class(*e, "title"))
                    .map(|e| e.id()),
            );
            c.add_inner(b);
        }
    }
    c.take()
}

/// The story's address as the printable page's "This story archived at" line links it.
fn archived_at(doc: &Html) -> Option<String> {
    let line = by_id(doc, "archivedat")?;
    html::links(line)
        .filter_map(|a| a.value().attr("href"))
        .find(|h| h.contains("viewstory.php"))
        .map(str::to_string)
}

/// The story's address from a page's own (`viewstory.php?sid=347&action=printable`):
/// `viewstory.php?sid=347`, the address the archive names the story by.
fn story_address(url: &str) -> String {
    let Some((page, query)) = url.split_once('?') else {
        return url.to_string();
    };
    let sid = query
        .split('&')
        .map(|kv| kv.trim_start_matches("amp;"))
        .find(|kv| kv.starts_with("sid="));
    match sid {
        Some(sid) if page.ends_with("viewstory.php") => format!("{page}?{sid}"),
        _ => url.to_string(),
    }
}

/// Reads an eFiction story page whose title box is `head` and chapter texts `texts`.
pub(crate) fn read(doc: &Html, head: ElementRef<'_>, texts: &[ElementRef<'_>], lang: &str) -> Work {
    let mut work = Work {
        title: story_title(head),
        authors: author_links(head)
            .map(text_of)
            .filter(|a| !a.is_empty())
            .collect(),
        url: archived_at(doc).or_else(|| page_url(doc).map(|u| story_address(&u))),
        ..Work::default()
    };
    if let Some(info) = doc.root_element().descendent_elements().find(|e| {
        has_class(*e, "content") && e.descendent_elements().any(|d| has_class(d, "label"))
    }) {
        read_info(&mut work, info, lang);
    }
    // The page in order: chapter titles, note boxes and texts.
    let text_ids: Vec<_> = texts.iter().map(|t| t.id()).collect();
    let mut parts: Vec<Part> = Vec::new();
    let mut pending = Part::default();
    let mut titled = false;
    let mut images = 0;
    for e in doc.root_element().descendent_elements() {
        if has_class(e, "chaptertitle") {
            titled = true;
            pending.title = chapter_title(e, &work.authors);
        } else if e.value().name() == "div" && has_class(e, "notes") {
            let blocks = note_blocks(e, lang);
            match parts.last_mut() {
                // A box after a chapter's text and before the next chapter's title
                // closes that chapter.
                Some(p) if pending.title.is_none() && pending.notes.is_empty() => {
                    p.end_notes.extend(blocks)
                }
                _ if !titled => work.notes.extend(blocks),
                _ => pending.notes.extend(blocks),
            }
        } else if text_ids.contains(&e.id()) {
            let (body, n) = html::blocks_of(e, lang);
            images += n;
            let mut p = std::mem::take(&mut pending);
            p.body = body;
            parts.push(p);
        }
    }
    work.images = images;
    // One chapter's notes are the story's; of several, the first's opening note and
    // the last's closing one are.
    if let Some(first) = parts.first_mut() {
        work.notes.append(&mut first.notes);
    }
    if let Some(last) = parts.last_mut() {
        work.end_notes.append(&mut last.end_notes);
    }
    if parts.len() == 1 {
        parts[0].title = None;
    }
    work.parts = parts;
    work.decisions.push(format!(
        "an eFiction archive's story page: the text of {} chapter(s) is read, the title and \
         author from its title box, the summary and fields from its info block, the notes \
         from its note boxes; the archive's name, chapter index, links and disclaimer are \
         left out",
        work.parts.len()
    ));
    work
}

#[cfg(test)]
mod tests {
    use super::super::plain;
    use super::*;

    /// A printable page as eFiction 3.5's `printstory.tpl` writes it, one chapter, the
    /// text as lines broken twice in one div.
    const PRINTABLE: &str = r#"<html><head><title>Tidewater Archive :: Lamps by wick</title></head><body>
<div id="pagetitle">Lamps by <a href='viewuser.php?uid=7'>wick</a></div>
<div class="infobox"><div class="content"><span class="label">Summary: </span>The lamps go out.<br />
<span class="label">Categories:</span> <a href="browse.php?catid=2">Harbour</a>, <a href="browse.php?catid=3">Gen</a> <span class="label">Characters: </span> None<br />
<span class="label">Rated:</span> G<br />
<span class="label">Chapters: </span> 1 <span class="label">Completed:</span> Yes
<span class="label">Word count:</span> 9 <span class="label">Read:</span> 40
<span class="label"> Published: </span>01/02/2020 <span class="label">Updated:</span> 01/02/2020 </div></div>
<div class='chaptertitle'><a name='1'></a>Dusk by wick</div>
<div class='notes'><div class='title'><span class='label'>Author's Notes:</div><div class='noteinfo'>For my beta.</div></div>
<div class='chapter'>It rained.<br />
<br />
P.S. The keeper wrote back.</div>
<div class='notes'><div class='title'><span class='label'>End Notes:</div><div class='noteinfo'>More soon.</div></div>
<div class='toplink'><a href='#1'>Back to index</a></div>
<div id="copyright">Disclaimer: All characters belong to their owners.</div>
<div id="archivedat">This story archived at <a href="http://tide.example/viewstory.php?sid=3">http://tide.example/viewstory.php?sid=3</a></div>
</body></html>"#;

    #[test]
    fn a_printable_page_is_its_chapter_with_notes_and_fields() {
        let doc = Html::parse_document(PRINTABLE);
        let (head, texts) = story(&doc).expect("an eFiction page");
        let w = read(&doc, head, &texts, "en");
        assert_eq!(w.title.as_deref(), Some("Lamps"));
        assert_eq!(w.authors, vec!["wick"]);
        assert_eq!(
            w.url.as_deref(),
            Some("http://tide.example/viewstory.php?sid=3")
        );
        assert_eq!(plain(&w.summary), vec!["The lamps go out."]);
        assert_eq!(w.tag(&["Categories"]), vec!["Harbour", "Gen"]);
        assert!(w.tag(&["Characters"]).is_empty());
        assert_eq!(w.tag(&["Rating"]), vec!["G"]);
        assert_eq!(w.tag(&["Status"]), vec!["Completed"]);
        assert_eq!(w.tag(&["Words"]), vec!["9"]);
        assert_eq!(w.tag(&["Published"]), vec!["01/02/2020"]);
        assert_eq!(plain(&w.notes), vec!["For my beta."]);
        assert_eq!(plain(&w.end_notes), vec!["More soon."]);
        assert_eq!(w.parts.len(), 1);
        assert_eq!(w.parts[0].title, None);
        // The character's postscript is the story's; the disclaimer is not.
        assert_eq!(
            plain(&w.parts[0].body),
            vec!["It rained.", "P.S. The keeper wrote back."]
        );
    }

    /// A saved page's own address names the story without the printable view.
    #[test]
    fn the_story_address_drops_the_printable_view() {
        assert_eq!(
            story_address("http://tide.example/fic/viewstory.php?sid=347&action=printable"),
            "http://tide.example/fic/viewstory.php?sid=347"
        );
        assert_eq!(
            story_address(
                "http://tide.example/fic/viewstory.php?action=printable&textsize=0&sid=3&chapter=all"
            ),
            "http://tide.example/fic/viewstory.php?sid=3"
        );
        assert_eq!(
            story_address("http://x.example/a?b=1"),
            "http://x.example/a?b=1"
        );
    }

    /// The whole story printed: a chapter each, named without the "by" the template
    /// adds; a note box between two chapters' texts closes the first; the story notes
    /// before the first chapter title are the story's.
    #[test]
    fn a_printed_story_of_several_chapters_is_a_part_each() {
        let html = PRINTABLE.replace(
            "<div class='toplink'>",
            "<div class='chaptertitle'><a name='2'></a>Dawn by <a href='viewuser.php?uid=7'>wick</a></div>
<div class='notes'><div class='title'><span class='label'>Author's Notes:</div><div class='noteinfo'>Second.</div></div>
<div class='chapter'>It cleared.</div><div class='toplink'>",
        ).replace(
            "<div class='chaptertitle'><a name='1'>",
            "<div class='notes'><div class='title'><span class='label'>Story Notes:</span></div><div class='noteinfo'>Whole story.</div></div>
<p><b>1.</b> <a href='#1'>Dusk</a> by wick</p><div class='chaptertitle'><a name='1'>",
        );
        let doc = Html::parse_document(&html);
        let (head, texts) = story(&doc).expect("an eFiction page");
        let w = read(&doc, head, &texts, "en");
        let titles: Vec<_> = w.parts.iter().map(|p| p.title.as_deref()).collect();
        assert_eq!(titles, vec![Some("Dusk"), Some("Dawn")]);
        assert_eq!(plain(&w.notes), vec!["Whole story.", "For my beta."]);
        assert_eq!(plain(&w.parts[0].end_notes), vec!["More soon."]);
        assert_eq!(plain(&w.parts[1].notes), vec!["Second."]);
        assert_eq!(plain(&w.parts[1].body), vec!["It cleared."]);
    }

    /// A chapter page (`viewstory.tpl`): the text in `#story`, the title a link to the
    /// story; a page with a `#pagetitle` but no author link is another site's.
    #[test]
    fn a_chapter_page_and_a_look_alike() {
        let doc = Html::parse_document(
            r#"<html><body><div id="pagetitle"><a href="viewstory.php?sid=3">Lamps</a> by <a href="viewuser.php?uid=7">wick</a></div>
<div class="jumpmenu"><select><option>1. Dusk</option></select></div>
<div id="story"><p>It rained.</p></div><div id="next"><a href="viewstory.php?sid=3&amp;chapter=2">Next</a></div></body></html>"#,
        );
        let (head, texts) = story(&doc).expect("an eFiction page");
        let w = read(&doc, head, &texts, "en");
        assert_eq!(w.title.as_deref(), Some("Lamps"));
        assert_eq!(plain(&w.parts[0].body), vec!["It rained."]);
        let doc = Html::parse_document(
            r#"<html><body><div id="pagetitle">Lamps by me</div><div class="chapter">It rained.</div></body></html>"#,
        );
        assert!(story(&doc).is_none());
    }
}
