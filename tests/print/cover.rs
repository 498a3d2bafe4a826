//! The wraparound cover: its size from the trim, the bleed and a spine as thick as the
//! interior's pages, its panels rendered, the title on the spine of a long book.

use super::*;

#[test]
fn cover_is_two_trims_a_spine_from_the_page_count_and_the_bleed() {
    let dir = common::scratch("print", "cover");
    let (w, h, bleed) = (5.5 * IN, 8.5 * IN, 0.125 * IN);
    // White paper: KDP's 0.002252in a page; cream 0.0025in.
    for (paper, per_page) in [("white", 0.002252), ("cream", 0.0025)] {
        let book = sample(
            &dir.join(paper),
            &format!("\n[print]\nbleed = \"0.125in\"\npaper = \"{paper}\"\n"),
        );
        let out = dir.join(format!("{paper}-out"));
        build(&book, &["pdf", "cover"], &out);
        let interior = out.join("fantine-and-other-stories.pdf");
        let cover = out.join("fantine-and-other-stories-cover.pdf");
        qpdf_clean(&cover);
        let pages = page_count(&interior);
        let spine = pages as f64 * per_page * IN;
        let b = &boxes(&cover);
        assert_eq!(b.len(), 1, "one page");
        let [x0, y0, x1, y1] = b[0]["MediaBox"];
        let (cw, ch) = (2.0 * w + spine + 2.0 * bleed, h + 2.0 * bleed);
        assert!(
            (x0, y0) == (0.0, 0.0) && (x1 - cw).abs() < 1.0 && (y1 - ch).abs() < 1.0,
            "{paper}: {:?} for {pages} pages, want {cw} × {ch}",
            b[0]["MediaBox"]
        );
        assert_eq!(b[0]["BleedBox"], b[0]["MediaBox"]);
        let t = b[0]["TrimBox"];
        assert!(
            (t[0] - bleed).abs() < 0.01
                && (t[1] - bleed).abs() < 0.01
                && (x1 - t[2] - bleed).abs() < 0.01
                && (y1 - t[3] - bleed).abs() < 0.01,
            "{t:?}"
        );
        // Under 80 pages KDP allows no spine text: the only text is the back's blurb.
        let text = common::tool("pdftotext", &[cover.to_str().unwrap(), "-"]);
        let words: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(words.first(), Some(&"Three"), "{text}");
        assert!(!text.contains("Fantine and Other"), "{text}");
        // Rendered: the front panel carries the cover image (dark title ink), the back
        // the blurb, and nothing dark lies on the narrow spine.
        let img = render(&cover, 50, &dir.join(format!("{paper}.ppm")));
        let px = |pt: f64| (pt / IN * 50.0) as usize;
        assert!(
            dark_in(&img, px(bleed + w + spine + 36.0), px(cw - 36.0)) > 500,
            "front"
        );
        assert!(
            dark_in(&img, px(bleed + 36.0), px(bleed + w - 36.0)) > 100,
            "back"
        );
        assert_eq!(
            dark_in(&img, px(bleed + w) + 1, px(bleed + w + spine)),
            0,
            "spine"
        );
    }
}

#[test]
fn a_long_book_has_its_title_on_the_spine() {
    let dir = common::scratch("print", "spine");
    let book = prose_book(&dir.join("book"), 10, 12_000, "\n[print]\npod = \"kdp\"\n");
    let out = dir.join("out");
    build(&book, &["cover"], &out);
    assert_eq!(
        common::list(&out),
        vec!["tide-tables-cover.pdf"],
        "only the cover is written"
    );
    let cover = out.join("tide-tables-cover.pdf");
    qpdf_clean(&cover);
    let [_, _, cw, _] = boxes(&cover)[0]["MediaBox"];
    let (w, bleed) = (5.5 * IN, 0.125 * IN);
    let spine = cw - 2.0 * w - 2.0 * bleed;
    let pages = (spine / (0.002252 * IN)).round() as usize;
    assert!(
        (301..=500).contains(&pages),
        "{pages} pages from a {spine} pt spine"
    );
    // The title reads down the spine: pdftotext finds it inside the spine's columns.
    let x = format!("{}", (bleed + w).floor());
    let wd = format!("{}", spine.ceil());
    let text = common::tool(
        "pdftotext",
        &[
            "-x",
            &x,
            "-y",
            "0",
            "-W",
            &wd,
            "-H",
            "700",
            cover.to_str().unwrap(),
            "-",
        ],
    );
    assert_eq!(
        text.split_whitespace().collect::<Vec<_>>(),
        ["Tide", "Tables"],
        "{text}"
    );
    let img = render(&cover, 50, &dir.join("cover.ppm"));
    let px = |pt: f64| (pt / IN * 50.0) as usize;
    assert!(
        dark_in(&img, px(bleed + w) + 1, px(bleed + w + spine)) > 50,
        "no ink on the spine"
    );
}
