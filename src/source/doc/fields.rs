//! Header fields on a story's lines: a `Label: value` line with its continuation lines
//! read as one field ([`Hit`]), a block of them, and each filed into the chapter's
//! metadata or its notes.
//!
//! Input: a [`Doc`]'s lines. Output: the fields found, and, filed, the metadata and
//! preface they fill. Used by every header reader that meets `Label: value` fields
//! (FanFicFare, AO3, LiveJournal, FanFiction.Net, ficbook, downloaders, etexts).

use super::super::fields::{self, CategoryIs, Field};
use super::super::paragraphs::{RawPara, is_scene_break};
use super::Doc;

/// A field read from consecutive lines: the label line and its continuation lines.
pub(crate) struct Hit {
    pub field: Field,
    pub label: String,
    pub value: String,
    /// The field as written, label and all.
    pub written: RawPara,
    pub from: usize,
    pub to: usize,
}

/// The block of fields from the labelled line at or after `i`: one field a line or one a
/// paragraph, a blank line or two apart at most, up to the first text that is no field.
/// Returns them and the line after the last.
pub(crate) fn read_fields(doc: &Doc, mut i: usize) -> (Vec<Hit>, usize) {
    let mut hits = Vec::new();
    while let Some(k) = doc.next_text(i) {
        // One field a paragraph may leave a blank line or two between fields, no more.
        if k > i + 2 && !hits.is_empty() {
            break;
        }
        let Some(h) = read_field(doc, k) else {
            break;
        };
        i = h.to;
        hits.extend(split_line(h));
    }
    (hits, i)
}

/// Separators between fields written on one line (`Rating: G · Words: 1,600`).
const SEPARATORS: &[&str] = &[" · ", " | ", " • "];

/// A one-line field whose value holds further fields after a separator ("Rating: G ·
/// **Words:** ~1,600 · **Status:** complete"), as that many fields, each with the line
/// as written; a value whose parts are not all labelled ("Rating: T · no smut") stays
/// one.
fn split_line(h: Hit) -> Vec<Hit> {
    let Some(sep) = SEPARATORS.iter().find(|s| h.value.contains(**s)) else {
        return vec![h];
    };
    if h.to != h.from + 1 {
        return vec![h];
    }
    let parts: Vec<&str> = h.value.split(sep).collect();
    let labelled: Vec<_> = parts[1..].iter().map(|p| fields::labelled(p)).collect();
    // Only metadata: a note or summary is filed as written, which is the whole line.
    if h.field.is_words()
        || labelled
            .iter()
            .any(|l| l.as_ref().is_none_or(|l| l.field.is_words()))
    {
        return vec![h];
    }
    let mut out = vec![Hit {
        value: parts[0]
            .trim()
            .trim_end_matches(['*', '_'])
            .trim()
            .to_string(),
        ..h
    }];
    for l in labelled.into_iter().flatten() {
        out.push(Hit {
            field: l.field,
            label: l.label.to_string(),
            value: l.value.to_string(),
            written: out[0].written.clone(),
            from: out[0].from,
            to: out[0].to,
        });
    }
    out
}

/// Reads the field that starts at line `i` (a labelled line) with its continuation lines:
/// following non-blank lines that carry no label. A label alone on its line takes its
/// value from the next lines (AO3 pages), one item a line.
pub(crate) fn read_field(doc: &Doc, i: usize) -> Option<Hit> {
    let l = fields::labelled(&doc.lines[i])?;
    let mut j = i + 1;
    let mut parts = vec![l.value.to_string()];
    while j < doc.len() && !doc.blank(j) && !doc.taken[j] {
        let t = doc.trimmed(j);
        // AO3's `Stats:` alone on its line has its `Published: … Words: …` on the next.
        let stats_value = l.field == Field::Stats
            && j == i + 1
            && l.value.is_empty()
            && fields::labelled(t).is_some_and(|n| !n.value.is_empty());
        // A line opening an author's note ("Od autorki: …") continues no field.
        let note = super::super::notes::is_labelled_note(t, super::super::notes::NOTE_LABELS);
        if (fields::labelled(t).is_some() && !stats_value) || is_scene_break(t) || note {
            break;
        }
        // An address wrapped at the header's width ("…/the-lending-library-of-" over
        // "hollow-dell") runs on with no space.
        match parts.last_mut() {
            Some(last) if is_address(last) && !t.contains(char::is_whitespace) => last.push_str(t),
            _ => parts.push(t.to_string()),
        }
        j += 1;
        // The stats are one line; the work's title and author come right under it.
        if stats_value {
            break;
        }
    }
    let joiner = if l.value.is_empty() && parts.len() > 2 && !l.field.is_words() {
        ", "
    } else {
        " "
    };
    let value = parts
        .iter()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(joiner);
    Some(Hit {
        field: l.field,
        label: l.label.to_string(),
        value,
        written: doc.para(i, j),
        from: i,
        to: j,
    })
}

/// A web address alone: `http(s)://` and no white space.
fn is_address(t: &str) -> bool {
    (t.starts_with("https://") || t.starts_with("http://")) && !t.contains(char::is_whitespace)
}

/// Files one field of a header into the document: metadata fields into `meta` (their
/// labels dropped), the author's words into the preface as written, the summary into
/// the summary too. `site` says the labels are the site's, not the author's (then the
/// words go into the preface without them).
pub(crate) fn file_hit(doc: &mut Doc, h: &Hit, allow_title: bool, cat: CategoryIs, site: bool) {
    doc.take(h.from, h.to);
    let line = h.from + 1;
    let value_para = || {
        let mut p = h.written.clone();
        // A field wholly in emphasis ("_Author's note: …_") loses the opening mark with
        // its label, so the closing one goes too.
        let opener: String = p
            .text
            .trim_start()
            .chars()
            .take_while(|c| matches!(c, '*' | '_'))
            .collect();
        let v = h.value.trim_end();
        p.text = match v.strip_suffix(opener.as_str()) {
            Some(inner) if !opener.is_empty() && !h.value.starts_with(opener.as_str()) => {
                inner.trim_end().to_string()
            }
            _ => h.value.clone(),
        };
        p
    };
    match h.field {
        Field::Title if allow_title && doc.out.title.is_none() && !h.value.is_empty() => {
            doc.out.title = Some(h.value.clone());
            doc.dropped(h.from, &h.label);
            doc.why(format!(
                "header: line {line} `{}:` gives the title",
                h.label
            ));
        }
        Field::Summary | Field::Note if h.value.is_empty() => {
            // A bare label: its words are the paragraph under it (the caller's).
            doc.dropped(h.from, &h.label);
        }
        Field::Summary | Field::Note | Field::Title => {
            if h.field == Field::Summary && !h.value.is_empty() {
                doc.out.summary.push(value_para());
            }
            // A site's labels, and an author's "Summary:" or "Notes:", say what the book's
            // note heading and the summary's place already say: the value stands alone,
            // as AO3's and FanFicFare's do. "Disclaimer:", "Prompt:", "Beta:" keep theirs.
            let bare = site || h.field == Field::Summary || fields::is_note_heading(&h.label);
            let p = if bare {
                value_para()
            } else {
                h.written.clone()
            };
            if bare {
                doc.dropped(h.from, &h.label);
            }
            if !p.text.is_empty() {
                doc.out.preface.push(p);
            }
            doc.why(format!(
                "header: line {line} `{}:` is the author's words, so it goes in the preface",
                h.label
            ));
        }
        Field::Boilerplate => {
            doc.dropped(h.from, &h.written.text);
            doc.left_out.push(format!("`{}:` (line {line})", h.label));
        }
        Field::Rating if h.value.contains(" - ") => {
            let before = doc.out.meta.rating.is_some();
            if fields::file_ffn_line(&mut doc.out.meta, &h.value) {
                doc.dropped(h.from, &h.label);
                for (k, w) in h.value.split(" - ").enumerate() {
                    match fields::labelled(w) {
                        Some(l) if l.field == Field::Boilerplate => doc.dropped(h.from, w),
                        Some(l) if l.field == Field::Completed => {}
                        Some(l) => doc.dropped(h.from, l.label),
                        None if k == 0 && w.trim().starts_with("Fiction") => {
                            doc.dropped(h.from, "Fiction")
                        }
                        None => {}
                    }
                }
                doc.why(format!(
                    "header: line {line} is FanFiction.Net's story line (rating, language, genre, characters, counts)"
                ));
            } else if !before {
                fields::file(&mut doc.out.meta, h.field, &h.value, cat);
            }
        }
        _ => {
            if fields::file(&mut doc.out.meta, h.field, &h.value, cat) {
                // "Completed:" is kept as the status, so its word is not dropped.
                if h.field != Field::Completed {
                    doc.dropped(h.from, &h.label);
                }
                if h.field == Field::Author && fields::without_lj_icon(&h.value) != h.value {
                    doc.dropped(h.from, "[info]");
                }
                if h.field == Field::Stats {
                    for (k, v) in fields::stat_pairs(&h.value) {
                        match fields::labelled(&format!("{k}: x")).map(|l| l.field) {
                            Some(Field::Boilerplate) => doc.dropped(h.from, &format!("{k} {v}")),
                            Some(Field::Completed) => {}
                            _ => doc.dropped(h.from, &k),
                        }
                    }
                }
                doc.filed.push(format!("`{}:` (line {line})", h.label));
            } else {
                doc.out.preface.push(h.written.clone());
            }
        }
    }
}
