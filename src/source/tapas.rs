//! Tapas episode pages copied from the browser → the story, with the site's lines read
//! or dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the page's head — the site's bar, the
//! series name, the episode's label and title ("Ep. 14 - The Cartographer's
//! Apprentice"), its date, the counts ("1.1k views  84 likes  12 comments"), the
//! series and the creator's name again and "Subscribe" — read (the title, the creator,
//! the series) and dropped; and its foot — the creator's note under "NAME / Creator"
//! (the closing note), then "Support Creator", "Like", "Share", "Comments (12)" with
//! the comments, "Previous episode" / "Next episode" and the site's footer — dropped.
//! Needs the episode label, the counts line and "Subscribe" together at the top: lines
//! only the site writes.

use super::doc::Doc;

/// How far down the page "Subscribe" may stand.
const HEAD_LINES: usize = 40;

/// How far under the episode's label its date and counts stand.
const COUNTS_UNDER: usize = 8;

/// The episode label and its title, if it has one: "Ep. 14 - Title", "Episode 3: Title".
fn episode(t: &str) -> Option<&str> {
    let lower = t.to_lowercase();
    let label = ["ep. ", "ep ", "episode "]
        .iter()
        .find(|l| lower.starts_with(**l))?;
    let rest = &t[label.len()..];
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let title = rest[digits..].trim_start_matches([' ', '-', '–', '—', ':', '.']);
    Some(title.trim())
}

/// The counts line: "1.1k views  84 likes  12 comments".
fn is_counts(t: &str) -> bool {
    let lower = t.to_lowercase();
    lower.contains(" views") && (lower.contains(" likes") || lower.contains(" comments"))
}

/// One count on its own line, as the page's newer layout copies: "1.4k views",
/// "216 likes", "31 comments".
fn is_count(t: &str) -> bool {
    let Some((n, what)) = t.trim().split_once(' ') else {
        return false;
    };
    n.trim_end_matches(['k', 'K', 'm', 'M'])
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && n.starts_with(|c: char| c.is_ascii_digit())
        && ["views", "likes", "comments"].contains(&what.to_lowercase().as_str())
}

/// Lines of the page's foot that only the site writes, lowercase.
const FOOT: &[&str] = &[
    "support creator",
    "like",
    "share",
    "see all",
    "reply",
    "previous episode",
    "next episode",
    "episode list",
    "subscribe",
    "sort by top",
    "sort by newest",
    "see more comments",
    "top",
    "tapas",
    "about",
    "creators",
    "terms of use",
    "privacy policy",
    "help",
];

/// Reads a Tapas page's head and foot; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let top = doc.len().min(HEAD_LINES);
    let Some(ep) = (0..top).find(|&i| !doc.taken[i] && episode(doc.trimmed(i)).is_some()) else {
        return false;
    };
    // The counts under the episode: on one line, or one a line in the newer layout.
    let counts: Vec<usize> = (ep..top.min(ep + COUNTS_UNDER))
        .filter(|&i| is_counts(doc.trimmed(i)) || is_count(doc.trimmed(i)))
        .collect();
    let Some(&last_count) = counts.last() else {
        return false;
    };
    let one_line = counts.iter().any(|&i| is_counts(doc.trimmed(i)));
    let sub = (last_count..top).find(|&i| !doc.taken[i] && doc.lower(i) == "subscribe");
    // A story naming an episode needs the page's own marks: "Subscribe" under the
    // counts line, or all three counts a line each under the site's name.
    let site_bar = (0..ep).any(|i| doc.lower(i) == "tapas");
    let sub = match sub {
        Some(s) if one_line => s,
        _ if !one_line && counts.len() >= 2 && site_bar => last_count,
        _ => return false,
    };
    doc.why(format!(
        "header: lines 1–{} are a Tapas episode page's head (the site's bar, series, \
         episode, date, counts, creator, \"Subscribe\")",
        sub + 1
    ));
    let mut title = episode(doc.trimmed(ep)).unwrap_or("").to_string();
    // "Episode 4" over its title, a line each.
    if title.is_empty()
        && let Some(t) = doc
            .next_text(ep + 1)
            .filter(|&t| t == ep + 1 && t < counts[0])
    {
        title = doc.trimmed(t).to_string();
    }
    // The creator's name over the episode, under the series ("Moth & Lantern" /
    // "hollowreed" / "Episode 4").
    let above = doc.prev_text(ep).filter(|&c| {
        c + 1 == ep
            && !doc.trimmed(c).contains(' ')
            && doc
                .prev_text(c)
                .is_some_and(|s| s + 1 == c && doc.lower(s) != "log in")
    });
    let series_at = above.map_or(doc.prev_text(ep), |c| doc.prev_text(c));
    let series = series_at.map(|s| doc.trimmed(s).to_string());
    // The series again over the creator's name, right above "Subscribe".
    let creator = doc.prev_text(sub).filter(|&c| {
        doc.prev_text(c)
            .is_some_and(|s| Some(doc.trimmed(s)) == series.as_deref())
            && !doc.trimmed(c).contains(' ')
    });
    if !title.is_empty() && allow_title {
        doc.out.title = Some(title.clone());
        doc.why(format!(
            "header: line {} \"{title}\" is the episode's title (its label left out)",
            ep + 1
        ));
    }
    let creator = creator.or(above);
    let named = creator.map(|c| doc.trimmed(c).to_string());
    if let Some(c) = creator {
        let who = doc.trimmed(c).to_string();
        doc.take(c, c + 1);
        doc.out.meta.author.get_or_insert(who);
    }
    if let Some(s) = series {
        doc.out.meta.series.get_or_insert(s);
    }
    doc.drop_span(0, sub + 1);
    foot(doc, named);
    true
}

/// The foot: the creator's note under "NAME / Creator" is the closing note; all from
/// the first of the site's lines under the story to the end goes.
fn foot(doc: &mut Doc, creator: Option<String>) {
    let site = |d: &Doc, k: usize| {
        let l = d.lower(k);
        FOOT.contains(&l.as_str())
            || l.starts_with("comments (")
            || l.starts_with("© tapas")
            || l.chars().all(|c| c.is_ascii_digit())
            || is_count(&l)
    };
    // Where the site's buttons start: "Support creator", "Comments (12)", or "Like"
    // over its count.
    let opens = |d: &Doc, k: usize| {
        let l = d.lower(k);
        l == "support creator"
            || l.starts_with("comments (")
            || (is_count(&l)
                && d.next_text(k + 1)
                    .is_some_and(|n| d.lower(n) == "subscribe"))
            || (l == "like"
                && d.next_text(k + 1)
                    .is_some_and(|n| d.trimmed(n).chars().all(|c| c.is_ascii_digit())))
    };
    let buttons = (0..doc.len()).find(|&k| !doc.taken[k] && opens(doc, k));
    // The creator's box: their name over "Creator", then the note.
    let boxed = (1..doc.len()).rev().find(|&i| {
        !doc.taken[i]
            && doc.lower(i) == "creator"
            && doc.prev_text(i).is_some_and(|n| {
                creator.as_deref().is_none_or(|c| doc.trimmed(n) == c) && n + 1 == i
            })
    });
    // Or "Creator's Note" over their name, then the note.
    let noted = (0..doc.len()).rev().find(|&i| {
        !doc.taken[i]
            && doc.lower(i) == "creator's note"
            && doc.next_text(i + 1).is_some_and(|n| {
                n == i + 1 && creator.as_deref().is_none_or(|c| doc.trimmed(n) == c)
            })
    });
    // The box's first line, the name's line and the note's first line.
    let boxed = boxed
        .map(|b| (b - 1, b - 1, b + 1))
        .or(noted.map(|i| (i, i + 1, i + 2)));
    let mut from = buttons.unwrap_or(doc.len());
    if let Some((top, name, start)) = boxed {
        let who = doc.trimmed(name).to_string();
        let end = (start..doc.len())
            .find(|&k| !doc.blank(k) && site(doc, k))
            .unwrap_or(doc.len());
        // The creator's name and "Creator" or "Creator's Note".
        doc.drop_span(top, start);
        doc.afterword_paras(start, end);
        if start < end {
            doc.why(format!(
                "afterword: lines {}–{end} are the creator's note under the episode",
                start + 1
            ));
        }
        doc.out.meta.author.get_or_insert(who);
        from = if top < from { end } else { from };
    }
    if from < doc.len() {
        doc.drop_page_foot(
            from,
            "a Tapas page's foot (buttons, comments, episode links, the site's footer)",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Skip to main content\nTapas\nHome\nNovels\nLog in\n\nThe Lamp Road\nEp. 3 - A Wick for Two\n\nEp. 3\nJan 02, 2024\n\n2.4k views  90 likes  5 comments\n\nThe Lamp Road\nember_finch\n\nSubscribe\n\n\nThe lamp went out at nine.\n\n~\n\nShe lit it again.\n\n\nember_finch\nCreator\n\nThanks for reading! Next week: oil.\n\n\nSupport Creator\nLike\n90\nShare\n\nComments (5)\n\nSee all\n\nwick_fan\nlove this\n4\nReply\n\nPrevious episode\nNext episode\n\nTop\n\nTapas\nAbout\nHelp\n© Tapas Media";

    #[test]
    fn an_episode_page_keeps_the_story_and_the_creators_note() {
        let mut doc = Doc::new(PAGE);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("A Wick for Two"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("ember_finch"));
        assert_eq!(doc.out.meta.series.as_deref(), Some("The Lamp Road"));
        assert_eq!(
            doc.untaken(),
            "The lamp went out at nine.\n~\nShe lit it again."
        );
        let note: Vec<&str> = doc.out.afterword.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(note, ["Thanks for reading! Next week: oil."]);
        assert!(doc.dropped_texts().contains(&"love this"));
    }

    /// The newer layout: the counts a line each, no "Subscribe" in the head, and the
    /// creator's box under the buttons and episode links.
    #[test]
    fn the_newer_layout_with_the_creator_at_the_foot() {
        let t = "Tapas\nNovels\nSign in\n\nNight Ferry\nEp. 2 - Low Tide\nMay 1, 2025\n1.2k views\n80 likes\n9 comments\n\nA/N: short one!\n\nThe ferry left at two.\n\nNobody waved.\n\nLike\n80\nShare\nSubscribe\n\nPrevious episode\nEpisode list\nNext episode\n\ngull_keeper\nCreator\nSubscribe\n\n9 Comments\nSort by Top\nsaltwater\nmore please\n3 Reply";
        let mut doc = Doc::new(t);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("Low Tide"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("gull_keeper"));
        assert_eq!(
            doc.untaken(),
            "A/N: short one!\nThe ferry left at two.\nNobody waved."
        );
        assert!(doc.out.afterword.is_empty());
        assert!(doc.dropped_texts().contains(&"more please"));
    }

    /// "Episode 4" over its title, the creator's name over the episode, two counts, and
    /// the note under "Creator's Note" and the creator's name.
    #[test]
    fn the_episode_over_its_title_and_the_creators_note() {
        let t = "Tapas\nNovels\nLog in\n\nMoth & Lantern\nhollowreed\nEpisode 4\nThe Song Under the Bridge\nMar 14, 2026\n2.1k views\n312 likes\n\nNobody went under the bridge.\n\nShe sang along.\n\nCreator's Note\nhollowreed\nTHANK YOU for 1k subscribers!!!\n\n312 likes\nSubscribe\nShare\nNext episode\n\nComments (48)\nlanternmoth_22\nok but the LAST VERSE\nReply\n\nTapas\n© Tapas Media";
        let mut doc = Doc::new(t);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("The Song Under the Bridge"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("hollowreed"));
        assert_eq!(doc.out.meta.series.as_deref(), Some("Moth & Lantern"));
        assert_eq!(
            doc.untaken(),
            "Nobody went under the bridge.\nShe sang along."
        );
        let note: Vec<&str> = doc.out.afterword.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(note, ["THANK YOU for 1k subscribers!!!"]);
    }

    /// A story that opens "Subscribe" or names an episode, with no counts line, stays.
    #[test]
    fn a_story_that_only_looks_like_it_stays() {
        let t = "Episode 4\n\nSubscribe, she said, and the radio hissed.\n\nSubscribe\n\nThe end.";
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc, true));
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
    }
}
