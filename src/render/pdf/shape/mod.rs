//! Shaping stage: text in a face → glyphs with advances (kerning and ligatures applied).
//!
//! Input: a string and the [`FontKey`] it should be set in. Output: [`Run`]s of glyphs,
//! measured in ems so one shaping serves every size. Characters the face lacks are set in
//! the bundled fallback face, or else in an installed face ([`FontSet::fallback_for`]);
//! characters no face has are set as boxes of [`FontKey::Missing`], each with its own
//! glyph id so its text survives, and reported so the caller can warn. Books
//! repeat their vocabulary, so shaped words are cached by (face, text) in a
//! [`ShapeCache`] that every thread typesetting a chapter shares.
//!
//! [`FontKey`]: crate::render::pdf::fonts::FontKey
//! [`FontKey::Missing`]: crate::render::pdf::fonts::FontKey::Missing
//! [`FontSet::fallback_for`]: crate::render::pdf::fonts::FontSet::fallback_for

mod cache;
mod run;
mod shaper;

pub use cache::{ShapeCache, Sharded};
pub use run::{Glyph, Run, Shaped};
pub use shaper::Shaper;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::fonts::{FontKey, FontSet};

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

    /// A word in a script Charis lacks takes its punctuation into its own face ("“现在"
    /// with the CJK face's quote mark, "שאלתי." with the Hebrew face's stop), while a
    /// symbol leaves its comma in Charis and a word with Latin letters stays split.
    #[test]
    fn a_word_of_another_script_keeps_its_punctuation_in_its_face() {
        let fonts = FontSet::new();
        let mut s = Shaper::new(&fonts);
        for word in ["“现在", "שאלתי.", "(愛),"] {
            if word.chars().any(|c| {
                c.is_alphabetic()
                    && !fonts.covers(FontKey::Regular, c)
                    && fonts.fallback_for(c).is_none()
            }) {
                eprintln!("SKIPPED {word}: no installed face has its script");
                continue;
            }
            let shaped = s.shape(FontKey::Regular, word);
            // A face without the word's punctuation (Noto Serif Hebrew has no full stop)
            // leaves it in Charis.
            let face = shaped.runs[0].font;
            if word.chars().any(|c| !fonts.covers(face, c)) {
                assert_eq!(shaped.runs.len(), 2, "{word}: {:?}", shaped.runs);
                assert_eq!(shaped.runs[1].font, FontKey::Regular, "{word}");
                continue;
            }
            assert_eq!(shaped.runs.len(), 1, "{word}: {:?}", shaped.runs);
            assert_ne!(shaped.runs[0].font, FontKey::Regular, "{word}");
            assert_eq!(shaped.runs[0].text, word);
        }
        let mut faces = |w: &str| -> Vec<(FontKey, String)> {
            let shaped = s.shape(FontKey::Regular, w);
            shaped
                .runs
                .iter()
                .map(|r| (r.font, r.text.clone()))
                .collect()
        };
        if let Some(k) = fonts.fallback_for('東') {
            let split = faces("Tokyo東京");
            assert_eq!(
                split,
                vec![(FontKey::Regular, "Tokyo".into()), (k, "東京".into())]
            );
        }
        if let Some(k) = fonts.fallback_for('★') {
            assert_eq!(
                faces("★,"),
                vec![(k, "★".into()), (FontKey::Regular, ",".into())]
            );
        }
    }

    /// An Arabic word is shaped right to left in an installed face (DejaVu Sans here):
    /// its glyphs kept in logical order, each letter once in the text layer, and
    /// joined: the letters alone are other glyphs, and wider together.
    #[test]
    fn an_arabic_word_is_shaped_right_to_left_and_joined() {
        let fonts = FontSet::new();
        let word = "سأمشي";
        if word.chars().any(|c| fonts.fallback_for(c).is_none()) {
            eprintln!("SKIPPED: no installed face has Arabic");
            return;
        }
        let mut s = Shaper::new(&fonts);
        let shaped = s.shape(FontKey::Regular, word);
        assert_eq!(shaped.runs.len(), 1);
        let run = &shaped.runs[0];
        assert!(run.rtl);
        let clusters: Vec<usize> = run.glyphs.iter().map(|g| g.cluster).collect();
        assert!(clusters.windows(2).all(|w| w[0] <= w[1]), "{clusters:?}");
        let text: String = run.glyphs.iter().map(|g| run.glyph_text(g)).collect();
        assert_eq!(text, word);
        let alone: Vec<u16> = word
            .chars()
            .map(|c| s.shape(FontKey::Regular, &c.to_string()).runs[0].glyphs[0].gid)
            .collect();
        let joined: Vec<u16> = run.glyphs.iter().map(|g| g.gid).collect();
        assert_eq!(alone.len(), joined.len());
        assert!(alone.iter().zip(&joined).filter(|(a, j)| a != j).count() >= 2);
        // A Latin word stays left to right.
        assert!(!s.shape(FontKey::Regular, "walk").runs[0].rtl);
    }

    /// With a colour bitmap face installed (fonts-noto-color-emoji), an emoji sequence
    /// is shaped from it whole, as one picture standing for all its characters, one em
    /// wide.
    #[test]
    fn an_emoji_sequence_is_one_picture_of_the_colour_face() {
        let fonts = FontSet::new();
        if !fonts.colour_sequence("👍🏽") {
            eprintln!("SKIPPED: no colour bitmap emoji face installed");
            return;
        }
        let mut s = Shaper::new(&fonts);
        for seq in [
            "👩\u{200D}❤\u{FE0F}\u{200D}👨",
            "👍🏽",
            "1\u{FE0F}\u{20E3}",
            "🇹🇷",
            "🫶🏽",
        ] {
            let shaped = s.shape(FontKey::Regular, seq);
            assert_eq!(shaped.runs.len(), 1, "{seq:?}: {:?}", shaped.runs);
            let run = &shaped.runs[0];
            assert_eq!(run.font, FontKey::Emoji, "{seq:?}");
            assert_eq!(run.glyphs.len(), 1, "{seq:?}: {:?}", run.glyphs);
            assert_eq!(run.glyph_text(&run.glyphs[0]), seq);
            assert!(
                (0.9..=1.0).contains(&run.width()),
                "{seq:?}: {}",
                run.width()
            );
        }
        let face = s.shape(FontKey::Regular, "🥺");
        assert_eq!(face.runs[0].font, FontKey::Emoji);
    }
}
