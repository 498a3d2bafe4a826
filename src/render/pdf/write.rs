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
//! ToUnicode: printpdf builds each face's map from the `cid` text of the glyphs it is
//! given, and for a glyph met several times the *last* occurrence wins (a glyph without
//! `cid` maps to U+FFFD). So only the last occurrence of each glyph in the document carries
//! its text (from [`Document::glyph_text`]); every other glyph has none, which saves a
//! `String` per glyph.
//!
//! lopdf (printpdf's own version) then does what printpdf cannot: PDF version, Info,
//! `/PageMode`, `/Lang`, `/PageLabels`, a nested outline, stream compression (in
//! parallel, at a moderate level, collected in object order so output does not depend
//! on scheduling) and an `/ID` from a hash of the finished bytes, so two builds of the
//! same book are byte-identical.

use super::fonts::FontKey;
use super::frame::{Document, Frame, LabelStyle, OutlineEntry};
use flate2::Compression;
use flate2::write::ZlibEncoder;
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Actions, Codepoint, Destination, FontId, LinkAnnotation, Op, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Pt, Rect, TextItem, TextMatrix,
};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// Deflate level for streams: level 6 costs about three times level 1 for about 10%
/// smaller pages; streams are compressed in parallel, so the default is affordable.
const COMPRESSION: u32 = 6;
/// Tolerance, in thousandths of an em, for a glyph's distance from its set position
/// (0.011 pt at 11 pt, a fortieth of a 2400 dpi device pixel). printpdf's widths are
/// truncated to whole units, so the pen falls behind by half a unit per glyph on
/// average; an offset is written only when the distance reaches the tolerance, and
/// then puts the pen ahead by almost the tolerance, so the next one comes later.
const DRIFT_UNITS: f32 = 1.0;
/// Where a correction puts the pen, relative to the set position (see [`DRIFT_UNITS`]).
const DRIFT_TARGET: f32 = 0.8 * DRIFT_UNITS;
/// Glyph ids per face: the size of the "seen" table.
const GIDS: usize = 1 << 16;

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

/// Writes `doc` as PDF bytes. The frames are consumed as their pages are built, so the
/// glyphs are not held twice.
pub fn write(mut doc: Document) -> Result<Vec<u8>, String> {
    let frames = std::mem::take(&mut doc.pages);
    let (used, marks) = scan(&frames);
    let none = BTreeMap::new();
    let subsets: Vec<(FontKey, Face, ParsedFont)> = used
        .into_par_iter()
        .map(|(key, gids)| subset_face(key, &gids))
        .collect::<Result<_, String>>()?;

    let mut faces: Vec<Option<Face>> = FontKey::ALL.iter().map(|_| None).collect();
    let mut pdf = PdfDocument::new(&doc.title);
    for (key, face, parsed) in subsets {
        pdf.resources
            .fonts
            .map
            .insert(face.id.clone(), printpdf::PdfFont::new(parsed));
        faces[key as usize] = Some(face);
    }

    // Operations per page, built in parallel and collected in page order.
    let (w, h) = (Pt(doc.width), Pt(doc.height));
    let pages: Vec<PdfPage> = frames
        .into_par_iter()
        .zip(marks)
        .map(|(frame, marks)| PdfPage {
            media_box: Rect::from_wh(w, h),
            trim_box: Rect::from_wh(w, h),
            crop_box: Rect::from_wh(w, h),
            ops: page_ops(&frame, &faces, &marks, &doc.glyph_text, &none),
        })
        .collect();
    pdf.with_pages(pages);

    let opts = PdfSaveOptions {
        // Compression is ours (parallel); fonts are already subset.
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
    drop(pdf);
    if let Some(e) = warnings
        .iter()
        .find(|w| w.severity == printpdf::PdfParseErrorSeverity::Error)
    {
        return Err(format!("cannot write PDF: {}", e.msg));
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
    Ok(out)
}

/// Per face, the glyphs used; per page, the positions (in reading order over the page's
/// glyphs) of the last occurrence in the document of each (face, glyph): the glyphs that
/// carry their text for printpdf's ToUnicode map.
fn scan(frames: &[Frame]) -> (BTreeMap<FontKey, BTreeSet<u16>>, Vec<Vec<u32>>) {
    let mut seen = vec![false; FontKey::ALL.len() * GIDS];
    let mut used: BTreeMap<FontKey, BTreeSet<u16>> = BTreeMap::new();
    let mut marks = vec![Vec::new(); frames.len()];
    for (frame, marks) in frames.iter().zip(&mut marks).rev() {
        let mut at = frame
            .lines
            .iter()
            .flat_map(|l| &l.runs)
            .map(|r| r.glyphs.len())
            .sum::<usize>() as u32;
        for run in frame.lines.iter().rev().flat_map(|l| l.runs.iter().rev()) {
            for g in run.glyphs.iter().rev() {
                at -= 1;
                let slot = run.font as usize * GIDS + usize::from(g.gid);
                if !seen[slot] {
                    seen[slot] = true;
                    marks.push(at);
                    used.entry(run.font).or_default().insert(g.gid);
                }
            }
        }
        marks.reverse();
    }
    (used, marks)
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

/// The operations of one page: one text section; a font change where the face or size
/// changes; per segment (consecutive glyphs of one face and size on one baseline, across
/// runs: a line is usually one segment) one text matrix and one glyph string, kerning
/// and justification as offsets. `marks` are the ascending positions of the glyphs that
/// carry their text.
fn page_ops(
    frame: &Frame,
    faces: &[Option<Face>],
    marks: &[u32],
    glyph_text: &BTreeMap<FontKey, BTreeMap<u16, String>>,
    none: &BTreeMap<u16, String>,
) -> Vec<Op> {
    let mut ops = Vec::with_capacity(frame.lines.len() * 3 + 2 + frame.links.len());
    ops.push(Op::StartTextSection);
    let mut font: Option<(FontKey, f32)> = None;
    // The open segment: its baseline, the pen (where the viewer's pen is after the
    // glyphs so far) and the glyphs.
    let mut seg: Option<(f32, f32, Vec<Codepoint>)> = None;
    let mut at = 0u32;
    let mut marks = marks.iter().copied().peekable();
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
                at += run.glyphs.len() as u32;
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
            let texts = glyph_text.get(&run.font).unwrap_or(none);
            let k = run.size / 1000.0;
            for g in &run.glyphs {
                if seg.as_ref().is_some_and(|s| s.0 != g.y) {
                    flush(&mut seg, &mut ops);
                }
                let (_, pen, cps) = seg.get_or_insert_with(|| {
                    let x = round2(g.x);
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(Pt(x), Pt(round2(g.y))),
                    });
                    (g.y, x, Vec::with_capacity(glyphs_in_line))
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
                let cid = if marks.next_if_eq(&at).is_some() {
                    Some(texts.get(&g.gid).cloned().unwrap_or_default())
                } else {
                    None
                };
                cps.push(Codepoint {
                    gid,
                    offset: 0.0,
                    cid,
                });
                *pen += face.widths.get(usize::from(gid)).copied().unwrap_or(0.0) * k;
                at += 1;
            }
        }
    }
    flush(&mut seg, &mut ops);
    ops.push(Op::EndTextSection);
    for link in &frame.links {
        let [x, y, lw, lh] = link.rect;
        ops.push(Op::LinkAnnotation {
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
        });
    }
    // Every page's operations are held until printpdf serialises the document.
    ops.shrink_to_fit();
    ops
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
    let done: Vec<(ObjectId, Vec<u8>, bool)> = jobs
        .into_par_iter()
        .map(|(id, raw)| {
            let mut z = ZlibEncoder::new(
                Vec::with_capacity(raw.len() / 3),
                Compression::new(COMPRESSION),
            );
            // Writing into a Vec cannot fail.
            let _ = z.write_all(&raw);
            let packed = z.finish().unwrap_or_default();
            if !packed.is_empty() && packed.len() + 19 < raw.len() {
                (id, packed, true)
            } else {
                (id, raw, false)
            }
        })
        .collect();
    for (id, bytes, packed) in done {
        if let Some(Object::Stream(s)) = lo.objects.get_mut(&id) {
            if packed {
                s.dict.set("Filter", "FlateDecode");
            }
            s.set_content(bytes);
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
                    .map(|&gid| PlacedGlyph {
                        gid,
                        x: 0.0,
                        y: 0.0,
                    })
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
    fn only_the_last_occurrence_of_a_glyph_carries_its_text() {
        // printpdf keeps the text of a glyph's last occurrence for ToUnicode.
        let frames = [
            frame(&[(FontKey::Regular, &[5, 6, 5]), (FontKey::Italic, &[5])]),
            frame(&[(FontKey::Regular, &[6, 7])]),
            frame(&[]),
        ];
        let (used, marks) = super::scan(&frames);
        assert_eq!(marks, vec![vec![2, 3], vec![0, 1], vec![]]);
        assert_eq!(
            used[&FontKey::Regular].iter().copied().collect::<Vec<_>>(),
            [5, 6, 7]
        );
        assert_eq!(
            used[&FontKey::Italic].iter().copied().collect::<Vec<_>>(),
            [5]
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
