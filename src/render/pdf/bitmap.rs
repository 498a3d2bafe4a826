//! Fonts stage, colour bitmap faces: emoji no outline face has, drawn from an installed
//! face whose glyphs are pictures (CBDT/CBLC, as Noto Color Emoji; or `sbix`).
//!
//! Input: such a face (its parsed tables, or its bytes as the writer holds them) and a
//! character or glyph. Output: whether the face has the character, the scale that makes
//! a glyph's picture at most one em on its longer side (Noto Color Emoji draws its
//! pictures a quarter wider than its em), and each glyph's PNG with the box it fills, in
//! ems from the pen on the baseline. The shaper measures these glyphs like any other
//! (advances scaled by the same factor, so a line is broken by what is drawn); the
//! writer draws each picture as an image and carries its text in an invisible glyph
//! ([`super::write`]). Nothing here decodes a PNG.

use rustybuzz::ttf_parser::{self, GlyphId, RasterGlyphImage, RasterImageFormat};

/// Whether `face` draws its glyphs as pictures (and so has no outlines to embed).
pub(crate) fn is_bitmap(face: &ttf_parser::Face) -> bool {
    let t = face.tables();
    t.cbdt.is_some() || t.sbix.is_some()
}

/// Characters that join or modify the emoji before them rather than stand alone: the
/// zero-width joiner, variation selectors, skin-tone modifiers, tag characters (flags
/// of regions) and the combining keycap. Set in the face of the emoji they belong to,
/// so a sequence is shaped whole.
pub(crate) fn is_joiner(c: char) -> bool {
    matches!(c as u32,
        0x200D | 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0x20E3)
}

/// Whether an emoji sequence may start with `c` (a symbol, or a keycap's digit, `#` or
/// `*`): the shaper's one test per letter before [`sequence_end`] looks further.
#[inline]
pub(crate) fn may_start_sequence(c: char) -> bool {
    c as u32 >= 0x2000 || (c <= '9' && matches!(c, '0'..='9' | '#' | '*'))
}

/// Where the emoji sequence that starts at byte `at` of `text` ends, if one starts
/// there: an emoji followed by a skin-tone modifier, tag characters (a subdivision's
/// flag), or a zero-width joiner and another emoji (👩‍❤️‍👨), each perhaps after a
/// variation selector; a digit, `#` or `*` with the keycap mark (1️⃣); or two regional
/// indicators (a country's flag). An emoji alone, or with only a variation selector, is
/// no sequence: an outline face draws it as well as the colour face does.
pub(crate) fn sequence_end(text: &str, at: usize) -> Option<usize> {
    let mut chars = text[at..].char_indices();
    let (_, first) = chars.next()?;
    // Most text is letters, and no sequence starts with one: one test and out.
    let keycap = matches!(first, '0'..='9' | '#' | '*');
    if (first as u32) < 0x2000 && !keycap {
        return None;
    }
    let regional = |c: char| matches!(c as u32, 0x1F1E6..=0x1F1FF);
    let (mut end, mut whole, mut after_joiner) = (at + first.len_utf8(), false, false);
    for (o, c) in chars {
        if after_joiner {
            after_joiner = false;
        } else if regional(first) && regional(c) && end == at + first.len_utf8() {
            whole = true;
        } else if is_joiner(c) {
            let selector = matches!(c as u32, 0xFE00..=0xFE0F);
            whole |= !selector && (!keycap || c == '\u{20E3}');
            after_joiner = c == '\u{200D}';
        } else {
            break;
        }
        end = at + o + c.len_utf8();
    }
    (whole && !is_joiner(first)).then_some(end)
}

/// Whether `face` has `c`: a picture for it, or (a joiner) a glyph to shape it with.
pub(crate) fn covers(face: &ttf_parser::Face, c: char) -> bool {
    match face.glyph_index(c) {
        Some(g) if g.0 != 0 => is_joiner(c) || picture_of(face, g.0).is_some(),
        _ => false,
    }
}

/// The largest PNG picture of glyph `gid` (the best strike for print).
fn picture_of<'f>(face: &'f ttf_parser::Face, gid: u16) -> Option<RasterGlyphImage<'f>> {
    face.glyph_raster_image(GlyphId(gid), u16::MAX)
        .filter(|img| img.format == RasterImageFormat::PNG && img.pixels_per_em > 0)
}

/// The factor that brings glyph `gid`'s picture to one em on its longer side (1 when it
/// is no larger, or has no picture): its advance is scaled by it too.
pub(crate) fn scale(face: &ttf_parser::Face, gid: u16) -> f32 {
    let Some(img) = picture_of(face, gid) else {
        return 1.0;
    };
    let side = f32::from(img.width.max(img.height)) / f32::from(img.pixels_per_em);
    if side > 1.0 { 1.0 / side } else { 1.0 }
}

/// A glyph's picture as the writer places it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Picture {
    /// The PNG, as the face holds it.
    pub(crate) png: Vec<u8>,
    /// Left, bottom, width and height of the box it fills, in ems from the pen on the
    /// baseline (scaled as [`scale`] says).
    pub(crate) rect: [f32; 4],
}

/// Per glyph of `gids` of the face at `index` in `bytes`: its id, its picture (none
/// for a joiner's glyph) and its advance in ems, scaled as [`scale`] says.
pub(crate) fn pictures(
    bytes: &[u8],
    index: u32,
    gids: impl Iterator<Item = u16>,
) -> Vec<(u16, Option<Picture>, f32)> {
    let Ok(face) = ttf_parser::Face::parse(bytes, index) else {
        return Vec::new();
    };
    let upem = f32::from(face.units_per_em().max(1));
    gids.map(|gid| {
        let k = scale(&face, gid);
        let advance = f32::from(face.glyph_hor_advance(GlyphId(gid)).unwrap_or(0)) / upem * k;
        let picture = picture_of(&face, gid).map(|img| {
            let px = k / f32::from(img.pixels_per_em);
            Picture {
                png: img.data.to_vec(),
                rect: [
                    f32::from(img.x) * px,
                    f32::from(img.y) * px,
                    f32::from(img.width) * px,
                    f32::from(img.height) * px,
                ],
            }
        });
        (gid, picture, advance)
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Noto Color Emoji, if installed (`fonts-noto-color-emoji`).
    fn noto() -> Option<Vec<u8>> {
        std::fs::read("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf").ok()
    }

    #[test]
    fn a_picture_fills_at_most_an_em_and_sits_on_the_baseline() {
        let Some(bytes) = noto() else {
            eprintln!("SKIPPED: fonts-noto-color-emoji is not installed");
            return;
        };
        let face = ttf_parser::Face::parse(&bytes, 0).unwrap();
        assert!(is_bitmap(&face));
        // 🤍 (Unicode 12) and 🥺 (11): pictures; ZWJ: a joiner the face shapes with.
        for c in ['🤍', '🥺', '\u{200D}'] {
            assert!(covers(&face, c), "{c}");
        }
        assert!(!covers(&face, 'a') || picture_of(&face, 0).is_none());
        let gid = face.glyph_index('🤍').unwrap().0;
        let (_, pic, advance) = pictures(&bytes, 0, [gid].into_iter()).remove(0);
        let pic = pic.expect("a picture");
        let [x, y, w, h] = pic.rect;
        assert!(w.max(h) <= 1.0 + 1e-4 && w.max(h) > 0.9, "{:?}", pic.rect);
        // Below the baseline by about a descender, above it by about an ascender.
        assert!((-0.35..0.0).contains(&y) && y + h > 0.6, "{:?}", pic.rect);
        assert!(x >= -0.1 && (0.9..1.1).contains(&advance), "{x} {advance}");
        assert_eq!(&pic.png[1..4], b"PNG");
    }

    #[test]
    fn sequences_are_emoji_with_a_modifier_joiner_tag_keycap_or_a_flag_pair() {
        fn end(s: &str) -> Option<&str> {
            sequence_end(s, 0).map(|e| &s[..e])
        }
        for seq in [
            "👍🏽",
            "👩\u{200D}❤\u{FE0F}\u{200D}👨",
            "🏳\u{FE0F}\u{200D}🌈",
            "1\u{FE0F}\u{20E3}",
            "🇹🇷",
            "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
        ] {
            assert_eq!(end(&format!("{seq} and")), Some(seq), "{seq:?}");
        }
        // An emoji alone or with only a variation selector; letters, digits, a joiner
        // between letters (as Indic and Arabic scripts use it); three regional
        // indicators are a flag and a letter.
        for text in [
            "❤\u{FE0F} x",
            "😀",
            "a\u{200D}b",
            "12",
            "क\u{200D}ष",
            "1\u{FE0F}",
        ] {
            assert_eq!(end(text), None, "{text:?}");
        }
        assert_eq!(end("🇹🇷🇩"), Some("🇹🇷"));
    }
}
