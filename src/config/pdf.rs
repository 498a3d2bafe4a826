//! The `[pdf]` resolve stage: [`PdfConfig`] as written → [`PdfSettings`] in points.
//!
//! Input: the `[pdf]` table and the spans of `book.toml`. Output: every default filled in
//! and every number checked against what a printed page can be (a side of 2–100 inches,
//! sane type sizes), or diagnostics naming the key and line; a warning when the lines
//! would be too short to read.

use super::{PdfConfig, Profile, Spans};
use crate::diag::Diagnostic;

const IN: f32 = 72.0;
const MM: f32 = 72.0 / 25.4;
/// Longest measure in ems of the body size: about 65 characters of Charis, the top of
/// the range book typographers recommend. A 6x9in page with half-inch margins gave 72.
const MAX_MEASURE_EMS: f32 = 30.0;
/// A page side, in inches: under 2 × 3 in the margins leave no room for text; over 100
/// in is no book (and a PDF viewer's limit is 200 in).
const MIN_WIDTH_IN: f64 = 2.0;
const MIN_HEIGHT_IN: f64 = 3.0;
const MAX_SIDE_IN: f64 = 100.0;
/// Body sizes a book can be set in, in points.
const FONT_SIZES: std::ops::RangeInclusive<f32> = 6.0..=24.0;
/// Fewer characters a line than this reads as a column of broken words.
const MIN_LINE_CHARS: f32 = 20.0;
/// Average width of a character of running text in Charis, in ems (30 em ≈ 65 characters).
const CHAR_EMS: f32 = 0.46;

/// Resolved PDF settings: every default filled in, every size in points.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfSettings {
    /// Screen or print.
    pub profile: Profile,
    /// Page width in points.
    pub page_width: f32,
    /// Page height in points.
    pub page_height: f32,
    /// Body text size in points.
    pub font_size: f32,
    /// Baseline-to-baseline distance in points.
    pub leading: f32,
    /// The standards the PDF declares.
    pub standards: super::Standards,
    /// `[fonts] fallback`: installed families to try first for characters the bundled
    /// faces lack.
    pub fallback_fonts: Vec<String>,
    /// The `book.toml` line of each `fallback_fonts` entry, for diagnostics about it.
    pub fallback_lines: Vec<Option<usize>>,
    /// `[fonts] missing`: whether a character no font can show stops the build.
    pub missing_glyphs: super::MissingGlyphs,
    /// `[print]` and `[imposition]`: bleed, paper, print-on-demand service, sheets.
    pub print: super::PrintSettings,
}

impl Default for PdfSettings {
    fn default() -> Self {
        let (page_width, page_height) = trim_size("a5").unwrap_or((419.53, 595.28));
        PdfSettings {
            profile: Profile::Screen,
            page_width,
            page_height,
            font_size: 11.0,
            leading: 14.3,
            standards: super::Standards::default(),
            fallback_fonts: Vec::new(),
            fallback_lines: Vec::new(),
            missing_glyphs: super::MissingGlyphs::default(),
            print: super::PrintSettings::default(),
        }
    }
}

impl PdfSettings {
    /// The inside and outside margins for a binding `gutter` (print) — the house rule
    /// the PDF renderer lays pages out by, here so the measure can be checked up front.
    pub fn side_margins(&self, gutter: f32) -> (f32, f32) {
        // Longest measure, for any trim: lines longer than this tire the eye.
        let max_measure = MAX_MEASURE_EMS * self.font_size;
        if self.profile == Profile::Print {
            // The gutter is the minimum; a quarter inch more keeps text off the fold.
            let (inner, outer) = (gutter + 0.25 * IN, 0.5 * IN);
            // A measure longer than the maximum is narrowed on both sides alike, so the
            // inside stays the wider margin.
            let excess = (self.page_width - inner - outer - max_measure).max(0.0) / 2.0;
            (inner + excess, outer + excess)
        } else {
            let m = (self.page_width * 0.12)
                .max(0.5 * IN)
                .max((self.page_width - max_measure) / 2.0);
            (m, m)
        }
    }

    /// About how many characters of body text a line holds (with the narrowest gutter).
    pub fn line_chars(&self) -> f32 {
        let (inner, outer) = self.side_margins(0.375 * IN);
        (self.page_width - inner - outer).max(0.0) / (CHAR_EMS * self.font_size)
    }
}

/// Page size in points for a named trim.
pub fn trim_size(name: &str) -> Option<(f32, f32)> {
    Some(match name.to_ascii_lowercase().as_str() {
        "a5" => (148.0 * MM, 210.0 * MM),
        "a4" => (210.0 * MM, 297.0 * MM),
        "letter" => (8.5 * IN, 11.0 * IN),
        "5x8in" => (5.0 * IN, 8.0 * IN),
        "5.5x8.5in" => (5.5 * IN, 8.5 * IN),
        "6x9in" => (6.0 * IN, 9.0 * IN),
        _ => return None,
    })
}

/// A length such as `140mm`, `5.5in`, `12cm` or `396pt`, in points; `None` unless it is
/// a positive, finite length with a unit.
pub fn parse_length(s: &str) -> Option<f32> {
    length_in_points(s)
        .filter(|n| *n > 0.0 && *n <= f64::from(f32::MAX))
        .map(|n| n as f32)
}

fn length_in_points(s: &str) -> Option<f64> {
    let s = s.trim();
    // The unit is the last two letters (the number may have an exponent: `1e3pt`).
    let (num, unit) = s.split_at(s.len().checked_sub(2).filter(|&i| s.is_char_boundary(i))?);
    let factor = match unit {
        "pt" => 1.0,
        "in" => 72.0,
        "mm" => 72.0 / 25.4,
        "cm" => 72.0 / 2.54,
        _ => return None,
    };
    let n: f64 = num.trim().parse().ok()?;
    (n.is_finite() && (n * factor).is_finite()).then_some(n * factor)
}

/// Resolves `[pdf]` into [`PdfSettings`], reporting bad values against `file` at the
/// lines `spans` gives. Warnings (lines too short to read) come back with the settings.
pub fn resolve_pdf(
    cfg: &PdfConfig,
    spans: &Spans,
    file: &str,
) -> Result<(PdfSettings, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut s = PdfSettings::default();
    let at = |key: &str| spans.line(&format!("pdf.{key}")).or(spans.line("pdf"));
    let err = |key: &str, m: String, h: &str| {
        Diagnostic::error(Some(file.to_string()), m)
            .at(at(key), None)
            .hint(h.to_string())
    };
    if let Some(p) = cfg.profile {
        s.profile = p;
    }
    let trim = cfg.trim.as_deref().unwrap_or("a5");
    if trim.eq_ignore_ascii_case("custom") {
        let width = side(
            cfg.width.as_deref(),
            "width",
            MIN_WIDTH_IN,
            "wide",
            &err,
            &mut diags,
        );
        let height = side(
            cfg.height.as_deref(),
            "height",
            MIN_HEIGHT_IN,
            "tall",
            &err,
            &mut diags,
        );
        let missing: Vec<&str> = [("width", &cfg.width), ("height", &cfg.height)]
            .iter()
            .filter(|(_, v)| v.is_none())
            .map(|(k, _)| *k)
            .collect();
        if !missing.is_empty() {
            diags.push(err(
                "trim",
                format!(
                    "`[pdf] trim = \"custom\"` needs `{}`",
                    missing.join("` and `")
                ),
                "write them with a unit, e.g. width = \"140mm\", height = \"216mm\"",
            ));
        }
        if let (Some(w), Some(h)) = (width, height) {
            (s.page_width, s.page_height) = (w, h);
        }
    } else {
        match trim_size(trim) {
            Some((w, h)) => (s.page_width, s.page_height) = (w, h),
            None => diags.push(err(
                "trim",
                format!("unknown `[pdf] trim` value `{trim}`"),
                "use a5, a4, letter, 5x8in, 5.5x8.5in, 6x9in or custom",
            )),
        }
        let given: Vec<&str> = [("width", &cfg.width), ("height", &cfg.height)]
            .iter()
            .filter(|(_, v)| v.is_some())
            .map(|(k, _)| *k)
            .collect();
        if let Some(first) = given.first() {
            let keys = format!("`{}`", given.join("` and `"));
            let verb = if given.len() == 1 { "is" } else { "are" };
            let (tail, hint) = match &cfg.trim {
                Some(t) => (
                    format!("but `trim = \"{t}\"` sets the page size"),
                    "set `trim = \"custom\"` to use width and height, or remove them",
                ),
                None => (
                    "without `trim = \"custom\"`".to_string(),
                    "add `trim = \"custom\"` to [pdf] to use width and height, or remove them",
                ),
            };
            diags.push(err(
                first,
                format!("`[pdf]` {keys} {verb} given {tail}"),
                hint,
            ));
        }
    }
    if let Some(fs) = cfg.font_size {
        if FONT_SIZES.contains(&fs) {
            s.font_size = fs;
            s.leading = fs * 1.3;
        } else {
            diags.push(err(
                "font-size",
                format!("`[pdf] font-size = {fs}` is out of range"),
                "use a size between 6 and 24 points",
            ));
        }
    }
    if let Some(l) = cfg.leading {
        if l >= s.font_size && l <= s.font_size * 3.0 {
            s.leading = l;
        } else {
            diags.push(err(
                "leading",
                format!("`[pdf] leading = {l}` is out of range"),
                "give the baseline distance in points, between 1 and 3 times the font size",
            ));
        }
    }
    if let Some(names) = &cfg.standards {
        match super::standards::resolve_standards(names) {
            Ok(st) => s.standards = st,
            Err((m, h)) => diags.push(err("standards", m, &h)),
        }
    }
    if !diags.is_empty() {
        diags.sort_by_key(|d| d.line.unwrap_or(0));
        return Err(diags);
    }
    let chars = s.line_chars();
    let mut warnings = Vec::new();
    if chars < MIN_LINE_CHARS {
        let key = if cfg.font_size.is_some() {
            "font-size"
        } else if cfg.width.is_some() {
            "width"
        } else {
            "trim"
        };
        warnings.push(
            Diagnostic::warning(
                Some(file.to_string()),
                format!(
                    "`[pdf]` a line of text holds only about {} characters ({:.1} × {:.1} in page, {} pt type)",
                    chars.floor(),
                    s.page_width / IN,
                    s.page_height / IN,
                    s.font_size
                ),
            )
            .at(at(key), None)
            .hint("choose a larger page or a smaller `font-size`: lines of 45–75 characters read best"),
        );
    }
    Ok((s, warnings))
}

/// One side of a custom page: parsed and within range, else a diagnostic.
fn side(
    value: Option<&str>,
    key: &str,
    min_in: f64,
    dimension: &str,
    err: &dyn Fn(&str, String, &str) -> Diagnostic,
    diags: &mut Vec<Diagnostic>,
) -> Option<f32> {
    let v = value?;
    match length_in_points(v) {
        None => {
            diags.push(err(
                key,
                format!("`[pdf] {key} = \"{v}\"` is not a length"),
                "write a number and a unit (mm, cm, in or pt), e.g. \"140mm\"",
            ));
            None
        }
        Some(pt) if !(min_in * 72.0..=MAX_SIDE_IN * 72.0).contains(&pt) => {
            diags.push(err(
                key,
                format!("`[pdf] {key} = \"{v}\"` is out of range"),
                &format!(
                    "a page is {min_in}–{MAX_SIDE_IN} in ({:.0}–{:.0} mm) {dimension}",
                    min_in * 25.4,
                    MAX_SIDE_IN * 25.4
                ),
            ));
            None
        }
        Some(pt) => Some(pt as f32),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_trims() {
        assert_eq!(parse_length("72pt"), Some(72.0));
        assert_eq!(parse_length("1in"), Some(72.0));
        assert!((parse_length("25.4mm").unwrap() - 72.0).abs() < 1e-3);
        assert_eq!(parse_length("5 furlongs"), None);
        assert_eq!(parse_length("1e3pt"), Some(1000.0));
        assert_eq!(parse_length("1e39in"), None);
        assert_eq!(parse_length("-3in"), None);
        assert_eq!(parse_length("pt"), None);
        assert_eq!(parse_length("ü"), None);
        assert_eq!(trim_size("6x9in"), Some((432.0, 648.0)));
        let cfg = PdfConfig {
            trim: Some("b5".into()),
            ..Default::default()
        };
        assert!(resolve_pdf(&cfg, &Spans::default(), "book.toml").is_err());
    }
}
