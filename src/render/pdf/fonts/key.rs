//! Fonts stage, the names of faces: which embedded face a run is set in, and the
//! order the writer embeds them in.

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
    /// Characters no face has: glyph `n` stands for the `n`th such character and draws
    /// Charis's `.notdef` box.
    Missing,
    /// Installed faces (slots numbered as [`FontSet::canonical`] says in the file).
    System1,
    /// The second installed face.
    System2,
    /// The third installed face.
    System3,
    /// The fourth installed face.
    System4,
    /// The fifth installed face.
    System5,
    /// The sixth installed face.
    System6,
    /// The seventh installed face.
    System7,
    /// The eighth installed face.
    System8,
    /// The ninth installed face.
    System9,
    /// The tenth installed face.
    System10,
    /// The eleventh installed face.
    System11,
    /// The twelfth installed face.
    System12,
    /// An installed colour bitmap face (CBDT or sbix: Noto Color Emoji) for emoji no
    /// outline face has: shaped and measured like any face, but each glyph is drawn as
    /// its image over a blank glyph of [`EMOJI_NAME`] that carries its text
    /// ([`super::bitmap`]).
    Emoji,
}

/// The `/BaseFont` name of the missing-character face (after the subset tag).
pub const MISSING_NAME: &str = "QuireMissingGlyphs";

/// The `/BaseFont` name of the face that carries the text of emoji drawn as images.
pub const EMOJI_NAME: &str = "QuireEmojiText";

/// How many installed faces one book may draw on: enough for a book in a dozen scripts
/// (each script's letters usually come from a face of their own, as Noto's do).
pub(crate) const SYSTEM_SLOTS: usize = 12;

impl FontKey {
    /// Every face, in the order the writer embeds them.
    pub const ALL: [FontKey; 18] = [
        FontKey::Regular,
        FontKey::Italic,
        FontKey::Bold,
        FontKey::Fallback,
        FontKey::Missing,
        FontKey::System1,
        FontKey::System2,
        FontKey::System3,
        FontKey::System4,
        FontKey::System5,
        FontKey::System6,
        FontKey::System7,
        FontKey::System8,
        FontKey::System9,
        FontKey::System10,
        FontKey::System11,
        FontKey::System12,
        FontKey::Emoji,
    ];

    /// A bundled face's bytes and PostScript name (`None` for an installed face).
    pub(super) fn bundled(self) -> Option<(&'static [u8], &'static str)> {
        match self {
            FontKey::Regular | FontKey::Missing => Some((fonts::REGULAR, "CharisSIL")),
            FontKey::Italic => Some((fonts::ITALIC, "CharisSIL-Italic")),
            FontKey::Bold => Some((fonts::BOLD, "CharisSIL-Bold")),
            FontKey::Fallback => Some((fonts::FALLBACK, "NotoSerif")),
            _ => None,
        }
    }

    /// The `n`th installed-face key.
    pub(super) fn system(n: usize) -> FontKey {
        FontKey::ALL[5 + n]
    }

    /// Which installed-face slot `self` is, if it is one.
    pub(super) fn system_slot(self) -> Option<usize> {
        (self as usize).checked_sub(5).filter(|n| *n < SYSTEM_SLOTS)
    }

    /// The face used for emphasis inside text set in `self` (emphasis in italic is roman).
    pub fn emphasised(self) -> FontKey {
        match self {
            FontKey::Italic => FontKey::Regular,
            FontKey::Bold => FontKey::Bold,
            _ => FontKey::Italic,
        }
    }

    /// The face used for strong text inside text set in `self`: bold (Charis has no bold
    /// italic embedded, so strong inside italic is bold upright, still set apart).
    pub fn strong(self) -> FontKey {
        FontKey::Bold
    }
}
