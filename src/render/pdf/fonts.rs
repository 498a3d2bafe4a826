//! Fonts stage: the faces the PDF is set in, parsed once.
//!
//! Input: the font bytes compiled into the binary ([`crate::fonts`]). Output: a [`FontSet`]
//! that the shaper asks for glyph coverage and shaping faces, and that the writer asks for
//! the bytes to subset and embed. Nothing here knows about pages.

use crate::fonts;

/// Which embedded face a run of glyphs is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontKey {
    /// Charis SIL Regular: running text.
    Regular,
    /// Charis SIL Italic: emphasis, author's notes, bylines.
    Italic,
    /// Charis SIL Bold: titles and headings.
    Bold,
    /// Noto Serif: characters Charis lacks (Greek and others).
    Fallback,
}

impl FontKey {
    /// Every face, in the order the writer embeds them.
    pub const ALL: [FontKey; 4] = [
        FontKey::Regular,
        FontKey::Italic,
        FontKey::Bold,
        FontKey::Fallback,
    ];

    /// The font file's bytes.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontKey::Regular => fonts::REGULAR,
            FontKey::Italic => fonts::ITALIC,
            FontKey::Bold => fonts::BOLD,
            FontKey::Fallback => fonts::FALLBACK,
        }
    }

    /// The PostScript-style name written as `/BaseFont` (after a subset tag).
    pub fn ps_name(self) -> &'static str {
        match self {
            FontKey::Regular => "CharisSIL",
            FontKey::Italic => "CharisSIL-Italic",
            FontKey::Bold => "CharisSIL-Bold",
            FontKey::Fallback => "NotoSerif",
        }
    }

    /// The face used for emphasis inside text set in `self` (emphasis in italic is roman).
    pub fn emphasised(self) -> FontKey {
        match self {
            FontKey::Italic => FontKey::Regular,
            FontKey::Regular | FontKey::Fallback => FontKey::Italic,
            FontKey::Bold => FontKey::Bold,
        }
    }

    /// The face used for strong text inside text set in `self`: bold (Charis has no bold
    /// italic embedded, so strong inside italic is bold upright, still set apart).
    pub fn strong(self) -> FontKey {
        FontKey::Bold
    }
}

/// The parsed faces, ready for shaping.
pub struct FontSet {
    faces: Vec<rustybuzz::Face<'static>>,
}

impl FontSet {
    /// Parses the four embedded faces. They are compiled in, so failure is a build bug.
    pub fn new() -> Self {
        let faces = FontKey::ALL
            .iter()
            .map(|k| {
                rustybuzz::Face::from_slice(k.bytes(), 0)
                    .unwrap_or_else(|| panic!("embedded font {:?} does not parse", k))
            })
            .collect();
        FontSet { faces }
    }

    /// The shaping face for `key`.
    pub fn face(&self, key: FontKey) -> &rustybuzz::Face<'static> {
        &self.faces[key as usize]
    }

    /// Whether `key` has a glyph for `c`. Spaces and controls count as covered: they are
    /// never drawn.
    pub fn covers(&self, key: FontKey, c: char) -> bool {
        c.is_whitespace() || c.is_control() || self.face(key).glyph_index(c).is_some()
    }

    /// Font units per em of `key`, to turn shaped advances into ems.
    pub fn units_per_em(&self, key: FontKey) -> f32 {
        self.face(key).units_per_em() as f32
    }
}

impl Default for FontSet {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charis_has_the_ornament_and_typographic_punctuation() {
        let f = FontSet::new();
        for c in ['*', '“', '”', '’', '—', '…', 'é'] {
            assert!(f.covers(FontKey::Regular, c), "{c}");
        }
        // The asterism is Noto-only: it is what the fallback test relies on.
        assert!(!f.covers(FontKey::Regular, '⁂') && f.covers(FontKey::Fallback, '⁂'));
    }
}
