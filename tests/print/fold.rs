//! Quarto, octavo and sextodecimo, checked by folding: the imposed sheets are folded
//! here the way the README tells a binder to fold them, and the pages must then come
//! in the interior's order, each the right way up. The folding is simulated apart from
//! Quire's own table: pieces of paper with a place, a layer and a facing, folded over
//! lines; what a piece carries is read off the imposed PDF with pdftotext.

use super::*;

/// One cell's piece of a sheet while it is folded.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// The cell on the front as printed (column from the left, row from the top).
    cell: (usize, usize),
    /// Its centre, in cell widths and heights from the sheet's top left.
    x: f64,
    y: f64,
    /// Layer from the top of the folded stack.
    z: usize,
    /// The front of the sheet faces up.
    front_up: bool,
    /// What was the top of the sheet still points up.
    head_up: bool,
}

/// The binder's folds: `true` a vertical fold, the left half taken under the right;
/// `false` a horizontal one, the top half taken under the bottom. The last is the spine.
fn binder_folds(layout: &str) -> (usize, usize, Vec<bool>) {
    match layout {
        "quarto" => (2, 2, vec![false, true]),
        "octavo" => (4, 2, vec![true, false, true]),
        "sextodecimo" => (4, 4, vec![false, true, false, true]),
        _ => panic!("{layout}"),
    }
}

/// A page as read in the folded sheet: which side of the sheet (front or back, as
/// printed: the back seen turned over left to right), the cell there, and whether it
/// must be printed upside down to read upright once folded.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Read {
    front: bool,
    col: usize,
    row: usize,
    upside_down: bool,
}

/// The pages of one sheet in reading order once folded.
fn fold_sheet(layout: &str) -> Vec<Read> {
    let (cols, rows, folds) = binder_folds(layout);
    let mut pieces: Vec<Piece> = (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (c, r)))
        .map(|(c, r)| Piece {
            cell: (c, r),
            x: c as f64 + 0.5,
            y: r as f64 + 0.5,
            z: 0,
            front_up: true,
            head_up: true,
        })
        .collect();
    let (mut left, right, mut top, bottom) = (0.0, cols as f64, 0.0, rows as f64);
    let mut layers = 1;
    let mut spine = 0.0;
    for vertical in folds {
        for p in &mut pieces {
            let (moving, mid) = if vertical {
                let mid = (left + right) / 2.0;
                (p.x < mid, mid)
            } else {
                let mid = (top + bottom) / 2.0;
                (p.y < mid, mid)
            };
            if moving {
                // Over the line and under the rest: mirrored, layers reversed below,
                // the other face up.
                if vertical {
                    p.x = 2.0 * mid - p.x;
                } else {
                    p.y = 2.0 * mid - p.y;
                    p.head_up = !p.head_up;
                }
                p.z = 2 * layers - 1 - p.z;
                p.front_up = !p.front_up;
            }
        }
        if vertical {
            left = (left + right) / 2.0;
            spine = left;
        } else {
            top = (top + bottom) / 2.0;
        }
        layers *= 2;
    }
    // One stack, its spine on the left.
    assert!(
        pieces
            .iter()
            .all(|p| p.x == pieces[0].x && p.y == pieces[0].y)
    );
    assert_eq!(spine, left, "the spine is the folded sheet's left edge");
    pieces.sort_by_key(|p| p.z);
    pieces
        .iter()
        .flat_map(|p| {
            let (c, r) = p.cell;
            let front = Read {
                front: true,
                col: c,
                row: r,
                upside_down: !p.head_up,
            };
            let back = Read {
                front: false,
                col: cols - 1 - c,
                ..front
            };
            // The face up is the recto, the face down its verso.
            if p.front_up {
                [front, back]
            } else {
                [back, front]
            }
        })
        .collect()
}

/// For every page of a book of `pages` pages in signatures of `sheets` sheets: the
/// imposed PDF's page (1-based) and the cell that carries it. The folded sheets of a
/// signature are nested in order, the first outermost: each sheet's first half of
/// pages comes before those of the sheets inside it, its second half after.
fn book_order(layout: &str, sheets: usize, pages: usize) -> Vec<(usize, Read)> {
    let one = fold_sheet(layout);
    let per_sheet = one.len();
    let half = per_sheet / 2;
    let per = sheets * per_sheet;
    let mut out = Vec::new();
    for sig in 0..pages / per {
        let side = |k: usize, r: &Read| 2 * (sig * sheets + k) + usize::from(!r.front) + 1;
        for k in 0..sheets {
            out.extend(one[..half].iter().map(|r| (side(k, r), *r)));
        }
        for k in (0..sheets).rev() {
            out.extend(one[half..].iter().map(|r| (side(k, r), *r)));
        }
    }
    out
}

/// The centre and writing direction (x of `dir`) of every line of text on a page, from
/// mutool's structured text (points from the top left).
fn line_directions(pdf: &Path, page: usize) -> Vec<(f64, f64, f64)> {
    let xml = common::tool(
        "mutool",
        &[
            "draw",
            "-F",
            "stext",
            "-o",
            "-",
            pdf.to_str().unwrap(),
            &page.to_string(),
        ],
    );
    xml.split("<line ")
        .skip(1)
        .filter_map(|l| {
            let attr = |name: &str| -> Option<Vec<f64>> {
                let i = l.find(&format!("{name}=\""))? + name.len() + 2;
                Some(
                    l[i..]
                        .split('"')
                        .next()?
                        .split(' ')
                        .filter_map(|v| v.parse().ok())
                        .collect(),
                )
            };
            let (b, d) = (attr("bbox")?, attr("dir")?);
            Some(((b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0, d[0]))
        })
        .collect()
}

#[test]
fn folding_the_quarto_and_octavo_sheets_gives_the_pages_in_order() {
    let dir = common::scratch("print", "fold");
    let (w, h, bleed) = (5.5 * IN, 8.5 * IN, 0.125 * IN);
    // A book of our own, long enough for several signatures of each.
    let book = prose_book(
        &dir.join("book"),
        6,
        1_600,
        "\n[print]\nbleed = \"0.125in\"\n",
    );
    let toml = std::fs::read_to_string(book.join("book.toml")).unwrap();
    // Quarto on tabloid (11 × 17in: 2 × 2 pages at their own size); octavo and
    // sextodecimo shrunk onto tabloid (4 × 2 pages need 22 × 17in: 0.647 of it).
    for (layout, sheets, scale) in [
        ("quarto", 2, "none"),
        ("octavo", 2, "fit"),
        ("sextodecimo", 1, "fit"),
    ] {
        std::fs::write(
            book.join("book.toml"),
            format!(
                "{toml}\n[imposition]\nsheet = \"tabloid\"\nlayout = \"{layout}\"\nsignature = {sheets}\nscale = \"{scale}\"\nmarks = true\n"
            ),
        )
        .unwrap();
        let out = dir.join(format!("{layout}-out"));
        build(&book, &["pdf", "imposed"], &out);
        let interior = out.join("tide-tables.pdf");
        let imposed = out.join("tide-tables-imposed.pdf");
        qpdf_clean(&imposed);
        let n = page_count(&interior);
        let (cols, rows, _) = binder_folds(layout);
        let per = sheets * 2 * cols * rows;
        assert_eq!(n % per, 0, "{layout}: {n} pages, whole signatures of {per}");
        assert!(
            n / per >= 2,
            "{layout}: {n} pages, want two signatures or more"
        );
        // The sheet turned like the block of pages, which is centred on it and shrunk
        // only when asked.
        let sides = boxes(&imposed);
        assert_eq!(
            sides.len(),
            2 * n / per * sheets,
            "{layout}: a front and a back per sheet"
        );
        let [_, _, sw, sh] = sides[0]["MediaBox"];
        let (need_w, need_h) = (cols as f64 * w, rows as f64 * h);
        assert_eq!((sw > sh), (need_w > need_h), "{layout}: {sw} × {sh}");
        assert_eq!((sw.min(sh), sw.max(sh)), (11.0 * IN, 17.0 * IN), "tabloid");
        let s = if scale == "fit" {
            (sw / need_w).min(sh / need_h).min(1.0)
        } else {
            1.0
        };
        let (cw, ch) = (w * s, h * s);
        let (x0, y0) = ((sw - cols as f64 * cw) / 2.0, (sh - rows as f64 * ch) / 2.0);
        let trim_words = |page: usize| {
            let left = if page.is_multiple_of(2) { 0.0 } else { bleed };
            region_words(true, &interior, page + 1, (left, bleed, w, h))
        };
        let mut with_text = 0;
        for (page, (side, r)) in book_order(layout, sheets, n).into_iter().enumerate() {
            // Inset by a point so a neighbour's edge is not read.
            let cell = (
                x0 + r.col as f64 * cw + 1.0,
                y0 + r.row as f64 * ch + 1.0,
                cw - 2.0,
                ch - 2.0,
            );
            let got = region_words(true, &imposed, side, cell);
            let want = trim_words(page);
            assert_eq!(
                got,
                want,
                "{layout}: page {} should be on side {side}, column {} row {}",
                page + 1,
                r.col,
                r.row
            );
            if want.len() < 2 {
                continue;
            }
            // Which way up it is printed: mutool reports each line's writing direction,
            // (1, 0) upright and (−1, 0) upside down.
            let dirs: Vec<f64> = line_directions(&imposed, side)
                .into_iter()
                .filter(|(x, y, _)| {
                    *x >= cell.0 && *x < cell.0 + cell.2 && *y >= cell.1 && *y < cell.1 + cell.3
                })
                .map(|(_, _, d)| d)
                .collect();
            with_text += 1;
            let want = if r.upside_down { -1.0 } else { 1.0 };
            assert!(
                !dirs.is_empty() && dirs.iter().all(|&d| d == want),
                "{layout}: page {} should be printed {}: lines run {dirs:?}",
                page + 1,
                if r.upside_down {
                    "upside down"
                } else {
                    "upright"
                }
            );
        }
        assert!(
            with_text > n / 2,
            "{layout}: {with_text} of {n} pages with text"
        );
        // Marks: the sewing stations lie across the spine between each signature's two
        // middle pages. Rendered, the spine line there carries short dark ticks.
        if sheets > 1 {
            let order = book_order(layout, sheets, n);
            let (side, a) = order[per / 2 - 1];
            let (other, b) = order[per / 2];
            assert_eq!(side, other, "{layout}: the centre spread is on one side");
            assert_eq!(
                (a.row, a.col.abs_diff(b.col)),
                (b.row, 1),
                "{layout}: side by side"
            );
            let spine = x0 + a.col.max(b.col) as f64 * cw;
            let dpi = 40.0;
            let img = render_page(
                &imposed,
                side,
                dpi as u32,
                &dir.join(format!("{layout}.ppm")),
            );
            let (iw, _, px) = &img;
            let at = |pt: f64| (pt / IN * dpi) as usize;
            let (top, bottom) = (at(y0 + a.row as f64 * ch), at(y0 + (a.row + 1) as f64 * ch));
            let inked = (top..bottom)
                .filter(|&y| {
                    (at(spine) - 1..at(spine) + 2).any(|x| {
                        px[(y * iw + x) * 3..(y * iw + x) * 3 + 3]
                            .iter()
                            .any(|&c| c < 0xA0)
                    })
                })
                .count();
            assert!(
                inked >= 5,
                "{layout}: {inked} inked rows on the centre spread's spine"
            );
        }
    }
}

#[test]
fn creep_moves_quarto_and_octavo_pages_toward_their_spines() {
    let dir = common::scratch("print", "fold-creep");
    let (w, h) = (5.5 * IN, 8.5 * IN);
    let mm = IN / 25.4;
    let book = prose_book(&dir.join("book"), 4, 1_600, "");
    let toml = std::fs::read_to_string(book.join("book.toml")).unwrap();
    for (layout, sheets) in [("quarto", 3), ("octavo", 2)] {
        let (cols, rows, _) = binder_folds(layout);
        // Per creep, per page as read: the leftmost word's x on its sheet.
        let mut lefts = Vec::new();
        for creep in ["0mm", "1mm"] {
            std::fs::write(
                book.join("book.toml"),
                format!(
                    "{toml}\n[imposition]\nsheet = \"tabloid\"\nlayout = \"{layout}\"\nsignature = {sheets}\nscale = \"fit\"\ncreep = \"{creep}\"\n"
                ),
            )
            .unwrap();
            let out = dir.join(format!("{layout}-{creep}"));
            build(&book, &["imposed"], &out);
            let imposed = out.join("tide-tables-imposed.pdf");
            let [_, _, sw, sh] = boxes(&imposed)[0]["MediaBox"];
            let s = (sw / (cols as f64 * w))
                .min(sh / (rows as f64 * h))
                .min(1.0);
            let (cw, ch) = (w * s, h * s);
            let (x0, y0) = ((sw - cols as f64 * cw) / 2.0, (sh - rows as f64 * ch) / 2.0);
            let n = page_count(&imposed) * cols * rows;
            let mut by_side = std::collections::HashMap::new();
            let order = book_order(layout, sheets, n);
            lefts.push(
                order
                    .iter()
                    .map(|&(side, r)| {
                        let ws = by_side.entry(side).or_insert_with(|| words(&imposed, side));
                        let (cx, cy) = (x0 + r.col as f64 * cw, y0 + r.row as f64 * ch);
                        ws.iter()
                            .filter(|(_, x, y)| {
                                *x >= cx && *x < cx + cw && *y >= cy && *y < cy + ch
                            })
                            .map(|(_, x, _)| *x)
                            .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.min(x))))
                    })
                    .collect::<Vec<_>>(),
            );
        }
        // A signature of P pages has P/4 bifolia; a page's is the leaves before it in
        // its half. It moves toward its spine by 1mm per bifolium from the centre: on a
        // recto toward its left as read, on a verso toward its right; on the sheet the
        // other way when printed upside down.
        let per = sheets * 2 * cols * rows;
        let bifolia = (per / 4) as f64;
        assert_eq!(
            lefts[0].len(),
            lefts[1].len(),
            "{layout}: creep adds no page"
        );
        let order = book_order(layout, sheets, lefts[0].len());
        let mut checked = 0;
        for (page, (_, r)) in order.iter().enumerate() {
            let (Some(a), Some(b)) = (lefts[0][page], lefts[1][page]) else {
                continue;
            };
            let g = page % per;
            let depth = (g / 2).min(per / 2 - 1 - g / 2) as f64;
            let t = mm * (depth - (bifolia - 1.0) / 2.0);
            let read = if g.is_multiple_of(2) { -t } else { t };
            let want = if r.upside_down { -read } else { read };
            assert!(
                (b - a - want).abs() < 0.05,
                "{layout}: page {} moved {} pt, want {want}",
                page + 1,
                b - a
            );
            checked += 1;
        }
        assert!(
            2 * checked > order.len(),
            "{layout}: {checked} of {} pages with text",
            order.len()
        );
    }
}
