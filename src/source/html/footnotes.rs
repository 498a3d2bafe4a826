//! HTML footnotes: a page's list of notes (`<ol class="wp-block-footnotes">`, the
//! `footnotes` section Markdown processors write, or Google Docs' notes under its
//! closing rule) and the `<sup>` links to it → linked notes of the model.
//!
//! Input: the element holding a post. Output: the ids of its notes, numbered in the
//! list's order, and the notes as a [`Footnotes`] block (each note's text without the
//! `↩︎` link back to its mark). Only with evidence: every note of the list is linked from
//! a `<sup>` in the post outside the list, by `href="#ID"`; otherwise nothing is linked
//! and the list stays text where it stands. The [`super::Converter`] then reads each
//! such `<sup>` as an [`Inline::NoteRef`] and leaves the list out. Pure: no I/O.

use std::collections::HashMap;

use scraper::ElementRef;

use super::{Converter, has_class};
use crate::model::{Block, Footnote, Footnotes, Inline};

/// Classes of a footnote list or of the section holding it: WordPress's block editor,
/// Markdown processors (Pandoc, markdown-it, kramdown, Python-Markdown).
const LIST_CLASSES: &[&str] = &["wp-block-footnotes", "footnotes"];

/// Whether `e` holds a page's footnote list (see [`LIST_CLASSES`]).
pub(super) fn is_list(e: ElementRef<'_>) -> bool {
    LIST_CLASSES.iter().any(|c| has_class(e, c))
}

/// Whether `e` is one of Google Docs' notes in its web-page export: a `<div>` opening
/// with the link back to its mark (`<a href="#ftnt_ref1" id="ftnt1">[1]</a>`).
fn is_docs_note(e: ElementRef<'_>) -> bool {
    e.value().name() == "div" && docs_backlink(e).is_some()
}

/// A Google Docs note's link back to its mark, with the note's id: the first element of
/// the note's first paragraph.
fn docs_backlink(e: ElementRef<'_>) -> Option<(ElementRef<'_>, &str)> {
    let p = e
        .child_elements()
        .next()
        .filter(|p| p.value().name() == "p")?;
    let a = p
        .child_elements()
        .next()
        .filter(|a| a.value().name() == "a")?;
    let id = a.value().id()?;
    let back = a.value().attr("href")?.strip_prefix("#ftnt_ref")?;
    (id.strip_prefix("ftnt") == Some(back) && !back.is_empty()).then_some((a, id))
}

/// Whether `e` is part of the notes a linked page sets apart: the list, or one of Google
/// Docs' notes, or the rule Google Docs draws over them (it parts no scenes).
pub(super) fn is_set_apart(e: ElementRef<'_>) -> bool {
    let docs_rule = || {
        e.value().name() == "hr"
            && e.next_siblings()
                .find_map(ElementRef::wrap)
                .is_some_and(is_docs_note)
    };
    is_list(e) || is_docs_note(e) || docs_rule()
}

/// The note a `<sup>`'s link points to, when it is one of `ids`.
pub(super) fn target(sup: ElementRef<'_>, ids: &HashMap<String, u32>) -> Option<u32> {
    super::links(sup)
        .filter_map(|a| a.value().attr("href")?.strip_prefix('#'))
        .find_map(|id| ids.get(id).copied())
}

/// The post's footnotes: the ids of its notes (numbered from 1) and the notes, when
/// every note is linked from a `<sup>` outside the list.
pub(crate) fn find(post: ElementRef<'_>, lang: &str) -> Option<(HashMap<String, u32>, Footnotes)> {
    let (items, ids) = match post.descendent_elements().find(|e| is_list(*e)) {
        Some(list) => list_notes(list)?,
        None => docs_notes(post)?,
    };
    let in_list = |e: ElementRef<'_>| {
        e.ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| items.iter().any(|i| i.id() == a.id()) || is_list(a))
    };
    let mut linked: Vec<u32> = post
        .descendent_elements()
        .filter(|e| e.value().name() == "sup" && !in_list(*e))
        .filter_map(|s| target(s, &ids))
        .collect();
    linked.sort_unstable();
    linked.dedup();
    if linked.len() != ids.len() {
        return None;
    }
    let notes = items
        .iter()
        .enumerate()
        .map(|(k, li)| {
            let mut c = Converter::new(lang);
            c.skip(docs_backlink(*li).map(|(a, _)| a.id()));
            c.add_inner(*li);
            let mut text = vec![Inline::Text(" ".into())];
            for (j, b) in c.take().into_iter().enumerate() {
                if j > 0 {
                    text.push(Inline::Text(" ".into()));
                }
                match b {
                    Block::Paragraph(inl) => text.extend(inl),
                    other => text.push(Inline::Text(other.plain())),
                }
            }
            strip_backlink(&mut text);
            // Google Docs parts the mark from the note with a no-break space.
            if let Some(Inline::Text(t)) = text.get_mut(1) {
                *t = t.trim_start().to_string();
            }
            let n = k as u32 + 1;
            Footnote {
                id: n,
                marker: marker(n),
                text,
            }
        })
        .collect();
    Some((
        ids,
        Footnotes {
            label: Vec::new(),
            notes,
        },
    ))
}

/// The notes of a list: its items that have an id, numbered in order.
type Notes<'a> = (Vec<ElementRef<'a>>, HashMap<String, u32>);

fn list_notes(list: ElementRef<'_>) -> Option<Notes<'_>> {
    let items: Vec<ElementRef<'_>> = list
        .descendent_elements()
        .filter(|e| e.value().name() == "li" && e.value().id().is_some())
        .collect();
    let mut ids = HashMap::new();
    for (k, li) in items.iter().enumerate() {
        ids.insert(li.value().id()?.to_string(), k as u32 + 1);
    }
    (!items.is_empty()).then_some((items, ids))
}

/// Google Docs' notes: the run of note `<div>`s that ends the page, under its rule.
fn docs_notes(post: ElementRef<'_>) -> Option<Notes<'_>> {
    let tail: Vec<ElementRef<'_>> = post
        .child_elements()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .take_while(|e| is_docs_note(*e))
        .collect();
    let items: Vec<ElementRef<'_>> = tail.into_iter().rev().collect();
    let mut ids = HashMap::new();
    for (k, d) in items.iter().enumerate() {
        ids.insert(docs_backlink(*d)?.1.to_string(), k as u32 + 1);
    }
    (!items.is_empty()).then_some((items, ids))
}

/// A note's marker: its number raised, as an HTML `<sup>` number reads elsewhere.
pub(super) fn marker(n: u32) -> String {
    super::attrs::scripted(&n.to_string(), true).unwrap_or_else(|| n.to_string())
}

/// Takes the link back to the mark (`↩︎`, `↩`, `↑`, `^`) off the end of a note.
fn strip_backlink(text: &mut Vec<Inline>) {
    const BACK: &[char] = &['↩', '↑', '^', '\u{fe0e}', '\u{fe0f}', ' '];
    while let Some(Inline::Text(t)) = text.last_mut() {
        let kept = t.trim_end_matches(BACK).len();
        t.truncate(kept);
        if !t.is_empty() {
            break;
        }
        text.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    const POST: &str = r##"<div class="entry-content"><p>She swore<sup class="fn"><a href="#a1" id="a1-link">1</a></sup> and left.<sup class="fn"><a href="#b2">2</a></sup></p>
<ol class="wp-block-footnotes"><li id="a1">It said <em>diawl</em>. <a href="#a1-link" aria-label="Jump to footnote reference 1">↩︎</a></li><li id="b2">Flat on the low E. <a href="#b2-link">↩︎</a></li></ol></div>"##;

    #[test]
    fn a_wordpress_footnote_list_links_its_marks() {
        let doc = Html::parse_document(POST);
        let post = doc.root_element();
        let (ids, f) = find(post, "en").expect("linked");
        assert_eq!(ids.get("b2"), Some(&2));
        assert_eq!(f.notes.len(), 2);
        assert_eq!(f.notes[0].marker, "¹");
        assert_eq!(
            crate::model::plain_text(&f.notes[0].text),
            " It said diawl."
        );
        let mut c = Converter::new("en");
        c.link_notes(ids);
        c.add_inner(post);
        let blocks = c.take();
        assert_eq!(blocks.len(), 1, "the list is left out: {blocks:?}");
        let Block::Paragraph(inl) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert!(inl.contains(&Inline::NoteRef {
            marker: "¹".into(),
            id: 1
        }));
    }

    /// Google Docs' web-page export sets its notes in `<div>`s under a rule at the end
    /// of the page, each opening with its link back to the mark: the notes are linked,
    /// and the rule over them parts no scenes, while a rule between letters still does.
    #[test]
    fn google_docs_notes_under_their_rule_are_linked() {
        let page = r##"<html><body><p class="c1"><span class="c0">Dear Wyn,</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p><hr><p class="c1"><span class="c0">Dear Bryn.</span></p><hr class="c8"><div><p class="c1 c7"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c5">&nbsp;Not his name.</span></p></div></body></html>"##;
        let doc = Html::parse_document(page);
        let body = super::super::body_of(&doc);
        let (ids, f) = find(body, "en").expect("linked");
        assert_eq!(crate::model::plain_text(&f.notes[0].text), " Not his name.");
        let mut c = Converter::new("en");
        c.link_notes(ids);
        c.add_inner(body);
        let blocks = c.take();
        let kinds: Vec<String> = blocks.iter().map(Block::plain).collect();
        assert_eq!(kinds, vec!["Dear Wyn,¹", "", "Dear Bryn."], "{blocks:?}");
        assert!(matches!(blocks[1], Block::SceneBreak));
        // A link to an anchor of another shape is no note: nothing is linked.
        let other = page.replace("#ftnt_ref1\" id=\"ftnt1", "#top\" id=\"ftnt1");
        let doc = Html::parse_document(&other);
        assert!(find(super::super::body_of(&doc), "en").is_none());
    }

    /// A list one of whose notes no mark links to is not linked: it stays text.
    #[test]
    fn a_list_with_an_unmarked_note_stays_text() {
        let doc = Html::parse_document(&POST.replace("#b2\">2", "#zz\">2"));
        assert!(find(doc.root_element(), "en").is_none());
    }
}
