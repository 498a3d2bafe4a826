//! Quire compiles plain-text stories into an anthology EPUB and PDF.
//!
//! The pipeline, one named type at every boundary:
//!
//! ```text
//! book.toml ──config──▶ BookConfig ──resolve──▶ PdfSettings
//! story files ──source (decode, split, parse, typography)──▶ Book   (the document model)
//! Book ──render::epub──▶ .epub bytes      Book ──render::pdf──▶ .pdf bytes
//! bytes ──output (checked folder, exclusive temp file + rename)──▶ files
//! ```
//!
//! Only [`source`], [`output`] and the binary touch the disk (and the PDF renderer, to
//! read installed fonts for characters the bundled faces lack).

pub mod cli;
pub mod config;
pub mod diag;
pub mod fonts;
pub mod furniture;
pub mod init;
pub mod inspect;
pub mod model;
pub mod output;
pub mod render;
pub mod source;
pub mod timing;
pub mod typography;
pub mod work;

use cli::Format;
use diag::Diagnostic;
use std::path::{Path, PathBuf};

pub use source::{Project, load};

/// What a successful build wrote.
#[derive(Debug)]
pub struct Built {
    /// The files written, in format order.
    pub written: Vec<PathBuf>,
    /// Warnings from reading and rendering.
    pub warnings: Vec<Diagnostic>,
}

/// A step of a build, reported to a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The stories are read; rendering starts.
    Loaded {
        /// How many chapters the book has.
        chapters: usize,
    },
    /// One output format finished rendering in memory.
    Rendered(Format),
    /// The files are being written.
    Writing,
}

/// Loads the book at `path` and writes the requested formats (all when empty) into
/// `out` (default: `out/` beside `book.toml`). Nothing is written unless every format
/// rendered.
pub fn build(
    path: &Path,
    out: Option<&Path>,
    formats: &[Format],
) -> Result<Built, Vec<Diagnostic>> {
    build_with_progress(path, out, formats, &|_| {})
}

/// [`build`], telling `progress` about each step (for a progress bar).
pub fn build_with_progress(
    path: &Path,
    out: Option<&Path>,
    formats: &[Format],
    progress: &(dyn Fn(Step) + Sync),
) -> Result<Built, Vec<Diagnostic>> {
    let clock = timing::stage("load");
    let project = load(path)?;
    clock.done();
    progress(Step::Loaded {
        chapters: project.book.chapters.len(),
    });
    let mut formats = formats.to_vec();
    if formats.is_empty() {
        formats = vec![Format::Epub, Format::Pdf];
        if project.pdf.print.given {
            formats.push(Format::Cover);
        }
        if project.pdf.print.imposition.is_some() {
            formats.push(Format::Imposed);
        }
    }
    formats.sort();
    formats.dedup();
    let slug = output::slug(&project.book.meta.title);
    let name = |f: Format| match f {
        Format::Epub => format!("{slug}.epub"),
        Format::Pdf => format!("{slug}.pdf"),
        Format::Cover => format!("{slug}-cover.pdf"),
        Format::Imposed => format!("{slug}-imposed.pdf"),
    };
    let names: Vec<String> = formats.iter().map(|&f| name(f)).collect();
    // Checked before rendering: a refused output folder costs no work.
    let target = output::Target::prepare(&project.root, out, &names, &project.inputs)
        .map_err(|d| vec![d])?;
    let mut warnings = project.warnings.clone();

    let book = &project.book;
    let want_epub = formats.contains(&Format::Epub);
    let want_cover = formats.contains(&Format::Cover);
    if want_cover && project.pdf.profile != config::Profile::Print {
        return Err(vec![
            Diagnostic::error(
                Some("book.toml".to_string()),
                "a printed cover needs the print profile, whose page count sets the spine",
            )
            .hint("add `profile = \"print\"` to [pdf]"),
        ]);
    }
    let want_imposed = formats.contains(&Format::Imposed);
    if want_imposed && project.pdf.print.imposition.is_none() {
        return Err(vec![
            Diagnostic::error(
                Some("book.toml".to_string()),
                "`--format imposed` needs an [imposition] table",
            )
            .hint("add [imposition] with sheet, layout and signature (see README.md)"),
        ]);
    }
    // The cover's spine is as thick as the interior, and the imposed sheets hold its
    // pages: it is set even when not written.
    let want_pdf = formats.contains(&Format::Pdf) || want_cover || want_imposed;
    // The EPUB's page list comes from the PDF's layout, made once: laid out even when
    // only the EPUB is asked for, so its page numbers are the PDF's either way.
    // A book with no cover gets one drawn from its title page, which the EPUB and the
    // screen PDF's first page show: drawn beside the layout, which only needs it once
    // its chapters are set.
    let draw_cover = want_epub || (want_pdf && project.pdf.profile == config::Profile::Screen);
    let (laid_out, ()) = rayon::join(
        || {
            (want_epub && project.epub.page_list).then(|| {
                let clock = timing::stage("pdf.layout");
                let (doc, pdf_warnings) = render::pdf::layout(book, &project.pdf);
                clock.done();
                let map = render::pdf::page_map(book, &project.pdf, &doc);
                (map, doc, pdf_warnings)
            })
        },
        || {
            if draw_cover {
                render::cover::of(book);
            }
        },
    );
    let (map, laid_out) = match laid_out {
        Some((map, doc, w)) => (Some(map), Some((doc, w))),
        None => (None, None),
    };
    // A laid-out PDF's pages are written first, on both cores; what is left of it, the
    // document around them, is mostly one thread's work, done beside the EPUB (whose
    // chapters fill the other core) rather than after it with a core idle.
    let mut paged = match laid_out {
        Some((doc, w)) if want_pdf => Some(render::pdf::write_pages(doc, w)),
        _ => None,
    };
    // Then the two renderers share nothing but the model (and that map): run them side
    // by side.
    let (epub, pdf) = rayon::join(
        || {
            want_epub.then(|| {
                let clock = timing::stage("epub");
                let r = render::epub::render_paged(book, &project.epub, map.as_ref());
                clock.done();
                progress(Step::Rendered(Format::Epub));
                r
            })
        },
        || {
            want_pdf.then(|| {
                let r = match paged.take() {
                    Some(p) => p.and_then(render::pdf::Paged::finish),
                    None => render::pdf::render(book, &project.pdf),
                };
                progress(Step::Rendered(Format::Pdf));
                r
            })
        },
    );
    let mut outputs = Vec::new();
    let mut errors = Vec::new();
    match epub {
        Some(Ok(bytes)) => outputs.push((name(Format::Epub), bytes)),
        Some(Err(d)) => errors.push(d),
        None => {}
    }
    match pdf {
        Some(Ok(o)) => {
            // The layout may find what stops the build (a character no font can show);
            // it names the text, the story file gives the line.
            for d in o.warnings {
                let d = source::with_line(&project.root, d);
                if d.is_error() {
                    errors.push(d);
                } else {
                    warnings.push(d);
                }
            }
            if want_cover {
                match render::pdf::wrap::render(book, &project.pdf, o.pages) {
                    Ok(c) => {
                        warnings.extend(c.warnings);
                        progress(Step::Rendered(Format::Cover));
                        outputs.push((name(Format::Cover), c.bytes));
                    }
                    Err(d) => errors.extend(d),
                }
            }
            if want_imposed {
                match render::pdf::impose::impose(&o.bytes, &project.pdf) {
                    Ok(bytes) => {
                        progress(Step::Rendered(Format::Imposed));
                        outputs.push((name(Format::Imposed), bytes));
                    }
                    Err(e) => errors.push(Diagnostic::error(None, e)),
                }
            }
            if formats.contains(&Format::Pdf) {
                outputs.push((name(Format::Pdf), o.bytes));
            }
        }
        Some(Err(d)) => errors.extend(d),
        None => {}
    }
    work::report();
    if !errors.is_empty() {
        return Err(errors);
    }
    progress(Step::Writing);
    let clock = timing::stage("write files");
    target.write_all(&outputs).map_err(|d| vec![d])?;
    clock.done();
    Ok(Built {
        written: outputs.into_iter().map(|(n, _)| target.path(&n)).collect(),
        warnings,
    })
}
