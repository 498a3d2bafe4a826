//! Write stage, images: the book's cover (PNG or JPEG) → an image XObject drawn on the
//! screen profile's first page (and, by [`add_image`], on the wraparound cover's front).
//!
//! Input: the cover as the source stage checked it (or as it was generated) and the page
//! it goes on. Output: the image stream added to the lopdf document and that page's
//! content: the image scaled to fit the page, centred, on the generated cover's own
//! background colour (a given cover sits on the white page). The cover repeats what the
//! title page after it says, so it is marked as an artifact, not read twice.
//!
//! A JPEG is embedded as it is (`/DCTDecode`); a PNG is decoded (by `png`) to 8-bit gray
//! or RGB, any transparency laid over white, and deflated. PDF/A allows both.

use crate::model::Cover;
use crate::render::pdf::frame::CoverPage;
use lopdf::{Dictionary, Object, ObjectId, Stream};
use std::io::Write;

/// Pixels of one image, ready for a PDF image dictionary.
struct Pixels {
    width: u32,
    height: u32,
    /// `DeviceGray`, `DeviceRGB` or `DeviceCMYK`.
    space: &'static str,
    /// `DCTDecode` (the JPEG's own bytes) or `FlateDecode`.
    filter: &'static str,
    data: Vec<u8>,
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
    if let Some([r, g, b]) = cover.background {
        let c = |v: u8| v as f32 / 255.0;
        ops += &format!(
            "q {:.4} {:.4} {:.4} rg 0 0 {w:.2} {h:.2} re f Q\n",
            c(r),
            c(g),
            c(b)
        );
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
    dict.set("BitsPerComponent", 8);
    dict.set("Filter", px.filter);
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
                    return Ok(Pixels {
                        width: info.width as u32,
                        height: info.height as u32,
                        space: "DeviceRGB",
                        filter: "FlateDecode",
                        data: deflate(&rgb),
                    });
                }
            };
            Ok(Pixels {
                width: info.width as u32,
                height: info.height as u32,
                space,
                filter: "DCTDecode",
                data: c.bytes.clone(),
            })
        }
        _ => {
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
                Rgba => (
                    "DeviceRGB",
                    buf.chunks_exact(4)
                        .flat_map(|p| [0, 1, 2].map(|i| over_white(p[i], p[3])))
                        .collect(),
                ),
                Indexed => return Err(bad(&"a palette image was not expanded")),
            };
            Ok(Pixels {
                width: frame.width,
                height: frame.height,
                space,
                filter: "FlateDecode",
                data: deflate(&data),
            })
        }
    }
}

fn deflate(raw: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    // Writing to a Vec cannot fail.
    let _ = z.write_all(raw);
    z.finish().unwrap_or_default()
}
