//! HTML content: a parsed HTML subtree → model [`Block`]s, through an allow-list.
//!
//! Input: an element of a document parsed by html5ever (via `scraper`). Output: paragraphs,
//! headings, scene breaks, lists, quoted passages, emphasis, strong text and line breaks.
//! Only the elements in [`ELEMENTS`] mean anything; scripts, styles, forms, embedded
//! frames and media are dropped with everything inside them, unknown elements are
//! unwrapped to their text, and no attribute (event handlers, links, styles) is ever read
//! into the model but an `<ol>`'s start number and a line's indent from its style (as
//! no-break spaces). Pure: no I/O.
//!
//! Its stages: the [`Converter`] here walks the elements into inline runs and blocks;
//! [`clean`] then takes off the white space HTML collapses and the scene breaks that
//! mark nothing; [`verse`] makes stanzas of paragraphs of lines that are verse.

mod attrs;
pub(crate) mod charset;
mod clean;
pub(crate) mod epigraph;
pub(crate) mod footnotes;
pub(crate) mod frame;
mod hand;
pub(crate) mod hosts;
mod lists;
pub(crate) mod page;
pub(crate) mod post;
mod verse;

mod blocks;
pub(crate) use blocks::{blocks_of, blocks_skipping, blocks_with_gaps};
pub(crate) use clean::tidy;
pub(crate) use verse::mark as mark_verse;

use super::allow::{Role, role};
use super::paragraphs;
use crate::model::{Block, Inline};
use crate::typography;
pub(crate) use attrs::{body_of, class_holds, has_class, link_texts, links, text_of};
use attrs::{cell_separator, emoticon, is_note_aside, is_note_box, scripted, style_indent};
use clean::normalise;
use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Node};
use std::collections::{HashMap, HashSet};

/// Nesting deeper than this is read as plain text: no story nests so deep, and it bounds
/// the recursion on hostile input.
const MAX_DEPTH: usize = 200;

/// Converts HTML content into blocks. Feed it elements with [`Converter::add`], then take
/// the blocks with [`Converter::finish`].
pub(crate) struct Converter<'l> {
    lang: &'l str,
    blocks: Vec<Block>,
    /// The paragraph being built: a stack of open inline runs, the paragraph itself at
    /// the bottom.
    stack: Vec<(Role, Vec<Inline>)>,
    /// Open lists: whether each is ordered.
    lists: Vec<bool>,
    /// The items of the innermost open list so far.
    items: Vec<Vec<Block>>,
    /// Cells seen in the current table row.
    cells: usize,
    /// Inside `<pre>`: white space kept.
    pre: usize,
    /// Images met and dropped.
    pub(crate) images: usize,
    /// Elements dropped whole (scripts, forms, frames…).
    pub(crate) dropped: usize,
    /// The page's footnotes by id, when [`footnotes::find`] linked them: their marks
    /// become note references and their list is left out.
    notes: HashMap<String, u32>,
    /// Elements left out whole, as the page's own frame ([`frame::site_bars`]).
    skip: HashSet<NodeId>,
    /// The word processor's list written last (Google Docs', Word's), its id and how
    /// many blocks there were after it: a list of the same id right after it is its
    /// continuation or a list nested in it ([`lists`]).
    flat: Option<(String, usize)>,
    /// An empty `<p>` (`<p><br></p>`, as a post editor writes a blank line the writer
    /// typed) is kept as a blank paragraph, a gap the reader may read ([`blocks_with_gaps`]).
    gaps: bool,
}

impl<'l> Converter<'l> {
    /// A converter applying the typography of `lang`.
    pub(crate) fn new(lang: &'l str) -> Self {
        Converter {
            lang,
            blocks: Vec::new(),
            stack: vec![(Role::Block, Vec::new())],
            lists: Vec::new(),
            items: Vec::new(),
            cells: 0,
            pre: 0,
            images: 0,
            dropped: 0,
            notes: HashMap::new(),
            skip: HashSet::new(),
            flat: None,
            gaps: false,
        }
    }

    /// Links the footnotes [`footnotes::find`] found: a `<sup>` pointing to one is its
    /// mark, and the list is left out (the reader places it).
    pub(crate) fn link_notes(&mut self, ids: HashMap<String, u32>) {
        self.notes = ids;
    }

    /// Leaves the elements `ids` out with all they hold.
    pub(crate) fn skip(&mut self, ids: impl IntoIterator<Item = NodeId>) {
        self.skip.extend(ids);
    }

    /// Adds the content of `el` (not counting `el`'s own role when `inner` is set).
    pub(crate) fn add_inner(&mut self, el: ElementRef<'_>) {
        for child in el.children() {
            self.node(child, 1);
        }
        self.flush();
    }

    /// Adds one node (an element with its content, or text); call [`Converter::take`] after.
    pub(crate) fn add_node(&mut self, n: NodeRef<'_, Node>) {
        self.node(n, 1);
    }

    /// Adds `el` and its content.
    pub(crate) fn add(&mut self, el: ElementRef<'_>) {
        self.node(*el, 1);
        self.flush();
    }

    /// The blocks converted so far; the converter is left empty.
    pub(crate) fn take(&mut self) -> Vec<Block> {
        self.flush();
        std::mem::take(&mut self.blocks)
    }

    fn node(&mut self, node: NodeRef<'_, Node>, depth: usize) {
        match node.value() {
            Node::Text(t) => self.text(&t.text),
            Node::Element(e) => {
                if depth > MAX_DEPTH {
                    for d in node.descendants() {
                        if let Node::Text(t) = d.value() {
                            self.text(&t.text);
                        }
                    }
                    return;
                }
                let linked_list = !self.notes.is_empty()
                    && ElementRef::wrap(node).is_some_and(footnotes::is_set_apart);
                let r = match e.attr("role") {
                    _ if linked_list || self.skip.contains(&node.id()) => Role::Drop,
                    // A separator drawn by the page's style (Medium's three dots, from
                    // empty spans): a scene break, as `<hr>` is.
                    Some("separator") => Role::Rule,
                    _ if page::is_chrome(e) => Role::Drop,
                    _ => role(e.name()),
                };
                self.element(r, e.name(), node, depth);
            }
            // Comments, doctypes, processing instructions: never text.
            _ => {}
        }
    }

    fn children(&mut self, node: NodeRef<'_, Node>, depth: usize) {
        for c in node.children() {
            self.node(c, depth + 1);
        }
    }

    fn element(&mut self, r: Role, name: &str, node: NodeRef<'_, Node>, depth: usize) {
        match r {
            Role::Drop => self.dropped += 1,
            // A smiley set as an image with its text as `alt` (a forum's, DeviantArt's
            // `:)`): the text the writer typed.
            Role::Image => match ElementRef::wrap(node).and_then(emoticon) {
                Some(t) => self.text(&t),
                None => self.images += 1,
            },
            Role::Block if self.gaps && name == "p" && is_gap(node) => {
                self.flush();
                self.blocks
                    .push(Block::Paragraph(vec![Inline::Text("\u{a0}".into())]));
            }
            Role::Block if self.lists.is_empty() && lists::word_item(node).is_some() => {
                self.word_item(node, depth);
            }
            Role::Block | Role::Quote if is_note_aside(node) => {
                self.flush();
                let inner = self.nested(node, depth);
                if !inner.is_empty() {
                    self.blocks.push(Block::Note(inner));
                }
            }
            Role::Block => {
                self.flush();
                self.children(node, depth);
                self.flush();
            }
            Role::Heading => {
                self.flush();
                let text: Vec<String> = self.nested(node, depth).iter().map(Block::plain).collect();
                let text = text.join(" ");
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                if !text.is_empty() {
                    if paragraphs::is_scene_break(&text) {
                        self.blocks.push(Block::SceneBreak);
                    } else {
                        self.blocks
                            .push(Block::Heading(typography::apply_str(&text, self.lang)));
                    }
                }
            }
            Role::Rule => {
                self.flush();
                self.blocks.push(Block::SceneBreak);
            }
            Role::Break if self.pre == 0 && self.after_break() => {
                // `<br><br>`: an empty line, which is how a post written without `<p>`
                // (LiveJournal's entry text) parts its paragraphs.
                let top = self.top();
                while matches!(top.last(), Some(Inline::Text(t)) if t.trim().is_empty()) {
                    top.pop();
                }
                top.pop();
                self.flush();
            }
            Role::Break => self.top().push(Inline::LineBreak),
            Role::Emphasis | Role::Strong => {
                self.stack.push((r, Vec::new()));
                self.children(node, depth);
                self.close_top();
            }
            Role::Plain
                if name == "sup"
                    && let Some(id) =
                        ElementRef::wrap(node).and_then(|e| footnotes::target(e, &self.notes)) =>
            {
                let marker = footnotes::marker(id);
                self.top().push(Inline::NoteRef { marker, id });
            }
            Role::Plain if matches!(name, "sup" | "sub") => {
                let text: String = node
                    .descendants()
                    .filter_map(|d| match d.value() {
                        Node::Text(t) => Some(&*t.text),
                        _ => None,
                    })
                    .collect();
                match scripted(&text, name == "sup") {
                    Some(t) => self.text(&t),
                    None => self.children(node, depth),
                }
            }
            Role::Plain => {
                // A poem's line indented by its style (`<span style="padding-left:
                // 2em">`, as archives keep a poet's indents): no-break spaces, as if typed.
                if let Some(cols) = ElementRef::wrap(node).and_then(style_indent)
                    && self.at_line_start()
                {
                    self.top().push(Inline::Text("\u{a0}".repeat(cols)));
                }
                self.children(node, depth)
            }
            Role::Pre => {
                self.flush();
                self.pre += 1;
                self.children(node, depth);
                self.pre -= 1;
                self.flush();
            }
            Role::List { ordered } => self.list(ordered, node, depth),
            Role::Item if !self.lists.is_empty() => {
                // Text met in the list outside any item is an item of its own.
                self.flush();
                self.stray_item();
                self.children(node, depth);
                self.flush();
                self.stray_item();
            }
            Role::Item => {
                self.flush();
                self.children(node, depth);
                self.flush();
            }
            Role::Quote if !is_note_box(node) => {
                self.flush();
                let outer = std::mem::take(&mut self.blocks);
                self.children(node, depth);
                self.flush();
                let inner = std::mem::replace(&mut self.blocks, outer);
                if !inner.is_empty() {
                    self.blocks.push(Block::Quote(inner));
                }
            }
            Role::Quote => {
                self.flush();
                self.children(node, depth);
                self.flush();
            }
            Role::Row => {
                self.flush();
                let outer = std::mem::replace(&mut self.cells, 0);
                self.children(node, depth);
                self.cells = outer;
                self.flush();
            }
            Role::Cell => {
                let inner = self.nested(node, depth);
                if inner.len() > 1 {
                    // A cell of paragraphs or rules is a box of the page's layout (an old
                    // page's table around its whole text, a column beside a sidebar),
                    // not a row of data: its blocks stand as they are.
                    self.flush();
                    self.blocks.extend(inner);
                    self.cells = 0;
                    return;
                }
                if self.cells > 0 {
                    let sep = cell_separator(self.cells, self.top());
                    self.top().push(Inline::Text(sep.into()));
                }
                self.cells += 1;
                // A cell's paragraph runs on the row's line.
                self.inline_blocks(inner);
            }
        }
    }

    /// Whether the innermost open run ends with a line break and white space at most.
    fn after_break(&mut self) -> bool {
        let top = self.top();
        let text = top
            .iter()
            .rev()
            .take_while(|i| matches!(i, Inline::Text(t) if t.trim().is_empty()))
            .count();
        matches!(top.iter().rev().nth(text), Some(Inline::LineBreak))
    }

    /// Whether nothing but white space has been met since the paragraph or its last
    /// line break began.
    fn at_line_start(&self) -> bool {
        let mut text = String::new();
        for (_, inl) in &self.stack {
            inl.iter().for_each(|i| i.push_plain(&mut text));
        }
        text.rsplit('\n').next().unwrap_or("").trim().is_empty()
    }

    /// The blocks of `node`'s content converted on their own (for a heading's text or a
    /// table cell's line); the images and dropped elements met are counted here.
    fn nested(&mut self, node: NodeRef<'_, Node>, depth: usize) -> Vec<Block> {
        let mut inner = Converter::new(self.lang);
        // What the page leaves out, and the notes it links, hold inside too.
        inner.skip.clone_from(&self.skip);
        inner.notes.clone_from(&self.notes);
        inner.children(node, depth);
        inner.flush();
        self.images += inner.images;
        self.dropped += inner.dropped;
        inner.blocks
    }

    /// Sets a table cell's blocks as inline text on the row's line.
    fn inline_blocks(&mut self, blocks: Vec<Block>) {
        for (k, b) in blocks.into_iter().enumerate() {
            if k > 0 {
                self.top().push(Inline::Text(" ".into()));
            }
            match b {
                Block::Paragraph(inl) => self.top().extend(inl),
                Block::Heading(h) => self.top().push(Inline::Text(h)),
                _ => {}
            }
        }
    }

    fn top(&mut self) -> &mut Vec<Inline> {
        // The stack always holds the paragraph frame at the bottom.
        &mut self
            .stack
            .last_mut()
            .expect("the paragraph frame is never popped")
            .1
    }

    fn text(&mut self, t: &str) {
        if self.pre > 0 {
            let mut lines = t.split('\n');
            if let Some(first) = lines.next() {
                self.top().push(Inline::Text(first.replace('\t', " ")));
            }
            for l in lines {
                self.top().push(Inline::LineBreak);
                self.top().push(Inline::Text(l.replace('\t', " ")));
            }
            return;
        }
        let mut out = String::with_capacity(t.len());
        let mut space = false;
        for c in t.chars() {
            // HTML white space (not NBSP, which the author meant).
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                space = true;
            } else {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(c);
            }
        }
        if space {
            out.push(' ');
        }
        if !out.is_empty() {
            self.top().push(Inline::Text(out));
        }
    }

    /// Closes the innermost open inline run into its parent.
    fn close_top(&mut self) {
        if self.stack.len() < 2 {
            return;
        }
        let (r, inl) = self.stack.pop().expect("checked above");
        let wrapped = match r {
            Role::Strong => Inline::Strong(inl),
            _ => Inline::Emphasis(inl),
        };
        self.top().push(wrapped);
    }

    /// Ends the paragraph being built (if it holds text), keeping open inline runs open
    /// for what follows (a block inside `<em>` keeps the emphasis on both sides).
    fn flush(&mut self) {
        let open: Vec<Role> = self.stack[1..].iter().map(|(r, _)| *r).collect();
        while self.stack.len() > 1 {
            self.close_top();
        }
        let inl = std::mem::take(&mut self.stack[0].1);
        let mut inl = normalise(inl);
        for r in open {
            self.stack.push((r, Vec::new()));
        }
        if inl.is_empty() {
            return;
        }
        let plain = crate::model::plain_text(&inl);
        if paragraphs::is_scene_break(plain.trim()) {
            self.blocks.push(Block::SceneBreak);
            return;
        }
        typography::apply(&mut inl, self.lang);
        self.blocks.push(Block::Paragraph(inl));
    }
}

/// Whether a `<p>` holds nothing to read: no text but white space and no image (a
/// blank line typed in a post editor, `<p><br></p>`).
fn is_gap(node: NodeRef<'_, Node>) -> bool {
    node.descendants().all(|d| match d.value() {
        Node::Text(t) => t.trim().is_empty(),
        Node::Element(e) => !matches!(e.name(), "img" | "svg" | "picture" | "video"),
        _ => true,
    })
}

#[cfg(test)]
mod tests;
