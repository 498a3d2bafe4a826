//! Write stage, page content: a frame's glyph runs → printpdf text operations (one text
//! matrix and glyph string per segment, kerning and justification as offsets against the
//! written widths), and a page's link annotations.

mod pen;

use super::emoji;
use super::subset::{Face, Pictures, mirror_slot, soft_slot, spelled_slot};
use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::frame::{Artifact, Flow, Frame, LineKind, Link, PlacedGlyph, Tag, Tree};
use pen::Pen;
use printpdf::{Actions, Destination, LinkAnnotation, Op, Pt, Rect};

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

/// element it belongs to.
///
/// One text section; a font change where the face or size changes; per segment
/// (consecutive glyphs of one face and size on one baseline, across runs: a line is
/// usually one segment) one text matrix and one glyph string, kerning and justification
/// as offsets. Glyphs are bare codes: the fonts' ToUnicode maps come from the inventory
/// page. The text operations go to printpdf as pass-through operations (see
/// [`Pen::flush`]), so the content documents must be saved with `secure: false`.
///
/// Every line is marked content: text as a sequence with an MCID (one per line, so a
/// line end is a word boundary to whoever reads the structure), furniture, ornaments
/// and leaders as `/Artifact`. A hyphenated line's sequence runs on into the next line,
/// and its hyphen is drawn in the face's soft-hyphen copy (ToUnicode U+00AD), so the
/// word reads whole. Sequences never nest: poppler's reader ends an MCID sequence at
/// the first `EMC` inside it.
pub(super) fn page_ops(
    frame: &Frame,
    faces: &[Option<Face>],
    pictures: &Pictures,
    tree: &Tree,
) -> (Vec<Op>, Vec<u32>) {
    let mut pen = Pen::new(faces, frame.lines.len() * 5 + 2);
    pen.ops.push(Op::StartTextSection);
    let mut mcids: Vec<u32> = Vec::new();
    let mut open: Option<Tag> = None;
    // Emoji drawn as pictures, placed after the text (no image inside a text object).
    let mut placed: Vec<emoji::Placed> = Vec::new();
    for (i, line) in frame.lines.iter().enumerate() {
        let split = line.leaders.unwrap_or(line.runs.len()).min(line.runs.len());
        let hyphenated = line.kind == LineKind::Hyphenated && line.leaders.is_none();
        // The inserted hyphen: the line's last glyph.
        let last_run = line.runs.iter().rposition(|r| !r.glyphs.is_empty());
        // A list item's label (its bullet or number) is its `Lbl`'s text.
        let label = match line.tag {
            Tag::Content(e) if line.label > 0 => tree.label_of(e).map(Tag::Content),
            _ => None,
        };
        let lab = label.map_or(0, |_| line.label.min(split));
        let parts = [
            (0, &line.runs[..lab], label.unwrap_or(line.tag)),
            (lab, &line.runs[lab..split], line.tag),
            (split, &line.runs[split..], Tag::Artifact(Artifact::Layout)),
        ];
        for (first, runs, tag) in parts {
            if runs.iter().all(|r| r.glyphs.is_empty()) {
                continue;
            }
            if open != Some(tag) {
                pen.end(&mut open);
                pen.begin(tag, tree, &mut mcids);
                open = Some(tag);
            }
            for (ri, run) in runs.iter().enumerate() {
                let slot = match run.flow {
                    _ if run.spelled.is_some() => spelled_slot(run.font),
                    Flow::Mirrored => mirror_slot(run.font),
                    _ => run.font as usize,
                };
                if faces.get(slot).and_then(Option::as_ref).is_none() {
                    continue;
                }
                // The inserted hyphen, drawn from the soft-hyphen copy when there is one.
                let soft = hyphenated
                    && Some(first + ri) == last_run
                    && run.spelled.is_none()
                    && faces.get(soft_slot(run.font)).is_some_and(Option::is_some);
                let (body, hyphen) = match soft {
                    true => run.glyphs.split_at(run.glyphs.len() - 1),
                    false => (&run.glyphs[..], &[][..]),
                };
                if run.font == FontKey::Emoji {
                    let at = |g: &PlacedGlyph| (g.gid, g.x, g.y(line.y), run.size);
                    placed.extend(run.glyphs.iter().map(at));
                }
                pen.glyphs(slot, run, body, line.y);
                pen.glyphs(soft_slot(run.font), run, hyphen, line.y);
            }
        }
        // A sequence stays open over a line end only inside a hyphenated word.
        let runs_on = hyphenated
            && matches!(line.tag, Tag::Content(_))
            && frame
                .lines
                .get(i + 1)
                .is_some_and(|next| next.tag == line.tag);
        if !runs_on {
            pen.end(&mut open);
        }
    }
    pen.end(&mut open);
    pen.ops.push(Op::EndTextSection);
    if !pictures.is_empty() {
        emoji::picture_ops(&placed, pictures, &mut pen.ops);
    }
    (pen.ops, mcids)
}

#[cfg(test)]
mod tests {
    use crate::render::pdf::fonts::FontKey;
    use crate::render::pdf::frame::{Frame, GlyphRun, LineKind, PlacedGlyph, TextLine};

    /// Replays the viewer's pen over `page_ops`: each glyph's x where the viewer draws it.
    fn drawn_x(ops: &[printpdf::Op], widths: &[f32], size: f32) -> Vec<f32> {
        use printpdf::{DictItem, Op};
        let num = |d: &DictItem| match d {
            DictItem::Real(v) | DictItem::Float(v) => Some(*v),
            DictItem::Int(i) => Some(*i as f32),
            _ => None,
        };
        let mut pen = 0.0;
        let mut out = Vec::new();
        for op in ops {
            let Op::Unknown { key, value } = op else {
                continue;
            };
            if let Some(m) = key.strip_suffix(" Tm") {
                pen = m.split(' ').nth(4).unwrap().parse().unwrap();
                continue;
            }
            let items = match (key.as_str(), &value[..]) {
                ("TJ", [DictItem::Array(items)]) => items.clone(),
                _ => match key.strip_suffix(" TJ") {
                    Some(array) => tj_items(array.as_bytes()),
                    None => continue,
                },
            };
            for item in &items {
                match item {
                    DictItem::String { data, .. } => {
                        for code in data.chunks_exact(2) {
                            let gid = u16::from_be_bytes([code[0], code[1]]);
                            out.push(pen);
                            pen += widths[usize::from(gid)] * size / 1000.0;
                        }
                    }
                    other => pen -= num(other).unwrap() * size / 1000.0,
                }
            }
        }
        out
    }

    /// The items of a `TJ` array written whole (`[(..) -3(..)]`): strings unescaped.
    fn tj_items(array: &[u8]) -> Vec<printpdf::DictItem> {
        use printpdf::DictItem;
        let inner = &array[1..array.len() - 1];
        let mut items = Vec::new();
        let mut i = 0;
        while i < inner.len() {
            match inner[i] {
                b'(' => {
                    let mut data = Vec::new();
                    let mut depth = 0;
                    i += 1;
                    loop {
                        match inner[i] {
                            b'\\' => {
                                i += 1;
                                data.push(if inner[i] == b'r' { b'\r' } else { inner[i] });
                            }
                            b')' if depth == 0 => break,
                            b => {
                                depth += i32::from(b == b'(') - i32::from(b == b')');
                                data.push(b);
                            }
                        }
                        i += 1;
                    }
                    i += 1;
                    items.push(DictItem::String {
                        data,
                        literal: true,
                    });
                }
                b' ' => i += 1,
                _ => {
                    let end = (i..inner.len())
                        .find(|&j| matches!(inner[j], b' ' | b'('))
                        .unwrap_or(inner.len());
                    let n = std::str::from_utf8(&inner[i..end]).unwrap();
                    items.push(DictItem::Int(n.parse().unwrap()));
                    i = end;
                }
            }
        }
        items
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
            spelled: Vec::new(),
            base_font: String::new(),
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
                    flow: Default::default(),
                    spelled: None,
                }],
                text: String::new(),
                kind: LineKind::Justified,
                tag: crate::render::pdf::frame::Tag::Content(0),
                leaders: None,
                label: 0,
            }],
            links: Vec::new(),
        };
        let (ops, _) = super::page_ops(&frame, &faces, &Default::default(), &Default::default());
        let got = drawn_x(&ops, &written, size);
        assert_eq!(got.len(), want.len());
        // Offsets are whole units, so the drift stays under the tolerance; rounding the
        // segment's start to 1/100 pt adds a little.
        let tolerance = super::pen::DRIFT_UNITS * size / 1000.0 + 0.005;
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert!(
                (g - w).abs() <= tolerance,
                "glyph {i}: drawn at {g}, set at {w} (tolerance {tolerance})"
            );
        }
        // Without the offsets, glyphs land well off their positions: the test has teeth.
        let mut bare = ops.clone();
        for op in &mut bare {
            if let printpdf::Op::Unknown { key, value } = op
                && let Some(array) = key.strip_suffix(" TJ")
            {
                let mut items = tj_items(array.as_bytes());
                items.retain(|i| matches!(i, printpdf::DictItem::String { .. }));
                *value = vec![printpdf::DictItem::Array(items)];
                *key = "TJ".into();
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
