//! Write stage, page content: a frame's glyph runs → printpdf text operations (one text
//! matrix and glyph string per segment, kerning and justification as offsets against the
//! written widths), and a page's link annotations.

use super::subset::Face;
use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::frame::{Frame, Link};
use printpdf::{
    Actions, Codepoint, Destination, LinkAnnotation, Op, PdfFontHandle, Pt, Rect, TextItem,
    TextMatrix,
};

/// Tolerance, in thousandths of an em, for a glyph's distance from its set position
/// (0.022 pt at 11 pt: under one device pixel even at 2400 dpi). printpdf's widths are
/// truncated to whole units, so the pen falls behind by half a unit per glyph on
/// average; an offset is written only when the distance reaches the tolerance, and
/// then puts the pen ahead by almost the tolerance, so the next one comes later. At
/// this tolerance most words need no correction inside them (the offset at each space
/// puts the pen right anyway): a third fewer offsets and 6% smaller files than at 1.
pub(super) const DRIFT_UNITS: f32 = 2.0;
/// Where a correction puts the pen, relative to the set position (see [`DRIFT_UNITS`]).
const DRIFT_TARGET: f32 = 0.8 * DRIFT_UNITS;

/// Link annotations of a page (screen profile only).
pub(super) fn link_ops(links: &[Link]) -> Vec<Op> {
    links
        .iter()
        .map(|link| {
            let [x, y, lw, lh] = link.rect;
            Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    Rect::from_xywh(Pt(x), Pt(y), Pt(lw), Pt(lh)),
                    Actions::Goto(Destination::Xyz {
                        page: link.target + 1,
                        left: None,
                        top: None,
                        zoom: None,
                    }),
                    // No border: a book's contents should not look like a web form.
                    Some(printpdf::BorderArray::Solid([0.0, 0.0, 0.0])),
                    None,
                    None,
                ),
            }
        })
        .collect()
}

/// Rounds to 1/100 (of a point or of a thousandth of an em): what we place to.
fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// The text operations of one page: one text section; a font change where the face or
/// size changes; per segment (consecutive glyphs of one face and size on one baseline,
/// across runs: a line is usually one segment) one text matrix and one glyph string,
/// kerning and justification as offsets. Glyphs carry an empty text: the fonts' ToUnicode
/// maps come from the inventory page, and an empty `String` costs no allocation.
pub(super) fn page_ops(frame: &Frame, faces: &[Option<Face>]) -> Vec<Op> {
    let mut ops = Vec::with_capacity(frame.lines.len() * 3 + 2);
    ops.push(Op::StartTextSection);
    let mut font: Option<(FontKey, f32)> = None;
    // The open segment: its baseline, the pen (where the viewer's pen is after the
    // glyphs so far) and the glyphs.
    let mut seg: Option<(f32, f32, Vec<Codepoint>)> = None;
    let flush = |seg: &mut Option<(f32, f32, Vec<Codepoint>)>, ops: &mut Vec<Op>| {
        if let Some((_, _, cps)) = seg.take() {
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(cps)],
            });
        }
    };
    for line in &frame.lines {
        let glyphs_in_line: usize = line.runs.iter().map(|r| r.glyphs.len()).sum();
        for run in &line.runs {
            let Some(face) = faces.get(run.font as usize).and_then(Option::as_ref) else {
                continue;
            };
            if run.glyphs.is_empty() {
                continue;
            }
            if font != Some((run.font, run.size)) {
                flush(&mut seg, &mut ops);
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(face.id.clone()),
                    size: Pt(run.size),
                });
                font = Some((run.font, run.size));
            }
            let k = run.size / 1000.0;
            for g in &run.glyphs {
                let y = g.y(line.y);
                if seg.as_ref().is_some_and(|s| s.0 != y) {
                    flush(&mut seg, &mut ops);
                }
                let (_, pen, cps) = seg.get_or_insert_with(|| {
                    let x = round2(g.x);
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(Pt(x), Pt(round2(y))),
                    });
                    (y, x, Vec::with_capacity(glyphs_in_line))
                });
                // Offsets are thousandths of an em, subtracted from the pen after the
                // glyph they follow.
                let drift = (*pen - g.x) / k;
                if drift.abs() >= DRIFT_UNITS
                    && let Some(prev) = cps.last_mut()
                {
                    let adj = round2(drift - DRIFT_TARGET);
                    prev.offset = adj;
                    *pen -= adj * k;
                }
                let gid = face.remap[usize::from(g.gid)];
                cps.push(Codepoint {
                    gid,
                    offset: 0.0,
                    cid: Some(String::new()),
                });
                *pen += face.widths.get(usize::from(gid)).copied().unwrap_or(0.0) * k;
            }
        }
    }
    flush(&mut seg, &mut ops);
    ops.push(Op::EndTextSection);
    ops
}

#[cfg(test)]
mod tests {
    use crate::render::pdf::fonts::FontKey;
    use crate::render::pdf::frame::{Frame, GlyphRun, LineKind, PlacedGlyph, TextLine};

    /// Replays the viewer's pen over `page_ops`: each glyph's x where the viewer draws it.
    fn drawn_x(ops: &[printpdf::Op], widths: &[f32], size: f32) -> Vec<f32> {
        use printpdf::{Op, TextItem, TextMatrix};
        let mut pen = 0.0;
        let mut out = Vec::new();
        for op in ops {
            match op {
                Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(x, _),
                } => pen = x.0,
                Op::ShowText { items } => {
                    for item in items {
                        if let TextItem::GlyphIds(cps) = item {
                            for cp in cps {
                                out.push(pen);
                                pen += (widths[usize::from(cp.gid)] - cp.offset) * size / 1000.0;
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn every_glyph_is_drawn_within_the_tolerance_of_its_set_position() {
        // Widths as the layout measured them (fractional thousandths of an em) and as
        // printpdf writes them (truncated): the pen drifts and must be corrected.
        let exact: Vec<f32> = (0..40).map(|g| 400.0 + g as f32 * 7.77).collect();
        let written: Vec<f32> = exact.iter().map(|w| w.trunc()).collect();
        let face = super::super::subset::Face {
            id: printpdf::FontId("F0".into()),
            remap: (0..super::super::subset::GIDS).map(|g| g as u16).collect(),
            widths: written.clone(),
        };
        let faces = vec![Some(face), None, None, None];
        let size = 11.0;
        // 300 glyphs: words of 1 to 9 letters, spaces stretched by varying amounts.
        let mut glyphs = Vec::new();
        let mut x = 50.0;
        for i in 0..300u16 {
            let gid = i * 7 % 40;
            glyphs.push(PlacedGlyph { gid, x, dy: 0 });
            x += exact[usize::from(gid)] * size / 1000.0;
            if i % 9 == 8 || i % 5 == 4 {
                x += 2.5 + f32::from(i % 3) * 0.37;
            }
        }
        let want: Vec<f32> = glyphs.iter().map(|g| g.x).collect();
        let frame = Frame {
            lines: vec![TextLine {
                y: 100.0,
                runs: vec![GlyphRun {
                    font: FontKey::Regular,
                    size,
                    glyphs,
                }],
                text: String::new(),
                kind: LineKind::Justified,
            }],
            links: Vec::new(),
        };
        let ops = super::page_ops(&frame, &faces);
        let got = drawn_x(&ops, &written, size);
        assert_eq!(got.len(), want.len());
        // Rounding of positions and offsets to 1/100 adds a little to the tolerance.
        let tolerance = (super::DRIFT_UNITS + 0.02) * size / 1000.0 + 0.005;
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert!(
                (g - w).abs() <= tolerance,
                "glyph {i}: drawn at {g}, set at {w} (tolerance {tolerance})"
            );
        }
        // Without the offsets, glyphs land well off their positions: the test has teeth.
        let mut bare = ops.clone();
        for op in &mut bare {
            if let printpdf::Op::ShowText { items } = op {
                for item in items {
                    if let printpdf::TextItem::GlyphIds(cps) = item {
                        cps.iter_mut().for_each(|cp| cp.offset = 0.0);
                    }
                }
            }
        }
        let off = drawn_x(&bare, &written, size);
        assert!(
            off.iter()
                .zip(&want)
                .any(|(g, w)| (g - w).abs() > 10.0 * tolerance)
        );
    }
}
