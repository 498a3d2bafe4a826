//! Google Docs plain-text downloads and copies → the story without its reviewers' comments.
//!
//! Input: a story file as [`Doc`] lines. Output: the comments Google Docs writes at the
//! end of a `.txt` download (`[a]Geth or Gethin?`, `[b]love this`, one a line, lettered
//! a, b, c … as their anchors are) dropped, and their anchors (`Gethin,[a]`) taken out of
//! the text. Needs every comment's anchor in the text before it, and the first comment
//! lettered `a`: what only the download writes. Footnotes (`[1]`) are the author's and
//! stay, for the footnote reader.

use super::doc::Doc;
use super::footnotes::is_attached;

/// The letter label of a comment line (`[a]text` → `a`), one or two lowercase letters.
fn label(t: &str) -> Option<&str> {
    let rest = t.strip_prefix('[')?;
    let close = rest.find(']')?;
    let l = &rest[..close];
    let text = rest[close + 1..].trim();
    (!l.is_empty() && l.len() <= 2 && l.chars().all(|c| c.is_ascii_lowercase()) && !text.is_empty())
        .then_some(l)
}

/// A comment's time as the document's side panel shows it ("9:41 AM Today", "10:02 AM
/// Mar 3").
fn is_comment_time(t: &str) -> bool {
    let mut w = t.split_whitespace();
    let (Some(clock), Some(half)) = (w.next(), w.next()) else {
        return false;
    };
    clock
        .split_once(':')
        .is_some_and(|(h, m)| h.parse::<u8>().is_ok() && m.len() == 2 && m.parse::<u8>().is_ok())
        && matches!(half, "AM" | "PM")
}

/// The comments of a document copied with its side panel: `Comments` and, under it,
/// each reviewer's name, the time, the comment and `Reply` / `Resolve`, at the very
/// end. Only with a comment's time and its `Resolve` button among them.
fn side_panel(doc: &mut Doc) -> bool {
    let Some(k) = (0..doc.len())
        .rev()
        .find(|&k| !doc.taken[k] && doc.trimmed(k) == "Comments")
    else {
        return false;
    };
    let timed = (k + 1..doc.len()).any(|i| is_comment_time(doc.trimmed(i)));
    let resolve = (k + 1..doc.len()).any(|i| doc.trimmed(i) == "Resolve");
    if !timed || !resolve {
        return false;
    }
    doc.drop_page_foot(k, "the document's comments, copied with its side panel");
    true
}

/// Drops a download's comments and their anchors; false when the file has none.
pub(crate) fn read(doc: &mut Doc) -> bool {
    side_panel(doc) | lettered(doc)
}

/// A download's lettered comments (`[a]…`) and their anchors.
fn lettered(doc: &mut Doc) -> bool {
    let mut block = Vec::new();
    let mut end = doc.len();
    while let Some(k) = doc.prev_text(end) {
        match label(doc.trimmed(k)) {
            Some(l) => block.push((k, l.to_string())),
            None => break,
        }
        end = k;
    }
    block.reverse();
    let Some((first, _)) = block.first() else {
        return false;
    };
    let first = *first;
    if block[0].1 != "a" {
        return false;
    }
    // Each anchor in a line of the text above, after a word or mark, not opening it.
    let anchored = |doc: &Doc, l: &str| {
        let a = format!("[{l}]");
        (0..first).any(|i| !doc.taken[i] && is_attached(&doc.lines[i], &a))
    };
    if !block.iter().all(|(_, l)| anchored(doc, l)) {
        return false;
    }
    // The comments are every line with text from the first to the end.
    doc.drop_span(first, doc.len());
    for i in 0..first {
        if doc.taken[i] {
            continue;
        }
        let mut line = doc.lines[i].clone();
        for (_, l) in &block {
            line = line.replace(&format!("[{l}]"), "");
        }
        if line != doc.lines[i] {
            doc.lines[i] = line;
        }
    }
    doc.why(format!(
        "header: lines {}–{} are a Google Docs download's comments ([a], [b] …); they and \
         their anchors in the text are left out",
        first + 1,
        block[block.len() - 1].0 + 1
    ));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_their_anchors_go_footnotes_stay() {
        let t = "The Tide\n\n\u{201c}Geth,\u{201d}[a] she said.[1]\n\nThe end of it,[b] the sea.\n\n\n[1] cariad: love.\n\n[a]Geth or Gethin?\n[b]love this";
        let doc = Doc::read_by(t, |d, _| assert!(read(d)));
        assert_eq!(
            doc.untaken(),
            "The Tide\n\u{201c}Geth,\u{201d} she said.[1]\nThe end of it, the sea.\n[1] cariad: love."
        );
    }

    /// Bracketed letters a story types itself, or a list with no anchors, stay.
    #[test]
    fn lettered_lines_without_anchors_stay() {
        for t in [
            "Options on the form:\n\n[a] yes\n[b] no",
            "She ticked [a] twice.\n\n[b]oth answers\n[a]gain",
        ] {
            let doc = Doc::read_by(t, |d, _| assert!(!read(d)));
            assert_eq!(doc.untaken(), Doc::new(t).untaken());
        }
    }

    /// A document copied with its side panel: the comments under `Comments` go; a
    /// story's own "Comments" line over no reviewer's comments stays.
    #[test]
    fn the_side_panels_comments_go() {
        let t = "The thaw came early.\n[1] The line closed in 1974.\nComments\nMaren Holt\n9:41 AM Today\nCut \"neatly squared\"?\nReply\nResolve";
        let doc = Doc::read_by(t, |d, _| assert!(read(d)));
        assert_eq!(
            doc.untaken(),
            "The thaw came early.\n[1] The line closed in 1974."
        );
        let t = "The box was labelled.\n\nComments\n\nNone, said the clerk. Resolve it yourself.";
        let doc = Doc::read_by(t, |d, _| assert!(!read(d)));
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
    }
}
