//! Tests of the Jinjiang chapter page reader: the page's head, foot and note box, and
//! stories that name the site or its buttons.

use super::*;

fn run(t: &str) -> Doc {
    Doc::read_by(t, read)
}

#[test]
fn a_chapter_page_loses_the_sites_lines() {
    let doc = run(
        "晋江文学城\n手机版\n网站首页\n言情\n首页 >> 短篇 >> 雾港来信\n上一章 | 返回目录 | 下一章\n第1章\n　　雾港来信\n作者：山间晚风\n[ 收藏此章节 ] [ 投诉 ] [ 下载 ]\n文章收藏\n发表时间：2024-01-02 20:00:00　　本章字数：800\n\n写在前面：短篇。\n\n　　港口起雾了。\n\n　　她回家了。\n\n插入书签\n作者有话要说：谢谢大家看到这里！\n[ 收藏此章节 ]\n上一章 | 返回目录 | 下一章\n[ 投诉 ]\n霸王票\n营养液\n您的位置：晋江文学城 >> 短篇 >> 雾港来信\n本文包含小说内容版权属晋江文学城，任何单位或个人未经授权，不得转载。\n晋江文学城 ｜ 联系我们 ｜ 京ICP备10042137号",
    );
    assert_eq!(doc.out.title.as_deref(), Some("雾港来信"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("山间晚风"));
    assert_eq!(doc.out.meta.published.as_deref(), Some("2024-01-02"));
    assert_eq!(doc.untaken(), "写在前面：短篇。\n港口起雾了。\n她回家了。");
    assert_eq!(
        doc.out.afterword[0].text,
        "作者有话要说：谢谢大家看到这里！"
    );
    let dropped = doc.dropped_texts();
    for t in [
        "第1章",
        "插入书签",
        "霸王票",
        "首页 >> 短篇 >> 雾港来信",
        "[ 收藏此章节 ] [ 投诉 ] [ 下载 ]",
    ] {
        assert!(dropped.contains(&t), "{t}: {dropped:?}");
    }
}

/// A story that names the site, or an author line over a story with no site buttons,
/// keeps its words.
#[test]
fn stories_that_name_the_site_stay() {
    for t in [
        "晋江文学城\n\n她在晋江文学城上写了十年。\n\n插入书签",
        "雾港来信\n作者：山间晚风\n\n　　港口起雾了。",
        "第1章\n　　雾港来信\n作者：山间晚风\n上一章 | 下一章\n\n　　港口起雾了。",
    ] {
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc, true), "{t}");
        assert_eq!(doc.untaken(), Doc::new(t).untaken(), "{t}");
    }
    assert!(is_buttons("上一章 | 返回目录 | 下一章") && is_buttons("[ 收藏此章节 ] [ 投诉 ]"));
    assert!(!is_buttons("[她说] 不要走，我还在这里等你回来") && !is_buttons("上一章很长"));
}
