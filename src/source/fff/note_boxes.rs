//! Royal Road's author's-note boxes in FanFicFare's text: `A note from NAME` (after the
//! box's empty icon, which html2text writes as `__`) over the note's paragraphs, at the
//! top of a chapter or at its end.
//!
//! Input: the document and the chapter titles FanFicFare's text reader found. Output:
//! each box's label dropped, its words in the preface (atop the first chapter), the
//! afterword (at the end of the last) or the chapter's notes at their place (between
//! chapters), with the reason.

use super::super::bylines::is_name;
use super::super::doc::Doc;
use super::super::notes::talk_signs;

/// How many paragraphs a box atop a chapter may hold after its first: each must talk
/// to the readers, since the chapter's text follows the box with nothing between.
const MORE_PARAGRAPHS: usize = 3;

/// Whether line `t` is a box's label: "A note from IronwoodScribe", decorated or not.
fn is_box_label(t: &str) -> bool {
    let t = t
        .trim_start_matches(['_', '*', ' '])
        .trim_end_matches(['_', '*', ' ']);
    t.strip_prefix("A note from ")
        .is_some_and(|who| !who.is_empty() && is_name(who))
}

/// Reads the boxes; `heads` are the chapter titles as (line, line after, title).
pub(super) fn read(doc: &mut Doc, heads: &[(usize, usize, String)]) {
    let Some(first) = heads.first().map(|h| h.1) else {
        return;
    };
    for k in first..doc.len() {
        if doc.taken[k] || !is_box_label(doc.trimmed(k)) || doc.para_end(k) != k + 1 {
            continue;
        }
        let c = heads.iter().rposition(|h| h.0 < k).unwrap_or(0);
        let end = heads.get(c + 1).map_or(doc.len(), |h| h.0);
        let opening = doc.next_text(heads[c].1) == Some(k);
        let mut paras = Vec::new();
        let mut i = k + 1;
        while let Some(m) = doc.next_text(i).filter(|&m| m < end) {
            let e = doc.para_end(m);
            let talks = talk_signs(&doc.para(m, e).text).1 > 0;
            if opening && !paras.is_empty() && (!talks || paras.len() > MORE_PARAGRAPHS) {
                break;
            }
            paras.push((m, e));
            i = e;
        }
        let (Some(&(from, _)), Some(&(_, to))) = (paras.first(), paras.last()) else {
            continue;
        };
        let label = doc.trimmed(k).to_string();
        doc.drop_line(k, &label);
        let place = if opening && c == 0 {
            for &(m, e) in &paras {
                doc.preface_lines(m, e);
            }
            "the preface"
        } else if !opening && c + 1 == heads.len() {
            doc.afterword_paras(from, to);
            "the afterword"
        } else {
            doc.out.notes.push((from + 1, to));
            "a note at its place in the story"
        };
        doc.why(format!(
            "notes: line {} `{}` is Royal Road's note box; its words (lines {}–{to}) are {place}",
            k + 1,
            label.trim_matches(['_', '*', ' ']),
            from + 1
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn box_labels() {
        assert!(is_box_label("__A note from IronwoodScribe"));
        assert!(is_box_label("**A note from Ada Lind**"));
        assert!(!is_box_label(
            "A note from the harbourmaster was pinned to the door."
        ));
        assert!(!is_box_label("A note from"));
    }
}
