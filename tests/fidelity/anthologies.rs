//! The test anthologies written to stand in for a reader's own book (anthology3 and the
//! cold-written anthology4 and anthology5, the downloads and text pastes of the blind
//! anthology6 and the blind anthologies 7 to 9): every word of every story in both
//! outputs and profiles, and each story in another language marked so in the EPUB.

use super::*;

/// The third test anthology (`tests/fixtures/anthology3`: site headers, URLs, chat logs,
/// letters, verse, German and Spanish, CJK and emoji) keeps every word of every story
/// once and in order in the EPUB and in both profiles' PDFs.
#[test]
fn anthology3_keeps_every_word_in_both_outputs_and_profiles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology3");
    book_keeps_every_word(&src, &["screen", "print"]);
}

/// The fourth test anthology (`tests/fixtures/anthology4`, written cold: FanFicFare text
/// and HTML, AO3 HTML downloads, Dutch, Italian, Portuguese and Russian stories with
/// their own headers, Markdown, verse, postcards, drabbles) keeps every word of every
/// story once and in order in the EPUB and in both profiles' PDFs.
#[test]
fn anthology4_keeps_every_word_in_both_outputs_and_profiles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology4");
    book_keeps_every_word(&src, &["screen", "print"]);
}

/// The fifth test anthology (`tests/fixtures/anthology5`, written cold by a writer who
/// never saw the typesetter's tuning: FanFicFare text and HTML, AO3 downloads and a page
/// copy, a LiveJournal header, Markdown with a byte-order mark, e-mails, a chat log,
/// poems with indented lines, footnote markers, Polish, Swedish, Czech, Greek, Mexican
/// Spanish and Hungarian stories, Japanese and emoji) keeps every word of every story
/// once and in order in the EPUB and in both profiles' PDFs.
#[test]
fn anthology5_keeps_every_word_in_both_outputs_and_profiles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology5");
    book_keeps_every_word(&src, &["screen", "print"]);
}

/// The sixth test anthology's downloads (`tests/fixtures/anthology6`, written blind by
/// someone who never saw Quire's readers: AO3 HTML downloads in Dutch and Brazilian
/// Portuguese whose preface heading holds the title, FanFicFare HTML exports of a Royal
/// Road story with "A note from …" boxes and of a French AO3 work with footnote markers,
/// FanFicFare text exports in Brazilian Portuguese and Russian), in a book of their own
/// with `book.toml`'s settings for them: every word of each once and in order in the
/// EPUB and in both profiles' PDFs, the sites' own lines accounted for as left out.
#[test]
fn anthology6_downloads_keep_every_word_in_both_outputs_and_profiles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology6");
    let dir = tempfile::tempdir().unwrap();
    let mut toml = String::from(
        "[book]\ntitle = \"Downloads\"\nlanguage = \"en-GB\"\n\n[pdf]\ntrim = \"a5\"\n",
    );
    for (file, extra) in [
        ("cartas-para-belem.txt", "language = \"pt-BR\"\n"),
        ("de-dijkwacht.html", ""),
        ("greenhouse-seven.html", "language = \"en-US\"\n"),
        ("provodnitsa.txt", ""),
        ("la-souffleuse.html", ""),
        ("a-balsa.html", ""),
    ] {
        toml.push_str(&format!("\n[[chapters]]\nfile = \"{file}\"\n{extra}"));
        std::fs::copy(src.join(file), dir.path().join(file)).unwrap();
    }
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    book_keeps_every_word(dir.path(), &["screen", "print"]);
}

/// The sixth test anthology's text pastes (`tests/fixtures/anthology6`, written blind: a
/// SpaceBattles thread page with spoiler-box notes, a Tumblr post, a Wattpad part, a
/// FanFicFare text of a forum thread, German Markdown with a quoted letter), in a book of
/// their own with `book.toml`'s settings for them: every word of each once and in order
/// in the EPUB and in both profiles' PDFs, the sites' own lines accounted for as left out. A glyph no font here has is boxed (`missing = "box"`). With them the plain
/// British paste whose English paragraph holds a line of Arabic: its three words are
/// drawn right to left and read back in the order they were written.
#[test]
fn anthology6_text_pastes_keep_every_word_in_both_outputs_and_profiles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology6");
    let dir = tempfile::tempdir().unwrap();
    let mut toml = String::from(
        "[book]\ntitle = \"Pastes\"\nlanguage = \"en-GB\"\n\n[fonts]\nmissing = \"box\"\n",
    );
    for (file, extra) in [
        (
            "la-canzone-del-cortile.txt",
            "author = \"lapennadilu\"\nlanguage = \"it\"\n",
        ),
        ("fincan.txt", "author = \"fincandibi\"\nlanguage = \"tr\"\n"),
        ("ichigo-ichie.txt", ""),
        ("fundbuero.md", "language = \"de\"\n"),
        ("small-repairs.txt", "language = \"en-US\"\n"),
        ("porters-psalm.txt", ""),
    ] {
        std::fs::copy(src.join(file), dir.path().join(file)).unwrap();
        toml += &format!("\n[[chapters]]\nfile = \"{file}\"\n{extra}");
    }
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    book_keeps_every_word(dir.path(), &["screen", "print"]);
}

/// The seventh test anthology (`tests/fixtures/anthology7`, written blind: a BOM and CRLF
/// paste with chat logs, an AO3 HTML download in Spanish, a Swedish journal post, a
/// Polish FanFicFare text, a Japanese pixiv manuscript, a Sufficient Velocity reader-mode
/// copy with footnotes, a French FanFiction.Net page copy, Czech Markdown, a Ukrainian
/// FanFicFare HTML export, a wrapped German paste, a Windows-1252 Portuguese story and a
/// Norwegian AO3 page copy) keeps every word of every story once and in order in the
/// EPUB and in both profiles' PDFs, the sites' own lines accounted for as left out.
#[test]
fn anthology7_keeps_every_word_in_both_outputs_and_profiles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology7");
    book_keeps_every_word(&src, &["screen", "print"]);
}

/// The eighth test anthology (`tests/fixtures/anthology8`, written blind: an AO3 download
/// by two co-authors, page copies from Postype, Tumblr (a reblogged ask), Royal Road,
/// LOFTER, Wattpad and Reddit, FanFicFare HTML in Catalan, Icelandic in ISO-8859-1 with
/// CR line ends, Hebrew with English notes, Finnish Markdown with YAML front matter,
/// Vietnamese in combining marks) keeps every word of every story once and in order in
/// the EPUB and in both profiles' PDFs, the sites' own lines accounted for as left out.
/// Its Hebrew poem has vowel points, so its PDFs are read from the structure tree (see
/// `pdf_has_words`); by layout, with pdftotext's marks of direction undone, the number
/// inside a Hebrew line stands apart from the words either side of it, as written.
#[test]
fn anthology8_keeps_every_word_in_both_outputs_and_profiles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology8");
    book_keeps_every_word(&src, &["screen", "print"]);
    let out = tempfile::tempdir().unwrap();
    let (pdf, _) = common::build_format(&src, "pdf", out.path());
    let layout = words(&common::pdftotext_layout(&pdf));
    let written = words("בשעה 5:40 אחר הצהריים");
    assert!(
        layout.windows(written.len()).any(|w| w == written),
        "{written:?} not read in order by layout"
    );
}

/// The ninth test anthology (`tests/fixtures/anthology9`, written blind: English,
/// German, French, Italian, Spanish and Russian stories as readers bring them, an AO3
/// download and a FanFicFare HTML export, Windows-1252 and CRLF pastes, a ficbook.net
/// download, a XenForo thread, Markdown) keeps every word of every story once and in
/// order in the EPUB and in both profiles' PDFs, the sites' own lines accounted for as
/// left out (the ficbook.net reader lists the author's address it takes off `Автор:`).
#[test]
fn anthology9_keeps_every_word_in_both_outputs_and_profiles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology9");
    book_keeps_every_word(&src, &["screen", "print"]);
}

/// The tenth test anthology (`tests/fixtures/anthology10`, written blind: an AO3 download,
/// FanFicFare text and HTML, LiveJournal, Tumblr, Sufficient Velocity and Quotev page
/// copies, a WordPress post saved from the browser, a Google Docs export with a BOM and
/// CRLF, Markdown with front matter; English, Brazilian Portuguese, Japanese, Turkish and
/// Swedish) keeps every word of every story once and in order in the EPUB and in both
/// profiles' PDFs, the sites' own lines accounted for as left out.
#[test]
fn anthology10_keeps_every_word_in_both_outputs_and_profiles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/anthology10");
    book_keeps_every_word(&src, &["screen", "print"]);
}

/// In the seventh (en-AU), every story but the Australian one is marked with its own
/// language, from its header (`Language: Español`, `Polski`, FanFiction.Net's `French`,
/// `Ukrainian`) or from book.toml.
#[test]
fn anthology7_stories_in_other_languages_say_so_in_the_epub() {
    stories_say_their_language(
        "anthology7",
        "en-AU",
        &[
            "es", "sv", "pl", "ja", "en-GB", "fr", "cs", "uk", "de", "pt-PT", "nb",
        ],
    );
}

/// In the fifth (en-GB), the stories whose language is another are marked with it, in
/// book order: Polish (FanFiction.Net's story line), Swedish (an AO3 download's
/// `Language: Svenska`), Czech (book.toml), Greek (`Language: Ελληνικά`), Mexican Spanish
/// (book.toml, over the header's plain Spanish) and Hungarian (FanFicFare's `Magyar`).
#[test]
fn anthology5_stories_in_other_languages_say_so_in_the_epub() {
    stories_say_their_language(
        "anthology5",
        "en-GB",
        &["pl", "sv", "cs", "el", "es-MX", "hu"],
    );
}

/// In that anthology (en-US), the German story (its header says `Language: Deutsch`) and
/// the Spanish one (`language = "es"` in book.toml) have their title, notes and text
/// marked with their language in the EPUB; the other stories are marked with none.
#[test]
fn anthology3_stories_in_other_languages_say_so_in_the_epub() {
    stories_say_their_language("anthology3", "en-US", &["de", "es"]);
}

/// In the fourth (en), the Dutch (`Language: Nederlands` in an AO3 page copy), Italian
/// (an AO3 download's `Language: Italiano`), Russian (`Language: Русский`) and Portuguese
/// (FanFiction.Net's story line) stories are marked with their language, in book order.
#[test]
fn anthology4_stories_in_other_languages_say_so_in_the_epub() {
    stories_say_their_language("anthology4", "en", &["nl", "it", "ru", "pt"]);
}

/// The EPUB of test book `fixture` (in `book` language) marks exactly the stories in
/// `tags`, in that order, with their own language on their text and title.
fn stories_say_their_language(fixture: &str, book: &str, tags: &[&str]) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(&src, "epub", out.path());
    let epub = std::fs::read(epub).unwrap();
    let mut marked = Vec::new();
    for (_, doc) in spine_docs(&epub) {
        assert!(doc.contains("<html") && doc.contains(&format!("lang=\"{book}\"")));
        for tag in tags {
            let own = format!("lang=\"{tag}\" xml:lang=\"{tag}\"");
            if doc.contains(&format!("<div class=\"story\" {own}>")) {
                assert!(doc.contains(&format!("class=\"chapter-title\" {own}>")));
                marked.push(*tag);
            }
        }
    }
    assert_eq!(marked, tags);
}

/// The text stories of the lists book (`tests/fixtures/lists`: Markdown with a bulleted
/// list, a `>` letter and a numbered list; a `*` list under its opening line; Russian
/// dialogue opened with hyphens; a `1)` list in a story with a header): every word once and in order in the EPUB and in both
/// profiles' PDFs, a numbered list's numbers among them (the bullets are no words).
#[test]
fn lists_keep_every_word_in_both_outputs_and_profiles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lists");
    let dir = tempfile::tempdir().unwrap();
    let mut toml = String::from("[book]\ntitle = \"Lists\"\nlanguage = \"en\"\n");
    for (file, extra) in [
        ("pantry.md", ""),
        ("night-shift.txt", ""),
        ("perron.txt", "language = \"ru\"\n"),
        ("ledger.txt", ""),
    ] {
        std::fs::copy(src.join(file), dir.path().join(file)).unwrap();
        toml += &format!("\n[[chapters]]\nfile = \"{file}\"\n{extra}");
    }
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    book_keeps_every_word(dir.path(), &["screen", "print"]);
}
