//! Mailing-list archive messages (Mailman's pipermail pages, saved or copied as text) →
//! the message's own text, with the archive's lines dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the archive's head (the subject line,
//! the poster's name and address, the date, the "Previous message" / "Next message" /
//! "Messages sorted by" links and the rule under them) and its foot (the poster's
//! signature after its `-- ` line, the list's footer "NAME mailing list" with its
//! address and listinfo link, the links again and "More information about the NAME
//! mailing list", or Yahoo! Groups' "Yahoo! Groups Links" and its `<*>` lines) taken, so the message — a story with its header fields and notes —
//! is read like any other text. Every rule needs the "Messages sorted by" links or the
//! list's footer, lines only the archive or the list writes.

use super::doc::Doc;

/// How far down the archive's links may stand.
const HEAD_LINES: usize = 20;

/// How many lines a signature may run above the list's footer (blank lines counted).
const SIGNATURE_LINES: usize = 10;

/// A pipermail link line (`* Previous message: …`, `* Messages sorted by: [ date ] …`),
/// lowercase, its bullet gone.
fn is_archive_link(lower: &str) -> bool {
    let t = lower.trim_start_matches(['*', '-', ' ']);
    t.starts_with("previous message:")
        || t.starts_with("next message:")
        || t.starts_with("messages sorted by:")
}

/// A rule of underscores, as the archive draws between its parts.
fn is_rule(t: &str) -> bool {
    super::doc::is_rule(t, &['_'], 20)
}

/// Reads an archived message. Returns whether it found one.
pub(crate) fn read(doc: &mut Doc) -> bool {
    let head = head(doc);
    let foot = foot(doc);
    head || foot
}

/// The archive's head: every line down to the rule under the "Messages sorted by" link.
fn head(doc: &mut Doc) -> bool {
    let top = doc.len().min(HEAD_LINES);
    let Some(sorted) = (0..top).find(|&i| {
        doc.trimmed(i)
            .to_lowercase()
            .trim_start_matches(['*', '-', ' '])
            .starts_with("messages sorted by:")
    }) else {
        return false;
    };
    // The rule under the links ends the head; without one, the links do.
    let end = doc
        .next_text(sorted + 1)
        .filter(|&k| is_rule(doc.trimmed(k)))
        .unwrap_or(sorted);
    doc.drop_span(0, end + 1);
    doc.why(format!(
        "header: lines 1–{} are a mailing-list archive's head (subject, poster, date, \
         \"Previous message\", \"Next message\", \"Messages sorted by\")",
        end + 1
    ));
    true
}

/// The archive's foot: the list's footer (`NAME mailing list` under a rule) and what
/// follows it, and the poster's signature above it, from its `-- ` line.
fn foot(doc: &mut Doc) -> bool {
    let footer = (0..doc.len()).find(|&i| {
        let lower = doc.trimmed(i).to_lowercase();
        let list_line = lower.ends_with(" mailing list") && lower.split_whitespace().count() <= 4;
        list_line && doc.prev_text(i).is_some_and(|k| is_rule(doc.trimmed(k)))
    });
    let more = (0..doc.len()).find(|&i| {
        let lower = doc.trimmed(i).to_lowercase();
        lower.starts_with("more information about the ") && lower.ends_with(" mailing list")
    });
    // Yahoo! Groups' footer: "Yahoo! Groups Links" over its `<*>` lines.
    let yahoo = (0..doc.len()).find(|&i| {
        if !doc.trimmed(i).starts_with(['Y', 'y']) {
            return false;
        }
        let lower = doc.trimmed(i).to_lowercase();
        (lower == "yahoo! groups links" || lower == "yahoo! groups sponsor")
            && doc
                .next_text(i + 1)
                .is_some_and(|k| doc.trimmed(k).starts_with("<*>"))
    });
    // Yahoo! Mail's tagline under a rule ("Do you Yahoo!?" over the advert and its link),
    // which it put under every message sent from it in the early 2000s.
    let tagline = (0..doc.len()).find(|&i| {
        doc.trimmed(i).eq_ignore_ascii_case("do you yahoo!?")
            && doc.prev_text(i).is_some_and(|k| is_rule(doc.trimmed(k)))
    });
    let Some(at) = footer
        .or(tagline)
        .and_then(|i| doc.prev_text(i))
        .or(more)
        .or(yahoo)
    else {
        return false;
    };
    // The links repeated under the message, with their rule, belong to the foot too.
    let mut first = at;
    while let Some(k) = doc.prev_text(first) {
        let t = doc.trimmed(k);
        if is_rule(t) || is_archive_link(&t.to_lowercase()) {
            first = k;
        } else {
            break;
        }
    }
    // The signature: from the `-- ` line a few lines above, as mail writes it.
    let signature = (first.saturating_sub(SIGNATURE_LINES)..first)
        .rev()
        .find(|&k| !doc.taken[k] && doc.trimmed(k) == "--");
    let from = signature.unwrap_or(first);
    doc.drop_page_foot(
        from,
        if signature.is_some() {
            "the poster's signature and the mailing list's footer"
        } else {
            "the mailing list's footer"
        },
    );
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSAGE: &str = "[knitfic-l] [FIC] Cast On (1/1) [G]\n\nRuth Abernethy rabernethy at example.org\n\
Tue Feb  2 10:15:00 EST 2000\n\n    * Previous message: [knitfic-l] Re: [FIC] Purl\n    \
* Next message: [knitfic-l] Re: [FIC] Cast On\n    * Messages sorted by: [ date ] [ thread ] \
[ subject ] [ author ]\n\n______________________________\n\nTitle: Cast On\nAuthor: Ruth \
Abernethy\n\nThe wool was the colour of wet slate.\n\n-- \nRuth\nhttp://example.org/~ruth/\n\n\
_______________________________________________\nknitfic-l mailing list\nknitfic-l at \
lists.example.org\n\n______________________________\n\n    * Previous message: [knitfic-l] \
Re: [FIC] Purl\n\nMore information about the knitfic-l mailing list\n";

    #[test]
    fn the_archive_head_signature_and_footer_go() {
        let mut doc = Doc::new(MESSAGE);
        assert!(read(&mut doc));
        assert_eq!(
            doc.untaken(),
            "Title: Cast On\nAuthor: Ruth Abernethy\nThe wool was the colour of wet slate."
        );
    }

    /// A message sent from Yahoo! Mail: its tagline and advert under a rule go.
    #[test]
    fn a_yahoo_mail_tagline_goes() {
        let text = "Title: Orrin\n\nThe ferry left at six.\n\nFeedback welcome!\n\n\n__________________________________________________\nDo you Yahoo!?\nYahoo! Web Hosting - establish your business online\nhttp://webhosting.yahoo.com\n";
        let mut doc = Doc::new(text);
        assert!(read(&mut doc));
        assert_eq!(
            doc.untaken(),
            "Title: Orrin\nThe ferry left at six.\nFeedback welcome!"
        );
    }

    /// A message from a Yahoo! Groups list: the signature and the group's footer go,
    /// (the story's own end mark is `story`'s to drop).
    #[test]
    fn a_yahoo_groups_footer_and_signature_go() {
        let text = "Title: Orrin\n\nThe ferry left at six.\n\n-- \nWren\nhttp://example.net/fic/\n\n\n\nYahoo! Groups Links\n\n<*> To visit your group on the web, go to:\n    http://groups.yahoo.com/group/ferryfic/\n\n<*> To unsubscribe from this group, send an email to:\n    ferryfic-unsubscribe@yahoogroups.com\n";
        let mut doc = Doc::new(text);
        assert!(read(&mut doc));
        assert_eq!(doc.untaken(), "Title: Orrin\nThe ferry left at six.");
    }

    #[test]
    fn a_story_that_mentions_a_mailing_list_keeps_its_words() {
        let text = "Gran read the knitting mailing list\n\nevery morning. -- she said so.\n";
        let mut doc = Doc::new(text);
        assert!(!read(&mut doc));
        assert_eq!(
            doc.untaken(),
            "Gran read the knitting mailing list\nevery morning. -- she said so."
        );
    }
}
