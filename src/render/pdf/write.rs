//! Write stage: a [`Document`] of frames → PDF bytes. The only user of printpdf and lopdf.
//!
//! Input: positioned glyphs per page, outline, labels, metadata. Output: a PDF 1.7 file.
//! Fonts are subset here with `subsetter` (printpdf would embed them whole) and drawn with
//! the subset's glyph ids; each glyph carries its text so the ToUnicode map gives readers
//! and `pdftotext` the real letters, ligatures included. printpdf's output is then
//! corrected with lopdf: version, `/PageMode`, Info, `/Lang`, `/PageLabels`, outlines and
//! an `/ID` from a hash of the content, so two builds of the same book are byte-identical.

use super::fonts::FontKey;
use super::frame::{Document, LabelStyle, OutlineEntry};
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Actions, Codepoint, Destination, FontId, LinkAnnotation, Mm, Op, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Pt, Rect, TextItem, TextMatrix,
};
use std::collections::{BTreeMap, BTreeSet};

/// Writes `doc` as PDF bytes.
pub fn write(doc: &Document) -> Result<Vec<u8>, String> {
    let mut pdf = PdfDocument::new(&doc.title);
    // Glyphs used per face, in a stable order, for subsetting.
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
    let mut faces: BTreeMap<FontKey, (FontId, subsetter::GlyphRemapper)> = BTreeMap::new();
    for (key, gids) in &used {
        let mut remapper = subsetter::GlyphRemapper::new();
        for g in gids {
            remapper.remap(*g);
        }
        let bytes = subsetter::subset(key.bytes(), 0, &remapper)
            .map_err(|e| format!("cannot subset font {}: {e:?}", key.ps_name()))?;
        let mut warnings = Vec::new();
        let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
            .ok_or_else(|| format!("subset of font {} does not parse", key.ps_name()))?;
        parsed.font_name = Some(format!("{}+{}", subset_tag(*key, gids), key.ps_name()));
        // A fixed resource name: printpdf's own ids differ between calls in one process.
        let id = FontId(format!("F{}", *key as u8));
        pdf.resources
            .fonts
            .map
            .insert(id.clone(), printpdf::PdfFont::new(parsed));
        faces.insert(*key, (id, remapper));
    }

    let (w, h) = (doc.width, doc.height);
    let mut pages = Vec::with_capacity(doc.pages.len());
    for frame in &doc.pages {
        let mut ops = vec![Op::StartTextSection];
        for line in &frame.lines {
            for run in &line.runs {
                let Some((id, remap)) = faces.get(&run.font) else {
                    continue;
                };
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(id.clone()),
                    size: Pt(run.size),
                });
                for g in &run.glyphs {
                    // One absolute position per glyph: printpdf merges a baseline's glyphs
                    // into one TJ with exact kerns, so justification and kerning survive.
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(Pt(g.x), Pt(g.y)),
                    });
                    let gid = remap.get(g.gid).unwrap_or(0);
                    ops.push(Op::ShowText {
                        items: vec![TextItem::GlyphIds(vec![Codepoint::with_cid(
                            gid,
                            0.0,
                            g.text.clone(),
                        )])],
                    });
                }
            }
        }
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
        pages.push(PdfPage::new(Mm::from(Pt(w)), Mm::from(Pt(h)), ops));
    }
    pdf.with_pages(pages);
    let opts = PdfSaveOptions {
        subset_fonts: false,
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
    finish(&mut lo, doc)?;
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| format!("cannot write PDF: {e}"))?;
    Ok(out)
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
fn finish(lo: &mut lopdf::Document, doc: &Document) -> Result<(), String> {
    lo.version = "1.7".to_string();
    let page_ids: Vec<ObjectId> = lo.get_pages().values().copied().collect();

    // Info: replace wholesale (printpdf's has an empty /GTS_PDFXVersion and epoch-0 dates).
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
    catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    catalog.set("Outlines", outlines_id);
    catalog.set("PageLabels", labels);
    catalog.set("Lang", text(&doc.lang));
    // printpdf's XMP carries a random instance id; we do not claim any XMP conformance.
    catalog.remove(b"Metadata");

    // /ID from the content: the same book gives the same file.
    lo.prune_objects();
    lo.compress();
    let mut h1 = Fnv::new();
    let mut h2 = Fnv(0x6c62_272e_07bb_0142);
    for (id, obj) in &lo.objects {
        let repr = format!("{id:?}{obj:?}");
        h1.write(repr.as_bytes());
        h2.write(repr.as_bytes());
    }
    let mut id = h1.finish().to_be_bytes().to_vec();
    id.extend_from_slice(&h2.finish().to_be_bytes());
    lo.trailer.set(
        "ID",
        vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ],
    );
    Ok(())
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
