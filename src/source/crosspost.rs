//! Crosspost lines: "Crossposted to AO3", "Also on AO3: <url>" at the very start or end
//! of a story → dropped, the link kept.
//!
//! Input: a story file as [`Doc`] lines. Output: the lines that only say where else the
//! story is posted left out, a URL among them filed as the story's link.

use super::doc::Doc;

/// Openings that can only mean the story is posted elsewhere too.
const CROSSPOST: &[&str] = &[
    "crossposted",
    "cross-posted",
    "cross posted",
    "x-posted",
    "xposted",
];

/// Openings that mean it only when a site or a link follows ("Also on the table was a
/// letter." is story).
const ALSO: &[&str] = &[
    "also posted",
    "also on ",
    "also available",
    "also at ",
    "originally posted",
    "posted originally",
    "mirrored at",
    "mirrored on",
];

/// Sites stories are crossposted to, as people name them.
const SITES: &[&str] = &[
    "ao3",
    "archive of our own",
    "archiveofourown",
    "ffn",
    "ff.net",
    "fanfiction.net",
    "fanfiction dot net",
    "tumblr",
    "livejournal",
    "lj",
    "dreamwidth",
    "dw",
    "wattpad",
    "pillowfort",
    "my journal",
    "my blog",
    "wordpress",
    "quotev",
    "royal road",
    "spacebattles",
    "sufficient velocity",
];

/// Whether a short paragraph only says where else the story is posted.
pub(crate) fn is_crosspost(text: &str) -> bool {
    let t = text
        .trim()
        .trim_start_matches(['(', '[', '*', '_', '~'])
        .to_lowercase()
        .replace('’', "'");
    if t.split_whitespace().count() > 25 {
        return false;
    }
    let words: Vec<&str> = t
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .filter(|w| !w.is_empty())
        .collect();
    let names_site = t.contains("://")
        || SITES.iter().any(|s| {
            if s.contains(' ') || s.contains('.') {
                t.contains(s)
            } else {
                words.iter().any(|w| w.trim_end_matches('.') == *s)
            }
        });
    CROSSPOST.iter().any(|c| t.starts_with(c))
        || (names_site && ALSO.iter().any(|c| t.starts_with(c)))
}

/// Drops crosspost lines ("Crossposted to AO3", "Also on AO3: <url>") at the very end
/// or start of the story; a URL among them becomes the story's link.
pub(crate) fn crossposts(doc: &mut Doc) {
    let mut found = Vec::new();
    let mut end = doc.len();
    while let Some(k) = doc.prev_text(end) {
        let from = (0..=k)
            .rev()
            .find(|&i| i == 0 || doc.blank(i - 1) || doc.taken[i - 1])
            .unwrap_or(k);
        let p = doc.para(from, k + 1);
        if !is_crosspost(&p.text) {
            break;
        }
        found.push((from, k + 1, p));
        end = from;
    }
    if let Some(k) = doc.next_text(0) {
        let e = doc.para_end(k);
        let p = doc.para(k, e);
        if is_crosspost(&p.text) && found.iter().all(|f| f.0 != k) {
            found.push((k, e, p));
        }
    }
    for (from, to, p) in found {
        doc.take(from, to);
        let mut left = p.text.clone();
        if let Some(url) = p.text.split_whitespace().find(|w| w.contains("://")) {
            let url = url.trim_end_matches([')', ']', '.', ',']);
            if doc.out.meta.url.is_none() {
                doc.out.meta.url = Some(url.to_string());
                left = left.replacen(url, "", 1);
            }
        }
        doc.dropped(from, &left);
        doc.why(format!(
            "header: line {} only says where else the story is posted, so it is left out",
            from + 1
        ));
    }
}
