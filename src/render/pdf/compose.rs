//! Paragraph composition: inline text → shaped, hyphenated, broken and justified lines.
//!
//! Input: a run of [`Inline`]s, a [`Style`] and a measure. Output: [`SetLine`]s whose glyphs
//! are positioned relative to the line's left edge and baseline. This stage ties shaping,
//! hyphenation and line breaking together; it knows nothing of pages.

use super::fonts::FontKey;
use super::frame::{GlyphRun, LineKind, PlacedGlyph};
use super::hyphenate::Hyphenation;
use super::linebreak::{self, Breaker, INFINITY, Item, Kind};
use super::shape::{Run, Shaped, Shaper, Sharded};
use crate::model::Inline;
use rustc_hash::FxBuildHasher;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// Cost of a hyphenated break. TeX's default of 50 gave a hyphen at the end of one
/// line in fourteen (one in seven on the test anthology's long words); book
/// typographers want fewer than one in twenty-five. Measured on that anthology: 150
/// gave 4.7–5.1%, 300 gives 3.0–3.5% (with the shrink below).
const HYPHEN_PENALTY: f32 = 300.0;
/// Cost of hyphenating a capitalised word (a name: "Val-jean", "Lon-don"): near the
/// forbidding [`INFINITY`], so it happens only when every other way is far worse.
const NAME_HYPHEN_PENALTY: f32 = 2_000.0;
/// Stretch of the gap between two ideographs, in ems: CJK text has no word spaces, so
/// a justified line stretches here instead.
const IDEOGRAPHIC_STRETCH: f32 = 0.15;
/// Cost of breaking after a dash inside a word ("then—suddenly"): cheaper than a hyphen,
/// since no character is added, but not free.
const DASH_PENALTY: f32 = 30.0;
/// Cost of breaking inside a word too wide for the measure (a long URL): between any two
/// characters, with no hyphen, because otherwise it would run into the margin. High, so
/// such a word is broken only where it must be.
const EMERGENCY_PENALTY: f32 = 1_000.0;
/// Words longer than this (in bytes) are not looked up in the hyphenation patterns.
const MAX_HYPHENATED_BYTES: usize = 64;
/// Interword glue may stretch by half a space (TeX's proportion) and shrink by two
/// fifths: a slightly tight line reads better than a loose one or a broken word, and
/// TeX's third left a hyphen or a loose line where a little tightening would do.
const SPACE_STRETCH: f32 = 0.5;
const SPACE_SHRINK: f32 = 0.4;

/// How lines are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Full justification, last line at natural width.
    Justify,
    /// Each line centred.
    Center,
    /// Flush left, ragged right.
    Left,
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

/// A word in one face, ready to set: shaped, measured and cut at its break
/// opportunities. A pure function of (face, text) for a book's hyphenation patterns, so
/// each is made once per book and shared by every thread (see [`WordCache`]).
#[derive(Debug)]
pub struct SetWord {
    shaped: Arc<Shaped>,
    /// Width in ems, summed over the runs as [`push_box`] sums them.
    width: f32,
    /// When the word is one run with break opportunities: the pieces between them.
    pieces: Vec<Piece>,
}

#[derive(Debug)]
struct Piece {
    run: Arc<Run>,
    /// Width in ems.
    width: f32,
    /// The break after this piece; `None` for the last piece.
    cut: Option<Cut>,
}

/// A break opportunity inside a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Cut {
    /// A dictionary hyphenation point: a hyphen is added at the line end.
    Hyphen,
    /// A hyphenation point in a capitalised word (a name): taken only when nothing else
    /// fits.
    NameHyphen,
    /// After a dash or hyphen, or where UAX #14 allows a break (after a slash): nothing
    /// is added.
    Plain,
    /// Between ideographs (CJK): no hyphen, and the gap may stretch a little so that
    /// lines of CJK text can be justified.
    Ideographic,
}

/// Width in ems of `runs` set one after another.
fn ems(runs: &[Arc<Run>]) -> f32 {
    runs.iter().map(|r| r.width()).sum::<f32>()
}

impl SetWord {
    fn new(shaper: &mut Shaper, hyphenation: &Hyphenation, font: FontKey, text: &str) -> Self {
        let shaped = shaper.shape(font, text);
        let width = ems(&shaped.runs);
        // Break opportunities exist only inside a word set as one run (the common case).
        let mut pieces = Vec::new();
        if let [run] = shaped.runs.as_slice() {
            let breaks = word_breaks(&run.text, hyphenation);
            if !breaks.is_empty() {
                let offsets: Vec<usize> = breaks.iter().map(|b| b.0).collect();
                for (piece, cut) in run.split_all(&offsets) {
                    let run = Arc::new(piece);
                    pieces.push(Piece {
                        width: ems(std::slice::from_ref(&run)),
                        run,
                        cut: cut.map(|k| breaks[k].1),
                    });
                }
            }
        }
        SetWord {
            shaped,
            width,
            pieces,
        }
    }
}

type WordMap<V> = HashMap<Box<str>, V, FxBuildHasher>;

/// Set words by (face, text), shared by every thread typesetting a book. Each thread's
/// [`Composer`] keeps the words it has met in a map of its own in front of this one, so
/// a repeated word costs one lookup without a lock.
#[derive(Default)]
pub struct WordCache(Sharded<SetWord>);

impl WordCache {
    fn get(
        &self,
        shaper: &mut Shaper,
        hyphenation: &Hyphenation,
        font: FontKey,
        text: &str,
    ) -> Arc<SetWord> {
        self.0
            .get_or(font, text, || SetWord::new(shaper, hyphenation, font, text))
    }
}

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
    /// Characters met that neither the book face nor the fallback has.
    pub missing: BTreeSet<char>,
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
            missing: BTreeSet::new(),
        }
    }

    /// Composes plain text.
    pub fn set_text(&mut self, text: &str, style: &Style, measure: f32) -> Vec<SetLine> {
        self.set(&[Inline::Text(text.to_string())], style, measure)
    }

    /// `text` shaped in `style` as glyph runs from x = 0 on the baseline, and its width.
    pub fn shape_line(&mut self, text: &str, style: &Style) -> (Vec<GlyphRun>, f32) {
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
    /// is in the same face and size).
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
        let glyph = PlacedGlyph { gid, x, dy: 0 };
        match runs.last_mut() {
            Some(r) if r.font == font && r.size == size => r.glyphs.push(glyph),
            _ => runs.push(GlyphRun {
                font,
                size,
                glyphs: vec![glyph],
            }),
        }
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
        let mut para = std::mem::take(&mut self.para);
        para.words.split(inlines, style.font);
        if para.words.is_empty() {
            self.para = para;
            return Vec::new();
        }
        para.items.clear();
        para.payload.clear();
        para.extra.clear();
        self.items(style, measure, &mut para);
        let mut lines = para.breaker.break_lines(&para.items, measure);
        if let Some(k) = unhyphenated {
            for _ in 0..4 {
                match lines.get(k) {
                    Some(l) if l.hyphenated => {
                        para.items[l.end].penalty = INFINITY;
                        lines = para.breaker.break_lines(&para.items, measure);
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

    fn items(&mut self, style: &Style, measure: f32, para: &mut Para) {
        let Para {
            words,
            items,
            payload,
            extra,
            ..
        } = para;
        let size = style.size;
        if style.indent > 0.0 && style.align == Align::Justify {
            items.push(Item::boxed(style.indent));
            payload.push(Payload::None);
        }
        let mut forced = words.breaks.iter().copied().peekable();
        for wi in 0..words.len() {
            let word = words.get(wi);
            if forced.next_if_eq(&wi).is_some() {
                // A line break that matters: end the line here, unjustified, as a
                // paragraph ends.
                items.push(Item::glue(0.0, INFINITY, 0.0));
                payload.push(Payload::None);
                items.push(Item::penalty(0.0, -INFINITY, false));
                payload.push(Payload::None);
            } else if wi > 0 {
                let space = (self.space_ems(word[0].font) * size).max(size * 0.2);
                let (stretch, shrink) = match style.align {
                    Align::Justify => (space * SPACE_STRETCH, space * SPACE_SHRINK),
                    // Ragged text: any line may end short, so lines break where the
                    // measure runs out rather than being justified.
                    _ => (size * 3.0, 0.0),
                };
                items.push(Item::glue(space, stretch, shrink));
                payload.push(Payload::None);
            }
            if let [segment] = word {
                let id = self.word(segment.font, words.text(segment));
                let w = &self.words[id as usize];
                if !w.shaped.missing.is_empty() {
                    self.missing.extend(w.shaped.missing.iter().copied());
                }
                if w.pieces.is_empty() {
                    let runs = &w.shaped.runs;
                    let p = Payload::Word(id);
                    push_box(items, payload, extra, (w.width, runs), p, (size, measure));
                    continue;
                }
                for k in 0..w.pieces.len() {
                    let piece = &self.words[id as usize].pieces[k];
                    let (font, cut) = (piece.run.font, piece.cut);
                    let runs = std::slice::from_ref(&piece.run);
                    let p = Payload::Piece(id, k as u32);
                    push_box(
                        items,
                        payload,
                        extra,
                        (piece.width, runs),
                        p,
                        (size, measure),
                    );
                    let Some(cut) = cut else { continue };
                    // The hyphen hangs into the margin like other punctuation.
                    let mut hyphen_width =
                        || ems(&self.hyphen(font).runs) * size * (1.0 - hang_share('-'));
                    let item = match cut {
                        Cut::Hyphen => Item::penalty(hyphen_width(), HYPHEN_PENALTY, true),
                        Cut::NameHyphen => Item::penalty(hyphen_width(), NAME_HYPHEN_PENALTY, true),
                        Cut::Plain => Item::penalty(0.0, DASH_PENALTY, false),
                        Cut::Ideographic => Item::glue(0.0, IDEOGRAPHIC_STRETCH * size, 0.0),
                    };
                    items.push(item);
                    payload.push(if cut == Cut::Ideographic {
                        Payload::Gap
                    } else {
                        Payload::None
                    });
                }
                continue;
            }
            // Emphasis starts or ends inside the word: no breaks inside it.
            let mut runs: Vec<Arc<Run>> = Vec::new();
            for segment in word {
                let id = self.word(segment.font, words.text(segment));
                let shaped = &self.words[id as usize].shaped;
                self.missing.extend(shaped.missing.iter().copied());
                runs.extend(shaped.runs.iter().cloned());
            }
            let p = Payload::Extra(extra.len() as u32);
            if push_box(
                items,
                payload,
                extra,
                (ems(&runs), &runs),
                p,
                (size, measure),
            ) {
                extra.push(runs);
            }
        }
        items.push(Item::glue(0.0, INFINITY, 0.0));
        payload.push(Payload::None);
        items.push(Item::penalty(0.0, -INFINITY, false));
        payload.push(Payload::None);
    }

    /// The runs a box item sets.
    fn runs<'a>(&'a self, extra: &'a [Vec<Arc<Run>>], p: Payload) -> Option<&'a [Arc<Run>]> {
        match p {
            Payload::None | Payload::Gap => None,
            Payload::Word(i) => Some(&self.words[i as usize].shaped.runs),
            Payload::Piece(i, k) => Some(std::slice::from_ref(
                &self.words[i as usize].pieces[k as usize].run,
            )),
            Payload::Extra(i) => Some(&extra[i as usize]),
        }
    }

    fn build_line(
        &mut self,
        para: &mut Para,
        line: &linebreak::Line,
        last: bool,
        style: &Style,
        measure: f32,
    ) -> SetLine {
        // A line ending at a forced break (a kept line of verse) is set like a last line.
        let end = para.items[line.end];
        let last = last || (end.kind == Kind::Penalty && end.penalty <= -INFINITY);
        let justify = style.align == Align::Justify && !last;
        // Last lines and ragged lines use natural spacing; an overfull last line may shrink.
        let ratio = if justify || line.ratio < 0.0 {
            line.ratio.max(-1.0)
        } else {
            0.0
        };
        // Filled in reused buffers, then copied out at their exact size: the lines outlive
        // layout, in the document.
        let mut runs = std::mem::take(&mut para.line_runs);
        let mut text = std::mem::take(&mut para.line_text);
        runs.clear();
        text.clear();
        let mut x = 0.0f32;
        // Where the gap before the next word starts, if a word space is due.
        let mut pending_space: Option<f32> = None;
        for i in line.start..line.end {
            let it = para.items[i];
            match it.kind {
                Kind::Glue => {
                    let adj = if ratio >= 0.0 {
                        it.stretch * ratio
                    } else {
                        it.shrink * ratio
                    };
                    // The paragraph-end glue is infinitely stretchy: never apply it.
                    if it.stretch < INFINITY {
                        if !matches!(para.payload[i], Payload::Gap) && pending_space.is_none() {
                            pending_space = Some(x);
                        }
                        x += it.width + adj;
                    }
                }
                Kind::Box => {
                    let sets = !matches!(para.payload[i], Payload::None | Payload::Gap);
                    if sets
                        && let Some(at) = pending_space.take()
                        && !text.is_empty()
                    {
                        // A real space glyph where the gap starts: text extraction and
                        // copy-paste see a word space however wide the gap is set (the
                        // writer positions the next word exactly).
                        text.push(' ');
                        let font = runs.last().map_or(style.font, |r: &GlyphRun| r.font);
                        self.space_glyph(&mut runs, font, at, style.size);
                    }
                    if let Some(rs) = self.runs(&para.extra, para.payload[i]) {
                        for r in rs {
                            x = place(&mut runs, r, x, style.size);
                            text.push_str(&r.text);
                        }
                    } else {
                        x += it.width;
                    }
                }
                Kind::Penalty => {}
            }
        }
        if line.hyphenated {
            let font = runs.last().map(|r| r.font).unwrap_or(style.font);
            let shaped = self.hyphen(font);
            for r in &shaped.runs {
                x = place(&mut runs, r, x, style.size);
            }
            text.push('-');
        }
        let offset = match style.align {
            Align::Center => ((measure - x) / 2.0).max(0.0),
            _ => 0.0,
        };
        if offset > 0.0 {
            for r in &mut runs {
                for g in &mut r.glyphs {
                    g.x += offset;
                }
            }
        }
        let kind = match style.align {
            Align::Center => LineKind::Centered,
            Align::Left => LineKind::Ragged,
            Align::Justify if last => LineKind::Last,
            Align::Justify if line.hyphenated => LineKind::Hyphenated,
            Align::Justify => LineKind::Justified,
        };
        let mut exact = Vec::with_capacity(runs.len());
        exact.append(&mut runs);
        let line = SetLine {
            height: style.leading,
            runs: exact,
            text: text.as_str().to_owned(),
            kind,
            end: x + offset,
        };
        para.line_runs = runs;
        para.line_text = text;
        line
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
}

/// Appends a box for `runs` (part of a word, `ems` wide) set by `p`, and returns true; or,
/// if it is wider than the measure, boxes for pieces of it with emergency breaks between
/// them, and returns false.
///
/// A word wider than the measure (a 100,000-character line without spaces, a long URL)
/// is broken between glyph clusters wherever the measure runs out, without a hyphen:
/// every character is set exactly once, and text extraction gives the word back whole
/// but split across lines. Such a paragraph usually cannot be set within the tolerance
/// (the pieces have no glue to stretch), so the line breaker falls back to first-fit
/// for it.
fn push_box(
    items: &mut Vec<Item>,
    payload: &mut Vec<Payload>,
    extra: &mut Vec<Vec<Arc<Run>>>,
    (ems, runs): (f32, &[Arc<Run>]),
    p: Payload,
    (size, measure): (f32, f32),
) -> bool {
    let width: f32 = ems * size;
    if width <= measure || size <= 0.0 {
        let hang = runs.last().map_or(0.0, |r| protrusion(r) * size);
        items.push(Item::hanging(width, hang));
        payload.push(p);
        return true;
    }
    let mut first = true;
    for run in runs {
        for piece in run.chunks(measure / size) {
            if !first {
                items.push(Item::penalty(0.0, EMERGENCY_PENALTY, false));
                payload.push(Payload::None);
            }
            first = false;
            items.push(Item::boxed(piece.width() * size));
            payload.push(Payload::Extra(extra.len() as u32));
            extra.push(vec![Arc::new(piece)]);
        }
    }
    false
}

/// How far the last glyph of `run` may hang into the right margin at a line end, in
/// ems: a share of its advance, as microtype's defaults give for a book face (stops,
/// commas, quotes and the hyphen most, dashes and colons less), so the right edge
/// looks straight to the eye rather than to the ruler.
fn protrusion(run: &Run) -> f32 {
    let (Some(c), Some(g)) = (run.text.chars().next_back(), run.glyphs.last()) else {
        return 0.0;
    };
    g.advance * hang_share(c)
}

/// The share of a glyph's advance that hangs into the right margin.
fn hang_share(c: char) -> f32 {
    match c {
        '.' | ',' | '-' | '\u{2010}' | '\u{2019}' | '\u{201D}' | '\'' | '"' => 0.7,
        '\u{2013}' | ':' | ';' => 0.5,
        '\u{2014}' => 0.3,
        '!' | '?' => 0.2,
        _ => 0.0,
    }
}

/// Appends the glyphs of `run` at pen position `x`; returns the pen after it.
fn place(runs: &mut Vec<GlyphRun>, run: &Run, mut x: f32, size: f32) -> f32 {
    let glyphs = run
        .glyphs
        .iter()
        .map(|g| {
            let placed = PlacedGlyph {
                gid: g.gid,
                x: x + g.dx * size,
                dy: PlacedGlyph::raise(g.dy * size),
            };
            x += g.advance * size;
            placed
        })
        .collect();
    runs.push(GlyphRun {
        font: run.font,
        size,
        glyphs,
    });
    x
}

/// Break opportunities inside a word (text between spaces), ascending.
///
/// After an em or en dash, or a hyphen between letters; wherever Unicode's line
/// breaking algorithm (UAX #14) allows one inside the word (between ideographs, after
/// a zero-width space); otherwise at the hyphenation points of the book's language. A
/// capitalised word (a name, or a sentence's first word) gets the costlier name
/// hyphen.
fn word_breaks(word: &str, hyph: &Hyphenation) -> Vec<(usize, Cut)> {
    let mut out: Vec<(usize, Cut)> = Vec::new();
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for w in chars.windows(2) {
        let ((_, a), (j, b)) = (w[0], w[1]);
        if matches!(a, '—' | '–') || (a == '-' && b.is_alphabetic()) {
            out.push((j, Cut::Plain));
        }
    }
    if !word.is_ascii() {
        for (at, _) in unicode_linebreak::linebreaks(word) {
            if at >= word.len() || out.iter().any(|(o, _)| *o == at) {
                continue;
            }
            let before = word[..at].chars().next_back();
            let after = word[at..].chars().next();
            let cut = if before.is_some_and(is_cjk) || after.is_some_and(is_cjk) {
                Cut::Ideographic
            } else {
                Cut::Plain
            };
            out.push((at, cut));
        }
    }
    // Longer than any dictionary word: patterns would only invent breaks, and the word
    // gets emergency breaks where the measure runs out instead.
    if out.is_empty() && word.len() <= MAX_HYPHENATED_BYTES {
        let name = word
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase);
        let cut = if name { Cut::NameHyphen } else { Cut::Hyphen };
        out.extend(hyph.breaks(word).into_iter().map(|b| (b, cut)));
    }
    out.sort();
    out
}

/// Whether `c` is written without spaces between words (Chinese, Japanese, Korean
/// syllables and their punctuation), so a line may break beside it with no hyphen.
fn is_cjk(c: char) -> bool {
    use unicode_linebreak::BreakClass as B;
    matches!(
        unicode_linebreak::break_property(c as u32),
        B::Ideographic
            | B::ConditionalJapaneseStarter
            | B::HangulLvSyllable
            | B::HangulLvtSyllable
            | B::HangulLJamo
            | B::HangulVJamo
            | B::HangulTJamo
    ) && !matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF)
}

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
struct Words {
    text: String,
    segments: Vec<Segment>,
    /// Where each word's segments start in `segments`.
    starts: Vec<usize>,
    /// The words (by index, ascending) that a forced line break stands before.
    breaks: Vec<usize>,
}

/// Part of a word in one face: `text[start..end]` of its [`Words`].
#[derive(Debug, Clone, Copy, PartialEq)]
struct Segment {
    font: FontKey,
    start: usize,
    end: usize,
}

impl Words {
    fn len(&self) -> usize {
        self.starts.len()
    }

    fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// Word `i`'s segments.
    fn get(&self, i: usize) -> &[Segment] {
        let end = self
            .starts
            .get(i + 1)
            .copied()
            .unwrap_or(self.segments.len());
        &self.segments[self.starts[i]..end]
    }

    /// A segment's text.
    fn text(&self, s: &Segment) -> &str {
        &self.text[s.start..s.end]
    }

    /// Splits `inlines` into words, replacing what was here.
    fn split(&mut self, inlines: &[Inline], base: FontKey) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::fonts::FontSet;

    fn style() -> Style {
        Style {
            font: FontKey::Regular,
            size: 11.0,
            leading: 14.0,
            align: Align::Justify,
            indent: 0.0,
        }
    }

    #[test]
    fn words_keep_emphasis_joins() {
        let inl = vec![
            Inline::Text("a big".into()),
            Inline::Emphasis(vec![Inline::Text("ger".into())]),
            Inline::Text(" dog".into()),
        ];
        let mut w = Words::default();
        w.split(&inl, FontKey::Regular);
        assert_eq!(w.len(), 3);
        let second: Vec<(FontKey, &str)> = w.get(1).iter().map(|s| (s.font, w.text(s))).collect();
        assert_eq!(
            second,
            [(FontKey::Regular, "big"), (FontKey::Italic, "ger")]
        );
    }

    #[test]
    fn line_breaks_force_unjustified_lines() {
        let fonts = FontSet::new();
        let h = Hyphenation::for_language("en");
        let mut c = Composer::new(Shaper::new(&fonts), &h);
        let inl = vec![
            Inline::Text("The rain came down".into()),
            Inline::LineBreak,
            Inline::Emphasis(vec![Inline::Text("and we".into()), Inline::LineBreak]),
            Inline::LineBreak,
            Inline::Text("went home".into()),
        ];
        let lines = c.set(&inl, &style(), 300.0);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["The rain came down", "and we", "went home"]);
        assert!(lines.iter().all(|l| l.kind == LineKind::Last), "{lines:?}");
        // Natural spacing: each short line ends well before the measure.
        assert!(lines.iter().all(|l| l.end < 150.0), "{lines:?}");
        // A kept line longer than the measure still wraps, justified, within itself.
        let long = "word ".repeat(40);
        let inl = vec![
            Inline::Text(long.trim().into()),
            Inline::LineBreak,
            Inline::Text("end".into()),
        ];
        let lines = c.set(&inl, &style(), 200.0);
        assert!(lines.len() > 3);
        assert_eq!(lines[0].kind, LineKind::Justified);
        assert_eq!(lines.last().map(|l| l.text.as_str()), Some("end"));
        let before = &lines[lines.len() - 2];
        assert_eq!(before.kind, LineKind::Last);
    }

    #[test]
    fn justified_lines_fill_the_measure_and_keep_every_word() {
        let fonts = FontSet::new();
        let h = Hyphenation::for_language("en");
        let mut c = Composer::new(Shaper::new(&fonts), &h);
        let text = "Valjean looked up from his account books. What was going on? He could hear \
            the sounds of arguing coming from the factory yard outside. Was there a dispute \
            over the pay? Better settle it now. Getting up and putting on his coat and hat, \
            he went outside.";
        let lines = c.set_text(text, &style(), 200.0);
        let mut joined = String::new();
        for l in &lines {
            let end = l
                .runs
                .iter()
                .flat_map(|r| r.glyphs.last().map(|g| g.x))
                .fold(0.0f32, f32::max);
            assert!(end <= 200.0, "overfull: {}", l.text);
            if l.kind != LineKind::Last {
                assert!(end > 180.0, "justified line too short: {}", l.text);
            }
            match l.text.strip_suffix('-') {
                Some(s) if l.kind == LineKind::Hyphenated => joined.push_str(s),
                _ => {
                    joined.push_str(&l.text);
                    joined.push(' ');
                }
            }
        }
        assert_eq!(joined.trim_end(), text);
    }

    /// Regression: "kind but wor-" / "ried." left a five-letter last line in the sample.
    #[test]
    fn no_hyphenated_fragment_as_a_paragraph_last_line() {
        let fonts = FontSet::new();
        let h = Hyphenation::for_language("en");
        let mut c = Composer::new(Shaper::new(&fonts), &h);
        let st = Style {
            indent: 13.2,
            ..style()
        };
        let text = "“Shh, it’s all right,” the voice said. The voice was kind but worried.";
        // The A5 screen measure, where the sample hyphenated "wor-ried."
        let lines = c.set_text(text, &st, 318.84);
        assert!(lines.len() >= 2, "{lines:?}");
        let penult = &lines[lines.len() - 2];
        assert_ne!(penult.kind, LineKind::Hyphenated, "{}", penult.text);
        let last = &lines[lines.len() - 1];
        assert!(last.text.chars().count() > 6, "{}", last.text);
    }

    #[test]
    fn a_word_wider_than_the_measure_is_split_and_nothing_is_lost() {
        let fonts = FontSet::new();
        let h = Hyphenation::for_language("en");
        let mut c = Composer::new(Shaper::new(&fonts), &h);
        // 100,000 characters without a space, with a combining mark and a ligature in
        // every repeat so the cuts must respect clusters.
        let long: String = "fie\u{301}ldhttps://example.org/".repeat(100_000 / 25);
        let text = format!("See {long} and more.");
        let lines = c.set_text(&text, &style(), 200.0);
        assert!(lines.len() > 100, "{}", lines.len());
        let mut joined = String::new();
        for l in &lines {
            for r in &l.runs {
                for g in &r.glyphs {
                    assert!(g.x <= 200.0, "overfull: {}", l.text);
                }
            }
            joined.push_str(&l.text);
        }
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(squeeze(&joined), squeeze(&text));
    }
}
