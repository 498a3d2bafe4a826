//! Story information: a chapter's [`StoryMeta`] → the few short rows shown under its
//! title and byline, as archives show a work's header (rating, warnings, fandom,
//! relationships, characters, tags, then the counts and dates on one line).
//!
//! Input: the metadata a header reader found, the book's language and its `[labels]`
//! overrides. Output: rows of finished items (`Rating:` / `Classement :` and the value,
//! typography applied) that every renderer only lays out, with the one separator.

use crate::model::StoryMeta;

/// What a row item is about, in the order rows show them.
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

/// The `[labels]` keys that override each label, in [`Key`] order: the last twelve of
/// [`super::LABEL_KEYS`].
pub(crate) fn label_keys() -> &'static [&'static str] {
    &super::LABEL_KEYS[super::LABEL_KEYS.len() - 12..]
}

/// The labels of one language, in [`Key`] order.
pub(crate) type Labels = [&'static str; 12];

pub(crate) const EN: Labels = [
    "Rating",
    "Warnings",
    "Fandom",
    "Relationships",
    "Characters",
    "Tags",
    "Series",
    "Words",
    "Chapters",
    "Status",
    "Published",
    "Updated",
];
pub(crate) const FR: Labels = [
    "Classement",
    "Avertissements",
    "Fandom",
    "Relations",
    "Personnages",
    "Tags",
    "Série",
    "Mots",
    "Chapitres",
    "Statut",
    "Publié",
    "Mis à jour",
];
pub(crate) const DE: Labels = [
    "Einstufung",
    "Warnungen",
    "Fandom",
    "Beziehungen",
    "Figuren",
    "Tags",
    "Reihe",
    "Wörter",
    "Kapitel",
    "Status",
    "Veröffentlicht",
    "Aktualisiert",
];
pub(crate) const ES: Labels = [
    "Clasificación",
    "Advertencias",
    "Fandom",
    "Relaciones",
    "Personajes",
    "Etiquetas",
    "Serie",
    "Palabras",
    "Capítulos",
    "Estado",
    "Publicado",
    "Actualizado",
];
pub(crate) const IT: Labels = [
    "Classificazione",
    "Avvertenze",
    "Fandom",
    "Relazioni",
    "Personaggi",
    "Tag",
    "Serie",
    "Parole",
    "Capitoli",
    "Stato",
    "Pubblicato",
    "Aggiornato",
];
pub(crate) const PT: Labels = [
    "Classificação",
    "Avisos",
    "Fandom",
    "Relacionamentos",
    "Personagens",
    "Etiquetas",
    "Série",
    "Palavras",
    "Capítulos",
    "Estado",
    "Publicado",
    "Atualizado",
];

/// One item of a row: its label, finished with the language's colon (`Rating:`,
/// `Classement :`), and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct InfoItem {
    pub label: String,
    pub value: String,
}

/// One row of items, shown `Label: value` and separated by
/// [`super::Furniture::info_separator`].
pub type InfoRow = Vec<InfoItem>;

/// The rows to show for `meta` (empty when the header said nothing worth showing), with
/// `label(key)` giving each finished label and `value` finishing a value. The summary
/// is not here: it opens the preface. The link, site and language stay in the metadata
/// (`quire inspect`), since a printed page has no use for them.
pub(crate) fn rows(
    meta: &StoryMeta,
    label: impl Fn(Key) -> String,
    value: impl Fn(&str) -> String,
) -> Vec<InfoRow> {
    let one = |k: Key, v: &Option<String>| {
        v.as_deref().map(|v| InfoItem {
            label: label(k),
            value: value(v),
        })
    };
    let many = |k: Key, v: &[String]| {
        (!v.is_empty()).then(|| InfoItem {
            label: label(k),
            value: value(&v.join(", ")),
        })
    };
    let rows: Vec<InfoRow> = vec![
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key, in [`Key`] order (the index into [`super::Furniture`]'s info labels).
    const KEYS: [Key; 12] = [
        Key::Rating,
        Key::Warnings,
        Key::Fandom,
        Key::Relationships,
        Key::Characters,
        Key::Tags,
        Key::Series,
        Key::Words,
        Key::Chapters,
        Key::Status,
        Key::Published,
        Key::Updated,
    ];

    #[test]
    fn every_language_labels_every_key_and_keys_match_the_enum() {
        for (i, k) in KEYS.iter().enumerate() {
            assert_eq!(*k as usize, i);
        }
        for l in [&EN, &FR, &DE, &ES, &IT, &PT] {
            assert!(l.iter().all(|s| !s.trim().is_empty()));
        }
        assert_eq!(label_keys()[0], "rating");
        assert_eq!(super::super::lang::table("pt-BR").info[0], "Classificação");
        assert_eq!(super::super::lang::table("xx").info[0], "Rating");
    }
}
