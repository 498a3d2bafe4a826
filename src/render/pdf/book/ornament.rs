//! The scene-break ornament: what a chapter's blocks show where the story breaks.
//!
//! Input: the settings and a composer. Output: the ornament's block, set centred on one
//! body line. Kept apart so the break's look lives in one place.

use super::{block, centred};
use crate::config::PdfSettings;
use crate::render::pdf::compose::{Composer, Style};
use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::paginate::VBlock;

/// The scene-break ornament: spaced asterisks, which Charis has (it lacks ⁂).
pub const ORNAMENT: &str = "*\u{2003}*\u{2003}*";
/// Size of the ornament relative to the text: large enough to read as a break, not as
/// a footnote mark.
const ORNAMENT_SCALE: f32 = 1.6;

/// The ornament's block, `measure` wide, half a line below what came before.
pub(super) fn ornament(s: &PdfSettings, c: &mut Composer, measure: f32) -> VBlock {
    let lead = s.leading;
    // Charis's asterisk is small and set high (a reference mark): at text size the
    // break read as a smudge. Larger, but on one body line so the text after it stays
    // on the grid.
    let st = Style {
        leading: lead,
        ..centred(FontKey::Regular, s, ORNAMENT_SCALE)
    };
    block(c.set_text(ORNAMENT, &st, measure), lead * 0.5, true, false)
}
