//! Print-run stage: the laid-out [`Document`] → the page count a printer takes, and
//! what a print-on-demand service would reject, said before upload.
//!
//! Input: the document of the print profile and its settings. Output: the document
//! padded with blank pages — at the end to the service's minimum, to an even count, to a
//! blank last page where the service wants one; to whole signatures when `[imposition]`
//! is set, half the blanks before the first page (an even number) and the rest after
//! the last, as a binder adds flyleaves, never inside a story — and warnings for each padding and each rule the book breaks (too many
//! pages, margins under the service's minimum, a gutter the padding outgrew).

use super::book::gutter_for;
use super::frame::{Document, Frame, LabelStyle, OutlineEntry};
use crate::config::{PdfSettings, Profile};
use crate::diag::Diagnostic;

const IN: f32 = 72.0;

/// Pads and checks `doc`; the warnings say what was added and what to fix.
pub(crate) fn finish(doc: &mut Document, s: &PdfSettings) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    if s.profile != Profile::Print {
        return warnings;
    }
    let p = &s.print;
    let set = doc.pages.len();
    let warn = |m: String, h: &str| {
        Diagnostic::warning(Some("book.toml".to_string()), m)
            .at(p.pod_line, None)
            .hint(h.to_string())
    };
    let blank = || Frame {
        lines: Vec::new(),
        links: Vec::new(),
    };
    if let Some(pod) = p.pod {
        let name = pod.name();
        if doc.pages.len() < pod.min_pages() {
            warnings.push(warn(
                format!(
                    "the book has {set} pages, under {name}'s minimum of {}: blank pages are added at the end",
                    pod.min_pages()
                ),
                "add stories, or accept the blank leaves",
            ));
            doc.pages.resize_with(pod.min_pages(), blank);
        }
        if pod.blank_last_page() && doc.pages.last().is_some_and(|f| !f.lines.is_empty()) {
            doc.pages.push(blank());
        }
        if doc.pages.len() % 2 == 1 {
            doc.pages.push(blank());
        }
    }
    if let Some(imp) = &p.imposition {
        // Whole signatures, padded as a binder pads: half the blanks before the first
        // page (an even number, so rectos stay rectos), the rest after the last.
        let per = imp.pages_per_signature();
        let whole = doc.pages.len().div_ceil(per) * per;
        let before = ((whole - doc.pages.len()) / 2) & !1;
        doc.pages.resize_with(whole - before, blank);
        prepend_blanks(doc, before);
    }
    let n = doc.pages.len();
    if let Some(pod) = p.pod {
        let name = pod.name();
        if n > pod.max_pages() {
            warnings.push(warn(
                format!(
                    "the book has {n} pages, over {name}'s limit of {} for a paperback",
                    pod.max_pages()
                ),
                "split the anthology into volumes, or set a larger trim or smaller type in [pdf]",
            ));
        }
        if gutter_for(n) > gutter_for(set) {
            warnings.push(warn(
                format!(
                    "padding took the book from {set} to {n} pages, past the gutter it was set with ({:.3} in; {name} asks {:.3} in)",
                    gutter_for(set) / IN,
                    gutter_for(n) / IN
                ),
                "remove a story or add one so the count stays in its bracket",
            ));
        }
        let (_, outer) = s.side_margins(gutter_for(set));
        let min = pod.min_outside(p.bleed > 0.0);
        if outer < min {
            warnings.push(warn(
                format!(
                    "the outside margin is {:.3} in, under {name}'s minimum of {:.3} in",
                    outer / IN,
                    min / IN
                ),
                "set a smaller font-size or a larger trim in [pdf]",
            ));
        }
    }
    warnings
}

/// Puts `n` blank pages before the first, moving everything that names a page by `n`;
/// they carry no page label, so the book's own numbers stay as printed.
fn prepend_blanks(doc: &mut Document, n: usize) {
    if n == 0 {
        return;
    }
    doc.pages.splice(
        0..0,
        (0..n).map(|_| Frame {
            lines: Vec::new(),
            links: Vec::new(),
        }),
    );
    fn shift(entries: &mut [OutlineEntry], n: usize) {
        for e in entries {
            e.page += n;
            shift(&mut e.children, n);
        }
    }
    shift(&mut doc.outline, n);
    for (start, _) in &mut doc.labels {
        *start += n;
    }
    doc.labels.insert(0, (0, LabelStyle::Unnumbered));
    for link in doc.pages.iter_mut().flat_map(|f| &mut f.links) {
        link.target += n;
    }
    if let Some(c) = &mut doc.cover {
        c.page += n;
    }
    for s in &mut doc.page_starts {
        s.index += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Imposition, Layout, Pod, PrintSettings};

    fn doc(pages: usize) -> Document {
        let text = || Frame {
            lines: vec![crate::render::pdf::frame::TextLine {
                y: 100.0,
                runs: Vec::new(),
                text: "words".into(),
                kind: crate::render::pdf::frame::LineKind::Last,
                tag: crate::render::pdf::frame::Tag::Content(0),
                leaders: None,
                label: 0,
            }],
            links: Vec::new(),
        };
        Document {
            width: 396.0,
            height: 612.0,
            pages: (0..pages).map(|_| text()).collect(),
            outline: Vec::new(),
            labels: Vec::new(),
            title: String::new(),
            author: String::new(),
            subject: None,
            lang: "en".into(),
            epoch: 0,
            glyph_text: Default::default(),
            structure: Default::default(),
            standards: Default::default(),
            cover: None,
            programs: Vec::new(),
            bleed: Some(0.0),
            page_starts: Vec::new(),
        }
    }

    fn settings(pod: Option<Pod>, imposition: Option<Imposition>) -> PdfSettings {
        PdfSettings {
            profile: Profile::Print,
            print: PrintSettings {
                pod,
                imposition,
                ..Default::default()
            },
            ..Default::default()
        }
    }

    #[test]
    fn padding_to_the_minimum_even_and_blank_last() {
        let mut d = doc(11);
        let w = finish(&mut d, &settings(Some(Pod::Kdp), None));
        assert_eq!(d.pages.len(), 24);
        assert!(w[0].message.contains("minimum of 24"), "{w:?}");
        let mut d = doc(31);
        let w = finish(&mut d, &settings(Some(Pod::Kdp), None));
        assert_eq!((d.pages.len(), w.len()), (32, 0));
        // Ingram: a blank last page, then even.
        let mut d = doc(30);
        finish(&mut d, &settings(Some(Pod::Ingram), None));
        assert_eq!(d.pages.len(), 32);
        assert!(d.pages[31].lines.is_empty() && !d.pages[29].lines.is_empty());
        // Screen: nothing.
        let mut d = doc(3);
        let s = PdfSettings {
            profile: Profile::Screen,
            ..settings(Some(Pod::Kdp), None)
        };
        assert!(finish(&mut d, &s).is_empty() && d.pages.len() == 3);
    }

    #[test]
    fn padding_to_whole_signatures_and_the_gutter_it_outgrows() {
        let imp = Imposition {
            sheet: (612.0, 792.0),
            layout: Layout::Folio,
            signature: 4,
            creep: 0.0,
            marks: false,
            fit: false,
        };
        // 33 pages in 16-page signatures: 15 blanks, 6 before (half, made even) and 9
        // after; whatever names a page follows it.
        let mut d = doc(33);
        d.outline = vec![OutlineEntry {
            title: "One".into(),
            page: 10,
            children: vec![OutlineEntry {
                title: "Part".into(),
                page: 12,
                children: Vec::new(),
            }],
        }];
        d.labels = vec![(0, LabelStyle::LowerRoman), (4, LabelStyle::Arabic)];
        d.page_starts = vec![crate::render::pages::PageStart {
            index: 5,
            label: "2".into(),
            at: crate::render::pages::Spot::TitlePage,
        }];
        finish(&mut d, &settings(None, Some(imp.clone())));
        assert_eq!(d.pages.len(), 48);
        let text: Vec<bool> = d.pages.iter().map(|f| !f.lines.is_empty()).collect();
        assert_eq!(text.iter().position(|&t| t), Some(6));
        assert_eq!(text.iter().rposition(|&t| t), Some(38));
        assert!(text[6..39].iter().all(|&t| t), "no blank inside the book");
        assert_eq!((d.outline[0].page, d.outline[0].children[0].page), (16, 18));
        assert_eq!(
            d.labels,
            vec![
                (0, LabelStyle::Unnumbered),
                (6, LabelStyle::LowerRoman),
                (10, LabelStyle::Arabic)
            ]
        );
        assert_eq!(d.page_starts[0].index, 11);
        let mut d = doc(149);
        let w = finish(&mut d, &settings(Some(Pod::Kdp), Some(imp)));
        assert_eq!(d.pages.len(), 160);
        assert!(
            w.iter().any(|w| w.message.contains("past the gutter")),
            "{w:?}"
        );
    }
}
