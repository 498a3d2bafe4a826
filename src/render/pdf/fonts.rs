//! Fonts stage: the faces the PDF is set in, parsed once.
//!
//! Input: the font bytes compiled into the binary ([`crate::fonts`]) and, for characters
//! those lack, installed faces ([`super::system`]) loaded the first time one is needed.
//! Output: a [`FontSet`] that the shaper asks for glyph coverage and shaping faces, and
//! that the writer asks for the bytes to subset and embed ([`FontSet::canonical`]).
//! Characters no face has are drawn from [`FontKey::Missing`]: each gets a glyph id of
//! its own that draws the bundled face's `.notdef` box, so it still has its own ToUnicode
//! entry and copies out as itself. Emoji no outline face has come from an installed
//! colour bitmap face ([`FontKey::Emoji`], see [`super::bitmap`]): shaped and measured
//! here like any face, drawn by the writer as pictures. Nothing here knows about pages.

use super::{bitmap, system};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, OnceLock};

mod key;

pub(crate) use key::SYSTEM_SLOTS;
pub use key::{EMOJI_NAME, FontKey, MISSING_NAME};

/// A face's font program as the writer embeds it.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// PostScript name, written as `/BaseFont` after a subset tag.
    pub name: String,
    /// The font file (a collection for some installed faces).
    pub bytes: &'static [u8],
    /// The face's index in a collection.
    pub index: u32,
}

/// An installed face in use.
struct Loaded {
    face: rustybuzz::Face<'static>,
    program: Program,
    /// Its place in the system ranking: what orders the slots in the written file.
    rank: usize,
}

/// Installed face `cand`, parsed for shaping.
fn load(cand: &system::Candidate) -> Option<Loaded> {
    let bytes = system::file_bytes(&cand.path)?;
    let face = rustybuzz::Face::from_slice(bytes, cand.index)?;
    Some(Loaded {
        face,
        program: Program {
            name: cand.ps_name.clone(),
            bytes,
            index: cand.index,
        },
        rank: system::rank(cand),
    })
}

/// What the shaping threads found out about characters the bundled faces lack.
#[derive(Default)]
struct Found {
    /// Per character, the installed face chosen (`None`: no face has it).
    by_char: HashMap<char, Option<FontKey>>,
    /// Per installed face (file, index), its slot.
    by_face: HashMap<(std::path::PathBuf, u32), FontKey>,
    /// Characters no face has, in the order met: [`FontKey::Missing`] glyph `i + 1`.
    missing: Vec<char>,
    missing_gid: HashMap<char, u16>,
    /// Whether an installed face that has a character was passed over because the book
    /// already draws on [`SYSTEM_SLOTS`] installed faces.
    full: bool,
}

/// The parsed faces, ready for shaping.
pub struct FontSet {
    faces: Vec<rustybuzz::Face<'static>>,
    /// `[fonts] fallback`: families to try first.
    named: Vec<String>,
    /// The book's language, for the regional CJK face.
    language: String,
    system: [OnceLock<Loaded>; SYSTEM_SLOTS],
    /// The colour bitmap face (`None`: there is none), looked for the first time an
    /// emoji no outline face has, or an emoji sequence, needs it.
    bitmap: OnceLock<Option<Loaded>>,
    found: Mutex<Found>,
}

impl FontSet {
    /// The bundled faces, and installed ones found by the default ranking.
    pub fn new() -> Self {
        FontSet::with_fallback(Vec::new(), "en")
    }

    /// The bundled faces, and installed ones: the families in `named` first, then those
    /// that suit each character's script (for CJK, the region of `language`).
    pub fn with_fallback(named: Vec<String>, language: &str) -> Self {
        let faces = FontKey::ALL[..4]
            .iter()
            .map(|k| {
                let (bytes, _) = k.bundled().unwrap_or_default();
                rustybuzz::Face::from_slice(bytes, 0)
                    .unwrap_or_else(|| panic!("embedded font {:?} does not parse", k))
            })
            .collect();
        FontSet {
            faces,
            named,
            language: language.to_string(),
            system: Default::default(),
            bitmap: OnceLock::new(),
            found: Mutex::default(),
        }
    }

    /// The shaping face for `key` ([`FontKey::Missing`] has none of its own: Charis).
    /// Only keys handed out by [`FontSet::fallback_for`] name installed faces.
    #[inline]
    pub fn face(&self, key: FontKey) -> &rustybuzz::Face<'static> {
        let loaded = match key {
            // The bundled faces first: nearly every glyph of a book is theirs.
            FontKey::Regular | FontKey::Italic | FontKey::Bold | FontKey::Fallback => {
                return &self.faces[key as usize];
            }
            FontKey::Missing => None,
            FontKey::Emoji => self.bitmap.get().and_then(Option::as_ref),
            _ => key.system_slot().and_then(|n| self.system[n].get()),
        };
        loaded.map_or(&self.faces[0], |l| &l.face)
    }

    /// Whether `key` has a glyph for `c`. Spaces and controls count as covered: they are
    /// never drawn.
    #[inline]
    pub fn covers(&self, key: FontKey, c: char) -> bool {
        c.is_whitespace()
            || c.is_control()
            || match key {
                FontKey::Missing => false,
                FontKey::Emoji => self.colour_covers(c),
                _ => self.face(key).glyph_index(c).is_some(),
            }
    }

    /// Whether the colour bitmap face, if one was loaded, has `c`.
    fn colour_covers(&self, c: char) -> bool {
        self.bitmap
            .get()
            .and_then(Option::as_ref)
            .is_some_and(|l| bitmap::covers(&l.face, c))
    }

    /// The colour bitmap face, found (and loaded) the first time it is asked for:
    /// `None` when no installed face draws emoji as pictures.
    fn colour(&self) -> Option<&Loaded> {
        self.bitmap
            .get_or_init(|| system::find_bitmap().and_then(load))
            .as_ref()
    }

    /// Whether the emoji sequence `seq` (an emoji with a joiner, modifier, tag or
    /// keycap: see [`bitmap::sequence_end`]) should be drawn whole from the colour
    /// bitmap face: it has every character of it. An outline face draws such a
    /// sequence only as its pieces (a woman, a heart, a man), the colour face as the
    /// one picture it means. (Variation selectors need no glyph: the shaper hides them.)
    pub fn colour_sequence(&self, seq: &str) -> bool {
        self.colour().is_some_and(|l| {
            seq.chars()
                .all(|c| matches!(c as u32, 0xFE00..=0xFE0F) || l.face.glyph_index(c).is_some())
        })
    }

    /// The scale from the colour bitmap face's units to the em its images are drawn in
    /// for glyph `gid` ([`bitmap::scale`]); 1 for every other face.
    pub fn bitmap_scale(&self, key: FontKey, gid: u16) -> f32 {
        match (key, self.bitmap.get().and_then(Option::as_ref)) {
            (FontKey::Emoji, Some(l)) => bitmap::scale(&l.face, gid),
            _ => 1.0,
        }
    }

    /// Font units per em of `key`, to turn shaped advances into ems.
    pub fn units_per_em(&self, key: FontKey) -> f32 {
        self.face(key).units_per_em() as f32
    }

    fn found(&self) -> std::sync::MutexGuard<'_, Found> {
        self.found.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The installed face to set `c` in, when no bundled face has it: found (and the
    /// installed fonts discovered) the first time it is asked for. `None` when no
    /// installed face has it, or the book already uses as many installed faces as it
    /// may. A character no outline face has goes to a colour bitmap face
    /// ([`FontKey::Emoji`]) if one has it: outlines print better, so they come first.
    pub fn fallback_for(&self, c: char) -> Option<FontKey> {
        let mut found = self.found();
        if let Some(k) = found.by_char.get(&c) {
            return *k;
        }
        let outline = system::find(c, &self.named, &self.language);
        let key = match outline {
            Some(cand) => self.load_system(&mut found, cand),
            None => self
                .colour()
                .is_some_and(|l| bitmap::covers(&l.face, c))
                .then_some(FontKey::Emoji),
        };
        found.by_char.insert(c, key);
        key
    }

    /// The slot of installed face `cand`, loading it into a free one the first time.
    fn load_system(&self, found: &mut Found, cand: &system::Candidate) -> Option<FontKey> {
        let id = (cand.path.clone(), cand.index);
        if let Some(k) = found.by_face.get(&id) {
            return Some(*k);
        }
        let n = found.by_face.len();
        if n == SYSTEM_SLOTS {
            found.full = true;
            return None;
        }
        let loaded = load(cand)?;
        let key = FontKey::system(n);
        self.system[n].set(loaded).ok()?;
        found.by_face.insert(id, key);
        Some(key)
    }

    /// The [`FontKey::Missing`] glyph that stands for `c`.
    pub fn missing_gid(&self, c: char) -> u16 {
        let mut found = self.found();
        if let Some(g) = found.missing_gid.get(&c) {
            return *g;
        }
        found.missing.push(c);
        let g = u16::try_from(found.missing.len()).unwrap_or(u16::MAX);
        found.missing_gid.insert(c, g);
        g
    }

    /// Whether a character went without a face because the book already draws on as
    /// many installed faces as it may, though one is installed that has it.
    pub fn slots_full(&self) -> bool {
        self.found().full
    }

    /// The families named in `[fonts] fallback` that are not installed, if installed
    /// fonts were looked for at all (a book the bundled faces cover never looks).
    pub fn named_not_installed(&self) -> Vec<String> {
        if self.found().by_char.is_empty() {
            return Vec::new();
        }
        system::not_installed(&self.named)
    }

    /// The numbering the written file uses. Shaping threads take installed-face slots
    /// and missing-character glyphs in the order they meet them; this orders slots by
    /// the system ranking and missing glyphs by character, so the file does not depend
    /// on thread scheduling.
    pub fn canonical(&self) -> Canon {
        let found = self.found();
        let mut loaded: Vec<(usize, usize)> = (0..SYSTEM_SLOTS)
            .filter_map(|n| self.system[n].get().map(|l| (l.rank, n)))
            .collect();
        loaded.sort();
        let mut keys: Vec<FontKey> = FontKey::ALL.to_vec();
        let mut programs: Vec<Option<Program>> = FontKey::ALL
            .iter()
            .map(|k| {
                let (bytes, name) = k.bundled()?;
                let name = match k {
                    FontKey::Missing => MISSING_NAME,
                    _ => name,
                };
                Some(Program {
                    name: name.to_string(),
                    bytes,
                    index: 0,
                })
            })
            .collect();
        // The colour bitmap face's program is where the writer takes its images from.
        programs[FontKey::Emoji as usize] = self
            .bitmap
            .get()
            .and_then(Option::as_ref)
            .map(|l| l.program.clone());
        for (new, (_, old)) in loaded.into_iter().enumerate() {
            keys[FontKey::system(old) as usize] = FontKey::system(new);
            programs[FontKey::system(new) as usize] =
                self.system[old].get().map(|l| l.program.clone());
        }
        let mut chars = found.missing.clone();
        chars.sort_unstable();
        let gids = chars
            .iter()
            .enumerate()
            .map(|(i, c)| (found.missing_gid[c], i as u16 + 1))
            .collect();
        let missing_text = chars
            .iter()
            .enumerate()
            .map(|(i, c)| (i as u16 + 1, c.to_string()))
            .collect();
        Canon {
            keys,
            gids,
            programs,
            missing_text,
        }
    }
}

/// The written file's numbering of faces and missing-character glyphs
/// ([`FontSet::canonical`]).
pub struct Canon {
    /// Per face as shaped, the face as written.
    keys: Vec<FontKey>,
    /// Per [`FontKey::Missing`] glyph as shaped, the glyph as written.
    gids: HashMap<u16, u16>,
    /// Per face as written, its program.
    pub programs: Vec<Option<Program>>,
    /// Per [`FontKey::Missing`] glyph as written, its character.
    pub missing_text: BTreeMap<u16, String>,
}

impl Canon {
    /// Whether the numbering is the one shaping used (no installed face, no missing
    /// character): then nothing needs renumbering.
    pub fn is_identity(&self) -> bool {
        self.gids.is_empty() && self.keys.iter().zip(FontKey::ALL).all(|(a, b)| *a == b)
    }

    /// The face `key` as written.
    pub fn key(&self, key: FontKey) -> FontKey {
        self.keys[key as usize]
    }

    /// Glyph `gid` of face `key` as written.
    pub fn gid(&self, key: FontKey, gid: u16) -> u16 {
        match key {
            FontKey::Missing => self.gids.get(&gid).copied().unwrap_or(gid),
            _ => gid,
        }
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

    /// The written numbering does not depend on the order characters were met in: two
    /// sets asked in opposite orders give the same programs and glyph texts.
    #[test]
    fn canonical_numbering_ignores_the_order_of_discovery() {
        let chars = ['😀', '愛', '\u{10FFFD}', '\u{10FFFC}'];
        let (a, b) = (FontSet::new(), FontSet::new());
        for c in chars {
            if a.fallback_for(c).is_none() {
                a.missing_gid(c);
            }
        }
        for c in chars.into_iter().rev() {
            if b.fallback_for(c).is_none() {
                b.missing_gid(c);
            }
        }
        let (ca, cb) = (a.canonical(), b.canonical());
        let names = |c: &Canon| -> Vec<Option<String>> {
            c.programs
                .iter()
                .map(|p| p.as_ref().map(|p| p.name.clone()))
                .collect()
        };
        assert_eq!(names(&ca), names(&cb));
        assert_eq!(ca.missing_text, cb.missing_text);
        // The characters no face has are numbered by code point, from 1.
        assert_eq!(
            ca.missing_text.get(&1).map(String::as_str),
            Some("\u{10FFFC}")
        );
        assert_eq!(
            ca.missing_text.get(&2).map(String::as_str),
            Some("\u{10FFFD}")
        );
        // As shaped, b met U+10FFFC first: its glyph 1 is written as glyph 1, a's as 2.
        assert_eq!(cb.gid(FontKey::Missing, 1), 1);
        assert_eq!(ca.gid(FontKey::Missing, 1), 2);
        if a.fallback_for('😀').is_some() && a.fallback_for('愛').is_some() {
            // Two installed faces, taken in opposite orders, written in one order.
            assert!(!ca.is_identity() || !cb.is_identity());
            assert_eq!(
                ca.key(a.fallback_for('😀').unwrap()),
                cb.key(b.fallback_for('😀').unwrap())
            );
        }
    }
}
