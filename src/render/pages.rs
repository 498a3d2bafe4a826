//! Page starts: where each page of the PDF edition begins, as places in the model.
//!
//! Input: nothing (plain data the PDF layout fills in). Output: nothing. The PDF layout
//! knows which block and which characters each of its pages starts with; the EPUB
//! renderer puts its page-break markers and page list there. This is the whole contract
//! between the two: neither reads the other's output.

/// The pages of the PDF edition a book's EPUB carries, and that edition in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMap {
    /// The edition the page numbers come from: title, PDF profile and trim, and the
    /// book's identifier (`pageBreakSource` in the EPUB's package).
    pub source: String,
    /// Every page that carries text, in order.
    pub starts: Vec<PageStart>,
}

/// The first text of one PDF page that carries text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageStart {
    /// The physical page, 0-based.
    pub index: usize,
    /// The page's printed label: roman in the front matter, arabic in the body.
    pub label: String,
    /// Where its text starts.
    pub at: Spot,
}

/// A place in the book where a page starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    /// The title page.
    TitlePage,
    /// The copyright page.
    Copyright,
    /// The contents, at its heading.
    ContentsHeading,
    /// The contents, at the entry of chapter `n` (0-based).
    ContentsEntry(usize),
    /// A chapter's opening: its title, byline and information.
    ChapterHead(usize),
    /// The heading of a chapter's note.
    NoteLabel {
        /// The chapter, 0-based.
        chapter: usize,
        /// Which note.
        section: Section,
    },
    /// A block of a chapter.
    Block {
        /// The chapter, 0-based.
        chapter: usize,
        /// The part of the chapter the block is in.
        section: Section,
        /// The block's index in that part: in the story's body, or in the note's blocks
        /// as [`crate::furniture::Furniture::preface`], `summary` and `afterword` give them.
        block: usize,
        /// Where in the block's plain text ([`crate::model::Block::plain`]) the page's
        /// first whole word starts, in characters: 0 for a page that starts with the
        /// block; after a word hyphenated across the break otherwise, never inside a
        /// word (the block's length when no whole word of it is on the page).
        offset: usize,
    },
}

/// A part of a chapter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The story's summary, under its own heading before the author's note.
    Summary,
    /// The author's note before the story.
    Preface,
    /// The story.
    Body,
    /// The note after the story.
    Afterword,
}

/// The character offset in `plain` of the first whole word after the text of `before`
/// (the lines of the block set before, in order, as the layout gives their text: words
/// separated by single spaces, a hyphen added at a break inside a word).
///
/// Walks `plain` along the lines' characters: spaces in either match any run of
/// whitespace in the other, a character the line adds (the break's hyphen) is skipped.
/// When the lines end inside a word of `plain`, the offset moves past that word.
pub fn next_word_after(plain: &str, before: &[&str]) -> usize {
    let p: Vec<char> = plain.chars().collect();
    let mut c = 0;
    for line in before {
        let chars: Vec<char> = line.chars().collect();
        for (i, &ch) in chars.iter().enumerate() {
            if ch.is_whitespace() {
                while c < p.len() && p[c].is_whitespace() {
                    c += 1;
                }
                continue;
            }
            while c < p.len() && p[c] != ch && (p[c].is_whitespace() || p[c] == '\u{ad}') {
                c += 1;
            }
            if c < p.len() && p[c] == ch {
                c += 1;
            } else if !(ch == '-' && i + 1 == chars.len()) && c < p.len() {
                // A character set differently from the model's: keep in step.
                c += 1;
            }
        }
    }
    // Inside a word: the page starts with the rest of it, which is not a whole word.
    if c > 0 && !p[c - 1].is_whitespace() {
        while c < p.len() && !p[c].is_whitespace() {
            c += 1;
        }
    }
    while c < p.len() && p[c].is_whitespace() {
        c += 1;
    }
    c
}

#[cfg(test)]
mod tests {
    use super::next_word_after;

    #[test]
    fn a_page_after_whole_lines_starts_at_the_next_word() {
        let p = "One two three four five six";
        assert_eq!(next_word_after(p, &[]), 0);
        assert_eq!(next_word_after(p, &["One two"]), 8);
        assert_eq!(next_word_after(p, &["One two", "three four"]), 19);
    }

    #[test]
    fn a_word_hyphenated_across_the_break_stays_on_the_page_before() {
        let p = "The extraordinary  tale\nof it";
        // "extra-" ends the line: the page's first whole word is "tale".
        assert_eq!(next_word_after(p, &["The extra-"]), 19);
        // A break after a real hyphen or a dash is inside the word too.
        let p = "a well-known road—home again";
        assert_eq!(next_word_after(p, &["a well-"]), 13);
        assert_eq!(next_word_after(p, &["a well-known road—"]), 23);
        // The last word of the block: no whole word of it on the page.
        assert_eq!(next_word_after("ends here", &["ends he-"]), 9);
    }

    #[test]
    fn characters_and_spacing_the_layout_changes_keep_in_step() {
        // A no-break space, a soft hyphen and a line break in the model.
        let p = "10\u{a0}km of wa\u{ad}ter\nand more";
        assert_eq!(next_word_after(p, &["10\u{a0}km of"]), 9);
        assert_eq!(next_word_after(p, &["10\u{a0}km of water"]), 16);
    }
}
