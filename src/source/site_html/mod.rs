//! Story sites' chapter pages saved from the browser: a page whose markup shows which
//! site wrote it → the story's text, title, author and notes, without the site's frame.
//!
//! Input: a parsed HTML page no archive download reader claimed. Output: a [`Work`]
//! when the page carries the whole of one site's layout (every reader asks for the
//! elements only that site writes together, so an ordinary page that borrows one class
//! name is read as any page): Archive of Our Own work pages (`ao3_page`), FanFiction.Net and FictionPress story pages (`ffn`),
//! Scribble Hub chapter pages (`scribblehub`), Royal Road chapter pages (`royal_road`),
//! DeviantArt literature deviations (`deviantart`), Fimfiction's HTML downloads
//! (`fimfiction`), Quotev chapter pages (`quotev`), FicWad story pages (`ficwad`), ficbook.net work pages (`ficbook`),
//! cohost! posts (`cohost`), Patreon posts (`patreon`), Ko-fi posts (`kofi`), Pillowfort
//! posts (`pillowfort`), XenForo forum threads such as SpaceBattles' (`xenforo`, versions
//! 1 and 2), eFiction archives' story pages (`efiction`), Mibba chapter pages (`mibba`).
//! Pure: no I/O.

mod ao3_page;
mod cohost;
mod deviantart;
mod efiction;
mod ffn;
mod ficbook;
mod ficwad;
mod fimfiction;
mod kofi;
mod mibba;
mod patreon;
mod pillowfort;
mod posts;
mod quotev;
mod royal_road;
mod scribblehub;
mod xenforo;

use super::html;
use super::work::Work;
use posts::{set_apart_notes, title_again, without_access_mark};
use scraper::{ElementRef, Html};

/// Reads `doc` if a story site's layout shows in it. The language the page declares is
/// the story's where the site's own fields name none, as for any page.
pub(crate) fn read(doc: &Html, lang: &str) -> Option<Work> {
    let mut work = if let Some(page) = ao3_page::work(doc) {
        ao3_page::read(page, lang)
    } else if let Some((top, text)) = ffn::story(doc) {
        ffn::read(doc, top, text, lang)
    } else if let Some(text) = scribblehub::chapter_text(doc) {
        scribblehub::read(doc, text, lang)
    } else if let Some(text) = royal_road::chapter_text(doc) {
        royal_road::read(doc, text, lang)
    } else if let Some(text) = deviantart::text(doc) {
        deviantart::read(doc, text, lang)
    } else if let Some(chapters) = fimfiction::chapters(doc) {
        fimfiction::read(doc, &chapters, lang)
    } else if let Some(text) = quotev::chapter_text(doc) {
        quotev::read(doc, text, lang)
    } else if let Some(text) = ficbook::part_text(doc) {
        ficbook::read(doc, text, lang)
    } else if let Some(text) = ficwad::story_text(doc) {
        ficwad::read(doc, text, lang)
    } else if let Some((post, text)) = cohost::post(doc) {
        cohost::read(post, text, lang)
    } else if let Some(text) = patreon::post_text(doc) {
        patreon::read(doc, text, lang)
    } else if let Some(text) = kofi::post_text(doc) {
        kofi::read(doc, text, lang)
    } else if let Some((post, text)) = pillowfort::post(doc) {
        pillowfort::read(doc, post, text, lang)
    } else if let Some(text) = mibba::chapter_text(doc) {
        mibba::read(doc, text, lang)
    } else if let Some((head, texts)) = efiction::story(doc) {
        efiction::read(doc, head, &texts, lang)
    } else {
        xenforo::read(doc, &xenforo::story_posts(doc)?, lang)
    };
    if work.tag(&["Language"]).is_empty()
        && let Some(l) = html::page::language(doc)
    {
        work.tags.push(("Language".into(), vec![l]));
    }
    Some(work)
}

/// The first element under `el` with class `name`.
fn classed<'a>(el: ElementRef<'a>, name: &str) -> Option<ElementRef<'a>> {
    el.descendent_elements().find(|e| html::has_class(*e, name))
}

/// The element with id `id`.
fn by_id<'a>(doc: &'a Html, id: &str) -> Option<ElementRef<'a>> {
    doc.root_element()
        .descendent_elements()
        .find(|e| e.value().id() == Some(id))
}

/// The `content` of the page's `<meta property="NAME">` (Open Graph's fields).
fn meta_property<'a>(doc: &'a Html, name: &str) -> Option<&'a str> {
    doc.root_element()
        .descendent_elements()
        .find(|e| e.value().name() == "meta" && e.value().attr("property") == Some(name))
        .and_then(|e| e.value().attr("content"))
        .map(str::trim)
        .filter(|c| !c.is_empty())
}

/// The page's own address (`<link rel="canonical">`, else `og:url`).
fn canonical(doc: &Html) -> Option<String> {
    let els = || doc.root_element().descendent_elements();
    els()
        .find(|e| {
            e.value().name() == "link"
                && e.value()
                    .attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
        })
        .and_then(|e| e.value().attr("href"))
        .or_else(|| {
            els()
                .find(|e| {
                    e.value().name() == "meta" && e.value().attr("property") == Some("og:url")
                })
                .and_then(|e| e.value().attr("content"))
        })
        .map(str::to_string)
}

/// The address the page was saved from: its canonical link or `og:url`, else the
/// `<!-- saved from url=(0058)https://… -->` line a browser writes at the top of a page
/// it saves whole.
fn page_url(doc: &Html) -> Option<String> {
    canonical(doc).or_else(|| {
        doc.tree.root().descendants().find_map(|n| {
            let c = n.value().as_comment()?;
            let rest = c.trim().strip_prefix("saved from url=")?;
            let url = rest.split_once(')').map_or(rest, |(_, u)| u).trim();
            (!url.is_empty()).then(|| url.to_string())
        })
    })
}

/// Whether the page is from `host` (`patreon.com`): its address says so, or its
/// `og:site_name` is `site` (`Patreon`).
fn from_site(doc: &Html, host: &str, site: &str) -> bool {
    let url_host = page_url(doc).map(|u| {
        let rest = u.split_once("://").map_or(u.as_str(), |(_, r)| r);
        let h = rest.split(['/', '?', '#']).next().unwrap_or("");
        h.to_ascii_lowercase()
    });
    url_host.is_some_and(|h| h == host || h.ends_with(&format!(".{host}")))
        || meta_property(doc, "og:site_name").is_some_and(|s| s.eq_ignore_ascii_case(site))
}

/// The first element of the page whose attribute `attr` is `value`.
fn with_attr<'a>(doc: &'a Html, attr: &str, value: &str) -> Option<ElementRef<'a>> {
    doc.root_element()
        .descendent_elements()
        .find(|e| e.value().attr(attr) == Some(value))
}

/// The page's `<title>`, its white space collapsed.
fn page_title(doc: &Html) -> Option<String> {
    doc.root_element()
        .descendent_elements()
        .find(|e| e.value().name() == "title")
        .map(html::text_of)
        .filter(|t| !t.is_empty())
}

/// Short quotes of what a reader left out, for `quire inspect`: each text cut to a few
/// words, at most `MAX_QUOTED` of them and a count of the rest.
fn quoted(texts: &[String]) -> String {
    const MAX_QUOTED: usize = 6;
    const WORDS: usize = 5;
    let mut shown: Vec<String> = texts
        .iter()
        .filter(|t| !t.trim().is_empty())
        .take(MAX_QUOTED)
        .map(|t| {
            let w: Vec<&str> = t.split_whitespace().collect();
            let cut = w.len() > WORDS;
            let mut s = w[..w.len().min(WORDS)].join(" ");
            if cut {
                s.push('…');
            }
            format!("\"{s}\"")
        })
        .collect();
    let rest = texts.iter().filter(|t| !t.trim().is_empty()).count() - shown.len();
    if rest > 0 {
        shown.push(format!("and {rest} more"));
    }
    shown.join(", ")
}

/// The plain text of each block: how the site readers' tests read what a page gave.
#[cfg(test)]
fn plain(b: &[crate::model::Block]) -> Vec<String> {
    b.iter().map(crate::model::Block::plain).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An ordinary page that borrows one name of each site's layout (a text box called
    /// `storytext`, a `chp_raw` div, `article.message` posts with a `bbWrapper`) without
    /// the rest of that site's page is no site's page: it is read as any page.
    #[test]
    fn a_page_borrowing_single_names_is_no_sites_page() {
        let doc = Html::parse_document(
            r#"<html lang="en"><head><link rel="canonical" href="https://example.org/lamps"></head><body>
<div id="profile_top"><b>Lamps</b> by <a href="/about">me</a></div>
<div id="storytext"><p>It rained.</p></div>
<div id="chp_raw" class="chp_raw"><p>It rained again.</p></div><div class="chapter-title">Two</div>
<article class="message"><article class="message-body"><div class="bbWrapper">Nice.</div></article></article>
</body></html>"#,
        );
        assert!(read(&doc, "en").is_none());
        assert_eq!(
            canonical(&doc).as_deref(),
            Some("https://example.org/lamps")
        );
    }

    /// Each site's page, with its whole layout, is that site's.
    #[test]
    fn a_sites_whole_layout_is_read() {
        let ffn = r#"<html><body><div id="profile_top"><b class="xcontrast_txt">Lamps</b> By: <a href="https://www.fanfiction.net/u/12/wick">wick</a></div><div id="storytext"><p>It rained.</p></div></body></html>"#;
        let w = read(&Html::parse_document(ffn), "en").expect("FanFiction.Net");
        assert_eq!(w.authors, vec!["wick"]);
        let sh = r#"<html><body><div class="chapter-title">Two</div><a href="https://www.scribblehub.com/profile/3/wick/">wick</a><div id="chp_raw" class="chp_raw"><p>It rained.</p></div></body></html>"#;
        let w = read(&Html::parse_document(sh), "en").expect("Scribble Hub");
        assert_eq!(w.title.as_deref(), Some("Two"));
        let xf = r#"<html id="XF" data-app="public"><body><article class="message" data-author="wick"><article class="message-body"><div class="bbWrapper">It rained.</div></article></article></body></html>"#;
        let w = read(&Html::parse_document(xf), "en").expect("XenForo");
        assert_eq!(w.authors, vec!["wick"]);
        assert!(w.tag(&["Language"]).is_empty());
        let xf = xf.replace("<html ", r#"<html lang="en-GB" "#);
        let w = read(&Html::parse_document(&xf), "en").expect("XenForo");
        assert_eq!(w.tag(&["Language"]), vec!["en-GB"]);
    }

    /// A page saved whole names its address in the browser's comment at its top; a
    /// site's host is its own or a subdomain's, never a look-alike's.
    #[test]
    fn a_saved_page_names_its_address() {
        let doc = Html::parse_document(
            "<!DOCTYPE html>\n<!-- saved from url=(0041)https://ko-fi.com/post/Lamps-K3 -->\n<html><body><p>Lit.</p></body></html>",
        );
        assert_eq!(
            page_url(&doc).as_deref(),
            Some("https://ko-fi.com/post/Lamps-K3")
        );
        assert!(from_site(&doc, "ko-fi.com", "Ko-fi"));
        let doc = Html::parse_document(
            r#"<html><head><link rel="canonical" href="https://notko-fi.com/x"></head></html>"#,
        );
        assert!(!from_site(&doc, "ko-fi.com", "Ko-fi"));
        let many: Vec<String> = (1..=8).map(|k| format!("tag {k}")).collect();
        assert_eq!(
            quoted(&many),
            r#""tag 1", "tag 2", "tag 3", "tag 4", "tag 5", "tag 6", and 2 more"#
        );
    }
}
