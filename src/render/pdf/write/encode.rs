//! Write stage, content bytes: a page's printpdf operations → its content stream, the
//! same bytes printpdf writes for them (through lopdf's content encoder).
//!
//! printpdf only writes content streams as part of a whole document: building one per
//! chunk of pages, converting every operand to a lopdf object and writing each through
//! a `dyn Write` one byte at a time wherever a glyph string holds a byte that a literal
//! string escapes was a sixth of a book's build. The pages' operations are few kinds
//! (see [`super::content::page_ops`]), so they are written here directly, by lopdf's
//! rules: operations one a line, each operand followed by a space; arrays with a space
//! only before numbers; dictionaries in their keys' order; reals as Rust prints an
//! `f32`; literal strings with `\`, `\r` and unbalanced parentheses escaped. An
//! operation of any other kind returns `None`, and the caller lets printpdf write the
//! page. A test checks the bytes against printpdf's on a real book's pages.

use printpdf::{DictItem, Op, PdfFontHandle};
use std::io::Write;

/// The content stream of `ops`, or `None` if one of them is of a kind not written here.
pub(super) fn ops(ops: &[Op]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(ops.len() * 24);
    for (i, op) in ops.iter().enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        match op {
            Op::StartTextSection => out.extend_from_slice(b"BT"),
            Op::EndTextSection => out.extend_from_slice(b"ET"),
            Op::EndMarkedContent => out.extend_from_slice(b"EMC"),
            Op::SetFont {
                font: PdfFontHandle::External(id),
                size,
            } => {
                name(&mut out, id.0.as_bytes());
                out.push(b' ');
                real(&mut out, size.0);
                out.extend_from_slice(b" Tf");
            }
            Op::BeginMarkedContentWithProperties { tag, properties } => {
                name(&mut out, tag.as_bytes());
                out.push(b' ');
                item(&mut out, properties)?;
                out.extend_from_slice(b" BDC");
            }
            Op::Unknown { key, value } => {
                for v in value {
                    item(&mut out, v)?;
                    out.push(b' ');
                }
                out.extend_from_slice(key.as_bytes());
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Writes one operand as lopdf writes the object printpdf makes of it.
fn item(out: &mut Vec<u8>, v: &DictItem) -> Option<()> {
    match v {
        DictItem::Int(i) => out.extend_from_slice(itoa::Buffer::new().format(*i).as_bytes()),
        DictItem::Real(f) | DictItem::Float(f) => real(out, *f),
        DictItem::Name(n) => name(out, n),
        DictItem::String {
            data,
            literal: true,
        } => literal(out, data),
        DictItem::Array(items) => {
            out.push(b'[');
            for (k, it) in items.iter().enumerate() {
                if k > 0 && spaced(it) {
                    out.push(b' ');
                }
                item(out, it)?;
            }
            out.push(b']');
        }
        DictItem::Dict { map } => {
            out.extend_from_slice(b"<<");
            for (k, it) in map {
                name(out, k.as_bytes());
                if spaced(it) {
                    out.push(b' ');
                }
                item(out, it)?;
            }
            out.extend_from_slice(b">>");
        }
        _ => return None,
    }
    Some(())
}

/// Whether lopdf puts a space before this object in an array or after a key: numbers
/// (of the kinds written here) only.
fn spaced(v: &DictItem) -> bool {
    matches!(v, DictItem::Int(_) | DictItem::Real(_) | DictItem::Float(_))
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
    if !text
        .iter()
        .any(|b| matches!(b, b'(' | b')' | b'\\' | b'\r'))
    {
        out.extend_from_slice(text);
        out.push(b')');
        return;
    }
    let mut escape = vec![false; text.len()];
    let mut open = Vec::new();
    for (i, &b) in text.iter().enumerate() {
        match b {
            b'(' => open.push(i),
            b')' => {
                if open.pop().is_none() {
                    escape[i] = true;
                }
            }
            b'\\' | b'\r' => escape[i] = true,
            _ => {}
        }
    }
    for i in open {
        escape[i] = true;
    }
    for (&b, &e) in text.iter().zip(&escape) {
        if e {
            out.push(b'\\');
            out.push(if b == b'\r' { b'r' } else { b });
        } else {
            out.push(b);
        }
    }
    out.push(b')');
}

#[cfg(test)]
mod tests {
    use printpdf::{DictItem, Op, PdfDocument, PdfPage, PdfSaveOptions, Pt, Rect};

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
            let ops = vec![
                Op::StartTextSection,
                Op::Unknown {
                    key: "TJ".into(),
                    value: vec![DictItem::Array(vec![
                        DictItem::String {
                            data: text.to_vec(),
                            literal: true,
                        },
                        DictItem::Int(-3),
                        DictItem::String {
                            data: text.to_vec(),
                            literal: true,
                        },
                    ])],
                },
                Op::EndTextSection,
            ];
            assert_eq!(
                super::ops(&ops).unwrap(),
                printpdf_bytes(ops),
                "{}",
                String::from_utf8_lossy(text)
            );
        }
    }

    #[test]
    fn operations_of_other_kinds_are_left_to_printpdf() {
        assert!(super::ops(&[Op::SaveGraphicsState]).is_none());
        assert_eq!(super::ops(&[]).unwrap(), printpdf_bytes(Vec::new()));
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
            let (ops, _) = super::super::content::page_ops(frame, &faces, &doc.structure);
            let ours = super::ops(&ops).expect("every operation of a page is written here");
            n += ours.len();
            assert_eq!(ours, printpdf_bytes(ops));
        }
        // The pages had text: tens of kilobytes of it.
        assert!(n > 20_000, "{n} bytes");
    }
}
