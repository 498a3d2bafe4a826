//! Quire compiles plain-text stories into an anthology EPUB and PDF.
//!
//! The pipeline, one named type at every boundary:
//!
//! ```text
//! book.toml ──config──▶ BookConfig ──resolve──▶ PdfSettings
//! story files ──source (decode, split, parse)──▶ Book        (the document model)
//! Book ──typography──▶ Book                                   (quotes, dashes, ellipses)
//! Book ──render::epub──▶ .epub      Book ──render::pdf──▶ .pdf
//! ```
//!
//! Only [`source`], [`output`] and the binary touch the disk.

pub mod config;
pub mod diag;
pub mod fonts;
pub mod model;
pub mod render;
