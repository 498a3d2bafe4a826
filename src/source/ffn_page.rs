//! FanFiction.Net story pages copied from the browser → the story, with the site's
//! chrome dropped and its story box read as metadata.
//!
//! Input: a story file as [`Doc`] lines. Output: FanFiction.Net's page as the site lays
//! it out, read in order: the site's bar and menu ("FanFiction | unleash your
//! imagination", "Just In Community Forum More"), the category path ("TV Shows » Name",
//! its last step the fandom), the "Follow/Fav" button, the title, the `By:` line, the
//! summary, the grey story line (`Rated: Fiction K+ - French - … - id: 1234`) and, under
//! the story, the buttons ("Follow/Fav", "Review", "Share: …") and the footer ("Help ·
//! Privacy · Terms of Service · … © 2024 FanFiction"). The mobile site's page
//! (m.fanfiction.net) is read the same way: its story line is a comma list
//! (`K+, English, Family, words: 612, favs: 31, published: Sep 22, 2012`) and its foot
//! "Fav" / "Follow" and "Desktop/Tablet Mode . Help . Terms of Service …". Only read when the `By:` line and
//! the story line stand together under a title, which nothing but a copy of that page
//! writes; the chrome above the title is taken only when every line of it is short and
//! holds no sentence.

use super::doc::{Doc, file_hit, read_field};
use super::fields::{CategoryIs, Field};

/// How far down the page the story line may stand.
const HEAD_LINES: usize = 30;

/// Buttons FanFiction.Net prints around the story, alone on their line.
const BUTTONS: &[&str] = &[
    "follow/fav",
    "review",
    "favorite",
    "follow",
    "fav",
    "< prev",
    "next >",
    "« prev",
    "next »",
];

/// The reader settings the page shows under the story line ("Font: Alegreya Sans").
const SETTINGS: &[&str] = &["font:", "text size:", "line height:", "width:"];

/// The words of the site's foot and review box, alone on their line.
const FOOT_LINES: &[&str] = &[
    "help",
    "privacy policy",
    "terms of service",
    "refund policy",
    "top",
    "post review as guest",
    "post review",
    "review:",
    "review this chapter",
    "type your review for this chapter here...",
    "type your review for this chapter here…",
    "name:",
    "#",
];

/// Whether `t` is an entry of the chapter menu: `3. Title`.
fn is_chapter_choice(t: &str) -> bool {
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && t[digits..].starts_with(". ") && t.split_whitespace().count() <= 14
}

/// Whether `t` is the site's menu, its name or a button: short, no sentence.
fn site_like(t: &str) -> bool {
    t.split_whitespace().count() <= 12 && !t.ends_with(['.', '!', '?', '"', '\u{201d}'])
}

/// Whether `t` is one of the lines under the story that only the site writes: a button,
/// the footer's links on one line ("Help  Privacy  Terms of Service  Top"), the
/// chapter buttons ("< Prev Next >"), the review box's prompt.
fn is_foot(t: &str) -> bool {
    let lower = t.to_lowercase();
    let links: Vec<&str> = lower
        .split(['·', '|'])
        .flat_map(|p| p.split(" . "))
        .flat_map(|p| p.split("  "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let footer_links = links.len() >= 2
        && links.iter().all(|p| {
            FOOT_LINES.contains(p)
                || matches!(
                    *p,
                    "privacy"
                        | "about"
                        | "terms"
                        | "desktop mode"
                        | "desktop/tablet mode"
                        | "mobile mode"
                )
        });
    let nav = lower
        .split_whitespace()
        .all(|w| matches!(w, "<" | ">" | "prev" | "next" | "<prev" | "next>"))
        && lower.contains("prev")
        && lower.contains("next");
    footer_links
        || nav
        || is_pager(&lower)
        || is_end_pager(&lower)
        || button_row(&lower)
        || lower.starts_with("post your thoughts as a guest")
        || lower.starts_with("post a review as guest")
        || BUTTONS.contains(&lower.as_str())
        || lower.starts_with("share: ")
        || (lower.contains("terms of service") && lower.contains("fanfiction"))
        || (lower.contains('©') && lower.ends_with("fanfiction"))
        || (lower.contains('©') && lower.contains("fanfiction.net"))
        || (lower.contains("terms of service") && lower.contains("privacy"))
}

/// Whether lowercase `lower` is the mobile page's pager: "« Prev Chapter 2 of 4 Next »",
/// or the chapter buttons copied on one line with the chapter menu between them
/// ("< Prev  1. Five Kitchens  2. Two Gardens  Next >").
fn is_pager(lower: &str) -> bool {
    let Some(middle) = ["« prev", "< prev"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .and_then(|m| ["next »", "next >"].iter().find_map(|s| m.strip_suffix(s)))
    else {
        return false;
    };
    let menu = middle.trim_start().starts_with("1. ") && middle.contains("  ");
    lower.split_whitespace().count() <= 8 || menu
}

/// Whether lowercase `lower` is the mobile pager on the first or last chapter, with one
/// button: "Chapter 1 of 4  Next »", "« Prev  Chapter 4 of 4".
fn is_end_pager(lower: &str) -> bool {
    let t = ["« prev", "< prev"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .or_else(|| {
            ["next »", "next >"]
                .iter()
                .find_map(|s| lower.strip_suffix(s))
        });
    let Some(rest) = t.map(str::trim).and_then(|t| t.strip_prefix("chapter ")) else {
        return false;
    };
    let w: Vec<&str> = rest.split_whitespace().collect();
    matches!(w.as_slice(), [n, "of", m] if n.parse::<u32>().is_ok() && m.parse::<u32>().is_ok())
}

/// Whether lowercase `lower` is a row of the page's buttons, as the mobile page copies
/// them ("Review Story Follow/Fav", "Follow / Fav").
fn button_row(lower: &str) -> bool {
    let squeezed = lower.replace(" / ", "/");
    let words = || squeezed.split_whitespace();
    words().all(|w| {
        matches!(
            w,
            "review" | "story" | "follow/fav" | "fav" | "follow" | "favorite"
        )
    }) && words().any(|w| w.contains("fav") || w == "follow")
}

/// The mobile page's story line: a comma list that opens with the rating (or with the
/// fandom, then the rating, as a list of stories shows it) and holds the word count and a
/// date (`K+, English, Family, words: 612, favs: 31, published: …`). Returns the rating
/// and the language.
fn mobile_story_line(t: &str) -> Option<(&str, &str)> {
    let lower = t.to_lowercase();
    if !lower.contains("words: ") || !(lower.contains("published: ") || lower.contains("updated: "))
    {
        return None;
    }
    // Some copies keep the desktop's "Rated:" (and "Fiction") before the rating.
    let t = t.strip_prefix("Rated: ").unwrap_or(t);
    let t = t.strip_prefix("Fiction ").unwrap_or(t).trim_start();
    let fields: Vec<&str> = t.split(", ").collect();
    let at = fields
        .iter()
        .take(2)
        .position(|f| ["K", "K+", "T", "M", "MA"].contains(f))?;
    Some((fields[at], fields.get(at + 1).copied().unwrap_or("")))
}

/// Reads a copied FanFiction.Net page; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let top = doc.len().min(HEAD_LINES);
    let Some(rated) = (0..top).find(|&i| {
        !doc.taken[i]
            && ((doc.trimmed(i).starts_with("Rated: ")
                && doc.trimmed(i).contains(" - ")
                && read_field(doc, i).is_some_and(|h| h.field == Field::Rating))
                || mobile_story_line(doc.trimmed(i)).is_some())
    }) else {
        return false;
    };
    // The `By:` line stands over the summary, a few lines above the story line.
    let Some(by) = (rated.saturating_sub(6)..rated)
        .find(|&i| !doc.taken[i] && doc.trimmed(i).starts_with("By: "))
    else {
        return false;
    };
    let Some(title) = doc.prev_text(by) else {
        return false;
    };
    let above: Vec<usize> = (0..title)
        .filter(|&i| !doc.blank(i) && !doc.taken[i])
        .collect();
    if !above.iter().all(|&i| site_like(doc.trimmed(i))) || !site_like(doc.trimmed(title)) {
        return false;
    }
    // A bare title / `By:` / story line paste, with nothing of the page around it, is a
    // field block (`lj`); a page copy has the site's lines above or the summary between.
    if above.is_empty() && doc.next_text(by + 1) == Some(rated) {
        return false;
    }
    doc.why(format!(
        "header: a copy of a FanFiction.Net story page (title, `By:` line {}, story line {})",
        by + 1,
        rated + 1
    ));
    for &i in &above {
        let t = doc.trimmed(i).to_string();
        // The category path's last step is the fandom ("TV Shows » Name").
        if let Some((_, fandom)) = t.rsplit_once('»')
            && doc.out.meta.fandoms.is_empty()
        {
            let fandom = fandom.trim().to_string();
            doc.dropped(i, t.trim_end_matches(fandom.as_str()));
            doc.take(i, i + 1);
            doc.out.meta.fandoms.push(fandom);
        } else {
            doc.drop_line(i, &t);
        }
    }
    doc.title_line(
        title,
        allow_title,
        "the story's title on its FanFiction.Net page",
    );
    let who = doc.trimmed(by)["By: ".len()..].trim().to_string();
    doc.byline(by, &who);
    doc.out.meta.author.get_or_insert(who);
    // Between the byline and the story line: the summary, under the "Follow/Fav" button
    // where the copy caught it beside the byline.
    let mut from = by + 1;
    while from < rated && (doc.blank(from) || is_foot(doc.trimmed(from))) {
        let t = doc.trimmed(from).to_string();
        if !t.is_empty() {
            doc.drop_line(from, &t);
        }
        from += 1;
    }
    let summary = doc.paras(from, rated);
    doc.take(by + 1, rated);
    if !summary.is_empty() {
        doc.why("header: the lines between `By:` and `Rated:` are the summary".into());
    }
    for p in summary {
        doc.out.summary.push(p.clone());
        doc.out.preface.push(p);
    }
    let mut after = rated + 1;
    let line = doc.trimmed(rated).to_string();
    if let Some((rating, language)) = mobile_story_line(&line) {
        doc.out
            .meta
            .rating
            .get_or_insert_with(|| rating.to_string());
        if !language.is_empty() {
            doc.out
                .meta
                .language
                .get_or_insert_with(|| language.to_string());
        }
        let words = line
            .to_lowercase()
            .split_once("words: ")
            .map(|(_, w)| w.split(',').next().unwrap_or("").trim().to_string());
        if let Some(w) = words.filter(|w| !w.is_empty()) {
            doc.out.meta.words.get_or_insert(w);
        }
        doc.drop_line(rated, &line);
        doc.why(format!(
            "header: line {} is the mobile page's story line (rating, language, words)",
            rated + 1
        ));
    } else if let Some(h) = read_field(doc, rated) {
        after = h.to;
        file_hit(doc, &h, allow_title, CategoryIs::Tag, true);
    }
    let choices = head_chrome(doc, after);
    // The buttons, the chapter menu again, the review box and the footer under the story.
    let mut end = doc.len();
    while let Some(k) = doc.prev_text(end) {
        let t = doc.trimmed(k).to_string();
        let lower = t.to_lowercase();
        // The chapter menu's choice as the head showed it ("Chapter 3: The Long Way
        // Round"), repeated over the buttons.
        let repeated = (lower.starts_with("chapter ")
            || t.starts_with(|c: char| c.is_ascii_digit()))
            && (0..top.min(k)).any(|j| doc.trimmed(j) == t);
        // The chapter menu under the story, over the pager and the footer.
        let menu = end < doc.len() && is_chapter_choice(&t);
        if !is_foot(&t)
            && !FOOT_LINES.contains(&lower.as_str())
            && !choices.contains(&t)
            && !repeated
            && !menu
        {
            break;
        }
        doc.drop_line(k, &t);
        end = k;
    }
    true
}

/// Drops the reader settings ("Close", "Font: …", "Width: 3/4"), the chapter menu and its
/// buttons between the story line and the story, from line `from`; returns the menu's
/// entries so the copy of it under the story goes too. The menu is taken only after the
/// settings or before a button, so a story that opens with a numbered list keeps it.
fn head_chrome(doc: &mut Doc, from: usize) -> Vec<String> {
    let mut choices = Vec::new();
    let mut settings = false;
    let mut i = from;
    let mut taken = Vec::new();
    while let Some(k) = doc.next_text(i) {
        let t = doc.trimmed(k).to_string();
        let lower = t.to_lowercase();
        // A row of buttons or the mobile pager: the page's, whatever stands above it.
        let row = button_row(&lower) || is_pager(&lower);
        // A setting's name alone, as a copy without its values gives it ("Text Size").
        let bare_setting = lower.split_whitespace().count() <= 3
            && SETTINGS
                .iter()
                .any(|s| lower.starts_with(s.trim_end_matches(':')))
            || lower == "para spacing";
        if lower == "close" || SETTINGS.iter().any(|s| lower.starts_with(s)) || bare_setting {
            settings = true;
        } else if is_chapter_choice(&t) {
            choices.push(t.clone());
        } else if BUTTONS.contains(&lower.as_str()) || row {
            if !choices.is_empty() || row {
                settings = true;
            }
        } else {
            break;
        }
        taken.push((k, t));
        i = k + 1;
    }
    // Only a line taken sets `settings`, so `taken` holds at least one.
    if !settings {
        return Vec::new();
    }
    doc.why(format!(
        "header: lines {}–{} are the page's reader settings and chapter menu",
        taken[0].0 + 1,
        taken[taken.len() - 1].0 + 1
    ));
    for (k, t) in taken {
        doc.drop_line(k, &t);
    }
    choices
}

#[cfg(test)]
mod tests;
