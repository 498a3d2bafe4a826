//! Right-to-left text in the PDF, read back from outside: the fixture `tests/fixtures/bidi`
//! (an English story with an Arabic phrase, a Hebrew one and an Arabic letter standing
//! alone; a story in Hebrew, `language = "he"`) built once. `mutool trace` gives each
//! glyph's character (by the ToUnicode map), name and place: an Arabic or Hebrew phrase
//! is drawn right to left between the English words around it, its first word rightmost
//! and each word's first letter rightmost in it, and its letters are drawn in the order
//! they are read; Arabic letters take their joining forms (the letter alone is another
//! glyph than the same letter starting a word); no `.notdef` is drawn; brackets in the
//! Hebrew story are mirrored to face their word; the Hebrew story's lines end at the
//! right edge, its indent on the right and its last lines ragged on the left.
//! `pdftotext` (in reading order and by layout), the structure tree's text
//! (`pdfinfo -struct-text`) and pypdf give every word of both stories back in the order
//! it was written; the EPUB marks the Hebrew story `dir="rtl"`, sets its words in the
//! fallback face a run at a time and passes EPUBCheck; two builds are byte-identical.
//!
//! The Arabic and Hebrew are set in DejaVu Sans (`fonts-dejavu-core`, installed by
//! `.ci/install-tools`), the installed face the fallback chain finds for them.

mod common;

use common::words;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bidi")
}

/// The fixture built once (PDF and EPUB), in a scratch folder.
fn built() -> &'static (PathBuf, PathBuf) {
    static BUILT: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| build("once"))
}

fn build(name: &str) -> (PathBuf, PathBuf) {
    let dir = common::scratch("bidi", name);
    common::build_pdf_and_epub(&fixture(), &dir.join("out"))
}

fn pdf() -> &'static str {
    built().0.to_str().unwrap()
}

/// One glyph as `mutool trace` reports it.
#[derive(Debug, Clone)]
struct G {
    page: usize,
    text: String,
    name: String,
    x: f32,
    y: f32,
    /// Right edge: x plus the advance at the span's size.
    right: f32,
}

fn attr(line: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let at = line.find(&key)? + key.len();
    let end = line[at..].find('"')? + at;
    Some(line[at..end].to_string())
}

/// Every glyph of the PDF in drawing order, as `mutool trace` gives them.
fn glyphs() -> &'static [G] {
    static GLYPHS: OnceLock<Vec<G>> = OnceLock::new();
    GLYPHS.get_or_init(|| trace(pdf()))
}

/// Every glyph of `pdf` in drawing order, as `mutool trace` gives them.
fn trace(pdf: &str) -> Vec<G> {
    let trace = common::tool("mutool", &["trace", pdf]);
    let (mut page, mut size) = (0, 0.0f32);
    let mut out = Vec::new();
    for line in trace.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
        } else if line.starts_with("<span ") {
            let trm = attr(line, "trm").unwrap_or_default();
            size = trm.split(' ').next().unwrap_or("0").parse().unwrap_or(0.0);
        } else if line.starts_with("<g ") {
            let num = |n: &str| attr(line, n).and_then(|v| v.parse::<f32>().ok()).unwrap();
            let text = attr(line, "unicode").unwrap_or_default();
            let text = text.replace("&quot;", "\"").replace("&amp;", "&");
            out.push(G {
                page,
                text,
                name: attr(line, "glyph").unwrap_or_default(),
                x: num("x"),
                y: num("y"),
                right: num("x") + num("adv") * size,
            });
        }
    }
    out
}

fn rtl(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF)
}

/// The runs of right-to-left words in the source file `file`, each a list of its
/// words in the order written (punctuation around them left off).
fn rtl_phrases(file: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(fixture().join(file)).unwrap();
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut open = false;
    for w in text.split_whitespace() {
        let w: String = w.chars().filter(|c| rtl(*c)).collect();
        if w.is_empty() {
            open = false;
            continue;
        }
        if !open {
            out.push(Vec::new());
        }
        out.last_mut().unwrap().push(w);
        open = true;
    }
    out
}

/// Where `word` is drawn: the glyphs that stand for its letters, found in drawing order
/// as a run of glyphs whose characters spell it (a right-to-left word is drawn from its
/// first letter, so that readers who take text in drawing order read it as written).
fn find_word(gs: &[G], word: &str) -> Vec<G> {
    let n = word.chars().count();
    (0..gs.len().saturating_sub(n - 1))
        .find(|&i| {
            gs[i..i + n]
                .iter()
                .map(|g| g.text.as_str())
                .collect::<String>()
                == word
        })
        .map(|i| gs[i..i + n].to_vec())
        .unwrap_or_else(|| panic!("{word:?} is not drawn as one run of its letters, in order"))
}

#[test]
fn a_phrase_in_arabic_or_hebrew_is_drawn_right_to_left_between_its_english_neighbours() {
    let gs = glyphs();
    let phrases = rtl_phrases("ferry.txt");
    assert!(phrases.iter().any(|p| p.len() >= 2), "{phrases:?}");
    for phrase in phrases.iter().filter(|p| p.len() >= 2) {
        let drawn: Vec<Vec<G>> = phrase.iter().map(|w| find_word(gs, w)).collect();
        for (w, letters) in phrase.iter().zip(&drawn) {
            // Each letter to the left of the one before it, on one baseline.
            for pair in letters.windows(2) {
                assert!(pair[0].x > pair[1].x, "{w}: {pair:?}");
                assert_eq!(pair[0].y, pair[1].y, "{w}");
            }
        }
        // Each word wholly to the left of the word before it.
        for pair in drawn.windows(2) {
            let left_of_first = pair[0].iter().map(|g| g.x).fold(f32::MAX, f32::min);
            let right_of_next = pair[1].iter().map(|g| g.right).fold(f32::MIN, f32::max);
            assert!(right_of_next < left_of_first, "{phrase:?}");
        }
        // Between the English before and after it: the glyph drawn just before the
        // phrase's glyphs (in stream order) ends left of it, the one after starts right
        // of it.
        let first = &drawn[0][0];
        let at = gs
            .iter()
            .position(|g| g.x == first.x && g.y == first.y && g.page == first.page)
            .unwrap();
        let line: Vec<&G> = gs
            .iter()
            .filter(|g| g.y == first.y && g.page == first.page && g.text.trim() != "")
            .collect();
        let (min_phrase, max_phrase) = drawn.iter().flatten().fold((f32::MAX, f32::MIN), |a, g| {
            (a.0.min(g.x), a.1.max(g.right))
        });
        let latin = |g: &G| g.text.chars().all(|c| c.is_ascii_alphabetic());
        let before = line.iter().filter(|g| latin(g) && g.x < min_phrase).count();
        let after = line
            .iter()
            .filter(|g| latin(g) && g.x >= max_phrase)
            .count();
        assert!(before > 0 && after > 0, "{phrase:?} at glyph {at}");
    }
}

#[test]
fn arabic_letters_join_and_no_glyph_is_notdef() {
    let gs = glyphs();
    assert!(
        gs.iter().all(|g| g.name != ".notdef" && !g.text.is_empty()),
        "{:?}",
        gs.iter().find(|g| g.name == ".notdef")
    );
    // The letter written alone in the story, and the words that have it.
    let text = std::fs::read_to_string(fixture().join("ferry.txt")).unwrap();
    let alone = text
        .split_whitespace()
        .find(|w| w.chars().count() == 1 && w.chars().all(rtl))
        .expect("a letter standing alone");
    // Drawn between two spaces.
    let lone = (1..gs.len() - 1)
        .find(|&i| gs[i].text == alone && gs[i - 1].text == " " && gs[i + 1].text == " ")
        .map(|i| &gs[i])
        .expect("the lone letter drawn between spaces");
    let phrase = rtl_phrases("ferry.txt").concat();
    let mut joined = 0;
    for w in phrase.iter().filter(|w| w.chars().count() > 1) {
        for (c, g) in w.chars().zip(find_word(gs, w)) {
            // Same letter, same face: a different glyph is a joining form.
            if c.to_string() == alone && g.name != lone.name {
                joined += 1;
            }
        }
    }
    assert!(
        joined > 0,
        "{alone} in words {phrase:?} is drawn as it is alone"
    );
}

/// The lines of page `page`, top first: (left edge, right edge) of their glyphs.
fn lines(page: usize) -> Vec<(f32, f32)> {
    let mut ys: Vec<f32> = Vec::new();
    let gs: Vec<&G> = glyphs().iter().filter(|g| g.page == page).collect();
    for g in &gs {
        if !ys.contains(&g.y) {
            ys.push(g.y);
        }
    }
    ys.sort_by(|a, b| b.total_cmp(a));
    ys.iter()
        .map(|&y| {
            let on = gs.iter().filter(|g| g.y == y);
            on.fold((f32::MAX, f32::MIN), |a, g| {
                (a.0.min(g.x), a.1.max(g.right))
            })
        })
        .collect()
}

#[test]
fn a_story_in_hebrew_is_set_right_to_left_indent_and_ragged_side_on_the_left() {
    let first_word =
        words(&std::fs::read_to_string(fixture().join("river.txt")).unwrap()).remove(0);
    let page = find_word(glyphs(), &first_word)[0].page;
    // The body: lines below the title (all but the folio, the lowest).
    let mut ls = lines(page);
    ls.pop();
    let body: Vec<(f32, f32)> = ls.into_iter().skip(1).collect();
    assert!(body.len() >= 5, "{body:?}");
    let left = body.iter().map(|l| l.0).fold(f32::MAX, f32::min);
    let right = body.iter().map(|l| l.1).fold(f32::MIN, f32::max);
    let flush = |v: f32, edge: f32| (v - edge).abs() < 1.0;
    // Every line ends at the right edge but an indented one, which starts at the left.
    let indented: Vec<_> = body.iter().filter(|l| !flush(l.1, right)).collect();
    assert_eq!(indented.len(), 1, "{body:?}");
    assert!(
        flush(indented[0].0, left) && indented[0].1 < right - 5.0,
        "{body:?}"
    );
    // A paragraph's last line is short, on the right.
    let last = body.last().unwrap();
    assert!(flush(last.1, right) && last.0 > left + 20.0, "{body:?}");
    // The English story's last lines are short on the right, as ever.
    let english = find_word(glyphs(), &rtl_phrases("ferry.txt")[0][0])[0].page;
    let mut en = lines(english);
    en.pop();
    let end = en.last().unwrap();
    let en_left = en.iter().map(|l| l.0).fold(f32::MAX, f32::min);
    assert!(flush(end.0, en_left), "{en:?}");
}

#[test]
fn brackets_in_a_right_to_left_paragraph_face_the_words_they_hold() {
    // The Hebrew story's "(…)": drawn mirrored (rule L4), so the glyph right of the
    // word is a closing bracket's shape, the one left of it an opening one (by their
    // glyph names: their text is the bracket written, see the test below).
    let text = std::fs::read_to_string(fixture().join("river.txt")).unwrap();
    let held = text
        .split_whitespace()
        .find(|w| w.starts_with('(') && w.ends_with(')'))
        .expect("a bracketed word");
    let inner = held.trim_matches(|c| c == '(' || c == ')');
    let letters = find_word(glyphs(), inner);
    let (y, page) = (letters[0].y, letters[0].page);
    let left = letters.iter().map(|g| g.x).fold(f32::MAX, f32::min);
    let right = letters.iter().map(|g| g.right).fold(f32::MIN, f32::max);
    let on_line = |g: &&G| g.page == page && g.y == y && g.name.starts_with("paren");
    let near = |edge: f32| {
        glyphs()
            .iter()
            .filter(on_line)
            .min_by(|a, b| (a.x - edge).abs().total_cmp(&(b.x - edge).abs()))
            .map(|g| (g.x, g.name.clone()))
            .unwrap()
    };
    let (rx, r) = near(right);
    let (lx, l) = near(left);
    assert!(
        rx >= right - 0.5 && lx < left,
        "{held}: {lx} {l} … {rx} {r}"
    );
    assert_eq!(
        (l.as_str(), r.as_str()),
        ("parenleft", "parenright"),
        "{held}"
    );
}

#[test]
fn a_title_with_hebrew_words_between_english_ones_is_laid_out_by_uax9_wherever_it_is_set() {
    // "The Ford at נחל אדום Crossing": on the contents page and as the story's heading,
    // the Hebrew pair reads right to left between "at" and "Crossing" (its first word
    // rightmost, each word's first letter rightmost in it), as in a paragraph.
    let title = std::fs::read_to_string(fixture().join("ford.txt")).unwrap();
    let title = title.lines().next().unwrap();
    let hebrew: Vec<&str> = title.split(' ').filter(|w| w.chars().all(rtl)).collect();
    assert_eq!(hebrew.len(), 2, "{title}");
    let gs = glyphs();
    // Each place the first Hebrew word is drawn, as a run of its letters.
    let n = hebrew[0].chars().count();
    let starts: Vec<usize> = (0..gs.len() - n)
        .filter(|&i| {
            gs[i..i + n]
                .iter()
                .map(|g| g.text.as_str())
                .collect::<String>()
                == hebrew[0]
        })
        .collect();
    let pages: std::collections::BTreeSet<usize> = starts.iter().map(|&i| gs[i].page).collect();
    assert!(pages.len() >= 2, "{title} drawn on pages {pages:?}");
    for i in starts {
        let first: Vec<&G> = gs[i..i + n].iter().collect();
        let (page, y) = (first[0].page, first[0].y);
        for pair in first.windows(2) {
            assert!(pair[0].x > pair[1].x, "{}: {pair:?}", hebrew[0]);
        }
        let on_line: Vec<&G> = gs.iter().filter(|g| g.page == page && g.y == y).collect();
        let x_of = |c: &str| -> Vec<f32> {
            let at = on_line.iter().filter(|g| g.text == c).map(|g| g.x);
            at.collect()
        };
        // The second Hebrew word, its letters right to left, wholly left of the first.
        let second: Vec<Vec<f32>> = hebrew[1].chars().map(|c| x_of(&c.to_string())).collect();
        assert!(
            second.iter().all(|xs| xs.len() == 1),
            "{second:?} on page {page}"
        );
        let second: Vec<f32> = second.into_iter().map(|xs| xs[0]).collect();
        assert!(second.windows(2).all(|p| p[0] > p[1]), "{second:?}");
        let first_left = first.iter().map(|g| g.x).fold(f32::MAX, f32::min);
        assert!(second[0] < first_left, "{second:?} {first:?}");
        // "at" ends left of the pair, "Crossing" starts right of it.
        let (at, cross) = (x_of("t"), x_of("C"));
        assert!(at.iter().any(|&x| x < second[second.len() - 1]), "{at:?}");
        let right = first[0].right;
        assert!(cross.len() == 1 && cross[0] >= right, "{cross:?} {right}");
    }
}

/// The fixture as a book in Hebrew (`language = "he"` in `[book]`), its PDF built once.
fn hebrew_book() -> &'static str {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let dir = common::scratch("bidi", "hebrew-book");
            let src = dir.join("book");
            std::fs::create_dir_all(&src).unwrap();
            for e in std::fs::read_dir(fixture()).unwrap() {
                let e = e.unwrap().path();
                std::fs::copy(&e, src.join(e.file_name().unwrap())).unwrap();
            }
            let toml = std::fs::read_to_string(src.join("book.toml")).unwrap();
            let he = toml.replace("language = \"en-GB\"", "language = \"he\"");
            assert_ne!(he, toml);
            std::fs::write(src.join("book.toml"), he).unwrap();
            common::build_pdf_and_epub(&src, &dir.join("out")).0
        })
        .to_str()
        .unwrap()
}

#[test]
fn the_contents_of_a_book_in_hebrew_are_mirrored() {
    // Each entry: its title flush right, its page number on the left, the leaders
    // between them; the titles end at one edge and the numbers start at the other.
    let gs = trace(hebrew_book());
    let digit = |g: &&G| g.text.chars().all(|c| c.is_ascii_digit());
    // The contents page: the first page with a line of leaders and a number.
    let mut entries: Vec<(f32, f32)> = Vec::new();
    for page in 1..=gs.last().unwrap().page {
        let on: Vec<&G> = gs.iter().filter(|g| g.page == page).collect();
        let mut ys: Vec<f32> = on.iter().map(|g| g.y).collect();
        ys.dedup();
        for y in ys {
            let line: Vec<&G> = on.iter().copied().filter(|g| g.y == y).collect();
            let dots: Vec<&G> = line.iter().copied().filter(|g| g.text == ".").collect();
            let nums: Vec<&G> = line.iter().copied().filter(digit).collect();
            let title: Vec<&G> = line
                .iter()
                .copied()
                .filter(|g| g.text != "." && !digit(g) && g.text.trim() != "")
                .collect();
            if dots.len() < 3 || nums.is_empty() || title.is_empty() {
                continue;
            }
            let left = |v: &[&G]| v.iter().map(|g| g.x).fold(f32::MAX, f32::min);
            let right = |v: &[&G]| v.iter().map(|g| g.right).fold(f32::MIN, f32::max);
            assert!(
                right(&nums) < left(&dots),
                "number left of the leaders: {line:?}"
            );
            assert!(
                right(&dots) < left(&title),
                "leaders left of the title: {line:?}"
            );
            entries.push((left(&nums), right(&title)));
        }
        if !entries.is_empty() {
            break;
        }
    }
    assert_eq!(entries.len(), 3, "{entries:?}");
    for e in &entries {
        assert!(
            (e.0 - entries[0].0).abs() < 0.5,
            "numbers start together: {entries:?}"
        );
        assert!(
            (e.1 - entries[0].1).abs() < 0.5,
            "titles end together: {entries:?}"
        );
    }
}

#[test]
fn the_epub_marks_the_hebrew_story_right_to_left_and_builds_are_identical() {
    let epub = std::fs::read(&built().1).unwrap();
    let docs = common::spine_docs(&epub);
    let story = |needle: &str| {
        docs.iter()
            .find(|(_, d)| d.contains(needle))
            .map(|(_, d)| d.clone())
            .unwrap()
    };
    let he = story("lang=\"he\"");
    assert!(
        he.contains("<div class=\"story\" lang=\"he\" xml:lang=\"he\" dir=\"rtl\">"),
        "{he}"
    );
    // Its Hebrew is in the fallback face a run of words at a time, not a span a word.
    assert!(he.contains("<span class=\"fb\">"), "{he}");
    assert!(!he.contains("</span> <span class=\"fb\">"), "{he}");
    let en = story("The ferryman");
    assert!(!en.contains("dir="), "{en}");
    common::epubcheck(&built().1);
    let again = build("again");
    assert!(std::fs::read(&again.0).unwrap() == std::fs::read(&built().0).unwrap());
    assert!(std::fs::read(&again.1).unwrap() == epub);
}

#[path = "bidi/read_back.rs"]
mod read_back;
