//! Tumblr, Wattpad and Royal Road pastes: a post, a story part or a chapter copied from
//! the page → the story, with the site's own lines dropped and its note boxes read.
//!
//! Input: a story file as [`Doc`] lines. Output: Tumblr's blog name and "Follow" above
//! the post (the name filed as the author), its tag line ("#fic #my writing"), note count
//! ("142 notes") and buttons ("Reblog", "Like") below it dropped; Wattpad's title, user
//! name and counts line ("3,4K Reads · 281 Votes · 1 Part") read, its buttons ("Vote ·
//! Comment · Share") and "Continue reading next part" dropped; Royal Road's author's-note
//! boxes ("A note from NAME" over the note) before and after the chapter read as the
//! preface and the afterword. Every rule needs a line only the site writes (a tag line, a
//! note count, a counts line, a box's caption), so a story that ends "Like." keeps it.

use super::doc::Doc;
use super::notes::talk_signs;
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
    "continua a leggere la parte successiva",
    "continuar leyendo la siguiente parte",
    "continuar lendo a próxima parte",
    "continuer la lecture de la partie suivante",
    "nächsten teil weiterlesen",
];

/// Reads the site lines of a Tumblr or Wattpad paste. Returns whether it found any.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let top = tumblr_head(doc) || wattpad_head(doc, allow_title);
    let foot = foot(doc);
    let notes = note_boxes(doc);
    top || foot || notes
}

/// Royal Road's caption over an author's note: `A note from NAME` (as written, or in
/// the capitals its style shows); the name.
fn note_caption(t: &str) -> Option<&str> {
    let who = t
        .get(..12)
        .filter(|p| p.eq_ignore_ascii_case("a note from "))
        .map(|_| t[12..].trim())?;
    let words = who.split_whitespace().count();
    ((1..=4).contains(&words) && !who.ends_with(['.', '!', '?', ',', ':'])).then_some(who)
}

/// Whether a caption's `name` is a user's as the site writes it: both boxes name it, or
/// it is the story's author, or it reads as a user name (one word in lowercase, or with
/// `_`, `.` or a digit). "A note from Mum" heads a letter in the story.
fn site_name(name: &str, names: &[String], author: Option<&str>) -> bool {
    let lower = name.to_lowercase();
    names.iter().filter(|n| **n == lower).count() >= 2
        || author == Some(lower.as_str())
        || (is_user_name(name)
            && (!name.starts_with(char::is_uppercase)
                || name.contains(['_', '.'])
                || name.chars().any(|c| c.is_ascii_digit())))
}

/// How many paragraphs from the end a closing note's caption may stand.
const CLOSING_BOX: usize = 8;

/// Royal Road's note boxes: a caption alone on its line, first in the text (under a
/// title or a chapter heading at most), over the note before the chapter; or among the
/// last paragraphs, over the note after it. The opening note is the paragraph under the
/// caption and up to two more that talk about the story (a story's opening is no note);
/// the closing note is all that follows its caption.
fn note_boxes(doc: &mut Doc) -> bool {
    let starts: Vec<usize> = (0..doc.len())
        .filter(|&i| {
            !doc.blank(i) && !doc.taken[i] && (i == 0 || doc.blank(i - 1) || doc.taken[i - 1])
        })
        .collect();
    let names: Vec<String> = starts
        .iter()
        .filter(|&&i| doc.para_end(i) == i + 1)
        .filter_map(|&i| note_caption(doc.trimmed(i)).map(str::to_lowercase))
        .collect();
    let author = doc.out.meta.author.as_deref().map(str::to_lowercase);
    let caption = |d: &Doc, i: usize| {
        d.para_end(i) == i + 1
            && note_caption(d.trimmed(i)).is_some_and(|w| site_name(w, &names, author.as_deref()))
    };
    let mut found = false;
    let top = starts
        .iter()
        .take(2)
        .position(|&i| caption(doc, i))
        .filter(|&k| k == 0 || is_title_line(&doc.para(starts[0], doc.para_end(starts[0]))));
    if let Some(k) = top
        && k + 2 < starts.len()
    {
        let c = starts[k];
        let mut end = k + 2;
        while end < starts.len().min(k + 4) && {
            let p = doc.para(starts[end], doc.para_end(starts[end]));
            talk_signs(&p.text).1 >= 1
                && !p.text.contains(['"', '\u{201c}'])
                && !caption(doc, starts[end])
        } {
            end += 1;
        }
        let caption_text = doc.trimmed(c).to_string();
        doc.drop_line(c, &caption_text);
        for &s in &starts[k + 1..end] {
            let e = doc.para_end(s);
            doc.preface_lines(s, e);
        }
        doc.why(format!(
            "header: line {} \"{caption_text}\" is Royal Road's note box; the {} paragraph(s) under it are the note before the story",
            c + 1,
            end - k - 1
        ));
        found = true;
    }
    let n = starts.len();
    let last = (n.saturating_sub(CLOSING_BOX)..n)
        .rev()
        .find(|&k| k > 0 && k + 1 < n && !doc.taken[starts[k]] && caption(doc, starts[k]));
    if let Some(k) = last {
        let c = starts[k];
        let caption_text = doc.trimmed(c).to_string();
        doc.drop_line(c, &caption_text);
        for &s in &starts[k + 1..] {
            let e = doc.para_end(s);
            let p = doc.para(s, e);
            doc.take(s, e);
            doc.out.afterword.push(p);
        }
        doc.why(format!(
            "header: line {} \"{caption_text}\" is Royal Road's note box; what follows it is the note after the story",
            c + 1
        ));
        found = true;
    }
    found
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

/// A Tumblr tag line: `#fic #my writing #long post` (two tags or more, a tag is no
/// Markdown heading: no space after its mark), or `tags: …`.
fn is_tag_line(t: &str) -> bool {
    let lower = t.to_lowercase();
    if lower.starts_with("tags:") || lower.starts_with("tagged:") {
        return true;
    }
    t.starts_with('#')
        && !t.starts_with("# ")
        && !t.starts_with("##")
        && t.split(" #").count() >= 2
        && t.split(" #").all(|tag| {
            let tag = tag.trim_start_matches('#');
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
fn is_user_name(t: &str) -> bool {
    !t.is_empty()
        && !t.contains(char::is_whitespace)
        && t.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// Tumblr's head: the blog's name over "Follow".
fn tumblr_head(doc: &mut Doc) -> bool {
    let Some(name) = doc.next_text(0) else {
        return false;
    };
    let Some(follow) = doc.next_text(name + 1).filter(|&f| f == name + 1) else {
        return false;
    };
    // A blog's name is lowercase (it is its address); "Listen / Follow" is a poem.
    if !doc.trimmed(follow).eq_ignore_ascii_case("follow")
        || !is_user_name(doc.trimmed(name))
        || doc.trimmed(name).chars().any(char::is_uppercase)
    {
        return false;
    }
    let who = doc.trimmed(name).to_string();
    doc.take(name, name + 1);
    doc.drop_line(follow, "Follow");
    doc.why(format!(
        "header: lines {}–{} are a Tumblr post's head (the blog's name and \"Follow\"); \
         the blog's name is the author",
        name + 1,
        follow + 1
    ));
    doc.out.meta.author.get_or_insert(who);
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

/// The site's lines at the very end: Tumblr's tags, note count and buttons, Wattpad's
/// buttons and next-part link, with at least one line only the site writes.
fn foot(doc: &mut Doc) -> bool {
    let mut lines = Vec::new();
    let mut strong = false;
    let mut end = doc.len();
    while let Some(k) = doc.prev_text(end) {
        let t = doc.trimmed(k);
        let lower = t.to_lowercase();
        // A tag line is Tumblr's for sure when a tag has a space in it ("#long post"),
        // which no other site's hashtags have, or under a `tags:` label; else it needs
        // the note count beside it ("#blessed #grateful" may end a story told in posts).
        let tags = is_tag_line(t);
        let spaced = !t.starts_with('#') || t.split(" #").any(|g| g.trim().contains(' '));
        let sure = (tags && spaced)
            || is_note_count(t)
            || is_wattpad_buttons(t)
            || NEXT_PART.contains(&lower.as_str());
        if !(sure || tags || TUMBLR_BUTTONS.contains(&lower.as_str())) {
            break;
        }
        strong |= sure;
        lines.push(k);
        end = k;
    }
    if !strong {
        return false;
    }
    lines.reverse();
    for &k in &lines {
        let t = doc.trimmed(k).to_string();
        doc.drop_line(k, &t);
    }
    doc.why(format!(
        "header: lines {}–{} are the site's own (tags, note counts, buttons, a link to the \
         next part), so they are left out",
        lines[0] + 1,
        lines[lines.len() - 1] + 1
    ));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Doc {
        let mut doc = Doc::new(t);
        read(&mut doc, true);
        doc
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

    #[test]
    fn royal_road_note_boxes_are_the_notes() {
        let doc = run(
            "Chapter 4: Coolant\n\nA note from brine_and_circuits\n\nShort chapter this week, sorry! The next one is longer.\n\nThe pump failed at noon.\n\nMAINT-4 fixed it.\n\nA NOTE FROM brine_and_circuits\n\nThanks for reading! Updates on Tuesdays.",
        );
        assert_eq!(
            doc.untaken(),
            "Chapter 4: Coolant\nThe pump failed at noon.\nMAINT-4 fixed it."
        );
        assert_eq!(doc.out.preface.len(), 1);
        assert_eq!(
            doc.out.afterword[0].text,
            "Thanks for reading! Updates on Tuesdays."
        );
        // A story's own line about a note stays, and a letter's heading.
        for t in [
            "She left.\n\nA note from the landlord was on the door.\n\nIt said nothing.",
            "She left.\n\nIt was late.\n\nA note from Mum\n\nBack by six. Eat something.",
        ] {
            assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t}");
        }
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
        ] {
            assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t}");
        }
    }
}
