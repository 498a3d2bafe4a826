//! Story understanding: decoded text → [`Chapter`].
//!
//! Input: one story's text and its `[[chapters]]` entry. Output: a chapter of the model
//! (typography applied) and the warnings met. Pure: no I/O, so every heuristic can be
//! tested on strings.

use super::header;
use super::headings;
use super::inline;
use super::paragraphs::{self, RawPara};
use super::parts::{self, Overrides, Split, words_of};
use super::verse::{self, Verse};
use crate::config::ChapterConfig;
use crate::diag::Diagnostic;
use crate::model::{Block, Chapter, Dropped, Encoding, Inline, StoryMeta, VerseLine};
use crate::typography;

/// Understands one story. `text` is already decoded and normalised.
pub fn understand(
    entry: &ChapterConfig,
    text: &str,
    encoding: Encoding,
    lang: &str,
) -> (Chapter, Vec<Diagnostic>) {
    understand_spaced(entry, (text, &[]), encoding, lang)
}

/// [`understand`], told which lines of the file ended in two or more spaces
/// ([`super::decode::Decoded::spaced_ends`]): in a Markdown file, hard line breaks.
pub(crate) fn understand_spaced(
    entry: &ChapterConfig,
    (text, spaced_ends): (&str, &[usize]),
    encoding: Encoding,
    lang: &str,
) -> (Chapter, Vec<Diagnostic>) {
    let file = entry.file.clone();
    let mut diags = Vec::new();
    let markdown = [".md", ".markdown"]
        .iter()
        .any(|e| file.to_ascii_lowercase().ends_with(e));
    let (marked, hard) = if markdown {
        super::hard_breaks::find(text, spaced_ends)
    } else {
        (String::new(), Vec::new())
    };
    let text = if markdown { &marked[..] } else { text };
    // A file pandoc wrote: its fenced divs, attributes and definitions read as text (its
    // fence lines are no white a typist left: `white_breaks` reads `text`).
    let pandoc = markdown.then(|| super::pandoc::plain(text)).flatten();
    // Site and fic headers first: what they take is blanked, so line numbers stay true.
    let mut head = header::read_file(
        pandoc.as_deref().unwrap_or(text),
        &file_stem(&file),
        markdown,
        entry.header != Some(false),
        entry.title_in_text != Some(false),
    );
    // The story's own language, when not the book's, sets its quotes.
    let (language, language_why) = super::language::story_language(
        entry.language.as_deref(),
        head.meta.language.as_deref(),
        || head.rest.as_str().into(),
        lang,
    );
    let lang = language.as_deref().unwrap_or(lang);
    let (mut paras, wrap) = paragraphs::split_layout(&head.rest, &hard);
    paragraphs::white_breaks(&mut paras, text, |p| {
        head.headings.contains(&p.line)
            || headings::heading_shape(p)
            || super::notes::is_labelled_note(&p.text, super::notes::NOTE_LABELS)
    });
    super::bylines::part_title_bylines(&mut paras);
    let ov = Overrides {
        preface: entry.preface,
        afterword: entry.afterword,
        title_in_text: if head.title.is_some() {
            Some(false)
        } else {
            entry.title_in_text
        },
    };
    let mut split: Split = parts::split(&paras, ov);
    // The header's own note (its `Notes:` field) runs on to a divider below it.
    if !head.preface.is_empty() && entry.preface.is_none() {
        parts::header_note_to_divider(&paras, &mut split);
    }
    if !head.preface.is_empty() {
        split.decisions.retain(|d| d != parts::NO_PREFACE);
    }
    pasted_summary(&mut head, &paras, &mut split.preface);
    let byline_why = super::bylines::under_found_title(&paras, &mut split, &mut head.meta);
    if let Some(t) = &head.title {
        parts::drop_repeated_title(&paras, &mut split, t, head.meta.author.as_deref());
    }
    for &i in &split.left_out {
        let (line, text) = (paras[i].line, paras[i].text.clone());
        head.meta.dropped.push(Dropped { line, text });
    }
    let mut decisions = head.decisions.clone();
    decisions.extend(language_why);
    decisions.extend(split.decisions.iter().cloned());
    decisions.extend(byline_why);
    decisions::lines(&paras, wrap, &mut decisions);
    decisions::verse(&paras, &mut decisions);

    let title_in_text = head
        .title
        .as_deref()
        .map(|t| typography::apply_str(t, lang))
        .or_else(|| {
            split.title.map(|i| {
                let t = &paras[i].text;
                typography::apply_str(parts::atx(t).unwrap_or(t), lang)
            })
        });
    // `title = ""` in book.toml names nothing: fall back as if it were absent.
    let given = entry
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let title = chapter_title(given, title_in_text.as_ref(), &file, lang, &mut diags);

    let all = |v: &[RawPara]| (0..v.len()).collect::<Vec<_>>();
    // A note's lines that make a list ("A few things before you start:" over `- …` lines)
    // are a list, as in the story.
    let note = |from_head: &[RawPara], idx: &[usize], decisions: &mut Vec<String>| {
        let mut b = blocks(from_head, &all(from_head), lang, false, &[]);
        b.extend(blocks(&paras, idx, lang, false, &[]));
        let raw: Vec<&RawPara> = from_head
            .iter()
            .chain(idx.iter().map(|&i| &paras[i]))
            .collect();
        super::lists::group(b, &raw, (&[], markdown), lang, decisions)
    };
    let preface = note(&head.preface, &split.preface, &mut decisions);
    // Numbered section titles ("1. Morning" … "3. Night") head their sections.
    let mut forced = head.headings.clone();
    let numbered = super::numbered_sections::numbered_sections(&paras, &split.body);
    if !numbered.is_empty() {
        decisions.push(format!(
            "headings: lines {numbered:?} are numbered section titles counting up from 1, each over its own prose"
        ));
    }
    forced.extend(numbered);
    let body = blocks(&paras, &split.body, lang, true, &forced);
    // Before anything is put in front of the body, `body[k]` is paragraph `split.body[k]`.
    for (k, &i) in split.body.iter().enumerate() {
        let p = &paras[i];
        if !p.scene_break && headings::heading_shape(p) && !matches!(body[k], Block::Heading(_)) {
            decisions.push(format!(
                "line {}: \"{}\" looks like a heading but has no heading word \
                 (Part, Chapter, Later, Meanwhile…) and no scene break before it, so it stays a paragraph",
                p.line, p.text
            ));
        }
    }
    let raw: Vec<&RawPara> = split.body.iter().map(|&i| &paras[i]).collect();
    let body = small_notes::set_apart_notes(body, &raw, &head.notes, &mut decisions);
    let found = (&head.quotes[..], markdown);
    let body = super::lists::group(body, &raw, found, lang, &mut decisions);
    let mut body = small_notes::join_notes(body, &mut decisions);
    epigraph::set_apart(&mut body, &mut decisions);
    // A chapter heading a header reader took from the top opens the body.
    if let Some(h) = &head.lead_heading {
        body.insert(0, Block::Heading(typography::apply_str(&h.text, lang)));
    }
    // A title line that differs from book.toml's title is the author's words too: keep it,
    // as the story's first heading, rather than drop it.
    if let (Some(found), Some(given)) = (&title_in_text, given)
        && words_of(found) != words_of(given)
    {
        decisions.push(format!(
            "title: book.toml names this chapter \"{given}\", so the title line \"{found}\" is kept as the story's first heading"
        ));
        body.insert(0, Block::Heading(found.clone()));
    }
    let mut afterword = blocks(&paras, &split.afterword, lang, false, &[]);
    afterword.extend(blocks(
        &head.afterword,
        &all(&head.afterword),
        lang,
        false,
        &[],
    ));
    let raw: Vec<&RawPara> = split
        .afterword
        .iter()
        .map(|&i| &paras[i])
        .chain(&head.afterword)
        .collect();
    let afterword = super::lists::group(afterword, &raw, (&[], markdown), lang, &mut decisions);
    let breaks: Vec<String> = split
        .body
        .iter()
        .map(|&i| &paras[i])
        .filter(|p| p.scene_break)
        .map(|p| format!("line {} `{}`", p.line, p.text))
        .collect();
    if !breaks.is_empty() {
        decisions.push(format!(
            "scene breaks: {} (lines of symbols or x/o ornaments)",
            breaks.join(", ")
        ));
    }
    breaks::tidy_scene_breaks(&mut body, &mut decisions);
    super::footnotes::link(&mut body, text, &mut decisions);
    // A divider with only the notes list after it closes the story, as one before a
    // closing note does: it is no scene break.
    if let Some(k) = body.iter().rposition(|b| matches!(b, Block::SceneBreak))
        && k > 0
        && k + 1 < body.len()
        && body[k + 1..]
            .iter()
            .all(|b| matches!(b, Block::Footnotes(_)))
    {
        body.remove(k);
        decisions.push(
            "scene breaks: the divider before the notes list at the story's end closes the story; it is not a scene break".to_string(),
        );
    }
    for b in &body {
        if let Block::Heading(h) = b {
            decisions.push(format!(
                "heading: \"{h}\" is a short title-like line inside the story"
            ));
        }
    }

    if body.is_empty() {
        let d = if paras.iter().all(|p| p.scene_break) {
            Diagnostic::error(Some(file.clone()), "story is empty")
                .hint("add the story's text, or remove the chapter from book.toml")
        } else {
            // Name the part that took the text: the hint must change what caused it.
            let (what, keys) = match (split.preface.is_empty(), split.afterword.is_empty()) {
                (false, true) => ("an author's note", "`preface = 0`"),
                (true, false) => ("a closing note", "`afterword = 0`"),
                (false, false) => ("author's notes", "`preface = 0` and `afterword = 0`"),
                (true, true) => ("a title", "`title-in-text = false`"),
            };
            Diagnostic::warning(
                Some(file.clone()),
                format!("story has only {what} and no story text"),
            )
            .hint(format!(
                "if this text is the story, set {keys} for this chapter in book.toml"
            ))
        };
        diags.push(d);
    }

    let mut authors: Vec<String> = entry.author.clone().map(|a| vec![a]).unwrap_or_else(|| {
        let first = head.meta.author.clone().into_iter();
        first.chain(head.co_authors.iter().cloned()).collect()
    });
    // A file with no title or author in it, named "Overdue by pipistrelle.txt": the name
    // the file's name gives is the author.
    if authors.is_empty()
        && given.is_none()
        && title_in_text.is_none()
        && let Some((_, who)) = super::bylines::file_name_byline(&file_stem(&file))
    {
        decisions.push(format!(
            "byline: no author in the text; \"{who}\" is the author the file's name gives"
        ));
        authors.push(who);
    }
    let chapter = Chapter {
        file,
        language: language.clone(),
        title,
        title_in_text,
        authors,
        encoding,
        reader: crate::model::Reader::Text,
        preface,
        preface_language: None,
        body,
        afterword,
        afterword_language: None,
        meta: StoryMeta {
            summary: blocks(&head.summary, &all(&head.summary), lang, false, &[]),
            ..head.meta
        },
        decisions,
    };
    (chapter, diags)
}

/// A paste's `Summary:` paragraph (a title and byline above it, no site header around
/// it) that opens the note before the story is the story's summary, as a header's
/// `Summary:` field is: it moves from `preface` (indices into `paras`) to the header's
/// summary and preface, without its label, which is recorded as dropped (the book sets
/// its own heading over a summary). A `Summary:` anywhere else is the author's text.
fn pasted_summary(head: &mut super::doc::Header, paras: &[RawPara], preface: &mut Vec<usize>) {
    let Some(&i) = preface.first() else { return };
    if !head.summary.is_empty() || !head.preface.is_empty() {
        return;
    }
    let p = &paras[i];
    let Some(l) = super::fields::labelled(&p.text)
        .filter(|l| l.field == super::fields::Field::Summary && !l.value.is_empty())
    else {
        return;
    };
    let summary = RawPara {
        text: l.value.to_string(),
        ..p.clone()
    };
    head.meta.dropped.push(Dropped {
        line: p.line,
        text: l.label.to_string(),
    });
    head.decisions.push(format!(
        "line {}: `{}:` opens the note before the story: it is the story's summary",
        p.line, l.label
    ));
    head.summary.push(summary.clone());
    head.preface.push(summary);
    preface.remove(0);
}

/// A story file's name without its folder and extension (the file itself if it has none).
fn file_stem(file: &str) -> String {
    std::path::Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string())
}

/// Words English leaves in lowercase inside a title.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
];

/// A title made from a file's name: `_` and `-` between words become spaces, and a name
/// written all in lowercase gets its capitals (in English every word's but the small
/// words', in other languages the first word's): `dear_reader` → "Dear Reader". A name
/// with capitals of its own keeps them.
fn title_from_name(stem: &str, lang: &str) -> String {
    let words: Vec<&str> = stem
        .split(|c: char| c == '_' || c == '-' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return stem.to_string();
    }
    if stem.chars().any(char::is_uppercase) {
        return words.join(" ");
    }
    let cap = |w: &str| {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let english = typography::primary(lang) == "en";
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == 0 || (english && !SMALL_WORDS.contains(w)) {
                cap(w)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The chapter's title: `book.toml`'s (typography applied), else the one found in the
/// file, else one made from the file's name with a warning saying how to name it.
pub(crate) fn chapter_title(
    given: Option<&str>,
    found: Option<&String>,
    file: &str,
    lang: &str,
    diags: &mut Vec<Diagnostic>,
) -> String {
    match (given, found) {
        (Some(t), _) => typography::apply_str(t.trim(), lang),
        (None, Some(t)) => t.clone(),
        (None, None) => {
            let stem = file_stem(file);
            // "Overdue by pipistrelle.txt": the title is the name's before its byline.
            let stem = super::bylines::file_name_byline(&stem).map_or(stem, |(t, _)| t);
            let title = title_from_name(&stem, lang);
            diags.push(
                Diagnostic::warning(
                    Some(file.to_string()),
                    format!("no title found; using \"{title}\", made from the file's name"),
                )
                .hint("add `title = \"…\"` to this chapter in book.toml"),
            );
            title
        }
    }
}

/// `forced`: lines a header reader found to be chapter headings.
fn blocks(
    paras: &[RawPara],
    idx: &[usize],
    lang: &str,
    headings: bool,
    forced: &[usize],
) -> Vec<Block> {
    idx.iter()
        .enumerate()
        .map(|(k, &i)| {
            let p = &paras[i];
            // A heading stands beside a scene break, or carries a heading or time word.
            // A line that ends a section (text above it, a break below) closes what is
            // above it, as a letter's signature does ("Marguerite Le Goff" over `***`):
            // only at the story's start does a break below make it a heading.
            let beside_break = (k > 0 && paras[idx[k - 1]].scene_break)
                || (k == 0 && idx.get(k + 1).is_some_and(|&j| paras[j].scene_break));
            // A line the story shows ("…it said only:" over "Chapter 3") is its text.
            let shown = k > 0 && paras[idx[k - 1]].text.trim_end().ends_with(':');
            if p.scene_break {
                Block::SceneBreak
            } else if headings && p.verse == Verse::Title {
                Block::Heading(typography::apply_str(&p.text, lang))
            } else if headings && p.verse == Verse::Stanza {
                stanza(p, lang)
            } else if headings && forced.contains(&p.line) {
                Block::Heading(typography::apply_str(&p.text, lang))
            } else if let Some(h) = (headings && !shown)
                .then(|| headings::heading(p, beside_break))
                .flatten()
            {
                Block::Heading(typography::apply_str(&h, lang))
            } else {
                // In a note, a Markdown heading's marks are not the author's words.
                let text = match headings || p.lines > 1 {
                    true => p.text.as_str(),
                    false => parts::atx(&p.text).unwrap_or(&p.text),
                };
                let mut inl: Vec<Inline> = inline::parse(text);
                typography::apply(&mut inl, lang);
                Block::Paragraph(inl)
            }
        })
        .collect()
}

/// A stanza from a paragraph marked as one: its typed lines, each with its indent level.
fn stanza(p: &RawPara, lang: &str) -> Block {
    let mut inl: Vec<Inline> = inline::parse(&p.text);
    typography::apply(&mut inl, lang);
    let lines = crate::model::split_lines(&inl);
    let mut levels = verse::levels(&p.indents);
    // A paragraph whose indents were not recorded (or whose lines an empty one
    // dropped) is set flush.
    if levels.len() != lines.len() {
        levels = vec![0; lines.len()];
    }
    Block::Stanza(
        lines
            .into_iter()
            .zip(levels)
            .map(|(inlines, indent)| VerseLine { indent, inlines })
            .collect(),
    )
}

mod breaks;
mod decisions;
mod epigraph;
mod small_notes;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_markdown;
