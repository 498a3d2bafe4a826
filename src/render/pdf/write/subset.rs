//! Write stage, fonts: the glyphs the book uses, each face subset to them, and the
//! inventory page from which printpdf builds each face's `/W` widths and ToUnicode map.

use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::frame::Frame;
use printpdf::{
    Codepoint, FontId, Op, ParsedFont, PdfFont, PdfFontHandle, Pt, TextItem, TextMatrix,
};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// Glyph ids per face: the size of the "seen" table.
pub(super) const GIDS: usize = 1 << 16;

/// One subset face as the page builder needs it.
pub(super) struct Face {
    /// Resource name (fixed, so builds are reproducible).
    pub(super) id: FontId,
    /// Full-face glyph id → subset glyph id (a dense table: one lookup per glyph drawn).
    pub(super) remap: Vec<u16>,
    /// Advance of each subset glyph in whole thousandths of an em: the `/W` entries
    /// printpdf writes, so the viewer's pen moves by exactly these.
    pub(super) widths: Vec<f32>,
}

/// The inventory page: every used glyph of every face once, with the text it stands for
/// (nothing for a glyph that stands for none, such as a ligature's second glyph).
pub(super) fn inventory_ops(
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

/// Per face, the glyphs used (full-face ids).
pub(super) fn used_glyphs(frames: &[Frame]) -> BTreeMap<FontKey, BTreeSet<u16>> {
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
pub(super) fn subset_faces(
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

#[cfg(test)]
mod tests {
    use super::super::tests::frame;
    use crate::render::pdf::fonts::FontKey;

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
}
