//! Shaping stage, its output: glyphs with advances in ems ([`Glyph`]), grouped in runs of
//! one face ([`Run`]) that line breaking can measure and cut between glyph clusters, and
//! the [`Shaped`] result of one string.

use crate::render::pdf::fonts::FontKey;
use std::sync::Arc;

/// How far back from where the room runs out a cut too long for its line may end
/// after a soft mark instead (see [`Run::chunks`]), as a share of the room: the line
/// is left at least three fifths full, which a path's long folder names need.
const SOFT_CUT_SHARE: f32 = 0.4;

/// One shaped glyph.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Glyph id in the (unsubset) face.
    pub gid: u16,
    /// Advance in ems.
    pub advance: f32,
    /// Horizontal displacement from the pen, in ems (mark positioning).
    pub dx: f32,
    /// Vertical displacement from the baseline, in ems.
    pub dy: f32,
    /// Byte offset of this glyph's cluster within the run's text.
    pub cluster: usize,
    /// Start of the text this glyph stands for (see `text_end`).
    pub text_start: usize,
    /// End of the text this glyph stands for: the whole cluster on its first glyph ("fi"
    /// for a ligature), nothing (`text_end == text_start`) on the others, so text
    /// extraction gives every letter once. In a cluster of a base letter and marks
    /// drawn as glyphs of their own, each glyph stands for its own character ("e" and
    /// the combining acute), so the ToUnicode map names each mark. See
    /// [`Run::glyph_text`].
    pub text_end: usize,
    /// Whether this glyph's text is not its own: a cluster whose glyphs cannot each be
    /// matched to their own characters in order (Devanagari "नि", its vowel sign ि
    /// drawn before its consonant न) gives its characters, in logical order, to its
    /// glyphs in the order drawn (ि stands for "न" here, न for "ि"), so the text reads
    /// in order. The same glyphs stand for other text elsewhere, so one ToUnicode entry
    /// per glyph id cannot serve them: the writer draws each with a code of its own
    /// that carries exactly this text ([`crate::render::pdf::frame::GlyphRun::spelled`]).
    pub spelled: bool,
}

/// A run of glyphs in one face.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// The face.
    pub font: FontKey,
    /// The glyphs in logical order (their clusters ascending), whichever way the run
    /// reads: a right-to-left run is drawn from its last glyph.
    pub glyphs: Vec<Glyph>,
    /// The source text of the run.
    pub text: String,
    /// Whether the run was shaped right to left (Arabic, Hebrew): its glyphs are drawn
    /// from the last to the first.
    pub rtl: bool,
}

impl Run {
    /// Total advance in ems.
    pub fn width(&self) -> f32 {
        self.glyphs.iter().map(|g| g.advance).sum()
    }

    /// The text glyph `g` of this run stands for (empty for a cluster's later glyphs).
    pub fn glyph_text(&self, g: &Glyph) -> &str {
        self.text.get(g.text_start..g.text_end).unwrap_or("")
    }

    /// Splits the run before byte `at` of its text, if a glyph cluster starts there (a
    /// ligature straddling `at` cannot be split, so that break is not offered).
    pub fn split(&self, at: usize) -> Option<(Run, Run)> {
        let idx = self.glyphs.iter().position(|g| g.cluster == at)?;
        if idx == 0 || self.glyphs[..idx].iter().any(|g| g.cluster >= at) {
            return None;
        }
        let n = self.glyphs.len();
        Some((
            self.slice(0..idx, 0..at),
            self.slice(idx..n, at..self.text.len()),
        ))
    }

    /// Cuts the run before each byte offset in `at` (ascending) where a glyph cluster
    /// starts; offsets inside a cluster (a ligature) are skipped. Returns the pieces,
    /// each but the last with the index into `at` of the cut that ends it. One pass, so
    /// a word with thousands of break points costs no more than its length.
    pub fn split_all(&self, at: &[usize]) -> Vec<(Run, Option<usize>)> {
        let mut out = Vec::new();
        let (mut g0, mut b0) = (0, 0);
        let mut k = 0;
        let mut max_cluster = None;
        for (i, g) in self.glyphs.iter().enumerate() {
            let c = g.cluster;
            if max_cluster.is_some_and(|m| c > m) {
                while k < at.len() && at[k] < c {
                    k += 1;
                }
                if k < at.len() && at[k] == c {
                    out.push((self.slice(g0..i, b0..c), Some(k)));
                    (g0, b0) = (i, c);
                    k += 1;
                }
            }
            max_cluster = Some(max_cluster.map_or(c, |m: usize| m.max(c)));
        }
        out.push((self.slice(g0..self.glyphs.len(), b0..self.text.len()), None));
        out
    }

    /// Cuts the run into pieces no wider than `max` ems (the first no wider than
    /// `first`), between glyph clusters (so a letter and its marks, or a ligature, stay
    /// together and no character is lost). A single cluster wider than the room becomes
    /// a piece of its own.
    ///
    /// A piece ends, where it can, after a space or a mark that parts a path or a name
    /// (`_ \ / . , ; : = & ? | -`) in its last [`SOFT_CUT_SHARE`] rather than wherever the
    /// room runs out: "…_this_time." / "docx" and "…\Screenshots\" / "Lighthouse" read
    /// better than "…this_time.doc" / "x" and "…\Lighthou" / "seKeepers".
    pub fn chunks(&self, first: f32, max: f32) -> Vec<Run> {
        let mut out = Vec::new();
        let (mut g0, mut b0) = (0, 0);
        let mut width = 0.0;
        // The latest place after a soft mark in the piece being read: glyph, byte, and
        // the piece's width up to it.
        let mut soft: Option<(usize, usize, f32)> = None;
        let mut i = 0;
        while i < self.glyphs.len() {
            // One cluster: this glyph and those after it with the same cluster.
            let c = self.glyphs[i].cluster;
            let mut j = i + 1;
            while j < self.glyphs.len() && self.glyphs[j].cluster <= c {
                j += 1;
            }
            let w: f32 = self.glyphs[i..j].iter().map(|g| g.advance).sum();
            let room = if out.is_empty() { first } else { max };
            if i > g0 && width + w > room {
                match soft.take() {
                    Some((si, sc, sw)) if sw >= room * (1.0 - SOFT_CUT_SHARE) => {
                        out.push(self.slice(g0..si, b0..sc));
                        (g0, b0, width) = (si, sc, width - sw);
                    }
                    _ => {
                        out.push(self.slice(g0..i, b0..c));
                        (g0, b0, width) = (i, c, 0.0);
                    }
                }
            }
            width += w;
            let next = self.glyphs.get(j).map_or(self.text.len(), |g| g.cluster);
            let soft_mark = self.text[c..]
                .chars()
                .next()
                .is_some_and(|ch| ch.is_whitespace() || "_\\/.,;:=&?|-".contains(ch));
            if soft_mark && j < self.glyphs.len() && next > c {
                soft = Some((j, next, width));
            }
            i = j;
        }
        out.push(self.slice(g0..self.glyphs.len(), b0..self.text.len()));
        out
    }

    /// Glyphs `glyphs` standing for the text bytes `bytes`, as a run of their own.
    fn slice(&self, glyphs: std::ops::Range<usize>, bytes: std::ops::Range<usize>) -> Run {
        let at = bytes.start;
        Run {
            font: self.font,
            glyphs: self.glyphs[glyphs]
                .iter()
                .map(|g| Glyph {
                    cluster: g.cluster - at,
                    text_start: g.text_start - at,
                    text_end: g.text_end - at,
                    ..g.clone()
                })
                .collect(),
            text: self.text[bytes].to_string(),
            rtl: self.rtl,
        }
    }
}

/// The result of shaping one string: its runs and the characters no face could show.
#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    /// Runs in order; more than one when some characters needed the fallback face.
    pub runs: Vec<Arc<Run>>,
    /// Characters missing from both the wanted face and the fallback.
    pub missing: Vec<char>,
}
