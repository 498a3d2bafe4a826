//! The note a writer of plain text or Markdown sets in italics under the title and byline
//! (`*Written on the ferry home…*`) → the note before the story.
//!
//! Input: a story file as [`Doc`] lines, after the header readers took the title and
//! byline. Output: that paragraph taken into the header's preface. It is the note only
//! when everything says so, as in a Word file (see `docx::lead_note`): right under the
//! title and byline, all of it one emphasis, short, the story under it not in italics,
//! and talking as an author does. An italic epigraph or an opening in italics stays the
//! story's.

use super::doc::Doc;
use super::notes::talks_under_byline;

/// The most words of a note set under the byline: a line or two to readers, not a
/// prologue.
const NOTE_WORDS: usize = 120;

/// The text inside one emphasis that spans the whole paragraph (`*…*` or `_…_`, not
/// strong emphasis), if it does.
fn all_italic(text: &str) -> Option<&str> {
    let t = text.trim();
    ['*', '_'].into_iter().find_map(|m| {
        let inner = t.strip_prefix(m)?.strip_suffix(m)?;
        let whole = !inner.is_empty()
            && !inner.starts_with([m, ' '])
            && !inner.ends_with([m, ' '])
            && !inner.contains(m);
        whole.then_some(inner)
    })
}

/// Takes the italic note under the title and byline into the preface (see the module).
pub(super) fn read(doc: &mut Doc) {
    if doc.out.title.is_none() || doc.out.meta.author.is_none() || !doc.out.preface.is_empty() {
        return;
    }
    let Some(from) = doc.next_text(0) else {
        return;
    };
    // The title and byline the header took are all that stands above it.
    if !(0..from).any(|i| doc.taken[i]) || doc.quoted[from] {
        return;
    }
    let to = doc.para_end(from);
    let text = doc.para(from, to).text;
    let Some(inner) = all_italic(&text) else {
        return;
    };
    // The story follows, and not in italics itself.
    let Some(next) = doc.next_text(to) else {
        return;
    };
    if all_italic(&doc.para(next, doc.para_end(next)).text).is_some()
        || inner.split_whitespace().count() > NOTE_WORDS
        || !talks_under_byline(inner)
    {
        return;
    }
    let paras = doc.paras(from, to);
    doc.take(from, to);
    doc.out.preface.extend(paras);
    doc.why(format!(
        "preface: line {} is set in italics under the title and byline and talks to \
         readers: the note before the story",
        from + 1
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_doc(text: &str) -> Doc {
        let mut doc = Doc::new(text);
        doc.take(0, 1);
        doc.out.title = Some("Salt Psalm".into());
        doc.take(2, 3);
        doc.out.meta.author = Some("Wren".into());
        read(&mut doc);
        doc
    }

    /// A line in italics under the byline about how the piece came to be, to its
    /// readers, is the note before the story.
    #[test]
    fn an_italic_line_to_readers_under_the_byline_is_the_preface() {
        for note in [
            "*Written on the ferry home in March. Read it out loud if you can.*",
            "_For my sister, who hates the sea. I hope you like it anyway._",
        ] {
            let doc = read_doc(&format!(
                "# Salt Psalm\n\nby Wren\n\n{note}\n\nThe harbour keeps its hours.\n"
            ));
            assert_eq!(doc.out.preface.len(), 1, "{note}");
            assert_eq!(doc.out.preface[0].text, note);
            assert!(doc.taken[4]);
        }
    }

    /// An italic epigraph, an opening in italics, a line with more italics under it, or
    /// one that is only partly italic stays the story's.
    #[test]
    fn the_storys_own_italics_stay() {
        for body in [
            "*The sea remembers what the shore forgets.*\n\nThe harbour keeps its hours.",
            "*Written in chalk on the harbour wall: NO FISHING.*\n\nThe harbour keeps its hours.",
            "*Written on the ferry home. Read it out loud if you can.*\n\n*And the sea said nothing.*",
            "*Written on the ferry home*, she read, if you can believe it.\n\nThe harbour.",
            "**Written on the ferry home. Read it out loud if you can.**\n\nThe harbour.",
        ] {
            let doc = read_doc(&format!("# Salt Psalm\n\nby Wren\n\n{body}\n"));
            assert!(doc.out.preface.is_empty(), "{body}");
            assert!(!doc.taken[4], "{body}");
        }
    }
}
