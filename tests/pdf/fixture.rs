//! The fixture book (`tests/fixtures/pdf/`): fallback faces for Greek and emoji,
//! emphasis, headings, scene breaks, afterword and bylines; then the golden layouts,
//! readable lines per page with their break kinds, for the sample and the fixture.

use super::*;

/// Whether fontconfig knows an installed font with `c`.
fn installed(c: char) -> bool {
    Command::new("fc-list")
        .arg(format!(":charset={:x}", c as u32))
        .output()
        .is_ok_and(|o| !o.stdout.is_empty())
}

#[test]
fn fixture_sets_the_emoji_from_an_installed_face_or_warns_by_chapter() {
    let b = fixture();
    assert_qpdf_clean(b);
    let warnings: Vec<&str> = b.stderr.lines().collect();
    if installed('🌊') {
        // Symbola (`.ci/install-tools`) has the wave: it is printed, nothing to warn.
        assert!(warnings.is_empty(), "{}", b.stderr);
        let p = b.path.to_str().unwrap();
        let text = common::tool("pdftotext", &["-raw", "-enc", "UTF-8", p, "-"]);
        assert!(
            text.contains("wave 🌊 beside"),
            "the wave is not in the text layer"
        );
        return;
    }
    assert_eq!(warnings.len(), 1, "exactly one warning: {}", b.stderr);
    let w = warnings[0];
    for part in ["warning", "lesson.txt", "🌊", "U+1F30A", "The Greek Lesson"] {
        assert!(w.contains(part), "{part:?} in {w}");
    }
}

#[test]
fn fixture_embeds_italic_and_the_greek_fallback() {
    let fonts = assert_fonts_embedded(fixture());
    for f in [
        "CharisSIL",
        "CharisSIL-Italic",
        "CharisSIL-Bold",
        "NotoSerif",
    ] {
        assert!(fonts.contains(&f.to_string()), "{f} in {fonts:?}");
    }
}

#[test]
fn fixture_gives_back_every_word_once_in_order() {
    assert_words_round_trip(fixture());
}

#[test]
fn fixture_has_outline_labels_and_links() {
    let b = fixture();
    assert_outline_and_labels(b);
    let targets: Vec<Option<usize>> = b.outline.iter().map(|(_, p)| Some(*p)).collect();
    assert_eq!(b.pages[contents_page(b)].links, targets);
    // Bylines in the contents, after the title.
    let lines = &b.pages[contents_page(b)].lines;
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("The Keeper of Gull Rock — Mara Quill")),
        "{lines:?}"
    );
}

/// Runs of text by font, from `mutool draw -F stext`: (font name, size, text).
fn font_runs(path: &str) -> Vec<(String, String, String)> {
    let xml = common::tool("mutool", &["draw", "-q", "-F", "stext", "-o", "-", path]);
    let attr = |l: &str, name: &str| -> String {
        let start = l.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        let len = l[start..].find('"').unwrap();
        l[start..start + len].to_string()
    };
    let mut runs: Vec<(String, String, String)> = Vec::new();
    for l in xml.lines() {
        let l = l.trim();
        if l.starts_with("<font ") {
            runs.push((attr(l, "name"), attr(l, "size"), String::new()));
        } else if l.starts_with("<char ") {
            let c = attr(l, "c");
            let c = match c.strip_prefix("&#x").and_then(|h| h.strip_suffix(';')) {
                Some(hex) => char::from_u32(u32::from_str_radix(hex, 16).unwrap())
                    .unwrap()
                    .to_string(),
                None => c
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&"),
            };
            runs.last_mut().expect("char inside font").2.push_str(&c);
        }
    }
    runs
}

#[test]
fn fixture_sets_emphasis_in_italic_strong_and_headings_in_bold_and_greek_in_noto() {
    let runs = font_runs(fixture().path());
    let find = |text: &str| -> Vec<(&str, &str)> {
        runs.iter()
            .filter(|r| r.2.trim() == text)
            .map(|r| (r.0.as_str(), r.1.as_str()))
            .collect()
    };
    // Emphasis in body text (11pt): *not*, *patient*, _yourself_.
    for w in ["not", "patient", "yourself"] {
        assert_eq!(find(w), [("CharisSIL-Italic", "11")], "{w}");
    }
    assert_eq!(find("Three Winters Later"), [("CharisSIL-Bold", "11")]);
    // Strong emphasis is the bold face, in body text and inside an italic note.
    assert_eq!(find("harder"), [("CharisSIL-Bold", "11")]);
    assert!(
        find("day").iter().any(|(f, _)| *f == "CharisSIL-Bold"),
        "{:?}",
        find("day")
    );
    // The Greek comes back whole, and the fallback face sets (some of) it.
    let all: String = runs.iter().map(|r| r.2.as_str()).collect();
    assert!(all.contains("γνῶθι σεαυτόν"), "Greek text lost");
    assert!(
        runs.iter().any(|r| r.0 == "NotoSerif" && r.2.contains('ν')),
        "Greek not in Noto Serif"
    );
    // Bylines are italic too.
    for a in ["by Mara Quill", "by Tomas Halloran"] {
        assert!(
            find(a).iter().any(|(f, _)| *f == "CharisSIL-Italic"),
            "{a}: {:?}",
            find(a)
        );
    }
}

/// Charis SIL has a few Greek letters (for IPA: β γ θ χ …) but not Greek as a script, so
/// a Greek word must be set wholly in the fallback face, not switch faces letter by letter.
#[test]
fn fixture_sets_each_greek_word_in_one_face() {
    let runs = font_runs(fixture().path());
    let mixed: Vec<(&str, &str)> = runs
        .iter()
        .filter(|r| r.0 != "NotoSerif")
        .flat_map(|r| r.2.split(' ').map(move |w| (r.0.as_str(), w)))
        .filter(|(_, w)| w.chars().any(|c| ('\u{370}'..='\u{3ff}').contains(&c)))
        .collect();
    assert!(
        mixed.is_empty(),
        "Greek letters outside Noto Serif: {mixed:?}"
    );
}

#[test]
fn fixture_shows_scene_break_heading_afterword_and_bylines() {
    let b = fixture();
    let all: Vec<(usize, &str)> = b
        .pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.lines.iter().map(move |l| (i, l.as_str())))
        .collect();
    let at = |pred: &dyn Fn(&str) -> bool, what: &str| -> usize {
        all.iter()
            .position(|(_, l)| pred(l))
            .unwrap_or_else(|| panic!("no line {what}"))
    };
    let ornament = at(
        &|l| {
            l.chars().filter(|c| *c == '*').count() == 3
                && l.chars().all(|c| c == '*' || c.is_whitespace())
        },
        "with the scene-break ornament",
    );
    let before = at(
        &|l| l.ends_with("trick of a lighthouse.”"),
        "ending scene one",
    );
    let after = at(
        &|l| l.starts_with("The storm came in the night"),
        "opening scene two",
    );
    assert!(
        before < ornament && ornament < after,
        "{before} {ornament} {after}"
    );

    let heading = at(&|l| l == "Three Winters Later", "with the heading");
    assert!(
        all[heading - 1].1.ends_with("harbour mouth."),
        "{:?}",
        all[heading - 1]
    );
    assert!(
        all[heading + 1].1.starts_with("Bram’s daughter"),
        "{:?}",
        all[heading + 1]
    );

    let label = at(&|l| l == AFTERWORD_LABEL, "with the afterword label");
    assert!(all[label - 1].1.ends_with("off."), "{:?}", all[label - 1]);
    // The author's own "A/N:" gives way to the book's heading: never two labels.
    assert!(
        all[label + 1].1.starts_with("Thank you"),
        "{:?}",
        all[label + 1]
    );
    assert!(
        !all.iter().any(|(_, l)| l.contains("A/N")),
        "an author's label is shown"
    );

    for (ci, (_, p)) in b.outline.iter().enumerate() {
        let [author] = &b.book.chapters[ci].authors[..] else {
            panic!("each sample story has one author");
        };
        assert_eq!(
            b.pages[*p].lines[1],
            format!("by {author}"),
            "byline under the title"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Golden layouts: readable lines per page with their break kinds.

fn check_golden(name: &str, got: &str) {
    let path = Path::new(ROOT).join("tests/golden").join(name);
    if std::env::var_os("QUIRE_BLESS").is_some() {
        std::fs::write(&path, got).unwrap();
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{name} missing: run with QUIRE_BLESS=1"));
    if got != want {
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(g, w)| g != w)
            .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
        panic!(
            "layout changed from {name} line {}: got {:?}, golden {:?}; inspect and re-bless with QUIRE_BLESS=1",
            line + 1,
            got.lines().nth(line),
            want.lines().nth(line)
        );
    }
}

#[test]
fn golden_sample_screen_a5() {
    let p = quire::load(Path::new(ROOT)).unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(p.pdf.profile, Profile::Screen);
    let (doc, _) = pdf::layout(&p.book, &p.pdf);
    check_golden("sample_screen_a5.txt", &doc.golden());
}

#[test]
fn golden_sample_print_6x9() {
    let p = quire::load(Path::new(ROOT)).unwrap_or_else(|d| panic!("{d:?}"));
    let (w, h) = trim_size("6x9in").unwrap();
    let s = PdfSettings {
        profile: Profile::Print,
        page_width: w,
        page_height: h,
        ..p.pdf
    };
    let (doc, _) = pdf::layout(&p.book, &s);
    check_golden("sample_print_6x9.txt", &doc.golden());
}

#[test]
fn golden_fixture_screen_a5() {
    let p = quire::load(&fixture_dir()).unwrap_or_else(|d| panic!("{d:?}"));
    let (doc, _) = pdf::layout(&p.book, &p.pdf);
    check_golden("fixture_screen_a5.txt", &doc.golden());
}
