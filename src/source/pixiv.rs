//! Japanese manuscripts as kept for pixiv and similar sites: pixiv's markup, the `作：`
//! byline, `※` notes at the top and the `あとがき` afterword → the document's parts.
//!
//! Input: a story file as [`Doc`] lines. Output: the title and the author when the
//! first line is a short title and the next names its writer (`作：name`, `著：name`,
//! "work:"/"author:"); the `※` lines standing first under them (the reference mark that
//! opens a Japanese note) in the preface; the text under a line that is only `あとがき`
//! ("afterword") in the afterword, the label dropped; pixiv's novel markup read as the
//! site reads it: `[chapter:名]` a heading, `[newpage]` a page turn (dropped, as the
//! heading or text after it carries on), `[[rb:漢字 > かんじ]]` ruby, set as the base
//! text with its reading in full-width brackets, the way Japanese text without ruby
//! support gives readings. Markup only counts on lines of its own or in its exact form.

use super::doc::Doc;

/// Labels of a Japanese byline: "work", "author", "writing".
const BYLINES: &[&str] = &[
    "作：",
    "作:",
    "著：",
    "著:",
    "著者：",
    "著者:",
    "文：",
    "文:",
];

/// A line that is only the word "afterword", as Japanese writers head their closing note.
const AFTERWORD: &[&str] = &["あとがき", "後書き", "【あとがき】", "＊あとがき＊"];

/// The reference mark that opens a note in Japanese text.
const NOTE_MARK: char = '※';

/// Whether `c` is kana or a CJK ideograph.
fn is_japanese(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// `[chapter:名]`: the chapter's name.
fn chapter(t: &str) -> Option<&str> {
    t.strip_prefix("[chapter:")?
        .strip_suffix(']')
        .map(str::trim)
        .filter(|n| !n.is_empty() && !n.contains(['[', ']']))
}

/// The text with each `[[rb:base > reading]]` set as `base（reading）`.
fn ruby(t: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = t;
    let mut found = false;
    while let Some(at) = rest.find("[[rb:") {
        let after = &rest[at + 5..];
        let Some(end) = after.find("]]") else { break };
        let Some((base, reading)) = after[..end].split_once('>') else {
            break;
        };
        out.push_str(&rest[..at]);
        out.push_str(base.trim());
        out.push('（');
        out.push_str(reading.trim());
        out.push('）');
        rest = &after[end + 2..];
        found = true;
    }
    out.push_str(rest);
    found.then_some(out)
}

/// Reads the title and byline, notes and pixiv markup; true when it found any.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let mut found = byline(doc, allow_title);
    found |= top_notes(doc);
    found |= afterword(doc);
    found |= markup(doc);
    found
}

/// A short title line over a `作：name` line.
fn byline(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(t) = doc.next_text(0) else {
        return false;
    };
    let Some(b) = doc.next_text(t + 1).filter(|&b| b <= t + 2) else {
        return false;
    };
    let title = doc.trimmed(t);
    let line = doc.trimmed(b).to_string();
    let Some(who) = BYLINES
        .iter()
        .find_map(|l| line.strip_prefix(l))
        .map(str::trim)
        .filter(|w| !w.is_empty() && w.chars().count() <= 30)
    else {
        return false;
    };
    if title.chars().count() > 40 || title.ends_with(['。', '」', '.']) {
        return false;
    }
    let who = who.to_string();
    doc.title_line(t, allow_title, "the title above its byline");
    doc.byline(b, &who);
    doc.why(format!(
        "header: line {} names the author (`{}`, \"by\" in Japanese)",
        b + 1,
        line.trim_end_matches(who.as_str())
    ));
    doc.out.meta.author.get_or_insert(who);
    true
}

/// The `※` lines that open the text: the author's notes before the story.
fn top_notes(doc: &mut Doc) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let mut i = first;
    while i < doc.len() && !doc.taken[i] && doc.trimmed(i).starts_with(NOTE_MARK) {
        i += 1;
    }
    if i == first {
        return false;
    }
    for k in first..i {
        doc.preface_lines(k, k + 1);
    }
    doc.why(format!(
        "preface: lines {}–{} open with `※`, the mark of a note in Japanese text",
        first + 1,
        i
    ));
    true
}

/// A line that is only `あとがき` after the story: what follows is the afterword.
fn afterword(doc: &mut Doc) -> bool {
    let Some(k) = (0..doc.len())
        .rev()
        .find(|&k| !doc.taken[k] && AFTERWORD.contains(&doc.trimmed(k)))
    else {
        return false;
    };
    // Story text must come before it, and Japanese text must follow it.
    let after: Vec<usize> = (k + 1..doc.len())
        .filter(|&i| !doc.blank(i) && !doc.taken[i])
        .collect();
    if doc.prev_text(k).is_none()
        || after.is_empty()
        || !after
            .iter()
            .all(|&i| doc.trimmed(i).chars().any(is_japanese))
    {
        return false;
    }
    let label = doc.trimmed(k).to_string();
    doc.drop_line(k, &label);
    for i in after {
        doc.afterword_lines(i, i + 1);
    }
    doc.why(format!(
        "afterword: line {} `{label}` (\"afterword\") heads the author's closing note",
        k + 1
    ));
    true
}

/// pixiv's markup: chapter names become headings, page turns go, ruby is spelt out.
fn markup(doc: &mut Doc) -> bool {
    let mut found = false;
    for i in 0..doc.len() {
        if doc.taken[i] {
            continue;
        }
        let t = doc.trimmed(i).to_string();
        if t == "[newpage]" {
            doc.drop_line(i, &t);
            doc.why(format!(
                "header: line {} `[newpage]` is pixiv's page turn",
                i + 1
            ));
            found = true;
        } else if let Some(name) = chapter(&t) {
            let name = name.to_string();
            doc.heading_in_markup(i, "[chapter:]", &name);
            doc.why(format!(
                "heading: line {} `[chapter:{name}]` is pixiv's chapter heading",
                i + 1
            ));
            found = true;
        } else if let Some(r) = ruby(&doc.lines[i]) {
            // The markup's own word ("rb") is not the author's.
            for _ in 0..doc.lines[i].matches("[[rb:").count() {
                doc.dropped(i, "[[rb:]]");
            }
            doc.lines[i] = r;
            doc.why(format!(
                "lines: line {} spells out pixiv's ruby `[[rb:…]]` as the word and its reading",
                i + 1
            ));
            found = true;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Doc {
        Doc::read_by(t, read)
    }

    #[test]
    fn a_pixiv_manuscript_is_read_as_pixiv_reads_it() {
        let doc = run(
            "灯台の夜\n作：しおかぜ\n\n※捏造があります。\n※再録です。\n\n[chapter:一]\n　灯りが[[rb:瞬 > まばた]]いた。\n「寒い」\n[newpage]\n[chapter:二]\n　朝が来た。\n\nあとがき\n読んでくれてありがとう。",
        );
        assert_eq!(doc.out.title.as_deref(), Some("灯台の夜"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("しおかぜ"));
        let pre: Vec<&str> = doc.out.preface.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(pre, ["※捏造があります。", "※再録です。"]);
        assert_eq!(
            doc.untaken(),
            "一\n灯りが瞬（まばた）いた。\n「寒い」\n二\n朝が来た。"
        );
        assert_eq!(doc.out.headings, [7, 11]);
        assert_eq!(doc.out.afterword[0].text, "読んでくれてありがとう。");
        let mut dropped: Vec<(usize, &str)> = doc
            .out
            .meta
            .dropped
            .iter()
            .map(|d| (d.line, d.text.as_str()))
            .collect();
        dropped.sort();
        let dropped: Vec<&str> = dropped.into_iter().map(|d| d.1).collect();
        assert_eq!(
            dropped,
            [
                "作：",
                "[chapter:]",
                "[[rb:]]",
                "[newpage]",
                "[chapter:]",
                "あとがき"
            ]
        );
    }

    /// Brackets, reference marks and the word あとがき inside a story stay its words.
    #[test]
    fn look_alikes_stay_story() {
        for t in [
            "駅\n\n※印は、彼の癖だった。\n　それから雪。",
            "　彼は[chapter:の話]をした。\n　[newpage]と書いた紙。",
            "　あとがき、と彼女は言った。\n　それだけ。",
            "Notes\n\n[chapter one]\n\nShe wrote [[rb:this]].",
        ] {
            let doc = run(t);
            assert!(doc.out.preface.is_empty(), "{t}");
            assert!(doc.out.title.is_none(), "{t}");
            assert!(doc.out.headings.is_empty(), "{t}");
        }
        // A `※` line under a title that has no byline is still a note only at the top.
        let doc = run("　雪が降った。\n※印は彼の癖。");
        assert!(doc.out.preface.is_empty());
        assert_eq!(doc.untaken(), "雪が降った。\n※印は彼の癖。");
    }
}
