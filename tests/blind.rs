//! The blind anthologies 9 to 37 read as their answer keys say: each was written by
//! someone who saw none of Quire's readers, with `EXPECTED.md` as the key. For each of
//! their stories: the title, the authors, where the story starts and ends, how many
//! scene breaks it has, and the first and last words of the notes before and after it —
//! all as `EXPECTED.md` gives them, compared as words in order.

mod common;

use common::words;
use quire::model::{Block, Chapter};
use std::path::Path;

/// One story as `EXPECTED.md` gives it.
struct Expected {
    file: &'static str,
    title: &'static str,
    authors: &'static [&'static str],
    breaks: usize,
    /// The story's first and last words.
    story: (&'static str, &'static str),
    /// First and last words of the note before the story (after any summary), if any.
    preface: Option<(&'static str, &'static str)>,
    /// First and last words of the note after the story, if any.
    afterword: Option<(&'static str, &'static str)>,
}

/// The story's own words: every block but headings and the small notes at their place.
/// A chapter's story words: no heading, note or footnote, and no footnote mark (a
/// "word" of raised digits).
fn story_words(ch: &Chapter) -> Vec<String> {
    ch.body
        .iter()
        .filter(|b| !matches!(b, Block::Heading(_) | Block::Note(_) | Block::Footnotes(_)))
        .flat_map(|b| words(&b.plain()))
        .filter(|w| !w.chars().all(|c| "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(c)))
        .collect()
}

fn note_words(blocks: &[Block]) -> Vec<String> {
    blocks.iter().flat_map(|b| words(&b.plain())).collect()
}

/// Whether `have` opens with `first` and closes with `last` (words, in order); an empty
/// `last` is not checked.
fn bounds(what: &str, have: &[String], want: (&str, &str), problems: &mut Vec<String>) {
    let (first, last): (Vec<String>, Vec<String>) = (words(want.0), words(want.1));
    if !have.starts_with(&first) {
        let got = &have[..have.len().min(first.len() + 3)];
        problems.push(format!("{what} opens {got:?}, not {first:?}"));
    }
    if !have.ends_with(&last) {
        let got = &have[have.len().saturating_sub(last.len() + 3)..];
        problems.push(format!("{what} closes {got:?}, not {last:?}"));
    }
}

/// Whether the words of `note` hold `first` … `last`, in order (a label or the summary
/// may stand before them).
fn holds(what: &str, have: &[String], want: (&str, &str), problems: &mut Vec<String>) {
    let (first, last): (Vec<String>, Vec<String>) = (words(want.0), words(want.1));
    let at = have
        .windows(first.len())
        .position(|w| w == first.as_slice());
    match at {
        None => problems.push(format!("{what} lacks {first:?}: {have:?}")),
        Some(i) if !have[i..].ends_with(&last) => {
            let got = &have[have.len().saturating_sub(last.len() + 3)..];
            problems.push(format!("{what} closes {got:?}, not {last:?}"));
        }
        Some(_) => {}
    }
}

fn check(name: &str, key: &[Expected]) {
    check_stories(name, key, None);
}

/// As [`check`], for the stories of `only` (by file) when given, the book's others left
/// unchecked.
fn check_stories(name: &str, key: &[Expected], only: Option<&[&str]>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let project = quire::load(&root).expect("the anthology loads");
    let chapters = &project.book.chapters;
    assert_eq!(chapters.len(), key.len());
    let mut problems = Vec::new();
    let checked = |f: &str| only.is_none_or(|o| o.contains(&f));
    for (ch, want) in chapters.iter().zip(key).filter(|(ch, _)| checked(&ch.file)) {
        let mut p = Vec::new();
        assert_eq!(ch.file, want.file);
        if ch.title != want.title {
            p.push(format!("title {:?}, not {:?}", ch.title, want.title));
        }
        if ch.authors != want.authors {
            p.push(format!("authors {:?}, not {:?}", ch.authors, want.authors));
        }
        let breaks = ch.body.iter().filter(|b| **b == Block::SceneBreak).count();
        if breaks != want.breaks {
            p.push(format!("{breaks} scene breaks, not {}", want.breaks));
        }
        bounds("the story", &story_words(ch), want.story, &mut p);
        let before = note_words(&ch.preface);
        // A summary alone at the head of the preface is metadata, not a note.
        let only_summary = before == note_words(&ch.meta.summary);
        match want.preface {
            Some(b) => holds("the note before", &before, b, &mut p),
            None if !ch.preface.is_empty() && !only_summary => {
                p.push(format!("a note before: {before:?}"))
            }
            None => {}
        }
        let after = note_words(&ch.afterword);
        match want.afterword {
            Some(a) => holds("the note after", &after, a, &mut p),
            None if !ch.afterword.is_empty() => p.push(format!("a note after: {after:?}")),
            None => {}
        }
        problems.extend(p.into_iter().map(|m| format!("{}: {m}", want.file)));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[path = "blind/anthology9.rs"]
mod anthology9;

#[path = "blind/anthology10.rs"]
mod anthology10;

#[path = "blind/anthology11.rs"]
mod anthology11;

#[path = "blind/anthology12.rs"]
mod anthology12;

#[path = "blind/anthology13.rs"]
mod anthology13;

#[path = "blind/anthology14.rs"]
mod anthology14;

#[path = "blind/anthology15.rs"]
mod anthology15;

#[path = "blind/anthology16.rs"]
mod anthology16;

#[path = "blind/anthology17.rs"]
mod anthology17;

#[path = "blind/anthology18.rs"]
mod anthology18;

#[path = "blind/anthology19.rs"]
mod anthology19;

#[path = "blind/anthology20.rs"]
mod anthology20;

#[path = "blind/anthology21.rs"]
mod anthology21;

#[path = "blind/anthology22.rs"]
mod anthology22;

#[path = "blind/anthology23.rs"]
mod anthology23;

#[path = "blind/anthology24.rs"]
mod anthology24;

#[path = "blind/anthology25.rs"]
mod anthology25;

#[path = "blind/anthology26.rs"]
mod anthology26;

#[path = "blind/anthology27.rs"]
mod anthology27;

#[path = "blind/anthology28.rs"]
mod anthology28;

#[path = "blind/anthology29.rs"]
mod anthology29;

#[path = "blind/anthology30.rs"]
mod anthology30;

#[path = "blind/anthology31.rs"]
mod anthology31;

#[path = "blind/anthology32.rs"]
mod anthology32;

#[path = "blind/anthology33.rs"]
mod anthology33;

#[path = "blind/anthology34.rs"]
mod anthology34;

#[path = "blind/anthology35.rs"]
mod anthology35;

#[path = "blind/anthology36.rs"]
mod anthology36;

#[path = "blind/anthology37.rs"]
mod anthology37;
#[path = "blind/anthology38.rs"]
mod anthology38;
#[path = "blind/anthology39.rs"]
mod anthology39;
#[path = "blind/anthology40.rs"]
mod anthology40;
#[path = "blind/anthology41.rs"]
mod anthology41;
#[path = "blind/anthology42.rs"]
mod anthology42;
#[path = "blind/anthology43.rs"]
mod anthology43;
#[path = "blind/anthology44.rs"]
mod anthology44;
#[path = "blind/anthology45.rs"]
mod anthology45;
#[path = "blind/anthology46.rs"]
mod anthology46;
#[path = "blind/anthology47.rs"]
mod anthology47;
#[path = "blind/anthology48.rs"]
mod anthology48;
#[path = "blind/anthology49.rs"]
mod anthology49;
#[path = "blind/anthology50.rs"]
mod anthology50;
#[path = "blind/anthology51.rs"]
mod anthology51;
#[path = "blind/anthology52.rs"]
mod anthology52;
#[path = "blind/anthology53.rs"]
mod anthology53;
