//! The book's hyphen budget, on a story of long words and on lines that cannot take a
//! hyphen.

use super::super::chapters::tests::one_story;
use super::super::typeset;
use super::*;
use crate::config::PdfSettings;
use crate::model::{Block, Inline};
use crate::render::pdf::frame::Document;

/// A Turkish story of long, suffixed words, in paragraphs of a few lines, as such a
/// story runs: at the prices that keep English to two hyphens in a hundred lines, its
/// lines end in hyphens one in twenty.
fn turkish(paragraphs: usize) -> crate::model::Book {
    let words = [
        "Yolculuğumuzun",
        "son",
        "akşamında",
        "bir",
        "kez",
        "daha",
        "iskeleye",
        "indik;",
        "deniz",
        "yine",
        "sessizdi",
        "ve",
        "martılar",
        "korkuluklara",
        "konmuştu.",
        "Ne",
        "o",
        "ne",
        "ben",
        "bir",
        "şey",
        "söyledik,",
        "ama",
        "ikimiz",
        "de",
        "aynı",
        "şeyi",
        "düşünüyorduk:",
        "eve",
        "dönünce",
        "her",
        "şey",
        "değişecekti.",
        "Bu",
        "gece",
        "çok",
        "uzun",
        "sürdü,",
        "sabah",
        "da",
        "geç",
        "geldi.",
    ];
    let mut book = one_story("tr", ("iskele.txt", "İskele"), None, "");
    // Words drawn in a fixed pseudo-random order (a linear congruential sequence), so
    // that no two paragraphs are alike.
    let mut state: u32 = 1;
    let mut next = move || {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        words[(state >> 16) as usize % words.len()]
    };
    book.chapters[0].body = (0..paragraphs)
        .map(|_| {
            let text = (0..45).map(|_| next()).collect::<Vec<_>>().join(" ");
            Block::Paragraph(vec![Inline::Text(text)])
        })
        .collect();
    book
}

/// Justified lines on `doc`'s pages, and those ending in a hyphen.
fn hyphen_share(doc: &Document) -> (usize, usize) {
    let lines = doc.pages.iter().flat_map(|p| &p.lines);
    let full: Vec<_> = lines
        .filter(|l| matches!(l.kind, LineKind::Justified | LineKind::Hyphenated))
        .collect();
    let hyphenated = full.iter().filter(|l| l.text.ends_with('-')).count();
    (full.len(), hyphenated)
}

#[test]
fn a_story_of_long_words_keeps_to_the_hyphen_budget() {
    let (doc, _) = typeset(&turkish(70), &PdfSettings::default());
    let (full, hyphenated) = hyphen_share(&doc);
    assert!(full > 150, "{full}");
    eprintln!("{hyphenated} of {full}");
    assert!(
        hyphenated as f32 <= full as f32 * 0.04,
        "{hyphenated} of {full} lines end in a hyphen"
    );
}

/// Sheds only the hyphens the budget asks for: a Turkish story at one line in twenty
/// keeps as many as three and a half in a hundred, less a hyphen pagination may move.
#[test]
fn the_budget_sheds_only_what_it_must() {
    let (doc, _) = typeset(&turkish(70), &PdfSettings::default());
    let (full, hyphenated) = hyphen_share(&doc);
    let allowed = (full as f32 * HYPHEN_BUDGET).round() as usize;
    assert!(hyphenated + 1 >= allowed, "{hyphenated} of {full}");
}

/// A line of ideographs, a right-to-left line or one in a language without patterns
/// could not have ended in a hyphen, and does not count towards the lines a budget is a
/// share of; a word's own hyphen at a line's end counts wherever it falls.
#[test]
fn lines_that_cannot_take_a_hyphen_are_not_counted() {
    let line = |kind, text: &str, hyphenable| SetLine {
        height: 14.0,
        runs: Vec::new(),
        text: text.into(),
        kind,
        end: 300.0,
        loose: false,
        label: 0,
        hyphenable,
    };
    let lines = [
        line(LineKind::Justified, "yaslanmış, arkadaşlarımızla", true),
        line(LineKind::Hyphenated, "birlikte kütüphane-", true),
        line(LineKind::Justified, "他把船票放进口袋里", false),
        line(LineKind::Justified, "a mother-in-", false),
        line(LineKind::Last, "sönüyordu.", true),
        line(LineKind::Centered, "İskele", true),
    ];
    assert_eq!(count(&lines), (3, 2));
}

/// The cheapest saving per hyphen shed is taken first; at one price, the one in the
/// chapter where hyphens are thickest.
#[test]
fn savings_are_taken_cheapest_first_then_where_hyphens_are_thickest() {
    let saving = |chapter, shed, cost, density| Saving {
        chapter,
        block: 0,
        lines: Vec::new(),
        shed,
        cost,
        density,
    };
    let mut s = [
        saving(0, 1, 1, (100, 4)),
        saving(1, 2, 1, (100, 5)),
        saving(2, 1, 1, (40, 4)),
        saving(3, 1, 0, (100, 4)),
    ];
    s.sort_by(Saving::order);
    let order: Vec<usize> = s.iter().map(|s| s.chapter).collect();
    assert_eq!(order, [3, 1, 2, 0]);
}

/// A Chinese story beside the Turkish one: its lines of ideographs cannot end in a
/// hyphen, and counted they would bring the book under its budget with the Turkish
/// story as hyphenated as before.
#[test]
fn lines_of_ideographs_do_not_thin_a_books_hyphens() {
    let mut book = turkish(70);
    let mut chinese = book.chapters[0].clone();
    chinese.file = "chuan.txt".into();
    chinese.title = "船".into();
    chinese.language = Some("zh".into());
    let text = "他把船票放进口袋里，站在码头上看着海面。风很大，海鸥在头顶上飞来飞去。".repeat(6);
    chinese.body = (0..60)
        .map(|_| Block::Paragraph(vec![Inline::Text(text.clone())]))
        .collect();
    book.chapters.push(chinese);
    let (doc, _) = typeset(&book, &PdfSettings::default());
    let lines: Vec<_> = doc.pages.iter().flat_map(|p| &p.lines).collect();
    let justified = |l: &&&crate::render::pdf::frame::TextLine| {
        matches!(l.kind, LineKind::Justified | LineKind::Hyphenated)
    };
    let ideograph = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let latin = |l: &&&crate::render::pdf::frame::TextLine| !l.text.chars().any(ideograph);
    let all = lines.iter().filter(justified).count();
    let turkish: Vec<_> = lines.iter().filter(justified).filter(latin).collect();
    let hyphenated = turkish.iter().filter(|l| l.text.ends_with('-')).count();
    // Counted with the Chinese lines, the book would be within its budget as it was.
    assert!(
        (hyphenated as f32) < all as f32 * HYPHEN_BUDGET,
        "{hyphenated} of {all}"
    );
    assert!(
        hyphenated as f32 <= turkish.len() as f32 * 0.04,
        "{hyphenated} of {} Turkish lines",
        turkish.len()
    );
}
