//! ficbook.net work pages saved from the browser (Russian): the part's text, the work's
//! fields and the author's words, without the site's header, badges, likes, comments
//! and footer.
//!
//! Input: a parsed HTML page. ficbook sets the part's text in `#content.part_text`, its
//! paragraphs one a line as typed (shown with `white-space: pre-line`), and over it the
//! work's head: the title (`h1.heading`), the author (`a.creator-username`) and the
//! description's rows (`div.mb-10`, a `<strong>` label over its value): `Описание` (the
//! summary), `Посвящение` and `Примечания` (the author's words before the story), the
//! rest (`Направленность`, `Рейтинг`, `Метки`, `Размер`, …) the story's information. The
//! part's own notes stand in `.part-comment-top` and `.part-comment-bottom`. Output: a
//! [`Work`] of the text, its notes before and after. Pure: no I/O.

use super::classed;
use crate::model::Block;
use crate::source::html::{self, has_class, text_of};
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// The labels of the description's rows whose words are the author's, not fields.
const AUTHORS_WORDS: &[&str] = &["Посвящение", "Примечания"];

/// The label of the row that is the work's summary.
const SUMMARY: &str = "Описание";

/// The part's text on a ficbook page, if the page is one: `#content` with the class
/// `part_text`, under a work's `h1.heading` and its author's `creator-username` link.
pub(crate) fn part_text(doc: &Html) -> Option<ElementRef<'_>> {
    let root = doc.root_element();
    let text = root
        .descendent_elements()
        .find(|e| e.value().id() == Some("content") && has_class(*e, "part_text"))?;
    (classed(root, "creator-username").is_some() && text.text().any(|t| !t.trim().is_empty()))
        .then_some(text)
}

/// Blocks of text set one paragraph a line (`pre-line`): each line a paragraph, the
/// element's markup (emphasis, a centred `***`) kept.
fn pre_line_blocks(el: ElementRef<'_>, lang: &str) -> Vec<Block> {
    let inner = el
        .inner_html()
        .replace("\r\n", "\n")
        .replace('\n', "<br><br>");
    let frag = Html::parse_fragment(&format!("<div>{inner}</div>"));
    let div = frag
        .root_element()
        .descendent_elements()
        .find(|e| e.value().name() == "div")
        .unwrap_or(frag.root_element());
    html::blocks_of(div, lang).0
}

/// Reads a work page whose part text is `text`.
pub(crate) fn read(doc: &Html, text: ElementRef<'_>, lang: &str) -> Work {
    let root = doc.root_element();
    let mut work = Work {
        title: classed(root, "heading")
            .map(text_of)
            .filter(|t| !t.is_empty()),
        ..Work::default()
    };
    work.authors
        .extend(classed(root, "creator-username").map(text_of));
    // The description's rows: a label in `<strong>`, its value after it.
    for row in root
        .descendent_elements()
        // (`has_class` reads a class without its trailing digits, so `mb-10` by name.)
        .filter(|e| e.value().classes().any(|c| c == "mb-10"))
    {
        let Some(label) = row
            .descendent_elements()
            .find(|e| e.value().name() == "strong")
            .map(text_of)
        else {
            continue;
        };
        let label = label.trim_end_matches(':').trim().to_string();
        let value = row
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|e| e.value().name() != "strong")
            .collect::<Vec<_>>();
        let words: Vec<Block> = value
            .iter()
            .flat_map(|v| pre_line_blocks(*v, lang))
            .collect();
        if label == SUMMARY {
            work.summary.extend(words);
        } else if AUTHORS_WORDS.contains(&label.as_str()) {
            work.notes.extend(words);
        } else if label != "Публикация на других ресурсах" {
            let tags: Vec<String> = value
                .iter()
                .flat_map(|v| {
                    let links: Vec<String> = v
                        .descendent_elements()
                        .filter(|e| has_class(*e, "tag") || has_class(*e, "badge-text"))
                        .map(text_of)
                        .collect();
                    if links.is_empty() {
                        vec![text_of(*v)]
                    } else {
                        links
                    }
                })
                .filter(|t| !t.is_empty())
                .collect();
            if !tags.is_empty() {
                work.tags.push((label, tags));
            }
        }
    }
    if let Some(top) = classed(root, "part-comment-top") {
        work.notes.extend(note_box(top, lang));
    }
    if let Some(bottom) = classed(root, "part-comment-bottom") {
        work.end_notes.extend(note_box(bottom, lang));
    }
    work.current().body = pre_line_blocks(text, lang);
    work.decisions.push(
        "a ficbook.net work page: the part's text is read (one paragraph a line), the title, \
         author and description's rows from the work's head, the part's notes before and \
         after it; the site's header, badges, likes, comments and footer are left out"
            .into(),
    );
    work
}

/// A part's note box: its words, without its `<strong>` label ("Примечания к части:").
fn note_box(el: ElementRef<'_>, lang: &str) -> Vec<Block> {
    el.children()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() != "strong")
        .flat_map(|e| pre_line_blocks(e, lang))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_work_page_is_its_text_and_its_notes() {
        let doc = Html::parse_document(
            r#"<html><body><header><a href="https://ficbook.net/">Фикбук</a></header>
<section class="chapter-info"><h1 class="heading">Снег</h1>
<div class="badge-with-icon"><span class="badge-text">Джен</span></div>
<a href="https://ficbook.net/authors/1" class="creator-username">Полынь</a> <i>автор</i>
<div class="description"><div class="mb-10"><strong>Рейтинг:</strong> <div class="badge-with-icon"><span class="badge-text">G</span></div></div>
<div class="mb-10"><strong>Описание:</strong> <div class="text-preline">Зимовка.</div></div>
<div class="mb-10"><strong>Примечания:</strong> <div class="text-preline">Спасибо бете!</div></div></div></section>
<article><div id="content" class="js-part-text part_text">Первая строка.
Вторая строка.
<div style="text-align:center">***</div>
Третья.</div>
<div class="part-comment-bottom"><strong>Примечания к части:</strong> <div class="text-preline">Спасибо, что дочитали!</div></div></article>
<section class="comments"><div class="comment-message">Тепло!</div></section></body></html>"#,
        );
        let text = part_text(&doc).expect("a ficbook page");
        let w = read(&doc, text, "ru");
        assert_eq!(w.title.as_deref(), Some("Снег"));
        assert_eq!(w.authors, ["Полынь"]);
        let plain = |b: &[Block]| b.iter().map(|b| b.plain()).collect::<Vec<_>>();
        assert_eq!(plain(&w.summary), ["Зимовка."]);
        assert_eq!(plain(&w.notes), ["Спасибо бете!"]);
        assert_eq!(plain(&w.end_notes), ["Спасибо, что дочитали!"]);
        let body = plain(&w.parts[0].body);
        assert_eq!(body.first().map(String::as_str), Some("Первая строка."));
        assert!(body.iter().any(|t| t == "Вторая строка."), "{body:?}");
        assert!(!body.iter().any(|t| t.contains("Тепло")), "{body:?}");
    }
}
