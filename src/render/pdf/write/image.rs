//! Write stage, images: the book's cover (PNG or JPEG) → an image XObject drawn on the
//! screen profile's first page (and, by [`add_image`], on the wraparound cover's front).
//!
//! Input: the cover as the source stage checked it (or as it was generated) and the page
//! it goes on. Output: the image stream added to the lopdf document and that page's
//! content: the image scaled to fit the page, centred, on the generated cover's own
//! background colour (a given cover sits on the white page). The cover repeats what the
//! title page after it says, so it is marked as an artifact, not read twice.
//!
//! A JPEG is embedded as it is (`/DCTDecode`). So is an opaque, non-interlaced PNG of
//! gray, RGB or palette colour (the generated cover is one): its compressed rows are a
//! PDF `/FlateDecode` stream with the PNG predictors as its `/DecodeParms`, and its
//! palette an `/Indexed` colour space. Any other PNG is decoded (by `png`) to 8-bit gray
//! or RGB, any transparency laid over white, and deflated. PDF/A allows all three.

use crate::model::Cover;
use crate::render::pdf::frame::CoverPage;
use lopdf::{Dictionary, Object, ObjectId, Stream};
use std::io::Write;

/// Pixels of one image, ready for a PDF image dictionary.
struct Pixels {
    width: u32,
    height: u32,
    /// `DeviceGray`, `DeviceRGB` or an `Indexed` array over `DeviceRGB`.
    space: Object,
    /// Bits per colour component (or palette index).
    bits: u8,
    /// `DCTDecode` (the JPEG's own bytes) or `FlateDecode`.
    filter: &'static str,
    /// The PNG predictor parameters, when the data are a PNG's own rows.
    parms: Option<Dictionary>,
    data: Vec<u8>,
}

impl Pixels {
    fn new(width: u32, height: u32, space: &str, filter: &'static str, data: Vec<u8>) -> Self {
        Pixels {
            width,
            height,
            space: Object::Name(space.as_bytes().to_vec()),
            bits: 8,
            filter,
            parms: None,
            data,
        }
    }
}

/// Draws `cover` on page `page_id` of a `w` × `h` pt page, replacing its content.
pub(super) fn place_cover(
    lo: &mut lopdf::Document,
    page_id: ObjectId,
    cover: &CoverPage,
    (w, h): (f32, f32),
) -> Result<(), String> {
    let (image, pw, ph) = add_image(lo, &cover.image)?;
    // Fit inside the page, centred.
    let scale = (w / pw as f32).min(h / ph as f32);
    let (iw, ih) = (pw as f32 * scale, ph as f32 * scale);
    let (x, y) = ((w - iw) / 2.0, (h - ih) / 2.0);
    let mut ops = String::from("/Artifact BMC\n");
    if let Some(colour) = cover.background {
        ops += &background_fill(colour, (w, h));
    }
    ops += &format!("q {iw:.2} 0 0 {ih:.2} {x:.2} {y:.2} cm /Cover Do Q\nEMC\n");
    let content = lo.add_object(Stream::new(Dictionary::new(), ops.into_bytes()));

    let mut xobjects = Dictionary::new();
    xobjects.set("Cover", image);
    let mut resources = Dictionary::new();
    resources.set("XObject", xobjects);
    let page = lo
        .get_object_mut(page_id)
        .and_then(Object::as_dict_mut)
        .map_err(|e| format!("cannot write PDF: no cover page: {e}"))?;
    page.set("Contents", content);
    page.set("Resources", resources);
    Ok(())
}

/// Content that fills a `w` × `h` pt sheet from the origin with `colour` (the generated
/// cover's background, under the screen cover page and the wraparound cover alike).
///
/// Sizes are written to the thousandth of a point so that the fill never stops short of
/// the page edge by more than 0.0005 pt (the wraparound cover's width is the page count
/// times the paper's thickness, rarely a round number).
pub(crate) fn background_fill([r, g, b]: [u8; 3], (w, h): (f32, f32)) -> String {
    let c = |v: u8| v as f32 / 255.0;
    format!(
        "q {:.4} {:.4} {:.4} rg 0 0 {w:.3} {h:.3} re f Q\n",
        c(r),
        c(g),
        c(b)
    )
}

/// Adds `image` to the document as an image XObject: its id, width and height in pixels.
pub(crate) fn add_image(
    lo: &mut lopdf::Document,
    image: &Cover,
) -> Result<(ObjectId, u32, u32), String> {
    let px = pixels(image)?;
    let mut dict = Dictionary::new();
    dict.set("Type", "XObject");
    dict.set("Subtype", "Image");
    dict.set("Width", px.width as i64);
    dict.set("Height", px.height as i64);
    dict.set("ColorSpace", px.space);
    dict.set("BitsPerComponent", px.bits as i64);
    dict.set("Filter", px.filter);
    if let Some(parms) = px.parms {
        dict.set("DecodeParms", parms);
    }
    // The stream is already compressed: the pack stage must not deflate it again.
    let id = lo.add_object(Stream::new(dict, px.data).with_compression(false));
    Ok((id, px.width, px.height))
}

/// The cover's pixels as a PDF image wants them.
fn pixels(c: &Cover) -> Result<Pixels, String> {
    let bad = |e: &dyn std::fmt::Display| format!("cannot embed the cover {}: {e}", c.file_name);
    match c.media_type {
        "image/jpeg" => {
            let mut d = jpeg_decoder::Decoder::new(c.bytes.as_slice());
            d.read_info().map_err(|e| bad(&e))?;
            let info = d.info().ok_or_else(|| bad(&"no image header"))?;
            use jpeg_decoder::PixelFormat::*;
            let space = match info.pixel_format {
                L8 | L16 => "DeviceGray",
                RGB24 => "DeviceRGB",
                CMYK32 => {
                    // Adobe's CMYK JPEGs store inverted values; decoding settles it.
                    let cmyk = d.decode().map_err(|e| bad(&e))?;
                    let rgb: Vec<u8> = cmyk
                        .chunks_exact(4)
                        .flat_map(|p| {
                            let k = 255 - p[3] as u32;
                            [0, 1, 2].map(|i| ((255 - p[i] as u32) * k / 255) as u8)
                        })
                        .collect();
                    return Ok(Pixels::new(
                        info.width as u32,
                        info.height as u32,
                        "DeviceRGB",
                        "FlateDecode",
                        deflate(&rgb),
                    ));
                }
            };
            Ok(Pixels::new(
                info.width as u32,
                info.height as u32,
                space,
                "DCTDecode",
                c.bytes.clone(),
            ))
        }
        _ => {
            if let Some(px) = png_as_is(&c.bytes).map_err(|e| bad(&e))? {
                return Ok(px);
            }
            let mut decoder = png::Decoder::new(c.bytes.as_slice());
            decoder
                .set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
            let mut reader = decoder.read_info().map_err(|e| bad(&e))?;
            let mut buf = vec![0; reader.output_buffer_size()];
            let frame = reader.next_frame(&mut buf).map_err(|e| bad(&e))?;
            buf.truncate(frame.buffer_size());
            use png::ColorType::*;
            // Transparency is laid over the white page.
            let over_white =
                |v: u8, a: u8| ((v as u32 * a as u32 + 255 * (255 - a as u32)) / 255) as u8;
            let (space, data): (&str, Vec<u8>) = match frame.color_type {
                Grayscale => ("DeviceGray", buf),
                GrayscaleAlpha => (
                    "DeviceGray",
                    buf.chunks_exact(2)
                        .map(|p| over_white(p[0], p[1]))
                        .collect(),
                ),
                Rgb => ("DeviceRGB", buf),
                Rgba => {
                    let mut rgb = Vec::with_capacity(buf.len() / 4 * 3);
                    for p in buf.chunks_exact(4) {
                        rgb.extend_from_slice(&[0, 1, 2].map(|i| over_white(p[i], p[3])));
                    }
                    ("DeviceRGB", rgb)
                }
                Indexed => return Err(bad(&"a palette image was not expanded")),
            };
            Ok(Pixels::new(
                frame.width,
                frame.height,
                space,
                "FlateDecode",
                deflate(&data),
            ))
        }
    }
}

/// A PNG whose compressed rows a PDF can take as they are: opaque (no alpha channel, no
/// `tRNS`), not interlaced, at most 8 bits a sample. `None` for any other PNG.
fn png_as_is(bytes: &[u8]) -> Result<Option<Pixels>, png::DecodingError> {
    use png::{BitDepth, ColorType};
    let reader = png::Decoder::new(bytes).read_info()?;
    let info = reader.info();
    if info.interlaced || info.trns.is_some() || info.bit_depth == BitDepth::Sixteen {
        return Ok(None);
    }
    let (space, colors) = match (info.color_type, &info.palette) {
        (ColorType::Grayscale, _) => (Object::Name(b"DeviceGray".to_vec()), 1),
        (ColorType::Rgb, _) => (Object::Name(b"DeviceRGB".to_vec()), 3),
        (ColorType::Indexed, Some(p)) if p.len() >= 3 => (
            Object::Array(vec![
                Object::Name(b"Indexed".to_vec()),
                Object::Name(b"DeviceRGB".to_vec()),
                Object::Integer((p.len() / 3 - 1) as i64),
                Object::String(
                    p[..p.len() / 3 * 3].to_vec(),
                    lopdf::StringFormat::Hexadecimal,
                ),
            ]),
            1,
        ),
        _ => return Ok(None),
    };
    let bits = info.bit_depth as u8;
    let (width, height) = (info.width, info.height);
    // The image data: every IDAT chunk's contents in order, one zlib stream. The decoder
    // has checked the chunks' structure up to the first IDAT; the walk stops at anything
    // it cannot read.
    let mut data = Vec::new();
    let mut at = 8;
    while let Some(head) = bytes.get(at..at + 8) {
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let Some(body) = bytes.get(at + 8..at + 8 + len) else {
            return Ok(None);
        };
        match &head[4..8] {
            b"IDAT" => data.extend_from_slice(body),
            b"IEND" => break,
            _ => {}
        }
        at += 12 + len;
    }
    if data.is_empty() {
        return Ok(None);
    }
    let mut parms = Dictionary::new();
    parms.set("Predictor", 15);
    parms.set("Colors", colors);
    parms.set("BitsPerComponent", bits as i64);
    parms.set("Columns", width as i64);
    Ok(Some(Pixels {
        width,
        height,
        space,
        bits,
        filter: "FlateDecode",
        parms: Some(parms),
        data,
    }))
}

fn deflate(raw: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    // Writing to a Vec cannot fail.
    let _ = z.write_all(raw);
    z.finish().unwrap_or_default()
}
