//! Write stage: a [`Document`] of frames → PDF bytes. The only user of printpdf.
//!
//! Input: positioned glyphs per page, outline, labels, metadata. Output: a PDF 1.7 file.
//!
//! printpdf writes the document: pages, content streams, the Type0/Identity-H fonts with
//! their widths, descriptors and ToUnicode maps. We give it, per page, one
//! `SetTextMatrix` + `ShowText` per run of glyphs on one baseline in one face, with
//! kerning and justification as per-glyph offsets (printpdf's `/W` widths are whole
//! thousandths of an em, so the offsets are computed against exactly those widths and the
//! glyphs land where the layout put them). Fonts are subset here with `subsetter`
//! (printpdf only subsets with its heavy `text_layout` feature) and registered with
//! printpdf as the subset bytes, drawn with the subset's glyph ids.
//!
//! printpdf serialises a document on one thread and holds every page's operations until
//! it is done: for a thousand-story book that was the slowest stage and most of the
//! memory. So the pages are written in chunks, each chunk its own small printpdf
//! document, in parallel; a chunk's content streams are taken out and compressed at once
//! and the rest of it is dropped. The document itself is a printpdf document whose pages
//! carry only their links, plus one extra *inventory* page that shows every glyph the
//! book uses once, with its text: from it printpdf builds each face's `/W` widths and
//! ToUnicode map (a glyph's text is what the shaper recorded for it, see
//! [`Document::glyph_text`]). The inventory page is then removed and each page gets its
//! content stream from the chunks. A page's content stream depends only on its own
//! operations and the fonts, so it is the same bytes printpdf would write for the whole
//! document at once.
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
//! operations and links), [`post`] (the lopdf post-pass: Info, catalog, outline, labels),
//! [`tags`] (the structure tree) and [`pack`] (stream compression, object streams, the
//! cross-reference stream and the `/ID` fingerprint); [`boxes`] gives print pages their
//! bleed, TrimBox and BleedBox.
pub(crate) mod boxes;
mod content;
mod emoji;
pub(crate) mod image;
mod pack;
mod post;
mod spelled;
mod subset;
mod tags;
mod tj;
mod xmp;

use super::frame::{Document, Frame, Link, Tree};
use lopdf::{Object, ObjectId, StringFormat};
use pack::{Deflater, Packed};
use printpdf::{FontId, Op, PdfDocument, PdfFont, PdfPage, PdfSaveOptions, Pt, Rect};
use rayon::prelude::*;
use subset::Face;

/// Pages per printpdf chunk: enough that a chunk's fixed cost (its copy of the fonts)
/// is small against its pages, few enough that chunks spread over the threads and the
/// operations in flight stay a small part of the book.
const PAGES_PER_CHUNK: usize = 32;
/// The fewest pages per chunk, for a short book: its pages are still spread over two
/// chunks a thread (the seeds' 30 pages were one chunk, on one of the two cores).
const MIN_PAGES_PER_CHUNK: usize = 4;

/// Writes `doc` as PDF bytes.
pub fn write(doc: Document) -> Result<Vec<u8>, String> {
    write_with(doc, &mut |_, _| Ok(()))
}

/// A last change to a finished lopdf document and its pages, before compression (the
/// wraparound cover draws its image and spine this way).
pub(crate) type Finish<'a> =
    dyn FnMut(&mut lopdf::Document, &[ObjectId]) -> Result<(), String> + 'a;

/// [`write`], with `finish` run on the document once it is tagged.
pub(crate) fn write_with(doc: Document, finish: &mut Finish<'_>) -> Result<Vec<u8>, String> {
    pages(doc)?.finish(finish)
}

/// A document whose pages' content streams are made, on every thread; what
/// [`Paged::finish`] does with it is mostly one thread's work, which a build runs
/// beside the EPUB.
pub(crate) struct Paged {
    doc: Document,
    used: subset::Used,
    faces: Vec<Option<Face>>,
    fonts: Vec<(FontId, PdfFont)>,
    pictures: subset::Pictures,
    links: Vec<Vec<Link>>,
    streams: Vec<Packed>,
    mcids: Vec<Vec<u32>>,
}

/// The fonts subset and every page's content stream made (the parallel part of
/// writing). The frames are consumed chunk by chunk as their content streams are made,
/// so the glyphs are not held twice.
pub(crate) fn pages(mut doc: Document) -> Result<Paged, String> {
    let mut frames = std::mem::take(&mut doc.pages);
    let clock = crate::timing::stage("pdf.write.subset");
    let used = subset::used_glyphs(&frames);
    let (faces, fonts, pictures) = subset::subset_faces(&used, &doc.programs)?;
    clock.done();
    let (w, h) = (doc.width, doc.height);
    let links: Vec<Vec<Link>> = frames
        .iter_mut()
        .map(|f| std::mem::take(&mut f.links))
        .collect();

    // Content streams, chunk by chunk in parallel, collected in page order.
    let clock = crate::timing::stage("pdf.write.pages");
    // A page's content stream does not depend on the chunk it is written in.
    let per_chunk = frames
        .len()
        .div_ceil(2 * rayon::current_num_threads())
        .clamp(MIN_PAGES_PER_CHUNK, PAGES_PER_CHUNK);
    let mut chunks: Vec<Vec<Frame>> = Vec::new();
    let mut rest = frames.into_iter();
    loop {
        let chunk: Vec<Frame> = rest.by_ref().take(per_chunk).collect();
        if chunk.is_empty() {
            break;
        }
        chunks.push(chunk);
    }
    let tree = &doc.structure;
    let (streams, mcids): (Vec<Packed>, Vec<Vec<u32>>) = chunks
        .into_par_iter()
        .map_init(Deflater::kept, |z, chunk| {
            content_streams(chunk, (&faces, &pictures), &[], tree, (w, h), z)
        })
        .collect::<Result<Vec<_>, String>>()?
        .into_iter()
        .flatten()
        .unzip();
    clock.done();
    Ok(Paged {
        doc,
        used,
        faces,
        fonts,
        pictures,
        links,
        streams,
        mcids,
    })
}

impl Paged {
    /// The PDF bytes, with `finish` run on the document once it is tagged.
    pub(crate) fn finish(self, finish: &mut Finish<'_>) -> Result<Vec<u8>, String> {
        let Paged {
            doc,
            used,
            faces,
            fonts,
            pictures,
            links,
            streams,
            mcids,
        } = self;
        let (w, h) = (doc.width, doc.height);
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
        let mut lo = serialise(&pdf, true)?;
        drop(pdf);
        let part = crate::timing::stage("pdf.write.document.post");
        remove_last_page(&mut lo)?;
        spelled::map_codes_to_glyphs(&mut lo, &faces);
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
        emoji::add_images(&mut lo, &pictures, &page_ids)?;
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
        part.done();
        let part = crate::timing::stage("pdf.write.document.tags");
        let structure = tags::structure(&mut lo, &doc.structure, &page_ids, &mcids, &links)?;
        finish(&mut lo, &page_ids)?;
        part.done();
        let part = crate::timing::stage("pdf.write.document.compress");
        pack::compress(&mut lo);
        let object_streams = structure.object_streams();
        part.done();
        let part = crate::timing::stage("pdf.write.document.save");
        let out = pack::save(lo, object_streams)?;
        part.done();
        clock.done();
        Ok(out)
    }
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
/// `secure: false` keeps pass-through operations (`Op::Unknown`): only for documents
/// whose operations are all ours (the pages' text, see `content::page_ops`).
fn serialise(pdf: &PdfDocument, secure: bool) -> Result<lopdf::Document, String> {
    let opts = PdfSaveOptions {
        // Compression is ours (parallel); fonts are already subset.
        optimize: false,
        subset_fonts: false,
        secure,
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

/// The content streams of `chunk`'s pages, in order, deflated: printpdf writes them as
/// a document of their own, with the font resources `fonts`.
///
/// The book passes no fonts. printpdf writes glyph ids as it is given them for a font it
/// does not renumber (ours are subset already), so a page's content is the same bytes
/// with or without its fonts (a test checks this); without them printpdf skips its
/// per-glyph bookkeeping for `/W` and ToUnicode, which the inventory page does once for
/// the whole book. That was a sixth of the writing time.
fn content_streams(
    chunk: Vec<Frame>,
    (faces, pictures): (&[Option<Face>], &subset::Pictures),
    fonts: &[(FontId, PdfFont)],
    tree: &Tree,
    (w, h): (f32, f32),
    z: &mut Deflater,
) -> Result<Vec<(Packed, Vec<u32>)>, String> {
    let mut pdf = PdfDocument::new("");
    pdf.resources.fonts.map.extend(fonts.iter().cloned());
    let mut mcids = Vec::with_capacity(chunk.len());
    let pages: Vec<PdfPage> = chunk
        .iter()
        .map(|frame| {
            let (ops, m) = content::page_ops(frame, faces, pictures, tree);
            mcids.push(m);
            page(w, h, ops)
        })
        .collect();
    drop(chunk);
    pdf.with_pages(pages);
    let mut lo = serialise(&pdf, false)?;
    drop(pdf);
    let ids: Vec<ObjectId> = lo.get_pages().values().copied().collect();
    ids.into_iter()
        .zip(mcids)
        .map(|(id, m)| {
            let contents = lo
                .get_dictionary(id)
                .and_then(|p| p.get(b"Contents"))
                .and_then(Object::as_reference)
                .map_err(|e| format!("cannot write PDF: page without contents: {e}"))?;
            let raw = match lo.objects.remove(&contents) {
                Some(Object::Stream(s)) => s.content,
                _ => return Err("cannot write PDF: page contents are not a stream".into()),
            };
            Ok((z.pack(raw), m))
        })
        .collect()
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
                flow: Default::default(),
                spelled: None,
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
                label: 0,
            }],
            links: Vec::new(),
        }
    }

    #[test]
    fn content_streams_do_not_depend_on_font_resources() {
        use std::io::Read;
        // Face and size switches on one baseline, then a line in another face and size.
        let mut first = frame(&[
            (FontKey::Regular, &[40, 41, 42]),
            (FontKey::Italic, &[40, 43]),
            (FontKey::Regular, &[44, 45]),
        ]);
        let mut second = frame(&[(FontKey::Bold, &[50, 51, 52, 53])]);
        second.lines[0].runs[0].size = 14.0;
        for (i, f) in [&mut first, &mut second].into_iter().enumerate() {
            let y = 500.0 - 20.0 * i as f32;
            f.lines[0].y = y;
            let mut x = 72.0;
            for run in &mut f.lines[0].runs {
                for g in &mut run.glyphs {
                    g.x = x;
                    x += 5.37 + f32::from(g.gid % 3) * 0.61;
                }
            }
        }
        let frames = vec![first, second];
        let programs = crate::render::pdf::fonts::FontSet::new()
            .canonical()
            .programs;
        let used = super::subset::used_glyphs(&frames);
        let (faces, fonts, pictures) = super::subset::subset_faces(&used, &programs).unwrap();
        let tree = Default::default();
        let size = (400.0, 600.0);
        let mut z = super::Deflater::new();
        let with: Vec<_> = super::content_streams(
            frames.clone(),
            (&faces, &pictures),
            &fonts,
            &tree,
            size,
            &mut z,
        )
        .unwrap()
        .into_iter()
        .map(|(p, _)| p)
        .collect();
        let without: Vec<_> =
            super::content_streams(frames, (&faces, &pictures), &[], &tree, size, &mut z)
                .unwrap()
                .into_iter()
                .map(|(p, _)| p)
                .collect();
        assert_eq!(with.len(), 2);
        for (a, b) in with.iter().zip(&without) {
            assert_eq!(a.bytes, b.bytes);
            assert_eq!(a.deflated, b.deflated);
        }
        // And they hold the text: three face changes and a glyph string per segment,
        // the glyphs as two-byte codes in literal strings.
        let mut page = Vec::new();
        let mut z = flate2::read::ZlibDecoder::new(&with[0].bytes[..]);
        if with[0].deflated {
            z.read_to_end(&mut page).unwrap();
        } else {
            page = with[0].bytes.clone();
        }
        let text = String::from_utf8_lossy(&page);
        assert_eq!(text.matches(" Tf").count(), 3, "{text}");
        assert_eq!(text.matches("] TJ").count(), 3, "{text}");
        // The first glyph (subset glyph 1) opens the first string.
        assert!(page.windows(4).any(|w| w == [b'[', b'(', 0, 1]), "{text}");
    }
}
