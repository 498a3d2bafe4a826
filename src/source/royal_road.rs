//! Royal Road chapter pages copied from the browser → the story, with the site's lines
//! dropped and its author's-note boxes read as the notes.
//!
//! Input: a story file as [`Doc`] lines. Output: the site's menu at the top ("Royal
//! Road", "Fictions", "Forums", "Log In"), the fiction's title over its `by` line (read
//! as title and author), the chapter's title under them (dropped when it repeats the
//! fiction's, else the story's first heading) and the chapter buttons ("Fiction Page",
//! "Report Chapter", "Previous Chapter", "Next Chapter"); the "Advertisement" lines the
//! page sets between paragraphs and the hidden sentences it slips into copied text
//! ([`piracy`](super::piracy)); the page's foot (`Support "…"`, the buttons again,
//! "About the author" with the author's name, achievements and bio, "Log in to
//! comment" — read in [`foot`]); and the note boxes ("A note from NAME" over the note) before and after
//! the chapter as the preface and the afterword. Every rule needs a line only the site
//! writes, so a story that says "Advertisement" or "Next Chapter" keeps it.

mod foot;

use super::doc::Doc;
use super::notes::talk_signs;
use super::parts::is_title_line;
use super::piracy::is_piracy_notice;
use super::social::is_user_name;

/// The site's menu over the page, lowercase.
const MENU: &[&str] = &[
    "royal road",
    "fictions",
    "forums",
    "log in",
    "register",
    "support",
    "write",
    "writing",
    "search",
];

/// The chapter's buttons, over the chapter and under it, lowercase.
const BUTTONS: &[&str] = &[
    "fiction page",
    "follow author",
    "donate via paypal",
    "become a patron",
    "report chapter",
    "previous chapter",
    "next chapter",
    "fiction index",
];

/// Reads a Royal Road page's own lines and its note boxes. Returns whether it found any.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let boxes_agree = captions_agree(doc);
    let head = head(doc, allow_title, boxes_agree);
    let foot = foot::foot(doc);
    let site = head || foot || has_button(doc);
    let inserted = inserted_lines(doc, site);
    let boxes = note_boxes(doc);
    head || foot || inserted || boxes
}

/// Whether a line only the chapter page writes stands alone anywhere in the file.
fn has_button(doc: &Doc) -> bool {
    // Lowercasing leaves at least a third of a text's bytes (the Kelvin sign is three
    // bytes, its `k` one): a longer line is not lowercased to be compared.
    (0..doc.len()).any(|i| {
        !doc.taken[i]
            && doc.trimmed(i).len() <= 3 * "report chapter".len()
            && matches!(doc.lower(i).as_str(), "report chapter" | "fiction page")
    })
}

/// The name in a `by NAME` line: one to five words.
fn byline(t: &str) -> Option<&str> {
    let who = t
        .strip_prefix("by ")
        .or_else(|| t.strip_prefix("By "))?
        .trim();
    ((1..=5).contains(&who.split_whitespace().count()) && !who.ends_with(['.', '!', '?', ',']))
        .then_some(who)
}

/// The page's head: its menu, the fiction's title and byline with the chapter's title
/// over or under them, the chapter's buttons and the advertisement slot, a block of
/// lines at the top (the menu may stand a blank line apart). Read only when the menu
/// opens with the site's name or the block holds a button.
///
/// `known` says the page is Royal Road's by its note boxes ([`captions_agree`]): then a
/// title over a byline with only the chapter's title under it is the page's head too.
fn head(doc: &mut Doc, allow_title: bool, known: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    // The menu's lines, in blocks a blank line apart as a copy may set them.
    let mut menu_end = first;
    let mut i = first;
    while i < doc.len() && (doc.blank(i) || MENU.contains(&doc.lower(i).as_str())) {
        if !doc.blank(i) {
            menu_end = i + 1;
        }
        i += 1;
    }
    let named = doc.lower(first) == "royal road";
    // The title block: right under the menu, or a blank line under it.
    let start = if menu_end < doc.len() && doc.blank(menu_end) && menu_end > first {
        match doc.next_text(menu_end) {
            Some(s) => s,
            None => return false,
        }
    } else {
        menu_end
    };
    let end = doc.para_end(start).min(start + 20);
    let Some(by) = (start + 1..end).find(|&i| byline(doc.trimmed(i)).is_some()) else {
        return false;
    };
    let site_line = |d: &Doc, i: usize| {
        let l = d.lower(i);
        is_buttons(&l) || l == "advertisement" || is_remove_ads(&l) || is_posted(&l)
    };
    let after = lines_after_byline(doc, (by, end), known);
    let buttons: Vec<usize> = after
        .iter()
        .copied()
        .filter(|&i| site_line(doc, i))
        .collect();
    // Between the menu and the byline the title, or the chapter's title over it; after
    // it the chapter's title at most and the buttons (a note box's caption may follow
    // with no blank line).
    let extra = after
        .iter()
        .filter(|&&i| {
            !buttons.contains(&i) && !doc.trimmed(i).to_lowercase().starts_with("a note from ")
        })
        .count();
    let over = by - start;
    let title_at = by - 1;
    if (!named && !known && buttons.is_empty())
        || !(1..=2).contains(&over)
        || (over == 2 && (!named || extra > 0 || !is_title_line(&doc.para(start, start + 1))))
        || !is_title_line(&doc.para(title_at, by))
        || extra > 1
    {
        return false;
    }
    for i in first..start {
        if !doc.blank(i) {
            let t = doc.trimmed(i).to_string();
            doc.drop_line(i, &t);
        }
    }
    let title = doc.trimmed(title_at).to_string();
    let who = byline(doc.trimmed(by)).unwrap_or_default().to_string();
    doc.title_line(
        title_at,
        allow_title,
        "the fiction's title over Royal Road's byline",
    );
    doc.byline(by, &who);
    doc.out.meta.author.get_or_insert(who);
    if over == 2 {
        chapter_title(doc, start, &title);
    }
    for &i in &after {
        let t = doc.trimmed(i).to_string();
        if buttons.contains(&i) {
            doc.drop_line(i, &t);
        } else if !t.to_lowercase().starts_with("a note from ") {
            chapter_title(doc, i, &title);
        }
    }
    // The chapter's buttons one a line in a block of their own under the head ("Fiction
    // Page" / "Previous Chapter" / "Next Chapter").
    let mut last = after.last().map_or(end, |&l| l + 1);
    if let Some(k) = doc.next_text(last).filter(|&k| k <= last + 2) {
        let e = doc.para_end(k);
        if (k..e).all(|i| is_buttons(&doc.lower(i))) {
            for i in k..e {
                let t = doc.trimmed(i).to_string();
                doc.drop_line(i, &t);
            }
            last = e;
        }
    }
    doc.why(format!(
        "header: lines {}–{} are a Royal Road chapter page's head (the site's menu, the \
         fiction's title and byline, the chapter's title and buttons)",
        first + 1,
        last
    ));
    true
}

/// The lines under the byline that may be the page's: those of the byline's own block
/// (`by + 1..end`), and, when that block ends there, the one-line paragraphs under it
/// down to a line of the chapter's buttons — the chapter's title set apart, then the
/// buttons, as a page copied with blank lines between its parts shows them.
///
/// On a page `known` by its note boxes, the chapter's title set apart under the byline
/// is the page's with no buttons under it when its date is under it or a note box's
/// caption follows it.
fn lines_after_byline(doc: &Doc, (by, end): (usize, usize), known: bool) -> Vec<usize> {
    let mut after: Vec<usize> = (by + 1..end).collect();
    if known && let Some(k) = doc.next_text(end).filter(|&k| k <= end + 1) {
        let e = doc.para_end(k);
        let dated = e == k + 2 && is_posted(&doc.lower(k + 1));
        let boxed = e == k + 1
            && doc
                .next_text(e)
                .is_some_and(|c| note_caption(doc.trimmed(c)).is_some());
        if dated || boxed {
            after.extend(k..e);
            return after;
        }
    }
    let mut more = Vec::new();
    let mut j = end;
    while let Some(k) = doc.next_text(j).filter(|&k| k <= j + 2 && more.len() < 2) {
        // The chapter's title may carry its date under it ("Posted 3 days ago").
        let end = doc.para_end(k);
        // The buttons one a line, as a copy may set them.
        if end > k + 1 && (k..end).all(|i| is_buttons(&doc.lower(i))) {
            more.extend(k..end);
            after.append(&mut more);
            break;
        }
        if end != k + 1 && !(end == k + 2 && is_posted(&doc.lower(k + 1))) {
            break;
        }
        more.extend(k..end);
        j = end;
        // Set apart, a button stands with another: "Next Chapter" alone may be a heading.
        if buttons_in(&doc.lower(k)) >= 2 {
            after.append(&mut more);
            break;
        }
    }
    after
}

/// Whether a line (lowercase) is one chapter button or several on one line, as a page
/// copied sets them side by side (`fiction index  next chapter`).
fn is_buttons(l: &str) -> bool {
    buttons_in(l) > 0
}

/// How many chapter buttons a line (lowercase) is, side by side; 0 if it holds anything
/// else.
fn buttons_in(l: &str) -> usize {
    let mut rest = l.trim();
    let mut n = 0;
    while !rest.is_empty() {
        let Some(b) = BUTTONS.iter().find(|b| {
            rest.strip_prefix(**b)
                .is_some_and(|r| r.is_empty() || r.starts_with(char::is_whitespace))
        }) else {
            return 0;
        };
        rest = rest[b.len()..].trim_start();
        n += 1;
    }
    n
}

/// The button under an advertisement slot, lowercase: `remove ads from $1`, `remove ads`.
fn is_remove_ads(l: &str) -> bool {
    l == "remove ads"
        || l.strip_prefix("remove ads from ").is_some_and(|p| {
            p.split_whitespace().count() == 1 && p.chars().any(|c| c.is_ascii_digit())
        })
}

/// The date the page sets under the chapter's title, lowercase: `posted 3 days ago`,
/// `posted on march 3, 2024`.
fn is_posted(l: &str) -> bool {
    l.strip_prefix("posted ").is_some_and(|rest| {
        rest.split_whitespace().count() <= 5
            && rest.contains(|c: char| c.is_ascii_digit())
            && (rest.ends_with(" ago") || rest.starts_with("on "))
    })
}

/// Whether two note-box captions stand alone in the file naming the same user (`A note
/// from NAME` over the note before the chapter and the one after it): the page is Royal
/// Road's even with none of its menu or buttons copied.
fn captions_agree(doc: &Doc) -> bool {
    let starts = (0..doc.len()).filter(|&i| !doc.blank(i) && (i == 0 || doc.blank(i - 1)));
    let names = caption_names(doc, starts);
    names
        .iter()
        .any(|n| names.iter().filter(|m| *m == n).count() >= 2)
}

/// The names (lowercase) of the note-box captions standing alone as one-line paragraphs
/// at `starts`.
fn caption_names(doc: &Doc, starts: impl Iterator<Item = usize>) -> Vec<String> {
    starts
        .filter(|&i| doc.para_end(i) == i + 1)
        .filter_map(|i| note_caption(doc.trimmed(i)).map(str::to_lowercase))
        .collect()
}

/// The chapter's title under the byline: left out when it only repeats the fiction's
/// ("Low Water (One-Shot)" under "Low Water"), else the story's first heading.
fn chapter_title(doc: &mut Doc, i: usize, title: &str) {
    let t = doc.trimmed(i).to_string();
    let same = t
        .to_lowercase()
        .strip_prefix(&title.to_lowercase())
        .is_some_and(|rest| {
            rest.is_empty() || rest.trim_start().starts_with(['(', '[', '-', ':', '—'])
        });
    if same {
        doc.drop_line(i, &t);
        doc.why(format!(
            "header: line {} \"{t}\" is the chapter's title, the fiction's again, so it is left out",
            i + 1
        ));
    } else {
        doc.out.lead_heading = Some(doc.para(i, i + 1));
        doc.take(i, i + 1);
        doc.why(format!(
            "header: line {} \"{t}\" is the chapter's title",
            i + 1
        ));
    }
}

/// Lines the page sets into the chapter: "Advertisement" alone on its line between
/// paragraphs (only on a page the site's own lines show is Royal Road's), and the
/// hidden sentences claiming the text was taken from the site.
fn inserted_lines(doc: &mut Doc, site: bool) -> bool {
    let mut found = Vec::new();
    for i in 0..doc.len() {
        // The line above first: measuring every line's paragraph made this quadratic.
        if doc.taken[i] || doc.blank(i) || (i > 0 && !doc.blank(i - 1)) || doc.para_end(i) != i + 1
        {
            continue;
        }
        let t = doc.trimmed(i);
        let ad = t.eq_ignore_ascii_case("advertisement") || is_remove_ads(&t.to_lowercase());
        if (site && ad) || is_piracy_notice(t, site) {
            let t = t.to_string();
            doc.drop_line(i, &t);
            found.push((i + 1).to_string());
        }
    }
    if found.is_empty() {
        return false;
    }
    doc.why(format!(
        "header: lines {} are the page's advertisement slots or its hidden notices that the \
         text was taken from the site, so they are left out",
        found.join(", ")
    ));
    true
}

/// Royal Road's caption over an author's note: `A note from NAME` (as written, or in
/// the capitals its style shows); the name.
pub(crate) fn note_caption(t: &str) -> Option<&str> {
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
pub(crate) fn site_name(name: &str, names: &[String], author: Option<&str>) -> bool {
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
    let starts = doc.para_starts();
    let names = caption_names(doc, starts.iter().copied());
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
            doc.afterword_lines(s, doc.para_end(s));
        }
        doc.why(format!(
            "header: line {} \"{caption_text}\" is Royal Road's note box; what follows it is the note after the story",
            c + 1
        ));
        found = true;
    }
    found
}

#[cfg(test)]
mod tests;
