//! HTML content, verse: paragraphs of lines broken with `<br/>` that are a poem's
//! stanzas, as [`Block::Stanza`]s with the indents their lines open with.
//!
//! Input: a part's blocks, converted and tidied. Output: the same blocks, with the
//! paragraphs that give evidence of verse made stanzas. The evidence is the plain-text
//! reader's (see `source::verse`): in a run of paragraphs of short lines, one of three
//! lines or more that indents a line past its first with no-break spaces or em spaces
//! (`&nbsp;&nbsp;&nbsp;&nbsp;a Bible, a ledger`, as archives keep a poet's indents), or
//! two or more paragraphs of three such lines. A letter's closing, an address or an
//! e-mail's header in `<br/>` lines stays a paragraph, and so does a closing right
//! after a poem. Pure: no I/O.

use crate::model::{Block, Inline, VerseLine, plain_text, split_lines};
use crate::source::verse::{INDENT_COLUMNS, levels, verse_line};

/// A paragraph's lines, each with the columns of white space it opened with.
type Lines = Vec<(usize, Vec<Inline>)>;

/// The columns of white space a line of text opens with: a no-break space or a space
/// counts one, an em space or a tab [`INDENT_COLUMNS`].
fn lead_columns(t: &str) -> usize {
    t.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| match c {
            '\u{2003}' | '\t' => INDENT_COLUMNS,
            _ => 1,
        })
        .sum()
}

/// Takes the white space off the start of a line's first text (inside emphasis too);
/// returns its columns.
fn strip_lead(line: &mut [Inline]) -> usize {
    match line.first_mut() {
        Some(Inline::Text(t)) => {
            let n = lead_columns(t);
            *t = t.trim_start().to_string();
            n
        }
        Some(Inline::Emphasis(c) | Inline::Strong(c)) => strip_lead(c),
        _ => 0,
    }
}

/// A paragraph's lines, each with the columns it is indented, when it has two or more
/// and every one could be a line of verse.
fn lines_of(b: &Block) -> Option<Lines> {
    let Block::Paragraph(inl) = b else {
        return None;
    };
    if !inl.iter().any(|i| matches!(i, Inline::LineBreak)) {
        return None;
    }
    let lines: Lines = split_lines(inl)
        .into_iter()
        .map(|mut l| (strip_lead(&mut l), l))
        .collect();
    let short = lines.iter().all(|(_, l)| verse_line(plain_text(l).trim()));
    (lines.len() >= 2 && short).then_some(lines)
}

/// Whether a paragraph's lines are a letter's closing: two lines, a valediction ending
/// in a comma, a dash or `!` (`Yours ever,`, `Love always —`), and a signature of four
/// words at most with no stop but a full stop (`C.`, `— S.`, `Your loving sister`).
fn is_closing(lines: &Lines) -> bool {
    let [(_, first), (_, sign)] = &lines[..] else {
        return false;
    };
    let first = plain_text(first);
    let sign = plain_text(sign);
    first.trim_end().ends_with([',', '!', '—', '–'])
        && (1..=4).contains(&sign.split_whitespace().count())
        && !sign.trim_end().ends_with([',', ';', ':', '?', '!'])
}

/// Makes stanzas of the paragraphs in `blocks` that give evidence of verse; returns
/// how many.
pub(crate) fn mark(blocks: &mut [Block]) -> usize {
    let found: Vec<Option<Lines>> = blocks.iter().map(lines_of).collect();
    let mut made = 0;
    let mut k = 0;
    while k < blocks.len() {
        let mut end = (k..blocks.len())
            .find(|&j| found[j].is_none())
            .unwrap_or(blocks.len());
        // A letter's closing right after a poem is the letter's, not a stanza.
        if end - k >= 2 && found[end - 1].as_ref().is_some_and(is_closing) {
            end -= 1;
        }
        let run = &found[k..end];
        let long =
            |l: &&Option<Vec<(usize, Vec<Inline>)>>| l.as_ref().is_some_and(|l| l.len() >= 3);
        let indented = run.iter().filter(long).any(|l| {
            let l = l.as_ref().expect("a run of paragraphs of lines");
            l.iter().skip(1).any(|(c, _)| *c > l[0].0)
        });
        if indented || run.iter().filter(long).count() >= 2 {
            for j in k..end {
                let lines = found[j].clone().expect("a run of paragraphs of lines");
                let cols: Vec<usize> = lines.iter().map(|(c, _)| *c).collect();
                blocks[j] = Block::Stanza(
                    lines
                        .into_iter()
                        .zip(levels(&cols))
                        .map(|((_, inlines), indent)| VerseLine { indent, inlines })
                        .collect(),
                );
                made += 1;
            }
        }
        k = end.max(k + 1);
    }
    made
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(html: &str) -> Vec<Block> {
        let doc = scraper::Html::parse_document(html);
        let mut c = super::super::Converter::new("en");
        c.add(doc.root_element());
        let mut b = c.take();
        super::super::tidy(&mut b);
        b
    }

    #[test]
    fn nbsp_indented_lines_are_a_stanza() {
        let mut b = conv(
            "<p>The relief boat leaves me on the rock<br/>with a crate of tins,<br/>\
             &nbsp;&nbsp;&nbsp;&nbsp;a Bible, a ledger, a pencil<br/>and a man.</p>\
             <p>That was the poem he sent me, the winter before he gave up the light for good.</p>\
             <p>Yours ever,<br/>&nbsp;&nbsp;&nbsp;&nbsp;C.</p>",
        );
        assert_eq!(mark(&mut b), 1);
        let Block::Stanza(lines) = &b[0] else {
            panic!("{:?}", b[0])
        };
        let indents: Vec<u8> = lines.iter().map(|l| l.indent).collect();
        assert_eq!(indents, [0, 0, 1, 0]);
        assert_eq!(plain_text(&lines[2].inlines), "a Bible, a ledger, a pencil");
        // A letter's closing, its signature indented, is no poem.
        assert!(matches!(b[2], Block::Paragraph(_)));
    }

    /// Lines indented by a `padding-left` or `margin-left` style are verse's indents
    /// (2em one level, 80px two); a closing after the poem stays the letter's.
    #[test]
    fn styled_indents_are_levels_and_a_closing_is_no_stanza() {
        let mut b = conv(
            "<p>The gulls go out at six,<br/><span style=\"padding-left: 2em\">the boats at seven,</span><br/>\
             <span style=\"margin-left:80px\">and I at noon</span><br/>to count them home.</p>\
             <p>Love,<br/>Ana</p>",
        );
        assert_eq!(mark(&mut b), 1, "{b:?}");
        let Block::Stanza(lines) = &b[0] else {
            panic!("{:?}", b[0])
        };
        let indents: Vec<u8> = lines.iter().map(|l| l.indent).collect();
        assert_eq!(indents, [0, 1, 2, 0]);
        assert_eq!(plain_text(&lines[1].inlines), "the boats at seven,");
        assert!(matches!(b[1], Block::Paragraph(_)), "{:?}", b[1]);
        // Two stanzas and a closing: the stanzas are verse, the closing is not.
        let mut b = conv(
            "<p>Down where the river runs,<br/>We sang to keep the dark away;<br/>Wait for the day.</p>\
             <p>Now the mill is still,<br/>Sing it again for the daughter,<br/>Sing her out to sea.</p>\
             <p>Yours ever,<br/>&nbsp;&nbsp;&nbsp;&nbsp;C.</p>",
        );
        assert_eq!(mark(&mut b), 2);
        assert!(matches!(b[2], Block::Paragraph(_)));
    }

    #[test]
    fn two_stanzas_are_verse_and_a_header_is_not() {
        let mut b = conv(
            "<p>Down where the river runs,<br/>We sang to keep the dark away;<br/>Wait for the day.</p>\
             <p>Now the mill is still,<br/>Sing it again for the daughter,<br/>Sing her out to sea.</p>",
        );
        assert_eq!(mark(&mut b), 2);
        let mut b = conv(
            "<p>From: Ana Lopes<br/>To: Tom Reid<br/>Subject: the tenor</p>\
             <p>From: Tom Reid<br/>To: Ana Lopes<br/>Subject: Re: the tenor</p>",
        );
        assert_eq!(mark(&mut b), 0);
        let mut b = conv("<p>Only one stanza here,<br/>of three short lines,<br/>alone.</p>");
        assert_eq!(mark(&mut b), 0);
    }
}
