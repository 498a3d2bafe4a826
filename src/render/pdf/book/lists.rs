//! Lists and quoted passages → vertical blocks: part of the first stage of book layout.
//!
//! Input: a story's [`Block::List`] or [`Block::Quote`] (or any block inside one), the
//! style and room of the text around it. Output: its [`VBlock`]s added to the chapter's
//! [`Tagged`] blocks: each list item a paragraph set ragged right, indented by its
//! bullet or number, which stands at the text's left edge (`L` › `LI` › `Lbl` +
//! `LBody` in the structure tree), a quote indented on both sides (`BlockQuote`). Items
//! and the quote's paragraphs are broken into lines by the same Knuth–Plass composer as
//! the story and may be split between pages like paragraphs; every block sits on the
//! body grid when the story's does.

use super::blocks::Tagged;
use super::layout::block;
use super::ornament::ornament;
use crate::config::PdfSettings;
use crate::model::{Block, Inline, List};
use crate::render::pdf::compose::{Align, Composer, SetLine, Style};
use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::frame::{Artifact, Role, Tag};
use crate::render::pdf::pagemap::Part;
use crate::render::pdf::paginate::VBlock;

/// A quote's indent on each side, in ems.
const QUOTE_INDENT: f32 = 2.0;
/// The least room for a label and the white after it, in ems.
const HANG: f32 = 1.5;
/// White between a label and its item's text, in ems.
const LABEL_GAP: f32 = 0.5;
/// A list's bullet.
const BULLET: &str = "•";

/// Where blocks inside a list or quote are set.
#[derive(Clone, Copy)]
pub(super) struct Room<'s> {
    /// The left edge, from the measure's.
    pub(super) x: f32,
    /// The width to set in.
    pub(super) measure: f32,
    /// The paragraphs' style (the story's, or its notes').
    pub(super) style: Style,
    /// The body grid the blocks' tops snap to, if any.
    pub(super) grid: Option<f32>,
    /// What the blocks are in the model, for the EPUB's page list: a page that starts
    /// inside a list or quote starts at it.
    pub(super) part: Part,
    pub(super) settings: &'s PdfSettings,
    /// Inside a list item: its paragraphs are set ragged right.
    pub(super) in_item: bool,
}

/// A paragraph as pagination may set it again (a line longer or shorter, or without a
/// hyphen at a page foot): its text and style, where it is set, and, for a list item's
/// first paragraph, its label.
#[derive(Clone, Copy)]
pub(super) struct Source<'c> {
    pub(super) inl: &'c [Inline],
    pub(super) style: Style,
    /// Its left edge from the measure's, and its width.
    pub(super) x: f32,
    pub(super) measure: f32,
    /// A list item's label and where it ends, from the measure's left edge.
    pub(super) label: Option<(Label, f32)>,
    /// In a list: set without hyphens where it can be.
    pub(super) in_list: bool,
}

/// A list item's label.
#[derive(Clone, Copy)]
pub(super) enum Label {
    Bullet,
    Number(u64),
    /// A sub-list's letter (`a.`), as the author typed it.
    Letter(char),
}

impl Label {
    fn text(self) -> String {
        match self {
            Label::Bullet => BULLET.to_string(),
            Label::Number(n) => format!("{n}."),
            Label::Letter(c) => format!("{c}."),
        }
    }
}

impl Source<'_> {
    /// The paragraph's lines, moved to its place and labelled; `unhyphenated` and
    /// `looseness` as [`Composer::set_with`] takes them.
    pub(super) fn set(
        &self,
        c: &mut Composer,
        unhyphenated: Option<usize>,
        looseness: i32,
    ) -> Vec<SetLine> {
        // A list's items are short paragraphs that need no hyphens: set without any
        // where a setting within the tolerances exists, so a list of long words does
        // not take more than the running text's share (anthology4's timeline took 30
        // of 684 screen lines over 4% with them).
        c.avoid_hyphens = self.in_list;
        let mut lines = c.set_with(self.inl, &self.style, self.measure, unhyphenated, looseness);
        c.avoid_hyphens = false;
        shift(&mut lines, self.x);
        if let (Some((label, right)), Some(line)) = (self.label, lines.first_mut()) {
            let st = Style {
                font: FontKey::Regular,
                ..self.style
            };
            let text = label.text();
            let (mut runs, width) = c.shape_line(&text, &st);
            shift_runs(&mut runs, right - width);
            line.label = runs.len();
            runs.append(&mut line.runs);
            line.runs = runs;
            line.text = format!("{text} {}", line.text);
        }
        lines
    }
}

/// The blocks set, and where: what [`set`] adds to; per block, its [`Source`] when
/// pagination may set it again.
pub(super) struct Out<'a, 'c> {
    pub(super) tagged: &'a mut Tagged,
    pub(super) parts: &'a mut Vec<Part>,
    pub(super) sources: &'a mut Vec<Option<Source<'c>>>,
}

impl<'c> Out<'_, 'c> {
    fn push(&mut self, b: VBlock, tag: Tag, room: &Room, source: Option<Source<'c>>) {
        self.sources.resize(self.tagged.blocks.len(), None);
        self.sources.push(source);
        self.tagged.push(b, tag);
        self.parts.push(room.part);
    }
}

/// Sets `b` in `room` under structure element `parent`, `space` above it.
pub(super) fn set<'c>(
    out: &mut Out<'_, 'c>,
    c: &mut Composer,
    b: &'c Block,
    room: &Room,
    parent: u32,
    space: f32,
) {
    set_all(out, c, std::slice::from_ref(b), room, (parent, None), space);
}

/// Sets `blocks` in `room`: their paragraphs each a `P` under `parent`; for a list
/// item (`label` given), its label on the first line, and a lone paragraph is
/// `parent`'s own text (the item's `LBody`).
fn set_all<'c>(
    out: &mut Out<'_, 'c>,
    c: &mut Composer,
    blocks: &'c [Block],
    room: &Room,
    (parent, mut label): (u32, Option<(Label, f32)>),
    space: f32,
) {
    let direct = label.is_some() && matches!(blocks, [Block::Paragraph(_)]);
    let mut gap = space;
    let mut first = true;
    let lead = room.style.leading;
    for b in blocks {
        match b {
            Block::Paragraph(inl) => {
                // An item's paragraphs ragged right (see `list`); a quote's justified.
                let st = Style {
                    indent: if first { 0.0 } else { room.style.indent },
                    align: if room.in_item {
                        Align::Left
                    } else {
                        room.style.align
                    },
                    ..room.style
                };
                let tag = match direct {
                    true => Tag::Content(parent),
                    false => out.tagged.el(Role::P, parent),
                };
                let src = Source {
                    inl,
                    style: st,
                    x: room.x,
                    measure: room.measure,
                    label: label.take(),
                    in_list: room.in_item,
                };
                let mut vb = block(src.set(c, None, 0), gap, false, true);
                vb.grid = room.grid;
                out.push(vb, tag, room, Some(src));
                first = false;
                gap = 0.0;
            }
            Block::Stanza(lines) => {
                let st = Style {
                    indent: 0.0,
                    ..room.style
                };
                let tag = out.tagged.el(Role::P, parent);
                let set = c.set_verse(lines, &st, room.measure);
                out.push(
                    placed(set, if first { gap } else { lead }, room),
                    tag,
                    room,
                    None,
                );
                first = true;
                gap = lead;
            }
            Block::Heading(t) => {
                let st = Style {
                    font: FontKey::Bold,
                    align: Align::Center,
                    indent: 0.0,
                    ..room.style
                };
                let tag = out.tagged.el(Role::H3, parent);
                let mut vb = placed(c.set_text(t, &st, room.measure), gap, room);
                vb.keep_with_next = true;
                out.push(vb, tag, room, None);
                first = true;
                gap = 0.0;
            }
            Block::SceneBreak => {
                let mut vb = ornament(room.settings, c, room.measure);
                shift(&mut vb.lines, room.x);
                out.push(vb, Tag::Artifact(Artifact::Layout), room, None);
                first = true;
                gap = 0.0;
            }
            Block::Note(inner) => {
                let aside = out.tagged.tree.add(Role::Aside, parent);
                set_all(out, c, inner, room, (aside, None), gap.max(lead * 0.5));
                first = true;
                gap = lead * 0.5;
            }
            Block::Quote(inner) => {
                let q = out.tagged.tree.add(Role::BlockQuote, parent);
                let ind = room.style.size * QUOTE_INDENT;
                let inside = Room {
                    x: room.x + ind,
                    measure: room.measure - 2.0 * ind,
                    in_item: false,
                    ..*room
                };
                let above = if first { gap } else { gap.max(lead) };
                let at = out.tagged.blocks.len();
                set_all(out, c, inner, &inside, (q, None), above);
                // A quote of one block with a line of white above may give half of it
                // (and half the line under it) where a closing note needs the room.
                if out.tagged.blocks.len() == at + 1 && above >= lead - 0.01 {
                    out.tagged.blocks[at].give = true;
                }
                first = true;
                gap = lead;
            }
            Block::List(list) => {
                self::list(out, c, list, room, parent, gap);
                first = true;
                gap = 0.0;
            }
            // Footnotes stand only in a story's own run of blocks, and the PDF sets
            // them as typed lines (`model::unlinked_blocks`) before it gets here.
            Block::Footnotes(_) => {}
        }
    }
}

/// A list: an `L` of `LI`s, each item's label right-aligned left of its first line.
fn list<'c>(
    out: &mut Out<'_, 'c>,
    c: &mut Composer,
    l: &'c List,
    room: &Room,
    parent: u32,
    space: f32,
) {
    let el = out.tagged.tree.add(Role::L, parent);
    let st = Style {
        font: FontKey::Regular,
        indent: 0.0,
        ..room.style
    };
    let labels: Vec<Label> = (0..l.items.len())
        .map(|k| match l.number(k) {
            // The model's number is the one shown: a lettered list's `c.` as a letter.
            Some(t) if l.letters && t.len() == 2 => Label::Letter(t.chars().next().unwrap_or('a')),
            Some(_) => Label::Number(u64::from(l.start) + k as u64),
            None => Label::Bullet,
        })
        .collect();
    let size = st.size;
    let widest = labels
        .iter()
        .map(|t| c.shape_line(&t.text(), &st).1)
        .fold(0.0, f32::max);
    // The labels stand at the left edge of the text around the list and the items'
    // text is indented by them, as a browser sets the EPUB's lists: a page ending in a
    // list ends where its text does, for a reader and for the measuring script (which
    // takes a line starting in the margin for no text line, and read anthology10's
    // print spread 52/53, level, as two lines uneven). The items are set ragged right
    // (below): in the narrower measure, justified, anthology4's timeline of long
    // technical words took eleven more loose lines and six very loose on screen.
    let hang = (widest + size * LABEL_GAP).max(size * HANG);
    let inside = Room {
        x: room.x + hang,
        measure: room.measure - hang,
        in_item: true,
        ..*room
    };
    let right = room.x + hang - size * LABEL_GAP;
    let mut gap = space;
    for (item, label) in l.items.iter().zip(labels) {
        let li = out.tagged.tree.add(Role::LI, el);
        out.tagged.tree.add(Role::Lbl, li);
        let body = out.tagged.tree.add(Role::LBody, li);
        set_all(out, c, item, &inside, (body, Some((label, right))), gap);
        gap = 0.0;
    }
}

/// `lines` moved `room.x` to the right, as one breakable block `space` below what
/// precedes it, on the room's grid.
fn placed(mut lines: Vec<SetLine>, space: f32, room: &Room) -> VBlock {
    shift(&mut lines, room.x);
    let mut b = block(lines, space, false, true);
    b.grid = room.grid;
    b
}

fn shift(lines: &mut [SetLine], dx: f32) {
    for l in lines {
        shift_runs(&mut l.runs, dx);
        l.end += dx;
    }
}

fn shift_runs(runs: &mut [crate::render::pdf::frame::GlyphRun], dx: f32) {
    if dx == 0.0 {
        return;
    }
    for g in runs.iter_mut().flat_map(|r| r.glyphs.iter_mut()) {
        g.x += dx;
    }
}
