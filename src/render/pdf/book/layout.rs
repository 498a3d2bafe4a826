//! Book layout, shared: what every stage of it sets with.
//!
//! Input: the resolved settings (and, for the gutter, a page count). Output: one pass's
//! page [`Geometry`], the [`Tools`] every thread makes a composer from, the [`Pass`] the
//! stages take as one thing, and the styles and blocks they build (body text, centred
//! lines). The stages are its siblings; they use it, it uses none of them.

use crate::config::{PdfSettings, Profile};
use crate::furniture::Furniture;
use crate::model::Book;
use crate::render::pdf::compose::{Align, Composer, SetLine, Style, WordCache};
use crate::render::pdf::fonts::{FontKey, FontSet};
use crate::render::pdf::hyphenate::Hyphenation;
use crate::render::pdf::paginate::VBlock;
use crate::render::pdf::shape::{ShapeCache, Shaper};
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
    pub(super) fn new(s: &PdfSettings, gutter: f32) -> Geometry {
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
    pub(super) fn left(&self, index: usize) -> f32 {
        if self.print && index % 2 == 1 {
            self.outer
        } else {
            self.inner
        }
    }
}

/// What every thread needs to make a [`Composer`]: shared, read-only faces and
/// hyphenation patterns, and the shared shaping and word caches.
pub(super) struct Tools<'a> {
    pub(super) furniture: &'a Furniture,
    pub(super) fonts: &'a FontSet,
    pub(super) hyphenation: &'a Hyphenation,
    /// The book's language (BCP 47).
    pub(super) language: &'a str,
    pub(super) cache: Arc<ShapeCache>,
    pub(super) words: Arc<WordCache>,
    /// The patterns and set words of each story language, and each note language that
    /// is not the book's.
    pub(super) others: &'a [(String, Hyphenation, Arc<WordCache>)],
}

impl<'a> Tools<'a> {
    pub(super) fn composer(&self) -> Composer<'a> {
        self.composer_with(self.language, self.hyphenation, &self.words)
    }

    /// A composer for a story in `lang`, when that is not the book's language.
    pub(super) fn composer_in(&self, lang: &str) -> Option<Composer<'a>> {
        let (_, hyphenation, words) = self.others.iter().find(|(l, ..)| l == lang)?;
        Some(self.composer_with(lang, hyphenation, words))
    }

    /// A composer for a note in `lang`: the book's own when that is the book's language,
    /// else a story language's.
    pub(super) fn composer_for(&self, lang: &str) -> Option<Composer<'a>> {
        match lang == self.language {
            true => Some(self.composer()),
            false => self.composer_in(lang),
        }
    }

    /// A composer for text in `lang`, sharing the shaped glyphs, with `hyphenation` and
    /// its set words.
    fn composer_with(
        &self,
        lang: &str,
        hyphenation: &'a Hyphenation,
        words: &Arc<WordCache>,
    ) -> Composer<'a> {
        let mut c = Composer::with_cache(
            Shaper::with_cache(self.fonts, self.cache.clone()),
            hyphenation,
            words.clone(),
        );
        c.set_language(lang);
        c
    }
}

/// One layout pass: what every stage of it reads (the book, the settings, this pass's
/// page geometry and the shared tools), passed as one thing.
pub(super) struct Pass<'a> {
    pub(super) book: &'a Book,
    pub(super) s: &'a PdfSettings,
    pub(super) geo: &'a Geometry,
    pub(super) tools: &'a Tools<'a>,
}

/// The body text: justified, first lines indented.
pub(super) fn body_style(s: &PdfSettings) -> Style {
    Style {
        font: FontKey::Regular,
        size: s.font_size,
        leading: s.leading,
        align: Align::Justify,
        indent: s.font_size * 1.2,
    }
}

/// Centred text in `font` at `scale` times the body size and leading.
pub(super) fn centred(font: FontKey, s: &PdfSettings, scale: f32) -> Style {
    Style {
        font,
        size: s.font_size * scale,
        leading: s.leading * scale,
        align: Align::Center,
        indent: 0.0,
    }
}

/// A vertical block of `lines`: no grid, no flexible space.
pub(super) fn block(lines: Vec<SetLine>, space_before: f32, keep: bool, breakable: bool) -> VBlock {
    VBlock {
        lines,
        space_before,
        keep_with_next: keep,
        keep_with_previous: false,
        breakable,
        grid: None,
        flex: false,
        give: false,
        tight: false,
    }
}
