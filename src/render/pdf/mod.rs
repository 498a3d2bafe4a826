//! PDF renderer: Book → fonts → shape → hyphenate → linebreak → paginate → write.
//!
//! Input: a [`Book`] and resolved [`PdfSettings`]. Output: the bytes of a PDF and any
//! warnings (e.g. characters no font can show).

pub(crate) mod bitmap;
pub mod book;
pub mod compose;
pub mod fonts;
pub mod frame;
pub mod hyphenate;
pub mod impose;
pub mod linebreak;
mod pagemap;
pub mod paginate;
mod pod;
pub mod shape;
mod system;
pub mod wrap;
pub mod write;

pub use pagemap::page_map;

use crate::config::PdfSettings;
use crate::diag::Diagnostic;
use crate::model::Book;

/// A rendered PDF and the warnings met while setting it.
pub struct PdfOutput {
    /// The whole file.
    pub bytes: Vec<u8>,
    /// Problems worth telling the user that did not stop the build.
    pub warnings: Vec<Diagnostic>,
    /// How many pages it has (the cover's spine is that many pages thick).
    pub pages: usize,
}

/// Typesets `book` and writes it as PDF.
///
/// Errors only if the PDF cannot be written at all; characters no font can show are
/// warnings naming the chapter.
pub fn render(book: &Book, settings: &PdfSettings) -> Result<PdfOutput, Vec<Diagnostic>> {
    let clock = crate::timing::stage("pdf.layout");
    let (doc, warnings) = layout(book, settings);
    clock.done();
    write_laid_out(doc, warnings)
}

/// Writes a document [`layout`] made as PDF, with the warnings met while setting it.
pub fn write_laid_out(
    doc: frame::Document,
    warnings: Vec<Diagnostic>,
) -> Result<PdfOutput, Vec<Diagnostic>> {
    let clock = crate::timing::stage("pdf.write");
    let out = write_pages(doc, warnings)?.finish();
    clock.done();
    out
}

/// A laid-out PDF whose pages are written (on every thread): [`Paged::finish`] writes
/// the document around them, mostly on one thread, so a build runs it beside other
/// work.
pub struct Paged {
    paged: write::Paged,
    warnings: Vec<Diagnostic>,
    pages: usize,
}

/// The first part of [`write_laid_out`]: the fonts subset and every page's content
/// stream.
pub fn write_pages(
    doc: frame::Document,
    warnings: Vec<Diagnostic>,
) -> Result<Paged, Vec<Diagnostic>> {
    let pages = doc.pages.len();
    let paged = write::pages(doc).map_err(|e| vec![Diagnostic::error(None, e)])?;
    Ok(Paged {
        paged,
        warnings,
        pages,
    })
}

impl Paged {
    /// The rest of [`write_laid_out`]: the document around the pages, as PDF bytes.
    pub fn finish(self) -> Result<PdfOutput, Vec<Diagnostic>> {
        let bytes = self
            .paged
            .finish(&mut |_, _| Ok(()))
            .map_err(|e| vec![Diagnostic::error(None, e)])?;
        Ok(PdfOutput {
            bytes,
            warnings: self.warnings,
            pages: self.pages,
        })
    }
}

/// Typesets `book` into frames without writing PDF: for inspection and golden tests.
/// A print run is padded with blank pages to what `[print]` and `[imposition]` need.
pub fn layout(book: &Book, settings: &PdfSettings) -> (frame::Document, Vec<Diagnostic>) {
    let (mut doc, mut warnings) = book::typeset(book, settings);
    warnings.extend(pod::finish(&mut doc, settings));
    (doc, warnings)
}
