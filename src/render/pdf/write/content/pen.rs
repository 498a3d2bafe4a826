//! Write stage, text pen: glyphs → the page's text operations as they are made (a font
//! change where the face or size changes, per segment one text matrix and one glyph
//! string with offsets that keep each glyph at its set position, marked-content
//! sequences opened and closed).

use crate::render::pdf::frame::{Artifact, Flow, GlyphRun, PlacedGlyph, Role, Tag, Tree};
use crate::render::pdf::write::subset::Face;
use crate::render::pdf::write::tj::Tj;
use printpdf::{DictItem, Op, PdfFontHandle, Pt};
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
/// The page's operations as they are made: the current font and the open segment.
pub(super) struct Pen<'a> {
    pub(super) ops: Vec<Op>,
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

impl<'a> Pen<'a> {
    /// A pen with room for `capacity` operations, no font set and no segment open.
    pub(super) fn new(faces: &'a [Option<Face>], capacity: usize) -> Self {
        Pen {
            ops: Vec::with_capacity(capacity),
            faces,
            font: None,
            seg: None,
            after_rtl: false,
            tj: Tj::default(),
        }
    }

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
    pub(super) fn begin(&mut self, tag: Tag, tree: &Tree, mcids: &mut Vec<u32>) {
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
    pub(super) fn end(&mut self, open: &mut Option<Tag>) {
        if open.take().is_some() {
            self.flush();
            self.ops.push(Op::EndMarkedContent);
        }
    }

    /// Draws `glyphs` of `run` in face `slot` (at the run's size and in its flow) on the
    /// line whose baseline is `baseline`.
    pub(super) fn glyphs(
        &mut self,
        slot: usize,
        run: &GlyphRun,
        glyphs: &[PlacedGlyph],
        baseline: f32,
    ) {
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
            let gid = match &run.spelled {
                None => face.remap[usize::from(g.gid)],
                Some(text) => face.spelled_code(g.gid, text),
            };
            self.tj.glyph(gid);
            seg.pen += face.widths.get(usize::from(gid)).copied().unwrap_or(0.0) * k;
        }
    }
}

#[cfg(test)]
mod tests {
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
            pdf.with_pages(vec![crate::render::pdf::write::page(100.0, 100.0, ops)]);
            let lo = crate::render::pdf::write::serialise(&pdf, false).unwrap();
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
}
