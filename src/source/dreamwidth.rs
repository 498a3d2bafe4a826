//! Dreamwidth entries copied from the browser → the entry's field block and story, with
//! the journal's page around them dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the page's head over the entry's `Title:`
//! field block dropped (`Skip to Main Content`, the journal's name and menu, `Previous
//! Entry | Next Entry`, `Add Memory Share This Entry`, the subject line, the date, `NAME
//! posting in COMMUNITY`), the user icons' alt text (`[personal profile] `, `[community
//! profile] `) taken off the names wherever they stand, the entry's tags listed one a line
//! under `Tags:` read as the story's tags, and the page's foot under the entry dropped
//! (`Flat | Top-Level Comments Only`, `Page Summary` and its lines, `Powered by Dreamwidth
//! Studios`, `Style Credit`, `Expand Cut Tags`). The field block itself is read by
//! [`lj`](super::lj) and the mood and comment links by [`journal`](super::journal), as for
//! LiveJournal, which Dreamwidth forked. Only read when a line only Dreamwidth writes is
//! there (`Powered by Dreamwidth Studios`, the icons' alt text, `Add Memory Share This
//! Entry`), so a story that says "Skip to Main Content" keeps it.

use super::doc::Doc;
use super::fields;

/// The alt text of Dreamwidth's user and community icons, which a copy keeps before the
/// name.
const ICONS: &[&str] = &[
    "[personal profile] ",
    "[community profile] ",
    "[syndicated profile] ",
    "[openid profile] ",
];

/// Lines only a Dreamwidth page writes, lowercase.
const SURE: &[&str] = &[
    "powered by dreamwidth studios",
    "add memory share this entry",
    "flat | top-level comments only",
];

/// The page's lines under the entry, lowercase.
const FOOT: &[&str] = &[
    "flat | top-level comments only",
    "flat | threaded",
    "page summary",
    "powered by dreamwidth studios",
    "style credit",
    "expand cut tags",
    "no cut tags",
    "top of page",
];

/// The most lines a page's head holds over the entry's fields.
const HEAD_MOST: usize = 24;

/// Reads a Dreamwidth page around an entry. Returns whether it found one.
pub(crate) fn read(doc: &mut Doc) -> bool {
    let sure = (0..doc.len()).any(|i| {
        let l = doc.trimmed(i).to_lowercase();
        SURE.contains(&l.as_str()) || ICONS.iter().any(|m| l.contains(m.trim_end()))
    });
    if !sure {
        return false;
    }
    let icons = icons(doc);
    let head = head(doc);
    let comments = comments(doc);
    let foot = foot(doc);
    let tags = tags(doc);
    icons || head || comments || foot || tags
}

/// The comments under the entry: from the page's `Flat | Top-Level Comments Only` (or
/// `Flat | Threaded`) line down, all the page's (the readers' names, dates, comments and
/// `(Reply) (Thread) (Link)`), never the story's. Only below the entry's text.
fn comments(doc: &mut Doc) -> bool {
    let Some(text) = doc.next_text(0) else {
        return false;
    };
    let Some(k) = (doc.para_end(text)..doc.len()).find(|&k| {
        !doc.taken[k]
            && matches!(
                doc.lower(k).as_str(),
                "flat | top-level comments only" | "flat | threaded" | "threaded | flat"
            )
    }) else {
        return false;
    };
    doc.drop_lines(
        k,
        doc.len(),
        "the entry's comments and the page's foot, under its comment links",
    );
    true
}

/// The journal's owner, from the page's `NAME's Journal` line, when no field names the
/// author: a personal journal's entries are its owner's.
fn owner(doc: &Doc, lines: &[usize]) -> Option<String> {
    lines.iter().find_map(|&k| {
        let name = doc.trimmed(k).strip_suffix("'s Journal")?;
        (!name.is_empty() && !name.contains(' ')).then(|| name.to_string())
    })
}

/// Takes the icons' alt text off the names it stands before.
fn icons(doc: &mut Doc) -> bool {
    let mut found = Vec::new();
    for i in 0..doc.len() {
        if doc.taken[i] || !doc.lines[i].contains("profile] ") {
            continue;
        }
        for m in ICONS {
            if doc.lines[i].contains(m) {
                // The name's link ends before a possessive the markup set apart
                // (`carol_service 's`).
                let mut line = doc.lines[i].clone();
                while let Some(at) = line.find(m) {
                    line.replace_range(at..at + m.len(), "");
                    let name_end = line[at..]
                        .find(|c: char| c.is_whitespace())
                        .map_or(line.len(), |n| at + n);
                    if line[name_end..].starts_with(" 's") {
                        line.replace_range(name_end..name_end + 1, "");
                    }
                }
                doc.lines[i] = line;
                doc.dropped(i, m);
                found.push(i + 1);
            }
        }
    }
    found.dedup();
    if !found.is_empty() {
        let lines: Vec<String> = found.iter().map(usize::to_string).collect();
        doc.why(format!(
            "header: lines {} name users with Dreamwidth's icon text before the name (`[personal profile]`), which is left out",
            lines.join(", ")
        ));
    }
    !found.is_empty()
}

/// The page's head: short lines over the entry's first `Label:` field (a `Title:` among
/// the fields), with the page's own lines among them.
fn head(doc: &mut Doc) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    // The entry's `Title:` field, or its first field; the entry's tags over it
    // (`Entry tags:` over `fandom: …, fic`) are the page's.
    let range = first..doc.len().min(first + HEAD_MOST);
    let field = |k: usize| {
        (!doc.blank(k))
            .then(|| fields::labelled(&doc.lines[k]))
            .flatten()
    };
    let Some(fields_at) = range
        .clone()
        .find(|&k| field(k).is_some_and(|l| l.field == fields::Field::Title))
        .or_else(|| range.clone().find(|&k| field(k).is_some()))
    else {
        return false;
    };
    let above: Vec<usize> = (first..fields_at).filter(|&k| !doc.blank(k)).collect();
    let short = |t: &str| t.split_whitespace().count() <= 12 && !t.ends_with(['.', '!', '?']);
    let page = above.iter().any(|&k| {
        let l = doc.trimmed(k).to_lowercase();
        l == "skip to main content"
            || l == "previous entry | next entry"
            || l == "entry tags:"
            || SURE.contains(&l.as_str())
            || l.contains(" posting in ")
    });
    let titled = doc.trimmed(fields_at).to_lowercase().starts_with("title:");
    if above.is_empty() || !page || !titled || !above.iter().all(|&k| short(doc.trimmed(k))) {
        return false;
    }
    let owner = owner(doc, &above);
    for &k in &above {
        let t = doc.trimmed(k).to_string();
        doc.drop_line(k, &t);
    }
    if let Some(who) = owner
        && doc.out.meta.author.is_none()
        && !(fields_at..doc.para_end(fields_at)).any(|k| {
            fields::labelled(&doc.lines[k]).is_some_and(|l| l.field == fields::Field::Author)
        })
    {
        doc.why(format!("byline: the journal's owner, {who}, is the author"));
        doc.out.meta.author = Some(who);
    }
    doc.why(format!(
        "header: lines {}–{} are a Dreamwidth page's head (its menu, the entry's subject, date and poster) over the entry's own fields, so they are left out",
        first + 1,
        fields_at
    ));
    true
}

/// The page's foot, walking back from the end: its lines (`Flat | Top-Level Comments
/// Only`, `Page Summary`, `Powered by Dreamwidth Studios`, `Style Credit`, `Expand Cut
/// Tags`), the page summary's lines (`moth - (no subject)`) and the style's credit
/// (`Style: …`), with `Powered by Dreamwidth Studios` among them.
fn foot(doc: &mut Doc) -> bool {
    doc.drop_foot(
        "a Dreamwidth page's foot (comment links, page summary, style credit), so they are left out",
        |d, k| {
            let l = d.trimmed(k).to_lowercase();
            let summary = l.ends_with(')') && l.contains(" - (") && l.split_whitespace().count() <= 12;
            // The page's own lines: "Previous Entry | Next Entry", "Page 1 of 1",
            // "<<[1] >>", "Page generated …" (the entry's comment links and "Flag" are
            // the journal's foot, see `journal`).
            let links = l.contains(" | ")
                && l.split(" | ").all(|p| {
                    let p = p.trim();
                    matches!(p, "previous entry" | "next entry")
                });
            let pages = (l.starts_with("page ") && l.contains(" of ") && l.split_whitespace().count() <= 4)
                || l.starts_with("<<")
                || l.starts_with("page generated ");
            (FOOT.contains(&l.as_str())
                || summary
                || links
                || pages
                || l.starts_with("style: "))
                .then_some(l == "powered by dreamwidth studios")
        },
    )
}

/// The entry's tags as the page lists them, `Tags:` alone over one tag a line (each but
/// the last ending in a comma), near the end: taken as the story's tags (`fandom: x`
/// keeps its value).
fn tags(doc: &mut Doc) -> bool {
    let Some(label) = (0..doc.len())
        .rev()
        .find(|&k| !doc.taken[k] && doc.trimmed(k).eq_ignore_ascii_case("tags:"))
    else {
        return false;
    };
    let mut items = Vec::new();
    let mut bulleted = false;
    let mut k = label + 1;
    // One a line with no commas, right over the entry's comment links ("Link | Leave a
    // comment | 6 comments").
    let run_end = doc.para_end(label);
    let over_links = doc
        .next_text(run_end)
        .is_some_and(|n| doc.lower(n).contains(" | ") && doc.lower(n).contains("comment"));
    let short = |t: &str| t.split_whitespace().count() <= 6 && !t.ends_with(['.', '!', '?']);
    let run =
        over_links && run_end > label + 1 && (label + 1..run_end).all(|n| short(doc.trimmed(n)));
    if run {
        items.extend(label + 1..run_end);
        k = run_end;
    }
    while let Some(n) = doc.next_text(k).filter(|&n| n <= k + 1 && !run) {
        let t = doc.trimmed(n);
        if t.split_whitespace().count() > 6 || t.ends_with(['.', '!', '?']) {
            break;
        }
        // One a line as a list copies them ("* fest: 2025"), or run on with commas.
        let bullet = t.starts_with(['*', '-', '•']);
        if bulleted && !bullet {
            break;
        }
        bulleted = bullet;
        items.push(n);
        k = n + 1;
        if !t.ends_with(',') && !bullet {
            break;
        }
    }
    let closed = items
        .last()
        .is_some_and(|&n| !doc.trimmed(n).ends_with(','));
    if items.is_empty() || !closed {
        return false;
    }
    doc.drop_line(label, "Tags:");
    for &n in &items {
        let t = doc.trimmed(n).to_string();
        doc.drop_line(n, &t);
        let tag = t
            .trim_start_matches(['*', '-', '•'])
            .trim_start()
            .trim_end_matches(',');
        let tag = tag.rsplit(": ").next().unwrap_or(tag).trim().to_string();
        if !tag.is_empty() && !doc.out.meta.tags.contains(&tag) {
            doc.out.meta.tags.push(tag);
        }
    }
    doc.why(format!(
        "header: lines {}–{} are the entry's tags, one a line, kept as the story's tags",
        label + 1,
        items[items.len() - 1] + 1
    ));
    true
}

#[cfg(test)]
mod tests;
