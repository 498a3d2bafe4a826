//! Hostile folders and broken bytes: a book folder prepared by someone else cannot make a
//! build write outside the book folder or over its own input, broken bytes never turn
//! silently into mojibake, and broken covers are refused naming `cover`. Every folder is
//! built in a temporary directory here; every book that is accepted is checked with
//! EPUBCheck and `qpdf --check`.

mod common;

use common::{Fixture, STORY, list, quire, tiny_png as png, toml_for};
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Command;

/// `quire build <book> --format epub --format pdf` plus `extra`.
fn build_both(f: &Fixture, extra: &[&str]) -> common::Run {
    let mut args = vec![
        "build".to_string(),
        f.path().display().to_string(),
        "--format".into(),
        "epub".into(),
        "--format".into(),
        "pdf".into(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    quire(&args)
}

/// Both outputs of an accepted book are valid.
fn assert_valid(dir: &Path) {
    common::epubcheck(&dir.join("test-book.epub"));
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(dir.join("test-book.pdf"))
        .output()
        .expect("qpdf is needed (.ci/install-tools)");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && report.contains("No syntax or stream encoding errors"),
        "{report}"
    );
}

/// A regular file (not a link) at `p`.
fn is_plain_file(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_file())
}

// ---------------------------------------------------------------------------------------
// Where outputs go.

/// `out` is a link to a folder outside the book (directly, or through a second link):
/// refused, and nothing is written there.
#[test]
fn symlinked_out_leaving_the_book_is_refused() {
    for chain in [false, true] {
        let outside = tempfile::tempdir().unwrap();
        let f = Fixture::with_toml(&toml_for(&["a.txt"]));
        f.write("a.txt", STORY);
        if chain {
            symlink(outside.path(), f.path().join("elsewhere")).unwrap();
            symlink("elsewhere", f.path().join("out")).unwrap();
        } else {
            symlink(outside.path(), f.path().join("out")).unwrap();
        }
        let run = build_both(&f, &[]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        let want = format!(
            "error: {}: the output folder is a symbolic link that leads outside the book's folder (it points to {}) (hint: remove the link, or name the folder you want with --out)",
            f.path().join("out").display(),
            if chain {
                "elsewhere".to_string()
            } else {
                outside.path().display().to_string()
            }
        );
        assert_eq!(run.errors(), [want]);
        assert!(
            list(outside.path()).is_empty(),
            "{:?}",
            list(outside.path())
        );
    }
}

/// A link to a folder inside the book, and a link given with --out (the user's own
/// choice), are followed.
#[test]
fn symlinked_out_inside_the_book_or_given_with_out_is_used() {
    let f = Fixture::with_toml(&toml_for(&["a.txt"]));
    f.write("a.txt", STORY);
    std::fs::create_dir(f.path().join("build")).unwrap();
    symlink("build", f.path().join("out")).unwrap();
    let run = build_both(&f, &["--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        list(&f.path().join("build")),
        ["test-book.epub", "test-book.pdf"]
    );
    assert_valid(&f.path().join("build"));

    let outside = tempfile::tempdir().unwrap();
    let link = f.path().join("to-outside");
    symlink(outside.path(), &link).unwrap();
    let run = build_both(&f, &["--quiet", "--out", link.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(list(outside.path()), ["test-book.epub", "test-book.pdf"]);
}

/// A folder whose `out/` holds links at the output's name and at every temporary name
/// earlier versions used (`.<name>.<pid>.tmp`, for the next few thousand process ids):
/// the build writes regular files in `out/` and never through a link. (Before, the
/// temporary file was opened through the link, overwriting the file it pointed to, and
/// the output became a link to it.)
#[test]
fn planted_links_in_out_are_never_written_through() {
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let f = Fixture::with_toml(&toml_for(&["a.txt"]));
    f.write("a.txt", STORY);
    let out = f.path().join("out");
    std::fs::create_dir(&out).unwrap();
    for name in ["test-book.epub", "test-book.pdf"] {
        symlink(&victim, out.join(name)).unwrap();
    }
    // Process ids are handed out in order: the build's will be a little above this one.
    let mut probe = Command::new("true").spawn().unwrap();
    let next = probe.id();
    probe.wait().unwrap();
    for pid in next..next + 3000 {
        for ext in ["epub", "pdf"] {
            symlink(&victim, out.join(format!(".test-book.{ext}.{pid}.tmp"))).unwrap();
        }
    }
    let run = build_both(&f, &["--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert!(is_plain_file(&out.join("test-book.epub")));
    assert!(is_plain_file(&out.join("test-book.pdf")));
    assert_valid(&out);
    // Links of the old naming whose process is gone were removed as stale; none was
    // followed to remove its target.
    assert!(victim.exists());
}

/// A chapter or the cover listed as the output's own name: refused before anything is
/// written, and the input is left as it was.
#[test]
fn an_output_never_overwrites_an_input() {
    let f = Fixture::with_toml(&toml_for(&["a.txt", "out/test-book.pdf"]));
    f.write("a.txt", STORY);
    f.write("out/test-book.pdf", STORY.replace("Quiet", "Loud"));
    let run = build_both(&f, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.errors(),
        [format!(
            "error: {}: the output would overwrite `out/test-book.pdf`, which the book reads (hint: keep story files and the cover out of the output folder, or choose another with --out)",
            f.path().join("out/test-book.pdf").display()
        )]
    );
    assert_eq!(
        std::fs::read_to_string(f.path().join("out/test-book.pdf")).unwrap(),
        STORY.replace("Quiet", "Loud")
    );
    assert_eq!(f.out_files(), ["test-book.pdf"]);

    // Named another way (through a linked folder, with --out naming the same folder).
    let f = Fixture::with_toml(&toml_for(&["stories/test-book.epub"]));
    f.write("stories/test-book.epub", STORY);
    symlink("stories", f.path().join("s")).unwrap();
    let out = f.path().join("s");
    let run = build_both(&f, &["--out", out.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the output would overwrite `stories/test-book.epub`"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(f.path().join("stories/test-book.epub")).unwrap(),
        STORY
    );

    // A link at the output's name that leads to a story is replaced, not written
    // through: the story stays as it was.
    let f = Fixture::with_toml(&toml_for(&["a.txt"]));
    f.write("a.txt", STORY);
    std::fs::create_dir(f.path().join("out")).unwrap();
    symlink("../a.txt", f.path().join("out/test-book.epub")).unwrap();
    let run = f.build_epub(&["--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(f.path().join("a.txt")).unwrap(),
        STORY
    );
    assert!(is_plain_file(&f.path().join("out/test-book.epub")));
}

/// A build killed while writing leaves a temporary file; the next build removes it, and
/// leaves alone files that are not Quire's and the temporary file of a build still
/// running.
#[test]
fn leftover_temporary_files_are_removed() {
    let f = Fixture::with_toml(&toml_for(&["a.txt"]));
    f.write("a.txt", STORY);
    let running = std::process::id();
    let stale = [
        ".quire-4000000-x7Rk2p.tmp", // a process id above any the system hands out
        ".test-book.epub.4000001.tmp",
        ".test-book.pdf.4000002.tmp",
    ];
    for name in stale {
        f.write(&format!("out/{name}"), "partial");
    }
    // A stale name that is a link: the link goes, what it points to stays.
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    symlink(&victim, f.path().join("out/.quire-4000003-Zz9yXw.tmp")).unwrap();
    let live = format!(".quire-{running}-Ab12Cd.tmp");
    let kept = ["notes.tmp", ".quire-draft.txt", live.as_str()];
    for name in kept {
        f.write(&format!("out/{name}"), "keep");
    }
    let run = build_both(&f, &["--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut want: Vec<String> = kept.iter().map(|s| s.to_string()).collect();
    want.extend(["test-book.epub".into(), "test-book.pdf".into()]);
    want.sort();
    assert_eq!(f.out_files(), want);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
}

// ---------------------------------------------------------------------------------------
// Broken bytes.

/// A UTF-8 story with a few invalid bytes stays UTF-8 ("Café" is not "CafÃ©"); each
/// invalid run is read on its own and reported with the file and line.
#[test]
fn invalid_bytes_in_utf8_are_repaired_and_reported() {
    let f = Fixture::with_toml(&toml_for(&["a.txt"]));
    f.write(
        "a.txt",
        b"The Caf\xc3\xa9\n\nShe said \x93hello\x94 at the caf\xc3\xa9.\n\nA cut \xe2\x80 sequence.",
    );
    let run = build_both(&f, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.errors(),
        [
            "warning: a.txt:3: byte 0x93 is not valid UTF-8: read as Windows-1252 \"\u{201c}\" (U+201C) (hint: check this line, or re-save the file as UTF-8)",
            "warning: a.txt:3: byte 0x94 is not valid UTF-8: read as Windows-1252 \"\u{201d}\" (U+201D) (hint: check this line, or re-save the file as UTF-8)",
            "warning: a.txt:5: bytes 0xE2 0x80 are not valid UTF-8: replaced by U+FFFD (hint: check this line, or re-save the file as UTF-8)",
        ]
    );
    let epub = std::fs::read(f.path().join("out/test-book.epub")).unwrap();
    let text = common::epub_text(&epub);
    assert!(text.contains("café") && !text.contains("Ã"), "{text}");
    assert!(text.contains("\u{201c}hello\u{201d}"), "{text}");
    assert_valid(&f.path().join("out"));
}

/// After a byte-order mark, invalid bytes are reported too (they were silently replaced).
#[test]
fn invalid_bytes_after_a_bom_are_reported() {
    let f = Fixture::with_toml(&toml_for(&["a.txt"]));
    f.write(
        "a.txt",
        b"\xEF\xBB\xBFThe Title\r\n\r\nFirst line.\r\nBad \xff\xfe here \x85 too.",
    );
    let run = build_both(&f, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.errors(),
        [
            "warning: a.txt:4: bytes 0xFF 0xFE are not valid UTF-8: replaced by U+FFFD (hint: check this line, or re-save the file as UTF-8)",
            "warning: a.txt:4: byte 0x85 is not valid UTF-8: read as Windows-1252 \"\u{2026}\" (U+2026) (hint: check this line, or re-save the file as UTF-8)",
        ]
    );
    assert_valid(&f.path().join("out"));
}

/// A file in Windows-1252 throughout is read as such without complaint; one in another
/// legacy encoding is read as that encoding, with a warning.
#[test]
fn legacy_encodings_are_told_apart() {
    let f = Fixture::with_toml(&toml_for(&["w.txt", "c.txt"]));
    f.write(
        "w.txt",
        b"A Caf\xe9 Story\n\nShe said \x93no\x94 to the cr\xe8me br\xfbl\xe9e.",
    );
    // Russian in Windows-1251: "Тихая комната" / "Она вошла в комнату и села у окна."
    let (cyrillic, _, _) = encoding_rs::WINDOWS_1251.encode(
        "Тихая комната\n\nОна вошла в комнату и села у окна. Потом она ушла, и в комнате стало тихо.",
    );
    f.write("c.txt", &cyrillic);
    let run = build_both(&f, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.errors(),
        [
            "warning: c.txt: is not UTF-8; read as windows-1251, the encoding its bytes look like (hint: check the text in the output, or re-save the file as UTF-8)"
        ]
    );
    let epub = std::fs::read(f.path().join("out/test-book.epub")).unwrap();
    let text = common::epub_text(&epub);
    assert!(text.contains("crème brûlée"), "{text}");
    assert!(text.contains("Она вошла в комнату"), "{text}");
    assert_valid(&f.path().join("out"));
}

// ---------------------------------------------------------------------------------------
// Covers.

/// A 16 × 24 grey baseline JPEG, made here: every block is flat mid-grey, so each is
/// coded as a DC difference of 0 and an end of block, with one-code Huffman tables.
fn jpeg() -> Vec<u8> {
    let mut j = vec![0xFF, 0xD8];
    // Quantisation table 0: all ones.
    j.extend([0xFF, 0xDB, 0, 67, 0]);
    j.extend([1u8; 64]);
    // Frame: 8-bit, 24 high, 16 wide, one component (id 1, 1×1 sampling, table 0).
    j.extend([0xFF, 0xC0, 0, 11, 8, 0, 24, 0, 16, 1, 1, 0x11, 0]);
    // Huffman tables: DC 0 and AC 0, each one code of length 1 (DC category 0, EOB).
    for class in [0x00u8, 0x10] {
        j.extend([0xFF, 0xC4, 0, 20, class, 1]);
        j.extend([0u8; 15]);
        j.push(0);
    }
    // Scan of the one component, then 6 blocks × 2 bits of zeros, padded with ones.
    j.extend([0xFF, 0xDA, 0, 8, 1, 1, 0x00, 0, 63, 0]);
    j.extend([0x00, 0x0F]);
    j.extend([0xFF, 0xD9]);
    j
}

/// A PNG chunk with its length and checksum.
fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = (data.len() as u32).to_be_bytes().to_vec();
    c.extend(kind);
    c.extend(data);
    let mut crc = flate2::Crc::new();
    crc.update(&c[4..]);
    c.extend(crc.sum().to_be_bytes());
    c
}

fn cover_book(cover: &str) -> Fixture {
    let f = Fixture::with_toml(&format!(
        "[book]\ntitle = \"Test Book\"\nauthors = [\"A. Writer\"]\ncover = \"{cover}\"\n\n[[chapters]]\nfile = \"a.txt\"\n"
    ));
    f.write("a.txt", STORY);
    f
}

/// Asserts the build fails with this one message about the cover on line 4.
fn assert_cover_refused(f: &Fixture, message: &str, hint: &str) {
    let run = build_both(f, &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.errors(),
        [format!("error: book.toml:4: {message} (hint: {hint})")]
    );
    assert!(!f.path().join("out").exists());
}

const IMAGE_HINT: &str = "give a JPEG or PNG image inside the book's folder";

#[test]
fn good_covers_build_valid_books() {
    for (name, bytes) in [("cover.png", png()), ("cover.jpg", jpeg())] {
        let f = cover_book(name);
        f.write(name, bytes);
        let run = build_both(&f, &["--quiet"]);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        assert_valid(&f.path().join("out"));
        // The given cover, not a generated one, opens the (screen) PDF.
        let list = Command::new("pdfimages")
            .arg("-list")
            .arg(f.path().join("out/test-book.pdf"))
            .output()
            .unwrap();
        let list = String::from_utf8_lossy(&list.stdout);
        let size = if name.ends_with("png") {
            ["2", "3"]
        } else {
            ["16", "24"]
        };
        let first: Vec<&str> = list
            .lines()
            .nth(2)
            .unwrap_or("")
            .split_whitespace()
            .collect();
        assert!(
            first.len() > 4 && first[0] == "1" && first[3..5] == size,
            "{name}: {list}"
        );
    }
}

#[test]
fn truncated_covers_are_refused() {
    let p = png();
    let f = cover_book("cover.png");
    f.write("cover.png", &p[..p.len() - 12]); // the IEND chunk cut off
    assert_cover_refused(
        &f,
        "cover `cover.png` is a damaged PNG image (it is cut off before its end)",
        IMAGE_HINT,
    );
    let j = jpeg();
    let f = cover_book("cover.jpg");
    f.write("cover.jpg", &j[..j.len() - 3]); // cut in the scan
    assert_cover_refused(
        &f,
        "cover `cover.jpg` is a damaged JPEG image (it is cut off before its end)",
        IMAGE_HINT,
    );
    // Cut inside the header: no size to be found.
    f.write("cover.jpg", &j[..30]);
    assert_cover_refused(
        &f,
        "cover `cover.jpg` is a damaged JPEG image (no size found)",
        IMAGE_HINT,
    );
}

/// A small file whose header claims 100,000 × 100,000 pixels (a reader would try to
/// decode 40 GB).
#[test]
fn cover_claiming_huge_dimensions_is_refused() {
    let mut ihdr = 100_000u32.to_be_bytes().to_vec();
    ihdr.extend(100_000u32.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut p = png()[..8].to_vec();
    p.extend(chunk(b"IHDR", &ihdr));
    p.extend(chunk(b"IDAT", &png()[41..57]));
    p.extend(chunk(b"IEND", &[]));
    let f = cover_book("cover.png");
    f.write("cover.png", &p);
    assert_cover_refused(
        &f,
        "cover `cover.png` claims 100000 × 100000 pixels; a cover may be at most 10000 pixels a side and 40 megapixels",
        "check the image, or scale it down (1600 × 2400 is plenty)",
    );
}

/// A 2 GB cover is refused by its size, before it is read (the file is sparse: it takes
/// no disk space).
#[test]
fn huge_cover_file_is_refused_before_reading() {
    let f = cover_book("cover.png");
    let path = f.write("cover.png", png());
    std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(2 * 1024 * 1024 * 1024)
        .unwrap();
    assert_cover_refused(
        &f,
        "cover `cover.png` is 2048 MB, more than the 20 MB a cover may be",
        "check that `cover` names the right image, or save it smaller",
    );
}
