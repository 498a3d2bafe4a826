//! Covers: the image file `cover` names in `book.toml` → a checked [`Cover`].
//!
//! Input: the book's folder and the `cover` value. Output: the image's bytes with its
//! type and pixel size, or an error naming `cover` and the file. A cover goes into the
//! package as it is, so it is checked first: inside the book's folder, at most
//! [`MAX_COVER_BYTES`], a real PNG or JPEG by its header (read by `imagesize`), a sane
//! pixel size, and whole (a PNG reaches its end chunk with every checksum right, a JPEG
//! reaches its end-of-image marker after its scan).

use super::{cfg_file, io_reason, resolve_inside};
use crate::diag::Diagnostic;
use crate::model::Cover;
use std::io::Read;
use std::path::Path;

/// Largest cover file read: a print-resolution cover is a few megabytes.
pub const MAX_COVER_BYTES: u64 = 20 * 1024 * 1024;

/// Largest side in pixels: more than any reading system or printer uses.
pub const MAX_SIDE: usize = 10_000;

/// Largest pixel count (a 5,000 × 8,000 cover): reading systems decode covers whole.
pub const MAX_PIXELS: usize = 40_000_000;

/// Reads and checks the cover `rel` (relative to `root`), named at `line` of book.toml.
pub fn load(root: &Path, rel: &str, line: Option<usize>) -> Result<Cover, Diagnostic> {
    let err = |m: String| {
        Diagnostic::error(cfg_file(), m)
            .at(line, None)
            .hint("give a JPEG or PNG image inside the book's folder")
    };
    let path = resolve_inside(root, rel).map_err(|m| err(format!("`cover = \"{rel}\"` {m}")))?;
    let cant_read =
        |e: std::io::Error| err(format!("cannot read cover `{rel}`: {}", io_reason(&e)));
    // Look before reading: a folder, a pipe or a huge file is refused without reading it.
    let meta = std::fs::metadata(&path).map_err(cant_read)?;
    if !meta.is_file() {
        return Err(err(format!("cover `{rel}` is not a file")));
    }
    if meta.len() > MAX_COVER_BYTES {
        return Err(Diagnostic::error(
            cfg_file(),
            format!(
                "cover `{rel}` is {} MB, more than the {} MB a cover may be",
                meta.len() / (1024 * 1024),
                MAX_COVER_BYTES / (1024 * 1024)
            ),
        )
        .at(line, None)
        .hint("check that `cover` names the right image, or save it smaller"));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(&path)
        .and_then(|f| f.take(MAX_COVER_BYTES + 1).read_to_end(&mut bytes))
        .map_err(cant_read)?;
    if bytes.len() as u64 > MAX_COVER_BYTES {
        return Err(err(format!("cover `{rel}` grew while it was read")));
    }
    let (media_type, ext, kind) = match imagesize::image_type(&bytes) {
        Ok(imagesize::ImageType::Png) => ("image/png", "png", "PNG"),
        Ok(imagesize::ImageType::Jpeg) => ("image/jpeg", "jpg", "JPEG"),
        _ => return Err(err(format!("cover `{rel}` is not a JPEG or PNG image"))),
    };
    let size = imagesize::blob_size(&bytes).map_err(|_| {
        err(format!(
            "cover `{rel}` is a damaged {kind} image (no size found)"
        ))
    })?;
    let (w, h) = (size.width, size.height);
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE || w.saturating_mul(h) > MAX_PIXELS {
        return Err(Diagnostic::error(
            cfg_file(),
            format!(
                "cover `{rel}` claims {w} × {h} pixels; a cover may be at most {MAX_SIDE} pixels a side and {} megapixels",
                MAX_PIXELS / 1_000_000
            ),
        )
        .at(line, None)
        .hint("check the image, or scale it down (1600 × 2400 is plenty)"));
    }
    let whole = if kind == "PNG" {
        png_whole(&bytes)
    } else {
        jpeg_whole(&bytes)
    };
    whole.map_err(|why| err(format!("cover `{rel}` is a damaged {kind} image ({why})")))?;
    Ok(Cover {
        file_name: format!("cover.{ext}"),
        media_type,
        width: w as u32,
        height: h as u32,
        bytes,
    })
}

/// Walks a PNG's chunks: `IHDR` first, some `IDAT`, every checksum right, ending in
/// `IEND` (a cut-off file runs out first).
fn png_whole(b: &[u8]) -> Result<(), &'static str> {
    let mut i = 8;
    let mut first = true;
    let mut data = false;
    loop {
        let Some(head) = b.get(i..i + 8) else {
            return Err("it is cut off before its end");
        };
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind = &head[4..8];
        let end = i
            .checked_add(12)
            .and_then(|e| e.checked_add(len))
            .filter(|&e| e <= b.len())
            .ok_or("it is cut off before its end")?;
        if first && kind != b"IHDR" {
            return Err("its first chunk is not the header");
        }
        first = false;
        let mut crc = flate2::Crc::new();
        crc.update(&b[i + 4..end - 4]);
        let stored = u32::from_be_bytes([b[end - 4], b[end - 3], b[end - 2], b[end - 1]]);
        if crc.sum() != stored {
            return Err("a chunk's checksum is wrong");
        }
        data |= kind == b"IDAT";
        if kind == b"IEND" {
            return if data {
                Ok(())
            } else {
                Err("it holds no image data")
            };
        }
        i = end;
    }
}

/// Walks a JPEG's marker segments to its first scan (a frame header must come before
/// it), then looks for the end-of-image marker after the scan. Inside entropy-coded data
/// a 0xFF byte is always followed by 0x00 or a restart marker, so 0xFF 0xD9 there is the
/// end; a file cut off in its scan has none.
fn jpeg_whole(b: &[u8]) -> Result<(), &'static str> {
    let mut i = 2;
    let mut frame = false;
    loop {
        let (Some(&0xFF), Some(&marker)) = (b.get(i), b.get(i + 1)) else {
            return Err("it is cut off before its image data");
        };
        match marker {
            // Fill bytes before a marker.
            0xFF => {
                i += 1;
                continue;
            }
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => {
                i += 2;
                continue;
            }
            0xD9 => return Err("it ends before its image data"),
            _ => {}
        }
        let len = b
            .get(i + 2..i + 4)
            .map(|l| u16::from_be_bytes([l[0], l[1]]) as usize)
            .ok_or("it is cut off before its image data")?;
        frame |= matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF);
        let next = i + 2 + len;
        if len < 2 || next > b.len() {
            return Err("it is cut off before its image data");
        }
        if marker == 0xDA {
            if !frame {
                return Err("its scan comes before a frame header");
            }
            return if b[next..].windows(2).any(|w| w == [0xFF, 0xD9]) {
                Ok(())
            } else {
                Err("it is cut off before its end")
            };
        }
        i = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 2 × 3 PNG: IHDR, one IDAT, IEND.
    fn png() -> Vec<u8> {
        let hex = "89504e470d0a1a0a0000000d4948445200000002000000030802000000368849d60000001049444154789c63f8cfc000440c28140044d005fba4cfde800000000049454e44ae426082";
        (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn png_must_be_whole() {
        let p = png();
        assert_eq!(png_whole(&p), Ok(()));
        for cut in [p.len() - 1, p.len() - 12, 40, 20, 9] {
            assert!(png_whole(&p[..cut]).is_err(), "cut at {cut}");
        }
        let mut bad = p.clone();
        bad[45] ^= 1; // inside the IDAT data
        assert_eq!(png_whole(&bad), Err("a chunk's checksum is wrong"));
    }

    #[test]
    fn jpeg_must_be_whole() {
        // SOI, a baseline frame header (1 × 1, one component), a scan, data, EOI.
        let mut j = vec![0xFF, 0xD8];
        j.extend([0xFF, 0xC0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
        j.extend([0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0]);
        j.extend([0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD9]);
        assert_eq!(jpeg_whole(&j), Ok(()));
        assert!(jpeg_whole(&j[..j.len() - 1]).is_err());
        assert!(jpeg_whole(&j[..10]).is_err());
        // A scan with no frame before it.
        let mut no_frame = vec![0xFF, 0xD8];
        no_frame.extend_from_slice(&j[15..]);
        assert!(jpeg_whole(&no_frame).is_err());
    }
}
