//! The post-pass: epub-builder's archive → the final `.epub` zip.
//!
//! Input: the raw archive, the compressed chapters and the fonts. Output: the EPUB, with
//! `mimetype` first, the package files fixed, the fonts added and every timestamp pinned;
//! an error naming the file when epub-builder's output is not what the fixes expect.

use super::super::fonts::File;
use super::super::pagebreak;
use super::{file_as, options};
use crate::furniture::Furniture;
use crate::model::Book;
use crate::render::pages::PageMap;
use crate::render::xml::esc;
use std::io::{Read, Write};

/// Rewrites epub-builder's archive: fixes what it gets wrong (see
/// `shared/DEPENDENCIES.md`), adds the fonts, and pins every timestamp. Entries that need
/// no fix are copied still compressed.
pub(super) fn rewrite(
    raw: &[u8],
    (book, f, pages): (&Book, &Furniture, Option<&PageMap>),
    chapters: &[Vec<u8>],
    fonts: &[File],
) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    use zip::{CompressionMethod, ZipArchive, ZipWriter};
    let stored = options(CompressionMethod::Stored);
    let deflated = options(CompressionMethod::Deflated);
    let mut archive = ZipArchive::new(std::io::Cursor::new(raw))?;
    let font_bytes: usize = fonts.iter().map(|(_, b, _)| b.len()).sum();
    let chapter_bytes: usize = chapters.iter().map(Vec::len).sum();
    let mut z = ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(
        raw.len() + font_bytes + chapter_bytes + 4096,
    )));
    let mut next_chapter = chapters.iter();
    let mut fixed = 0;
    // The OCF container requires `mimetype` first, stored, with no extra field.
    z.start_file("mimetype", stored)?;
    z.write_all(b"application/epub+zip")?;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let name = entry.name().to_string();
        match name.as_str() {
            "mimetype" => {}
            "OEBPS/content.opf" | "OEBPS/toc.ncx" | "OEBPS/nav.xhtml" => {
                let mut text = String::new();
                entry.read_to_string(&mut text)?;
                z.start_file(name.as_str(), deflated)?;
                z.write_all(fix(&name, text, (book, f, pages), fonts)?.as_bytes())?;
                fixed += 1;
            }
            n if n.starts_with("OEBPS/chapter-") => {
                // epub-builder writes chapters in book order, as we gave them.
                let one = next_chapter.next().ok_or("more chapters than rendered")?;
                let mut a = ZipArchive::new(std::io::Cursor::new(one.as_slice()))?;
                z.raw_copy_file(a.by_index(0)?)?;
            }
            _ => z.raw_copy_file(entry)?,
        }
    }
    if fixed != 3 || next_chapter.next().is_some() {
        return Err(format!(
            "epub-builder's archive lacks a package file or a chapter the post-pass expects \
             ({fixed} of 3 package files; written for epub-builder 0.8.3)"
        )
        .into());
    }
    // Fonts and licences are stored: subset fonts barely compress.
    for (name, bytes, _) in fonts {
        z.start_file(format!("OEBPS/{name}"), stored)?;
        z.write_all(bytes)?;
    }
    Ok(z.finish()?.into_inner())
}

/// Replaces the first `from` in `s` with `to`, or fails naming the file and the text
/// that was expected: the post-pass was written against epub-builder 0.8.3's exact output
/// (the version is pinned in Cargo.toml), and a silent miss would ship an invalid EPUB.
fn patch(s: &str, file: &str, from: &str, to: &str) -> Result<String, String> {
    if !s.contains(from) {
        return Err(format!(
            "epub-builder wrote {file} without `{}`, which the post-pass rewrites              (it was written for epub-builder 0.8.3)",
            from.escape_debug()
        ));
    }
    Ok(s.replacen(from, to, 1))
}

/// The text fixes for one of epub-builder's generated files; an error when a text the
/// fixes rely on is missing.
fn fix(
    name: &str,
    s: String,
    (book, f, pages): (&Book, &Furniture, Option<&PageMap>),
    fonts: &[File],
) -> Result<String, String> {
    let meta = &book.meta;
    let lang = esc(&meta.language);
    let ident = esc(&meta.identifier);
    let nil = uuid::fmt::Urn::from_uuid(uuid::Uuid::nil()).to_string();
    Ok(match name {
        "OEBPS/content.opf" => {
            let s = patch(
                &s,
                name,
                "<package version=\"3.0\"",
                &format!("<package version=\"3.0\" xml:lang=\"{lang}\""),
            )?;
            let s = patch(&s, name, &format!(">{nil}<"), &format!(">{ident}<"))?;
            // dc:language and dc:creator both get id="epub-creator-N" (RSC-005):
            // renumber the languages, which nothing refines.
            let lang_id = "<dc:language id=\"epub-creator-";
            let s = patch(&s, name, lang_id, "<dc:language id=\"lang-")?
                .replace(lang_id, "<dc:language id=\"lang-");
            // Elements epub-builder has no setter for go before dcterms:modified.
            // dc:date: the book's date as written, else the day of the build's moment
            // (SOURCE_DATE_EPOCH or the newest story), so Kindle and Kobo sort it right.
            let date = meta.date.clone().unwrap_or_else(|| {
                chrono::DateTime::from_timestamp(meta.modified_epoch, 0)
                    .unwrap_or_default()
                    .format("%Y-%m-%d")
                    .to_string()
            });
            let mut extra = format!("<dc:date>{}</dc:date>\n    ", esc(&date));
            if let Some(p) = &meta.publisher {
                extra += &format!("<dc:publisher>{}</dc:publisher>\n    ", esc(p));
            }
            // The stories' own authors are contributors to the anthology, with a role
            // and a sort name as library software files them.
            let mut contributors: Vec<&str> = Vec::new();
            for a in book
                .chapters
                .iter()
                .flat_map(|c| &c.authors)
                .map(String::as_str)
            {
                if !contributors.contains(&a) && !meta.authors.iter().any(|m| m == a) {
                    contributors.push(a);
                }
            }
            for (i, a) in contributors.into_iter().enumerate() {
                extra += &format!(
                    "<dc:contributor id=\"contrib-{i}\">{}</dc:contributor>\n    \
                     <meta refines=\"#contrib-{i}\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n    \
                     <meta refines=\"#contrib-{i}\" property=\"file-as\">{}</meta>\n    ",
                    esc(a),
                    esc(&file_as(a))
                );
            }
            for (i, a) in meta.authors.iter().enumerate() {
                extra += &format!(
                    "<meta refines=\"#epub-creator-{i}\" property=\"file-as\">{}</meta>\n    ",
                    esc(&file_as(a))
                );
            }
            let mut items = String::new();
            for (file, _, mime) in fonts {
                if *mime == "text/plain" {
                    continue; // the licence travels in the container but is not publication content
                }
                items += &format!(
                    "    <item media-type=\"{mime}\" id=\"{}\" href=\"{file}\"/>\n",
                    file.replace(['/', '.'], "_")
                );
            }
            let modified = "<meta property=\"dcterms:modified\">";
            let s = patch(&s, name, modified, &format!("{extra}{modified}"))?;
            let s = patch(&s, name, "  </manifest>", &format!("{items}  </manifest>"))?;
            // epub-builder always points a `toc` guide entry at nav.xhtml, which is not in
            // the spine: Kindle's conversion appends it as a second contents after the
            // book. The contents page has its own entry.
            s.lines()
                .filter(|l| !(l.contains("<reference ") && l.contains("href=\"nav.xhtml\"")))
                .collect::<Vec<_>>()
                .join("\n")
                + "\n"
        }
        "OEBPS/toc.ncx" => {
            let s = patch(
                &s,
                name,
                "<head>",
                &format!("<head>\n    <meta name=\"dtb:uid\" content=\"{ident}\" />"),
            )?;
            // The NCX title is the book's, not the contents heading epub-builder puts there.
            let open = "<docTitle>\n    <text>";
            let start = s.find(open).map(|i| i + open.len());
            let end = start.and_then(|i| s[i..].find("</text>").map(|j| i + j));
            let (Some(start), Some(end)) = (start, end) else {
                return Err(format!(
                    "epub-builder wrote {name} without `{}`, which the post-pass rewrites \
                     (it was written for epub-builder 0.8.3)",
                    open.escape_debug()
                ));
            };
            let s = format!("{}{}{}", &s[..start], esc(&meta.title), &s[end..]);
            patch(
                &s,
                name,
                "<ncx version=\"2005-1\"",
                &format!("<ncx version=\"2005-1\" xml:lang=\"{lang}\""),
            )?
        }
        "OEBPS/nav.xhtml" => {
            let s = patch(
                &s,
                name,
                "xmlns:epub=\"http://www.idpf.org/2007/ops\">",
                &format!(
                    "xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"{lang}\" lang=\"{lang}\">"
                ),
            )?;
            let s = patch(
                &s,
                name,
                "<nav epub:type = \"toc\" id=\"toc\">",
                "<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">",
            )?;
            let s = patch(
                &s,
                name,
                "<nav epub:type = \"landmarks\">",
                &format!(
                    "<nav epub:type=\"landmarks\" aria-label=\"{}\" hidden=\"hidden\">",
                    esc(&f.landmarks)
                ),
            )?;
            let s = patch(
                &s,
                name,
                "<meta charset = \"utf-8\" />",
                "<meta charset=\"utf-8\" />",
            )?;
            match pages {
                Some(p) => patch(
                    &s,
                    name,
                    "</body>",
                    &format!("{}</body>", pagebreak::nav(p)),
                )?,
                None => s,
            }
        }
        _ => s,
    })
}

#[cfg(test)]
mod tests {
    use super::super::generate::generate;
    use super::*;
    use crate::config::EpubSettings;
    use crate::render::pages::{PageStart, Spot};

    /// A page list of one page, the title page.
    fn one_page() -> PageMap {
        PageMap {
            source: "T, PDF".into(),
            starts: vec![PageStart {
                index: 0,
                label: "i".into(),
                at: Spot::TitlePage,
            }],
        }
    }

    /// The three files the post-pass rewrites, as epub-builder wrote them for a small book.
    fn raw_files() -> (Book, Vec<(String, String)>) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("book.toml"),
            "[book]\ntitle = \"T\"\nauthors = [\"A\"]\npublisher = \"P\"\n\n[[chapters]]\nfile = \"a.txt\"\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("a.txt"), "A Title\n\nSome words here.").unwrap();
        let book = crate::source::load(dir.path()).unwrap().book;
        let f = Furniture::of(&book);
        let (raw, _, _) = generate(&book, &f, &EpubSettings::default(), Some(&one_page())).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(raw)).unwrap();
        let files = ["OEBPS/content.opf", "OEBPS/toc.ncx", "OEBPS/nav.xhtml"]
            .iter()
            .map(|n| {
                let mut s = String::new();
                archive.by_name(n).unwrap().read_to_string(&mut s).unwrap();
                (n.to_string(), s)
            })
            .collect();
        (book, files)
    }

    #[test]
    fn post_pass_fails_loudly_when_a_pattern_is_missing() {
        let (book, files) = raw_files();
        let f = Furniture::of(&book);
        for (name, text) in &files {
            assert!(
                fix(name, text.clone(), (&book, &f, Some(&one_page())), &[]).is_ok(),
                "{name}"
            );
        }
        // One text each fix relies on, changed as a new epub-builder might change it.
        let needles = [
            ("OEBPS/content.opf", "<package version=\"3.0\""),
            ("OEBPS/content.opf", "<dc:language id=\"epub-creator-"),
            ("OEBPS/content.opf", "<meta property=\"dcterms:modified\">"),
            ("OEBPS/content.opf", "  </manifest>"),
            ("OEBPS/toc.ncx", "<head>"),
            ("OEBPS/toc.ncx", "<docTitle>\n    <text>"),
            ("OEBPS/nav.xhtml", "<nav epub:type = \"landmarks\">"),
            ("OEBPS/nav.xhtml", "<meta charset = \"utf-8\" />"),
            ("OEBPS/nav.xhtml", "</body>"),
        ];
        for (name, needle) in needles {
            let text = &files.iter().find(|(n, _)| n == name).unwrap().1;
            assert!(text.contains(needle), "{name} lacks {needle:?} already");
            let changed = text.replace(needle, "<changed/>");
            let err = fix(name, changed, (&book, &f, Some(&one_page())), &[]).expect_err(needle);
            assert!(err.contains(name) && err.contains("0.8.3"), "{err}");
        }
    }

    #[test]
    fn post_pass_fails_loudly_when_a_file_is_missing() {
        let (book, _) = raw_files();
        let f = Furniture::of(&book);
        let (raw, chapters, fonts) =
            generate(&book, &f, &EpubSettings::default(), Some(&one_page())).unwrap();
        assert!(rewrite(&raw, (&book, &f, None), &chapters, &fonts).is_ok());
        // Without the nav document.
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&raw[..])).unwrap();
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for i in 0..archive.len() {
            let e = archive.by_index(i).unwrap();
            if e.name() != "OEBPS/nav.xhtml" {
                z.raw_copy_file(e).unwrap();
            }
        }
        let without_nav = z.finish().unwrap().into_inner();
        let err = rewrite(&without_nav, (&book, &f, None), &chapters, &fonts).unwrap_err();
        assert!(err.to_string().contains("2 of 3"), "{err}");
        // With a chapter epub-builder did not write.
        let mut more = chapters.clone();
        more.push(chapters[0].clone());
        assert!(rewrite(&raw, (&book, &f, None), &more, &fonts).is_err());
    }
}
