//! Errors as a product: each broken book gets exact, one-line messages naming the file
//! and line, exit code 1 (2 for usage errors), and nothing is written. The story files'
//! errors are in `errors/stories.rs`.

mod common;

use common::{Fixture, STORY, list, quire, toml_for};
use std::path::Path;

#[path = "errors/stories.rs"]
mod stories;

/// Asserts a failed build with exactly these stderr lines and no output folder.
fn assert_fails(f: &Fixture, extra: &[&str], want: &[&str]) {
    let run = f.build_epub(extra);
    assert_eq!(run.errors(), want, "stderr was:\n{}", run.stderr);
    assert_eq!(run.code, 1, "exit code; stderr:\n{}", run.stderr);
    assert!(run.stdout.is_empty(), "stdout: {}", run.stdout);
    assert!(
        !f.path().join("out").exists(),
        "a failed build wrote {:?}",
        f.out_files()
    );
}

#[test]
fn malformed_toml_names_file_and_line() {
    let f = Fixture::with_toml("[book]\ntitle = \"x\"\n\n[[chapters]\nfile = \"a.txt\"\n");
    f.write("a.txt", STORY);
    assert_fails(
        &f,
        &[],
        &[
            "error: book.toml:4: unclosed array table, expected `]` (hint: see README.md for the book.toml format)",
        ],
    );
    let f = Fixture::with_toml("[book]\ntitle = \"x\n\n[[chapters]]\nfile = \"a.txt\"\n");
    assert_fails(
        &f,
        &[],
        &[
            "error: book.toml:2: invalid basic string, expected `\"` (hint: see README.md for the book.toml format)",
        ],
    );
}

#[test]
fn unknown_keys_are_all_reported_with_suggestions() {
    let f = Fixture::with_toml(
        "[book]\ntitel = \"x\"\n\n[[chapters]]\nfile = \"a.txt\"\nauthr = \"b\"\n\n[pdf]\nzzz = 1\n",
    );
    f.write("a.txt", STORY);
    assert_fails(
        &f,
        &[],
        &[
            "error: book.toml:2: unknown key `titel` in [book] (hint: did you mean `title`?)",
            "error: book.toml:6: unknown key `authr` in [[chapters]] (hint: did you mean `author`?)",
            "error: book.toml:9: unknown key `zzz` in [pdf] (hint: expected one of: profile, trim, width, height, font-size, leading, standards)",
        ],
    );
}

#[test]
fn missing_required_keys_are_all_reported() {
    let f = Fixture::with_toml(
        "# no title\n[book]\nauthors = []\n\n[[chapters]]\ntitle = \"One\"\n\n[[chapters]]\nfile = \"a.txt\"\n\n[[chapters]]\nauthor = \"X\"\n",
    );
    f.write("a.txt", STORY);
    assert_fails(
        &f,
        &[],
        &[
            "error: book.toml:2: missing key `title` in [book] (hint: add `title = \"…\"` to [book])",
            "error: book.toml:5: missing key `file` in [[chapters]] (chapter 1) (hint: give each chapter its story file, e.g. `file = \"story.txt\"`)",
            "error: book.toml:11: missing key `file` in [[chapters]] (chapter 3) (hint: give each chapter its story file, e.g. `file = \"story.txt\"`)",
        ],
    );
    let f = Fixture::with_toml("[[chapters]]\nfile = \"a.txt\"\n");
    assert_fails(
        &f,
        &[],
        &["error: book.toml: missing table [book] (hint: add a [book] table with `title = \"…\"`)"],
    );
}

#[test]
fn wrong_type_names_the_line() {
    let f = Fixture::with_toml("[book]\ntitle = 3\n\n[[chapters]]\nfile = \"a.txt\"\n");
    f.write("a.txt", STORY);
    assert_fails(
        &f,
        &[],
        &[
            "error: book.toml:2: invalid type: integer `3`, expected a string (hint: see README.md for the book.toml format)",
        ],
    );
}

#[test]
fn cover_that_is_not_an_image() {
    let f = Fixture::with_toml(
        "[book]\ntitle = \"T\"\ncover = \"cover.png\"\n\n[[chapters]]\nfile = \"a.txt\"\n",
    );
    f.write("a.txt", STORY);
    f.write("cover.png", "this is text, not a PNG");
    assert_fails(
        &f,
        &[],
        &[
            "error: book.toml:3: cover `cover.png` is not a JPEG or PNG image (hint: give a JPEG or PNG image inside the book's folder)",
        ],
    );
    // A cover outside the folder is refused like a story.
    let f = Fixture::with_toml(
        "[book]\ntitle = \"T\"\ncover = \"../c.png\"\n\n[[chapters]]\nfile = \"a.txt\"\n",
    );
    f.write("a.txt", STORY);
    assert_fails(
        &f,
        &[],
        &[
            "error: book.toml:3: `cover = \"../c.png\"` points outside the book's folder (hint: give a JPEG or PNG image inside the book's folder)",
        ],
    );
}

#[test]
fn output_folder_that_is_a_file() {
    let f = Fixture::with_toml(&toml_for(&["a.txt"]));
    f.write("a.txt", STORY);
    let blocker = f.write("not-a-folder", "x");
    let b = blocker.display().to_string();
    let run = f.build_epub(&["--out", &b]);
    assert_eq!(
        run.errors(),
        [format!(
            "error: {b}: output folder is a file, not a folder (hint: choose another output folder with --out)"
        )],
    );
    assert_eq!(run.code, 1);
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "x");
    // Below a file, the folder cannot be made.
    let under = blocker.join("sub").display().to_string();
    let run = f.build_epub(&["--out", &under]);
    assert_eq!(
        run.errors(),
        [format!(
            "error: {under}: cannot create the output folder: not a directory (hint: choose a writable output folder with --out)"
        )],
    );
    assert_eq!(run.code, 1);
    assert_eq!(list(f.path()), ["a.txt", "book.toml", "not-a-folder"]);
}

#[test]
fn several_problems_in_one_run() {
    let f = Fixture::with_toml(&toml_for(&[
        "a.txt",
        "gone.txt",
        "empty.txt",
        "a.txt",
        "../x.txt",
    ]));
    f.write("a.txt", STORY);
    f.write("empty.txt", "");
    assert_fails(
        &f,
        &[],
        &[
            "error: book.toml:15: `a.txt` is listed twice (chapters 1 and 4) (hint: remove one of the [[chapters]] entries)",
            "error: book.toml:18: chapter 5: `file = \"../x.txt\"` points outside the book's folder (hint: story files must be inside the folder that holds book.toml)",
            "error: gone.txt: story file not found (hint: check the `file` path in book.toml (it is relative to book.toml))",
            "error: empty.txt: story is empty (hint: add the story's text, or remove the chapter from book.toml)",
        ],
    );
}

#[test]
fn no_book_toml() {
    let f = Fixture::new();
    let run = f.build_epub(&[]);
    let want = format!(
        "error: {}: cannot find book.toml (hint: run quire in the folder that holds book.toml, or pass its path)",
        f.path().join("book.toml").display()
    );
    assert_eq!(run.errors(), [want]);
    assert_eq!(run.code, 1);
}

#[test]
fn usage_errors_exit_2() {
    let run = quire(&["build", ".", "--format", "mobi"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(
        run.errors()[0],
        "error: invalid value 'mobi' for '--format <FORMAT>'"
    );
    let run = quire(&["build", "--bogus"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.errors()[0],
        "error: unexpected argument '--bogus' found"
    );
    let run = quire(&["frobnicate"]);
    assert_eq!(run.code, 2);
}

/// A good build, then a broken book: the error is reported, the earlier EPUB is
/// untouched byte for byte, and no temporary file is left anywhere.
#[test]
fn failed_build_keeps_the_earlier_output() {
    let f = Fixture::with_toml(&toml_for(&["a.txt", "b.txt"]));
    f.write("a.txt", STORY);
    f.write("b.txt", STORY.replace("Quiet", "Loud"));
    let run = f.build_epub(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(f.out_files(), ["test-book.epub"]);
    let epub = f.path().join("out/test-book.epub");
    let good = std::fs::read(&epub).unwrap();

    // Broken story.
    std::fs::remove_file(f.path().join("b.txt")).unwrap();
    let run = f.build_epub(&[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.errors(),
        [
            "error: b.txt: story file not found (hint: check the `file` path in book.toml (it is relative to book.toml))"
        ]
    );
    assert_eq!(std::fs::read(&epub).unwrap(), good);
    assert_eq!(f.out_files(), ["test-book.epub"]);

    // Broken book.toml.
    f.write("b.txt", STORY);
    f.write("book.toml", "[book\n");
    let run = f.build_epub(&[]);
    assert_eq!(run.code, 1);
    assert_eq!(std::fs::read(&epub).unwrap(), good);
    assert_eq!(f.out_files(), ["test-book.epub"]);
    assert_no_tmp(f.path());
}

/// A write that fails at the last step (the output name is taken by a folder) leaves
/// no temporary file and no partial output.
#[test]
fn failed_write_leaves_no_temporary_file() {
    let f = Fixture::with_toml(&toml_for(&["a.txt"]));
    f.write("a.txt", STORY);
    std::fs::create_dir_all(f.path().join("out/test-book.epub")).unwrap();
    let run = f.build_epub(&[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.errors(),
        [format!(
            "error: {}: a folder is in the way of the output file (hint: move the folder, or choose another output folder with --out)",
            f.path().join("out/test-book.epub").display()
        )]
    );
    assert_eq!(f.out_files(), ["test-book.epub"]);
    assert_no_tmp(f.path());
}

fn assert_no_tmp(dir: &Path) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        assert!(
            !name.ends_with(".tmp"),
            "left behind: {}",
            e.path().display()
        );
        if e.file_type().unwrap().is_dir() {
            assert_no_tmp(&e.path());
        }
    }
}
