//! Word processors' "Save as HTML" (LibreOffice and OpenOffice Writer, Microsoft Word):
//! the title a writer set by hand as a big centred paragraph, the author the document's
//! properties name, and Word's byline typed as a bare name under the title.
//!
//! Input: a parsed HTML page. LibreOffice marks its pages with `<meta name="generator"
//! content="LibreOffice …">`, writes the document's title property as `<title>` (empty
//! when none was set) and its author property as `<meta name="author">`. A title typed
//! as a paragraph and formatted by hand comes out as `<p align="center">` with its text
//! in `<font size="6">` (or a `font-size` style of 18pt and more), since no `<h1>` was
//! used. Output: that paragraph's text as the title, when it is the page's first
//! paragraph with text; the author property.
//!
//! Word's "Save as Web Page" marks its pages with `<meta name=ProgId content=Word.Document>`,
//! sets the title as `<p class=MsoTitle>` and writes the document's properties (its
//! `<o:Author>` among them) as XML inside a conditional comment. A writer types the
//! byline as a paragraph of its own under the title, often without "by": set apart (in
//! italics or bold, centred, or in Word's Subtitle style) or naming the author property,
//! that bare name is the author, not the story's first words. Pure: no I/O.

use super::bylines::is_name;
use super::html::{has_class, text_of};
use super::work::Work;
use crate::model::{Block, Inline, plain_text};
use crate::typography;
use scraper::{ElementRef, Html, Node};

/// Whether a page was written by LibreOffice or OpenOffice Writer.
pub(crate) fn is_office(doc: &Html) -> bool {
    meta(doc, "generator").is_some_and(|g| {
        let g = g.to_ascii_lowercase();
        g.starts_with("libreoffice") || g.starts_with("openoffice")
    })
}

/// The `content` of the page's `<meta name=NAME>`, trimmed, when it says something.
fn meta(doc: &Html, name: &str) -> Option<String> {
    doc.root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "meta")
        .find(|e| {
            e.value()
                .attr("name")
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
        .and_then(|e| e.value().attr("content"))
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|c| !c.is_empty())
}

/// The document's author property, on a word processor's page.
pub(crate) fn author(doc: &Html) -> Option<String> {
    if !is_office(doc) {
        return None;
    }
    meta(doc, "author").filter(|a| super::bylines::is_name(a))
}

/// The title a word processor's page sets as its first paragraph: centred, all of its
/// text in a big font.
pub(crate) fn title_paragraph(doc: &Html) -> Option<String> {
    if !is_office(doc) {
        return None;
    }
    let first = doc
        .root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "p")
        .find(|p| p.text().any(|t| !t.trim().is_empty()))?;
    let text = text_of(first);
    let big: String = first
        .descendent_elements()
        .filter(|e| is_big(*e))
        .map(text_of)
        .collect::<Vec<_>>()
        .join(" ");
    let big = big.split_whitespace().collect::<Vec<_>>().join(" ");
    // A sentence set big and centred opens the story ("It was the night of the fire,
    // and nobody slept."): a title has no full stop.
    let sentence = text.ends_with(['.', ',', ';']) && !text.ends_with("...");
    (centred(first)
        && (is_big(first) || big == text)
        && text.split_whitespace().count() <= 20
        && !sentence)
        .then_some(text)
}

fn centred(p: ElementRef<'_>) -> bool {
    let v = p.value();
    v.attr("align")
        .is_some_and(|a| a.eq_ignore_ascii_case("center"))
        || v.attr("style").is_some_and(|s| {
            s.to_ascii_lowercase()
                .replace(' ', "")
                .contains("text-align:center")
        })
}

/// A `<font size>` of 5 and more (18pt), or a `font-size` style of 18pt (24px) and more.
fn is_big(e: ElementRef<'_>) -> bool {
    let v = e.value();
    if v.name() == "font"
        && let Some(n) = v.attr("size").and_then(|s| s.trim().parse::<u32>().ok())
    {
        return n >= 5;
    }
    let Some(style) = v.attr("style") else {
        return false;
    };
    let style = style.to_ascii_lowercase().replace(' ', "");
    let Some(at) = style.find("font-size:") else {
        return false;
    };
    let value = &style[at + "font-size:".len()..];
    let num: String = value
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let unit = &value[num.len()..];
    let Ok(n) = num.parse::<f32>() else {
        return false;
    };
    (unit.starts_with("pt") && n >= 18.0) || (unit.starts_with("px") && n >= 24.0)
}

/// Whether Microsoft Word wrote the page ("Save as Web Page").
fn is_word(doc: &Html) -> bool {
    meta(doc, "ProgId").is_some_and(|p| p.starts_with("Word."))
        || meta(doc, "Generator").is_some_and(|g| g.starts_with("Microsoft Word"))
}

/// The document's author property, as Word writes it in its document properties
/// (`<o:Author>NAME</o:Author>` in a conditional comment of the page's head).
fn word_author_property(doc: &Html) -> Option<String> {
    doc.root_element().descendants().find_map(|n| {
        let Node::Comment(c) = n.value() else {
            return None;
        };
        let (_, rest) = c.comment.split_once("<o:Author>")?;
        let (name, _) = rest.split_once("</o:Author>")?;
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        (!name.is_empty()).then_some(name)
    })
}

/// Whether paragraph `p` is set apart from body text: all its text in italics or bold,
/// centred, or in Word's Subtitle style.
fn set_apart(p: ElementRef<'_>) -> bool {
    let styled = |n: ego_tree::NodeRef<'_, Node>| {
        n.ancestors()
            .take_while(|a| a.id() != p.id())
            .filter_map(ElementRef::wrap)
            .any(|a| matches!(a.value().name(), "i" | "em" | "b" | "strong"))
    };
    let all_styled = p.descendants().all(|n| match n.value() {
        Node::Text(t) if !t.trim().is_empty() => styled(n),
        _ => true,
    });
    all_styled || centred(p) || has_class(p, "MsoSubtitle")
}

/// The byline Word's page types under its title paragraph (`MsoTitle`) as a bare name:
/// the next paragraph with text, one line of two to four words that reads as a name,
/// no digit, set apart from the text or naming the document's author property (a word
/// of it, as the property often holds a first name alone).
fn word_byline(doc: &Html) -> Option<String> {
    if !is_word(doc) {
        return None;
    }
    let mut paras = doc
        .root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "p")
        .filter(|p| p.text().any(|t| !t.trim().is_empty()));
    if !has_class(paras.next()?, "MsoTitle") {
        return None;
    }
    let p = paras.next()?;
    let text = text_of(p);
    let words: Vec<&str> = text.split_whitespace().collect();
    let named = (2..=4).contains(&words.len())
        && is_name(&text)
        && !text.contains(|c: char| c.is_ascii_digit())
        && !p.descendent_elements().any(|e| e.value().name() == "br");
    let property = word_author_property(doc).is_some_and(|a| {
        a.split_whitespace()
            .any(|w| w.chars().count() > 1 && words.iter().any(|x| x.eq_ignore_ascii_case(w)))
    });
    (named && (property || set_apart(p))).then_some(text)
}

/// Takes Word's bare-name byline (see [`word_byline`]) off the top of the work's text,
/// under the title already taken off: the name is the author, unless one was found.
pub(crate) fn take_byline(work: &mut Work, doc: &Html, lang: &str) {
    let Some(name) = word_byline(doc) else {
        return;
    };
    let Some(part) = work.parts.first_mut() else {
        return;
    };
    let first = match part.body.first() {
        Some(Block::Paragraph(inl)) if !inl.contains(&Inline::LineBreak) => plain_text(inl),
        _ => return,
    };
    let first = first.split_whitespace().collect::<Vec<_>>().join(" ");
    if first != name && first != typography::apply_str(&name, lang) {
        return;
    }
    part.body.remove(0);
    if work.authors.is_empty() {
        work.authors.push(name.clone());
    }
    work.decisions.push(format!(
        "the name under Word's title paragraph is the byline ({name}), not the story's text"
    ));
}

/// Takes off the empty paragraphs a writer typed for space on a word processor's page
/// (Word's `<p class=MsoNormal><o:p>&nbsp;</o:p></p>`, LibreOffice's `<p><br/></p>`,
/// Google Docs' empty paragraph, see `class_styles`):
/// those over the text's first words or under its last, and those on either side of a
/// scene break, which is the break itself. They hid from the reading of notes which
/// paragraph opens the text and that a break parts a note from the story. A spacer
/// between two paragraphs stays: it may be all that parts a note from the story (see
/// `html::frame::note_over_rule`).
pub(crate) fn drop_spacers(work: &mut Work, doc: &Html) {
    if !is_word(doc) && !is_office(doc) && !super::class_styles::is_google_docs_page(doc) {
        return;
    }
    let mut dropped = 0;
    for part in &mut work.parts {
        let body = &part.body;
        let keep: Vec<bool> = (0..body.len())
            .map(|i| {
                let prev = body[..i].iter().rev().find(|b| !b.is_blank());
                let next = body[i + 1..].iter().find(|b| !b.is_blank());
                let spacer = prev.is_none_or(|b| *b == Block::SceneBreak)
                    || next.is_none_or(|b| *b == Block::SceneBreak);
                !(body[i].is_blank() && spacer)
            })
            .collect();
        dropped += keep.iter().filter(|k| !**k).count();
        let mut k = keep.into_iter();
        part.body.retain(|_| k.next().unwrap_or(true));
    }
    if dropped > 0 {
        work.decisions.push(format!(
            "{dropped} empty paragraph(s) the word processor's page sets for space (at the \
             text's ends and around its scene breaks) are left out"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"<head><meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/><meta name="author" content="Ines Harrow"/><title></title></head>"#;

    /// LibreOffice's page of a document whose title was typed as a big centred
    /// paragraph: that paragraph is the title, the author property the author.
    #[test]
    fn a_big_centred_first_paragraph_is_the_title() {
        let doc = Html::parse_document(&format!(
            r#"<html>{HEAD}<body><p align="center" style="margin-top: 0.42cm"><font face="Liberation Sans"><font size="6" style="font-size: 28pt">What the Keepers Knew</font></font></p>
<p align="center"><i>by Ines Harrow</i></p><p>The lighthouse.</p></body></html>"#
        ));
        assert_eq!(
            title_paragraph(&doc).as_deref(),
            Some("What the Keepers Knew")
        );
        assert_eq!(author(&doc).as_deref(), Some("Ines Harrow"));
    }

    /// A first paragraph in the body's size, or one not centred, is the story's; a page
    /// no word processor wrote keeps its paragraphs and its meta tags.
    #[test]
    fn a_storys_first_paragraph_is_no_title() {
        let page =
            |body: &str| Html::parse_document(&format!("<html>{HEAD}<body>{body}</body></html>"));
        assert_eq!(
            title_paragraph(&page(r#"<p align="center">Rain.</p>"#)),
            None
        );
        assert_eq!(
            title_paragraph(&page(r#"<p><font size="6">Rain.</font></p>"#)),
            None
        );
        assert_eq!(
            title_paragraph(&page(
                r#"<p align="center"><font size="6">Rain</font> fell all day.</p>"#
            )),
            None
        );
        assert_eq!(
            title_paragraph(&page(
                r#"<p style="text-align: center"><span style="font-size: 20pt">Rain</span></p>"#
            ))
            .as_deref(),
            Some("Rain")
        );
        // A sentence set big and centred opens the story.
        assert_eq!(
            title_paragraph(&page(
                r#"<p align="center"><font size="5">It was the night of the fire, and nobody slept.</font></p>"#
            )),
            None
        );
        let web = Html::parse_document(
            r#"<html><head><meta name="author" content="Ana"></head><body><p align="center"><font size="6">Rain</font></p></body></html>"#,
        );
        assert_eq!(title_paragraph(&web), None);
        assert_eq!(author(&web), None);
    }

    fn word_page(props: &str, under_title: &str) -> Html {
        Html::parse_document(&format!(
            r#"<html><head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><!--[if gte mso 9]><xml><o:DocumentProperties>{props}</o:DocumentProperties></xml><![endif]--></head>
<body lang=NL><div class=WordSection1><p class=MsoTitle>Lantaarns<o:p></o:p></p>
{under_title}<p class=MsoNormal>Ze stak ze aan.<o:p></o:p></p><p class=MsoNormal>Alle drie.<o:p></o:p></p></div></body></html>"#
        ))
    }

    /// Word's page: a bare name typed under the title paragraph, in italics or naming the
    /// document's author property, is the byline; a plain line or a sentence under the
    /// title is the story's.
    #[test]
    fn a_name_under_words_title_is_the_byline() {
        let props = "<o:Author>Femke</o:Author>";
        let italic = "<p class=MsoNormal><i>Femke van der Heijden</i><o:p></o:p></p>";
        let plain = "<p class=MsoNormal>Femke van der Heijden<o:p></o:p></p>";
        assert_eq!(
            word_byline(&word_page("", italic)).as_deref(),
            Some("Femke van der Heijden")
        );
        assert_eq!(
            word_byline(&word_page(props, plain)).as_deref(),
            Some("Femke van der Heijden")
        );
        assert_eq!(word_byline(&word_page("", plain)), None);
        let sentence = "<p class=MsoNormal><i>Het regende al dagen.</i><o:p></o:p></p>";
        assert_eq!(word_byline(&word_page(props, sentence)), None);
        // The story read from the page loses the name and is by its author.
        let page = word_page(props, italic);
        let (blocks, _) = crate::source::html::blocks_of(crate::source::html::body_of(&page), "nl");
        let mut work = Work {
            parts: vec![crate::source::work::Part {
                body: blocks[1..].to_vec(),
                ..Default::default()
            }],
            ..Work::default()
        };
        take_byline(&mut work, &page, "nl");
        assert_eq!(work.authors, vec!["Femke van der Heijden".to_string()]);
        let plain: Vec<String> = work.parts[0].body.iter().map(Block::plain).collect();
        assert_eq!(plain, vec!["Ze stak ze aan.", "Alle drie."]);
    }

    /// Word's empty spacer paragraphs over a note and around the `* * *` under it hid
    /// the note's label and made the rule a scene break: they are left out, the note is
    /// the preface and the rule parts it from the story; a break inside the story stays.
    #[test]
    fn words_spacer_paragraphs_hide_no_note_and_make_no_break() {
        let sp = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>";
        let story: String = (1..=4)
            .map(|k| {
                format!("<p class=MsoNormal>Zin {k} van het verhaal over de sluis.<o:p></o:p></p>")
            })
            .collect();
        let body = format!(
            "{sp}<p class=MsoNormal><span lang=EN-GB>Author’s note: written for a contest in \
             Leiden.<o:p></o:p></span></p>{sp}<p class=MsoNormal align=center>* * *<o:p></o:p></p>\
             {sp}{story}{sp}<p class=MsoNormal align=center>***<o:p></o:p></p>{sp}{story}{sp}"
        );
        let page = format!(
            r#"<html><head><meta name=ProgId content=Word.Document></head><body lang=NL><div class=WordSection1><p class=MsoTitle>Lantaarns<o:p></o:p></p>{body}</div></body></html>"#
        );
        let entry = crate::config::ChapterConfig::default();
        let kind = crate::source::import::Kind::Html;
        let (ch, _) =
            crate::source::import::read(&entry, page.as_bytes(), kind, "nl").expect("read");
        let plain = |b: &[Block]| b.iter().map(Block::plain).collect::<Vec<_>>();
        assert_eq!(
            plain(&ch.preface),
            vec!["Author’s note: written for a contest in Leiden."]
        );
        assert_eq!(ch.body.len(), 9);
        assert_eq!(ch.body[4], Block::SceneBreak);
        assert!(ch.body.iter().all(|b| !b.is_blank()));
    }
}
