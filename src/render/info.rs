//! Story information: a chapter's [`StoryMeta`] → the few short rows shown under its
//! title and byline, as archives show a work's header (rating, warnings, fandom,
//! relationships, characters, tags, then the counts and dates on one line).
//!
//! Input: the metadata a header reader found and the book's language. Output: rows of
//! `(label, value)` pairs, typography applied; every renderer sets them its own way.
//! The labels are the only text the book adds here; they live in [`label`], one small
//! table per language, for the book-furniture module to absorb.

use crate::model::StoryMeta;
use crate::typography;

/// What a row item is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    Rating,
    Warnings,
    Fandom,
    Relationships,
    Characters,
    Tags,
    Series,
    Words,
    Chapters,
    Status,
    Published,
    Updated,
}

/// The label for `key` in the book's language (English when the language has none).
pub(crate) fn label(key: Key, lang: &str) -> &'static str {
    let primary = lang.split(['-', '_']).next().unwrap_or("en");
    use Key::*;
    match (primary, key) {
        ("fr", Rating) => "Classement",
        ("fr", Warnings) => "Avertissements",
        ("fr", Fandom) => "Fandom",
        ("fr", Relationships) => "Relations",
        ("fr", Characters) => "Personnages",
        ("fr", Tags) => "Tags",
        ("fr", Series) => "Série",
        ("fr", Words) => "Mots",
        ("fr", Chapters) => "Chapitres",
        ("fr", Status) => "Statut",
        ("fr", Published) => "Publié",
        ("fr", Updated) => "Mis à jour",
        ("de", Rating) => "Einstufung",
        ("de", Warnings) => "Warnungen",
        ("de", Fandom) => "Fandom",
        ("de", Relationships) => "Beziehungen",
        ("de", Characters) => "Figuren",
        ("de", Tags) => "Tags",
        ("de", Series) => "Reihe",
        ("de", Words) => "Wörter",
        ("de", Chapters) => "Kapitel",
        ("de", Status) => "Status",
        ("de", Published) => "Veröffentlicht",
        ("de", Updated) => "Aktualisiert",
        ("es", Rating) => "Clasificación",
        ("es", Warnings) => "Advertencias",
        ("es", Fandom) => "Fandom",
        ("es", Relationships) => "Relaciones",
        ("es", Characters) => "Personajes",
        ("es", Tags) => "Etiquetas",
        ("es", Series) => "Serie",
        ("es", Words) => "Palabras",
        ("es", Chapters) => "Capítulos",
        ("es", Status) => "Estado",
        ("es", Published) => "Publicado",
        ("es", Updated) => "Actualizado",
        (_, Rating) => "Rating",
        (_, Warnings) => "Warnings",
        (_, Fandom) => "Fandom",
        (_, Relationships) => "Relationships",
        (_, Characters) => "Characters",
        (_, Tags) => "Tags",
        (_, Series) => "Series",
        (_, Words) => "Words",
        (_, Chapters) => "Chapters",
        (_, Status) => "Status",
        (_, Published) => "Published",
        (_, Updated) => "Updated",
    }
}

/// One row: its items, shown `Label: value` and separated by a middle dot.
pub(crate) type Row = Vec<(&'static str, String)>;

/// The rows to show for `meta` (empty when the header said nothing worth showing). The
/// summary is not here: it opens the preface. The link, site and language stay in the
/// metadata (`quire inspect`), since a printed page has no use for them.
pub(crate) fn rows(meta: &StoryMeta, lang: &str) -> Vec<Row> {
    let t = |s: &str| typography::apply_str(s, lang);
    let list = |v: &[String]| t(&v.join(", "));
    let one = |k: Key, v: &Option<String>| v.as_deref().map(|v| (label(k, lang), t(v)));
    let many = |k: Key, v: &[String]| (!v.is_empty()).then(|| (label(k, lang), list(v)));
    let rows: Vec<Row> = vec![
        [
            one(Key::Rating, &meta.rating),
            many(Key::Warnings, &meta.warnings),
        ]
        .into_iter()
        .flatten()
        .collect(),
        many(Key::Fandom, &meta.fandoms).into_iter().collect(),
        many(Key::Relationships, &meta.relationships)
            .into_iter()
            .collect(),
        many(Key::Characters, &meta.characters)
            .into_iter()
            .collect(),
        many(Key::Tags, &meta.tags).into_iter().collect(),
        one(Key::Series, &meta.series).into_iter().collect(),
        [
            one(Key::Words, &meta.words),
            one(Key::Chapters, &meta.chapters),
            one(Key::Status, &meta.status),
        ]
        .into_iter()
        .flatten()
        .collect(),
        [
            one(Key::Published, &meta.published),
            one(Key::Updated, &meta.updated),
        ]
        .into_iter()
        .flatten()
        .collect(),
    ];
    rows.into_iter().filter(|r| !r.is_empty()).collect()
}

/// A row as plain text: `Rating: Teen · Warnings: None`.
pub(crate) fn row_text(row: &Row) -> String {
    row.iter()
        .map(|(l, v)| format!("{l}: {v}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_group_short_fields_and_skip_empty_ones() {
        let meta = StoryMeta {
            rating: Some("Teen".into()),
            warnings: vec!["None".into()],
            tags: vec!["Fluff".into(), "Angst".into()],
            words: Some("1,200".into()),
            status: Some("Completed".into()),
            url: Some("https://example.org".into()),
            ..StoryMeta::default()
        };
        let r = rows(&meta, "en");
        let text: Vec<String> = r.iter().map(row_text).collect();
        assert_eq!(
            text,
            [
                "Rating: Teen · Warnings: None",
                "Tags: Fluff, Angst",
                "Words: 1,200 · Status: Completed"
            ]
        );
        assert_eq!(rows(&StoryMeta::default(), "en").len(), 0);
        assert_eq!(rows(&meta, "fr-CA")[0][0].0, "Classement");
    }
}
