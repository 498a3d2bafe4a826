//! Downloaded works (HTML and EPUB from AO3 and FanFicFare): every word their writer put
//! in them reaches the EPUB and the PDF, in order; and the author's words of a download
//! page that the anthology checks compare a chapter with (`page_words`).

use super::*;

/// The words the writer of a download fixture put in it, in reading order: summary and
/// notes, the story with its chapter headings and chapter notes, the end notes (from the
/// fixture's `.expect.json`, written by tests/fixtures/import/make.py beside the file).
fn download_words(name: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let text = std::fs::read_to_string(dir.join(format!("{name}.expect.json"))).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    ["preface", "story", "afterword"]
        .iter()
        .flat_map(|k| words(v[*k].as_str().unwrap()))
        .collect()
}

const DOWNLOADS: &[(&str, &str)] = &[
    ("ao3-single.html", "ao3-single"),
    ("ao3-multi.html", "ao3-multi"),
    ("ao3-multi.epub", "ao3-multi-epub"),
    ("fff-multi.epub", "fff-multi-epub"),
    ("fff-two.html", "fff-two"),
];

fn downloads_book() -> Fixture {
    let files: Vec<&str> = DOWNLOADS.iter().map(|(f, _)| *f).collect();
    let f = Fixture::with_toml(&common::toml_for(&files));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    for file in &files {
        f.write(file, std::fs::read(dir.join(file)).unwrap());
    }
    f
}

#[test]
fn downloads_keep_every_word_in_the_epub() {
    let f = downloads_book();
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(f.path(), "epub", out.path());
    let chapters = epub_chapters(&std::fs::read(epub).unwrap());
    assert_eq!(chapters.len(), DOWNLOADS.len());
    for ((file, name), got) in DOWNLOADS.iter().zip(&chapters) {
        let want = download_words(name);
        assert!(
            want == got.text,
            "{file}: {}",
            first_difference(&want, &got.text)
        );
    }
}

#[test]
fn downloads_keep_every_word_in_the_pdf() {
    let f = downloads_book();
    // The story-information rows (rating, tags…) are the book's own layout of `meta`, set
    // under each title; this test is about the author's words, so it leaves them out.
    let toml = std::fs::read_to_string(f.path().join("book.toml")).unwrap();
    f.write(
        "book.toml",
        toml.replacen("[book]\n", "[book]\nstory-info = false\n", 1),
    );
    let project = quire::load(f.path()).expect("book loads");
    let out = tempfile::tempdir().unwrap();
    let (pdf, _) = common::build_format(f.path(), "pdf", out.path());
    let text = common::pdftotext(&pdf);
    let book = &project.book;
    let mut furniture = book_furniture(book);
    let mut expected = Vec::new();
    for (ch, (_, name)) in book.chapters.iter().zip(DOWNLOADS) {
        furniture.push(ch.title.clone());
        // The opener's byline.
        if !ch.authors.is_empty() {
            furniture.push(format!("by {}", ch.authors.join(" and ")));
        }
        expected.extend(download_words(name));
    }
    common::check_pdf_words(&text, &furniture, &expected).unwrap();
    let mut fewer = expected.clone();
    fewer.remove(expected.len() / 2);
    assert!(common::check_pdf_words(&text, &furniture, &fewer).is_err());
}

/// The author's words of an AO3 or FanFicFare HTML download in reading order, one block
/// a line: AO3's summary, notes and end notes (`blockquote.userstuff`), chapter headings
/// and chapter text (`div.userstuff`); FanFicFare's summary row, section headings and
/// chapter text. The site's labels, tags and boilerplate are left out.
pub(super) fn page_words(page: &str) -> String {
    if page.contains("name=\"TOCTOP\"") && !page.contains("<div class=\"userstuff\">") {
        return fff_page_words(page);
    }
    // A blog post saved with its site: the post's own text, its `entry-content`.
    if page.contains("class=\"entry-content\"") {
        let doc = scraper::Html::parse_document(page);
        let sel = scraper::Selector::parse(".entry-content").unwrap();
        if let Some(post) = doc.select(&sel).next() {
            return common::strip_tags(&numbered(&post.inner_html()));
        }
    }
    const PARTS: &[(&str, &str)] = &[
        ("<blockquote class=\"userstuff\">", "</blockquote>"),
        ("<h2 class=\"heading\">", "</h2>"),
        ("<div class=\"userstuff\">", "</div>"),
        ("<td><b>Summary:</b></td><td>", "</td>"),
        // AO3's "Inspired by WORK by AUTHOR." credit, which opens the work's notes.
        ("<ul class=\"associations\"><li>", "</li>"),
        ("<a name=\"section", "</h2>"),
    ];
    let mut out = String::new();
    let mut rest = page;
    while let Some((i, open, close)) = PARTS
        .iter()
        .filter_map(|(o, c)| rest.find(o).map(|i| (i, o, c)))
        .min_by_key(|p| p.0)
    {
        let mut from = i + open.len();
        // A FanFicFare section anchor: its heading is the `<h2>` inside.
        if open.starts_with("<a ") {
            from = rest[from..].find("<h2>").map_or(from, |k| from + k + 4);
        }
        let end = rest[from..].find(close).map_or(rest.len(), |e| from + e);
        out.push_str(&common::strip_tags(&numbered(&rest[from..end])));
        // A blank line after each block, as after a paragraph of a text file: a note's
        // label is looked for at a paragraph's start.
        out.push_str("\n\n");
        rest = &rest[end..];
    }
    out
}

/// The author's words of a FanFicFare HTML export whose chapters are not in
/// `div.userstuff` (Royal Road's `div.chapter-content`, or AO3 text as bare paragraphs):
/// the summary row, then everything from the first chapter's anchor on, without the note
/// boxes' captions ("A note from …") and the notes' bold labels ("Notes:", "Summary for
/// the Chapter:"), footnote
/// markers raised as the reader raises them.
fn fff_page_words(page: &str) -> String {
    let mut out = String::new();
    const SUMMARY: &str = "<td><b>Summary:</b></td><td>";
    if let Some(i) = page.find(SUMMARY) {
        let from = i + SUMMARY.len();
        let end = page[from..].find("</td>").map_or(page.len(), |e| from + e);
        out.push_str(&common::strip_tags(&page[from..end]));
        out.push('\n');
    }
    let from = page.find("<a name=\"section").unwrap_or(page.len());
    let mut body = common::cut(&page[from..], "<div class=\"caption\"", "</div>");
    // A notes division's opening tag and its label: `<div class="fff_chapter_notes …"><b>Notes:</b>`.
    while let Some(i) = body.find("fff_chapter_notes") {
        let tag = body[..i].rfind('<').unwrap_or(i);
        let end = body[i..].find("</b>").map_or(body.len(), |e| i + e + 4);
        body.replace_range(tag..end, "");
    }
    // A further box's label in the same division, over its quoted text: `</blockquote><b>Summary for the Chapter:</b><blockquote …>`.
    while let Some(i) = body.find("</b><blockquote") {
        let tag = body[..i].rfind("<b>").unwrap_or(i);
        body.replace_range(tag..i + 4, "");
    }
    for (d, raised) in "0123456789".chars().zip("⁰¹²³⁴⁵⁶⁷⁸⁹".chars()) {
        body = body.replace(&format!("<sup>{d}</sup>"), &raised.to_string());
    }
    out.push_str(&common::strip_tags(&numbered(&body)));
    out
}

/// `html` with each item of an ordered list opened by its number, as a browser shows it
/// and as the reader keeps it ("1. Koka upp …"); nested lists count on their own.
fn numbered(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut counts: Vec<Option<u32>> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tag_end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        let tag = &rest[i..tag_end];
        out.push_str(tag);
        let name: String = tag[1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect::<String>()
            .to_ascii_lowercase();
        match name.as_str() {
            "ol" => counts.push(Some(0)),
            "ul" => counts.push(None),
            "/ol" | "/ul" => {
                counts.pop();
            }
            "li" => {
                if let Some(Some(n)) = counts.last_mut() {
                    *n += 1;
                    out.push_str(&format!("{n}. "));
                }
            }
            _ => {}
        }
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    out
}
