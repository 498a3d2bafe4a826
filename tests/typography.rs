//! Typography figures on the test anthology (`tests/fixtures/anthology`, twelve original
//! stories made by `tools/make-anthology.py`), in both PDF profiles: hyphenation
//! discipline, pages ending short, widows and orphans from the typeset frames; a clean
//! text layer (pypdf gives back the words pdftotext does) and no `.notdef` glyph from
//! the written PDF. `tools/pdf-figures.py` prints the same figures for any PDF. The
//! other anthologies' own tests are in `typography/`, the checks on the figures the
//! script reads from a written PDF in `typography/measured.rs`.

mod common;

#[path = "typography/measured.rs"]
mod measured;
use measured::*;

use quire::config::{PdfSettings, Profile, trim_size};
use quire::render::pdf;
use quire::render::pdf::frame::{Document, LineKind};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The scene-break ornament's line as the layout has its text (src/render/pdf/book/
/// ornament.rs: three asterisks, em spaces between, which the text layer gives as
/// spaces).
const ORNAMENT: &str = "* * *";

fn anthology() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology")
}

/// The second, hand-written anthology (`tests/fixtures/anthology2`): dialogue, short
/// paragraphs, verse, scene breaks.
fn anthology2() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology2")
}

/// The anthology in folder `book` typeset in `profile` (A5 screen, 6x9in print).
fn layout(book: &Path, profile: Profile) -> (Document, f32) {
    layout_in(book, profile, None)
}

/// As [`layout`], on pages of `trim` (a `trim` of book.toml: "5x8in", say) if given.
fn layout_in(book: &Path, profile: Profile, trim: Option<&str>) -> (Document, f32) {
    let p = quire::load(book).unwrap_or_else(|d| panic!("{d:?}"));
    let mut s = match profile {
        Profile::Screen => p.pdf.clone(),
        Profile::Print => {
            let (w, h) = trim_size("6x9in").unwrap();
            PdfSettings {
                profile: Profile::Print,
                page_width: w,
                page_height: h,
                ..p.pdf.clone()
            }
        }
    };
    if let Some(trim) = trim {
        (s.page_width, s.page_height) = trim_size(trim).unwrap();
    }
    let (doc, _) = pdf::layout(&p.book, &s);
    (doc, s.leading)
}

/// A line of text: justified, or a paragraph's last, or ragged (a list item's lines;
/// before the first chapter, where no page is measured, the copyright page's).
fn is_body(k: LineKind) -> bool {
    matches!(
        k,
        LineKind::Justified | LineKind::Hyphenated | LineKind::Last | LineKind::Ragged
    )
}

/// A body line: its kind, text and baseline.
type BodyLine = (LineKind, String, f32);

/// What the figures are about: per body page (index, its body lines), and the pages
/// that end a chapter.
struct Body {
    pages: Vec<(usize, Vec<BodyLine>)>,
    chapter_ends: Vec<usize>,
}

fn body(doc: &Document) -> Body {
    let mut starts: Vec<usize> = doc.outline.iter().map(|e| e.page).collect();
    starts.sort();
    let first = starts[0];
    let mut pages = Vec::new();
    for (i, f) in doc.pages.iter().enumerate().skip(first) {
        // The scene-break ornament counts where it ends a page: a page whose last line is
        // the ornament is full (tools/pdf-figures.py counts it so too).
        let lines: Vec<BodyLine> = f
            .lines
            .iter()
            .filter(|l| is_body(l.kind) || l.text == ORNAMENT)
            .map(|l| (l.kind, l.text.clone(), l.y))
            .collect();
        if !lines.is_empty() {
            pages.push((i, lines));
        }
    }
    // A chapter's last page: the last page with body text before the next chapter starts.
    let mut chapter_ends = Vec::new();
    for s in starts.iter().skip(1).chain([&doc.pages.len()]) {
        if let Some((i, _)) = pages.iter().rev().find(|(i, _)| i < s) {
            chapter_ends.push(*i);
        }
    }
    Body {
        pages,
        chapter_ends,
    }
}

/// Whether a body line ends in a hyphen, as a reader and `tools/pdf-figures.py` count
/// it: one the breaker added at a dictionary break, or the word's own where a line
/// breaks after it ("piano-" / "restorer", "600-" / "page"); a paragraph's last line
/// does not count.
fn ends_in_hyphen(l: &BodyLine) -> bool {
    match l.0 {
        LineKind::Hyphenated => true,
        LineKind::Justified => l.1.ends_with(['-', '\u{2010}', '\u{00AD}']),
        _ => false,
    }
}

/// The figures of the book in folder `book` typeset in `profile`: hyphenation discipline
/// (at most 4% of full lines ending in a hyphen, of either kind, none two in a row, no hyphen-fragment last
/// line) and at least 30 text pages; and with `pages`, the page ends (no hyphen at a
/// page foot, none but a chapter's last two or more lines short, no widow, no orphan).
fn check_figures(book: &Path, profile: Profile, pages: bool) {
    check_figures_in(book, profile, None, pages);
}

/// As [`check_figures`], on pages of `trim` if given (see [`layout_in`]).
fn check_figures_in(book: &Path, profile: Profile, trim: Option<&str>, pages: bool) {
    let (doc, leading) = layout_in(book, profile, trim);
    let b = body(&doc);
    let all: Vec<&BodyLine> = b.pages.iter().flat_map(|(_, l)| l).collect();
    let full = all
        .iter()
        .filter(|l| matches!(l.0, LineKind::Justified | LineKind::Hyphenated))
        .count();
    let hyphenated = all.iter().filter(|l| ends_in_hyphen(l)).count();
    let pct = 100.0 * hyphenated as f32 / full as f32;
    eprintln!(
        "{profile:?}: {} pages, {full} full lines, {hyphenated} hyphenated ({pct:.1}%)",
        doc.pages.len()
    );
    assert!(
        b.pages.len() >= 30,
        "{profile:?}: only {} text pages",
        b.pages.len()
    );
    assert!(
        pct <= 4.0,
        "{profile:?}: {pct:.1}% of full lines end in a hyphen"
    );
    for w in all.windows(2) {
        assert!(
            !(ends_in_hyphen(w[0]) && ends_in_hyphen(w[1])),
            "{profile:?}: two hyphenated lines in a row: {:?} / {:?}",
            w[0].1,
            w[1].1
        );
        // A paragraph's last line that is only the tail of a hyphenated word — but for a
        // word longer than the measure, alone on its line (a 58-letter place name on an
        // address's line): no break keeps its tail from standing alone.
        let fragment = ends_in_hyphen(w[0]) && w[1].0 == LineKind::Last && !w[1].1.contains(' ');
        let alone = !w[0].1.trim().contains(' ');
        assert!(
            !fragment || alone,
            "{profile:?}: hyphen-fragment last line {:?} / {:?}",
            w[0].1,
            w[1].1
        );
    }
    if !pages {
        return;
    }
    let bottom = b
        .pages
        .iter()
        .map(|(_, l)| l.last().unwrap().2)
        .fold(f32::MAX, f32::min);
    let mut prev_last: Option<LineKind> = None;
    let mut prev_ornament = false;
    for (i, lines) in &b.pages {
        let (last_kind, last_text, last_y) = lines.last().unwrap();
        let chapter_end = b.chapter_ends.contains(i);
        if !chapter_end {
            assert!(
                !ends_in_hyphen(lines.last().unwrap()),
                "{profile:?}: page {} ends in a hyphen: {last_text:?}",
                i + 1
            );
            // Every page but a chapter's last is full or one line short: pagination
            // sets a paragraph a line longer or shorter when the rules would leave two.
            let short = (last_y - bottom) / leading;
            assert!(
                short < 1.5,
                "{profile:?}: page {} ends {short:.1} lines short",
                i + 1
            );
        }
        // Widow: a paragraph's last line alone at the top of a page. After a page that
        // ends on the scene-break ornament a paragraph opens the page, so its short first
        // line (a letter's "Passau, Germany" kept on its own) is no widow; the script
        // (tools/pdf-figures.py) reads it so too.
        let (first_kind, first_text, _) = &lines[0];
        if *first_kind == LineKind::Last
            && prev_last.is_some_and(|k| k != LineKind::Last)
            && !prev_ornament
        {
            panic!(
                "{profile:?}: widow at the top of page {}: {first_text:?}",
                i + 1
            );
        }
        // Orphan: a paragraph's first line alone at the foot of a page.
        if !chapter_end && lines.len() >= 2 {
            let before = lines[lines.len() - 2].0;
            let continues = matches!(last_kind, LineKind::Justified | LineKind::Hyphenated);
            assert!(
                !(before == LineKind::Last && continues),
                "{profile:?}: orphan at the foot of page {}: {last_text:?}",
                i + 1
            );
        }
        prev_last = Some(*last_kind);
        prev_ornament = last_text == ORNAMENT;
    }
}

#[test]
fn screen_anthology_meets_the_typography_figures() {
    check_figures(&anthology(), Profile::Screen, true);
}

#[test]
fn print_anthology_meets_the_typography_figures() {
    check_figures(&anthology(), Profile::Print, true);
}

/// The book in folder `book` built by the binary in `profile`, in a scratch folder.
/// `purpose` names the folder, so that tests running at once do not share one.
fn build_book(book: &Path, profile: &str, purpose: &str) -> PathBuf {
    let name = book.file_name().unwrap().to_str().unwrap();
    let dir = common::scratch("typography", &format!("{name}-{profile}-{purpose}"));
    common::build_fixture_pdf(book, &dir, profile).0
}

fn counts(text: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for w in text.split_whitespace() {
        *m.entry(w.to_string()).or_default() += 1;
    }
    m
}

fn check_text_layer(book: &Path, profile: &str) {
    let pdf = build_book(book, profile, "text");
    let p = pdf.to_str().unwrap();
    let poppler = counts(&common::tool("pdftotext", &["-enc", "UTF-8", p, "-"]));
    let script = "import sys, pypdf\n\
        r = pypdf.PdfReader(sys.argv[1])\n\
        sys.stdout.write('\\n'.join(pg.extract_text() for pg in r.pages))";
    let pypdf = counts(&common::tool("python3", &["-c", script, p]));
    let total: usize = poppler.values().sum();
    let common: usize = poppler
        .iter()
        .map(|(w, n)| (*n).min(pypdf.get(w).copied().unwrap_or(0)))
        .sum();
    let share = common as f64 / total as f64;
    eprintln!("{profile}: pypdf gives {common} of pdftotext's {total} words");
    assert!(total > 10_000, "{profile}: only {total} words");
    assert!(
        share >= 0.9,
        "{profile}: pypdf extracts {common} of the {total} words pdftotext does"
    );
    // Every glyph drawn is a real one.
    let trace = common::tool("mutool", &["trace", p]);
    let glyphs = trace.matches("<g ").count();
    assert!(glyphs > 50_000, "{glyphs}");
    assert!(
        !trace.contains("glyph=\".notdef\"") && !trace.contains("glyph=\"0\""),
        "{profile}: a .notdef glyph is drawn"
    );
}

#[test]
fn screen_text_layer_extracts_alike_in_pypdf_and_pdftotext() {
    check_text_layer(&anthology(), "screen");
}

#[test]
fn print_text_layer_extracts_alike_in_pypdf_and_pdftotext() {
    check_text_layer(&anthology(), "print");
}

#[test]
fn screen_loose_lines_and_short_pages() {
    check_loose_lines("screen", 79, 166);
}

#[test]
fn print_loose_lines_short_pages_and_level_spreads() {
    check_loose_lines("print", 68, 175);
}

/// A line as `pdftotext -bbox-layout` reads it: page (from 1), left and right edges,
/// height, and how many words.
struct BoxLine {
    page: usize,
    x_min: f32,
    x_max: f32,
    height: f32,
    words: usize,
    text: String,
}

fn box_lines(pdf: &Path) -> Vec<BoxLine> {
    let xml = common::tool(
        "pdftotext",
        &["-bbox-layout", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
    );
    let mut out: Vec<BoxLine> = Vec::new();
    let mut page = 0;
    for chunk in xml.split('<').skip(1) {
        if chunk.starts_with("page ") {
            page += 1;
        } else if chunk.starts_with("line ") {
            out.push(BoxLine {
                page,
                x_min: common::bbox_attr(chunk, "xMin"),
                x_max: common::bbox_attr(chunk, "xMax"),
                height: common::bbox_attr(chunk, "yMax") - common::bbox_attr(chunk, "yMin"),
                words: 0,
                text: String::new(),
            });
        } else if let Some(word) = chunk.strip_prefix("word ") {
            let line = out.last_mut().unwrap();
            line.words += 1;
            line.text.push_str(&word[word.find('>').unwrap() + 1..]);
            line.text.push(' ');
        }
    }
    out
}

/// The most frequent of `values`, rounded to a tenth of a point.
fn mode(values: impl Iterator<Item = f32>) -> f32 {
    let mut m: HashMap<i32, usize> = HashMap::new();
    for v in values {
        *m.entry((v * 10.0).round() as i32).or_default() += 1;
    }
    let (v, _) = m.into_iter().max_by_key(|&(v, n)| (n, v)).unwrap();
    v as f32 / 10.0
}

/// No page whose chapter goes on overleaf ends on a paragraph's last line that runs to
/// the margin (within 1.5% of the measure) and is also its paragraph's first line (a
/// one-line paragraph, or one after a short line): it reads as a paragraph's first
/// line left at the foot, an orphan, and the indent overleaf then jars. Read from the
/// written PDF: a foot line ends a paragraph where the next page's first body line is
/// indented by a paragraph's indent.
fn check_feet(book: &Path, profile: &str) {
    let pdf = build_book(book, profile, "feet");
    let all = box_lines(&pdf);
    let body_height = mode(all.iter().filter(|l| l.words >= 6).map(|l| l.height));
    let body: Vec<&BoxLine> = all
        .iter()
        .filter(|l| (l.height - body_height).abs() < 0.05 * body_height)
        .collect();
    // The text block's edges, apart for left and right pages (print margins differ).
    let edge = |parity: usize, f: fn(&BoxLine) -> f32| {
        mode(
            body.iter()
                .filter(|l| l.page % 2 == parity && l.words >= 6)
                .map(|l| f(l)),
        )
    };
    let edges = [0, 1].map(|p| (edge(p, |l| l.x_min), edge(p, |l| l.x_max)));
    let pages = all.last().map_or(0, |l| l.page);
    // A paragraph's first-line indent: the commonest indent of lines that have one.
    let indent = mode(
        body.iter()
            .map(|l| l.x_min - edges[l.page % 2].0)
            .filter(|d| (3.0..40.0).contains(d)),
    );
    let on = |p: usize| -> Vec<&BoxLine> {
        let (left, _) = edges[p % 2];
        body.iter()
            .copied()
            .filter(|l| l.page == p && (-4.0..40.0).contains(&(l.x_min - left)))
            .collect()
    };
    let (mut feet, mut ambiguous) = (0, 0);
    for p in 1..pages {
        let (here, next) = (on(p), on(p + 1));
        let (Some(foot), Some(first)) = (here.last(), next.first()) else {
            continue;
        };
        let (left, right) = edges[p % 2];
        let full = |l: &BoxLine| l.x_max >= right - 0.015 * (right - left);
        // Indented by a paragraph's indent: lines further in (a list item's text and
        // its turnovers, set in a hanging indent) start no paragraph.
        let indented =
            |l: &BoxLine, p: usize| (3.0..=indent + 3.0).contains(&(l.x_min - edges[p % 2].0));
        // The foot line ends a paragraph: the next page starts a new one.
        if !indented(first, p + 1) {
            continue;
        }
        feet += 1;
        if !full(foot) {
            continue;
        }
        ambiguous += 1;
        let above = here.len().checked_sub(2).map(|i| here[i]);
        let reads_as_first = indented(foot, p) || above.is_none_or(|l| !full(l));
        assert!(
            !reads_as_first,
            "{profile}: page {p} ends on a paragraph's only line, run to the margin: {:?}",
            foot.text
        );
    }
    eprintln!("{profile}: {feet} page feet end a paragraph, {ambiguous} of them full width");
    assert!(
        feet >= 10,
        "{profile}: only {feet} page feet end a paragraph"
    );
}

#[test]
fn screen_feet_never_end_on_a_full_one_line_paragraph() {
    check_feet(&anthology(), "screen");
    check_feet(&anthology2(), "screen");
}

#[test]
fn print_feet_never_end_on_a_full_one_line_paragraph() {
    check_feet(&anthology(), "print");
    check_feet(&anthology2(), "print");
}

#[path = "typography/anthology15.rs"]
mod anthology15;

#[path = "typography/anthology2.rs"]
mod anthology2;

#[path = "typography/anthology3.rs"]
mod anthology3;

#[path = "typography/anthology10.rs"]
mod anthology10;
#[path = "typography/anthology11.rs"]
mod anthology11;
#[path = "typography/anthology12.rs"]
mod anthology12;
#[path = "typography/anthology4.rs"]
mod anthology4;
#[path = "typography/anthology5.rs"]
mod anthology5;
#[path = "typography/anthology7.rs"]
mod anthology7;
#[path = "typography/anthology8.rs"]
mod anthology8;
#[path = "typography/anthology9.rs"]
mod anthology9;
#[path = "typography/notes.rs"]
mod notes;

#[path = "typography/anthology13.rs"]
mod anthology13;

#[path = "typography/anthology14.rs"]
mod anthology14;

#[path = "typography/anthology16.rs"]
mod anthology16;

#[path = "typography/anthology23.rs"]
mod anthology23;

#[path = "typography/anthology24.rs"]
mod anthology24;

#[path = "typography/long_words.rs"]
mod long_words;
