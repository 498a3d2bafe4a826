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
//!
//! Here too the post-pass that gives every face whose codes are not its glyph ids its
//! `/CIDToGIDMap`: the missing-character and emoji faces (every code one glyph) and the
//! spelled copies.

use super::emoji;
use super::subset::{Face, Fnv, spelled_slot, tag_of};
use crate::render::pdf::fonts::{EMOJI_NAME, FontKey, MISSING_NAME};
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

/// Points the codes of the faces that draw one glyph for many characters at it: the
/// missing-character face's at `.notdef`, the emoji face's at its blank glyph; and each
/// spelled copy's codes at their glyphs ([`super::spelled`]).
pub(super) fn map_codes_to_glyphs(lo: &mut lopdf::Document, faces: &[Option<Face>]) {
    for (key, name, glyph) in [
        (FontKey::Missing, MISSING_NAME, 0),
        (FontKey::Emoji, EMOJI_NAME, emoji::BLANK),
    ] {
        if let Some(face) = faces.get(key as usize).and_then(Option::as_ref) {
            let map = (0..face.widths.len()).flat_map(|_| [0, glyph]).collect();
            map_codes(lo, &format!("+{name}"), map, None);
        }
    }
    for key in FontKey::ALL {
        if let Some(face) = faces.get(spelled_slot(key)).and_then(Option::as_ref) {
            let (name, map) = cid_to_gid(face);
            map_codes(lo, &name, map, Some(to_unicode(face)));
        }
    }
}

/// Gives the CID fonts whose `/BaseFont` ends in `name` the `/CIDToGIDMap` `map` (two
/// bytes, the glyph id, per code) and, if given, the ToUnicode CMap `cmap` in place of
/// printpdf's.
fn map_codes(lo: &mut lopdf::Document, name: &str, map: Vec<u8>, cmap: Option<String>) {
    use lopdf::{Object, Stream, dictionary};
    let is_named = |d: &lopdf::Dictionary| {
        d.get(b"BaseFont")
            .and_then(Object::as_name)
            .is_ok_and(|n| n.ends_with(name.as_bytes()))
    };
    // The Type0 fonts; printpdf writes each one's CIDFont inside it.
    let fonts: Vec<lopdf::ObjectId> = lo
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_dict()
                .is_ok_and(|d| is_named(d) && d.has(b"DescendantFonts"))
        })
        .map(|(id, _)| *id)
        .collect();
    for id in fonts {
        if let Some(cmap) = &cmap {
            let cmap = lo.add_object(Stream::new(dictionary! {}, cmap.clone().into_bytes()));
            if let Ok(d) = lo.get_object_mut(id).and_then(Object::as_dict_mut) {
                d.set("ToUnicode", Object::Reference(cmap));
            }
        }
        let stream = lo.add_object(Stream::new(dictionary! {}, map.clone()));
        let descendant = lo
            .get_object_mut(id)
            .and_then(Object::as_dict_mut)
            .and_then(|d| d.get_mut(b"DescendantFonts"))
            .and_then(Object::as_array_mut)
            .ok()
            .and_then(|a| a.first_mut());
        let target = match descendant {
            Some(Object::Dictionary(d)) => Some(d),
            Some(Object::Reference(r)) => {
                let r = *r;
                lo.get_object_mut(r).and_then(Object::as_dict_mut).ok()
            }
            _ => None,
        };
        if let Some(d) = target {
            d.set("CIDToGIDMap", Object::Reference(stream));
        }
    }
}
