//! Downloaded works, last step: a read [`Work`] → the [`Chapter`] of the model.
//!
//! Input: the work a reader filled, the reader, the chapter's `book.toml` entry and the
//! book's language. Output: the chapter (summary and notes as its preface, with the first
//! chapter's notes; end notes as its afterword, after the last chapter's; the work's
//! chapters as headings inside the story, title and author
//! from `book.toml` over the file's, the story's language) and its warnings. Pure: no I/O.

use super::super::html;
use super::super::work::{Work, story_meta};
use crate::config::ChapterConfig;
use crate::diag::Diagnostic;
use crate::model::{Block, Chapter, Encoding, Reader};
use crate::typography;

/// A chapter's own summary or notes as one note block at its place (its paragraphs; a
/// heading or a break inside it stays in the story after it).
fn small_note(blocks: Vec<Block>) -> Vec<Block> {
    let (paras, rest): (Vec<Block>, Vec<Block>) = blocks
        .into_iter()
        .partition(|b| matches!(b, Block::Paragraph(_) | Block::List(_) | Block::Quote(_)));
    let mut out = Vec::new();
    if !paras.is_empty() {
        out.push(Block::Note(paras));
    }
    out.extend(rest);
    out
}

/// Turns a work into a chapter: summary and notes become the preface (the first
/// chapter's notes after them), end notes the afterword (the last chapter's first), the
/// work's chapters headings inside the story (their summaries and the notes between
/// them in place);
/// title and author from `book.toml` win over the file's.
pub(super) fn to_chapter(
    entry: &ChapterConfig,
    mut work: Work,
    reader: Reader,
    lang: &str,
) -> (Chapter, Vec<Diagnostic>) {
    let file = entry.file.clone();
    let mut diags = Vec::new();
    let mut decisions = vec![format!("read as {}", reader.describe())];
    if matches!(
        reader,
        Reader::FanFicFareHtml
            | Reader::FanFicFareEpub
            | Reader::Html
            | Reader::Epub
            | Reader::Docx
            | Reader::Odt
            | Reader::FlatOdt
            | Reader::ZippedHtml
            | Reader::Enex
            | Reader::Rtf
    ) {
        // FanFicFare keeps a site's notes in the chapter text when the site has no note
        // blocks (FanFiction.Net), as a blog post keeps its author's notes in the post:
        // the text reader's note detection finds them there.
        let ov = super::super::parts::Overrides {
            preface: entry.preface,
            afterword: entry.afterword,
            title_in_text: None,
        };
        super::super::text_notes::take_notes(&mut work, ov);
        // A page's note set in italics over a rule, which the text's words alone
        // did not show to be a note.
        if matches!(
            reader,
            Reader::Html
                | Reader::Docx
                | Reader::Odt
                | Reader::FlatOdt
                | Reader::Rtf
                | Reader::ZippedHtml
                | Reader::Enex
        ) && ov.preface.is_none()
        {
            html::frame::note_over_rule(&mut work);
        }
        let epigraph = std::mem::take(&mut work.epigraph);
        html::epigraph::set_apart(&mut work, &epigraph);
    }
    // The page's footnotes follow the story, before its closing note.
    if let (Some(f), Some(p)) = (work.footnotes.take(), work.parts.last_mut()) {
        p.body.push(Block::Footnotes(f));
    }
    decisions.append(&mut work.decisions);
    let found = work
        .title
        .as_deref()
        .map(|t| typography::apply_str(t.trim(), lang))
        .filter(|t| !t.is_empty());
    let given = entry
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let title = super::super::story::chapter_title(given, found.as_ref(), &file, lang, &mut diags);
    let authors = match &entry.author {
        Some(a) => vec![a.clone()],
        None => work.authors.clone(),
    };

    let mut preface = work.summary.clone();
    preface.extend(work.notes.iter().cloned());
    // What the author says before the story's first words and after its last is the
    // story's own note before and after, wherever the archive filed it: the first
    // chapter's notes follow the work's in the preface, the last chapter's end notes
    // open the afterword. A chapter's summary, and the notes between chapters, stay at
    // their place as small notes.
    let last = work.parts.len().saturating_sub(1);
    let mut closing = Vec::new();
    if let Some(p) = work.parts.first_mut()
        && !p.notes.is_empty()
    {
        decisions.push(format!(
            "chapter 1: its notes ({} paragraph(s)) stand before the story's first words, so they join the note before it",
            p.notes.len()
        ));
        preface.append(&mut p.notes);
    }
    if let Some(p) = work.parts.last_mut()
        && !p.end_notes.is_empty()
    {
        decisions.push(format!(
            "chapter {}: its end notes ({} paragraph(s)) follow the story's last words, so they open the note after it",
            last + 1,
            p.end_notes.len()
        ));
        closing.append(&mut p.end_notes);
    }
    let titled = work.parts.len() > 1;
    let mut body = Vec::new();
    for (i, p) in work.parts.iter().enumerate() {
        let heading = p
            .title
            .as_deref()
            .map(|t| typography::apply_str(t, lang))
            .filter(|t| titled || Some(t) != found.as_ref());
        if let Some(h) = &heading {
            body.push(Block::Heading(h.clone()));
        }
        let extra = p.summary.len() + p.notes.len() + p.end_notes.len();
        if extra > 0 {
            decisions.push(format!(
                "chapter {}: its summary and notes ({extra} paragraph(s)) stay at their place in the story, set apart as small notes",
                i + 1
            ));
        }
        let opening: Vec<Block> = p.summary.iter().chain(&p.notes).cloned().collect();
        body.extend(small_note(opening));
        body.extend(p.body.iter().cloned());
        body.extend(small_note(p.end_notes.clone()));
    }
    if titled && work.parts.iter().any(|p| p.title.is_some()) {
        decisions.push(format!(
            "{} chapters of the work become headings inside the story",
            work.parts.len()
        ));
    }
    if work.images > 0 {
        diags.push(
            Diagnostic::warning(
                Some(file.clone()),
                format!("{} image(s) inside the story were left out", work.images),
            )
            .hint("Quire does not place images inside stories yet"),
        );
    }
    if body.iter().all(|b| matches!(b, Block::SceneBreak)) {
        diags.push(
            Diagnostic::warning(Some(file.clone()), "no story text found in this file")
                .hint("check that the file is the story's download, not a listing page"),
        );
    }
    if !work.tags.is_empty() {
        decisions.push(format!(
            "tags: {}",
            work.tags
                .iter()
                .map(|(l, v)| format!("{l} ({})", v.len()))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let meta = story_meta(&work, reader);
    let words = || {
        body.iter()
            .map(Block::plain)
            .collect::<Vec<_>>()
            .join("\n")
            .into()
    };
    let (language, why) = super::super::language::story_language(
        entry.language.as_deref(),
        meta.language.as_deref(),
        words,
        lang,
    );
    decisions.extend(why);
    html::tidy(&mut preface);
    html::tidy(&mut body);
    let stanzas = html::mark_verse(&mut body);
    if stanzas > 0 {
        decisions.push(format!(
            "verse: {stanzas} paragraph(s) of lines broken with <br/> are stanzas of verse \
             (short lines, some indented with no-break spaces or several stanzas in a row): \
             set flush, a line apart, indents kept"
        ));
    }
    let mut afterword = closing;
    afterword.extend(work.end_notes.iter().cloned());
    html::tidy(&mut afterword);
    let chapter = Chapter {
        file,
        language,
        title,
        title_in_text: found,
        authors,
        encoding: Encoding::Utf8,
        reader,
        preface,
        preface_language: None,
        body,
        afterword,
        afterword_language: None,
        meta,
        decisions,
    };
    (chapter, diags)
}
