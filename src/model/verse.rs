//! The document model's verse lines: a stanza's typed lines, and the cutting of a
//! paragraph's inlines at its line breaks into such lines (and joining them again).
//!
//! Input: nothing (plain data). Output: nothing. No I/O.

use super::{Inline, plain_text};

/// Indent levels a verse line may carry; deeper indents are set at the deepest.
pub const MAX_VERSE_INDENT: u8 = 4;

/// One typed line of a stanza.
#[derive(Debug, Clone, PartialEq)]
pub struct VerseLine {
    /// How far the poet indented it, in levels (0: flush; at most [`MAX_VERSE_INDENT`]).
    pub indent: u8,
    /// Its text; never holds an [`Inline::LineBreak`].
    pub inlines: Vec<Inline>,
}

/// Cuts `inlines` at each [`Inline::LineBreak`] into lines, emphasis and strong runs
/// that span a break closed before it and opened again after it, so every word stays
/// in its line and its style. Empty lines (a break at the start, the end or doubled)
/// are dropped.
pub fn split_lines(inlines: &[Inline]) -> Vec<Vec<Inline>> {
    fn walk(inl: &[Inline], out: &mut Vec<Vec<Inline>>) {
        for i in inl {
            match i {
                Inline::LineBreak => out.push(Vec::new()),
                Inline::Text(_) | Inline::NoteRef { .. } => {
                    out.last_mut().expect("a line").push(i.clone())
                }
                Inline::Emphasis(c) | Inline::Strong(c) => {
                    let mut inner = vec![Vec::new()];
                    walk(c, &mut inner);
                    for (k, part) in inner.into_iter().enumerate() {
                        if k > 0 {
                            out.push(Vec::new());
                        }
                        if part.is_empty() {
                            continue;
                        }
                        let wrapped = match i {
                            Inline::Emphasis(_) => Inline::Emphasis(part),
                            _ => Inline::Strong(part),
                        };
                        out.last_mut().expect("a line").push(wrapped);
                    }
                }
            }
        }
    }
    let mut out = vec![Vec::new()];
    walk(inlines, &mut out);
    out.retain(|l| !plain_text(l).trim().is_empty());
    out
}

/// The lines of a stanza joined by [`Inline::LineBreak`]s: how a renderer that sets
/// typed lines already (a paragraph's line breaks) sees it.
pub fn joined_lines(lines: &[VerseLine]) -> Vec<Inline> {
    let mut out = Vec::new();
    for (k, l) in lines.iter().enumerate() {
        if k > 0 {
            out.push(Inline::LineBreak);
        }
        out.extend(l.inlines.iter().cloned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn split_lines_cuts_emphasis_across_a_break() {
        let inl = vec![
            t("roses "),
            Inline::Emphasis(vec![t("are"), Inline::LineBreak, t("red")]),
            t(" and"),
            Inline::LineBreak,
            Inline::LineBreak,
            t("blue"),
        ];
        assert_eq!(
            split_lines(&inl),
            vec![
                vec![t("roses "), Inline::Emphasis(vec![t("are")])],
                vec![Inline::Emphasis(vec![t("red")]), t(" and")],
                vec![t("blue")],
            ]
        );
        let lines: Vec<VerseLine> = split_lines(&inl)
            .into_iter()
            .map(|inlines| VerseLine { indent: 0, inlines })
            .collect();
        assert_eq!(
            plain_text(&joined_lines(&lines)),
            "roses are\nred and\nblue"
        );
    }
}
