//! Hostile files: markup that would run or hide text, external entities, entries and
//! packages pointing outside the archive, zip bombs, DRM, damaged archives and absurdly
//! deep nesting are read with nothing executed and nothing read outside the file, or
//! refused with the file named.

use super::*;

/// Words that must never reach an output: they sit only inside active or hidden markup.
const NEVER: &[&str] = &[
    "stealcookies",
    "javascript",
    "onclick",
    "onerror",
    "framewords",
    "formwords",
    "scriptwords",
    "root:x:0",
];

const HOSTILE_HTML: &str = r#"<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<html><head><title>Trap</title><script>var scriptwords = stealcookies();</script>
<style>p { color: red } /* scriptwords */</style>
<meta http-equiv="refresh" content="0;url=javascript:stealcookies()"></head>
<body onload="stealcookies()">
<h1>The Honest Title</h1>
<p onclick="stealcookies()">She opened the <a href="javascript:stealcookies()">door</a> slowly.</p>
<p>Entity here: &xxe; and nothing more.</p>
<iframe src="https://example.invalid/"><p>framewords</p></iframe>
<form action="https://example.invalid/"><input name="q" value="formwords"><button>formwords</button></form>
<img src="https://example.invalid/track.png" onerror="stealcookies()">
<svg><script>scriptwords</script></svg>
<p>The wind <em onmouseover="stealcookies()">answered</em>.</p>
</body></html>"#;

fn check_clean(bytes: &[u8], what: &str) {
    let text = String::from_utf8_lossy(bytes).to_lowercase();
    for w in NEVER {
        assert!(!text.contains(w), "{what} holds {w}");
    }
    assert!(!text.contains("<script"), "{what} holds a script");
}

#[test]
fn hostile_html_runs_nothing_and_keeps_the_story() {
    let f = Fixture::with_toml(&common::toml_for(&["trap.html"]));
    f.write("trap.html", HOSTILE_HTML);
    let report = inspect(&f);
    let ch = &report["chapters"][0];
    assert_eq!(ch["title"], "The Honest Title");
    let body = block_text(&ch["body"]);
    assert_eq!(
        words(&body),
        words(
            "She opened the door slowly. Entity here: &xxe; and nothing more. The wind answered."
        )
    );
    let out = tempfile::tempdir().unwrap();
    let (epub, stderr) = common::build_format(f.path(), "epub", out.path());
    assert!(
        stderr.contains("image"),
        "the dropped image is warned: {stderr}"
    );
    for (name, data) in common::unzip(&std::fs::read(&epub).unwrap()) {
        check_clean(&data, &name);
    }
    common::epubcheck(&epub);
    let (pdf, _) = common::build_format(f.path(), "pdf", out.path());
    check_clean(common::pdftotext(&pdf).as_bytes(), "the PDF's text");
}

/// An EPUB from (path, bytes) entries, `mimetype` first and stored.
fn zip_of(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        let deflated = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        z.start_file("mimetype", stored).unwrap();
        z.write_all(b"application/epub+zip").unwrap();
        for (name, data) in entries {
            z.start_file(*name, deflated).unwrap();
            z.write_all(data).unwrap();
        }
        z.finish().unwrap();
    }
    buf.into_inner()
}

const CONTAINER: &str = r#"<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"#;

fn opf(hrefs: &[&str]) -> String {
    let items: String = hrefs
        .iter()
        .enumerate()
        .map(|(i, h)| format!(r#"<item id="i{i}" href="{h}" media-type="application/xhtml+xml"/>"#))
        .collect();
    let refs: String = (0..hrefs.len())
        .map(|i| format!(r#"<itemref idref="i{i}"/>"#))
        .collect();
    format!(
        r#"<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Box</dc:title><dc:creator>Someone</dc:creator></metadata><manifest>{items}</manifest><spine>{refs}</spine></package>"#
    )
}

const CHAPTER: &str = r#"<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>One</title><script src="evil.js"/></head><body><h1>One</h1><p onclick="stealcookies()">The box was <i>empty</i>.</p><script>scriptwords()</script><p>Then it was not.</p></body></html>"#;

/// Builds a one-chapter book around `epub` and returns what `quire build` printed and its code.
fn build_epub_book(epub: Vec<u8>) -> (i32, String, Fixture) {
    let f = Fixture::with_toml(&common::toml_for(&["story.epub"]));
    f.write("story.epub", epub);
    let out = f.path().join("out");
    let run = quire(&[
        "build",
        &f.path().display().to_string(),
        "--format",
        "epub",
        "--out",
        &out.display().to_string(),
    ]);
    (run.code, run.stderr, f)
}

#[test]
fn a_plain_epub_with_scripts_keeps_its_words_and_loses_its_scripts() {
    let epub = zip_of(&[
        ("META-INF/container.xml", CONTAINER.into()),
        ("content.opf", opf(&["one.xhtml"]).into()),
        ("one.xhtml", CHAPTER.into()),
    ]);
    let (code, stderr, f) = build_epub_book(epub);
    assert_eq!(code, 0, "{stderr}");
    let report = inspect(&f);
    let ch = &report["chapters"][0];
    assert_eq!(ch["reader"], "epub");
    assert_eq!(
        words(&block_text(&ch["body"])),
        words("The box was empty. Then it was not.")
    );
    let out = common::list(&f.path().join("out"));
    let built = std::fs::read(f.path().join("out").join(&out[0])).unwrap();
    for (name, data) in common::unzip(&built) {
        check_clean(&data, &name);
    }
}

fn refused(epub: Vec<u8>, needle: &str) {
    let (code, stderr, _) = build_epub_book(epub);
    assert_ne!(code, 0, "the file was not refused");
    assert!(
        stderr.contains("story.epub"),
        "the message names the file: {stderr}"
    );
    assert!(
        stderr.contains(needle),
        "expected \"{needle}\" in: {stderr}"
    );
}

#[test]
fn an_entry_whose_path_leaves_the_archive_is_refused() {
    refused(
        zip_of(&[
            ("META-INF/container.xml", CONTAINER.into()),
            ("content.opf", opf(&["one.xhtml"]).into()),
            ("one.xhtml", CHAPTER.into()),
            ("../../outside.xhtml", CHAPTER.into()),
        ]),
        "leaves the archive",
    );
}

#[test]
fn a_package_pointing_outside_the_archive_is_refused() {
    refused(
        zip_of(&[
            ("META-INF/container.xml", CONTAINER.into()),
            ("content.opf", opf(&["../../../etc/passwd"]).into()),
        ]),
        "outside the archive",
    );
}

#[test]
fn external_entities_are_refused_not_read() {
    let with_entity = opf(&["one.xhtml"]).replace(
        "<?xml version=\"1.0\"?>",
        "<?xml version=\"1.0\"?><!DOCTYPE package [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
    ).replace("<dc:title>Box</dc:title>", "<dc:title>&xxe;</dc:title>");
    refused(
        zip_of(&[
            ("META-INF/container.xml", CONTAINER.into()),
            ("content.opf", with_entity.into()),
            ("one.xhtml", CHAPTER.into()),
        ]),
        "entities",
    );
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_inflated() {
    // 16 MB of zeros deflate to about 16 KB: a ratio of a thousand.
    let zeros = vec![0u8; 16 * 1024 * 1024];
    refused(
        zip_of(&[
            ("META-INF/container.xml", CONTAINER.into()),
            ("content.opf", opf(&["one.xhtml"]).into()),
            ("one.xhtml", zeros),
        ]),
        "zip bomb",
    );
}

#[test]
fn drm_is_refused() {
    let enc = r#"<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><EncryptedData xmlns="http://www.w3.org/2001/04/xmlenc#"><EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/><CipherData><CipherReference URI="one.xhtml"/></CipherData></EncryptedData></encryption>"#;
    refused(
        zip_of(&[
            ("META-INF/container.xml", CONTAINER.into()),
            ("META-INF/encryption.xml", enc.into()),
            ("content.opf", opf(&["one.xhtml"]).into()),
            ("one.xhtml", CHAPTER.into()),
        ]),
        "DRM",
    );
}

#[test]
fn a_damaged_epub_is_named_as_such() {
    refused(b"PK\x03\x04 not really a zip".to_vec(), "damaged EPUB");
}

#[test]
fn deeply_nested_markup_is_read_without_overflowing() {
    let depth = 3_000;
    let html = format!(
        "<!DOCTYPE html><html><body><div id=\"preface\"><p class=\"message\"><b>Deep</b><br/>\
         Posted originally on the <a href=\"https://archiveofourown.org/\">Archive of Our Own</a> \
         at x.</p><h1>Deep</h1></div><div id=\"chapters\" class=\"userstuff\">\
         <h2 class=\"toc-heading\">Deep</h2>{}<p>Words at the bottom.</p>{}</div></body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let f = Fixture::with_toml(&common::toml_for(&["deep.html"]));
    f.write("deep.html", html);
    let report = inspect(&f);
    let ch = &report["chapters"][0];
    assert_eq!(ch["reader"], "ao3-html");
    assert_eq!(
        words(&block_text(&ch["body"])),
        words("Words at the bottom.")
    );
}

/// A page nesting its elements 200,000 deep (2 MB) kept the HTML parser busy for minutes:
/// it is refused before parsing, as an HTML file and inside an EPUB, with the file named.
#[test]
fn pages_nested_absurdly_deep_are_refused_before_parsing() {
    let deep = format!(
        "<html><body>\n{}<p>deep words</p>{}</body></html>",
        "<div>".repeat(200_000),
        "</div>".repeat(200_000)
    );
    let f = Fixture::with_toml(&common::toml_for(&["deep.html"]));
    f.write("deep.html", &deep);
    let run = common::run(
        std::process::Command::new(env!("CARGO_BIN_EXE_quire"))
            .args(["build", "--format", "epub"])
            .arg(f.path()),
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("deep.html") && run.stderr.contains("more than 4000 deep"),
        "{}",
        run.stderr
    );
    assert!(!f.path().join("out").exists());

    // In an EPUB: deep enough to refuse, small enough not to look like a zip bomb.
    let xhtml = format!(
        "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>{}<p>x</p>{}</body></html>",
        (0..5_000)
            .map(|i| format!("<div id=\"d{i}\">"))
            .collect::<String>(),
        "</div>".repeat(5_000)
    );
    let epub = zip_of(&[
        ("META-INF/container.xml", CONTAINER.into()),
        ("content.opf", opf(&["one.xhtml"]).into()),
        ("one.xhtml", xhtml.into_bytes()),
    ]);
    refused(epub, "more than 4000 deep");
}
