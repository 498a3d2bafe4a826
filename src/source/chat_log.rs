//! Chat-channel exports (DiscordChatExporter's plain text, and logs of the same shape)
//! → the story its writer posted across messages, with everyone else's words and the
//! log's own lines dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the shape such a log has — a banner
//! (`Guild:`, `Channel:`, `Topic:` between rules of `=`), then messages, each a header
//! line `[27/11/2026 23:03] name` over its text, `{Reactions}` / `{Attachments}` /
//! `{Embed}` blocks after some, and a closing banner ("Exported 9 message(s)") — read:
//! the writer is whoever posted the most words; their messages are the file's text,
//! joined in order; every header, block, banner and other person's message is dropped,
//! and so is the writer's own short aside in brackets between parts ("(no talking in
//! here 😤)"). A bold first line (`**Small Hours**`) is the title, and an italic line
//! under it the story's particulars. Every rule needs three message header lines under
//! the export's banner (a rule of `=` and the `Guild:` or `Channel:` it names), which
//! only a log has.

use super::doc::Doc;
use std::collections::HashMap;

/// How many message headers make a log.
const MIN_MESSAGES: usize = 3;

/// A short aside in brackets, at most this many words, is the writer's talk, not story.
const ASIDE_WORDS: usize = 20;

/// A message header, `[27/11/2026 23:03] name` (or `[27-Nov-26 11:03 PM] name#1234`):
/// the poster's name.
fn header(t: &str) -> Option<&str> {
    let rest = t.strip_prefix('[')?;
    let (stamp, name) = rest.split_once(']')?;
    let name = name.trim();
    // An export stamps each message with its date and time ("27/11/2026 23:03",
    // "27-Nov-26 11:03 PM"); a chat scene inside a story gives the time at most.
    let stamped = stamp.len() <= 30
        && stamp.contains(':')
        && stamp.chars().filter(char::is_ascii_digit).count() >= 8;
    (stamped && !name.is_empty() && !name.contains(' ')).then_some(name)
}

/// A block the exporter adds under a message: `{Reactions}`, `{Attachments}`, `{Embed}`.
fn is_block_label(t: &str) -> bool {
    t.starts_with('{') && t.ends_with('}') && t.len() <= 20 && !t.contains(' ')
}

/// Reads a chat log. Returns whether it found one.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let heads: Vec<(usize, String)> = (0..doc.len())
        .filter_map(|i| header(doc.trimmed(i)).map(|n| (i, n.to_string())))
        .collect();
    // Above the first message only the export's banner: rules and `Label: value` lines
    // (`Guild:`, `Channel:`, `Topic:`), never a story's prose.
    let banner = |i: usize| {
        let t = doc.trimmed(i);
        doc.blank(i)
            || super::doc::is_rule(t, &['='], 10)
            || t.split_once(':')
                .is_some_and(|(label, _)| (1..=2).contains(&label.split_whitespace().count()))
    };
    if heads.len() < MIN_MESSAGES || !(0..heads[0].0).all(banner) {
        return false;
    }
    // And the banner itself, a rule and the channel it names: a story told in dated
    // messages opens with the first of them, or under a `Location:` line of its own.
    let ruled = (0..heads[0].0).any(|i| super::doc::is_rule(doc.trimmed(i), &['='], 10));
    let channel = (0..heads[0].0).any(|i| {
        doc.trimmed(i).split_once(':').is_some_and(|(label, _)| {
            ["guild", "channel", "server"].contains(&label.trim().to_lowercase().as_str())
        })
    });
    if !ruled || !channel {
        return false;
    }
    // Each message: its header and the lines to the next header (or the closing rule).
    let close = (heads[heads.len() - 1].0..doc.len())
        .find(|&i| super::doc::is_rule(doc.trimmed(i), &['='], 10))
        .unwrap_or(doc.len());
    let mut spans = Vec::new();
    for (k, (h, name)) in heads.iter().enumerate() {
        let end = heads.get(k + 1).map_or(close, |n| n.0);
        spans.push((*h, end, name.clone()));
    }
    let mut words: HashMap<&str, usize> = HashMap::new();
    for (h, end, name) in &spans {
        let n: usize = (h + 1..*end)
            .map(|i| doc.trimmed(i).split_whitespace().count())
            .sum();
        *words.entry(name.as_str()).or_default() += n;
    }
    let Some(writer) = spans
        .iter()
        .map(|s| s.2.as_str())
        .max_by_key(|n| (words[n], std::cmp::Reverse(*n)))
        .map(str::to_string)
    else {
        return false;
    };
    // The banners.
    doc.drop_span(0, heads[0].0);
    doc.drop_span(close, doc.len());
    for (h, end, name) in &spans {
        let t = doc.trimmed(*h).to_string();
        doc.drop_line(*h, &t);
        let mine = *name == writer && !is_aside(doc, *h + 1, *end);
        let mut in_block = false;
        for i in h + 1..*end {
            if doc.blank(i) {
                in_block = false;
                continue;
            }
            let t = doc.trimmed(i).to_string();
            in_block |= is_block_label(&t);
            if !mine || in_block {
                doc.drop_line(i, &t);
            }
        }
    }
    doc.out.meta.author = Some(writer.clone());
    doc.why(format!(
        "header: a chat log of {} messages; {writer}'s (the most words) are the story and its notes, the rest is dropped",
        spans.len()
    ));
    title(doc, allow_title);
    true
}

/// Whether lines `from..to` are one short line in brackets (with perhaps an emoji).
fn is_aside(doc: &Doc, from: usize, to: usize) -> bool {
    let lines: Vec<&str> = (from..to)
        .filter(|&i| !doc.blank(i))
        .map(|i| doc.trimmed(i))
        .collect();
    matches!(lines.as_slice(), [t] if t.starts_with('(') && t.contains(')')
        && t.split_whitespace().count() <= ASIDE_WORDS)
}

/// A bold first line alone (`**Small Hours**`) is the title; an italic line under it
/// (`*gen, ~650 words*`) the story's particulars, dropped from the text.
fn title(doc: &mut Doc, allow_title: bool) {
    let Some(t) = doc.next_text(0) else { return };
    let line = doc.trimmed(t);
    let Some(name) = line
        .strip_prefix("**")
        .and_then(|r| r.strip_suffix("**"))
        .filter(|n| !n.is_empty() && !n.contains('*') && n.split_whitespace().count() <= 12)
        .map(str::to_string)
    else {
        return;
    };
    if allow_title {
        doc.take(t, t + 1);
        doc.dropped(t, "**");
        doc.why(format!(
            "header: line {} \"{name}\" is the story's title in bold",
            t + 1
        ));
        doc.out.title = Some(name);
    }
    if let Some(m) = doc.next_text(t + 1).filter(|&m| m == t + 1) {
        let l = doc.trimmed(m);
        let italic = l.len() > 2 && l.starts_with('*') && l.ends_with('*') && !l.starts_with("**");
        if italic && l.split_whitespace().count() <= 15 {
            let l = l.to_string();
            doc.drop_line(m, &l);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: &str = "=====================\nGuild: Writers\nChannel: fic\n=====================\n\n\
[01/02/2026 20:00] mod\nprompt is up!\n\n{Reactions}\n🌙 (6)\n\n\
[01/02/2026 20:01] wren\n**Low Tide**\n*gen, 40 words*\nnotes: for the prompt.\n\n\
[01/02/2026 20:02] wren\nThe tide went out and did not come back for a long while, and the boats lay down.\n\n\
[01/02/2026 20:03] mod\noh no\n\n[01/02/2026 20:03] wren\n(shh mod)\n\n\
[01/02/2026 20:04] wren\nIn the morning it came back.\n\n=====================\nExported 5 message(s)\n=====================\n";

    #[test]
    fn the_writers_messages_are_the_story() {
        let doc = Doc::read_by(LOG, read);
        assert_eq!(doc.out.meta.author.as_deref(), Some("wren"));
        assert_eq!(doc.out.title.as_deref(), Some("Low Tide"));
        assert_eq!(
            doc.untaken(),
            "notes: for the prompt.\nThe tide went out and did not come back for a long while, and the boats lay down.\nIn the morning it came back."
        );
    }

    /// A chat scene inside a story, its messages stamped with the time alone under the
    /// story's own prose, keeps every word.
    #[test]
    fn a_chat_scene_in_a_story_is_no_log() {
        let t = "Jess opened the app at half past ten and regretted it.\n\n[10:31] jess\nare you up\n\n\
[10:32] rob\nalways. what happened\n\n[10:33] jess\nthe fish came twice\n\nShe put the phone down.\n";
        let doc = Doc::read_by(t, read);
        assert!(doc.out.meta.author.is_none());
        assert_eq!(doc.untaken().lines().count(), 8);
        // Dated stamps under a line of prose are a story's too.
        let dated = t.replace("[10:3", "[27/11/2026 10:3");
        let doc = Doc::read_by(&dated, read);
        assert_eq!(doc.untaken().lines().count(), 8);
    }

    /// A story told wholly in dated messages, with no export's banner over them (nothing,
    /// or a `Location:` line of the story's own), keeps everyone's words.
    #[test]
    fn dated_messages_without_the_banner_are_a_story() {
        let msgs = "[14/03/2087 02:11] okafor\nanyone awake\n\n[14/03/2087 02:12] lindqvist\n\
i am now. what is it\n\n[14/03/2087 02:12] okafor\nthe seal on bay four is singing again, \
the high whine from last winter\n\n[14/03/2087 02:13] sato\ngo back to sleep\n";
        for t in [
            msgs.to_string(),
            format!("Location: Relay Kestrel\nCrew: three\n\n{msgs}"),
        ] {
            let doc = Doc::read_by(&t, read);
            assert!(doc.out.meta.author.is_none(), "{t}");
            assert_eq!(
                doc.untaken(),
                t.lines()
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }

    #[test]
    fn bracketed_dates_in_a_story_are_no_log() {
        let t = "[Monday] She wrote.\n\n[1:00] He slept.\n\nThe end came.\n";
        let doc = Doc::read_by(t, read);
        assert_eq!(doc.untaken().lines().count(), 3);
    }
}
