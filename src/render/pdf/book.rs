//! Book layout: a whole [`Book`] → a [`Document`] of frames.
//!
//! Input: the book and resolved settings. Output: every page (front matter, chapter
//! openers, text pages, blank versos), with running heads, folios, contents links, the
//! outline and page labels, plus warnings. This is where the house design lives: margins,
//! sizes, the chapter opener; the stages it calls do the typesetting.

use super::compose::{Align, Composer, SetLine, Style, WordCache};
use super::fonts::{FontKey, FontSet};
use super::frame::{
    Artifact, CoverPage, Document, Element, Frame, LabelStyle, LineKind, Link, OutlineEntry, Role,
    Tag, TextLine, Tree, roman,
};
use super::front::{Contents, contents_pages, copyright_page, title_page};
use super::hyphenate::Hyphenation;
use super::pagemap::{Part, page_starts};
use super::paginate::{Ask, Balance, Placed, VBlock, paginate_with};
use super::shape::{ShapeCache, Shaper};
use crate::config::{MissingGlyphs, PdfSettings, Profile};
use crate::diag::Diagnostic;
use crate::furniture::Furniture;
use crate::model::{Block, Book, Chapter, Inline};
use crate::render::pages::{PageStart, Section, Spot};
use rayon::prelude::*;
use std::borrow::Cow;
use std::sync::Arc;

/// The scene-break ornament: spaced asterisks, which Charis has (it lacks ⁂).
pub const ORNAMENT: &str = "*\u{2003}*\u{2003}*";
/// Size of the ornament relative to the text: large enough to read as a break, not as
/// a footnote mark.
const ORNAMENT_SCALE: f32 = 1.6;
/// Distance between contents leader dots, in ems: open enough to read as a line of
/// dots rather than a rule.
pub(super) const LEADER_PITCH: f32 = 0.6;
const IN: f32 = 72.0;
/// Top margin as a share of the page height. The running head sits in it, so it must
/// leave the head clear of the edge (a screen A5 head was 31pt from the top at 9%).
const TOP_SHARE: f32 = 0.105;
/// Running-head baseline above the first text baseline, in lines.
const HEAD_RAISE: f32 = 1.5;

/// KDP's minimum inside margin for a page count (their published table).
pub fn gutter_for(pages: usize) -> f32 {
    IN * match pages {
        0..=150 => 0.375,
        151..=300 => 0.5,
        301..=500 => 0.625,
        501..=700 => 0.75,
        _ => 0.875,
    }
}

/// Page geometry for one pass.
pub(super) struct Geometry {
    pub(super) width: f32,
    pub(super) height: f32,
    pub(super) top: f32,
    /// Margin on the binding side (print) or both sides (screen).
    pub(super) inner: f32,
    pub(super) outer: f32,
    pub(super) measure: f32,
    pub(super) text_height: f32,
    pub(super) print: bool,
}

impl Geometry {
    fn new(s: &PdfSettings, gutter: f32) -> Geometry {
        let print = s.profile == Profile::Print;
        let (inner, outer) = s.side_margins(gutter);
        let top = (s.page_height * TOP_SHARE).max(0.6 * IN);
        let bottom = top * 1.1;
        // A whole number of lines, so full pages end on the same baseline.
        let lines = ((s.page_height - top - bottom) / s.leading)
            .floor()
            .max(4.0);
        Geometry {
            width: s.page_width,
            height: s.page_height,
            top,
            inner,
            outer,
            measure: s.page_width - inner - outer,
            text_height: lines * s.leading,
            print,
        }
    }

    /// Left edge of the text area on physical page `index` (recto = even index).
    fn left(&self, index: usize) -> f32 {
        if self.print && index % 2 == 1 {
            self.outer
        } else {
            self.inner
        }
    }
}

/// What a body page is, for furniture.
#[derive(Clone, Copy, PartialEq)]
enum PageRole {
    Opener(usize),
    Text(usize),
    Blank,
}

/// What every thread needs to make a [`Composer`]: shared, read-only faces and
/// hyphenation patterns, and the shared shaping and word caches.
struct Tools<'a> {
    furniture: &'a Furniture,
    fonts: &'a FontSet,
    hyphenation: &'a Hyphenation,
    cache: Arc<ShapeCache>,
    words: Arc<WordCache>,
}

impl<'a> Tools<'a> {
    fn composer(&self) -> Composer<'a> {
        Composer::with_cache(
            Shaper::with_cache(self.fonts, self.cache.clone()),
            self.hyphenation,
            self.words.clone(),
        )
    }
}

/// Typesets the whole book. Warnings name characters no font could show.
///
/// Chapters are set in parallel (they are independent until pagination) and body pages
/// are dressed in parallel; results are collected in book order, so the document does
/// not depend on thread scheduling.
pub fn typeset(book: &Book, s: &PdfSettings) -> (Document, Vec<Diagnostic>) {
    let fonts = FontSet::with_fallback(s.fallback_fonts.clone(), &book.meta.language);
    let hyphenation = Hyphenation::for_language(&book.meta.language);
    let furniture = Furniture::of(book);
    let tools = Tools {
        furniture: &furniture,
        fonts: &fonts,
        hyphenation: &hyphenation,
        cache: Arc::default(),
        words: Arc::default(),
    };
    let mut gutter = gutter_for(0);
    // Chapters set in a pass, kept for the next when that has the same text area.
    let mut kept: Option<(Area, Chapters)> = None;
    let mut pass = 0;
    // Print gutters grow with the page count, which depends on the gutter: iterate until
    // the count lands in the bracket it was set for (two passes in practice, at most
    // four).
    let (mut doc, mut warnings) = loop {
        let geo = Geometry::new(s, gutter);
        let chapters = match kept.take() {
            Some((area, chapters)) if area == geo.area() => chapters,
            _ => {
                let clock = crate::timing::stage("pdf.layout.chapters");
                let chapters = set_chapters(book, s, &geo, &tools);
                clock.done();
                chapters
            }
        };
        pass += 1;
        if s.profile == Profile::Screen || pass == 4 {
            break build(book, s, &geo, &tools, chapters);
        }
        let wanted = gutter_for(page_count(book, s, &geo, &tools, &chapters));
        if wanted == gutter {
            break build(book, s, &geo, &tools, chapters);
        }
        // This pass's document is thrown away, but the ToUnicode map takes every glyph
        // ever shaped, so it is still made for its front matter, heads and folios; the
        // chapter pages, already set, are left empty.
        let hollow = chapters
            .iter()
            .map(|ch| SetChapter {
                pages: vec![Vec::new(); ch.pages.len()],
                starts: Vec::new(),
                tags: Vec::new(),
                tree: Tree::default(),
                warning: None,
            })
            .collect();
        build(book, s, &geo, &tools, hollow);
        // When only the margins move, the next pass sets every chapter exactly as this
        // one did: keep them.
        if Geometry::new(s, wanted).area() == geo.area() {
            kept = Some((geo.area(), chapters));
        }
        gutter = wanted;
    };
    let clock = crate::timing::stage("pdf.layout.tounicode");
    doc.glyph_text = tools.cache.glyph_texts();
    doc.renumber_faces(fonts.canonical());
    clock.done();
    for name in fonts.named_not_installed() {
        warnings.push(
            Diagnostic::warning(
                Some("book.toml".into()),
                format!("`[fonts] fallback` names “{name}”, which is not installed"),
            )
            .hint("install it, or check the family name with `fc-list : family`"),
        );
    }
    (doc, warnings)
}

fn body_style(s: &PdfSettings) -> Style {
    Style {
        font: FontKey::Regular,
        size: s.font_size,
        leading: s.leading,
        align: Align::Justify,
        indent: s.font_size * 1.2,
    }
}

pub(super) fn centred(font: FontKey, s: &PdfSettings, scale: f32) -> Style {
    Style {
        font,
        size: s.font_size * scale,
        leading: s.leading * scale,
        align: Align::Center,
        indent: 0.0,
    }
}

pub(super) fn block(lines: Vec<SetLine>, space_before: f32, keep: bool, breakable: bool) -> VBlock {
    VBlock {
        lines,
        space_before,
        keep_with_next: keep,
        breakable,
        grid: None,
    }
}

/// How far a chapter's title sits below the top of the text area: about a sixth of
/// the page, in whole body lines.
fn opener_sink(geo: &Geometry, s: &PdfSettings) -> f32 {
    (geo.text_height * 0.18 / s.leading).round() * s.leading
}

/// With each block, the paragraph and style it was set from (for setting it again).
type Sources<'c> = Vec<Option<(&'c [Inline], Style)>>;

/// Vertical blocks, each with what its lines are in the structure tree, and the tree
/// they refer to.
pub(super) struct Tagged {
    pub(super) blocks: Vec<VBlock>,
    /// Per block.
    pub(super) tags: Vec<Tag>,
    pub(super) tree: Tree,
}

impl Tagged {
    /// Blocks to go under a local root of type `root` (index 0 of the local tree).
    pub(super) fn new(root: Role) -> Self {
        Tagged {
            blocks: Vec::new(),
            tags: Vec::new(),
            tree: Tree(vec![Element {
                role: root,
                parent: 0,
                alt: None,
            }]),
        }
    }

    pub(super) fn push(&mut self, b: VBlock, tag: Tag) {
        self.blocks.push(b);
        self.tags.push(tag);
    }

    /// A new element under `parent`, as a tag for its lines.
    pub(super) fn el(&mut self, role: Role, parent: u32) -> Tag {
        Tag::Content(self.tree.add(role, parent))
    }

    /// The tag of every line, in order: what [`paginate`] keeps.
    pub(super) fn line_tags(&self) -> Vec<Tag> {
        self.blocks
            .iter()
            .zip(&self.tags)
            .flat_map(|(b, t)| std::iter::repeat_n(*t, b.lines.len()))
            .collect()
    }
}

/// A chapter as vertical blocks: title, byline, note, story, afterword; in the structure
/// tree a `Sect` with an `H2`, the notes as `Aside`s, paragraphs as `P`, headings as `H3`
/// and the scene-break ornament as an artifact.
fn chapter_blocks<'c>(
    ch: &'c Chapter,
    f: &'c Furniture,
    s: &PdfSettings,
    geo: &Geometry,
    c: &mut Composer,
    info: bool,
) -> (Tagged, Sources<'c>, Vec<Part>) {
    let mut sources = Vec::new();
    let mut parts = Vec::new();
    let m = geo.measure;
    let lead = s.leading;
    let mut out = Tagged::new(Role::Sect);
    let tag = out.el(Role::H2, 0);
    out.push(
        block(
            c.set_text(&ch.title, &centred(FontKey::Bold, s, 1.6), m),
            0.0,
            true,
            false,
        ),
        tag,
    );
    if let Some(author) = &ch.author {
        let tag = out.el(Role::P, 0);
        out.push(
            block(
                c.set_text(&f.byline(author), &centred(FontKey::Italic, s, 1.05), m),
                lead * 0.5,
                true,
                false,
            ),
            tag,
        );
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
            let tag = out.el(Role::P, 0);
            out.push(block(c.set(&inl, &st, m), space, true, false), tag);
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
    let preface = f.preface(ch);
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
        let mut space = lead * 2.0;
        // A note is an aside with its label as heading; the story is the section's own.
        let parent = match heading {
            Some(_) => out.tree.add(Role::Aside, 0),
            None => 0,
        };
        if let Some(h) = heading {
            let tag = out.el(Role::H3, parent);
            out.push(block(c.set_text(h, &label, m), space, true, false), tag);
            parts.push(Part::NoteLabel(section));
            space = lead * 0.5;
        }
        let mut first = true;
        for (k, b) in blocks.iter().enumerate() {
            match b {
                Block::Paragraph(inl) => {
                    let st = Style {
                        indent: if first { 0.0 } else { style.indent },
                        ..style
                    };
                    let mut b = block(c.set(inl, &st, m), space, false, true);
                    // Story text sits on the body grid, whatever came before it.
                    if heading.is_none() {
                        b.grid = Some(lead);
                    }
                    sources.resize(out.blocks.len(), None);
                    sources.push(kept.and_then(|o| match &o[k] {
                        Block::Paragraph(i) => Some((i.as_slice(), st)),
                        _ => None,
                    }));
                    let tag = out.el(Role::P, parent);
                    out.push(b, tag);
                    parts.push(Part::Block(section, k));
                    first = false;
                    space = 0.0;
                }
                Block::SceneBreak => {
                    // Charis's asterisk is small and set high (a reference mark): at
                    // text size the break read as a smudge. Larger, but on one body
                    // line so the text after it stays on the grid.
                    let st = Style {
                        leading: lead,
                        ..centred(FontKey::Regular, s, ORNAMENT_SCALE)
                    };
                    out.push(
                        block(c.set_text(ORNAMENT, &st, m), lead * 0.5, true, false),
                        Tag::Artifact(Artifact::Layout),
                    );
                    parts.push(Part::Ornament);
                    first = true;
                    space = lead * 0.5;
                }
                Block::Heading(t) => {
                    let st = centred(FontKey::Bold, s, 1.0);
                    let tag = out.el(Role::H3, parent);
                    out.push(block(c.set_text(t, &st, m), lead, true, false), tag);
                    parts.push(Part::Block(section, k));
                    first = true;
                    space = lead * 0.5;
                }
                Block::Note(inner) => {
                    // A chapter's own summary or notes at their place: an aside in the
                    // notes' smaller italic, half a line apart from the story.
                    let aside = out.tree.add(Role::Aside, parent);
                    let mut gap = lead * 0.5;
                    for (j, p) in inner.iter().enumerate() {
                        let Block::Paragraph(inl) = p else { continue };
                        let st = Style {
                            indent: if j == 0 { 0.0 } else { note.indent },
                            ..note
                        };
                        let tag = out.el(Role::P, aside);
                        out.push(block(c.set(inl, &st, m), gap, false, true), tag);
                        parts.push(Part::NoteInside(section, k));
                        gap = 0.0;
                    }
                    first = true;
                    space = lead * 0.5;
                }
            }
        }
    }
    sources.resize(out.blocks.len(), None);
    debug_assert_eq!(parts.len(), out.blocks.len(), "a part per block");
    (out, sources, parts)
}

/// A chapter set on pages: the pages, the tag of each line in order, the chapter's
/// structure tree (its root the story's `Sect`) and the warning for characters no font
/// could show in it.
struct SetChapter {
    pages: Vec<Vec<Placed>>,
    /// Per page, where its words start (none on a page of ornaments only).
    starts: Vec<Option<Spot>>,
    tags: Vec<Tag>,
    tree: Tree,
    warning: Option<Diagnostic>,
}

/// Every chapter set on pages of one text area, in book order.
type Chapters = Vec<SetChapter>;

/// What setting the chapters depends on in a [`Geometry`], bit for bit: the measure and
/// the text height. Two passes with the same area set every chapter alike.
#[derive(PartialEq)]
struct Area(u32, u32);

impl Geometry {
    fn area(&self) -> Area {
        Area(self.measure.to_bits(), self.text_height.to_bits())
    }
}

fn set_chapters(book: &Book, s: &PdfSettings, geo: &Geometry, tools: &Tools) -> Chapters {
    book.chapters
        .par_iter()
        .enumerate()
        // One composer per batch of chapters, so its words carry over between them.
        .map_init(
            || tools.composer(),
            |c, (ci, ch)| {
                c.missing.clear();
                let info = book.meta.story_info;
                let (tagged, sources, parts) = chapter_blocks(ch, tools.furniture, s, geo, c, info);
                let warning = (!c.missing.is_empty()).then(|| missing_warning(ch, c, s));
                let mut rebreak = |b: usize, ask: Ask| {
                    let (inl, st) = sources.get(b).copied().flatten()?;
                    let m = geo.measure;
                    Some(c.set_with(inl, &st, m, ask.unhyphenated, ask.looseness))
                };
                let sink = opener_sink(geo, s);
                let balance = Balance {
                    leading: s.leading,
                    spreads: s.profile == Profile::Print,
                };
                // The opener's sink is whole lines, so the grid continues down the page.
                // Pagination may set paragraphs again (a line longer or shorter, or
                // without a hyphen at a page foot): `lens` is each block's lines as it
                // leaves them.
                let area = (geo.text_height, sink);
                let (pages, lens) = paginate_with(tagged.blocks, area, balance, &mut rebreak);
                let starts = page_starts((ci, ch), tools.furniture, &pages, &lens, &parts);
                let tags = tagged
                    .tags
                    .iter()
                    .zip(&lens)
                    .flat_map(|(t, n)| std::iter::repeat_n(*t, *n))
                    .collect();
                SetChapter {
                    pages,
                    starts,
                    tags,
                    tree: tagged.tree,
                    warning,
                }
            },
        )
        .collect()
}

/// What each body page is, and each chapter's first body page.
fn body_plan(chapters: &Chapters, print: bool) -> (Vec<PageRole>, Vec<usize>) {
    let mut roles = Vec::new();
    let mut starts = Vec::new();
    for (
        ci,
        SetChapter {
            pages: chapter_pages,
            ..
        },
    ) in chapters.iter().enumerate()
    {
        // Print chapters open on a recto: body pages start on a recto, so an odd count
        // so far means a blank verso first.
        if print && roles.len() % 2 == 1 {
            roles.push(PageRole::Blank);
        }
        starts.push(roles.len());
        for pi in 0..chapter_pages.len() {
            roles.push(if pi == 0 {
                PageRole::Opener(ci)
            } else {
                PageRole::Text(ci)
            });
        }
    }
    (roles, starts)
}

/// The title and copyright pages, the contents still to be placed (and the chapter each
/// of its lines links to), and the index of the first body page.
struct Front {
    pages: Vec<Frame>,
    contents: Contents,
    body_at: usize,
}

/// The front matter; its structure goes into `tree`.
fn front_matter(
    book: &Book,
    f: &Furniture,
    s: &PdfSettings,
    geo: &Geometry,
    c: &mut Composer,
    starts: &[usize],
    tree: &mut Tree,
) -> Front {
    let mut pages: Vec<Frame> = Vec::new();
    if cover_image(book, geo).is_some() {
        // The cover's page: empty here, the writer draws the image on it.
        pages.push(Frame {
            lines: Vec::new(),
            links: Vec::new(),
        });
    }
    title_page(book, f, s, geo, c, &mut pages, tree);
    copyright_page(book, f, s, geo, c, &mut pages, tree);
    let contents_at = pages.len();
    let contents = contents_pages(book, f, s, geo, c, starts, tree);
    let mut body_at = contents_at + contents.pages.len();
    if geo.print && body_at % 2 == 1 {
        body_at += 1;
    }
    Front {
        pages,
        contents,
        body_at,
    }
}

/// The outline entries under a story: its headings (a work's chapters), each at the page
/// it starts on (`pages`, from the story's first page `first`, one per heading of the
/// story's body in order). Only the story's are listed, as in the EPUB's navigation.
fn story_headings(ch: &Chapter, first: usize, pages: &[usize]) -> Vec<OutlineEntry> {
    let in_body = ch.body.iter().filter_map(|b| match b {
        Block::Heading(h) => Some(h.clone()),
        _ => None,
    });
    pages
        .iter()
        .zip(in_body)
        .map(|(p, title)| OutlineEntry {
            title,
            page: first + p,
            children: Vec::new(),
        })
        .collect()
}

/// The screen profile opens on the book's cover (given or generated), as an ebook does;
/// print leaves it to the printer's separate cover.
fn cover_page(book: &Book, geo: &Geometry) -> Option<CoverPage> {
    let image = cover_image(book, geo)?.clone();
    let background = book
        .meta
        .cover
        .is_none()
        .then_some(crate::render::cover::BACKGROUND);
    Some(CoverPage {
        image,
        page: 0,
        background,
    })
}

/// The image the screen profile opens on, if any (borrowed: the front matter only asks
/// whether there is one, the document takes one copy).
fn cover_image<'b>(book: &'b Book, geo: &Geometry) -> Option<&'b crate::model::Cover> {
    if geo.print {
        return None;
    }
    crate::render::cover::of(book)
}

/// How many pages [`build`] makes from `chapters`.
fn page_count(
    book: &Book,
    s: &PdfSettings,
    geo: &Geometry,
    tools: &Tools,
    chapters: &Chapters,
) -> usize {
    let (roles, starts) = body_plan(chapters, geo.print);
    let mut tree = Tree::default();
    front_matter(
        book,
        tools.furniture,
        s,
        geo,
        &mut tools.composer(),
        &starts,
        &mut tree,
    )
    .body_at
        + roles.len()
}

fn build(
    book: &Book,
    s: &PdfSettings,
    geo: &Geometry,
    tools: &Tools,
    chapters: Chapters,
) -> (Document, Vec<Diagnostic>) {
    let clock = crate::timing::stage("pdf.layout.pages");
    let (roles, starts) = body_plan(&chapters, geo.print);
    let mut c = tools.composer();
    // The structure: front matter first, then the stories in order.
    let mut tree = Tree::default();
    let Front {
        mut pages,
        contents,
        body_at: front,
    } = front_matter(book, tools.furniture, s, geo, &mut c, &starts, &mut tree);

    let mut warnings = Vec::new();
    let mut chapter_pages = Vec::new();
    // Per chapter, the page (counted from its first) each story heading starts on.
    let mut heading_pages: Vec<Vec<usize>> = Vec::new();
    for ch in chapters {
        warnings.extend(ch.warning);
        let offset = tree.graft(ch.tree.0, 0);
        let mut tags = ch.tags.into_iter().map(|t| t.shifted(offset));
        let mut starts = ch.starts.into_iter();
        let mut seen = std::collections::BTreeSet::new();
        let mut heads = Vec::new();
        for (pi, page) in ch.pages.into_iter().enumerate() {
            let page_tags: Vec<Tag> = tags.by_ref().take(page.len()).collect();
            for t in &page_tags {
                // The story's own headings hang from its root; note labels and
                // headings inside notes hang from the note's `Aside`.
                if let Tag::Content(e) = *t
                    && tree.0[e as usize].role == Role::H3
                    && tree.0[e as usize].parent == offset
                    && seen.insert(e)
                {
                    heads.push(pi);
                }
            }
            chapter_pages.push((page, page_tags, starts.next().flatten()));
        }
        heading_pages.push(heads);
    }
    let mut chapter_pages = chapter_pages.into_iter();
    // Where each page that carries text starts, with its label, for the EPUB.
    // The title and copyright pages are the last two before the contents (a cover
    // page, with no text, may come first).
    let title_at = pages.len().saturating_sub(2);
    let mut page_starts: Vec<PageStart> = [Spot::TitlePage, Spot::Copyright]
        .into_iter()
        .enumerate()
        .map(|(k, at)| (title_at + k, at))
        .filter(|(i, _)| pages.get(*i).is_some_and(|f| !f.lines.is_empty()))
        .map(|(index, at)| PageStart {
            index,
            label: roman(index + 1),
            at,
        })
        .collect();
    let mut body_starts = Vec::new();
    let body: Vec<(Vec<Placed>, Vec<Tag>, PageRole)> = roles
        .into_iter()
        .enumerate()
        .map(|(bi, role)| match role {
            PageRole::Blank => (Vec::new(), Vec::new(), role),
            _ => {
                let (page, tags, start) = chapter_pages.next().expect("a page per role");
                body_starts.extend(start.map(|at| (bi, at)));
                (page, tags, role)
            }
        })
        .collect();

    let Contents {
        pages: contents,
        owners,
        tags,
        leaders,
    } = contents;
    let mut owners = owners.into_iter();
    let mut tags = tags.into_iter();
    let mut leaders = leaders.into_iter();
    for page in contents {
        let index = pages.len();
        let ys: Vec<f32> = page.iter().map(|(y, _)| *y).collect();
        let page_tags: Vec<Tag> = tags.by_ref().take(page.len()).collect();
        let page_owners: Vec<Option<usize>> = owners.by_ref().take(page.len()).collect();
        if let Some(owner) = page_owners.first() {
            page_starts.push(PageStart {
                index,
                label: roman(index + 1),
                at: owner.map_or(Spot::ContentsHeading, Spot::ContentsEntry),
            });
        }
        let mut f = place(page, &page_tags, geo, index);
        for (line, at) in f.lines.iter_mut().zip(leaders.by_ref()) {
            line.leaders = at;
        }
        folio(&mut f, &roman(index + 1), s, geo, index, &mut c);
        // Links: every entry's lines; targets are absolute page indexes.
        for ((y, tag), owner) in ys.into_iter().zip(page_tags).zip(page_owners) {
            if let Some(ci) = owner {
                let top = geo.height - geo.top - y - s.font_size * 0.3;
                f.links.push(Link {
                    rect: [geo.left(index), top, geo.measure, s.leading],
                    target: front + starts[ci],
                    elem: match tag {
                        Tag::Content(e) => Some(e),
                        Tag::Artifact(_) => None,
                    },
                });
            }
        }
        // Print has nothing to click.
        if geo.print {
            f.links.clear();
        }
        pages.push(f);
    }
    while pages.len() < front {
        pages.push(Frame {
            lines: Vec::new(),
            links: Vec::new(),
        });
    }

    let first_body = pages.len();
    let body_frames: Vec<Frame> = body
        .into_par_iter()
        .enumerate()
        .map_init(
            || tools.composer(),
            |c, (bi, (page, tags, role))| {
                let index = first_body + bi;
                let mut f = place(page, &tags, geo, index);
                if let PageRole::Text(ci) = role {
                    // Even folios are versos (left-hand pages): book title there, chapter
                    // on rectos.
                    let head = if (bi + 1) % 2 == 0 {
                        &book.meta.title
                    } else {
                        &book.chapters[ci].title
                    };
                    running_head(&mut f, head, s, geo, index, c);
                }
                if role != PageRole::Blank {
                    folio(&mut f, &(bi + 1).to_string(), s, geo, index, c);
                }
                f
            },
        )
        .collect();
    pages.extend(body_frames);
    page_starts.extend(body_starts.into_iter().map(|(bi, at)| PageStart {
        index: first_body + bi,
        label: (bi + 1).to_string(),
        at,
    }));

    let outline = book
        .chapters
        .iter()
        .zip(&starts)
        .zip(&heading_pages)
        .map(|((ch, st), heads)| OutlineEntry {
            title: ch.title.clone(),
            page: front + st,
            children: story_headings(ch, front + st, heads),
        })
        .collect();
    let doc = Document {
        width: geo.width,
        height: geo.height,
        pages,
        outline,
        labels: vec![(0, LabelStyle::LowerRoman), (front, LabelStyle::Arabic)],
        title: book.meta.title.clone(),
        author: tools.furniture.join(&book.meta.authors),
        subject: book.meta.description.clone(),
        lang: book.meta.language.clone(),
        epoch: book.meta.modified_epoch,
        glyph_text: Default::default(),
        programs: Vec::new(),
        structure: tree,
        standards: s.standards,
        cover: cover_page(book, geo),
        bleed: geo.print.then_some(s.print.bleed),
        page_starts,
    };
    clock.done();
    (doc, warnings)
}

/// The diagnostic for characters no bundled or installed font can show in chapter `ch`:
/// an error unless `[fonts] missing = "box"`; located at the first line that has one.
fn missing_warning(ch: &Chapter, c: &Composer, s: &PdfSettings) -> Diagnostic {
    let chars: String = c
        .missing
        .iter()
        .map(|ch| format!("“{ch}” U+{:04X} ", *ch as u32))
        .collect();
    let message = format!("no font can show {}in chapter “{}”", chars, ch.title);
    let fix = "install a font that has them (for emoji `fonts-symbola`, for Chinese, Japanese \
               and Korean `fonts-noto-cjk`, for most other scripts `fonts-noto-core`) or name \
               one in book.toml as `[fonts] fallback = [\"Family Name\"]`";
    let d = match s.missing_glyphs {
        MissingGlyphs::Error => Diagnostic::error(Some(ch.file.clone()), message).hint(format!(
            "{fix}; or set `[fonts] missing = \"box\"` to print empty boxes there"
        )),
        MissingGlyphs::Box => Diagnostic::warning(Some(ch.file.clone()), message).hint(format!(
            "they print as empty boxes (text copied from the PDF is still right); {fix}"
        )),
    };
    match c.missing.iter().next() {
        Some(first) => d.locate_by(*first),
        None => d,
    }
}

/// Turns placed lines into a frame on physical page `index`; `tags` has one entry per
/// line.
pub(super) fn place(lines: Vec<Placed>, tags: &[Tag], geo: &Geometry, index: usize) -> Frame {
    debug_assert_eq!(lines.len(), tags.len(), "a tag per line");
    let left = geo.left(index);
    let frame_lines = lines
        .into_iter()
        .zip(tags)
        .map(|((y, l), tag)| line_at(l, left, geo.height - geo.top - y, *tag))
        .collect();
    Frame {
        lines: frame_lines,
        links: Vec::new(),
    }
}

fn line_at(l: SetLine, left: f32, baseline: f32, tag: Tag) -> TextLine {
    let mut runs = l.runs;
    for r in &mut runs {
        for g in &mut r.glyphs {
            g.x += left;
        }
    }
    TextLine {
        y: baseline,
        runs,
        text: l.text,
        kind: l.kind,
        tag,
        leaders: None,
    }
}

/// Sets one line of furniture (`text` in `font`) on physical page `index` at `baseline`:
/// an artifact of kind `what`, not part of the text.
fn furniture(
    f: &mut Frame,
    (text, font, what): (&str, FontKey, Artifact),
    s: &PdfSettings,
    geo: &Geometry,
    (index, baseline): (usize, f32),
    c: &mut Composer,
) {
    let st = Style {
        font,
        ..centred(font, s, 0.85)
    };
    for l in c.set_text(text, &st, geo.measure).into_iter().take(1) {
        let mut tl = line_at(l, geo.left(index), baseline, Tag::Artifact(what));
        tl.kind = LineKind::Furniture;
        f.lines.push(tl);
    }
}

fn running_head(
    f: &mut Frame,
    text: &str,
    s: &PdfSettings,
    geo: &Geometry,
    index: usize,
    c: &mut Composer,
) {
    let baseline = geo.height - geo.top + s.leading * HEAD_RAISE;
    let before = f.lines.len();
    let head = (text, FontKey::Italic, Artifact::Header);
    furniture(f, head, s, geo, (index, baseline), c);
    // Heads are drawn first in reading order (an empty title sets no line at all).
    if f.lines.len() > before
        && let Some(head) = f.lines.pop()
    {
        f.lines.insert(0, head);
    }
}

fn folio(
    f: &mut Frame,
    text: &str,
    s: &PdfSettings,
    geo: &Geometry,
    index: usize,
    c: &mut Composer,
) {
    let baseline = geo.height - geo.top - geo.text_height - s.leading * 2.0;
    let folio = (text, FontKey::Regular, Artifact::Footer);
    furniture(f, folio, s, geo, (index, baseline), c);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Encoding, Inline, Meta};

    #[test]
    fn characters_no_font_has_are_warned_with_the_chapter() {
        let ch = Chapter {
            file: "emoji.txt".into(),
            title: "Faces".into(),
            title_in_text: None,
            author: None,
            encoding: Encoding::Utf8,
            reader: crate::model::Reader::Text,
            preface: Vec::new(),
            body: vec![Block::Paragraph(vec![Inline::Text(
                "Smile \u{10FFFD} and ⁂ here".into(),
            )])],
            afterword: Vec::new(),
            meta: Default::default(),
            decisions: Vec::new(),
        };
        let book = Book {
            meta: Meta {
                title: "T".into(),
                subtitle: None,
                authors: Vec::new(),
                language: "en".into(),
                identifier: "x".into(),
                date: None,
                modified_epoch: 0,
                publisher: None,
                description: None,
                rights: None,
                story_info: true,
                cover: None,
                labels: Vec::new(),
            },
            chapters: vec![ch],
            generated_cover: Default::default(),
        };
        let (_, warnings) = typeset(&book, &PdfSettings::default());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let w = warnings[0].to_string();
        assert!(
            w.contains("emoji.txt") && w.contains("U+10FFFD") && w.contains("Faces"),
            "{w}"
        );
        // The asterism is in the fallback face: no warning for it.
        assert!(!w.contains("U+2042"), "{w}");
    }
}
