//! Footnotes typed as text: `[n]` markers in a story and, after them, a list of `[n] …`
//! lines (under `Footnotes:` or `Notes:`), or Markdown's `[^n]` markers and `[^n]: …`
//! definitions, become linked notes, only with evidence.
//!
//! Input: a story's body blocks (typography applied) and its text, for line numbers.
//! Output: the same blocks with each marker an [`Inline::NoteRef`] and each list a
//! [`Block::Footnotes`], and a decision for `quire inspect`. Every word stays, in order.
//! A list links only when every `[n]` it lists is typed exactly once in a paragraph
//! between the list before it (or the story's start) and itself, in the list's order,
//! no other `[n]` stands there, and its numbers run on by one; else all stays text.

use crate::model::{Block, Footnote, Footnotes, Inline, split_lines};

/// Links the footnotes of `body` (see the module's rule); `text` is the story file.
pub(crate) fn link(body: &mut Vec<Block>, text: &str, decisions: &mut Vec<String>) {
    let mut next_id = 1;
    let mut from = 0;
    let mut searched_line = 0;
    let mut j = 0;
    while j < body.len() {
        let Some(run) = list_run(body, j) else {
            j += 1;
            continue;
        };
        let span = from..j;
        let end = j + run.len();
        from = end;
        let numbers: Vec<u32> = run
            .iter()
            .flat_map(|(_, notes)| notes.iter().map(|(n, _, _)| *n))
            .collect();
        // Every marker of the span, in order, with where it stands.
        let found: Vec<u32> = body[span.clone()]
            .iter()
            .flat_map(|b| markers(&b.plain()))
            .collect();
        let in_paragraphs: usize = body[span.clone()].iter().map(prose_markers).sum();
        if found != numbers || in_paragraphs != found.len() {
            j = end;
            continue;
        }
        let mut id = next_id;
        for b in &mut body[span] {
            link_prose(b, &mut next_id);
        }
        // Each paragraph of the list stays a block, so the blocks of the story keep
        // their places; a label alone on its line (`Vysvětlivky:`) becomes the label of
        // the notes under it, not a paragraph of the story.
        let mut run = run;
        let mut end = end;
        if run.len() > 1 && run[0].1.is_empty() && run[1].0.is_empty() {
            let (label, _) = run.remove(0);
            run[0].0 = label;
            body.remove(j);
            end -= 1;
            from = end;
        }
        for (k, (label, notes)) in run.into_iter().enumerate() {
            if notes.is_empty() {
                continue;
            }
            let notes = notes
                .into_iter()
                .map(|(_, marker, text)| {
                    id += 1;
                    Footnote {
                        id: id - 1,
                        marker,
                        text,
                    }
                })
                .collect();
            body[j + k] = Block::Footnotes(Footnotes { label, notes });
        }
        j = end;
        let line = line_of(text, numbers[0], &mut searched_line);
        let (a, z) = (numbers[0], numbers[numbers.len() - 1]);
        let which = match numbers.len() {
            1 => format!("1 marker [{a}]"),
            n => format!("{n} markers [{a}]–[{z}]"),
        };
        decisions.push(format!(
            "footnotes: {which} linked to the list at line {line}"
        ));
    }
}

/// How many markers stand in `b`'s paragraphs, a list's items' and a quoted passage's
/// included (a bulleted entry or a quoted message may carry a note).
fn prose_markers(b: &Block) -> usize {
    match b {
        Block::Paragraph(inl) => markers(&crate::model::plain_text(inl)).len(),
        Block::List(list) => list.items.iter().flatten().map(prose_markers).sum(),
        Block::Quote(blocks) => blocks.iter().map(prose_markers).sum(),
        _ => 0,
    }
}

/// Links the markers of `b`'s paragraphs, a list's items' and a quote's included, numbering on from
/// `next`.
fn link_prose(b: &mut Block, next: &mut u32) {
    match b {
        Block::Paragraph(inl) => *inl = linked(inl, next),
        Block::List(list) => {
            for item in &mut list.items {
                for b in item {
                    link_prose(b, next);
                }
            }
        }
        Block::Quote(blocks) => {
            for b in blocks {
                link_prose(b, next);
            }
        }
        _ => {}
    }
}

/// Whether `mark` stands in `text` as a note's marker is typed: right after a word or a
/// mark (`needle[1]`, `cariad?”[1]`, `Gethin,[a]`), not opening the text nor after a space.
pub(crate) fn is_attached(text: &str, mark: &str) -> bool {
    text.match_indices(mark)
        .any(|(at, _)| at > 0 && !text[..at].ends_with(char::is_whitespace))
}

/// The note number of a marker `[n]`, or Markdown's `[^n]` (1 to 999), at the start of
/// `s`, and its length.
pub(crate) fn marker_at(s: &str) -> Option<(u32, usize)> {
    let rest = s.strip_prefix('[')?;
    let caret = usize::from(rest.starts_with('^'));
    let rest = &rest[caret..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) || !rest[digits..].starts_with(']') || rest.starts_with('0') {
        return None;
    }
    Some((rest[..digits].parse().ok()?, digits + 2 + caret))
}

/// How a marker is shown: a typed `[n]` as typed; Markdown's `[^n]` as the raised
/// number every Markdown renderer sets for it (`¹`), its brackets and caret being
/// markup, not the author's words.
fn shown(marker: &str) -> String {
    match marker.strip_prefix("[^") {
        Some(rest) => rest
            .trim_end_matches(']')
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => SUPERSCRIPT_DIGITS[d as usize],
                None => c,
            })
            .collect(),
        None => marker.to_string(),
    }
}

/// The raised digits 0 to 9.
const SUPERSCRIPT_DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// The numbers of the markers in `s`, in order.
fn markers(s: &str) -> Vec<u32> {
    s.char_indices()
        .filter(|&(_, c)| c == '[')
        .filter_map(|(i, _)| marker_at(&s[i..]).map(|(n, _)| n))
        .collect()
}

/// A note line's number, marker and text after the marker.
type NoteLine = (u32, String, Vec<Inline>);

/// The notes list that starts at `body[j]`: its paragraphs, each its label and notes (a
/// label alone, `Footnotes:`, may be a paragraph of its own before the notes; each
/// paragraph after holds note lines only), numbers running on by one throughout.
fn list_run(body: &[Block], j: usize) -> Option<Vec<(Vec<Inline>, Vec<NoteLine>)>> {
    let mut run = vec![match list_at(&body[j]) {
        Some(p) => p,
        None => (label_alone(&body[j])?, Vec::new()),
    }];
    while let Some(p) = body.get(j + run.len()).and_then(list_at) {
        if !p.0.is_empty() {
            break;
        }
        run.push(p);
    }
    let numbers: Vec<u32> = run
        .iter()
        .flat_map(|(_, notes)| notes.iter().map(|(n, _, _)| *n))
        .collect();
    let on_by_one = numbers.windows(2).all(|w| w[1] == w[0] + 1);
    (!numbers.is_empty() && on_by_one).then_some(run)
}

/// A paragraph that is only a notes label (`Footnotes:`): its inlines.
fn label_alone(b: &Block) -> Option<Vec<Inline>> {
    match b {
        Block::Paragraph(inl) if is_label(&crate::model::plain_text(inl)) => Some(inl.clone()),
        _ => None,
    }
}

/// Words that head a list of notes, lowercase: English, Czech ("explanations",
/// "notes"), Polish, German, Dutch, Swedish, Spanish and Portuguese, Italian, Russian.
const LIST_LABELS: &[&str] = &[
    "footnotes",
    "notes",
    "endnotes",
    "vysvětlivky",
    "poznámky",
    "przypisy",
    "fußnoten",
    "anmerkungen",
    "voetnoten",
    "fotnoter",
    "notas",
    "note",
    "примечания",
    "сноски",
];

/// Whether a line is a notes label: `Footnotes:`, `Notes:`, `Vysvětlivky:` ….
fn is_label(t: &str) -> bool {
    // Asked of every paragraph: the colon first, and a lowercased copy only of a line
    // as short as a label.
    let t = t.trim();
    let Some(word) = t.strip_suffix(':').or_else(|| t.strip_suffix('：')) else {
        return false;
    };
    word.len() <= 24 && LIST_LABELS.contains(&word.trim_end().to_lowercase().as_str())
}

/// A notes list: a paragraph of typed lines, an optional label line (`Footnotes:`,
/// `Notes:`) over lines each opened by `[n]` and a space, numbers running on by one.
/// Returns the label and each note's (number, marker, text after the marker).
fn list_at(b: &Block) -> Option<(Vec<Inline>, Vec<NoteLine>)> {
    let Block::Paragraph(inl) = b else {
        return None;
    };
    let mut lines = split_lines(inl).into_iter();
    let mut first = lines.next()?;
    let label = match note_line(&first) {
        Some(_) => Vec::new(),
        None => {
            if !is_label(&crate::model::plain_text(&first)) {
                return None;
            }
            first = lines.next()?;
            inl[..label_len(inl)].to_vec()
        }
    };
    let mut notes = vec![note_line(&first)?];
    for l in lines {
        let n = note_line(&l)?;
        if n.0 != notes[notes.len() - 1].0 + 1 {
            return None;
        }
        notes.push(n);
    }
    Some((label, notes))
}

/// How many inlines of `inl` come before its first line break.
fn label_len(inl: &[Inline]) -> usize {
    inl.iter()
        .position(|i| matches!(i, Inline::LineBreak))
        .unwrap_or(inl.len())
}

/// A note line: `[n]` opening its first text run, a space after it.
fn note_line(line: &[Inline]) -> Option<NoteLine> {
    let Some(Inline::Text(t)) = line.first() else {
        return None;
    };
    let (n, len) = marker_at(t)?;
    // Markdown defines a note as `[^n]: text`; a typed list writes `[n] text`.
    let after = if t.starts_with("[^") {
        t[len..].strip_prefix(':')?
    } else {
        &t[len..]
    };
    if !after.starts_with(char::is_whitespace) {
        return None;
    }
    let mut text = vec![Inline::Text(after.to_string())];
    text.extend(line[1..].iter().cloned());
    Some((n, shown(&t[..len]), text))
}

/// `inl` with each marker `[n]` in its text runs a reference, numbered from `next`.
fn linked(inl: &[Inline], next: &mut u32) -> Vec<Inline> {
    let mut out = Vec::new();
    for i in inl {
        match i {
            Inline::Text(t) => {
                let mut rest = 0;
                for (at, _) in t.char_indices().filter(|&(_, c)| c == '[') {
                    if at < rest {
                        continue;
                    }
                    if let Some((_, len)) = marker_at(&t[at..]) {
                        if at > rest {
                            out.push(Inline::Text(t[rest..at].to_string()));
                        }
                        out.push(Inline::NoteRef {
                            marker: shown(&t[at..at + len]),
                            id: *next,
                        });
                        *next += 1;
                        rest = at + len;
                    }
                }
                if rest < t.len() {
                    out.push(Inline::Text(t[rest..].to_string()));
                }
            }
            Inline::Emphasis(c) => out.push(Inline::Emphasis(linked(c, next))),
            Inline::Strong(c) => out.push(Inline::Strong(linked(c, next))),
            other => out.push(other.clone()),
        }
    }
    out
}

/// The 1-based line of `text` after line `*after` that opens with note `n`'s marker,
/// typed (`[n]`) or Markdown's (`[^n]:`), which becomes `*after`: where a list's first
/// note stands.
fn line_of(text: &str, n: u32, after: &mut usize) -> usize {
    let (typed, markdown) = (format!("[{n}]"), format!("[^{n}]:"));
    let found = text
        .lines()
        .enumerate()
        .skip(*after)
        .find(|(_, l)| {
            let l = l.trim_start();
            l.starts_with(&typed) || l.starts_with(&markdown)
        })
        .map_or(*after, |(k, _)| k + 1);
    *after = found;
    found
}

#[cfg(test)]
mod tests;
