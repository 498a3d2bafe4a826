//! EPUB renderer: Book → XHTML documents → package → `.epub` bytes.
//!
//! Input: a [`Book`]. Output: the bytes of an EPUB 3 (with an NCX for older readers) that
//! passes EPUBCheck and Ace. This is the only module that uses `epub-builder`. Its raw
//! output has known faults (duplicate ids, no `xml:lang`, an NCX without `dtb:uid`,
//! non-deterministic ids unless pinned), so we capture the files it makes in memory, fix
//! them in a small post-pass, and zip them ourselves: mimetype first and stored, fixed
//! timestamps, compressed once.

mod fonts;
mod footnotes;
mod lists;
mod package;
mod pagebreak;
pub mod xhtml;

use crate::config::EpubSettings;
use crate::diag::Diagnostic;
use crate::model::Book;
use crate::render::pages::PageMap;

/// The file name of chapter `i` (0-based) inside the EPUB: the pages, the page list
/// and the package all name it.
pub(crate) fn chapter_file(i: usize) -> String {
    format!("chapter-{:04}.xhtml", i + 1)
}

/// Renders `book` as an EPUB 3 file with the default settings (fonts embedded).
pub fn render(book: &Book) -> Result<Vec<u8>, Diagnostic> {
    render_with(book, &EpubSettings::default())
}

/// Renders `book` as an EPUB 3 file with `settings` from `[epub]`, without a page list.
pub fn render_with(book: &Book, settings: &EpubSettings) -> Result<Vec<u8>, Diagnostic> {
    render_paged(book, settings, None)
}

/// Renders `book` as an EPUB 3 file with `settings`; with `pages` (from the PDF
/// layout, see [`crate::render::pdf::page_map`]) it carries the PDF edition's page
/// breaks and a page list.
pub fn render_paged(
    book: &Book,
    settings: &EpubSettings,
    pages: Option<&PageMap>,
) -> Result<Vec<u8>, Diagnostic> {
    package::package(book, settings, pages).map_err(|e| {
        Diagnostic::error(None, format!("could not package the EPUB: {e}"))
            .hint("this is a bug in Quire; please report it with your book.toml")
    })
}
