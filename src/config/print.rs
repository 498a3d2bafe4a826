//! The `[print]` and `[imposition]` resolve stage: the tables as written → [`PrintSettings`].
//!
//! Input: the two tables, the resolved page size and profile, and the spans of
//! `book.toml`. Output: bleed, paper, print-on-demand service and imposition in points
//! and names, or diagnostics naming the key and its line with a hint; warnings for what
//! the chosen service would reject (a trim it does not print, a bleed it does not use).
//!
//! The services' figures (trim sizes, minimum pages, paper thickness) live in
//! [`Pod`] and [`Paper`], from their published help pages (see RESEARCH.md).

use super::{Profile, Spans};
use crate::diag::Diagnostic;
use serde::Deserialize;

const IN: f32 = 72.0;
const MM: f32 = 72.0 / 25.4;

/// `[print]`: what a printer needs beyond the pages.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct PrintConfig {
    /// Bleed added on the outside edges of every page, e.g. `"0.125in"` (default none).
    pub bleed: Option<String>,
    /// `white` (default), `cream` or `color`: the paper's thickness sets the spine width.
    pub paper: Option<String>,
    /// `kdp`, `ingram`, `lulu` or `none` (default): that service's checks and padding.
    pub pod: Option<String>,
}

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
    /// Shift per sheet away from the centre of a signature, e.g. `"0.1mm"` (default 0).
    pub creep: Option<String>,
    /// Fold, cut and sewing marks and a signature-order mark (default `false`).
    pub marks: Option<bool>,
}

/// The paper a book is printed on: its thickness per page, in inches (KDP's figures).
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

    /// Fewest interior pages the service prints (Lulu's is unverified: its 32-page
    /// perfect-bound minimum).
    pub fn min_pages(self) -> usize {
        match self {
            Pod::Kdp => 24,
            Pod::Ingram => 18,
            Pod::Lulu => 32,
        }
    }

    /// Most pages of a paperback (KDP's white-paper limit; the others' are close to it).
    pub fn max_pages(self) -> usize {
        match self {
            Pod::Kdp => 828,
            Pod::Ingram => 1200,
            Pod::Lulu => 800,
        }
    }

    /// Whether the service wants the last page blank (Ingram adds one otherwise).
    pub fn blank_last_page(self) -> bool {
        self == Pod::Ingram
    }

    /// Narrowest outside margin, in points, with and without bleed.
    pub fn min_outside(self, bleed: bool) -> f32 {
        match self {
            Pod::Kdp if bleed => 0.375 * IN,
            Pod::Kdp => 0.25 * IN,
            Pod::Ingram | Pod::Lulu => 0.5 * IN,
        }
    }

    /// Whether spine text is allowed for `pages` (KDP: more than 79 pages).
    pub fn spine_text(self, pages: usize) -> bool {
        pages >= 80
    }

    /// Trim sizes the service prints in paperback, in inches (width, height).
    pub fn trims(self) -> &'static [(f32, f32)] {
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
        const KDP: [(f32, f32); 17] = [
            COMMON[0],
            COMMON[1],
            COMMON[2],
            COMMON[3],
            COMMON[4],
            COMMON[5],
            COMMON[6],
            COMMON[7],
            COMMON[8],
            (7.44, 9.69),
            (7.5, 9.25),
            (8.0, 10.0),
            (8.25, 6.0),
            (8.25, 8.25),
            (8.5, 8.5),
            (8.27, 11.69),
            (8.25, 11.0),
        ];
        const INGRAM: [(f32, f32); 16] = [
            COMMON[0],
            COMMON[1],
            COMMON[2],
            COMMON[3],
            COMMON[4],
            COMMON[5],
            COMMON[6],
            COMMON[7],
            COMMON[8],
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
        match self {
            Pod::Kdp => &KDP,
            Pod::Ingram => &INGRAM,
            Pod::Lulu => &LULU,
        }
    }
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
    /// Shift per sheet from the signature's centre, in points.
    pub creep: f32,
    pub marks: bool,
}

impl Imposition {
    /// Interior pages in one signature.
    pub fn pages_per_signature(&self) -> usize {
        self.signature * 2 * self.layout.per_side()
    }
}

/// Resolved `[print]` and `[imposition]`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PrintSettings {
    /// Whether `book.toml` has a `[print]` table (a build then writes the cover too).
    pub given: bool,
    /// Bleed on the outside edges, in points (0: none).
    pub bleed: f32,
    pub paper: Paper,
    pub pod: Option<Pod>,
    /// The line of `[print] pod`, for the checks made once the pages are counted.
    pub pod_line: Option<usize>,
    pub imposition: Option<Imposition>,
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
        let w = super::parse_length(&format!("{w}{unit}"))?;
        let h = super::parse_length(&format!("{h}{unit}"))?;
        (w <= 100.0 * IN && h <= 100.0 * IN).then_some((w.min(h), w.max(h)))
    })
}

/// A length that may be zero: `"0"` or a [`super::parse_length`] length.
fn length_or_zero(s: &str) -> Option<f32> {
    let t = s.trim();
    if t.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse::<f32>()
        == Ok(0.0)
    {
        return Some(0.0);
    }
    super::parse_length(t)
}

/// Resolves `[print]` and `[imposition]` for pages of `trim` (width, height in points)
/// in `profile`. Warnings come back with the settings.
pub fn resolve_print(
    print: Option<&PrintConfig>,
    imposition: Option<&ImpositionConfig>,
    (profile, trim): (Profile, (f32, f32)),
    spans: &Spans,
    file: &str,
) -> Result<(PrintSettings, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut warnings = Vec::new();
    let mut out = PrintSettings::default();
    let at = |t: &str, key: &str| spans.line(&format!("{t}.{key}")).or(spans.line(t));
    let err = |t: &str, key: &str, m: String, h: &str| {
        Diagnostic::error(Some(file.to_string()), m)
            .at(at(t, key), None)
            .hint(h.to_string())
    };
    if (print.is_some() || imposition.is_some()) && profile != Profile::Print {
        let t = if print.is_some() {
            "print"
        } else {
            "imposition"
        };
        diags.push(err(
            t,
            "",
            format!("`[{t}]` is for printed books, but the PDF is set for the screen"),
            "add `profile = \"print\"` to [pdf] (recto openers, mirrored margins)",
        ));
    }
    if let Some(p) = print {
        out.given = true;
        if let Some(b) = &p.bleed {
            match length_or_zero(b) {
                Some(v) if v <= 0.5 * IN => out.bleed = v,
                Some(_) => diags.push(err(
                    "print",
                    "bleed",
                    format!("`[print] bleed = \"{b}\"` is out of range"),
                    "printers ask for 0.125in (3mm); give at most 0.5in",
                )),
                None => diags.push(err(
                    "print",
                    "bleed",
                    format!("`[print] bleed = \"{b}\"` is not a length"),
                    "write a number and a unit (mm, cm, in or pt), e.g. \"0.125in\"",
                )),
            }
        }
        if let Some(paper) = &p.paper {
            match paper.to_ascii_lowercase().as_str() {
                "white" => out.paper = Paper::White,
                "cream" => out.paper = Paper::Cream,
                "color" | "colour" => out.paper = Paper::Color,
                _ => diags.push(err(
                    "print",
                    "paper",
                    format!("unknown `[print] paper` value `{paper}`"),
                    "use white, cream or color",
                )),
            }
        }
        if let Some(pod) = &p.pod {
            out.pod_line = at("print", "pod");
            match pod.to_ascii_lowercase().as_str() {
                "kdp" => out.pod = Some(Pod::Kdp),
                "ingram" | "ingramspark" => out.pod = Some(Pod::Ingram),
                "lulu" => out.pod = Some(Pod::Lulu),
                "none" => {}
                _ => diags.push(err(
                    "print",
                    "pod",
                    format!("unknown `[print] pod` value `{pod}`"),
                    "use kdp, ingram, lulu or none",
                )),
            }
        }
    }
    if let Some(pod) = out.pod {
        let (w, h) = (trim.0 / IN, trim.1 / IN);
        if !pod
            .trims()
            .iter()
            .any(|&(tw, th)| (tw - w).abs() < 0.02 && (th - h).abs() < 0.02)
        {
            let sizes: Vec<String> = pod
                .trims()
                .iter()
                .map(|(w, h)| format!("{w}x{h}in"))
                .collect();
            warnings.push(
                Diagnostic::warning(
                    Some(file.to_string()),
                    format!("{} does not print a {w:.2} × {h:.2} in trim", pod.name()),
                )
                .at(spans.line("pdf.trim").or(out.pod_line), None)
                .hint(format!("choose one of its sizes: {}", sizes.join(", "))),
            );
        }
        if out.bleed > 0.0 && (out.bleed - 0.125 * IN).abs() > 0.5 {
            warnings.push(
                Diagnostic::warning(
                    Some(file.to_string()),
                    format!("{} expects a bleed of 0.125in", pod.name()),
                )
                .at(at("print", "bleed"), None)
                .hint("set `bleed = \"0.125in\"`"),
            );
        }
    }
    if let Some(i) = imposition {
        out.imposition = imposition_settings(i, trim, &err, &mut diags);
    }
    if diags.is_empty() {
        Ok((out, warnings))
    } else {
        Err(diags)
    }
}

type Err<'a> = dyn Fn(&str, &str, String, &str) -> Diagnostic + 'a;

fn imposition_settings(
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
    if layout.is_some_and(|l| l != Layout::Folio) {
        diags.push(err(
            "imposition",
            "layout",
            format!(
                "`[imposition] layout = \"{}\"` is not imposed yet: only folio is",
                i.layout.as_deref().unwrap_or_default()
            ),
            "use layout = \"folio\" (two pages a side) for now",
        ));
    }
    let (sheet, layout) = (sheet?, layout?);
    // The pages of a side, upright: folio 2×1, quarto 2×2, octavo 4×2, 16mo 4×4.
    let (cols, rows) = grid(layout);
    let (need_w, need_h) = (cols as f32 * trim.0, rows as f32 * trim.1);
    let (long, short) = (sheet.1, sheet.0);
    let within = |w: f32, h: f32| need_w <= w + 0.5 && need_h <= h + 0.5;
    let fits = within(short, long) || within(long, short);
    if !fits {
        diags.push(err(
            "imposition",
            if i.sheet.is_some() { "sheet" } else { "layout" },
            format!(
                "{cols} × {rows} pages of {:.2} × {:.2} in do not fit on a {sheet_name} sheet ({:.2} × {:.2} in)",
                trim.0 / IN,
                trim.1 / IN,
                short / IN,
                long / IN
            ),
            "choose a larger sheet or a smaller [pdf] trim (a folio of 5.5x8.5in fits letter, of a5 fits a4)",
        ));
    }
    (diags.len() == n).then_some(Imposition {
        sheet,
        layout,
        signature: signature as usize,
        creep,
        marks: i.marks.unwrap_or(false),
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Spans {
        Spans::new(toml::de::DeTable::parse(text).unwrap().get_ref(), text)
    }

    #[test]
    fn sheets_lengths_and_paper() {
        assert_eq!(sheet_size("letter"), Some((612.0, 792.0)));
        assert_eq!(sheet_size("17x11in"), Some((792.0, 1224.0)));
        assert!(sheet_size("297x420mm").is_some_and(|(w, _)| (w - 841.89).abs() < 0.01));
        assert_eq!(sheet_size("b4"), None);
        assert_eq!(length_or_zero("0"), Some(0.0));
        assert_eq!(length_or_zero("0mm"), Some(0.0));
        assert_eq!(length_or_zero("0.125in"), Some(9.0));
        assert_eq!(length_or_zero("a bit"), None);
        assert!((Paper::Cream.per_page() - 0.18).abs() < 1e-4);
    }

    #[test]
    fn bad_values_name_key_and_line() {
        let text = "[print]\nbleed = \"lots\"\npaper = \"vellum\"\n[imposition]\nlayout = \"folio\"\nsignature = 0\n";
        let p = PrintConfig {
            bleed: Some("lots".into()),
            paper: Some("vellum".into()),
            pod: None,
        };
        let i = ImpositionConfig {
            signature: Some(0),
            ..Default::default()
        };
        let trim = (5.5 * IN, 8.5 * IN);
        let d = resolve_print(
            Some(&p),
            Some(&i),
            (Profile::Print, trim),
            &spans(text),
            "book.toml",
        )
        .unwrap_err();
        let lines: Vec<_> = d.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![Some(2), Some(3), Some(6)], "{d:?}");
        assert!(d[1].hint.as_deref().unwrap().contains("cream"));
        // Screen profile: refused, at the table's line.
        let d = resolve_print(
            Some(&PrintConfig::default()),
            None,
            (Profile::Screen, trim),
            &spans(text),
            "b",
        )
        .unwrap_err();
        assert_eq!(d[0].line, Some(1));
    }

    #[test]
    fn pod_trim_and_fit_checks() {
        let p = PrintConfig {
            pod: Some("kdp".into()),
            bleed: Some("3mm".into()),
            ..Default::default()
        };
        let (s, w) = resolve_print(
            Some(&p),
            None,
            (Profile::Print, (5.5 * IN, 8.5 * IN)),
            &Spans::default(),
            "b",
        )
        .unwrap();
        assert_eq!(s.pod, Some(Pod::Kdp));
        assert!(w.is_empty(), "3mm is 0.118in, close enough: {w:?}");
        let (_, w) = resolve_print(
            Some(&p),
            None,
            (Profile::Print, (419.5, 595.3)),
            &Spans::default(),
            "b",
        )
        .unwrap();
        assert!(w[0].message.contains("kdp does not print"), "{w:?}");
        // A folio of 6x9in pages needs 12 × 9 in: not on letter, on tabloid.
        let mut i = ImpositionConfig::default();
        let six = (Profile::Print, (6.0 * IN, 9.0 * IN));
        let d = resolve_print(None, Some(&i), six, &Spans::default(), "b").unwrap_err();
        assert!(
            d[0].message.contains("do not fit on a letter sheet"),
            "{d:?}"
        );
        i.sheet = Some("tabloid".into());
        assert!(resolve_print(None, Some(&i), six, &Spans::default(), "b").is_ok());
        // Octavo is refused for now, however small the pages.
        i.layout = Some("octavo".into());
        let d = resolve_print(
            None,
            Some(&i),
            (Profile::Print, (2.75 * IN, 4.25 * IN)),
            &Spans::default(),
            "b",
        )
        .unwrap_err();
        assert!(d[0].message.contains("not imposed yet"), "{d:?}");
    }
}
