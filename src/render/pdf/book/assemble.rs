//! Set chapters → the document: the third stage of book layout.
//!
//! Input: the chapters set on pages. Output: the [`Document`]: cover, title, copyright
//! and contents pages, body pages with blank versos where print needs them, running
//! heads and folios, contents links, the outline, page labels and where each page's
//! text starts.

use super::chapters::{Chapters, SetChapter};
use super::front::{Contents, Front, cover_image};
use super::layout::{Geometry, Pass};
use super::place::{folio, place, running_head};
use crate::diag::Diagnostic;
use crate::model::{Block, Book, Chapter};
use crate::render::pages::{PageStart, Spot};
use crate::render::pdf::frame::{
    CoverPage, Document, Frame, LabelStyle, Link, OutlineEntry, Role, Tag, Tree, roman,
};
use crate::render::pdf::paginate::Placed;
use rayon::prelude::*;

/// What a body page is, for furniture.
#[derive(Clone, Copy, PartialEq)]
enum PageRole {
    Opener(usize),
    Text(usize),
    Blank,
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

/// How many pages [`build`] makes from `chapters`.
pub(super) fn page_count(p: &Pass, chapters: &Chapters) -> usize {
    let (roles, starts) = body_plan(chapters, p.geo.print);
    let mut tree = Tree::default();
    let mut c = p.tools.composer();
    p.front(&mut c, &mut tree).set(&starts).body_at + roles.len()
}

pub(super) fn build(p: &Pass, chapters: Chapters) -> (Document, Vec<Diagnostic>) {
    let Pass {
        book,
        s,
        geo,
        tools,
    } = *p;
    let clock = crate::timing::stage("pdf.layout.pages");
    let (roles, starts) = body_plan(&chapters, geo.print);
    let mut c = tools.composer();
    // The structure: front matter first, then the stories in order.
    let mut tree = Tree::default();
    let Front {
        mut pages,
        contents,
        body_at: front,
    } = p.front(&mut c, &mut tree).set(&starts);

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
        folio(&mut f, &roman(index + 1), p, index, &mut c);
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
                    running_head(&mut f, head, p, index, c);
                }
                if role != PageRole::Blank {
                    folio(&mut f, &(bi + 1).to_string(), p, index, c);
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
        author: tools.furniture.join_plain(&book.meta.authors),
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
