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

/// Whether `c` is a space a cover line may break at (a no-break space, as inside a name,
/// holds).
fn word_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// `size`, or less if a word of `text` is wider than `max` pixels at `size`: a title of
/// one long word ("Supercalifragilistic…") or a handle for an author ran off both edges
/// of the cover.
fn fitted(face: &Face<'_>, text: &str, size: f32, max: f32) -> f32 {
    let widest = text
        .split(word_space)
        .map(|w| width(face, w, size))
        .fold(0.0f32, f32::max);
    if widest > max {
        size * max / widest
    } else {
        size
    }
}

/// `text` broken into lines no wider than `max` pixels, at its word spaces.
fn wrap(face: &Face<'_>, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(word_space).filter(|w| !w.is_empty()) {
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

/// The outlines of `line`'s glyphs, centred with its baseline at `y`, in pixels.
fn outlines(face: &Face<'_>, line: &str, size: f32, y: f32, paint: usize, marks: &mut Vec<Mark>) {
    let scale = size / face.units_per_em() as f32;
    let mut x = (W as f32 - width(face, line, size)) / 2.0;
    for c in line.chars() {
        let Some(g) = face.glyph_index(c) else {
            continue;
        };
        let mut pen = Pen(PathBuilder::new());
        if face.outline_glyph(g, &mut pen).is_some()
            && let Some(path) = pen.0.finish()
            // Font units are y-up; the pixmap is y-down. The same arithmetic as
            // tiny-skia's own transform of a path it is given with a transform.
            && let Some(path) = path.transform(Transform::from_row(scale, 0.0, 0.0, -scale, x, y))
        {
            marks.push(Mark {
                shape: Shape::Path(path),
                paint,
            });
        }
        x += face.glyph_hor_advance(g).unwrap_or(0) as f32 * scale;
    }
}

/// One thing drawn on the cover, in pixels: a rule or a glyph's outline, with the index
/// of its paint.
struct Mark {
    shape: Shape,
    paint: usize,
}

enum Shape {
    Rect(Rect),
    Path(tiny_skia::Path),
}

impl Mark {
    /// The rows the mark may touch, with a margin (anti-aliasing reaches into the row
    /// beside an edge).
    fn rows(&self) -> (u32, u32) {
        let b = match &self.shape {
            Shape::Rect(r) => *r,
            Shape::Path(p) => p.bounds(),
        };
        let top = (b.top().floor() - 2.0).clamp(0.0, H as f32) as u32;
        let bottom = (b.bottom().ceil() + 2.0).clamp(0.0, H as f32) as u32;
        // A band is drawn shifted up by its top row, and that shift must be exact in
        // f32 for the band to get the very pixels the whole cover would: it is when
        // every y is at most twice the top (Sterbenz), else the band starts at row 0.
        (if bottom > 2 * top { 0 } else { top }, bottom)
    }
}

/// Rows `top..bottom` of the cover: the only rows with ink, drawn on their own
/// (`pixels`: RGBA, premultiplied).
struct Band {
    top: u32,
    bottom: u32,
    pixels: Pixmap,
}

/// The cover drawn band by band: the rows where marks fall, merged where they overlap,
/// each drawn with the marks in it in their order. The other rows are background. Every
/// mark lies inside its band, and each band is the whole cover shifted up by a whole
/// number of rows (exactly, see [`Mark::rows`]), so the pixels are those of drawing the
/// whole 16 MB cover at once, without drawing, clearing and scanning its empty rows.
fn bands(marks: &[Mark], paints: &[Paint], background: Color) -> Option<Vec<Band>> {
    let mut spans: Vec<(u32, u32)> = marks.iter().map(Mark::rows).collect();
    spans.sort_unstable();
    let mut merged: Vec<(u32, u32)> = Vec::new();
    for (top, bottom) in spans {
        match merged.last_mut() {
            Some(last) if top <= last.1 => last.1 = last.1.max(bottom),
            _ => merged.push((top, bottom)),
        }
    }
    let mut bands = Vec::with_capacity(merged.len());
    for (top, bottom) in merged {
        if bottom <= top {
            continue;
        }
        let mut pixels = Pixmap::new(W, bottom - top)?;
        pixels.fill(background);
        let shift = Transform::from_translate(0.0, -(top as f32));
        for m in marks {
            let (t, b) = m.rows();
            if t < top || b > bottom {
                continue;
            }
            let paint = &paints[m.paint];
            match &m.shape {
                Shape::Rect(r) => {
                    // Rules sit on whole pixels: shifted exactly.
                    let r = Rect::from_xywh(r.x(), r.y() - top as f32, r.width(), r.height())?;
                    pixels.fill_rect(r, paint, Transform::identity(), None);
                }
                Shape::Path(p) => pixels.fill_path(p, paint, FillRule::Winding, shift, None),
            }
        }
        bands.push(Band {
            top,
            bottom,
            pixels,
        });
    }
    Some(bands)
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
    let marks = design(t)?;
    let bands = bands(&marks, &paints(), background())?;
    let bytes = encode(&bands, background())?;
    Some(Cover {
        file_name: "cover.png".into(),
        media_type: "image/png",
        width: W,
        height: H,
        bytes,
    })
}

fn background() -> Color {
    let [r, g, b] = BACKGROUND;
    Color::from_rgba8(r, g, b, 0xFF)
}

/// The paints of [`Mark::paint`]: the ink of the text, the accent of the rules.
fn paints() -> [Paint<'static>; 2] {
    let mut ink = Paint::default();
    ink.set_color_rgba8(0x2B, 0x2A, 0x33, 0xFF);
    ink.anti_alias = true;
    let mut accent = Paint::default();
    accent.set_color_rgba8(0x8C, 0x3B, 0x2E, 0xFF);
    [ink, accent]
}

/// What the cover shows, in drawing order.
fn design(t: &TitlePage) -> Option<Vec<Mark>> {
    let bold = Face::parse(fonts::BOLD, 0).ok()?;
    let italic = Face::parse(fonts::ITALIC, 0).ok()?;
    let regular = Face::parse(fonts::REGULAR, 0).ok()?;
    let (ink, accent) = (0, 1);
    let mut marks = Vec::new();
    let measure = W as f32 * 0.78;
    // A frame of two thin rules, top and bottom.
    for y in [220.0, H as f32 - 232.0] {
        if let Some(r) = Rect::from_xywh(200.0, y, W as f32 - 400.0, 12.0) {
            marks.push(Mark {
                shape: Shape::Rect(r),
                paint: accent,
            });
        }
    }
    let mut y = H as f32 * 0.30;
    let size = fitted(&bold, &t.title, 150.0, measure);
    for line in wrap(&bold, &t.title, size, measure) {
        y += size * 1.15;
        outlines(&bold, &line, size, y, ink, &mut marks);
    }
    if let Some(sub) = &t.subtitle {
        y += 60.0;
        let size = fitted(&italic, sub, 78.0, measure);
        for line in wrap(&italic, sub, size, measure) {
            y += size * 1.3;
            outlines(&italic, &line, size, y, ink, &mut marks);
        }
    }
    if let Some(a) = &t.authors {
        let size = fitted(&regular, a, 84.0, measure);
        let lines = wrap(&regular, a, size, measure);
        let mut y = H as f32 * 0.80 - lines.len() as f32 * size * 1.3;
        for line in lines {
            y += size * 1.3;
            outlines(&regular, &line, size, y, ink, &mut marks);
        }
    }
    Some(marks)
}

/// The drawn cover as a PNG. The design has few colours (the background, two inks and
/// the anti-aliased edges between them), so it is written with a palette: a byte a pixel
/// instead of four, which the PDF embeds as it is (see `pdf::write::image`) instead of
/// decoding and compressing the pixels again. More than 256 colours (never in this
/// design) falls back to RGBA.
fn encode(bands: &[Band], background: Color) -> Option<Vec<u8>> {
    use std::io::Write;
    let (w, h) = (W as usize, H as usize);
    let mut blank = Pixmap::new(W, 1)?;
    blank.fill(background);
    let blank = blank.data();
    let mut index: rustc_hash::FxHashMap<u32, u8> = Default::default();
    let mut palette: Vec<u8> = Vec::new();
    // Deflated at level 2, as the PDF's streams are. The whole cover measured on the
    // seeds (callgrind, drawing 22M of it): png's default level 80M instructions for
    // 26 KB, its fast one 51M for 144 KB; zlib levels 1, 2, 3 56M for 73 KB, 61M for
    // 33 KB, 66M for 32 KB. Fed a row at a time: deflate's output does not depend on
    // how its input is cut.
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(2));
    // The PNG's rows as they are compressed: a filter byte (0, none: palette images
    // compress best unfiltered), then an index a pixel.
    let mut out_row: Vec<u8> = vec![0; w + 1];
    // The background row's indices, once made: a band's rows above, below and between
    // its lines are background too, and are not looked up again.
    let mut blank_row: Option<Vec<u8>> = None;
    let mut next = bands.iter().peekable();
    let mut prev: Option<&[u8]> = None;
    for y in 0..H {
        while next.peek().is_some_and(|b| b.bottom <= y) {
            next.next();
        }
        let row = match next.peek() {
            Some(b) if b.top <= y => {
                let at = (y - b.top) as usize * w * 4;
                &b.pixels.data()[at..at + w * 4]
            }
            _ => blank,
        };
        // A row like the one above (the empty background between the lines) is not
        // looked up again.
        if !prev.is_some_and(|p| std::ptr::eq(p, row) || p == row) {
            prev = Some(row);
            let is_blank = std::ptr::eq(row, blank) || row == blank;
            match &blank_row {
                Some(b) if is_blank => out_row.copy_from_slice(b),
                _ => {
                    // The filter byte stays 0; an index a pixel after it.
                    let (mut last, mut last_i) = (None, 0);
                    let pixels = row
                        .chunks_exact(4)
                        .map(|p| u32::from_le_bytes([p[0], p[1], p[2], p[3]]));
                    for (slot, c) in out_row[1..].iter_mut().zip(pixels) {
                        if last != Some(c) {
                            last_i = match index.get(&c) {
                                Some(i) => *i,
                                // Every pixel is opaque (the background is), so
                                // premultiplied values are the colour itself.
                                None if index.len() < 256 && c >> 24 == 0xFF => {
                                    let i = index.len() as u8;
                                    index.insert(c, i);
                                    palette.extend_from_slice(&c.to_le_bytes()[..3]);
                                    i
                                }
                                None => return whole(bands, background)?.encode_png().ok(),
                            };
                            last = Some(c);
                        }
                        *slot = last_i;
                    }
                    if is_blank {
                        blank_row = Some(out_row.clone());
                    }
                }
            }
        }
        z.write_all(&out_row).ok()?;
    }
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

/// The whole cover as one pixmap, its bands on the background.
fn whole(bands: &[Band], background: Color) -> Option<Pixmap> {
    let mut p = Pixmap::new(W, H)?;
    p.fill(background);
    let row = W as usize * 4;
    for b in bands {
        let at = b.top as usize * row;
        p.data_mut()[at..at + b.pixels.data().len()].copy_from_slice(b.pixels.data());
    }
    Some(p)
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

    /// The cover drawn the plain way: every mark on one whole pixmap.
    fn drawn_whole(marks: &[Mark]) -> Pixmap {
        let paints = paints();
        let mut p = Pixmap::new(W, H).unwrap();
        p.fill(background());
        for m in marks {
            match &m.shape {
                Shape::Rect(r) => p.fill_rect(*r, &paints[m.paint], Transform::identity(), None),
                Shape::Path(path) => p.fill_path(
                    path,
                    &paints[m.paint],
                    FillRule::Winding,
                    Transform::identity(),
                    None,
                ),
            }
        }
        p
    }

    #[test]
    fn bands_give_the_pixels_of_the_whole_cover() {
        let many =
            "Ann Author, Bob Writer, Cy Penman, Di Scribe, Ed Inkwell, Flo Quill, ".repeat(4);
        let pages = [
            (
                "Fantine and Other Stories",
                Some("A benchmark anthology"),
                Some("Various Authors"),
            ),
            ("Qy gjp; descenders touch (and brackets) — Ääô", None, None),
            // Lines overlapping one another, and a title running off the bottom.
            (&"Wordy Title Goes On ".repeat(12)[..], Some("sub"), None),
            ("Short", None, Some(&many[..])),
            // A word wider than the cover, cut at its sides.
            ("Antidisestablishmentarianistically-minded", None, None),
        ];
        for (title, subtitle, authors) in pages {
            let t = TitlePage {
                title: title.into(),
                subtitle: subtitle.map(Into::into),
                authors: authors.map(Into::into),
            };
            let marks = design(&t).unwrap();
            let bands = bands(&marks, &paints(), background()).unwrap();
            assert!(bands.len() > 1, "{title}: one band");
            let banded = whole(&bands, background()).unwrap();
            assert!(
                banded.data() == drawn_whole(&marks).data(),
                "{title}: the bands differ from the whole cover"
            );
        }
    }

    /// A one-word title and an author's handle wider than the cover are set smaller, so
    /// every letter is drawn on the cover.
    #[test]
    fn a_word_wider_than_the_cover_is_set_smaller_to_fit() {
        let t = TitlePage {
            title: "Supercalifragilisticexpialidociouslyunbreakabletitle".into(),
            subtitle: None,
            authors: Some("xXx_DarkAngelOfTheNightWhoWritesFanfictionAtThreeInTheMorning".into()),
        };
        let marks = design(&t).unwrap();
        let paths: Vec<_> = marks
            .iter()
            .filter_map(|m| match &m.shape {
                Shape::Path(p) => Some(p.bounds()),
                Shape::Rect(_) => None,
            })
            .collect();
        assert!(paths.len() > 50);
        for b in paths {
            assert!(
                b.left() >= 0.0 && b.right() <= W as f32,
                "{b:?} off the cover"
            );
        }
    }
}
