//! The `[print]` and `[imposition]` resolve stage: the tables as written → [`PrintSettings`].
//!
//! Input: the two tables, the resolved page size and profile, and the spans of
//! `book.toml`. Output: bleed, paper, print-on-demand service and imposition in points
//! and names, or diagnostics naming the key and its line with a hint; warnings for what
//! the chosen service would reject (a trim it does not print, a bleed it does not use).
//!
//! The services' figures (trim sizes, minimum pages, paper thickness) live in
//! [`Pod`] and [`Paper`], from their published help pages (see RESEARCH.md).

mod imposition;
mod pod;

pub use imposition::{Imposition, ImpositionConfig, Layout, grid, sheet_size};
pub use pod::{Paper, Pod};

use super::{Profile, Spans};
use crate::diag::Diagnostic;
use imposition::imposition_settings;
use serde::Deserialize;

pub(super) const IN: f32 = 72.0;
pub(super) const MM: f32 = 72.0 / 25.4;

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

/// A length that may be zero: `"0"` or a [`crate::config::parse_length`] length.
pub(super) fn length_or_zero(s: &str) -> Option<f32> {
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
            .any(|(tw, th)| (tw - w).abs() < 0.02 && (th - h).abs() < 0.02)
        {
            let sizes: Vec<String> = pod.trims().map(|(w, h)| format!("{w}x{h}in")).collect();
            warnings.push(
                Diagnostic::warning(
                    Some(file.to_string()),
                    format!("{} does not print a {w:.2} × {h:.2} in trim", pod.name()),
                )
                .at(spans.line("pdf.trim").or(out.pod_line), None)
                .hint(format!("choose one of its sizes: {}", sizes.join(", "))),
            );
        }
        // KDP and Lulu ask for 0.125in (RESEARCH.md §3); IngramSpark takes the same.
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
        // An octavo of 2.75x4.25in pages is 4 × 2.75 by 2 × 4.25 = 11 × 8.5in: a
        // landscape letter sheet, at full size.
        i.layout = Some("octavo".into());
        i.sheet = Some("letter".into());
        let small = (Profile::Print, (2.75 * IN, 4.25 * IN));
        let (s, _) = resolve_print(None, Some(&i), small, &Spans::default(), "b").unwrap();
        let imp = s.imposition.unwrap();
        assert_eq!(imp.sheet_for(small.1), ((11.0 * IN, 8.5 * IN), 1.0));
        // Of 5.5x8.5in pages it needs 22 × 17in: refused at full size, naming the
        // scale; with scale = "fit" shrunk by half (11/22 and 8.5/17).
        let big = (Profile::Print, (5.5 * IN, 8.5 * IN));
        let d = resolve_print(None, Some(&i), big, &Spans::default(), "b").unwrap_err();
        assert!(
            d[0].message.contains("do not fit on a letter sheet")
                && d[0].hint.as_deref().unwrap().contains("scale = \"fit\""),
            "{d:?}"
        );
        i.scale = Some("stretch".into());
        let d = resolve_print(None, Some(&i), big, &Spans::default(), "b").unwrap_err();
        assert!(
            d[0].message
                .contains("`[imposition] scale` value `stretch`"),
            "{d:?}"
        );
        i.scale = Some("fit".into());
        let (s, _) = resolve_print(None, Some(&i), big, &Spans::default(), "b").unwrap();
        let (sheet, scale) = s.imposition.unwrap().sheet_for(big.1);
        assert_eq!(sheet, (11.0 * IN, 8.5 * IN));
        assert!((scale - 0.5).abs() < 1e-6, "{scale}");
        // A quarto stands the sheet upright: 2 × 5.5 by 2 × 8.5 = 11 × 17in, tabloid.
        i.layout = Some("quarto".into());
        i.sheet = Some("tabloid".into());
        i.scale = None;
        let (s, _) = resolve_print(None, Some(&i), big, &Spans::default(), "b").unwrap();
        assert_eq!(
            s.imposition.unwrap().sheet_for(big.1),
            ((11.0 * IN, 17.0 * IN), 1.0)
        );
    }
}
