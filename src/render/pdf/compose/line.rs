//! Paragraph composition, lines: the breaker's lines set as positioned glyphs, word
//! spaces as real space glyphs, justified, centred or ragged.

use super::{Align, Composer, Para, Payload, SetLine, Style};
use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::frame::{Flow, GlyphRun, LineKind, PlacedGlyph};
use crate::render::pdf::linebreak::{self, INFINITY, Kind};
use crate::render::pdf::shape::Run;
use std::sync::Arc;
use unicode_bidi_mirroring::is_mirroring;

impl Composer<'_> {
    /// The runs a box item sets.
    pub(super) fn runs<'a>(
        &'a self,
        extra: &'a [Vec<Arc<Run>>],
        p: Payload,
    ) -> Option<&'a [Arc<Run>]> {
        match p {
            Payload::None | Payload::Gap => None,
            Payload::Word(i) => Some(&self.words[i as usize].shaped.runs),
            Payload::Piece(i, k) => Some(std::slice::from_ref(
                &self.words[i as usize].pieces[k as usize].run,
            )),
            Payload::Extra(i) => Some(&extra[i as usize]),
        }
    }

    pub(super) fn build_line(
        &mut self,
        para: &mut Para,
        line: &linebreak::Line,
        last: bool,
        style: &Style,
        measure: f32,
    ) -> SetLine {
        // A line ending at a forced break (a kept line of verse) is set like a last line.
        let end = para.items[line.end];
        let last = last || end.forces_break();
        // A break at a hyphen the text has (flagged, nothing added) sets no hyphen and
        // is an ordinary line to the text layer; a dictionary break adds one.
        let soft_hyphen = line.hyphenated && end.width > 0.0;
        // A line that could be filled only past the loose pass's tolerance (first-fit's,
        // beside a word or web address too long to share a line with much else) is set
        // ragged, at natural spacing: anthology11's newsletter footer set "Restack
        // https://substack.com/redirect/2" across the measure at 38 times its spaces.
        let overstretched = line.ratio > linebreak::LOOSE_TOLERANCE;
        let justify = style.align == Align::Justify && !last && !overstretched;
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
        // An overfull last line closes its letters up as far as the breaker counted on
        // (its spaces alone could not take it to the measure): without that, the last
        // line of "…Neither Was She" ran 1.2pt past the margin.
        let (track, word_end) = if justify {
            self.edge_track(para, line, line.track, style.size, soft_hyphen)
        } else if line.ratio < 0.0 {
            self.edge_track(para, line, line.track.min(0.0), style.size, soft_hyphen)
        } else {
            (0.0, 0.0)
        };
        // The letter-spacing after the last glyph set, past its ink.
        let mut trailing = 0.0f32;
        // Room for as many glyphs as the line before had: a run made for the line's
        // first word does not grow again with each word after it.
        let hint = para.line_glyphs + 8;
        let bidi = para.bidi.is_some();
        let range = if bidi {
            let set = (ratio, track, soft_hyphen);
            x = self.bidi_line(para, line, set, style, &mut runs, &mut text);
            0..0
        } else {
            line.start..line.end
        };
        for i in range {
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
                        trailing = 0.0;
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
                            x = place_tracked(&mut runs, r, x, style.size, track, hint);
                            text.push_str(&r.text);
                        }
                        // A word's last letter is spaced from the gap after it as the
                        // breaker spaced it (see `edge_track`).
                        let advance = last_advance(rs, style.size);
                        if ends_word(&para.items, i) {
                            x -= advance * (track - word_end);
                            trailing = advance * word_end;
                        } else {
                            trailing = advance * track;
                        }
                    } else {
                        // An indent is a box too: the breaker counted it among the
                        // letters that letter-spacing widens.
                        x += it.width * (1.0 + track);
                        trailing = 0.0;
                    }
                }
                Kind::Penalty => {}
            }
        }
        if soft_hyphen && !bidi {
            let font = runs.last().map(|r| r.font).unwrap_or(style.font);
            let shaped = self.hyphen(font);
            for r in &shaped.runs {
                x = place(&mut runs, r, x, style.size);
            }
            text.push('-');
            trailing = 0.0;
        }
        // Where the ink ends: a letter-spaced line's pen runs on past it.
        x -= trailing;
        // A right-to-left paragraph's lines that are not justified end at the right.
        let rtl = para.bidi.as_ref().is_some_and(|b| b.rtl());
        let offset = match style.align {
            Align::Center => ((measure - x) / 2.0).max(0.0),
            _ if rtl && !justify => (measure - x).max(0.0),
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
            Align::Lines if last => LineKind::Last,
            Align::Lines => LineKind::Ragged,
            Align::Justify if last => LineKind::Last,
            Align::Justify if soft_hyphen => LineKind::Hyphenated,
            Align::Justify if overstretched => LineKind::Ragged,
            Align::Justify => LineKind::Justified,
        };
        para.line_glyphs = runs.iter().map(|r| r.glyphs.len()).sum();
        let mut exact = Vec::with_capacity(runs.len());
        exact.append(&mut runs);
        for r in &mut exact {
            r.glyphs.shrink_to_fit();
        }
        let line = SetLine {
            height: style.leading,
            runs: exact,
            text: text.as_str().to_owned(),
            kind,
            end: x + offset,
            loose: justify && line.ratio > linebreak::LOOSE_RATIO,
            label: 0,
            hyphenable: para.hyphenable,
        };
        para.line_runs = runs;
        para.line_text = text;
        line
    }
}

impl Composer<'_> {
    /// The letter-spacing a justified (or squeezed) line is set with, within its words
    /// and after each word: the breaker's `track` (a share of the letters' width), the
    /// line's last letter's share taken over by the letters inside the words.
    ///
    /// Letter-spacing widens each advance, and the last letter's share lies after its
    /// ink, past the last word: set as the breaker counted it, a letter-spaced line's
    /// right edge fell up to a third of a point short of the measure (a squeezed line's
    /// ran as far past it), a ragged edge to a reader of the page or of its word boxes.
    /// The letters ending words keep the breaker's share, so the word gaps are the ones
    /// it judged; the letters inside words take a few hundredths of their share more. A
    /// line ending in an added hyphen keeps the breaker's track: the letter before the
    /// hyphen is spaced from it like any other.
    fn edge_track(
        &self,
        para: &Para,
        line: &linebreak::Line,
        track: f32,
        size: f32,
        hyphen: bool,
    ) -> (f32, f32) {
        let kept = (track, track);
        if track == 0.0 || hyphen || para.bidi.is_some() {
            return kept;
        }
        // The advance of the last glyph box `i` sets, in points.
        let last_glyph = |i: usize| {
            self.runs(&para.extra, para.payload[i])
                .map_or(0.0, |rs| last_advance(rs, size))
        };
        let boxes = || (line.start..line.end).filter(|&i| para.items[i].kind == Kind::Box);
        let Some(last_box) = boxes().next_back() else {
            return kept;
        };
        let letters: f32 = boxes().map(|i| para.items[i].width).sum();
        let last = last_glyph(last_box);
        let word_ends: f32 = boxes()
            .filter(|&i| i != last_box && ends_word(&para.items, i))
            .map(last_glyph)
            .sum();
        let inside = letters - word_ends - last;
        if last <= 0.0 || inside <= 0.0 {
            return kept;
        }
        (track * (inside + last) / inside, track)
    }
}

/// Whether box `i` of `items` ends a word: glue follows it.
fn ends_word(items: &[linebreak::Item], i: usize) -> bool {
    items.get(i + 1).is_some_and(|n| n.kind == Kind::Glue)
}

/// The advance of the last glyph `runs` set at `size`, in points.
fn last_advance(runs: &[Arc<Run>], size: f32) -> f32 {
    runs.last()
        .and_then(|r| r.glyphs.last())
        .map_or(0.0, |g| g.advance * size)
}

/// Appends the glyphs of `run` at pen position `x`; returns the pen after it.
pub(crate) fn place(runs: &mut Vec<GlyphRun>, run: &Run, x: f32, size: f32) -> f32 {
    place_tracked(runs, run, x, size, 0.0, 0)
}

/// As [`place`], each advance widened by the share `track` (letter-spacing); a run it
/// starts has room for `room` glyphs (more glyphs of the line may join it).
///
/// Glyphs in the face and size of the line's last run join it: a line is one run per
/// face, not one per word (a run per word was most of a 1,000-story book's memory).
pub(super) fn place_tracked(
    runs: &mut Vec<GlyphRun>,
    run: &Run,
    mut x: f32,
    size: f32,
    track: f32,
    room: usize,
) -> f32 {
    if run.glyphs.iter().any(|g| g.spelled) {
        return place_spelled(runs, run, x, size, track, Flow::Ltr);
    }
    let scale = size * (1.0 + track);
    let glyphs = run.glyphs.iter().map(|g| {
        let placed = PlacedGlyph {
            gid: g.gid,
            x: x + g.dx * size,
            dy: PlacedGlyph::raise(g.dy * size),
        };
        x += g.advance * scale;
        placed
    });
    match runs.last_mut() {
        Some(r)
            if r.font == run.font
                && r.size == size
                && r.flow == Flow::Ltr
                && r.spelled.is_none() =>
        {
            r.glyphs.extend(glyphs)
        }
        _ => {
            let mut kept = Vec::with_capacity(run.glyphs.len().max(room));
            kept.extend(glyphs);
            runs.push(GlyphRun {
                font: run.font,
                size,
                glyphs: kept,
                flow: Flow::Ltr,
                spelled: None,
            });
        }
    }
    x
}

/// As [`place_tracked`] (`flow` [`Flow::Ltr`]) or [`place_rtl`] (`flow` [`Flow::Rtl`]),
/// for a run with [`crate::render::pdf::shape::Glyph::spelled`] glyphs: each of those becomes a run of its own
/// carrying its text, so the writer draws it with a code whose ToUnicode entry is that
/// text. Out of the way of the common path: only scripts whose clusters reorder meet it.
#[cold]
#[inline(never)]
fn place_spelled(
    runs: &mut Vec<GlyphRun>,
    run: &Run,
    x: f32,
    size: f32,
    track: f32,
    flow: Flow,
) -> f32 {
    let scale = size * (1.0 + track);
    let width = run.width() * scale;
    let mut pen = if flow == Flow::Ltr { x } else { x + width };
    for g in &run.glyphs {
        if flow != Flow::Ltr {
            pen -= g.advance * scale;
        }
        let placed = PlacedGlyph {
            gid: g.gid,
            x: pen + g.dx * size,
            dy: PlacedGlyph::raise(g.dy * size),
        };
        if flow == Flow::Ltr {
            pen += g.advance * scale;
        }
        let spelled = g.spelled.then(|| run.glyph_text(g).into());
        push_glyph(runs, run, size, flow, spelled, placed);
    }
    x + width
}

/// Adds `placed` to the line's last run if it is of the same face, size and flow and
/// neither is spelled; else starts a run of its own.
fn push_glyph(
    runs: &mut Vec<GlyphRun>,
    run: &Run,
    size: f32,
    flow: Flow,
    spelled: Option<Box<str>>,
    placed: PlacedGlyph,
) {
    match runs.last_mut() {
        Some(r)
            if spelled.is_none()
                && r.spelled.is_none()
                && r.font == run.font
                && r.size == size
                && r.flow == flow =>
        {
            r.glyphs.push(placed)
        }
        _ => runs.push(GlyphRun {
            font: run.font,
            size,
            glyphs: vec![placed],
            flow,
            spelled,
        }),
    }
}

/// As [`place_tracked`], for a run at a right-to-left level: its glyphs, in logical
/// order, placed from the right end of its width (`x` is its left end), each left of
/// the one before, and drawn in that order ([`Flow::Rtl`]); returns the pen after
/// its width. `mirror`: the run's mirroring characters are drawn mirrored (a bracket
/// as its mirror image), so their glyphs are [`Flow::Mirrored`]. Out of the way of
/// the common path.
#[cold]
#[inline(never)]
pub(super) fn place_rtl(
    runs: &mut Vec<GlyphRun>,
    run: &Run,
    x: f32,
    size: f32,
    track: f32,
    mirror: bool,
) -> f32 {
    if !mirror && run.glyphs.iter().any(|g| g.spelled) {
        return place_spelled(runs, run, x, size, track, Flow::Rtl);
    }
    let scale = size * (1.0 + track);
    let mut pen = x + run.width() * scale;
    for g in &run.glyphs {
        pen -= g.advance * scale;
        let placed = PlacedGlyph {
            gid: g.gid,
            x: pen + g.dx * size,
            dy: PlacedGlyph::raise(g.dy * size),
        };
        let mut text = run.glyph_text(g).chars();
        let flow = match (text.next(), text.next()) {
            (Some(c), None) if mirror && is_mirroring(c) => Flow::Mirrored,
            _ => Flow::Rtl,
        };
        push_glyph(runs, run, size, flow, None, placed);
    }
    x + run.width() * scale
}

/// Adds a space glyph to the line's last run when that is in the same face and size,
/// not of glyphs drawn mirrored (a space is no bracket) and not spelled; else starts a
/// run of its own, drawn as the glyphs before it are (after right-to-left glyphs, so).
#[inline]
pub(super) fn push_space(runs: &mut Vec<GlyphRun>, font: FontKey, size: f32, glyph: PlacedGlyph) {
    match runs.last_mut() {
        Some(r)
            if r.font == font
                && r.size == size
                && r.flow != Flow::Mirrored
                && r.spelled.is_none() =>
        {
            r.glyphs.push(glyph)
        }
        last => {
            let flow = match last {
                Some(r) if r.flow != Flow::Ltr => Flow::Rtl,
                _ => Flow::Ltr,
            };
            runs.push(GlyphRun {
                font,
                size,
                glyphs: vec![glyph],
                flow,
                spelled: None,
            })
        }
    }
}
