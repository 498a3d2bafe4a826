//! Errors in the story files: missing, a folder, unreadable, a pipe, binary, a document
//! that is not plain text, too large, broken UTF-16, empty, a note only, listed twice, or
//! outside the book's folder; each named with its file and what to do.

use super::*;

#[test]
fn missing_story_file() {
    let f = Fixture::with_toml(&toml_for(&["a.txt", "gone.txt"]));
    f.write("a.txt", STORY);
    assert_fails(
        &f,
        &[],
        &[
            "error: gone.txt: story file not found (hint: check the `file` path in book.toml (it is relative to book.toml))",
        ],
    );
}

#[test]
fn folder_given_as_story() {
    let f = Fixture::with_toml(&toml_for(&["stories"]));
    f.write("stories/a.txt", STORY);
    assert_fails(
        &f,
        &[],
        &["error: stories: is a folder, not a story file (hint: name a .txt file inside it)"],
    );
}

/// The permission case is run as an unprivileged user: root reads a `chmod 000` file
/// anyway, so a root test of it would prove nothing.
#[cfg(unix)]
#[test]
fn unreadable_story_file() {
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::with_toml(&toml_for(&["a.txt", "secret.txt"]));
    f.write("a.txt", STORY);
    let secret = f.write("secret.txt", STORY);
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    std::fs::set_permissions(f.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let args = [
        "build".to_string(),
        f.path().display().to_string(),
        "--format".into(),
        "epub".into(),
    ];
    let run = common::quire_unprivileged(&args);
    assert_eq!(
        run.errors(),
        [
            "error: secret.txt: cannot read story file: permission denied (hint: make the file readable (chmod a+r))"
        ],
        "stderr:\n{}",
        run.stderr
    );
    assert_eq!(run.code, 1);
    assert!(!f.path().join("out").exists());
}

#[cfg(unix)]
#[test]
fn named_pipe_is_refused_not_read() {
    let f = Fixture::with_toml(&toml_for(&["pipe.txt"]));
    let status = std::process::Command::new("mkfifo")
        .arg(f.path().join("pipe.txt"))
        .status()
        .expect("mkfifo");
    assert!(status.success());
    // Reading a pipe nobody writes to never ends: the build must not try.
    assert_fails(
        &f,
        &[],
        &[
            "error: pipe.txt: is not a regular file (it is a device, pipe or socket) (hint: give a plain-text story (.txt))",
        ],
    );
}

#[test]
fn binary_file() {
    let f = Fixture::with_toml(&toml_for(&["a.txt", "photo.jpg", "data.bin"]));
    f.write("a.txt", STORY);
    f.write("photo.jpg", b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01");
    // No NUL byte, but mostly control bytes: not text either.
    f.write(
        "data.bin",
        b"\x01\x02\x03abc\x04\x05\x06\x07\x08\x0E\x0F\x10\x11",
    );
    assert_fails(
        &f,
        &[],
        &[
            "error: photo.jpg: is a JPEG image, not plain text (hint: open it in the program that made it and save or export the story as plain text (.txt))",
            "error: data.bin: is a binary file, not text (it contains NUL or control bytes) (hint: give a plain-text story (.txt))",
        ],
    );
}

/// Stories saved in a format Quire does not read are named for what they are, with what
/// to do; an RTF document is read whatever it is called, and a text file that merely
/// mentions such things is read.
#[test]
fn documents_that_are_not_plain_text() {
    let f = Fixture::with_toml(&toml_for(&[
        "a.txt", "s.pdf", "s.docx", "s.rtf", "s.doc", "ok.txt",
    ]));
    f.write("a.txt", STORY);
    f.write("s.pdf", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj");
    f.write("s.docx", b"PK\x03\x04\x14\x00\x06\x00");
    f.write(
        "s.rtf",
        b"{\\rtf1\\ansi\\deff0 {\\fonttbl} Once upon a time}",
    );
    f.write("s.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00");
    f.write(
        "ok.txt",
        "PDF files and <html> tags are mentioned here, {\\rtf too}.\n",
    );
    let hint = "(hint: open it in the program that made it and save or export the story as plain text (.txt))";
    assert_fails(
        &f,
        &[],
        &[
            &format!("error: s.pdf: is a PDF document, not plain text {hint}"),
            &format!(
                "error: s.docx: is a zip archive that is no Word (.docx), OpenDocument (.odt) or EPUB file Quire can open, not plain text {hint}"
            ),
            &format!("error: s.doc: is an old Word (.doc) document, not plain text {hint}"),
        ],
    );
}

/// A story file far beyond any real story is refused before it is read (a sparse file:
/// no disk space used).
#[test]
fn story_file_too_large() {
    let f = Fixture::with_toml(&toml_for(&["a.txt", "huge.txt"]));
    f.write("a.txt", STORY);
    let huge = std::fs::File::create(f.path().join("huge.txt")).unwrap();
    huge.set_len(65 * 1024 * 1024).unwrap();
    assert_fails(
        &f,
        &[],
        &[
            "error: huge.txt: is 65 MB, more than the 64 MB a story file may be (hint: check that `file` names the story; split a longer work into chapters)",
        ],
    );
}

#[test]
fn broken_utf16_file() {
    // UTF-16 is read by its byte-order mark (tests/fixtures/stories/utf16_notepad.txt);
    // a file cut off in the middle of a character is refused, not guessed at.
    let f = Fixture::with_toml(&toml_for(&["a.txt"]));
    let mut bytes = vec![0xFF, 0xFE];
    for u in STORY.encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    bytes.push(b'x');
    f.write("a.txt", bytes);
    assert_fails(
        &f,
        &[],
        &[
            "error: a.txt: is UTF-16 text with bytes that are not UTF-16 (a broken or cut-off file) (hint: re-save the file as UTF-8)",
        ],
    );
}

#[test]
fn empty_and_blank_files() {
    let f = Fixture::with_toml(&toml_for(&["empty.txt", "blank.txt"]));
    f.write("empty.txt", "");
    f.write("blank.txt", " \r\n\t\n\u{feff}\n   ");
    assert_fails(
        &f,
        &[],
        &[
            "error: empty.txt: story is empty (hint: add the story's text, or remove the chapter from book.toml)",
            "error: blank.txt: story is empty (hint: add the story's text, or remove the chapter from book.toml)",
        ],
    );
}

/// A story that is nothing but an author's note still builds — the note is kept, as a
/// note — and the user is warned.
#[test]
fn note_only_file_warns_and_keeps_the_text() {
    let f = Fixture::with_toml(&toml_for(&["a.txt", "note.txt"]));
    f.write("a.txt", STORY);
    f.write("note.txt", "A/N: Sorry, no update this week!");
    let run = f.build_epub(&[]);
    assert_eq!(
        run.errors(),
        [
            "warning: note.txt: no title found; using \"Note\", made from the file's name (hint: add `title = \"…\"` to this chapter in book.toml)",
            "warning: note.txt: story has only an author's note and no story text (hint: if this text is the story, set `preface = 0` for this chapter in book.toml)",
        ],
        "stderr:\n{}",
        run.stderr
    );
    assert_eq!(run.code, 0);
    let epub = std::fs::read(f.path().join("out/test-book.epub")).unwrap();
    assert!(common::epub_text(&epub).contains("Sorry, no update this week!"));
}

#[cfg(unix)]
#[test]
fn same_file_listed_twice_however_it_is_named() {
    let f = Fixture::with_toml(&toml_for(&[
        "a.txt",
        "b.txt",
        "./a.txt",
        "sub/../b.txt",
        "alias.txt",
    ]));
    f.write("a.txt", STORY);
    f.write("b.txt", STORY);
    f.write("sub/keep", "");
    std::os::unix::fs::symlink("a.txt", f.path().join("alias.txt")).unwrap();
    assert_fails(
        &f,
        &[],
        &[
            "error: book.toml:12: `./a.txt` is listed twice (chapters 1 and 3) (hint: remove one of the [[chapters]] entries)",
            "error: book.toml:15: `sub/../b.txt` is listed twice (chapters 2 and 4) (hint: remove one of the [[chapters]] entries)",
            "error: book.toml:18: `alias.txt` is listed twice (chapters 1 and 5) (hint: remove one of the [[chapters]] entries)",
        ],
    );
}

/// Paths outside the book's folder are refused whether or not they exist, and whether
/// they get out by `..`, by being absolute, or through a symbolic link (even a dangling
/// one, which would otherwise be "not found" and later, once created, read).
#[cfg(unix)]
#[test]
fn paths_outside_the_book_are_refused() {
    let top = Fixture::new();
    top.write("secret.txt", STORY);
    let book = top.path().join("book");
    std::fs::create_dir(&book).unwrap();
    let files = [
        "../secret.txt",
        "../nothing-here.txt",
        "a/../../secret.txt",
        "/etc/hostname",
        "link.txt",
        "dangling.txt",
        "linkdir/secret.txt",
        "loop.txt",
    ];
    std::fs::write(book.join("book.toml"), toml_for(&files)).unwrap();
    std::os::unix::fs::symlink(top.path().join("secret.txt"), book.join("link.txt")).unwrap();
    std::os::unix::fs::symlink("../not-yet.txt", book.join("dangling.txt")).unwrap();
    std::os::unix::fs::symlink("..", book.join("linkdir")).unwrap();
    std::os::unix::fs::symlink("loop.txt", book.join("loop.txt")).unwrap();
    let run = quire(&["build", book.to_str().unwrap(), "--format", "epub"]);
    let hint = "(hint: story files must be inside the folder that holds book.toml)";
    let want: Vec<String> = [
        (6, 1, "`file = \"../secret.txt\"` points outside the book's folder"),
        (9, 2, "`file = \"../nothing-here.txt\"` points outside the book's folder"),
        (12, 3, "`file = \"a/../../secret.txt\"` points outside the book's folder"),
        (15, 4, "`file = \"/etc/hostname\"` is an absolute path"),
        (18, 5, "`file = \"link.txt\"` points outside the book's folder (through a symbolic link)"),
        (21, 6, "`file = \"dangling.txt\"` points outside the book's folder (through a symbolic link)"),
        (24, 7, "`file = \"linkdir/secret.txt\"` points outside the book's folder (through a symbolic link)"),
        (27, 8, "`file = \"loop.txt\"` is a symbolic link that loops"),
    ]
    .iter()
    .map(|(line, n, msg)| format!("error: book.toml:{line}: chapter {n}: {msg} {hint}"))
    .collect();
    assert_eq!(run.errors(), want, "stderr:\n{}", run.stderr);
    assert_eq!(run.code, 1);
    assert!(!book.join("out").exists());
}
