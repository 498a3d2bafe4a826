//! Archive of Our Own pages and downloads saved as text → header, preface, afterword.
//!
//! Input: a story file as [`Doc`] lines. Output: the work's fields in the chapter's
//! metadata, its title and byline, the summary and notes in the preface, the end notes in
//! the afterword, `Chapter N: Title` lines as headings, and AO3's own words dropped
//! (`Work Text:`, `Chapter Text`, "(See the end of the work for more notes.)", the
//! "Posted originally on the Archive of Our Own" line, kudos and comment prompts).
//! Two shapes: a copy of a work or chapter page (the text starts after `Work Text:` or
//! `Chapter Text`), and the text of a download (no such line; the preface ends where
//! the first chapter title or the first paragraph that is not the header begins).

use super::bylines::byline;
use super::doc::{Doc, file_hit, read_field};
use super::fields::{self, CategoryIs};

/// The lines AO3 puts just above the story text on its pages.
const TEXT_MARKERS: &[&str] = &["work text:", "work text", "chapter text", "chapter text:"];

/// Section labels AO3 prints on a line of their own; the author's words follow.
const SECTIONS: &[(&str, Section)] = &[
    ("summary", Section::Summary),
    ("chapter summary", Section::Summary),
    ("notes", Section::Notes),
    ("chapter notes", Section::Notes),
    ("end notes", Section::End),
    ("chapter end notes", Section::End),
    ("afterword", Section::End),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Summary,
    Notes,
    End,
}

/// AO3's page furniture copied along with a work (buttons, navigation, prompts).
const FURNITURE: &[&str] = &[
    "work header",
    "actions",
    "entire work",
    "next chapter →",
    "next chapter",
    "← previous chapter",
    "previous chapter",
    "chapter index",
    "share",
    "download",
    "bookmark",
    "kudos ♥",
    "kudos",
    "leave kudos",
    "mark for later",
    "subscribe",
    "comments",
    "hide comments",
    "post comment",
    "top of work",
    "↑ top",
    "top",
    "top ↑",
    "← previous work",
    "previous work",
    "next work →",
    "next work",
    "preface",
    "skip header",
    "work search:",
    "series this work belongs to:",
    "works inspired by this one:",
    "please drop by the archive and comment to let the creator know if you enjoyed their work!",
];

/// The site's navigation bar at the top of every AO3 page, one entry a line when a page
/// is copied from the browser: only dropped above the work's text, where a story never
/// stands, and only on a page copy (`Work Text:` below them).
const PAGE_TOP: &[&str] = &[
    "archive of our own beta",
    "archive of our own",
    "skip header",
    "log in",
    "sign up",
    "site navigation",
    "fandoms",
    "all fandoms",
    "browse",
    "works",
    "bookmarks",
    "tags",
    "collections",
    "search",
    "people",
    "about",
    "about us",
    "news",
    "faq",
    "wrangling guidelines",
    "donate or volunteer",
    "main content",
    "work search",
    "search works",
    // The fandom menu under "Fandoms".
    "anime & manga",
    "books & literature",
    "cartoons & comics & graphic novels",
    "celebrities & real people",
    "movies",
    "music & bands",
    "other media",
    "theater",
    "tv shows",
    "video games",
    "uncategorized fandoms",
];

/// Whether `t` is a line of the site's bar above a copied work: a menu entry, or the
/// search box's hint ("tip: buffy (tv) m/m sort by: hits").
fn is_page_top(t: &str) -> bool {
    short_key(t, PAGE_TOP).is_some_and(|k| PAGE_TOP.contains(&k.as_str()) || k.starts_with("tip: "))
}

fn key(t: &str) -> String {
    key_of_core(core(t))
}

/// The line without its decoration, as [`key`] reads it.
fn core(t: &str) -> &str {
    t.trim().trim_matches(['*', '_']).trim()
}

fn key_of_core(core: &str) -> String {
    core.replace('’', "'").to_lowercase()
}

/// [`key`], when it may be one of `labels`; `None` for a line too long to be, without
/// lowercasing it. Straightening an apostrophe or lowercasing a character leaves at
/// least a third of its bytes (`’` and the Kelvin sign are three bytes, `'` and `k`
/// one), so a key is at least a third as long as the core it is made from.
fn short_key(t: &str, labels: &[&str]) -> Option<String> {
    let core = core(t);
    let longest = labels.iter().map(|l| l.len()).max().unwrap_or(0);
    (core.len() <= 3 * longest).then(|| key_of_core(core))
}

/// The longest section label, with its colon.
const SECTION_KEY: &str = "chapter end notes:";

fn section(t: &str) -> Option<Section> {
    let k = short_key(t, &[SECTION_KEY])?;
    let k = k.strip_suffix(':').unwrap_or(&k);
    SECTIONS.iter().find(|(l, _)| *l == k).map(|s| s.1)
}

/// A section label alone on its line, or opening it (`Summary: A bead-maker…`).
fn section_start(t: &str) -> Option<Section> {
    section(t).or_else(|| {
        let (label, rest) = t.split_once(':')?;
        if rest.trim().is_empty() {
            None
        } else {
            section(label)
        }
    })
}

fn is_marker(t: &str) -> bool {
    short_key(t, TEXT_MARKERS).is_some_and(|k| TEXT_MARKERS.contains(&k.as_str()))
}

fn is_furniture(t: &str) -> bool {
    let k = key(t);
    FURNITURE.contains(&k.as_str())
        || k.starts_with("please drop by the archive and comment")
        || (k.starts_with("comments (") && k.ends_with(')'))
        || (k.starts_with("kudos (") && k.ends_with(')'))
        // "quietmoth, reedwarbler, and 54 more users as well as 211 guests left kudos on
        // this work!": the names of readers, not the author's words.
        || (k.ends_with("left kudos on this work!") && k.split_whitespace().count() <= 120)
}

/// "(See the end of the work for more notes.)" and its chapter and download forms.
fn is_see_end(t: &str) -> bool {
    let k = key(t);
    let k = k.trim_matches(['(', ')', '.']);
    k.starts_with("see the end of the work for") || k.starts_with("see the end of the chapter for")
}

fn is_posted(t: &str) -> bool {
    key(t).starts_with("posted originally on the archive of our own")
}

/// `Chapter 3`, `Chapter 3: The Storm`, `Chapter 3. The Storm`.
pub(crate) fn is_chapter_heading(t: &str) -> bool {
    let t = t.trim();
    let Some(rest) = t.strip_prefix("Chapter ") else {
        return false;
    };
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let after = &rest[digits..];
    digits > 0 && t.chars().count() <= 120 && (after.is_empty() || after.starts_with([':', '.']))
}

/// Reads an AO3 page copy or download; false (nothing taken) when the file shows neither.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let markers: Vec<usize> = (0..doc.len())
        .filter(|&i| is_marker(doc.trimmed(i)))
        .collect();
    let posted = (0..doc.len().min(60)).find(|&i| is_posted(doc.trimmed(i)));
    if markers.is_empty() && posted.is_none() {
        return false;
    }
    let page = !markers.is_empty();
    doc.why(if page {
        "header: a copy of an AO3 page (`Work Text:` or `Chapter Text` marks where the story starts)".to_string()
    } else {
        "header: the text of an AO3 download (\"Posted originally on the Archive of Our Own\")".to_string()
    });
    let limit = markers.first().copied().unwrap_or(doc.len());
    let body_from = head(doc, limit, page, allow_title);
    for &m in &markers {
        let t = doc.trimmed(m).to_string();
        doc.drop_line(m, &t);
    }
    let last = markers.last().copied().unwrap_or(body_from);
    if page {
        page_foot(doc, last.max(body_from));
    }
    trailing_furniture(doc);
    end_notes(doc, last.max(body_from));
    for i in body_from..doc.len() {
        if doc.taken[i] {
            continue;
        }
        let t = doc.trimmed(i).to_string();
        if is_see_end(&t) {
            doc.drop_line(i, &t);
        } else if section(&t).is_some() && doc.para_end(i) == i + 1 {
            // A chapter's own `Notes:` or `Summary:` between chapters: the notes stay in
            // the story, AO3's label does not.
            doc.drop_line(i, &t);
            doc.why(format!(
                "header: line {} `{t}` is AO3's label over a chapter's notes; the notes stay in the story",
                i + 1
            ));
        } else if is_chapter_heading(&t) && (i == 0 || doc.blank(i - 1)) && doc.para_end(i) == i + 1
        {
            if doc.next_text(body_from) == Some(i) && doc.out.lead_heading.is_none() {
                doc.take(i, i + 1);
                doc.out.lead_heading = Some(doc.para(i, i + 1));
            } else {
                doc.out.headings.push(i + 1);
            }
            doc.why(format!(
                "heading: line {} \"{t}\" is an AO3 chapter title",
                i + 1
            ));
        }
    }
    true
}

/// Reads the header above line `limit`; returns where the story text begins.
fn head(doc: &mut Doc, limit: usize, page: bool, allow_title: bool) -> usize {
    let mut i = 0;
    let mut title_seen = false;
    while let Some(k) = doc.next_text(i).filter(|&k| k < limit) {
        let t = doc.trimmed(k).to_string();
        if is_posted(&t) {
            // The link and the archive's name go into the metadata, the rest is dropped.
            let mut left = t.replacen("Archive of Our Own", "", 1);
            if let Some(url) = t.split_whitespace().find(|w| w.contains("://")) {
                let url = url.trim_end_matches(['.', ')']);
                doc.out.meta.url = Some(url.to_string());
                left = left.replacen(url, "", 1);
            }
            doc.out.meta.publisher = Some("Archive of Our Own".to_string());
            doc.drop_line(k, &left);
            i = k + 1;
        } else if page && is_page_top(&t) {
            doc.drop_line(k, &t);
            i = k + 1;
        } else if is_furniture(&t) || is_see_end(&t) {
            doc.drop_line(k, &t);
            i = k + 1;
            if !page && is_see_end(&t) {
                return i;
            }
        } else if let Some(s) = section_start(&t) {
            i = take_section(doc, k, s, limit, page);
        } else if is_chapter_heading(&t) {
            if !page {
                return k;
            }
            doc.take(k, k + 1);
            let p = doc.para(k, k + 1);
            doc.out.lead_heading.get_or_insert(p);
            doc.why(format!(
                "heading: line {} \"{t}\" is the AO3 chapter title",
                k + 1
            ));
            i = k + 1;
        } else if let Some(h) = read_field(doc, k).filter(|h| !h.field.is_words()) {
            i = h.to;
            file_hit(doc, &h, false, CategoryIs::Tag, true);
        } else if title_seen
            && doc.out.meta.author.is_none()
            && let Some(who) = byline(&t)
        {
            let who = who.to_string();
            doc.byline(k, &who);
            doc.why(format!("header: line {} names the author", k + 1));
            doc.out.meta.author = Some(who);
            i = k + 1;
        } else if doc.out.title.as_deref() == Some(t.as_str()) {
            doc.drop_line(k, &t);
            doc.why(format!("header: line {} repeats the title", k + 1));
            i = k + 1;
        } else if !title_seen
            && (doc.para_end(k) <= k + 2
                // A page copy runs the title, the author and `Summary:` together.
                || (page && k + 2 < limit && section(doc.trimmed(k + 2)).is_some()))
            && t.split_whitespace().count() <= 20
        {
            title_seen = true;
            doc.title_line(k, allow_title, "the work's title");
            i = k + 1;
            if let Some(b) = doc.next_text(i).filter(|&b| b < limit) {
                let bt = doc.trimmed(b).to_string();
                let named = byline(&bt).map(str::to_string).or_else(|| {
                    (page
                        && fields::labelled(&bt).is_none()
                        && section(&bt).is_none()
                        && bt.split_whitespace().count() <= 8)
                        .then(|| bt.clone())
                });
                if let Some(who) = named {
                    doc.byline(b, &who);
                    doc.why(format!("header: line {} names the author", b + 1));
                    doc.out.meta.author = Some(who);
                    i = b + 1;
                }
            }
        } else if page {
            let e = doc.para_end(k).min(limit);
            doc.preface_lines(k, e);
            i = e;
        } else {
            return k;
        }
    }
    if page { limit } else { i }
}

/// Takes a section (`Summary:`, `Notes:`) and the author's paragraphs under it: up to
/// the next section, a see-the-end line, a chapter title, a field or the text marker.
/// In a download, where nothing marks the story's start, a section with no such end
/// holds one paragraph.
fn take_section(doc: &mut Doc, k: usize, s: Section, limit: usize, page: bool) -> usize {
    let label = doc.trimmed(k).to_string();
    // `Summary: text` on one line: the text (and the lines wrapped under it) is the
    // first paragraph.
    let first_end = doc.para_end(k);
    let inline = (section(&label).is_none())
        .then(|| {
            let p = doc.para(k, first_end);
            let colon = p.text.find(':')?;
            Some((
                p.text[..colon].to_string(),
                p.text[colon + 1..].trim().to_string(),
            ))
        })
        .flatten();
    let body_from = if inline.is_some() { first_end } else { k + 1 };
    let stop = |doc: &Doc, m: usize| {
        let t = doc.trimmed(m);
        m >= limit
            || section_start(t).is_some()
            || is_see_end(t)
            || is_chapter_heading(t)
            || is_marker(t)
            || read_field(doc, m).is_some_and(|h| !h.field.is_words())
    };
    let mut end = body_from;
    let mut found_end = false;
    let mut m = body_from;
    while let Some(n) = doc.next_text(m) {
        if stop(doc, n) {
            found_end = n < doc.len();
            break;
        }
        m = doc.para_end(n);
        end = m;
    }
    if !page && !found_end {
        end = if inline.is_some() {
            body_from
        } else {
            doc.next_text(k + 1).map_or(k + 1, |n| doc.para_end(n))
        };
    }
    let mut paras = doc.paras(body_from, end);
    let label_text = match &inline {
        Some((l, v)) => {
            let mut p = doc.para(k, first_end);
            p.text = v.clone();
            paras.insert(0, p);
            l.clone()
        }
        None => label.clone(),
    };
    let end = end.max(body_from);
    doc.take(k, end);
    doc.dropped(k, &label_text);
    for p in paras {
        match s {
            Section::Summary => {
                doc.out.summary.push(p.clone());
                doc.out.preface.push(p);
            }
            Section::Notes => doc.out.preface.push(p),
            Section::End => doc.out.afterword.push(p),
        }
    }
    doc.why(format!(
        "header: line {} `{}` — the author's words under it go in the {}",
        k + 1,
        label_text,
        if s == Section::End {
            "afterword"
        } else {
            "preface"
        }
    ));
    end
}

/// Drops AO3's buttons and prompts at the end of a copied page or download.
fn trailing_furniture(doc: &mut Doc) {
    while let Some(k) = doc.prev_text(doc.len()) {
        let t = doc.trimmed(k).to_string();
        if !is_furniture(&t) {
            break;
        }
        doc.drop_line(k, &t);
    }
}

/// The foot of a copied page, after the story and its end notes: from the first two of
/// AO3's buttons on lines next to each other ("Actions", "↑ Top", "Kudos ♥") or the kudos line to the
/// end — buttons, kudos, the comment form, readers' comments and the site's footer.
fn page_foot(doc: &mut Doc, from: usize) {
    let mut i = from;
    let start = loop {
        let Some(k) = doc.next_text(i) else {
            return;
        };
        let t = doc.trimmed(k);
        let kudos = key(t).ends_with("left kudos on this work!");
        let button_row = is_furniture(t)
            && k + 1 < doc.len()
            && !doc.taken[k + 1]
            && is_furniture(doc.trimmed(k + 1));
        if kudos || button_row {
            break k;
        }
        i = k + 1;
    };
    doc.drop_page_foot(
        start,
        "the page's foot (buttons, kudos, comments, the site's footer)",
    );
}

/// The end notes after the story: from the first bare `Notes:` (`End Notes`,
/// `Afterword`) after the last text marker to the end → afterword, labels dropped.
fn end_notes(doc: &mut Doc, from: usize) {
    let Some(k) = (from..doc.len()).find(|&k| {
        !doc.taken[k]
            && section_start(doc.trimmed(k)).is_some_and(|s| s != Section::Summary)
            && (k == 0 || doc.blank(k - 1))
    }) else {
        return;
    };
    doc.why(format!(
        "afterword: line {} `{}` opens the work's end notes",
        k + 1,
        doc.trimmed(k)
    ));
    let mut i = k;
    while let Some(m) = doc.next_text(i) {
        let t = doc.trimmed(m).to_string();
        if section(&t).is_some() {
            doc.drop_line(m, &t);
            i = m + 1;
            continue;
        }
        // The paragraph ends at the page's foot where no blank line parts them.
        let end = doc.para_end(m);
        let e = (m..end).find(|&j| doc.taken[j]).unwrap_or(end);
        let mut p = doc.para(m, e);
        // `End Notes: Thank you…`: the label is AO3's, the rest the author's.
        if section(&t).is_none()
            && section_start(&t).is_some()
            && let Some(colon) = p.text.find(':')
        {
            doc.dropped(m, &p.text[..colon]);
            p.text = p.text[colon + 1..].trim().to_string();
        }
        doc.take(m, e);
        doc.out.afterword.push(p);
        i = e;
    }
}

#[cfg(test)]
mod key_tests {
    use super::*;

    #[test]
    fn short_keys_are_the_keys_of_lines_that_can_be_labels() {
        assert!(
            SECTIONS
                .iter()
                .all(|(l, _)| l.len() < SECTION_KEY.len() && SECTION_KEY.ends_with(':'))
        );
        // The decoration is read as `key` reads it, whatever its length.
        let deco = format!("{}Chapter End Notes:{}", "*".repeat(80), "_".repeat(80));
        assert_eq!(section(&deco), Some(Section::End));
        assert_eq!(section("CHAPTER END NOTES"), Some(Section::End));
        // Three bytes lowercased to one: the Kelvin sign.
        assert_eq!(
            short_key("\u{212A}UDOS", &["kudos"]).as_deref(),
            Some("kudos")
        );
        assert!(is_marker("** Work Text: **"));
        assert!(!is_marker(&"Work text ".repeat(4)));
    }
}
