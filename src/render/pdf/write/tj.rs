//! Write stage, glyph strings: a text segment's `TJ` array (glyph codes and the offsets
//! between them) → one printpdf operation, written as the bytes lopdf writes for it.
//!
//! Input: two-byte glyph codes and whole-unit offsets, in drawing order. Output: an
//! `Op::Unknown` whose key is the whole operator (`[(..) -3(..)] TJ`) when those bytes
//! are text (no byte of 128 or more: codes below 128, as in the subsets of most
//! Latin-script books, and those whose two bytes are both below it), else
//! the same array as printpdf operands, which lopdf turns into the same bytes. Handing
//! lopdf the array as objects cost a copy of every glyph string into a lopdf object, a
//! scan of it for parentheses, and a write through `dyn Write` per item: most of
//! writing a page.

use printpdf::{DictItem, Op};

/// One item of the array: the end (in [`Tj::codes`]) of a glyph string, or an offset.
#[derive(Clone, Copy)]
enum Piece {
    Codes(usize),
    Offset(i64),
}

/// A `TJ` array as it is drawn. Kept by the page's pen and cleared by each operation
/// made from it, so its buffers serve a whole page.
#[derive(Default)]
pub(super) struct Tj {
    /// The glyph codes of the array (two bytes each, big-endian: the fonts are
    /// Identity-H).
    codes: Vec<u8>,
    pieces: Vec<Piece>,
    /// Where the glyph string not yet closed by an offset starts in `codes`.
    open: usize,
    /// Which bytes of a string lopdf escapes (scratch).
    escape: Vec<bool>,
    /// Open parentheses of a string (scratch).
    parens: Vec<usize>,
}

impl Tj {
    /// Whether the array holds nothing.
    pub(super) fn is_empty(&self) -> bool {
        self.codes.is_empty() && self.pieces.is_empty()
    }

    /// Whether glyphs were drawn since the last offset (or the array's start).
    pub(super) fn has_open_codes(&self) -> bool {
        self.codes.len() > self.open
    }

    /// Appends a glyph's code.
    pub(super) fn glyph(&mut self, code: u16) {
        self.codes.extend_from_slice(&code.to_be_bytes());
    }

    /// Appends an offset (thousandths of an em, subtracted from the pen), closing the
    /// glyph string before it.
    pub(super) fn offset(&mut self, adj: i64) {
        self.cut();
        self.pieces.push(Piece::Offset(adj));
    }

    /// Closes the glyph string so far.
    fn cut(&mut self) {
        if self.has_open_codes() {
            self.pieces.push(Piece::Codes(self.codes.len()));
            self.open = self.codes.len();
        }
    }

    /// The `TJ` operation of the array so far; the array is then empty.
    pub(super) fn take_op(&mut self) -> Op {
        self.cut();
        let op = match String::from_utf8(self.whole()) {
            Ok(key) => Op::Unknown {
                key,
                value: Vec::new(),
            },
            // A byte of 128 or more (a code of a big subset): lopdf writes those bytes.
            Err(_) => Op::Unknown {
                key: "TJ".into(),
                value: vec![DictItem::Array(self.items())],
            },
        };
        self.codes.clear();
        self.pieces.clear();
        self.open = 0;
        op
    }

    /// The array as printpdf operands.
    fn items(&self) -> Vec<DictItem> {
        let mut start = 0;
        self.pieces
            .iter()
            .map(|p| match *p {
                Piece::Codes(end) => {
                    let data = self.codes[start..end].to_vec();
                    start = end;
                    DictItem::String {
                        data,
                        literal: true,
                    }
                }
                Piece::Offset(adj) => DictItem::Int(adj),
            })
            .collect()
    }

    /// The operation's bytes as lopdf writes the array and its operator: an offset
    /// after a space (none before the first item), a string in parentheses, then ` TJ`.
    fn whole(&mut self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.codes.len() + 6 * self.pieces.len() + 8);
        out.push(b'[');
        let mut start = 0;
        for (i, p) in self.pieces.iter().enumerate() {
            match *p {
                Piece::Codes(end) => {
                    literal(
                        &mut out,
                        &self.codes[start..end],
                        (&mut self.escape, &mut self.parens),
                    );
                    start = end;
                }
                Piece::Offset(adj) => {
                    if i > 0 {
                        out.push(b' ');
                    }
                    out.extend_from_slice(itoa::Buffer::new().format(adj).as_bytes());
                }
            }
        }
        out.extend_from_slice(b"] TJ");
        out
    }
}

/// Appends `text` as lopdf writes a literal string: in parentheses, a backslash before
/// each `\`, each carriage return (as `\r`) and each parenthesis without its pair
/// (pairs, matched innermost first, stay as they are).
fn literal(out: &mut Vec<u8>, text: &[u8], (escape, parens): (&mut Vec<bool>, &mut Vec<usize>)) {
    out.push(b'(');
    if !text
        .iter()
        .any(|b| matches!(b, b'(' | b')' | b'\\' | b'\r'))
    {
        out.extend_from_slice(text);
        out.push(b')');
        return;
    }
    escape.clear();
    escape.resize(text.len(), false);
    parens.clear();
    for (i, &b) in text.iter().enumerate() {
        match b {
            b'(' => parens.push(i),
            // A closing parenthesis pairs with the last one open, if any.
            b')' => escape[i] = parens.pop().is_none(),
            b'\\' | b'\r' => escape[i] = true,
            _ => {}
        }
    }
    for &i in parens.iter() {
        escape[i] = true;
    }
    for (&b, &e) in text.iter().zip(escape.iter()) {
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
    use super::Tj;
    use printpdf::{DictItem, Op};

    /// A page's content stream as printpdf and lopdf write `ops`.
    fn content(ops: Vec<Op>) -> Vec<u8> {
        let mut pdf = printpdf::PdfDocument::new("");
        pdf.with_pages(vec![super::super::page(100.0, 100.0, ops)]);
        let lo = super::super::serialise(&pdf, false).unwrap();
        let page = *lo.get_pages().values().next().unwrap();
        let contents = lo.get_dictionary(page).unwrap().get(b"Contents").unwrap();
        let stream = lo.get_object(contents.as_reference().unwrap()).unwrap();
        stream.as_stream().unwrap().content.clone()
    }

    #[test]
    fn arrays_are_the_bytes_lopdf_writes_for_them() {
        // Codes with parentheses (balanced, nested, unpaired both ways), backslashes and
        // carriage returns, offsets first, between and last, two offsets in a row, and
        // codes of 128 and more (the operands path).
        let cases: Vec<Vec<(Option<i64>, Vec<u16>)>> = vec![
            vec![(None, vec![1, 2, 3])],
            vec![(None, vec![40, 41]), (Some(-3), vec![41, 40])],
            vec![(None, vec![40, 40, 41, 92, 13, 10]), (Some(12), vec![])],
            vec![
                (Some(-1), vec![41]),
                (Some(2), vec![]),
                (Some(-7), vec![40, 5]),
            ],
            vec![(None, vec![40, 1, 40, 41, 41, 41, 40]), (Some(0), vec![9])],
            vec![(None, vec![0, 127, 128]), (Some(-4), vec![300, 40])],
            vec![(None, vec![255, 41]), (Some(5), vec![0x0d0d])],
            vec![(Some(3), vec![])],
            vec![],
        ];
        for case in cases {
            let mut tj = Tj::default();
            let mut items = Vec::new();
            let mut codes = Vec::new();
            for (offset, glyphs) in &case {
                if let Some(adj) = offset {
                    if !codes.is_empty() {
                        items.push(DictItem::String {
                            data: std::mem::take(&mut codes),
                            literal: true,
                        });
                    }
                    items.push(DictItem::Int(*adj));
                    tj.offset(*adj);
                }
                for &g in glyphs {
                    codes.extend_from_slice(&g.to_be_bytes());
                    tj.glyph(g);
                }
            }
            if !codes.is_empty() {
                items.push(DictItem::String {
                    data: codes,
                    literal: true,
                });
            }
            let as_operands = Op::Unknown {
                key: "TJ".into(),
                value: vec![DictItem::Array(items)],
            };
            let want = content(vec![as_operands]);
            let got = content(vec![tj.take_op()]);
            assert_eq!(got, want, "{}", String::from_utf8_lossy(&want));
            assert!(tj.is_empty());
        }
    }
}
