//! Book layout: a whole [`Book`] → a [`Document`] of frames.
//!
//! Input: the book and resolved settings. Output: every page (front matter, chapter
//! openers, text pages, blank versos), with running heads, folios, contents links, the
//! outline and page labels, plus warnings. This is where the house design lives: margins,
//! sizes, the chapter opener; the stages it calls do the typesetting.
//!
//! The stages, in order: [`blocks`] turns a chapter into vertical blocks (its scene
//! breaks drawn by [`ornament`]), [`chapters`] sets every chapter on pages, [`front`]
//! sets the title, copyright and contents pages, [`assemble`] puts front matter and body
//! pages into the document, [`place`] puts lines, running heads and folios on a physical
//! page. This module holds the page geometry and the passes that settle the print gutter.

mod assemble;
mod blocks;
mod chapters;
mod front;
mod ornament;
mod place;

pub use ornament::ORNAMENT;

use super::compose::{Align, Composer, SetLine, Style, WordCache};
use super::fonts::{FontKey, FontSet};
use super::frame::{Document, Tree};
use super::hyphenate::Hyphenation;
use super::paginate::VBlock;
use super::shape::{ShapeCache, Shaper};
use crate::config::{PdfSettings, Profile};
use crate::diag::Diagnostic;
use crate::furniture::Furniture;
use crate::model::Book;
use assemble::{build, page_count};
use chapters::{Area, Chapters, SetChapter, set_chapters};
use std::sync::Arc;

/// Distance between contents leader dots, in ems: open enough to read as a line of
/// dots rather than a rule.
pub(super) const LEADER_PITCH: f32 = 0.6;
const IN: f32 = 72.0;
/// Top margin as a share of the page height. The running head sits in it, so it must
/// leave the head clear of the edge (a screen A5 head was 31pt from the top at 9%).
const TOP_SHARE: f32 = 0.105;

/// KDP's minimum inside margin for a page count (their published table).
pub fn gutter_for(pages: usize) -> f32 {
    IN * match pages {
        0..=150 => 0.375,
        151..=300 => 0.5,
        301..=500 => 0.625,
        501..=700 => 0.75,
        _ => 0.875,
    }
}

/// Page geometry for one pass.
pub(super) struct Geometry {
    pub(super) width: f32,
    pub(super) height: f32,
    pub(super) top: f32,
    /// Margin on the binding side (print) or both sides (screen).
    pub(super) inner: f32,
    pub(super) outer: f32,
    pub(super) measure: f32,
    pub(super) text_height: f32,
    pub(super) print: bool,
}

impl Geometry {
    fn new(s: &PdfSettings, gutter: f32) -> Geometry {
        let print = s.profile == Profile::Print;
        let (inner, outer) = s.side_margins(gutter);
        let top = (s.page_height * TOP_SHARE).max(0.6 * IN);
        let bottom = top * 1.1;
        // A whole number of lines, so full pages end on the same baseline.
        let lines = ((s.page_height - top - bottom) / s.leading)
            .floor()
            .max(4.0);
        Geometry {
            width: s.page_width,
            height: s.page_height,
            top,
            inner,
            outer,
            measure: s.page_width - inner - outer,
            text_height: lines * s.leading,
            print,
        }
    }

    /// Left edge of the text area on physical page `index` (recto = even index).
    fn left(&self, index: usize) -> f32 {
        if self.print && index % 2 == 1 {
            self.outer
        } else {
            self.inner
        }
    }
}

/// What every thread needs to make a [`Composer`]: shared, read-only faces and
/// hyphenation patterns, and the shared shaping and word caches.
struct Tools<'a> {
    furniture: &'a Furniture,
    fonts: &'a FontSet,
    hyphenation: &'a Hyphenation,
    cache: Arc<ShapeCache>,
    words: Arc<WordCache>,
    /// The patterns and set words of each story language that is not the book's.
    others: &'a [(String, Hyphenation, Arc<WordCache>)],
}

impl<'a> Tools<'a> {
    fn composer(&self) -> Composer<'a> {
        Composer::with_cache(
            Shaper::with_cache(self.fonts, self.cache.clone()),
            self.hyphenation,
            self.words.clone(),
        )
    }

    /// A composer for a story in `lang`, when that is not the book's language.
    fn composer_in(&self, lang: &str) -> Option<Composer<'a>> {
        let (_, hyphenation, words) = self.others.iter().find(|(l, ..)| l == lang)?;
        Some(Composer::with_cache(
            Shaper::with_cache(self.fonts, self.cache.clone()),
            hyphenation,
            words.clone(),
        ))
    }
}

/// One layout pass: what every stage of it reads (the book, the settings, this pass's
/// page geometry and the shared tools), passed as one thing.
struct Pass<'a> {
    book: &'a Book,
    s: &'a PdfSettings,
    geo: &'a Geometry,
    tools: &'a Tools<'a>,
}

/// Typesets the whole book. Warnings name characters no font could show.
///
/// Chapters are set in parallel (they are independent until pagination) and body pages
/// are dressed in parallel; results are collected in book order, so the document does
/// not depend on thread scheduling.
pub fn typeset(book: &Book, s: &PdfSettings) -> (Document, Vec<Diagnostic>) {
    let fonts = FontSet::with_fallback(s.fallback_fonts.clone(), &book.meta.language);
    let hyphenation = Hyphenation::for_language(&book.meta.language);
    let mut langs: Vec<&str> = book
        .chapters
        .iter()
        .filter_map(|c| c.language.as_deref())
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

fn body_style(s: &PdfSettings) -> Style {
    Style {
        font: FontKey::Regular,
        size: s.font_size,
        leading: s.leading,
        align: Align::Justify,
        indent: s.font_size * 1.2,
    }
}

pub(super) fn centred(font: FontKey, s: &PdfSettings, scale: f32) -> Style {
    Style {
        font,
        size: s.font_size * scale,
        leading: s.leading * scale,
        align: Align::Center,
        indent: 0.0,
    }
}

pub(super) fn block(lines: Vec<SetLine>, space_before: f32, keep: bool, breakable: bool) -> VBlock {
    VBlock {
        lines,
        space_before,
        keep_with_next: keep,
        breakable,
        grid: None,
        flex: false,
    }
}
