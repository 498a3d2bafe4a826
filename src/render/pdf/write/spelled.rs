//! Write stage, fonts: the *spelled copy* of a face, for glyphs whose text is their
//! cluster's and not their own ([`crate::render::pdf::shape::Glyph::spelled`]).
//!
//! A PDF's ToUnicode map gives each code one text. A font's own codes are its glyph ids,
//! so a glyph that stands for different text in different places cannot be read right
//! everywhere: in Devanagari "नि" the vowel sign ि is drawn before the consonant न, so
//! the cluster's characters are given in logical order to its glyphs in the order drawn
//! (ि reads "न", न reads "ि"), while ि reads "क" in "कि" and न reads "न" on its own. The
//! spelled copy is a
//! subset of the face with one code per (glyph, text) pair the book draws so, its
//! `/CIDToGIDMap` pointing each code at its glyph and its ToUnicode entry giving that
//! text: text extraction (pdftotext, pypdf, a screen reader) reads "नि" once and in
//! order. Codes are numbered in the pairs' sorted order, so the file does not depend on
//! which thread met which pair first.

use super::subset::{Face, Fnv, tag_of};
use printpdf::ParsedFont;
use std::collections::BTreeSet;

/// The subset tag of the spelled copy of face `name` drawing `pairs`: a fingerprint of
/// the pairs, so it differs from the face's own subset's tag.
pub(super) fn tag(name: &str, pairs: &BTreeSet<(u16, Box<str>)>) -> String {
    let mut h = Fnv::new();
    h.write(name.as_bytes());
    h.write(b"/spelled");
    for (g, t) in pairs {
        h.write(&g.to_be_bytes());
        h.write(t.as_bytes());
        h.write(&[0xff]);
    }
    tag_of(&h)
}

/// The spelled copy's codes: code `k + 1` for the `k`th pair (code 0 stays `.notdef`),
/// each given its glyph's width in `parsed` (so printpdf writes `/W` per code). Returns
/// the (full-face glyph id, text, code) table, sorted, and the number of codes.
pub(super) fn codes(
    parsed: &mut ParsedFont,
    remapper: &subsetter::GlyphRemapper,
    pairs: &BTreeSet<(u16, Box<str>)>,
) -> (Vec<(u16, Box<str>, u16)>, u16) {
    let table: Vec<(u16, Box<str>, u16)> = pairs
        .iter()
        .zip(1u16..)
        .map(|((g, t), code)| (*g, t.clone(), code))
        .collect();
    // Widths first, then codes: a code may be the id of a glyph whose width is read.
    let widths: Vec<u16> = table
        .iter()
        .map(|(g, _, _)| {
            let new = remapper.get(*g).unwrap_or(0);
            parsed.get_glyph_width(new).unwrap_or(0)
        })
        .collect();
    for ((_, _, code), w) in table.iter().zip(widths) {
        parsed.set_glyph_width(*code, w);
    }
    let n = table.len() as u16 + 1;
    (table, n)
}

/// The spelled copy `face`'s `/BaseFont` and `/CIDToGIDMap` (two bytes per code: the
/// subset glyph id the code draws).
pub(super) fn cid_to_gid(face: &Face) -> (String, Vec<u8>) {
    let mut map = vec![0u8; 2 * (face.spelled.len() + 1)];
    for (g, _, code) in &face.spelled {
        let new = face.remap[usize::from(*g)].to_be_bytes();
        map[2 * usize::from(*code)..][..2].copy_from_slice(&new);
    }
    (face.base_font.clone(), map)
}

/// The spelled copy `face`'s ToUnicode CMap: every code with its text, including the
/// codes of glyphs that stand for none (the third glyph of Tamil "கொ", drawn for a
/// two-part vowel sign), mapped to the empty string, which printpdf's map leaves out:
/// unmapped, pypdf would read such a code as a control character.
pub(super) fn to_unicode(face: &Face) -> String {
    use std::fmt::Write;
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for chunk in face.spelled.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", chunk.len());
        for (_, text, code) in chunk {
            let _ = write!(out, "<{code:04X}> <");
            for unit in text.encode_utf16() {
                let _ = write!(out, "{unit:04X}");
            }
            out.push_str(">\n");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out
}
