//! Nothing lost, nothing injected: every word of every story reaches the EPUB exactly
//! once and in order; every string from a story or `book.toml` is text, never markup;
//! the EPUB validates; and the same book always gives the same bytes. Generated stories
//! are in `fidelity/generated.rs`, markup injection in `fidelity/markup.rs`, downloaded
//! works in `fidelity/downloads.rs`, the test anthologies in `fidelity/anthologies.rs`,
//! every story fixture in one book in `fidelity/fixtures.rs`, same bytes for the same book
//! in `fidelity/determinism.rs`.

mod common;

use common::{
    Fixture, NoteOpenings, chapter_words, epub_chapters, epubcheck, first_difference,
    note_openings, same_words_allowing_title, spine_docs, unzip, without_author_labels, words,
};
use std::path::Path;

#[path = "fidelity/anthologies.rs"]
mod anthologies;
#[path = "fidelity/determinism.rs"]
mod determinism;
#[path = "fidelity/downloads.rs"]
mod downloads;
#[path = "fidelity/fixtures.rs"]
mod fixtures;
#[path = "fidelity/generated.rs"]
mod generated;
#[path = "fidelity/markup.rs"]
mod markup;

/// The words a story file contributes: decoded as Quire decodes it, scene-break
/// ornament lines (`* * *`, `oOo`) left out since they become an ornament, not text.
fn source_words(bytes: &[u8], openings: &NoteOpenings) -> Vec<String> {
    let (text, _) = quire::source::decode::decode(bytes).expect("story decodes");
    let text = without_author_labels(&text, openings);
    let lines: Vec<&str> = text.lines().collect();
    let kept: Vec<&str> = (0..lines.len())
        .filter(|&i| !quire::source::paragraphs::is_break_at(&lines, i))
        .map(|i| lines[i])
        .collect();
    words(&kept.join("\n"))
}

/// Checks one chapter of an EPUB against its source file.
fn check_chapter(
    source: &[u8],
    openings: &NoteOpenings,
    got: &common::ChapterWords,
    what: &str,
) -> Result<(), String> {
    let want = source_words(source, openings);
    if same_words_allowing_title(&want, &got.title, &got.text) {
        Ok(())
    } else {
        Err(format!(
            "{what}: words differ (title {:?}): {}",
            got.title,
            first_difference(&want, &got.text)
        ))
    }
}

/// Checks a download's chapter whose first chapter heading stands above that chapter's
/// notes (FanFicFare's `<h2>1. Pegel</h2>` over the chapter's "Author's Note" box): the
/// reader makes the notes the book's note before the story and sets the heading after
/// them, at the head of the text it titles. Every word once and in order, the heading's
/// words moved from just before the note's to just after them.
fn check_heading_after_notes(
    source: &[u8],
    ch: &quire::model::Chapter,
    got: &common::ChapterWords,
    what: &str,
) -> Result<(), String> {
    let want = source_words(source, &note_openings(ch));
    let heading = ch.body.iter().find_map(|b| match b {
        quire::model::Block::Heading(h) => Some(words(h)),
        _ => None,
    });
    let notes: Vec<String> = ch.preface[common::summary_lead(ch)..]
        .iter()
        .flat_map(|b| words(&b.plain()))
        .collect();
    let moved = heading
        .filter(|h| !h.is_empty() && !notes.is_empty())
        .and_then(|h| {
            let at = (0..want.len())
                .find(|&i| want[i..].starts_with(&h) && want[i + h.len()..].starts_with(&notes))?;
            let mut v = want[..at].to_vec();
            v.extend(notes.iter().cloned());
            v.extend(h.iter().cloned());
            v.extend(want[at + h.len() + notes.len()..].iter().cloned());
            Some(v)
        });
    match moved {
        Some(want) if same_words_allowing_title(&want, &got.title, &got.text) => Ok(()),
        Some(want) => Err(format!(
            "{what}: words differ with the heading after the notes: {}",
            first_difference(&want, &got.text)
        )),
        None => Err(format!("{what}: no chapter heading just above the notes")),
    }
}

/// Checks a download's chapter whose author's notes the reader found inside the chapter
/// text (FanFicFare keeps FanFiction.Net's "A/N:" paragraphs there) and moved to the
/// note before or after the story: each note paragraph is in the source and in the
/// output once as a whole (the output without the label the book's heading replaces),
/// and every other word is in both, once and in order.
fn check_notes_moved(
    source: &[u8],
    ch: &quire::model::Chapter,
    got: &common::ChapterWords,
    what: &str,
) -> Result<(), String> {
    let mut want = source_words(source, &note_openings(ch));
    let mut text = got.text.clone();
    // The note opens after the summary, which a header puts first in the preface.
    for (notes, opening) in [(&ch.preface, common::summary_lead(ch)), (&ch.afterword, 0)] {
        for (i, block) in notes.iter().enumerate() {
            let plain = block.plain();
            let run = words(&plain);
            let shown = match quire::furniture::author_label_len(&plain) {
                Some(n) if i == opening => words(&plain.chars().skip(n).collect::<String>()),
                _ => run.clone(),
            };
            let cut = |v: &mut Vec<String>, run: &[String]| {
                let at = (0..=v.len().saturating_sub(run.len())).find(|&k| v[k..].starts_with(run));
                at.map(|k| drop(v.drain(k..k + run.len())))
            };
            // Either form may show: with the label, or without it under the heading.
            // The source loses the label of the note's opening too (`source_words`).
            if (cut(&mut want, &run).is_none() && cut(&mut want, &shown).is_none())
                || (cut(&mut text, &shown).is_none() && cut(&mut text, &run).is_none())
            {
                return Err(format!("{what}: note paragraph not found once: {plain:?}"));
            }
        }
    }
    if same_words_allowing_title(&want, &got.title, &text) {
        Ok(())
    } else {
        Err(format!(
            "{what}: words differ outside the notes: {}",
            first_difference(&want, &text)
        ))
    }
}

#[test]
fn sample_book_keeps_every_word() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(root, "epub", out.path());
    assert!(epub.ends_with("fantine-and-other-stories.epub"));
    let epub = std::fs::read(epub).unwrap();
    let chapters = epub_chapters(&epub);
    let cfg = std::fs::read_to_string(root.join("book.toml")).unwrap();
    let files: Vec<&str> = cfg
        .lines()
        .filter_map(|l| l.strip_prefix("file = \"")?.strip_suffix('"'))
        .collect();
    assert_eq!(files.len(), 3);
    assert_eq!(chapters.len(), files.len());
    let project = quire::load(root).expect("sample loads");
    for ((file, got), ch) in files.iter().zip(&chapters).zip(&project.book.chapters) {
        let bytes = std::fs::read(root.join(file)).unwrap();
        check_chapter(&bytes, &note_openings(ch), got, file).unwrap();
    }
}

/// The words a chapter's source contributes to the running text of a PDF: the source's
/// words without the title line the source stage lifted out to head the chapter.
fn body_words(source: &[u8], ch: &quire::model::Chapter) -> Vec<String> {
    let title_in_text = ch.title_in_text.as_deref();
    let mut ws = source_words(source, &note_openings(ch));
    if let Some(t) = title_in_text {
        let t = words(t);
        if let Some(i) =
            (0..ws.len().saturating_sub(t.len() - 1)).find(|&i| ws[i..i + t.len()] == t[..])
        {
            ws.drain(i..i + t.len());
        }
    }
    ws
}

#[test]
fn sample_book_pdf_keeps_every_word() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    pdf_keeps_every_word(root, 1);
}

/// A book long enough that the PDF writer makes its pages in several chunks (each a
/// printpdf document of its own) still has every word once, in order, and every page.
#[test]
fn long_book_pdf_keeps_every_word_across_writer_chunks() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    let run = common::run(
        std::process::Command::new(env!("CARGO_BIN_EXE_quire-corpus"))
            .args(["-n", "12"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
            .arg(&root),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    // 32 pages per chunk in the writer: make sure this book needs several.
    pdf_keeps_every_word(&root, 70);
}

/// The text the book adds around the stories in English: its title, the notes' and
/// the summary's headings and the contents' heading (each chapter adds its title, perhaps a byline).
fn book_furniture(book: &quire::model::Book) -> Vec<String> {
    vec![
        book.meta.title.clone(),
        "Author’s Note".to_string(),
        "Closing Note".into(),
        "Summary".into(),
        "Contents".into(),
    ]
}

/// Builds the PDF of the book at `root` and checks that every word of every story comes
/// back once, in order, and that the book has at least `min_pages` pages.
fn pdf_keeps_every_word(root: &Path, min_pages: usize) {
    pdf_keeps_words(root, min_pages, |ch, bytes| body_words(bytes, ch));
}

/// As [`pdf_keeps_every_word`], with `expected(chapter, source bytes)` giving the words
/// each chapter's running text must show, in order.
fn pdf_keeps_words(
    root: &Path,
    min_pages: usize,
    expected_of: impl Fn(&quire::model::Chapter, &[u8]) -> Vec<String>,
) {
    let out = tempfile::tempdir().unwrap();
    let (pdf, _) = common::build_format(root, "pdf", out.path());
    pdf_has_words(root, &pdf, min_pages, expected_of);
}

/// As [`pdf_keeps_words`], for `pdf` already built from the book at `root`.
fn pdf_has_words(
    root: &Path,
    pdf: &Path,
    min_pages: usize,
    expected_of: impl Fn(&quire::model::Chapter, &[u8]) -> Vec<String>,
) {
    let project = quire::load(root).expect("book loads");
    let book = &project.book;
    let mut furniture = book_furniture(book);
    let mut expected = Vec::new();
    for ch in &book.chapters {
        furniture.push(ch.title.clone());
        // The opener's byline.
        if !ch.authors.is_empty() {
            furniture.push(format!("by {}", ch.authors.join(" and ")));
        }
        let bytes = story_text(&ch.file, &std::fs::read(root.join(&ch.file)).unwrap());
        expected.extend(expected_of(ch, &bytes));
    }
    // Right-to-left words are drawn from their first letter, which `-raw` (drawing
    // order, words made only of glyphs drawn left to right) takes letter by letter. A
    // book with any is read from its structure tree, which takes each line in the order
    // it is drawn, and by layout, which rebuilds lines by place (its reading-order mode
    // would also join the halves of a line-end hyphen such as "in-the-/Fields"), its
    // marks of direction undone; but not by layout when a right-to-left word has vowel
    // points, which layout sets apart where they are drawn, beside their letter.
    let rtl = |c: char| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
    let mut readings = Vec::new();
    let text = if expected.iter().any(|w| w.chars().any(rtl)) {
        let layout = common::pdftotext_layout(pdf);
        readings.push(("pdfinfo -struct-text", common::struct_text(pdf)));
        let pointed = |w: &String| {
            w.chars().any(rtl)
                && w.chars()
                    .any(unicode_normalization::char::is_combining_mark)
        };
        if !expected.iter().any(pointed) {
            readings.push(("pdftotext -layout", layout.clone()));
        }
        layout
    } else {
        let raw = common::pdftotext(pdf);
        readings.push(("pdftotext -raw", raw.clone()));
        raw
    };
    // pdftotext ends every page with a form feed.
    let pages = text.matches('\u{c}').count();
    assert!(
        pages >= min_pages,
        "{pages} pages, expected at least {min_pages}"
    );
    for (reader, text) in readings {
        if let Err(e) = common::check_pdf_words(&text, &furniture, &expected) {
            panic!("{}, read by {reader}: {e}", pdf.display());
        }
        // The check has teeth: a word dropped from, or added to, the expectation is caught.
        let mut fewer = expected.clone();
        fewer.remove(expected.len() / 2);
        assert!(common::check_pdf_words(&text, &furniture, &fewer).is_err());
        let mut more = expected.clone();
        more.insert(expected.len() / 3, "zebra".into());
        assert!(common::check_pdf_words(&text, &furniture, &more).is_err());
    }
}

/// Every chapter of the book at `root` keeps every word of its source file once and in
/// order in the EPUB and the book's PDF, and in the PDF built in each of `profiles`
/// (see `common::build_fixture_pdf`), whatever the source stage made of it (notes,
/// titles, headings, scene breaks, kept line breaks, site headers: a chapter with a
/// header is checked by [`check_accounted`]).
fn book_keeps_every_word(root: &Path, profiles: &[&str]) {
    let files: Vec<String> = quire::load(root)
        .expect("book loads")
        .book
        .chapters
        .iter()
        .map(|c| c.file.clone())
        .collect();
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(root, "epub", out.path());
    let chapters = epub_chapters(&std::fs::read(epub).unwrap());
    assert_eq!(chapters.len(), files.len());
    let project = quire::load(root).expect("book loads");
    let failures: Vec<String> = files
        .iter()
        .zip(&chapters)
        .zip(&project.book.chapters)
        .filter_map(|((file, got), ch)| {
            let bytes = story_text(file, &std::fs::read(root.join(file)).unwrap());
            if file.ends_with(".html") {
                check_chapter(&bytes, &note_openings(ch), got, file)
                    .or_else(|e| {
                        check_notes_moved(&bytes, ch, got, file).map_err(|m| e + "\n" + &m)
                    })
                    .or_else(|e| {
                        check_heading_after_notes(&bytes, ch, got, file).map_err(|m| e + "\n" + &m)
                    })
                    .err()
            } else if ch.meta.is_empty() {
                check_chapter(&bytes, &note_openings(ch), got, file).err()
            } else {
                check_accounted(&bytes, ch, got, file).err()
            }
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The accounting has teeth: a story word lost, or one added, is caught.
    let (file, got, ch) = files
        .iter()
        .zip(&chapters)
        .zip(&project.book.chapters)
        .find(|((f, _), ch)| !ch.meta.is_empty() && !f.ends_with(".html"))
        .map(|((f, g), c)| (f, g, c))
        .unwrap();
    let bytes = std::fs::read(root.join(file)).unwrap();
    let mut lost = got.clone();
    lost.text.remove(lost.text.len() / 2);
    assert!(check_accounted(&bytes, ch, &lost, file).is_err());
    let mut added = got.clone();
    added.text.insert(added.text.len() / 2, "zebra".into());
    assert!(check_accounted(&bytes, ch, &added, file).is_err());
    // The PDF: a chapter with a header shows its information rows on its opener, then
    // the same running text as the EPUB (checked against the source above).
    let furniture = quire::furniture::Furniture::of(&project.book);
    let epub_text: std::collections::HashMap<String, Vec<String>> = files
        .iter()
        .zip(&chapters)
        .map(|(f, got)| (f.clone(), got.text.clone()))
        .collect();
    let expected = |ch: &quire::model::Chapter, bytes: &[u8]| {
        if ch.meta.is_empty() {
            return body_words(bytes, ch);
        }
        let mut ws: Vec<String> = furniture
            .story_info(&ch.meta)
            .iter()
            .flat_map(|row| words(&furniture.info_row_text(row)))
            .collect();
        ws.extend(epub_text[&ch.file].iter().cloned());
        ws
    };
    pdf_keeps_words(root, files.len(), expected);
    for profile in profiles {
        let dir = out.path().join(profile);
        let (pdf, _) = common::build_fixture_pdf(root, &dir, profile);
        pdf_has_words(root, &pdf, files.len(), expected);
    }
}

/// The text of a story file as its words are checked: a downloaded HTML page's author's
/// words ([`downloads::page_words`]), any other file as it is.
fn story_text(file: &str, bytes: &[u8]) -> Vec<u8> {
    if file.ends_with(".html") {
        downloads::page_words(&String::from_utf8_lossy(bytes)).into_bytes()
    } else if file.ends_with(".md") {
        markdown_marks_raised(&String::from_utf8_lossy(bytes)).into_bytes()
    } else {
        bytes.to_vec()
    }
}

/// Markdown's footnote marks (`[^1]`) as the book shows them: raised ("¹").
fn markdown_marks_raised(text: &str) -> String {
    const RAISED: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("[^") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && after[digits..].starts_with(']') {
            out.extend(after[..digits].bytes().map(|b| RAISED[(b - b'0') as usize]));
            rest = &after[digits + 1..];
        } else {
            out.push_str("[^");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// A chapter whose file opened with a site header: every word of the file either reaches
/// the chapter's running text (notes and story, in order, nothing added) or is accounted
/// for by what the header reader took out of it — the chapter's title and author, the
/// story's information fields, and the site text it dropped (`meta.dropped`, which
/// `quire inspect` lists line by line). The information fields must also be shown in the
/// chapter's header.
fn check_accounted(
    source: &[u8],
    ch: &quire::model::Chapter,
    got: &common::ChapterWords,
    what: &str,
) -> Result<(), String> {
    let openings = note_openings(ch);
    let source = source_words(source, &openings);
    let m = &ch.meta;
    let mut taken: Vec<String> = [&ch.title]
        .into_iter()
        .chain(&ch.authors)
        .chain(&m.author)
        .chain(&m.rating)
        .chain(&m.series)
        .chain(&m.words)
        .chain(&m.status)
        .chain(&m.published)
        .chain(&m.updated)
        .chain(&m.chapters)
        .chain(&m.publisher)
        .chain(&m.language)
        .chain(&m.url)
        .chain(&m.warnings)
        .chain(&m.fandoms)
        .chain(&m.relationships)
        .chain(&m.characters)
        .chain(&m.tags)
        .chain(m.dropped.iter().map(|d| &d.text))
        .flat_map(|s| words(s))
        .collect();
    // A note's own label (`Notes:` inside the header block), which the book's heading
    // replaces.
    for o in [&openings.before, &openings.after].into_iter().flatten() {
        if let Some(n) = quire::furniture::author_label_len(o) {
            taken.extend(words(&o.chars().take(n).collect::<String>()));
        }
    }
    // A chapter heading the reader found above the chapter's notes is set after them, at
    // the head of the text it titles: its words may come out of order, once.
    let mut text = got.text.clone();
    for b in &ch.body {
        if let quire::model::Block::Heading(h) = b {
            let h = words(h);
            if h.is_empty() || h.len() > text.len() {
                continue;
            }
            if let Some(i) = (0..=text.len() - h.len()).find(|&i| text[i..i + h.len()] == h[..]) {
                text.drain(i..i + h.len());
                taken.extend(h);
            }
        }
    }
    let got = common::ChapterWords {
        title: got.title.clone(),
        text,
    };
    // Words of the story shown in order: walk the source, matching the text where it
    // continues and otherwise spending a word the header reader accounted for.
    let mut next = 0;
    for (i, w) in source.iter().enumerate() {
        if got.text.get(next) == Some(w) {
            next += 1;
        } else if let Some(k) = taken.iter().position(|t| t == w) {
            taken.swap_remove(k);
        } else {
            return Err(format!(
                "{what}: source word {i} {w:?} neither in the text (next there: {:?}) nor in the header's fields",
                got.text.get(next)
            ));
        }
    }
    if next != got.text.len() {
        return Err(format!(
            "{what}: the text has words the source does not: {:?}",
            &got.text[next..got.text.len().min(next + 8)]
        ));
    }
    Ok(())
}
