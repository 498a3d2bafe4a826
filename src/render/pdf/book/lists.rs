//! Lists and quoted passages → vertical blocks: part of the first stage of book layout.
//!
//! Input: a story's [`Block::List`] or [`Block::Quote`] (or any block inside one), the
//! style and room of the text around it. Output: its [`VBlock`]s added to the chapter's
//! [`Tagged`] blocks: each list item a paragraph set in a hanging indent with its bullet
//! or number in the indent (`L` › `LI` › `Lbl` + `LBody` in the structure tree), a quote
//! indented on both sides (`BlockQuote`). Items and the quote's paragraphs are broken
//! into lines by the same Knuth–Plass composer as the story and may be split between
//! pages like paragraphs; every block sits on the body grid when the story's does.

use super::blocks::Tagged;
use super::layout::block;
use super::ornament::ornament;
use crate::config::PdfSettings;
use crate::model::{Block, List};
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
}

/// The blocks set, and where: what [`set`] adds to.
pub(super) struct Out<'a> {
    pub(super) tagged: &'a mut Tagged,
    pub(super) parts: &'a mut Vec<Part>,
}

impl Out<'_> {
    fn push(&mut self, b: VBlock, tag: Tag, room: &Room) {
        self.tagged.push(b, tag);
        self.parts.push(room.part);
    }
}

/// Sets `b` in `room` under structure element `parent`, `space` above it.
pub(super) fn set(
    out: &mut Out,
    c: &mut Composer,
    b: &Block,
    room: &Room,
    parent: u32,
    space: f32,
) {
    set_all(
        out,
        c,
        std::slice::from_ref(b),
        room,
        (parent, false),
        space,
    );
}

/// Sets `blocks` in `room`: their paragraphs each a `P` under `parent`, or, with
/// `direct`, a lone paragraph as `parent`'s own text (a list item's `LBody`).
fn set_all(
    out: &mut Out,
    c: &mut Composer,
    blocks: &[Block],
    room: &Room,
    (parent, direct): (u32, bool),
    space: f32,
) {
    let direct = direct && matches!(blocks, [Block::Paragraph(_)]);
    let mut gap = space;
    let mut first = true;
    let lead = room.style.leading;
    for b in blocks {
        match b {
            Block::Paragraph(inl) => {
                let st = Style {
                    indent: if first { 0.0 } else { room.style.indent },
                    ..room.style
                };
                let tag = match direct {
                    true => Tag::Content(parent),
                    false => out.tagged.el(Role::P, parent),
                };
                let lines = c.set(inl, &st, room.measure);
                out.push(placed(lines, gap, room), tag, room);
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
                out.push(placed(set, if first { gap } else { lead }, room), tag, room);
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
                out.push(vb, tag, room);
                first = true;
                gap = 0.0;
            }
            Block::SceneBreak => {
                let mut vb = ornament(room.settings, c, room.measure);
                shift(&mut vb.lines, room.x);
                out.push(vb, Tag::Artifact(Artifact::Layout), room);
                first = true;
                gap = 0.0;
            }
            Block::Note(inner) => {
                let aside = out.tagged.tree.add(Role::Aside, parent);
                set_all(out, c, inner, room, (aside, false), gap.max(lead * 0.5));
                first = true;
                gap = lead * 0.5;
            }
            Block::Quote(inner) => {
                let q = out.tagged.tree.add(Role::BlockQuote, parent);
                let ind = room.style.size * QUOTE_INDENT;
                let inside = Room {
                    x: room.x + ind,
                    measure: room.measure - 2.0 * ind,
                    ..*room
                };
                let above = if first { gap } else { gap.max(lead) };
                set_all(out, c, inner, &inside, (q, false), above);
                first = true;
                gap = lead;
            }
            Block::List(list) => {
                self::list(out, c, list, room, parent, gap);
                first = true;
                gap = 0.0;
            }
        }
    }
}

/// A list: an `L` of `LI`s, each item set in from `room`'s left edge by a paragraph's
/// indent and the widest label, its label right-aligned in that indent on its first
/// line.
fn list(out: &mut Out, c: &mut Composer, l: &List, room: &Room, parent: u32, space: f32) {
    let el = out.tagged.tree.add(Role::L, parent);
    let st = Style {
        font: FontKey::Regular,
        indent: 0.0,
        ..room.style
    };
    let labels: Vec<String> = (0..l.items.len())
        .map(|k| l.number(k).unwrap_or_else(|| BULLET.to_string()))
        .collect();
    let size = st.size;
    let widest = labels
        .iter()
        .map(|t| c.shape_line(t, &st).1)
        .fold(0.0, f32::max);
    // The labels start where a paragraph's first line does; the items' text after
    // the widest label.
    let hang = room.style.indent + (widest + size * LABEL_GAP).max(size * HANG);
    let inside = Room {
        x: room.x + hang,
        measure: room.measure - hang,
        ..*room
    };
    let mut gap = space;
    for (item, label) in l.items.iter().zip(&labels) {
        let li = out.tagged.tree.add(Role::LI, el);
        out.tagged.tree.add(Role::Lbl, li);
        let body = out.tagged.tree.add(Role::LBody, li);
        let before = out.tagged.blocks.len();
        set_all(out, c, item, &inside, (body, true), gap);
        if let Some(line) = out
            .tagged
            .blocks
            .get_mut(before)
            .and_then(|b| b.lines.first_mut())
        {
            let (mut runs, width) = c.shape_line(label, &st);
            shift_runs(&mut runs, room.x + hang - size * LABEL_GAP - width);
            line.label = runs.len();
            runs.append(&mut line.runs);
            line.runs = runs;
            line.text = format!("{label} {}", line.text);
        }
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
