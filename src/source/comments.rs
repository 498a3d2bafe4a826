//! Hidden comments in a Markdown file → left out: `<!-- … -->` lines, as Markdown and
//! writing tools (Scrivener, Ulysses, iA Writer) keep notes to self that no reader sees.
//! (In a plain text file such a line is the author's literal text, and stays.)
//!
//! Input: a story file as [`Doc`] lines, after the header readers. Output: the lines
//! of each comment taken and listed as left out. A comment is a run of whole lines from
//! one opening with `<!--` to one closing with `-->`; a `<!--` inside a line of prose,
//! or one never closed, is the author's text and stays.

use super::doc::Doc;

/// Most lines one comment may run over: an unclosed `<!--` must not swallow a story.
const MAX_LINES: usize = 40;

/// Takes every hidden comment of `doc`.
pub(crate) fn read(doc: &mut Doc) {
    let mut i = 0;
    while i < doc.len() {
        if doc.taken[i] || !doc.trimmed(i).starts_with("<!--") {
            i += 1;
            continue;
        }
        let close = (i..doc.len().min(i + MAX_LINES))
            .take_while(|&j| !doc.taken[j])
            .find(|&j| doc.trimmed(j).ends_with("-->") && (j > i || doc.trimmed(j).len() >= 7));
        let Some(j) = close else {
            i += 1;
            continue;
        };
        if j == i {
            let t = doc.trimmed(i).to_string();
            doc.drop_line(i, &t);
            doc.why(format!(
                "lines: line {} is a hidden comment (`<!-- … -->`), never shown, so it is left out",
                i + 1
            ));
        } else {
            let what = "a hidden comment (`<!-- … -->`), never shown, so they are left out";
            doc.drop_lines(i, j + 1, what);
        }
        i = j + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_line_comments_go_and_prose_stays() {
        let t = "Title\n\n<!-- TODO check the timetable -->\n\nThe train left.\n\n<!--\ncut scene:\nshe stays\n-->\n\nShe wrote <!-- here --> on the wall.\n\n<!-- never closed\n\nThe end.";
        let doc = Doc::read_by(t, |d, _| read(d));
        assert_eq!(
            doc.untaken(),
            "Title\nThe train left.\nShe wrote <!-- here --> on the wall.\n<!-- never closed\nThe end."
        );
    }
}
