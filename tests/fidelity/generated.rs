//! Generated stories (proptest): words plain, accented and from other scripts, with
//! emphasis, notes and scene breaks, keep every word in order in the EPUB and the PDF,
//! and every generated book validates.

use super::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// A word: plain, accented, other scripts, digits, contractions. `wide` adds scripts
/// and symbols from all of Unicode (which the PDF's fonts cannot all show).
fn word_in(wide: bool) -> impl Strategy<Value = String> {
    let common = [
        "the",
        "she",
        "walked",
        "into",
        "room",
        "and",
        "said",
        "nothing",
        "Valjean",
        "Fantine",
        "don't",
        "it's",
        "café",
        "naïve",
        "Æsop",
        "straße",
        "Ωμέγα",
        "Привет",
        "1832",
        "3.14",
        "e-mail",
        "rock'n'roll",
        "x",
        "I",
    ];
    let mut vocab = common.to_vec();
    if wide {
        vocab.extend(["日本語", "مرحبا"]);
    }
    let any = if wide {
        "\\PC{1,6}"
    } else {
        "[a-zA-Zà-ÿ0-9]{1,6}"
    };
    prop_oneof![
        4 => prop::sample::select(vocab).prop_map(str::to_string),
        2 => "[a-zA-Z]{1,10}".boxed(),
        1 => "[a-zà-ÿα-ω0-9]{1,8}".boxed(),
        1 => any.boxed(),
    ]
}

/// A word with the decoration stories wear: quotes, emphasis, dashes, ellipses.
fn decorated(wide: bool) -> impl Strategy<Value = String> {
    (word_in(wide), 0..14u8).prop_map(|(w, d)| match d {
        0 => format!("\"{w}\""),
        1 => format!("'{w}'"),
        2 => format!("*{w}*"),
        3 => format!("_{w}_"),
        4 => format!("**{w}**"),
        5 => format!("{w}--"),
        6 => format!("{w}..."),
        7 => format!("*{w}"),
        8 => format!("{w}_"),
        9 => format!("({w})"),
        10 => format!("{w},"),
        11 => format!("{w}."),
        _ => w,
    })
}

/// A paragraph: some decorated words, sometimes broken over lines, sometimes wholly
/// emphasised.
fn paragraph(wide: bool) -> impl Strategy<Value = String> {
    (
        prop::collection::vec((decorated(wide), any::<u8>()), 1..40),
        0..6u8,
    )
        .prop_map(|(ws, style)| {
            let mut p = String::new();
            for (i, (w, sep)) in ws.iter().enumerate() {
                if i > 0 {
                    p.push(if sep % 11 == 0 { '\n' } else { ' ' });
                }
                p.push_str(w);
            }
            match style {
                0 => format!("*{p}*"),
                1 => format!("_{p}_"),
                _ => p,
            }
        })
}

/// A block of a story: a paragraph, a note, a scene break or a short title-like line.
fn block(wide: bool) -> impl Strategy<Value = String> {
    prop_oneof![
        8 => paragraph(wide),
        1 => paragraph(wide).prop_map(|p| format!("A/N: {p}")),
        1 => paragraph(wide).prop_map(|p| format!("Author's Note: {p}")),
        1 => prop::sample::select(vec!["* * *", "***", "~~~", "#", "-----", "oOo", "xXxXx"])
            .prop_map(str::to_string),
        1 => prop::collection::vec("[A-Z][a-z]{2,8}", 1..4).prop_map(|w| w.join(" ")),
    ]
}

/// A whole story file.
fn story_in(wide: bool) -> impl Strategy<Value = String> {
    (prop::collection::vec(block(wide), 1..25), any::<bool>()).prop_map(|(blocks, crlf)| {
        let s = blocks.join("\n\n");
        if crlf { s.replace('\n', "\r\n") } else { s }
    })
}

fn story() -> impl Strategy<Value = String> {
    story_in(true)
}

/// Builds a book of `stories` in memory (read from a temp folder, rendered without
/// writing), returning the EPUB bytes.
/// A book of `stories`: its folder, its EPUB, and each chapter's note openings.
fn build_in_memory(stories: &[String]) -> (Fixture, Vec<u8>, Vec<NoteOpenings>) {
    let names: Vec<String> = (0..stories.len()).map(|i| format!("s{i}.txt")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let f = Fixture::with_toml(&common::toml_for(&refs));
    for (n, s) in names.iter().zip(stories) {
        f.write(n, s);
    }
    let project = quire::load(f.path()).unwrap_or_else(|d| {
        panic!(
            "load failed: {}",
            d.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    let epub = quire::render::epub::render(&project.book).expect("EPUB renders");
    let openings = project.book.chapters.iter().map(note_openings).collect();
    (f, epub, openings)
}

fn has_words(s: &str) -> bool {
    !source_words(s.as_bytes(), &NoteOpenings::default()).is_empty()
}

proptest! {
    // A fixed seed: CI on a clean clone runs the same 64 stories every time, so a red run
    // is always reproducible. To explore further, run with `PROPTEST_RNG_SEED=<n>`.
    #![proptest_config(Config {
        cases: 64,
        rng_seed: proptest::test_runner::RngSeed::Fixed(
            std::env::var("PROPTEST_RNG_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(20261126),
        ),
        ..Config::default()
    })]

    #[test]
    fn generated_stories_keep_every_word_in_order(s in story().prop_filter("has words", |s| has_words(s))) {
        let (_f, epub, openings) = build_in_memory(std::slice::from_ref(&s));
        let chapters = epub_chapters(&epub);
        prop_assert_eq!(chapters.len(), 1);
        if let Err(e) = check_chapter(s.as_bytes(), &openings[0], &chapters[0], "generated story") {
            return Err(TestCaseError::fail(e));
        }
    }
}

/// Found by the generator on CI: a story paragraph that opens with the same label words
/// as the closing note (`Author's Note:` mid-story, then again as the afterword) keeps
/// its words; only the note's own label gives way to the book's heading.
#[test]
fn a_story_paragraph_starting_like_the_closing_note_keeps_its_label() {
    let s = "*\"the\"*\r\n\
             \r\n\
             Author's Note: \"walked\" \"nothing\" \"aAaa\" \"walked\" \"said\" a\u{e0}00b. \u{c6}sop... \u{e0}\u{fb}-- **\u{1b0e3}** *<\u{d8d}\u{11937}\u{1ee2c}$ (\u{f4}) \u{41f}\u{440}\u{438}\u{432}\u{435}\u{442}.\r\n\
             (caf\u{e9})\r\n\
             it's...\r\n\
             (f)\r\n\
             \"the\"\r\n\
             \r\n\
             Author's Note: **_\":'*\r\n\
             \r\n\
             BjKnxeM don't, *room *by nothing. _!{\u{1d227}_ **\u{c6}sop**\r\n\
             k XFtYEZEkXN caf\u{e9}... said \u{1d1ba}\u{1d165}\u{1d16f}?6~\r\n\
             utApK, \u{113c0}{/\u{100a4}{%... 'room' LQTbXjvP\r\n\
             wei ZLLOqIrkuC. '1832' *dKBkipMyn* nddLWl... e-mail...\r\n\
             **and**\r\n\
             *x* \u{c6}sop.";
    let (_f, epub, openings) = build_in_memory(&[s.to_string()]);
    let chapters = epub_chapters(&epub);
    assert_eq!(chapters.len(), 1);
    // The mid-story paragraph keeps "Author's Note"; the closing note's label gives way.
    let got = &chapters[0].text;
    assert!(
        got.starts_with(&words("the Author's Note walked")),
        "{got:?}"
    );
    assert_eq!(got.iter().filter(|w| *w == "Note").count(), 1, "{got:?}");
    check_chapter(s.as_bytes(), &openings[0], &chapters[0], "story").unwrap();
}

/// A few generated stories (a fixed seed, so the run is repeatable) in one book, checked
/// by EPUBCheck: one Java start for all of them.
#[test]
fn generated_stories_validate() {
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let strat = story().prop_filter("has words", |s| has_words(s));
    let stories: Vec<String> = (0..8)
        .map(|_| strat.new_tree(&mut runner).unwrap().current())
        .collect();
    let (f, epub, openings) = build_in_memory(&stories);
    for (i, (s, got)) in stories.iter().zip(epub_chapters(&epub)).enumerate() {
        check_chapter(s.as_bytes(), &openings[i], &got, &format!("story {i}")).unwrap();
    }
    let path = f.path().join("generated.epub");
    std::fs::write(&path, &epub).unwrap();
    epubcheck(&path);

    // Stories through the PDF renderer and pdftotext, in the scripts its fonts cover
    // (Latin, Greek, Cyrillic): a character with no glyph cannot come back as text.
    let strat = story_in(false).prop_filter("has words", |s| has_words(s));
    let stories: Vec<String> = (0..8)
        .map(|_| strat.new_tree(&mut runner).unwrap().current())
        .collect();
    let (f, _, _) = build_in_memory(&stories);
    let project = quire::load(f.path()).unwrap();
    let pdf = quire::render::pdf::render(&project.book, &project.pdf).expect("PDF renders");
    let pdf_path = f.path().join("generated.pdf");
    std::fs::write(&pdf_path, &pdf.bytes).unwrap();
    let book = &project.book;
    let mut furniture = book_furniture(book);
    let mut expected = Vec::new();
    for (s, ch) in stories.iter().zip(&book.chapters) {
        furniture.push(ch.title.clone());
        expected.extend(body_words(s.as_bytes(), ch));
    }
    let text = common::pdftotext(&pdf_path);
    common::check_pdf_words(&text, &furniture, &expected).unwrap();
}

// ---------------------------------------------------------------------------------------
