//! Lists and quotes in text and Markdown: a story's body blocks → the same blocks with
//! runs of list lines made [`Block::List`]s and Markdown `>` quotes [`Block::Quote`]s.
//!
//! Input: the body's blocks, each with the raw paragraph it was made from, and the
//! quotes the header stage took the `>` marks off. Output: the body with lists and
//! quotes, and why (for `quire inspect`). A list needs evidence: two or more typed
//! lines in a row, with no blank line between them, each opened by the same bullet
//! (`- `, `* `, `+ `, `• `) or by numbers counting up (`1.`, `2.` or `1)`, `2)`), or,
//! in Markdown, a bulleted line that is a paragraph of its own, or a numbered one that
//! takes up the count of the list before it (`6.` after a list ending at `5.`). A
//! hyphen that opens speech is not a bullet: lines with a speaker's tag after a dash
//! (`- Yes, - she said.`), or, in a language whose dialogue opens with dashes, lines
//! that are all whole sentences, stay text; an en or em dash never opens a list.

use super::inline;
use super::lines::Layout;
pub(crate) use super::list_marks::{Mark, is_speech, mark};
use super::list_marks::{depths, follows};
use super::paragraphs::RawPara;
use super::verse::indent_columns;
use crate::model::{Block, Inline, List};
use crate::typography;

/// One typed line of a body paragraph.
struct Unit<'a> {
    /// The body block it belongs to.
    block: usize,
    /// Its line in the file (its paragraph's first line and the typed lines before it).
    line: usize,
    text: &'a str,
    mark: Option<(Mark, &'a str)>,
    /// The columns of white space it opened with in the file.
    indent: usize,
    /// How deep its item stands in the list it opens or continues (0: not nested);
    /// set once its run is found.
    depth: usize,
}

/// Makes the lists and quotes of a story's body. `paras[k]` is the raw paragraph
/// `body[k]` was made from; `quotes` the Markdown quotes' line ranges; `markdown`:
/// whether the file is Markdown (`.md`).
pub(crate) fn group(
    body: Vec<Block>,
    paras: &[&RawPara],
    (quotes, markdown): (&[(usize, usize)], bool),
    lang: &str,
    decisions: &mut Vec<String>,
) -> Vec<Block> {
    let (body, lines) = lists(body, paras, (lang, markdown), decisions);
    quoted(body, &lines, quotes, decisions)
}

/// The body with its runs of list lines made lists, and each block's first line.
fn lists(
    body: Vec<Block>,
    paras: &[&RawPara],
    (lang, markdown): (&str, bool),
    decisions: &mut Vec<String>,
) -> (Vec<Block>, Vec<usize>) {
    // Every typed line of the body's prose paragraphs, in order.
    let mut units: Vec<Unit> = body
        .iter()
        .zip(paras)
        .enumerate()
        .filter(|(_, (b, p))| matches!(b, Block::Paragraph(_)) && p.layout != Layout::Chat)
        .flat_map(|(k, (_, p))| {
            p.text.split('\n').enumerate().map(move |(n, text)| Unit {
                block: k,
                line: p.line + n,
                text,
                mark: mark(text),
                indent: p.indents.get(n).copied().unwrap_or(0) + indent_columns(text),
                depth: 0,
            })
        })
        .collect();
    // Whether block `b` follows block `a` with no blank line between.
    let touching = |a: usize, b: usize| {
        a == b || (b == a + 1 && paras[b].line == paras[a].line + paras[a].lines)
    };
    // Runs of units that are a list: (first, end) indexes into `units`.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < units.len() {
        let Some((first, _)) = units[i].mark else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < units.len()
            && touching(units[j - 1].block, units[j].block)
            && units[j].mark.is_some()
        {
            j += 1;
        }
        // How deep each line stands: the run ends at the first that continues nothing.
        let marks: Vec<(usize, Mark)> = units[i..j]
            .iter()
            .filter_map(|u| u.mark.map(|(m, _)| (u.indent, m)))
            .collect();
        let levels = depths(&marks);
        j = i + levels.iter().take_while(|d| d.is_some()).count();
        if j == i {
            i += 1;
            continue;
        }
        for (u, d) in units[i..j].iter_mut().zip(&levels) {
            u.depth = d.unwrap_or(0);
        }
        let texts: Vec<&str> = units[i..j]
            .iter()
            .filter(|u| u.depth == 0)
            .filter_map(|u| u.mark.map(|m| m.1))
            .collect();
        let speech = first == Mark::Bullet('-') && is_speech(&texts, lang, markdown);
        // In Markdown a bulleted line standing as its own paragraph is a list item, as
        // every Markdown renderer shows it (a lone number may be a year: not one).
        let lone_bullet = markdown
            && j - i == 1
            && matches!(first, Mark::Bullet(_))
            && !paras[units[i].block].text.contains('\n');
        // A lone numbered line that takes up an earlier list's count ("6." under a list
        // that ended at "5.") is that list's next item, as Markdown shows it.
        let resumed = markdown
            && j - i == 1
            && !paras[units[i].block].text.contains('\n')
            && runs
                .iter()
                .rev()
                .filter_map(|&(a, end)| units[a..end].iter().rfind(|u| u.depth == 0))
                .filter_map(|u| u.mark)
                .find(|(m, _)| matches!(m, Mark::Number(..)))
                .is_some_and(|(m, _)| follows(m, first));
        if (j - i >= 2 || lone_bullet || resumed) && !speech {
            runs.push((i, j));
        }
        i = j;
    }
    let first_line = |k: usize| paras.get(k).map_or(0, |p| p.line);
    if runs.is_empty() {
        let lines = (0..body.len()).map(first_line).collect();
        return (body, lines);
    }
    // The body again: blocks no list touches as they were, the others cut into their
    // text before a list, the list, and their text after it.
    let touched: std::collections::BTreeSet<usize> = runs
        .iter()
        .flat_map(|&(a, b)| units[a..b].iter().map(|u| u.block))
        .collect();
    let mut out = Vec::new();
    let mut lines = Vec::new();
    let mut runs = runs.into_iter().peekable();
    let mut pending: Vec<&str> = Vec::new();
    let mut u = 0;
    for (k, b) in body.into_iter().enumerate() {
        if !touched.contains(&k) {
            out.push(b);
            lines.push(first_line(k));
            continue;
        }
        while u < units.len() && units[u].block < k {
            u += 1;
        }
        while u < units.len() && units[u].block == k {
            if let Some(&(a, end)) = runs.peek()
                && a == u
            {
                flush_text(&mut pending, lang, &mut out, &mut lines, first_line(k));
                out.push(list(&units[a..end], lang));
                lines.push(first_line(k));
                decisions.push(format!(
                    "list: the {} lines from line {} open with {}: a list",
                    end - a,
                    units[a].line,
                    match units[a].mark {
                        Some((Mark::Bullet(c), _)) => format!("the same bullet `{c}`"),
                        Some((Mark::Number(n, c), _)) =>
                            format!("numbers counting up from `{n}{c}`"),
                        Some((Mark::Letter(..), _)) | None => String::new(),
                    },
                ));
                runs.next();
                u = end;
                continue;
            }
            pending.push(units[u].text);
            u += 1;
        }
        flush_text(&mut pending, lang, &mut out, &mut lines, first_line(k));
    }
    (out, lines)
}

/// The typed lines gathered, as one paragraph.
fn flush_text(
    pending: &mut Vec<&str>,
    lang: &str,
    out: &mut Vec<Block>,
    lines: &mut Vec<usize>,
    line: usize,
) {
    if pending.is_empty() {
        return;
    }
    out.push(Block::Paragraph(text(&pending.join("\n"), lang)));
    lines.push(line);
    pending.clear();
}

fn text(s: &str, lang: &str) -> Vec<Inline> {
    let mut inl = inline::parse(s);
    typography::apply(&mut inl, lang);
    inl
}

/// A list of `units`, each an item of one paragraph without its mark; a unit deeper
/// than the one before it opens a list inside that item, as the author indented it.
fn list(units: &[Unit], lang: &str) -> Block {
    Block::List(nested(units, lang))
}

/// The list whose items are the units at `units[0]`'s depth, each with the deeper
/// units after it as a list of its own.
fn nested(units: &[Unit], lang: &str) -> List {
    let depth = units.first().map_or(0, |u| u.depth);
    let (ordered, start, letters) = match units.first().and_then(|u| u.mark) {
        Some((Mark::Number(n, _), _)) => (true, n, false),
        Some((Mark::Letter(n, _), _)) => (true, n, true),
        _ => (false, 1, false),
    };
    let mut items: Vec<Vec<Block>> = Vec::new();
    let mut k = 0;
    while k < units.len() {
        let inner = 1 + units[k + 1..]
            .iter()
            .take_while(|u| u.depth > depth)
            .count();
        let mut item = Vec::new();
        if let Some((_, t)) = units[k].mark {
            item.push(Block::Paragraph(text(t, lang)));
        }
        if inner > 1 {
            item.push(Block::List(nested(&units[k + 1..k + inner], lang)));
        }
        items.push(item);
        k += inner;
    }
    List {
        ordered,
        start,
        letters,
        items,
    }
}

/// The body with the blocks inside each Markdown quote (by their first lines) made one
/// quote.
fn quoted(
    body: Vec<Block>,
    lines: &[usize],
    quotes: &[(usize, usize)],
    decisions: &mut Vec<String>,
) -> Vec<Block> {
    if quotes.is_empty() {
        return body;
    }
    let inside = |line: usize| quotes.iter().position(|&(a, b)| (a..=b).contains(&line));
    let mut out: Vec<Block> = Vec::new();
    let mut open: Option<(usize, Vec<Block>)> = None;
    for (b, &line) in body.into_iter().zip(lines) {
        let q = inside(line);
        if let Some((n, blocks)) = open.take_if(|(n, _)| Some(*n) != q) {
            let (a, z) = quotes[n];
            decisions.push(format!("quote: lines {a}–{z} are a quoted passage"));
            out.push(Block::Quote(blocks));
        }
        match (q, &mut open) {
            (Some(_), Some((_, blocks))) => blocks.push(b),
            (Some(n), None) => open = Some((n, vec![b])),
            (None, _) => out.push(b),
        }
    }
    if let Some((n, blocks)) = open {
        let (a, z) = quotes[n];
        decisions.push(format!("quote: lines {a}–{z} are a quoted passage"));
        out.push(Block::Quote(blocks));
    }
    out
}

#[cfg(test)]
mod tests;
