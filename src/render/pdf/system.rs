//! Fonts stage, system fallback: installed faces for characters no bundled face has.
//!
//! Input: a character the bundled faces lack, the book's language and the families named
//! in `[fonts] fallback`. Output: the installed face that should set it (its file's bytes
//! and face index), or none. The installed fonts are found once per process with
//! `fontdb`, and only when a book first needs one, so books the bundled faces cover never
//! pay for it. Candidates are ranked by a fixed order — named families, then families
//! known to suit the character's script, then every other face sorted by name and file —
//! so which face is chosen never depends on the order the directories were read in.

use rustybuzz::ttf_parser;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

/// One installed face that could be embedded.
pub(crate) struct Candidate {
    id: fontdb::ID,
    /// Family names, lower case (a face may list names in several languages).
    families: Vec<String>,
    /// PostScript name, for `/BaseFont`.
    pub(crate) ps_name: String,
    pub(crate) path: PathBuf,
    pub(crate) index: u32,
}

/// The installed faces, discovered once and sorted.
struct Discovery {
    db: fontdb::Database,
    /// Upright faces only, sorted by (family, distance from regular weight, file, index).
    faces: Vec<Candidate>,
}

fn discovery() -> &'static Discovery {
    static DISCOVERY: OnceLock<Discovery> = OnceLock::new();
    DISCOVERY.get_or_init(|| {
        let clock = crate::timing::stage("pdf.fonts.discover");
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        let mut faces: Vec<(String, u16, Candidate)> = db
            .faces()
            .filter(|f| f.style == fontdb::Style::Normal)
            .filter_map(|f| {
                let fontdb::Source::File(path) = &f.source else {
                    return None;
                };
                let families: Vec<String> =
                    f.families.iter().map(|(n, _)| n.to_lowercase()).collect();
                let first = families.first()?.clone();
                Some((
                    first,
                    f.weight.0.abs_diff(400),
                    Candidate {
                        id: f.id,
                        families,
                        ps_name: f.post_script_name.clone(),
                        path: path.clone(),
                        index: f.index,
                    },
                ))
            })
            .collect();
        faces.sort_by(|a, b| {
            (&a.0, a.1, &a.2.path, a.2.index).cmp(&(&b.0, b.1, &b.2.path, b.2.index))
        });
        clock.done();
        Discovery {
            db,
            faces: faces.into_iter().map(|(_, _, c)| c).collect(),
        }
    })
}

/// The families that suit `c`, best first, for a book in `language`.
fn preferred(c: char, language: &str) -> Vec<String> {
    let lang = language.to_ascii_lowercase();
    if is_cjk(c) {
        let region = if lang.starts_with("zh") {
            if ["-tw", "-hk", "-mo", "-hant"]
                .iter()
                .any(|t| lang.contains(t))
            {
                "TC"
            } else {
                "SC"
            }
        } else if lang.starts_with("ko") {
            "KR"
        } else {
            "JP"
        };
        return [
            format!("Noto Serif CJK {region}"),
            format!("Noto Sans CJK {region}"),
            "Source Han Serif".into(),
            "WenQuanYi Zen Hei".into(),
            "Droid Sans Fallback".into(),
        ]
        .into();
    }
    let generic: &[&str] = if is_symbol(c) {
        &[
            "Noto Emoji",
            "Symbola",
            "Noto Sans Symbols 2",
            "DejaVu Sans",
        ]
    } else {
        &[
            "Noto Serif",
            "Noto Sans",
            "DejaVu Serif",
            "DejaVu Sans",
            "FreeSerif",
        ]
    };
    // The wide faces first: one that has the script with its punctuation and digits
    // (DejaVu Sans for Hebrew and Arabic) sets a line of it in one face; the script's
    // own face (Devanagari, Thai, Bengali…, which those lack) after them.
    let mut names: Vec<String> = generic.iter().map(|s| s.to_string()).collect();
    names.extend(script_families(c));
    names
}

/// The families made for `c`'s script, serif first as the book's text face is: Noto's
/// face of that name (`Noto Serif Devanagari`, `Noto Sans Thai`), and for Arabic the
/// Naskh style books are set in. None for the scripts the bundled faces cover and for
/// characters common to all scripts.
fn script_families(c: char) -> Vec<String> {
    use unicode_script::{Script, UnicodeScript};
    let script = c.script();
    if matches!(
        script,
        Script::Common
            | Script::Inherited
            | Script::Unknown
            | Script::Latin
            | Script::Greek
            | Script::Cyrillic
    ) {
        return Vec::new();
    }
    let name = script.full_name().replace('_', " ");
    let mut names = Vec::new();
    if script == Script::Arabic {
        names.push("Noto Naskh Arabic".to_string());
    }
    names.push(format!("Noto Serif {name}"));
    names.push(format!("Noto Sans {name}"));
    names
}

/// Han, kana, hangul, bopomofo and CJK punctuation.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x2FDF | 0x3000..=0x31FF | 0x3200..=0x9FFF
        | 0xA960..=0xA97F | 0xAC00..=0xD7FF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Pictographs, emoji, dingbats and other symbols.
fn is_symbol(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// Whether `face` can be embedded as outlines and has a glyph for `c`: colour bitmap and
/// SVG emoji faces have no outlines to embed, and CFF2 is not subset.
fn usable_for(face: &ttf_parser::Face, c: char) -> bool {
    let t = face.tables();
    let outlines = t.glyf.is_some() || t.cff.is_some();
    let colour = t.cbdt.is_some() || t.sbix.is_some() || t.svg.is_some() || t.colr.is_some();
    outlines && !colour && face.glyph_index(c).is_some_and(|g| g.0 != 0)
}

/// The best installed face for `c`: the first of the named families, then of the
/// families that suit its script, then of all others, that has it. `None` when no
/// installed face has it.
pub(crate) fn find(c: char, named: &[String], language: &str) -> Option<&'static Candidate> {
    let d = discovery();
    let covers = |cand: &Candidate| {
        d.db.with_face_data(cand.id, |data, index| {
            ttf_parser::Face::parse(data, index).is_ok_and(|f| usable_for(&f, c))
        })
        .unwrap_or(false)
    };
    let in_family = |name: &str| {
        let name = name.to_lowercase();
        d.faces
            .iter()
            .filter(move |f| f.families.contains(&name) || f.ps_name.to_lowercase() == name)
    };
    let named = named.iter().cloned();
    for family in named.chain(preferred(c, language)) {
        if let Some(hit) = in_family(&family).find(|f| covers(f)) {
            return Some(hit);
        }
    }
    d.faces.iter().find(|f| covers(f))
}

/// The installed colour bitmap face emoji are drawn from ([`super::bitmap`]): the first,
/// in the sorted order, that has a picture for 😀 (a test any emoji face passes, and a
/// face with a few pictures for other uses does not).
pub(crate) fn find_bitmap() -> Option<&'static Candidate> {
    let d = discovery();
    d.faces.iter().find(|cand| {
        d.db.with_face_data(cand.id, |data, index| {
            ttf_parser::Face::parse(data, index)
                .is_ok_and(|f| super::bitmap::is_bitmap(&f) && super::bitmap::covers(&f, '😀'))
        })
        .unwrap_or(false)
    })
}

/// The families in `named` that no installed face has.
pub(crate) fn not_installed(named: &[String]) -> Vec<String> {
    let d = discovery();
    named
        .iter()
        .filter(|n| {
            let n = n.to_lowercase();
            !d.faces
                .iter()
                .any(|f| f.families.contains(&n) || f.ps_name.to_lowercase() == n)
        })
        .cloned()
        .collect()
}

/// The rank of `cand` in the sorted discovery: a key that orders loaded faces the same
/// way in every build.
pub(crate) fn rank(cand: &Candidate) -> usize {
    let d = discovery();
    d.faces
        .iter()
        .position(|f| f.id == cand.id)
        .unwrap_or(usize::MAX)
}

/// The bytes of the font file at `path`, read once per process and kept for its life
/// (the shaper's faces borrow them, and a CJK collection is too big to read per book).
pub(crate) fn file_bytes(path: &PathBuf) -> Option<&'static [u8]> {
    static FILES: OnceLock<Mutex<HashMap<PathBuf, &'static [u8]>>> = OnceLock::new();
    let mut files = FILES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(b) = files.get(path) {
        return Some(b);
    }
    let bytes: &'static [u8] = Box::leak(std::fs::read(path).ok()?.into_boxed_slice());
    files.insert(path.clone(), bytes);
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_prefers_the_regional_serif_face() {
        assert_eq!(preferred('愛', "zh-TW")[0], "Noto Serif CJK TC");
        assert_eq!(preferred('愛', "zh")[0], "Noto Serif CJK SC");
        assert_eq!(preferred('사', "ko")[0], "Noto Serif CJK KR");
        assert_eq!(preferred('あ', "en")[0], "Noto Serif CJK JP");
        assert!(preferred('😀', "en").contains(&"Symbola".to_string()));
        assert!(preferred('ж', "en").contains(&"Noto Serif".to_string()));
        // A script's own faces come after the wide ones (which may have it whole).
        let own = |c: char| preferred(c, "en")[5..].to_vec();
        assert_eq!(
            own('न')[..2],
            ["Noto Serif Devanagari", "Noto Sans Devanagari"]
        );
        assert_eq!(own('م')[0], "Noto Naskh Arabic");
        assert_eq!(own('ש')[0], "Noto Serif Hebrew");
        assert_eq!(preferred('ש', "en")[3], "DejaVu Sans");
        assert_eq!(preferred('é', "fr")[0], "Noto Serif");
    }
}
