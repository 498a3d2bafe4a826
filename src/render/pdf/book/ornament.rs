//! The scene-break ornament: what a chapter's blocks show where the story breaks.
//!
//! Input: the settings and a composer. Output: the ornament's block, set centred on one
//! body line and raised or lowered so its ink sits in the middle of the white between
//! the text above and below. Kept apart so the break's look lives in one place.

use super::layout::{block, centred};
use crate::config::PdfSettings;
use crate::render::pdf::compose::{Composer, Style};
use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::frame::PlacedGlyph;
use crate::render::pdf::paginate::VBlock;

/// The scene-break ornament: spaced asterisks, which Charis has (it lacks ⁂).
pub const ORNAMENT: &str = "*\u{2003}*\u{2003}*";
/// Size of the ornament relative to the text: large enough to read as a break, not as
/// a footnote mark.
const ORNAMENT_SCALE: f32 = 1.6;
/// Letters whose ink reaches the body face's descender depth and ascender height: the
/// white between two lines of text runs from the one to the other (almost every line
/// has a p or a y, and a d or an l).
const DESCENDER: &str = "p";
const ASCENDER: &str = "d";

/// The ornament's block, `measure` wide, half a line below what came before.
///
/// The block takes one body line with half a line of space on either side, so its
/// baseline lies midway between the baselines of the text above and below, and the
/// text after it stays on the grid. The white between those lines runs from the
/// descenders above to the ascenders below; the ornament's glyphs are moved up or down
/// (not the line) so the middle of their ink is the middle of that white. Charis's
/// asterisk sits high, like a reference mark: on the baseline it left a third of the
/// white above and two thirds below.
pub(super) fn ornament(s: &PdfSettings, c: &mut Composer, measure: f32) -> VBlock {
    let lead = s.leading;
    // Charis's asterisk is small and set high (a reference mark): at text size the
    // break read as a smudge. Larger, but on one body line so the text after it stays
    // on the grid.
    let st = Style {
        leading: lead,
        ..centred(FontKey::Regular, s, ORNAMENT_SCALE)
    };
    let mut lines = c.set_text(ORNAMENT, &st, measure);
    let body = centred(FontKey::Regular, s, 1.0);
    let below = c.ink(DESCENDER, &body).map(|(lo, _)| lo);
    let above = c.ink(ASCENDER, &body).map(|(_, hi)| hi);
    if let (Some(descender), Some(ascender), Some((lo, hi))) = (below, above, c.ink(ORNAMENT, &st))
    {
        // Baselines 1.5 lines above and below: the white runs from 1.5 lines up less
        // the descender depth (`descender` is negative) to 1.5 lines down plus the
        // ascender height; its middle is (ascender + descender) / 2 above the baseline.
        let raise = (ascender + descender) / 2.0 - (lo + hi) / 2.0;
        for g in lines
            .iter_mut()
            .flat_map(|l| &mut l.runs)
            .flat_map(|r| &mut r.glyphs)
        {
            g.dy = PlacedGlyph::raise(g.y(0.0) + raise);
        }
    }
    // On a page that would end short, pagination may give the break a line more of
    // white, half above and half below: the ornament stays in the middle of it.
    // Where a page would otherwise break a rule, it may give up its white instead.
    VBlock {
        flex: true,
        tight: true,
        ..block(lines, lead * 0.5, false, false)
    }
}
