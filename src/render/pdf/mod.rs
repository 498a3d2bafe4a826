//! PDF renderer: Book → fonts → shape → hyphenate → linebreak → paginate → write.
//!
//! Input: a [`Book`] and resolved [`PdfSettings`]. Output: the bytes of a PDF and any
//! warnings (e.g. characters no font can show).

use crate::config::PdfSettings;
use crate::diag::Diagnostic;
use crate::model::Book;

/// A rendered PDF and the warnings met while setting it.
pub struct PdfOutput {
    /// The whole file.
    pub bytes: Vec<u8>,
    /// Problems worth telling the user that did not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// Typesets `book` and writes it as PDF.
pub fn render(_book: &Book, _settings: &PdfSettings) -> Result<PdfOutput, Vec<Diagnostic>> {
    Err(vec![Diagnostic::error(
        None,
        "the PDF renderer is not written yet",
    )])
}
