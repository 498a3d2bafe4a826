//! Imposition stage: the interior PDF → its pages on printer's sheets, in signatures,
//! for folding and sewing by hand.
//!
//! Input: the interior's bytes (already padded to whole signatures by the print-run
//! stage) and `[imposition]`. Output: one PDF of sheet sides, fronts and backs
//! alternating for duplex printing; each back is the sheet turned over left to right
//! (flip on the long edge for an upright sheet — quarto, sextodecimo — and on the short
//! edge for a landscape one — folio, octavo). Each interior page becomes a Form XObject
//! cut at its TrimBox, drawn in the cell [`fold`] gives it: a folio's pages upright,
//! side by side in saddle order (sheet k from the outside: front 4S−2k | 2k+1, back
//! 2k+2 | 4S−2k−1, 1-based); a quarto's, octavo's and sextodecimo's heads to heads
//! across the head folds, so every page reads in order once the sheet is folded and
//! its bolts cut. Pages keep their own size unless `scale = "fit"` shrinks them.
//!
//! Creep moves each page along the sheet toward its spine, by `creep` times its
//! bifolium's distance from the signature's centre (away from the spine for the outer
//! half), so the fore-edges line up once folded. Marks, when asked: folds at the
//! sheet's edges, cut marks at the corners of the pages, sewing stations on the spine
//! of each signature's centre spread and a signature-order mark on the spine of each
//! outer sheet, stepping down from one signature to the next ([`marks`]).

mod fold;
mod marks;

use crate::config::{Imposition, PdfSettings, grid};
use lopdf::{Dictionary, Object, ObjectId, Stream};
use std::fmt::Write as _;

/// Where one interior page lands on a sheet side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// The interior page (0-based).
    pub page: usize,
    /// Its cell on the sheet: left, bottom, width, height in points. The page is drawn
    /// inside it (creep may push a sliver of margin out; it is clipped).
    pub cell: [f32; 4],
    /// Printed upside down.
    pub rotated: bool,
    /// Creep: the page's move along the sheet's width, in points (+ to the right).
    pub shift: f32,
    /// A recto (its spine on its left as read).
    pub recto: bool,
}

impl Placement {
    /// The matrix drawing the page (trim at `origin`, scaled by `scale`) in its cell.
    pub fn matrix(&self, origin: (f32, f32), scale: f32) -> [f32; 6] {
        let [x, y, w, h] = self.cell;
        let (ox, oy) = origin;
        if self.rotated {
            // The trim's lower left goes to the cell's upper right.
            [
                -scale,
                0.0,
                0.0,
                -scale,
                x + w + self.shift + scale * ox,
                y + h + scale * oy,
            ]
        } else {
            [
                scale,
                0.0,
                0.0,
                scale,
                x + self.shift - scale * ox,
                y - scale * oy,
            ]
        }
    }
}

/// One side of a sheet: its pages and which signature and sheet it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// Row by row from the top, left to right.
    pub pages: Vec<Placement>,
    pub signature: usize,
    pub sheet: usize,
    pub front: bool,
}

/// Every sheet side for `pages` interior pages of `trim`, in printing order.
pub fn sides(imp: &Imposition, pages: usize, trim: (f32, f32)) -> Vec<Side> {
    let ((sw, sh), scale) = imp.sheet_for(trim);
    let (cw, ch) = (trim.0 * scale, trim.1 * scale);
    let (cols, rows) = grid(imp.layout);
    let (x0, top) = ((sw - cols as f32 * cw) / 2.0, (sh + rows as f32 * ch) / 2.0);
    let per = imp.pages_per_signature();
    let per_sheet = 2 * cols * rows;
    let cells = fold::sheet(imp.layout);
    let bifolia = per / 4;
    let mut out = Vec::new();
    for sig in 0..pages.div_ceil(per) {
        for k in 0..imp.signature {
            for front in [true, false] {
                let mut placed: Vec<Placement> = cells
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.front == front)
                    .map(|(local, c)| {
                        let page = fold::signature_page(local, k, imp.signature, per_sheet);
                        let depth = fold::depth(page, per) as f32;
                        let toward = imp.creep * (depth - (bifolia as f32 - 1.0) / 2.0);
                        // Toward the spine: left on a recto as read, right on a verso;
                        // the other way on the sheet when the page is upside down.
                        let recto = page.is_multiple_of(2);
                        let read = if recto { -toward } else { toward };
                        Placement {
                            page: sig * per + page,
                            cell: [
                                x0 + c.col as f32 * cw,
                                top - (c.row + 1) as f32 * ch,
                                cw,
                                ch,
                            ],
                            rotated: c.rotated,
                            shift: if c.rotated { -read } else { read },
                            recto,
                        }
                    })
                    .collect();
                placed.sort_by(|a, b| {
                    (b.cell[1], a.cell[0])
                        .partial_cmp(&(a.cell[1], b.cell[0]))
                        .unwrap_or(std::cmp::Ordering::Equal)
                });
                out.push(Side {
                    pages: placed,
                    signature: sig,
                    sheet: k,
                    front,
                });
            }
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
    let ((sw, sh), scale) = imp.sheet_for(trim);
    let sides = sides(imp, page_ids.len(), trim);
    let signatures = sides.len() / (2 * imp.signature);
    let mut kids = Vec::with_capacity(sides.len());
    for side in &sides {
        let mut ops = String::new();
        let mut xobjects = Dictionary::new();
        for p in &side.pages {
            let Some(&(form, origin)) = forms.get(p.page) else {
                continue;
            };
            let name = format!("P{}", p.page);
            xobjects.set(name.as_bytes().to_vec(), form);
            let [x, y, w, h] = p.cell;
            let [a, b, c, d, e, f] = p.matrix(origin, scale);
            let _ = writeln!(
                ops,
                "q {x:.3} {y:.3} {w:.3} {h:.3} re W n {a:.4} {b} {c} {d:.4} {e:.3} {f:.3} cm /{name} Do Q",
            );
        }
        if imp.marks {
            ops += &marks::marks(imp, side, (sw, sh), signatures);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Layout;

    fn imp(layout: Layout, signature: usize, creep: f32) -> Imposition {
        Imposition {
            sheet: (612.0, 792.0),
            layout,
            signature,
            creep,
            marks: false,
            fit: true,
        }
    }

    #[test]
    fn saddle_order_of_a_four_sheet_signature() {
        let s = sides(&imp(Layout::Folio, 4, 0.0), 32, (396.0, 612.0));
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

    /// Where a page's trim point (`x`, `y`) lands on the sheet.
    fn apply(m: [f32; 6], (x, y): (f32, f32)) -> (f32, f32) {
        (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
    }

    #[test]
    fn pages_fill_their_cells_and_creep_moves_them_toward_the_spine() {
        // A trim with its origin off zero (a verso with bleed), to see it cancelled.
        let (w, h, origin) = (198.0, 306.0, (9.0, 9.0));
        for layout in [
            Layout::Folio,
            Layout::Quarto,
            Layout::Octavo,
            Layout::Sextodecimo,
        ] {
            for (sheets, creep) in [(1, 0.0), (3, 0.0), (3, 0.5), (4, 0.3)] {
                let i = imp(layout, sheets, creep);
                let per = i.pages_per_signature();
                let ((sw, _), scale) = i.sheet_for((w, h));
                let (cols, _) = grid(layout);
                let (cw, x0) = (w * scale, (sw - cols as f32 * w * scale) / 2.0);
                // The spine folds run down the middle of each two-column strip.
                let spines: Vec<f32> = (0..cols / 2)
                    .map(|s| x0 + (2 * s + 1) as f32 * cw)
                    .collect();
                // Bifolia of the signature, and each page's from the outside: the
                // leaves before it in its half of the signature.
                let bifolia = per / 4;
                for side in sides(&i, 2 * per, (w, h)) {
                    for p in &side.pages {
                        let g = p.page % per;
                        let leaf = g / 2;
                        let depth = leaf.min(per / 2 - 1 - leaf) as f32;
                        let t = creep * (depth - (bifolia as f32 - 1.0) / 2.0);
                        let m = p.matrix(origin, scale);
                        // The page's spine edge as read: left of a recto, right of a verso.
                        let edge = if g.is_multiple_of(2) {
                            origin.0
                        } else {
                            origin.0 + w
                        };
                        let (x, _) = apply(m, (edge, origin.1));
                        let [cx, cy, _, ch] = p.cell;
                        let on = |a: f32, b: f32| (a - b).abs() < 1e-3;
                        let spine = spines
                            .iter()
                            .copied()
                            .find(|&s| on(s, cx) || on(s, cx + cw))
                            .unwrap_or_else(|| panic!("{layout:?}: no spine by {p:?}"));
                        // Toward the spine by t: past the spine line by t.
                        let want = if on(spine, cx) { spine - t } else { spine + t };
                        assert!(
                            on(x, want),
                            "{layout:?} {sheets} sheets page {}: spine edge at {x}, want {want}",
                            p.page
                        );
                        // Head and foot on the cell's top and bottom, the right way up.
                        let (_, foot) = apply(m, origin);
                        let (_, head) = apply(m, (origin.0, origin.1 + h));
                        let (want_foot, want_head) = if p.rotated {
                            (cy + ch, cy)
                        } else {
                            (cy, cy + ch)
                        };
                        assert!(
                            on(foot, want_foot) && on(head, want_head),
                            "{layout:?} {p:?}"
                        );
                    }
                }
            }
        }
    }
}
