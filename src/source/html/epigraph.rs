//! An epigraph over a page's story: the few short lines set right (a verse or saying and
//! its source) that open the text, as a word processor's export keeps them.
//!
//! Input: a parsed page, then the [`Work`] read from it once its notes are taken off.
//! Output: the epigraph's lines as the page sets them (paragraphs aligned right by their
//! `style`, `align` or a class whose rule in the page's `<style>` says so, as Google
//! Docs' export writes `.c11{…text-align:right}`), and the work with those paragraphs,
//! where they open its text, set apart as one block at their place: the story's own
//! text starts after them, and they are not counted as its words. Right-aligned lines
//! inside the story (a letter's dateline) are not found there and stay text. Pure: no
//! I/O.

use crate::model::{Block, plain_text};
use crate::source::class_styles;
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// An epigraph is at most this many lines…
const MAX_LINES: usize = 6;
/// …of at most this many words each.
const MAX_WORDS: usize = 20;

/// The classes the page's style sheets align right (`.c11{…;text-align:right}`).
fn right_classes(doc: &Html) -> Vec<String> {
    let mut out = Vec::new();
    for (sel, decls) in class_styles::page_rules(doc) {
        if !decls.split(';').any(|d| d == "text-align:right") {
            continue;
        }
        for s in sel.split(',') {
            if let Some((el, c)) = s.trim().rsplit_once('.')
                && el.chars().all(|ch| ch.is_ascii_alphanumeric())
                && class_styles::is_class_name(c)
            {
                out.push(c.to_string());
            }
        }
    }
    out
}

/// Whether paragraph `e` is set right: by its style, its `align`, or a class in `right`.
fn is_right(e: ElementRef<'_>, right: &[String]) -> bool {
    let v = e.value();
    let style = v
        .attr("style")
        .map(|s| s.replace(char::is_whitespace, "").to_ascii_lowercase());
    style.is_some_and(|s| s.split(';').any(|d| d == "text-align:right"))
        || v.attr("align")
            .is_some_and(|a| a.eq_ignore_ascii_case("right"))
        || v.classes().any(|c| right.iter().any(|r| r == c))
}

/// The letters and digits of a text: what its paragraph keeps whatever typography does.
fn key(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The lines of the page's first run of paragraphs set right, when they are few and
/// short enough to be an epigraph (empty paragraphs around them do not count).
pub(crate) fn find(doc: &Html) -> Vec<String> {
    let right = right_classes(doc);
    let mut run: Vec<String> = Vec::new();
    for p in doc
        .root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "p")
    {
        let text = super::text_of(p);
        if key(&text).is_empty() {
            continue;
        }
        if is_right(p, &right) {
            run.push(text);
        } else if !run.is_empty() {
            break;
        }
    }
    let short = run
        .iter()
        .all(|l| l.split_whitespace().count() <= MAX_WORDS);
    // A letter's heading set right (its address, its date: "14 Rue des Ormes" / "3 March
    // 1921") opens an epistolary story: numbers and no source under them.
    let sourced = run
        .last()
        .is_some_and(|l| l.trim_start().starts_with(['—', '–', '―', '-', '~']));
    let dated = run.iter().any(|l| l.chars().any(|c| c.is_ascii_digit()));
    if run.len() > MAX_LINES || !short || (dated && !sourced) {
        run.clear();
    }
    run
}

/// Sets the epigraph `lines` apart where they open the work's text.
pub(crate) fn set_apart(work: &mut Work, lines: &[String]) {
    let Some(part) = work.parts.first_mut() else {
        return;
    };
    let n = lines.len();
    let opens = n > 0
        && part.body.len() > n
        && part.body.iter().zip(lines).all(|(b, l)| match b {
            Block::Paragraph(inl) => key(&plain_text(inl)) == key(l),
            _ => false,
        });
    if !opens {
        return;
    }
    let epigraph: Vec<Block> = part.body.drain(..n).collect();
    part.body.insert(0, Block::Note(epigraph));
    work.decisions.push(format!(
        "epigraph: the {n} line(s) set right that open the text are its epigraph, set apart \
         at its head, not the story's words"
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;
    use crate::source::work::Part;

    const PAGE: &str = r#"<html><head><style>.c3{text-align:justify}.c9{padding:0;text-align:right}</style></head>
<body><p class="c3">Nota: scritto per gioco.</p><p class="c9"><span>Chi tace</span></p><p class="c9">&nbsp;&nbsp;acconsente.</p>
<p class="c3"></p><p class="c3">Il paese dormiva.</p><p style="text-align: right">Roma, 3 maggio</p></body></html>"#;

    fn para(s: &str) -> Block {
        Block::Paragraph(vec![Inline::Text(s.into())])
    }

    /// The first lines set right (by a class of the page's style sheet) are the
    /// epigraph; a dateline set right later in the story is not.
    #[test]
    fn the_first_lines_set_right_are_the_epigraph() {
        let doc = Html::parse_document(PAGE);
        let lines = find(&doc);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0], "Chi tace");
        let mut work = Work {
            parts: vec![Part {
                body: vec![
                    para("Chi tace"),
                    para("\u{a0}\u{a0}acconsente."),
                    para("Il paese dormiva."),
                ],
                ..Part::default()
            }],
            ..Work::default()
        };
        set_apart(&mut work, &lines);
        let body = &work.parts[0].body;
        assert_eq!(body.len(), 2);
        assert!(matches!(&body[0], Block::Note(b) if b.len() == 2));
        assert_eq!(body[1], para("Il paese dormiva."));
    }

    /// Lines that do not open the text, or a long passage set right, are no epigraph.
    #[test]
    fn lines_set_right_elsewhere_stay_text() {
        let mut work = Work {
            parts: vec![Part {
                body: vec![para("Il paese dormiva."), para("Chi tace")],
                ..Part::default()
            }],
            ..Work::default()
        };
        set_apart(&mut work, &["Chi tace".to_string()]);
        assert_eq!(work.parts[0].body.len(), 2);
        let long = format!(
            r#"<html><body><p align="right">{}</p></body></html>"#,
            "parola ".repeat(30)
        );
        assert!(find(&Html::parse_document(&long)).is_empty());
        // A letter's address and date set right open it: no epigraph.
        let letter = r#"<html><body><p align="right">14 Rue des Ormes</p><p align="right">3 March 1921</p><p>Dear Louis,</p></body></html>"#;
        assert!(find(&Html::parse_document(letter)).is_empty());
        let sourced = r#"<html><body><p align="right">Light in 1914.</p><p align="right">— Anon</p><p>Text.</p></body></html>"#;
        assert_eq!(find(&Html::parse_document(sourced)).len(), 2);
    }
}
