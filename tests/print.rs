//! Print production, end to end: `[print]` bleed and boxes, print-on-demand checks, the
//! wraparound cover and imposition, checked on real files with the tools a printer or a
//! binder would use (pdfinfo, qpdf, pdftotext, pdftoppm). A missing tool fails the test.
//!
//! Books: the sample anthology set at 5.5×8.5in for print (a copy in a scratch folder),
//! and books of generated original prose (a fixed seed, so every run reads the same
//! words) when a page count is wanted. Built files stay in `target/tmp/print/`.
//!
//! This file holds the books, the tools' readers and the interior's checks; the cover,
//! the folio and the folded layouts (quarto, octavo, sextodecimo) have a module each in
//! `tests/print/`, all one test binary (`cargo test --test print`).

mod common;
#[path = "print/cover.rs"]
mod cover;
#[path = "print/fold.rs"]
mod fold;
#[path = "print/folio.rs"]
mod folio;

use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const IN: f64 = 72.0;

/// The sample book in `dir`, set for print at 5.5×8.5in, with `extra` appended to its
/// book.toml.
fn sample(dir: &Path, extra: &str) -> PathBuf {
    let toml = std::fs::read_to_string(Path::new(ROOT).join("book.toml")).unwrap();
    let print = toml
        .replace("profile = \"screen\"", "profile = \"print\"")
        .replace("trim = \"a5\"", "trim = \"5.5x8.5in\"");
    assert!(
        print.contains("trim = \"5.5x8.5in\""),
        "sample [pdf] changed"
    );
    std::fs::create_dir_all(dir.join("seeds")).unwrap();
    for e in std::fs::read_dir(Path::new(ROOT).join("seeds")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.join("seeds").join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.join("book.toml"), print + extra).unwrap();
    dir.to_path_buf()
}

/// A book of `stories` stories of about `words` words each, in prose generated from a
/// fixed seed out of words written for this test, set at 5.5×8.5in for print.
fn prose_book(dir: &Path, stories: usize, words: usize, extra: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    const VOCAB: &[&str] = &[
        "the",
        "lantern",
        "keeper",
        "walked",
        "along",
        "a",
        "narrow",
        "quay",
        "while",
        "gulls",
        "argued",
        "over",
        "nets",
        "and",
        "rope",
        "tide",
        "came",
        "in",
        "slowly",
        "under",
        "grey",
        "sky",
        "she",
        "counted",
        "boats",
        "returning",
        "one",
        "by",
        "harbour",
        "wall",
        "was",
        "cold",
        "wet",
        "with",
        "spray",
        "old",
        "fisher",
        "waved",
        "from",
        "his",
        "deck",
        "bread",
        "smelled",
        "of",
        "smoke",
        "salt",
        "morning",
        "letters",
        "waited",
        "on",
        "table",
        "unopened",
        "for",
        "weeks",
        "until",
        "winter",
    ];
    let mut seed: u64 = 0x5eed_cafe;
    let mut next = || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    let mut toml = "[book]\ntitle = \"Tide Tables\"\nauthors = [\"The Quire Test Desk\"]\nlanguage = \"en\"\ndate = \"2026-01-15\"\n".to_string();
    for s in 0..stories {
        let mut text = format!("Story Number {}\n\n", s + 1);
        let mut n = 0;
        while n < words {
            let len = 40 + next() % 80;
            let mut para: Vec<&str> = (0..len).map(|_| VOCAB[next() % VOCAB.len()]).collect();
            let first = para[0];
            let cap = first[..1].to_uppercase() + &first[1..];
            para[0] = "";
            text += &cap;
            text += &para.join(" ");
            text += ".\n\n";
            n += len;
        }
        let name = format!("story{s:02}.txt");
        std::fs::write(dir.join(&name), text).unwrap();
        toml += &format!("\n[[chapters]]\nfile = \"{name}\"\n");
    }
    toml += "\n[pdf]\nprofile = \"print\"\ntrim = \"5.5x8.5in\"\n";
    std::fs::write(dir.join("book.toml"), toml + extra).unwrap();
    dir.to_path_buf()
}

/// `quire build BOOK --format F… --out OUT`: stderr. Panics unless it succeeded.
fn build(book: &Path, formats: &[&str], out: &Path) -> String {
    let mut args = vec!["build".to_string(), book.display().to_string()];
    for f in formats {
        args.extend(["--format".to_string(), f.to_string()]);
    }
    args.extend(["--out".to_string(), out.display().to_string()]);
    let run = common::quire(&args);
    assert_eq!(run.code, 0, "quire build failed: {}", run.stderr);
    run.stderr
}

/// Each page's boxes from `pdfinfo -box`: name → [x0, y0, x1, y1], per page.
fn boxes(pdf: &Path) -> Vec<std::collections::HashMap<String, [f64; 4]>> {
    let info = common::tool(
        "pdfinfo",
        &["-box", "-f", "1", "-l", "100000", pdf.to_str().unwrap()],
    );
    let mut pages: Vec<std::collections::HashMap<String, [f64; 4]>> = Vec::new();
    for line in info.lines() {
        let Some(rest) = line.strip_prefix("Page ") else {
            continue;
        };
        let mut parts = rest.split_whitespace();
        let (Some(n), Some(name)) = (parts.next(), parts.next()) else {
            continue;
        };
        let (Ok(n), Some(name)) = (n.parse::<usize>(), name.strip_suffix(':')) else {
            continue;
        };
        let v: Vec<f64> = parts.filter_map(|p| p.parse().ok()).collect();
        if v.len() != 4 {
            continue;
        }
        if pages.len() < n {
            pages.resize_with(n, Default::default);
        }
        pages[n - 1].insert(name.to_string(), [v[0], v[1], v[2], v[3]]);
    }
    pages
}

/// The words of a region of page `page` (points from the top left), from `pdftotext
/// -x -y -W -H`; with `drawn`, in the order they are drawn (`-raw`): the order a page
/// keeps whichever way up it is placed (pdftotext's own reading order of upside-down
/// contents leaders differs from the upright page's).
fn region_words(
    drawn: bool,
    pdf: &Path,
    page: usize,
    (x, y, w, h): (f64, f64, f64, f64),
) -> Vec<String> {
    let p = page.to_string();
    let f = |v: f64| format!("{}", v.round() as i64);
    let (x, y, w, h) = (f(x), f(y), f(w), f(h));
    let mut args = vec!["-f", &p, "-l", &p, "-x", &x, "-y", &y, "-W", &w, "-H", &h];
    if drawn {
        args.insert(0, "-raw");
    }
    args.extend([pdf.to_str().unwrap(), "-"]);
    let text = common::tool("pdftotext", &args);
    text.split_whitespace().map(str::to_string).collect()
}

fn page_count(pdf: &Path) -> usize {
    let info = common::tool("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo Pages")
}

fn qpdf_clean(pdf: &Path) {
    let out = Command::new("qpdf")
        .args(["--check", pdf.to_str().unwrap()])
        .output()
        .expect("qpdf is required");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !text.contains("WARNING"),
        "qpdf --check: {text}"
    );
}

/// The words of page `page` (1-based) with their boxes, from `pdftotext -bbox`: (text,
/// xMin, yMin) in points from the top left of the MediaBox.
fn words(pdf: &Path, page: usize) -> Vec<(String, f64, f64)> {
    let p = page.to_string();
    let html = common::tool(
        "pdftotext",
        &["-bbox", "-f", &p, "-l", &p, pdf.to_str().unwrap(), "-"],
    );
    html.lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = l.strip_prefix("<word ")?;
            let attr = |name: &str| -> Option<f64> {
                let i = rest.find(&format!("{name}=\""))? + name.len() + 2;
                rest[i..].split('"').next()?.parse().ok()
            };
            let text = rest.split('>').nth(1)?.split('<').next()?.to_string();
            Some((text, attr("xMin")?, attr("yMin")?))
        })
        .collect()
}

#[test]
fn bleed_grows_the_outside_edges_and_every_page_has_its_trim_box() {
    let dir = common::scratch("print", "bleed");
    let plain = sample(&dir.join("plain"), "");
    let bled = sample(
        &dir.join("bled"),
        "\n[print]\nbleed = \"0.125in\"\npaper = \"white\"\n",
    );
    build(&plain, &["pdf"], &dir.join("plain-out"));
    build(&bled, &["pdf"], &dir.join("bled-out"));
    let pdf = |d: &str| dir.join(d).join("fantine-and-other-stories.pdf");
    let (a, b) = (pdf("plain-out"), pdf("bled-out"));
    qpdf_clean(&b);
    let (w, h, bleed) = (5.5 * IN, 8.5 * IN, 0.125 * IN);
    let pages = boxes(&b);
    assert_eq!(pages.len(), page_count(&a), "the bleed adds no page");
    for (i, p) in pages.iter().enumerate() {
        let close = |x: [f64; 4], y: [f64; 4]| x.iter().zip(y).all(|(a, b)| (a - b).abs() < 0.01);
        let sheet = [0.0, 0.0, w + bleed, h + 2.0 * bleed];
        assert!(
            close(p["MediaBox"], sheet),
            "page {}: {:?}",
            i + 1,
            p["MediaBox"]
        );
        assert!(
            close(p["BleedBox"], sheet),
            "page {}: {:?}",
            i + 1,
            p["BleedBox"]
        );
        // Recto: bleed on the right; verso: on the left. The trim is the page as set.
        let left = if i % 2 == 0 { 0.0 } else { bleed };
        let trim = [left, bleed, left + w, bleed + h];
        assert!(
            close(p["TrimBox"], trim),
            "page {}: {:?}",
            i + 1,
            p["TrimBox"]
        );
    }
    // Nothing moves against the trim: every word of every page sits where it sat
    // without bleed, offset by the bleed on the left (versos) and at the top.
    for page in 1..=pages.len() {
        let (plain, bled) = (words(&a, page), words(&b, page));
        assert_eq!(plain.len(), bled.len(), "page {page}");
        let left = if page % 2 == 1 { 0.0 } else { bleed };
        for ((t0, x0, y0), (t1, x1, y1)) in plain.iter().zip(&bled) {
            assert_eq!(t0, t1, "page {page}");
            assert!(
                (x1 - x0 - left).abs() < 0.05 && (y1 - y0 - bleed).abs() < 0.05,
                "page {page}: `{t0}` at ({x0}, {y0}) moved to ({x1}, {y1})"
            );
        }
    }
}

#[test]
fn print_keys_are_checked_with_their_line() {
    let dir = common::scratch("print", "keys");
    let book = sample(
        &dir,
        "\n[print]\nbleeed = \"0.125in\"\npaper = \"vellum\"\npod = \"kdp\"\n[imposition]\nlayout = \"octavo\"\nsignature = 40\n",
    );
    let base = std::fs::read_to_string(Path::new(ROOT).join("book.toml")).unwrap();
    let first = base.lines().count() + 2; // the blank line, then [print]
    let run = common::quire(&["build", book.to_str().unwrap(), "--format", "pdf"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let err = &run.stderr;
    assert!(
        err.contains(&format!(
            "book.toml:{}: unknown key `bleeed` in [print] (hint: did you mean `bleed`?)",
            first + 1
        )),
        "{err}"
    );
    // With the typo fixed, the values are checked, each at its own line.
    let text = std::fs::read_to_string(book.join("book.toml"))
        .unwrap()
        .replace("bleeed", "bleed");
    std::fs::write(book.join("book.toml"), text).unwrap();
    let run = common::quire(&["build", book.to_str().unwrap(), "--format", "pdf"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines: Vec<&str> = run.stderr.lines().collect();
    let at = |n: usize, what: &str| {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("error: book.toml:{n}: ")) && l.contains(what)),
            "no error at line {n} about {what}: {lines:?}"
        )
    };
    at(first + 2, "`[print] paper` value `vellum`");
    at(first + 6, "`[imposition] signature = 40` is out of range");
    // Octavo 5.5x8.5in pages need 22 × 17in: they do not fit on letter.
    at(first + 5, "do not fit on a letter sheet");
}

/// The inside margin of body pages: the least left edge of the words on a recto page
/// past the front matter (the first line of a paragraph is indented, the others are not).
fn inside_margin(pdf: &Path, page: usize) -> f64 {
    words(pdf, page)
        .iter()
        .filter(|(_, _, y)| *y > 0.9 * IN && *y < 7.5 * IN)
        .map(|(_, x, _)| *x)
        .fold(f64::MAX, f64::min)
}

#[test]
fn kdp_gutter_follows_the_final_page_count_and_short_books_are_reported() {
    let dir = common::scratch("print", "kdp");
    // KDP's table (RESEARCH.md): 0.375in to 150 pages, 0.5 to 300, 0.625 to 500, …; the
    // house adds a quarter inch to the gutter so text keeps off the fold.
    let kdp = |pages: usize| match pages {
        0..=150 => 0.375,
        151..=300 => 0.5,
        301..=500 => 0.625,
        501..=700 => 0.75,
        _ => 0.875,
    };
    for (name, stories, words) in [("short", 2, 200), ("forty", 4, 2_700), ("long", 10, 12_000)] {
        let book = prose_book(
            &dir.join(name),
            stories,
            words,
            "\n[print]\npod = \"kdp\"\n",
        );
        let out = dir.join(format!("{name}-out"));
        let stderr = build(&book, &["pdf"], &out);
        let pdf = out.join("tide-tables.pdf");
        let n = page_count(&pdf);
        assert_eq!(n % 2, 0, "{name}: {n} pages");
        if name == "short" {
            assert!(stderr.contains("under kdp's minimum of 24"), "{stderr}");
            assert_eq!(n, 24);
            continue;
        }
        assert!(!stderr.contains("minimum"), "{stderr}");
        if name == "forty" {
            assert!((30..=60).contains(&n), "{n} pages");
        } else {
            assert!((301..=500).contains(&n), "{n} pages");
        }
        // A recto in the middle of the book.
        let recto = n / 2 + 1;
        let margin = inside_margin(&pdf, recto);
        let want = (kdp(n) + 0.25) * IN;
        assert!(
            (margin - want).abs() < 0.5,
            "{name}: {n} pages, inside margin {margin} pt, want {want}"
        );
    }
}

/// A page rendered by `pdftoppm` at `dpi`: width, height and RGB pixels.
fn render(pdf: &Path, dpi: u32, out: &Path) -> (usize, usize, Vec<u8>) {
    let prefix = out.with_extension("");
    common::tool(
        "pdftoppm",
        &[
            "-r",
            &dpi.to_string(),
            "-singlefile",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    common::pnm(&std::fs::read(prefix.with_extension("ppm")).unwrap(), "P6")
}

/// Inked pixels (any channel under 0xA0: anti-aliased small type included) in columns `x0..x1` of a rendered page.
fn dark_in(img: &(usize, usize, Vec<u8>), x0: usize, x1: usize) -> usize {
    let (w, h, px) = img;
    (0..*h)
        .flat_map(|y| (x0..x1).map(move |x| (y * w + x) * 3))
        .filter(|&i| px[i..i + 3].iter().any(|&c| c < 0xA0))
        .count()
}

/// One page of a PDF rendered by pdftoppm.
fn render_page(pdf: &Path, page: usize, dpi: u32, out: &Path) -> (usize, usize, Vec<u8>) {
    let one = out.with_extension("pdf");
    let p = page.to_string();
    common::tool(
        "qpdf",
        &[
            pdf.to_str().unwrap(),
            "--pages",
            ".",
            &p,
            "--",
            one.to_str().unwrap(),
        ],
    );
    render(&one, dpi, out)
}
