//! Chapter → vertical blocks: the first stage of book layout.
//!
//! Input: one chapter, the furniture and the page geometry. Output: its title, byline,
//! story information, notes and story as [`VBlock`]s of set lines, each with its tag in
//! the chapter's structure tree, the paragraph it was set from (so pagination can set it
//! again) and the [`Part`] of the chapter it shows.

use super::layout::{Geometry, block, body_style, centred};
use super::lists::{self, Out, Room, Source};
use super::ornament::ornament;
use crate::config::PdfSettings;
use crate::furniture::Furniture;
use crate::model::{Block, Chapter, Inline};
use crate::render::pages::Section;
use crate::render::pdf::compose::{Composer, SetLine, Style};
use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::frame::{Artifact, Element, Role, Tag, Tree};
use crate::render::pdf::pagemap::Part;
use crate::render::pdf::paginate::VBlock;
use std::borrow::Cow;

/// With each block, the paragraph it was set from (for setting it again).
pub(super) type Sources<'c> = Vec<Option<Source<'c>>>;

/// Vertical blocks, each with what its lines are in the structure tree, and the tree
/// they refer to.
pub(in crate::render::pdf) struct Tagged {
    pub(in crate::render::pdf) blocks: Vec<VBlock>,
    /// Per block.
    pub(in crate::render::pdf) tags: Vec<Tag>,
    pub(in crate::render::pdf) tree: Tree,
}

impl Tagged {
    /// Blocks to go under a local root of type `root` (index 0 of the local tree).
    pub(in crate::render::pdf) fn new(root: Role) -> Self {
        Tagged {
            blocks: Vec::new(),
            tags: Vec::new(),
            tree: Tree(vec![Element {
                role: root,
                parent: 0,
                alt: None,
                lang: None,
            }]),
        }
    }

    pub(in crate::render::pdf) fn push(&mut self, b: VBlock, tag: Tag) {
        self.blocks.push(b);
        self.tags.push(tag);
    }

    /// A new `role` element under `parent` holding one unbreakable block of `lines`,
    /// `space_before` above it, kept with what follows when `keep`.
    pub(in crate::render::pdf) fn add(
        &mut self,
        role: Role,
        parent: u32,
        lines: Vec<SetLine>,
        space_before: f32,
        keep: bool,
    ) {
        let tag = self.el(role, parent);
        self.push(block(lines, space_before, keep, false), tag);
    }

    /// Marks the element added last as in `lang`, when given.
    fn last_in(&mut self, lang: &Option<String>) {
        if let (Some(e), Some(_)) = (self.tree.0.last_mut(), lang) {
            e.lang = lang.clone();
        }
    }

    /// A new element under `parent`, as a tag for its lines.
    pub(in crate::render::pdf) fn el(&mut self, role: Role, parent: u32) -> Tag {
        Tag::Content(self.tree.add(role, parent))
    }

    /// The tag of every line, in order: what [`paginate`] keeps.
    pub(in crate::render::pdf) fn line_tags(&self) -> Vec<Tag> {
        self.blocks
            .iter()
            .zip(&self.tags)
            .flat_map(|(b, t)| std::iter::repeat_n(*t, b.lines.len()))
            .collect()
    }
}

/// The composers of a chapter's notes that are in another language than the story's (an
/// English note over a Hebrew or Russian story): such a note is set, and hyphenated, in
/// its own language, when first set and when pagination sets it again.
#[derive(Default)]
pub(super) struct NoteComposers<'f> {
    pub(super) preface: Option<Composer<'f>>,
    pub(super) afterword: Option<Composer<'f>>,
}

impl<'f> NoteComposers<'f> {
    /// The composer for a block of `section`: its note's own, else the story's `story`.
    pub(super) fn pick<'a>(
        &'a mut self,
        section: Section,
        story: &'a mut Composer<'f>,
    ) -> &'a mut Composer<'f> {
        let own = match section {
            Section::Preface => self.preface.as_mut(),
            Section::Afterword => self.afterword.as_mut(),
            Section::Summary | Section::Body => None,
        };
        own.unwrap_or(story)
    }

    /// The composer for block `part` of the chapter (see [`NoteComposers::pick`]).
    pub(super) fn pick_for<'a>(
        &'a mut self,
        part: Option<&Part>,
        story: &'a mut Composer<'f>,
    ) -> &'a mut Composer<'f> {
        match part {
            Some(Part::Block(s, _) | Part::NoteInside(s, _) | Part::NoteLabel(s)) => {
                self.pick(*s, story)
            }
            _ => story,
        }
    }

    /// Characters met in the notes that no font has.
    pub(super) fn missing(&self) -> impl Iterator<Item = char> + '_ {
        [&self.preface, &self.afterword]
            .into_iter()
            .flatten()
            .flat_map(|c| c.missing.iter().copied())
    }
}

/// A chapter as vertical blocks: title, byline, note, story, afterword; in the structure
/// tree a `Sect` with an `H2`, the notes as `Aside`s, paragraphs as `P`, headings as `H3`
/// and the scene-break ornament as an artifact.
pub(super) fn chapter_blocks<'c, 'f>(
    ch: &'c Chapter,
    f: &'c Furniture,
    s: &PdfSettings,
    geo: &Geometry,
    (c, notes): (&mut Composer<'f>, &mut NoteComposers<'f>),
    info: bool,
) -> (Tagged, Sources<'c>, Vec<Part>) {
    let mut sources = Vec::new();
    let mut parts = Vec::new();
    let m = geo.measure;
    let lead = s.leading;
    let mut out = Tagged::new(Role::Sect);
    // A story in another language than the book's says so on its `Sect`; the book's own
    // labels in it (byline, story information, note headings) say theirs.
    out.tree.0[0].lang = ch.language.clone();
    let labels = ch.language.as_ref().map(|_| f.language().to_string());
    out.add(
        Role::H2,
        0,
        c.set_text(&ch.title, &centred(FontKey::Bold, s, 1.6), m),
        0.0,
        true,
    );
    if let Some(by) = f.chapter_byline(ch) {
        out.add(
            Role::P,
            0,
            c.set_text(&by, &centred(FontKey::Italic, s, 1.05), m),
            lead * 0.5,
            true,
        );
        out.last_in(&labels);
    }
    // The story's information: small centred rows under the byline, labels in italic.
    if info {
        let st = centred(FontKey::Regular, s, 0.8);
        let mut space = lead * 0.75;
        for row in f.story_info(&ch.meta) {
            let mut inl = Vec::new();
            for (k, item) in row.into_iter().enumerate() {
                if k > 0 {
                    inl.push(Inline::Text(f.info_separator().to_string()));
                }
                inl.push(Inline::Emphasis(vec![Inline::Text(item.label)]));
                inl.push(Inline::Text(format!(" {}", item.value)));
            }
            out.add(Role::P, 0, c.set(&inl, &st, m), space, true);
            out.last_in(&labels);
            space = 0.0;
        }
    }
    let note = Style {
        font: FontKey::Italic,
        size: s.font_size * 0.92,
        leading: s.leading * 0.92,
        ..body_style(s)
    };
    let label = centred(FontKey::Regular, s, 0.85);
    // The notes as the furniture gives them: their heading, without the author's own
    // label. A note that lost that label is a copy; only blocks borrowed from the chapter
    // can be set again by the paginator.
    let preface = f.opening(ch);
    let afterword = f.afterword(ch);
    let origin = |b: &Cow<'c, [Block]>| match b {
        Cow::Borrowed(b) => Some(*b),
        Cow::Owned(_) => None,
    };
    let sections = [
        preface.as_ref().map(|n| {
            let o = origin(&n.blocks);
            (&n.blocks[..], o, Some(n.label), note, Section::Preface)
        }),
        Some((
            &ch.body[..],
            Some(&ch.body[..]),
            None,
            body_style(s),
            Section::Body,
        )),
        afterword.as_ref().map(|n| {
            let o = origin(&n.blocks);
            (&n.blocks[..], o, Some(n.label), note, Section::Afterword)
        }),
    ];
    parts.resize(out.blocks.len(), Part::Head);
    for (blocks, kept, heading, style, section) in sections.into_iter().flatten() {
        if blocks.is_empty() {
            continue;
        }
        let c = notes.pick(section, c);
        let mut space = lead * 2.0;
        // A note is an aside with its label as heading; the story is the section's own.
        let parent = match heading {
            Some(_) => out.tree.add(Role::Aside, 0),
            None => 0,
        };
        // A note in another language than the story's (English notes over a Hebrew
        // story) says so on its `Aside`.
        let note_lang = match section {
            Section::Preface => &ch.preface_language,
            Section::Afterword => &ch.afterword_language,
            _ => &None,
        };
        if parent > 0
            && let Some(l) = note_lang
        {
            out.tree.0[parent as usize].lang = Some(l.clone());
        }
        if let Some(h) = heading {
            out.add(Role::H3, parent, c.set_text(h, &label, m), space, true);
            // The closing note never stands on a page of its own.
            if section == Section::Afterword
                && let Some(b) = out.blocks.last_mut()
            {
                b.keep_with_previous = true;
            }
            out.last_in(&labels);
            parts.push(Part::NoteLabel(section));
            space = lead * 0.5;
        }
        let mut first = true;
        // Whether the block before was a stanza: the prose after a poem opens flush.
        let mut after_stanza = false;
        for (k, b) in blocks.iter().enumerate() {
            let flush = first || std::mem::take(&mut after_stanza);
            match b {
                Block::Paragraph(inl) => {
                    // A chat log or other run of typed lines is set flush, as a block.
                    let flush = flush || crate::model::is_typed_lines(inl);
                    let st = Style {
                        indent: if flush { 0.0 } else { style.indent },
                        ..style
                    };
                    let lines = c.set(inl, &st, m);
                    // A line that introduces the quote, list or verse under it ("It
                    // read:", a note's "Notes:") never ends a page without it.
                    let introduces = lines.len() == 1
                        && crate::model::plain_text(inl).trim_end().ends_with(':')
                        && matches!(
                            blocks.get(k + 1),
                            Some(Block::Quote(_) | Block::List(_) | Block::Stanza(_))
                        );
                    let mut b = block(lines, space, introduces, true);
                    // Story text sits on the body grid, whatever came before it.
                    if heading.is_none() {
                        b.grid = Some(lead);
                    }
                    sources.resize(out.blocks.len(), None);
                    sources.push(kept.and_then(|o| match &o[k] {
                        Block::Paragraph(inl) => Some(Source {
                            inl,
                            style: st,
                            x: 0.0,
                            measure: m,
                            label: None,
                            in_list: false,
                        }),
                        _ => None,
                    }));
                    let tag = out.el(Role::P, parent);
                    out.push(b, tag);
                    parts.push(Part::Block(section, k));
                    first = false;
                    space = 0.0;
                }
                Block::Stanza(lines) => {
                    // A stanza: flush, a whole line of white above it (and so between
                    // stanzas, and before the prose after a poem), on the body grid.
                    let st = Style {
                        indent: 0.0,
                        ..style
                    };
                    let gap = if first {
                        space
                    } else {
                        space.max(style.leading)
                    };
                    let mut b = block(c.set_verse(lines, &st, m), gap, false, true);
                    if heading.is_none() {
                        b.grid = Some(lead);
                    }
                    let tag = out.el(Role::P, parent);
                    out.push(b, tag);
                    parts.push(Part::Block(section, k));
                    first = false;
                    space = style.leading;
                    after_stanza = true;
                    continue;
                }
                Block::List(_) | Block::Quote(_) => {
                    // A list follows the text without white; a quote stands a line
                    // apart. The prose after either opens flush.
                    let quote = matches!(b, Block::Quote(_));
                    let gap = match quote && !first {
                        true => space.max(style.leading),
                        false => space,
                    };
                    let room = Room {
                        x: 0.0,
                        measure: m,
                        style,
                        grid: heading.is_none().then_some(lead),
                        part: Part::NoteInside(section, k),
                        settings: s,
                        in_item: false,
                    };
                    let own = kept.map(|o| &o[k]);
                    let mut to = (&mut out, &mut parts, &mut sources);
                    set_apart(&mut to, c, (own, b), &room, parent, gap);
                    first = false;
                    space = if quote { style.leading } else { 0.0 };
                    after_stanza = true;
                    continue;
                }
                Block::SceneBreak => {
                    out.push(ornament(s, c, m), Tag::Artifact(Artifact::Layout));
                    parts.push(Part::Ornament);
                    first = true;
                    space = lead * 0.5;
                }
                Block::Heading(t) => {
                    let st = centred(FontKey::Bold, s, 1.0);
                    out.add(Role::H3, parent, c.set_text(t, &st, m), lead, true);
                    // A poem's title: its first stanza on the next line of the grid
                    // (a title with its two lines costs a line less at a page's foot),
                    // and it may take a line more of white, as a scene break may, where
                    // the poem cannot start at the foot of a page: a page of verse has
                    // no paragraph to set a line longer. So may a heading inside the
                    // story (a part's "2. L'aleta"), where a paragraph after it too short
                    // to part leaves the page two lines short (not the story's first
                    // block: its first line's white under the opener serves there).
                    let poem = matches!(blocks.get(k + 1), Some(Block::Stanza(_)));
                    if (poem || k > 0)
                        && let Some(b) = out.blocks.last_mut()
                    {
                        b.flex = true;
                    }
                    parts.push(Part::Block(section, k));
                    first = true;
                    space = if poem { 0.0 } else { lead * 0.5 };
                }
                Block::Note(inner) => {
                    // A chapter's own summary or notes at their place: an aside in the
                    // notes' smaller italic, half a line apart from the story. Under a
                    // chapter's heading it keeps with the text after it, as the heading
                    // does: a heading never ends a page with only its note under it.
                    let aside = out.tree.add(Role::Aside, parent);
                    let under_heading = k > 0 && matches!(blocks[k - 1], Block::Heading(_));
                    let mut gap = lead * 0.5;
                    for (j, p) in inner.iter().enumerate() {
                        let Block::Paragraph(inl) = p else {
                            // A list or quote in the note: in the note's style.
                            let room = Room {
                                x: 0.0,
                                measure: m,
                                style: note,
                                grid: None,
                                part: Part::NoteInside(section, k),
                                settings: s,
                                in_item: false,
                            };
                            let own = kept.and_then(|o| match &o[k] {
                                Block::Note(inner) => inner.get(j),
                                _ => None,
                            });
                            let mut to = (&mut out, &mut parts, &mut sources);
                            set_apart(&mut to, c, (own, p), &room, aside, gap);
                            gap = 0.0;
                            continue;
                        };
                        let st = Style {
                            indent: if j == 0 { 0.0 } else { note.indent },
                            ..note
                        };
                        let tag = out.el(Role::P, aside);
                        out.push(block(c.set(inl, &st, m), gap, under_heading, true), tag);
                        parts.push(Part::NoteInside(section, k));
                        gap = 0.0;
                    }
                    first = true;
                    space = lead * 0.5;
                }
                // `typeset` sets footnotes as the typed lines they were read from
                // (`model::unlinked_blocks`), so none reach this.
                Block::Footnotes(_) => {}
            }
        }
    }
    sources.resize(out.blocks.len(), None);
    debug_assert_eq!(parts.len(), out.blocks.len(), "a part per block");
    (out, sources, parts)
}

/// Sets a list or quote `b` (or any block inside one) with [`lists::set`]; `own` is the
/// same block borrowed from the chapter, when it is (not a note's copy): then its
/// paragraphs may be set again by pagination.
fn set_apart<'c>(
    (tagged, parts, sources): &mut (&mut Tagged, &mut Vec<Part>, &mut Sources<'c>),
    c: &mut Composer,
    (own, b): (Option<&'c Block>, &Block),
    room: &Room,
    parent: u32,
    gap: f32,
) {
    match own {
        Some(own) => {
            let mut out = Out {
                tagged,
                parts,
                sources,
            };
            lists::set(&mut out, c, own, room, parent, gap);
        }
        None => {
            let mut copy = Vec::new();
            let mut out = Out {
                tagged,
                parts,
                sources: &mut copy,
            };
            lists::set(&mut out, c, b, room, parent, gap);
        }
    }
}
