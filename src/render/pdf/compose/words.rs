//! Paragraph composition, words: inline text split into words at word spaces (not at
//! no-break spaces) and, in Chinese, Japanese and Korean text, wherever UAX #14 allows a
//! break beside an ideograph; each word a list of (face, text) segments so emphasis may
//! change inside.

use crate::model::Inline;
use crate::render::pdf::fonts::FontKey;
use crate::typography::is_cjk;

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
    /// Per word: whether it follows the previous one with no space between (a break
    /// between ideographs, where a line may end with no hyphen).
    pub(crate) gapped: Vec<bool>,
    /// The paragraph's text as UAX #14 reads it, when it has CJK in it, and the byte
    /// offsets in it where a line may break between ideographs (ascending).
    plain: String,
    cjk_breaks: Vec<usize>,
    /// While splitting: where the next inline text starts in `plain`, the next entry of
    /// `cjk_breaks` not yet passed, and whether the next word follows a CJK break.
    pos: usize,
    next_break: usize,
    gap: bool,
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

    /// Whether more of the breaks between words are between ideographs than at word
    /// spaces: CJK text with spaced words in it, set solid and broken between its
    /// characters, never hyphenated.
    pub(crate) fn ideographic(&self) -> bool {
        let gaps = self.gapped.iter().filter(|&&g| g).count();
        let spaced = self.len().saturating_sub(gaps + self.breaks.len() + 1);
        gaps > spaced
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

    /// Word `i`'s characters, across its segments.
    pub(crate) fn chars(&self, i: usize) -> impl Iterator<Item = char> + '_ {
        self.get(i).iter().flat_map(|s| self.text(s).chars())
    }

    /// All the words' text, one after another.
    pub(crate) fn all_text(&self) -> &str {
        &self.text
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
        self.gapped.clear();
        self.cjk_breaks.clear();
        (self.pos, self.next_break, self.gap) = (0, 0, false);
        if inlines.iter().any(has_cjk) {
            self.plain.clear();
            for i in inlines {
                gather(i, &mut self.plain);
            }
            self.cjk_breaks = cjk_breaks(&self.plain);
        }
        let mut open = false;
        for i in inlines {
            self.walk(i, base, &mut open);
        }
    }

    /// Appends `part` (text between word spaces, at byte `at` of the paragraph's plain
    /// text) to the words, starting a new word at each CJK break inside it.
    fn push_part(&mut self, part: &str, at: usize, font: FontKey, open: &mut bool) {
        let mut from = 0;
        while let Some(&b) = self.cjk_breaks.get(self.next_break) {
            if b >= at + part.len() {
                break;
            }
            self.next_break += 1;
            if b < at {
                continue;
            }
            self.push_text(&part[from..b - at], font, open);
            from = b - at;
            // A break at the start of a text after emphasis ends the word it continued.
            if *open {
                *open = false;
                self.gap = true;
            }
        }
        self.push_text(&part[from..], font, open);
    }

    /// Appends `part` to the open word, or starts a word with it.
    fn push_text(&mut self, part: &str, font: FontKey, open: &mut bool) {
        if part.is_empty() {
            return;
        }
        if !*open {
            self.starts.push(self.segments.len());
            self.gapped.push(std::mem::take(&mut self.gap));
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

    fn walk(&mut self, inl: &Inline, font: FontKey, open: &mut bool) {
        match inl {
            Inline::Text(t) => {
                let base = self.pos;
                self.pos += t.len();
                let mut at = 0;
                for (i, part) in t.split(is_word_space).enumerate() {
                    if i > 0 {
                        *open = false;
                        self.gap = false;
                        // The space (one character) before this part.
                        at += t[at..].chars().next().map_or(0, char::len_utf8);
                    }
                    self.push_part(part, base + at, font, open);
                    at += part.len();
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
            Inline::NoteRef { marker, .. } => self.walk(&Inline::Text(marker.clone()), font, open),
            Inline::LineBreak => {
                self.pos += 1;
                self.gap = false;
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

/// Whether any text in `inl` is CJK.
fn has_cjk(inl: &Inline) -> bool {
    match inl {
        Inline::Text(t) => !t.is_ascii() && t.chars().any(is_cjk),
        Inline::Emphasis(c) | Inline::Strong(c) => c.iter().any(has_cjk),
        Inline::LineBreak | Inline::NoteRef { .. } => false,
    }
}

/// Appends the text of `inl` to `out` as UAX #14 reads it: a line break as a newline.
fn gather(inl: &Inline, out: &mut String) {
    match inl {
        Inline::Text(t) => out.push_str(t),
        Inline::Emphasis(c) | Inline::Strong(c) => c.iter().for_each(|i| gather(i, out)),
        Inline::LineBreak => out.push('\n'),
        Inline::NoteRef { marker, .. } => out.push_str(marker),
    }
}

/// Where UAX #14 allows a line break in `text` beside a CJK character (not at a space,
/// where words break anyway): byte offsets, ascending. The rules keep closing marks
/// (。、」）) off a line's start and opening ones (「（) off its end, as kinsoku asks.
fn cjk_breaks(text: &str) -> Vec<usize> {
    unicode_linebreak::linebreaks(text)
        .map(|(at, _)| at)
        .filter(|&at| {
            let before = text[..at].chars().next_back();
            let after = text[at..].chars().next();
            match (before, after) {
                (Some(b), Some(a)) => {
                    !b.is_whitespace() && !a.is_whitespace() && (is_cjk(b) || is_cjk(a))
                }
                _ => false,
            }
        })
        .collect()
}
