//! Every character printed: characters Charis SIL and Noto Serif lack are set in installed
//! faces (Noto CJK for 愛, Symbola for 💙 and 😀 — `.ci/install-tools` installs both) that
//! are embedded and subset, so `mutool trace` shows no `.notdef` for them; a character no
//! font has is a warning naming the file, chapter and code point with the fix, and still
//! copies out of the PDF as itself; `[fonts] fallback` puts named families first, and
//! every way to write it wrong is refused at its line.

mod common;

use common::{Fixture, Run, build_format, pdftotext, quire};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// U+10FFFD and U+10FFFC, private-use characters: in no font. Two of them, because
/// boxes that share one glyph share one ToUnicode entry (the old bug: every such
/// character copied out as the same one).
const NOBODY: char = '\u{10FFFD}';
const NOBODY_ELSE: char = '\u{10FFFC}';

/// Two chapters: the emoji come first in the book, the CJK in the second chapter, so the
/// faces are met in a different order by different threads.
const HEARTS: &str = "The Card\n\nShe drew a heart 💙 on the card and then a grin 😀 below it, \
                      because words were not enough that morning.\n\nHe kept it.\n";
const WORD: &str = "The Word\n\nThe old sign over the door read 愛 in brush strokes, and under it \
                    someone had pinned a mark nobody could print: \u{10FFFD} there, and \u{10FFFC} too.\n";

/// Whether some installed font has `c`, by fontconfig (which is not what Quire asks, so
/// the two agree only when the font is really there).
fn installed(c: char) -> Option<String> {
    let out = Command::new("fc-list")
        .arg(format!(":charset={:x}", c as u32))
        .arg("family")
        .output()
        .ok()?;
    let families = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (!families.is_empty()).then_some(families)
}

/// Skips (with the reason) unless fonts for 愛, 💙 and 😀 are installed.
fn fonts_present() -> bool {
    let absent: Vec<char> = ['愛', '💙', '😀']
        .into_iter()
        .filter(|c| installed(*c).is_none())
        .collect();
    if !absent.is_empty() {
        eprintln!(
            "SKIPPED: no installed font has {absent:?}; run `bash .ci/install-tools` \
             (fonts-noto-cjk, fonts-symbola)"
        );
    }
    absent.is_empty()
}

/// A two-chapter book, with `fonts` as its `[fonts]` table.
fn book(fonts: &str) -> Fixture {
    let f = Fixture::with_toml(&format!(
        "[book]\ntitle = \"Signs\"\nauthors = [\"A. Writer\"]\n\n{fonts}\n\
         [[chapters]]\nfile = \"hearts.txt\"\n\n[[chapters]]\nfile = \"word.txt\"\n"
    ));
    f.write("hearts.txt", HEARTS);
    f.write("word.txt", WORD);
    f
}

struct Built {
    fixture: Fixture,
    pdf: PathBuf,
    stderr: String,
}

/// The book built once, to PDF.
fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        // Boxes allowed, so the build goes on to show how a box copies out.
        let f = book("[fonts]\nmissing = \"box\"\n");
        let (pdf, stderr) = build_format(f.path(), "pdf", &f.path().join("out"));
        Built {
            fixture: f,
            pdf,
            stderr,
        }
    })
}

/// The embedded fonts by `pdffonts`: (name, embedded, subset, has ToUnicode).
fn fonts(pdf: &Path) -> Vec<(String, bool, bool, bool)> {
    common::tool("pdffonts", &[pdf.to_str().unwrap()])
        .lines()
        .skip(2)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            let n = cols.len();
            (n >= 7).then(|| {
                let yes = |i: usize| cols[n - 5 + i] == "yes";
                (cols[0].to_string(), yes(0), yes(1), yes(2))
            })
        })
        .collect()
}

#[test]
fn cjk_and_emoji_are_drawn_from_installed_faces_never_as_notdef() {
    if !fonts_present() {
        return;
    }
    let b = built();
    let trace = common::tool("mutool", &["trace", b.pdf.to_str().unwrap()]);
    let glyphs: Vec<&str> = trace.lines().filter(|l| l.contains("<g ")).collect();
    assert!(glyphs.len() > 100, "{} glyphs", glyphs.len());
    for c in ['愛', '💙', '😀'] {
        let drawn: Vec<&&str> = glyphs
            .iter()
            .filter(|l| l.contains(&format!("unicode=\"{c}\"")))
            .collect();
        assert_eq!(drawn.len(), 1, "{c} drawn {} times", drawn.len());
        assert!(!drawn[0].contains("glyph=\".notdef\""), "{c}: {}", drawn[0]);
    }
    // The only .notdef boxes are the characters no font has, each standing for itself.
    let notdef: Vec<&&str> = glyphs.iter().filter(|l| l.contains(".notdef")).collect();
    assert_eq!(notdef.len(), 2, "{notdef:?}");
    for (g, c) in notdef.iter().zip([NOBODY, NOBODY_ELSE]) {
        assert!(g.contains(&format!("unicode=\"{c}\"")), "{g}");
    }
}

#[test]
fn the_installed_faces_are_embedded_and_subset() {
    if !fonts_present() {
        return;
    }
    let fonts = fonts(&built().pdf);
    let bundled = ["CharisSIL", "NotoSerif", "QuireMissingGlyphs"];
    let installed: Vec<&(String, bool, bool, bool)> = fonts
        .iter()
        .filter(|f| !bundled.iter().any(|b| f.0.ends_with(&format!("+{b}"))))
        .filter(|f| !f.0.contains("+CharisSIL-"))
        .collect();
    // One face for 愛, one for the emoji.
    assert_eq!(installed.len(), 2, "{fonts:?}");
    for f in &fonts {
        assert!(
            f.1 && f.2 && f.3,
            "not embedded, subset, with ToUnicode: {f:?}"
        );
        assert!(f.0.as_bytes()[6] == b'+', "no subset tag: {f:?}");
    }
    // When Noto Serif CJK is there, it is the one chosen for a Latin-script book.
    if installed_family("Noto Serif CJK JP") {
        assert!(
            fonts.iter().any(|f| f.0.contains("+NotoSerifCJK")),
            "{fonts:?}"
        );
    }
}

fn installed_family(name: &str) -> bool {
    common::tool("fc-list", &[":", "family"])
        .lines()
        .any(|l| l.split(',').any(|n| n.trim() == name))
}

#[test]
fn every_character_copies_out_as_itself_in_order() {
    let b = built();
    let text = pdftotext(&b.pdf);
    let mut at = 0;
    for c in ['💙', '😀', '愛', NOBODY, NOBODY_ELSE] {
        let found = text[at..]
            .find(c)
            .unwrap_or_else(|| panic!("{c} ({:X}) not after byte {at} in {text}", c as u32));
        at += found + c.len_utf8();
    }
    // Each exactly once: no glyph stands for another's text.
    for c in ['💙', '😀', '愛', NOBODY, NOBODY_ELSE] {
        assert_eq!(text.matches(c).count(), 1, "{c} in {text}");
    }
    for w in [
        "heart 💙 on",
        "grin 😀 below",
        "read 愛 in",
        &format!("print: {NOBODY} there"),
    ] {
        assert!(text.contains(w), "{w:?} in {text}");
    }
}

#[test]
fn a_character_no_font_has_is_one_warning_with_the_fix() {
    let b = built();
    let lines: Vec<&str> = b.stderr.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(lines.len(), 1, "{}", b.stderr);
    let w = lines[0];
    for part in [
        "word.txt",
        "U+10FFFD",
        "The Word",
        "install a font",
        "[fonts] fallback",
    ] {
        assert!(w.contains(part), "{part:?} in {w}");
    }
    if fonts_present() {
        assert!(!w.contains("U+1F499") && !w.contains("U+611B"), "{w}");
    }
}

#[test]
fn builds_with_installed_faces_are_byte_identical() {
    let b = built();
    let dir = b.fixture.path();
    let (again, _) = build_format(dir, "pdf", &dir.join("again"));
    assert!(
        std::fs::read(&b.pdf).unwrap() == std::fs::read(again).unwrap(),
        "two builds of the same book differ"
    );
}

#[test]
fn a_family_named_in_fonts_fallback_comes_first() {
    if !fonts_present()
        || !installed("😀".chars().next().unwrap()).is_some_and(|f| f.contains("DejaVu Sans"))
    {
        eprintln!("SKIPPED: DejaVu Sans (fonts-dejavu-core) does not have 😀 here");
        return;
    }
    let f = book("[fonts]\nfallback = [\"DejaVu Sans\"]\nmissing = \"box\"\n");
    let (pdf, stderr) = build_format(f.path(), "pdf", &f.path().join("out"));
    let names: Vec<String> = fonts(&pdf).into_iter().map(|f| f.0).collect();
    assert!(
        names.iter().any(|n| n.ends_with("+DejaVuSans")),
        "{names:?}"
    );
    // 💙 is not in DejaVu Sans: it still comes from the next best face.
    assert!(!stderr.contains("U+1F499"), "{stderr}");
    let text = pdftotext(&pdf);
    assert!(
        text.contains("grin 😀 below") && text.contains("heart 💙 on"),
        "{text}"
    );
}

#[test]
fn a_named_family_that_is_not_installed_is_a_warning() {
    let f = book("[fonts]\nfallback = [\"No Such Family 4711\"]\nmissing = \"box\"\n");
    let (_, stderr) = build_format(f.path(), "pdf", &f.path().join("out"));
    assert!(
        stderr.contains("No Such Family 4711") && stderr.contains("not installed"),
        "{stderr}"
    );
    // It names the line of book.toml that lists the family (line 6: `fallback = [...]`).
    assert!(stderr.contains("book.toml:6"), "{stderr}");
}

/// A failed build's stderr lines.
fn refused(fonts: &str) -> Run {
    refused_book(&book(fonts), fonts)
}

/// Builds `f` to PDF, which must fail (exit 1) and write nothing; `what` names the case.
fn refused_book(f: &Fixture, what: &str) -> Run {
    let run = quire(&[
        "build",
        f.path().to_str().unwrap(),
        "--format",
        "pdf",
        "--out",
        f.path().join("out").to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{what}: {}", run.stderr);
    assert!(!f.path().join("out").exists(), "a failed build wrote files");
    run
}

/// By default a character no font can show stops the build: an error naming the file and
/// the line it is on, the character, the chapter and the fix; nothing is written.
#[test]
fn a_character_no_font_has_is_an_error_by_default_with_its_line() {
    let run = refused("");
    let errors = run.errors();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    let line = WORD
        .lines()
        .position(|l| l.contains(NOBODY) || l.contains(NOBODY_ELSE))
        .unwrap()
        + 1;
    let e = &errors[0];
    for part in [
        format!("error: word.txt:{line}: no font can show"),
        "U+10FFFD".to_string(),
        "“The Word”".to_string(),
        "install a font".to_string(),
        "[fonts] missing = \"box\"".to_string(),
    ] {
        assert!(e.contains(&part), "{part:?} in {e}");
    }
    let run = refused("[fonts]\nmissing = \"boxes\"\n");
    assert!(
        run.stderr.contains("book.toml:6") && run.stderr.contains("boxes"),
        "{}",
        run.stderr
    );
}

#[test]
fn fonts_fallback_errors_name_the_line() {
    // Lines: 1-3 [book], 4 empty, 5 [fonts], 6 the key.
    let run = refused("[fonts]\nfallback = [\"Symbola\", \"\", \"symbola\"]\n");
    assert_eq!(
        run.errors(),
        [
            "error: book.toml:6: `[fonts] fallback` entry 2 is empty \
             (hint: give it a value, or remove the key)",
            "error: book.toml:6: `[fonts] fallback` entry 3 repeats “symbola” \
             (hint: name each font family once)",
        ],
        "{}",
        run.stderr
    );
    let run = refused("[fonts]\nfallback = \"Symbola\"\n");
    assert!(
        run.stderr.contains("book.toml:6") && run.stderr.contains("expected an array"),
        "{}",
        run.stderr
    );
    let run = refused("[fonts]\nfalback = [\"Symbola\"]\n");
    assert!(
        run.stderr.contains("book.toml:6") && run.stderr.contains("fallback"),
        "{}",
        run.stderr
    );
    let run = refused("[fonts]\nfallback = [\"Sym\\u0007bola\"]\n");
    assert!(
        run.stderr.contains("book.toml:6") && run.stderr.contains("U+0007"),
        "{}",
        run.stderr
    );
}

/// A word in each of twelve scripts the bundled faces lack, with the PostScript name of
/// the face each should be set in: DejaVu (`fonts-dejavu-core`) for Hebrew and Arabic
/// (Sans) and Georgian and Armenian (Serif), which it has with their punctuation and
/// digits, so a line of them is one face; for the others, which it lacks, the script's
/// own Noto face (`fonts-noto-core`), serif first.
const SCRIPTS: [(&str, &str); 12] = [
    ("नमस्ते", "NotoSerifDevanagari"),
    ("নমস্কার", "NotoSerifBengali"),
    ("வணக்கம்", "NotoSerifTamil"),
    ("สวัสดี", "NotoSerifThai"),
    ("שלום", "DejaVuSans"),
    ("مرحبا", "DejaVuSans"),
    ("ሰላም", "NotoSerifEthiopic"),
    ("გამარჯობა", "DejaVuSerif"),
    ("Բարեւ", "DejaVuSerif"),
    ("សួស្តី", "NotoSerifKhmer"),
    ("ආයුබෝවන්", "NotoSerifSinhala"),
    ("નમસ્તે", "NotoSerifGujarati"),
];

/// A one-chapter book whose story greets in `words`.
fn greetings(words: &[&str], fonts: &str) -> Fixture {
    let f = Fixture::with_toml(&format!(
        "[book]\ntitle = \"Greetings\"\nauthors = [\"A. Writer\"]\n\n{fonts}\n\
         [[chapters]]\nfile = \"hello.txt\"\n"
    ));
    let line = words.join(", then ");
    f.write(
        "hello.txt",
        format!("Hello\n\nThe visitors said {line}, and then they all sat down.\n"),
    );
    f
}

/// Skips (with the reason) unless `fonts-noto-core` is installed.
fn noto_core_present() -> bool {
    let present = installed_family("Noto Serif Devanagari");
    if !present {
        eprintln!("SKIPPED: Noto Serif Devanagari is not installed; run `bash .ci/install-tools`");
    }
    present
}

/// Each script is set in a face that has it, its own serif face where the wide faces
/// lack it, never as a box; the build needs no `[fonts]` table.
#[test]
fn every_script_is_set_in_its_own_noto_face() {
    if !noto_core_present() {
        return;
    }
    let words: Vec<&str> = SCRIPTS.iter().map(|(w, _)| *w).collect();
    let f = greetings(&words, "");
    let (pdf, stderr) = build_format(f.path(), "pdf", &f.path().join("out"));
    assert!(!stderr.contains("error"), "{stderr}");
    let names: Vec<String> = fonts(&pdf).into_iter().map(|(n, ..)| n).collect();
    for (word, face) in SCRIPTS {
        assert!(
            names.iter().any(|n| {
                let name = n.split_once('+').map_or(n.as_str(), |(_, name)| name);
                name == face || name == format!("{face}-Regular")
            }),
            "{word}: no {face} in {names:?}"
        );
    }
    let trace = common::tool("mutool", &["trace", pdf.to_str().unwrap()]);
    assert!(!trace.contains(".notdef"), "a box was drawn");
    // Scripts whose glyphs stay in their letters' order copy out as written.
    let text = common::pdftotext_layout(&pdf);
    for word in ["สวัสดี", "ሰላም", "გამარჯობა", "Բարեւ", "שלום", "مرحبا"]
    {
        assert!(text.contains(word), "{word} not in {text}");
    }
}

/// A book needing more installed faces than one book may draw on is refused with the
/// reason and the fix, not told to install what is installed.
#[test]
fn more_scripts_than_faces_is_an_error_that_says_so() {
    if !noto_core_present() {
        return;
    }
    let mut words: Vec<&str> = SCRIPTS.iter().map(|(w, _)| *w).collect();
    // Gurmukhi, Kannada and Malayalam: a thirteenth face and more.
    words.extend(["ਸਤਿ", "ಕನ್ನಡ", "മലയാളം"]);
    let f = greetings(&words, "");
    let run = refused_book(&f, "fifteen scripts");
    let errors = run.errors();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    for part in [
        "hello.txt:3",
        "U+0D2E",
        "already draws on 12 installed faces",
        "[fonts] fallback",
    ] {
        assert!(errors[0].contains(part), "{part:?} in {}", errors[0]);
    }
    assert!(!errors[0].contains("install a font"), "{}", errors[0]);
}

/// Words whose clusters are drawn in another order than written: a vowel sign set
/// before its consonant (Devanagari ि, Bengali ি, Tamil ெ ை ொ), which once copied out
/// as the wrong consonant ("दुकिया" for दुनिया) or a repeated one.
const REORDERED: [&str; 8] = [
    "दुनिया",
    "किताब",
    "निकला",
    "পৃথিবী",
    "কিন্তু",
    "பெரியது",
    "கிடையாது",
    "கொடு",
];

/// Every reordered cluster copies out once and in the order written, from every reader
/// of the PDF's text: pypdf and the structure tree word by word, pdftotext letter by
/// letter (it parts a word where a vowel sign is drawn out over its neighbour).
#[test]
fn reordered_clusters_copy_out_in_the_order_written() {
    if !noto_core_present() {
        return;
    }
    let f = greetings(&REORDERED, "");
    let (pdf, stderr) = build_format(f.path(), "pdf", &f.path().join("out"));
    assert!(!stderr.contains("error"), "{stderr}");
    let line = format!(
        "The visitors said {}, and then they all sat down.",
        REORDERED.join(", then ")
    );
    let want: Vec<&str> = line.split_whitespace().collect();
    let script = "import sys, pypdf\n\
        print('\\n'.join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages))";
    let pypdf = common::tool("python3", &["-c", script, pdf.to_str().unwrap()]);
    for (reader, text) in [("pypdf", pypdf), ("structure", common::struct_text(&pdf))] {
        let got: Vec<&str> = text.split_whitespace().collect();
        assert!(
            got.windows(want.len()).any(|w| w == want.as_slice()),
            "{reader}: {want:?} not in {got:?}"
        );
    }
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    let text = squeeze(&pdftotext(&pdf));
    assert!(
        text.contains(&squeeze(&line)),
        "pdftotext: {line} not in {text}"
    );
}
