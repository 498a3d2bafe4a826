//! FanFiction.Net and FictionPress story pages saved from the browser ("Save page as"):
//! the chapter's text, with the story box read as metadata and the site's menus, buttons,
//! review box and footer left out.
//!
//! Input: a parsed HTML page. The site sets its story box in `div#profile_top` (the
//! title in bold, "By:" and a link to the author's profile `/u/ID/name`, the summary in
//! a `div`, the grey story line `Rated: Fiction K - English - … - id: 1234`), the
//! category path in `#pre_story_links`, the chapter menu in `select#chap_select` and the
//! text in `div#storytext`. Output: a [`Work`] of that text, titled and credited from the
//! box; the author's notes the text holds are the text reader's to find, as in a
//! FanFicFare download of the same page. Pure: no I/O.

use super::{by_id, canonical};
use crate::model::StoryMeta;
use crate::source::fields::file_ffn_line;
use crate::source::html::{self, text_of};
use crate::source::work::Work;
use scraper::{ElementRef, Html};

/// The story box and the text of a FanFiction.Net page, if the page is one: both
/// `#profile_top` and a `#storytext` with text, which together only that site writes.
pub(crate) fn story(doc: &Html) -> Option<(ElementRef<'_>, ElementRef<'_>)> {
    let top = by_id(doc, "profile_top")?;
    let text = by_id(doc, "storytext").filter(|e| e.text().any(|t| !t.trim().is_empty()))?;
    // The box names its author by a profile link.
    profile_link(top)?;
    Some((top, text))
}

/// The story box's link to the author's profile (`/u/ID/name`).
fn profile_link(top: ElementRef<'_>) -> Option<ElementRef<'_>> {
    html::links(top).find(|a| {
        a.value().attr("href").is_some_and(|h| {
            let path = h.split("://").last().unwrap_or(h);
            path.split('/')
                .skip_while(|s| *s != "u")
                .nth(1)
                .is_some_and(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()))
        }) && !text_of(*a).is_empty()
    })
}

/// Reads a story page whose box is `top` and text `text`.
pub(crate) fn read(doc: &Html, top: ElementRef<'_>, text: ElementRef<'_>, lang: &str) -> Work {
    let mut work = Work {
        title: top
            .child_elements()
            .find(|e| e.value().name() == "b")
            .map(text_of)
            .filter(|t| !t.is_empty()),
        ..Work::default()
    };
    work.authors.extend(profile_link(top).map(text_of));
    // The summary: the box's `div` of text (the others are spacers).
    if let Some(s) = top
        .child_elements()
        .find(|e| e.value().name() == "div" && !text_of(*e).is_empty())
    {
        work.summary = html::blocks_of(s, lang).0;
    }
    let line = top
        .descendent_elements()
        .map(text_of)
        .find(|t| t.starts_with("Rated:") && t.contains(" - "));
    if let Some(line) = &line {
        let mut meta = StoryMeta::default();
        if file_ffn_line(&mut meta, line["Rated:".len()..].trim()) {
            push_meta(&mut work, meta);
        }
    }
    if let Some(f) = by_id(doc, "pre_story_links")
        .and_then(|p| html::link_texts(p).pop())
        .filter(|_| work.tag(&["Fandom"]).is_empty())
    {
        work.tags.push(("Fandom".into(), vec![f]));
    }
    work.url = canonical(doc);
    let (body, images) = html::blocks_of(text, lang);
    work.images += images;
    let chapter = by_id(doc, "chap_select").and_then(|s| {
        let o = s
            .descendent_elements()
            .find(|o| o.value().name() == "option" && o.value().attr("selected").is_some())?;
        let t = text_of(o);
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        let name = t[digits..]
            .strip_prefix(". ")
            .unwrap_or(&t[digits..])
            .trim();
        (!name.is_empty()).then(|| name.to_string())
    });
    work.decisions.push(
        "a FanFiction.Net story page: the text (#storytext) is read, its story box \
         (#profile_top) gives the title, author, summary and story line; the site's \
         menus, buttons, review box and footer are left out"
            .into(),
    );
    let part = work.current();
    part.title = chapter;
    part.body = body;
    work
}

/// The story line's fields as the work's tag groups.
fn push_meta(work: &mut Work, m: StoryMeta) {
    let one = |label: &str, v: Option<String>| v.map(|v| (label.to_string(), vec![v]));
    let groups = [
        one("Rating", m.rating),
        one("Language", m.language),
        (!m.tags.is_empty()).then(|| ("Genre".to_string(), m.tags)),
        (!m.characters.is_empty()).then(|| ("Characters".to_string(), m.characters)),
        one("Words", m.words),
        one("Chapters", m.chapters),
        one("Status", m.status),
        one("Published", m.published),
        one("Updated", m.updated),
    ];
    work.tags.extend(groups.into_iter().flatten());
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><title>Moth Hours, a doctor who fanfic | FanFiction</title></head><body>
<div id="top"><div class="zmenu"><a href="https://www.fanfiction.net/">FanFiction</a> <a href="/tv/">TV Shows</a> <a href="/tv/Doctor-Who/">Doctor Who</a></div></div>
<div id="profile_top"><button class="btn pull-right" type="button">Follow/Fav</button><b class="xcontrast_txt">Moth Hours</b>
<span class="xcontrast_txt"><div style="height:5px"></div>By:</span> <a class="xcontrast_txt" href="/u/4411/lanternjaw">lanternjaw</a> <a class="xcontrast_txt" title="Send Private Message" href="/pm2/post.php?uid=4411"></a>
<div style="margin-top:2px" class="xcontrast_txt">The TARDIS keeps a moth.</div>
<span class="xgray xcontrast_txt">Rated: <a href="https://www.fictionratings.com/">Fiction  T</a> - English - Friendship - Words: 9 - Published: <span data-xutime="1">Mar 2</span> - id: 99</span></div>
<span class="lc-wrapper" id="pre_story_links"><span class="lc-left"><a href="/tv/">TV Shows</a><a href="/tv/Doctor-Who/">Doctor Who</a></span></span>
<div role="main" class="storytextp" id="storytextp"><div class="storytext xcontrast_txt nocopy" id="storytext"><p>A/N: For Pim.</p><hr size="1" noshade=""><p>It lived in the lamp.</p><p>Nobody minded.</p></div></div>
<div id="review"><b>Post Review As Guest</b><textarea placeholder="Type your review here..."></textarea></div>
<div id="p_footer"><a href="/help.php">Help</a> . <a href="/tos/">Terms of Service</a></div></body></html>"#;

    #[test]
    fn a_saved_story_page_is_its_text_titled_and_credited_from_its_box() {
        let doc = Html::parse_document(PAGE);
        let (top, text) = story(&doc).expect("an FFN page");
        let w = read(&doc, top, text, "en");
        assert_eq!(w.title.as_deref(), Some("Moth Hours"));
        assert_eq!(w.authors, vec!["lanternjaw"]);
        assert_eq!(w.summary[0].plain(), "The TARDIS keeps a moth.");
        assert_eq!(w.tag(&["Rating"]), vec!["T"]);
        assert_eq!(w.tag(&["Fandom"]), vec!["Doctor Who"]);
        let words: Vec<String> = w.parts[0].body.iter().map(|b| b.plain()).collect();
        assert_eq!(
            words,
            vec![
                "A/N: For Pim.",
                "",
                "It lived in the lamp.",
                "Nobody minded."
            ]
        );
    }

    /// A page that only borrows the text's id, with no story box naming a profile, is
    /// not FanFiction.Net's.
    #[test]
    fn a_storytext_without_the_story_box_is_another_page() {
        let doc = Html::parse_document(
            r#"<html><body><div id="storytext"><p>It rained.</p></div></body></html>"#,
        );
        assert!(story(&doc).is_none());
        let doc = Html::parse_document(
            r#"<html><body><div id="profile_top"><b>Me</b> <a href="/about">About</a></div><div id="storytext"><p>It rained.</p></div></body></html>"#,
        );
        assert!(story(&doc).is_none());
    }
}
