//! Scale and pathology: huge and hostile inputs build, without stack overflow, and the
//! work they take grows linearly with the input. Inputs are generated in temp folders;
//! each test runs the real binary with `QUIRE_WORK=1` and bounds the steps it reports
//! (inline-parser positions, line-break evaluations) by the number of characters in the
//! stories: a count is the same on any machine, however busy, so these tests have no
//! wall-clock limit (timings live in the benchmarks, `bench/`).

mod common;

use common::{Fixture, toml_for};
use std::process::Command;

/// What `QUIRE_WORK=1` reported.
#[derive(Debug)]
struct Work {
    inline_steps: u64,
    break_evaluations: u64,
}

/// Line-break evaluations allowed per character of story text. Knuth–Plass weighs each
/// active line start at each breakpoint; active starts span about one line, so this is
/// a constant (about 4 is seen on a 5,000-word paragraph), while a blowup is quadratic.
const BREAK_EVALUATIONS_PER_CHAR: u64 = 16;

/// Runs `quire build` on the fixture for `format` with work counting on; asserts
/// success and that the work was linear in the stories' characters.
fn build_counted(f: &Fixture, what: &str, format: &str) -> Work {
    let run = common::run(
        Command::new(common::bin())
            .args(["build", f.path().to_str().unwrap(), "--format", format])
            .args(["--quiet"])
            .env("QUIRE_WORK", "1"),
    );
    assert_eq!(run.code, 0, "{what}: {}", run.stderr);
    let line = run
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("quire: work: "))
        .unwrap_or_else(|| panic!("{what}: no work line in {:?}", run.stderr));
    let num = |key: &str| -> u64 {
        line.split(", ")
            .find_map(|p| p.strip_prefix(key))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("{what}: no {key} in {line:?}"))
    };
    let work = Work {
        inline_steps: num("inline-steps "),
        break_evaluations: num("break-evaluations "),
    };
    let chars = story_chars(f.path());
    eprintln!("{what}: {chars} characters, {work:?}");
    // The inline parser visits each position of a paragraph once, whatever the markers
    // (twice the characters leaves room for text typography adds, such as thin spaces).
    assert!(
        work.inline_steps <= 2 * chars,
        "{what}: {} inline steps for {chars} characters",
        work.inline_steps
    );
    assert!(
        work.break_evaluations <= BREAK_EVALUATIONS_PER_CHAR * chars,
        "{what}: {} line-break evaluations for {chars} characters",
        work.break_evaluations
    );
    work
}

/// Characters in every `.txt` file under `dir`.
fn story_chars(dir: &std::path::Path) -> u64 {
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            n += story_chars(&p);
        } else if p.extension().is_some_and(|x| x == "txt") {
            n += std::fs::read_to_string(&p).unwrap().chars().count() as u64;
        }
    }
    n
}

/// Builds the fixture's EPUB (see [`build_counted`]); returns the EPUB bytes.
fn build_epub(f: &Fixture, what: &str) -> Vec<u8> {
    build_counted(f, what, "epub");
    std::fs::read(f.path().join("out/test-book.epub")).expect("EPUB written")
}

/// Builds the fixture's PDF (see [`build_counted`]); returns pdftotext's text.
fn build_pdf(f: &Fixture, what: &str) -> String {
    let work = build_counted(f, what, "pdf");
    assert!(work.break_evaluations > 0, "{what}: no line was broken");
    common::pdftotext(&f.path().join("out/test-book.pdf"))
}

/// A deterministic stream of words.
struct Words(u64);

impl Words {
    fn next(&mut self) -> &'static str {
        const W: &[&str] = &[
            "the",
            "she",
            "walked",
            "into",
            "room",
            "and",
            "said",
            "nothing",
            "window",
            "Cosette",
            "quietly",
            "evening",
            "“Yes,”",
            "*never*",
            "light",
            "—",
            "again.",
        ];
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        W[(self.0 >> 33) as usize % W.len()]
    }

    fn paragraph(&mut self, n: usize) -> String {
        let mut p = String::with_capacity(n * 7);
        for i in 0..n {
            if i > 0 {
                p.push(' ');
            }
            p.push_str(self.next());
        }
        p
    }
}

/// A story of `mb` megabytes in one file.
fn big_story(mb: usize) {
    let mut w = Words(1);
    let mut s = String::from("A Very Long Story\n\n");
    while s.len() < mb * 1024 * 1024 {
        s.push_str(&w.paragraph(120));
        s.push_str("\n\n");
    }
    let f = Fixture::with_toml(&toml_for(&["big.txt"]));
    f.write("big.txt", &s);
    let epub = build_epub(&f, &format!("{mb} MB story"));
    assert!(epub.len() > mb * 100_000);
}

#[test]
fn ten_megabyte_story() {
    big_story(10);
}

#[test]
fn one_megabyte_story() {
    big_story(1);
}

#[test]
fn five_thousand_word_paragraph() {
    let mut w = Words(2);
    let s = format!("One Paragraph\n\n{}", w.paragraph(5000));
    let f = Fixture::with_toml(&toml_for(&["p.txt"]));
    f.write("p.txt", &s);
    build_epub(&f, "5,000-word paragraph");
}

/// `n` short stories, each its own chapter.
fn many_chapters(n: usize) {
    let mut w = Words(3);
    let names: Vec<String> = (0..n).map(|i| format!("s/{i:04}.txt")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let f = Fixture::with_toml(&toml_for(&refs));
    for (i, n) in names.iter().enumerate() {
        f.write(
            n,
            format!(
                "Story Number {i}\n\n{}\n\n{}",
                w.paragraph(60),
                w.paragraph(40)
            ),
        );
    }
    let epub = build_epub(&f, &format!("{n} chapters"));
    assert_eq!(common::epub_chapters(&epub).len(), n);
}

#[test]
fn two_thousand_chapters() {
    many_chapters(2000);
}

#[test]
fn two_hundred_chapters() {
    many_chapters(200);
}

#[test]
fn line_of_100k_characters_without_spaces() {
    let line: String = "abcdefghij".repeat(10_000);
    let f = Fixture::with_toml(&toml_for(&["l.txt"]));
    f.write("l.txt", format!("Long Line\n\n{line}\n\nAfter."));
    let epub = build_epub(&f, "100,000-character line");
    assert!(common::epub_text(&epub).contains(&line));
}

#[test]
fn ten_thousand_levels_of_emphasis() {
    // `*_*_…x…_*_*`: 10,000 nested openers and their closers.
    let open: String = "*_".repeat(5000);
    let close: String = "_*".repeat(5000);
    let f = Fixture::with_toml(&toml_for(&["e.txt"]));
    f.write("e.txt", format!("Deep\n\n{open}x{close}\n\nAfter."));
    let epub = build_epub(&f, "10,000 nested emphasis markers");
    let text = common::epub_text(&epub);
    assert!(text.contains('x') && text.contains("After."));
}

#[test]
fn ten_thousand_separate_emphasis_runs() {
    let p: String = (0..10_000).map(|i| format!("*w{i}* ")).collect();
    let f = Fixture::with_toml(&toml_for(&["e.txt"]));
    f.write("e.txt", format!("Many\n\n{p}"));
    build_epub(&f, "10,000 emphasis runs in a paragraph");
}

/// A paragraph full of openers that never close: each opener looks for its closer to
/// the end of the paragraph, so a naive search is quadratic in the paragraph's length.
/// (Took about 75 s in debug before the closer search became a binary search.)
#[test]
fn paragraph_of_unmatched_markers() {
    let p: String = (0..20_000).map(|i| format!("*w{i} ")).collect();
    let f = Fixture::with_toml(&toml_for(&["u.txt"]));
    f.write("u.txt", format!("Unmatched\n\n{p}"));
    build_epub(&f, "20,000 unmatched markers");
}

// ---------------------------------------------------------------------------------------
// The same pathologies through the PDF renderer.

#[test]
fn pdf_five_thousand_word_paragraph() {
    let mut w = Words(2);
    let f = Fixture::with_toml(&toml_for(&["p.txt"]));
    f.write("p.txt", format!("One Paragraph\n\n{}", w.paragraph(5000)));
    build_pdf(&f, "5,000-word paragraph");
}

/// A 100,000-letter word is broken across hundreds of lines (it once overflowed a
/// counter in the line breaker and took minutes).
#[test]
fn pdf_line_of_100k_characters_without_spaces() {
    let f = Fixture::with_toml(&toml_for(&["l.txt"]));
    f.write(
        "l.txt",
        format!("Long Line\n\n{}\n\nAfter.", "abcdefghij".repeat(10_000)),
    );
    let text = build_pdf(&f, "100,000-character line");
    assert!(text.contains("After."));
}

#[test]
fn pdf_ten_thousand_levels_of_emphasis() {
    let f = Fixture::with_toml(&toml_for(&["e.txt"]));
    f.write(
        "e.txt",
        format!(
            "Deep\n\n{}x{}\n\nAfter.",
            "*_".repeat(5000),
            "_*".repeat(5000)
        ),
    );
    let text = build_pdf(&f, "10,000 nested emphasis markers");
    assert!(text.contains("After."));
}

/// A 20,000-word paragraph (once 27 s in a debug build, when line breaking was
/// superlinear in paragraph length).
#[test]
fn pdf_paragraph_of_unmatched_markers() {
    let p: String = (0..20_000).map(|i| format!("*w{i} ")).collect();
    let f = Fixture::with_toml(&toml_for(&["u.txt"]));
    f.write("u.txt", format!("Unmatched\n\n{p}"));
    build_pdf(&f, "20,000 unmatched markers");
}

#[test]
fn pdf_one_megabyte_story() {
    let mut w = Words(1);
    let mut s = String::from("A Very Long Story\n\n");
    while s.len() < 1024 * 1024 {
        s.push_str(&w.paragraph(120));
        s.push_str("\n\n");
    }
    let f = Fixture::with_toml(&toml_for(&["big.txt"]));
    f.write("big.txt", &s);
    build_pdf(&f, "1 MB story");
}

#[test]
fn pdf_two_hundred_chapters() {
    let mut w = Words(3);
    let names: Vec<String> = (0..200).map(|i| format!("s/{i:04}.txt")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let f = Fixture::with_toml(&toml_for(&refs));
    for (i, n) in names.iter().enumerate() {
        f.write(n, format!("Story Number {i}\n\n{}", w.paragraph(60)));
    }
    build_pdf(&f, "200 chapters");
}
