//! The `[imposition]` resolve stage: the table as written → [`Imposition`] (sheet,
//! layout, signature, creep, marks), or diagnostics naming the key with a hint.

use super::{IN, MM, length_or_zero};
use crate::diag::Diagnostic;
use serde::Deserialize;

/// `[imposition]`: pages on printer's sheets, for binding by hand.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct ImpositionConfig {
    /// `a4`, `a3`, `letter` (default), `legal`, `tabloid`, or a size such as `"11x17in"`.
    pub sheet: Option<String>,
    /// `folio` (default), `quarto`, `octavo` or `sextodecimo`.
    pub layout: Option<String>,
    /// Sheets folded together in one signature (default 4).
    pub signature: Option<i64>,
    /// The shift between neighbouring bifolia of a signature at the spine, from its
    /// centre, e.g. `"0.1mm"` (default 0).
    pub creep: Option<String>,
    /// `none` (default: pages at their own size) or `fit` (shrunk onto the sheet when
    /// they do not fit at their own size; never enlarged).
    pub scale: Option<String>,
    /// Fold, cut and sewing marks and a signature-order mark (default `false`).
    pub marks: Option<bool>,
}

/// How pages sit on a sheet: pages per side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Folio,
    Quarto,
    Octavo,
    Sextodecimo,
}

impl Layout {
    /// Pages on one side of a sheet.
    pub fn per_side(self) -> usize {
        match self {
            Layout::Folio => 2,
            Layout::Quarto => 4,
            Layout::Octavo => 8,
            Layout::Sextodecimo => 16,
        }
    }
}

/// Resolved `[imposition]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Imposition {
    /// Sheet width and height in points, portrait (width ≤ height).
    pub sheet: (f32, f32),
    pub layout: Layout,
    /// Sheets per signature.
    pub signature: usize,
    /// The shift between neighbouring bifolia at the spine, in points: each page moves
    /// toward the spine by `creep` times its bifolium's distance from the signature's
    /// centre (away from it outside the centre).
    pub creep: f32,
    pub marks: bool,
    /// `scale = "fit"`: shrink the pages when they do not fit the sheet.
    pub fit: bool,
}

impl Imposition {
    /// Interior pages in one signature.
    pub fn pages_per_signature(&self) -> usize {
        self.signature * 2 * self.layout.per_side()
    }

    /// The sheet as the pages of `trim` are laid on it, and their scale: turned like
    /// the grid of pages (landscape when the grid is wider than tall: folio, octavo),
    /// and the pages at their own size unless they do not fit and `fit` is set.
    pub fn sheet_for(&self, trim: (f32, f32)) -> ((f32, f32), f32) {
        let (cols, rows) = grid(self.layout);
        let (need_w, need_h) = (cols as f32 * trim.0, rows as f32 * trim.1);
        let (short, long) = (
            self.sheet.0.min(self.sheet.1),
            self.sheet.0.max(self.sheet.1),
        );
        let sheet = if need_w > need_h {
            (long, short)
        } else {
            (short, long)
        };
        let shrink = (sheet.0 / need_w).min(sheet.1 / need_h);
        let scale = if self.fit && shrink < 1.0 {
            shrink
        } else {
            1.0
        };
        (sheet, scale)
    }
}

/// A sheet size by name or as `WxH` with a unit (`"11x17in"`, `"297x420mm"`).
pub fn sheet_size(s: &str) -> Option<(f32, f32)> {
    let named = match s.trim().to_ascii_lowercase().as_str() {
        "a4" => Some((210.0 * MM, 297.0 * MM)),
        "a3" => Some((297.0 * MM, 420.0 * MM)),
        "letter" => Some((8.5 * IN, 11.0 * IN)),
        "legal" => Some((8.5 * IN, 14.0 * IN)),
        "tabloid" => Some((11.0 * IN, 17.0 * IN)),
        _ => None,
    };
    named.or_else(|| {
        let s = s.trim();
        let unit = s.get(s.len().checked_sub(2)?..)?;
        let (w, h) = s[..s.len() - 2].split_once(['x', 'X', '×'])?;
        let w = crate::config::parse_length(&format!("{w}{unit}"))?;
        let h = crate::config::parse_length(&format!("{h}{unit}"))?;
        (w <= 100.0 * IN && h <= 100.0 * IN).then_some((w.min(h), w.max(h)))
    })
}

pub(super) type Err<'a> = dyn Fn(&str, &str, String, &str) -> Diagnostic + 'a;

pub(super) fn imposition_settings(
    i: &ImpositionConfig,
    trim: (f32, f32),
    err: &Err<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Imposition> {
    let n = diags.len();
    let sheet_name = i.sheet.as_deref().unwrap_or("letter");
    let sheet = sheet_size(sheet_name);
    if sheet.is_none() {
        diags.push(err(
            "imposition",
            "sheet",
            format!("unknown `[imposition] sheet` value `{sheet_name}`"),
            "use a4, a3, letter, legal, tabloid, or a size such as \"11x17in\" or \"297x420mm\"",
        ));
    }
    let layout = match i
        .layout
        .as_deref()
        .unwrap_or("folio")
        .to_ascii_lowercase()
        .as_str()
    {
        "folio" => Some(Layout::Folio),
        "quarto" | "4to" => Some(Layout::Quarto),
        "octavo" | "8vo" => Some(Layout::Octavo),
        "sextodecimo" | "16mo" => Some(Layout::Sextodecimo),
        other => {
            diags.push(err(
                "imposition",
                "layout",
                format!("unknown `[imposition] layout` value `{other}`"),
                "use folio, quarto, octavo or sextodecimo",
            ));
            None
        }
    };
    let signature = i.signature.unwrap_or(4);
    if !(1..=32).contains(&signature) {
        diags.push(err(
            "imposition",
            "signature",
            format!("`[imposition] signature = {signature}` is out of range"),
            "give the sheets folded together per signature, 1 to 32 (4 to 8 is usual)",
        ));
    }
    let creep = match &i.creep {
        None => 0.0,
        Some(c) => match length_or_zero(c) {
            Some(v) if v <= 2.0 * MM => v,
            Some(_) => {
                diags.push(err(
                    "imposition",
                    "creep",
                    format!("`[imposition] creep = \"{c}\"` is out of range"),
                    "creep is the thickness a sheet adds at the fold: about 0.1mm, at most 2mm",
                ));
                0.0
            }
            None => {
                diags.push(err(
                    "imposition",
                    "creep",
                    format!("`[imposition] creep = \"{c}\"` is not a length"),
                    "write a number and a unit, e.g. \"0.1mm\"",
                ));
                0.0
            }
        },
    };
    let fit = match i.scale.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None | Some("none") => false,
        Some("fit") => true,
        Some(other) => {
            diags.push(err(
                "imposition",
                "scale",
                format!("unknown `[imposition] scale` value `{other}`"),
                "use none (pages at their own size) or fit (shrunk onto the sheet)",
            ));
            false
        }
    };
    let imposition = Imposition {
        sheet: sheet?,
        layout: layout?,
        signature: signature as usize,
        creep,
        marks: i.marks.unwrap_or(false),
        fit,
    };
    // The pages of a side, upright: folio 2×1, quarto 2×2, octavo 4×2, 16mo 4×4.
    let (cols, rows) = grid(imposition.layout);
    let ((sw, sh), scale) = imposition.sheet_for(trim);
    let fits = cols as f32 * trim.0 * scale <= sw + 0.5 && rows as f32 * trim.1 * scale <= sh + 0.5;
    if !fits {
        let key = if i.scale.is_some() {
            "scale"
        } else if i.sheet.is_some() {
            "sheet"
        } else {
            "layout"
        };
        diags.push(err(
            "imposition",
            key,
            format!(
                "{cols} × {rows} pages of {:.2} × {:.2} in do not fit on a {sheet_name} sheet ({:.2} × {:.2} in) at their own size (`[imposition] scale = \"none\"`)",
                trim.0 / IN,
                trim.1 / IN,
                sw.min(sh) / IN,
                sw.max(sh) / IN
            ),
            "choose a larger `sheet` or a smaller [pdf] trim (a folio of 5.5x8.5in fits letter, of a5 fits a4), or set `scale = \"fit\"` to shrink the pages onto the sheet",
        ));
    }
    (diags.len() == n).then_some(imposition)
}

/// Columns and rows of pages on one side of a sheet.
pub fn grid(layout: Layout) -> (usize, usize) {
    match layout {
        Layout::Folio => (2, 1),
        Layout::Quarto => (2, 2),
        Layout::Octavo => (4, 2),
        Layout::Sextodecimo => (4, 4),
    }
}
