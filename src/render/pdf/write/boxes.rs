//! Write stage, print boxes: bleed added on the outside edges of every page, with its
//! `/TrimBox` and `/BleedBox`.
//!
//! Input: the lopdf document with its pages at the trim size, and the bleed. Output: each
//! page's MediaBox (and CropBox) grown by the bleed at the top, the bottom and the
//! outside edge (the right of a recto, the left of a verso: the spine side is bound, not
//! cut), the TrimBox the page as set, the BleedBox the whole sheet. The page's content is
//! moved by the bleed it gains on the left and the bottom (a shared `q … cm` before its
//! stream and `Q` after), so everything stays where it was against the trim.

use lopdf::{Dictionary, Object, ObjectId, Stream};

/// Sets the print boxes of every page of a `w` × `h` pt book with `bleed` points of
/// bleed. Page 0 is a recto.
pub(crate) fn bleed(
    lo: &mut lopdf::Document,
    pages: &[ObjectId],
    (w, h): (f32, f32),
    bleed: f32,
) -> Result<(), String> {
    let shared = |lo: &mut lopdf::Document, ops: String| {
        lo.add_object(Stream::new(Dictionary::new(), ops.into_bytes()))
    };
    let b = bleed;
    let (recto_in, verso_in, out) = if b > 0.0 {
        (
            Some(shared(lo, format!("q 1 0 0 1 0 {b:.4} cm\n"))),
            Some(shared(lo, format!("q 1 0 0 1 {b:.4} {b:.4} cm\n"))),
            Some(shared(lo, "Q\n".into())),
        )
    } else {
        (None, None, None)
    };
    let sheet = rect(0.0, 0.0, w + b, h + 2.0 * b);
    for (i, id) in pages.iter().enumerate() {
        let recto = i % 2 == 0;
        let left = if recto { 0.0 } else { b };
        let page = lo
            .get_object_mut(*id)
            .and_then(Object::as_dict_mut)
            .map_err(|e| format!("cannot write PDF: no page {i}: {e}"))?;
        page.set("MediaBox", sheet.clone());
        page.set("CropBox", sheet.clone());
        page.set("BleedBox", sheet.clone());
        page.set("TrimBox", rect(left, b, left + w, b + h));
        if let (Some(a), Some(v), Some(z)) = (recto_in, verso_in, out) {
            let first = if recto { a } else { v };
            let body = page
                .get(b"Contents")
                .map_err(|e| format!("cannot write PDF: page {i} without contents: {e}"))?
                .clone();
            let mut parts = vec![Object::Reference(first)];
            match body {
                Object::Array(a) => parts.extend(a),
                other => parts.push(other),
            }
            parts.push(Object::Reference(z));
            page.set("Contents", parts);
            shift_annotations(page, left, b);
        }
    }
    Ok(())
}

/// Moves the rectangles of a page's direct annotations by (`dx`, `dy`).
fn shift_annotations(page: &mut Dictionary, dx: f32, dy: f32) {
    let Ok(Object::Array(annots)) = page.get_mut(b"Annots") else {
        return;
    };
    for a in annots {
        if let Object::Dictionary(d) = a
            && let Ok(Object::Array(r)) = d.get_mut(b"Rect")
        {
            for (k, v) in r.iter_mut().enumerate() {
                if let Ok(n) = v.as_float() {
                    *v = Object::Real(n + if k % 2 == 0 { dx } else { dy });
                }
            }
        }
    }
}

/// A PDF rectangle.
pub(crate) fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Object {
    let r = |v: f32| Object::Real((v * 1000.0).round() / 1000.0);
    Object::Array(vec![r(x0), r(y0), r(x1), r(y1)])
}
