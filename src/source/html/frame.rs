//! A page's frame around its story: the site's bar of links over the title, the rule and
//! the title again between the story's header and its text.
//!
//! Input: a parsed page (for the bar) or the [`Work`] the plain HTML reader filled from
//! it. Output: the bar's elements, to be left out; the work without the frame's marks.
//! A printer-friendly page (Twisting the Hellmouth's, an eFiction archive's) sets the
//! story so: the site's name and "Printer friendly version" over the title, the title,
//! the byline and a table of the story's information, a rule, the chapter's heading (the
//! title again), the author's notes, the story, "The End" (which `text_notes` leaves
//! out), a closing note. A blog post (Tumblr's, a Word page) sets its author's note
//! over the story so: a line or two in italics, a rule or a blank paragraph, the story.
//! Pure: no I/O.

use super::{body_of, links, text_of};
use crate::model::{Block, Inline};
use crate::source::notes::{NOTE_LABELS, is_labelled_note, talk_signs, talks_under_byline};
use crate::source::work::Work;
use crate::typography;
use ego_tree::NodeId;
use scraper::{ElementRef, Html};

/// A bar longer than this many words is text, whatever its links.
const BAR_WORDS: usize = 30;

/// The elements of the page that are a site's bar of links: over its title (its first
/// `<h1>`), two or more links that make at least half its words ("Twisting the
/// Hellmouth • Printer friendly version • Return to story", a trail of breadcrumbs);
/// under the title, or on a page with none, one run of three or more parted by marks
/// ("<< Back to my fics | Home | Sign my guestbook!", a webring's "[ Prev | Ring |
/// Next ]"), since two links side by side there may be the story's own. The archive's toolbar over a
/// replayed page ([`super::hosts::archive_bars`]) too.
pub(crate) fn site_bars(doc: &Html) -> Vec<NodeId> {
    let body = body_of(doc);
    let mut bars = super::hosts::archive_bars(doc);
    let h1 = body
        .descendent_elements()
        .find(|e| e.value().name() == "h1");
    let over_title: Vec<NodeId> = h1
        .map(|h| h.ancestors().map(|a| a.id()).collect())
        .unwrap_or_default();
    let mut under = h1.is_none();
    for e in body.descendent_elements() {
        if h1.is_some_and(|h| h.id() == e.id()) {
            under = true;
            continue;
        }
        let inside = e.ancestors().any(|a| bars.contains(&a.id()));
        if inside || over_title.contains(&e.id()) {
            continue;
        }
        let bar = match bar_shape(e) {
            Some((links, marked)) if under => links >= 3 && marked && !holds_blocks(e),
            Some(_) => true,
            None => false,
        };
        if bar {
            bars.push(e.id());
        }
    }
    if let Some(text) = super::page::content(doc) {
        for e in super::hand::edge_links(text) {
            if !bars.contains(&e) {
                bars.push(e);
            }
        }
    }
    bars
}

/// Whether `e` holds paragraphs or other blocks: a bar under the title is one run of
/// links (a short page's whole body, or a story's section, is not one).
fn holds_blocks(e: ElementRef<'_>) -> bool {
    e.descendent_elements().any(|d| {
        matches!(
            d.value().name(),
            "p" | "div"
                | "table"
                | "ul"
                | "ol"
                | "li"
                | "blockquote"
                | "section"
                | "article"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "hr"
        )
    })
}

/// Whether `e` is shaped as a bar of links: two or more, at least half its words, few
/// words, with marks or nothing between them. Returns how many links it has and
/// whether marks part them.
fn bar_shape(e: ElementRef<'_>) -> Option<(usize, bool)> {
    let words = |t: &str| {
        t.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let all = words(&text_of(e));
    // Too long for a bar: said before its links and the text between them are walked,
    // which on a page of deeply nested elements costs each element its whole subtree.
    if all > BAR_WORDS {
        return None;
    }
    let linked: Vec<usize> = links(e).map(|a| words(&text_of(a))).collect();
    // Between its links a bar has marks that part them ("•", "|", "»") or nothing: a
    // dedication over the title ("For ann_writes and bo_reads", both linked) has words.
    let between: String = e
        .descendants()
        .filter(|n| {
            !n.ancestors()
                .take_while(|a| a.id() != e.id())
                .any(|a| a.value().as_element().is_some_and(|el| el.name() == "a"))
        })
        .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
        .collect();
    let marked = between.contains(SEPARATORS);
    let parted = words(&between) == 0 || marked;
    let bar =
        linked.len() >= 2 && all <= BAR_WORDS && 2 * linked.iter().sum::<usize>() >= all && parted;
    bar.then_some((linked.len(), marked))
}

/// The marks a bar of links sets between them.
const SEPARATORS: &[char] = &['•', '|', '·', '»', '›', '>', '/', '∙', '◦', '⁄'];

/// Takes off what stands between the story's header and its text: a rule under the
/// header and the chapter's heading that repeats the title. Returns whether it did.
pub(crate) fn after_header(work: &mut Work, lang: &str) -> bool {
    let title = work.title.clone();
    let Some(part) = work.parts.first_mut() else {
        return false;
    };
    let body = &mut part.body;
    let rules = body.iter().take_while(|b| **b == Block::SceneBreak).count();
    let again = match (&title, body.get(rules)) {
        (Some(t), Some(Block::Heading(h))) => {
            let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
            *h == t || *h == typography::apply_str(&t, lang)
        }
        _ => false,
    };
    if !again {
        return false;
    }
    body.drain(..=rules);
    let more = body.iter().take_while(|b| **b == Block::SceneBreak).count();
    body.drain(..more);
    work.decisions.push(
        "the chapter's heading under the story's header repeats the title: it is the title, \
         and the rule over it no scene break"
            .into(),
    );
    true
}

/// The most paragraphs a note over the story's rule may have.
const NOTE_PARAS: usize = 2;
/// The fewest paragraphs of story under the note's rule.
const STORY_PARAS: usize = 3;

/// Whether a paragraph's text is all in italics or bold.
pub(crate) fn all_emphasised(inl: &[Inline]) -> bool {
    inl.iter()
        .any(|i| matches!(i, Inline::Emphasis(_) | Inline::Strong(_)))
        && inl.iter().all(|i| match i {
            Inline::Emphasis(_) | Inline::Strong(_) | Inline::LineBreak => true,
            Inline::Text(t) => t.trim().is_empty(),
            Inline::NoteRef { .. } => false,
        })
}

/// Takes the author's note set over the story off the top of its text: one or two
/// paragraphs all in italics or bold that talk like an author (a phrase only an author
/// uses to readers, or the whole paragraph in brackets; one paragraph right under the
/// title and byline as a note set there talks, see `notes::talks_under_byline`), then a
/// rule or a blank paragraph, then the story (three paragraphs or more). The note becomes the work's
/// notes, the rule under it no scene break. Returns whether it did.
pub(crate) fn note_over_rule(work: &mut Work) -> bool {
    note_over_rule_by(work, talks_as_author)
}

/// [`note_over_rule`] with `talks` saying which paragraphs talk like an author.
pub(crate) fn note_over_rule_by(work: &mut Work, talks: fn(&str) -> bool) -> bool {
    let Some(part) = work.parts.first() else {
        return false;
    };
    // Blank paragraphs over the note (an image's, left out) count for nothing.
    let lead = part.body.iter().take_while(|b| b.is_blank()).count();
    let body = &part.body[lead..];
    let note = body
        .iter()
        .take(NOTE_PARAS + 1)
        .take_while(|b| matches!(b, Block::Paragraph(inl) if all_emphasised(inl)))
        .count();
    let divider = |b: &Block| *b == Block::SceneBreak || b.is_blank();
    if note == 0 || note > NOTE_PARAS || !body.get(note).is_some_and(divider) {
        return false;
    }
    // Right under the title and byline, one italic paragraph needs only to talk as such
    // a note does ("Written for my grandmother… This is my guess.").
    let under_byline = work.title.is_some() && !work.authors.is_empty() && note == 1;
    let talks = body[..note]
        .iter()
        .all(|b| talks(&b.plain()) || (under_byline && talks_under_byline(&b.plain())));
    let rules = body[note..].iter().take_while(|b| divider(b)).count();
    let story = body[note + rules..]
        .iter()
        .filter(|b| matches!(b, Block::Paragraph(_)) && !b.is_blank())
        .count();
    if !talks || story < STORY_PARAS {
        return false;
    }
    let part = &mut work.parts[0];
    let moved: Vec<Block> = part
        .body
        .drain(..lead + note + rules)
        .skip(lead)
        .take(note)
        .collect();
    work.notes.extend(moved);
    work.decisions.push(format!(
        "preface: the {note} paragraph(s) in italics over the rule at the top of the text \
         talk like an author's note: they are the preface, and the rule no scene break"
    ));
    true
}

/// Takes the author's note set under the story off the end of its text, as
/// [`note_over_rule`] takes the one over it: the story (three paragraphs or more), a
/// rule or a blank paragraph, then one or two paragraphs all in italics or bold that
/// talk like an author by `talks` ("If you enjoyed this, …", "Thanks to my patrons
/// …"). The note becomes the work's end notes, the rule over it no scene break. Returns
/// whether it did.
pub(crate) fn note_under_rule_by(work: &mut Work, talks: fn(&str) -> bool) -> bool {
    let Some(part) = work.parts.last() else {
        return false;
    };
    let body = &part.body;
    let note = body
        .iter()
        .rev()
        .take(NOTE_PARAS + 1)
        .take_while(|b| matches!(b, Block::Paragraph(inl) if all_emphasised(inl)))
        .count();
    let divider = |b: &Block| *b == Block::SceneBreak || b.is_blank();
    let n = body.len();
    if note == 0 || note > NOTE_PARAS || n <= note || !divider(&body[n - note - 1]) {
        return false;
    }
    let talks = body[n - note..].iter().all(|b| talks(&b.plain()));
    let rules = body[..n - note]
        .iter()
        .rev()
        .take_while(|b| divider(b))
        .count();
    let story = body[..n - note - rules]
        .iter()
        .filter(|b| matches!(b, Block::Paragraph(_)) && !b.is_blank())
        .count();
    if !talks || story < STORY_PARAS {
        return false;
    }
    let part = work.parts.last_mut().expect("checked above");
    let moved: Vec<Block> = part.body.drain(n - note - rules..).skip(rules).collect();
    work.end_notes.splice(0..0, moved);
    work.decisions.push(format!(
        "afterword: the {note} paragraph(s) in italics under the rule at the end of the \
         text talk like an author's note: they are the afterword, and the rule no scene break"
    ));
    true
}

/// Whether a note's paragraph talks like an author: a phrase only an author uses to
/// readers, the whole paragraph in brackets, or a label that calls it a note
/// ("Author's note:", "A note before we start:").
pub(crate) fn talks_as_author(text: &str) -> bool {
    let t = text.trim();
    let bracketed =
        (t.starts_with('(') && t.ends_with(')')) || (t.starts_with('[') && t.ends_with(']'));
    bracketed || talk_signs(t).0 >= 1 || calls_itself_a_note(t)
}

/// Words that name a note in a label, lowercase.
const NOTE_WORDS: &[&str] = &["note", "notes", "nota", "notas", "notiz", "remarque"];

/// Whether a paragraph opens by calling itself a note: a note's label, or a few words
/// before a colon with a note's word among them ("A note before we start:", "Quick
/// note:").
fn calls_itself_a_note(t: &str) -> bool {
    is_labelled_note(t, NOTE_LABELS)
        || t.split_once(':').is_some_and(|(head, _)| {
            let words: Vec<String> = head
                .split_whitespace()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .collect();
            (1..=6).contains(&words.len()) && words.iter().any(|w| NOTE_WORDS.contains(&w.as_str()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;
    use crate::source::work::Part;

    fn para(s: &str) -> Block {
        Block::Paragraph(vec![Inline::Text(s.into())])
    }

    /// A printer page's bar over the title is the site's; a story's own paragraph with
    /// a link, and anything under the title, is not.
    #[test]
    fn a_bar_of_links_over_the_title_is_the_sites() {
        let doc = Html::parse_document(
            r#"<html><body><div class="printheader"><a href="/">Hellmouth Tales</a> &#8226; Printer friendly version &#8226; <a href="/s/1">Return to story</a></div>
<p>A note with <a href="/x">a link</a> and more words than links in it.</p>
<h1>Lamps</h1><p><a href="/a">one</a> <a href="/b">two</a></p></body></html>"#,
        );
        let bars = site_bars(&doc);
        assert_eq!(bars.len(), 1);
        let el = ElementRef::wrap(doc.tree.get(bars[0]).expect("node")).expect("element");
        assert!(text_of(el).starts_with("Hellmouth Tales"));
        let doc = Html::parse_document("<html><body><p><a>a</a> <a>b</a></p></body></html>");
        assert!(site_bars(&doc).is_empty());
        // A dedication over the title, its names linked, is the story's.
        let doc = Html::parse_document(
            r#"<html><body><p>For <a href="/u/ann">ann_writes</a> and <a href="/u/bo">bo_reads</a></p><h1>Lamps</h1><p>Lit.</p></body></html>"#,
        );
        assert!(site_bars(&doc).is_empty());
        let doc = Html::parse_document(
            r#"<html><body><div><a href="/">Home</a> <a href="/s">Stories</a></div><h1>Lamps</h1></body></html>"#,
        );
        assert_eq!(site_bars(&doc).len(), 1);
    }

    /// Under the story of an old home page, its links back and its webring, parted by
    /// marks, are the site's; two links side by side in the story are not.
    #[test]
    fn a_bar_of_links_under_the_story_is_the_sites() {
        let doc = Html::parse_document(
            r#"<html><body><p>The comet went over.</p><p>See <a href="/a">one</a> <a href="/b">two</a></p>
<center>Visitors: 12<br><a href="/fics">&lt;&lt; Back to my fics</a> | <a href="/">Home</a> | <a href="/gb">Sign my guestbook!</a></center></body></html>"#,
        );
        let bars = site_bars(&doc);
        assert_eq!(bars.len(), 1);
        let el = ElementRef::wrap(doc.tree.get(bars[0]).expect("node")).expect("element");
        assert!(text_of(el).starts_with("Visitors: 12"), "{}", text_of(el));
    }

    /// The rule under the header and the title set again as the chapter's heading go;
    /// a heading that is not the title stays, and so does the rule over it.
    #[test]
    fn the_title_again_under_the_header_goes_with_its_rule() {
        let mut work = Work {
            title: Some("Lamps".into()),
            parts: vec![Part {
                body: vec![
                    Block::SceneBreak,
                    Block::Heading("Lamps".into()),
                    para("Disclaimer: not mine."),
                ],
                ..Part::default()
            }],
            ..Work::default()
        };
        assert!(after_header(&mut work, "en"));
        assert_eq!(work.parts[0].body, vec![para("Disclaimer: not mine.")]);
        work.parts[0].body = vec![Block::SceneBreak, Block::Heading("Part One".into())];
        assert!(!after_header(&mut work, "en"));
        assert_eq!(work.parts[0].body.len(), 2);
    }

    /// A printer-friendly page read whole: the site's bar over the title, the byline,
    /// the table of the story's fields, the rule and the title again over the author's
    /// notes, "The End" over the closing note: the story is only its text.
    #[test]
    fn a_printer_page_is_read_inside_its_frame() {
        let page = r#"<html><body><div><a href="/">Lamp Tales</a> &#8226; Printer friendly version &#8226; <a href="/s/9">Return to story</a></div>
<h1>Lamps</h1><p class="byline">by <a href="/a/1">Wick</a></p><table><tr><td>Rating:</td><td>FR7</td></tr><tr><td>Words:</td><td>9</td></tr></table>
<hr /><div><h2>Lamps</h2></div><p><b>Disclaimer:</b> Not mine.</p><hr /><div><p>She lit them.</p><p>All of them.</p></div>
<hr /><p><b>The End</b></p><p>Thanks for reading!</p></body></html>"#;
        let entry = crate::config::ChapterConfig::default();
        let kind = crate::source::import::Kind::Html;
        let (ch, _) =
            crate::source::import::read(&entry, page.as_bytes(), kind, "en").expect("read");
        let plain = |b: &[Block]| b.iter().map(Block::plain).collect::<Vec<_>>();
        assert_eq!(ch.title, "Lamps");
        assert_eq!(ch.authors, vec!["Wick".to_string()]);
        assert_eq!(ch.meta.rating.as_deref(), Some("FR7"));
        assert_eq!(plain(&ch.preface), vec!["Disclaimer: Not mine."]);
        assert_eq!(plain(&ch.body), vec!["She lit them.", "All of them."]);
        assert_eq!(plain(&ch.afterword), vec!["Thanks for reading!"]);
    }

    fn em(s: &str) -> Block {
        Block::Paragraph(vec![Inline::Emphasis(vec![Inline::Text(s.into())])])
    }

    fn one_part(body: Vec<Block>) -> Work {
        Work {
            parts: vec![Part {
                body,
                ..Part::default()
            }],
            ..Work::default()
        }
    }

    /// A post's note in italics over a rule (Tumblr's prompt line, a Word page's
    /// bracketed note over a blank spacer paragraph) is the preface and the rule no
    /// scene break; a story that opens in italics over a rule keeps its opening.
    #[test]
    fn a_note_in_italics_over_a_rule_is_the_preface() {
        let story = || vec![para("One."), para("Two."), para("Three.")];
        let mut body = vec![em("prompt from @wren: “the kettle”"), Block::SceneBreak];
        body.extend(story());
        let mut work = one_part(body);
        assert!(note_over_rule(&mut work));
        assert_eq!(work.notes, vec![em("prompt from @wren: “the kettle”")]);
        assert_eq!(work.parts[0].body, story());
        let spacer = Block::Paragraph(vec![Inline::Text("\u{a0}".into())]);
        let mut body = vec![em("(Written for the library’s contest.)"), spacer];
        body.extend(story());
        let mut work = one_part(body);
        assert!(note_over_rule(&mut work));
        assert_eq!(work.parts[0].body, story());
        // A dream in italics over a break, a note in plain type, a note over too little.
        for first in [em("She dreamt of the sea again."), para("(For my mum.)")] {
            let mut body = vec![first, Block::SceneBreak];
            body.extend(story());
            let mut work = one_part(body.clone());
            assert!(!note_over_rule(&mut work));
            assert_eq!(work.parts[0].body, body);
        }
        let body = vec![em("(For my mum.)"), Block::SceneBreak, para("One.")];
        assert!(!note_over_rule(&mut one_part(body)));
    }

    /// A Substack post's note in italics over its first rule calls itself a note in a
    /// few words before a colon ("A note before we start:"), with no phrase only an
    /// author uses; a story's italic opening with a colon further on is no note.
    #[test]
    fn an_italic_paragraph_that_calls_itself_a_note_is_the_preface() {
        let story = || vec![para("One."), para("Two."), para("Three.")];
        let note = em("Quick note first: this one came out of a tram ride in Lisbon. – R.");
        let mut body = vec![note.clone(), Block::SceneBreak];
        body.extend(story());
        let mut work = one_part(body);
        assert!(note_over_rule(&mut work));
        assert_eq!(work.notes, vec![note]);
        assert_eq!(work.parts[0].body, story());
        let dream = em("The tram climbed past the cathedral and the river below it: grey.");
        let mut body = vec![dream, Block::SceneBreak];
        body.extend(story());
        assert!(!note_over_rule(&mut one_part(body)));
    }

    /// A note in italics under the story's last rule talks like an author: the
    /// afterword, the rule no scene break; a story's last scene in italics, or a note
    /// under too little story, stays.
    #[test]
    fn an_italic_note_under_the_last_rule_is_the_afterword() {
        let story = || vec![para("One."), para("Two."), para("Three.")];
        let note = em("Thanks for reading! Kudos and comments make my day.");
        let mut body = story();
        body.extend([Block::SceneBreak, note.clone()]);
        let mut work = one_part(body);
        assert!(note_under_rule_by(&mut work, talks_as_author));
        assert_eq!(work.end_notes, vec![note]);
        assert_eq!(work.parts[0].body, story());
        let mut body = story();
        body.extend([Block::SceneBreak, em("She dreamt of the sea again.")]);
        let mut work = one_part(body.clone());
        assert!(!note_under_rule_by(&mut work, talks_as_author));
        assert_eq!(work.parts[0].body, body);
        let body = vec![para("One."), Block::SceneBreak, em("Thanks for reading!")];
        assert!(!note_under_rule_by(&mut one_part(body), talks_as_author));
    }
}
