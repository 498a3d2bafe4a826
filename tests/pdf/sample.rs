//! The sample book as shipped (screen, A5) and as a 6x9in print run: valid, every seed
//! word back once in order, outline, labels, links only on screen, recto openers and
//! mirrored margins in print, and byte-identical rebuilds.

use super::*;

#[test]
fn sample_screen_passes_qpdf_check_with_embedded_subset_fonts() {
    let b = sample_screen();
    assert_qpdf_clean(b);
    let fonts = assert_fonts_embedded(b);
    assert!(fonts.contains(&"CharisSIL".to_string()), "{fonts:?}");
    assert!(
        b.stderr.is_empty(),
        "the sample builds without warnings: {}",
        b.stderr
    );
    assert_eq!((b.width.round(), b.height.round()), (420.0, 595.0), "A5");
}

#[test]
fn sample_screen_gives_back_every_seed_word_once_in_order() {
    assert_words_round_trip(sample_screen());
}

#[test]
fn sample_screen_has_outline_page_labels_and_metadata() {
    let b = sample_screen();
    assert_outline_and_labels(b);
    let info = common::tool("pdfinfo", &[b.path()]);
    for want in [
        format!("Title:           {SAMPLE_TITLE}"),
        "Author:          Various Authors".into(),
        "CreationDate:    Mon Nov 23 00:00:00 2026 UTC".into(),
    ] {
        assert!(info.contains(&want), "{want:?} in {info}");
    }
}

#[test]
fn sample_screen_contents_links_to_every_chapter_and_nothing_else_links() {
    let b = sample_screen();
    let contents = contents_page(b);
    let targets: Vec<Option<usize>> = b.outline.iter().map(|(_, p)| Some(*p)).collect();
    assert_eq!(
        b.pages[contents].links, targets,
        "one link per contents entry, to the chapter openers"
    );
    // The contents shows each title with its folio, the label of the opener page, joined
    // by dot leaders; the leaders are drawn last (they are artifacts), so pdftotext's
    // raw order has them after the entry.
    let lines = &b.pages[contents].lines;
    for (t, p) in &b.outline {
        let entry = format!("{t} {}", b.pages[*p].label_number);
        let without_leaders = |l: &String| {
            l.split(' ')
                .filter(|w| *w != ".")
                .collect::<Vec<_>>()
                .join(" ")
        };
        let at = lines.iter().position(|l| without_leaders(l) == entry);
        assert!(
            at.is_some_and(|i| lines[i].contains(" . . . ")
                || lines.get(i + 1).is_some_and(|n| n.starts_with(". . . "))),
            "{entry:?} with leaders in {lines:?}"
        );
    }
    for (i, page) in b.pages.iter().enumerate() {
        if i != contents {
            assert!(page.links.is_empty(), "page {} has links", i + 1);
        }
    }
}

// ---------------------------------------------------------------------------------------
// The sample book, print profile

#[test]
fn sample_print_is_6x9_and_valid() {
    let b = sample_print();
    assert_qpdf_clean(b);
    assert_fonts_embedded(b);
    assert_eq!((b.width.round(), b.height.round()), (432.0, 648.0), "6x9in");
    assert_outline_and_labels(b);
}

#[test]
fn sample_print_gives_back_every_seed_word_once_in_order() {
    assert_words_round_trip(sample_print());
}

#[test]
fn sample_print_opens_chapters_on_rectos_with_blank_versos() {
    let b = sample_print();
    for (t, p) in &b.outline {
        assert_eq!(p % 2, 0, "{t:?} opens on page {}, a verso", p + 1);
    }
    let blanks: Vec<usize> = (0..b.pages.len())
        .filter(|&i| b.pages[i].lines.is_empty())
        .collect();
    // The sample's stories end on rectos, so the blanks are really there.
    assert!(!blanks.is_empty(), "no blank versos in the print build");
    for &i in &blanks {
        assert_eq!(i % 2, 1, "blank page {} is a recto", i + 1);
        assert!(
            b.outline.iter().any(|(_, p)| *p == i + 1),
            "blank page {} does not precede a chapter opener",
            i + 1
        );
    }
}

#[test]
fn sample_print_has_no_links() {
    let b = sample_print();
    for (i, page) in b.pages.iter().enumerate() {
        assert!(page.links.is_empty(), "page {} has links", i + 1);
    }
}

/// Word boxes (`pdftotext -bbox`) per 1-based page: (xMin, xMax).
fn word_boxes(path: &str) -> HashMap<usize, Vec<(f64, f64)>> {
    let xml = common::tool("pdftotext", &["-bbox", path, "-"]);
    let mut out: HashMap<usize, Vec<(f64, f64)>> = HashMap::new();
    let mut page = 0;
    let attr = |l: &str, name: &str| -> f64 {
        let start = l.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        let len = l[start..].find('"').unwrap();
        l[start..start + len].parse().unwrap()
    };
    for l in xml.lines() {
        let l = l.trim();
        if l.starts_with("<page ") {
            page += 1;
        } else if l.starts_with("<word ") {
            // Punctuation at a line end hangs into the margin (margin kerning): only
            // words ending in a letter or digit show where the text block ends.
            let text = l
                .split('>')
                .nth(1)
                .and_then(|t| t.split('<').next())
                .unwrap_or("");
            if !text.chars().last().is_some_and(char::is_alphanumeric) {
                continue;
            }
            out.entry(page)
                .or_default()
                .push((attr(l, "xMin"), attr(l, "xMax")));
        }
    }
    out
}

#[test]
fn sample_print_mirrors_margins_with_the_gutter_inside() {
    let b = sample_print();
    let boxes = word_boxes(b.path());
    // Full text pages only: body pages that are not openers (their lines run to both edges).
    let mut recto = Vec::new();
    let mut verso = Vec::new();
    for i in b.body_start()..b.pages.len() {
        if b.pages[i].lines.is_empty() || b.outline.iter().any(|(_, p)| *p == i) {
            continue;
        }
        let bx = &boxes[&(i + 1)];
        let left = bx.iter().map(|b| b.0).fold(f64::MAX, f64::min);
        let right = b.width - bx.iter().map(|b| b.1).fold(f64::MIN, f64::max);
        if i % 2 == 0 { &mut recto } else { &mut verso }.push((i + 1, left, right));
    }
    assert!(
        !recto.is_empty() && !verso.is_empty(),
        "{recto:?} {verso:?}"
    );
    for &(p, left, right) in &recto {
        assert!(
            left > right + 5.0,
            "recto page {p}: inside (left) margin {left:.1} should exceed outside {right:.1}"
        );
    }
    for &(p, left, right) in &verso {
        assert!(
            right > left + 5.0,
            "verso page {p}: inside (right) margin {right:.1} should exceed outside {left:.1}"
        );
    }
    // Mirrored: a recto's inside margin is a verso's inside margin.
    let (_, r_in, r_out) = recto[0];
    for &(p, v_out, v_in) in &verso {
        assert!(
            (v_in - r_in).abs() < 1.0 && (v_out - r_out).abs() < 1.0,
            "page {p}: margins {v_out:.1}/{v_in:.1} do not mirror {r_in:.1}/{r_out:.1}"
        );
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let again = common::scratch("pdf", "sample-screen-again");
    let (path, _) = quire_build(Path::new(ROOT), &again);
    assert!(
        std::fs::read(path).unwrap() == sample_screen().bytes,
        "screen builds differ"
    );
    let dir = common::scratch("pdf", "sample-print-again");
    let book = write_print_sample(&dir.join("book"));
    let (path, _) = quire_build(&book, &dir.join("out"));
    assert!(
        std::fs::read(path).unwrap() == sample_print().bytes,
        "print builds differ"
    );
}

// ---------------------------------------------------------------------------------------
// The fixture book
