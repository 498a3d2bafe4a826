//! HTML lists: `<ul>`/`<ol>` → [`Block::List`], and the lists word processors write
//! flat nested again.
//!
//! Input: a list element, or a Word paragraph that is a list item, met by the
//! [`Converter`]. Output: a list block, or the items added to the list before it at
//! their level. Google Docs writes a nested list as separate `<ul>`s, one per run of
//! items at one level, each classed `lst-kix_<id>-<level>`; Word's "Save as Web Page"
//! writes each item as a `<p>` styled `mso-list: l<id> level<n>`, its bullet or number
//! typed before the text. A list of the same id right after the one before it (nothing
//! between) continues it, at its level: level 0 adds items to it, level 1 to a list in
//! its last item, and so on. Pure: no I/O.

use super::Converter;
use crate::model::{Block, Inline, List};
use crate::source::list_marks::{Mark, mark};
use ego_tree::NodeRef;
use scraper::{ElementRef, Node};

impl Converter<'_> {
    /// A `<ul>` or `<ol>`: a [`Block::List`] of its items (an `<ol>`'s `start` kept,
    /// and its `type="a"`), each item the blocks of an `<li>`; none when it holds no
    /// text. A Google Docs list goes into the one before it, at its level.
    pub(super) fn list(&mut self, ordered: bool, node: NodeRef<'_, Node>, depth: usize) {
        self.flush();
        let outer = std::mem::take(&mut self.blocks);
        let outer_items = std::mem::take(&mut self.items);
        self.lists.push(ordered);
        self.children(node, depth);
        self.flush();
        self.stray_item();
        self.lists.pop();
        self.blocks = outer;
        let items = std::mem::replace(&mut self.items, outer_items);
        let (start, letters) = match node.value() {
            Node::Element(e) if ordered => (
                e.attr("start").and_then(|s| s.trim().parse().ok()),
                e.attr("type") == Some("a"),
            ),
            _ => (None, false),
        };
        if !items.is_empty() {
            let list = List {
                ordered,
                start: start.unwrap_or(1),
                letters,
                items,
            };
            let flat = ElementRef::wrap(node).and_then(docs_level);
            self.add_flat(list, flat);
        }
    }

    /// Inside a list, the blocks converted since the last item ended become an item.
    pub(super) fn stray_item(&mut self) {
        let item = std::mem::take(&mut self.blocks);
        if !item.is_empty() {
            self.items.push(item);
        }
    }

    /// A Word paragraph that is a list item ([`word_item`]): its text without the
    /// bullet or number Word typed before it, an item of a list of one, added to the
    /// list before it at its level. Kept a paragraph, mark and all, when the mark is
    /// not one a list shows (a Roman numeral).
    pub(super) fn word_item(&mut self, node: NodeRef<'_, Node>, depth: usize) {
        self.flush();
        let mut blocks = self.nested(node, depth);
        let flat = word_item(node);
        let made = match blocks.first_mut() {
            Some(Block::Paragraph(inl)) => unmark(inl),
            _ => None,
        };
        let Some(made) = made else {
            self.blocks.extend(blocks);
            return;
        };
        let (ordered, start, letters) = match made {
            Mark::Number(n, _) => (true, n, false),
            Mark::Letter(n, _) => (true, n, true),
            Mark::Bullet(_) => (false, 1, false),
        };
        let list = List {
            ordered,
            start,
            letters,
            items: vec![blocks],
        };
        self.add_flat(list, flat);
    }

    /// Adds `list` to the blocks: into the list written just before it when both are
    /// one word processor's list (`flat`: its id and level), else after the blocks.
    fn add_flat(&mut self, list: List, flat: Option<(String, usize)>) {
        let here = self.blocks.len();
        let list = match (&flat, &self.flat, self.blocks.last_mut()) {
            (Some((id, level)), Some((last, at)), Some(Block::List(prev)))
                if id == last && *at == here =>
            {
                place(prev, *level, list).err()
            }
            _ => Some(list),
        };
        self.blocks.extend(list.map(Block::List));
        self.flat = flat.map(|(id, _)| (id, self.blocks.len()));
    }
}

/// Puts `new`'s items into `top` at `level` (0: `top`'s own items; 1: a list in its
/// last item …), or gives `new` back when they cannot go there (a bulleted run after a
/// numbered list at one level, or no item to nest under).
fn place(top: &mut List, level: usize, new: List) -> Result<(), List> {
    if level == 0 {
        if top.ordered != new.ordered || top.letters != new.letters {
            return Err(new);
        }
        top.items.extend(new.items);
        return Ok(());
    }
    let Some(item) = top.items.last_mut() else {
        return Err(new);
    };
    match item.last_mut() {
        Some(Block::List(sub)) if level > 1 || sub.ordered == new.ordered => {
            place(sub, level - 1, new)
        }
        _ => {
            item.push(Block::List(new));
            Ok(())
        }
    }
}

/// A Google Docs list's id and level, from its `lst-kix_<id>-<level>` class.
fn docs_level(e: ElementRef<'_>) -> Option<(String, usize)> {
    e.value().classes().find_map(|c| {
        let (id, level) = c.strip_prefix("lst-kix_")?.rsplit_once('-')?;
        Some((format!("kix:{id}"), level.parse().ok()?))
    })
}

/// A Word list paragraph's list id and level (from 0), from its `mso-list: l0 level2
/// lfo1` style; none for other paragraphs and Word's `mso-list: Ignore` runs.
pub(super) fn word_item(node: NodeRef<'_, Node>) -> Option<(String, usize)> {
    let e = ElementRef::wrap(node)?;
    if e.value().name() != "p" {
        return None;
    }
    let style = e.value().attr("style")?.to_ascii_lowercase();
    let value = style
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .find(|(k, _)| k.trim() == "mso-list")?
        .1;
    let mut words = value.split_whitespace();
    let id = words.next().filter(|w| w.starts_with('l'))?;
    let level: usize = words.next()?.strip_prefix("level")?.parse().ok()?;
    Some((format!("mso:{id}"), level.checked_sub(1)?))
}

/// Takes the bullet or number Word typed before an item's text off the paragraph
/// `inl`, and says what it was: a symbol-font bullet (`·`, `o`, `§`, `Ø`, `ü`) as a
/// bullet, `3.` or `3)` as a number, `b.` as a letter (`a.` to `h.`); none (the
/// paragraph left as it is) when it opens with anything else.
fn unmark(inl: &mut Vec<Inline>) -> Option<Mark> {
    let Some(Inline::Text(t)) = inl.first_mut() else {
        return None;
    };
    let (token, rest) = t.split_once(|c: char| c.is_whitespace())?;
    let found = match token {
        "·" | "o" | "§" | "Ø" | "ü" | "•" | "▪" | "-" | "–" => Mark::Bullet('•'),
        _ => match mark(&format!("{token} x"))?.0 {
            // `i.` opens Word's Roman numerals as often as it is a ninth letter.
            Mark::Letter(n, _) if n > 8 => return None,
            m => m,
        },
    };
    let rest = rest.trim_start().to_string();
    if rest.is_empty() {
        inl.remove(0);
        if let Some(Inline::Text(next)) = inl.first_mut() {
            *next = next.trim_start().to_string();
        }
    } else {
        *t = rest;
    }
    Some(found)
}
