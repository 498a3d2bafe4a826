//! An element's content as blocks: the converter run over it, with its pictures
//! counted (and, on request, blank paragraphs kept or elements left out).

use super::Converter;
use crate::model::Block;
use ego_tree::NodeId;
use scraper::ElementRef;

/// [`blocks_of`] keeping each empty `<p>` as a blank paragraph (a lone no-break space):
/// a post editor's blank line, which may set a note apart from the story.
pub(crate) fn blocks_with_gaps(el: ElementRef<'_>, lang: &str) -> (Vec<Block>, usize) {
    let mut c = Converter::new(lang);
    c.gaps = true;
    c.add_inner(el);
    let images = c.images;
    (c.take(), images)
}

/// [`blocks_of`] leaving out the elements `skip` with all they hold (a page's hidden
/// landmark heading over its text).
pub(crate) fn blocks_skipping(
    el: ElementRef<'_>,
    lang: &str,
    skip: impl IntoIterator<Item = NodeId>,
) -> (Vec<Block>, usize) {
    let mut c = Converter::new(lang);
    c.skip(skip);
    c.add_inner(el);
    let images = c.images;
    (c.take(), images)
}

/// The converted content of one element (its own role ignored).
pub(crate) fn blocks_of(el: ElementRef<'_>, lang: &str) -> (Vec<Block>, usize) {
    let mut c = Converter::new(lang);
    c.add_inner(el);
    let images = c.images;
    (c.take(), images)
}
