//! Archive of Our Own work pages saved from the browser ("Save Page As" on a work, one
//! chapter or the entire work) → the work's text, title, authors, tags and notes.
//!
//! Input: a parsed page. Output: a [`Work`] when the page carries the work page's layout
//! together: the tag list `dl.work.meta.group`, `div#workskin` and `div#chapters` in it.
//! The page is read as otwarchive writes it: the work's preface (`h2.title.heading`,
//! `h3.byline.heading`, `div.summary.module` and `div.notes.module`, each a labelled
//! `blockquote.userstuff`), then either the work's text (`div.userstuff` under its
//! hidden "Work Text:" landmark) or its chapters (`div.chapter`: the chapter's preface
//! with its title, summary and notes, its text under the "Chapter Text" landmark, its end
//! notes), then the work's end notes (`div#work_endnotes`). The site's menus, the
//! actions bar, kudos, comments and footer lie outside these and are never read.

use crate::model::Block;
use crate::source::html::{self, has_class, text_of};
use crate::source::work::{Part, Work};
use scraper::{ElementRef, Html};

/// The first element under `el` (itself included) that `pick` accepts.
fn find<'a>(el: ElementRef<'a>, pick: impl Fn(ElementRef<'a>) -> bool) -> Option<ElementRef<'a>> {
    std::iter::once(el)
        .chain(el.descendent_elements())
        .find(|e| pick(*e))
}

fn classes(e: ElementRef<'_>, names: &[&str]) -> bool {
    names.iter().all(|n| has_class(e, n))
}

/// A work page's parts: its tag list, its `#workskin` and the `#chapters` in it.
pub(crate) struct Page<'a> {
    meta: ElementRef<'a>,
    skin: ElementRef<'a>,
    chapters: ElementRef<'a>,
}

/// The work page's tag list, `#workskin` and `#chapters`, when the page is one.
pub(crate) fn work(doc: &Html) -> Option<Page<'_>> {
    let root = doc.root_element();
    let meta = find(root, |e| {
        e.value().name() == "dl" && classes(e, &["work", "meta", "group"])
    })?;
    let skin = find(root, |e| e.value().id() == Some("workskin"))?;
    let chapters = find(skin, |e| e.value().id() == Some("chapters"))?;
    Some(Page {
        meta,
        skin,
        chapters,
    })
}

/// The blocks of the `blockquote.userstuff` inside `module`.
fn quoted(module: Option<ElementRef<'_>>, lang: &str) -> Vec<Block> {
    module
        .and_then(|m| find(m, |e| e.value().name() == "blockquote"))
        .map(|q| html::blocks_of(q, lang).0)
        .unwrap_or_default()
}

/// A text division's blocks without its hidden landmark heading ("Work Text:", "Chapter
/// Text"); returns them and the images left out.
fn text(userstuff: ElementRef<'_>, lang: &str) -> (Vec<Block>, usize) {
    let landmarks = userstuff
        .descendent_elements()
        .filter(|e| has_class(*e, "landmark"))
        .map(|e| e.id());
    html::blocks_skipping(userstuff, lang, landmarks)
}

/// The text division of a chapter or of a one-chapter work: the first `div.userstuff`
/// in it (the notes' quotes are `blockquote.userstuff`).
fn text_division(el: ElementRef<'_>) -> Option<ElementRef<'_>> {
    find(el, |e| {
        e.value().name() == "div" && has_class(e, "userstuff")
    })
}

/// The tag list: each `dt` a label, its `dd` the tags (the links in it, else its text);
/// the stats' own `dt`/`dd` pairs one group each.
fn tags(meta: ElementRef<'_>) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut label = None;
    for e in meta.child_elements() {
        match e.value().name() {
            "dt" => label = Some(text_of(e).trim_end_matches(':').trim().to_string()),
            "dd" => {
                let Some(l) = label.take() else { continue };
                if let Some(stats) = find(e, |s| s.value().name() == "dl") {
                    out.extend(tags(stats));
                    continue;
                }
                let links: Vec<String> = html::links(e)
                    .map(text_of)
                    .filter(|t| !t.is_empty())
                    .collect();
                let values = if links.is_empty() {
                    vec![text_of(e)]
                } else {
                    links
                };
                out.push((l, values));
            }
            _ => {}
        }
    }
    out
}

/// Reads a work page found by [`work`].
pub(crate) fn read(page: Page<'_>, lang: &str) -> Work {
    let Page {
        meta,
        skin,
        chapters,
    } = page;
    let mut work = Work {
        tags: tags(meta),
        ..Work::default()
    };
    let preface = skin
        .child_elements()
        .find(|e| classes(*e, &["preface", "group"]) && !has_class(*e, "afterword"));
    if let Some(p) = preface {
        work.title = find(p, |e| e.value().name() == "h2" && has_class(e, "title"))
            .map(text_of)
            .filter(|t| !t.is_empty());
        if let Some(by) = find(p, |e| has_class(e, "byline")) {
            let named: Vec<String> = html::links(by)
                .filter(|a| a.value().attr("rel") == Some("author"))
                .map(text_of)
                .collect();
            work.authors = if named.is_empty() {
                vec![text_of(by)]
            } else {
                named
            };
        }
        work.summary = quoted(find(p, |e| classes(e, &["summary", "module"])), lang);
        work.notes = quoted(find(p, |e| classes(e, &["notes", "module"])), lang);
    }
    work.end_notes = quoted(
        find(skin, |e| e.value().id() == Some("work_endnotes")),
        lang,
    );
    let divs: Vec<ElementRef<'_>> = chapters
        .child_elements()
        .filter(|e| e.value().name() == "div" && has_class(*e, "chapter"))
        .collect();
    if divs.is_empty() {
        let (body, images) = text_division(chapters)
            .map(|t| text(t, lang))
            .unwrap_or_default();
        work.images += images;
        work.current().body = body;
    }
    for d in divs {
        let head = d
            .child_elements()
            .find(|e| classes(*e, &["chapter", "preface"]) && !has_end_notes(*e));
        let end = d.child_elements().find(|e| has_end_notes(*e));
        let (body, images) = text_division(d).map(|t| text(t, lang)).unwrap_or_default();
        work.images += images;
        work.parts.push(Part {
            // The title's link ("Chapter 1") and its name (": Dusk") run together.
            title: head
                .and_then(|h| find(h, |e| e.value().name() == "h3" && has_class(e, "title")))
                .map(|h| {
                    let s: String = h.text().collect();
                    s.split_whitespace().collect::<Vec<_>>().join(" ")
                })
                .filter(|t| !t.is_empty()),
            summary: quoted(
                head.and_then(|h| find(h, |e| has_class(e, "summary"))),
                lang,
            ),
            notes: quoted(
                head.and_then(|h| find(h, |e| has_class(e, "notes") && !has_class(e, "end"))),
                lang,
            ),
            body,
            end_notes: quoted(end.and_then(|h| find(h, |e| has_class(e, "end"))), lang),
        });
    }
    work.decisions.push(
        "an Archive of Our Own work page saved from the browser: the work's preface gives \
         its title, authors, summary and notes, its tag list the tags, each chapter its \
         title, notes and text; the site's menus, actions, kudos, comments and footer are \
         left out"
            .into(),
    );
    work
}

/// Whether a chapter's preface division holds its end notes.
fn has_end_notes(e: ElementRef<'_>) -> bool {
    e.descendent_elements()
        .any(|n| classes(n, &["end", "notes"]))
}

#[cfg(test)]
mod tests;
