//! Test helpers, reading a PDF back: its text by `pdftotext`, the check that its body
//! holds the expected words once and in order, `pdftotext -bbox` attributes; and a
//! fixture book built to PDF in either profile.

use super::words::words;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The text of a PDF by `pdftotext -raw` (fails, not skips, when poppler is missing).
pub fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8(out.stdout).expect("UTF-8 from pdftotext")
}

/// The text of a PDF by `pdftotext -layout`, which rebuilds lines by where glyphs are
/// (right-to-left words come back whole and in the order written), with its marks of
/// direction undone: it wraps each run it turned round, and each left-to-right run in a
/// right-to-left line, in an embedding (U+202A or U+202B … U+202C), and takes into the run
/// the spaces on its left on the page: a space that follows the run in reading order then
/// stands first inside it ("בשעה 5:40 אחר" comes back as "בשעה <LRE> 5:40<PDF>אחר", the
/// number joined to the next word once the marks go). Here each run's opening spaces go
/// back after it, and the marks go.
pub fn pdftotext_layout(pdf: &Path) -> String {
    let text = super::tool(
        "pdftotext",
        &["-layout", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
    );
    text.lines()
        .map(without_embeddings)
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line of `pdftotext -layout`: each embedding's leading spaces put after it, the
/// embedding marks left out (see [`pdftotext_layout`]).
pub fn without_embeddings(line: &str) -> String {
    // The runs open: the text of each, innermost last.
    let mut open: Vec<String> = vec![String::new()];
    for c in line.chars() {
        match c {
            '\u{202A}' | '\u{202B}' => open.push(String::new()),
            '\u{202C}' if open.len() > 1 => {
                let run = open.pop().unwrap();
                let body = run.trim_start_matches(' ');
                let outer = open.last_mut().unwrap();
                outer.push_str(body);
                outer.push_str(&run[..run.len() - body.len()]);
            }
            '\u{202C}' => {}
            c => open.last_mut().unwrap().push(c),
        }
    }
    // Runs never closed (none from pdftotext) keep their text in place.
    open.concat()
}

/// The text of a tagged PDF as its structure tree holds it (`pdfinfo -struct-text`): each
/// element's marked content in the order it is drawn, a line of text a line, without the
/// running heads and folios (artifacts). Where glyphs are drawn in the order read, as
/// Quire draws right-to-left words, this reads them as written, vowel points included:
/// a reader by layout puts a zero-width point where it is drawn, beside its letter.
/// A no-break space comes back as a space, as `pdftotext` gives it.
pub fn struct_text(pdf: &Path) -> String {
    let tree = super::tool("pdfinfo", &["-struct-text", pdf.to_str().unwrap()]);
    tree.lines()
        .filter_map(|l| l.trim().strip_prefix('"')?.strip_suffix('"'))
        .collect::<Vec<_>>()
        .join("\n")
        .replace('\u{A0}', " ")
}

/// Marks a furniture line among the tokens of [`check_pdf_words`].
const FURNITURE: char = '\u{2}';

/// Checks that the body text of a PDF (as [`pdftotext`] gives it) holds `expected`
/// normalised words exactly once and in order. Lines equal to one of `furniture`
/// (running heads, chapter titles, note labels) and folio lines (digits or roman
/// numerals) are skipped unless the story's words at that point are the same ("xxx"); front matter before the first expected words is skipped; a
/// line ending in `letter-` may be a hyphenation break, so both readings are tried.
pub fn check_pdf_words(
    text: &str,
    furniture: &[String],
    expected: &[String],
) -> Result<(), String> {
    // Raw tokens, with hyphen-broken line ends joined to the next line's first token
    // by a \u{1} marker.
    let mut tokens: Vec<String> = Vec::new();
    let mut carry: Option<String> = None;
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim().trim_matches('\u{c}').trim())
        .collect();
    // A furniture line too long for its measure (a story's title on its opener) is set
    // on two or three lines: each of them is furniture.
    let mut spanned = vec![false; lines.len()];
    for i in 0..lines.len() {
        for k in 2..=3.min(lines.len() - i) {
            let joined = lines[i..i + k].join(" ");
            if furniture.iter().any(|f| f.trim() == joined) {
                spanned[i..i + k].iter_mut().for_each(|s| *s = true);
            }
        }
    }
    for (&t, spanned) in lines.iter().zip(spanned) {
        let folio = !t.is_empty()
            && (t.chars().all(|c| c.is_ascii_digit()) || t.chars().all(|c| "ivxlcdm".contains(c)));
        if folio || spanned || furniture.iter().any(|f| f.trim() == t) {
            // A furniture or folio line may also be story text ("Author's Note" or "xxx"
            // standing alone as a paragraph): matched against the story when it fits
            // there, else skipped.
            // A word hyphenated across it (a page break) still joins the next line.
            tokens.push(format!("{FURNITURE}{t}"));
            continue;
        }
        if t.is_empty() {
            continue;
        }
        let mut ws: Vec<String> = t.split_whitespace().map(str::to_string).collect();
        if let Some(c) = carry.take() {
            ws[0] = format!("{c}{}", ws[0]);
        }
        // A soft hyphen (U+00AD) is what the PDF gives for a hyphen the line break added.
        let last = ws.pop().unwrap_or_default().replace('\u{AD}', "-");
        tokens.extend(ws);
        let stem = last.strip_suffix('-').unwrap_or("");
        if !stem.is_empty() && stem.ends_with(char::is_alphabetic) {
            carry = Some(format!("{last}\u{1}"));
        } else {
            tokens.push(last);
        }
    }
    tokens.extend(carry);
    let readings = |tok: &str| -> Vec<Vec<String>> {
        if tok.starts_with(FURNITURE) {
            vec![Vec::new()]
        } else if tok.contains('\u{1}') {
            vec![
                words(&tok.replace("-\u{1}", "")),
                words(&tok.replace('\u{1}', "")),
            ]
        } else {
            vec![words(tok)]
        }
    };
    let head = expected.len().min(5);
    let flat: Vec<String> = tokens
        .iter()
        .flat_map(|t| words(&t.replace("-\u{1}", "-")))
        .collect();
    // Find the token where the story text starts: the first whose words begin the
    // expected run.
    let start = (0..tokens.len())
        .find(|&i| {
            let ws: Vec<String> = tokens[i..]
                .iter()
                .take(head + 2)
                .flat_map(|t| readings(t).remove(0))
                .collect();
            ws.len() >= head && ws[..head] == expected[..head]
        })
        .ok_or_else(|| {
            format!(
                "the story text never starts; first words wanted {:?}, text has {:?}…",
                &expected[..head],
                &flat[..flat.len().min(40)]
            )
        })?;
    let mut ei = 0;
    for (ti, tok) in tokens.iter().enumerate().skip(start) {
        if let Some(line) = tok.strip_prefix(FURNITURE) {
            // Taken as story text only when the story goes on with it and the next
            // real token does not: a label before a labelled note is still furniture.
            let fits = |tok: &String, ei: usize| {
                readings(tok).into_iter().any(|ws| {
                    !ws.is_empty()
                        && ei + ws.len() <= expected.len()
                        && expected[ei..].starts_with(&ws)
                })
            };
            let next_fits = tokens[ti + 1..]
                .iter()
                .find(|t| !t.starts_with(FURNITURE))
                .is_some_and(|t| fits(t, ei));
            let ws = words(line);
            if !next_fits && expected[ei..].starts_with(&ws) {
                ei += ws.len();
            }
            continue;
        }
        let ok = readings(tok)
            .into_iter()
            .find(|ws| ei + ws.len() <= expected.len() && expected[ei..ei + ws.len()] == ws[..]);
        match ok {
            Some(ws) => ei += ws.len(),
            None => {
                return Err(format!(
                    "at word {ei}: want {:?}, text has {:?}",
                    &expected[ei..(ei + 6).min(expected.len())],
                    &tokens[ti..(ti + 6).min(tokens.len())]
                ));
            }
        }
    }
    if ei == expected.len() {
        Ok(())
    } else {
        Err(format!(
            "text ends at word {ei} of {}: missing {:?}",
            expected.len(),
            &expected[ei..(ei + 6).min(expected.len())]
        ))
    }
}

/// A number attribute (`xMin`, `yMax` …) of a tag in `pdftotext -bbox` or
/// `-bbox-layout` output.
pub fn bbox_attr(tag: &str, name: &str) -> f32 {
    let at = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
    let end = at + tag[at..].find('"').unwrap();
    tag[at..end].parse().unwrap()
}

/// The fixture book in `src` copied into `dir/book` (switched to `[pdf] profile = "print"`
/// on a 6x9in trim when `profile` is `"print"`) and built to PDF in `dir/out`: the PDF and
/// the build's stderr.
pub fn build_fixture_pdf(src: &Path, dir: &Path, profile: &str) -> (PathBuf, String) {
    let book = dir.join("book");
    std::fs::create_dir_all(&book).unwrap();
    for e in std::fs::read_dir(src).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, book.join(p.file_name().unwrap())).unwrap();
    }
    if profile == "print" {
        let toml = std::fs::read_to_string(book.join("book.toml")).unwrap();
        let toml = toml
            .replace("profile = \"screen\"", "profile = \"print\"")
            .replace("trim = \"a5\"", "trim = \"6x9in\"");
        std::fs::write(book.join("book.toml"), toml).unwrap();
    }
    super::build_format(&book, "pdf", &dir.join("out"))
}

/// A binary PNM image as `pdftoppm` writes it (`magic` P5 for grey, P6 for RGB): width,
/// height and the pixels, one byte a channel.
pub fn pnm(bytes: &[u8], magic: &str) -> (usize, usize, Vec<u8>) {
    // The header: magic, width, height, maxval, each after white space, then one
    // white-space byte before the pixels.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!(fields[0], magic, "not the PNM pdftoppm was asked for");
    let (w, h) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, bytes[at + 1..].to_vec())
}
