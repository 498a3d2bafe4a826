//! EPUB content documents: Book → XHTML strings.
//!
//! Input: the document model. Output: whole XHTML 1.1/HTML5 documents (title page,
//! contents, one per chapter) and the stylesheet. Every piece of user text goes through
//! [`esc`] (from [`crate::render::xml`]), so a story containing `</p><script>` shows it as text.

use super::chapter_file;
use super::pagebreak::{self, Cursor, Marks, mark_where};
use crate::furniture::{Furniture, Note};
use crate::model::{Block, Book, Chapter, Inline, VerseLine};
use crate::render::pages::{Section, Spot};
use crate::render::xml::esc;
use crate::typography::is_rtl_language;
use std::fmt::Write;

fn head(out: &mut String, lang: &str, title: &str) {
    // A book in a language written right to left reads so throughout.
    let dir = if is_rtl_language(lang) {
        " dir=\"rtl\""
    } else {
        ""
    };
    let lang = esc(lang);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n\
         <html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" \
         xml:lang=\"{lang}\" lang=\"{lang}\"{dir}>\n<head>\n<meta charset=\"utf-8\"/>\n\
         <title>{}</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"stylesheet.css\"/>\n\
         </head>\n",
        esc(title)
    );
}

/// The title page: title, subtitle, editors; `marks`: the pages starting in it.
pub fn title_page(book: &Book, f: &Furniture, marks: &Marks) -> String {
    let meta = &book.meta;
    let t = f.title_page(meta);
    let mut out = String::new();
    head(&mut out, &meta.language, &meta.title);
    let _ = writeln!(
        out,
        "<body>\n<section class=\"titlepage\" epub:type=\"titlepage\" aria-label=\"{}\">",
        esc(&f.title_page)
    );
    mark_where(&mut out, marks, |s| *s == Spot::TitlePage);
    let _ = writeln!(out, "<h1 class=\"book-title\">{}</h1>", esc(&t.title));
    if let Some(s) = &t.subtitle {
        let _ = writeln!(out, "<p class=\"subtitle\">{}</p>", esc(s));
    }
    if let Some(a) = &t.authors {
        let _ = writeln!(out, "<p class=\"book-authors\">{}</p>", esc(a));
    }
    out.push_str("</section>\n</body>\n</html>\n");
    out
}

/// The copyright page: the same lines as the PDF's, from the furniture.
pub fn copyright_page(book: &Book, f: &Furniture, marks: &Marks) -> String {
    let mut out = String::new();
    head(&mut out, &book.meta.language, &f.copyright_page);
    let _ = writeln!(
        out,
        "<body>\n<section class=\"copyright\" epub:type=\"copyright-page\" aria-label=\"{}\">",
        esc(&f.copyright_page)
    );
    mark_where(&mut out, marks, |s| *s == Spot::Copyright);
    for line in f.copyright_lines(&book.meta) {
        let _ = writeln!(out, "<p>{}</p>", esc(&line));
    }
    out.push_str("</section>\n</body>\n</html>\n");
    out
}

/// The contents page, linking every chapter.
pub fn contents_page(book: &Book, f: &Furniture, marks: &Marks) -> String {
    let mut out = String::new();
    head(&mut out, &book.meta.language, &f.contents);
    out.push_str("<body>\n<section class=\"contents\" epub:type=\"toc\" role=\"doc-toc\" aria-labelledby=\"contents-title\">\n");
    mark_where(&mut out, marks, |s| *s == Spot::ContentsHeading);
    let _ = write!(
        out,
        "<h1 id=\"contents-title\">{}</h1>\n<ol class=\"contents-list\">\n",
        esc(&f.contents)
    );
    for (i, ch) in book.chapters.iter().enumerate() {
        out.push_str("<li>");
        mark_where(&mut out, marks, |s| *s == Spot::ContentsEntry(i));
        let _ = write!(
            out,
            "<a href=\"{}\">{}</a>",
            chapter_file(i),
            esc(&ch.title)
        );
        inlines(&mut out, &f.contents_author(ch));
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</section>\n</body>\n</html>\n");
    out
}

/// One chapter document; `info`: show the story's information under its byline;
/// `marks`: the pages starting in it.
pub fn chapter_page(
    ch: &Chapter,
    i: usize,
    lang: &str,
    info: bool,
    f: &Furniture,
    marks: &Marks,
) -> String {
    let mut out = String::with_capacity(estimate(ch));
    head(&mut out, lang, &ch.title);
    // A story in another language than the book's: its title, notes and text say so
    // (the book's own labels around them keep the book's).
    let own = lang_attrs(ch.language.as_deref(), lang);
    // Notes in another language than the story's (English notes over a Hebrew story)
    // say theirs; one in the book's language needs no attribute.
    let note_attrs = |l: &Option<String>| match l {
        Some(l) if l == lang => String::new(),
        Some(l) => lang_attrs(Some(l), lang),
        None => own.clone(),
    };
    let (preface_own, afterword_own) = (
        note_attrs(&ch.preface_language),
        note_attrs(&ch.afterword_language),
    );
    let id = format!("ch{}", i + 1);
    let _ = writeln!(
        out,
        "<body>\n<section class=\"chapter\" epub:type=\"chapter\" role=\"doc-chapter\" aria-labelledby=\"{id}-title\">"
    );
    mark_where(&mut out, marks, |s| matches!(s, Spot::ChapterHead(_)));
    let _ = write!(
        out,
        "<header class=\"chapter-head\">\n<h1 id=\"{id}-title\" class=\"chapter-title\"{own}>{}</h1>\n",
        esc(&ch.title)
    );
    if let Some(by) = f.chapter_byline(ch) {
        let _ = writeln!(out, "<p class=\"byline\">{}</p>", esc(&by));
    }
    if info {
        story_info(&mut out, &f.story_info(&ch.meta), f.info_separator());
    }
    out.push_str("</header>\n");
    if let Some(n) = f.summary(ch) {
        let id = format!("{id}-summary");
        // The summary is in the preface's language (its note language covers both).
        note(
            &mut out,
            &n,
            (&id, Section::Summary, &preface_own),
            f,
            marks,
        );
    }
    if let Some(n) = f.preface(ch) {
        let id = format!("{id}-preface");
        note(
            &mut out,
            &n,
            (&id, Section::Preface, &preface_own),
            f,
            marks,
        );
    }
    let _ = writeln!(out, "<div class=\"story\"{own}>");
    blocks(
        &mut out,
        &ch.body,
        f,
        Some(i),
        pagebreak::in_section(marks, Section::Body),
    );
    out.push_str("</div>\n");
    if let Some(n) = f.afterword(ch) {
        let id = format!("{id}-afterword");
        note(
            &mut out,
            &n,
            (&id, Section::Afterword, &afterword_own),
            f,
            marks,
        );
    }
    out.push_str("</section>\n</body>\n</html>\n");
    out
}

/// ` lang="…" xml:lang="…"` for a part of a chapter in language `l` (none: the book's),
/// with its direction when that differs from the book's (the reading system's bidi
/// algorithm then sets its paragraphs right to left).
fn lang_attrs(l: Option<&str>, book: &str) -> String {
    let Some(l) = l else {
        return String::new();
    };
    let dir = match (is_rtl_language(l), is_rtl_language(book)) {
        (true, false) => " dir=\"rtl\"",
        (false, true) => " dir=\"ltr\"",
        _ => "",
    };
    format!(" lang=\"{0}\" xml:lang=\"{0}\"{dir}", esc(l))
}

/// The story's information, one short paragraph a row, quiet under the byline.
fn story_info(out: &mut String, rows: &[crate::furniture::InfoRow], sep: &str) {
    if rows.is_empty() {
        return;
    }
    out.push_str("<div class=\"story-info\">\n");
    for row in rows {
        out.push_str("<p>");
        for (k, item) in row.iter().enumerate() {
            if k > 0 {
                out.push_str(sep);
            }
            let _ = write!(
                out,
                "<span class=\"info-label\">{}</span> {}",
                esc(&item.label),
                esc(&item.value)
            );
        }
        out.push_str("</p>\n");
    }
    out.push_str("</div>\n");
}

fn estimate(ch: &Chapter) -> usize {
    1024 + ch
        .all_blocks()
        .map(|b| match b {
            Block::Paragraph(inl) => inl.iter().map(inline_len).sum::<usize>() + 32,
            Block::Stanza(lines) => lines
                .iter()
                .map(|l| l.inlines.iter().map(inline_len).sum::<usize>() + 32)
                .sum::<usize>(),
            _ => 64,
        })
        .sum::<usize>()
}

fn inline_len(i: &Inline) -> usize {
    match i {
        Inline::Text(t) => t.len() + 8,
        Inline::Emphasis(c) | Inline::Strong(c) => c.iter().map(inline_len).sum::<usize>() + 20,
        Inline::LineBreak => 6,
        Inline::NoteRef { .. } => 120,
    }
}

fn note(
    out: &mut String,
    n: &Note<'_>,
    (id, section, own): (&str, Section, &str),
    f: &Furniture,
    marks: &Marks,
) {
    let class = match section {
        Section::Summary => "summary",
        Section::Preface => "preface",
        _ => "afterword",
    };
    mark_where(
        out,
        marks,
        |s| matches!(s, Spot::NoteLabel { section: w, .. } if *w == section),
    );
    let _ = write!(
        out,
        "<section class=\"note {class}\" aria-labelledby=\"{id}\">\n<h2 id=\"{id}\" class=\"note-label\">{}</h2>\n",
        esc(n.label)
    );
    if !own.is_empty() {
        let _ = writeln!(out, "<div{own}>");
    }
    blocks(
        out,
        &n.blocks,
        f,
        None,
        pagebreak::in_section(marks, section),
    );
    if !own.is_empty() {
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

/// The fragment id of the `k`-th heading (from 0) in chapter `i`'s story: the
/// navigation lists each under its story.
pub fn heading_anchor(i: usize, k: usize) -> String {
    format!("ch{}-s{}", i + 1, k + 1)
}

/// Writes `blocks`; in chapter `chapter`'s story (not in its notes) headings get the ids
/// [`heading_anchor`] names. `marks`: the markers of the pages that start in them,
/// (block, character offset, label) in page order.
fn blocks(
    out: &mut String,
    items: &[Block],
    f: &Furniture,
    chapter: Option<usize>,
    marks: Vec<(usize, usize, &str)>,
) {
    let mut heading = 0;
    // The first paragraph of a run (after a heading, a scene break, or at the start) is
    // set flush left: the indent marks a new paragraph, not the start of a section.
    let mut first = true;
    let mut marks = marks.into_iter().peekable();
    for (k, b) in items.iter().enumerate() {
        // A page that starts with the block: its marker goes before it.
        while let Some((_, _, label)) = marks.next_if(|m| m.0 < k || (m.0 == k && m.1 == 0)) {
            pagebreak::marker(out, label);
            out.push('\n');
        }
        match b {
            Block::Paragraph(inl) => {
                let flush = first || crate::model::is_typed_lines(inl);
                out.push_str(if flush { "<p class=\"first\">" } else { "<p>" });
                let mut inside = Vec::new();
                while let Some((_, at, label)) = marks.next_if(|m| m.0 == k) {
                    inside.push((at, label));
                }
                let mut cursor = Cursor::new(inside);
                pagebreak::inlines(out, inl, &mut cursor);
                cursor.finish(out);
                out.push_str("</p>\n");
                first = false;
            }
            Block::Stanza(lines) => {
                let mut inside = Vec::new();
                while let Some((_, at, label)) = marks.next_if(|m| m.0 == k) {
                    inside.push((at, label));
                }
                stanza(out, lines, Cursor::new(inside));
                // The prose after a poem opens flush, as after a break.
                first = true;
            }
            Block::SceneBreak => {
                // Text, not <hr>: readers that drop <hr> styling still show the ornament.
                let _ = writeln!(
                    out,
                    "<div class=\"scene-break\" role=\"separator\" aria-label=\"{}\"><span aria-hidden=\"true\">* * *</span></div>",
                    esc(&f.scene_break)
                );
                first = true;
            }
            Block::Heading(h) => {
                match chapter {
                    Some(i) => {
                        let _ = writeln!(
                            out,
                            "<h2 class=\"story-heading\" id=\"{}\">{}</h2>",
                            heading_anchor(i, heading),
                            esc(h)
                        );
                        heading += 1;
                    }
                    None => {
                        let _ = writeln!(out, "<h2 class=\"story-heading\">{}</h2>", esc(h));
                    }
                }
                first = true;
            }
            Block::Note(inner) => {
                // A chapter's own summary or notes, at their place: apart, not a landmark.
                out.push_str("<div class=\"chapter-note\" role=\"note\">\n");
                blocks(out, inner, f, None, Vec::new());
                out.push_str("</div>\n");
                first = true;
            }
            Block::List(l) => {
                // The PDF starts a page inside a list at the list (`Part::NoteInside`).
                while marks.next_if(|m| m.0 == k).is_some() {}
                super::lists::list(out, l, |out, item| blocks(out, item, f, None, Vec::new()));
                first = true;
            }
            Block::Quote(inner) => {
                while marks.next_if(|m| m.0 == k).is_some() {}
                out.push_str("<blockquote>\n");
                blocks(out, inner, f, None, Vec::new());
                out.push_str("</blockquote>\n");
                first = true;
            }
            Block::Footnotes(notes) => {
                // A page the PDF starts inside the list: its marker goes before it.
                while let Some((_, _, label)) = marks.next_if(|m| m.0 == k) {
                    pagebreak::marker(out, label);
                    out.push('\n');
                }
                super::footnotes::list(out, notes);
                first = true;
            }
        }
    }
    // Pages the layout starts past the last block: their markers still exist.
    for (_, _, label) in marks {
        pagebreak::marker(out, label);
        out.push('\n');
    }
}

/// A stanza: one paragraph, each typed line a `span` (a block, by the stylesheet) with
/// its indent level as a class, `<br/>`s between them for reading systems that ignore
/// the stylesheet. `cursor` places the page markers inside it (a line break counts as
/// one character, as in [`Block::plain`]).
fn stanza(out: &mut String, lines: &[VerseLine], mut cursor: Cursor) {
    out.push_str("<p class=\"stanza\">");
    for (k, l) in lines.iter().enumerate() {
        if k > 0 {
            out.push_str("<br/>\n");
            cursor.line_break();
        }
        match l.indent {
            0 => out.push_str("<span>"),
            n => {
                let _ = write!(out, "<span class=\"i{n}\">");
            }
        }
        pagebreak::inlines(out, &l.inlines, &mut cursor);
        out.push_str("</span>");
    }
    cursor.finish(out);
    out.push_str("</p>\n");
}

pub(super) fn inlines(out: &mut String, inl: &[Inline]) {
    pagebreak::inlines(out, inl, &mut Cursor::default());
}

/// The stylesheet: book-like paragraphs and quiet notes. Body size, colours and text
/// alignment are left to the reader's settings (no `font-size` on the body, no colour,
/// no `text-align` on paragraphs); hyphenation is asked for under every engine's name.
pub const STYLESHEET: &str = r#"section, header, nav, aside { display: block; }
body { font-family: "Charis SIL", Charter, Georgia, serif; line-height: 1.4; margin: 0 5%; -webkit-hyphens: auto; -epub-hyphens: auto; adobe-hyphenate: auto; hyphens: auto; }
p { margin: 0; text-indent: 1.4em; widows: 2; orphans: 2; }
p.first { text-indent: 0; }
p.stanza { text-indent: 0; margin: 1.4em 0; text-align: left; -webkit-hyphens: manual; -epub-hyphens: manual; adobe-hyphenate: none; hyphens: manual; }
p.stanza > span { display: block; padding-left: 2em; text-indent: -2em; }
p.stanza > span.i1 { padding-left: 3.5em; }
p.stanza > span.i2 { padding-left: 5em; }
p.stanza > span.i3 { padding-left: 6.5em; }
p.stanza > span.i4 { padding-left: 8em; }
p.stanza > br { display: none; }
h2.story-heading + p.stanza { margin-top: 0; }
h1, h2 { font-weight: bold; line-height: 1.2; -webkit-hyphens: manual; -epub-hyphens: manual; adobe-hyphenate: none; hyphens: manual; text-align: center; page-break-after: avoid; break-after: avoid; }
h1.chapter-title { font-size: 1.6em; margin: 2.5em 0 0.4em; }
p.byline { text-align: center; text-indent: 0; font-style: italic; margin: 0 0 2em; }
div.story-info { font-size: 0.8em; text-align: center; margin: -1.5em 0 2.5em; }
div.story-info p { text-indent: 0; margin: 0; }
span.info-label { font-style: italic; }
div.chapter-note { font-size: 0.92em; font-style: italic; margin: 1em 1.5em; }
h2.story-heading { font-size: 1.1em; margin: 1.6em 0 0.8em; }
.scene-break { text-align: center; margin: 1em 0; text-indent: 0; letter-spacing: 0.3em; }
section.note { font-size: 0.92em; margin: 1.5em 0; padding: 0.6em 0; border-top: 1px solid; border-bottom: 1px solid; }
section.note p { font-style: italic; }
section.note em { font-style: normal; }
section.preface { margin-top: 0; margin-bottom: 2em; }
section.summary { margin-top: 0; margin-bottom: 1em; }
section.afterword { margin-top: 2em; }
h2.note-label { font-size: 0.85em; font-variant: small-caps; letter-spacing: 0.05em; margin: 0 0 0.5em; text-align: left; }
.titlepage { text-align: center; margin-top: 20%; }
h1.book-title { font-size: 2em; margin-bottom: 0.5em; }
p.subtitle { text-indent: 0; text-align: center; font-style: italic; font-size: 1.2em; }
p.book-authors { text-indent: 0; text-align: center; margin-top: 2em; font-size: 1.1em; }
section.copyright { margin-top: 40%; font-size: 0.85em; }
section.copyright p { text-indent: 0; margin: 0 0 0.6em; }
.contents h1 { font-size: 1.4em; margin: 2em 0 1em; }
ol.contents-list { list-style: none; padding: 0; margin: 0; }
ol.contents-list li { margin: 0.4em 0; text-indent: 0; }
.fb { font-family: "Quire Fallback", "Noto Serif", serif; }
"#;

#[cfg(test)]
mod tests;
