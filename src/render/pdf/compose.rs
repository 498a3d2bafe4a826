//! Paragraph composition: inline text → shaped, hyphenated, broken and justified lines.
//!
//! Input: a run of [`Inline`]s, a [`Style`] and a measure. Output: [`SetLine`]s whose glyphs
//! are positioned relative to the line's left edge and baseline. This stage ties shaping,
//! hyphenation and line breaking together; it knows nothing of pages.

use super::fonts::FontKey;
use super::frame::{GlyphRun, LineKind, PlacedGlyph};
use super::hyphenate::Hyphenation;
use super::linebreak::{self, INFINITY, Item, Kind};
use super::shape::{Run, Shaper};
use crate::model::Inline;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Cost of a hyphenated break: TeX's default, enough to prefer a slightly looser line.
const HYPHEN_PENALTY: f32 = 50.0;
/// Cost of breaking after a dash inside a word ("then—suddenly"): cheaper than a hyphen,
/// since no character is added, but not free.
const DASH_PENALTY: f32 = 30.0;
/// Cost of breaking inside a word too wide for the measure (a long URL): between any two
/// characters, with no hyphen, because otherwise it would run into the margin. High, so
/// such a word is broken only where it must be.
const EMERGENCY_PENALTY: f32 = 1_000.0;
/// Words longer than this (in bytes) are not looked up in the hyphenation patterns.
const MAX_HYPHENATED_BYTES: usize = 64;
/// Interword glue may stretch by half a space and shrink by a third (TeX's proportions).
const SPACE_STRETCH: f32 = 0.5;
const SPACE_SHRINK: f32 = 1.0 / 3.0;

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

/// What a box item carries: shaped runs (shared with the word cache); `None` for an
/// indent, glue or penalty.
type Payload = Option<Vec<Arc<Run>>>;

/// Composes paragraphs; remembers characters no font could show.
pub struct Composer<'f> {
    shaper: Shaper<'f>,
    hyphenation: &'f Hyphenation,
    /// Characters met that neither the book face nor the fallback has.
    pub missing: BTreeSet<char>,
}

impl<'f> Composer<'f> {
    /// A composer over `shaper`, hyphenating with `hyphenation`.
    pub fn new(shaper: Shaper<'f>, hyphenation: &'f Hyphenation) -> Self {
        Composer {
            shaper,
            hyphenation,
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
        shaped.runs.iter().map(|r| r.width()).sum::<f32>() * style.size
    }

    /// Composes a paragraph into lines of `measure` points.
    pub fn set(&mut self, inlines: &[Inline], style: &Style, measure: f32) -> Vec<SetLine> {
        let words = words(inlines, style.font);
        if words.is_empty() {
            return Vec::new();
        }
        let (items, payload) = self.items(&words, style, measure);
        let lines = linebreak::break_lines(&items, measure);
        lines
            .iter()
            .enumerate()
            .map(|(n, l)| {
                let last = n + 1 == lines.len();
                self.build_line(&items, &payload, l, last, style, measure)
            })
            .collect()
    }

    fn items(
        &mut self,
        words: &[Vec<(FontKey, String)>],
        style: &Style,
        measure: f32,
    ) -> (Vec<Item>, Vec<Payload>) {
        let mut items = Vec::new();
        let mut payload: Vec<Payload> = Vec::new();
        let size = style.size;
        if style.indent > 0.0 && style.align == Align::Justify {
            items.push(Item::boxed(style.indent));
            payload.push(None);
        }
        for (wi, word) in words.iter().enumerate() {
            if wi > 0 {
                let font = word[0].0;
                let space = self
                    .measure_text(" ", &Style { font, ..*style })
                    .max(size * 0.2);
                let (stretch, shrink) = match style.align {
                    Align::Justify => (space * SPACE_STRETCH, space * SPACE_SHRINK),
                    // Ragged text: any line may end short, so lines break where the
                    // measure runs out rather than being justified.
                    _ => (size * 3.0, 0.0),
                };
                items.push(Item::glue(space, stretch, shrink));
                payload.push(None);
            }
            let mut runs: Vec<Arc<Run>> = Vec::new();
            for (font, text) in word {
                let shaped = self.shaper.shape(*font, text);
                self.missing.extend(shaped.missing.iter().copied());
                runs.extend(shaped.runs.iter().cloned());
            }
            // Break opportunities exist only inside a word set as one run (the common case).
            let breaks: Vec<(usize, bool)> = if runs.len() == 1 {
                word_breaks(&runs[0].text, self.hyphenation)
            } else {
                Vec::new()
            };
            if breaks.is_empty() {
                push_box(&mut items, &mut payload, runs, size, measure);
                continue;
            }
            let offsets: Vec<usize> = breaks.iter().map(|b| b.0).collect();
            for (piece, cut) in runs[0].split_all(&offsets) {
                let font = piece.font;
                push_box(
                    &mut items,
                    &mut payload,
                    vec![Arc::new(piece)],
                    size,
                    measure,
                );
                let Some(k) = cut else { continue };
                let (w, p) = if breaks[k].1 {
                    (
                        self.measure_text("-", &Style { font, ..*style }),
                        HYPHEN_PENALTY,
                    )
                } else {
                    (0.0, DASH_PENALTY)
                };
                items.push(Item::penalty(w, p, breaks[k].1));
                payload.push(None);
            }
        }
        items.push(Item::glue(0.0, INFINITY, 0.0));
        payload.push(None);
        items.push(Item::penalty(0.0, -INFINITY, false));
        payload.push(None);
        (items, payload)
    }

    fn build_line(
        &mut self,
        items: &[Item],
        payload: &[Payload],
        line: &linebreak::Line,
        last: bool,
        style: &Style,
        measure: f32,
    ) -> SetLine {
        let justify = style.align == Align::Justify && !last;
        // Last lines and ragged lines use natural spacing; an overfull last line may shrink.
        let ratio = if justify || line.ratio < 0.0 {
            line.ratio.max(-1.0)
        } else {
            0.0
        };
        let mut x = 0.0f32;
        let mut runs: Vec<GlyphRun> = Vec::new();
        let mut text = String::new();
        let mut pending_space = false;
        for i in line.start..line.end {
            let it = items[i];
            match it.kind {
                Kind::Glue => {
                    let adj = if ratio >= 0.0 {
                        it.stretch * ratio
                    } else {
                        it.shrink * ratio
                    };
                    // The paragraph-end glue is infinitely stretchy: never apply it.
                    if it.stretch < INFINITY {
                        x += it.width + adj;
                        pending_space = true;
                    }
                }
                Kind::Box => {
                    if let Some(rs) = &payload[i] {
                        if pending_space && !text.is_empty() {
                            text.push(' ');
                        }
                        pending_space = false;
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
            let shaped = self.shaper.shape(font, "-");
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
        SetLine {
            height: style.leading,
            runs,
            text,
            kind,
            end: x + offset,
        }
    }
}

/// Appends a box for `runs` (part of a word), cut into pieces with emergency breaks
/// between them if it is wider than the measure.
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
    runs: Vec<Arc<Run>>,
    size: f32,
    measure: f32,
) {
    let width: f32 = runs.iter().map(|r| r.width()).sum::<f32>() * size;
    if width <= measure || size <= 0.0 {
        items.push(Item::boxed(width));
        payload.push(Some(runs));
        return;
    }
    let mut first = true;
    for run in runs {
        for piece in run.chunks(measure / size) {
            if !first {
                items.push(Item::penalty(0.0, EMERGENCY_PENALTY, false));
                payload.push(None);
            }
            first = false;
            items.push(Item::boxed(piece.width() * size));
            payload.push(Some(vec![Arc::new(piece)]));
        }
    }
}

/// Appends the glyphs of `run` at pen position `x`; returns the pen after it.
fn place(runs: &mut Vec<GlyphRun>, run: &Run, mut x: f32, size: f32) -> f32 {
    let mut out = GlyphRun {
        font: run.font,
        size,
        glyphs: Vec::with_capacity(run.glyphs.len()),
    };
    for g in &run.glyphs {
        out.glyphs.push(PlacedGlyph {
            gid: g.gid,
            x: x + g.dx * size,
            y: g.dy * size,
        });
        x += g.advance * size;
    }
    runs.push(out);
    x
}

/// Break opportunities inside a word: (byte offset, adds a hyphen).
fn word_breaks(word: &str, hyph: &Hyphenation) -> Vec<(usize, bool)> {
    let mut out: Vec<(usize, bool)> = Vec::new();
    // After an em or en dash, or a hyphen between letters: no character is added.
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for w in chars.windows(2) {
        let ((_, a), (j, b)) = (w[0], w[1]);
        if matches!(a, '—' | '–') || (a == '-' && b.is_alphabetic()) {
            out.push((j, false));
        }
    }
    // Longer than any dictionary word: patterns would only invent breaks, and the word
    // gets emergency breaks where the measure runs out instead.
    if out.is_empty() && word.len() <= MAX_HYPHENATED_BYTES {
        out.extend(hyph.breaks(word).into_iter().map(|b| (b, true)));
    }
    out.sort();
    out
}

/// Splits inlines into words: each word a list of (face, text) segments, so emphasis may
/// start or end inside a word without losing the join.
fn words(inlines: &[Inline], base: FontKey) -> Vec<Vec<(FontKey, String)>> {
    fn walk(inl: &Inline, font: FontKey, out: &mut Vec<Vec<(FontKey, String)>>, open: &mut bool) {
        match inl {
            Inline::Text(t) => {
                for (i, part) in t.split(char::is_whitespace).enumerate() {
                    if i > 0 {
                        *open = false;
                    }
                    if part.is_empty() {
                        continue;
                    }
                    if !*open {
                        out.push(Vec::new());
                        *open = true;
                    }
                    let word = out.last_mut().expect("pushed above");
                    match word.last_mut() {
                        Some((f, s)) if *f == font => s.push_str(part),
                        _ => word.push((font, part.to_string())),
                    }
                }
            }
            Inline::Emphasis(children) => {
                for c in children {
                    walk(c, font.emphasised(), out, open);
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut open = false;
    for i in inlines {
        walk(i, base, &mut out, &mut open);
    }
    out
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
        let w = words(&inl, FontKey::Regular);
        assert_eq!(w.len(), 3);
        assert_eq!(
            w[1],
            vec![
                (FontKey::Regular, "big".into()),
                (FontKey::Italic, "ger".into())
            ]
        );
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
