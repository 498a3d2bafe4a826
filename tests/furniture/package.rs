//! The package as a reader's device meets it: a light EPUB with subset fonts, a screen
//! PDF that opens on its cover (and a print one that does not), no fonts when told none.

use super::*;

#[test]
fn the_sample_epub_is_light_and_its_fonts_are_subsets() {
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(Path::new(ROOT), "epub", out.path());
    let bytes = std::fs::read(&epub).unwrap();
    assert!(bytes.len() < 400_000, "{} bytes", bytes.len());
    let files = unzip(&bytes);
    let fonts: Vec<&(String, Vec<u8>)> =
        files.iter().filter(|(n, _)| n.ends_with(".ttf")).collect();
    assert_eq!(
        fonts.len(),
        3,
        "three Charis faces, no fallback for a Latin book"
    );
    for (name, b) in fonts {
        assert!(b.len() < 80_000, "{name}: {} bytes, not a subset", b.len());
    }
    // No cover given: a generated one, marked as the cover image, tall enough for stores.
    let opf = files.iter().find(|(n, _)| n.ends_with(".opf")).unwrap();
    let opf = String::from_utf8_lossy(&opf.1);
    assert!(
        opf.contains("href=\"images/cover.png\"") && opf.contains("properties=\"cover-image\""),
        "{opf}"
    );
    let png = &files
        .iter()
        .find(|(n, _)| n.ends_with("cover.png"))
        .unwrap()
        .1;
    let (w, h) = (
        u32::from_be_bytes(png[16..20].try_into().unwrap()),
        u32::from_be_bytes(png[20..24].try_into().unwrap()),
    );
    assert!(w.max(h) >= 1600 && h > w, "{w}x{h}");
}

/// A PNG's pixels as 8-bit RGB, whatever its colour type.
fn rgb_pixels(png_bytes: &[u8]) -> Vec<u8> {
    let mut d = png::Decoder::new(png_bytes);
    d.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut r = d.read_info().unwrap();
    let mut buf = vec![0; r.output_buffer_size()];
    let f = r.next_frame(&mut buf).unwrap();
    buf.truncate(f.buffer_size());
    match f.color_type {
        png::ColorType::Rgb => buf,
        png::ColorType::Rgba => buf
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect(),
        other => panic!("unexpected colour type {other:?}"),
    }
}

/// The images `pdfimages -list` reports: (page, width, height, colour).
fn pdf_images(pdf: &Path) -> Vec<(usize, u32, u32, String)> {
    let out = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(pdf)
        .output()
        .expect("pdfimages (poppler-utils) is needed");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(2)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            Some((
                f.first()?.parse().ok()?,
                f.get(3)?.parse().ok()?,
                f.get(4)?.parse().ok()?,
                f.get(5)?.to_string(),
            ))
        })
        .collect()
}

/// The screen PDF opens on the book's cover, as an ebook does: the generated one here,
/// drawn on a page of its own with no text on it (the title page follows and says the
/// same). The print PDF leaves the cover to the printer.
#[test]
fn the_screen_pdf_opens_on_the_cover_and_print_does_not() {
    let out = tempfile::tempdir().unwrap();
    let (pdf, _) = common::build_format(Path::new(ROOT), "pdf", out.path());
    // The generated cover has few colours: a palette image, in the EPUB and the PDF.
    assert_eq!(
        pdf_images(&pdf),
        [(1, 1600, 2560, "index".to_string())],
        "one image, the cover, on page 1"
    );
    // The PDF shows the EPUB's cover pixel for pixel (it embeds the PNG's own rows).
    let (epub, _) = common::build_format(Path::new(ROOT), "epub", out.path());
    let png = unzip(&std::fs::read(&epub).unwrap())
        .into_iter()
        .find(|(n, _)| n.ends_with("cover.png"))
        .unwrap()
        .1;
    let extracted = out.path().join("extracted");
    let status = Command::new("pdfimages")
        .args(["-f", "1", "-l", "1", "-png"])
        .arg(&pdf)
        .arg(&extracted)
        .status()
        .expect("pdfimages (poppler-utils) is needed");
    assert!(status.success());
    let from_pdf = std::fs::read(out.path().join("extracted-000.png")).unwrap();
    assert_eq!(rgb_pixels(&from_pdf), rgb_pixels(&png));
    let first = std::process::Command::new("pdftotext")
        .args(["-f", "1", "-l", "1", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let first = String::from_utf8_lossy(&first.stdout);
    assert!(first.trim().is_empty(), "text on the cover page: {first:?}");
    let text = common::pdftotext(&pdf);
    let second = text.split('\u{c}').nth(1).unwrap_or("");
    assert!(second.contains("Fantine and Other Stories"), "{second}");

    // Print: the same book with `profile = "print"` has no image and starts on the title.
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(ROOT).unwrap().flatten() {
        let n = e.file_name();
        if n == "seeds" {
            std::fs::create_dir(dir.path().join("seeds")).unwrap();
            for s in std::fs::read_dir(e.path()).unwrap().flatten() {
                std::fs::copy(s.path(), dir.path().join("seeds").join(s.file_name())).unwrap();
            }
        }
    }
    let toml = std::fs::read_to_string(Path::new(ROOT).join("book.toml")).unwrap();
    assert!(
        toml.contains("profile = \"screen\""),
        "the sample sets its profile"
    );
    let toml = toml.replace("profile = \"screen\"", "profile = \"print\"");
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    let (pdf, _) = common::build_format(dir.path(), "pdf", out.path());
    assert!(pdf_images(&pdf).is_empty());
    let text = common::pdftotext(&pdf);
    assert!(
        text.split('\u{c}')
            .next()
            .unwrap()
            .contains("Fantine and Other Stories")
    );
}

#[test]
fn embed_fonts_false_embeds_none() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), "A Title\n\nSome text, and γνῶθι σεαυτόν.").unwrap();
    std::fs::write(
        d.join("book.toml"),
        "[book]\ntitle = \"Plain\"\n\n[[chapters]]\nfile = \"a.txt\"\n\n[epub]\nembed-fonts = false\n",
    )
    .unwrap();
    let (epub, _) = common::build_format(d, "epub", &d.join("out"));
    let bytes = std::fs::read(&epub).unwrap();
    let files = unzip(&bytes);
    assert!(
        !files.iter().any(|(n, _)| n.contains("fonts/")),
        "fonts embedded"
    );
    let css = files.iter().find(|(n, _)| n.ends_with(".css")).unwrap();
    assert!(!String::from_utf8_lossy(&css.1).contains("@font-face"));
    epubcheck(&epub);
}
