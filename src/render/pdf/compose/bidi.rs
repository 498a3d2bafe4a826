//! Paragraph composition, direction: a paragraph with right-to-left text (Arabic, Hebrew)
//! gets its bidi levels from UAX #9 (the `unicode-bidi` crate), and each line the
//! breaker chose is laid out in visual order.
//!
//! Line breaking works on the logical order of the words, as for any paragraph; only
//! when a line has been chosen are its pieces (runs of one level, and the gaps between
//! words) placed by rule L2, and the glyphs of a run shaped right to left drawn from
//! its last to its first. A paragraph with no right-to-left character never comes here
//! (one pass over its text finds none), so it is set exactly as before.
//!
//! The base direction: right to left when the text's language is written so (`ar`,
//! `he`, `fa`, `ur`, `yi` …); otherwise left to right, unless the paragraph has
//! right-to-left letters and no left-to-right ones at all (a line of Arabic quoted on
//! its own in an English book). The language decides before the first strong
//! character does: an English paragraph that opens with an Arabic word is still an
//! English paragraph.

use super::line::{place_rtl, place_tracked};
use super::words::Words;
use super::{Align, Composer, Para, Payload, Style};
use crate::render::pdf::frame::GlyphRun;
use crate::render::pdf::linebreak::{self, INFINITY, Kind};
use crate::render::pdf::shape::Run;
use std::sync::Arc;
use unicode_bidi::{BidiClass, BidiInfo, Level, ParagraphBidiInfo, bidi_class};
use unicode_bidi_mirroring::{get_mirrored, is_mirroring};

/// Whether `c` is a right-to-left letter: Hebrew, Arabic, Syriac, Thaana, N'Ko and the
/// rest of that part of the planes, and their presentation forms.
fn is_rtl(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF
        | 0x1E800..=0x1EFFF)
}

/// Whether `text` has a right-to-left letter. Most paragraphs have none, and this is
/// asked each time one is set: a first pass over the bytes looks only for the lead
/// bytes such letters are written with (U+0590–U+07FF start with 0xD6–0xDF; the rest
/// with 0xE0, 0xEF or 0xF0, which only a few other characters share), a pass the
/// compiler makes wide; only a paragraph that has one is read character by character.
/// (Explicit embeddings and overrides in a paragraph with no right-to-left letter are
/// not honoured.)
pub(super) fn has_rtl(text: &str) -> bool {
    // In blocks with no early exit, which the compiler turns into wide compares.
    let lead = |block: &[u8]| {
        block.iter().fold(false, |seen, &b| {
            seen | matches!(b, 0xD6..=0xE0 | 0xEF | 0xF0)
        })
    };
    text.as_bytes().chunks(64).any(lead) && text.chars().any(is_rtl)
}

/// A paragraph's bidi levels, when it has right-to-left text.
pub(super) struct Bidi {
    /// The paragraph's words joined by spaces, as UAX #9 reads them.
    text: String,
    /// Where each word starts in `text`.
    word_at: Vec<usize>,
    /// The resolved level of each byte of `text`.
    levels: Vec<Level>,
    /// The paragraph's level (0 left to right, 1 right to left).
    pub(super) base: Level,
}

impl Bidi {
    /// The levels of `words`, or `None` (the fast path) when they have no right-to-left
    /// character. `rtl_language`: the text's language is written right to left.
    pub(super) fn of(words: &Words, rtl_language: bool) -> Option<Bidi> {
        if !has_rtl(words.all_text()) {
            return None;
        }
        Some(Bidi::resolve(words, rtl_language))
    }

    /// The levels of `words`, which have right-to-left text.
    #[cold]
    #[inline(never)]
    fn resolve(words: &Words, rtl_language: bool) -> Bidi {
        let mut text = String::with_capacity(words.all_text().len() + words.len());
        let mut word_at = Vec::with_capacity(words.len());
        for i in 0..words.len() {
            word_at.push(text.len());
            for s in words.get(i) {
                text.push_str(words.text(s));
            }
            text.push(' ');
        }
        let rtl = rtl_language || !text.chars().any(|c| bidi_class(c) == BidiClass::L);
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        let levels = ParagraphBidiInfo::new(&text, Some(base)).levels;
        Bidi {
            text,
            word_at,
            levels,
            base,
        }
    }

    /// Whether the paragraph reads right to left.
    pub(super) fn rtl(&self) -> bool {
        self.base.is_rtl()
    }

    /// Where the text at byte `offset` of word `word` is in the paragraph's text.
    pub(super) fn at(&self, word: usize, offset: usize) -> usize {
        self.word_at
            .get(word)
            .map_or(self.text.len(), |w| w + offset)
    }

    /// The length in bytes of word `word`.
    pub(super) fn word_len(&self, word: usize) -> usize {
        let start = self.word_at[word];
        let end = self.word_at.get(word + 1).map_or(self.text.len(), |&e| e);
        end - start - 1
    }

    /// The level of the byte at `at` of the paragraph's text.
    pub(super) fn level(&self, at: usize) -> Level {
        self.levels.get(at).copied().unwrap_or(self.base)
    }

    /// `run`, whose text starts at byte `at` of the paragraph's text, cut where its
    /// level changes (a comma after an Arabic word in an English sentence reads left
    /// to right), each piece with its level; the cuts fall between glyph clusters.
    pub(super) fn pieces(&self, run: &Arc<Run>, at: usize, out: &mut Vec<(Level, Arc<Run>)>) {
        let level = self.level(at);
        let cuts: Vec<usize> = (1..run.text.len())
            .filter(|&i| {
                run.text.is_char_boundary(i) && self.level(at + i) != self.level(at + i - 1)
            })
            .collect();
        if cuts.is_empty() {
            out.push((level, run.clone()));
            return;
        }
        let mut from = 0;
        for (piece, cut) in run.split_all(&cuts) {
            out.push((self.level(at + from), Arc::new(piece)));
            from = cut.map_or(run.text.len(), |k| cuts[k]);
        }
    }
}

/// The visual order of a line's pieces, given their levels (rule L2: from the highest
/// level down to the lowest odd one, each stretch at that level or above is reversed).
pub(super) fn visual_order(levels: &[Level]) -> Vec<usize> {
    BidiInfo::reorder_visual(levels)
}

/// A piece of a line in logical order: glyphs (letter-spaced or not), or a gap between
/// words (with a space glyph at its start, or blank: an indent, a gap between
/// ideographs).
enum Piece {
    /// Glyphs: the run, whether it is letter-spaced, and whether its mirroring
    /// characters are drawn mirrored.
    Glyphs(Arc<Run>, bool, bool),
    Gap(f32, bool),
}

impl Composer<'_> {
    /// `run` as drawn at `level`: at a right-to-left level, a bracket or other mirrored
    /// character shaped left to right (its face's run is Latin or common) is set as its
    /// mirror image, "(" as ")" (rule L4); a run shaped right to left was mirrored by
    /// the shaper. Returns the run and whether its mirroring characters are drawn
    /// mirrored.
    fn mirrored(&mut self, level: Level, run: Arc<Run>) -> (Arc<Run>, bool) {
        if !level.is_rtl() {
            return (run, false);
        }
        if run.rtl || !run.text.chars().any(is_mirroring) {
            return (run.clone(), run.rtl);
        }
        let text: String = run
            .text
            .chars()
            .map(|c| get_mirrored(c).unwrap_or(c))
            .collect();
        match self.shaper.shape(run.font, &text).runs.as_slice() {
            [one] if one.font == run.font => (one.clone(), true),
            _ => (run, false),
        }
    }

    /// `text` with right-to-left text on one line in `style`, as
    /// [`Composer::shape_line`] gives it (from x = 0, and its width): set as a
    /// one-line paragraph is, so its levels and visual order come from the code above
    /// (as a heading's or a running head's do), then moved to start at 0. `None` if it
    /// would not stay on one line.
    #[cold]
    #[inline(never)]
    pub(super) fn bidi_shape_line(
        &mut self,
        text: &str,
        style: &Style,
    ) -> Option<(Vec<GlyphRun>, f32)> {
        let st = Style {
            align: Align::Left,
            indent: 0.0,
            ..*style
        };
        // Room past its natural width: a ragged line that fits is never broken.
        let measure = self.measure_text(text, &st) * 1.25 + 4.0 * style.size;
        let mut lines = self.set_text(text, &st, measure);
        let line = lines.pop().filter(|_| lines.is_empty())?;
        let glyphs = line.runs.iter().flat_map(|r| &r.glyphs);
        let left = glyphs.map(|g| g.x).reduce(f32::min)?;
        let mut runs = line.runs;
        for g in runs.iter_mut().flat_map(|r| &mut r.glyphs) {
            g.x -= left;
        }
        Some((runs, line.end - left))
    }

    /// Where each item's text starts in the paragraph's text: boxes take their words'
    /// text in order. Returns whether the paragraph reads right to left; its
    /// punctuation then does not hang into the right margin (that is a left-to-right
    /// line's end).
    #[cold]
    #[inline(never)]
    pub(super) fn locate(&self, para: &mut Para) -> bool {
        let Some(bidi) = para.bidi.as_ref() else {
            return false;
        };
        para.item_at.clear();
        let (mut word, mut done) = (0, 0);
        for p in &para.payload {
            para.item_at.push(bidi.at(word, done));
            if let Some(rs) = self.runs(&para.extra, *p) {
                done += rs.iter().map(|r| r.text.len()).sum::<usize>();
                while word < bidi.word_at.len() && done >= bidi.word_len(word) {
                    done -= bidi.word_len(word);
                    word += 1;
                }
            }
        }
        if bidi.rtl() {
            for it in &mut para.items {
                it.protrude = 0.0;
            }
        }
        bidi.rtl()
    }

    /// Sets the glyphs of `line` of a paragraph with right-to-left text into `runs`, in
    /// visual order, and its text (logical) into `text`; returns the pen after it. `set`:
    /// the line's glue ratio, letter-spacing, and whether it ends in an added hyphen.
    #[cold]
    #[inline(never)]
    pub(super) fn bidi_line(
        &mut self,
        para: &Para,
        line: &linebreak::Line,
        (ratio, track, soft_hyphen): (f32, f32, bool),
        style: &Style,
        runs: &mut Vec<GlyphRun>,
        text: &mut String,
    ) -> f32 {
        let bidi = para.bidi.as_ref().expect("a paragraph with levels");
        let mut pieces: Vec<(Level, Piece)> = Vec::new();
        let mut split = Vec::new();
        // The gap due before the next word: its width, and whether it is a word space.
        let mut gap: Option<(f32, bool)> = None;
        let mut last: Option<Level> = None;
        for i in line.start..line.end {
            let it = para.items[i];
            match it.kind {
                Kind::Glue if it.stretch < INFINITY => {
                    let adj = if ratio >= 0.0 {
                        it.stretch * ratio
                    } else {
                        it.shrink * ratio
                    };
                    let g = gap.get_or_insert((0.0, false));
                    g.0 += it.width + adj;
                    g.1 |= !matches!(para.payload[i], Payload::Gap);
                }
                Kind::Box => {
                    let Some(rs) = self.runs(&para.extra, para.payload[i]) else {
                        // An indent: blank, at the paragraph's level (so on the right of
                        // a right-to-left paragraph).
                        pieces.push((bidi.base, Piece::Gap(it.width * (1.0 + track), false)));
                        continue;
                    };
                    split.clear();
                    let mut at = para.item_at[i];
                    for r in rs {
                        bidi.pieces(r, at, &mut split);
                        at += r.text.len();
                    }
                    if let Some((width, space)) = gap.take() {
                        // A space between two words takes the lower of their levels
                        // (between two Arabic words it is Arabic; between Arabic and
                        // English, the paragraph's).
                        let next = split.first().map_or(bidi.base, |p| p.0);
                        let level = last.map_or(bidi.base, |l| l.min(next));
                        let space = space && !text.is_empty();
                        if space {
                            text.push(' ');
                        }
                        pieces.push((level, Piece::Gap(width, space)));
                    }
                    for r in rs {
                        text.push_str(&r.text);
                    }
                    last = split.last().map(|p| p.0).or(last);
                    for (level, r) in split.drain(..) {
                        let (r, mirror) = self.mirrored(level, r);
                        pieces.push((level, Piece::Glyphs(r, true, mirror)));
                    }
                }
                _ => {}
            }
        }
        if soft_hyphen {
            let font = pieces
                .iter()
                .rev()
                .find_map(|p| match &p.1 {
                    Piece::Glyphs(r, ..) => Some(r.font),
                    Piece::Gap(..) => None,
                })
                .unwrap_or(style.font);
            let level = last.unwrap_or(bidi.base);
            for r in &self.hyphen(font).runs {
                pieces.push((level, Piece::Glyphs(r.clone(), false, false)));
            }
            text.push('-');
        }
        // Where each piece starts, laid out in visual order.
        let levels: Vec<Level> = pieces.iter().map(|p| p.0).collect();
        let mut starts = vec![0.0; pieces.len()];
        let mut x = 0.0;
        for k in visual_order(&levels) {
            starts[k] = x;
            x += match &pieces[k].1 {
                Piece::Glyphs(r, tracked, _) => {
                    let t = if *tracked { track } else { 0.0 };
                    r.width() * style.size * (1.0 + t)
                }
                Piece::Gap(width, _) => *width,
            };
        }
        // The pieces are drawn in logical order, each where the visual order put it, and
        // a piece at a right-to-left level from its first glyph (its rightmost) to its
        // last: the whole line is drawn in the order it is read (see `Flow`).
        for (k, (level, piece)) in pieces.iter().enumerate() {
            match piece {
                Piece::Glyphs(r, tracked, mirror) => {
                    let t = if *tracked { track } else { 0.0 };
                    if level.is_rtl() {
                        place_rtl(runs, r, starts[k], style.size, t, *mirror);
                    } else {
                        place_tracked(runs, r, starts[k], style.size, t, 0);
                    }
                }
                Piece::Gap(_, true) => {
                    // A real space glyph where the gap starts, as in any line.
                    let font = runs.last().map_or(style.font, |r| r.font);
                    self.space_glyph(runs, font, starts[k], style.size);
                }
                Piece::Gap(_, false) => {}
            }
        }
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;
    use crate::render::pdf::fonts::FontKey;
    use crate::typography::is_rtl_language;

    fn bidi(text: &str, rtl: bool) -> Option<Bidi> {
        let mut w = Words::default();
        w.split(&[Inline::Text(text.into())], FontKey::Regular);
        Bidi::of(&w, rtl)
    }

    #[test]
    fn languages_written_right_to_left() {
        for t in ["ar", "he", "fa-IR", "ur", "yi", "az-Arab", "ar_EG"] {
            assert!(is_rtl_language(t), "{t}");
        }
        for t in [
            "en", "en-GB", "de", "arn", "her", "tr", "az-Latn", "zh-Hant",
        ] {
            assert!(!is_rtl_language(t), "{t}");
        }
    }

    #[test]
    fn base_direction_and_levels() {
        assert!(bidi("plain English, café and all", false).is_none());
        assert!(bidi("Ἀθῆναι and Москва", false).is_none());
        let b = bidi("He wrote سأمشي on it.", false).expect("has Arabic");
        assert!(!b.rtl());
        // The Arabic word is at level 1, the English around it at 0.
        let word = b.text.find('س').unwrap();
        assert_eq!(b.level(word), Level::rtl());
        assert_eq!(b.level(0), Level::ltr());
        // A paragraph with no left-to-right letter reads right to left; so does any in
        // a right-to-left language, where English words are at level 2.
        assert!(bidi("«سأمشي على مهل»", false).unwrap().rtl());
        let he = bidi("שלום to you", true).unwrap();
        assert!(he.rtl());
        assert_eq!(he.level(he.text.find('t').unwrap()).number(), 2);
    }

    #[test]
    fn a_line_reverses_its_right_to_left_stretch() {
        let l = |n| Level::new(n).unwrap();
        // English, two Arabic words, English: the Arabic pair swaps.
        assert_eq!(
            visual_order(&[l(0), l(1), l(1), l(1), l(0)]),
            vec![0, 3, 2, 1, 4]
        );
    }
}
