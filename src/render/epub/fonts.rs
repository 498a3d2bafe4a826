//! EPUB fonts: the characters a book uses → subset font files and their `@font-face`
//! rules.
//!
//! Input: every character of the book's documents, and the words that need the fallback
//! face. Output: Charis SIL cut down to those characters (a whole face is ~900 KB; a
//! book needs a few hundred glyphs), Noto Serif cut down to the words Charis cannot set,
//! the licences, and the CSS that names them. A word with any character Charis lacks is
//! set wholly in the fallback face, and a run of such words with the spaces between them
//! (see [`push_text`]), so no word mixes two faces. With
//! `[epub] embed-fonts = false` nothing is embedded and the reader's own face is used.
//!
//! The subsets are made with `allsorts`, which rebuilds a Unicode `cmap` (reading
//! systems need one; `subsetter` drops it, being made for PDF). They keep outlines and
//! metrics, not OpenType layout, so kerning is the reader's default.

use crate::fonts;
use crate::render::xml::push_esc;
use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// One file for the package: path under `OEBPS/`, bytes, media type.
pub(super) type File = (String, Vec<u8>, &'static str);

/// The fonts of one book, ready to package.
pub(super) struct EpubFonts {
    /// The files, in a fixed order.
    pub files: Vec<File>,
    /// `@font-face` rules for them (empty when nothing is embedded).
    pub css: String,
}

fn charis() -> &'static rustybuzz::ttf_parser::Face<'static> {
    static FACE: OnceLock<rustybuzz::ttf_parser::Face<'static>> = OnceLock::new();
    FACE.get_or_init(|| {
        rustybuzz::ttf_parser::Face::parse(fonts::REGULAR, 0).expect("Charis SIL is compiled in")
    })
}

/// Whether the book face can set `c` (spaces and controls are never drawn).
///
/// Every curly quote and dash of a story is asked about, and Charis's `cmap` lookup
/// costs a few hundred instructions: the answer for a character of the Basic
/// Multilingual Plane is kept (0 not yet known, 1 covered, 2 not), so each is looked up
/// once per run. The answer depends on the character alone, so which thread asks first
/// changes nothing.
fn covered(c: char) -> bool {
    use std::sync::atomic::{AtomicU8, Ordering::Relaxed};
    static KNOWN: [AtomicU8; 0x1_0000] = [const { AtomicU8::new(0) }; 0x1_0000];
    let look = |c: char| c.is_whitespace() || c.is_control() || charis().glyph_index(c).is_some();
    if c.is_ascii() {
        return true;
    }
    let Some(known) = KNOWN.get(c as usize) else {
        return look(c);
    };
    match known.load(Relaxed) {
        1 => true,
        2 => false,
        _ => {
            let yes = look(c);
            known.store(if yes { 1 } else { 2 }, Relaxed);
            yes
        }
    }
}

/// Whether `word` must be set in the fallback face: it has a character Charis lacks.
pub(crate) fn needs_fallback(word: &str) -> bool {
    !word.chars().all(covered)
}

/// Appends story text to `out`, escaped, with every run of words that need the fallback
/// face wrapped in one `<span class="fb">`: the spaces between two such words inside it,
/// so a Hebrew or Greek paragraph is one span, not one a word.
pub(super) fn push_text(out: &mut String, text: &str) {
    if text.is_ascii() || !needs_fallback(text) {
        push_esc(out, text);
        return;
    }
    let mut open = false;
    for (word, gap, next) in words_and_gaps(text) {
        let fallback = needs_fallback(word);
        if fallback && !open {
            out.push_str("<span class=\"fb\">");
            open = true;
        }
        push_esc(out, word);
        // The run goes on over the gap only into another word in the fallback face.
        if open && !(fallback && needs_fallback(next)) {
            out.push_str("</span>");
            open = false;
        }
        push_esc(out, gap);
    }
}

/// `text` as (word, the white space after it, the next word), in order: words are what
/// lies between runs of white space (the first may be empty, when `text` opens with
/// white space; the last word's gap and next word are empty).
fn words_and_gaps(text: &str) -> impl Iterator<Item = (&str, &str, &str)> {
    let word_end = |s: &str| s.find(char::is_whitespace).unwrap_or(s.len());
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (word, after) = rest.split_at(word_end(rest));
        let (gap, next) = after.split_at(
            after
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(after.len()),
        );
        rest = next;
        Some((word, gap, &next[..word_end(next)]))
    })
}

/// Adds the characters of `text` to `set`: ASCII through a table, so a long plain
/// story costs a pass over its bytes, not a set insertion per character.
pub(super) fn add_chars(set: &mut BTreeSet<char>, text: &str) {
    let mut ascii = [false; 128];
    for b in text.bytes() {
        if b < 128 {
            ascii[b as usize] = true;
        }
    }
    set.extend((0u8..128).filter(|&b| ascii[b as usize]).map(char::from));
    if !text.is_ascii() {
        set.extend(text.chars().filter(|c| !c.is_ascii()));
    }
}

/// The characters of the words in `text` that need the fallback face.
pub(super) fn fallback_chars(text: &str, into: &mut BTreeSet<char>) {
    // Nearly every paragraph has none: one pass over its characters, not a split
    // into words and a pass over each.
    if text.is_ascii() || !needs_fallback(text) {
        return;
    }
    for (word, gap, next) in words_and_gaps(text) {
        if needs_fallback(word) {
            into.extend(word.chars());
            // A gap inside a run is set in the fallback face too (see `push_text`).
            if needs_fallback(next) {
                into.extend(gap.chars());
            }
        }
    }
}

/// Subsets `font` to the glyphs of `chars` (and `.notdef`).
fn cut(font: &'static [u8], chars: &BTreeSet<char>) -> Result<Vec<u8>, String> {
    let face = rustybuzz::ttf_parser::Face::parse(font, 0).map_err(|e| e.to_string())?;
    let mut gids: Vec<u16> = vec![0];
    let mut seen = BTreeSet::new();
    for &c in chars {
        if let Some(g) = face.glyph_index(c)
            && g.0 != 0
            && seen.insert(g.0)
        {
            gids.push(g.0);
        }
    }
    let scope = ReadScope::new(font);
    let data = scope.read::<FontData<'_>>().map_err(|e| format!("{e:?}"))?;
    let provider = data.table_provider(0).map_err(|e| format!("{e:?}"))?;
    subset(
        &provider,
        &gids,
        &SubsetProfile::Minimal,
        CmapTarget::Unicode,
    )
    .map_err(|e| format!("{e:?}"))
}

/// The book's font files and rules: Charis SIL's three faces cut to `chars`, Noto Serif
/// cut to `fallback` (left out when empty), and both licences. Nothing when `embed` is
/// false.
pub(super) fn build(
    chars: &BTreeSet<char>,
    fallback: &BTreeSet<char>,
    embed: bool,
) -> Result<EpubFonts, String> {
    if !embed {
        return Ok(EpubFonts {
            files: Vec::new(),
            css: String::new(),
        });
    }
    let faces: [(&str, &'static [u8], &str, &str); 3] = [
        ("CharisSIL-Regular.ttf", fonts::REGULAR, "normal", "normal"),
        ("CharisSIL-Italic.ttf", fonts::ITALIC, "italic", "normal"),
        ("CharisSIL-Bold.ttf", fonts::BOLD, "normal", "bold"),
    ];
    let mut files = Vec::new();
    let mut css = String::new();
    for (name, bytes, style, weight) in faces {
        files.push((format!("fonts/{name}"), cut(bytes, chars)?, "font/ttf"));
        css += &format!(
            "@font-face {{ font-family: \"Charis SIL\"; font-style: {style}; font-weight: {weight}; src: url(\"fonts/{name}\"); }}\n"
        );
    }
    files.push((
        "fonts/OFL.txt".into(),
        fonts::CHARIS_LICENSE.as_bytes().to_vec(),
        "text/plain",
    ));
    if !fallback.is_empty() {
        files.push((
            "fonts/NotoSerif-Regular.ttf".into(),
            cut(fonts::FALLBACK, fallback)?,
            "font/ttf",
        ));
        files.push((
            "fonts/NotoSerif-OFL.txt".into(),
            fonts::FALLBACK_LICENSE.as_bytes().to_vec(),
            "text/plain",
        ));
        css += "@font-face { font-family: \"Quire Fallback\"; src: url(\"fonts/NotoSerif-Regular.ttf\"); }\n";
    }
    Ok(EpubFonts { files, css })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greek_words_go_whole_to_the_fallback_face() {
        let mut out = String::new();
        push_text(&mut out, "he wrote γνῶθι σεαυτόν & left");
        assert_eq!(
            out,
            "he wrote <span class=\"fb\">γνῶθι σεαυτόν</span> &amp; left"
        );
        // A run ends at a word the book face sets, and at the end of the text.
        let mut out = String::new();
        push_text(&mut out, " בשעה 5:40 אחר  הצהריים, ");
        assert_eq!(
            out,
            " <span class=\"fb\">בשעה</span> 5:40 <span class=\"fb\">אחר  הצהריים,</span> "
        );
        let mut out = String::new();
        push_text(&mut out, "Les Misérables — “déjà vu”");
        assert_eq!(out, "Les Misérables — “déjà vu”");
    }

    #[test]
    fn a_kept_answer_is_the_cmap_s() {
        // Asked twice: the second answer comes from what the first kept.
        for c in [
            'é', '“', '—', 'γ', 'ῶ', '字', '\u{a0}', '\u{85}', '\u{f8ff}', '😀',
        ] {
            let direct = c.is_ascii()
                || c.is_whitespace()
                || c.is_control()
                || charis().glyph_index(c).is_some();
            assert_eq!(covered(c), direct, "{c:?}");
            assert_eq!(covered(c), direct, "{c:?} kept");
        }
        assert!(covered('“') && needs_fallback("γνῶθι"));
        let mut set = BTreeSet::new();
        fallback_chars("“plain” — and then γνῶθι", &mut set);
        assert_eq!(set, "γνῶθι".chars().collect());
        // The space inside a run of two such words too.
        fallback_chars("then γνῶθι σεαυτόν, and", &mut set);
        assert_eq!(set, "γνῶθι σεαυτόν,".chars().collect());
    }

    #[test]
    fn subsets_are_small_and_keep_their_characters() {
        let chars: BTreeSet<char> = "Héllo, wörld! “Fine” — 1234".chars().collect();
        let cut = cut(fonts::REGULAR, &chars).unwrap();
        assert!(cut.len() < 40_000, "{} bytes", cut.len());
        let face = rustybuzz::ttf_parser::Face::parse(&cut, 0).expect("subset parses");
        for c in chars.iter().filter(|c| !c.is_whitespace()) {
            assert!(face.glyph_index(*c).is_some(), "{c} lost");
        }
        assert!(face.glyph_index('z').is_none());
    }
}
