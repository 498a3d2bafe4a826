//! Tumblr pastes: a post copied from the page → the story, with the site's own lines
//! dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: Tumblr's blog name and "Follow" above
//! the post (the name filed as the author), its tag line ("#fic #my writing"), note count
//! ("142 notes") and buttons ("Reblog", "Like") below it dropped. Every rule needs a line
//! only the site writes (a tag line, a note count), so a story that ends "Like." keeps
//! it. Wattpad's pages are `wattpad`'s, Royal Road's `royal_road`'s.

use super::doc::Doc;

/// Tumblr's buttons under a post, lowercase.
const TUMBLR_BUTTONS: &[&str] = &["like", "reblog", "reply", "share", "follow", "reblogs"];

/// Reads the site lines of a Tumblr paste. Returns whether it found any.
pub(crate) fn read(doc: &mut Doc) -> bool {
    let (tumblr, reblogger) = tumblr_head(doc);
    let reblog = reblogger.is_some_and(|r| reblog_tail(doc, &r));
    let foot = foot(doc);
    tumblr || reblog || foot
}

/// Whether `t` is a number as a site shows counts: `142`, `3,4K`, `1.2k`, `12M`.
pub(crate) fn is_count(t: &str) -> bool {
    let n = t.trim_end_matches(['K', 'k', 'M', 'm']);
    n.starts_with(|c: char| c.is_ascii_digit())
        && n.chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// A count and what it counts, one of `words` (any case): `142 notes`, `37 comments`.
pub(crate) fn is_count_of(t: &str, words: &[&str]) -> bool {
    matches!(t.split_whitespace().collect::<Vec<_>>()[..],
        [n, w] if is_count(n) && words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// `142 notes`, `1 note`, `3.2k notes`.
fn is_note_count(t: &str) -> bool {
    is_count_of(t, &["notes", "note"])
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
            // Tumblr's tags run long, a remark each ("#ferry au? is that a thing").
            !tag.is_empty() && !tag.starts_with(' ') && tag.split_whitespace().count() <= 10
        })
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
    read_more(doc, follow + 1);
    fic_title(doc, follow + 1);
    doc.out.meta.author.get_or_insert(who);
    (true, reblogger)
}

/// The post's first line, when it is a title marked as a story the way Tumblr's and
/// LiveJournal's writers mark one (`fic: the ferryman's apprentice`, `[fic] Tides`):
/// the title, without its mark.
fn fic_title(doc: &mut Doc, from: usize) {
    let Some(k) = doc.next_text(from).filter(|&k| doc.para_end(k) == k + 1) else {
        return;
    };
    let t = doc.trimmed(k).to_string();
    let lower = t.to_lowercase();
    let Some(rest) = ["fic:", "[fic]", "fic -", "fic –"]
        .iter()
        .filter(|m| lower.starts_with(*m))
        .find_map(|m| t.get(m.len()..).map(str::trim))
    else {
        return;
    };
    if rest.is_empty() || rest.split_whitespace().count() > 12 || rest.ends_with(['.', '!', '?']) {
        return;
    }
    let title = rest.to_string();
    doc.take(k, k + 1);
    doc.dropped(k, &t[..t.len() - rest.len()]);
    doc.why(format!(
        "header: line {} is the post's title, marked as a story (\"{title}\")",
        k + 1
    ));
    doc.out.title = Some(title);
}

/// Tumblr's "Keep reading" link, where a long post folds under its cut, alone on its
/// line below the post's head: the site's, not the story's (the first such line only).
fn read_more(doc: &mut Doc, from: usize) {
    let cut = (from..doc.len()).find(|&k| {
        !doc.blank(k)
            && !doc.taken[k]
            && doc.para_end(k) == k + 1
            && doc.trimmed(k).eq_ignore_ascii_case("keep reading")
    });
    if let Some(k) = cut {
        doc.drop_line(k, "Keep reading");
        doc.why(format!(
            "header: line {} \"Keep reading\" is Tumblr's link past the post's cut",
            k + 1
        ));
    }
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

/// The site's lines at the very end: Tumblr's tags, note count, buttons and the
/// post's `Source:`, with at least one line only the site writes.
fn foot(doc: &mut Doc) -> bool {
    doc.drop_foot(
        "the post's own (tags, note counts, buttons), so they are left out",
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
            let sure = (line && spaced) || is_note_count(t);
            // The banner a post's page sets under it for readers on a telephone.
            let button = TUMBLR_BUTTONS.contains(&lower.as_str())
                || lower == "see this post in the app"
                || lower == "open in app";
            // "Source: blogname", the post's origin under it.
            let source = t
                .strip_prefix("Source: ")
                .is_some_and(|n| is_user_name(n.trim()));
            (sure || tags || button || source).then_some(sure)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Doc {
        Doc::read_by(t, |d, _| read(d))
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

    /// A post titled as Tumblr's writers mark a story (`fic: …`) has that title, without
    /// the mark; its foot goes with the banner the page sets for readers on a
    /// telephone. A first line that is a sentence keeps its words.
    #[test]
    fn a_fic_marked_title_and_the_app_banner() {
        let doc = run(
            "moth-and-lantern\nFollow\n\nfic: the ferryman's apprentice\n\nThe river was low.\n\n#fanfic #original fiction\n1,204 notes\nReblog\nLike\n\nSee this post in the app",
        );
        assert_eq!(doc.out.title.as_deref(), Some("the ferryman's apprentice"));
        assert_eq!(doc.untaken(), "The river was low.");
        let t = "moth-and-lantern\nFollow\n\nfic: I wrote this on the train.\n\nThe river was low.";
        assert_eq!(run(t).out.title, None);
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
        // The link past the post's cut is the site's.
        let doc = run(
            "moth-lantern\nFollow\n\nPaper Boats\n\nKeep reading\n\nShe folded them.\n\n#fic #my fic\n142 notes",
        );
        assert_eq!(doc.untaken(), "Paper Boats\nShe folded them.");
        let doc = run("She folded them.\n\ntags: #fic, paper boats");
        assert_eq!(doc.untaken(), "She folded them.");
        // The tags one a line, as the page lists them.
        let doc =
            run("She folded them.\n\n#my writing\n#ficlet\n#ok to reblog\n312 notes\nReblog\nLike");
        assert_eq!(doc.untaken(), "She folded them.");
        // One hashtag closing a story, with nothing of the site's under it, stays.
        let doc = run("She folded them.\n\n#blessed");
        assert_eq!(doc.untaken(), "She folded them.\n#blessed");
        // The post's source under its buttons goes with them.
        let doc = run(
            "She folded them.\n\n#my writing #ficlet\n\n142 notes\n\nreblog\nlike\n\nSource: moth-lantern",
        );
        assert_eq!(doc.untaken(), "She folded them.");
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
