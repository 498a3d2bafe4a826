//! The scene-break ornament is optically centred: on the rendered pages of the second
//! test anthology (`tests/fixtures/anthology2`, which has scene breaks in many stories),
//! the white between the ink of the text above and the ornament's ink equals the white
//! between the ornament's ink and the text below, within a point — measured by
//! rasterising the pages with `pdftoppm` and finding the ink rows, in both profiles.

mod common;

use std::path::{Path, PathBuf};

/// Rasterising resolution: a pixel is a quarter of a point.
const DPI: f32 = 288.0;
/// Letters whose ink reaches the descender depth (above) and the ascender height
/// (below): only breaks with such lines around them are judged, since a line without
/// them has more white beside it whatever is done.
const DESCENDERS: &str = "gjpqy";
const ASCENDERS: &str = "bdfhkl";

/// The anthology built in `profile`, in a scratch folder.
fn build(profile: &str) -> PathBuf {
    let dir = common::scratch("ornament", profile);
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology2");
    common::build_fixture_pdf(&src, &dir, profile).0
}

/// A word as `pdftotext -bbox` gives it: page (from 1), box in points, text.
struct Word {
    page: usize,
    x: (f32, f32),
    y: (f32, f32),
    text: String,
}

fn words(pdf: &Path) -> Vec<Word> {
    let xml = common::tool("pdftotext", &["-bbox", pdf.to_str().unwrap(), "-"]);
    let mut page = 0;
    let mut out = Vec::new();
    for chunk in xml.split('<').skip(1) {
        if chunk.starts_with("page ") {
            page += 1;
        } else if let Some(w) = chunk.strip_prefix("word ") {
            out.push(Word {
                page,
                x: (
                    common::bbox_attr(chunk, "xMin"),
                    common::bbox_attr(chunk, "xMax"),
                ),
                y: (
                    common::bbox_attr(chunk, "yMin"),
                    common::bbox_attr(chunk, "yMax"),
                ),
                text: w[w.find('>').unwrap() + 1..].to_string(),
            });
        }
    }
    out
}

/// Page `page` in grey: width, height, one byte a pixel (0 black).
fn raster(pdf: &Path, page: usize, scratch: &Path) -> (usize, usize, Vec<u8>) {
    let n = page.to_string();
    let root = scratch.join(format!("p{page}"));
    let r = DPI.to_string();
    common::tool(
        "pdftoppm",
        &[
            "-r",
            &r,
            "-f",
            &n,
            "-l",
            &n,
            "-gray",
            "-singlefile",
            pdf.to_str().unwrap(),
            root.to_str().unwrap(),
        ],
    );
    common::pnm(&std::fs::read(root.with_extension("pgm")).unwrap(), "P5")
}

/// For one ornament: the white above and below its ink, in points.
fn gaps(img: &(usize, usize, Vec<u8>), ornament: (f32, f32, f32, f32)) -> Option<(f32, f32)> {
    let (w, h, px) = img;
    let k = DPI / 72.0;
    let (x0, x1, y0, y1) = ornament;
    let (x0, x1) = (
        (x0 * k).floor() as usize,
        ((x1 * k).ceil() as usize).min(*w),
    );
    let inked = |r: usize, cols: std::ops::Range<usize>| {
        px[r * w + cols.start..r * w + cols.end]
            .iter()
            .any(|&p| p < 128)
    };
    // Rows of the ornament: within its box, with ink between its ends and none outside.
    let rows: Vec<usize> = ((y0 * k) as usize..((y1 * k) as usize).min(*h))
        .filter(|&r| inked(r, x0..x1) && !inked(r, 0..x0) && !inked(r, x1..*w))
        .collect();
    let (&top, &bottom) = (rows.first()?, rows.last()?);
    let above = (0..top).rev().find(|&r| inked(r, 0..*w))?;
    let below = (bottom + 1..*h).find(|&r| inked(r, 0..*w))?;
    Some((
        (top - above - 1) as f32 / k,
        (below - bottom - 1) as f32 / k,
    ))
}

fn check(profile: &str) {
    let pdf = build(profile);
    let words = words(&pdf);
    let scratch = common::scratch("ornament", &format!("{profile}-pages"));
    // Body words: the most common word height.
    let mut heights: Vec<i32> = words
        .iter()
        .map(|w| ((w.y.1 - w.y.0) * 10.0).round() as i32)
        .collect();
    heights.sort();
    let body_h = heights
        .chunk_by(|a, b| a == b)
        .max_by_key(|c| c.len())
        .unwrap()[0];
    let body = |w: &&Word| ((w.y.1 - w.y.0) * 10.0).round() as i32 == body_h;
    let mut judged = 0;
    let mut breaks = 0;
    for (i, w) in words.iter().enumerate() {
        // An ornament: three asterisks on one baseline, this the first.
        let three = words.get(i..i + 3).is_some_and(|t| {
            t.iter()
                .all(|o| o.text == "*" && o.page == w.page && o.y == w.y)
        });
        if !three || (i > 0 && words[i - 1].text == "*" && words[i - 1].y == w.y) {
            continue;
        }
        breaks += 1;
        let on_page = || words.iter().filter(|o| o.page == w.page).filter(body);
        // The body lines just above and just below (by their boxes' middles).
        let mid = |o: &Word| (o.y.0 + o.y.1) / 2.0;
        let centre = mid(w);
        let nearest = |up: bool| {
            on_page()
                .filter(|o| (mid(o) < centre) == up)
                .min_by(|a, b| (mid(a) - centre).abs().total_cmp(&(mid(b) - centre).abs()))
                .map(|o| o.y.1)
        };
        let (Some(above), Some(below)) = (nearest(true), nearest(false)) else {
            continue;
        };
        let line = |y: f32| -> String {
            on_page()
                .filter(|o| o.y.1 == y)
                .map(|o| o.text.as_str())
                .collect()
        };
        let (text_above, text_below) = (line(above), line(below));
        if !text_above.contains(|c| DESCENDERS.contains(c))
            || !text_below.contains(|c| ASCENDERS.contains(c))
        {
            continue;
        }
        let img = raster(&pdf, w.page, &scratch);
        let ornament = (w.x.0, words[i + 2].x.1, w.y.0, w.y.1);
        let (up, down) =
            gaps(&img, ornament).unwrap_or_else(|| panic!("page {}: no ink found", w.page));
        eprintln!(
            "{profile}: page {}: {up:.2} pt above the ornament, {down:.2} pt below",
            w.page
        );
        assert!(
            (up - down).abs() <= 1.0,
            "{profile}: page {}: the ornament has {up:.2} pt of white above and {down:.2} pt \
             below (between {text_above:?} and {text_below:?})",
            w.page
        );
        judged += 1;
    }
    eprintln!("{profile}: {judged} of {breaks} scene breaks judged");
    assert!(breaks >= 10 && judged >= 5, "{judged} of {breaks}");
}

#[test]
fn screen_scene_break_ornament_is_centred_in_its_white() {
    check("screen");
}

#[test]
fn print_scene_break_ornament_is_centred_in_its_white() {
    check("print");
}
