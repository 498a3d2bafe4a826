//! Jinjiang (晋江文学城, jjwxc.net) chapter pages copied from the browser → the chapter,
//! with the site's lines dropped and its author's-note box read as a note.
//!
//! Input: a story file as [`Doc`] lines. Output: the page's head, one block at the top,
//! read: the site's menu (`晋江文学城`, `手机版`, `网站首页`, the channels), the breadcrumb
//! (`首页 >> 短篇 >> 灯塔邮局`), the chapter buttons (`上一章 | 返回目录 | 下一章`), the
//! chapter's number (`第1章`), the title over `作者：NAME` (title and author), the
//! buttons (`[ 收藏此章节 ] [ 投诉 ] [ 下载 ]`, `文章收藏`) and the date and length line
//! (`发表时间：2023-12-01 20:00:00　　本章字数：1437`, the date kept); the bookmark button
//! (`插入书签`) where it stands alone; the author's-note box after the chapter (`作者有话要说：…`)
//! as the afterword; and the page's foot (the buttons again, `霸王票`, `营养液`, `您的位置：…`,
//! the copyright line, the site's links) dropped. Needs the site's name in the head or
//! the foot and the chapter buttons, lines only the site writes, so a story that names
//! 晋江 keeps every word.

use super::doc::Doc;

/// The site's name, which its menu, copyright line and breadcrumb carry.
const SITE: &str = "晋江文学城";

/// The label of the site's author's-note box.
const NOTE_BOX: &str = "作者有话要说";

/// Lines the page sets under the chapter, alone on a line.
const FOOT: &[&str] = &[
    "插入书签",
    "霸王票",
    "营养液",
    "文章收藏",
    "收藏此文章",
    "投诉",
];

/// Whether `t` is a line of the site's buttons: `上一章 | 返回目录 | 下一章`, or bracketed
/// buttons (`[ 收藏此章节 ] [ 投诉 ] [ 下载 ]`).
fn is_buttons(t: &str) -> bool {
    let parts: Vec<&str> = t
        .split(['|', '｜'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let nav = parts.len() >= 2
        && parts.iter().all(|p| {
            matches!(
                *p,
                "上一章" | "下一章" | "返回目录" | "目录" | "下一页" | "上一页"
            )
        });
    let bracketed = t.starts_with('[')
        && t.ends_with(']')
        && t.split(']').filter(|s| !s.trim().is_empty()).all(|s| {
            let s = s.trim().trim_start_matches('[').trim();
            s.chars().count() <= 6 && !s.is_empty()
        });
    nav || bracketed
}

/// Whether `t` is one of the page's own lines at its foot.
fn is_foot(t: &str) -> bool {
    let t = t.trim();
    FOOT.contains(&t)
        || is_buttons(t)
        || (t.contains(SITE)
            && (t.starts_with("您的位置") || t.contains("版权") || t.contains("联系我们")))
}

/// The date in the page's `发表时间：DATE TIME　　本章字数：N` line.
fn posted(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("发表时间：")?;
    rest.split_whitespace().next()
}

/// Reads a Jinjiang chapter page. Returns whether it found one.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let end = doc.para_end(first);
    let named = (first..end).any(|k| doc.trimmed(k) == SITE)
        || (0..doc.len())
            .rev()
            .take(12)
            .any(|k| is_foot(doc.trimmed(k)) && doc.trimmed(k).contains(SITE));
    let Some(by) = (first..end).find(|&k| doc.trimmed(k).starts_with("作者：")) else {
        return false;
    };
    if !named || by == first || !(first..end).any(|k| is_buttons(doc.trimmed(k))) {
        return false;
    }
    let who = doc.trimmed(by)["作者：".len()..].trim().to_string();
    let title_at = by - 1;
    if who.is_empty() || doc.trimmed(title_at).chars().count() > 40 {
        return false;
    }
    for k in first..end {
        if k == title_at {
            doc.title_line(
                k,
                allow_title,
                "the chapter page's title, over its `作者：` line",
            );
        } else if k == by {
            doc.byline(k, &who);
        } else {
            let t = doc.trimmed(k).to_string();
            if let Some(date) = posted(&t) {
                doc.out.meta.published.get_or_insert(date.to_string());
            }
            doc.drop_line(k, &t);
        }
    }
    doc.out.meta.author.get_or_insert(who);
    doc.why(format!(
        "header: lines {}–{end} are a Jinjiang (晋江文学城) chapter page's head (the site's menu, breadcrumb, chapter buttons, number, title, author and date)",
        first + 1
    ));
    // The bookmark button, alone on its line, wherever the copy left it.
    for k in end..doc.len() {
        if !doc.taken[k] && doc.trimmed(k) == "插入书签" {
            doc.drop_line(k, "插入书签");
        }
    }
    doc.drop_foot(
        "a Jinjiang chapter page's foot (buttons, votes, breadcrumb, copyright), so they are left out",
        |d, k| is_foot(d.trimmed(k)).then(|| d.trimmed(k).contains(SITE) || is_buttons(d.trimmed(k))),
    );
    note_box(doc);
    true
}

/// The site's author's-note box after the chapter: the last paragraph, opening with
/// `作者有话要说：`, is the afterword.
fn note_box(doc: &mut Doc) {
    let Some(last) = doc.prev_text(doc.len()) else {
        return;
    };
    let mut start = last;
    while start > 0 && !doc.blank(start - 1) && !doc.taken[start - 1] {
        start -= 1;
    }
    if !doc.trimmed(start).starts_with(NOTE_BOX) || doc.prev_text(start).is_none() {
        return;
    }
    doc.afterword_lines(start, last + 1);
    doc.why(format!(
        "header: line {} is the page's author's-note box (`{NOTE_BOX}：`) after the chapter, the note after the story",
        start + 1
    ));
}

#[cfg(test)]
mod tests;
