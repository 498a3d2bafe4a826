//! Paragraph composition: inline text → shaped, hyphenated, broken and justified lines.
//!
//! Input: a run of [`Inline`]s, a [`Style`] and a measure. Output: [`SetLine`]s whose glyphs
//! are positioned relative to the line's left edge and baseline. This stage ties shaping,
//! hyphenation and line breaking together; it knows nothing of pages.
//!
//! Submodules by step: [`words`] splits inline text into words, [`setword`] shapes and
//! cuts each word once per book, [`items`] turns a paragraph into boxes, glue and
//! penalties, and [`line`] sets the broken lines' glyphs.

mod bidi;
mod items;
mod line;
mod setword;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_breaks;
#[cfg(test)]
mod tests_long;
mod words;

use super::fonts::FontKey;
use super::frame::{GlyphRun, LineKind, PlacedGlyph};
use super::hyphenate::Hyphenation;
use super::linebreak::{Breaker, INFINITY, Item, Line, Options};
use super::shape::{Run, Shaped, Shaper};
use crate::model::{Inline, VerseLine, joined_lines};
use line::place;
use rustc_hash::FxBuildHasher;
use setword::{SetWord, ems};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use words::Words;

pub use setword::WordCache;

/// Most letter-spacing a justified line takes, as a share of its letters' width, when
/// its word spaces would otherwise open past about 1.4 times their width: three per
/// cent (about a sixtieth of an em between letters) is below what a reader sees as
/// spaced type, and it takes up what avoiding hyphens leaves (measured on the test
/// anthology with `tools/pdf-figures.py`: 138/117 loose lines to 56/54 at two per
/// cent; at three, with hyphens dearer, 48/64 loose lines and 2.4/2.1% hyphens, where
/// two gave 67/64 and 3.1/3.3%).
const LETTER_SPACING: f32 = 0.03;
/// Prices per line tried, in demerits, to set a paragraph a line longer or shorter:
/// from less than one decent line's demerits to more than a hyphen's.
const LOOSENESS_PRICES: [f32; 6] = [5_000.0, 15_000.0, 40_000.0, 100_000.0, 250_000.0, 600_000.0];

/// A verse line's indent per level the poet typed, in ems.
const VERSE_INDENT: f32 = 1.5;
/// How much further than its line a verse line's turnover is indented, in ems.
const VERSE_HANG: f32 = 2.0;

/// How lines are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Full justification, last line at natural width.
    Justify,
    /// Each line centred.
    Center,
    /// Flush left, ragged right.
    Left,
    /// Lines as the writer typed them (a justified paragraph with line breaks that
    /// matter: verse, a chat log, an e-mail's header): flush left, ragged right, the
    /// first line indented; a line that ends at a typed break ends like a paragraph.
    Lines,
}

/// How a paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// The face for plain text (emphasis switches to [`FontKey::emphasised`]).
    pub font: FontKey,
    /// Size in points.
    pub size: f32,
    /// Baseline-to-baseline distance in points.
    pub leading: f32,
    /// Alignment.
    pub align: Align,
    /// First-line indent in points.
    pub indent: f32,
}

/// A composed line, positioned relative to its left edge and baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct SetLine {
    /// Space this line takes vertically (its leading).
    pub height: f32,
    /// Glyphs, x relative to the left edge of the measure, y relative to the baseline.
    pub runs: Vec<GlyphRun>,
    /// The text a reader sees.
    pub text: String,
    /// How it was set.
    pub kind: LineKind,
    /// Where the line's material ends, from the left edge of the measure (after any
    /// centring): what a contents line's leaders start from.
    pub end: f32,
    /// Whether the line is justified with its word spaces opened past
    /// `linebreak::LOOSE_RATIO`: what pagination counts when it sets a paragraph
    /// again to fill a page.
    pub loose: bool,
    /// How many runs at its start are a list item's label (its bullet or number, set
    /// in the item's hanging indent): tagged `Lbl` apart from the item's text.
    pub label: usize,
    /// Whether the line's paragraph was set with hyphens allowed, in a language with
    /// patterns and not in ideographs: a line that could have ended in a hyphen, what a
    /// book's hyphen budget is a share of.
    pub hyphenable: bool,
}

impl SetLine {
    /// Whether the line ends in a hyphen: one it adds (a dictionary break) or the
    /// word's own ("mother-in-"), for the rules about where hyphens may fall.
    pub fn ends_in_hyphen(&self) -> bool {
        match self.kind {
            LineKind::Hyphenated => true,
            LineKind::Justified => self.text.ends_with('-'),
            _ => false,
        }
    }
}

/// What a box item sets: nothing (an indent), a cached word, one piece of a cached word
/// (between its break opportunities), or runs made for this paragraph only (an emphasis
/// join, an emergency cut). Indexes, not shared pointers: setting a word touches no
/// reference count another thread also writes.
#[derive(Debug, Clone, Copy)]
enum Payload {
    None,
    /// Glue that is not a word space (between ideographs): no space in the text.
    Gap,
    Word(u32),
    Piece(u32, u32),
    Extra(u32),
}

type WordMap<V> = HashMap<Box<str>, V, FxBuildHasher>;

/// Composes paragraphs; remembers characters no font could show.
pub struct Composer<'f> {
    shaper: Shaper<'f>,
    hyphenation: &'f Hyphenation,
    cache: Arc<WordCache>,
    /// The words this composer has met: per face, text → index into `words`.
    index: [WordMap<u32>; FontKey::ALL.len()],
    words: Vec<Arc<SetWord>>,
    /// Per face, the width of a space and the shaped hyphen, once asked for.
    space: [Option<f32>; FontKey::ALL.len()],
    hyphen: [Option<Arc<Shaped>>; FontKey::ALL.len()],
    /// Per face, the face and glyph id of the space, once asked for.
    space_gid: [Option<Option<(FontKey, u16)>>; FontKey::ALL.len()],
    /// Buffers reused from paragraph to paragraph.
    para: Para,
    /// Whether the text's language is written right to left (a paragraph's base
    /// direction, see [`bidi`]).
    rtl_language: bool,
    /// Characters met that neither the book face nor the fallback has.
    pub missing: BTreeSet<char>,
    /// Set the next paragraphs without hyphens wherever a setting within the
    /// tolerances exists (a list's items: short paragraphs that need none).
    pub avoid_hyphens: bool,
    /// A looseness asked for may be had past the usual prices, as pagination's last
    /// resort (see [`Breaker::break_last_resort`]).
    pub last_resort: bool,
    /// Set the next paragraphs with hyphens dearer (by a narrow measure's price on top
    /// of the measure's own) and letters spaced a little further, where that costs a
    /// paragraph no line: for the paragraphs a book over its hyphen budget sets again
    /// (see `book::hyphens`).
    pub dear_hyphens: bool,
}

impl<'f> Composer<'f> {
    /// A composer over `shaper`, hyphenating with `hyphenation`.
    pub fn new(shaper: Shaper<'f>, hyphenation: &'f Hyphenation) -> Self {
        Composer::with_cache(shaper, hyphenation, Arc::default())
    }

    /// A composer sharing the set words in `cache` with others (one per thread). The
    /// cache must only ever be used with this `hyphenation`.
    pub fn with_cache(
        shaper: Shaper<'f>,
        hyphenation: &'f Hyphenation,
        cache: Arc<WordCache>,
    ) -> Self {
        Composer {
            shaper,
            hyphenation,
            cache,
            index: Default::default(),
            words: Vec::new(),
            space: [None; FontKey::ALL.len()],
            hyphen: Default::default(),
            space_gid: [None; FontKey::ALL.len()],
            para: Para::default(),
            rtl_language: false,
            missing: BTreeSet::new(),
            avoid_hyphens: false,
            last_resort: false,
            dear_hyphens: false,
        }
    }

    /// Sets the language of the text this composer sets (a BCP 47 tag): a language
    /// written right to left makes every paragraph read right to left.
    pub fn set_language(&mut self, tag: &str) {
        self.rtl_language = crate::typography::is_rtl_language(tag);
    }

    /// Composes plain text.
    pub fn set_text(&mut self, text: &str, style: &Style, measure: f32) -> Vec<SetLine> {
        self.set(&[Inline::Text(text.to_string())], style, measure)
    }

    /// `text` shaped in `style` as glyph runs from x = 0 on the baseline, and its width.
    /// Text with right-to-left letters is laid out in visual order by UAX #9, as a
    /// paragraph's line is (see [`bidi`]).
    pub fn shape_line(&mut self, text: &str, style: &Style) -> (Vec<GlyphRun>, f32) {
        if bidi::has_rtl(text)
            && let Some(set) = self.bidi_shape_line(text, style)
        {
            return set;
        }
        let shaped = self.shaper.shape(style.font, text);
        let mut runs = Vec::new();
        let mut x = 0.0;
        for r in &shaped.runs {
            x = place(&mut runs, r, x, style.size);
        }
        (runs, x)
    }

    /// Width of `text` set on one line in `style`, in points.
    pub fn measure_text(&mut self, text: &str, style: &Style) -> f32 {
        let shaped = self.shaper.shape(style.font, text);
        ems(&shaped.runs) * style.size
    }

    /// How far the ink of `text` set in `style` reaches below and above the baseline, in
    /// points (up is positive): the glyphs' outlines, not their em boxes, so a mark set
    /// high (an asterisk) can be centred by what the eye sees. `None` if nothing is
    /// drawn.
    pub fn ink(&mut self, text: &str, style: &Style) -> Option<(f32, f32)> {
        let shaped = self.shaper.shape(style.font, text);
        let fonts = self.shaper.fonts();
        let mut out: Option<(f32, f32)> = None;
        for run in &shaped.runs {
            if run.font == FontKey::Missing {
                continue;
            }
            let face = fonts.face(run.font);
            let k = style.size / fonts.units_per_em(run.font);
            for g in &run.glyphs {
                let gid = rustybuzz::ttf_parser::GlyphId(g.gid);
                let Some(b) = face.glyph_bounding_box(gid) else {
                    continue;
                };
                let dy = g.dy * style.size;
                let (lo, hi) = (f32::from(b.y_min) * k + dy, f32::from(b.y_max) * k + dy);
                out = Some(out.map_or((lo, hi), |(l, h)| (l.min(lo), h.max(hi))));
            }
        }
        out
    }

    /// The index in `words` of the set word for `text` in `font`.
    fn word(&mut self, font: FontKey, text: &str) -> u32 {
        if let Some(&i) = self.index[font as usize].get(text) {
            return i;
        }
        let word = self
            .cache
            .get(&mut self.shaper, self.hyphenation, font, text);
        let i = u32::try_from(self.words.len()).expect("fewer than 2³² distinct words");
        self.words.push(word);
        self.index[font as usize].insert(text.into(), i);
        i
    }

    /// Width of a space in `font`, in ems.
    fn space_ems(&mut self, font: FontKey) -> f32 {
        if let Some(w) = self.space[font as usize] {
            return w;
        }
        let w = ems(&self.shaper.shape(font, " ").runs);
        self.space[font as usize] = Some(w);
        w
    }

    /// The hyphen in `font`, shaped.
    fn hyphen(&mut self, font: FontKey) -> Arc<Shaped> {
        self.hyphen[font as usize]
            .get_or_insert_with(|| self.shaper.shape(font, "-"))
            .clone()
    }

    /// Appends the space glyph of `font` at `x` to `runs` (to the last run when that
    /// is in the same face and size, and not of glyphs drawn mirrored: a space is no
    /// bracket; after right-to-left glyphs it is drawn as they are).
    #[inline]
    fn space_glyph(&mut self, runs: &mut Vec<GlyphRun>, font: FontKey, x: f32, size: f32) {
        let gid = match self.space_gid[font as usize] {
            Some(g) => g,
            None => {
                let shaped = self.shaper.shape(font, " ");
                // In the face the shaper set it in: a space next to a character no
                // face has is Charis's, not the missing-character face's.
                let g = shaped
                    .runs
                    .first()
                    .and_then(|r| Some((r.font, r.glyphs.first()?.gid)));
                self.space_gid[font as usize] = Some(g);
                g
            }
        };
        let Some((font, gid)) = gid else { return };
        line::push_space(runs, font, size, PlacedGlyph { gid, x, dy: 0 });
    }

    /// Composes a stanza: its typed lines flush left and ragged, each from its indent
    /// ([`VERSE_INDENT`] per level), never hyphenated; a line too long for the measure
    /// turns over [`VERSE_HANG`] further in than it starts, as verse is set. Every line
    /// ending a typed line is a [`LineKind::Last`], a turnover's first part a
    /// [`LineKind::Ragged`], so pagination splits a stanza between typed lines.
    pub fn set_verse(&mut self, lines: &[VerseLine], style: &Style, measure: f32) -> Vec<SetLine> {
        let inl = joined_lines(lines);
        let unit = style.size * VERSE_INDENT;
        self.para.verse = lines.iter().map(|l| f32::from(l.indent) * unit).collect();
        self.para.hang = style.size * VERSE_HANG;
        let st = Style {
            align: Align::Lines,
            indent: 0.0,
            ..*style
        };
        let out = self.set(&inl, &st, measure);
        self.para.verse.clear();
        out
    }

    /// Composes a paragraph into lines of `measure` points.
    pub fn set(&mut self, inlines: &[Inline], style: &Style, measure: f32) -> Vec<SetLine> {
        self.set_avoiding(inlines, style, measure, None)
    }

    /// Composes a paragraph as [`Composer::set`] does, but if `unhyphenated` names a
    /// line, that line must not end in a hyphen (it falls at a page foot): the break
    /// chosen there is forbidden and the paragraph broken again, a few times at most.
    pub fn set_avoiding(
        &mut self,
        inlines: &[Inline],
        style: &Style,
        measure: f32,
        unhyphenated: Option<usize>,
    ) -> Vec<SetLine> {
        self.set_with(inlines, style, measure, unhyphenated, 0)
    }

    /// As [`Composer::set_avoiding`], and with `looseness` lines more (or fewer, if
    /// negative) than the best setting has, when such a setting exists within the
    /// tolerance (TeX's `\looseness`); otherwise the best setting. Pagination asks for
    /// this to fill a page or level a spread.
    pub fn set_with(
        &mut self,
        inlines: &[Inline],
        style: &Style,
        measure: f32,
        unhyphenated: Option<usize>,
        looseness: i32,
    ) -> Vec<SetLine> {
        let mut para = std::mem::take(&mut self.para);
        para.words.split(inlines, style.font);
        if para.words.is_empty() {
            self.para = para;
            return Vec::new();
        }
        para.items.clear();
        para.payload.clear();
        para.extra.clear();
        // A paragraph whose line breaks were typed (verse, a chat log, an e-mail's
        // header lines, an address) is set ragged right: its lines are the writer's,
        // and a line too long for the measure turns over unjustified, as verse's
        // turnovers do, rather than stretching a few spaces across the measure (an
        // e-mail's "From:" line before a long address was set at three and a half times
        // its spaces). The first line keeps its indent.
        let ragged;
        let style = if style.align == Align::Justify && !para.words.breaks.is_empty() {
            ragged = Style {
                align: Align::Lines,
                ..*style
            };
            &ragged
        } else {
            style
        };
        para.bidi = bidi::Bidi::of(&para.words, self.rtl_language);
        self.items(style, measure, &mut para);
        let rtl = para.bidi.is_some() && self.locate(&mut para);
        let mut opts = Options {
            // Not in a paragraph with right-to-left text: Arabic letters are joined,
            // and spacing them opens gaps in the joins; and poppler, which reads a
            // right-to-left run's glyphs one by one (see `Flow`), takes letters spaced
            // apart on a line of nothing else for words.
            letter_spacing: if style.align == Align::Justify && para.bidi.is_none() {
                LETTER_SPACING
            } else {
                0.0
            },
            // A line of verse is the poet's: it turns over whole words. A right-to-left
            // paragraph is not hyphenated (its Arabic or Hebrew never is, and an English
            // word's hyphen would fall mid-line once the line is reordered).
            no_hyphens: !para.verse.is_empty() || rtl || self.avoid_hyphens,
            ..Options::default()
        };
        para.hyphenable =
            !opts.no_hyphens && self.hyphenation.has_patterns() && !para.words.ideographic();
        (opts.hyphen_demerits, opts.extra_spacing) =
            items::narrow(measure, style.size, &opts, self.dear_hyphens);
        let mut lines = para.breaker.break_with(&para.items, measure, &opts);
        if looseness != 0 {
            let want = lines.len() as i64 + i64::from(looseness);
            // Typed lines are the writer's: set ragged, a line more could be had at any
            // space for nothing, and pagination would break a line of verse or a date in
            // two ("Date: Wed, 5 Feb 2025 / 09:30") to fill a page. Only a typed line
            // that turns over anyway may turn over elsewhere.
            let wrapped = |ls: &[Line]| -> Vec<usize> {
                let mut out = Vec::new();
                let mut run = 0;
                for l in ls {
                    run += 1;
                    // The paragraph's end is a forced break too.
                    if para.items[l.end].forces_break() {
                        if run > 1 {
                            out.push(l.end);
                        }
                        run = 0;
                    }
                }
                out
            };
            let turned = (style.align == Align::Lines).then(|| wrapped(&lines));
            // A price per line, raised until the count moves; the first setting with
            // the count wanted is the cheapest one the breaker finds at that price.
            for bonus in LOOSENESS_PRICES {
                opts.line_bonus = bonus * looseness.signum() as f32;
                let again = para.breaker.break_with(&para.items, measure, &opts);
                let n = again.len() as i64;
                let kept = turned
                    .as_ref()
                    .is_none_or(|t| wrapped(&again).iter().all(|e| t.contains(e)));
                if n == want && kept {
                    lines = again;
                    break;
                }
                if (n - want) * i64::from(looseness.signum()) > 0 {
                    break;
                }
            }
            // Justified text only: a typed line is the writer's at any price.
            if self.last_resort && lines.len() as i64 != want && turned.is_none() && want >= 1 {
                let ask = (want as usize, looseness > 0);
                let set = para
                    .breaker
                    .break_last_resort(&para.items, measure, &opts, ask);
                lines = set.unwrap_or(lines);
            }
        }
        if let Some(k) = unhyphenated {
            for _ in 0..4 {
                match lines.get(k) {
                    Some(l) if l.hyphenated => {
                        para.items[l.end].penalty = INFINITY;
                        lines = para.breaker.break_with(&para.items, measure, &opts);
                    }
                    _ => break,
                }
            }
        }
        let mut out = Vec::with_capacity(lines.len());
        for (n, l) in lines.iter().enumerate() {
            let last = n + 1 == lines.len();
            out.push(self.build_line(&mut para, l, last, style, measure));
        }
        self.para = para;
        out
    }
}

/// A paragraph's items, what each sets, and runs made for this paragraph alone.
#[derive(Default)]
struct Para {
    words: Words,
    breaker: Breaker,
    items: Vec<Item>,
    payload: Vec<Payload>,
    extra: Vec<Vec<Arc<Run>>>,
    /// A line's runs and text while it is being set.
    line_runs: Vec<GlyphRun>,
    line_text: String,
    /// How many glyphs the last line set had (room for the next line's).
    line_glyphs: usize,
    /// For a stanza: each typed line's indent, in points (empty for prose).
    verse: Vec<f32>,
    /// For a stanza: how much further a turnover is indented than its line, in points.
    hang: f32,
    /// Whether the paragraph is set with hyphens allowed (see [`SetLine::hyphenable`]).
    hyphenable: bool,
    /// For a paragraph with right-to-left text: its levels, and where each item's text
    /// starts in the text they are of.
    bidi: Option<bidi::Bidi>,
    item_at: Vec<usize>,
}
