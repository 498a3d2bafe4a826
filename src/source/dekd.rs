//! Dek-D (Thailand's web-novel site) chapter pages copied from the browser → the story,
//! with the site's lines read or dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the page's head — `Dek-D.com` and its
//! menu, the story's title, the chapter's heading (`ตอนที่ 5 : …`), the page's own title
//! line (`นิยาย … | Dek-D.com - Writer`), the byline `โดย NAME` ("by"), the update line
//! (`อัปเดตล่าสุด …`), the counts (total and this month's readers, comments, favourites,
//! each over its number) and the share buttons — read (title, author) and dropped, the
//! chapter's heading repeated over the text dropped too; and its foot — from the
//! "cheer the writer on" box (`เป็นกำลังใจให้นักเขียน`) or the comments (`ความคิดเห็น`)
//! under the writer's talk (`ทอล์ก`, the closing note) to the end — dropped. Needs
//! `Dek-D.com` atop the page and the `โดย` byline: lines only the site writes together.

use super::bylines::is_name;
use super::doc::Doc;

/// How far down the page the byline may stand.
const HEAD_LINES: usize = 16;
/// How far under the byline the counts and buttons may run.
const COUNTS_LINES: usize = 24;

/// Lines of the head under the byline: the counts' captions and the share buttons
/// ("total readers", "readers this month", "comments", "favourites", "share the novel").
const HEAD_WORDS: &[&str] = &[
    "ผู้เข้าชมรวม",
    "ผู้เข้าชมเดือนนี้",
    "ความคิดเห็น",
    "เฟบ",
    "แชร์นิยาย",
    "share",
];

/// Lines that open the page's foot: "cheer the writer on", "send encouragement",
/// "previous chapter", "back to top".
const FOOT: &[&str] = &["เป็นกำลังใจให้นักเขียน", "ส่งกำลังใจ", "< ตอนก่อนหน้า", "กลับสู่ด้านบน"];

/// Reads a Dek-D page copy; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    if doc.lower(first) != "dek-d.com" {
        return false;
    }
    let top = doc.len().min(first + HEAD_LINES);
    let Some((by, who)) = (first + 1..top).find_map(|i| {
        let who = doc.trimmed(i).strip_prefix("โดย ")?.trim();
        is_name(who).then(|| (i, who.to_string()))
    }) else {
        return false;
    };
    // The story's title: the first line under the menu that stands alone (the menu's
    // lines run on one under the other from the site's name).
    let menu_end = doc.para_end(first);
    let Some(title) = doc.next_text(menu_end).filter(|&t| t < by) else {
        return false;
    };
    // The chapter's heading under the title, to find again over the text.
    let heading = doc
        .next_text(title + 1)
        .filter(|&h| h < by && doc.trimmed(h).starts_with("ตอนที่"))
        .map(|h| doc.trimmed(h).to_string());
    doc.drop_span(0, title);
    doc.title_line(title, allow_title, "the story's title on its Dek-D page");
    doc.drop_span(title + 1, by);
    doc.byline(by, &who);
    doc.out.meta.author.get_or_insert(who);
    // The update line, the counts and the share buttons.
    let mut k = by + 1;
    while let Some(n) = doc.next_text(k).filter(|&n| n < by + COUNTS_LINES) {
        let l = doc.lower(n);
        let count = l
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k' | 'm'));
        if !(l.starts_with("อัปเดต") || count || HEAD_WORDS.contains(&l.as_str())) {
            break;
        }
        doc.drop_span(n, n + 1);
        k = n + 1;
    }
    if let Some(h) = heading.and_then(|h| doc.next_text(k).filter(|&n| doc.trimmed(n) == h)) {
        doc.drop_span(h, h + 1);
        k = h + 1;
    }
    doc.why(format!(
        "header: lines 1–{k} are a Dek-D page's head (the site's menu, title, the \
         chapter's heading, byline, update line, counts, share buttons)"
    ));
    if let Some(f) =
        (k..doc.len()).find(|&i| !doc.taken[i] && FOOT.contains(&doc.lower(i).as_str()))
    {
        doc.drop_page_foot(
            f,
            "a Dek-D page's foot (the writer's encouragement box, comments, chapter links)",
        );
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Dek-D.com\nนิยาย\nเข้าสู่ระบบ\n\nร้านซ่อมนาฬิกา\n\nตอนที่ 5 : เข็มวินาที\n\nนิยาย ร้านซ่อมนาฬิกา ตอนที่ 5 | Dek-D.com - Writer\n\nโดย ฟ้าหลังฝน\n\nอัปเดตล่าสุด 14 ม.ค. 67\n\nผู้เข้าชมรวม\n4,812\n\nความคิดเห็น\n96\n\nแชร์นิยาย\nShare\n\n\nตอนที่ 5 : เข็มวินาที\n\nร้านซ่อมนาฬิกาของลุงเชื้อ\n\nทอล์ก\n\nสวัสดีค่ะนักอ่าน\n\nเป็นกำลังใจให้นักเขียน\nส่งกำลังใจ\n\nความคิดเห็นที่ 1\nน่ารักมาก\n\nกลับสู่ด้านบน";

    #[test]
    fn a_chapter_copy_keeps_the_story_and_the_talk() {
        let mut doc = Doc::new(PAGE);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("ร้านซ่อมนาฬิกา"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("ฟ้าหลังฝน"));
        assert_eq!(doc.untaken(), "ร้านซ่อมนาฬิกาของลุงเชื้อ\nทอล์ก\nสวัสดีค่ะนักอ่าน");
    }

    /// A story that names the site keeps its lines.
    #[test]
    fn a_story_naming_the_site_stays() {
        let t = "Dek-D.com\n\nเธอเปิดเว็บ\n\nโดย บังเอิญ เธอเจอเขา ที่ร้าน กาแฟ ใกล้ บ้าน\n\nจบ";
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc, true));
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
    }
}
