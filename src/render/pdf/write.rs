//! Write stage: a [`Document`] of frames → PDF bytes. The only file that knows PDF.
//!
//! Input: positioned glyphs per page, outline, labels, metadata. Output: a PDF 1.7 file.
//! Fonts are subset here with `subsetter` and embedded as Type0/Identity-H fonts drawn
//! with the subset's glyph ids; a ToUnicode map gives readers and `pdftotext` the real
//! letters, ligatures included. Page content streams are written directly (one `TJ` per
//! baseline segment, kerning and justification as exact offsets) and compressed in
//! parallel; lopdf only assembles the document structure (pages, fonts, outline, page
//! labels, Info) and the cross-reference. `/ID` is a hash of the finished bytes, so two
//! builds of the same book are byte-identical.
//!
//! Why not printpdf: it builds one operation per glyph, serialises through a second
//! document model and formats every number through `Display`; on a 540-page book that
//! was most of the build time and memory.

use super::fonts::FontKey;
use super::frame::{Document, Frame, LabelStyle, OutlineEntry};
use flate2::Compression;
use flate2::write::ZlibEncoder;
use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use rayon::prelude::*;
use rustybuzz::ttf_parser;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// Deflate level for content streams: level 6 costs three times level 1 for about 10%
/// smaller pages; streams are compressed in parallel, so the default is affordable.
const CONTENT_COMPRESSION: u32 = 6;
/// Below this many thousandths of an em, a glyph's drift from its set position is not
/// worth a `TJ` offset (0.005 pt at 11 pt); drift is tracked, so it never accumulates.
const DRIFT_UNITS: f32 = 0.5;

/// One embedded face: its resource name, subset glyph ids, widths and text.
struct Face {
    key: FontKey,
    remapper: subsetter::GlyphRemapper,
    /// Advance of each subset glyph, in thousandths of an em (as written in `/W`).
    widths: Vec<f32>,
    /// The subset font program.
    program: Vec<u8>,
    /// Subset glyph id → the text it stands for (ToUnicode).
    text: BTreeMap<u16, String>,
    /// Resource name in the page resources (fixed, so builds are reproducible).
    name: String,
    /// `/BaseFont`: subset tag and PostScript name.
    base_font: String,
}

/// Writes `doc` as PDF bytes.
pub fn write(doc: &Document) -> Result<Vec<u8>, String> {
    // Glyphs used per face, in a stable order, for subsetting; the text each stands for
    // comes from the layout (one ToUnicode entry per glyph).
    let mut used: BTreeMap<FontKey, BTreeSet<u16>> = BTreeMap::new();
    for page in &doc.pages {
        for line in &page.lines {
            for run in &line.runs {
                used.entry(run.font)
                    .or_default()
                    .extend(run.glyphs.iter().map(|g| g.gid));
            }
        }
    }
    let none = BTreeMap::new();
    let faces: Vec<Face> = used
        .into_par_iter()
        .map(|(key, glyphs)| subset_face(key, &glyphs, doc.glyph_text.get(&key).unwrap_or(&none)))
        .collect::<Result<_, String>>()?;
    let face_of = |key: FontKey| faces.iter().position(|f| f.key == key);

    // Content streams: built and compressed in parallel, collected in page order.
    let contents: Vec<Vec<u8>> = doc
        .pages
        .par_iter()
        .map(|frame| deflate(&content(frame, &faces, &face_of), CONTENT_COMPRESSION))
        .collect();

    let mut lo = lopdf::Document::with_version("1.7");
    lo.reference_table.cross_reference_type = lopdf::xref::XrefType::CrossReferenceTable;
    let pages_id = lo.new_object_id();
    let mut font_dict = Dictionary::new();
    for face in &faces {
        let id = embed_face(&mut lo, face);
        font_dict.set(face.name.as_bytes().to_vec(), id);
    }
    let mut resources = Dictionary::new();
    resources.set("Font", font_dict);
    let resources_id = lo.add_object(resources);

    let page_ids: Vec<ObjectId> = doc.pages.iter().map(|_| lo.new_object_id()).collect();
    for ((frame, bytes), &page_id) in doc.pages.iter().zip(contents).zip(&page_ids) {
        let mut sd = Dictionary::new();
        sd.set("Filter", "FlateDecode");
        let content_id = lo.add_object(Stream::new(sd, bytes).with_compression(false));
        let mut page = Dictionary::new();
        page.set("Type", "Page");
        page.set("Parent", pages_id);
        page.set(
            "MediaBox",
            vec![0.into(), 0.into(), real(doc.width), real(doc.height)],
        );
        page.set("Resources", resources_id);
        page.set("Contents", content_id);
        if !frame.links.is_empty() {
            let annots: Vec<Object> = frame
                .links
                .iter()
                .filter_map(|link| {
                    let target = page_ids.get(link.target)?;
                    let [x, y, w, h] = link.rect;
                    let mut a = Dictionary::new();
                    a.set("Type", "Annot");
                    a.set("Subtype", "Link");
                    a.set("Rect", vec![real(x), real(y), real(x + w), real(y + h)]);
                    // No border: a book's contents should not look like a web form.
                    a.set("Border", vec![0.into(), 0.into(), 0.into()]);
                    a.set(
                        "Dest",
                        vec![
                            Object::Reference(*target),
                            "XYZ".into(),
                            Object::Null,
                            Object::Null,
                            Object::Null,
                        ],
                    );
                    Some(Object::Dictionary(a))
                })
                .collect();
            page.set("Annots", annots);
        }
        lo.objects.insert(page_id, Object::Dictionary(page));
    }
    let mut pages = Dictionary::new();
    pages.set("Type", "Pages");
    pages.set("Count", page_ids.len() as i64);
    pages.set(
        "Kids",
        page_ids
            .iter()
            .map(|&id| Object::Reference(id))
            .collect::<Vec<_>>(),
    );
    lo.objects.insert(pages_id, Object::Dictionary(pages));
    let mut catalog = Dictionary::new();
    catalog.set("Type", "Catalog");
    catalog.set("Pages", pages_id);
    let root_id = lo.add_object(catalog);
    lo.trailer.set("Root", root_id);

    finish(&mut lo, doc, root_id, &page_ids)?;
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

fn real(v: f32) -> Object {
    Object::Real(v)
}

fn deflate(bytes: &[u8], level: u32) -> Vec<u8> {
    let mut z = ZlibEncoder::new(Vec::with_capacity(bytes.len() / 3), Compression::new(level));
    // Writing into a Vec cannot fail.
    let _ = z.write_all(bytes);
    z.finish().unwrap_or_default()
}

/// Subsets one face to the glyphs used and collects what its dictionaries need.
fn subset_face(
    key: FontKey,
    gids: &BTreeSet<u16>,
    glyph_text: &BTreeMap<u16, String>,
) -> Result<Face, String> {
    let mut remapper = subsetter::GlyphRemapper::new();
    let mut text = BTreeMap::new();
    for &g in gids {
        let new = remapper.remap(g);
        if let Some(t) = glyph_text.get(&g) {
            text.insert(new, t.clone());
        }
    }
    let program = subsetter::subset(key.bytes(), 0, &remapper)
        .map_err(|e| format!("cannot subset font {}: {e:?}", key.ps_name()))?;
    let face = ttf_parser::Face::parse(key.bytes(), 0)
        .map_err(|e| format!("font {} does not parse: {e}", key.ps_name()))?;
    let scale = 1000.0 / f32::from(face.units_per_em());
    let widths = remapper
        .remapped_gids()
        .map(|g| {
            let adv = face.glyph_hor_advance(ttf_parser::GlyphId(g)).unwrap_or(0);
            (f32::from(adv) * scale * 100.0).round() / 100.0
        })
        .collect();
    Ok(Face {
        key,
        remapper,
        widths,
        program,
        text,
        name: format!("F{}", key as u8),
        base_font: format!("{}+{}", subset_tag(key, gids), key.ps_name()),
    })
}

/// The content stream of one page: one text object, a `TJ` per run and baseline.
fn content(frame: &Frame, faces: &[Face], face_of: &dyn Fn(FontKey) -> Option<usize>) -> Vec<u8> {
    let mut out = Vec::with_capacity(frame.lines.len() * 256);
    out.extend_from_slice(b"BT\n");
    let mut current: Option<(usize, f32)> = None;
    for line in &frame.lines {
        for run in &line.runs {
            let Some(fi) = face_of(run.font) else {
                continue;
            };
            let face = &faces[fi];
            if current != Some((fi, run.size)) {
                out.push(b'/');
                out.extend_from_slice(face.name.as_bytes());
                out.push(b' ');
                num(&mut out, run.size);
                out.extend_from_slice(b" Tf\n");
                current = Some((fi, run.size));
            }
            let k = run.size / 1000.0;
            let mut i = 0;
            while i < run.glyphs.len() {
                // A segment: consecutive glyphs on one baseline (marks may sit off it).
                let y = run.glyphs[i].y;
                let mut pen = run.glyphs[i].x;
                out.extend_from_slice(b"1 0 0 1 ");
                num(&mut out, pen);
                out.push(b' ');
                num(&mut out, y);
                out.extend_from_slice(b" Tm[<");
                while i < run.glyphs.len() && run.glyphs[i].y == y {
                    let g = &run.glyphs[i];
                    // TJ offsets are thousandths of an em, subtracted from the pen.
                    let drift = (pen - g.x) / k;
                    if drift.abs() >= DRIFT_UNITS {
                        let adj = (drift * 100.0).round() / 100.0;
                        out.push(b'>');
                        num(&mut out, adj);
                        out.push(b'<');
                        pen -= adj * k;
                    }
                    let gid = face.remapper.get(g.gid).unwrap_or(0);
                    hex4(&mut out, gid);
                    pen += face.widths.get(gid as usize).copied().unwrap_or(0.0) * k;
                    i += 1;
                }
                out.extend_from_slice(b">]TJ\n");
            }
        }
    }
    out.extend_from_slice(b"ET\n");
    out
}

/// Appends four upper-case hex digits.
fn hex4(out: &mut Vec<u8>, v: u16) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((v >> shift) & 0xF) as usize]);
    }
}

/// Appends `v` with at most two decimals, the precision of everything we place
/// (1/100 pt), without going through `Display` for floats.
fn num(out: &mut Vec<u8>, v: f32) {
    let mut c = (f64::from(v) * 100.0).round() as i64;
    if c < 0 {
        out.push(b'-');
        c = -c;
    }
    let (int, frac) = (c / 100, c % 100);
    let mut digits = [0u8; 20];
    let mut n = 0;
    let mut x = int;
    loop {
        digits[n] = b'0' + (x % 10) as u8;
        n += 1;
        x /= 10;
        if x == 0 {
            break;
        }
    }
    out.extend(digits[..n].iter().rev());
    if frac != 0 {
        out.push(b'.');
        out.push(b'0' + (frac / 10) as u8);
        if frac % 10 != 0 {
            out.push(b'0' + (frac % 10) as u8);
        }
    }
}

/// Adds a face's Type0 font with its descendant, descriptor, program and ToUnicode map.
fn embed_face(lo: &mut lopdf::Document, face: &Face) -> ObjectId {
    // The faces are compiled in and parsed once already; failure here is a build bug,
    // caught by `subset_face` before we get here.
    let metrics = ttf_parser::Face::parse(face.key.bytes(), 0).ok();
    let (mut ascent, mut descent, mut cap, mut angle, mut weight) = (800, -200, 700, 0.0, 400);
    let mut bbox = [0i64, -250, 1000, 900];
    if let Some(m) = &metrics {
        let s = 1000.0 / f32::from(m.units_per_em());
        let sc = |v: i16| (f32::from(v) * s).round() as i64;
        ascent = sc(m.ascender());
        descent = sc(m.descender());
        cap = m.capital_height().map_or(ascent, sc);
        angle = m.italic_angle();
        weight = m.weight().to_number();
        let r = m.global_bounding_box();
        bbox = [sc(r.x_min), sc(r.y_min), sc(r.x_max), sc(r.y_max)];
    }
    let mut program = Dictionary::new();
    program.set("Length1", face.program.len() as i64);
    program.set("Filter", "FlateDecode");
    let program_id = lo.add_object(
        Stream::new(program, deflate(&face.program, CONTENT_COMPRESSION)).with_compression(false),
    );
    // PDF 32000-1 Table 123: nonsymbolic (Latin text), italic when the face slants.
    let flags = (1 << 5) | if angle != 0.0 { 1 << 6 } else { 0 };
    // No table carries the stem width; this is the usual estimate from the weight.
    let stem_v = 50 + (f32::from(weight) / 65.0).powi(2).round() as i64;
    let mut descriptor = Dictionary::new();
    descriptor.set("Type", "FontDescriptor");
    descriptor.set("FontName", Object::Name(face.base_font.as_bytes().to_vec()));
    descriptor.set("Flags", flags as i64);
    descriptor.set(
        "FontBBox",
        bbox.iter().map(|&v| Object::Integer(v)).collect::<Vec<_>>(),
    );
    descriptor.set("ItalicAngle", real(angle));
    descriptor.set("Ascent", ascent);
    descriptor.set("Descent", descent);
    descriptor.set("CapHeight", cap);
    descriptor.set("StemV", stem_v);
    descriptor.set("FontFile2", program_id);
    let descriptor_id = lo.add_object(descriptor);

    let widths: Vec<Object> = face.widths.iter().map(|&w| real(w)).collect();
    let mut cid = Dictionary::new();
    cid.set("Type", "Font");
    cid.set("Subtype", "CIDFontType2");
    cid.set("BaseFont", Object::Name(face.base_font.as_bytes().to_vec()));
    let mut info = Dictionary::new();
    info.set("Registry", Object::string_literal("Adobe"));
    info.set("Ordering", Object::string_literal("Identity"));
    info.set("Supplement", 0);
    cid.set("CIDSystemInfo", info);
    cid.set("FontDescriptor", descriptor_id);
    cid.set("W", vec![Object::Integer(0), Object::Array(widths)]);
    cid.set("CIDToGIDMap", "Identity");
    let cid_id = lo.add_object(cid);

    let mut tu = Dictionary::new();
    tu.set("Filter", "FlateDecode");
    let to_unicode = lo.add_object(
        Stream::new(tu, deflate(&to_unicode(&face.text), CONTENT_COMPRESSION))
            .with_compression(false),
    );
    let mut font = Dictionary::new();
    font.set("Type", "Font");
    font.set("Subtype", "Type0");
    font.set("BaseFont", Object::Name(face.base_font.as_bytes().to_vec()));
    font.set("Encoding", "Identity-H");
    font.set("DescendantFonts", vec![Object::Reference(cid_id)]);
    font.set("ToUnicode", to_unicode);
    lo.add_object(font)
}

/// A ToUnicode CMap: each subset glyph id → the UTF-16 text it stands for.
fn to_unicode(map: &BTreeMap<u16, String>) -> Vec<u8> {
    let mut s = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u16, &String)> = map.iter().collect();
    // A bfchar block holds at most 100 entries.
    for chunk in entries.chunks(100) {
        s.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (gid, text) in chunk {
            s.push_str(&format!("<{gid:04X}> <"));
            for u in text.encode_utf16() {
                s.push_str(&format!("{u:04X}"));
            }
            s.push_str(">\n");
        }
        s.push_str("endbfchar\n");
    }
    s.push_str(
        "endcmap\nCMapName currentdict /CIDInit /ProcSet findresource /defineresource pop\n\
         end\nend\n",
    );
    s.into_bytes()
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

/// FNV-1a, 64-bit: a content fingerprint for `/ID` and subset tags, not a security hash.
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
fn finish(
    lo: &mut lopdf::Document,
    doc: &Document,
    root_id: ObjectId,
    page_ids: &[ObjectId],
) -> Result<(), String> {
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

    // Outlines.
    let outlines_id = lo.new_object_id();
    let (first, last, count) = outline_items(lo, &doc.outline, outlines_id, page_ids);
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

    let catalog = lo
        .get_object_mut(root_id)
        .and_then(Object::as_dict_mut)
        .map_err(|e| format!("bad catalog: {e}"))?;
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
    let mut h1 = Fnv::new();
    let mut h2 = Fnv(0x6c62_272e_07bb_0142);
    h1.write(out);
    h2.write(out);
    let mut id = h1.finish().to_be_bytes().to_vec();
    id.extend_from_slice(&h2.finish().to_be_bytes());
    let value = format!("<{}>", hex(&id));
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
    #[test]
    fn dates() {
        assert_eq!(super::pdf_date(0), "D:19700101000000Z");
        assert_eq!(super::pdf_date(1_700_000_000), "D:20231114221320Z");
    }
}
