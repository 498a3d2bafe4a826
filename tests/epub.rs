//! The sample book's EPUB, checked with the real validators and by reading it back.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Builds the sample book's EPUB into a fresh temp dir and returns its path.
fn build_sample(dir: &Path) -> PathBuf {
    let (epub, _) = common::build_format(&root(), "epub", dir);
    assert!(epub.ends_with("fantine-and-other-stories.epub"), "{epub:?}");
    epub
}

fn entry(epub: &Path, name: &str) -> String {
    let f = std::fs::File::open(epub).unwrap();
    let mut z = zip::ZipArchive::new(f).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn epubcheck_reports_no_errors_and_no_warnings_on_the_sample() {
    let dir = tempfile::tempdir().unwrap();
    let epub = build_sample(dir.path());
    common::epubcheck(&epub);
}

#[test]
fn ace_reports_no_violations_on_the_sample() {
    let dir = tempfile::tempdir().unwrap();
    let epub = build_sample(dir.path());
    common::ace(&epub);
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
        assert!(
            nav.contains(title) && ncx.contains(title),
            "{title} missing from the TOC"
        );
    }
}

#[test]
fn chapters_have_title_note_body_and_ornament() {
    let dir = tempfile::tempdir().unwrap();
    let epub = build_sample(dir.path());
    let ch1 = entry(&epub, "OEBPS/chapter-0001.xhtml");
    assert!(ch1.contains("<h1 id=\"ch1-title\" class=\"chapter-title\">Second Chances</h1>"));
    assert!(ch1.contains("Author’s Note</h2>"));
    assert!(
        ch1.contains("So enjoy and destroy</p>\n</section>"),
        "the note ends with the sign-off"
    );
    assert!(ch1.contains("<div class=\"story\">\n<p class=\"first\">Valjean looked up"));
    let ch3 = entry(&epub, "OEBPS/chapter-0003.xhtml");
    assert!(ch3.contains(
        "<h2 class=\"story-heading\" id=\"ch3-s1\">Thirty Years Later</h2>\n<p class=\"first\">"
    ));
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

#[test]
fn cover_bylines_and_custom_identifier_validate() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("cover.png"), common::tiny_png()).unwrap();
    std::fs::write(
        d.join("one.txt"),
        "A/N: my first fic, please review!\n\nThe Long Road\n\nShe walked *far* that day, **very** far.\n\n* * *\n\nThen she rested.",
    )
    .unwrap();
    std::fs::write(
        d.join("book.toml"),
        "[book]\ntitle = \"Roads & Rivers\"\nauthors = [\"Ann Editor\", \"Bo Editor\"]\nidentifier = \"urn:isbn:9780000000002\"\ncover = \"cover.png\"\ndate = \"2025\"\n\n[[chapters]]\nfile = \"one.txt\"\nauthor = \"C. Writer\"\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_quire"))
        .args(["build", "--format", "epub", "--quiet"])
        .arg(d)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let epub = d.join("out/roads-rivers.epub");
    common::epubcheck(&epub);
    let opf = entry(&epub, "OEBPS/content.opf");
    assert!(
        opf.contains(">urn:isbn:9780000000002</dc:identifier>"),
        "{opf}"
    );
    assert!(opf.contains("properties=\"cover-image\""), "{opf}");
    assert!(
        opf.contains("<dc:title>Roads &amp; Rivers</dc:title>"),
        "{opf}"
    );
    // The story's author is a contributor with a role and a sort name.
    for want in [
        "<dc:contributor id=\"contrib-0\">C. Writer</dc:contributor>",
        "<meta refines=\"#contrib-0\" property=\"role\" scheme=\"marc:relators\">aut</meta>",
        "<meta refines=\"#contrib-0\" property=\"file-as\">Writer, C.</meta>",
        "<dc:date>2025</dc:date>",
    ] {
        assert!(opf.contains(want), "{want} not in {opf}");
    }
    // No guide entry for a file outside the spine (Kindle shows it as a second contents).
    assert!(
        !opf.lines()
            .any(|l| l.contains("<reference") && l.contains("nav.xhtml")),
        "{opf}"
    );
    // The author's own "A/N:" is not shown under the book's note heading.
    let ch1 = entry(&epub, "OEBPS/chapter-0001.xhtml");
    assert!(
        ch1.contains("note-label\">Author’s Note</h2>\n<p class=\"first\">my first fic"),
        "{ch1}"
    );
    let ch = entry(&epub, "OEBPS/chapter-0001.xhtml");
    // The byline keeps the name whole, and "by" with it (no-break spaces).
    assert!(ch.contains("<p class=\"byline\">by\u{a0}C.\u{a0}Writer</p>"));
    assert!(ch.contains("<h1 id=\"ch1-title\" class=\"chapter-title\">The Long Road</h1>"));
    assert!(ch.contains("She walked <em>far</em> that day, <strong>very</strong> far."));
    assert!(ch.contains("class=\"scene-break\""));
    common::ace(&epub);
}
