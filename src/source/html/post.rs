//! A saved page's post, after conversion: what its text opens and closes with that is
//! not story — the title repeated as a paragraph, a byline, a fic header, a taglist.
//!
//! Input: the [`Work`] the plain HTML reader filled from a page (its first part's
//! blocks). Output: the same work with, at the top of its text, a paragraph that repeats
//! the title (Word's `MsoTitle`) dropped, a byline under it (`por Inmaculada Ferrer`,
//! Word's `MsoSubtitle`) read as the author, and a fic header (`Title:`, `Author:`,
//! `Rating:`, `Summary:`, `Notes:` … one a line, as LiveJournal, Dreamwidth and Tumblr
//! posts open) read as the title, author, story information, summary and notes; at its
//! end a Tumblr taglist (`taglist: @name @name`) dropped; and paragraphs typed as a
//! list's items (`- `) made a list. Each needs its exact shape,
//! so a story's own first line or last word stays story. Pure: no I/O.

use crate::model::{Block, Inline, List, plain_text};
use crate::source::bylines::{is_name, local_byline};
use crate::source::fields::{self, Field};
use crate::source::lists::{Mark, is_speech, mark};
use crate::source::work::Work;
use crate::typography;

/// Reads the title, byline and fic header at the top of the work's first part.
pub(crate) fn read_top(work: &mut Work, lang: &str) {
    let title = work.title.clone();
    let Some(part) = work.parts.first_mut() else {
        return;
    };
    let body = &mut part.body;
    if let (Some(t), Some(Block::Paragraph(inl))) = (&title, body.first()) {
        let text = plain_text(inl);
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.trim() == t || text.trim() == typography::apply_str(&t, lang) {
            body.remove(0);
            work.decisions
                .push("the title repeated at the top of the text is the title".into());
        }
    }
    // A title set over its byline in one paragraph at the top of the text (an old home
    // page's centred `<b>~*Title*~</b><br>by NAME`): the story's title and author,
    // where the page's `<title>` often holds a short form ("~*Title*~ by NAME").
    if let Some(Block::Paragraph(inl)) = body.first()
        && let [top, by] = inl
            .split(|i| *i == Inline::LineBreak)
            .map(plain_text)
            .collect::<Vec<_>>()
            .as_slice()
        && let Some(who) = local_byline(by).filter(|w| is_name(w))
        && let Some(t) = title_line(top)
    {
        let who = who.trim().to_string();
        work.decisions.push(format!(
            "the title and byline at the top of the text name the story ({t}) and its \
             author ({who})"
        ));
        work.title = Some(t);
        if work.authors.is_empty() {
            work.authors.push(who);
        }
        body.remove(0);
    }
    // A byline in a paragraph, or set as a heading under the title (`<h3>by NAME</h3>`).
    let first = match body.first() {
        Some(Block::Paragraph(inl)) if !inl.contains(&Inline::LineBreak) => Some(plain_text(inl)),
        Some(Block::Heading(h)) => Some(h.clone()),
        _ => None,
    };
    if let Some(line) = first
        && let Some(who) = local_byline(&line).filter(|w| is_name(w))
    {
        let who = who.to_string();
        if work.authors.is_empty() {
            work.authors.push(who.clone());
        }
        body.remove(0);
        work.decisions.push(format!(
            "the byline at the top of the text names the author ({who})"
        ));
    }
    // The header's lines: in one paragraph of lines, or one a paragraph.
    let mut fields = Vec::new();
    let mut paras = 0;
    while let Some(Block::Paragraph(inl)) = body.get(paras)
        && let Some(lines) = header_lines(inl)
    {
        fields.extend(lines);
        paras += 1;
    }
    if fields.len() >= 2 && fields.iter().any(|f| f.field.is_strong()) {
        body.drain(..paras);
        let labels: Vec<String> = fields.iter().map(|f| f.label.clone()).collect();
        work.decisions.push(format!(
            "a fic header opens the text ({}): its fields are the story's information, \
             its summary and notes the preface",
            labels.join(", ")
        ));
        for f in fields {
            file(work, f);
        }
    }
}

/// Marks a title line is decorated with on both sides (`~*Title*~`, `== Title ==`).
const DECORATION: &[char] = &['~', '*', '=', '-', '+', '_', '.', '·', '•', '°', '^', '#'];

/// A line that reads as a title: a few words (decoration on both sides taken off),
/// opening with a letter or digit, not a sentence's end.
fn title_line(line: &str) -> Option<String> {
    let t = line.trim();
    let inner = t.trim_matches(|c: char| DECORATION.contains(&c) || c.is_whitespace());
    let decorated = inner.len() < t.len();
    let both = !decorated || (t.starts_with(DECORATION) && t.ends_with(DECORATION));
    let words = inner.split_whitespace().count();
    let ok = both
        && (1..=12).contains(&words)
        && inner.starts_with(char::is_alphanumeric)
        && !inner.ends_with(['.', ',', ';', ':']);
    ok.then(|| inner.to_string())
}

/// Makes lists of the typed ones in the work's text: two or more paragraphs in a row,
/// each one line opened by the same bullet (`- `, `* `, `• `), as a Wattpad part types a
/// list with no `<ul>`; hyphens that open speech (`- Yes, - she said.`) stay text.
pub(crate) fn typed_lists(work: &mut Work, lang: &str) {
    let mut made = 0;
    for part in &mut work.parts {
        let body = std::mem::take(&mut part.body);
        let mut out: Vec<Block> = Vec::with_capacity(body.len());
        let mut run: Vec<Typed> = Vec::new();
        let mut flush = |run: &mut Vec<Typed>, out: &mut Vec<Block>| {
            let texts: Vec<&str> = run.iter().map(|r| r.text.as_str()).collect();
            let speech =
                run.first().is_some_and(|r| r.bullet == '-') && is_speech(&texts, lang, false);
            if run.len() >= 2 && !speech {
                made += 1;
                out.push(Block::List(List {
                    ordered: false,
                    start: 1,
                    letters: false,
                    items: run
                        .drain(..)
                        .map(|t| vec![Block::Paragraph(t.item)])
                        .collect(),
                }));
            } else {
                out.extend(run.drain(..).map(|t| t.block));
            }
        };
        for b in body {
            let item = match &b {
                Block::Paragraph(inl) if !inl.contains(&Inline::LineBreak) => {
                    let text = plain_text(inl);
                    match mark(&text) {
                        Some((Mark::Bullet(c), rest)) => {
                            let at = rest.as_ptr() as usize - text.as_ptr() as usize;
                            let n = text[..at].chars().count();
                            Some(Typed {
                                bullet: c,
                                item: without_chars(inl, n),
                                text: rest.to_string(),
                                block: b.clone(),
                            })
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            match item {
                Some(i) if run.last().is_none_or(|r| r.bullet == i.bullet) => run.push(i),
                Some(i) => {
                    flush(&mut run, &mut out);
                    run.push(i);
                }
                None => {
                    flush(&mut run, &mut out);
                    out.push(b);
                }
            }
        }
        flush(&mut run, &mut out);
        part.body = out;
    }
    if made > 0 {
        work.decisions.push(format!(
            "list: {made} run(s) of paragraphs each opened by the same typed bullet are lists"
        ));
    }
}

/// A paragraph typed as a list's item.
struct Typed {
    bullet: char,
    /// The item's text, the bullet taken off.
    item: Vec<Inline>,
    /// Its plain text.
    text: String,
    /// The paragraph as it was (kept when the run is no list).
    block: Block,
}

/// One line of a fic header.
struct HeaderLine {
    field: Field,
    /// The label as written.
    label: String,
    /// The value's text.
    value: String,
    /// The value as inline runs (emphasis kept).
    value_inl: Vec<Inline>,
    /// The whole line as inline runs (a note keeps its label).
    line: Vec<Inline>,
}

/// The lines of a paragraph of `Label: value` lines, every one a field with a value. A
/// header is two or more such lines, one at least a strong sign of a header (not a lone
/// `Warning:` or `Note:`).
fn header_lines(inl: &[Inline]) -> Option<Vec<HeaderLine>> {
    let mut out = Vec::new();
    for line in inl.split(|i| *i == Inline::LineBreak) {
        let text = plain_text(line);
        let l = fields::labelled(&text)?;
        if l.value.is_empty() {
            return None;
        }
        let at = l.value.as_ptr() as usize - text.as_ptr() as usize;
        out.push(HeaderLine {
            field: l.field,
            label: l.label.to_string(),
            value: l.value.to_string(),
            value_inl: without_chars(line, text[..at].chars().count()),
            line: line.to_vec(),
        });
    }
    Some(out)
}

/// Files one header line into the work: title and author, summary and notes as the
/// preface, the others as tag groups under the names the story information reads.
fn file(work: &mut Work, f: HeaderLine) {
    let group = |name: &str, list: bool| {
        let v = if list {
            fields::items(&f.value)
        } else {
            vec![f.value.clone()]
        };
        (name.to_string(), v)
    };
    let tag = match f.field {
        Field::Title => {
            work.title = Some(f.value);
            return;
        }
        Field::Author => {
            if work.authors.is_empty() {
                work.authors.push(f.value);
            }
            return;
        }
        Field::Summary => {
            work.summary.push(Block::Paragraph(f.value_inl));
            return;
        }
        Field::Note => {
            work.notes.push(Block::Paragraph(f.line));
            return;
        }
        Field::Url => {
            work.url.get_or_insert(f.value);
            return;
        }
        Field::Boilerplate => return,
        Field::Rating => group("Rating", false),
        Field::Warnings => group("Warnings", true),
        Field::Fandoms => group("Fandom", true),
        Field::Relationships => group("Relationships", true),
        Field::Characters => group("Characters", true),
        Field::Tags => group("Tags", true),
        Field::Category => group("Category", true),
        Field::Language => group("Language", false),
        Field::Series => group("Series", false),
        Field::Stats => group("Stats", true),
        Field::Published => group("Published", false),
        Field::Updated | Field::Completed => group("Updated", false),
        Field::Words => group("Words", false),
        Field::Chapters => group("Chapters", false),
        Field::Status => group("Status", false),
        Field::Publisher => group("Publisher", false),
    };
    work.tags.push(tag);
}

/// `inl` without its first `n` characters of text (a label), spaces after them too.
fn without_chars(inl: &[Inline], mut n: usize) -> Vec<Inline> {
    fn cut(inl: &[Inline], n: &mut usize) -> Vec<Inline> {
        let mut out = Vec::new();
        for i in inl {
            if *n == 0 {
                out.push(i.clone());
                continue;
            }
            match i {
                Inline::Text(t) => {
                    let len = t.chars().count();
                    if len <= *n {
                        *n -= len;
                    } else {
                        out.push(Inline::Text(t.chars().skip(*n).collect()));
                        *n = 0;
                    }
                }
                Inline::Emphasis(c) => {
                    let c = cut(c, n);
                    if !c.is_empty() {
                        out.push(Inline::Emphasis(c));
                    }
                }
                Inline::Strong(c) => {
                    let c = cut(c, n);
                    if !c.is_empty() {
                        out.push(Inline::Strong(c));
                    }
                }
                other => out.push(other.clone()),
            }
        }
        out
    }
    let mut out = cut(inl, &mut n);
    if let Some(Inline::Text(t)) = out.first_mut() {
        *t = t.trim_start().to_string();
    }
    out
}

/// Drops a Tumblr taglist closing the text: `taglist: @name @name …` (the people the
/// author tags to tell them of a new post), the list of names after the label all
/// `@` handles but for a bracketed aside ("(ask to be added!)").
pub(crate) fn drop_taglist(work: &mut Work) {
    let Some(part) = work.parts.last_mut() else {
        return;
    };
    if part.body.last().is_some_and(is_taglist) {
        part.body.pop();
        work.decisions.push(
            "the taglist closing the post (`taglist: @…`) is Tumblr's, not the story's".into(),
        );
    }
}

fn is_taglist(b: &Block) -> bool {
    let Block::Paragraph(inl) = b else {
        return false;
    };
    let text = plain_text(inl).to_lowercase();
    let Some(rest) = ["taglist:", "tag list:", "taglist -", "tags:"]
        .iter()
        .find_map(|l| text.trim().strip_prefix(l))
    else {
        return false;
    };
    let rest = match rest.find('(') {
        Some(k) if rest.trim_end().ends_with(')') => &rest[..k],
        _ => rest,
    };
    let names: Vec<&str> = rest.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    !names.is_empty() && names.iter().all(|w| w.starts_with('@'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::work::Part;

    fn para(t: &str) -> Block {
        Block::Paragraph(vec![Inline::Text(t.into())])
    }

    fn lines(ls: &[&str]) -> Block {
        let mut inl = Vec::new();
        for (k, l) in ls.iter().enumerate() {
            if k > 0 {
                inl.push(Inline::LineBreak);
            }
            inl.push(Inline::Text(l.to_string()));
        }
        Block::Paragraph(inl)
    }

    fn work(title: &str, body: Vec<Block>) -> Work {
        Work {
            title: Some(title.into()),
            parts: vec![Part {
                body,
                ..Part::default()
            }],
            ..Work::default()
        }
    }

    /// Word's title and subtitle paragraphs: the title repeated, then `por NAME`.
    #[test]
    fn a_title_paragraph_and_byline_open_the_text() {
        let mut w = work(
            "El reloj del pasillo",
            vec![
                para("El reloj del pasillo"),
                para("por Inmaculada Ferrer-Valdelomar"),
                para("Mi abuela tenía una regla."),
            ],
        );
        read_top(&mut w, "es");
        assert_eq!(w.authors, vec!["Inmaculada Ferrer-Valdelomar"]);
        assert_eq!(w.parts[0].body, vec![para("Mi abuela tenía una regla.")]);
        // A story that opens "By the time…" keeps its first paragraph.
        let story = vec![para("By the time she came home it was dark.")];
        let mut w = work("Home", story.clone());
        read_top(&mut w, "en");
        assert!(w.authors.is_empty());
        assert_eq!(w.parts[0].body, story);
    }

    /// An old home page sets its title over its byline in one centred paragraph, and its
    /// `<title>` holds a short form: the paragraph names the story and its author.
    #[test]
    fn a_title_over_a_byline_at_the_top_names_the_story() {
        let mut w = work(
            "Comet! by skylark",
            vec![
                lines(&["=~ The Comet Over Harrow Barn ~=", "by skylark"]),
                para("Nobody else saw it."),
            ],
        );
        read_top(&mut w, "en");
        assert_eq!(w.title.as_deref(), Some("The Comet Over Harrow Barn"));
        assert_eq!(w.authors, vec!["skylark"]);
        assert_eq!(w.parts[0].body, vec![para("Nobody else saw it.")]);
        // A story's two lines that only end on "by …" stay the story's.
        let story = vec![lines(&["She sat down on the sea wall,", "by the harbour"])];
        let mut w = work("Wall", story.clone());
        read_top(&mut w, "en");
        assert_eq!(w.parts[0].body, story);
        assert_eq!(w.title.as_deref(), Some("Wall"));
    }

    /// LiveJournal's header: title, author, fields, summary and notes, one a line.
    #[test]
    fn a_fic_header_is_the_stories_information() {
        let mut w = work(
            "Fic: The Night Porter (PG, original)",
            vec![
                lines(&[
                    "Title: The Night Porter",
                    "Author: nightbookkeeper",
                    "Rating: PG",
                    "Word count: 915",
                    "Summary: Nothing in the lobby is his business.",
                    "Notes: Written for the ficathon.",
                ]),
                para("The night porter had a rule."),
            ],
        );
        read_top(&mut w, "en");
        assert_eq!(w.title.as_deref(), Some("The Night Porter"));
        assert_eq!(w.authors, vec!["nightbookkeeper"]);
        assert_eq!(
            w.summary,
            vec![para("Nothing in the lobby is his business.")]
        );
        assert_eq!(w.notes, vec![para("Notes: Written for the ficathon.")]);
        assert!(w.tags.contains(&("Words".into(), vec!["915".into()])));
        assert_eq!(w.parts[0].body, vec![para("The night porter had a rule.")]);
    }

    /// A header typed one field a paragraph reads the same; a lone note paragraph and
    /// a warning are no header (they are the author's note, found later).
    #[test]
    fn a_header_of_one_field_a_paragraph_is_a_header() {
        let mut w = work(
            "Coat",
            vec![
                para("pairing: none (gen)"),
                para("word count: 0.7k"),
                para("a/n: wrote this on the bus."),
                para("the coat was too big for her."),
            ],
        );
        read_top(&mut w, "en");
        assert_eq!(w.notes, vec![para("a/n: wrote this on the bus.")]);
        assert_eq!(w.parts[0].body, vec![para("the coat was too big for her.")]);
        let body = vec![
            para("A/N: wrote this on the bus."),
            para("Warning: grief."),
            para("The coat was too big for her."),
        ];
        let mut w = work("Coat", body.clone());
        read_top(&mut w, "en");
        assert_eq!(w.parts[0].body, body);
    }

    /// Lines of a story that only start like labels are no header: one line that is
    /// not a field keeps the whole paragraph in the story.
    #[test]
    fn a_paragraph_with_a_line_of_story_is_no_header() {
        let body = vec![lines(&[
            "Rating: the inspector gave the kitchen a four.",
            "She laughed at that for a week.",
        ])];
        let mut w = work("Kitchen", body.clone());
        read_top(&mut w, "en");
        assert_eq!(w.parts[0].body, body);
        assert!(w.tags.is_empty());
    }

    /// Wattpad types a list as paragraphs opened by `- `; dialogue opened by hyphens,
    /// with a speaker's tag after a dash, stays paragraphs.
    #[test]
    fn paragraphs_typed_as_bullets_are_a_list() {
        let mut w = work(
            "Static",
            vec![
                para("She wrote it down anyway:"),
                para("- 2:14 a.m. TV on, Rm 9."),
                para("- Late news. One story."),
                para("Later she looked it up."),
            ],
        );
        typed_lists(&mut w, "en");
        let b = &w.parts[0].body;
        assert_eq!(b.len(), 3);
        let Block::List(l) = &b[1] else {
            panic!("{b:?}")
        };
        assert_eq!(l.items[1], vec![para("Late news. One story.")]);
        let talk = vec![
            para("- ¿Vienes? - preguntó ella."),
            para("- No. - dijo él."),
        ];
        let mut w = work("Charla", talk.clone());
        typed_lists(&mut w, "es");
        assert_eq!(w.parts[0].body, talk);
    }

    #[test]
    fn a_taglist_closing_a_post_is_dropped() {
        let mut w = work(
            "Coat",
            vec![
                para("she let herself."),
                para("taglist: @coffeeandcorduroy @theoldbandshirt (ask to be added!)"),
            ],
        );
        drop_taglist(&mut w);
        assert_eq!(w.parts[0].body, vec![para("she let herself.")]);
        // A last line that names a tag list in a sentence is story.
        let story = vec![para("taglist: she never kept one, and @ signs scared her.")];
        let mut w = work("Coat", story.clone());
        drop_taglist(&mut w);
        assert_eq!(w.parts[0].body, story);
    }
}
