//! Posts copied from Postype (a Korean blogging site) and LOFTER (a Chinese one) → the
//! story, with the site's lines dropped.
//!
//! Input: a story file as [`Doc`] lines. Output, for Postype: the site's name and menu
//! over the post ("포스타입", "홈", "피드", "검색") dropped; the title, the channel's name
//! (the author), the date and the view count ("조회 1,204") under it read; the hashtags
//! line at the end kept as tags and the likes, comments, share and subscribe lines
//! ("좋아요 238", "댓글 17", "공유하기", "… 님의 포스트를 구독해 보세요", "구독하기")
//! dropped. For LOFTER: the blog's name over "关注" ("follow"; the name is the author)
//! and the title under them read; the heat and comment counts ("热度(1203)",
//! "评论(56)"), the run-together tags ("#原创#短篇") and the "© NAME | Powered by LOFTER"
//! line at the end dropped. Each head needs the site's own words (its name over its menu,
//! or "关注" under a name), each foot a line only the site writes, so a story that says
//! "홈" or "关注" keeps it.

use super::doc::Doc;
use super::parts::is_title_line;

/// Postype's name and menu over a post, as its Korean and English pages show them.
const POSTYPE_MENU: &[&str] = &[
    "포스타입",
    "postype",
    "홈",
    "피드",
    "검색",
    "구독",
    "스토어",
    "로그인",
    "회원가입",
    "알림",
    "home",
    "feed",
    "search",
    "log in",
];

/// Reads a Postype or LOFTER post's head and foot. Returns whether it found either.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    if postype_head(doc, allow_title) {
        postype_foot(doc);
        true
    } else if lofter_head(doc, allow_title) {
        lofter_foot(doc);
        true
    } else {
        false
    }
}

/// A post's date as Postype shows it: `2024.01.14 23:08` (the time may be left off).
fn is_dotted_date(t: &str) -> bool {
    let mut parts = t.split_whitespace();
    let date: Vec<&str> = parts.next().unwrap_or("").split('.').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    let time = parts.next();
    date.len() == 3
        && digits(date[0], 4)
        && digits(date[1], 2)
        && digits(date[2], 2)
        && time.is_none_or(|h| h.split(':').count() == 2 && h.split(':').all(|x| digits(x, 2)))
        && parts.next().is_none()
}

/// `label N`: a word and a count (`조회 1,204`, `좋아요 238`), for the given labels.
fn is_counted(t: &str, labels: &[&str]) -> bool {
    match t.split_whitespace().collect::<Vec<_>>()[..] {
        [l, n] => labels.contains(&l) && n.chars().all(|c| c.is_ascii_digit() || c == ','),
        _ => false,
    }
}

fn drop_all(doc: &mut Doc, lines: &[usize]) {
    for &k in lines {
        let t = doc.trimmed(k).to_string();
        doc.drop_line(k, &t);
    }
}

/// Postype's head: its name and menu, one a line, then the title, the channel's name,
/// the date and the view count.
fn postype_head(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let menu_end = doc.para_end(first);
    if !matches!(
        doc.trimmed(first).to_lowercase().as_str(),
        "포스타입" | "postype"
    ) || (first..menu_end)
        .any(|i| !POSTYPE_MENU.contains(&doc.trimmed(i).to_lowercase().as_str()))
    {
        return false;
    }
    let Some(title) = doc.next_text(menu_end) else {
        return false;
    };
    let end = doc.para_end(title);
    let (channel, date) = (title + 1, title + 2);
    if !(4..=5).contains(&(end - title)) || !is_dotted_date(doc.trimmed(date)) {
        return false;
    }
    let views = (date + 1..end).collect::<Vec<_>>();
    if !views
        .iter()
        .all(|&i| is_counted(doc.trimmed(i), &["조회", "views"]))
    {
        return false;
    }
    drop_all(doc, &(first..menu_end).collect::<Vec<_>>());
    doc.title_line(title, allow_title, "the post's title under Postype's menu");
    let who = doc.trimmed(channel).to_string();
    doc.take(channel, channel + 1);
    doc.out.meta.author.get_or_insert(who);
    drop_all(doc, &(date..end).collect::<Vec<_>>());
    doc.why(format!(
        "header: lines {}–{end} are a Postype post's head (the site's menu; under the title \
         the channel's name, the author, then the date and the view count)",
        first + 1
    ));
    true
}

/// Postype's foot: the hashtags (kept as tags), likes, comments, share and subscribe.
fn postype_foot(doc: &mut Doc) -> bool {
    let mut lines = Vec::new();
    let mut tags = None;
    let mut end = doc.len();
    while let Some(k) = doc.prev_text(end) {
        let t = doc.trimmed(k);
        let site = matches!(t, "공유하기" | "구독하기" | "Share" | "Subscribe")
            || t.ends_with("님의 포스트를 구독해 보세요")
            || is_counted(t, &["좋아요", "댓글", "Likes", "Comments"]);
        let hashtags = t.starts_with('#')
            && t.split_whitespace()
                .all(|w| w.len() > 1 && w.starts_with('#'));
        if !(site || (hashtags && tags.is_none())) {
            break;
        }
        if hashtags {
            tags = Some(k);
        }
        lines.push(k);
        end = k;
    }
    if lines.is_empty() || lines.iter().all(|&k| Some(k) == tags) {
        return false;
    }
    lines.reverse();
    if let Some(k) = tags {
        let line = doc.trimmed(k).to_string();
        doc.take(k, k + 1);
        doc.dropped(k, &"#".repeat(line.matches('#').count()));
        doc.out.meta.tags.extend(
            line.split_whitespace()
                .map(|w| w.trim_start_matches('#').to_string()),
        );
        lines.retain(|&l| l != k);
    }
    drop_all(doc, &lines);
    doc.why(format!(
        "header: the lines from line {} on are a Postype post's foot (hashtags, kept as tags; \
         likes, comments, share and subscribe, left out)",
        end + 1
    ));
    true
}

/// LOFTER's head: the blog's name over "关注" ("follow"), then the post's title alone.
fn lofter_head(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(name) = doc.next_text(0) else {
        return false;
    };
    let follow = name + 1;
    let blog = doc.trimmed(name);
    if doc.para_end(name) != follow + 1
        || !matches!(doc.trimmed(follow), "关注" | "+关注" | "关注TA")
        || blog.chars().count() > 20
        || blog.ends_with(['。', '！', '？', '.', '!', '?'])
        || blog.contains(['“', '”', '"', '「', '」'])
    {
        return false;
    }
    let who = blog.to_string();
    doc.take(name, name + 1);
    doc.drop_line(follow, "关注");
    doc.out.meta.author.get_or_insert(who);
    doc.why(format!(
        "header: lines {}–{} are a LOFTER post's head (the blog's name, the author, and \"关注\")",
        name + 1,
        follow + 1
    ));
    if let Some(t) = doc.next_text(follow + 1)
        && doc.para_end(t) == t + 1
        && is_title_line(&doc.para(t, t + 1))
    {
        doc.title_line(t, allow_title, "the post's title under the blog's name");
    }
    true
}

/// LOFTER's foot: heat and comment counts, the tags run together, the copyright line.
fn lofter_foot(doc: &mut Doc) -> bool {
    let counted = |t: &str, label: &str| {
        t.strip_prefix(label)
            .and_then(|r| r.strip_prefix('('))
            .and_then(|r| r.strip_suffix(')'))
            .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
    };
    // The counts and the copyright line are LOFTER's for sure; tags run together may be
    // the author's, and count only beside them.
    doc.drop_foot(
        "a LOFTER post's foot (heat, comments, tags, copyright), so they are left out",
        |doc, k| {
            let t = doc.trimmed(k);
            let site = counted(t, "热度")
                || counted(t, "评论")
                || counted(t, "喜欢")
                || counted(t, "推荐")
                || (t.starts_with('©') && t.ends_with("Powered by LOFTER"));
            let tags =
                t.starts_with('#') && t.matches('#').count() >= 2 && !t.contains(['。', '，']);
            (site || tags).then_some(site)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Doc {
        Doc::read_by(t, read)
    }

    #[test]
    fn a_postype_post_loses_its_menu_counts_and_buttons() {
        let doc = run(
            "포스타입\n홈\n피드\n검색\n\n비 오는 정류장\n우산공방\n2023.06.02 21:15\n조회 88\n\n버스가 왔다.\n\n#단편 #비\n좋아요 12\n댓글 3\n공유하기\n우산공방 님의 포스트를 구독해 보세요\n구독하기",
        );
        assert_eq!(doc.out.title.as_deref(), Some("비 오는 정류장"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("우산공방"));
        assert_eq!(doc.out.meta.tags, ["단편", "비"]);
        assert_eq!(doc.untaken(), "버스가 왔다.");
        assert!(doc.dropped_texts().contains(&"조회 88"));
    }

    #[test]
    fn a_lofter_post_loses_its_head_and_foot() {
        let doc = run(
            "青石板\n关注\n\n雨巷\n\n她撑着伞走过。\n\n热度(12)\n评论(3)\n#原创#短篇\n© 青石板 | Powered by LOFTER",
        );
        assert_eq!(doc.out.title.as_deref(), Some("雨巷"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("青石板"));
        assert_eq!(doc.untaken(), "她撑着伞走过。");
    }

    /// Story lines that use the sites' words keep them: a menu word as the story's first
    /// line, "关注" in a sentence or under a line of dialogue, hashtags or counts that end
    /// a story with no site line beside them.
    #[test]
    fn story_lines_that_look_like_the_sites_stay() {
        for t in [
            "홈\n\n집에 돌아왔다.",
            "포스타입에 글을 올렸다.\n\n아무도 읽지 않았다.",
            "“你好。”\n关注\n\n她笑了。",
            "她点了关注。\n\n然后睡了。",
            "버스가 왔다.\n\n#단편 #비",
            "她撑着伞走过。\n\n#原创#短篇",
        ] {
            assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t}");
        }
    }
}
