//! Page starts: a chapter's pages → where each starts in the model, for the EPUB.
//!
//! Input: a chapter's pages as pagination left them, the lines of each block and what
//! each block is. Output: per page, the [`Spot`] its first words are at (see
//! [`crate::render::pages`]); and for the whole document, the [`PageMap`] the EPUB's
//! page list is made from. Read-only: nothing here changes the layout.

use super::frame::Document;
use super::paginate::Placed;
use crate::config::{PdfSettings, Profile};
use crate::furniture::Furniture;
use crate::model::{Block, Book, Chapter};
use crate::render::pages::{PageMap, Section, Spot, next_word_after};

/// What a chapter's block is in the model, for the page starts the EPUB's page list
/// is made from.
#[derive(Clone, Copy)]
pub(super) enum Part {
    /// Title, byline or story information.
    Head,
    /// A scene-break ornament: no words.
    Ornament,
    /// The heading of a note.
    NoteLabel(Section),
    /// Block `k` of a part of the chapter, as the EPUB shows it.
    Block(Section, usize),
    /// A paragraph of the note that is block `k` of a part of the chapter (a work's
    /// chapter summary or notes inside the story): its page starts at the note.
    NoteInside(Section, usize),
}

/// Where each of a chapter's pages starts: at the first line of words on it. `lens` is
/// the number of lines of each block, `parts` what each block is.
pub(super) fn page_starts(
    (ci, ch): (usize, &Chapter),
    f: &Furniture,
    pages: &[Vec<Placed>],
    lens: &[usize],
    parts: &[Part],
) -> Vec<Option<Spot>> {
    // Per line in order: its block and its index in the block.
    let owner: Vec<(usize, usize)> = lens
        .iter()
        .enumerate()
        .flat_map(|(b, n)| (0..*n).map(move |j| (b, j)))
        .collect();
    let lines: Vec<&str> = pages
        .iter()
        .flatten()
        .map(|(_, l)| l.text.as_str())
        .collect();
    let mut next = 0;
    pages
        .iter()
        .map(|page| {
            let first = next;
            next += page.len();
            (first..next).find_map(|g| {
                let (b, j) = *owner.get(g)?;
                Some(match *parts.get(b)? {
                    Part::Ornament => return None,
                    Part::Head => Spot::ChapterHead(ci),
                    Part::NoteLabel(section) => Spot::NoteLabel {
                        chapter: ci,
                        section,
                    },
                    Part::NoteInside(section, k) => Spot::Block {
                        chapter: ci,
                        section,
                        block: k,
                        offset: 0,
                    },
                    Part::Block(section, k) => Spot::Block {
                        chapter: ci,
                        section,
                        block: k,
                        offset: match j {
                            0 => 0,
                            _ => next_word_after(&block_plain(ch, f, section, k), &lines[g - j..g]),
                        },
                    },
                })
            })
        })
        .collect()
}

/// The plain text of block `k` of a chapter's `section`, as the EPUB shows it.
fn block_plain(ch: &Chapter, f: &Furniture, section: Section, k: usize) -> String {
    let note = match section {
        Section::Body => return ch.body.get(k).map(Block::plain).unwrap_or_default(),
        Section::Preface => f.opening(ch),
        Section::Summary => return String::new(),
        Section::Afterword => f.afterword(ch),
    };
    note.and_then(|n| n.blocks.get(k).map(Block::plain))
        .unwrap_or_default()
}

/// The pages of a laid-out document as the EPUB's page list needs them: where each
/// page with text starts, and the edition named by title, profile, trim and the book's
/// identifier.
pub fn page_map(book: &Book, settings: &PdfSettings, doc: &Document) -> PageMap {
    let mm = |pt: f32| (pt * 25.4 / 72.0).round();
    let profile = match settings.profile {
        Profile::Screen => "screen",
        Profile::Print => "print",
    };
    PageMap {
        source: format!(
            "{}, PDF edition ({profile}, {} × {} mm), {}",
            book.meta.title,
            mm(settings.page_width),
            mm(settings.page_height),
            book.meta.identifier
        ),
        starts: doc.page_starts.clone(),
    }
}
