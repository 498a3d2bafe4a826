//! Write stage, fonts: the glyphs the book uses, each face subset to them, and the
//! inventory page from which printpdf builds each face's `/W` widths and ToUnicode map.
//! A face whose hyphen ends a hyphenated line also gets a *soft-hyphen copy*: a subset
//! of just that glyph whose ToUnicode says U+00AD, so the inserted hyphen is not text.
//! The face of characters no font has ([`FontKey::Missing`]) is Charis's `.notdef` alone,
//! with one code per character, all mapped to that glyph (`/CIDToGIDMap`): the boxes
//! look alike but each has its own ToUnicode entry. A face with glyphs drawn mirrored
//! (a bracket at a right-to-left level, [`Flow::Mirrored`]) gets a *mirror copy* of
//! them whose ToUnicode gives the mirrored character: the ")" glyph drawn for a "("
//! reads "(", as written.

use super::emoji;
use crate::render::pdf::bitmap::Picture;
use crate::render::pdf::fonts::{FontKey, Program};
use crate::render::pdf::frame::{Flow, Frame, LineKind};
use printpdf::{
    Codepoint, FontId, Op, ParsedFont, PdfFont, PdfFontHandle, Pt, TextItem, TextMatrix,
};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// Where the soft-hyphen copy of `key`'s face sits in the faces table: after the faces.
pub(super) fn soft_slot(key: FontKey) -> usize {
    FontKey::ALL.len() + key as usize
}

/// Where the mirror copy of `key`'s face sits in the faces table: after the soft-hyphen
/// copies.
pub(super) fn mirror_slot(key: FontKey) -> usize {
    2 * FontKey::ALL.len() + key as usize
}

/// Where the spelled copy of `key`'s face sits in the faces table: after the mirror
/// copies (see [`super::spelled`]).
pub(super) fn spelled_slot(key: FontKey) -> usize {
    3 * FontKey::ALL.len() + key as usize
}

/// How many slots the faces table has: each face and its three copies.
const SLOTS: usize = 4 * FontKey::ALL.len();

/// Which copy of a face a subset is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum FaceCopy {
    /// The face itself.
    Face,
    /// The soft-hyphen copy.
    Soft,
    /// The mirror copy.
    Mirror,
    /// The spelled copy: one code per (glyph, text) pair ([`super::spelled`]).
    Spelled,
}

/// Glyph ids per face: the size of the "seen" table.
pub(super) const GIDS: usize = 1 << 16;
/// 64-bit words in a bitmap of every glyph id of a face.
const WORDS: usize = GIDS / 64;

/// One subset face as the page builder needs it.
pub(super) struct Face {
    /// Resource name (fixed, so builds are reproducible).
    pub(super) id: FontId,
    /// Full-face glyph id → subset glyph id (a dense table: one lookup per glyph drawn).
    pub(super) remap: Vec<u16>,
    /// Advance of each subset glyph in whole thousandths of an em: the `/W` entries
    /// printpdf writes, so the viewer's pen moves by exactly these.
    pub(super) widths: Vec<f32>,
    /// The spelled copy's codes: (full-face glyph id, text, code), sorted (empty for
    /// any other subset).
    pub(super) spelled: Vec<(u16, Box<str>, u16)>,
    /// `/BaseFont`: the subset tag, "+", the face's PostScript name.
    pub(super) base_font: String,
}

impl Face {
    /// The code that draws full-face glyph `gid` standing for `text` in the spelled copy
    /// (0, `.notdef`, if the pair was never collected, which [`used_glyphs`] rules out).
    pub(super) fn spelled_code(&self, gid: u16, text: &str) -> u16 {
        self.spelled
            .binary_search_by(|(g, t, _)| (*g, &**t).cmp(&(gid, text)))
            .map_or(0, |i| self.spelled[i].2)
    }
}

/// The pictures of the emoji face's codes ([`super::emoji`]), by code.
pub(super) type Pictures = BTreeMap<u16, Picture>;

/// The inventory page: every used glyph of every face once, with the text it stands for
/// (nothing for a glyph that stands for none, such as a ligature's second glyph).
pub(super) fn inventory_ops(
    used: &Used,
    faces: &[Option<Face>],
    glyph_text: &BTreeMap<FontKey, BTreeMap<u16, String>>,
) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    let all = used
        .glyphs
        .iter()
        .map(|(k, g)| (*k as usize, g, glyph_text.get(k), FaceCopy::Face))
        .chain(
            used.soft
                .iter()
                .map(|(k, g)| (soft_slot(*k), g, None, FaceCopy::Soft)),
        )
        .chain(
            used.mirrored
                .iter()
                .map(|(k, g)| (mirror_slot(*k), g, glyph_text.get(k), FaceCopy::Mirror)),
        );
    for (slot, gids, texts, copy) in all {
        let Some(face) = faces.get(slot).and_then(Option::as_ref) else {
            continue;
        };
        ops.extend(show_codes(
            face,
            gids.iter().map(|g| {
                let text = || texts.and_then(|t| t.get(g)).cloned().unwrap_or_default();
                let text = match copy {
                    FaceCopy::Soft => "\u{AD}".to_string(),
                    FaceCopy::Mirror => text()
                        .chars()
                        .map(|c| unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c))
                        .collect(),
                    _ => text(),
                };
                (face.remap[usize::from(*g)], text)
            }),
        ));
    }
    for key in used.spelled.keys() {
        if let Some(face) = faces.get(spelled_slot(*key)).and_then(Option::as_ref) {
            let codes = face.spelled.iter().map(|(_, t, c)| (*c, t.to_string()));
            ops.extend(show_codes(face, codes));
        }
    }
    ops.push(Op::EndTextSection);
    ops
}

/// The inventory page's operations for one subset: its codes, each with its text.
fn show_codes(face: &Face, codes: impl Iterator<Item = (u16, String)>) -> [Op; 3] {
    let cps = codes
        .map(|(gid, text)| Codepoint {
            gid,
            offset: 0.0,
            cid: Some(text),
        })
        .collect();
    [
        Op::SetFont {
            font: PdfFontHandle::External(face.id.clone()),
            size: Pt(10.0),
        },
        Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(0.0), Pt(0.0)),
        },
        Op::ShowText {
            items: vec![TextItem::GlyphIds(cps)],
        },
    ]
}

/// The glyphs a book draws (full-face ids), per face.
#[derive(Debug, Default)]
pub(super) struct Used {
    pub(super) glyphs: BTreeMap<FontKey, BTreeSet<u16>>,
    /// Hyphens that end hyphenated lines: drawn from the face's soft-hyphen copy.
    pub(super) soft: BTreeMap<FontKey, BTreeSet<u16>>,
    /// Glyphs drawn mirrored: drawn from the face's mirror copy.
    pub(super) mirrored: BTreeMap<FontKey, BTreeSet<u16>>,
    /// Spelled glyphs ([`GlyphRun::spelled`]) with their texts: drawn from the face's
    /// spelled copy.
    pub(super) spelled: BTreeMap<FontKey, BTreeSet<(u16, Box<str>)>>,
}

/// Per face, the glyphs used: the pages are read in parallel, each thread marking the
/// glyphs it meets in bitmaps of its own (one bit per glyph id and face), merged at the
/// end.
pub(super) fn used_glyphs(frames: &[Frame]) -> Used {
    let faces = FontKey::ALL.len();
    // Hyphens that end lines are marked after the faces' glyphs, as faces of their own,
    // and glyphs drawn mirrored after them.
    let empty = || (vec![0u64; 3 * faces * WORDS], BTreeSet::new());
    let (seen, spelled) = frames
        .par_iter()
        .with_min_len(16)
        .fold(empty, |(mut seen, mut spelled), frame| {
            for line in &frame.lines {
                for run in &line.runs {
                    if let Some(text) = &run.spelled {
                        spelled.extend(run.glyphs.iter().map(|g| (run.font, g.gid, text.clone())));
                        continue;
                    }
                    let block = match run.flow {
                        Flow::Mirrored => 2 * faces + run.font as usize,
                        _ => run.font as usize,
                    };
                    let face = &mut seen[block * WORDS..][..WORDS];
                    for g in &run.glyphs {
                        face[usize::from(g.gid) / 64] |= 1 << (g.gid % 64);
                    }
                }
                if line.kind == LineKind::Hyphenated
                    && line.leaders.is_none()
                    && let Some(run) = line.runs.iter().rev().find(|r| !r.glyphs.is_empty())
                    && run.spelled.is_none()
                    && let Some(g) = run.glyphs.last()
                {
                    let at = (faces + run.font as usize) * WORDS + usize::from(g.gid) / 64;
                    seen[at] |= 1 << (g.gid % 64);
                }
            }
            (seen, spelled)
        })
        .reduce(empty, |(mut a, mut sa), (b, sb)| {
            a.iter_mut().zip(b).for_each(|(x, y)| *x |= y);
            sa.extend(sb);
            (a, sa)
        });
    let set = |bits: &[u64]| -> BTreeSet<u16> {
        let mut gids = BTreeSet::new();
        for (w, &word) in bits.iter().enumerate() {
            let mut word = word;
            while word != 0 {
                gids.insert((w * 64) as u16 + word.trailing_zeros() as u16);
                word &= word - 1;
            }
        }
        gids
    };
    let mut used = Used::default();
    for (i, key) in FontKey::ALL.into_iter().enumerate() {
        let glyphs = set(&seen[i * WORDS..][..WORDS]);
        if !glyphs.is_empty() {
            used.glyphs.insert(key, glyphs);
        }
        let soft = set(&seen[(faces + i) * WORDS..][..WORDS]);
        if !soft.is_empty() {
            used.soft.insert(key, soft);
        }
        let mirrored = set(&seen[(2 * faces + i) * WORDS..][..WORDS]);
        if !mirrored.is_empty() {
            used.mirrored.insert(key, mirrored);
        }
    }
    for (key, gid, text) in spelled {
        used.spelled.entry(key).or_default().insert((gid, text));
    }
    used
}

/// Every used face subset: per [`FontKey`], the face for the page builder (or `None`),
/// the fonts for printpdf, and the emoji face's pictures.
#[allow(clippy::type_complexity)]
pub(super) fn subset_faces(
    used: &Used,
    programs: &[Option<Program>],
) -> Result<(Vec<Option<Face>>, Vec<(FontId, PdfFont)>, Pictures), String> {
    let spelled: Vec<(FontKey, BTreeSet<u16>)> = used
        .spelled
        .iter()
        .map(|(k, pairs)| (*k, pairs.iter().map(|(g, _)| *g).collect()))
        .collect();
    let jobs: Vec<(FontKey, &BTreeSet<u16>, FaceCopy)> = used
        .glyphs
        .iter()
        .map(|(k, g)| (*k, g, FaceCopy::Face))
        .chain(used.soft.iter().map(|(k, g)| (*k, g, FaceCopy::Soft)))
        .chain(used.mirrored.iter().map(|(k, g)| (*k, g, FaceCopy::Mirror)))
        .chain(spelled.iter().map(|(k, g)| (*k, g, FaceCopy::Spelled)))
        .collect();
    let subsets: Vec<(usize, Face, ParsedFont, Pictures)> = jobs
        .par_iter()
        .map(|(key, gids, copy)| {
            let program = programs
                .get(*key as usize)
                .and_then(Option::as_ref)
                .ok_or_else(|| format!("no font program for face {key:?}"))?;
            let pairs = (*copy == FaceCopy::Spelled).then(|| &used.spelled[key]);
            subset_face(*key, program, gids, *copy, pairs)
        })
        .collect::<Result<_, String>>()?;
    let mut faces: Vec<Option<Face>> = (0..SLOTS).map(|_| None).collect();
    let mut fonts: Vec<(FontId, PdfFont)> = Vec::new();
    let mut pictures = Pictures::new();
    for (slot, face, parsed, p) in subsets {
        fonts.push((face.id.clone(), PdfFont::new(parsed)));
        faces[slot] = Some(face);
        pictures.extend(p);
    }
    Ok((faces, fonts, pictures))
}

/// Subsets one face to the glyphs used and parses the subset for printpdf (or the copy
/// `copy` of it). Returns the face's slot in the faces table (and, for the emoji
/// face, its pictures).
fn subset_face(
    key: FontKey,
    program: &Program,
    gids: &BTreeSet<u16>,
    copy: FaceCopy,
    spelled: Option<&BTreeSet<(u16, Box<str>)>>,
) -> Result<(usize, Face, ParsedFont, Pictures), String> {
    // The missing-character face keeps only `.notdef`, the emoji face only a blank
    // glyph; their codes are their `gids`.
    let missing = key == FontKey::Missing;
    let pictured = key == FontKey::Emoji;
    let mut remapper = subsetter::GlyphRemapper::new();
    let (bytes, name) = if pictured {
        emoji::text_program()?
    } else {
        for &g in gids.iter().filter(|_| !missing) {
            remapper.remap(g);
        }
        let bytes = subsetter::subset(program.bytes, program.index, &remapper)
            .map_err(|e| format!("cannot subset font {}: {e:?}", program.name))?;
        (bytes, program.name.clone())
    };
    let name = &name;
    let mut warnings = Vec::new();
    let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
        .ok_or_else(|| format!("subset of font {name} does not parse"))?;
    let tag = match spelled {
        Some(pairs) => super::spelled::tag(name, pairs),
        None => subset_tag(name, gids),
    };
    let base_font = format!("{tag}+{name}");
    parsed.font_name = Some(base_font.clone());
    let mut remap = vec![0u16; GIDS];
    let mut pictures = Pictures::new();
    let mut codes_spelled = Vec::new();
    let codes = if let Some(pairs) = spelled {
        for (new, old) in remapper.remapped_gids().enumerate() {
            remap[usize::from(old)] = new as u16;
        }
        let (codes, n) = super::spelled::codes(&mut parsed, &remapper, pairs);
        codes_spelled = codes;
        n
    } else if pictured {
        pictures = emoji::codes(&mut parsed, program, gids, &mut remap);
        gids.last().map_or(1, |g| g + 1)
    } else if missing {
        // Every code draws `.notdef`, so every code has its width.
        let notdef = parsed.get_glyph_width(0).unwrap_or(0);
        for &g in gids {
            parsed.set_glyph_width(g, notdef);
            remap[usize::from(g)] = g;
        }
        gids.last().map_or(1, |g| g + 1)
    } else {
        for (new, old) in remapper.remapped_gids().enumerate() {
            remap[usize::from(old)] = new as u16;
        }
        remapper.num_gids()
    };
    // printpdf's /W: (advance × 1000 / units per em), truncated.
    let upem = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
    let widths = (0..codes)
        .map(|g| {
            let adv = parsed.get_glyph_width(g).unwrap_or(0);
            (f32::from(adv) * 1000.0 / upem) as i64 as f32
        })
        .collect();
    let (id, slot) = match copy {
        FaceCopy::Face => (format!("F{}", key as u8), key as usize),
        FaceCopy::Soft => (format!("S{}", key as u8), soft_slot(key)),
        FaceCopy::Mirror => (format!("M{}", key as u8), mirror_slot(key)),
        FaceCopy::Spelled => (format!("T{}", key as u8), spelled_slot(key)),
    };
    let face = Face {
        id: FontId(id),
        remap,
        widths,
        spelled: codes_spelled,
        base_font,
    };
    Ok((slot, face, parsed, pictures))
}

/// A six-letter subset tag derived from the face and its glyph set (deterministic).
fn subset_tag(name: &str, gids: &BTreeSet<u16>) -> String {
    let mut h = Fnv::new();
    h.write(name.as_bytes());
    for g in gids {
        h.write(&g.to_be_bytes());
    }
    tag_of(&h)
}

/// Six capital letters from a fingerprint.
pub(super) fn tag_of(h: &Fnv) -> String {
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
pub(super) struct Fnv(u64);
impl Fnv {
    pub(super) fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    pub(super) fn write(&mut self, bytes: &[u8]) {
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
        let used = super::used_glyphs(&frames).glyphs;
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
