//! Test helpers, comparing words: the normalised words of a text, the author's-note
//! labels a book's outputs drop, and whether two word lists agree in order.

/// Normalised words: maximal runs of letters and digits, so that typography (curly
/// quotes, dashes, ellipses, non-breaking spaces) does not change the comparison. Each
/// Han, kana or Hangul character is a word of its own: CJK text has no spaces and its
/// lines break between any two characters.
pub fn words(text: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let text: String = text.nfc().collect();
    let cjk = |c: char| {
        matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
            | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
    };
    let mut out = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        let mut rest = w;
        while let Some(i) = rest.find(cjk) {
            if i > 0 {
                out.push(rest[..i].to_string());
            }
            let c = rest[i..].chars().next().unwrap();
            out.push(c.to_string());
            rest = &rest[i + c.len_utf8()..];
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out
}

/// The opening paragraphs of a chapter's notes, as the model holds them (with any
/// `A/N:`-style label still on them): the note before the story and the note after it.
#[derive(Clone, Debug, Default)]
pub struct NoteOpenings {
    pub before: Option<String>,
    pub after: Option<String>,
}

/// A header's summary stands first in the preface, as written: the note before the story
/// opens after it.
pub fn note_openings(ch: &quire::model::Chapter) -> NoteOpenings {
    NoteOpenings {
        before: ch.preface.get(summary_lead(ch)).map(|b| b.plain()),
        after: ch.afterword.first().map(|b| b.plain()),
    }
}

/// How many blocks at the head of the chapter's preface are its summary, which a header
/// reader puts before the note.
pub fn summary_lead(ch: &quire::model::Chapter) -> usize {
    let s = &ch.meta.summary;
    if !s.is_empty() && ch.preface.starts_with(s) {
        s.len()
    } else {
        0
    }
}

/// `text` without the labels its notes open with (`A/N:`, `Author's Note:` …): the
/// book's own note heading stands for them (see `quire::furniture`), so they are not
/// story words the outputs carry. Only the paragraphs that open a note lose one: the
/// first paragraph that starts like the note before the story, the last that starts like
/// the note after it (a story paragraph may start with the same label words, and it
/// keeps them). Paragraphs are separated by blank lines.
pub fn without_author_labels(text: &str, openings: &NoteOpenings) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    // A paragraph after two blank lines or more starts with the extra line ends.
    let paragraphs: Vec<&str> = text
        .split("\n\n")
        .map(|p| p.trim_start_matches('\n'))
        .collect();
    let opens_like = |p: &str, opening: &Option<String>| {
        let Some(o) = opening else { return false };
        let o = words(o);
        // A note may be only the first lines of a blank-line paragraph.
        !o.is_empty() && words(p).starts_with(&o) && quire::furniture::author_label_len(p).is_some()
    };
    let first = paragraphs
        .iter()
        .position(|p| opens_like(p, &openings.before));
    let last = paragraphs
        .iter()
        .rposition(|p| opens_like(p, &openings.after));
    paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| match quire::furniture::author_label_len(p) {
            Some(n) if Some(i) == first || Some(i) == last => p.chars().skip(n).collect(),
            _ => p.to_string(),
        })
        .collect::<Vec<String>>()
        .join("\n\n")
}

/// Whether `got` holds every word of `source` exactly once and in order, allowing one
/// thing: the chapter's title, shown in `title`, may have been lifted out of the text
/// to head the chapter (then it appears in `source` as one contiguous run).
pub fn same_words_allowing_title(source: &[String], title: &[String], got: &[String]) -> bool {
    if source == got {
        return true;
    }
    if title.is_empty() || source.len() != got.len() + title.len() {
        return false;
    }
    (0..=got.len()).any(|i| {
        source[i..i + title.len()] == *title
            && source[..i] == got[..i]
            && source[i + title.len()..] == got[i..]
    })
}

/// A readable account of where two word lists first differ.
pub fn first_difference(want: &[String], got: &[String]) -> String {
    let i = want
        .iter()
        .zip(got)
        .position(|(a, b)| a != b)
        .unwrap_or(want.len().min(got.len()));
    let around = |v: &[String]| v[i.saturating_sub(5)..(i + 5).min(v.len())].join(" ");
    format!(
        "lengths {} vs {}; first difference at word {i}: want [{}] got [{}]",
        want.len(),
        got.len(),
        around(want),
        around(got)
    )
}
