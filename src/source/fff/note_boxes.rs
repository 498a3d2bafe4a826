//! Royal Road's author's-note boxes in FanFicFare's text: `A note from NAME` (after the
//! box's empty icon, which html2text writes as `__`) over the note's paragraphs, at the
//! top of a chapter or at its end.
//!
//! Input: the document and the chapter titles FanFicFare's text reader found. Output:
//! each box's label dropped, its words in the preface (atop the first chapter), the
//! afterword (at the end of the last) or the chapter's notes at their place (between
//! chapters), with the reason.

use super::super::doc::Doc;
use super::super::notes::talk_signs;
use super::super::royal_road::{note_caption, site_name};

/// How many paragraphs a box atop a chapter may hold after its first: each must talk
/// to the readers, since the chapter's text follows the box with nothing between.
const MORE_PARAGRAPHS: usize = 3;

/// A box's caption without the icon html2text writes before it (`__A note from NAME`).
fn undecorated(t: &str) -> &str {
    t.trim_start_matches(['_', '*', ' '])
        .trim_end_matches(['_', '*', ' '])
}

/// Reads the boxes; `heads` are the chapter titles as (line, line after, title).
pub(super) fn read(doc: &mut Doc, heads: &[(usize, usize, String)]) {
    let Some(first) = heads.first().map(|h| h.1) else {
        return;
    };
    // A caption is Royal Road's when it names a user as the site does (as its page
    // reader judges): "A note from Mum" heads a letter in the story.
    let names: Vec<String> = (first..doc.len())
        .filter(|&i| doc.para_end(i) == i + 1)
        .filter_map(|i| note_caption(undecorated(doc.trimmed(i))).map(str::to_lowercase))
        .collect();
    let author = doc.out.meta.author.as_deref().map(str::to_lowercase);
    let is_box = |t: &str| {
        note_caption(undecorated(t)).is_some_and(|w| site_name(w, &names, author.as_deref()))
    };
    for k in first..doc.len() {
        if doc.taken[k] || doc.para_end(k) != k + 1 || !is_box(doc.trimmed(k)) {
            continue;
        }
        let c = heads.iter().rposition(|h| h.0 < k).unwrap_or(0);
        let end = heads.get(c + 1).map_or(doc.len(), |h| h.0);
        let opening = doc.next_text(heads[c].1) == Some(k);
        let mut paras = Vec::new();
        let mut i = k + 1;
        while let Some(m) = doc.next_text(i).filter(|&m| m < end) {
            let e = doc.para_end(m);
            if opening
                && !paras.is_empty()
                && (paras.len() > MORE_PARAGRAPHS || talk_signs(&doc.para(m, e).text).1 == 0)
            {
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
    fn box_captions() {
        assert_eq!(
            note_caption(undecorated("__A note from IronwoodScribe")),
            Some("IronwoodScribe")
        );
        assert_eq!(
            note_caption(undecorated("**A note from Ada Lind**")),
            Some("Ada Lind")
        );
        assert_eq!(
            note_caption(undecorated(
                "A note from the harbourmaster was pinned to the door."
            )),
            None
        );
        assert_eq!(note_caption(undecorated("A note from")), None);
    }
}
