//! Shaping stage, the work: [`Shaper`] picks a face for each word (the wanted one, the
//! bundled fallback, an installed face, or boxes for characters no face has), shapes it
//! with rustybuzz and gives each glyph the text it stands for.

use super::cache::ShapeCache;
use super::run::{Glyph, Run, Shaped};
use crate::render::pdf::bitmap;
use crate::render::pdf::fonts::{FontKey, FontSet};
use std::borrow::Cow;
use std::sync::Arc;

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
        // The missing-character face draws only boxes, the colour bitmap face only
        // pictures: a space or hyphen set next to one (in "its" face) is Charis's.
        let font = match font {
            FontKey::Missing | FontKey::Emoji => FontKey::Regular,
            f => f,
        };
        let cache = self.cache.clone();
        cache.get_or(font, text, || self.shape_uncached(font, text))
    }

    fn shape_uncached(&mut self, font: FontKey, text: &str) -> Shaped {
        // Choose the face per word, not per letter: Charis has a few Greek letters (for
        // IPA) but not Greek as a script, and a word that switches faces mid-word shows
        // two designs side by side. If the wanted face has every character (nearly every
        // word), the word is one run in it; if it lacks any the fallback has, and the
        // fallback has them all, the whole word goes to the fallback.
        let whole = |key: FontKey| text.chars().all(|c| self.fonts.covers(key, c));
        let one_face = if text.is_empty() {
            None
        } else if whole(font) {
            Some(font)
        } else if font != FontKey::Fallback && whole(FontKey::Fallback) {
            Some(FontKey::Fallback)
        } else {
            self.script_face(font, text)
        };
        if let Some(key) = one_face {
            return Shaped {
                runs: vec![Arc::new(self.shape_segment(key, text))],
                missing: Vec::new(),
            };
        }
        let mut missing = Vec::new();
        // Split into maximal segments set in one face.
        let mut segments: Vec<(FontKey, usize, usize)> = Vec::new();
        // Emoji sequences (👍🏽, 👩‍❤️‍👨, 🇹🇷) go whole to the colour bitmap face when it
        // has them, to be shaped as the one picture they mean: up to here.
        let mut colour_until = 0;
        for (i, c) in text.char_indices() {
            if i >= colour_until
                && bitmap::may_start_sequence(c)
                && let Some(end) = bitmap::sequence_end(text, i)
                && self.fonts.colour_sequence(&text[i..end])
            {
                colour_until = end;
            }
            // And a variation selector after an emoji only the colour face has.
            let in_sequence = i < colour_until
                || (segments.last().is_some_and(|s| s.0 == FontKey::Emoji)
                    && bitmap::is_joiner(c)
                    && self.fonts.covers(FontKey::Emoji, c));
            let key = if in_sequence {
                FontKey::Emoji
            } else if self.fonts.covers(font, c) {
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

    /// The installed face a word goes to whole when the wanted face lacks its letters
    /// and has only its punctuation: "“现在", "שאלתי." and "(愛)," keep their quote
    /// marks and stops in the design of their letters (full-width in a CJK face, as
    /// Chinese and Japanese set them), not Charis's beside another script. A word whose
    /// letters the wanted face has in part ("Tokyo東京") is still split by character.
    fn script_face(&self, font: FontKey, text: &str) -> Option<FontKey> {
        let lacking = text.chars().find(|&c| !self.fonts.covers(font, c))?;
        let sequence = |(i, c): (usize, char)| {
            bitmap::may_start_sequence(c) && bitmap::sequence_end(text, i).is_some()
        };
        if text.char_indices().any(sequence) {
            return None;
        }
        // `fallback_for` gives an outline face or the colour one (never `Missing`).
        let key = self.fonts.fallback_for(lacking)?;
        if key == FontKey::Emoji {
            return None;
        }
        // Only letters move their punctuation: a symbol the wanted face lacks (★, ♥)
        // leaves the comma after it in Charis.
        text.chars()
            .all(|c| {
                let lacks = !self.fonts.covers(font, c);
                (if lacks {
                    c.is_alphabetic() || is_mark(c)
                } else {
                    !c.is_alphanumeric()
                }) && self.fonts.covers(key, c)
            })
            .then_some(key)
    }

    fn shape_segment(&mut self, font: FontKey, text: &str) -> Run {
        if font == FontKey::Missing {
            return self.missing_segment(text);
        }
        let face = self.fonts.face(font);
        let upem = self.fonts.units_per_em(font);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        // What `rustybuzz::shape` does, with the plan kept: the script is guessed from
        // the text (none if it has only common characters), the language is unset, and
        // the direction is the script's: a word in Arabic or Hebrew is shaped right to
        // left, so its letters join (initial, medial and final forms) and brackets are
        // mirrored. Everything else is left to right.
        buffer.guess_segment_properties();
        let script = Some(buffer.script()).filter(|s| *s != rustybuzz::script::UNKNOWN);
        let rtl = buffer.direction() == rustybuzz::Direction::RightToLeft;
        if !rtl {
            buffer.set_direction(rustybuzz::Direction::LeftToRight);
        }
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
        // A right-to-left run comes out in visual order; it is kept in logical order
        // (clusters ascending, as line breaking and hyphenation cut it) and reversed
        // again where a line is set.
        let (mut infos, mut positions) = (
            Cow::Borrowed(out.glyph_infos()),
            Cow::Borrowed(out.glyph_positions()),
        );
        if rtl {
            infos.to_mut().reverse();
            positions.to_mut().reverse();
        }
        let mut glyphs = Vec::with_capacity(infos.len());
        for (i, (info, pos)) in infos.iter().zip(positions.iter()).enumerate() {
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
                spelled: false,
            });
        }
        split_cluster_text(face, text, &mut glyphs);
        if font == FontKey::Emoji {
            // A colour bitmap glyph is measured as it is drawn: its picture one em. Its
            // text is carried by the emoji face's own codes, one per glyph drawn.
            for g in &mut glyphs {
                g.spelled = false;
                let k = self.fonts.bitmap_scale(font, g.gid);
                (g.advance, g.dx, g.dy) = (g.advance * k, g.dx * k, g.dy * k);
            }
        }
        Run {
            font,
            glyphs,
            text: text.to_string(),
            rtl,
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
                spelled: false,
            })
            .collect();
        Run {
            font: FontKey::Missing,
            glyphs,
            text: text.to_string(),
            rtl: false,
        }
    }
}

/// Gives each glyph of a multi-glyph cluster its own characters where the face's cmap
/// shows which character each glyph draws: a base letter with a stack of combining
/// marks drawn as separate glyphs ("e", U+0301, U+0323) becomes one glyph per
/// character, so no glyph's ToUnicode text carries another glyph's mark. Glyph `k`
/// stands for the text from its own character to the next matched one; the first glyph
/// keeps whatever precedes the first match. Clusters whose glyphs cannot be matched in
/// order (a reordered vowel sign, a letter drawn as base and mark) give their
/// characters, in logical order, to their glyphs in the order drawn, and all their
/// glyphs are [`Glyph::spelled`].
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
            } else {
                // The cluster's characters in logical order over its glyphs in the order
                // drawn, one each, the last glyph with any left: the text reads in order
                // and every glyph carries some of it, so no extractor sees a gap in a
                // word ("नि" drawn ि, न reads न, ि).
                let n = j - i;
                for (k, g) in glyphs[i..j].iter_mut().enumerate() {
                    let start = chars.get(k).map_or(end, |c| c.0);
                    let stop = match chars.get(k + 1) {
                        Some(c) if k + 1 < n => c.0,
                        _ => end,
                    };
                    (g.text_start, g.text_end) = (start, stop.max(start));
                    g.spelled = true;
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
