//! Book layout: a whole [`Book`] → a [`Document`] of frames.
//!
//! Input: the book and resolved settings. Output: every page (front matter, chapter
//! openers, text pages, blank versos), with running heads, folios, contents links, the
//! outline and page labels, plus warnings. This is where the house design lives: margins,
//! sizes, the chapter opener; the stages it calls do the typesetting.
//!
//! The stages, in order: [`blocks`] turns a chapter into vertical blocks (its scene
//! breaks drawn by [`ornament`]), [`hyphens`] keeps the book to its hyphen budget,
//! [`chapters`] sets every chapter on pages, [`front`] sets the title, copyright and
//! contents pages, [`assemble`] puts front matter and body pages into the document,
//! [`place`] puts lines, running heads and folios on a physical page; all of them set
//! with what [`layout`] holds (page geometry, tools, styles). This module runs the
//! passes that settle the print gutter.

mod assemble;
mod blocks;
mod chapters;
mod front;
mod hyphens;
mod layout;
mod lists;
mod ornament;
mod place;

pub use layout::gutter_for;
pub use ornament::ORNAMENT;

use super::fonts::FontSet;
use super::frame::{Document, Tree};
use super::hyphenate::Hyphenation;
use crate::config::{PdfSettings, Profile};
use crate::diag::Diagnostic;
use crate::furniture::Furniture;
use crate::model::Book;
use assemble::{build, page_count};
use chapters::{Area, Chapters, SetChapter, set_chapters};
use layout::{Geometry, Pass, Tools};
use std::sync::Arc;

/// Typesets the whole book. Warnings name characters no font could show.
///
/// Chapters are set in parallel (they are independent until pagination) and body pages
/// are dressed in parallel; results are collected in book order, so the document does
/// not depend on thread scheduling.
pub fn typeset(book: &Book, s: &PdfSettings) -> (Document, Vec<Diagnostic>) {
    // The PDF sets footnotes as the author typed them: markers and notes in place.
    let lowered;
    let book = if book.chapters.iter().any(crate::model::has_footnotes) {
        lowered = Book {
            meta: book.meta.clone(),
            chapters: book
                .chapters
                .iter()
                .map(|c| match crate::model::has_footnotes(c) {
                    true => crate::model::Chapter {
                        body: crate::model::unlinked_blocks(&c.body),
                        ..c.clone()
                    },
                    false => c.clone(),
                })
                .collect(),
            generated_cover: book.generated_cover.clone(),
        };
        &lowered
    } else {
        book
    };
    let fonts = FontSet::with_fallback(s.fallback_fonts.clone(), &book.meta.language);
    let hyphenation = Hyphenation::for_language(&book.meta.language);
    // Every story's language, and every note's that is not the book's (an English note
    // over a Hebrew story).
    let notes = book
        .chapters
        .iter()
        .flat_map(|c| [&c.preface_language, &c.afterword_language]);
    let mut langs: Vec<&str> = book
        .chapters
        .iter()
        .map(|c| &c.language)
        .filter_map(|l| l.as_deref())
        .chain(
            notes
                .filter_map(|l| l.as_deref())
                .filter(|l| *l != book.meta.language),
        )
        .collect();
    langs.sort_unstable();
    langs.dedup();
    let others: Vec<_> = langs
        .into_iter()
        .map(|l| (l.to_string(), Hyphenation::for_language(l), Arc::default()))
        .collect();
    let furniture = Furniture::of(book);
    let tools = Tools {
        furniture: &furniture,
        fonts: &fonts,
        hyphenation: &hyphenation,
        language: &book.meta.language,
        cache: Arc::default(),
        words: Arc::default(),
        others: &others,
    };
    let mut gutter = gutter_for(0);
    // Chapters set in a pass, kept for the next when that has the same text area.
    let mut kept: Option<(Area, Chapters)> = None;
    let mut passes = 0;
    // Print gutters grow with the page count, which depends on the gutter: iterate until
    // the count lands in the bracket it was set for (two passes in practice, at most
    // four).
    let (mut doc, mut warnings) = loop {
        let geo = Geometry::new(s, gutter);
        let p = Pass {
            book,
            s,
            geo: &geo,
            tools: &tools,
        };
        let chapters = match kept.take() {
            Some((area, chapters)) if area == geo.area() => chapters,
            _ => {
                let clock = crate::timing::stage("pdf.layout.chapters");
                let chapters = set_chapters(&p);
                clock.done();
                chapters
            }
        };
        passes += 1;
        if s.profile == Profile::Screen || passes == 4 {
            break build(&p, chapters);
        }
        let wanted = gutter_for(page_count(&p, &chapters));
        if wanted == gutter {
            break build(&p, chapters);
        }
        // This pass's document is thrown away, but the ToUnicode map takes every glyph
        // ever shaped, so it is still made for its front matter, heads and folios; the
        // chapter pages, already set, are left empty.
        let hollow = chapters
            .iter()
            .map(|ch| SetChapter {
                pages: vec![Vec::new(); ch.pages.len()],
                starts: Vec::new(),
                tags: Vec::new(),
                tree: Tree::default(),
                warning: None,
            })
            .collect();
        build(&p, hollow);
        // When only the margins move, the next pass sets every chapter exactly as this
        // one did: keep them.
        if Geometry::new(s, wanted).area() == geo.area() {
            kept = Some((geo.area(), chapters));
        }
        gutter = wanted;
    };
    let clock = crate::timing::stage("pdf.layout.tounicode");
    doc.glyph_text = tools.cache.glyph_texts();
    doc.renumber_faces(fonts.canonical());
    clock.done();
    for name in fonts.named_not_installed() {
        let line = (s.fallback_fonts.iter().position(|n| *n == name))
            .and_then(|i| s.fallback_lines.get(i).copied().flatten());
        warnings.push(
            Diagnostic::warning(
                Some("book.toml".into()),
                format!("`[fonts] fallback` names “{name}”, which is not installed"),
            )
            .at(line, None)
            .hint("install it, or check the family name with `fc-list : family`"),
        );
    }
    (doc, warnings)
}
