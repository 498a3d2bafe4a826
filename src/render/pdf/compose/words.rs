//! Paragraph composition, words: inline text split into words at word spaces (not at
//! no-break spaces), each a list of (face, text) segments so emphasis may change inside.

use crate::model::Inline;
use crate::render::pdf::fonts::FontKey;

/// Spaces that join rather than separate: no line may break at them (no-break space,
/// narrow no-break space, figure space).
fn is_no_break_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}')
}

/// Where words end: whitespace that is not a no-break space.
fn is_word_space(c: char) -> bool {
    c.is_whitespace() && !is_no_break_space(c)
}

/// A paragraph's words: each word a list of (face, text) segments, so emphasis may start
/// or end inside a word without losing the join. The words' text is copied into one
/// buffer, and the buffers are reused from paragraph to paragraph.
#[derive(Default)]
pub(crate) struct Words {
    text: String,
    segments: Vec<Segment>,
    /// Where each word's segments start in `segments`.
    starts: Vec<usize>,
    /// The words (by index, ascending) that a forced line break stands before.
    pub(crate) breaks: Vec<usize>,
}

/// Part of a word in one face: `text[start..end]` of its [`Words`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Segment {
    pub(crate) font: FontKey,
    start: usize,
    end: usize,
}

impl Words {
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// Word `i`'s segments.
    pub(crate) fn get(&self, i: usize) -> &[Segment] {
        let end = self
            .starts
            .get(i + 1)
            .copied()
            .unwrap_or(self.segments.len());
        &self.segments[self.starts[i]..end]
    }

    /// A segment's text.
    pub(crate) fn text(&self, s: &Segment) -> &str {
        &self.text[s.start..s.end]
    }

    /// Splits `inlines` into words, replacing what was here.
    pub(crate) fn split(&mut self, inlines: &[Inline], base: FontKey) {
        self.text.clear();
        self.segments.clear();
        self.starts.clear();
        self.breaks.clear();
        let mut open = false;
        for i in inlines {
            self.walk(i, base, &mut open);
        }
    }

    fn walk(&mut self, inl: &Inline, font: FontKey, open: &mut bool) {
        match inl {
            Inline::Text(t) => {
                for (i, part) in t.split(is_word_space).enumerate() {
                    if i > 0 {
                        *open = false;
                    }
                    if part.is_empty() {
                        continue;
                    }
                    if !*open {
                        self.starts.push(self.segments.len());
                        *open = true;
                    }
                    let word_start = *self.starts.last().expect("pushed above");
                    let in_word = self.segments.len() > word_start;
                    self.text.push_str(part);
                    let end = self.text.len();
                    // Text in the same face as the word so far continues its segment (the
                    // segment's text ends where this part was just appended).
                    match self.segments.last_mut() {
                        Some(s) if in_word && s.font == font => s.end = end,
                        _ => self.segments.push(Segment {
                            font,
                            start: end - part.len(),
                            end,
                        }),
                    }
                }
            }
            Inline::Emphasis(children) => {
                for c in children {
                    self.walk(c, font.emphasised(), open);
                }
            }
            Inline::Strong(children) => {
                for c in children {
                    self.walk(c, font.strong(), open);
                }
            }
            Inline::LineBreak => {
                *open = false;
                // A break before the first word, or a second one in a row, breaks nothing.
                let next = self.starts.len();
                if next > 0 && self.breaks.last() != Some(&next) {
                    self.breaks.push(next);
                }
            }
        }
    }
}
