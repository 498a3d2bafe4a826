//! Archive of Our Own, header: the lines above the story text → the work's fields, title
//! and byline, and the summary and notes under their section labels.

use super::vocabulary::{
    Section, is_chapter_heading, is_furniture, is_marker, is_page_top, is_posted, is_quoted,
    is_see_end, section, section_start,
};
use crate::source::bylines::byline;
use crate::source::doc::{Doc, file_hit, read_field};
use crate::source::fields::{self, CategoryIs};

/// Reads the header above line `limit`; returns where the story text begins.
pub(super) fn head(doc: &mut Doc, limit: usize, page: bool, allow_title: bool) -> usize {
    let mut i = 0;
    let mut title_seen = false;
    while let Some(k) = doc.next_text(i).filter(|&k| k < limit) {
        let t = doc.trimmed(k).to_string();
        // A gift work's page sets "for NAME" under the byline, two lines under a title.
        let gift = k + 2 < limit && gift_line(doc.trimmed(k + 2));
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
        } else if doc.out.title.as_deref() == Some(crate::source::parts::atx(&t).unwrap_or(&t)) {
            doc.drop_line(k, &t);
            doc.why(format!("header: line {} repeats the title", k + 1));
            i = k + 1;
        } else if !title_seen
            && (doc.para_end(k) <= k + 2
                // A gift work's page sets "for NAME" under the byline.
                || (doc.para_end(k) == k + 3 && gift)
                // A page copy runs the title, the author and `Summary:` together, or (a
                // reader view's copy) the title, the author and the tag list; under a gift
                // work's "for NAME" line, one line further down.
                || (page && {
                    let under = k + 2 + usize::from(gift);
                    under < limit
                        && (section(doc.trimmed(under)).is_some()
                            || read_field(doc, under).is_some_and(|h| !h.field.is_words()))
                }))
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
                    if b + 1 < limit && gift_line(doc.trimmed(b + 1)) {
                        let g = doc.trimmed(b + 1).to_string();
                        doc.drop_line(b + 1, &g);
                        doc.why(format!(
                            "header: line {} \"{g}\" names the work's gift recipient",
                            b + 2
                        ));
                        i = b + 2;
                    }
                }
            }
        } else if !title_seen
            && k + 1 < limit
            && is_posted(doc.trimmed(k + 1))
            && t.split_whitespace().count() <= 20
        {
            // A download's message sets the work's title in bold over the posted line.
            title_seen = true;
            doc.title_line(k, allow_title, "the work's title over AO3's posted line");
            i = k + 1;
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

/// Whether `t` is AO3's gift line under a byline: `for NAME` (one or two names).
fn gift_line(t: &str) -> bool {
    t.strip_prefix("for ").is_some_and(|n| {
        let words = n.split_whitespace().count();
        (1..=4).contains(&words) && !n.ends_with(['.', '!', '?', ','])
    })
}

/// The most paragraphs a section of a download runs to before the next section or the
/// story's first chapter heading.
const DOWNLOAD_SECTION_PARAS: usize = 6;

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
    let mut paras_seen = 0;
    let mut dialogue = false;
    while let Some(n) = doc.next_text(m) {
        if stop(doc, n) {
            // In a download, a stop far down is the story's own ("Notes:" over a
            // notebook's lines): a section is a few paragraphs, not the story.
            // Dialogue between says the same.
            found_end =
                n < doc.len() && (page || (paras_seen <= DOWNLOAD_SECTION_PARAS && !dialogue));
            break;
        }
        dialogue |= doc
            .trimmed(n)
            .starts_with(['"', '\u{201c}', '\u{201e}', '\u{ab}', '\u{2014}']);
        let para_end = doc.para_end(n).min(limit.max(n + 1));
        // A reader view's copy sets no blank line between the sections: a stop inside
        // the paragraph ends the section there.
        if page && let Some(j) = (n + 1..para_end).find(|&j| stop(doc, j)) {
            end = j;
            found_end = true;
            break;
        }
        m = para_end;
        end = m;
        paras_seen += 1;
    }
    // A download quotes the author's words as AO3's page does, indented: the section is
    // its indented paragraphs, and the story starts at the first flush-left one (a
    // second paragraph of notes had been read as the story's first).
    let quoted = |doc: &Doc, n: usize| is_quoted(&doc.lines[n]);
    if !page
        && inline.is_none()
        && let Some(first) = doc
            .next_text(body_from)
            .filter(|&n| n < limit && quoted(doc, n))
    {
        end = doc.para_end(first);
        while let Some(n) = doc
            .next_text(end)
            .filter(|&n| quoted(doc, n) && !stop(doc, n))
        {
            end = doc.para_end(n).min(limit.max(n + 1));
        }
        found_end = true;
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
