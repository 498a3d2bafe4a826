//! Command-line interface (clap derive). The doc comments here are the `--help` text.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Compile plain-text stories into an anthology EPUB and PDF.
///
/// Start from a folder of stories with `quire init`, which writes a book.toml listing
/// them; then run `quire build`.
/// See README.md for the book.toml format.
#[derive(Debug, Parser)]
#[command(name = "quire", version, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Quire's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a book.toml listing the stories in a folder (.txt, and .html, .htm and .epub
    /// downloads; .md files offered commented out), with the titles and authors found in
    /// them. Never overwrites an existing book.toml.
    Init {
        /// The folder of story files.
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Build the book: writes <out>/<slug>.epub and <out>/<slug>.pdf (and, for a print
    /// book, <out>/<slug>-cover.pdf with `[print]`, <out>/<slug>-imposed.pdf with
    /// `[imposition]`).
    Build {
        /// A book.toml, or the folder that holds it.
        #[arg(default_value = ".")]
        path: PathBuf,
        /// Output folder (default: `out/` beside book.toml).
        #[arg(long, short, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Which outputs to write; repeat for several (default: epub and pdf, plus cover
        /// when book.toml has a [print] table and imposed when it has [imposition]).
        #[arg(long, short, value_enum, value_name = "FORMAT")]
        format: Vec<Format>,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Show how each story was understood: note, title, body, afterword, and why.
    Inspect {
        /// A book.toml, or the folder that holds it.
        #[arg(default_value = ".")]
        path: PathBuf,
        /// Print machine-readable JSON instead of a report.
        #[arg(long)]
        json: bool,
    },
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum Format {
    /// EPUB 3 for e-readers.
    Epub,
    /// PDF for screens and printers.
    Pdf,
    /// The wraparound cover for a printed book, `<slug>-cover.pdf`: back, spine and front
    /// on one page with bleed; the spine is the interior's page count times the paper's
    /// thickness (`[print] paper`). Needs `[pdf] profile = "print"`.
    Cover,
    /// The interior imposed for binding by hand, `<slug>-imposed.pdf`: its pages on the
    /// `[imposition]` sheets as folio, quarto, octavo or sextodecimo, signature by
    /// signature, fronts and backs alternating (print duplex: flip on the short edge for
    /// folio and octavo, on the long edge for quarto and sextodecimo).
    Imposed,
}
