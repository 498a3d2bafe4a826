//! The folio imposition of the sample: the issue's own check (interior, cover and
//! sheets in one build, each half of each side the page saddle order puts there), creep
//! measured on the sheets, and byte-identical output from build to build.

use super::*;

/// Saddle order, restated from the binder's rule: in a signature of `sheets` sheets,
/// sheet k's front is last−2k | first+2k, its back first+2k+1 | last−2k−1 (0-based).
fn saddle(sheets: usize, pages: usize) -> Vec<(usize, usize)> {
    let per = 4 * sheets;
    let mut out = Vec::new();
    for sig in (0..pages).step_by(per) {
        let last = sig + per - 1;
        for k in 0..sheets {
            out.push((last - 2 * k, sig + 2 * k));
            out.push((sig + 2 * k + 1, last - 2 * k - 1));
        }
    }
    out
}

#[test]
fn the_sample_builds_interior_cover_and_folio_imposition_in_one_command() {
    let dir = common::scratch("print", "impose");
    let book = sample(
        &dir.join("book"),
        "\n[print]\nbleed = \"0.125in\"\npaper = \"white\"\n\n[imposition]\nsheet = \"letter\"\nlayout = \"folio\"\nsignature = 4\nmarks = true\n",
    );
    let out = dir.join("out");
    let run = common::quire(&[
        "build",
        book.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let slug = "fantine-and-other-stories";
    assert_eq!(
        common::list(&out),
        ["-cover.pdf", "-imposed.pdf", ".epub", ".pdf"].map(|s| format!("{slug}{s}"))
    );
    let interior = out.join(format!("{slug}.pdf"));
    let imposed = out.join(format!("{slug}-imposed.pdf"));
    qpdf_clean(&imposed);
    let n = page_count(&interior);
    assert_eq!(n % 16, 0, "{n} pages: whole 16-page signatures");
    let (w, h, bleed) = (5.5 * IN, 8.5 * IN, 0.125 * IN);
    for (i, p) in boxes(&interior).iter().enumerate() {
        let t = p["TrimBox"];
        assert!(
            ((t[2] - t[0]) - w).abs() < 0.01 && ((t[3] - t[1]) - h).abs() < 0.01,
            "page {}: {t:?}",
            i + 1
        );
    }
    let sides = boxes(&imposed);
    assert_eq!(sides.len(), n / 2, "one side per two pages");
    for s in &sides {
        assert_eq!(s["MediaBox"], [0.0, 0.0, 792.0, 612.0], "landscape letter");
    }
    // Each half of each side carries the interior page saddle order puts there. The
    // interior's page is read inside its trim (offset by the bleed on a verso).
    let trim_words = |page: usize| {
        let left = if page.is_multiple_of(2) { 0.0 } else { bleed };
        region_words(false, &interior, page + 1, (left, bleed, w, h))
    };
    let (sw, sh) = (11.0 * IN, 8.5 * IN);
    let mut printed = 0;
    let mut full = None;
    for (side, (l, r)) in saddle(4, n).into_iter().enumerate() {
        let top = (sh - h) / 2.0;
        let left_half = region_words(false, &imposed, side + 1, (sw / 2.0 - w, top, w, h));
        let right_half = region_words(false, &imposed, side + 1, (sw / 2.0, top, w, h));
        assert_eq!(
            left_half,
            trim_words(l),
            "side {}: left should be page {}",
            side + 1,
            l + 1
        );
        assert_eq!(
            right_half,
            trim_words(r),
            "side {}: right should be page {}",
            side + 1,
            r + 1
        );
        printed += usize::from(!left_half.is_empty()) + usize::from(!right_half.is_empty());
        // The first centre spread (a signature's innermost back) with text on both halves.
        if side % 8 == 7 && !left_half.is_empty() && !right_half.is_empty() {
            full.get_or_insert(side + 1);
        }
    }
    assert!(printed > n / 2, "most halves carry text ({printed} of {n})");
    // The padding is a binder's: the book as set without [imposition], whole and in
    // order, with half the blank pages (an even number) before it and the rest after.
    let plain = sample(
        &dir.join("plain"),
        "\n[print]\nbleed = \"0.125in\"\npaper = \"white\"\n",
    );
    build(&plain, &["pdf"], &dir.join("plain-out"));
    let plain = dir.join("plain-out").join(format!("{slug}.pdf"));
    let m = page_count(&plain);
    let before = ((n - m) / 2) & !1;
    let after = n - m - before;
    assert!(before > 0 && after > 0, "{m} pages padded to {n}");
    qpdf_clean(&interior);
    for p in 0..n {
        let want = match p.checked_sub(before).filter(|&q| q < m) {
            Some(q) => region_words(false, &plain, q + 1, (0.0, 0.0, 1000.0, 1000.0)),
            None => Vec::new(),
        };
        assert_eq!(
            region_words(false, &interior, p + 1, (0.0, 0.0, 1000.0, 1000.0)),
            want,
            "interior page {} of {n} ({before} blanks before, {after} after)",
            p + 1
        );
    }
    // Rendered: a centre spread has ink on both halves and the sewing stations on the
    // fold.
    let side = full.expect("a centre spread with text on both pages");
    let img = render_page(&imposed, side, 40, &dir.join("centre.ppm"));
    let px = |pt: f64| (pt / IN * 40.0) as usize;
    assert!(dark_in(&img, px(sw / 2.0 - w + 36.0), px(sw / 2.0 - 36.0)) > 200);
    assert!(dark_in(&img, px(sw / 2.0 + 36.0), px(sw / 2.0 + w - 36.0)) > 200);
    assert!(
        dark_in(&img, px(sw / 2.0) - 1, px(sw / 2.0) + 2) > 5,
        "sewing marks on the fold"
    );
}

#[test]
fn creep_moves_each_sheet_by_its_distance_from_the_centre() {
    let dir = common::scratch("print", "creep");
    let mut x = Vec::new();
    for creep in ["0mm", "1mm"] {
        let book = sample(
            &dir.join(creep),
            &format!("\n[imposition]\nsignature = 4\ncreep = \"{creep}\"\n"),
        );
        let out = dir.join(format!("{creep}-out"));
        build(&book, &["imposed"], &out);
        let imposed = out.join("fantine-and-other-stories-imposed.pdf");
        // Per side, the leftmost word of each half.
        let n = page_count(&imposed);
        let mut sides = Vec::new();
        for side in 1..=n {
            let ws = words(&imposed, side);
            let mid = 5.5 * IN;
            let min = |f: &dyn Fn(f64) -> bool| {
                ws.iter()
                    .filter(|(_, x, _)| f(*x))
                    .map(|(_, x, _)| *x)
                    .fold(f64::MAX, f64::min)
            };
            sides.push((min(&|x| x < mid), min(&|x| x >= mid)));
        }
        x.push(sides);
    }
    let mm = IN / 25.4;
    let mut checked = 0;
    for (side, (a, b)) in x[0].iter().zip(&x[1]).enumerate() {
        // Sheet k of a 4-sheet signature moves toward the fold by (k − 1.5) mm.
        let k = (side / 2) % 4;
        let toward = (k as f64 - 1.5) * mm;
        if a.0 < f64::MAX {
            assert!(
                (b.0 - a.0 - toward).abs() < 0.05,
                "side {}: left moved {}",
                side + 1,
                b.0 - a.0
            );
            checked += 1;
        }
        if a.1 < f64::MAX {
            assert!(
                (a.1 - b.1 - toward).abs() < 0.05,
                "side {}: right moved {}",
                side + 1,
                a.1 - b.1
            );
            checked += 1;
        }
    }
    assert!(checked > 8, "{checked} halves with text");
}

#[test]
fn cover_and_imposition_are_byte_identical_from_build_to_build() {
    let dir = common::scratch("print", "deterministic");
    let book = sample(
        &dir.join("book"),
        "\n[print]\nbleed = \"3mm\"\npaper = \"cream\"\npod = \"ingram\"\n\n[imposition]\nsheet = \"a3\"\nsignature = 2\ncreep = \"0.2mm\"\nmarks = true\n",
    );
    let runs: Vec<Vec<Vec<u8>>> = ["one", "two"]
        .iter()
        .map(|run| {
            let out = dir.join(run);
            build(&book, &["pdf", "cover", "imposed"], &out);
            common::list(&out)
                .iter()
                .map(|f| std::fs::read(out.join(f)).unwrap())
                .collect()
        })
        .collect();
    assert_eq!(runs[0].len(), 3);
    for (a, b) in runs[0].iter().zip(&runs[1]) {
        assert!(a == b, "two builds differ");
    }
    // Ingram: the interior ends on a blank page and has an even count.
    let interior = dir.join("one").join("fantine-and-other-stories.pdf");
    let n = page_count(&interior);
    assert_eq!(n % 8, 0, "whole 8-page signatures: {n}");
    assert!(region_words(false, &interior, n, (0.0, 0.0, 1000.0, 1000.0)).is_empty());
}
