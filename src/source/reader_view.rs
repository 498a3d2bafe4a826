//! Pages saved from Firefox's Reader View: the article Readability extracted, without
//! the Reader View's header and toolbar or the site's byline bar it kept.
//!
//! Input: a parsed HTML page. Reader View (`about:reader`) writes its header
//! (`.reader-header`: the site's domain, `h1.reader-title`, `.reader-credits` naming the
//! author, the reading time), a rule under it, the article in `.moz-reader-content`
//! (Readability's `#readability-page-1`) and a toolbar of buttons after it. Output: a
//! [`Work`] of the article alone, titled and credited from the header. Readability keeps
//! a site's byline bar as short paragraphs around the text (Medium's author name,
//! "Follow", "6 min read", "·", the date, the clap count "--" and "1", "Listen",
//! "Share"; the counts again at the end): those runs at the very top and bottom are left
//! out, as is the caption of a picture left out. Pure: no I/O.

use super::html::{self, has_class, text_of};
use super::work::Work;
use crate::model::Block;
use scraper::{ElementRef, Html};

/// The article's element in a Reader View page, if the page is one.
pub(crate) fn article(doc: &Html) -> Option<ElementRef<'_>> {
    let all = || doc.root_element().descendent_elements();
    all()
        .find(|e| has_class(*e, "moz-reader-content"))
        .or_else(|| all().find(|e| e.value().id() == Some("readability-page-1")))
        .filter(|e| e.text().any(|t| !t.trim().is_empty()))
}

/// Reads a Reader View page whose article is `article`.
pub(crate) fn read(doc: &Html, article: ElementRef<'_>, lang: &str) -> Work {
    let mut work = Work::default();
    let header = |class: &str| {
        doc.root_element()
            .descendent_elements()
            .find(|e| has_class(*e, class))
            .map(text_of)
            .filter(|t| !t.is_empty())
    };
    work.title = header("reader-title");
    let credits = header("reader-credits")
        .map(|c| super::bylines::byline(&c).map(str::to_string).unwrap_or(c));
    work.authors.extend(credits.clone());
    let mut conv = html::Converter::new(lang);
    conv.add_inner(article);
    work.images += conv.images;
    let mut body = conv.take();
    work.decisions.push(
        "a page saved from Firefox's Reader View: the article alone is read (its header's \
         title and author kept, its toolbar left out)"
            .into(),
    );
    let name = credits.as_deref().unwrap_or("");
    // The bar at the top runs to its last piece that only a bar has (the name, a button,
    // the reading time): a diary's first date or a countdown's "3" under it is the
    // story's. At the bottom only counts and marks, and only with a mark among them (the
    // claps under their rule): a story's last line "1" or "Dec 24, 1915" stays.
    let run: Vec<Piece> = body.iter().map_while(|b| piece(b, name)).collect();
    let top = run
        .iter()
        .rposition(|p| *p == Piece::Sure)
        .map_or(0, |i| i + 1);
    let run: Vec<Piece> = body[top..]
        .iter()
        .rev()
        .map_while(|b| piece(b, name).filter(|p| matches!(p, Piece::Count | Piece::Mark)))
        .collect();
    let bottom = if run.contains(&Piece::Mark) {
        run.len()
    } else {
        0
    };
    if top + bottom > 0 {
        let cut: Vec<String> = body[..top]
            .iter()
            .chain(&body[body.len() - bottom..])
            .map(Block::plain)
            .filter(|t| !t.is_empty())
            .collect();
        body.truncate(body.len() - bottom);
        body.drain(..top);
        work.decisions.push(format!(
            "the site's byline bar around the article is left out: {}",
            cut.join(" / ")
        ));
    }
    let captions = captions(article);
    let before = body.len();
    body.retain(|b| !matches!(b, Block::Paragraph(_)) || !captions.contains(&b.plain()));
    if body.len() < before {
        work.decisions.push(format!(
            "{} caption(s) of pictures left out are left out with them",
            before - body.len()
        ));
    }
    if let (Some(t), Some(Block::Heading(h))) = (&work.title, body.first())
        && h == t
    {
        body.remove(0);
    }
    work.current().body = body;
    html::post::read_top(&mut work, lang);
    html::post::typed_lists(&mut work, lang);
    if work.tag(&["Language"]).is_empty()
        && let Some(l) = article_language(article).or_else(|| html::page::language(doc))
    {
        work.tags.push(("Language".into(), vec![l]));
    }
    work
}

/// The language Reader View gives its container (`<div class="container" lang="en">`).
fn article_language(article: ElementRef<'_>) -> Option<String> {
    article
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find_map(|e| e.value().attr("lang"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
}

/// The captions of the figures whose only content is a picture (`<figcaption>` beside
/// an `<img>` and no text): the picture is left out, so its caption is too.
fn captions(article: ElementRef<'_>) -> Vec<String> {
    article
        .descendent_elements()
        .filter(|e| e.value().name() == "figure")
        .filter(|f| f.descendent_elements().any(|e| e.value().name() == "img"))
        .flat_map(|f| {
            f.descendent_elements()
                .filter(|e| e.value().name() == "figcaption")
                .map(text_of)
                .collect::<Vec<_>>()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// Buttons a site's byline bar shows as text.
const BUTTONS: &[&str] = &[
    "follow",
    "listen",
    "share",
    "save",
    "more",
    "subscribe",
    "member-only story",
    "top highlight",
];

/// Months as bylines abbreviate or spell them.
const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// What piece of a byline bar a block may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// The author's name, a button, the reading time: only a bar has these.
    Sure,
    Date,
    Count,
    /// Marks alone (`·`, `--`, which the converter reads as a break).
    Mark,
}

/// Whether a block is a piece of a byline bar: the author's name, a button, the reading
/// time, a date, a count, or marks alone.
#[cfg(test)]
fn is_bar(b: &Block, author: &str) -> bool {
    piece(b, author).is_some()
}

/// The piece of a byline bar a block is, if it is one.
fn piece(b: &Block, author: &str) -> Option<Piece> {
    let t = match b {
        Block::SceneBreak => return Some(Piece::Mark),
        Block::Paragraph(_) => b.plain(),
        _ => return None,
    };
    let t = t.trim();
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let count = |w: &str| {
        let w = w.trim_end_matches(['k', 'm']);
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
    };
    let date = words.len() <= 4
        && words
            .iter()
            .any(|w| MONTHS.iter().any(|m| w.starts_with(m)))
        && words.iter().any(|w| count(w.trim_end_matches(',')))
        && words.len() >= 2;
    if (!author.is_empty() && lower == author.to_lowercase())
        || BUTTONS.contains(&lower.as_str())
        || (words.len() == 3 && count(words[0]) && words[1] == "min" && words[2] == "read")
    {
        Some(Piece::Sure)
    } else if date {
        Some(Piece::Date)
    } else if words.len() == 1 && count(words[0]) {
        Some(Piece::Count)
    } else if !t.is_empty() && !t.chars().any(char::is_alphanumeric) && t.chars().count() <= 3 {
        Some(Piece::Mark)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><link rel="stylesheet" href="chrome://global/skin/aboutReader.css"><title>Tide | by Ana Cruz | Medium</title></head>
<body><div class="container" lang="en"><div class="header reader-header"><a class="domain reader-domain" href="https://medium.com/x">medium.com</a>
<h1 class="reader-title">Tide</h1><div class="credits reader-credits">Ana Cruz</div><div class="reader-estimated-time">3 minutes</div></div>
<hr><div class="content"><div class="moz-reader-content"><div id="readability-page-1" class="page"><div><div><p>Ana Cruz</p><p><span>Follow</span></p>
<p><span>3 min read</span></p><p><span>·</span></p><p><span>Mar 14, 2025</span></p><p>--</p><p>1</p><p>Listen</p><p>Share</p></div>
<figure><img src="a.jpg"><figcaption>Photo by the author.</figcaption></figure>
<p>The sea went out.</p><hr><p>It came back.</p></div><div><p>--</p><p>--</p><p>1</p></div></div></div></div></div>
<div class="toolbar reader-toolbar"><button aria-label="Close Reader View"><span class="hover-label">Close Reader View</span></button></div></body></html>"#;

    /// The article alone, between its byline bar and its counts, titled and credited
    /// from the header: the rule under the header is no break, the one inside is.
    #[test]
    fn a_reader_view_page_is_its_article() {
        let doc = Html::parse_document(PAGE);
        let a = article(&doc).expect("a Reader View page");
        let w = read(&doc, a, "en");
        assert_eq!(w.title.as_deref(), Some("Tide"));
        assert_eq!(w.authors, ["Ana Cruz"]);
        let body: Vec<String> = w.parts[0].body.iter().map(Block::plain).collect();
        assert_eq!(body, ["The sea went out.", "", "It came back."]);
        assert_eq!(w.parts[0].body[1], Block::SceneBreak);
        assert_eq!(w.tag(&["Language"]), ["en"]);
    }

    /// A story's own short first line stays: only a bar's pieces go.
    #[test]
    fn a_storys_own_short_lines_stay() {
        assert!(!is_bar(&para("Rain."), "Ana Cruz"));
        assert!(!is_bar(&para("May came."), "Ana Cruz"));
        assert!(is_bar(&para("12 min read"), ""));
        assert!(is_bar(&para("1.2K"), ""));
        assert!(is_bar(&para("Sep 3, 2024"), ""));
        let doc = Html::parse_document("<html><body><p>Hi.</p></body></html>");
        assert!(article(&doc).is_none());
    }

    /// A story that opens with a date or a number under the bar, or ends on one, keeps
    /// them: a diary's dates, a countdown's numbers.
    #[test]
    fn dates_and_numbers_around_the_story_stay() {
        for (paras, want) in [
            (
                "<p>Mar 3, 1915</p><p>Rain again.</p><p>Dec 24, 1915</p>",
                vec!["Mar 3, 1915", "Rain again.", "Dec 24, 1915"],
            ),
            ("<p>3</p><p>Noon.</p><p>1</p>", vec!["3", "Noon.", "1"]),
            (
                "<p>Ana Cruz</p><p>Share</p><p>3</p><p>Noon.</p><hr><p>12</p>",
                vec!["3", "Noon."],
            ),
        ] {
            let page = format!(
                r#"<html><body><h1 class="reader-title">T</h1><div class="reader-credits">Ana Cruz</div><div class="moz-reader-content"><div>{paras}</div></div></body></html>"#
            );
            let doc = Html::parse_document(&page);
            let w = read(&doc, article(&doc).expect("reader view"), "en");
            let body: Vec<String> = w.parts[0].body.iter().map(Block::plain).collect();
            assert_eq!(body, want, "{paras}");
        }
    }

    fn para(t: &str) -> Block {
        Block::Paragraph(vec![crate::model::Inline::Text(t.into())])
    }
}
