//! Generated cover: the book's title page text → a PNG cover image.
//!
//! Input: the furniture's title page (title, subtitle, editors). Output: a 1600×2560 PNG
//! (the size Kindle and Kobo ask for) on a plain warm background, set in the book face:
//! Charis SIL's glyph outlines (ttf-parser) filled by tiny-skia, lines wrapped by their
//! measured widths and centred. Deterministic: the same book gives the same bytes.

use crate::fonts;
use crate::furniture::{Furniture, TitlePage};
use crate::model::{Book, Cover};
use rustybuzz::ttf_parser::{Face, OutlineBuilder};
use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Rect, Transform};

const W: u32 = 1600;
const H: u32 = 2560;

struct Pen(PathBuilder);

impl OutlineBuilder for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}

/// Width of `text` at `size` pixels.
fn width(face: &Face<'_>, text: &str, size: f32) -> f32 {
    let scale = size / face.units_per_em() as f32;
    text.chars()
        .filter_map(|c| face.glyph_index(c))
        .map(|g| face.glyph_hor_advance(g).unwrap_or(0) as f32 * scale)
        .sum()
}

/// `text` broken into lines no wider than `max` pixels.
fn wrap(face: &Face<'_>, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(l) if width(face, &format!("{l} {word}"), size) <= max => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Draws `line` centred with its baseline at `y`.
fn draw(pixmap: &mut Pixmap, face: &Face<'_>, line: &str, size: f32, y: f32, paint: &Paint) {
    let scale = size / face.units_per_em() as f32;
    let mut x = (W as f32 - width(face, line, size)) / 2.0;
    for c in line.chars() {
        let Some(g) = face.glyph_index(c) else {
            continue;
        };
        let mut pen = Pen(PathBuilder::new());
        if face.outline_glyph(g, &mut pen).is_some()
            && let Some(path) = pen.0.finish()
        {
            // Font units are y-up; the pixmap is y-down.
            let t = Transform::from_row(scale, 0.0, 0.0, -scale, x, y);
            pixmap.fill_path(&path, paint, FillRule::Winding, t, None);
        }
        x += face.glyph_hor_advance(g).unwrap_or(0) as f32 * scale;
    }
}

/// The generated cover's background colour, for a page around it.
pub(crate) const BACKGROUND: [u8; 3] = [0xF3, 0xEE, 0xE4];

/// The book's cover: the one given in `book.toml`, else one generated from the title
/// page (once per book, whichever renderer asks first). `None` only when even the
/// generated cover cannot be drawn.
pub fn of(book: &Book) -> Option<&Cover> {
    book.meta.cover.as_ref().or_else(|| {
        book.generated_cover
            .get_or_init(|| generate(&Furniture::of(book).title_page(&book.meta)))
            .as_ref()
    })
}

/// The cover for a book with none given.
pub fn generate(t: &TitlePage) -> Option<Cover> {
    let bold = Face::parse(fonts::BOLD, 0).ok()?;
    let italic = Face::parse(fonts::ITALIC, 0).ok()?;
    let regular = Face::parse(fonts::REGULAR, 0).ok()?;
    let mut pixmap = Pixmap::new(W, H)?;
    let [r, g, b] = BACKGROUND;
    pixmap.fill(Color::from_rgba8(r, g, b, 0xFF));
    let mut ink = Paint::default();
    ink.set_color_rgba8(0x2B, 0x2A, 0x33, 0xFF);
    ink.anti_alias = true;
    let mut accent = Paint::default();
    accent.set_color_rgba8(0x8C, 0x3B, 0x2E, 0xFF);
    let measure = W as f32 * 0.78;
    // A frame of two thin rules, top and bottom.
    for y in [220.0, H as f32 - 232.0] {
        if let Some(r) = Rect::from_xywh(200.0, y, W as f32 - 400.0, 12.0) {
            pixmap.fill_rect(r, &accent, Transform::identity(), None);
        }
    }
    let mut y = H as f32 * 0.30;
    let size = 150.0;
    for line in wrap(&bold, &t.title, size, measure) {
        y += size * 1.15;
        draw(&mut pixmap, &bold, &line, size, y, &ink);
    }
    if let Some(sub) = &t.subtitle {
        y += 60.0;
        let size = 78.0;
        for line in wrap(&italic, sub, size, measure) {
            y += size * 1.3;
            draw(&mut pixmap, &italic, &line, size, y, &ink);
        }
    }
    if let Some(a) = &t.authors {
        let size = 84.0;
        let lines = wrap(&regular, a, size, measure);
        let mut y = H as f32 * 0.80 - lines.len() as f32 * size * 1.3;
        for line in lines {
            y += size * 1.3;
            draw(&mut pixmap, &regular, &line, size, y, &ink);
        }
    }
    let bytes = encode(&pixmap)?;
    Some(Cover {
        file_name: "cover.png".into(),
        media_type: "image/png",
        width: W,
        height: H,
        bytes,
    })
}

/// The drawn cover as a PNG. The design has few colours (the background, two inks and
/// the anti-aliased edges between them), so it is written with a palette: a byte a pixel
/// instead of four, which the PDF embeds as it is (see `pdf::write::image`) instead of
/// decoding and compressing the pixels again. Rows like the one above (the empty
/// background between the lines) are copied, not looked up again. More than 256 colours
/// (never in this design) falls back to RGBA.
fn encode(pixmap: &Pixmap) -> Option<Vec<u8>> {
    use std::io::Write;
    let (w, h) = (pixmap.width() as usize, pixmap.height() as usize);
    let data = pixmap.data();
    let mut index: rustc_hash::FxHashMap<u32, u8> = Default::default();
    let mut palette: Vec<u8> = Vec::new();
    // The PNG's rows as they are compressed: a filter byte (0, none: palette images
    // compress best unfiltered), then an index a pixel.
    let mut rows: Vec<u8> = Vec::with_capacity((w + 1) * h);
    for y in 0..h {
        let row = &data[y * w * 4..(y + 1) * w * 4];
        if y > 0 && row == &data[(y - 1) * w * 4..y * w * 4] {
            rows.extend_from_within((y - 1) * (w + 1)..y * (w + 1));
            continue;
        }
        rows.push(0);
        let (mut last, mut last_i) = (None, 0);
        for p in row.chunks_exact(4) {
            let c = u32::from_le_bytes([p[0], p[1], p[2], p[3]]);
            if last != Some(c) {
                last_i = match index.get(&c) {
                    Some(i) => *i,
                    // Every pixel is opaque (the background is), so premultiplied
                    // values are the colour itself.
                    None if index.len() < 256 && c >> 24 == 0xFF => {
                        let i = index.len() as u8;
                        index.insert(c, i);
                        palette.extend_from_slice(&c.to_le_bytes()[..3]);
                        i
                    }
                    None => return pixmap.encode_png().ok(),
                };
                last = Some(c);
            }
            rows.push(last_i);
        }
    }
    // Deflated at level 2, as the PDF's streams are. The whole cover measured on the
    // seeds (callgrind, drawing 22M of it): png's default level 80M instructions for
    // 26 KB, its fast one 51M for 144 KB; zlib levels 1, 2, 3 56M for 73 KB, 61M for
    // 33 KB, 66M for 32 KB.
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(2));
    z.write_all(&rows).ok()?;
    let idat = z.finish().ok()?;
    let mut out = Vec::new();
    let mut e = png::Encoder::new(&mut out, w as u32, h as u32);
    e.set_color(png::ColorType::Indexed);
    e.set_depth(png::BitDepth::Eight);
    e.set_palette(palette);
    let mut writer = e.write_header().ok()?;
    writer.write_chunk(png::chunk::IDAT, &idat).ok()?;
    writer.finish().ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tall_png_with_ink_on_it() {
        let t = TitlePage {
            title: "A Rather Long Title That Needs Two Lines".into(),
            subtitle: Some("And a subtitle".into()),
            authors: Some("A. Writer and B. Writer".into()),
        };
        let c = generate(&t).unwrap();
        assert_eq!((c.width, c.height), (1600, 2560));
        assert!(c.bytes.starts_with(b"\x89PNG"));
        let p = Pixmap::decode_png(&c.bytes).unwrap();
        let dark = p.pixels().iter().filter(|px| px.red() < 0x60).count();
        assert!(dark > 20_000, "{dark} dark pixels: no text drawn");
        assert_eq!(generate(&t).unwrap().bytes, c.bytes, "not deterministic");
    }
}
