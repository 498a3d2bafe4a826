//! The `[labels]` table of `book.toml`: the book's own words for its furniture.
//!
//! Input: the table as serde reads it. Output: the overrides as `(key, text)` pairs in
//! [`crate::furniture::LABEL_KEYS`] order, for the furniture to use instead of its own.

use serde::Deserialize;

/// `[labels]`: the book's own words for the furniture of `crate::furniture` (one field per
/// key of [`crate::furniture::LABEL_KEYS`]; `{author}`, `{title}`, `{publisher}`, `{year}`
/// and `{identifier}` are filled in).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct LabelsConfig {
    /// Heading over a story's opening note.
    pub note_before: Option<String>,
    /// Heading over a story's closing note.
    pub note_after: Option<String>,
    /// Heading over a story's summary.
    pub summary: Option<String>,
    /// The contents heading.
    pub contents: Option<String>,
    /// The title page's name in navigation.
    pub title_page: Option<String>,
    /// The copyright page's name in navigation.
    pub copyright_page: Option<String>,
    /// The cover's name in navigation.
    pub cover: Option<String>,
    /// A byline, `by {author}`.
    pub by: Option<String>,
    /// The word joining the last two names of a list.
    pub and: Option<String>,
    /// The cover's text alternative, `Cover of {title}`.
    pub cover_alt: Option<String>,
    /// `Published by {publisher}`.
    pub published_by: Option<String>,
    /// `First published {year}`.
    pub first_published: Option<String>,
    /// `Identifier: {identifier}`.
    pub identifier: Option<String>,
    /// The copyright page's line about the typefaces.
    pub fonts: Option<String>,
    /// The copyright page's last line.
    pub made_with: Option<String>,
    /// Spoken name of the scene-break ornament.
    pub scene_break: Option<String>,
    /// Name of the landmarks navigation.
    pub landmarks: Option<String>,
    /// The package's accessibility summary.
    pub accessibility: Option<String>,
    /// Story information: the `rating` row label.
    pub rating: Option<String>,
    /// Story information: the `warnings` row label.
    pub warnings: Option<String>,
    /// Story information: the `fandom` row label.
    pub fandom: Option<String>,
    /// Story information: the `relationships` row label.
    pub relationships: Option<String>,
    /// Story information: the `characters` row label.
    pub characters: Option<String>,
    /// Story information: the `tags` row label.
    pub tags: Option<String>,
    /// Story information: the `series` row label.
    pub series: Option<String>,
    /// Story information: the `words` row label.
    pub words: Option<String>,
    /// Story information: the `chapters` row label.
    pub chapters: Option<String>,
    /// Story information: the `status` row label.
    pub status: Option<String>,
    /// Story information: the `published` row label.
    pub published: Option<String>,
    /// Story information: the `updated` row label.
    pub updated: Option<String>,
}

impl LabelsConfig {
    /// The overrides given, as `(key, text)` in [`crate::furniture::LABEL_KEYS`] order.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let values = [
            &self.note_before,
            &self.note_after,
            &self.summary,
            &self.contents,
            &self.title_page,
            &self.copyright_page,
            &self.cover,
            &self.by,
            &self.and,
            &self.cover_alt,
            &self.published_by,
            &self.first_published,
            &self.identifier,
            &self.fonts,
            &self.made_with,
            &self.scene_break,
            &self.landmarks,
            &self.accessibility,
            &self.rating,
            &self.warnings,
            &self.fandom,
            &self.relationships,
            &self.characters,
            &self.tags,
            &self.series,
            &self.words,
            &self.chapters,
            &self.status,
            &self.published,
            &self.updated,
        ];
        crate::furniture::LABEL_KEYS
            .iter()
            .zip(values)
            .filter_map(|(k, v)| Some((k.to_string(), v.clone()?)))
            .collect()
    }
}
