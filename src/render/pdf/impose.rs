//! Imposition stage: the interior PDF → its pages on printer's sheets, in signatures,
//! for folding and sewing by hand.
//!
//! Input: the interior's bytes (already padded to whole signatures by the print-run
//! stage) and `[imposition]`. Output: one PDF of sheet sides, fronts and backs
//! alternating for duplex printing (landscape sheets: flip on the short edge). Each
//! interior page becomes a Form XObject cut at its TrimBox and is drawn upright, at its
//! own size, in saddle order: in a signature of S sheets (4S pages), sheet k from the
//! outside carries on its front page 4S−2k | page 2k+1 and on its back 2k+2 | 4S−2k−1
//! (1-based: the first sheet's front is last | first, its back second | second last).
//! Creep moves the pages of each sheet along the sheet, toward the fold for the sheets
//! inside the signature's centre and away from it for those outside, by `creep` per
//! sheet from the centre, so the fore-edges line up once folded. Marks, when asked: the
//! fold at the sheet's edges, cut marks at the trim's corners, sewing stations on the
//! centre spread of each signature and a signature-order mark on the spine of each
//! outer sheet, stepping down from one signature to the next.
//!
//! Only the folio is imposed yet (two pages a side); the config refuses the others.

use crate::config::{Imposition, PdfSettings};
use lopdf::{Dictionary, Object, ObjectId, Stream};
use std::fmt::Write as _;

/// Where one interior page lands on a sheet side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// The interior page (0-based), or `None` for no page.
    pub page: usize,
    /// Left edge of its trim on the sheet, in points.
    pub x: f32,
    /// Bottom edge of its trim on the sheet.
    pub y: f32,
    /// The half of the sheet it may cover: x from `clip.0` to `clip.1`.
    pub clip: (f32, f32),
}

/// One side of a sheet: its pages and which signature and sheet it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub pages: Vec<Placement>,
    pub signature: usize,
    pub sheet: usize,
    pub front: bool,
}

/// The sheet size (landscape: the two pages side by side) for `imp`.
pub fn sheet(imp: &Imposition) -> (f32, f32) {
    (imp.sheet.1, imp.sheet.0)
}

/// The creep of sheet `k` (0 outermost) of `s`, toward the fold, in points.
pub fn creep(imp: &Imposition, k: usize) -> f32 {
    imp.creep * (k as f32 - (imp.signature as f32 - 1.0) / 2.0)
}

/// Every sheet side for `pages` interior pages of `trim`, in printing order.
pub fn sides(imp: &Imposition, pages: usize, trim: (f32, f32)) -> Vec<Side> {
    let (sw, sh) = sheet(imp);
    let (w, h) = trim;
    let per = imp.pages_per_signature();
    let mid = sw / 2.0;
    let y = (sh - h) / 2.0;
    let mut out = Vec::new();
    for sig in 0..pages.div_ceil(per) {
        let base = sig * per;
        let last = per - 1;
        for k in 0..imp.signature {
            let c = creep(imp, k);
            let place = |left: usize, right: usize| {
                vec![
                    Placement {
                        page: base + left,
                        x: mid - w + c,
                        y,
                        clip: (0.0, mid),
                    },
                    Placement {
                        page: base + right,
                        x: mid - c,
                        y,
                        clip: (mid, sw),
                    },
                ]
            };
            out.push(Side {
                pages: place(last - 2 * k, 2 * k),
                signature: sig,
                sheet: k,
                front: true,
            });
            out.push(Side {
                pages: place(2 * k + 1, last - 2 * k - 1),
                signature: sig,
                sheet: k,
                front: false,
            });
        }
    }
    out
}

/// Imposes the interior `pdf` (pages of `s`'s trim, with its bleed) on sheets.
pub fn impose(pdf: &[u8], s: &PdfSettings) -> Result<Vec<u8>, String> {
    let imp = s
        .print
        .imposition
        .as_ref()
        .ok_or("cannot impose: the book has no [imposition] table")?;
    let bad = |e: lopdf::Error| format!("cannot impose the interior: {e}");
    let mut lo = lopdf::Document::load_mem(pdf).map_err(bad)?;
    let page_ids: Vec<ObjectId> = lo.get_pages().values().copied().collect();
    let trim = (s.page_width, s.page_height);
    // Each page as a form, cut at its trim.
    let mut forms = Vec::with_capacity(page_ids.len());
    for &id in &page_ids {
        let content = lo.get_page_content(id);
        let page = lo.get_dictionary(id).map_err(bad)?;
        let trim_box = page
            .get(b"TrimBox")
            .or_else(|_| page.get(b"MediaBox"))
            .map_err(bad)?
            .clone();
        let origin = match &trim_box {
            Object::Array(a) if a.len() == 4 => (
                a[0].as_float().unwrap_or(0.0),
                a[1].as_float().unwrap_or(0.0),
            ),
            _ => (0.0, 0.0),
        };
        let resources = page.get(b"Resources").map_err(bad)?.clone();
        let mut d = Dictionary::new();
        d.set("Type", "XObject");
        d.set("Subtype", "Form");
        d.set("BBox", trim_box);
        d.set("Resources", resources);
        let mut form = Stream::new(d, content);
        let _ = form.compress();
        forms.push((lo.add_object(form), origin));
    }
    // The sheets replace the pages.
    let pages_root = lo
        .catalog()
        .and_then(|c| c.get(b"Pages"))
        .and_then(Object::as_reference)
        .map_err(bad)?;
    let (sw, sh) = sheet(imp);
    let sides = sides(imp, page_ids.len(), trim);
    let mut kids = Vec::with_capacity(sides.len());
    for side in &sides {
        let mut ops = String::new();
        let mut xobjects = Dictionary::new();
        for p in &side.pages {
            let Some(&(form, (ox, oy))) = forms.get(p.page) else {
                continue;
            };
            let name = format!("P{}", p.page);
            xobjects.set(name.as_bytes().to_vec(), form);
            let _ = writeln!(
                ops,
                "q {:.3} 0 {:.3} {sh:.3} re W n 1 0 0 1 {:.3} {:.3} cm /{name} Do Q",
                p.clip.0,
                p.clip.1 - p.clip.0,
                p.x - ox,
                p.y - oy
            );
        }
        if imp.marks {
            ops += &marks(imp, side, trim, (sw, sh), sides.len() / (2 * imp.signature));
        }
        let mut resources = Dictionary::new();
        resources.set("XObject", xobjects);
        let mut content = Stream::new(Dictionary::new(), ops.into_bytes());
        let _ = content.compress();
        let content = lo.add_object(content);
        let mut page = Dictionary::new();
        page.set("Type", "Page");
        page.set("Parent", pages_root);
        page.set("MediaBox", super::write::boxes::rect(0.0, 0.0, sw, sh));
        page.set("Contents", content);
        page.set("Resources", resources);
        kids.push(Object::Reference(lo.add_object(page)));
    }
    for id in &page_ids {
        lo.objects.remove(id);
    }
    let root = lo.get_dictionary_mut(pages_root).map_err(bad)?;
    root.set("Count", kids.len() as i64);
    root.set("Kids", kids);
    // Structure, outline and labels were the interior's pages': a sheet has none.
    let catalog = lo.catalog_mut().map_err(bad)?;
    for key in [
        &b"StructTreeRoot"[..],
        b"MarkInfo",
        b"Outlines",
        b"PageLabels",
        b"PageMode",
        b"Metadata",
    ] {
        catalog.remove(key);
    }
    lo.prune_objects();
    lo.renumber_objects();
    super::write::finish_bytes(lo)
}

/// Fold, cut, sewing and signature-order marks for one side, as content operators.
fn marks(
    imp: &Imposition,
    side: &Side,
    (w, h): (f32, f32),
    (sw, sh): (f32, f32),
    signatures: usize,
) -> String {
    let mut ops = String::from("q 0.25 w 0 G\n");
    let mid = sw / 2.0;
    let (top, bottom) = ((sh + h) / 2.0, (sh - h) / 2.0);
    let len = (bottom - 3.0).clamp(0.0, 18.0);
    // The fold, in the margins above and below the pages.
    let _ = writeln!(
        ops,
        "{mid:.3} {:.3} m {mid:.3} {:.3} l S {mid:.3} {:.3} m {mid:.3} {:.3} l S",
        sh - 3.0,
        sh - 3.0 - len,
        3.0,
        3.0 + len
    );
    // Cut marks at the trim's outer corners (the outermost sheet's trim).
    let c = creep(imp, side.sheet).abs();
    for x in [mid - w - c, mid + w + c] {
        for (y, dir) in [(top, 1.0), (bottom, -1.0)] {
            let _ = writeln!(
                ops,
                "{x:.3} {:.3} m {x:.3} {:.3} l S",
                y + dir * 3.0,
                y + dir * (3.0 + len)
            );
        }
    }
    // Sewing stations: on the centre spread (the innermost sheet's back), five holes
    // along the fold, a half inch from head and tail.
    if !side.front && side.sheet + 1 == imp.signature {
        let inset = 36.0;
        for i in 0..5 {
            let y = bottom + inset + (h - 2.0 * inset) * i as f32 / 4.0;
            let _ = writeln!(ops, "{:.3} {y:.3} m {:.3} {y:.3} l S", mid - 4.0, mid + 4.0);
        }
    }
    // The signature-order mark: a block on the spine of each outer sheet, lower for
    // each signature, so the gathered book shows a diagonal when in order.
    if side.front && side.sheet == 0 {
        let step = (h - 36.0) / signatures.max(1) as f32;
        let y = top - 18.0 - step * side.signature as f32 - step.min(18.0);
        let _ = writeln!(
            ops,
            "0 g {:.3} {y:.3} 6 {:.3} re f",
            mid - 3.0,
            step.min(18.0)
        );
    }
    ops + "Q\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Layout;

    fn imp(signature: usize, creep: f32) -> Imposition {
        Imposition {
            sheet: (612.0, 792.0),
            layout: Layout::Folio,
            signature,
            creep,
            marks: false,
        }
    }

    #[test]
    fn saddle_order_of_a_four_sheet_signature() {
        let s = sides(&imp(4, 0.0), 32, (396.0, 612.0));
        assert_eq!(s.len(), 16);
        let order: Vec<(usize, usize)> = s
            .iter()
            .map(|s| (s.pages[0].page + 1, s.pages[1].page + 1))
            .collect();
        assert_eq!(
            &order[..8],
            &[
                (16, 1),
                (2, 15),
                (14, 3),
                (4, 13),
                (12, 5),
                (6, 11),
                (10, 7),
                (8, 9)
            ]
        );
        assert_eq!(order[8], (32, 17));
        // Every page once.
        let mut all: Vec<usize> = order.iter().flat_map(|&(a, b)| [a, b]).collect();
        all.sort();
        assert_eq!(all, (1..=32).collect::<Vec<_>>());
    }

    #[test]
    fn creep_moves_sheets_about_the_centre() {
        let i = imp(4, 1.0);
        let c: Vec<f32> = (0..4).map(|k| creep(&i, k)).collect();
        assert_eq!(c, vec![-1.5, -0.5, 0.5, 1.5]);
        let flat = sides(&imp(4, 0.0), 16, (396.0, 612.0));
        let crept = sides(&i, 16, (396.0, 612.0));
        for (a, b) in flat.iter().zip(&crept) {
            let k = a.sheet as f32;
            // Left pages move right (toward the fold) and right pages left, alike.
            assert_eq!(b.pages[0].x - a.pages[0].x, k - 1.5);
            assert_eq!(a.pages[1].x - b.pages[1].x, k - 1.5);
        }
    }
}
