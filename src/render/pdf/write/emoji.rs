//! Write stage, emoji drawn as pictures: glyphs of the colour bitmap face
//! ([`FontKey::Emoji`], see [`crate::render::pdf::bitmap`]) → an invisible text glyph
//! that carries each emoji's text, and the emoji's PNG drawn as an image over it.
//!
//! Input: the bitmap glyphs the book uses and the face they come from; per page, where
//! each is set. Output: the text face ([`EMOJI_NAME`]: Charis's blank space glyph under
//! one code per emoji, each code with the emoji's advance as its width and its text in
//! the ToUnicode map), so the emoji reads, copies and is tagged in place inside its
//! line's marked content like any glyph; one image XObject per distinct emoji (its
//! colours, and its alpha as a soft mask), named by glyph id and shared by every page;
//! and per page, after the text, each picture placed on its glyph's box as an
//! `/Artifact` (its text is the glyph's, so it is not read twice).

use super::subset::Pictures;
use crate::render::pdf::bitmap::{self, Picture};
use crate::render::pdf::fonts::{EMOJI_NAME, Program};
use lopdf::{Dictionary, Object, ObjectId, Stream};
use printpdf::{DictItem, Op, ParsedFont};
use std::collections::{BTreeMap, BTreeSet};

/// The subset of Charis the emoji codes draw from: `.notdef` and the space, a glyph
/// with an advance and no outline. Its glyph id in the subset is [`BLANK`].
pub(super) fn text_program() -> Result<(Vec<u8>, String), String> {
    let face = rustybuzz::ttf_parser::Face::parse(crate::fonts::REGULAR, 0)
        .map_err(|e| format!("embedded font does not parse: {e}"))?;
    let space = face.glyph_index(' ').ok_or("embedded font has no space")?;
    let mut remapper = subsetter::GlyphRemapper::new();
    remapper.remap(space.0);
    let bytes = subsetter::subset(crate::fonts::REGULAR, 0, &remapper)
        .map_err(|e| format!("cannot subset font {EMOJI_NAME}: {e:?}"))?;
    Ok((bytes, EMOJI_NAME.to_string()))
}

/// The blank glyph's id in [`text_program`]'s subset (`.notdef` is 0).
pub(super) const BLANK: u8 = 1;

/// Gives each emoji code of the parsed text face its advance and returns the pictures
/// by glyph id. `program` is the colour bitmap face.
pub(super) fn codes(
    parsed: &mut ParsedFont,
    program: &Program,
    gids: &BTreeSet<u16>,
    remap: &mut [u16],
) -> BTreeMap<u16, Picture> {
    let upem = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
    let mut pictures = BTreeMap::new();
    for (gid, picture, advance) in
        bitmap::pictures(program.bytes, program.index, gids.iter().copied())
    {
        parsed.set_glyph_width(gid, (advance * upem).round() as u16);
        remap[usize::from(gid)] = gid;
        if let Some(p) = picture {
            pictures.insert(gid, p);
        }
    }
    pictures
}

/// The content-stream name of glyph `gid`'s image.
fn name(gid: u16) -> Vec<u8> {
    format!("Emoji{gid}").into_bytes()
}

/// Where a picture goes: glyph id, pen position, baseline and size in points.
pub(super) type Placed = (u16, f32, f32, f32);

/// The operations that draw `placed` (after the page's text), one artifact for all.
pub(super) fn picture_ops(placed: &[Placed], pictures: &Pictures, ops: &mut Vec<Op>) {
    let drawn: Vec<(&Placed, &Picture)> = placed
        .iter()
        .filter_map(|p| Some((p, pictures.get(&p.0)?)))
        .collect();
    if drawn.is_empty() {
        return;
    }
    let op = |key: &str, value: Vec<DictItem>| Op::Unknown {
        key: key.into(),
        value,
    };
    let round = |v: f32| DictItem::Real((v * 100.0).round() / 100.0);
    ops.push(op("BMC", vec![DictItem::Name(b"Artifact".to_vec())]));
    for ((gid, x, y, size), picture) in drawn {
        let [px, py, w, h] = picture.rect;
        ops.push(op("q", vec![]));
        ops.push(op(
            "cm",
            vec![
                round(w * size),
                DictItem::Int(0),
                DictItem::Int(0),
                round(h * size),
                round(x + px * size),
                round(y + py * size),
            ],
        ));
        ops.push(op("Do", vec![DictItem::Name(name(*gid))]));
        ops.push(op("Q", vec![]));
    }
    ops.push(op("EMC", vec![]));
}

/// Adds every picture of the emoji face as an image XObject and makes them resources
/// of every page (one dictionary, shared). Nothing when the book has no such emoji.
pub(super) fn add_images(
    lo: &mut lopdf::Document,
    pictures: &Pictures,
    pages: &[ObjectId],
) -> Result<(), String> {
    if pictures.is_empty() {
        return Ok(());
    }
    let mut xobjects = Dictionary::new();
    for (gid, picture) in pictures {
        let id = image(lo, &picture.png).map_err(|e| format!("cannot draw emoji {gid}: {e}"))?;
        xobjects.set(name(*gid), id);
    }
    let shared = lo.add_object(xobjects);
    for page in pages {
        let resources = match lo.get_dictionary(*page).and_then(|p| p.get(b"Resources")) {
            Ok(Object::Reference(r)) => *r,
            Ok(Object::Dictionary(d)) => {
                let id = lo.add_object(d.clone());
                lo.get_dictionary_mut(*page)
                    .map_err(|e| e.to_string())?
                    .set("Resources", id);
                id
            }
            _ => {
                let id = lo.add_object(Dictionary::new());
                lo.get_dictionary_mut(*page)
                    .map_err(|e| e.to_string())?
                    .set("Resources", id);
                id
            }
        };
        lo.get_dictionary_mut(resources)
            .map_err(|e| format!("cannot write PDF: page resources: {e}"))?
            .set("XObject", shared);
    }
    Ok(())
}

/// A PNG as an image XObject: its colours as 8-bit RGB, its alpha (if not all opaque)
/// as a soft mask. The streams are left for the pack stage to deflate.
fn image(lo: &mut lopdf::Document, png: &[u8]) -> Result<ObjectId, String> {
    let mut decoder = png::Decoder::new(png);
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
    buf.truncate(info.buffer_size());
    let (rgb, alpha): (Vec<u8>, Vec<u8>) = match info.color_type {
        png::ColorType::Rgba => (
            buf.chunks_exact(4)
                .flat_map(|p| [p[0], p[1], p[2]])
                .collect(),
            buf.chunks_exact(4).map(|p| p[3]).collect(),
        ),
        png::ColorType::Rgb => (buf, Vec::new()),
        png::ColorType::GrayscaleAlpha => (
            buf.chunks_exact(2).flat_map(|p| [p[0]; 3]).collect(),
            buf.chunks_exact(2).map(|p| p[1]).collect(),
        ),
        png::ColorType::Grayscale => (buf.iter().flat_map(|g| [*g; 3]).collect(), Vec::new()),
        png::ColorType::Indexed => return Err("palette not expanded".into()),
    };
    let dict = |space: &str| {
        let mut d = Dictionary::new();
        d.set("Type", "XObject");
        d.set("Subtype", "Image");
        d.set("Width", i64::from(info.width));
        d.set("Height", i64::from(info.height));
        d.set("ColorSpace", space);
        d.set("BitsPerComponent", 8);
        d
    };
    let mut colour = dict("DeviceRGB");
    if alpha.iter().any(|a| *a != 255) {
        let mask = lo.add_object(Stream::new(dict("DeviceGray"), alpha));
        colour.set("SMask", mask);
    }
    Ok(lo.add_object(Stream::new(colour, rgb)))
}
