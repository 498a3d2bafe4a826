//! Mailing-list digests (Yahoo! Groups', Mailman's): one mail holding several messages
//! → the story's message alone.
//!
//! Input: a story file as [`Doc`] lines. Output: the digest's own lines (the mail's
//! headers, "There are 4 messages in this issue.", "Topics in this digest:" and its
//! list), every other message (a reply, a moderator's note) and the rules between them
//! taken, with the story's message's own head ("Message: 1", its date, poster and
//! subject) read for its author; its text is then read like any other. The story's
//! message is the one whose subject marks a story (`FIC:`, `[FIC]`, `NEW:`) and is no
//! reply, else the longest. Needs "Topics in this digest:" or two "Message: N" lines
//! under rules, lines only a digest writes.

use super::doc::{Doc, is_rule};

/// Subject marks of a story posted to a list, lowercase.
const STORY_MARKS: &[&str] = &["fic:", "[fic]", "fic ", "new:", "[new]", "story:"];

/// A rule of `_`, `-` or `=` as a digest draws between its messages.
fn is_divider(t: &str) -> bool {
    is_rule(t, &['_', '-', '='], 20)
}

/// A `Message: N` line, as a digest heads each message.
fn is_message_head(t: &str) -> bool {
    t.strip_prefix("Message:")
        .is_some_and(|n| !n.trim().is_empty() && n.trim().chars().all(|c| c.is_ascii_digit()))
}

/// The subject of a message's head: its `Subject:` line within the few under `head`.
fn subject(doc: &Doc, head: usize, end: usize) -> Option<(usize, String)> {
    (head + 1..end.min(head + 6)).find_map(|k| {
        let t = doc.trimmed(k);
        t.strip_prefix("Subject:")
            .map(|s| (k, s.trim().to_string()))
    })
}

/// Where the last message ends: at the double rule Yahoo! Groups draws under every
/// message (the list's footer follows it), else at the file's end.
fn last_end(doc: &Doc, head: usize) -> usize {
    let rule = |k: usize| is_divider(doc.trimmed(k));
    (head + 1..doc.len().saturating_sub(1))
        .find(|&k| rule(k) && rule(k + 1))
        .unwrap_or(doc.len())
}

/// Reads a digest. Returns whether the file was one.
pub(crate) fn read(doc: &mut Doc) -> bool {
    let heads: Vec<usize> = (0..doc.len())
        .filter(|&i| {
            is_message_head(doc.trimmed(i))
                && doc.prev_text(i).is_some_and(|k| is_divider(doc.trimmed(k)))
        })
        .collect();
    let topics = (0..doc.len().min(40)).any(|i| doc.lower(i) == "topics in this digest:");
    if heads.is_empty() || (heads.len() < 2 && !topics) {
        return false;
    }
    // Each message runs from its head to the rule over the next head (or the file's end).
    let ends: Vec<usize> = heads
        .iter()
        .skip(1)
        .map(|&h| {
            let mut k = h;
            while let Some(p) = doc.prev_text(k).filter(|&p| is_divider(doc.trimmed(p))) {
                k = p;
            }
            k
        })
        .chain(std::iter::once(last_end(doc, *heads.last().unwrap_or(&0))))
        .collect();
    let story = |&(h, e): &(usize, usize)| {
        subject(doc, h, e).is_some_and(|(_, s)| {
            let l = s.to_lowercase();
            // The list's name in brackets ("[hpfluffcafe] FIC: …") goes first.
            let l = match l.strip_prefix('[').and_then(|r| r.split_once(']')) {
                Some((name, rest)) if !matches!(name, "fic" | "new") => rest.trim(),
                _ => l.as_str(),
            };
            !l.starts_with("re:") && STORY_MARKS.iter().any(|m| l.starts_with(m))
        })
    };
    let messages: Vec<(usize, usize)> = heads.iter().copied().zip(ends.iter().copied()).collect();
    let Some(&(head, end)) = messages
        .iter()
        .find(|m| story(m))
        .or_else(|| messages.iter().max_by_key(|(h, e)| e - h))
    else {
        return false;
    };
    let Some((subj, s)) = subject(doc, head, end) else {
        return false;
    };
    // The poster, for the author, when the story's own fields name none.
    let from = (head + 1..subj).find_map(|k| {
        let t = doc.trimmed(k).strip_prefix("From:")?.trim();
        let name = t
            .split('<')
            .next()
            .unwrap_or(t)
            .trim()
            .trim_matches('"')
            .trim();
        (!name.is_empty() && !name.contains('@')).then(|| name.to_string())
    });
    doc.drop_span(0, subj + 1);
    doc.drop_span(end, doc.len());
    if let Some(name) = from {
        doc.out.meta.author.get_or_insert(name);
    }
    doc.why(format!(
        "header: lines 1–{} and {}–{} are a mailing-list digest's head and its other \
         messages: the story is message {} (\"{s}\")",
        subj + 1,
        end + 1,
        doc.len(),
        messages.iter().position(|m| m.0 == head).unwrap_or(0) + 1
    ));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIGEST: &str = "From: knit@example.com\nSubject: [knit] Digest Number 4\n\nThere are 2 messages in this issue.\n\nTopics in this digest:\n\n      1. Re: wool?\n      2. FIC: Cast On (G)\n\n____________________________________________________________\n\nMessage: 1\n   Date: Sat, 24 Apr 2004\n   From: \"Lilac\" <l@example.com>\nSubject: Re: wool?\n\nI vote for the grey.\n\nLilac\n\n____________________________________________________________\n\nMessage: 2\n   Date: Sat, 24 Apr 2004\n   From: Ruth Abernethy <r@example.com>\nSubject: FIC: Cast On (G)\n\nThe wool was the colour of wet slate.\n\nShe cast on.\n\n____________________________________________________________\n____________________________________________________________\n\n\nYahoo! Groups Links\n\n<*> To visit your group on the web, go to:\n    http://groups.yahoo.com/group/knit/\n";

    #[test]
    fn the_story_message_alone_is_read() {
        let mut doc = Doc::new(DIGEST);
        assert!(read(&mut doc));
        assert_eq!(
            doc.untaken(),
            "The wool was the colour of wet slate.\nShe cast on."
        );
        assert_eq!(doc.out.meta.author.as_deref(), Some("Ruth Abernethy"));
        assert!(doc.dropped_texts().contains(&"I vote for the grey."));
    }

    /// A story that shows a "Message: 1" line once keeps it.
    #[test]
    fn a_story_with_one_message_line_stays() {
        let t = "She read the screen.\n\n____________________________\n\nMessage: 1\n\nIt was from him.";
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc));
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
    }
}
