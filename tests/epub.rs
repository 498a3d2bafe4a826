//! The sample book's EPUB, checked with the real validators and by reading it back.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Builds the sample book's EPUB into a fresh temp dir and returns its path.
fn build_sample(dir: &Path) -> PathBuf {
    let out = Command::new(env!("CARGO_BIN_EXE_quire"))
        .args(["build", "--format", "epub", "--quiet", "--out"])
        .arg(dir)
        .arg(root())
        .output()
        .expect("run quire");
    assert!(
        out.status.success(),
        "quire build failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let epub = dir.join("fantine-and-other-stories.epub");
    assert!(epub.is_file());
    epub
}

fn entry(epub: &Path, name: &str) -> String {
    let f = std::fs::File::open(epub).unwrap();
    let mut z = zip::ZipArchive::new(f).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// Runs the repository's EPUBCheck wrapper; the test fails (not skips) without it.
fn epubcheck(epub: &Path) -> (bool, String) {
    let out = Command::new(root().join("tools/epubcheck"))
        .arg(epub)
        .output()
        .expect("tools/epubcheck must run (install with .ci/install-tools)");
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn epubcheck_reports_no_errors_and_no_warnings_on_the_sample() {
    let dir = tempfile::tempdir().unwrap();
    let epub = build_sample(dir.path());
    let (ok, report) = epubcheck(&epub);
    assert!(ok, "EPUBCheck found problems:\n{report}");
    assert!(
        report.contains("0 fatal, 0 errors, 0 warnings"),
        "unexpected EPUBCheck summary:\n{report}"
    );
}

#[test]
fn ace_reports_no_violations_on_the_sample() {
    let dir = tempfile::tempdir().unwrap();
    let epub = build_sample(dir.path());
    let out = Command::new(root().join("tools/ace"))
        .arg(&epub)
        .output()
        .expect("tools/ace must run (install with .ci/install-tools)");
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "Ace found violations:\n{text}");
}

#[test]
fn package_metadata_and_navigation() {
    let dir = tempfile::tempdir().unwrap();
    let epub = build_sample(dir.path());
    let opf = entry(&epub, "OEBPS/content.opf");
    for needle in [
        "<dc:title>Fantine and Other Stories</dc:title>",
        "<dc:creator id=\"epub-creator-0\">Various Authors</dc:creator>",
        ">en</dc:language>",
        "<meta property=\"dcterms:modified\">2026-11-23T00:00:00Z</meta>",
        "<dc:description>",
        "schema:accessMode",
        "schema:accessModeSufficient",
        "schema:accessibilityFeature",
        "schema:accessibilityHazard",
        "schema:accessibilitySummary",
        "media-type=\"font/ttf\"",
        "xml:lang=\"en\"",
    ] {
        assert!(opf.contains(needle), "content.opf lacks {needle}:\n{opf}");
    }
    let nav = entry(&epub, "OEBPS/nav.xhtml");
    for landmark in ["titlepage", "toc", "bodymatter"] {
        assert!(
            nav.contains(&format!("epub:type=\"{landmark}\"")),
            "nav lacks the {landmark} landmark:\n{nav}"
        );
    }
    let ncx = entry(&epub, "OEBPS/toc.ncx");
    assert!(ncx.contains("dtb:uid"), "{ncx}");
    for title in ["Second Chances", "A Promise Kept", "The Locket"] {
        assert!(nav.contains(title) && ncx.contains(title), "{title} missing from the TOC");
    }
}

#[test]
fn chapters_have_title_note_body_and_ornament() {
    let dir = tempfile::tempdir().unwrap();
    let epub = build_sample(dir.path());
    let ch1 = entry(&epub, "OEBPS/chapter-0001.xhtml");
    assert!(ch1.contains("<h1 id=\"ch1-title\" class=\"chapter-title\">Second Chances</h1>"));
    assert!(ch1.contains("Author’s Note</h2>"));
    assert!(ch1.contains("So enjoy and destroy</p>\n</section>"), "the note ends with the sign-off");
    assert!(ch1.contains("<div class=\"story\">\n<p class=\"first\">Valjean looked up"));
    let ch3 = entry(&epub, "OEBPS/chapter-0003.xhtml");
    assert!(ch3.contains("<h2 class=\"story-heading\">Thirty Years Later</h2>\n<p class=\"first\">"));
    assert!(ch3.contains("Disclaimer: I do not own"));
    // Typography reached the output.
    assert!(ch1.contains("“What’s this fighting all about?”"));
}

#[test]
fn two_builds_are_byte_identical() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let ea = std::fs::read(build_sample(a.path())).unwrap();
    let eb = std::fs::read(build_sample(b.path())).unwrap();
    assert!(ea == eb, "two builds of the same book differ");
}
