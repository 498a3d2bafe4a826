//! Book furniture as a reader meets it, in both outputs: each note carries one label
//! (the book's, never the author's a second time), the note before and the note after a
//! story have different labels and the same ones in the EPUB and the PDF, a French book
//! has no English word in what the book adds, and the package is light and valid.
//!
//! Fixtures: `tests/fixtures/notes_anthology/` (twelve original stories, notes before and after
//! in many dresses) and `tests/fixtures/francais/` (two French stories).

mod common;

use common::{ace, epubcheck, pdftotext, spine_docs, strip_tags, unescape, unzip};
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn fixture(name: &str) -> PathBuf {
    Path::new(ROOT).join("tests/fixtures").join(name)
}

/// Builds both formats of `book` into `out`: (EPUB bytes, PDF text, EPUB path).
fn build_both(book: &Path, out: &Path) -> (Vec<u8>, String, PathBuf) {
    let (epub, _) = common::build_format(book, "epub", out);
    let (pdf, _) = common::build_format(book, "pdf", out);
    (std::fs::read(&epub).unwrap(), pdftotext(&pdf), epub)
}

/// The note labels of each chapter document, in order, with the paragraph after each.
fn epub_notes(epub: &[u8]) -> Vec<Vec<(String, String)>> {
    spine_docs(epub)
        .into_iter()
        .filter(|(p, _)| p.contains("chapter-"))
        .map(|(_, x)| {
            x.split("class=\"note-label\">")
                .skip(1)
                .map(|rest| {
                    let (label, after) = rest.split_once("</h2>").unwrap();
                    let para = after.split_once("</p>").map_or("", |(p, _)| p).to_string();
                    (
                        unescape(label),
                        unescape(&strip_tags(&para)).trim().to_string(),
                    )
                })
                .collect()
        })
        .collect()
}

#[test]
fn anthology_notes_have_one_label_each_the_same_in_both_outputs() {
    let out = tempfile::tempdir().unwrap();
    let book = fixture("notes_anthology");
    let (epub, pdf_text, epub_path) = build_both(&book, out.path());
    let project = quire::load(&book).unwrap();
    let chapters = &project.book.chapters;
    assert_eq!(chapters.len(), 12);
    let notes = epub_notes(&epub);
    let (mut before, mut after) = (0, 0);
    for (ch, labels) in chapters.iter().zip(&notes) {
        let want: Vec<&str> = [
            (!ch.preface.is_empty()).then_some("Author’s Note"),
            (!ch.afterword.is_empty()).then_some("Closing Note"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let got: Vec<&str> = labels.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(got, want, "{}: note labels", ch.file);
        for (label, first) in labels {
            assert!(
                quire::furniture::author_label_len(first).is_none(),
                "{}: “{label}” is followed by the author's own label: {first:?}",
                ch.file
            );
        }
        before += usize::from(!ch.preface.is_empty());
        after += usize::from(!ch.afterword.is_empty());
    }
    assert!(before >= 6 && after >= 5, "{before} {after}");
    // The PDF: the same two headings, as many times as there are notes, and no line
    // that opens with an author's label.
    let lines: Vec<&str> = pdf_text.lines().map(str::trim).collect();
    let count = |l: &str| lines.iter().filter(|x| **x == l).count();
    assert_eq!(count("Author’s Note"), before, "PDF note-before headings");
    assert_eq!(count("Closing Note"), after, "PDF note-after headings");
    for l in &lines {
        assert!(
            !(l.starts_with("A/N") || l.starts_with("Author’s Note:") || l.starts_with("**")),
            "a label twice in the PDF: {l:?}"
        );
    }
    // Bylines and the editors read the same in both.
    assert!(lines.contains(&"by Wren Alder"));
    assert!(lines.contains(&"Quire Test Editors and A. N. Other"));
    let title = spine_docs(&epub)
        .into_iter()
        .find(|(p, _)| p.ends_with("titlepage.xhtml"))
        .unwrap()
        .1;
    // Names keep their spaces unbreakable (U+00A0); the words are the same.
    assert!(
        title
            .replace('\u{a0}', " ")
            .contains("Quire Test Editors and A. N. Other"),
        "{title}"
    );
    epubcheck(&epub_path);
    ace(&epub_path);
}

/// English words the furniture uses; none may appear in a French book's furniture.
const ENGLISH: &[&str] = &[
    "Author",
    "Closing",
    "Summary",
    "Contents",
    "Title",
    "Copyright",
    "Cover",
    "by",
    "and",
    "Published",
    "First",
    "published",
    "Identifier",
    "Set",
    "under",
    "License",
    "Typeset",
    "with",
    "Scene",
    "break",
    "Landmarks",
    "Guide",
    "Afterword",
    "of",
    "Of",
    "the",
    // The story information's labels (brume.txt has a site header).
    "Rating",
    "Warnings",
    "Relationships",
    "Characters",
    "Words",
    "Chapters",
    "Series",
    "Updated",
];

/// A header's summary stands first under its own heading ("Summary"), not the note's;
/// an `A/N:` the chapter opens with follows it under the note's heading, and loses its
/// label in both outputs all the same.
#[test]
fn a_note_under_the_summary_loses_its_label() {
    let f = common::Fixture::with_toml(
        "[book]\ntitle = \"Kiln\"\n\n[[chapters]]\nfile = \"kiln.txt\"\n",
    );
    f.write(
        "kiln.txt",
        std::fs::read(fixture("stories/fff_summary_then_note.txt")).unwrap(),
    );
    let out = tempfile::tempdir().unwrap();
    let (epub, pdf_text, _) = build_both(f.path(), out.path());
    let notes = epub_notes(&epub);
    assert_eq!(notes[0].len(), 2, "{notes:?}");
    assert_eq!(notes[0][0].0, "Summary");
    assert!(notes[0][0].1.starts_with("A potter’s son"), "{notes:?}");
    assert_eq!(notes[0][1].0, "Author’s Note");
    assert!(notes[0][1].1.starts_with("For my mum"), "{notes:?}");
    // The PDF (for now) sets the summary first under the note's heading, then the note.
    let at = |l: &str| pdf_text.find(l);
    assert!(at("A potter’s son").is_some() && at("A potter’s son") < at("For my mum"));
    let xhtml: String = spine_docs(&epub)
        .into_iter()
        .filter(|(p, _)| p.contains("chapter-"))
        .map(|(_, x)| unescape(&strip_tags(&x)))
        .collect();
    assert!(xhtml.contains("For my mum"), "the note is shown");
    assert!(
        !xhtml.contains("A/N"),
        "the author's label is shown: {xhtml}"
    );
    assert!(pdf_text.contains("For my mum"));
    assert!(!pdf_text.contains("A/N"), "{pdf_text}");
}

fn english_in(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| ENGLISH.contains(w))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_french_book_has_no_english_furniture() {
    let out = tempfile::tempdir().unwrap();
    let book = fixture("francais");
    let (epub, pdf_text, epub_path) = build_both(&book, out.path());
    // Everything in the package that is text: documents, navigation, metadata.
    for (name, bytes) in unzip(&epub) {
        if !(name.ends_with(".xhtml") || name.ends_with(".opf") || name.ends_with(".ncx")) {
            continue;
        }
        let raw = String::from_utf8(bytes).unwrap();
        let visible = if name.ends_with(".opf") {
            // The OPF's reader-facing strings: Dublin Core values, the accessibility
            // summary, guide titles (its other values are machine vocabularies).
            raw.lines()
                .filter(|l| l.contains("<dc:") || l.contains("accessibilitySummary"))
                .map(|l| unescape(&strip_tags(l)))
                .chain(
                    raw.split("title=\"")
                        .skip(1)
                        .map(|t| t.split('"').next().unwrap_or("").to_string()),
                )
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            // Text and the attributes readers hear: titles and labels.
            let labels = raw
                .split("aria-label=\"")
                .skip(1)
                .chain(raw.split("alt=\"").skip(1))
                .map(|t| t.split('"').next().unwrap_or("").to_string())
                .collect::<Vec<_>>()
                .join("\n");
            unescape(&strip_tags(&raw)) + "\n" + &labels
        };
        let found = english_in(&visible);
        assert!(found.is_empty(), "{name}: English {found:?} in\n{visible}");
    }
    let found = english_in(&pdf_text);
    assert!(found.is_empty(), "PDF: English {found:?}");
    // French furniture, French spacing (narrow no-break space before the colon).
    assert!(pdf_text.contains("Note de l’auteur"), "{pdf_text}");
    assert!(pdf_text.contains("Note de fin"));
    // The story information in French, in both outputs.
    // (pdftotext may give the narrow no-break space back as a plain space)
    let pdf_spaced = pdf_text.replace('\u{202f}', " ");
    assert!(
        pdf_spaced.contains("Classement : Tout public"),
        "{pdf_text}"
    );
    assert!(pdf_spaced.contains("Relations : Lucien/Mathilde"));
    let ch3 = unzip(&epub)
        .into_iter()
        .find(|(n, _)| n.ends_with("chapter-0003.xhtml"))
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .expect("a third chapter");
    assert!(
        ch3.contains("Classement\u{202f}:</span> Tout public"),
        "{ch3}"
    );
    assert!(pdf_text.contains("Table des matières"));
    assert!(pdf_text.contains("par Claire Fontenay"));
    let titlepage = String::from_utf8(
        unzip(&epub)
            .into_iter()
            .find(|(n, _)| n.ends_with("titlepage.xhtml"))
            .unwrap()
            .1,
    )
    .unwrap();
    assert!(
        titlepage
            .replace('\u{a0}', " ")
            .contains("Claire Fontenay et Jules Marchal")
    );
    let notes = epub_notes(&epub);
    assert_eq!(notes[0][0].0, "Note de l’auteur");
    assert!(
        notes[0][0].1.starts_with("c’est ma première"),
        "{:?}",
        notes[0]
    );
    assert_eq!(notes[0][1].0, "Note de fin");
    assert!(
        notes[0][1].1.starts_with("Merci d’avoir lu"),
        "{:?}",
        notes[0]
    );
    epubcheck(&epub_path);
    ace(&epub_path);
}

#[test]
fn the_sample_epub_is_light_and_its_fonts_are_subsets() {
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(Path::new(ROOT), "epub", out.path());
    let bytes = std::fs::read(&epub).unwrap();
    assert!(bytes.len() < 400_000, "{} bytes", bytes.len());
    let files = unzip(&bytes);
    let fonts: Vec<&(String, Vec<u8>)> =
        files.iter().filter(|(n, _)| n.ends_with(".ttf")).collect();
    assert_eq!(
        fonts.len(),
        3,
        "three Charis faces, no fallback for a Latin book"
    );
    for (name, b) in fonts {
        assert!(b.len() < 80_000, "{name}: {} bytes, not a subset", b.len());
    }
    // No cover given: a generated one, marked as the cover image, tall enough for stores.
    let opf = files.iter().find(|(n, _)| n.ends_with(".opf")).unwrap();
    let opf = String::from_utf8_lossy(&opf.1);
    assert!(
        opf.contains("href=\"images/cover.png\"") && opf.contains("properties=\"cover-image\""),
        "{opf}"
    );
    let png = &files
        .iter()
        .find(|(n, _)| n.ends_with("cover.png"))
        .unwrap()
        .1;
    let (w, h) = (
        u32::from_be_bytes(png[16..20].try_into().unwrap()),
        u32::from_be_bytes(png[20..24].try_into().unwrap()),
    );
    assert!(w.max(h) >= 1600 && h > w, "{w}x{h}");
}

/// A PNG's pixels as 8-bit RGB, whatever its colour type.
fn rgb_pixels(png_bytes: &[u8]) -> Vec<u8> {
    let mut d = png::Decoder::new(png_bytes);
    d.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut r = d.read_info().unwrap();
    let mut buf = vec![0; r.output_buffer_size()];
    let f = r.next_frame(&mut buf).unwrap();
    buf.truncate(f.buffer_size());
    match f.color_type {
        png::ColorType::Rgb => buf,
        png::ColorType::Rgba => buf
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect(),
        other => panic!("unexpected colour type {other:?}"),
    }
}

/// The images `pdfimages -list` reports: (page, width, height, colour).
fn pdf_images(pdf: &Path) -> Vec<(usize, u32, u32, String)> {
    let out = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(pdf)
        .output()
        .expect("pdfimages (poppler-utils) is needed");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(2)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            Some((
                f.first()?.parse().ok()?,
                f.get(3)?.parse().ok()?,
                f.get(4)?.parse().ok()?,
                f.get(5)?.to_string(),
            ))
        })
        .collect()
}

/// The screen PDF opens on the book's cover, as an ebook does: the generated one here,
/// drawn on a page of its own with no text on it (the title page follows and says the
/// same). The print PDF leaves the cover to the printer.
#[test]
fn the_screen_pdf_opens_on_the_cover_and_print_does_not() {
    let out = tempfile::tempdir().unwrap();
    let (pdf, _) = common::build_format(Path::new(ROOT), "pdf", out.path());
    // The generated cover has few colours: a palette image, in the EPUB and the PDF.
    assert_eq!(
        pdf_images(&pdf),
        [(1, 1600, 2560, "index".to_string())],
        "one image, the cover, on page 1"
    );
    // The PDF shows the EPUB's cover pixel for pixel (it embeds the PNG's own rows).
    let (epub, _) = common::build_format(Path::new(ROOT), "epub", out.path());
    let png = unzip(&std::fs::read(&epub).unwrap())
        .into_iter()
        .find(|(n, _)| n.ends_with("cover.png"))
        .unwrap()
        .1;
    let extracted = out.path().join("extracted");
    let status = Command::new("pdfimages")
        .args(["-f", "1", "-l", "1", "-png"])
        .arg(&pdf)
        .arg(&extracted)
        .status()
        .expect("pdfimages (poppler-utils) is needed");
    assert!(status.success());
    let from_pdf = std::fs::read(out.path().join("extracted-000.png")).unwrap();
    assert_eq!(rgb_pixels(&from_pdf), rgb_pixels(&png));
    let first = std::process::Command::new("pdftotext")
        .args(["-f", "1", "-l", "1", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let first = String::from_utf8_lossy(&first.stdout);
    assert!(first.trim().is_empty(), "text on the cover page: {first:?}");
    let text = common::pdftotext(&pdf);
    let second = text.split('\u{c}').nth(1).unwrap_or("");
    assert!(second.contains("Fantine and Other Stories"), "{second}");

    // Print: the same book with `profile = "print"` has no image and starts on the title.
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(ROOT).unwrap().flatten() {
        let n = e.file_name();
        if n == "seeds" {
            std::fs::create_dir(dir.path().join("seeds")).unwrap();
            for s in std::fs::read_dir(e.path()).unwrap().flatten() {
                std::fs::copy(s.path(), dir.path().join("seeds").join(s.file_name())).unwrap();
            }
        }
    }
    let toml = std::fs::read_to_string(Path::new(ROOT).join("book.toml")).unwrap();
    assert!(
        toml.contains("profile = \"screen\""),
        "the sample sets its profile"
    );
    let toml = toml.replace("profile = \"screen\"", "profile = \"print\"");
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    let (pdf, _) = common::build_format(dir.path(), "pdf", out.path());
    assert!(pdf_images(&pdf).is_empty());
    let text = common::pdftotext(&pdf);
    assert!(
        text.split('\u{c}')
            .next()
            .unwrap()
            .contains("Fantine and Other Stories")
    );
}

#[test]
fn embed_fonts_false_embeds_none() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), "A Title\n\nSome text, and γνῶθι σεαυτόν.").unwrap();
    std::fs::write(
        d.join("book.toml"),
        "[book]\ntitle = \"Plain\"\n\n[[chapters]]\nfile = \"a.txt\"\n\n[epub]\nembed-fonts = false\n",
    )
    .unwrap();
    let (epub, _) = common::build_format(d, "epub", &d.join("out"));
    let bytes = std::fs::read(&epub).unwrap();
    let files = unzip(&bytes);
    assert!(
        !files.iter().any(|(n, _)| n.contains("fonts/")),
        "fonts embedded"
    );
    let css = files.iter().find(|(n, _)| n.ends_with(".css")).unwrap();
    assert!(!String::from_utf8_lossy(&css.1).contains("@font-face"));
    epubcheck(&epub);
}

/// A name the book adds (a contents entry's author, an opener's byline) is never broken
/// across lines inside it: a line may end between names or before the byline, not at
/// "Leopold / Marchbanks". anthology3's screen contents has entries too long for a line
/// (a long title and a two-word name), so some wrap; each name must reach a line whole.
/// The EPUB carries the same names, which still read as separate words.
#[test]
fn a_name_in_the_furniture_is_never_broken_inside() {
    let out = tempfile::tempdir().unwrap();
    let book = fixture("anthology3");
    let (epub, pdf_text, _) = build_both(&book, out.path());
    let project = quire::load(&book).unwrap();
    let chapters = &project.book.chapters;
    let lines: Vec<&str> = pdf_text.lines().map(str::trim).collect();
    // The contents: from its heading to the first opener's byline.
    let from = lines.iter().position(|l| *l == "Contents").unwrap();
    let to = from
        + lines[from..]
            .iter()
            .position(|l| l.starts_with("by "))
            .unwrap();
    let contents = &lines[from..to];
    let names: Vec<&str> = chapters
        .iter()
        .flat_map(|c| &c.authors)
        .map(String::as_str)
        .filter(|a| a.contains(' '))
        .collect();
    assert!(names.len() >= 8, "{names:?}");
    for name in &names {
        let entries = names.iter().filter(|n| *n == name).count();
        let whole = contents.iter().filter(|l| l.contains(name)).count();
        assert_eq!(
            whole, entries,
            "{name} broken in the contents: {contents:#?}"
        );
    }
    // Not a vacuous check: some entries did wrap, their name starting the next line.
    assert!(
        contents
            .iter()
            .any(|l| names.iter().any(|n| l.starts_with(n))),
        "no contents entry wrapped before its author: {contents:#?}"
    );
    // A wrapped entry breaks after its dash, never before it.
    assert!(
        !contents.iter().any(|l| l.starts_with('—')),
        "{contents:#?}"
    );
    // Openers: each byline on one line.
    for ch in chapters.iter().filter(|c| !c.authors.is_empty()) {
        let by = format!("by {}", ch.authors.join(" and "));
        assert!(lines.contains(&by.as_str()), "{by} not on one line");
    }
    // The EPUB's contents: the names whole, and as words to a reader of its text.
    let page = spine_docs(&epub)
        .into_iter()
        .find(|(p, _)| p.ends_with("contents.xhtml"))
        .unwrap()
        .1;
    let text = unescape(&strip_tags(&page));
    for name in &names {
        let bound = name.replace(' ', "\u{a0}");
        assert!(text.contains(&bound), "{bound:?} in the EPUB contents");
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    assert!(
        words.windows(2).any(|w| w == ["Leopold", "Marchbanks"]),
        "the EPUB's name does not read as two words"
    );
}
