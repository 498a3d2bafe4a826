//! The tagged PDF, checked from outside: poppler (`pdfinfo`, `pdfinfo -struct-text`),
//! qpdf, and lopdf walking the file for the machine-checkable rules of the Matterhorn
//! Protocol (PDF/UA-1) and of PDF/A-2: every piece of text is marked content, either
//! tagged with an MCID the parent tree maps back to its element or an artifact; no
//! sequence nests; pages carry `/StructParents` and `/Tabs /S`; link annotations are in
//! the tree with a description; fonts are embedded with ToUnicode maps; headings do not
//! skip levels; the catalog has `/Lang`, `/MarkInfo`, `/DisplayDocTitle` and XMP that
//! matches Info; with `standards` the XMP declares them and PDF/A gets its output intent.
//!
//! Books: the sample, and an anthology of twelve of the test stories (notes, scene
//! breaks, headings, emphasis), in both profiles. The walk with lopdf is in
//! `tagged/walk.rs`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use walk::walk;

#[path = "tagged/walk.rs"]
mod walk;

/// Twelve stories written for the tests, with notes, headings and scene breaks.
const ANTHOLOGY: [&str; 12] = [
    "pdf/keeper.txt",
    "pdf/lesson.txt",
    "stories/both_notes.txt",
    "stories/internal_headings.txt",
    "stories/emphasis.txt",
    "stories/one_line_per_paragraph.txt",
    "stories/first_person_narrator.txt",
    "stories/an_colon_title.txt",
    "stories/closing_note.txt",
    "stories/title_case_lines_not_headings.txt",
    "stories/paren_note_multi.txt",
    "stories/unlabelled_signoff.txt",
];

/// Writes a book folder: the sample's `book.toml` and stories, or the anthology; with
/// `profile` and `standards` in `[pdf]`.
fn book(dir: &Path, sample: bool, profile: &str, standards: &str) -> (PathBuf, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut toml, title) = if sample {
        std::fs::create_dir_all(dir.join("seeds")).unwrap();
        for f in common::list(&root.join("seeds")) {
            std::fs::copy(root.join("seeds").join(&f), dir.join("seeds").join(&f)).unwrap();
        }
        let t = std::fs::read_to_string(root.join("book.toml")).unwrap();
        let cut = t.find("[pdf]").unwrap_or(t.len());
        (
            t[..cut].to_string(),
            "Fantine and Other Stories".to_string(),
        )
    } else {
        let mut t = "[book]\ntitle = \"Lanterns on the Water\"\nauthors = [\"The Quire Test \
                     Desk\"]\nlanguage = \"en\"\ndate = \"2026-02-01\"\n"
            .to_string();
        for (i, f) in ANTHOLOGY.iter().enumerate() {
            let name = format!("s{i:02}.txt");
            std::fs::copy(root.join("tests/fixtures").join(f), dir.join(&name)).unwrap();
            t += &format!("\n[[chapters]]\nfile = \"{name}\"\n");
        }
        (t, "Lanterns on the Water".to_string())
    };
    toml +=
        &format!("\n[pdf]\nprofile = \"{profile}\"\ntrim = \"a5\"\nstandards = [{standards}]\n");
    std::fs::write(dir.join("book.toml"), toml).unwrap();
    (dir.join("book.toml"), title)
}

fn tool(cmd: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} is needed (poppler-utils, qpdf): {e}"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Letters and digits, lower-cased: the text with word spaces and punctuation gone, so
/// the order of the words is compared whatever the text layer does with spaces.
fn letters(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The story text in order, as `quire inspect --json` reads it.
fn story_text(book: &Path) -> String {
    let run = common::quire(&["inspect".as_ref(), "--json".as_ref(), book.as_os_str()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mut out = String::new();
    for ch in v["chapters"].as_array().unwrap() {
        for sec in ["preface", "body", "afterword"] {
            for b in ch[sec].as_array().into_iter().flatten() {
                if matches!(b["type"].as_str(), Some("paragraph" | "heading" | "note")) {
                    out += b["text"].as_str().unwrap_or("");
                    out.push(' ');
                }
            }
        }
    }
    out
}

/// How much of `want` appears in `got` in order: characters matched by walking both,
/// skipping ahead in `got` (up to a window) where it has more.
fn in_order(want: &[char], got: &[char]) -> f64 {
    let (mut i, mut j, mut hit) = (0, 0, 0usize);
    while i < want.len() && j < got.len() {
        if want[i] == got[j] {
            hit += 1;
            i += 1;
            j += 1;
            continue;
        }
        // A run of `got` the story lacks (front matter, titles): find the next 12
        // characters of `want` ahead; else `want`'s character is missing.
        let probe: Vec<char> = want[i..want.len().min(i + 12)].to_vec();
        match got[j..]
            .windows(probe.len())
            .take(20_000)
            .position(|w| w == probe.as_slice())
        {
            Some(k) => j += k,
            None => i += 1,
        }
    }
    hit as f64 / want.len().max(1) as f64
}

/// The quoted strings of `pdfinfo -struct-text`: the text of each marked-content item.
fn struct_strings(pdf: &str) -> Vec<String> {
    let (ok, out) = tool("pdfinfo", &["-struct-text", pdf]);
    assert!(ok, "pdfinfo -struct-text failed on {pdf}");
    out.lines()
        .map(str::trim)
        .filter(|l| l.len() >= 2 && l.starts_with('"') && l.ends_with('"'))
        .map(|l| l[1..l.len() - 1].to_string())
        .collect()
}

/// Builds one book and checks it inside and out.
fn check(sample: bool, profile: &str, standards: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (toml, title) = book(dir.path(), sample, profile, standards);
    let (pdf, _) = common::build_format(&toml, "pdf", &dir.path().join("out"));
    let pdf = pdf.to_str().unwrap();
    let what = format!(
        "{} {profile} [{standards}]",
        if sample { "sample" } else { "anthology" }
    );

    let (_, info) = tool("pdfinfo", &[pdf]);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
        "{what}: {info}"
    );
    let (ok, q) = tool("qpdf", &["--check", pdf]);
    assert!(
        ok && q.contains("No syntax or stream encoding errors"),
        "{what}: {q}"
    );

    let strings = struct_strings(pdf);
    let got: Vec<char> = strings.iter().flat_map(|s| letters(s)).collect();
    let want = letters(&story_text(&toml));
    let share = in_order(&want, &got);
    assert!(
        share >= 0.995,
        "{what}: {:.2}% of the story text in order",
        share * 100.0
    );
    // The title only where it is printed as text (title page, copyright page), never
    // as running heads; no folios.
    let t = letters(&title);
    let titles = strings.iter().filter(|s| letters(s) == t).count();
    assert!(
        (1..=2).contains(&titles),
        "{what}: the title {titles} times"
    );
    let numbers: Vec<&String> = strings
        .iter()
        .filter(|s| {
            let s = s.trim();
            !s.is_empty()
                && (s.chars().all(|c| c.is_ascii_digit()) || s.chars().all(|c| "ivxlc".contains(c)))
        })
        .collect();
    assert!(numbers.is_empty(), "{what}: bare page numbers {numbers:?}");

    let ua = standards.contains("ua-1");
    let bad = walk(pdf, ua, standards.contains("a-2b"));
    assert!(bad.is_empty(), "{what}: {bad:#?}");
}

#[test]
fn the_sample_is_tagged_in_both_profiles() {
    check(true, "screen", "");
    check(true, "print", "");
}

#[test]
fn the_anthology_is_tagged_in_both_profiles() {
    check(false, "screen", "");
    check(false, "print", "");
}

#[test]
fn standards_ua1_and_a2b_are_declared_and_kept() {
    check(true, "screen", "\"ua-1\", \"a-2b\"");
    check(false, "print", "\"ua-1\", \"a-2b\"");
}

#[test]
fn hyphenated_words_read_whole_in_the_structure() {
    // Every line the layout hyphenated: its last word and the next line's first word
    // appear joined in one structure string.
    let dir = tempfile::tempdir().unwrap();
    // Print: the narrower measure hyphenates more.
    let (toml, _) = book(dir.path(), true, "print", "");
    let (pdf, _) = common::build_format(&toml, "pdf", &dir.path().join("out"));
    let strings = struct_strings(pdf.to_str().unwrap());
    let joined: String = strings.join("|");
    let (_, raw) = tool(
        "pdftotext",
        &["-raw", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
    );
    let lines: Vec<&str> = raw.lines().collect();
    let mut seen = 0;
    for w in lines.windows(2) {
        let Some(stem) = w[0].trim_end().strip_suffix('\u{AD}') else {
            continue;
        };
        let head: String = stem
            .split_whitespace()
            .last()
            .unwrap_or("")
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
        let tail: String = w[1]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if head.is_empty() || tail.is_empty() {
            continue;
        }
        seen += 1;
        assert!(
            joined.contains(&format!("{head}{tail}")),
            "{head}-{tail} is not whole"
        );
    }
    // The line breaker hyphenates sparingly (two lines of the print sample since the
    // spaces shrink less and letters may close up): two are enough to check.
    assert!(
        seen >= 2,
        "the sample should have hyphenated lines, found {seen}"
    );
}

#[test]
fn conflicting_or_unknown_standards_are_refused_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    for (list, says) in [("\"a-2b\", \"a-3u\"", "\"a-3u\""), ("\"ua-2\"", "\"ua-2\"")] {
        let (toml, _) = book(dir.path(), false, "screen", list);
        let run = common::quire(&["build".as_ref(), toml.as_os_str()]);
        assert_ne!(run.code, 0);
        assert!(
            run.stderr.contains("standards")
                && run.stderr.contains(says)
                && run.stderr.contains("book.toml:"),
            "{}",
            run.stderr
        );
    }
}
