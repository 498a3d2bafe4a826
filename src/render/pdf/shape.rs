//! Shaping stage: text in a face → glyphs with advances (kerning and ligatures applied).
//!
//! Input: a string and the [`FontKey`] it should be set in. Output: [`Run`]s of glyphs,
//! measured in ems so one shaping serves every size. Characters the face lacks are set in
//! the fallback face; characters no face has are reported so the caller can warn. Books
//! repeat their vocabulary, so shaped words are cached by (face, text).

use super::fonts::{FontKey, FontSet};
use std::collections::HashMap;
use std::rc::Rc;

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
    /// The text this glyph stands for: the whole cluster on its first glyph ("fi" for a
    /// ligature), empty on the others, so text extraction gives every letter once.
    pub text: String,
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

    /// Splits the run before byte `at` of its text, if a glyph cluster starts there (a
    /// ligature straddling `at` cannot be split, so that break is not offered).
    pub fn split(&self, at: usize) -> Option<(Run, Run)> {
        let idx = self.glyphs.iter().position(|g| g.cluster == at)?;
        if idx == 0 || self.glyphs[..idx].iter().any(|g| g.cluster >= at) {
            return None;
        }
        let left = Run {
            font: self.font,
            glyphs: self.glyphs[..idx].to_vec(),
            text: self.text[..at].to_string(),
        };
        let right = Run {
            font: self.font,
            glyphs: self.glyphs[idx..]
                .iter()
                .map(|g| Glyph {
                    cluster: g.cluster - at,
                    ..g.clone()
                })
                .collect(),
            text: self.text[at..].to_string(),
        };
        Some((left, right))
    }
}

/// The result of shaping one string: its runs and the characters no face could show.
#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    /// Runs in order; more than one when some characters needed the fallback face.
    pub runs: Vec<Run>,
    /// Characters missing from both the wanted face and the fallback.
    pub missing: Vec<char>,
}

/// A caching shaper over a [`FontSet`].
pub struct Shaper<'f> {
    fonts: &'f FontSet,
    cache: HashMap<(FontKey, String), Rc<Shaped>>,
}

impl<'f> Shaper<'f> {
    /// A shaper with an empty cache.
    pub fn new(fonts: &'f FontSet) -> Self {
        Shaper {
            fonts,
            cache: HashMap::new(),
        }
    }

    /// The faces this shaper uses.
    pub fn fonts(&self) -> &'f FontSet {
        self.fonts
    }

    /// Shapes `text` in `font`, falling back per character where the face lacks a glyph.
    pub fn shape(&mut self, font: FontKey, text: &str) -> Rc<Shaped> {
        if let Some(hit) = self.cache.get(&(font, text.to_string())) {
            return hit.clone();
        }
        let shaped = Rc::new(self.shape_uncached(font, text));
        self.cache.insert((font, text.to_string()), shaped.clone());
        shaped
    }

    fn shape_uncached(&self, font: FontKey, text: &str) -> Shaped {
        let mut missing = Vec::new();
        // Split into maximal segments set in one face.
        let mut segments: Vec<(FontKey, usize, usize)> = Vec::new();
        for (i, c) in text.char_indices() {
            let key = if self.fonts.covers(font, c) {
                font
            } else if self.fonts.covers(FontKey::Fallback, c) {
                FontKey::Fallback
            } else {
                if !missing.contains(&c) {
                    missing.push(c);
                }
                font
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
            .map(|(key, start, end)| self.shape_segment(key, &text[start..end]))
            .collect();
        Shaped { runs, missing }
    }

    fn shape_segment(&self, font: FontKey, text: &str) -> Run {
        let face = self.fonts.face(font);
        let upem = self.fonts.units_per_em(font);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        let out = rustybuzz::shape(face, &[], buffer);
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
                text: if first_of_cluster {
                    text[cluster..next].to_string()
                } else {
                    String::new()
                },
            });
        }
        Run {
            font,
            glyphs,
            text: text.to_string(),
        }
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
        let text: String = shaped.runs[0]
            .glyphs
            .iter()
            .map(|g| g.text.as_str())
            .collect();
        assert_eq!(text, "first fluffy");
        assert!(
            shaped.runs[0].glyphs.len() < "first fluffy".len(),
            "expected ligatures"
        );
    }

    #[test]
    fn asterism_goes_to_fallback_and_emoji_is_reported() {
        let fonts = FontSet::new();
        let mut s = Shaper::new(&fonts);
        let shaped = s.shape(FontKey::Regular, "a⁂b🙂");
        assert!(
            shaped
                .runs
                .iter()
                .any(|r| r.font == FontKey::Fallback && r.text == "⁂")
        );
        assert_eq!(shaped.missing, vec!['🙂']);
    }

    #[test]
    fn split_respects_clusters() {
        let fonts = FontSet::new();
        let mut s = Shaper::new(&fonts);
        let run = s.shape(FontKey::Regular, "wonderful").runs[0].clone();
        let (a, b) = run.split(6).expect("split");
        assert_eq!((a.text.as_str(), b.text.as_str()), ("wonder", "ful"));
        assert!((a.width() + b.width() - run.width()).abs() < 0.05);
    }
}
