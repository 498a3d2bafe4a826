//! The furniture vocabulary: one table of labels per language.
//!
//! Input: a BCP 47 tag. Output: the [`Table`] of that language's primary subtag, English
//! for any other. Strings are already typographically finished (curly apostrophes, the
//! language's dashes); `{…}` marks a place the book's own data fills. French spacing
//! before `;:!?` and inside « » is added by [`super::finish`], so the tables stay readable.

use crate::typography::primary;

/// Every piece of text the book adds, in one language.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Table {
    /// Heading over the author's note before a story.
    pub note_before: &'static str,
    /// Heading over the note after a story (never the same as `note_before`).
    pub note_after: &'static str,
    /// Heading over a story's summary (an archive's or a header's), which is no note.
    pub summary: &'static str,
    /// The contents page's heading and the navigation's name.
    pub contents: &'static str,
    /// The title page's name in navigation.
    pub title_page: &'static str,
    /// The copyright page's name in navigation.
    pub copyright_page: &'static str,
    /// The cover's name in navigation.
    pub cover: &'static str,
    /// A story's byline: `{author}`.
    pub by: &'static str,
    /// The word joining the last two names of a list.
    pub and: &'static str,
    /// The cover image's text alternative: `{title}`.
    pub cover_alt: &'static str,
    /// Copyright page: `{publisher}`.
    pub published_by: &'static str,
    /// Copyright page, when there is a year but no publisher: `{year}`.
    pub first_published: &'static str,
    /// Copyright page: an identifier that is neither a UUID nor an ISBN: `{identifier}`.
    pub identifier: &'static str,
    /// Copyright page: the typefaces and their licence.
    pub fonts: &'static str,
    /// Copyright page: the last line.
    pub made_with: &'static str,
    /// Spoken name of the scene-break ornament.
    pub scene_break: &'static str,
    /// Name of the (hidden) landmarks navigation.
    pub landmarks: &'static str,
    /// The package's accessibility summary.
    pub accessibility: &'static str,
    /// The story information's row labels (see `super::info`).
    pub info: &'static super::info::Labels,
}

const EN: Table = Table {
    note_before: "Author’s Note",
    note_after: "Closing Note",
    summary: "Summary",
    contents: "Contents",
    title_page: "Title Page",
    copyright_page: "Copyright",
    cover: "Cover",
    by: "by {author}",
    and: "and",
    cover_alt: "Cover of {title}",
    published_by: "Published by {publisher}",
    first_published: "First published {year}",
    identifier: "Identifier: {identifier}",
    fonts: "Set in Charis SIL and Noto Serif, under the SIL Open Font License.",
    made_with: "Typeset with Quire.",
    scene_break: "Scene break",
    landmarks: "Landmarks",
    accessibility: "Text-only anthology with a navigable table of contents, chapter headings and \
                    labelled author’s notes; reading order follows the printed order.",
    info: &super::info::EN,
};

const FR: Table = Table {
    note_before: "Note de l’auteur",
    note_after: "Note de fin",
    summary: "Résumé",
    contents: "Table des matières",
    title_page: "Page de titre",
    copyright_page: "Mentions légales",
    cover: "Couverture",
    by: "par {author}",
    and: "et",
    cover_alt: "Couverture de {title}",
    published_by: "Publié par {publisher}",
    first_published: "Première publication en {year}",
    identifier: "Identifiant : {identifier}",
    fonts: "Composé en Charis SIL et Noto Serif, polices sous licence libre SIL OFL.",
    made_with: "Mis en page avec Quire.",
    scene_break: "Changement de scène",
    landmarks: "Repères",
    accessibility: "Recueil de textes avec une table des matières navigable, des titres de \
                    chapitre et des notes d’auteur signalées ; l’ordre de lecture suit l’ordre \
                    imprimé.",
    info: &super::info::FR,
};

const DE: Table = Table {
    note_before: "Vorbemerkung",
    note_after: "Nachbemerkung",
    summary: "Zusammenfassung",
    contents: "Inhalt",
    title_page: "Titelseite",
    copyright_page: "Impressum",
    cover: "Umschlag",
    by: "von {author}",
    and: "und",
    cover_alt: "Umschlag von {title}",
    published_by: "Erschienen bei {publisher}",
    first_published: "Erstmals erschienen {year}",
    identifier: "Kennung: {identifier}",
    fonts: "Schriften: Charis SIL und Noto Serif, frei lizenziert unter der SIL OFL.",
    made_with: "Gesetzt mit Quire.",
    scene_break: "Szenenwechsel",
    landmarks: "Orientierungspunkte",
    accessibility: "Textsammlung mit navigierbarem Inhaltsverzeichnis, Kapitelüberschriften und \
                    gekennzeichneten Anmerkungen; die Lesereihenfolge folgt der Druckreihenfolge.",
    info: &super::info::DE,
};

const ES: Table = Table {
    note_before: "Nota del autor",
    note_after: "Nota final",
    summary: "Resumen",
    contents: "Índice",
    title_page: "Portadilla",
    copyright_page: "Créditos",
    cover: "Cubierta",
    by: "por {author}",
    and: "y",
    cover_alt: "Cubierta de {title}",
    published_by: "Publicado por {publisher}",
    first_published: "Primera edición: {year}",
    identifier: "Identificador: {identifier}",
    fonts: "Compuesto en Charis SIL y Noto Serif, tipos con licencia libre SIL OFL.",
    made_with: "Maquetado con Quire.",
    scene_break: "Cambio de escena",
    landmarks: "Puntos de referencia",
    accessibility: "Antología de textos con índice navegable, títulos de capítulo y notas de \
                    autor señaladas; el orden de lectura sigue el orden impreso.",
    info: &super::info::ES,
};

const IT: Table = Table {
    note_before: "Nota dell’autore",
    note_after: "Nota finale",
    summary: "Riassunto",
    contents: "Indice",
    title_page: "Frontespizio",
    copyright_page: "Colophon",
    cover: "Copertina",
    by: "di {author}",
    and: "e",
    cover_alt: "Copertina di {title}",
    published_by: "Pubblicato da {publisher}",
    first_published: "Prima edizione: {year}",
    identifier: "Identificativo: {identifier}",
    fonts: "Composto in Charis SIL e Noto Serif, caratteri con licenza libera SIL OFL.",
    made_with: "Impaginato con Quire.",
    scene_break: "Cambio di scena",
    landmarks: "Punti di riferimento",
    accessibility: "Antologia di testi con indice navigabile, titoli dei capitoli e note \
                    dell’autore segnalate; l’ordine di lettura segue quello della stampa.",
    info: &super::info::IT,
};

const PT: Table = Table {
    note_before: "Nota do autor",
    note_after: "Nota final",
    summary: "Resumo",
    contents: "Sumário",
    title_page: "Folha de rosto",
    copyright_page: "Ficha técnica",
    cover: "Capa",
    by: "por {author}",
    and: "e",
    cover_alt: "Capa de {title}",
    published_by: "Publicado por {publisher}",
    first_published: "Primeira edição: {year}",
    identifier: "Identificador: {identifier}",
    fonts: "Composto em Charis SIL e Noto Serif, fontes com licença livre SIL OFL.",
    made_with: "Paginado com Quire.",
    scene_break: "Mudança de cena",
    landmarks: "Pontos de referência",
    accessibility: "Antologia de textos com sumário navegável, títulos de capítulo e notas do \
                    autor assinaladas; a ordem de leitura segue a ordem impressa.",
    info: &super::info::PT,
};

/// The table for a language tag: its primary subtag, else English.
pub(crate) fn table(lang: &str) -> &'static Table {
    match primary(lang).as_str() {
        "fr" => &FR,
        "de" => &DE,
        "es" => &ES,
        "it" => &IT,
        "pt" => &PT,
        _ => &EN,
    }
}

/// Every table, for tests that check them all.
#[cfg(test)]
pub(crate) const ALL: [(&str, &Table); 6] = [
    ("en", &EN),
    ("fr", &FR),
    ("de", &DE),
    ("es", &ES),
    ("it", &IT),
    ("pt", &PT),
];

/// Labels with which an author opens their own note, in the languages above, lowercase
/// with straight apostrophes. A note that opens with one shows the book's heading
/// instead, so the label is never read twice. Only labels that mean "author's note" are
/// here: "Disclaimer:" or "Warning:" say something the heading does not, and stay.
pub(crate) const AUTHOR_LABELS: &[&str] = &[
    "author's notes",
    "author's note",
    "authors' note",
    "authors note",
    "author note",
    "end notes",
    "end note",
    "endnotes",
    "endnote",
    "notes",
    "note",
    "a/n",
    "an",
    // Japanese "foreword" and "afterword", as web-novel sites mark an author's notes.
    "前書き",
    "後書き",
    "まえがき",
    "あとがき",
    // "End notes" as AO3's French, Spanish, Italian and Portuguese pages label them.
    "notes de fin",
    "note de fin",
    "notas finales",
    "nota final",
    "note finali",
    "nota finale",
    "notas finais",
    "note de l'auteure",
    "note de l'autrice",
    "note de l'auteur",
    "notes de l'auteur",
    "mot de l'auteur",
    "n.d.a.",
    "nda",
    "n/a",
    "anmerkung der autorin",
    "anmerkung des autors",
    "anmerkungen",
    "anmerkung",
    "vorbemerkung",
    "nachbemerkung",
    "nota de la autora",
    "nota del autor",
    "nota de autora",
    "nota de autor",
    "nota dell'autrice",
    "nota dell'autore",
    "nota da autora",
    "nota do autor",
    // The plurals Spirit Fanfics, EFP and Wattpad's writers put over a note.
    "notas do autor",
    "notas da autora",
    "notas del autor",
    "notas de la autora",
    "note dell'autrice",
    "note dell'autore",
    "notas",
    "nota",
    "примечания автора",
    "примечание автора",
    "від автора",
    "примітка автора",
    "notka autorki",
    "notka autora",
    "od autorki",
    "od autora",
    "poznámka autorky",
    "poznámka autora",
    "poznámka na konec",
    "poznámka",
    "författarens anmärkning",
    "anmärkning",
    "forfatterens merknad",
    "merknad",
    "fra forfatteren",
    "från författaren",
    "kirjoittajan huomautus",
    "kirjoittajan sana",
    "kirjoittajalta",
    "athugasemd höfundar",
    "frá höfundi",
    "lời của tác giả",
    "lời tác giả",
    "ghi chú của tác giả",
    "a note from the author",
    "note from the author",
    "notes from the author",
    "vorwort",
    "nachwort",
    "autorennotiz",
    "notas iniciais",
    "yazarın notu",
    "yazar notu",
    "σημείωση συγγραφέα",
    "σημείωση",
    "הערת המחברת",
    "הערת המחבר",
    "הערת הכותבת",
    "הערת הכותב",
    "הערה לסיום",
    "הערה",
    "ملاحظة الكاتبة",
    "ملاحظة الكاتب",
    "ملاحظة المؤلف",
    "ملاحظة",
    "یادداشتِ نویسنده",
    "یادداشت نویسنده",
    "سخنِ نویسنده",
    "سخن نویسنده",
    "ทอล์ก",
    "작가의 말",
    "작가 후기",
    "作者有话要说",
    "作者有話要說",
    "作者的话",
    "作者的話",
    "写在前面",
    "寫在前面",
];
