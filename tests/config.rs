//! Every way `book.toml` can be wrong, each with its exact one-line message naming the
//! line (from the parser's spans, however the file is laid out), exit code 1 and nothing
//! written; and the values that used to build invalid books now refused.

mod common;

use common::{Fixture, STORY, quire};

/// A fixture with `toml` and a good story `a.txt`.
fn book(toml: &str) -> Fixture {
    let f = Fixture::with_toml(toml);
    f.write("a.txt", STORY);
    f
}

/// Asserts a failed build with exactly these stderr lines and no output folder.
fn assert_fails(f: &Fixture, want: &[&str]) {
    let run = f.build_epub(&[]);
    assert_eq!(run.errors(), want, "stderr was:\n{}", run.stderr);
    assert_eq!(run.code, 1, "exit code; stderr:\n{}", run.stderr);
    assert!(!f.path().join("out").exists(), "a failed build wrote files");
}

const GIVE: &str = "(hint: give it a value, or remove the key)";

/// Regression: `authors = [""]`, `publisher = ""`, `identifier = " "` and a chapter's
/// `author = ""` built EPUBs that EPUBCheck rejects (RSC-005).
#[test]
fn empty_metadata_is_refused_at_its_line() {
    let f = book(concat!(
        "[book]\n",
        "title = \"T\"\n",
        "subtitle = \"\"\n",
        "authors = [\"A\", \"\"]\n",
        "publisher = \"\"\n",
        "identifier = \" \"\n",
        "description = \"\\t\"\n",
        "rights = \"\"\n",
        "\n",
        "[[chapters]]\n",
        "file = \"a.txt\"\n",
        "author = \"\"\n",
        "title = \"  \"\n",
    ));
    let want: Vec<String> = [
        "3: `subtitle`",
        "4: `authors` entry 2",
        "5: `publisher`",
        "6: `identifier`",
        "7: `description`",
        "8: `rights`",
        "12: chapter 1: `author`",
        "13: chapter 1: `title`",
    ]
    .iter()
    .map(|s| format!("error: book.toml:{s} is empty {GIVE}"))
    .collect();
    let want: Vec<&str> = want.iter().map(String::as_str).collect();
    assert_fails(&f, &want);

    let f = book("[book]\ntitle = \" \"\n\n[[chapters]]\nfile = \"a.txt\"\n");
    assert_fails(
        &f,
        &[&format!("error: book.toml:2: `title` is empty {GIVE}")],
    );
}

#[test]
fn control_characters_in_metadata_are_refused() {
    let f = book(concat!(
        "[book]\n",
        "title = \"Bad\\u001b[2J\"\n",
        "publisher = \"P\\u0007\"\n",
        "description = \"\"\"\nA blurb\non two lines.\"\"\"\n",
        "authors = [\n  \"A\",\n  \"B\\u0085C\",\n]\n",
        "\n",
        "[[chapters]]\n",
        "file = \"a.txt\"\n",
        "title = \"One\\nTwo\"\n",
    ));
    let plain = "(hint: remove it: metadata is plain text)";
    assert_fails(
        &f,
        &[
            &format!("error: book.toml:2: `title` contains the control character U+001B {plain}"),
            &format!(
                "error: book.toml:3: `publisher` contains the control character U+0007 {plain}"
            ),
            &format!(
                "error: book.toml:9: `authors` entry 2 contains the control character U+0085 {plain}"
            ),
            "error: book.toml:14: chapter 1: `title` has a line break (hint: write it on one line)",
        ],
    );
}

/// Regression: lines were found by looking for a line that is exactly `[[chapters]]`, so
/// a comment after the header or spaces inside it put errors on the wrong line.
#[test]
fn chapter_headers_with_comments_and_spaces() {
    let f = book(concat!(
        "[book]\n",
        "title = \"T\"\n",
        "\n",
        "[[chapters]] # the first one\n",
        "file = \"a.txt\"\n",
        "\n",
        "  [[ chapters ]]\n",
        "file = \"a.txt\"\n",
        "\n",
        "[[chapters]]#three\n",
        "\n",
        "file = \"/etc/hostname\"\n",
    ));
    assert_fails(
        &f,
        &[
            "error: book.toml:8: `a.txt` is listed twice (chapters 1 and 2) (hint: remove one of the [[chapters]] entries)",
            "error: book.toml:12: chapter 3: `file = \"/etc/hostname\"` is an absolute path (hint: story files must be inside the folder that holds book.toml)",
        ],
    );
    let f = book(concat!(
        "[book]\n",
        "title = \"T\"\n",
        "\n",
        "[[chapters]] # the first one\n",
        "file = \"a.txt\"\n",
        "\n",
        "[[ chapters ]] # the second\n",
        "title = \"Two\"\n",
        "autor = \"X\"\n",
    ));
    assert_fails(
        &f,
        &[
            "error: book.toml:7: missing key `file` in [[chapters]] (chapter 2) (hint: give each chapter its story file, e.g. `file = \"story.txt\"`)",
            "error: book.toml:9: unknown key `autor` in [[chapters]] (hint: did you mean `author`?)",
        ],
    );
}

/// Dotted keys and inline tables are located as well as tables are.
#[test]
fn dotted_keys_and_inline_tables() {
    let f = book(concat!(
        "book.title = \"T\"\n",
        "book.publisher = \"\"\n",
        "chapters = [\n",
        "  { file = \"a.txt\" },\n",
        "  { file = \"a.txt\", athor = \"X\" },\n",
        "]\n",
    ));
    assert_fails(
        &f,
        &[
            &format!("error: book.toml:2: `publisher` is empty {GIVE}"),
            "error: book.toml:5: unknown key `athor` in [[chapters]] (hint: did you mean `author`?)",
        ],
    );
}

/// Words another tool, or a first guess at the format, uses for Quire's tables: the
/// hint names the table that does the job, not a near spelling.
#[test]
fn other_tools_words_are_met_with_quires() {
    let f = book(
        "[book]\ntitle = \"T\"\nauthor = \"Ed\"\n\n[output]\nprofile = \"screen\"\n\n[[story]]\nfile = \"a.txt\"\n",
    );
    assert_fails(
        &f,
        &[
            "error: book.toml:3: unknown key `author` in [book] (hint: did you mean `authors = [\"…\"]`? (a list: the book's authors or editors))",
            "error: book.toml:5: unknown key `output` (hint: the PDF's profile and trim are set in `[pdf]` (`profile = \"screen\"`, `trim = \"a5\"`); did you mean `[pdf]`?)",
            "error: book.toml:8: unknown key `story` (hint: each story is a `[[chapters]]` table with `file = \"…\"` (did you mean `[[chapters]]`?))",
        ],
    );
}

#[test]
fn misspelt_tables() {
    let f = book("[bok]\ntitle = \"T\"\n\n[[chapter]]\nfile = \"a.txt\"\n\n[pfd]\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:1: unknown key `bok` (hint: did you mean `book`?)",
            "error: book.toml:4: unknown key `chapter` (hint: did you mean `chapters`?)",
            "error: book.toml:7: unknown key `pfd` (hint: did you mean `pdf`?)",
        ],
    );
}

#[test]
fn wrong_types_and_values() {
    let f = book("[book]\ntitle = \"T\"\n\n[[chapters]]\nfile = \"a.txt\"\npreface = \"two\"\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:6: invalid type: string \"two\", expected usize (hint: see README.md for the book.toml format)",
        ],
    );
    let f = book(
        "[book]\ntitle = \"T\"\n\n[[chapters]]\nfile = \"a.txt\"\n\n[pdf]\nprofile = \"web\"\n",
    );
    assert_fails(
        &f,
        &[
            "error: book.toml:8: unknown variant `web`, expected `screen` or `print` (hint: see README.md for the book.toml format)",
        ],
    );
    let f = book("book = 3\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:1: invalid type: integer `3`, expected a table (hint: see README.md for the book.toml format)",
        ],
    );
}

#[test]
fn language_date_and_no_chapters() {
    let f = book("[book]\ntitle = \"T\"\nlanguage = \"english!\"\ndate = \"soon\"\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:3: `language = \"english!\"` is not a language tag (hint: use a BCP 47 tag such as \"en\", \"en-GB\" or \"fr\")",
            "error: book.toml: no chapters (hint: add a [[chapters]] table with `file = \"story.txt\"` for each story)",
            "error: book.toml:4: `date = \"soon\"` is not a date (hint: write it as YYYY, YYYY-MM or YYYY-MM-DD)",
        ],
    );
    // Regression: these passed a loose check and went into the package as they were,
    // where EPUBCheck reports them (OPF-092, OPF-053).
    let f = book(&format!(
        "[book]\ntitle = \"T\"\nlanguage = \"en-a\"\ndate = \"2024-5-1\"\n{}",
        "\n[[chapters]]\nfile = \"a.txt\"\n"
    ));
    assert_fails(
        &f,
        &[
            "error: book.toml:3: `language = \"en-a\"` is not a language tag (hint: use a BCP 47 tag such as \"en\", \"en-GB\" or \"fr\")",
            "error: book.toml:4: `date = \"2024-5-1\"` is not a date (hint: write it as YYYY, YYYY-MM or YYYY-MM-DD)",
        ],
    );
    // A story's own language is checked as the book's is, at its line.
    let f =
        book("[book]\ntitle = \"T\"\n\n[[chapters]]\nfile = \"a.txt\"\nlanguage = \"Deutsch\"\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:6: `language = \"Deutsch\"` is not a language tag (hint: use a BCP 47 tag such as \"de\", \"es\" or \"pt-BR\")",
        ],
    );
}

/// `[pdf]` with the trim and page keys after a chapter, so lines are not all small.
fn pdf_book(pdf: &str) -> Fixture {
    book(&format!(
        "[book]\ntitle = \"T\"\n\n[[chapters]]\nfile = \"a.txt\"\n\n[pdf]\n{pdf}"
    ))
}

/// Regression: a page 1e38 pt wide built a PDF that `qpdf --check` rejects; a height
/// out of range was reported as "needs `width` and `height`".
#[test]
fn page_sizes_and_type_sizes_out_of_range() {
    let f = pdf_book(
        "trim = \"custom\"\nwidth = \"1e38pt\"\nheight = \"2in\"\nfont-size = 40\nleading = 100\n",
    );
    assert_fails(
        &f,
        &[
            "error: book.toml:9: `[pdf] width = \"1e38pt\"` is out of range (hint: a page is 2–100 in (51–2540 mm) wide)",
            "error: book.toml:10: `[pdf] height = \"2in\"` is out of range (hint: a page is 3–100 in (76–2540 mm) tall)",
            "error: book.toml:11: `[pdf] font-size = 40` is out of range (hint: use a size between 6 and 24 points)",
            "error: book.toml:12: `[pdf] leading = 100` is out of range (hint: give the baseline distance in points, between 1 and 3 times the font size)",
        ],
    );
    let f = pdf_book("trim = \"custom\"\nwidth = \"1e39in\"\nheight = \"0mm\"\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:9: `[pdf] width = \"1e39in\"` is out of range (hint: a page is 2–100 in (51–2540 mm) wide)",
            "error: book.toml:10: `[pdf] height = \"0mm\"` is out of range (hint: a page is 3–100 in (76–2540 mm) tall)",
        ],
    );
}

#[test]
fn custom_trim_needs_both_sides_as_lengths() {
    let f = pdf_book("trim = \"custom\"\nwidth = \"5 furlongs\"\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:8: `[pdf] trim = \"custom\"` needs `height` (hint: write them with a unit, e.g. width = \"140mm\", height = \"216mm\")",
            "error: book.toml:9: `[pdf] width = \"5 furlongs\"` is not a length (hint: write a number and a unit (mm, cm, in or pt), e.g. \"140mm\")",
        ],
    );
    let f = pdf_book("trim = \"custom\"\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:8: `[pdf] trim = \"custom\"` needs `width` and `height` (hint: write them with a unit, e.g. width = \"140mm\", height = \"216mm\")",
        ],
    );
    let f = pdf_book("trim = \"b5\"\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:8: unknown `[pdf] trim` value `b5` (hint: use a5, a4, letter, 5x8in, 5.5x8.5in, 6x9in or custom)",
        ],
    );
}

/// Regression: `width` and `height` were silently ignored unless `trim = "custom"`.
#[test]
fn page_sides_with_a_named_trim_are_not_ignored() {
    let f = pdf_book("trim = \"a4\"\nwidth = \"140mm\"\nheight = \"200mm\"\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:9: `[pdf]` `width` and `height` are given but `trim = \"a4\"` sets the page size (hint: set `trim = \"custom\"` to use width and height, or remove them)",
        ],
    );
    let f = pdf_book("height = \"200mm\"\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:8: `[pdf]` `height` is given without `trim = \"custom\"` (hint: add `trim = \"custom\"` to [pdf] to use width and height, or remove them)",
        ],
    );
}

/// Regression: a 2 × 3 in page at 24 pt set a few letters a line without a word.
#[test]
fn a_measure_too_short_to_read_is_a_warning() {
    let f = pdf_book("trim = \"custom\"\nwidth = \"2in\"\nheight = \"3in\"\nfont-size = 24\n");
    let run = f.build_epub(&[]);
    assert_eq!(
        run.errors(),
        [
            "warning: book.toml:11: `[pdf]` a line of text holds only about 6 characters (2.0 × 3.0 in page, 24 pt type) (hint: choose a larger page or a smaller `font-size`: lines of 45–75 characters read best)"
        ],
        "{}",
        run.stderr
    );
    assert_eq!(run.code, 0);
    // The default page is well over the limit: no warning.
    let f = pdf_book("profile = \"print\"\n");
    let run = f.build_epub(&[]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
}

/// Regression: keys, values and file names with escape sequences were echoed raw, so a
/// prepared book.toml could clear the screen or retitle the terminal.
#[test]
fn escape_sequences_are_echoed_escaped() {
    let f = book(concat!(
        "[book]\n",
        "title = \"T\"\n",
        "\"titl\\u001be\" = \"x\"\n",
        "\"titl\\u0007e\" = \"x\"\n",
        "\n",
        "[[chapters]]\n",
        "file = \"a.txt\"\n",
    ));
    let run = f.build_epub(&[]);
    assert_eq!(
        run.errors(),
        [
            "error: book.toml:3: unknown key `titl\\u{1b}e` in [book] (hint: did you mean `title`?)",
            "error: book.toml:4: unknown key `titl\\u{7}e` in [book] (hint: did you mean `title`?)",
        ],
        "{}",
        run.stderr
    );
    let f = book("[book]\ntitle = \"T\"\n\n[[chapters]]\nfile = \"\\u001b]0;owned\\u0007.txt\"\n");
    let run = f.build_epub(&[]);
    assert_eq!(
        run.errors(),
        [
            "error: \\u{1b}]0;owned\\u{7}.txt: story file not found (hint: check the `file` path in book.toml (it is relative to book.toml))"
        ],
    );
    assert!(!run.stderr.contains('\u{1b}') && !run.stderr.contains('\u{7}'));
}

#[test]
fn book_toml_that_is_not_utf8() {
    let f = book("");
    f.write("book.toml", b"[book]\n# caf\xe9\ntitle = \"T\"\n");
    assert_fails(
        &f,
        &[
            "error: book.toml:2: is not UTF-8 text (hint: save book.toml as UTF-8 (in most editors: Save As, encoding UTF-8))",
        ],
    );
}

#[test]
fn book_toml_that_is_a_folder() {
    let f = Fixture::new();
    std::fs::create_dir(f.path().join("book.toml")).unwrap();
    for path in [f.path().to_path_buf(), f.path().join("book.toml")] {
        let run = quire(&["build", path.to_str().unwrap(), "--format", "epub"]);
        assert_eq!(
            run.errors(),
            [format!(
                "error: {}: is a folder, not a book.toml file (hint: pass the folder that holds book.toml, or the file itself)",
                f.path().join("book.toml").display()
            )]
        );
        assert_eq!(run.code, 1);
    }
}

/// Run as an unprivileged user: root reads a `chmod 000` file anyway.
#[cfg(unix)]
#[test]
fn book_toml_that_cannot_be_read() {
    use std::os::unix::fs::PermissionsExt;
    let f = book(&common::toml_for(&["a.txt"]));
    let toml = f.path().join("book.toml");
    std::fs::set_permissions(&toml, std::fs::Permissions::from_mode(0o000)).unwrap();
    std::fs::set_permissions(f.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let args = ["build", f.path().to_str().unwrap(), "--format", "epub"];
    let run = common::quire_unprivileged(&args);
    assert_eq!(
        run.errors(),
        [
            "error: book.toml: cannot read: permission denied (hint: make book.toml readable (chmod a+r book.toml))"
        ],
        "stderr:\n{}",
        run.stderr
    );
    assert_eq!(run.code, 1);
}

/// Values with spaces around them are trimmed, and a multi-line blurb folds into one
/// line: the book that comes out passes EPUBCheck.
#[test]
fn spaced_and_multiline_metadata_builds_a_valid_epub() {
    let f = book(concat!(
        "[book]\n",
        "title = \"  Spaced Title \"\n",
        "authors = [\" Ann Writer \"]\n",
        "publisher = \" Small Press\"\n",
        "identifier = \" urn:isbn:9780000000000 \"\n",
        "description = \"\"\"\nA blurb\non two lines.\n\"\"\"\n",
        "date = 2024-05-01T10:30:00+02:00\n",
        "language = \"en-GB\"\n",
        "\n",
        "[[chapters]]\n",
        "file = \"a.txt\"\n",
        "author = \"\\tB. Writer\"\n",
    ));
    let run = f.build_epub(&[]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{}", run.stderr);
    common::epubcheck(&f.path().join("out/spaced-title.epub"));
}

/// A book.toml far larger than any real one is refused before it is read (a sparse file:
/// no disk space used).
#[test]
fn book_toml_too_large() {
    let f = book("");
    let toml = std::fs::File::create(f.path().join("book.toml")).unwrap();
    toml.set_len(17 * 1024 * 1024).unwrap();
    assert_fails(
        &f,
        &[
            "error: book.toml: is larger than 16 MB, too large to be a book.toml (hint: check that this is the book's book.toml)",
        ],
    );
}

/// A named pipe called book.toml is refused, not read (reading it would never end).
#[cfg(unix)]
#[test]
fn book_toml_that_is_a_pipe() {
    let f = Fixture::new();
    let pipe = f.path().join("book.toml");
    let status = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let run = f.build_epub(&[]);
    assert_eq!(
        run.errors(),
        [format!(
            "error: {}: is not a regular file (a device, pipe or socket) (hint: book.toml must be a plain text file)",
            pipe.display()
        )]
    );
    assert_eq!(run.code, 1);
}
