//! Lines → a physical page: the last stage of book layout.
//!
//! Input: placed lines and their tags, a page's index and the geometry. Output: a
//! [`Frame`] with the lines at their place on the page, and the running head and folio
//! set on it as artifacts.

use super::layout::{Geometry, Pass, centred};
use crate::render::pdf::compose::{Composer, SetLine, Style};
use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::frame::{Artifact, Frame, LineKind, Tag, TextLine};
use crate::render::pdf::paginate::Placed;

/// Running-head baseline above the first text baseline, in lines.
const HEAD_RAISE: f32 = 1.5;

/// Turns placed lines into a frame on physical page `index`; `tags` has one entry per
/// line.
pub(in crate::render::pdf) fn place(
    lines: Vec<Placed>,
    tags: &[Tag],
    geo: &Geometry,
    index: usize,
) -> Frame {
    debug_assert_eq!(lines.len(), tags.len(), "a tag per line");
    let left = geo.left(index);
    let frame_lines = lines
        .into_iter()
        .zip(tags)
        .map(|((y, l), tag)| line_at(l, left, geo.height - geo.top - y, *tag))
        .collect();
    Frame {
        lines: frame_lines,
        links: Vec::new(),
    }
}

fn line_at(l: SetLine, left: f32, baseline: f32, tag: Tag) -> TextLine {
    let mut runs = l.runs;
    for r in &mut runs {
        for g in &mut r.glyphs {
            g.x += left;
        }
    }
    TextLine {
        y: baseline,
        runs,
        text: l.text,
        kind: l.kind,
        tag,
        leaders: None,
        label: l.label,
    }
}

/// Sets one line of furniture (`text` in `font`) on physical page `index` at `baseline`:
/// an artifact of kind `what`, not part of the text.
fn furniture(
    f: &mut Frame,
    (text, font, what): (&str, FontKey, Artifact),
    p: &Pass,
    (index, baseline): (usize, f32),
    c: &mut Composer,
) {
    let st = Style {
        font,
        ..centred(font, p.s, 0.85)
    };
    for l in c.set_text(text, &st, p.geo.measure).into_iter().take(1) {
        let mut tl = line_at(l, p.geo.left(index), baseline, Tag::Artifact(what));
        tl.kind = LineKind::Furniture;
        f.lines.push(tl);
    }
}

/// Sets the running head `text` above the text area of physical page `index`.
pub(super) fn running_head(f: &mut Frame, text: &str, p: &Pass, index: usize, c: &mut Composer) {
    let baseline = p.geo.height - p.geo.top + p.s.leading * HEAD_RAISE;
    let before = f.lines.len();
    let head = (text, FontKey::Italic, Artifact::Header);
    furniture(f, head, p, (index, baseline), c);
    // Heads are drawn first in reading order (an empty title sets no line at all).
    if f.lines.len() > before
        && let Some(head) = f.lines.pop()
    {
        f.lines.insert(0, head);
    }
}

/// Sets the folio `text` below the text area of physical page `index`.
pub(super) fn folio(f: &mut Frame, text: &str, p: &Pass, index: usize, c: &mut Composer) {
    let geo = p.geo;
    let baseline = geo.height - geo.top - geo.text_height - p.s.leading * 2.0;
    let folio = (text, FontKey::Regular, Artifact::Footer);
    furniture(f, folio, p, (index, baseline), c);
}
