//! `quire inspect`: how each story was understood, for people and for other tools.
//!
//! Input: a loaded [`Book`] (or the diagnostics that stopped it). Output: a report or the
//! JSON documented in README.md. Both read the same model the renderers get.

use crate::diag::Diagnostic;
use crate::model::{Block, Book, Chapter, Dropped, Encoding, Inline, Reader, StoryMeta};
use serde::Serialize;
use std::fmt::Write;

/// The JSON document printed by `quire inspect --json`.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    title: Option<&'a str>,
    language: Option<&'a str>,
    chapters: Vec<ChapterReport<'a>>,
    diagnostics: &'a [Diagnostic],
}

#[derive(Debug, Serialize)]
struct ChapterReport<'a> {
    file: &'a str,
    title: &'a str,
    title_in_text: Option<&'a str>,
    /// The story's language when it is not the book's (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    /// The authors as one string, comma-separated (kept for tools that read it).
    author: Option<String>,
    /// The authors, one entry each.
    authors: &'a [String],
    encoding: Encoding,
    /// Which reader understood the file (`text`, `ao3-html`, `fanficfare-epub`…).
    reader: Reader,
    preface: Vec<BlockReport>,
    body: Vec<BlockReport>,
    afterword: Vec<BlockReport>,
    meta: MetaReport<'a>,
    /// Why the story was split as it was (the `why:` lines of the human report).
    why: &'a [String],
}

/// A chapter's own metadata (see [`StoryMeta`]); absent fields are `null` or `[]`.
#[derive(Debug, Serialize)]
struct MetaReport<'a> {
    author: Option<&'a str>,
    rating: Option<&'a str>,
    warnings: &'a [String],
    fandoms: &'a [String],
    relationships: &'a [String],
    characters: &'a [String],
    tags: &'a [String],
    url: Option<&'a str>,
    words: Option<&'a str>,
    series: Option<&'a str>,
    status: Option<&'a str>,
    published: Option<&'a str>,
    updated: Option<&'a str>,
    chapters: Option<&'a str>,
    publisher: Option<&'a str>,
    language: Option<&'a str>,
    summary: Vec<BlockReport>,
    dropped: &'a [Dropped],
}

fn meta_report(m: &StoryMeta) -> MetaReport<'_> {
    MetaReport {
        author: m.author.as_deref(),
        rating: m.rating.as_deref(),
        warnings: &m.warnings,
        fandoms: &m.fandoms,
        relationships: &m.relationships,
        characters: &m.characters,
        tags: &m.tags,
        url: m.url.as_deref(),
        words: m.words.as_deref(),
        series: m.series.as_deref(),
        status: m.status.as_deref(),
        published: m.published.as_deref(),
        updated: m.updated.as_deref(),
        chapters: m.chapters.as_deref(),
        publisher: m.publisher.as_deref(),
        language: m.language.as_deref(),
        summary: m.summary.iter().map(block_report).collect(),
        dropped: &m.dropped,
    }
}

#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum BlockReport {
    Paragraph {
        text: String,
        inlines: Vec<InlineReport>,
    },
    SceneBreak,
    Heading {
        text: String,
    },
    Note {
        text: String,
        note: Vec<BlockReport>,
    },
    Stanza {
        text: String,
        lines: Vec<LineReport>,
    },
    List {
        text: String,
        ordered: bool,
        start: u32,
        items: Vec<Vec<BlockReport>>,
    },
    Quote {
        text: String,
        quote: Vec<BlockReport>,
    },
    Footnotes {
        text: String,
        label: Vec<InlineReport>,
        footnotes: Vec<FootnoteReport>,
    },
}

#[derive(Debug, Serialize)]
struct FootnoteReport {
    id: u32,
    marker: String,
    inlines: Vec<InlineReport>,
}

#[derive(Debug, Serialize)]
struct LineReport {
    indent: u8,
    inlines: Vec<InlineReport>,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
enum InlineReport {
    Text { text: String },
    Emphasis { emphasis: Vec<InlineReport> },
    Strong { strong: Vec<InlineReport> },
    LineBreak { line_break: bool },
    NoteRef { note_ref: String, note: u32 },
}

fn inline_report(i: &Inline) -> InlineReport {
    match i {
        Inline::Text(t) => InlineReport::Text { text: t.clone() },
        Inline::Emphasis(c) => InlineReport::Emphasis {
            emphasis: c.iter().map(inline_report).collect(),
        },
        Inline::Strong(c) => InlineReport::Strong {
            strong: c.iter().map(inline_report).collect(),
        },
        Inline::LineBreak => InlineReport::LineBreak { line_break: true },
        Inline::NoteRef { marker, id } => InlineReport::NoteRef {
            note_ref: marker.clone(),
            note: *id,
        },
    }
}

fn block_report(b: &Block) -> BlockReport {
    match b {
        Block::Paragraph(inl) => BlockReport::Paragraph {
            text: b.plain(),
            inlines: inl.iter().map(inline_report).collect(),
        },
        Block::SceneBreak => BlockReport::SceneBreak,
        Block::Heading(h) => BlockReport::Heading { text: h.clone() },
        Block::Stanza(lines) => BlockReport::Stanza {
            text: b.plain(),
            lines: lines
                .iter()
                .map(|l| LineReport {
                    indent: l.indent,
                    inlines: l.inlines.iter().map(inline_report).collect(),
                })
                .collect(),
        },
        Block::Note(blocks) => BlockReport::Note {
            text: b.plain(),
            note: blocks.iter().map(block_report).collect(),
        },
        Block::List(list) => BlockReport::List {
            text: b.plain(),
            ordered: list.ordered,
            start: list.start,
            items: list
                .items
                .iter()
                .map(|item| item.iter().map(block_report).collect())
                .collect(),
        },
        Block::Quote(blocks) => BlockReport::Quote {
            text: b.plain(),
            quote: blocks.iter().map(block_report).collect(),
        },
        Block::Footnotes(f) => BlockReport::Footnotes {
            text: b.plain(),
            label: f.label.iter().map(inline_report).collect(),
            footnotes: f
                .notes
                .iter()
                .map(|n| FootnoteReport {
                    id: n.id,
                    marker: n.marker.clone(),
                    inlines: n.text.iter().map(inline_report).collect(),
                })
                .collect(),
        },
    }
}

fn chapter_report(c: &Chapter) -> ChapterReport<'_> {
    let blocks = |v: &[Block]| v.iter().map(block_report).collect();
    ChapterReport {
        file: &c.file,
        title: &c.title,
        title_in_text: c.title_in_text.as_deref(),
        language: c.language.as_deref(),
        author: (!c.authors.is_empty()).then(|| c.authors.join(", ")),
        authors: &c.authors,
        encoding: c.encoding,
        reader: c.reader,
        preface: blocks(&c.preface),
        body: blocks(&c.body),
        afterword: blocks(&c.afterword),
        meta: meta_report(&c.meta),
        why: &c.decisions,
    }
}

/// The JSON report of a book (or of the errors that stopped it when `book` is `None`).
pub fn json(book: Option<&Book>, diagnostics: &[Diagnostic]) -> String {
    let report = Report {
        title: book.map(|b| b.meta.title.as_str()),
        language: book.map(|b| b.meta.language.as_str()),
        chapters: book.map_or_else(Vec::new, |b| {
            b.chapters.iter().map(chapter_report).collect()
        }),
        diagnostics,
    };
    serde_json::to_string_pretty(&report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The human-readable report.
pub fn human(book: &Book) -> String {
    let furniture = crate::furniture::Furniture::of(book);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({} chapter{}, language {})",
        book.meta.title,
        book.chapters.len(),
        if book.chapters.len() == 1 { "" } else { "s" },
        book.meta.language
    );
    for (i, c) in book.chapters.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{}. {}  [{}, {}]",
            i + 1,
            c.title,
            c.file,
            match c.reader {
                Reader::Text => encoding_name(c.encoding),
                r => r.describe(),
            }
        );
        if let Some(by) = furniture.chapter_byline(c) {
            let _ = writeln!(out, "   {by}");
        }
        // What the story's header said: shown on its opening page unless `story-info = false`.
        for row in furniture.story_info(&c.meta) {
            let _ = writeln!(out, "   info: {}", furniture.info_row_text(&row));
        }
        if let Some(u) = &c.meta.url {
            let _ = writeln!(out, "   link: {u}");
        }
        if !c.meta.summary.is_empty() {
            let _ = writeln!(
                out,
                "   summary: {} paragraph(s), at the head of the preface",
                c.meta.summary.len()
            );
        }
        if !c.meta.dropped.is_empty() {
            let shown: Vec<String> = c
                .meta
                .dropped
                .iter()
                .take(8)
                .map(|d| format!("line {} \"{}\"", d.line, d.text))
                .collect();
            let more = c.meta.dropped.len().saturating_sub(8);
            let _ = writeln!(
                out,
                "   left out (site text): {}{}",
                shown.join(", "),
                if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                }
            );
        }
        let _ = writeln!(
            out,
            "   title in text: {}",
            c.title_in_text
                .as_deref()
                .map_or("none".to_string(), |t| format!("\"{t}\""))
        );
        summarise(&mut out, "preface", &c.preface);
        let count = |f: fn(&Block) -> bool| c.body.iter().filter(|b| f(b)).count();
        let _ = writeln!(
            out,
            "   body: {} paragraphs, {} scene breaks, {} headings, {} words{}",
            count(|b| matches!(b, Block::Paragraph(_))),
            count(|b| matches!(b, Block::SceneBreak)),
            count(|b| matches!(b, Block::Heading(_))),
            c.body.iter().map(|b| word_count(&b.plain())).sum::<usize>(),
            [
                (
                    count(|b| matches!(b, Block::Note(_))),
                    "small note(s) at their place"
                ),
                (count(|b| matches!(b, Block::List(_))), "list(s)"),
                (count(|b| matches!(b, Block::Quote(_))), "quoted passage(s)"),
            ]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!(", {n} {what}"))
            .collect::<String>()
        );
        summarise(&mut out, "afterword", &c.afterword);
        for d in &c.decisions {
            let _ = writeln!(out, "   why: {d}");
        }
    }
    out
}

/// Words in `text` as a reader counts them: runs between spaces, except that each Chinese
/// character or Japanese kana is a word of its own (those scripts set no spaces between
/// words, and their sites count characters). Korean sets spaces between its words, so
/// Hangul counts by spaces.
fn word_count(text: &str) -> usize {
    let ideograph = |c: char| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}');
    text.split_whitespace()
        .map(|w| {
            let han = w.chars().filter(|&c| ideograph(c)).count();
            if han == 0 {
                return 1;
            }
            // Beside the ideographs, a run with a letter or digit in it is a word too.
            han + w
                .split(ideograph)
                .filter(|r| r.chars().any(char::is_alphanumeric))
                .count()
        })
        .sum()
}

fn summarise(out: &mut String, name: &str, blocks: &[Block]) {
    if blocks.is_empty() {
        let _ = writeln!(out, "   {name}: none");
        return;
    }
    let _ = writeln!(out, "   {name}: {} paragraph(s)", blocks.len());
    for b in blocks {
        let text = b.plain();
        // A kept line break shows as " / ", as verse is quoted in prose.
        let short: String = text.replace('\n', " / ").chars().take(70).collect();
        let more = if text.chars().count() > 70 { "…" } else { "" };
        let _ = writeln!(out, "      | {short}{more}");
    }
}

fn encoding_name(e: Encoding) -> &'static str {
    e.name()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_are_reported_as_line_break_inlines() {
        let inl = [
            Inline::Text("Love,".into()),
            Inline::LineBreak,
            Inline::Emphasis(vec![Inline::Text("M.".into())]),
        ];
        let got = serde_json::to_value(inl.iter().map(inline_report).collect::<Vec<_>>())
            .expect("serialisable");
        let want: serde_json::Value = serde_json::from_str(
            r#"[{"text": "Love,"}, {"line_break": true}, {"emphasis": [{"text": "M."}]}]"#,
        )
        .expect("valid JSON");
        assert_eq!(got, want);
        let b = Block::Paragraph(inl.to_vec());
        assert_eq!(b.plain(), "Love,\nM.");
    }

    /// Chinese and Japanese count a word a character, as their sites do (a LOFTER story
    /// of a thousand characters had read "51 words", its paragraphs); Latin and Korean
    /// text counts by spaces.
    #[test]
    fn words_are_counted_as_each_script_counts_them() {
        assert_eq!(
            word_count("她爸说，她第一次开口叫的不是“爸爸”，是“字”。"),
            17
        );
        assert_eq!(word_count("用Rust写的 程序"), 6);
        assert_eq!(word_count("지우는 휴대폰을 들었다."), 3);
        assert_eq!(word_count("She left — at 4:12."), 5);
    }
}
