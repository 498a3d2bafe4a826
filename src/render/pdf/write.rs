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
//! `/PageMode`, `/Lang`, `/PageLabels`, a nested outline, stream compression (in
//! parallel, collected in object order so output does not depend on scheduling) and an
//! `/ID` from a hash of the finished bytes, so two builds of the same book are
//! byte-identical.

use super::fonts::FontKey;
use super::frame::{Document, Frame, LabelStyle, Link, OutlineEntry};
use flate2::{Compress, Compression, FlushCompress, Status};
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Actions, Codepoint, Destination, FontId, LinkAnnotation, Op, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Pt, Rect, TextItem, TextMatrix,
};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// Deflate level for streams. Measured on 1,000 stories (one thread, PDF alone): level 6
/// took 2.84 s and gave 19.3 MB, level 3 2.52 s and 21.4 MB, level 2 2.37 s and 23.0 MB,
/// level 1 2.34 s and 31.4 MB. Level 2 (zlib's fast strategy) buys a sixth of the PDF's
/// time for a fifth more bytes; level 1 would add another third of the size for little.
const COMPRESSION: u32 = 2;
/// Tolerance, in thousandths of an em, for a glyph's distance from its set position
/// (0.022 pt at 11 pt: under one device pixel even at 2400 dpi). printpdf's widths are
/// truncated to whole units, so the pen falls behind by half a unit per glyph on
/// average; an offset is written only when the distance reaches the tolerance, and
/// then puts the pen ahead by almost the tolerance, so the next one comes later. At
/// this tolerance most words need no correction inside them (the offset at each space
/// puts the pen right anyway): a third fewer offsets and 6% smaller files than at 1.
const DRIFT_UNITS: f32 = 2.0;
/// Where a correction puts the pen, relative to the set position (see [`DRIFT_UNITS`]).
const DRIFT_TARGET: f32 = 0.8 * DRIFT_UNITS;
/// Glyph ids per face: the size of the "seen" table.
const GIDS: usize = 1 << 16;
/// Pages per printpdf chunk: enough that a chunk's fixed cost (its copy of the fonts)
/// is small against its pages, few enough that chunks spread over the threads and the
/// operations in flight stay a small part of the book.
const PAGES_PER_CHUNK: usize = 32;

/// One subset face as the page builder needs it.
struct Face {
    /// Resource name (fixed, so builds are reproducible).
    id: FontId,
    /// Full-face glyph id → subset glyph id (a dense table: one lookup per glyph drawn).
    remap: Vec<u16>,
    /// Advance of each subset glyph in whole thousandths of an em: the `/W` entries
    /// printpdf writes, so the viewer's pen moves by exactly these.
    widths: Vec<f32>,
}

/// A content stream: its bytes and whether they are deflated.
struct Packed {
    bytes: Vec<u8>,
    deflated: bool,
}

/// Writes `doc` as PDF bytes. The frames are consumed chunk by chunk as their content
/// streams are made, so the glyphs are not held twice.
pub fn write(mut doc: Document) -> Result<Vec<u8>, String> {
    let mut frames = std::mem::take(&mut doc.pages);
    let used = used_glyphs(&frames);
    let (faces, fonts) = subset_faces(&used)?;
    let (w, h) = (doc.width, doc.height);
    let links: Vec<Vec<Link>> = frames
        .iter_mut()
        .map(|f| std::mem::take(&mut f.links))
        .collect();

    // Content streams, chunk by chunk in parallel, collected in page order.
    let clock = crate::timing::stage("pdf.write.pages");
    let mut chunks: Vec<Vec<Frame>> = Vec::new();
    while !frames.is_empty() {
        let rest = frames.split_off(frames.len().min(PAGES_PER_CHUNK));
        chunks.push(std::mem::replace(&mut frames, rest));
    }
    let streams: Vec<Packed> = chunks
        .into_par_iter()
        .map(|chunk| content_streams(chunk, &faces, &[], w, h))
        .collect::<Result<Vec<_>, String>>()?
        .into_iter()
        .flatten()
        .collect();
    clock.done();

    // The document: pages with their links, and the inventory page for the fonts.
    let clock = crate::timing::stage("pdf.write.document");
    let mut pdf = PdfDocument::new(&doc.title);
    pdf.resources.fonts.map.extend(fonts);
    let mut pages: Vec<PdfPage> = links
        .iter()
        .map(|links| page(w, h, link_ops(links)))
        .collect();
    pages.push(page(w, h, inventory_ops(&used, &faces, &doc.glyph_text)));
    pdf.with_pages(pages);
    let mut lo = serialise(&pdf)?;
    drop(pdf);
    remove_last_page(&mut lo)?;
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
    finish(&mut lo, &doc)?;
    compress(&mut lo);
    // /ID: a placeholder of fixed length, replaced by a hash of everything else.
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
    set_id(&mut out);
    clock.done();
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
    faces: &[Option<Face>],
    fonts: &[(FontId, PdfFont)],
    w: f32,
    h: f32,
) -> Result<Vec<Packed>, String> {
    let mut pdf = PdfDocument::new("");
    pdf.resources.fonts.map.extend(fonts.iter().cloned());
    let pages: Vec<PdfPage> = chunk
        .iter()
        .map(|frame| page(w, h, page_ops(frame, faces)))
        .collect();
    drop(chunk);
    pdf.with_pages(pages);
    let mut lo = serialise(&pdf)?;
    drop(pdf);
    let ids: Vec<ObjectId> = lo.get_pages().values().copied().collect();
    let mut z = Deflater::new();
    ids.into_iter()
        .map(|id| {
            let contents = lo
                .get_dictionary(id)
                .and_then(|p| p.get(b"Contents"))
                .and_then(Object::as_reference)
                .map_err(|e| format!("cannot write PDF: page without contents: {e}"))?;
            let raw = match lo.objects.remove(&contents) {
                Some(Object::Stream(s)) => s.content,
                _ => return Err("cannot write PDF: page contents are not a stream".into()),
            };
            Ok(z.pack(raw))
        })
        .collect()
}

/// Link annotations of a page (screen profile only).
fn link_ops(links: &[Link]) -> Vec<Op> {
    links
        .iter()
        .map(|link| {
            let [x, y, lw, lh] = link.rect;
            Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    Rect::from_xywh(Pt(x), Pt(y), Pt(lw), Pt(lh)),
                    Actions::Goto(Destination::Xyz {
                        page: link.target + 1,
                        left: None,
                        top: None,
                        zoom: None,
                    }),
                    // No border: a book's contents should not look like a web form.
                    Some(printpdf::BorderArray::Solid([0.0, 0.0, 0.0])),
                    None,
                    None,
                ),
            }
        })
        .collect()
}

/// The inventory page: every used glyph of every face once, with the text it stands for
/// (nothing for a glyph that stands for none, such as a ligature's second glyph).
fn inventory_ops(
    used: &BTreeMap<FontKey, BTreeSet<u16>>,
    faces: &[Option<Face>],
    glyph_text: &BTreeMap<FontKey, BTreeMap<u16, String>>,
) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for (key, gids) in used {
        let Some(face) = faces.get(*key as usize).and_then(Option::as_ref) else {
            continue;
        };
        let texts = glyph_text.get(key);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(face.id.clone()),
            size: Pt(10.0),
        });
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(0.0), Pt(0.0)),
        });
        let cps = gids
            .iter()
            .map(|g| Codepoint {
                gid: face.remap[usize::from(*g)],
                offset: 0.0,
                cid: Some(texts.and_then(|t| t.get(g)).cloned().unwrap_or_default()),
            })
            .collect();
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(cps)],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}

/// Removes the last page (the inventory) with its contents and resources.
fn remove_last_page(lo: &mut lopdf::Document) -> Result<(), String> {
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

/// Per face, the glyphs used (full-face ids).
fn used_glyphs(frames: &[Frame]) -> BTreeMap<FontKey, BTreeSet<u16>> {
    let mut seen = vec![false; FontKey::ALL.len() * GIDS];
    let mut used: BTreeMap<FontKey, BTreeSet<u16>> = BTreeMap::new();
    for run in frames.iter().flat_map(|f| &f.lines).flat_map(|l| &l.runs) {
        for g in &run.glyphs {
            let slot = run.font as usize * GIDS + usize::from(g.gid);
            if !seen[slot] {
                seen[slot] = true;
                used.entry(run.font).or_default().insert(g.gid);
            }
        }
    }
    used
}

/// Every used face subset: per [`FontKey`], the face for the page builder (or `None`),
/// and the fonts for printpdf.
#[allow(clippy::type_complexity)]
fn subset_faces(
    used: &BTreeMap<FontKey, BTreeSet<u16>>,
) -> Result<(Vec<Option<Face>>, Vec<(FontId, PdfFont)>), String> {
    let subsets: Vec<(FontKey, Face, ParsedFont)> = used
        .par_iter()
        .map(|(key, gids)| subset_face(*key, gids))
        .collect::<Result<_, String>>()?;
    let mut faces: Vec<Option<Face>> = FontKey::ALL.iter().map(|_| None).collect();
    let mut fonts: Vec<(FontId, PdfFont)> = Vec::new();
    for (key, face, parsed) in subsets {
        fonts.push((face.id.clone(), PdfFont::new(parsed)));
        faces[key as usize] = Some(face);
    }
    Ok((faces, fonts))
}

/// Subsets one face to the glyphs used and parses the subset for printpdf.
fn subset_face(key: FontKey, gids: &BTreeSet<u16>) -> Result<(FontKey, Face, ParsedFont), String> {
    let mut remapper = subsetter::GlyphRemapper::new();
    for &g in gids {
        remapper.remap(g);
    }
    let bytes = subsetter::subset(key.bytes(), 0, &remapper)
        .map_err(|e| format!("cannot subset font {}: {e:?}", key.ps_name()))?;
    let mut warnings = Vec::new();
    let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
        .ok_or_else(|| format!("subset of font {} does not parse", key.ps_name()))?;
    parsed.font_name = Some(format!("{}+{}", subset_tag(key, gids), key.ps_name()));
    // printpdf's /W: (advance × 1000 / units per em), truncated.
    let upem = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
    let widths = (0..remapper.num_gids())
        .map(|g| {
            let adv = parsed.get_glyph_width(g).unwrap_or(0);
            (f32::from(adv) * 1000.0 / upem) as i64 as f32
        })
        .collect();
    let mut remap = vec![0u16; GIDS];
    for (new, old) in remapper.remapped_gids().enumerate() {
        remap[usize::from(old)] = new as u16;
    }
    let face = Face {
        id: FontId(format!("F{}", key as u8)),
        remap,
        widths,
    };
    Ok((key, face, parsed))
}

/// Rounds to 1/100 (of a point or of a thousandth of an em): what we place to.
fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// The text operations of one page: one text section; a font change where the face or
/// size changes; per segment (consecutive glyphs of one face and size on one baseline,
/// across runs: a line is usually one segment) one text matrix and one glyph string,
/// kerning and justification as offsets. Glyphs carry an empty text: the fonts' ToUnicode
/// maps come from the inventory page, and an empty `String` costs no allocation.
fn page_ops(frame: &Frame, faces: &[Option<Face>]) -> Vec<Op> {
    let mut ops = Vec::with_capacity(frame.lines.len() * 3 + 2);
    ops.push(Op::StartTextSection);
    let mut font: Option<(FontKey, f32)> = None;
    // The open segment: its baseline, the pen (where the viewer's pen is after the
    // glyphs so far) and the glyphs.
    let mut seg: Option<(f32, f32, Vec<Codepoint>)> = None;
    let flush = |seg: &mut Option<(f32, f32, Vec<Codepoint>)>, ops: &mut Vec<Op>| {
        if let Some((_, _, cps)) = seg.take() {
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(cps)],
            });
        }
    };
    for line in &frame.lines {
        let glyphs_in_line: usize = line.runs.iter().map(|r| r.glyphs.len()).sum();
        for run in &line.runs {
            let Some(face) = faces.get(run.font as usize).and_then(Option::as_ref) else {
                continue;
            };
            if run.glyphs.is_empty() {
                continue;
            }
            if font != Some((run.font, run.size)) {
                flush(&mut seg, &mut ops);
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(face.id.clone()),
                    size: Pt(run.size),
                });
                font = Some((run.font, run.size));
            }
            let k = run.size / 1000.0;
            for g in &run.glyphs {
                let y = g.y(line.y);
                if seg.as_ref().is_some_and(|s| s.0 != y) {
                    flush(&mut seg, &mut ops);
                }
                let (_, pen, cps) = seg.get_or_insert_with(|| {
                    let x = round2(g.x);
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(Pt(x), Pt(round2(y))),
                    });
                    (y, x, Vec::with_capacity(glyphs_in_line))
                });
                // Offsets are thousandths of an em, subtracted from the pen after the
                // glyph they follow.
                let drift = (*pen - g.x) / k;
                if drift.abs() >= DRIFT_UNITS
                    && let Some(prev) = cps.last_mut()
                {
                    let adj = round2(drift - DRIFT_TARGET);
                    prev.offset = adj;
                    *pen -= adj * k;
                }
                let gid = face.remap[usize::from(g.gid)];
                cps.push(Codepoint {
                    gid,
                    offset: 0.0,
                    cid: Some(String::new()),
                });
                *pen += face.widths.get(usize::from(gid)).copied().unwrap_or(0.0) * k;
            }
        }
    }
    flush(&mut seg, &mut ops);
    ops.push(Op::EndTextSection);
    ops
}

/// A zlib compressor kept for many streams: a fresh one allocates and zeroes a few
/// hundred kilobytes of tables, which for thousands of page streams cost more than the
/// compressing (the kernel clearing fresh pages was a sixth of a 1,000-story build).
struct Deflater(Compress);

impl Deflater {
    fn new() -> Self {
        Deflater(Compress::new(Compression::new(COMPRESSION), true))
    }

    /// `raw` deflated, or as it is when deflating does not make it smaller.
    fn pack(&mut self, raw: Vec<u8>) -> Packed {
        self.0.reset();
        let mut out = Vec::with_capacity(raw.len() / 3 + 64);
        let packed = loop {
            let read = usize::try_from(self.0.total_in()).unwrap_or(raw.len());
            match self
                .0
                .compress_vec(&raw[read.min(raw.len())..], &mut out, FlushCompress::Finish)
            {
                Ok(Status::StreamEnd) => break true,
                // Out of room: grow and go on.
                Ok(_) => out.reserve(out.capacity().max(1024)),
                Err(_) => break false,
            }
        };
        if packed && out.len() + 19 < raw.len() {
            Packed {
                bytes: out,
                deflated: true,
            }
        } else {
            Packed {
                bytes: raw,
                deflated: false,
            }
        }
    }
}

/// Deflates every stream that has no filter yet, in parallel; results are put back in
/// object order, so the output does not depend on scheduling.
fn compress(lo: &mut lopdf::Document) {
    let jobs: Vec<(ObjectId, Vec<u8>)> = lo
        .objects
        .iter_mut()
        .filter_map(|(id, obj)| match obj {
            Object::Stream(s) if s.allows_compression && !s.dict.has(b"Filter") => {
                Some((*id, std::mem::take(&mut s.content)))
            }
            _ => None,
        })
        .collect();
    let done: Vec<(ObjectId, Packed)> = jobs
        .into_par_iter()
        .map_init(Deflater::new, |z, (id, raw)| (id, z.pack(raw)))
        .collect();
    for (id, packed) in done {
        if let Some(Object::Stream(s)) = lo.objects.get_mut(&id) {
            if packed.deflated {
                s.dict.set("Filter", "FlateDecode");
            }
            s.set_content(packed.bytes);
        }
    }
}

/// A six-letter subset tag derived from the face and its glyph set (deterministic).
fn subset_tag(key: FontKey, gids: &BTreeSet<u16>) -> String {
    let mut h = Fnv::new();
    h.write(key.ps_name().as_bytes());
    for g in gids {
        h.write(&g.to_be_bytes());
    }
    let mut v = h.finish();
    (0..6)
        .map(|_| {
            let c = (b'A' + (v % 26) as u8) as char;
            v /= 26;
            c
        })
        .collect()
}

/// FNV-1a, 64-bit: a fingerprint for subset tags, not a security hash.
struct Fnv(u64);
impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

fn text(s: &str) -> Object {
    // PDF text strings: UTF-16BE with a byte-order mark covers every title.
    let mut bytes = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        bytes.extend_from_slice(&u.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// `D:YYYYMMDDHHmmSSZ` for seconds since the epoch (proleptic Gregorian, UTC).
pub fn pdf_date(epoch: i64) -> String {
    let days = epoch.div_euclid(86_400);
    let secs = epoch.rem_euclid(86_400);
    // Howard Hinnant's civil-from-days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "D:{y:04}{m:02}{d:02}{:02}{:02}{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// Fixes and completes printpdf's document.
fn finish(lo: &mut lopdf::Document, doc: &Document) -> Result<(), String> {
    // printpdf writes 1.3; we use UTF-16 text strings, Identity-H fonts, page labels.
    lo.version = "1.7".to_string();
    let page_ids: Vec<ObjectId> = lo.get_pages().values().copied().collect();

    // Info: replace wholesale (printpdf's has an empty /GTS_PDFXVersion, /Trapped and
    // epoch-0 dates).
    if let Ok(old) = lo.trailer.get(b"Info").and_then(Object::as_reference) {
        lo.objects.remove(&old);
    }
    let date = pdf_date(doc.epoch);
    let mut info = Dictionary::new();
    info.set("Title", text(&doc.title));
    if !doc.author.is_empty() {
        info.set("Author", text(&doc.author));
    }
    if let Some(sub) = &doc.subject {
        info.set("Subject", text(sub));
    }
    info.set("Creator", text("Quire"));
    info.set("Producer", text("Quire (printpdf, lopdf)"));
    info.set("CreationDate", Object::string_literal(date.clone()));
    info.set("ModDate", Object::string_literal(date));
    let info_id = lo.add_object(info);
    lo.trailer.set("Info", info_id);

    // Pages without links: no empty /Annots array (the print profile has none at all).
    for id in &page_ids {
        if let Ok(page) = lo.get_object_mut(*id).and_then(Object::as_dict_mut)
            && page
                .get(b"Annots")
                .and_then(Object::as_array)
                .is_ok_and(|a| a.is_empty())
        {
            page.remove(b"Annots");
        }
    }

    // Outlines: nested (printpdf's bookmarks are flat).
    let outlines_id = lo.new_object_id();
    let (first, last, count) = outline_items(lo, &doc.outline, outlines_id, &page_ids);
    let mut outlines = Dictionary::new();
    outlines.set("Type", "Outlines");
    if let (Some(f), Some(l)) = (first, last) {
        outlines.set("First", f);
        outlines.set("Last", l);
        outlines.set("Count", count as i64);
    }
    lo.objects.insert(outlines_id, Object::Dictionary(outlines));

    // Page labels.
    let mut nums = Vec::new();
    for (start, style) in &doc.labels {
        let mut d = Dictionary::new();
        d.set(
            "S",
            match style {
                LabelStyle::LowerRoman => "r",
                LabelStyle::Arabic => "D",
            },
        );
        nums.push(Object::Integer(*start as i64));
        nums.push(Object::Dictionary(d));
    }
    let mut labels = Dictionary::new();
    labels.set("Nums", nums);

    let root_id = lo
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| format!("printpdf wrote no catalog: {e}"))?;
    let catalog = lo
        .get_object_mut(root_id)
        .and_then(Object::as_dict_mut)
        .map_err(|e| format!("bad catalog: {e}"))?;
    // printpdf writes /PageMode as a string (only with its own bookmarks); it is a name.
    catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    catalog.set("Outlines", outlines_id);
    catalog.set("PageLabels", labels);
    catalog.set("Lang", text(&doc.lang));
    Ok(())
}

/// Replaces the zero `/ID` placeholder (the last one in the file: the trailer) with a
/// 128-bit fingerprint of the whole file.
fn set_id(out: &mut [u8]) {
    let hex = |v: &[u8]| v.iter().map(|b| format!("{b:02X}")).collect::<String>();
    let zeros = hex(&[0u8; 16]);
    let pattern = format!("<{zeros}>");
    let value = format!("<{}>", hex(&fingerprint(out)));
    let p = pattern.as_bytes();
    // Both array entries: the trailer is at the end, so search backwards.
    let mut end = out.len();
    for _ in 0..2 {
        let Some(at) = out[..end].windows(p.len()).rposition(|w| w == p) else {
            return;
        };
        out[at..at + p.len()].copy_from_slice(value.as_bytes());
        end = at;
    }
}

/// A 128-bit fingerprint of `bytes`: two independent multiply-rotate lanes over 8-byte
/// words, then a final avalanche. Not a security hash: `/ID` only has to change when
/// the content does, and this reads a 20 MB file in a few milliseconds.
fn fingerprint(bytes: &[u8]) -> [u8; 16] {
    const K1: u64 = 0x9E37_79B9_7F4A_7C15;
    const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
    let mut a = 0x243F_6A88_85A3_08D3_u64 ^ bytes.len() as u64;
    let mut b = 0x1319_8A2E_0370_7344_u64;
    let mut mix = |w: u64| {
        a = (a ^ w).wrapping_mul(K1).rotate_left(31);
        b = (b.rotate_left(27) ^ w).wrapping_mul(K2);
    };
    let mut words = bytes.chunks_exact(8);
    for c in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        mix(u64::from_le_bytes(w));
    }
    let mut tail = [0u8; 8];
    tail[..words.remainder().len()].copy_from_slice(words.remainder());
    mix(u64::from_le_bytes(tail));
    let avalanche = |mut h: u64| {
        h ^= h >> 33;
        h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        h ^= h >> 33;
        h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
        h ^ (h >> 33)
    };
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&avalanche(a ^ b.rotate_left(17)).to_be_bytes());
    id[8..].copy_from_slice(&avalanche(b ^ a.rotate_left(43)).to_be_bytes());
    id
}

/// Adds outline items under `parent`; returns (first, last, visible count).
fn outline_items(
    lo: &mut lopdf::Document,
    entries: &[OutlineEntry],
    parent: ObjectId,
    pages: &[ObjectId],
) -> (Option<ObjectId>, Option<ObjectId>, usize) {
    let ids: Vec<ObjectId> = entries.iter().map(|_| lo.new_object_id()).collect();
    let mut count = entries.len();
    for (i, e) in entries.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text(&e.title));
        d.set("Parent", parent);
        if let Some(page) = pages.get(e.page) {
            d.set(
                "Dest",
                vec![Object::Reference(*page), Object::Name(b"Fit".to_vec())],
            );
        }
        if i > 0 {
            d.set("Prev", ids[i - 1]);
        }
        if i + 1 < ids.len() {
            d.set("Next", ids[i + 1]);
        }
        let (f, l, c) = outline_items(lo, &e.children, ids[i], pages);
        if let (Some(f), Some(l)) = (f, l) {
            d.set("First", f);
            d.set("Last", l);
            d.set("Count", c as i64);
            count += c;
        }
        lo.objects.insert(ids[i], Object::Dictionary(d));
    }
    (ids.first().copied(), ids.last().copied(), count)
}

#[cfg(test)]
mod tests {
    use super::super::fonts::FontKey;
    use super::super::frame::{Frame, GlyphRun, LineKind, PlacedGlyph, TextLine};

    fn frame(runs: &[(FontKey, &[u16])]) -> Frame {
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
        let (faces, fonts) = super::subset_faces(&super::used_glyphs(&frames)).unwrap();
        let with = super::content_streams(frames.clone(), &faces, &fonts, 400.0, 600.0).unwrap();
        let without = super::content_streams(frames, &faces, &[], 400.0, 600.0).unwrap();
        assert_eq!(with.len(), 2);
        for (a, b) in with.iter().zip(&without) {
            assert_eq!(a.bytes, b.bytes);
            assert_eq!(a.deflated, b.deflated);
        }
        // And they hold the text: three face changes and a glyph string per segment.
        let mut page = String::new();
        let mut z = flate2::read::ZlibDecoder::new(&with[0].bytes[..]);
        if with[0].deflated {
            z.read_to_string(&mut page).unwrap();
        } else {
            page = String::from_utf8(with[0].bytes.clone()).unwrap();
        }
        assert_eq!(page.matches(" Tf").count(), 3, "{page}");
        assert_eq!(page.matches("TJ").count(), 3, "{page}");
        assert!(page.contains("<0001>"), "{page}");
    }

    #[test]
    fn used_glyphs_are_collected_per_face_across_pages() {
        let frames = [
            frame(&[(FontKey::Regular, &[5, 6, 5]), (FontKey::Italic, &[5])]),
            frame(&[(FontKey::Regular, &[6, 7])]),
            frame(&[]),
        ];
        let used = super::used_glyphs(&frames);
        assert_eq!(
            used[&FontKey::Regular].iter().copied().collect::<Vec<_>>(),
            [5, 6, 7]
        );
        assert_eq!(
            used[&FontKey::Italic].iter().copied().collect::<Vec<_>>(),
            [5]
        );
        assert!(!used.contains_key(&FontKey::Bold));
    }

    /// Replays the viewer's pen over `page_ops`: each glyph's x where the viewer draws it.
    fn drawn_x(ops: &[printpdf::Op], widths: &[f32], size: f32) -> Vec<f32> {
        use printpdf::{Op, TextItem, TextMatrix};
        let mut pen = 0.0;
        let mut out = Vec::new();
        for op in ops {
            match op {
                Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(x, _),
                } => pen = x.0,
                Op::ShowText { items } => {
                    for item in items {
                        if let TextItem::GlyphIds(cps) = item {
                            for cp in cps {
                                out.push(pen);
                                pen += (widths[usize::from(cp.gid)] - cp.offset) * size / 1000.0;
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn every_glyph_is_drawn_within_the_tolerance_of_its_set_position() {
        // Widths as the layout measured them (fractional thousandths of an em) and as
        // printpdf writes them (truncated): the pen drifts and must be corrected.
        let exact: Vec<f32> = (0..40).map(|g| 400.0 + g as f32 * 7.77).collect();
        let written: Vec<f32> = exact.iter().map(|w| w.trunc()).collect();
        let face = super::Face {
            id: printpdf::FontId("F0".into()),
            remap: (0..super::GIDS).map(|g| g as u16).collect(),
            widths: written.clone(),
        };
        let faces = vec![Some(face), None, None, None];
        let size = 11.0;
        // 300 glyphs: words of 1 to 9 letters, spaces stretched by varying amounts.
        let mut glyphs = Vec::new();
        let mut x = 50.0;
        for i in 0..300u16 {
            let gid = i * 7 % 40;
            glyphs.push(PlacedGlyph { gid, x, dy: 0 });
            x += exact[usize::from(gid)] * size / 1000.0;
            if i % 9 == 8 || i % 5 == 4 {
                x += 2.5 + f32::from(i % 3) * 0.37;
            }
        }
        let want: Vec<f32> = glyphs.iter().map(|g| g.x).collect();
        let frame = Frame {
            lines: vec![TextLine {
                y: 100.0,
                runs: vec![GlyphRun {
                    font: FontKey::Regular,
                    size,
                    glyphs,
                }],
                text: String::new(),
                kind: LineKind::Justified,
            }],
            links: Vec::new(),
        };
        let ops = super::page_ops(&frame, &faces);
        let got = drawn_x(&ops, &written, size);
        assert_eq!(got.len(), want.len());
        // Rounding of positions and offsets to 1/100 adds a little to the tolerance.
        let tolerance = (super::DRIFT_UNITS + 0.02) * size / 1000.0 + 0.005;
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert!(
                (g - w).abs() <= tolerance,
                "glyph {i}: drawn at {g}, set at {w} (tolerance {tolerance})"
            );
        }
        // Without the offsets, glyphs land well off their positions: the test has teeth.
        let mut bare = ops.clone();
        for op in &mut bare {
            if let printpdf::Op::ShowText { items } = op {
                for item in items {
                    if let printpdf::TextItem::GlyphIds(cps) = item {
                        cps.iter_mut().for_each(|cp| cp.offset = 0.0);
                    }
                }
            }
        }
        let off = drawn_x(&bare, &written, size);
        assert!(
            off.iter()
                .zip(&want)
                .any(|(g, w)| (g - w).abs() > 10.0 * tolerance)
        );
    }

    #[test]
    fn fingerprint_sees_every_byte() {
        let base = vec![7u8; 29];
        let id = super::fingerprint(&base);
        assert_eq!(id, super::fingerprint(&base.clone()));
        for i in 0..base.len() {
            let mut other = base.clone();
            other[i] ^= 1;
            assert_ne!(id, super::fingerprint(&other), "byte {i}");
        }
        assert_ne!(id, super::fingerprint(&base[..28]));
    }

    #[test]
    fn dates() {
        assert_eq!(super::pdf_date(0), "D:19700101000000Z");
        assert_eq!(super::pdf_date(1_700_000_000), "D:20231114221320Z");
    }
}
