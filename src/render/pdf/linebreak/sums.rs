//! Line-breaking stage, running sums: any line's width, stretch and shrink in one
//! subtraction, its adjustment ratio, and where lines may end and start.

use super::{INFINITY, Item, Kind};

/// Width, stretch and shrink of the items before an index, summed.
#[derive(Clone, Copy)]
struct Sum {
    width: f32,
    stretch: f32,
    shrink: f32,
    /// Width of the boxes alone (what letter-spacing may widen).
    letters: f32,
}

/// Running sums over a paragraph: entry `i` covers items `..i`, so any line's totals
/// are one subtraction.
#[derive(Default)]
pub(crate) struct Sums(Vec<Sum>, Growing);

/// Whether every box of the paragraph has a width and every glue a width, stretch and
/// shrink of zero or more: then a line to a given break only gets looser as its start
/// moves later (see [`Sums::growing`]).
#[derive(Default, Clone, Copy)]
struct Growing(bool);

impl Sums {
    pub(crate) fn new(items: &[Item]) -> Sums {
        let mut s = Sums::default();
        s.fill(items);
        s
    }

    /// The sums over `items`, replacing what was here.
    pub(crate) fn fill(&mut self, items: &[Item]) {
        let s = &mut self.0;
        s.clear();
        s.reserve(items.len() + 1);
        let mut last = Sum {
            width: 0.0,
            stretch: 0.0,
            shrink: 0.0,
            letters: 0.0,
        };
        s.push(last);
        let mut growing = true;
        for it in items {
            let (w, st, sh) = match it.kind {
                Kind::Penalty => (0.0, 0.0, 0.0),
                _ => (it.width, it.stretch, it.shrink),
            };
            growing &= match it.kind {
                Kind::Penalty => true,
                Kind::Box => w > 0.0,
                Kind::Glue => w >= 0.0 && st >= 0.0 && sh >= 0.0,
            };
            last = Sum {
                width: last.width + w,
                stretch: last.stretch + st,
                shrink: last.shrink + sh,
                letters: last.letters + if it.kind == Kind::Box { it.width } else { 0.0 },
            };
            s.push(last);
        }
        self.1 = Growing(growing);
    }

    /// Whether the sums only grow item by item: every box is wider than nothing and no
    /// glue has a negative width, stretch or shrink (a stanza's hanging spaces have an
    /// empty box and glue of negative stretch). Then of two lines ending at one break
    /// (not forced), both starting before it at a box, the later-starting one is
    /// narrower by at least that box and has no more stretch or letters: its ratio, and
    /// the ratio judged once letter-spacing takes some of it (see `total_fit`'s
    /// `spread`), are at least as high.
    pub(crate) fn growing(&self) -> bool {
        self.1.0
    }

    /// Forgets that the sums only grow, so total-fit weighs every active node (tests).
    #[cfg(test)]
    pub(crate) fn forget_growing(&mut self) {
        self.1 = Growing(false);
    }

    /// Adjustment ratio of a line from item `start` to a break at `end`.
    pub(crate) fn ratio(&self, items: &[Item], start: usize, end: usize, measure: f32) -> f32 {
        let (s, e) = (self.0[start], self.0[end]);
        let mut natural = e.width - s.width;
        if items[end].kind == Kind::Penalty {
            natural += items[end].width;
        }
        // Margin kerning: punctuation ending the line hangs into the margin.
        let hangs = match items[end].kind {
            Kind::Glue => true,
            // A break that adds nothing (after a dash, or at the word's own hyphen).
            Kind::Penalty => items[end].width == 0.0,
            Kind::Box => false,
        };
        if hangs && end > start && items[end - 1].kind == Kind::Box {
            natural -= items[end - 1].protrude;
        }
        let stretch = e.stretch - s.stretch;
        let shrink = e.shrink - s.shrink;
        if natural < measure {
            if stretch > 0.0 {
                (measure - natural) / stretch
            } else {
                INFINITY
            }
        } else if natural > measure {
            if shrink > 0.0 {
                (measure - natural) / shrink
            } else {
                -INFINITY
            }
        } else {
            0.0
        }
    }

    /// Stretch of items `start..end`.
    pub(crate) fn stretch(&self, start: usize, end: usize) -> f32 {
        self.0[end.max(start)].stretch - self.0[start].stretch
    }

    /// Shrink of items `start..end`.
    pub(crate) fn shrink(&self, start: usize, end: usize) -> f32 {
        self.0[end.max(start)].shrink - self.0[start].shrink
    }

    /// Width of the boxes among items `start..end`.
    pub(crate) fn letters(&self, start: usize, end: usize) -> f32 {
        self.0[end.max(start)].letters - self.0[start].letters
    }

    /// Natural width of items `start..end`, the break item not counted.
    pub(crate) fn width(&self, start: usize, end: usize) -> f32 {
        self.0[end].width - self.0[start].width
    }
}

/// Whether a line may end at item `i`.
pub(crate) fn is_breakpoint(items: &[Item], i: usize) -> bool {
    match items[i].kind {
        Kind::Penalty => items[i].penalty < INFINITY,
        Kind::Glue => i > 0 && items[i - 1].kind == Kind::Box,
        Kind::Box => false,
    }
}

/// The first item set after a break at `b`: glue and penalties at a line start vanish.
pub(crate) fn line_start_after(items: &[Item], b: usize) -> usize {
    let mut i = b + 1;
    while i < items.len() && items[i].kind != Kind::Box {
        if items[i].forces_break() {
            break;
        }
        i += 1;
    }
    i
}
