//! Write stage, content bytes: a page's text operations (see
//! [`super::content::page_ops`]) → its content stream, the same bytes printpdf writes
//! for those operations (through lopdf's content encoder).
//!
//! printpdf only writes content streams as part of a whole document: building one per
//! chunk of pages, converting every operand to a lopdf object and writing each through
//! a `dyn Write` one byte at a time wherever a glyph string holds a byte that a literal
//! string escapes was a sixth of a book's build, and building printpdf's operations
//! for it another tenth. The operations are few kinds, so they are written here
//! directly as they are made, by lopdf's rules: operations one a line, each operand
//! followed by a space; arrays with a space only before numbers; dictionaries in their
//! keys' order; reals as Rust prints an `f32`; literal strings with `\`, `\r` and
//! unbalanced parentheses escaped. A test checks the bytes against printpdf's on every
//! page of a real book.

use super::content::{Props, Sink};
use std::io::Write;

/// A content stream as it is written.
#[derive(Default)]
pub(super) struct Bytes {
    pub(super) out: Vec<u8>,
    /// Whether the open `TJ` array has an item yet.
    items: bool,
}

impl Bytes {
    /// Starts an operation: operations are one a line.
    fn op(&mut self) {
        if !self.out.is_empty() {
            self.out.push(b'\n');
        }
    }
}

impl Sink for Bytes {
    fn begin_text(&mut self) {
        self.op();
        self.out.extend_from_slice(b"BT");
    }

    fn end_text(&mut self) {
        self.op();
        self.out.extend_from_slice(b"ET");
    }

    fn begin_marked(&mut self, tag: &str, props: Props) {
        self.op();
        let out = &mut self.out;
        name(out, tag.as_bytes());
        out.extend_from_slice(b" <<");
        match props {
            Props::Mcid(n) => {
                name(out, b"MCID");
                out.push(b' ');
                out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
            }
            // Keys in order, as printpdf's map holds them: Subtype before Type.
            Props::Artifact { kind, sub } => {
                if let Some(sub) = sub {
                    name(out, b"Subtype");
                    name(out, sub.as_bytes());
                }
                name(out, b"Type");
                name(out, kind.as_bytes());
            }
        }
        out.extend_from_slice(b">> BDC");
    }

    fn end_marked(&mut self) {
        self.op();
        self.out.extend_from_slice(b"EMC");
    }

    fn font(&mut self, font: &str, size: f32) {
        self.op();
        name(&mut self.out, font.as_bytes());
        self.out.push(b' ');
        real(&mut self.out, size);
        self.out.extend_from_slice(b" Tf");
    }

    fn matrix(&mut self, x: f32, y: f32) {
        self.op();
        self.out.extend_from_slice(b"1 0 0 1 ");
        real(&mut self.out, x);
        self.out.push(b' ');
        real(&mut self.out, y);
        self.out.extend_from_slice(b" Tm");
    }

    fn show_begin(&mut self) {
        self.op();
        self.out.push(b'[');
        self.items = false;
    }

    fn glyphs(&mut self, codes: &[u8]) {
        literal(&mut self.out, codes);
        self.items = true;
    }

    fn offset(&mut self, adj: i64) {
        if self.items {
            self.out.push(b' ');
        }
        self.out
            .extend_from_slice(itoa::Buffer::new().format(adj).as_bytes());
        self.items = true;
    }

    fn show_end(&mut self) {
        self.out.extend_from_slice(b"] TJ");
    }
}

/// An `f32` as Rust's `Display` prints it (lopdf's format for reals).
fn real(out: &mut Vec<u8>, f: f32) {
    let _ = write!(out, "{f}");
}

/// A name: delimiters, white space and bytes outside `!`..=`~` as `#XX`.
fn name(out: &mut Vec<u8>, n: &[u8]) {
    out.push(b'/');
    for &b in n {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&b) || !(33..=126).contains(&b) {
            let _ = write!(out, "#{b:02X}");
        } else {
            out.push(b);
        }
    }
}

/// A literal string: `\` and `\r` escaped, and parentheses that do not pair up (a `)`
/// with no `(` open before it; a `(` still open at the end).
fn literal(out: &mut Vec<u8>, text: &[u8]) {
    out.push(b'(');
    let mut escape = Vec::new();
    let mut open = Vec::new();
    for (i, &b) in text.iter().enumerate() {
        match b {
            b'(' => open.push(i),
            b')' if open.pop().is_none() => escape.push(i),
            b'\\' | b'\r' => escape.push(i),
            _ => {}
        }
    }
    if !open.is_empty() {
        escape.extend(open);
        escape.sort_unstable();
    }
    let mut from = 0;
    for i in escape {
        out.extend_from_slice(&text[from..i]);
        out.push(b'\\');
        out.push(if text[i] == b'\r' { b'r' } else { text[i] });
        from = i + 1;
    }
    out.extend_from_slice(&text[from..]);
    out.push(b')');
}

/// The same operations kept as printpdf's, to compare with what printpdf writes.
#[cfg(test)]
#[derive(Default)]
pub(super) struct Ops {
    pub(super) ops: Vec<printpdf::Op>,
    items: Vec<printpdf::DictItem>,
}

#[cfg(test)]
impl Sink for Ops {
    fn begin_text(&mut self) {
        self.ops.push(printpdf::Op::StartTextSection);
    }

    fn end_text(&mut self) {
        self.ops.push(printpdf::Op::EndTextSection);
    }

    fn begin_marked(&mut self, tag: &str, props: Props) {
        use printpdf::DictItem;
        let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
        let mut map = std::collections::BTreeMap::new();
        match props {
            Props::Mcid(n) => {
                map.insert("MCID".to_string(), DictItem::Int(i64::from(n)));
            }
            Props::Artifact { kind, sub } => {
                map.insert("Type".to_string(), name(kind));
                if let Some(sub) = sub {
                    map.insert("Subtype".to_string(), name(sub));
                }
            }
        }
        self.ops
            .push(printpdf::Op::BeginMarkedContentWithProperties {
                tag: tag.to_string(),
                properties: DictItem::Dict { map },
            });
    }

    fn end_marked(&mut self) {
        self.ops.push(printpdf::Op::EndMarkedContent);
    }

    fn font(&mut self, font: &str, size: f32) {
        self.ops.push(printpdf::Op::SetFont {
            font: printpdf::PdfFontHandle::External(printpdf::FontId(font.to_string())),
            size: printpdf::Pt(size),
        });
    }

    fn matrix(&mut self, x: f32, y: f32) {
        use printpdf::DictItem::{Int, Real};
        self.ops.push(printpdf::Op::Unknown {
            key: "Tm".into(),
            value: vec![Int(1), Int(0), Int(0), Int(1), Real(x), Real(y)],
        });
    }

    fn show_begin(&mut self) {
        self.items.clear();
    }

    fn glyphs(&mut self, codes: &[u8]) {
        self.items.push(printpdf::DictItem::String {
            data: codes.to_vec(),
            literal: true,
        });
    }

    fn offset(&mut self, adj: i64) {
        self.items.push(printpdf::DictItem::Int(adj));
    }

    fn show_end(&mut self) {
        self.ops.push(printpdf::Op::Unknown {
            key: "TJ".into(),
            value: vec![printpdf::DictItem::Array(std::mem::take(&mut self.items))],
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::content::{Props, Sink, page_ops};
    use super::{Bytes, Ops};
    use printpdf::{Op, PdfDocument, PdfPage, PdfSaveOptions, Pt, Rect};

    /// printpdf's content stream for `ops`, as the book's writer used to take it.
    fn printpdf_bytes(ops: Vec<Op>) -> Vec<u8> {
        let mut pdf = PdfDocument::new("");
        pdf.with_pages(vec![PdfPage {
            media_box: Rect::from_wh(Pt(100.0), Pt(100.0)),
            trim_box: Rect::from_wh(Pt(100.0), Pt(100.0)),
            crop_box: Rect::from_wh(Pt(100.0), Pt(100.0)),
            ops,
        }]);
        let opts = PdfSaveOptions {
            optimize: false,
            subset_fonts: false,
            secure: false,
            image_optimization: None,
        };
        let lo = pdf.to_lopdf_document(&opts, &mut Vec::new());
        let page = *lo.get_pages().values().next().unwrap();
        let contents = lo
            .get_dictionary(page)
            .unwrap()
            .get(b"Contents")
            .unwrap()
            .as_reference()
            .unwrap();
        lo.get_object(contents)
            .unwrap()
            .as_stream()
            .unwrap()
            .content
            .clone()
    }

    /// Gives the same calls to both sinks: our bytes and printpdf's for its operations.
    fn both(calls: impl Fn(&mut dyn Sink)) -> (Vec<u8>, Vec<u8>) {
        let mut bytes = Bytes::default();
        calls(&mut bytes);
        let mut ops = Ops::default();
        calls(&mut ops);
        (bytes.out, printpdf_bytes(ops.ops))
    }

    #[test]
    fn strings_are_escaped_as_lopdf_escapes_them() {
        // Paired, unpaired, nested and trailing parentheses; backslash; CR; LF kept.
        let cases: [&[u8]; 9] = [
            b"",
            b"plain",
            b"(paired)",
            b")(",
            b"((x)",
            b"a)b(c(d",
            b"back\\slash\r\n",
            &[0, 40, 0, 41, 0, 92, 0, 13],
            &[0, 41, 0, 40, 1, 40],
        ];
        for text in cases {
            let (ours, theirs) = both(|s| {
                s.begin_text();
                s.show_begin();
                s.glyphs(text);
                s.offset(-3);
                s.glyphs(text);
                s.offset(12);
                s.show_end();
                s.end_text();
            });
            assert_eq!(ours, theirs, "{}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn every_kind_of_operation_is_written_as_printpdf_writes_it() {
        let (ours, theirs) = both(|s| {
            s.begin_text();
            s.begin_marked(
                "Artifact",
                Props::Artifact {
                    kind: "Pagination",
                    sub: Some("Footer"),
                },
            );
            s.font("F3", 11.549999);
            s.matrix(127.56, 0.5);
            s.show_begin();
            s.offset(7);
            s.glyphs(&[0, 1, 0, 2]);
            s.show_end();
            s.end_marked();
            s.begin_marked(
                "Artifact",
                Props::Artifact {
                    kind: "Layout",
                    sub: None,
                },
            );
            s.end_marked();
            s.begin_marked("H1", Props::Mcid(12));
            s.font("F0", 9.0);
            s.matrix(-1.25, 1000.0);
            s.end_marked();
            s.end_text();
        });
        assert_eq!(ours, theirs, "{}", String::from_utf8_lossy(&ours));
        assert!(ours.ends_with(b"EMC\nET"));
    }

    /// The book's own pages: every page of a real fixture, written both ways.
    #[test]
    fn a_books_pages_are_the_bytes_printpdf_writes() {
        let root =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology");
        let project = crate::load(&root).unwrap();
        let (doc, _) = crate::render::pdf::layout(&project.book, &project.pdf);
        let used = super::super::subset::used_glyphs(&doc.pages);
        let (faces, _) = super::super::subset::subset_faces(&used, &doc.programs).unwrap();
        let mut n = 0;
        for frame in &doc.pages {
            let (ours, theirs) = both(|s| {
                page_ops(frame, &faces, &doc.structure, s);
            });
            n += ours.len();
            assert_eq!(ours, theirs);
        }
        // The pages had text: tens of kilobytes of it.
        assert!(n > 20_000, "{n} bytes");
    }
}
