//! Wraparound cover stage: the book and its interior's page count → one PDF page, back +
//! spine + front, with bleed, for a print-on-demand service.
//!
//! Input: the book, the print settings and how many pages the interior has. Output: a
//! page `2 × trim + spine + 2 × bleed` wide and `trim + 2 × bleed` tall (the bleed is
//! `[print] bleed`, else the 0.125 in every service asks of a cover), the spine
//! `pages × the paper's thickness`. The front is the book's cover image (given or
//! generated), filling the front panel and its bleed; the back carries the description
//! inside a half-inch safe zone; the spine carries the title, read top to bottom, when the
//! service allows spine text for that page count and the spine is wide enough to hold it.
//! Back and spine are the generated cover's background colour. TrimBox and BleedBox mark
//! the cut; no guides are drawn.
//!
//! The text is set by the interior's own composer and written by the same writer (two
//! pages: the cover and a strip with the spine line); a last step draws the strip onto
//! the cover turned a quarter clockwise, adds the image and removes the strip.

use super::PdfOutput;
use super::compose::{Align, Composer, Style};
use super::fonts::{FontKey, FontSet};
use super::frame::{Artifact, Document, Frame, GlyphRun, LineKind, Tag, TextLine};
use super::hyphenate::Hyphenation;
use super::shape::{ShapeCache, Shaper};
use super::write::{boxes::rect, image, remove_last_page, write_with};
use crate::config::PdfSettings;
use crate::diag::Diagnostic;
use crate::model::Book;
use lopdf::{Dictionary, Object, ObjectId, Stream};
use std::sync::Arc;

const IN: f32 = 72.0;
/// Text keeps this far inside the trim (Lulu's safety margin; KDP asks 0.125 in).
const SAFE: f32 = 0.5 * IN;
/// Space each side of spine text, across the spine (KDP: 0.0625 in).
const SPINE_GAP: f32 = 0.0625 * IN;
/// Largest and smallest spine type, in points.
const SPINE_MAX: f32 = 14.0;
const SPINE_MIN: f32 = 6.0;

/// The cover's measurements, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CoverSize {
    /// Trim width and height of one panel.
    pub trim: (f32, f32),
    pub spine: f32,
    pub bleed: f32,
}

impl CoverSize {
    /// The cover for `pages` interior pages printed with `s`.
    pub fn of(s: &PdfSettings, pages: usize) -> CoverSize {
        let bleed = if s.print.bleed > 0.0 {
            s.print.bleed
        } else {
            0.125 * IN
        };
        CoverSize {
            trim: (s.page_width, s.page_height),
            spine: pages as f32 * s.print.paper.per_page(),
            bleed,
        }
    }

    /// The whole sheet: width and height.
    pub fn sheet(&self) -> (f32, f32) {
        let (w, h) = self.trim;
        (
            2.0 * w + self.spine + 2.0 * self.bleed,
            h + 2.0 * self.bleed,
        )
    }
}

/// Sets and writes the wraparound cover for an interior of `pages` pages.
pub fn render(book: &Book, s: &PdfSettings, pages: usize) -> Result<PdfOutput, Vec<Diagnostic>> {
    let size = CoverSize::of(s, pages);
    let (sw, sh) = size.sheet();
    let (w, h) = size.trim;
    let b = size.bleed;
    let fonts = FontSet::with_fallback(s.fallback_fonts.clone(), &book.meta.language);
    let hyphenation = Hyphenation::for_language(&book.meta.language);
    let cache = Arc::new(ShapeCache::default());
    let mut c = Composer::new(Shaper::with_cache(&fonts, cache.clone()), &hyphenation);
    c.set_language(&book.meta.language);

    // The back: the description, flush left in the safe zone from the top.
    let mut back = Frame {
        lines: Vec::new(),
        links: Vec::new(),
    };
    if let Some(text) = &book.meta.description {
        let style = Style {
            font: FontKey::Regular,
            size: s.font_size,
            leading: s.leading,
            align: Align::Left,
            indent: 0.0,
        };
        let mut y = sh - b - SAFE - s.font_size;
        for para in text.split("\n\n") {
            for l in c.set_text(para.trim(), &style, w - 2.0 * SAFE) {
                back.lines.push(line(l.runs, l.text, b + SAFE, y));
                y -= l.height;
            }
            y -= s.leading * 0.5;
        }
    }
    // The spine strip: the title on one line, along x from 0 to the trim height, its
    // baseline across the spine's width.
    let mut strip = Frame {
        lines: Vec::new(),
        links: Vec::new(),
    };
    let spine_text = s
        .print
        .pod
        .unwrap_or(crate::config::Pod::Kdp)
        .spine_text(pages);
    let mut size_pt = ((size.spine - 2.0 * SPINE_GAP) / 0.9).min(SPINE_MAX);
    if spine_text && size_pt >= SPINE_MIN {
        let mut style = Style {
            font: FontKey::Bold,
            size: size_pt,
            leading: size_pt,
            align: Align::Left,
            indent: 0.0,
        };
        let mut set = c.shape_line(&book.meta.title, &style);
        let room = h - 2.0 * SAFE;
        if set.1 > room {
            size_pt *= room / set.1;
            style.size = size_pt;
            set = c.shape_line(&book.meta.title, &style);
        }
        if size_pt >= SPINE_MIN {
            // Centred both ways; the baseline a third of the size below the middle.
            let y = size.spine / 2.0 - size_pt * 0.33;
            strip
                .lines
                .push(line(set.0, book.meta.title.clone(), (h - set.1) / 2.0, y));
        }
    }
    let mut doc = Document {
        width: sw,
        height: sh,
        pages: vec![back, strip],
        outline: Vec::new(),
        labels: Vec::new(),
        title: book.meta.title.clone(),
        author: book.meta.authors.join(", "),
        subject: book.meta.description.clone(),
        lang: book.meta.language.clone(),
        epoch: book.meta.modified_epoch,
        glyph_text: cache.glyph_texts(),
        structure: Default::default(),
        standards: Default::default(),
        cover: None,
        programs: Vec::new(),
        bleed: None,
        page_starts: Vec::new(),
    };
    doc.renumber_faces(fonts.canonical());
    let front = super::super::cover::of(book).cloned();
    let mut finish = |lo: &mut lopdf::Document, ids: &[ObjectId]| {
        let (cover, strip) = (ids[0], ids[1]);
        let mut ops = image::background_fill(crate::render::cover::BACKGROUND, (sw, sh));
        let mut xobjects = Dictionary::new();
        if let Some(img) = &front {
            let (id, pw, ph) = image::add_image(lo, img)?;
            xobjects.set("QuireFront", id);
            // Fill the front panel and its bleed, centred, cut at the sheet's edge.
            let (x0, fw, fh) = (b + w + size.spine, w + b, sh);
            let scale = (fw / pw as f32).max(fh / ph as f32);
            let (iw, ih) = (pw as f32 * scale, ph as f32 * scale);
            let (ix, iy) = (x0 + (fw - iw) / 2.0, (fh - ih) / 2.0);
            ops += &format!(
                "q {x0:.3} 0 {fw:.3} {fh:.3} re W n {iw:.3} 0 0 {ih:.3} {ix:.3} {iy:.3} cm /QuireFront Do Q\n"
            );
        }
        let before = lo.add_object(Stream::new(Dictionary::new(), ops.into_bytes()));
        // The strip turned a quarter clockwise: its x runs down from the top of the
        // trim, its y across the spine from the back's edge.
        let turn = format!("q 0 -1 1 0 {:.3} {:.3} cm\n", b + w, b + h);
        let turn = lo.add_object(Stream::new(Dictionary::new(), turn.into_bytes()));
        let end = lo.add_object(Stream::new(Dictionary::new(), b"Q\n".to_vec()));
        let bad = |e: lopdf::Error| format!("cannot write the cover: {e}");
        let contents = |lo: &lopdf::Document, id: ObjectId| -> Result<Vec<Object>, String> {
            Ok(
                match lo
                    .get_dictionary(id)
                    .and_then(|p| p.get(b"Contents"))
                    .map_err(bad)?
                {
                    Object::Array(a) => a.clone(),
                    o => vec![o.clone()],
                },
            )
        };
        let mut parts = vec![Object::Reference(before)];
        parts.extend(contents(lo, cover)?);
        parts.push(Object::Reference(turn));
        parts.extend(contents(lo, strip)?);
        parts.push(Object::Reference(end));
        let strip_fonts = fonts_of(lo, strip);
        let mut res = resources(lo, cover);
        let mut all_fonts = fonts_of(lo, cover);
        for (k, v) in strip_fonts.iter() {
            if !all_fonts.has(k) {
                all_fonts.set(k.clone(), v.clone());
            }
        }
        res.set("Font", all_fonts);
        res.set("XObject", xobjects);
        let page = lo
            .get_object_mut(cover)
            .and_then(Object::as_dict_mut)
            .map_err(bad)?;
        page.set("Contents", parts);
        page.set("Resources", res);
        let sheet = rect(0.0, 0.0, sw, sh);
        page.set("MediaBox", sheet.clone());
        page.set("CropBox", sheet.clone());
        page.set("BleedBox", sheet);
        page.set("TrimBox", rect(b, b, sw - b, sh - b));
        // The strip's content now belongs to the cover: keep it when the strip goes.
        lo.get_object_mut(strip)
            .and_then(Object::as_dict_mut)
            .map_err(bad)?
            .remove(b"Contents");
        remove_last_page(lo)
    };
    let bytes = write_with(doc, &mut finish).map_err(|e| vec![Diagnostic::error(None, e)])?;
    let mut warnings = Vec::new();
    if !c.missing.is_empty() {
        let chars: String = c.missing.iter().collect();
        warnings.push(
            Diagnostic::warning(
                Some("book.toml".to_string()),
                format!("no embedded font can show “{chars}” on the cover"),
            )
            .hint("these characters will print as empty boxes"),
        );
    }
    Ok(PdfOutput {
        bytes,
        warnings,
        pages: 1,
    })
}

/// A line of artifact text (a cover is not read as a document) from `x` on baseline `y`.
fn line(mut runs: Vec<GlyphRun>, text: String, x: f32, y: f32) -> TextLine {
    for r in &mut runs {
        for g in &mut r.glyphs {
            g.x += x;
        }
    }
    TextLine {
        y,
        runs,
        text,
        kind: LineKind::Ragged,
        tag: Tag::Artifact(Artifact::Layout),
        leaders: None,
        label: 0,
    }
}

/// A page's resource dictionary (a copy, references followed).
fn resources(lo: &lopdf::Document, page: ObjectId) -> Dictionary {
    let Ok(p) = lo.get_dictionary(page) else {
        return Dictionary::new();
    };
    match p.get(b"Resources") {
        Ok(Object::Reference(r)) => lo.get_dictionary(*r).cloned().unwrap_or_default(),
        Ok(Object::Dictionary(d)) => d.clone(),
        _ => Dictionary::new(),
    }
}

/// A page's font resources (a copy, references followed).
fn fonts_of(lo: &lopdf::Document, page: ObjectId) -> Dictionary {
    match resources(lo, page).get(b"Font") {
        Ok(Object::Reference(r)) => lo.get_dictionary(*r).cloned().unwrap_or_default(),
        Ok(Object::Dictionary(d)) => d.clone(),
        _ => Dictionary::new(),
    }
}
