//! Mibba story chapters saved from the browser: the chapter's text and its author's
//! note, without the site's header and menus, the story header (genre, rating, status),
//! the chapter selector and "Previous/Next Chapter" links, the Subscribe/Recommend
//! buttons, the readers' comments and the footer.
//!
//! Input: a parsed HTML page from mibba.com (its address, or the "… - Mibba" every page
//! title ends with). A chapter page sets the chapter's text in its content box (a
//! `chapterContent`/`chapter-content` element, else the `content` box older pages used,
//! else the element of most paragraphs outside the comments)
//! under the chapter's title (`chapterTitle`, else the chapter box's `<h2>`), the
//! author's note in an `authorNote` box beside it, and the story's title and author in
//! the story header (`<h1>`, "By NAME", an info line of genre, rating, status). Output:
//! a [`Work`] of the chapter, titled by the story, authored from the header, its fields
//! from the info line, the note before the text its preface and one after it its
//! afterword (the note's "Author's Note:" label left out). Pure: no I/O.

use super::{by_id, from_site, page_title, page_url};
use crate::model::Block;
use crate::source::bylines::{byline, is_name};
use crate::source::html::{self, has_class, text_of};
use crate::source::work::{Part, Work};
use scraper::{ElementRef, Html};

/// Classes of a chapter's text box, best first.
const TEXT: &[&str] = &[
    "chapterContent",
    "chapter-content",
    "storyContent",
    "content",
];

/// Classes of the author's note box beside the text.
const NOTE: &[&str] = &["authorNote", "author-note", "authorsNote", "chapterNote"];

/// Whether the page is Mibba's.
fn is_mibba(doc: &Html) -> bool {
    from_site(doc, "mibba.com", "Mibba") || page_title(doc).is_some_and(|t| t.ends_with(" - Mibba"))
}

/// The first element of `root` with one of `classes`, in the order of `classes`.
fn classed<'a>(root: ElementRef<'a>, classes: &[&str]) -> Option<ElementRef<'a>> {
    classes.iter().find_map(|c| {
        root.descendent_elements()
            .find(|e| e.value().classes().any(|x| x == *c))
    })
}

/// The chapter's text box on a Mibba page, if the page is one, with words in it.
pub(crate) fn chapter_text(doc: &Html) -> Option<ElementRef<'_>> {
    if !is_mibba(doc) {
        return None;
    }
    let root = by_id(doc, "chapter").unwrap_or_else(|| doc.root_element());
    let text = classed(root, TEXT).or_else(|| most_paragraphs(root))?;
    text.text().any(|t| !t.trim().is_empty()).then_some(text)
}

/// The element holding the most paragraphs of its own, outside the comments: the text
/// box of a chapter page whose box carries none of the names known.
fn most_paragraphs(root: ElementRef<'_>) -> Option<ElementRef<'_>> {
    let own = |e: &ElementRef<'_>| {
        e.child_elements()
            .filter(|c| c.value().name() == "p" && c.text().any(|t| !t.trim().is_empty()))
            .count()
    };
    let in_comments = |e: &ElementRef<'_>| {
        e.ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| a.value().id() == Some("comments") || has_class(a, "comment"))
    };
    root.descendent_elements()
        .filter(|e| !in_comments(e))
        .max_by_key(|e| own(e))
        .filter(|e| own(e) >= 2)
}

/// The story's title: the story header's `<h1>`, else the page title before its
/// " - Chapter …" and " - Mibba".
fn story_title(doc: &Html) -> Option<String> {
    let header = by_id(doc, "storyHeader").unwrap_or_else(|| doc.root_element());
    header
        .descendent_elements()
        .find(|e| e.value().name() == "h1")
        .map(text_of)
        .filter(|t| !t.is_empty())
        .or_else(|| {
            let t = page_title(doc)?;
            let t = t.strip_suffix(" - Mibba").unwrap_or(&t);
            let t = t.split(" - Chapter ").next().unwrap_or(t).trim();
            (!t.is_empty()).then(|| t.to_string())
        })
}

/// The story's author: the header's "By NAME", else its link to a member's page.
fn author(doc: &Html) -> Option<String> {
    let header = by_id(doc, "storyHeader").unwrap_or_else(|| doc.root_element());
    let member = |a: &ElementRef<'_>| {
        a.value()
            .attr("href")
            .is_some_and(|h| h.to_ascii_lowercase().contains("/users/"))
    };
    header
        .descendent_elements()
        .filter(|e| has_class(*e, "author"))
        .find_map(|e| byline(&text_of(e)).map(str::to_string))
        .or_else(|| html::links(header).find(member).map(text_of))
        .filter(|n| is_name(n))
}

/// The story header's info line ("Genre: A, B · Rating: Teen · Status: In Progress ·
/// Updated: …") as tag groups by the names a chapter's metadata knows.
fn info_tags(doc: &Html) -> Vec<(String, Vec<String>)> {
    let Some(line) = doc
        .root_element()
        .descendent_elements()
        .find(|e| has_class(*e, "storyInfo"))
    else {
        return Vec::new();
    };
    let line = text_of(line);
    line.split(['\u{b7}', '|'])
        .filter_map(|f| f.split_once(':'))
        .filter_map(|(label, value)| {
            let group = match label.trim().to_ascii_lowercase().as_str() {
                "genre" | "genres" => "Genre",
                "rating" => "Rating",
                "chapters" => "Chapters",
                "status" => "Status",
                "updated" => "Updated",
                "published" | "posted" => "Published",
                "words" => "Words",
                _ => return None,
            };
            let values: Vec<String> = match group {
                "Genre" => value.split(',').map(|v| v.trim().to_string()).collect(),
                _ => vec![value.trim().to_string()],
            };
            Some((group.to_string(), values))
        })
        .collect()
}

/// The words of a note box without its leading bold label ("Author's Note:").
fn note_blocks(b: ElementRef<'_>, lang: &str) -> Vec<Block> {
    let mut c = html::Converter::new(lang);
    let label = b
        .children()
        .find(|n| n.value().as_text().is_none_or(|t| !t.trim().is_empty()));
    if let Some(l) = label.and_then(ElementRef::wrap)
        && matches!(l.value().name(), "strong" | "b")
        && text_of(l).ends_with(':')
    {
        c.skip([l.id()]);
    }
    c.add_inner(b);
    c.take()
}

/// Reads a Mibba chapter page whose text box is `text`.
pub(crate) fn read(doc: &Html, text: ElementRef<'_>, lang: &str) -> Work {
    let mut work = Work {
        title: story_title(doc),
        authors: author(doc).into_iter().collect(),
        url: page_url(doc),
        tags: info_tags(doc),
        ..Work::default()
    };
    let chapter = by_id(doc, "chapter").unwrap_or_else(|| doc.root_element());
    let heading = classed(chapter, &["chapterTitle", "chapter-title"])
        .or_else(|| {
            chapter
                .descendent_elements()
                .find(|e| e.value().name() == "h2")
        })
        .map(text_of)
        .filter(|t| !t.is_empty());
    // Note boxes before the text open the chapter; after it, they close it.
    let mut before = true;
    for e in chapter.descendent_elements() {
        if e.id() == text.id() {
            before = false;
        } else if NOTE.iter().any(|c| e.value().classes().any(|x| x == *c)) {
            let blocks = note_blocks(e, lang);
            match before {
                true => work.notes.extend(blocks),
                false => work.end_notes.extend(blocks),
            }
        }
    }
    let (body, images) = html::blocks_of(text, lang);
    work.images = images;
    work.parts.push(Part {
        title: heading,
        body,
        ..Part::default()
    });
    work.decisions.push(
        "a Mibba chapter page: its text and author's note are read, the title and author \
         from the story header; the site's menus, story header, chapter links, buttons, \
         comments and footer are left out"
            .into(),
    );
    work
}

#[cfg(test)]
mod tests {
    use super::super::plain;
    use super::*;

    const PAGE: &str = r#"<html><head><title>Lamps - Chapter 2: Dusk - Mibba</title></head><body>
<ul id="nav"><li><a href="https://mibba.com/Stories/">Stories</a></li></ul>
<div id="storyHeader"><h1><a href="https://mibba.com/Stories/Read/9/Lamps">Lamps</a></h1>
<div class="author">By <a href="https://mibba.com/Users/wick">wick</a></div>
<div class="storyInfo">Genre: Drama &middot; Rating: Teen</div></div>
<div id="chapterNav"><a class="prev">&laquo; Previous Chapter</a><select><option>1. Dawn</option></select></div>
<div id="chapter"><h2 class="chapterTitle">Chapter 2: Dusk</h2>
<div class="authorNote"><strong>Author's Note:</strong> Thanks for waiting.</div>
<div class="chapterContent"><p>It rained.</p><p>P.S. on the log: it stopped.</p></div></div>
<div id="comments"><div class="commentText">P.S. loved it!</div></div>
<div id="footer">&copy; Mibba</div></body></html>"#;

    /// A chapter page is its text, the note over it the preface without its label, the
    /// chapter's title a heading; the comments and chapter links are left out.
    #[test]
    fn a_chapter_page_is_its_text_and_note() {
        let doc = Html::parse_document(PAGE);
        let text = chapter_text(&doc).expect("a Mibba page");
        let w = read(&doc, text, "en");
        assert_eq!(w.title.as_deref(), Some("Lamps"));
        assert_eq!(w.authors, vec!["wick"]);
        assert_eq!(w.tag(&["Genre"]), vec!["Drama"]);
        assert_eq!(w.tag(&["Rating"]), vec!["Teen"]);
        assert_eq!(plain(&w.notes), vec!["Thanks for waiting."]);
        assert_eq!(w.parts[0].title.as_deref(), Some("Chapter 2: Dusk"));
        assert_eq!(
            plain(&w.parts[0].body),
            vec!["It rained.", "P.S. on the log: it stopped."]
        );
    }

    /// A page whose text box has another name: the element of the most paragraphs,
    /// not the comments'.
    #[test]
    fn an_unnamed_text_box_is_the_one_of_most_paragraphs() {
        let html = PAGE
            .replace("chapterContent", "ct")
            .replace(r#"<div id="chapter">"#, "<div>")
            .replace(
                r#"<div class="commentText">P.S. loved it!</div>"#,
                "<div class=\"commentText\"><p>A.</p><p>B.</p><p>C.</p></div>",
            );
        let doc = Html::parse_document(&html);
        let text = chapter_text(&doc).expect("a Mibba page");
        assert_eq!(
            plain(&read(&doc, text, "en").parts[0].body),
            vec!["It rained.", "P.S. on the log: it stopped."]
        );
    }

    /// The same boxes on a page that is not Mibba's are another page's.
    #[test]
    fn another_sites_page_is_not_mibba() {
        let html = PAGE.replace(" - Mibba</title>", "</title>");
        assert!(chapter_text(&Html::parse_document(&html)).is_none());
        let saved = format!(
            "<!-- saved from url=(0040)https://mibba.com/Stories/Read/9/Lamps/2 -->\n{html}"
        );
        assert!(chapter_text(&Html::parse_document(&saved)).is_some());
    }
}
