//! Quoted blocks in a story's text: Markdown's `>` quotes → their words without the
//! marks, and a quote set under the title and byline that talks like an author's note
//! → the note before the story.
//!
//! Input: a story file as [`Doc`] lines, after the header readers took the title and
//! byline. Output: the quotes' lines unmarked (recorded in [`Header::quotes`], set
//! apart as quoted passages later), or, for the note, taken into the header's preface.
//! Writers who keep their stories in Markdown set the note to readers apart as a quote
//! right under the byline ("> Written for the prompt …"); a quote there that says
//! nothing of the kind (an epigraph, a letter) stays a quote of the story.
//!
//! [`Header::quotes`]: super::doc::Header::quotes

use super::doc::Doc;
use super::letter::is_salutation;
use super::notes::{NOTE_LABELS, is_labelled_note, talk_signs, talks_as_note};

/// Markdown quotes: a run of lines that all open with `>` (a paragraph of its own, with
/// some text) loses the marks, which are not the author's words; a `>` alone becomes the
/// blank line between the quote's paragraphs.
pub(super) fn unquote(doc: &mut Doc) {
    let quoted = |d: &Doc, j: usize| !d.taken[j] && d.lines[j].trim_start().starts_with('>');
    let mut i = 0;
    while i < doc.len() {
        if !quoted(doc, i) || (i > 0 && !doc.blank(i - 1)) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < doc.len() && quoted(doc, j) {
            j += 1;
        }
        let text = (i..j).any(|k| !doc.trimmed(k).trim_start_matches('>').trim().is_empty());
        if text && (j == doc.len() || doc.blank(j)) {
            for k in i..j {
                let l = doc.lines[k].trim_start();
                let s = &l[1..];
                doc.lines[k] = s.strip_prefix(' ').unwrap_or(s).to_string();
                doc.quoted[k] = true;
            }
            doc.out.quotes.push((i + 1, j));
            doc.why(format!(
                "lines: lines {}–{} are a Markdown quote; its `>` marks are left out",
                i + 1,
                j
            ));
        }
        i = j;
    }
}

/// The note a writer quotes under the title and byline: the first quote of the file,
/// with only the header's title and byline (taken) above it and the story's own text
/// under it, is the note before the story when it opens with a note's label or talks
/// as an author does (a strong sign and one more, as an unlabelled note must).
pub(super) fn note_under_byline(doc: &mut Doc) {
    if doc.out.title.is_none() || doc.out.meta.author.is_none() {
        return;
    }
    let Some(&(first, last)) = doc.out.quotes.first() else {
        return;
    };
    let (from, to) = (first - 1, last);
    // The title and byline the header took are all that stands above the quote.
    if doc.next_text(0) != Some(from) || !(0..from).any(|i| doc.taken[i]) {
        return;
    }
    // The story follows, unquoted: a quote alone is the story itself.
    if doc.next_text(to).is_none_or(|k| doc.quoted[k]) {
        return;
    }
    // A letter quoted under the byline ("Dear Sam," over its text) is the story's, however
    // it talks to its reader.
    if doc.paras(from, to).iter().any(|p| is_salutation(&p.text)) {
        return;
    }
    let text = doc
        .paras(from, to)
        .iter()
        .map(|p| p.text.clone())
        .collect::<Vec<_>>()
        .join(" ");
    let (strong, all) = talk_signs(&text);
    let labelled = is_labelled_note(&text, NOTE_LABELS);
    if !(labelled || talks_as_note((strong, all))) {
        return;
    }
    let paras = doc.paras(from, to);
    doc.take(from, to);
    doc.out.preface.extend(paras);
    doc.out.quotes.remove(0);
    doc.why(format!(
        "preface: lines {}–{} are a quote under the title and byline that {}: the note \
         before the story",
        first,
        last,
        if labelled {
            "opens with a note's label".to_string()
        } else {
            format!("talks about the story and its readers ({all} signs)")
        }
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Doc {
        let mut doc = Doc::new(text);
        doc.take(0, 1);
        doc.out.title = Some("Salt".into());
        doc.take(2, 3);
        doc.out.meta.author = Some("Ana".into());
        unquote(&mut doc);
        note_under_byline(&mut doc);
        doc
    }

    /// A quote under the byline that talks of the piece (its prompt, its writing group)
    /// is the note before the story, its `>` marks left out.
    #[test]
    fn a_quote_under_the_byline_that_talks_like_a_note_is_the_preface() {
        let doc = read(
            "# Salt\n\nby Ana\n\n> Written for the winter prompt at my writing group. Be kind.\n\n\
The sea came in at six.\n",
        );
        assert_eq!(doc.out.preface.len(), 1);
        assert_eq!(
            doc.out.preface[0].text,
            "Written for the winter prompt at my writing group. Be kind."
        );
        assert!(doc.out.quotes.is_empty());
        assert_eq!(doc.untaken().trim(), "The sea came in at six.");
    }

    /// An epigraph or a letter quoted under the byline is the story's, and stays a quote.
    #[test]
    fn an_epigraph_under_the_byline_stays_a_quote() {
        let doc = read(
            "# Salt\n\nby Ana\n\n> Dear Sam,\n>\n> I hope you enjoy the update on the roof.\n\n\
The sea came in at six.\n",
        );
        assert!(doc.out.preface.is_empty());
        assert_eq!(doc.out.quotes, [(5, 7)]);
        let doc = read(
            "# Salt\n\nby Ana\n\n> The sea remembers what the shore forgets.\n\n\
The sea came in at six.\n",
        );
        assert!(doc.out.preface.is_empty());
        assert_eq!(doc.out.quotes, [(5, 5)]);
    }
}
