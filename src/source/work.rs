//! Downloaded works as the readers find them: the [`Work`] every reader of HTML and EPUB
//! (AO3, FanFicFare, plain) fills, and the chapter metadata read from its tag groups.
//!
//! Input: what a reader found: title, authors, tag groups, summary, notes, the work's
//! chapters. Output: for `import`, which turns a work into a chapter, the
//! [`StoryMeta`] its labels give (AO3's and FanFicFare's names for the same field).

use crate::model::{Block, Reader, StoryMeta};

/// What a reader found in a downloaded work, before it becomes a chapter.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Work {
    /// The work's title.
    pub title: Option<String>,
    /// Its authors, in order.
    pub authors: Vec<String>,
    /// Tag groups in the order the file lists them: (label without colon, values).
    pub tags: Vec<(String, Vec<String>)>,
    /// The work's summary.
    pub summary: Vec<Block>,
    /// The work's notes at the beginning.
    pub notes: Vec<Block>,
    /// The work's chapters (one, untitled, for a single-chapter work).
    pub parts: Vec<Part>,
    /// The work's notes at the end.
    pub end_notes: Vec<Block>,
    /// Where the work lives online.
    pub url: Option<String>,
    /// The footnotes the text's marks link to (an HTML page's list), set after the
    /// story's text.
    pub footnotes: Option<crate::model::Footnotes>,
    /// The lines of the epigraph a page sets over its text (`html::epigraph`), set
    /// apart once the notes before it are taken off.
    pub epigraph: Vec<String>,
    /// Images met inside the text (dropped).
    pub images: usize,
    /// What the reader decided, for `quire inspect`.
    pub decisions: Vec<String>,
}

/// One chapter of a downloaded work.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Part {
    /// The chapter's heading ("Chapter 2: The Ferry"), if the file gives one.
    pub title: Option<String>,
    /// Its summary.
    pub summary: Vec<Block>,
    /// Its notes at the beginning.
    pub notes: Vec<Block>,
    /// The text.
    pub body: Vec<Block>,
    /// Its notes at the end.
    pub end_notes: Vec<Block>,
}

impl Work {
    /// The values of the tag group whose label is one of `labels` (any case, singular or
    /// plural as the archive writes them).
    pub(crate) fn tag(&self, labels: &[&str]) -> Vec<String> {
        self.tags
            .iter()
            .filter(|(l, _)| labels.iter().any(|x| x.eq_ignore_ascii_case(l)))
            .flat_map(|(_, v)| v.iter().cloned())
            .collect()
    }

    /// The part being filled (a first, untitled one is made when needed).
    pub(crate) fn current(&mut self) -> &mut Part {
        if self.parts.is_empty() {
            self.parts.push(Part::default());
        }
        self.parts.last_mut().expect("just ensured")
    }
}

/// The chapter metadata from what the reader found: tag groups by their labels (AO3's
/// singular and plural forms, FanFicFare's title-page labels, an EPUB's subjects).
pub(crate) fn story_meta(w: &Work, reader: Reader) -> StoryMeta {
    let one = |labels: &[&str]| {
        let v = w.tag(labels);
        (!v.is_empty()).then(|| v.join(", "))
    };
    let fff = matches!(reader, Reader::FanFicFareHtml | Reader::FanFicFareEpub);
    // AO3's "Category" is the relationship kind (F/M, Gen); FanFicFare's is the fandom,
    // unless its title page also names the fandom (an AO3 work: then it is AO3's).
    let fandom_named = !w.tag(&["Fandoms", "Fandom"]).is_empty();
    let (fandoms, mut tags) = if fff && !fandom_named {
        (w.tag(&["Category", "Fandoms", "Fandom"]), Vec::new())
    } else {
        (
            w.tag(&["Fandom", "Fandoms"]),
            w.tag(&["Category", "Categories"]),
        )
    };
    tags.extend(w.tag(&[
        "Additional Tags",
        "Genre",
        "Freeform Tags",
        "Extra Tags",
        "Tags",
    ]));
    // AO3's stats: "Published: 2022-09-10", "Completed: …", "Words: 1,350", "Chapters: 3/3".
    let stats = w.tag(&["Stats"]);
    let stat = |label: &str| {
        stats
            .iter()
            .find_map(|s| s.strip_prefix(label)?.strip_prefix(':'))
            .map(|v| v.trim().to_string())
    };
    let completed = stat("Completed");
    StoryMeta {
        author: (!w.authors.is_empty()).then(|| w.authors.join(", ")),
        summary: w.summary.clone(),
        rating: one(&["Rating", "Ratings"]),
        warnings: w.tag(&["Archive Warning", "Archive Warnings", "Warnings", "Warning"]),
        fandoms,
        relationships: w.tag(&["Relationship", "Relationships"]),
        characters: w.tag(&["Character", "Characters"]),
        tags,
        url: w.url.clone(),
        words: one(&["Words"]).or_else(|| stat("Words")),
        series: one(&["Series"]),
        status: one(&["Status"]).or_else(|| completed.as_ref().map(|_| "Completed".to_string())),
        published: one(&["Published"]).or_else(|| stat("Published")),
        updated: one(&["Updated"]).or(completed).or_else(|| stat("Updated")),
        chapters: one(&["Chapters"]).or_else(|| stat("Chapters")),
        publisher: one(&["Publisher"]).or_else(|| {
            matches!(reader, Reader::Ao3Html | Reader::Ao3Epub)
                .then(|| "Archive of Our Own".to_string())
        }),
        language: one(&["Language"]),
        dropped: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(tags: &[(&str, &str)]) -> Work {
        Work {
            tags: tags
                .iter()
                .map(|(l, v)| (l.to_string(), vec![v.to_string()]))
                .collect(),
            ..Default::default()
        }
    }

    /// FanFicFare's "Category" names the fandom, except on an AO3 work's title page,
    /// which names the fandom itself: there the category is AO3's ("F/F").
    #[test]
    fn fanficfare_category_is_the_fandom_unless_one_is_named() {
        let ffn = story_meta(
            &work(&[("Category", "Sailor Moon")]),
            Reader::FanFicFareHtml,
        );
        assert_eq!(ffn.fandoms, vec!["Sailor Moon"]);
        let ao3 = story_meta(
            &work(&[("Category", "F/F"), ("Fandom", "Les Tréteaux")]),
            Reader::FanFicFareHtml,
        );
        assert_eq!(ao3.fandoms, vec!["Les Tréteaux"]);
        assert_eq!(ao3.tags, vec!["F/F"]);
    }
}
