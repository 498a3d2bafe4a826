//! FanFicFare's plain-text output → header, contents list, chapter headings, notes.
//!
//! Input: a story file as [`Doc`] lines. Output: the header's fields in the chapter's
//! metadata, the summary and the work's opening notes in the preface, its closing notes
//! in the afterword, the chapter titles FanFicFare indents marked as headings, and the
//! contents list and `End file.` dropped. The shape (from FanFicFare's text writer):
//! blank lines, the title, `by AUTHOR`, `Label: value` lines wrapped at 78 columns with
//! the summary last, `TABLE OF CONTENTS` and one entry a paragraph (only with more than
//! one chapter), then each chapter as a tab-indented title (spaces once wrapped) and its
//! text as html2text writes it (`> ` quotes, `\` escapes), and `End file.` at the end.

mod note_boxes;

use super::bylines::byline;
use super::doc::{Doc, file_hit, read_field};
use super::fields::{self, CategoryIs, Field};

/// The bold labels FanFicFare puts over the notes it copies from AO3 into a chapter.
const NOTE_LABELS: &[&str] = &[
    "author's note:",
    "notes for the chapter:",
    "summary for the chapter:",
    "notes for the end of the chapter:",
    "end notes:",
    // Older FanFicFare writes a chapter's notes under a plain bold "Notes:".
    "notes:",
];

/// Reads FanFicFare text; false (and nothing taken) when the file is not of that shape.
pub(crate) fn read(doc: &mut Doc) -> bool {
    let Some(t) = doc.next_text(0) else {
        return false;
    };
    let t_end = doc.para_end(t);
    let Some(b) = doc.next_text(t_end) else {
        return false;
    };
    let b_end = doc.para_end(b);
    let author = match byline(&doc.para(b, b_end).text) {
        Some(a) if doc.trimmed(b).starts_with("by ") => a.to_string(),
        _ => return false,
    };
    let toc = (b_end..doc.len()).find(|&i| doc.trimmed(i) == "TABLE OF CONTENTS");
    let end_file = doc
        .prev_text(doc.len())
        .filter(|&i| doc.trimmed(i) == "End file.");
    let first_field = doc
        .next_text(b_end)
        .filter(|&k| fields::labelled(&doc.lines[k]).is_some());
    let contents = toc.and_then(|c| toc_entries(doc, c));
    let first_chapter = match &contents {
        // The first chapter's title repeats the first entry.
        Some((entries, end)) => (*end..doc.len()).find(|&i| {
            chapter_line(doc, i) || (i > 0 && doc.blank(i - 1) && doc.trimmed(i) == entries[0].2)
        }),
        None => (b_end..doc.len()).find(|&i| chapter_line(doc, i)),
    };
    if t_end - t > 2 || (toc.is_none() && end_file.is_none()) || first_chapter.is_none() {
        return false;
    }
    let first_chapter = first_chapter.unwrap_or(doc.len());
    let header_end = toc.unwrap_or(first_chapter).min(first_chapter);

    let title = doc.para(t, t_end).text;
    doc.take(t, t_end);
    doc.out.title = Some(title.clone());
    doc.take(b, b_end);
    doc.dropped(b, "by");
    // FanFicFare joins a work's authors with commas ("by quillwright, ashfall_and_ink").
    let names: Vec<&str> = author.split(", ").map(str::trim).collect();
    if names.len() > 1 && names.iter().all(|n| super::bylines::is_name(n)) {
        doc.out.co_authors = names[1..].iter().map(|n| n.to_string()).collect();
        doc.out.meta.author = Some(names[0].to_string());
    } else {
        doc.out.meta.author = Some(author);
    }
    doc.why(format!(
        "header: FanFicFare text (title, `by` line, {}{}): the header is metadata, not story",
        if toc.is_some() {
            "`TABLE OF CONTENTS`, "
        } else {
            ""
        },
        if end_file.is_some() {
            "`End file.`"
        } else {
            "indented chapter title"
        }
    ));

    // FanFicFare's "Category:" is the fandom, unless a "Fandom:" line names it (an AO3
    // work): then it is AO3's relationship kind ("Gen", "F/F").
    let category = if (b_end..header_end)
        .any(|k| fields::labelled(&doc.lines[k]).is_some_and(|l| l.field == Field::Fandoms))
    {
        CategoryIs::Tag
    } else {
        CategoryIs::Fandom
    };
    // Fields: a known label starts one; anything else, blank lines included (a summary
    // of several paragraphs), continues it.
    let mut i = first_field.unwrap_or(header_end);
    while i < header_end {
        if doc.blank(i) {
            i += 1;
            continue;
        }
        let Some(mut h) = read_field(doc, i) else {
            // A stray line inside the header: keep it as a note.
            let e = doc.para_end(i).min(header_end);
            doc.preface_lines(i, e);
            i = e;
            continue;
        };
        if h.field == Field::Summary {
            // The summary runs on over blank lines up to the next field or the header's end.
            let mut e = h.to;
            while e < header_end && fields::labelled(&doc.lines[e]).is_none() {
                e += 1;
            }
            let paras = doc.paras(h.from, e);
            doc.take(h.from, e);
            doc.dropped(h.from, &h.label);
            for (k, mut p) in paras.into_iter().enumerate() {
                if k == 0 {
                    p.text = h.value.clone();
                }
                if !p.text.is_empty() {
                    doc.out.summary.push(p.clone());
                    doc.out.preface.push(p);
                }
            }
            doc.why(format!(
                "header: line {} `Summary:` opens the preface",
                h.from + 1
            ));
            i = e;
            continue;
        }
        if h.field == Field::Title {
            h.field = Field::Note;
        }
        file_hit(doc, &h, false, category, true);
        i = h.to;
    }

    // The contents list: the book makes its own.
    let mut entries = Vec::new();
    if let Some(c) = toc {
        doc.drop_line(c, "TABLE OF CONTENTS");
        match contents {
            Some((found, _)) => {
                for (i, e, text) in found {
                    doc.take(i, e);
                    doc.dropped(i, &text);
                    entries.push(text);
                }
            }
            None => {
                for p in doc.paras(c + 1, first_chapter) {
                    entries.push(p.text.clone());
                    doc.take(p.line - 1, p.line - 1 + p.lines);
                    doc.dropped(p.line - 1, &p.text);
                }
            }
        }
        doc.why(format!(
            "header: line {} `TABLE OF CONTENTS` and its {} entries are left out (the book makes its own contents)",
            c + 1,
            entries.len()
        ));
    }
    if let Some(e) = end_file {
        doc.drop_line(e, "End file.");
        doc.why(format!("header: line {} `End file.` is left out", e + 1));
    }

    // Chapter titles: indented lines; with a contents list, the lines that match it.
    let mut heads: Vec<Entry> = Vec::new();
    let mut want = entries.iter().peekable();
    for i in first_chapter..doc.len() {
        // A line on its own that is the next entry of the contents is a chapter title
        // even unindented.
        let named = want.peek().is_some_and(|w| {
            !doc.taken[i] && (i == 0 || doc.blank(i - 1)) && doc.trimmed(i) == w.as_str()
        }) && doc.para_end(i) == i + 1;
        if !chapter_line(doc, i) && !named {
            continue;
        }
        let e = doc.para_end(i);
        let text = doc.para(i, e).text;
        // Without a contents list (FanFicFare writes one only when asked), a later
        // title is one numbered as the next after the first ("2. El cuaderno" after
        // "1. La llave", "Chapter 3" after "Chapter 2").
        let fits = match (want.peek(), heads.first()) {
            (Some(w), _) => **w == text,
            (None, None) => true,
            (None, Some((_, _, first))) => {
                entries.is_empty() && numbered_next(first, &text, heads.len())
            }
        };
        if fits {
            want.next();
            heads.push((i, e, text));
        }
    }
    unquote(doc, first_chapter);
    // AO3's landmark over a chapter's text, and its pointer to the chapter's end notes
    // ("(See the end of the chapter for more notes.)"), kept by FanFicFare with the text.
    for i in first_chapter..doc.len() {
        let t = doc.trimmed(i);
        let ao3 = super::ao3::is_text_marker(t) || super::ao3::is_see_end_line(t);
        if !doc.taken[i] && doc.para_end(i) == i + 1 && ao3 {
            let text = t.to_string();
            doc.drop_line(i, &text);
            doc.why(format!("header: line {} `{text}` is AO3's own line", i + 1));
        }
    }
    note_boxes::read(doc, &heads);
    let notes_end = opening_notes(doc, &heads);
    closing_notes(doc, &heads, notes_end);
    chapter_notes(doc);
    for (k, (i, e, text)) in heads.into_iter().enumerate() {
        if k == 0 && (doc.out.title.as_deref() == Some(text.as_str())) {
            doc.take(i, e);
            doc.dropped(i, &text);
            doc.why(format!(
                "heading: line {} repeats the story's title and is left out",
                i + 1
            ));
        } else if k == 0 {
            doc.take(i, e);
            doc.out.lead_heading = Some(doc.para(i, e));
            doc.why(format!(
                "heading: line {} \"{text}\" is FanFicFare's first chapter title",
                i + 1
            ));
        } else {
            // A wrapped title is one line; its continuation lines join it in `rest`.
            doc.out.headings.push(i + 1);
            let joined = text.clone();
            doc.lines[i] = joined;
            doc.take(i + 1, e);
            doc.why(format!(
                "heading: line {} \"{text}\" is a chapter title FanFicFare indents",
                i + 1
            ));
        }
    }
    true
}

/// The text before a title's first number, and the number ("Chapter 2: Ink" →
/// ("chapter ", 2)); none when the title has no number in its first few words.
fn number_of(title: &str) -> Option<(String, u32)> {
    let at = title.find(|c: char| c.is_ascii_digit())?;
    let prefix = title[..at].to_lowercase();
    if prefix.split_whitespace().count() > 2 {
        return None;
    }
    let digits: String = title[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    Some((prefix, digits.parse().ok()?))
}

/// Whether `title` is numbered `k` after `first`, with the same words before the number.
fn numbered_next(first: &str, title: &str, k: usize) -> bool {
    match (number_of(first), number_of(title)) {
        (Some((p, n)), Some((q, m))) => p == q && m as usize == n as usize + k,
        _ => false,
    }
}

/// A contents entry: its lines `from..to` and its text.
type Entry = (usize, usize, String);

/// The contents list under `TABLE OF CONTENTS` at line `c`: its entries `(from, to,
/// text)`, one a paragraph (or one a line, when its lines are indented), up to where the
/// first chapter's title repeats the first entry; and the line after the last. `None`
/// when no title repeats an entry or an entry is too long to be a title: then the
/// chapters' indented titles end the list.
fn toc_entries(doc: &Doc, c: usize) -> Option<(Vec<Entry>, usize)> {
    let mut out: Vec<Entry> = Vec::new();
    let mut i = c + 1;
    while let Some(k) = doc.next_text(i) {
        let e = doc.para_end(k);
        let indented = (k..e).all(|j| doc.lines[j].starts_with([' ', '\t']));
        // Entries one a line with no blank between them: the first is the first
        // chapter's indented title further on (a wrapped entry's first line is not).
        let per_line = e - k > 1
            && (k..e).all(|j| doc.trimmed(j).chars().count() <= 70)
            && (e..doc.len()).any(|j| chapter_line(doc, j) && doc.trimmed(j) == doc.trimmed(k));
        let items: Vec<Entry> = if indented || per_line {
            (k..e)
                .map(|j| (j, j + 1, doc.trimmed(j).to_string()))
                .collect()
        } else {
            vec![(k, e, doc.para(k, e).text)]
        };
        if out.first().is_some_and(|f| f.2 == items[0].2) {
            return Some((out, k));
        }
        if items.iter().any(|x| x.2.chars().count() > 160) || out.len() > 2000 {
            return None;
        }
        out.extend(items);
        i = e;
    }
    None
}

/// An indented line (a tab, or the spaces a tab becomes) after a
/// blank line: how FanFicFare sets a chapter title apart.
fn chapter_line(doc: &Doc, i: usize) -> bool {
    // Reading turns a tab into one space; wrapping turned it into eight.
    let l = &doc.lines[i];
    let indented = l.starts_with([' ', '\t']);
    indented
        && !doc.blank(i)
        && (i == 0 || doc.blank(i - 1))
        && !l.trim_start().starts_with(['*', '-', '+', '>'])
        && l.trim().chars().count() <= 160
}

/// Undoes html2text's markup that is not emphasis: `> ` before quoted lines (notes
/// copied from AO3 are quotes) and backslash escapes (`\*`, `1\.`).
fn unquote(doc: &mut Doc, from: usize) {
    for i in from..doc.len() {
        if doc.taken[i] {
            continue;
        }
        let l = &doc.lines[i];
        let mut s = l.as_str();
        while let Some(r) = s.trim_start().strip_prefix('>') {
            s = r.strip_prefix(' ').unwrap_or(r);
            doc.quoted[i] = true;
        }
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\'
                && chars
                    .peek()
                    .is_some_and(|n| "\\`*_{}[]()#+-.!>".contains(*n))
            {
                continue;
            }
            out.push(c);
        }
        if out != *l {
            doc.lines[i] = out;
        }
    }
}

/// Whether line `i` is one of FanFicFare's bold note labels.
fn note_label(doc: &Doc, i: usize) -> bool {
    let t = doc.trimmed(i).trim_matches(['*', '_']).to_lowercase();
    let t = t.replace('’', "'");
    NOTE_LABELS.contains(&t.as_str())
}

/// The notes FanFicFare puts at the top of the first chapter (the work's and the
/// chapter's notes and summary, each under a bold label) → preface. Returns the line
/// where the story text begins.
fn opening_notes(doc: &mut Doc, heads: &[(usize, usize, String)]) -> usize {
    let Some(&(_, start, _)) = heads.first() else {
        return 0;
    };
    let stop = heads.get(1).map_or(doc.len(), |h| h.0);
    let mut i = start;
    let mut last = start;
    while let Some(k) = doc.next_text(i).filter(|&k| k < stop) {
        // A label over text that was never quoted is left, with its text, to the
        // story's own reading of notes.
        let quoted = doc.next_text(k + 1).is_some_and(|m| quoted_before(doc, m));
        if !note_label(doc, k) || !quoted {
            break;
        }
        let label = doc.trimmed(k).to_string();
        doc.drop_line(k, &label);
        // The note runs to the next label; its end is the last paragraph of the quote,
        // so the note is at most the paragraphs up to the next label or story text.
        let mut j = k + 1;
        let mut body_from = None;
        while let Some(m) = doc.next_text(j).filter(|&m| m < stop) {
            if note_label(doc, m) || !quoted_before(doc, m) {
                break;
            }
            let e = doc.para_end(m);
            body_from.get_or_insert(m);
            doc.preface_lines(m, e);
            j = e;
        }
        doc.why(format!(
            "preface: line {} `{label}` and the quoted note under it",
            k + 1
        ));
        i = j;
        last = j;
    }
    last
}

/// Whether a line was a `> ` quote before [`unquote`] took the marks off.
fn quoted_before(doc: &Doc, i: usize) -> bool {
    doc.quoted[i]
}

/// A chapter's own notes between chapters (`**Notes for the Chapter:**` over a quote at
/// the end of chapter 1 of 2): the notes stay at their place in the story, set apart as
/// small notes; FanFicFare's label goes.
fn chapter_notes(doc: &mut Doc) {
    for k in 0..doc.len() {
        if doc.taken[k] || !note_label(doc, k) {
            continue;
        }
        let Some(first) = doc.next_text(k + 1).filter(|&m| quoted_before(doc, m)) else {
            continue;
        };
        // The quote runs on over blank lines while its lines were quoted.
        let mut last = first;
        while let Some(n) = doc.next_text(last + 1).filter(|&n| quoted_before(doc, n)) {
            last = n;
        }
        let label = doc.trimmed(k).to_string();
        doc.drop_line(k, &label);
        doc.out.notes.push((first + 1, last + 1));
        doc.why(format!(
            "header: line {} `{label}` is FanFicFare's label over a chapter's notes; the notes (lines {}–{}) stay at their place in the story, set apart as small notes",
            k + 1,
            first + 1,
            last + 1
        ));
    }
}

/// The notes FanFicFare puts at the end of the last chapter → afterword.
fn closing_notes(doc: &mut Doc, heads: &[(usize, usize, String)], from: usize) {
    let start = heads.last().map_or(from, |h| h.1).max(from);
    // The first label with nothing but quoted notes and their labels after it (the
    // last chapter's own summary or notes over its text come before).
    let tail_ok = |k: usize| {
        (k..doc.len())
            .all(|m| doc.taken[m] || doc.blank(m) || note_label(doc, m) || quoted_before(doc, m))
    };
    let Some(k) = (start..doc.len()).find(|&k| !doc.taken[k] && note_label(doc, k) && tail_ok(k))
    else {
        return;
    };
    let first_label = doc.trimmed(k).trim_matches(['*', '_']).to_string();
    for m in k..doc.len() {
        if doc.taken[m] || doc.blank(m) {
            continue;
        }
        if note_label(doc, m) {
            let label = doc.trimmed(m).to_string();
            doc.drop_line(m, &label);
        }
    }
    let paras: Vec<_> = doc
        .paras(k, doc.len())
        .into_iter()
        .filter(|p| !doc.taken[p.line - 1])
        .collect();
    for p in paras {
        doc.take(p.line - 1, p.line - 1 + p.lines);
        doc.out.afterword.push(p);
    }
    doc.why(format!(
        "afterword: line {} `{first_label}` and the quoted notes after it close the story",
        k + 1
    ));
}

#[cfg(test)]
mod tests;
