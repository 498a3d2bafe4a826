//! Chinese and Japanese lines in the PDF: the fixture books `tests/fixtures/cjk/ja` and
//! `tests/fixtures/cjk/zh` (original stories, paragraphs with no spaces) built by the
//! binary in both profiles and read back with `pdftotext -bbox-layout`: every character
//! of the stories comes out in order, nothing added (no hyphen, no space); lines break
//! between characters and are justified to the measure, except a paragraph's last; no
//! line starts with a closing mark or ends with an opening one (UAX #14, kinsoku).
//! Emphasis markers beside CJK text (`《*半日闲*》`) are markup: neither output shows
//! them, and the EPUB sets the marked text in `<em>`.
//! The faces come from `fonts-noto-cjk` (`.ci/install-tools`); without them the tests
//! say so and skip, as tests/fallback.rs does.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Closing marks no line may start with, and opening marks no line may end with.
const NO_START: &str = "。、」』）〉》】，．：；！？";
const NO_END: &str = "「『（〈《【";

fn fixture(lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cjk")
        .join(lang)
}

/// Whether an installed font has `c` (fontconfig).
fn installed(c: char) -> bool {
    Command::new("fc-list")
        .arg(format!(":charset={:x}", c as u32))
        .arg("family")
        .output()
        .is_ok_and(|o| !o.stdout.is_empty())
}

/// The book in `lang` built to PDF in `profile`, in a scratch folder.
fn build(lang: &str, profile: &str) -> PathBuf {
    let dir = common::scratch("cjk", &format!("{lang}-{profile}"));
    let (pdf, stderr) = common::build_fixture_pdf(&fixture(lang), &dir, profile);
    assert!(!stderr.contains("error"), "{stderr}");
    pdf
}

/// The stories' paragraphs in order, without their whitespace and the `*` emphasis
/// markers (the fixtures use no other asterisk); and the strings the book sets around
/// them (its title, the chapter titles).
fn source(lang: &str) -> (Vec<String>, Vec<String>) {
    let toml = std::fs::read_to_string(fixture(lang).join("book.toml")).unwrap();
    let quoted = |key: &str| -> Vec<String> {
        toml.lines()
            .filter_map(|l| l.strip_prefix(key))
            .map(|v| v.trim().trim_matches('"').to_string())
            .collect()
    };
    let mut furniture = quoted("title = ");
    furniture.extend(
        quoted("authors = ")
            .iter()
            .map(|a| a.trim_matches(['[', ']', '"']).to_string()),
    );
    for f in &mut furniture {
        f.retain(|c| !c.is_whitespace());
    }
    let mut paras = Vec::new();
    for file in quoted("file = ") {
        let text = std::fs::read_to_string(fixture(lang).join(file)).unwrap();
        for p in text.split("\n\n") {
            let p: String = p
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '*')
                .collect();
            if !p.is_empty() {
                paras.push(p);
            }
        }
    }
    (paras, furniture)
}

/// A line as pdftotext reads it: page, left and right edges, text without whitespace.
struct Line {
    page: usize,
    x_min: f32,
    x_max: f32,
    text: String,
}

/// The PDF's lines in pdftotext's reading order.
fn lines(pdf: &Path) -> Vec<Line> {
    let xml = common::tool(
        "pdftotext",
        &["-bbox-layout", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
    );
    let mut out = Vec::new();
    let mut page = 0;
    for chunk in xml.split('<').skip(1) {
        if chunk.starts_with("page ") {
            page += 1;
        } else if chunk.starts_with("line ") {
            out.push(Line {
                page,
                x_min: common::bbox_attr(chunk, "xMin"),
                x_max: common::bbox_attr(chunk, "xMax"),
                text: String::new(),
            });
        } else if let Some(word) = chunk.strip_prefix("word ") {
            let text = &word[word.find('>').unwrap() + 1..];
            let line = out.last_mut().unwrap();
            line.text
                .extend(text.chars().filter(|c| !c.is_whitespace()));
        }
    }
    out.into_iter()
        .map(|mut l| {
            l.text = l
                .text
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
            l
        })
        .collect()
}

fn check(lang: &str, profile: &str) {
    if !installed('灯') {
        eprintln!("SKIPPED: no installed CJK face; run `bash .ci/install-tools` (fonts-noto-cjk)");
        return;
    }
    let pdf = build(lang, profile);
    let (paras, furniture) = source(lang);
    let lines = lines(&pdf);
    // The body starts at the first line that starts the first paragraph.
    let start = lines
        .iter()
        .position(|l| !l.text.is_empty() && paras[0].starts_with(&l.text))
        .unwrap_or_else(|| panic!("{lang} {profile}: the first paragraph is not in the PDF"));
    // Each body line with whether it ends its paragraph.
    let mut body: Vec<(&Line, bool)> = Vec::new();
    let (mut p, mut at) = (0, 0);
    for l in &lines[start..] {
        if p == paras.len() {
            break;
        }
        let rest = &paras[p][at..];
        if rest.starts_with(&l.text) && !l.text.is_empty() {
            at += l.text.len();
            let ends = at == paras[p].len();
            if ends {
                (p, at) = (p + 1, 0);
            }
            body.push((l, ends));
            continue;
        }
        // Only the running head, a folio or a chapter title may come between.
        let folio = l
            .text
            .chars()
            .all(|c| c.is_ascii_digit() || "ivxlc".contains(c));
        assert!(
            folio || furniture.contains(&l.text),
            "{lang} {profile}: page {}: {:?} where {:?} should go on",
            l.page,
            l.text,
            rest.chars().take(20).collect::<String>()
        );
    }
    assert_eq!(
        p,
        paras.len(),
        "{lang} {profile}: the text stops at paragraph {p}"
    );
    // The measure: the body's left and right edges on each page (print pages mirror
    // their margins).
    let edge = |page: usize| {
        let on = body.iter().filter(|(l, _)| l.page == page);
        let left = on.clone().map(|(l, _)| l.x_min).fold(f32::MAX, f32::min);
        (left, on.map(|(l, _)| l.x_max).fold(0.0, f32::max))
    };
    let (left, right) = edge(body[0].0.page);
    let mut full = 0;
    for (l, ends) in &body {
        let (left, right) = edge(l.page);
        let first = l.text.chars().next().unwrap();
        let last = l.text.chars().next_back().unwrap();
        let at = format!("{lang} {profile}: page {}: {:?}", l.page, l.text);
        assert!(!NO_START.contains(first), "{at} starts with a closing mark");
        assert!(!NO_END.contains(last), "{at} ends with an opening mark");
        assert!(l.x_max <= right + 0.01, "{at} is overfull");
        assert!(l.x_min >= left - 0.01, "{at} starts in the margin");
        if !ends {
            full += 1;
            assert!(
                l.x_max > right - 0.5,
                "{at} ends {} pt short",
                right - l.x_max
            );
        }
    }
    // Long paragraphs span many lines, most of them full.
    let chars: usize = paras.iter().map(|p| p.chars().count()).sum();
    eprintln!(
        "{lang} {profile}: {chars} characters in {} paragraphs, {} lines ({full} full), measure {:.1} pt",
        paras.len(),
        body.len(),
        right - left
    );
    assert!(full >= body.len() * 3 / 4, "{full} of {}", body.len());
    assert!(
        chars > 1_500 && body.len() > 55,
        "{chars} characters, {} lines",
        body.len()
    );
}

#[test]
fn japanese_lines_break_between_characters_justified_with_kinsoku_screen() {
    check("ja", "screen");
}

#[test]
fn japanese_lines_break_between_characters_justified_with_kinsoku_print() {
    check("ja", "print");
}

#[test]
fn chinese_lines_break_between_characters_justified_with_kinsoku_screen() {
    check("zh", "screen");
}

#[test]
fn chinese_lines_break_between_characters_justified_with_kinsoku_print() {
    check("zh", "print");
}

/// The `*…*` spans of the fixture's stories, as written.
fn emphasised(lang: &str) -> Vec<String> {
    let toml = std::fs::read_to_string(fixture(lang).join("book.toml")).unwrap();
    let mut out = Vec::new();
    for file in toml.lines().filter_map(|l| l.strip_prefix("file = ")) {
        let text = std::fs::read_to_string(fixture(lang).join(file.trim_matches('"'))).unwrap();
        for p in text.split("\n\n") {
            out.extend(p.split('*').skip(1).step_by(2).map(str::to_string));
        }
    }
    out
}

#[test]
fn emphasis_beside_chinese_characters_is_markup_not_asterisks() {
    let spans = emphasised("zh");
    assert!(!spans.is_empty(), "the zh fixture has no *emphasis*");
    let dir = common::scratch("cjk", "zh-epub");
    let (epub, _) = common::build_format(&fixture("zh"), "epub", &dir.join("out"));
    let docs = common::spine_docs(&std::fs::read(&epub).unwrap());
    let text: String = docs.iter().map(|(_, x)| common::body(x)).collect();
    // The text inside each <em>, tags out.
    let ems: Vec<String> = text
        .split("<em>")
        .skip(1)
        .map(|e| common::strip_tags(&e[..e.find("</em>").unwrap()]).replace(' ', ""))
        .collect();
    for span in &spans {
        assert!(ems.contains(span), "{span:?} is not in an <em>: {ems:?}");
    }
    assert!(
        !common::strip_tags(&text).contains('*'),
        "an asterisk reached the EPUB text"
    );
}
