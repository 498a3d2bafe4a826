//! Scale and pathology: huge and hostile inputs build, without stack overflow, in
//! reasonable time. Inputs are generated in temp folders; each test runs the real binary
//! and prints its time. The time limits are generous (debug build, busy machine): they
//! catch quadratic blowups and hangs, not slowness.

mod common;

use common::{Fixture, toml_for};
use std::time::{Duration, Instant};

/// Builds the fixture's EPUB, asserting success within `limit`; returns the EPUB bytes.
fn build_within(f: &Fixture, what: &str, limit: Duration) -> Vec<u8> {
    let start = Instant::now();
    let run = f.build_epub(&["--quiet"]);
    let took = start.elapsed();
    eprintln!("{what}: built in {took:.2?}");
    assert_eq!(run.code, 0, "{what}: {}", run.stderr);
    assert!(took < limit, "{what}: took {took:.2?}, over {limit:?}");
    std::fs::read(f.path().join("out/test-book.epub")).expect("EPUB written")
}

/// Builds the fixture's PDF, asserting success within `limit`; returns pdftotext's text.
fn pdf_within(f: &Fixture, what: &str, limit: Duration) -> String {
    let start = Instant::now();
    let run = common::quire(&[
        "build",
        f.path().to_str().unwrap(),
        "--format",
        "pdf",
        "--quiet",
    ]);
    let took = start.elapsed();
    eprintln!("{what}: PDF built in {took:.2?}");
    assert_eq!(run.code, 0, "{what}: {}", run.stderr);
    assert!(took < limit, "{what}: PDF took {took:.2?}, over {limit:?}");
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

const LIMIT: Duration = Duration::from_secs(60);

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
    let epub = build_within(&f, &format!("{mb} MB story"), LIMIT);
    assert!(epub.len() > mb * 100_000);
}

/// About 3 s in a debug build.
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
    build_within(&f, "5,000-word paragraph", LIMIT);
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
    let epub = build_within(&f, &format!("{n} chapters"), LIMIT);
    assert_eq!(common::epub_chapters(&epub).len(), n);
}

/// About 2 s in a debug build.
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
    let epub = build_within(&f, "100,000-character line", LIMIT);
    assert!(common::epub_text(&epub).contains(&line));
}

#[test]
fn ten_thousand_levels_of_emphasis() {
    // `*_*_…x…_*_*`: 10,000 nested openers and their closers.
    let open: String = "*_".repeat(5000);
    let close: String = "_*".repeat(5000);
    let f = Fixture::with_toml(&toml_for(&["e.txt"]));
    f.write("e.txt", format!("Deep\n\n{open}x{close}\n\nAfter."));
    let epub = build_within(&f, "10,000 nested emphasis markers", LIMIT);
    let text = common::epub_text(&epub);
    assert!(text.contains('x') && text.contains("After."));
}

#[test]
fn ten_thousand_separate_emphasis_runs() {
    let p: String = (0..10_000).map(|i| format!("*w{i}* ")).collect();
    let f = Fixture::with_toml(&toml_for(&["e.txt"]));
    f.write("e.txt", format!("Many\n\n{p}"));
    build_within(&f, "10,000 emphasis runs in a paragraph", LIMIT);
}

/// A paragraph full of openers that never close: each opener looks for its closer to
/// the end of the paragraph, so a naive search is quadratic in the paragraph's length.
/// 20,000 markers must not take more than a few seconds.
/// (Took about 75 s in debug before the linear closer search came in from main.)
#[test]

fn paragraph_of_unmatched_markers() {
    let p: String = (0..20_000).map(|i| format!("*w{i} ")).collect();
    let f = Fixture::with_toml(&toml_for(&["u.txt"]));
    f.write("u.txt", format!("Unmatched\n\n{p}"));
    build_within(&f, "20,000 unmatched markers", Duration::from_secs(20));
}

// ---------------------------------------------------------------------------------------
// The same pathologies through the PDF renderer.

#[test]
fn pdf_five_thousand_word_paragraph() {
    let mut w = Words(2);
    let f = Fixture::with_toml(&toml_for(&["p.txt"]));
    f.write("p.txt", format!("One Paragraph\n\n{}", w.paragraph(5000)));
    pdf_within(&f, "5,000-word paragraph", LIMIT);
}

/// A 100,000-letter word is broken across hundreds of lines (it once overflowed a
/// counter in the line breaker and took minutes). About 2 s in a debug build.
#[test]
fn pdf_line_of_100k_characters_without_spaces() {
    let f = Fixture::with_toml(&toml_for(&["l.txt"]));
    f.write(
        "l.txt",
        format!("Long Line\n\n{}\n\nAfter.", "abcdefghij".repeat(10_000)),
    );
    let text = pdf_within(&f, "100,000-character line", LIMIT);
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
    let text = pdf_within(&f, "10,000 nested emphasis markers", LIMIT);
    assert!(text.contains("After."));
}

/// A 20,000-word paragraph (once 27 s in a debug build, when line breaking was
/// superlinear in paragraph length). About 2 s in a debug build.
#[test]
fn pdf_paragraph_of_unmatched_markers() {
    let p: String = (0..20_000).map(|i| format!("*w{i} ")).collect();
    let f = Fixture::with_toml(&toml_for(&["u.txt"]));
    f.write("u.txt", format!("Unmatched\n\n{p}"));
    pdf_within(&f, "20,000 unmatched markers", LIMIT);
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
    pdf_within(&f, "1 MB story", Duration::from_secs(300));
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
    pdf_within(&f, "200 chapters", Duration::from_secs(300));
}
