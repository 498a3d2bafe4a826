//! EPUB lists and quoted passages: a [`Block::List`] → `<ul>`/`<ol>` markup, and the
//! styles lists and quotes get (only in books that have them).
//!
//! Input: a list of the model. Output: XHTML text appended to the chapter page, and the
//! stylesheet's list rules. The quote itself (`<blockquote>` around its blocks) is
//! written with the other blocks in [`super::xhtml`].

use super::xhtml::inlines;
use crate::model::{Block, Book, List};
use std::fmt::Write;

/// A list: `<ul>`, or `<ol>` with its `start`, whose items show their numbers as text
/// (`<span class="num">3.</span>`, the list's own numbering turned off by the
/// stylesheet), as the PDF draws them: a numbered list's numbers are words of the story.
/// An item of one paragraph holds its text directly, as does one of a paragraph over
/// the lists nested under it (the lists then follow); others hold their blocks, as
/// `blocks` writes them.
pub(super) fn list(out: &mut String, l: &List, mut blocks: impl FnMut(&mut String, &[Block])) {
    let tag = if l.ordered { "ol" } else { "ul" };
    match l.start {
        s if l.ordered && s != 1 => {
            let _ = writeln!(out, "<ol class=\"list\" start=\"{s}\">");
        }
        _ => {
            let _ = writeln!(out, "<{tag} class=\"list\">");
        }
    }
    for (k, item) in l.items.iter().enumerate() {
        out.push_str("<li>");
        if let Some(n) = l.number(k) {
            let _ = write!(out, "<span class=\"num\">{n}</span> ");
        }
        match &item[..] {
            [Block::Paragraph(inl)] => inlines(out, inl),
            // An item's text with the lists under it: the text beside its label, as
            // an item of one paragraph, the lists after it.
            [Block::Paragraph(inl), rest @ ..]
                if rest.iter().all(|b| matches!(b, Block::List(_))) =>
            {
                inlines(out, inl);
                out.push('\n');
                blocks(out, rest);
            }
            _ => {
                out.push('\n');
                blocks(out, item);
            }
        }
        out.push_str("</li>\n");
    }
    let _ = writeln!(out, "</{tag}>");
}

/// Whether any chapter of `book` has a list or a quoted passage: only then does the
/// stylesheet carry [`LIST_STYLES`], so books without them stay as they were.
pub fn has_lists(book: &Book) -> bool {
    fn any(blocks: &[Block]) -> bool {
        blocks.iter().any(|b| match b {
            Block::List(_) | Block::Quote(_) => true,
            Block::Note(inner) => any(inner),
            _ => false,
        })
    }
    book.chapters
        .iter()
        .any(|c| any(&c.preface) || any(&c.body) || any(&c.afterword) || any(&c.meta.summary))
}

/// The styles of lists and quoted passages: a hanging indent with the bullet or number
/// in it, a quote indented on both sides; a line of white around each, as the PDF.
pub const LIST_STYLES: &str = r#"ul.list, ol.list { margin: 0.7em 0; padding-left: 1.8em; }
ol.list { list-style-type: none; }
ul.list > li, ol.list > li { text-indent: 0; margin: 0; }
ol.list > li { text-indent: -1.8em; }
ol.list > li > span.num { display: inline-block; min-width: 1.8em; text-indent: 0; }
li > p { text-indent: 0; }
li > ul.list, li > ol.list { margin: 0; }
blockquote { margin: 0.7em 2em; }
blockquote p { text-indent: 0; }
blockquote p + p { text-indent: 1.4em; }
"#;
