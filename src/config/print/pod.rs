//! The `[print]` resolve stage, services: the paper's thickness and what each
//! print-on-demand service publishes (trim sizes, page counts, margins).
//!
//! Each figure names its source: "RESEARCH.md §3" is `/work/shared/RESEARCH.md`,
//! section 3 ("What print-on-demand services require"), which cites the services' help
//! pages; a figure that section does not give is marked unverified.

use super::IN;

/// The paper a book is printed on: its thickness per page, in inches (KDP's figures,
/// RESEARCH.md §3 "Cover": 0.002252 white, 0.0025 cream, 0.002347 colour).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Paper {
    #[default]
    White,
    Cream,
    Color,
}

impl Paper {
    /// Thickness of one page (half a leaf) in points.
    pub fn per_page(self) -> f32 {
        IN * match self {
            Paper::White => 0.002252,
            Paper::Cream => 0.0025,
            Paper::Color => 0.002347,
        }
    }
}

/// A print-on-demand service and the rules it publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pod {
    Kdp,
    Ingram,
    Lulu,
}

impl Pod {
    /// The name as written in `book.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Pod::Kdp => "kdp",
            Pod::Ingram => "ingram",
            Pod::Lulu => "lulu",
        }
    }

    /// Fewest interior pages the service prints: KDP 24, IngramSpark 18 (RESEARCH.md
    /// §3); Lulu's 32 is unverified (§3 marks it so: its perfect-bound minimum).
    pub fn min_pages(self) -> usize {
        match self {
            Pod::Kdp => 24,
            Pod::Ingram => 18,
            Pod::Lulu => 32,
        }
    }

    /// Most pages of a paperback: KDP 828 (the last row of its gutter table, RESEARCH.md
    /// §3); IngramSpark's 1200 and Lulu's 800 are unverified (§3 gives none).
    pub fn max_pages(self) -> usize {
        match self {
            Pod::Kdp => 828,
            Pod::Ingram => 1200,
            Pod::Lulu => 800,
        }
    }

    /// Whether the service wants the last page blank (IngramSpark adds one otherwise,
    /// RESEARCH.md §3).
    pub fn blank_last_page(self) -> bool {
        self == Pod::Ingram
    }

    /// Narrowest outside margin, in points, with and without bleed: KDP 0.25 in, 0.375
    /// in with bleed; IngramSpark 0.5 in; Lulu its 0.5 in safety margin (RESEARCH.md §3).
    pub fn min_outside(self, bleed: bool) -> f32 {
        match self {
            Pod::Kdp if bleed => 0.375 * IN,
            Pod::Kdp => 0.25 * IN,
            Pod::Ingram | Pod::Lulu => 0.5 * IN,
        }
    }

    /// Whether spine text is allowed for `pages` (KDP: more than 79 pages; unverified,
    /// RESEARCH.md §3 does not give it, and the others' rule is taken to be KDP's).
    pub fn spine_text(self, pages: usize) -> bool {
        pages >= 80
    }

    /// Trim sizes the service prints in paperback, in inches (width, height). Unverified:
    /// RESEARCH.md §3 lists no trim sizes, so these are the services' size lists as
    /// known when this was written; a trim missing here is only a warning.
    pub fn trims(self) -> impl Iterator<Item = (f32, f32)> {
        // The sizes KDP and IngramSpark both print.
        const COMMON: [(f32, f32); 9] = [
            (5.0, 8.0),
            (5.06, 7.81),
            (5.25, 8.0),
            (5.5, 8.5),
            (6.0, 9.0),
            (6.14, 9.21),
            (6.69, 9.61),
            (7.0, 10.0),
            (8.5, 11.0),
        ];
        // Each service's own, after the common ones.
        const KDP: [(f32, f32); 8] = [
            (7.44, 9.69),
            (7.5, 9.25),
            (8.0, 10.0),
            (8.25, 6.0),
            (8.25, 8.25),
            (8.5, 8.5),
            (8.27, 11.69),
            (8.25, 11.0),
        ];
        const INGRAM: [(f32, f32); 7] = [
            (4.0, 6.0),
            (4.25, 7.0),
            (5.83, 8.27),
            (7.44, 9.69),
            (7.5, 9.25),
            (8.0, 10.0),
            (8.27, 11.69),
        ];
        const LULU: [(f32, f32); 10] = [
            (4.25, 6.87),
            (5.5, 8.5),
            (5.83, 8.27),
            (6.0, 9.0),
            (6.14, 9.21),
            (6.69, 9.61),
            (7.0, 10.0),
            (7.5, 7.5),
            (8.27, 11.69),
            (8.5, 11.0),
        ];
        let (common, own): (&[_], &[_]) = match self {
            Pod::Kdp => (&COMMON, &KDP),
            Pod::Ingram => (&COMMON, &INGRAM),
            Pod::Lulu => (&[], &LULU),
        };
        common.iter().chain(own).copied()
    }
}
