//! A newsletter service's mail (Buttondown, Mailchimp, ConvertKit): the lines the service
//! and the newsletter's template set around the issue, told from the author's.
//!
//! Input: the decoded text of a bulk mail's plain-text part (one with a `List-Unsubscribe`
//! header, which such services must send), the title its subject gives and the subject's
//! label before it (`The Thursday Story #47` of `The Thursday Story #47: The Keeper's
//! Cat`). Output: as [`letter::trim`](super::letter::trim), the text with the service's
//! lines blanked and recorded: the `View this email in your browser` line, the masthead
//! over the issue (the newsletter's name and number), and the foot with its unsubscribe
//! link. Unlike a letter to a friend, what the author says to the readers above the
//! title and under the story is kept: it is the issue's note, which the story stage
//! reads as the preface and the afterword.

use super::letter::Letter;

/// Lines a service sets over the issue, lowercase: its link to the issue on the web.
const VIEW: &[&str] = &[
    "view this email in your browser",
    "view in browser",
    "view this email online",
    "view online",
    "view this post on the web",
];

/// Words only a service's foot uses, lowercase.
const FOOT: &[&str] = &[
    "unsubscribe",
    "you are receiving this",
    "you're receiving this",
    "you received this",
    "update your preferences",
    "manage your subscription",
    "email preferences",
];

/// What a newsletter's author says to the readers after the story, lowercase.
const SIGN_OFF_TALK: &[&str] = &[
    "this week",
    "next week",
    "see you",
    "until next",
    "thank",
    "forward this",
    "hit reply",
    "reply to this",
    "subscribe",
];

/// How many paragraphs the closing note after the last divider may hold.
const CLOSING_MOST: usize = 4;

/// How many paragraphs above the title the masthead and the author's greeting may hold.
const ABOVE_MOST: usize = 8;

/// How many words a masthead's line may have.
const MASTHEAD_WORDS: usize = 6;

fn is_view(l: &str) -> bool {
    let l = l.trim().to_lowercase();
    VIEW.iter().any(|v| l.starts_with(v)) && l.split_whitespace().count() <= 10
}

fn is_foot(l: &str) -> bool {
    let l = l.to_lowercase();
    FOOT.iter().any(|f| l.contains(f))
}

/// The paragraphs of `lines`, as line ranges.
fn paragraphs(lines: &[String]) -> Vec<(usize, usize)> {
    let (mut out, to) = (Vec::new(), lines.len());
    let mut i = 0;
    while i < to {
        if lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        let s = i;
        while i < to && !lines[i].trim().is_empty() {
            i += 1;
        }
        out.push((s, i));
    }
    out
}

/// Whether a paragraph is the masthead: short lines, none a sentence, whose words are
/// mostly the subject's label (`THE THURSDAY STORY` / `Issue #47` under the label `The
/// Thursday Story #47`).
fn is_masthead(lines: &[String], (s, e): (usize, usize), label: &str) -> bool {
    let label: Vec<String> = label.split_whitespace().map(str::to_lowercase).collect();
    let words: Vec<String> = lines[s..e]
        .iter()
        .flat_map(|l| l.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    let known = words.iter().filter(|w| label.contains(w)).count();
    !label.is_empty()
        && lines[s..e].iter().all(|l| {
            l.split_whitespace().count() <= MASTHEAD_WORDS
                && !l.trim_end().ends_with(['.', '!', '?', ','])
        })
        && known * 2 > words.len()
}

/// Takes the service's lines out of a bulk mail's text.
pub(super) fn trim(text: &str, title: Option<&str>, label: Option<&str>) -> Letter {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let mut out = Letter::default();
    let mut gone = Vec::new();
    // The foot: the last paragraphs, each with a line of the service's, and a bare `--`
    // line over them.
    let all = paragraphs(&lines);
    let foot_from = all
        .iter()
        .rev()
        .take_while(|&&(s, e)| {
            lines[s..e].iter().any(|l| is_foot(l)) || lines[s..e].iter().all(|l| l.trim() == "--")
        })
        .last()
        .map(|&(s, _)| s);
    if let Some(f) = foot_from {
        gone.push((f, lines.len()));
        out.decisions.push(format!(
            "e-mail: lines {}–{} are the newsletter service's foot (its unsubscribe link), left out",
            f + 1,
            lines.len()
        ));
    }
    let end = foot_from.unwrap_or(lines.len());
    // Over the title: the link to the web copy and the masthead.
    let want = title.map(str::to_lowercase).unwrap_or_default();
    // The paragraphs over the foot (which starts at a paragraph).
    let head = &all[..all.iter().take_while(|p| p.0 < end).count()];
    let title_at = head.iter().take(ABOVE_MOST + 1).position(|&(s, e)| {
        !want.is_empty() && lines[s..e].iter().any(|l| l.trim().to_lowercase() == want)
    });
    for &(s, e) in &head[..title_at.unwrap_or(0)] {
        for (i, line) in lines.iter().enumerate().take(e).skip(s) {
            if is_view(line) {
                gone.push((i, i + 1));
                out.decisions.push(format!(
                    "e-mail: line {} is the service's link to the issue on the web, left out",
                    i + 1
                ));
            }
        }
        if label.is_some_and(|l| is_masthead(&lines, (s, e), l)) {
            gone.push((s, e));
            out.decisions.push(format!(
                "e-mail: lines {}–{} are the newsletter's masthead (its name and issue, as the subject's label has them), left out",
                s + 1,
                e
            ));
        }
    }
    out.closing = closing(&lines, head);
    for (from, to) in gone {
        out.take(&mut lines[from..to], from);
    }
    out.dropped.sort_by_key(|d| d.line);
    out.text = lines.join("\n");
    out
}

/// The author's closing note: the paragraphs after the last divider among `paras` (those
/// over the foot), when they are few and one talks to the readers as a newsletter does
/// ("That's all for this week", "See you next Thursday,").
fn closing(lines: &[String], paras: &[(usize, usize)]) -> Option<(usize, String)> {
    let divider = paras.iter().rposition(|&(s, e)| {
        e == s + 1 && crate::source::paragraphs::is_scene_break(lines[s].trim())
    })?;
    let after = &paras[divider + 1..];
    let talks = after.iter().any(|&(s, e)| {
        let t = lines[s..e].join(" ").to_lowercase();
        SIGN_OFF_TALK.iter().any(|w| t.contains(w))
    });
    (!after.is_empty() && after.len() <= CLOSING_MOST && talks && divider >= 2).then(|| {
        (
            after.len(),
            format!(
                "afterword: lines {}–{} after the newsletter's last divider talk to its readers: the note after the story",
                after[0].0 + 1,
                after[after.len() - 1].1
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ISSUE: &str = "View this email in your browser: https://example.org/p/12\n\nTHE SUNDAY SHORT\nNo. 12\n\nHi all!\n\nThis week's story came to me on a train.\n\nThe Glass Orchard\nby Mira Sol\n\nThe orchard was glass.\n\n* * *\n\nThe apples rang.\n\n* * *\n\nThat's all for this week. See you next Sunday,\n\nMira\n\n--\nYou are receiving this because you subscribed.\nUnsubscribe: https://example.org/u\nThe Sunday Short, 1 High St";

    /// The service's lines go (the web link, the masthead the subject's label names, the
    /// foot); the author's greeting stays for the story stage; the words after the last
    /// divider are the closing note.
    #[test]
    fn a_newsletter_loses_the_services_lines_and_keeps_the_authors() {
        let l = trim(
            ISSUE,
            Some("The Glass Orchard"),
            Some("The Sunday Short No. 12"),
        );
        let kept: Vec<&str> = l.text.lines().filter(|t| !t.trim().is_empty()).collect();
        assert_eq!(kept[0], "Hi all!");
        assert_eq!(kept[kept.len() - 1], "Mira");
        assert!(kept.contains(&"by Mira Sol"));
        let dropped: Vec<&str> = l.dropped.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            dropped[..3],
            [
                "View this email in your browser: https://example.org/p/12",
                "THE SUNDAY SHORT",
                "No. 12"
            ]
        );
        assert!(dropped.contains(&"Unsubscribe: https://example.org/u"));
        assert_eq!(l.text.split('\n').count(), ISSUE.split('\n').count());
        assert_eq!(l.closing.as_ref().map(|c| c.0), Some(2));
    }

    /// A story whose last scene mentions the week, with no divider before its end, has no
    /// closing note; a heading line that is not the subject's label stays.
    #[test]
    fn the_storys_own_lines_stay() {
        let text = "STORM WARNING\n\nThe Glass Orchard\n\nThe orchard was glass.\n\nShe would see him next week.";
        let l = trim(
            text,
            Some("The Glass Orchard"),
            Some("The Sunday Short No. 12"),
        );
        assert_eq!(l.text, text);
        assert!(l.closing.is_none());
    }
}
