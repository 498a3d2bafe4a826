//! Wattpad pastes: a story part copied from the page → the story, with the site's own
//! lines dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the part's title, the user's name and
//! the counts ("3,4K Reads · 281 Votes · 1 Part", or bare numbers a line) read; on a
//! whole page copied, the page's head (the story's title, "Follow", the counts, "Story
//! by NAME", "Embed story", "Report this story"…) down to the part's `by NAME`, the
//! comment counts the page sets under paragraphs, and its foot (the buttons "Vote ·
//! Comment · Share", "Continue reading next part", "You'll also like" with the stories
//! it recommends, "Write a comment…" and the comments) dropped. Every rule needs lines
//! only the site writes, so a story that ends "Vote." keeps it.

use super::doc::Doc;
use super::parts::is_title_line;
use super::social::{is_count, is_count_of, is_user_name};

/// Wattpad's buttons under a part ("Vote · Comment · Share"), in its languages.
pub(super) const WATTPAD_BUTTONS: &[&str] = &[
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
    "komentar",
    "bagikan",
    // Turkish ("vote", "comment", "share").
    "oy ver",
    "yorum",
    "yorum yap",
    "paylaş",
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
    "continuar leyendo en la siguiente parte",
    "lanjutkan membaca bagian selanjutnya",
    // Turkish ("next part", as the page writes its next-part link).
    "sonraki bölüm",
    "sonraki bölüme geç",
];

/// Lines only Wattpad's story page writes, lowercase.
const PAGE_LINES: &[&str] = &[
    "embed story",
    "share via email",
    "report this story",
    "you'll also like",
    "you\u{2019}ll also like",
    "write a comment...",
    "write a comment\u{2026}",
    "también te puede gustar",
    "você também vai gostar",
    "kamu juga akan menyukai",
    "potrebbe piacerti anche",
    "vous aimerez aussi",
];

/// How far down the page its head may reach.
const HEAD_LINES: usize = 60;

/// The most words a line of the page's head holds (a story's or part's title, "Ongoing -
/// Updated Mar 02"); a longer line is the part's text.
const MAX_HEAD_WORDS: usize = 12;

/// Reads the site lines of a Wattpad paste. Returns whether it found any.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let page = page(doc, allow_title) || menu_page::read(doc, allow_title);
    let top = page
        || wattpad_head(doc, allow_title)
        || wattpad_part_head(doc, allow_title)
        || wattpad_story_head(doc, allow_title);
    let foot = foot(doc);
    top || foot
}

/// Whether lowercase `l` is one of the lines only the page writes ([`PAGE_LINES`], the
/// next-part link).
pub(super) fn is_page_line(l: &str) -> bool {
    PAGE_LINES.contains(&l) || NEXT_PART.contains(&l)
}

/// The most bytes a line only Wattpad's page writes holds (the longest, a next-part link
/// in Portuguese or Indonesian, or `Story by` with a long name, is under 80).
pub(super) const SIGN_BYTES: usize = 120;

/// How many of the lines only the page writes ([`PAGE_LINES`], the next-part link,
/// `Story by NAME`) the file holds, each counted once.
fn page_signs(doc: &Doc) -> usize {
    // Each such line is short: a longer one (a paragraph) is not lowercased to be compared.
    let mut seen: Vec<String> = (0..doc.len())
        .filter(|&i| doc.trimmed(i).len() <= SIGN_BYTES)
        .map(|i| doc.lower(i))
        .filter(|l| is_page_line(l) || l.strip_prefix("story by ").is_some_and(is_user_name))
        .collect();
    seen.sort();
    seen.dedup();
    seen.len()
}

/// A whole part's page copied: its head down to the part's `by NAME` (every line above
/// it short, none a sentence), the comment counts under paragraphs and the foot. Needs
/// two lines only the page writes.
fn page(doc: &mut Doc, allow_title: bool) -> bool {
    if page_signs(doc) < 2 {
        return false;
    }
    let mut by = None;
    for i in 0..doc.len().min(HEAD_LINES) {
        if doc.blank(i) {
            continue;
        }
        let t = doc.trimmed(i);
        if let Some(who) = t.strip_prefix("by ").filter(|w| is_user_name(w)) {
            by = Some((i, who.to_string()));
        } else if t.split_whitespace().count() > MAX_HEAD_WORDS || t.ends_with(['.', '!', '?']) {
            break;
        }
    }
    let (Some((b, who)), Some(top)) = (by, doc.next_text(0)) else {
        return false;
    };
    // The site's menu ("Wattpad", "Browse", "Log in"…), copied too, stands above the
    // story's title.
    let mut first = top;
    while first < b && menu_page::is_menu(&doc.lower(first)) {
        first = doc.next_text(first + 1).unwrap_or(b);
    }
    if first == b {
        return false;
    }
    if first > top {
        doc.drop_span(top, first);
        doc.why(format!(
            "header: lines {}–{first} are Wattpad's menu, above the story's title",
            top + 1
        ));
    }
    doc.title_line(first, allow_title, "the story's title atop Wattpad's page");
    doc.drop_span(first + 1, b);
    doc.byline(b, &who);
    doc.out.meta.author.get_or_insert(who);
    doc.why(format!(
        "header: lines {}–{} are Wattpad's page head (the story's title, its user, counts \
         and buttons, down to the part's byline)",
        first + 1,
        b + 1
    ));
    comment_counts(doc, b + 1);
    page_foot(doc, b + 1);
    true
}

/// The comment counts a page copied sets under paragraphs: a bare number (`14`,
/// `1.2K`) alone between blank lines, under a paragraph that is not one.
fn comment_counts(doc: &mut Doc, from: usize) {
    let counts: Vec<usize> = (from..doc.len())
        .filter(|&i| {
            let alone = doc.blank(i - 1) && (i + 1 == doc.len() || doc.blank(i + 1));
            let above = doc.prev_text(i).is_some_and(|p| !is_count(doc.trimmed(p)));
            let t = doc.trimmed(i);
            !doc.taken[i] && alone && above && is_count(t) && !t.contains(',') && t.len() <= 6
        })
        .collect();
    for &i in &counts {
        let t = doc.trimmed(i).to_string();
        doc.drop_line(i, &t);
    }
    let n = counts.len();
    if n > 0 {
        doc.why(format!(
            "header: {n} bare number(s) under paragraphs are the comment counts Wattpad's page shows, left out"
        ));
    }
}

/// The page's foot: from the buttons under the part ("Vote", "Comment", "Share", one a
/// line or on one) to the end, when a line only the page writes follows them.
fn page_foot(doc: &mut Doc, from: usize) {
    let button = |d: &Doc, i: usize| {
        WATTPAD_BUTTONS.contains(&d.lower(i).as_str()) || is_wattpad_buttons(d.trimmed(i))
    };
    let site = |d: &Doc, i: usize| is_page_line(&d.lower(i));
    let Some(k) = (from..doc.len()).find(|&k| {
        !doc.taken[k]
            && button(doc, k)
            && (k..doc.len())
                .filter(|&j| !doc.blank(j))
                .take_while(|&j| button(doc, j) || site(doc, j))
                .any(|j| site(doc, j))
    }) else {
        return;
    };
    doc.drop_page_foot(
        k,
        "Wattpad's foot (its buttons, the next part, the stories it recommends, comments)",
    );
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

/// The words Wattpad sets beside a story's counts ("Reads 10.4K", "1.1K Votes"), in
/// its languages, lowercase.
const COUNT_WORDS: &[&str] = &[
    "reads", "votes", "parts", "part", "comments", "leituras", "votos", "partes", "lecturas",
    "letture", "voti", "parti", "lectures", "parties", "gelesen", "stimmen", "teile",
];

/// A count as Wattpad's head shows it: a bare number (`10.4K`) or one with its word
/// (`Reads 10.4K`, `12 Parts`). Returns whether the word was there.
fn head_count(t: &str) -> Option<bool> {
    if is_count(t) {
        return Some(false);
    }
    match t.split_whitespace().collect::<Vec<_>>()[..] {
        [a, b]
            if (is_count(a) && COUNT_WORDS.contains(&b.to_lowercase().as_str()))
                || (is_count(b) && COUNT_WORDS.contains(&a.to_lowercase().as_str())) =>
        {
            Some(true)
        }
        _ => None,
    }
}

/// Wattpad's head as a select-all of a part's page gives it with the story's details
/// on top: the story's title and `by NAME`, its counts one a line ("Reads 10.4K",
/// "Votes 1.1K", "Parts 12"), then the part's title and its own counts as bare numbers.
/// The title and byline are the story's; the part's title is the chapter's first
/// heading. Needs three counts, one of them with its word, so a story whose first
/// lines hold numbers keeps them.
fn wattpad_story_head(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let Some(b) = doc.next_text(first + 1) else {
        return false;
    };
    let Some(who) = doc
        .trimmed(b)
        .strip_prefix("by ")
        .filter(|w| is_user_name(w))
        .map(str::to_string)
    else {
        return false;
    };
    if !is_title_line(&doc.para(first, first + 1)) {
        return false;
    }
    let (mut counts, mut worded, mut part) = (Vec::new(), false, None);
    let mut i = b + 1;
    while let Some(k) = doc.next_text(i).filter(|&k| k < HEAD_LINES) {
        let t = doc.trimmed(k);
        if let Some(w) = head_count(t) {
            counts.push(k);
            worded |= w;
        } else if part.is_none()
            && !counts.is_empty()
            && t.split_whitespace().count() <= MAX_HEAD_WORDS
            && !t.ends_with(['.', '!', '?'])
            && doc
                .next_text(k + 1)
                .is_some_and(|n| head_count(doc.trimmed(n)).is_some())
        {
            part = Some(k);
        } else {
            break;
        }
        i = k + 1;
    }
    if counts.len() < 3 || !worded {
        return false;
    }
    doc.title_line(
        first,
        allow_title,
        "the story's title over its Wattpad byline",
    );
    doc.byline(b, &who);
    doc.out.meta.author.get_or_insert(who);
    for &k in &counts {
        let t = doc.trimmed(k).to_string();
        doc.drop_line(k, &t);
    }
    doc.why(format!(
        "header: lines {}–{} are Wattpad's counts (reads, votes, parts, comments), left out",
        counts[0] + 1,
        counts[counts.len() - 1] + 1
    ));
    if let Some(k) = part {
        doc.take(k, k + 1);
        doc.out.lead_heading.get_or_insert(doc.para(k, k + 1));
        doc.why(format!(
            "heading: line {} is the Wattpad part's title",
            k + 1
        ));
    }
    true
}

/// The site's lines at the very end of a part pasted: its buttons and next-part link,
/// with at least one line only the site writes.
fn foot(doc: &mut Doc) -> bool {
    doc.drop_foot(
        "the site's own (tags, note counts, buttons, a link to the \
         next part), so they are left out",
        |doc, k| {
            let t = doc.trimmed(k);
            let lower = t.to_lowercase();
            let sure = is_wattpad_buttons(t) || NEXT_PART.contains(&lower.as_str());
            // The comment box's prompt and count ("Add a comment", "37 comments").
            let comments = lower == "add a comment"
                || lower == "write a comment"
                || is_count_of(&lower, &["comments", "comment"]);
            let button = WATTPAD_BUTTONS.contains(&lower.as_str()) || comments;
            // The next part's title, the link's words, as the file's last line under
            // the next-part link.
            let next_title = doc.next_text(k + 1).is_none()
                && doc
                    .prev_text(k)
                    .is_some_and(|p| NEXT_PART.contains(&doc.lower(p).as_str()))
                && t.split_whitespace().count() <= MAX_HEAD_WORDS
                && !t.ends_with(['.', '!', '?']);
            (sure || button || next_title).then_some(sure)
        },
    )
}

mod menu_page;

#[cfg(test)]
mod tests;
