//! Write stage, page content: a frame's glyph runs → printpdf text operations (one text
//! matrix and glyph string per segment, kerning and justification as offsets against the
//! written widths), and a page's link annotations.

use super::emoji;
use super::subset::{Face, Pictures, mirror_slot, soft_slot};
use super::tj::Tj;
use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::frame::{
    Artifact, Flow, Frame, GlyphRun, LineKind, Link, PlacedGlyph, Role, Tag, Tree,
};
use printpdf::{Actions, Destination, DictItem, LinkAnnotation, Op, PdfFontHandle, Pt, Rect};
use std::collections::BTreeMap;

/// Tolerance, in thousandths of an em, for a glyph's distance from its set position
/// (0.022 pt at 11 pt: under one device pixel even at 2400 dpi). printpdf's widths are
/// truncated to whole units, so the pen falls behind by half a unit per glyph on
/// average; an offset is written only when the distance reaches the tolerance, and
/// then puts the pen ahead by almost the tolerance, so the next one comes later. At
/// this tolerance most words need no correction inside them (the offset at each space
/// puts the pen right anyway): a third fewer offsets and 6% smaller files than at 1.
pub(super) const DRIFT_UNITS: f32 = 2.0;
/// Where a correction puts the pen, relative to the set position (see [`DRIFT_UNITS`]).
/// Offsets are whole units (an integer is written far faster than a float, and most
/// numbers in a page are offsets), so the pen lands within half a unit of this: at
/// most 1.9 units ahead, inside the tolerance.
const DRIFT_TARGET: f32 = 0.7 * DRIFT_UNITS;

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

/// Hundredths below this many are written by [`push_real`] itself (a test checks every
/// one against Rust's display); larger ones, beyond any page, as Rust displays them.
const HUNDREDTHS: i32 = 500_000;

/// Appends `v`, a value [`round2`] gave, as Rust displays an `f32` (`{v}`, as lopdf
/// writes a real): a whole number of hundredths is its integer part and up to two
/// decimals, no trailing zeros (`61.9`, `-0.05`, `100`). Two of these a text segment:
/// formatting them as floats was a fifth of writing its `Tm`.
fn push_real(out: &mut String, v: f32) {
    let k = (v * 100.0).round();
    // Only a value that is exactly the float of its hundredths, and not minus zero.
    if k.abs() >= HUNDREDTHS as f32 || k / 100.0 != v || (v == 0.0 && v.is_sign_negative()) {
        use std::fmt::Write;
        let _ = write!(out, "{v}");
        return;
    }
    let k = k as i32;
    if k < 0 {
        out.push('-');
    }
    let (whole, part) = (k.unsigned_abs() / 100, k.unsigned_abs() % 100);
    out.push_str(itoa::Buffer::new().format(whole));
    if part != 0 {
        out.push('.');
        out.push(char::from(b'0' + (part / 10) as u8));
        if part % 10 != 0 {
            out.push(char::from(b'0' + (part % 10) as u8));
        }
    }
}

/// The text operations of one page, and per marked-content id (MCID) the structure
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
    let mut pen = Pen {
        ops: Vec::with_capacity(frame.lines.len() * 5 + 2),
        faces,
        font: None,
        seg: None,
        after_rtl: false,
        tj: Tj::default(),
    };
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
                    Flow::Mirrored => mirror_slot(run.font),
                    _ => run.font as usize,
                };
                if faces.get(slot).and_then(Option::as_ref).is_none() {
                    continue;
                }
                // The inserted hyphen, drawn from the soft-hyphen copy when there is one.
                let soft = hyphenated
                    && Some(first + ri) == last_run
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

/// The page's operations as they are made: the current font and the open segment.
struct Pen<'a> {
    ops: Vec<Op>,
    faces: &'a [Option<Face>],
    /// Face slot and size.
    font: Option<(usize, f32)>,
    /// The open segment, if any.
    seg: Option<Segment>,
    /// Whether the last glyph drawn was in a right-to-left run.
    after_rtl: bool,
    /// The open segment's `TJ` array so far.
    tj: Tj,
}

/// Consecutive glyphs of one face and size on one baseline: one `Tm` and one `TJ`
/// (its array is the pen's [`Tj`]).
struct Segment {
    /// Baseline.
    y: f32,
    /// Where the viewer's pen is after the glyphs so far.
    pen: f32,
    /// Whether the segment's glyphs so far were shown by an earlier `TJ` (see
    /// [`Pen::part`]): the next one may need an offset before it.
    parted: bool,
}

impl Pen<'_> {
    /// Writes the open segment's glyphs: one `TJ`.
    ///
    /// Written as printpdf's pass-through operation (`Op::Unknown`, kept because the
    /// content documents are saved with `secure: false`) rather than `Op::ShowText`,
    /// which writes every glyph as its own hexadecimal string (`<0041><0042>`, a
    /// formatted write per byte and an object per glyph: the most expensive part of
    /// writing a book). Here the glyphs between two offsets are one literal string of
    /// their two-byte codes, as most PDF writers do, escaped as lopdf escapes a literal
    /// string (see [`Tj`]). The glyphs, offsets and so the drawn page are the same.
    fn flush(&mut self) {
        if self.seg.take().is_some() {
            self.ops.push(self.tj.take_op());
        }
    }

    /// Opens a marked-content sequence for `tag`; content gets the next MCID.
    fn begin(&mut self, tag: Tag, tree: &Tree, mcids: &mut Vec<u32>) {
        self.flush();
        let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
        let (tag, map) = match tag {
            Tag::Content(e) => {
                let role = tree.0.get(e as usize).map_or(Role::P, |el| el.role);
                let mcid = mcids.len();
                mcids.push(e);
                // Every line opens one: written whole as a pass-through operator, the
                // bytes lopdf writes for the tag and its one-entry dictionary as operands
                // (`/P <</MCID 7>> BDC`), without a dictionary made, copied into lopdf's
                // and dropped for each line. Role names need no escaping.
                self.ops.push(Op::Unknown {
                    key: format!("/{} <</MCID {mcid}>> BDC", role.name()),
                    value: Vec::new(),
                });
                return;
            }
            Tag::Artifact(a) => {
                let mut map = BTreeMap::new();
                match a {
                    Artifact::Header | Artifact::Footer => {
                        map.insert("Type".to_string(), name("Pagination"));
                        let sub = if a == Artifact::Header {
                            "Header"
                        } else {
                            "Footer"
                        };
                        map.insert("Subtype".to_string(), name(sub));
                    }
                    Artifact::Layout => {
                        map.insert("Type".to_string(), name("Layout"));
                    }
                }
                ("Artifact", map)
            }
        };
        self.ops.push(Op::BeginMarkedContentWithProperties {
            tag: tag.to_string(),
            properties: DictItem::Dict { map },
        });
    }

    /// Ends the open segment's `TJ` and sets its font again; the segment goes on (its
    /// pen and baseline) in a new `TJ`. Each glyph of a right-to-left run, and the one
    /// after it, is shown so ([`Flow::Rtl`]): pypdf reads the characters between two
    /// font settings as drawn left to right and reverses a right-to-left stretch of
    /// them, so a run drawn in logical order must reach it one glyph at a time, while
    /// poppler's structure text takes them in drawing order either way.
    #[cold]
    fn part(&mut self) {
        let Some(seg) = self.seg.as_mut() else {
            return;
        };
        if self.tj.is_empty() {
            return;
        }
        seg.parted = true;
        self.ops.push(self.tj.take_op());
        if let Some((slot, size)) = self.font
            && let Some(face) = self.faces.get(slot).and_then(Option::as_ref)
        {
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(face.id.clone()),
                size: Pt(size),
            });
        }
    }

    /// Closes the open sequence, if any.
    fn end(&mut self, open: &mut Option<Tag>) {
        if open.take().is_some() {
            self.flush();
            self.ops.push(Op::EndMarkedContent);
        }
    }

    /// Draws `glyphs` of `run` in face `slot` (at the run's size and in its flow) on the
    /// line whose baseline is `baseline`.
    fn glyphs(&mut self, slot: usize, run: &GlyphRun, glyphs: &[PlacedGlyph], baseline: f32) {
        let Some(face) = self.faces.get(slot).and_then(Option::as_ref) else {
            return;
        };
        if glyphs.is_empty() {
            return;
        }
        let size = run.size;
        if self.font != Some((slot, size)) {
            self.flush();
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(face.id.clone()),
                size: Pt(size),
            });
            self.font = Some((slot, size));
        }
        let k = size / 1000.0;
        let rtl = run.flow != Flow::Ltr;
        for g in glyphs {
            let y = g.y(baseline);
            if self.seg.as_ref().is_some_and(|s| s.y != y) {
                self.flush();
            }
            if rtl || self.after_rtl {
                self.after_rtl = rtl;
                self.part();
            }
            let ops = &mut self.ops;
            let seg = self.seg.get_or_insert_with(|| {
                let x = round2(g.x);
                // `1 0 0 1 x y Tm` (printpdf's `SetTextMatrix` formats all six as
                // floats), written whole as a pass-through operator: the bytes lopdf
                // writes for the six as operands (a real as Rust displays an `f32`),
                // without six objects made, copied and dropped for each segment.
                let mut key = String::with_capacity(32);
                key.push_str("1 0 0 1 ");
                push_real(&mut key, x);
                key.push(' ');
                push_real(&mut key, round2(y));
                key.push_str(" Tm");
                ops.push(Op::Unknown {
                    key,
                    value: Vec::new(),
                });
                Segment {
                    y,
                    pen: x,
                    parted: false,
                }
            });
            // Offsets are thousandths of an em, subtracted from the pen after the glyph
            // they follow.
            let drift = (seg.pen - g.x) / k;
            if drift.abs() >= DRIFT_UNITS && (self.tj.has_open_codes() || seg.parted) {
                let adj = (drift - DRIFT_TARGET).round();
                self.tj.offset(adj as i64);
                seg.pen -= adj * k;
            }
            let gid = face.remap[usize::from(g.gid)];
            self.tj.glyph(gid);
            seg.pen += face.widths.get(usize::from(gid)).copied().unwrap_or(0.0) * k;
        }
    }
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
    fn reals_are_written_as_rust_displays_them() {
        let mut out = String::new();
        let mut check = |v: f32| {
            out.clear();
            super::push_real(&mut out, v);
            assert_eq!(out, format!("{v}"), "{v:?}");
        };
        // Every hundredth the fast path writes, and past its ends.
        for k in -super::HUNDREDTHS - 3..super::HUNDREDTHS + 3 {
            check(k as f32 / 100.0);
        }
        for v in [
            -0.0,
            0.001,
            1e-9,
            123.456,
            1e7,
            -1e9,
            f32::MAX,
            f32::MIN_POSITIVE,
        ] {
            check(v);
            check(super::round2(v));
        }
    }

    #[test]
    fn whole_operators_write_the_bytes_of_their_operands() {
        use printpdf::{DictItem, Op};
        use std::collections::BTreeMap;
        // A page's content stream as printpdf and lopdf write it.
        let content = |ops: Vec<Op>| -> Vec<u8> {
            let mut pdf = printpdf::PdfDocument::new("");
            pdf.with_pages(vec![super::super::page(100.0, 100.0, ops)]);
            let lo = super::super::serialise(&pdf, false).unwrap();
            let page = *lo.get_pages().values().next().unwrap();
            let contents = lo.get_dictionary(page).unwrap().get(b"Contents").unwrap();
            let stream = lo.get_object(contents.as_reference().unwrap()).unwrap();
            stream.as_stream().unwrap().content.clone()
        };
        let places = [
            (61.94, 393.83),
            (0.0, -0.0),
            (100.0, 0.05),
            (1234.5, -12.3),
            (50.34, 157.77),
        ];
        for (mcid, (x, y)) in places.into_iter().enumerate() {
            let (x, y) = (super::round2(x), super::round2(y));
            let as_operands = vec![
                Op::BeginMarkedContentWithProperties {
                    tag: "LBody".into(),
                    properties: DictItem::Dict {
                        map: BTreeMap::from([("MCID".to_string(), DictItem::Int(mcid as i64))]),
                    },
                },
                Op::Unknown {
                    key: "Tm".into(),
                    value: vec![
                        DictItem::Int(1),
                        DictItem::Int(0),
                        DictItem::Int(0),
                        DictItem::Int(1),
                        DictItem::Real(x),
                        DictItem::Real(y),
                    ],
                },
            ];
            let whole = vec![
                Op::Unknown {
                    key: format!("/LBody <</MCID {mcid}>> BDC"),
                    value: Vec::new(),
                },
                Op::Unknown {
                    key: format!("1 0 0 1 {x} {y} Tm"),
                    value: Vec::new(),
                },
            ];
            let want = content(as_operands);
            assert!(want.ends_with(b" Tm"), "{}", String::from_utf8_lossy(&want));
            assert_eq!(
                String::from_utf8_lossy(&content(whole)),
                String::from_utf8_lossy(&want)
            );
        }
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
                    flow: Default::default(),
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
        let tolerance = super::DRIFT_UNITS * size / 1000.0 + 0.005;
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
