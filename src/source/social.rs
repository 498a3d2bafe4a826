//! Tumblr and Wattpad pastes: a post or a story part copied from the page → the story,
//! with the site's own lines dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: Tumblr's blog name and "Follow" above
//! the post (the name filed as the author), its tag line ("#fic #my writing"), note count
//! ("142 notes") and buttons ("Reblog", "Like") below it dropped; Wattpad's title, user
//! name and counts line ("3,4K Reads · 281 Votes · 1 Part") read, its buttons ("Vote ·
//! Comment · Share") and "Continue reading next part" dropped. Every rule needs a line
//! only the site writes (a tag line, a note count, a counts line), so a story that ends
//! "Like." keeps it. Royal Road's pages are `royal_road`'s.

use super::doc::Doc;
use super::parts::is_title_line;

/// Tumblr's buttons under a post, lowercase.
const TUMBLR_BUTTONS: &[&str] = &["like", "reblog", "reply", "share", "follow", "reblogs"];

/// Wattpad's buttons under a part ("Vote · Comment · Share"), in its languages.
const WATTPAD_BUTTONS: &[&str] = &[
    "vote",
    "comment",
    "share",
    "vota",
    "commenta",
    "condividi",
    "votar",
    "comentar",
    "compartir",
    "compartilhar",
    "voter",
    "commenter",
    "partager",
    "abstimmen",
    "kommentieren",
    "teilen",
];

/// Wattpad's link to the next part, in its languages, lowercase.
const NEXT_PART: &[&str] = &[
    "continue reading next part",
    "continue to next part",
    "continua a leggere la parte successiva",
    "continuar leyendo la siguiente parte",
    "continuar lendo a próxima parte",
    "continuer la lecture de la partie suivante",
    "nächsten teil weiterlesen",
];

/// Reads the site lines of a Tumblr or Wattpad paste. Returns whether it found any.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let (tumblr, reblogger) = tumblr_head(doc);
    let top = tumblr || wattpad_head(doc, allow_title) || wattpad_part_head(doc, allow_title);
    let reblog = reblogger.is_some_and(|r| reblog_tail(doc, &r));
    let foot = foot(doc);
    top || reblog || foot
}

/// Whether `t` is a number as a site shows counts: `142`, `3,4K`, `1.2k`, `12M`.
fn is_count(t: &str) -> bool {
    let n = t.trim_end_matches(['K', 'k', 'M', 'm']);
    n.starts_with(|c: char| c.is_ascii_digit())
        && n.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// `142 notes`, `1 note`, `3.2k notes`.
fn is_note_count(t: &str) -> bool {
    matches!(t.split_whitespace().collect::<Vec<_>>()[..], [n, w] if is_count(n) && (w.eq_ignore_ascii_case("notes") || w.eq_ignore_ascii_case("note")))
}

/// One tag alone on its line (`#my writing`), as a page's tag list copies.
fn is_one_tag(t: &str) -> bool {
    t.starts_with('#')
        && !t.starts_with("# ")
        && !t.starts_with("##")
        && t.matches('#').count() == 1
        && t.split_whitespace().count() <= 20
        && !t.ends_with(['.', '!', '?'])
}

/// A Tumblr tag line: `#fic #my writing #long post` (two tags or more, a tag is no
/// Markdown heading: no space after its mark), or `tags: …` — a list, not a sentence
/// with its stop ("Tagged: found, kept, loved." may end a story).
fn is_tag_line(t: &str) -> bool {
    let lower = t.to_lowercase();
    if lower.starts_with("tags:") || lower.starts_with("tagged:") {
        return !t.ends_with(['.', '!', '?', '…', '"', '”']);
    }
    // Copied from the page the tags may run together: `#ask#anon#long post`.
    let tags: Vec<&str> = t.split('#').skip(1).map(str::trim_end).collect();
    t.starts_with('#')
        && !t.starts_with("# ")
        && !t.starts_with("##")
        && tags.len() >= 2
        && tags.iter().all(|tag| {
            !tag.is_empty() && !tag.starts_with(' ') && tag.split_whitespace().count() <= 5
        })
}

/// Whether `t` is a Wattpad counts line: `3,4K Reads · 281 Votes · 1 Part` (or with the
/// number after the word), in any language.
fn is_counts_line(t: &str) -> bool {
    let items: Vec<&str> = t.split(['·', '•', '|']).map(str::trim).collect();
    items.len() >= 2
        && items.iter().all(|i| {
            matches!(i.split_whitespace().collect::<Vec<_>>()[..],
                [a, b] if (is_count(a) && b.chars().all(char::is_alphabetic))
                    || (is_count(b) && a.chars().all(char::is_alphabetic)))
        })
}

/// Whether `t` is Wattpad's buttons line: `Vote · Comment · Share`.
fn is_wattpad_buttons(t: &str) -> bool {
    let items: Vec<String> = t
        .split(['·', '•', '|'])
        .map(|i| i.trim().to_lowercase())
        .collect();
    items.len() >= 2 && items.iter().all(|i| WATTPAD_BUTTONS.contains(&i.as_str()))
}

/// A user name as a site shows it: one word of letters, digits, `_`, `-`, `.`.
pub(crate) fn is_user_name(t: &str) -> bool {
    !t.is_empty()
        && !t.contains(char::is_whitespace)
        && t.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// Tumblr's head: the blog's name over "Follow", or on a reblog `A reblogged B` over
/// "Follow" (B wrote the post; B's name alone on the next line opens it). Returns
/// whether it found one, and the reblogger's name.
fn tumblr_head(doc: &mut Doc) -> (bool, Option<String>) {
    let Some(name) = doc.next_text(0) else {
        return (false, None);
    };
    let Some(follow) = doc.next_text(name + 1).filter(|&f| f == name + 1) else {
        return (false, None);
    };
    // A blog's name is lowercase (it is its address); "Listen / Follow" is a poem.
    let blog = |t: &str| is_user_name(t) && !t.chars().any(char::is_uppercase);
    let line = doc.trimmed(name).to_string();
    let reblog = match line.split(' ').collect::<Vec<_>>()[..] {
        [a, "reblogged", b] if blog(a) && blog(b) => Some((a.to_string(), b.to_string())),
        _ => None,
    };
    if !doc.trimmed(follow).eq_ignore_ascii_case("follow") || !(blog(&line) || reblog.is_some()) {
        return (false, None);
    }
    let (who, reblogger) = match reblog {
        Some((a, b)) => {
            doc.drop_line(name, &line);
            (b, Some(a))
        }
        None => {
            doc.take(name, name + 1);
            (line, None)
        }
    };
    doc.drop_line(follow, "Follow");
    doc.why(format!(
        "header: lines {}–{} are a Tumblr post's head (the blog's name and \"Follow\"); \
         the blog's name is the author",
        name + 1,
        follow + 1
    ));
    // On a reblog the post opens with its writer's name alone on its line.
    if reblogger.is_some()
        && let Some(k) = doc.next_text(follow + 1)
        && doc.trimmed(k) == who
        && doc.para_end(k) == k + 1
    {
        doc.drop_line(k, &who);
    }
    ask(doc);
    doc.out.meta.author.get_or_insert(who);
    (true, reblogger)
}

/// A Tumblr ask answered in the post: `NAME asked:` (or `anonymous asked:`) over the
/// question, first in the post. The question is the story's prompt: it goes, label and
/// all, in the preface.
fn ask(doc: &mut Doc) {
    let Some(k) = doc.next_text(0) else {
        return;
    };
    let t = doc.trimmed(k);
    let asker = t.strip_suffix(" asked:").filter(|n| is_user_name(n));
    let end = doc.para_end(k);
    if asker.is_none() || end == k + 1 {
        return;
    }
    doc.preface_lines(k, end);
    doc.why(format!(
        "header: lines {}–{end} are the ask the post answers (the story's prompt), so they go in the preface",
        k + 1
    ));
}

/// A reblogger's addition under the post: their name alone on its line, then their
/// comment and tags, to the end of the file. Not the author's words: left out.
fn reblog_tail(doc: &mut Doc, reblogger: &str) -> bool {
    let Some(k) = (doc.len() / 2..doc.len())
        .rev()
        .find(|&k| !doc.taken[k] && doc.trimmed(k) == reblogger && (k == 0 || doc.blank(k - 1)))
    else {
        return false;
    };
    for i in k..doc.len() {
        if !doc.blank(i) && !doc.taken[i] {
            let t = doc.trimmed(i).to_string();
            doc.drop_line(i, &t);
        }
    }
    doc.why(format!(
        "header: lines {}–{} are what the reblogger {reblogger} added under the post, not the \
         author's words, so they are left out",
        k + 1,
        doc.len()
    ));
    true
}

/// Wattpad's head: the part's title, perhaps the user name, and its counts line.
fn wattpad_head(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let Some(counts) = (first + 1..doc.len().min(first + 4))
        .find(|&i| !doc.blank(i) && is_counts_line(doc.trimmed(i)))
    else {
        return false;
    };
    let between: Vec<usize> = (first + 1..counts).filter(|&i| !doc.blank(i)).collect();
    if between.len() > 1
        || !is_title_line(&doc.para(first, first + 1))
        || between.iter().any(|&i| !is_user_name(doc.trimmed(i)))
    {
        return false;
    }
    let line = doc.trimmed(counts).to_string();
    doc.drop_line(counts, &line);
    doc.title_line(first, allow_title, "the title over Wattpad's counts line");
    if let Some(&u) = between.first() {
        let who = doc.trimmed(u).to_string();
        doc.take(u, u + 1);
        doc.why(format!("header: line {} is the Wattpad user's name", u + 1));
        doc.out.meta.author.get_or_insert(who);
    }
    doc.why(format!(
        "header: line {} is Wattpad's counts line (reads, votes, parts), so it is left out",
        counts + 1
    ));
    true
}

/// Wattpad's head as a part's page shows it: the story's title (the part belongs to
/// it, as to a series), the part's title, its reads, votes and comments as three bare
/// numbers a line, and `by NAME`. The story's title is kept as the series.
fn wattpad_part_head(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let end = doc.para_end(first);
    let Some(c) = (first..end).find(|&i| is_count(doc.trimmed(i))) else {
        return false;
    };
    let by = c + 3;
    let who = doc
        .lines
        .get(by)
        .and_then(|l| l.trim().strip_prefix("by "))
        .filter(|w| is_user_name(w))
        .map(str::to_string);
    let titles = c - first;
    // Wattpad's story and part names are often lowercase ("small hours (one shots)"), so a
    // name line need only be short with no full stop: the three counts and `by NAME` under
    // it are what make this Wattpad's head. A paste may run the author's first note on
    // under the byline with no blank line; it stays as text.
    let name = |t: &str| {
        t.chars().count() <= 80
            && (1..=12).contains(&t.split_whitespace().count())
            && !t.ends_with('.')
    };
    if !(1..=2).contains(&titles)
        || by >= end
        || !(c..by).all(|i| is_count(doc.trimmed(i)))
        || !(first..c).all(|i| name(doc.trimmed(i)))
    {
        return false;
    }
    let Some(who) = who else {
        return false;
    };
    if titles == 2 {
        let series = doc.trimmed(first).to_string();
        doc.take(first, first + 1);
        doc.why(format!(
            "header: line {} \"{series}\" is the Wattpad story this part belongs to, kept as its series",
            first + 1
        ));
        doc.out.meta.series.get_or_insert(series);
    }
    doc.title_line(c - 1, allow_title, "the part's title over Wattpad's counts");
    for i in c..by {
        let t = doc.trimmed(i).to_string();
        doc.drop_line(i, &t);
    }
    doc.byline(by, &who);
    doc.out.meta.author.get_or_insert(who);
    doc.why(format!(
        "header: lines {}–{by} are Wattpad's counts (reads, votes, comments), left out",
        c + 1
    ));
    true
}

/// The site's lines at the very end: Tumblr's tags, note count and buttons, Wattpad's
/// buttons and next-part link, with at least one line only the site writes.
fn foot(doc: &mut Doc) -> bool {
    doc.drop_foot(
        "the site's own (tags, note counts, buttons, a link to the \
         next part), so they are left out",
        |doc, k| {
            let t = doc.trimmed(k);
            let lower = t.to_lowercase();
            // A tag line is Tumblr's for sure when a tag has a space in it ("#long post"),
            // which no other site's hashtags have, or under a `tags:` label; else it needs
            // the note count beside it ("#blessed #grateful" may end a story told in posts).
            // Copied from the page's tag list, the tags may also stand one a line; such a
            // line alone is no proof ("#1 in her heart"), the note count beside it is.
            let line = is_tag_line(t);
            let tags = line || is_one_tag(t);
            let spaced = !t.starts_with('#') || t.split('#').any(|g| g.trim().contains(' '));
            let sure = (line && spaced)
                || is_note_count(t)
                || is_wattpad_buttons(t)
                || NEXT_PART.contains(&lower.as_str());
            let button = TUMBLR_BUTTONS.contains(&lower.as_str())
                || WATTPAD_BUTTONS.contains(&lower.as_str());
            (sure || tags || button).then_some(sure)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Doc {
        Doc::read_by(t, read)
    }

    /// A part page copied with the story's lowercase name over it and the author's first
    /// note run on under the byline, with no blank line.
    #[test]
    fn a_wattpad_part_with_a_lowercase_story_name_and_no_blank_line() {
        let doc = run(
            "small hours (one shots)\nSeen at 2:14\n4.1K\n302\n58\nby moth_and_marigold\nhiii a tiny one tonight. happy reading!\n\n~~~\n\nJuniper stared at the ceiling.\n\nVote\nComment\nShare\nContinue to next part",
        );
        assert_eq!(doc.out.title.as_deref(), Some("Seen at 2:14"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("moth_and_marigold"));
        assert_eq!(
            doc.out.meta.series.as_deref(),
            Some("small hours (one shots)")
        );
        assert_eq!(
            doc.untaken(),
            "hiii a tiny one tonight. happy reading!\n~~~\nJuniper stared at the ceiling."
        );
        // A story's first lines that only look like it stay: no counts, no byline.
        let doc = run("small hours\nSeen at 2:14\n4 a.m.\nby the window, she waited.");
        assert!(doc.out.title.is_none());
    }

    /// A story's last line labelled like a tag list but written as a sentence stays.
    #[test]
    fn a_tagged_sentence_ending_a_story_stays() {
        let t =
            "The Postcard\n\nShe had added in pencil underneath:\n\nTagged: found, kept, loved.";
        assert_eq!(run(t).untaken(), Doc::new(t).untaken());
        let doc = run("Paper Boats\n\nShe folded them.\n\nTagged: fic, paper boats\n142 notes");
        assert_eq!(doc.untaken(), "Paper Boats\nShe folded them.");
    }

    #[test]
    fn tumblr_post_loses_its_head_and_tags() {
        let doc = run(
            "moth-lantern\nFollow\n\nPaper Boats\n\nShe folded them.\n\nthanks for reading!\n\n#fic #my fic #ao3 #long post\n142 notes\nReblog\nLike",
        );
        assert_eq!(doc.out.meta.author.as_deref(), Some("moth-lantern"));
        assert_eq!(
            doc.untaken(),
            "Paper Boats\nShe folded them.\nthanks for reading!"
        );
        let doc = run("She folded them.\n\ntags: #fic, paper boats");
        assert_eq!(doc.untaken(), "She folded them.");
        // The tags one a line, as the page lists them.
        let doc =
            run("She folded them.\n\n#my writing\n#ficlet\n#ok to reblog\n312 notes\nReblog\nLike");
        assert_eq!(doc.untaken(), "She folded them.");
        // One hashtag closing a story, with nothing of the site's under it, stays.
        let doc = run("She folded them.\n\n#blessed");
        assert_eq!(doc.untaken(), "She folded them.\n#blessed");
    }

    #[test]
    fn wattpad_part_loses_its_counts_and_buttons() {
        let doc = run(
            "The Glass Orchard\nquietmoth\n12.5K Reads · 904 Votes · 3 Parts\n\nThe orchard was glass.\n\nVote · Comment · Share\nContinue reading next part",
        );
        assert_eq!(doc.out.title.as_deref(), Some("The Glass Orchard"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("quietmoth"));
        assert_eq!(doc.untaken(), "The orchard was glass.");
    }

    /// A reblog copied from the dashboard: the reblog line and "Follow", the writer's
    /// name alone, the ask (the prompt, into the preface), the tags run together, the
    /// note count, and the reblogger's comment and tags under the post.
    #[test]
    fn a_tumblr_reblog_keeps_only_the_writers_post() {
        let doc = run(
            "saltmarsh-reads reblogged tidewriter\nFollow\n\ntidewriter\n\nanonymous asked:\ncould you write the lighthouse keeper?\n\nkeeper\n\nThe lamp was lit.\n\n#ask#lighthouse au#my writing\n88 notes\n\nsaltmarsh-reads\nthis one every time it rains\n\n#fic rec#the lamp!!",
        );
        assert_eq!(doc.out.meta.author.as_deref(), Some("tidewriter"));
        assert_eq!(
            doc.out.preface[0].text,
            "anonymous asked: could you write the lighthouse keeper?"
        );
        assert_eq!(doc.untaken(), "keeper\nThe lamp was lit.");
        assert!(
            doc.dropped_texts()
                .contains(&"this one every time it rains")
        );
    }

    /// A part's page: the story's title over the part's, three bare counts, the byline;
    /// the buttons one a line and "Continue to next part" at the end.
    #[test]
    fn a_wattpad_part_page_loses_its_counts() {
        let doc = run(
            "Cerita Hujan\nPayung Biru\n3.1K\n240\n18\nby hujan_senja\n\nHujan turun.\n\nVote\nComment\nShare\nContinue to next part",
        );
        assert_eq!(doc.out.title.as_deref(), Some("Payung Biru"));
        assert_eq!(doc.out.meta.series.as_deref(), Some("Cerita Hujan"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("hujan_senja"));
        assert_eq!(doc.untaken(), "Hujan turun.");
    }

    /// Story lines that look a little like a site's keep every word.
    #[test]
    fn story_words_stay() {
        for t in [
            "She pressed Like.\n\nLike",
            "Reblog\n\nShe said reblog it.",
            "# The Title\n\nShe wrote.\n\n#1 in her heart",
            "The Hill\nA story · in parts\n\nIt rained.",
            "Follow\nthe river, she said.",
            "Listen\nFollow\n\nthe river home.",
            "She posted it.\n\n#blessed #grateful",
            "She posted it.\n\n#blessed#grateful",
            "Rain\n12\n30\n4\nby the river, she waited.\n\nIt rained.",
            "She read the ask.\n\nanonymous asked:\nwhere are you?",
            "moth reblogged lantern\nand slept.",
            "She voted.\n\nVote\nComment",
        ] {
            assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t}");
        }
    }
}
