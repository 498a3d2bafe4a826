//! Write stage: a [`Document`] of frames → PDF bytes. The only user of printpdf.
//!
//! Input: positioned glyphs per page, outline, labels, metadata. Output: a PDF 1.7 file.
//!
//! printpdf writes the document: pages, the Type0/Identity-H fonts with their widths,
//! descriptors and ToUnicode maps. Each page's content stream holds one text matrix and
//! one `TJ` per run of glyphs on one baseline in one face, with kerning and
//! justification as offsets (printpdf's `/W` widths are whole thousandths of an em, so
//! the offsets are computed against exactly those widths and the glyphs land where the
//! layout put them). Fonts are subset here with `subsetter` (printpdf only subsets with
//! its heavy `text_layout` feature) and registered with printpdf as the subset bytes,
//! drawn with the subset's glyph ids.
//!
//! printpdf serialises a document on one thread and holds every page's operations until
//! it is done: for a thousand-story book that was the slowest stage and most of the
//! memory. So each page's content stream is made on its own, in parallel: its text
//! operations (see [`content`]) are written by [`encode`] as they are made, the bytes
//! printpdf writes for them, and compressed at once. The document itself is a printpdf
//! document whose pages carry only their links, plus one extra *inventory* page that
//! shows every glyph the book uses once, with its text: from it printpdf builds each
//! face's `/W` widths and ToUnicode map (a glyph's text is what the shaper recorded for
//! it, see [`Document::glyph_text`]). The inventory page is then removed and each page
//! gets its content stream.
//!
//! lopdf (printpdf's own version) then does what printpdf cannot: PDF version, Info,
//! `/PageMode`, `/Lang`, `/PageLabels`, a nested outline, the marks of a tagged PDF on
//! pages, annotations and catalog, and stream compression (in parallel, collected in
//! object order so output does not depend on scheduling). After lopdf has written the
//! file, the structure tree is appended as compressed object streams and a
//! cross-reference stream takes the place of lopdf's table; the `/ID` is a hash of the
//! finished bytes, so two builds of the same book are byte-identical.
//!
//! This module assembles the document; its stages live in submodules: [`subset`] (the
//! glyphs used, font subsets, the inventory page), [`content`] (a frame's text
//! operations and links), [`encode`] (those operations as bytes), [`post`] (the lopdf
//! post-pass: Info, catalog, outline, labels), [`tags`] (the structure tree) and [`pack`] (stream compression, object streams, the
//! cross-reference stream and the `/ID` fingerprint); [`boxes`] gives print pages their
//! bleed, TrimBox and BleedBox.
pub(crate) mod boxes;
mod content;
mod encode;
pub(crate) mod image;
mod pack;
mod post;
mod subset;
mod tags;
mod xmp;

use super::frame::{Document, Link};
use lopdf::{Object, ObjectId, StringFormat};
use pack::{Deflater, Packed};
use printpdf::{Op, PdfDocument, PdfPage, PdfSaveOptions, Pt, Rect};
use rayon::prelude::*;

/// Writes `doc` as PDF bytes. The frames are consumed chunk by chunk as their content
/// streams are made, so the glyphs are not held twice.
pub fn write(doc: Document) -> Result<Vec<u8>, String> {
    write_with(doc, &mut |_, _| Ok(()))
}

/// A last change to a finished lopdf document and its pages, before compression (the
/// wraparound cover draws its image and spine this way).
pub(crate) type Finish<'a> =
    dyn FnMut(&mut lopdf::Document, &[ObjectId]) -> Result<(), String> + 'a;

/// [`write`], with `finish` run on the document once it is tagged.
pub(crate) fn write_with(mut doc: Document, finish: &mut Finish<'_>) -> Result<Vec<u8>, String> {
    let mut frames = std::mem::take(&mut doc.pages);
    let used = subset::used_glyphs(&frames);
    let (faces, fonts) = subset::subset_faces(&used, &doc.programs)?;
    let (w, h) = (doc.width, doc.height);
    let links: Vec<Vec<Link>> = frames
        .iter_mut()
        .map(|f| std::mem::take(&mut f.links))
        .collect();

    // Content streams, page by page in parallel, collected in page order; each frame
    // is dropped once its stream is made.
    let clock = crate::timing::stage("pdf.write.pages");
    let tree = &doc.structure;
    let (streams, mcids): (Vec<Packed>, Vec<Vec<u32>>) = frames
        .into_par_iter()
        .map_init(Deflater::new, |z, frame| {
            let mut bytes = encode::Bytes::default();
            let m = content::page_ops(&frame, &faces, tree, &mut bytes);
            (z.pack(bytes.out), m)
        })
        .unzip();
    clock.done();

    // The document: pages with their links, and the inventory page for the fonts.
    let clock = crate::timing::stage("pdf.write.document");
    let mut pdf = PdfDocument::new(&doc.title);
    pdf.resources.fonts.map.extend(fonts);
    let mut pages: Vec<PdfPage> = links
        .iter()
        .map(|links| page(w, h, content::link_ops(links)))
        .collect();
    pages.push(page(
        w,
        h,
        subset::inventory_ops(&used, &faces, &doc.glyph_text),
    ));
    pdf.with_pages(pages);
    let mut lo = serialise(&pdf)?;
    drop(pdf);
    remove_last_page(&mut lo)?;
    subset::map_missing_to_notdef(&mut lo, &faces);
    let page_ids: Vec<ObjectId> = lo.get_pages().values().copied().collect();
    if page_ids.len() != streams.len() {
        return Err(format!(
            "cannot write PDF: {} pages but {} content streams",
            page_ids.len(),
            streams.len()
        ));
    }
    for (id, packed) in page_ids.iter().zip(streams) {
        let stream = lo
            .get_dictionary(*id)
            .and_then(|p| p.get(b"Contents"))
            .and_then(Object::as_reference)
            .and_then(|c| lo.get_object_mut(c))
            .and_then(Object::as_stream_mut)
            .map_err(|e| format!("cannot write PDF: page without contents: {e}"))?;
        if packed.deflated {
            stream.dict.set("Filter", "FlateDecode");
        }
        stream.set_content(packed.bytes);
    }
    post::finish(&mut lo, &doc)?;
    if let Some(bleed) = doc.bleed {
        boxes::bleed(&mut lo, &page_ids, (w, h), bleed)?;
    }
    if let Some(cover) = &doc.cover {
        let id = page_ids
            .get(cover.page)
            .ok_or("cannot write PDF: no page for the cover")?;
        image::place_cover(&mut lo, *id, cover, (w, h))?;
    }
    let structure = tags::structure(&mut lo, &doc.structure, &page_ids, &mcids, &links)?;
    finish(&mut lo, &page_ids)?;
    pack::compress(&mut lo);
    let object_streams = structure.object_streams();
    let out = pack::save(lo, object_streams)?;
    clock.done();
    Ok(out)
}

/// Saves a document made from a written one (the imposed sheets) with a fresh `/ID`
/// from a hash of its bytes.
pub(crate) fn finish_bytes(mut lo: lopdf::Document) -> Result<Vec<u8>, String> {
    let placeholder = vec![0u8; 16];
    lo.trailer.set(
        "ID",
        vec![
            Object::String(placeholder.clone(), StringFormat::Hexadecimal),
            Object::String(placeholder, StringFormat::Hexadecimal),
        ],
    );
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| format!("cannot write PDF: {e}"))?;
    pack::set_id(&mut out);
    Ok(out)
}

/// A page of the book's size with `ops`.
fn page(w: f32, h: f32, ops: Vec<Op>) -> PdfPage {
    let (w, h) = (Pt(w), Pt(h));
    PdfPage {
        media_box: Rect::from_wh(w, h),
        trim_box: Rect::from_wh(w, h),
        crop_box: Rect::from_wh(w, h),
        ops,
    }
}

/// printpdf's lopdf document for `pdf`; its errors (not its warnings) are ours.
fn serialise(pdf: &PdfDocument) -> Result<lopdf::Document, String> {
    let opts = PdfSaveOptions {
        // Compression is ours (parallel); fonts are already subset.
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let lo = pdf.to_lopdf_document(&opts, &mut warnings);
    match warnings
        .iter()
        .find(|w| w.severity == printpdf::PdfParseErrorSeverity::Error)
    {
        Some(e) => Err(format!("cannot write PDF: {}", e.msg)),
        None => Ok(lo),
    }
}

/// Removes the last page (the inventory) with its contents and resources.
pub(crate) fn remove_last_page(lo: &mut lopdf::Document) -> Result<(), String> {
    let bad = |e: lopdf::Error| format!("cannot write PDF: {e}");
    let last = *lo
        .get_pages()
        .values()
        .next_back()
        .ok_or("cannot write PDF: no pages")?;
    let page = lo.get_dictionary(last).map_err(bad)?;
    let parent = page
        .get(b"Parent")
        .and_then(Object::as_reference)
        .map_err(bad)?;
    let owned: Vec<ObjectId> = [&b"Contents"[..], b"Resources"]
        .iter()
        .filter_map(|k| page.get(k).and_then(Object::as_reference).ok())
        .collect();
    for id in owned {
        lo.objects.remove(&id);
    }
    lo.objects.remove(&last);
    let pages = lo.get_dictionary_mut(parent).map_err(bad)?;
    let kids: Vec<Object> = pages
        .get(b"Kids")
        .and_then(Object::as_array)
        .map_err(bad)?
        .iter()
        .filter(|k| k.as_reference().ok() != Some(last))
        .cloned()
        .collect();
    pages.set("Count", kids.len() as i64);
    pages.set("Kids", kids);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::fonts::FontKey;
    use super::super::frame::{Frame, GlyphRun, LineKind, PlacedGlyph, TextLine};

    pub(super) fn frame(runs: &[(FontKey, &[u16])]) -> Frame {
        let runs = runs
            .iter()
            .map(|(font, gids)| GlyphRun {
                font: *font,
                size: 10.0,
                glyphs: gids
                    .iter()
                    .map(|&gid| PlacedGlyph { gid, x: 0.0, dy: 0 })
                    .collect(),
            })
            .collect();
        Frame {
            lines: vec![TextLine {
                y: 0.0,
                runs,
                text: String::new(),
                kind: LineKind::Ragged,
                tag: crate::render::pdf::frame::Tag::Content(0),
                leaders: None,
            }],
            links: Vec::new(),
        }
    }

    #[test]
    fn a_page_stream_holds_its_text() {
        // Face and size switches on one baseline.
        let mut first = frame(&[
            (FontKey::Regular, &[40, 41, 42]),
            (FontKey::Italic, &[40, 43]),
            (FontKey::Regular, &[44, 45]),
        ]);
        first.lines[0].y = 500.0;
        let mut x = 72.0;
        for run in &mut first.lines[0].runs {
            for g in &mut run.glyphs {
                g.x = x;
                x += 5.37 + f32::from(g.gid % 3) * 0.61;
            }
        }
        let frames = vec![first];
        let programs = crate::render::pdf::fonts::FontSet::new()
            .canonical()
            .programs;
        let used = super::subset::used_glyphs(&frames);
        let (faces, _) = super::subset::subset_faces(&used, &programs).unwrap();
        let mut sink = super::encode::Bytes::default();
        super::content::page_ops(&frames[0], &faces, &Default::default(), &mut sink);
        let page = sink.out;
        // Three face changes and a glyph string per segment, the glyphs as two-byte
        // codes in literal strings.
        let text = String::from_utf8_lossy(&page);
        assert_eq!(text.matches(" Tf").count(), 3, "{text}");
        assert_eq!(text.matches("] TJ").count(), 3, "{text}");
        // The first glyph (subset glyph 1) opens the first string.
        assert!(page.windows(4).any(|w| w == [b'[', b'(', 0, 1]), "{text}");
    }
}
