//! Shaping stage: text in a face → glyphs with advances (kerning and ligatures applied).
//!
//! Input: a string and the [`FontKey`] it should be set in. Output: [`Run`]s of glyphs,
//! measured in ems so one shaping serves every size. Characters the face lacks are set in
//! the bundled fallback face, or else in an installed face ([`FontSet::fallback_for`]);
//! characters no face has are set as boxes of [`FontKey::Missing`], each with its own
//! glyph id so its text survives, and reported so the caller can warn. Books
//! repeat their vocabulary, so shaped words are cached by (face, text) in a
//! [`ShapeCache`] that every thread typesetting a chapter shares.

use super::fonts::{FontKey, FontSet};
use rustc_hash::FxBuildHasher;
use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;
use std::sync::{Arc, Mutex};

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
}

/// A run of glyphs in one face.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// The face.
    pub font: FontKey,
    /// The glyphs in visual (= logical, we set left-to-right only) order.
    pub glyphs: Vec<Glyph>,
    /// The source text of the run.
    pub text: String,
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

    /// Cuts the run into pieces no wider than `max` ems, between glyph clusters (so a
    /// letter and its marks, or a ligature, stay together and no character is lost). A
    /// single cluster wider than `max` becomes a piece of its own.
    pub fn chunks(&self, max: f32) -> Vec<Run> {
        let mut out = Vec::new();
        let (mut g0, mut b0) = (0, 0);
        let mut width = 0.0;
        let mut i = 0;
        while i < self.glyphs.len() {
            // One cluster: this glyph and those after it with the same cluster.
            let c = self.glyphs[i].cluster;
            let mut j = i + 1;
            while j < self.glyphs.len() && self.glyphs[j].cluster <= c {
                j += 1;
            }
            let w: f32 = self.glyphs[i..j].iter().map(|g| g.advance).sum();
            if i > g0 && width + w > max {
                out.push(self.slice(g0..i, b0..c));
                (g0, b0, width) = (i, c, 0.0);
            }
            width += w;
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

/// Shards of a [`Sharded`] cache: enough that two to eight threads rarely wait on each
/// other.
const SHARDS: usize = 16;

/// A cache by (face, text) shared by every thread typesetting a book, in shards under
/// their own locks. Its values must be pure functions of (face, text), so which thread
/// fills an entry first does not change any output.
pub struct Sharded<V> {
    shards: Vec<Shard<V>>,
}

/// One shard: text → value, for one face.
type Shard<V> = Mutex<HashMap<Box<str>, Arc<V>, FxBuildHasher>>;

impl<V> Default for Sharded<V> {
    fn default() -> Self {
        Sharded {
            shards: (0..SHARDS * FontKey::ALL.len())
                .map(|_| Mutex::default())
                .collect(),
        }
    }
}

impl<V> Sharded<V> {
    /// The value for (`font`, `text`), made by `make` outside the lock if absent; if
    /// another thread made it meanwhile, its value is kept.
    pub fn get_or(&self, font: FontKey, text: &str, make: impl FnOnce() -> V) -> Arc<V> {
        let h = FxBuildHasher.hash_one(text) as usize % SHARDS;
        let shard = &self.shards[font as usize * SHARDS + h];
        if let Some(hit) = shard.lock().unwrap_or_else(|e| e.into_inner()).get(text) {
            return hit.clone();
        }
        let value = Arc::new(make());
        shard
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(text.into())
            .or_insert(value)
            .clone()
    }

    /// Calls `f` on every value, shard by shard.
    fn for_each(&self, mut f: impl FnMut(&V)) {
        for shard in &self.shards {
            let map = shard.lock().unwrap_or_else(|e| e.into_inner());
            map.values().for_each(|v| f(v));
        }
    }
}

/// Shaped words by (face, text).
#[derive(Default)]
pub struct ShapeCache(Sharded<Shaped>);

impl ShapeCache {
    /// For every glyph ever shaped, the text it stands for: per face, glyph id → text.
    /// A glyph met with different texts (a base letter that also starts a letter+mark
    /// cluster) keeps the shortest, then smallest, so the choice does not depend on
    /// which thread shaped what first.
    pub fn glyph_texts(&self) -> BTreeMap<FontKey, BTreeMap<u16, String>> {
        let mut out: BTreeMap<FontKey, BTreeMap<u16, String>> = BTreeMap::new();
        self.0.for_each(|shaped| {
            for run in &shaped.runs {
                let face = out.entry(run.font).or_default();
                for g in &run.glyphs {
                    let t = run.glyph_text(g);
                    if t.is_empty() {
                        continue;
                    }
                    match face.get_mut(&g.gid) {
                        Some(old) if (old.len(), old.as_str()) <= (t.len(), t) => {}
                        Some(old) => *old = t.to_string(),
                        None => {
                            face.insert(g.gid, t.to_string());
                        }
                    }
                }
            }
        });
        out
    }
}

/// A caching shaper over a [`FontSet`].
pub struct Shaper<'f> {
    fonts: &'f FontSet,
    cache: Arc<ShapeCache>,
    /// Shape plans by face and script: what `rustybuzz::shape` would build afresh for
    /// every string (it reads the face's feature tables each time).
    plans: Vec<(FontKey, Option<rustybuzz::Script>, rustybuzz::ShapePlan)>,
}

impl<'f> Shaper<'f> {
    /// A shaper with a cache of its own.
    pub fn new(fonts: &'f FontSet) -> Self {
        Shaper::with_cache(fonts, Arc::default())
    }

    /// A shaper sharing `cache` with others (one per thread).
    pub fn with_cache(fonts: &'f FontSet, cache: Arc<ShapeCache>) -> Self {
        Shaper {
            fonts,
            cache,
            plans: Vec::new(),
        }
    }

    /// The faces this shaper uses.
    pub fn fonts(&self) -> &'f FontSet {
        self.fonts
    }

    /// The cache this shaper fills.
    pub fn cache(&self) -> &Arc<ShapeCache> {
        &self.cache
    }

    /// Shapes `text` (one word, or part of one) in `font`; if the face lacks a character,
    /// the whole text goes to the fallback face when that has every character, and only
    /// the missing characters otherwise.
    pub fn shape(&mut self, font: FontKey, text: &str) -> Arc<Shaped> {
        // The missing-character face draws only boxes: a space or hyphen set next to
        // one (in "its" face) is Charis's.
        let font = match font {
            FontKey::Missing => FontKey::Regular,
            f => f,
        };
        let cache = self.cache.clone();
        cache
            .0
            .get_or(font, text, || self.shape_uncached(font, text))
    }

    fn shape_uncached(&mut self, font: FontKey, text: &str) -> Shaped {
        // Choose the face per word, not per letter: Charis has a few Greek letters (for
        // IPA) but not Greek as a script, and a word that switches faces mid-word shows
        // two designs side by side. If the wanted face lacks any character the fallback
        // has, and the fallback has them all, the whole word goes to the fallback.
        let fallback_whole = font != FontKey::Fallback
            && text.chars().any(|c| !self.fonts.covers(font, c))
            && text
                .chars()
                .all(|c| self.fonts.covers(FontKey::Fallback, c));
        if fallback_whole {
            return Shaped {
                runs: vec![Arc::new(self.shape_segment(FontKey::Fallback, text))],
                missing: Vec::new(),
            };
        }
        let mut missing = Vec::new();
        // Split into maximal segments set in one face.
        let mut segments: Vec<(FontKey, usize, usize)> = Vec::new();
        for (i, c) in text.char_indices() {
            let key = if self.fonts.covers(font, c) {
                font
            } else if self.fonts.covers(FontKey::Fallback, c) {
                FontKey::Fallback
            } else if let Some(k) = self.fonts.fallback_for(c) {
                k
            } else {
                if !missing.contains(&c) {
                    missing.push(c);
                }
                FontKey::Missing
            };
            // Combining marks stay with their base so they are shaped together.
            let joins_previous = is_mark(c) && !segments.is_empty();
            match segments.last_mut() {
                Some((k, _, end)) if *k == key || joins_previous => *end = i + c.len_utf8(),
                _ => segments.push((key, i, i + c.len_utf8())),
            }
        }
        let runs = segments
            .into_iter()
            .map(|(key, start, end)| Arc::new(self.shape_segment(key, &text[start..end])))
            .collect();
        Shaped { runs, missing }
    }

    fn shape_segment(&mut self, font: FontKey, text: &str) -> Run {
        if font == FontKey::Missing {
            return self.missing_segment(text);
        }
        let face = self.fonts.face(font);
        let upem = self.fonts.units_per_em(font);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        // What `rustybuzz::shape` does, with the plan kept: the script is guessed from
        // the text (none if it has only common characters), the language is unset.
        buffer.guess_segment_properties();
        let script = Some(buffer.script()).filter(|s| *s != rustybuzz::script::UNKNOWN);
        let plan = match self
            .plans
            .iter()
            .position(|(f, s, _)| *f == font && *s == script)
        {
            Some(i) => &self.plans[i].2,
            None => {
                let plan = rustybuzz::ShapePlan::new(face, buffer.direction(), script, None, &[]);
                self.plans.push((font, script, plan));
                &self.plans[self.plans.len() - 1].2
            }
        };
        let out = rustybuzz::shape_with_plan(face, plan, buffer);
        let infos = out.glyph_infos();
        let positions = out.glyph_positions();
        let mut glyphs = Vec::with_capacity(infos.len());
        for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let cluster = info.cluster as usize;
            let first_of_cluster = i == 0 || infos[i - 1].cluster as usize != cluster;
            let next = infos[i..]
                .iter()
                .map(|g| g.cluster as usize)
                .find(|&c| c > cluster)
                .unwrap_or(text.len());
            glyphs.push(Glyph {
                gid: info.glyph_id as u16,
                advance: pos.x_advance as f32 / upem,
                dx: pos.x_offset as f32 / upem,
                dy: pos.y_offset as f32 / upem,
                cluster,
                text_start: cluster,
                text_end: if first_of_cluster { next } else { cluster },
            });
        }
        split_cluster_text(face, text, &mut glyphs);
        Run {
            font,
            glyphs,
            text: text.to_string(),
        }
    }
}

impl Shaper<'_> {
    /// Characters no face has: one box each (Charis's `.notdef`, at its advance), each
    /// box a glyph of its own standing for its character.
    fn missing_segment(&mut self, text: &str) -> Run {
        let face = self.fonts.face(FontKey::Regular);
        let advance = face
            .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(0))
            .unwrap_or(0) as f32
            / self.fonts.units_per_em(FontKey::Regular);
        let glyphs = text
            .char_indices()
            .map(|(i, c)| Glyph {
                gid: self.fonts.missing_gid(c),
                advance,
                dx: 0.0,
                dy: 0.0,
                cluster: i,
                text_start: i,
                text_end: i + c.len_utf8(),
            })
            .collect();
        Run {
            font: FontKey::Missing,
            glyphs,
            text: text.to_string(),
        }
    }
}

/// Gives each glyph of a multi-glyph cluster its own characters where the face's cmap
/// shows which character each glyph draws: a base letter with a stack of combining
/// marks drawn as separate glyphs ("e", U+0301, U+0323) becomes one glyph per
/// character, so no glyph's ToUnicode text carries another glyph's mark. Glyph `k`
/// stands for the text from its own character to the next matched one; the first glyph
/// keeps whatever precedes the first match. Clusters whose glyphs cannot be matched in
/// order (a ligature, a reordered mark) keep the whole cluster on their first glyph.
fn split_cluster_text(face: &rustybuzz::Face, text: &str, glyphs: &mut [Glyph]) {
    let mut i = 0;
    while i < glyphs.len() {
        let c = glyphs[i].cluster;
        let mut j = i + 1;
        while j < glyphs.len() && glyphs[j].cluster == c {
            j += 1;
        }
        if j - i > 1 {
            let end = glyphs[i].text_end;
            let chars: Vec<(usize, char)> = text[c..end]
                .char_indices()
                .map(|(o, ch)| (c + o, ch))
                .collect();
            // For each later glyph, an unused character (after the first) that the cmap
            // maps to it; marks may come out in canonical rather than typed order.
            let mut used = vec![false; chars.len()];
            let mut own = Vec::with_capacity(j - i - 1);
            for g in &glyphs[i + 1..j] {
                let hit = (1..chars.len()).find(|&k| {
                    !used[k] && face.glyph_index(chars[k].1).map(|x| x.0) == Some(g.gid)
                });
                let Some(k) = hit else { break };
                used[k] = true;
                own.push(k);
            }
            // The first glyph keeps the characters no later glyph took; they must be a
            // prefix, so each glyph's text stays one range of the run's text.
            let first_rest = used.iter().position(|u| *u).unwrap_or(chars.len());
            if own.len() == j - i - 1 && used[first_rest..].iter().all(|u| *u) {
                let range = |k: usize| {
                    let end = chars.get(k + 1).map_or(end, |c| c.0);
                    (chars[k].0, end)
                };
                glyphs[i].text_end = chars.get(first_rest).map_or(end, |c| c.0);
                for (g, k) in glyphs[i + 1..j].iter_mut().zip(own) {
                    (g.text_start, g.text_end) = range(k);
                }
            }
        }
        i = j;
    }
}

/// Whether `c` is a combining mark (the common Unicode blocks are enough for prose).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ligature_keeps_its_letters_for_extraction() {
        let fonts = FontSet::new();
        let mut s = Shaper::new(&fonts);
        let shaped = s.shape(FontKey::Regular, "first fluffy");
        let run = &shaped.runs[0];
        let text: String = run.glyphs.iter().map(|g| run.glyph_text(g)).collect();
        assert_eq!(text, "first fluffy");
        assert!(
            shaped.runs[0].glyphs.len() < "first fluffy".len(),
            "expected ligatures"
        );
    }

    #[test]
    fn asterism_goes_to_fallback_and_a_character_no_face_has_is_reported() {
        let fonts = FontSet::new();
        let mut s = Shaper::new(&fonts);
        // U+10FFFD: private use, in no font.
        let shaped = s.shape(FontKey::Regular, "a⁂b\u{10FFFD}c\u{10FFFD}");
        assert!(
            shaped
                .runs
                .iter()
                .any(|r| r.font == FontKey::Fallback && r.text == "⁂")
        );
        assert_eq!(shaped.missing, vec!['\u{10FFFD}']);
        // Set as a box of its own glyph, standing for itself (twice the same glyph).
        let boxes: Vec<&Glyph> = shaped
            .runs
            .iter()
            .filter(|r| r.font == FontKey::Missing)
            .flat_map(|r| &r.glyphs)
            .collect();
        assert_eq!(boxes.len(), 2);
        assert!(boxes.iter().all(|g| g.gid == boxes[0].gid && g.gid != 0));
        assert!(boxes[0].advance > 0.2);
    }

    #[test]
    fn a_greek_word_is_set_wholly_in_the_fallback() {
        let fonts = FontSet::new();
        let mut s = Shaper::new(&fonts);
        // Charis has γ and θ but not ν or ῶ: the word must not switch faces.
        let shaped = s.shape(FontKey::Regular, "“γνῶθι");
        assert_eq!(shaped.runs.len(), 1);
        assert_eq!(shaped.runs[0].font, FontKey::Fallback);
        assert_eq!(shaped.runs[0].text, "“γνῶθι");
    }

    #[test]
    fn each_mark_of_a_stack_keeps_its_own_text() {
        let fonts = FontSet::new();
        let mut s = Shaper::new(&fonts);
        // q has no precomposed forms: the marks are glyphs of their own.
        let word = "q\u{301}\u{323}x";
        let shaped = s.shape(FontKey::Regular, word);
        let run = &shaped.runs[0];
        let texts: Vec<&str> = run.glyphs.iter().map(|g| run.glyph_text(g)).collect();
        // In glyph order, which is the canonical order of the marks: the same text.
        use unicode_normalization::UnicodeNormalization;
        assert_eq!(
            texts.concat().nfd().collect::<String>(),
            word.nfd().collect::<String>()
        );
        assert!(texts.contains(&"q"), "{texts:?}");
        assert!(texts.contains(&"\u{301}"), "{texts:?}");
        assert!(texts.contains(&"\u{323}"), "{texts:?}");
    }

    #[test]
    fn split_respects_clusters() {
        let fonts = FontSet::new();
        let mut s = Shaper::new(&fonts);
        let run = (*s.shape(FontKey::Regular, "wonderful").runs[0]).clone();
        let (a, b) = run.split(6).expect("split");
        assert_eq!((a.text.as_str(), b.text.as_str()), ("wonder", "ful"));
        assert!((a.width() + b.width() - run.width()).abs() < 0.05);
    }
}
