//! A saved page's post, after conversion: what its text opens and closes with that is
//! not story — the title repeated as a paragraph, a byline, a note box, a fic header, a
//! taglist.
//!
//! Input: the [`Work`] the plain HTML reader filled from a page (its first part's
//! blocks). Output: the same work with, at the top of its text, a paragraph that repeats
//! the title (Word's `MsoTitle`) dropped, a byline under it (`por Inmaculada Ferrer`,
//! Word's `MsoSubtitle`, a personal page's `by NAME · gen · june 2023`) read as the
//! author, the page's note box over the story (`<aside class="note">`) and under it read
//! as the notes, and a fic header (`Title:`, `Author:`, `Rating:`, `Summary:`, `Notes:`
//! … one a line, as LiveJournal, Dreamwidth and Tumblr posts open) read as the title,
//! author, story information, summary and notes; at its end a Tumblr taglist (`taglist:
//! @name @name`) dropped; and paragraphs typed as a list's items (`- `) made a list.
//! Each needs its exact shape, so a story's own first line or last word stays story.
//! Pure: no I/O.

use crate::model::{Block, Inline, List, plain_text};
use crate::source::bylines::{byline, is_name, local_byline};
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
    // An old home page may add the author's address under the byline.
    let lines = match body.first() {
        Some(Block::Paragraph(inl)) => inl
            .split(|i| *i == Inline::LineBreak)
            .map(plain_text)
            .collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    let address = |l: &str| {
        let l = l.trim();
        !l.contains(' ') && (l.contains('@') || l.starts_with("http")) && l.contains('.')
    };
    if let [top, by] | [top, by, _] = lines.as_slice()
        && (lines.len() == 2 || address(&lines[2]))
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
    // A title paragraph over a byline paragraph, where the page had no title of its own
    // (an RTF document has no title style): the title and the author.
    if title.is_none()
        && let [Block::Paragraph(top), Block::Paragraph(by), ..] = body.as_slice()
        && !top.contains(&Inline::LineBreak)
        && let Some(t) = title_line(&plain_text(top))
        && let Some(who) = byline(plain_text(by).trim()).filter(|w| is_name(w))
    {
        let who = who.to_string();
        work.decisions.push(format!(
            "the title and byline paragraphs at the top of the text name the story ({t}) \
             and its author ({who})"
        ));
        work.title = Some(t);
        if work.authors.is_empty() {
            work.authors.push(who);
        }
        body.drain(..2);
    }
    // A byline in a paragraph, or set as a heading under the title (`<h3>by NAME</h3>`).
    let first = match body.first() {
        Some(Block::Paragraph(inl)) if !inl.contains(&Inline::LineBreak) => Some(plain_text(inl)),
        Some(Block::Heading(h)) => Some(h.clone()),
        _ => None,
    };
    if let Some(line) = first
        && let Some(who) = local_byline(&line)
            .filter(|w| is_name(w))
            .or_else(|| local_byline(before_details(&line)?).filter(|w| is_name(w)))
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
    note_boxes(work);
    let Some(body) = work.parts.first_mut().map(|p| &mut p.body) else {
        return;
    };
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

/// Takes the page's note boxes ([`Block::Note`], as `<aside class="note">` converts)
/// at the very top and the very end of the work's text off it: the one over the story is
/// the work's notes, the one under it its end notes, and the rules that part them from
/// the story no scene breaks. A note box between two parts of the story stays there.
pub(crate) fn note_boxes(work: &mut Work) {
    let is_rule = |b: &Block| *b == Block::SceneBreak;
    if let Some(part) = work.parts.first_mut()
        && let Some(Block::Note(_)) = part.body.first()
        && let Block::Note(note) = part.body.remove(0)
    {
        let rules = part.body.iter().take_while(|b| is_rule(b)).count();
        part.body.drain(..rules);
        work.notes.extend(note);
        work.decisions.push(format!(
            "preface: the page's note box over the story is the author's note{}",
            if rules > 0 {
                ", and the rule under it no scene break"
            } else {
                ""
            }
        ));
    }
    if let Some(part) = work.parts.last_mut() {
        let rules = part.body.iter().rev().take_while(|b| is_rule(b)).count();
        let n = part.body.len();
        if n > rules + 1 && matches!(part.body[n - rules - 1], Block::Note(_)) {
            part.body.truncate(n - rules);
            if let Some(Block::Note(note)) = part.body.pop() {
                let more = part.body.iter().rev().take_while(|b| is_rule(b)).count();
                part.body.truncate(part.body.len() - more);
                work.end_notes.splice(0..0, note);
                work.decisions.push(format!(
                    "afterword: the page's note box under the story is the author's note{}",
                    if rules + more > 0 {
                        ", and the rule over it no scene break"
                    } else {
                        ""
                    }
                ));
            }
        }
    }
}

/// A byline's part before the details a page sets after it on the same line ("by Wren
/// Kestrel · gen · june 2023", "by NAME | rated T"): the line before its first middle dot
/// or bar, when a few words follow it.
pub(crate) fn before_details(line: &str) -> Option<&str> {
    let (head, rest) = line.split_once(['·', '|'])?;
    (rest.split_whitespace().count() <= 8).then_some(head.trim())
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

/// Drops an old home page's foot closing the text: its webring box ("This X-Files Fanfic
/// Webring site is owned by NAME. [Prev] [Skip It] [Next] [Random] [List Sites]") and
/// its hit counter ("You are visitor number … since March 3, 1999").
pub(crate) fn drop_home_page_foot(work: &mut Work) {
    let Some(part) = work.parts.last_mut() else {
        return;
    };
    let mut gone = 0;
    while part.body.last().is_some_and(is_home_page_foot) {
        part.body.pop();
        gone += 1;
    }
    if gone > 0 {
        work.decisions.push(format!(
            "the last {gone} paragraph(s) are a home page's webring box and hit counter, not \
             the story's"
        ));
    }
}

fn is_home_page_foot(b: &Block) -> bool {
    let Block::Paragraph(inl) = b else {
        return false;
    };
    let text = plain_text(inl).to_lowercase();
    let ring = text.contains("webring") && text.contains("[next]");
    let counter = (text.starts_with("you are visitor") || text.starts_with("you are the"))
        && text.contains("visitor")
        && text.split_whitespace().count() <= 16;
    ring || counter
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
mod tests;
