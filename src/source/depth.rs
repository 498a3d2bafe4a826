//! Source stage, a guard before HTML parsing: how deep does a page nest its elements?
//!
//! Input: the text of an HTML or XHTML document. Output: the first line where its
//! elements nest deeper than [`MAX_DEPTH`], if any. html5ever's tree builder checks the
//! open elements at every tag, so its work grows with the square of the nesting depth:
//! a 2 MB file of 200,000 nested `<div>`s kept it busy for minutes. Real downloads nest
//! a few dozen deep. html5ever's own tokenizer (linear) counts the depth first: a start
//! tag of an element that can hold content opens a level, its end tag closes one.
//! Elements whose end tag HTML lets a writer leave out (`<p>`, `<li>`, table cells …)
//! and void elements (`<br>`) open none, so sloppy but honest pages are not refused.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::Cell;

/// Deeper than any story page (they nest a few dozen deep) and than the deepest our own
/// tests read whole (3,000); far below where parsing grows slow (20,000 nested elements
/// cost html5ever a second, 200,000 minutes).
pub(crate) const MAX_DEPTH: usize = 4_000;

/// Elements with no content or an end tag HTML lets a writer leave out.
const OPEN_NO_LEVEL: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
    "tfoot", "rb", "rt", "rp", "html", "head", "body", "colgroup", "caption",
];

#[derive(Default)]
struct Depth {
    now: Cell<usize>,
    /// The line where the depth first went past the limit.
    over: Cell<Option<u64>>,
}

impl TokenSink for Depth {
    type Handle = ();

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<()> {
        if let Token::TagToken(tag) = token
            && !OPEN_NO_LEVEL.contains(&&*tag.name)
        {
            match tag.kind {
                TagKind::StartTag if !tag.self_closing => {
                    self.now.set(self.now.get() + 1);
                    if self.now.get() > MAX_DEPTH && self.over.get().is_none() {
                        self.over.set(Some(line));
                    }
                }
                TagKind::EndTag => self.now.set(self.now.get().saturating_sub(1)),
                TagKind::StartTag => {}
            }
        }
        TokenSinkResult::Continue
    }
}

/// The line where `html` first nests deeper than [`MAX_DEPTH`], if it does.
pub(crate) fn too_deep(html: &str) -> Option<u64> {
    let tok = Tokenizer::new(Depth::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.over.get()
}

/// The message and hint for a page that nests too deep, at `line`.
pub(crate) fn message(line: u64) -> (String, &'static str) {
    (
        format!(
            "nests its HTML elements more than {MAX_DEPTH} deep (from line {line}); no story page \
             does, and reading it would take minutes"
        ),
        "the file is damaged or was made to stall readers: download the story again",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_pages_are_found_and_honest_ones_pass() {
        let deep = format!("<html><body>\n{}<p>x</p>", "<div>".repeat(MAX_DEPTH + 1));
        assert_eq!(too_deep(&deep), Some(2));
        // Closed elements, however many, nest one deep.
        let wide = "<div><em>a</em></div>\n".repeat(50_000);
        assert_eq!(too_deep(&wide), None);
        // Paragraphs and list items without end tags are not levels.
        let sloppy = format!(
            "<ul>{}</ul>{}",
            "<li>item".repeat(5000),
            "<p>para".repeat(5000)
        );
        assert_eq!(too_deep(&sloppy), None);
        // Exactly the limit is allowed.
        assert_eq!(too_deep(&"<div>".repeat(MAX_DEPTH)), None);
    }
}
