//! Emoji no outline face has, drawn as pictures: the fixture `tests/fixtures/emoji` (an
//! original story pasted the way fan fiction is, 🥺 and 🤍 in its author's notes, 💙 in
//! its text) built to PDF and read back from outside. 🥺 (Unicode 11) and 🤍 (12) are in
//! no outline face Debian has, only in Noto Color Emoji's PNG strikes
//! (`fonts-noto-color-emoji`, installed by `.ci/install-tools`): each is an image
//! XObject (one per emoji, drawn at every place it stands) on the baseline at the text's
//! size, while the text layer keeps the character in place for pdftotext, pypdf and the
//! structure tree. 💙 is in Symbola, so it stays an outline glyph. No `.notdef` is
//! drawn, `qpdf --check` is clean, two builds are byte-identical, the EPUB keeps the
//! characters as text, and a character no face at all has still stops the build.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const PLEADING: char = '🥺';
const WHITE_HEART: char = '🤍';
const BLUE_HEART: char = '💙';

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/emoji")
}

/// Whether Noto Color Emoji is installed (by fontconfig, not by what Quire asks).
fn present() -> bool {
    let out = Command::new("fc-list")
        .args([":charset=1f90d", "family"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let ok = out.contains("Noto Color Emoji");
    if !ok {
        eprintln!("SKIPPED: Noto Color Emoji is not installed; run `bash .ci/install-tools`");
    }
    ok
}

/// The fixture built once to PDF (and EPUB), in a scratch folder.
fn built() -> &'static (PathBuf, PathBuf) {
    static BUILT: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = common::scratch("emoji", "book");
        common::build_pdf_and_epub(&fixture(), &dir.join("out"))
    })
}

fn pdf() -> &'static str {
    built().0.to_str().unwrap()
}

/// The words of the story file, in order (what both extractors must give back).
fn story_words() -> Vec<String> {
    let text = std::fs::read_to_string(fixture().join("laundromat.txt")).unwrap();
    text.split_whitespace().map(str::to_string).collect()
}

/// Whether `got` holds the words around each emoji of the story in order, as whole
/// words: "two 🥺 it", "week 🤍", "biro 💙 and", "hers 🥺 see", "chapter 🤍".
fn emoji_in_place(got: &str) -> Result<(), String> {
    let got: Vec<&str> = got.split_whitespace().collect();
    let want = story_words();
    let mut at = 0;
    for (i, w) in want.iter().enumerate() {
        if !w
            .chars()
            .any(|c| [PLEADING, WHITE_HEART, BLUE_HEART].contains(&c))
        {
            continue;
        }
        let before = &want[i - 1];
        let hit = (at + 1..got.len())
            .find(|&k| got[k] == w && got[k - 1] == before)
            .ok_or_else(|| format!("{before:?} {w:?} not after word {at} in {got:?}"))?;
        at = hit;
    }
    Ok(())
}

#[test]
fn pdftotext_and_pypdf_give_each_emoji_back_in_place() {
    if !present() {
        return;
    }
    let poppler = common::tool("pdftotext", &["-enc", "UTF-8", pdf(), "-"]);
    emoji_in_place(&poppler).unwrap();
    let script = "import sys, pypdf\n\
        r = pypdf.PdfReader(sys.argv[1])\n\
        sys.stdout.write('\\n'.join(pg.extract_text() for pg in r.pages))";
    let pypdf = common::tool("python3", &["-c", script, pdf()]);
    emoji_in_place(&pypdf).unwrap();
    // Each once per place: no picture adds a second copy of its text.
    for (c, n) in [(PLEADING, 2), (WHITE_HEART, 2), (BLUE_HEART, 1)] {
        assert_eq!(poppler.matches(c).count(), n, "{c} in pdftotext");
        assert_eq!(pypdf.matches(c).count(), n, "{c} in pypdf");
    }
}

#[test]
fn the_structure_tree_reads_each_emoji_inside_its_paragraph() {
    if !present() {
        return;
    }
    let st = common::tool("pdfinfo", &["-struct-text", pdf()]);
    // Poppler prints each element's role and then its text, quoted, indented under it.
    let mut role = "";
    let mut found = Vec::new();
    for line in st.lines() {
        let t = line.trim();
        if let Some(text) = t.strip_prefix('"') {
            for c in [PLEADING, WHITE_HEART] {
                if text.contains(c) {
                    found.push((c, role.to_string(), text.to_string()));
                }
            }
        } else if !t.is_empty() {
            role = t.split_whitespace().next().unwrap_or("");
        }
    }
    assert_eq!(found.len(), 4, "{found:?}\n{st}");
    for (c, role, text) in &found {
        assert_eq!(role, "P", "{c} in {role}: {text}");
    }
    assert!(found[0].2.contains("these two 🥺 it is"), "{found:?}");
}

/// Per page: the emoji glyphs of the text layer (x, and baseline y from the bottom,
/// font size) and the pictures drawn ((x, y from the top, width, height)), by
/// `mutool trace`.
#[allow(clippy::type_complexity)]
fn placements() -> Vec<(f32, Vec<(char, f32, f32, f32)>, Vec<[f32; 4]>)> {
    let trace = common::tool("mutool", &["trace", pdf()]);
    let attr = |l: &str, name: &str| -> String {
        let at = l.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        l[at..at + l[at..].find('"').unwrap()].to_string()
    };
    let nums =
        |s: String| -> Vec<f32> { s.split_whitespace().map(|v| v.parse().unwrap()).collect() };
    let mut pages = Vec::new();
    let mut size = 0.0;
    for line in trace.lines() {
        if line.starts_with("<page ") {
            let height = nums(attr(line, "mediabox"))[3];
            pages.push((height, Vec::new(), Vec::new()));
        } else if line.contains("<span ") {
            size = nums(attr(line, "trm"))[3];
        } else if line.contains("<g ") {
            let u = attr(line, "unicode");
            if let Some(c) = u
                .chars()
                .next()
                .filter(|c| [PLEADING, WHITE_HEART].contains(c))
            {
                let (x, y) = (attr(line, "x"), attr(line, "y"));
                let page = pages.last_mut().unwrap();
                page.1
                    .push((c, x.parse().unwrap(), y.parse().unwrap(), size));
            }
        } else if line.contains("<fill_image ") && attr(line, "width") == "136" {
            let m = nums(attr(line, "transform"));
            pages.last_mut().unwrap().2.push([m[4], m[5], m[0], m[3]]);
        }
    }
    pages
}

#[test]
fn each_emoji_is_a_picture_on_its_glyph_one_em_on_the_baseline() {
    if !present() {
        return;
    }
    let pages = placements();
    let mut n = 0;
    for (height, glyphs, pictures) in &pages {
        assert_eq!(glyphs.len(), pictures.len(), "{glyphs:?} {pictures:?}");
        for ((c, x, y, size), [px, py, w, h]) in glyphs.iter().zip(pictures) {
            n += 1;
            // Where the glyph's pen is, as wide as the text is tall, a little below the
            // baseline (as a descender goes) and up to about a capital's height.
            let baseline = height - y;
            let (top, bottom) = (*py, py + h);
            assert!((px - x).abs() < 0.1, "{c}: picture at x {px}, glyph at {x}");
            assert!((w - size).abs() < 0.02 * size, "{c}: {w} wide at {size} pt");
            assert!(
                (0.85..=1.0).contains(&(h / size)),
                "{c}: {h} high at {size}"
            );
            let below = (bottom - baseline) / size;
            assert!((0.05..0.3).contains(&below), "{c}: {below} em below");
            assert!(top < baseline - 0.6 * size, "{c}: top {top}, {baseline}");
        }
    }
    assert_eq!(n, 4, "{pages:?}");
}

#[test]
fn each_distinct_emoji_is_one_image_reused_and_the_blue_heart_is_an_outline() {
    if !present() {
        return;
    }
    // pdfimages lists every image drawn with its object: 🥺 and 🤍 twice each, two
    // objects (and their two soft masks).
    let list = common::tool("pdfimages", &["-list", pdf()]);
    let rows: Vec<Vec<&str>> = list
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|c| c.len() > 11 && c[3] == "136")
        .collect();
    let images: Vec<&str> = rows
        .iter()
        .filter(|c| c[2] == "image")
        .map(|c| c[10])
        .collect();
    let masks = rows.iter().filter(|c| c[2] == "smask").count();
    assert_eq!((images.len(), masks), (4, 4), "{list}");
    let mut objects = images.clone();
    objects.sort();
    objects.dedup();
    assert_eq!(objects.len(), 2, "{list}");
    // 💙 comes from Symbola, embedded as outlines; the colour face is never a font.
    let fonts = common::tool("pdffonts", &[pdf()]);
    assert!(fonts.contains("+Symbola"), "{fonts}");
    assert!(!fonts.contains("NotoColorEmoji"), "{fonts}");
    let trace = common::tool("mutool", &["trace", pdf()]);
    assert!(
        !trace.contains("glyph=\".notdef\"") && !trace.contains("glyph=\"0\""),
        "a .notdef glyph is drawn"
    );
    let blue: Vec<&str> = trace
        .lines()
        .filter(|l| l.contains("unicode=\"💙\""))
        .collect();
    assert_eq!(blue.len(), 1, "{blue:?}");
}

#[test]
fn the_page_shows_the_picture_where_the_text_layer_has_it() {
    if !present() {
        return;
    }
    // Page 1 of the story (the fifth of the file) at 4 pixels a point: 🥺 is yellow, a
    // colour nothing else on the page has. Its pixels lie in the box the trace gives.
    let pages = placements();
    let (index, (_, _, pictures)) = pages
        .iter()
        .enumerate()
        .find(|(_, p)| !p.2.is_empty())
        .unwrap();
    let [px, py, w, h] = pictures[0];
    let page = (index + 1).to_string();
    let ppm = Command::new("pdftoppm")
        .args(["-r", "288", "-f", &page, "-l", &page, pdf()])
        .output()
        .unwrap()
        .stdout;
    let (width, _, pixels) = common::pnm(&ppm, "P6");
    let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
    for (i, p) in pixels.chunks_exact(3).enumerate() {
        let (r, g, b) = (i32::from(p[0]), i32::from(p[1]), i32::from(p[2]));
        if r > 180 && g > 120 && b < 90 {
            let (x, y) = ((i % width) as f32 / 4.0, (i / width) as f32 / 4.0);
            lo = [lo[0].min(x), lo[1].min(y)];
            hi = [hi[0].max(x), hi[1].max(y)];
        }
    }
    assert!(lo[0] <= hi[0], "no yellow pixels on page {page}");
    // The face fills most of its picture, and nothing yellow is outside it.
    assert!(
        lo[0] >= px - 0.5 && hi[0] <= px + w + 0.5,
        "{lo:?}..{hi:?} vs {px} {w}"
    );
    assert!(
        lo[1] >= py - 0.5 && hi[1] <= py + h + 0.5,
        "{lo:?}..{hi:?} vs {py} {h}"
    );
    assert!(
        hi[0] - lo[0] > 0.7 * w && hi[1] - lo[1] > 0.7 * h,
        "{lo:?}..{hi:?}"
    );
}

#[test]
fn the_file_is_clean_and_the_same_twice() {
    if !present() {
        return;
    }
    let check = Command::new("qpdf")
        .args(["--check", pdf()])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success(), "{out}");
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
    let dir = common::scratch("emoji", "again");
    let (again, _) = common::build_format(&fixture(), "pdf", &dir);
    assert!(
        std::fs::read(pdf()).unwrap() == std::fs::read(again).unwrap(),
        "two builds of the same book differ"
    );
}

#[test]
fn the_epub_keeps_the_emoji_as_text() {
    let epub = std::fs::read(&built().1).unwrap();
    let text = common::epub_text(&epub);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for c in [PLEADING, WHITE_HEART, BLUE_HEART] {
        assert!(text.contains(c), "{c} not in the EPUB text");
    }
    assert!(text.contains("these two 🥺 it is"), "{text}");
}

/// A character no face at all has (private use, and an unassigned Greek code point)
/// still stops the build, even with the colour face installed.
#[test]
fn a_character_no_face_has_is_still_an_error() {
    for c in ['\u{10FFFD}', '\u{0378}'] {
        let f = common::Fixture::with_toml(&common::toml_for(&["s.txt"]));
        f.write(
            "s.txt",
            format!("The Mark\n\nShe wrote 🥺 and then {c} on the card.\n"),
        );
        let out = f.path().join("out");
        let run = common::quire(&[
            "build".as_ref(),
            f.path().as_os_str(),
            "--format".as_ref(),
            "pdf".as_ref(),
            "--out".as_ref(),
            out.as_os_str(),
        ]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        let code = format!("U+{:04X}", c as u32);
        assert!(run.stderr.contains(&code), "{}", run.stderr);
        if present() {
            assert!(!run.stderr.contains("U+1F97A"), "{}", run.stderr);
        }
    }
}

#[path = "tagged/walk.rs"]
mod walk;

/// Declaring PDF/UA-1 and PDF/A-2b, the book keeps to their machine-checkable rules
/// (the walk of tests/tagged.rs): every piece of content, the pictures too, is tagged
/// or an artifact, and no marked-content sequence nests.
#[test]
fn with_ua1_and_a2b_declared_the_walk_finds_nothing() {
    if !present() {
        return;
    }
    let dir = common::scratch("emoji", "standards");
    let book = dir.join("book");
    std::fs::create_dir_all(&book).unwrap();
    for f in ["book.toml", "laundromat.txt"] {
        std::fs::copy(fixture().join(f), book.join(f)).unwrap();
    }
    let toml = std::fs::read_to_string(book.join("book.toml")).unwrap();
    let toml = toml.replace(
        "trim = \"a5\"",
        "trim = \"a5\"\nstandards = [\"ua-1\", \"a-2b\"]",
    );
    std::fs::write(book.join("book.toml"), toml).unwrap();
    let (pdf, _) = common::build_format(&book, "pdf", &dir.join("out"));
    let bad = walk::walk(pdf.to_str().unwrap(), true, true);
    assert!(bad.is_empty(), "{bad:#?}");
}

/// With Noto Color Emoji the only installed face (fontconfig pointed at a folder that
/// holds just it), every emoji of the book, 💙 and 😀 too, is a picture: the colour
/// face is never embedded as a font whose glyphs would print nothing, no `.notdef` is
/// drawn, and the text still reads.
#[test]
fn the_colour_face_alone_draws_pictures_never_empty_glyphs() {
    let font = Path::new("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf");
    if !present() || !font.exists() {
        return;
    }
    let dir = common::scratch("emoji", "alone");
    std::fs::create_dir_all(dir.join("fonts")).unwrap();
    std::os::unix::fs::symlink(font, dir.join("fonts/NotoColorEmoji.ttf")).unwrap();
    let conf = dir.join("fonts.conf");
    std::fs::write(
        &conf,
        format!(
            "<?xml version=\"1.0\"?>\n<fontconfig><dir>{}</dir></fontconfig>\n",
            dir.join("fonts").display()
        ),
    )
    .unwrap();
    let f = common::Fixture::with_toml(&common::toml_for(&["s.txt"]));
    f.write(
        "s.txt",
        "The Card\n\nShe drew a heart 💙 and a grin 😀 and a face 🥺 on the card.\n",
    );
    let out = f.path().join("out");
    let run = common::run(
        Command::new(common::bin())
            .arg("build")
            .arg(f.path())
            .args(["--format", "pdf", "--out"])
            .arg(&out)
            .env("FONTCONFIG_FILE", &conf),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = out.join(common::list(&out).remove(0));
    let pdf = pdf.to_str().unwrap();
    let fonts = common::tool("pdffonts", &[pdf]);
    assert!(!fonts.contains("NotoColorEmoji"), "{fonts}");
    assert!(
        !fonts.contains("Symbola"),
        "fontconfig was not narrowed: {fonts}"
    );
    let list = common::tool("pdfimages", &["-list", pdf]);
    let pictures = list.lines().filter(|l| l.contains(" 136 ")).count();
    assert_eq!(pictures, 6, "three pictures and their masks: {list}");
    let trace = common::tool("mutool", &["trace", pdf]);
    assert!(!trace.contains("glyph=\".notdef\""), "a .notdef is drawn");
    let text = common::tool("pdftotext", &["-enc", "UTF-8", pdf, "-"]);
    for w in ["heart 💙 and", "grin 😀 and", "face 🥺 on"] {
        assert!(text.contains(w), "{w:?} in {text}");
    }
}
