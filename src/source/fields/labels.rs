//! Story-header fields, labels: one `Label: value` line → the field its label names.
//!
//! Input: a line of a story file (or a field's whole text). Output: which field its label
//! names, the label as written and the value after it. The vocabulary of labels that
//! FanFicFare, AO3, FanFiction.Net and LiveJournal/Dreamwidth headers use lives here.

/// What a header field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title,
    Author,
    Rating,
    Warnings,
    Fandoms,
    Relationships,
    Characters,
    Tags,
    /// FanFicFare's "Category" is the fandom; AO3's is the relationship category ("F/M").
    Category,
    Language,
    Series,
    /// AO3's "Stats:" line: `Published: … Words: … Chapters: …` in one value.
    Stats,
    Published,
    Updated,
    Completed,
    Words,
    Chapters,
    Status,
    Publisher,
    Url,
    /// The author's words: summary.
    Summary,
    /// The author's words: notes, disclaimers, dedications, thanks to a beta reader.
    Note,
    /// Site text with no meaning in a book: kudos, hits, reviews, a download date, ids.
    Boilerplate,
}

impl Field {
    /// Whether this field is the author's own words (kept as text, in the preface).
    pub(crate) fn is_words(self) -> bool {
        matches!(self, Field::Summary | Field::Note)
    }

    /// Whether this field alone is strong evidence of a metadata header (a `Warning:` or
    /// `Disclaimer:` line is also a plain author's note).
    pub(crate) fn is_strong(self) -> bool {
        !matches!(
            self,
            Field::Summary | Field::Note | Field::Warnings | Field::Boilerplate | Field::Url
        )
    }
}

/// Labels, lowercase with straight apostrophes and no colon, and what they name.
const LABELS: &[(&str, Field)] = &[
    ("title", Field::Title),
    ("story title", Field::Title),
    ("author", Field::Author),
    ("authors", Field::Author),
    ("author(s)", Field::Author),
    ("writer", Field::Author),
    ("written by", Field::Author),
    ("by", Field::Author),
    ("creator", Field::Author),
    // A translation's header: the story's author, the translator credited with the notes.
    ("original author", Field::Author),
    ("translator", Field::Note),
    ("translated by", Field::Note),
    ("rating", Field::Rating),
    ("rated", Field::Rating),
    ("warning", Field::Warnings),
    ("warnings", Field::Warnings),
    ("archive warning", Field::Warnings),
    ("archive warnings", Field::Warnings),
    ("content warning", Field::Warnings),
    ("content warnings", Field::Warnings),
    ("trigger warning", Field::Warnings),
    ("trigger warnings", Field::Warnings),
    ("fandom", Field::Fandoms),
    ("fandoms", Field::Fandoms),
    ("pairing", Field::Relationships),
    ("pairings", Field::Relationships),
    ("relationship", Field::Relationships),
    ("relationships", Field::Relationships),
    ("ship", Field::Relationships),
    ("ships", Field::Relationships),
    ("character", Field::Characters),
    ("characters", Field::Characters),
    ("genre", Field::Tags),
    ("genres", Field::Tags),
    ("tags", Field::Tags),
    ("additional tags", Field::Tags),
    ("freeform tags", Field::Tags),
    ("collections", Field::Tags),
    ("category", Field::Category),
    ("categories", Field::Category),
    ("language", Field::Language),
    ("series", Field::Series),
    ("stats", Field::Stats),
    ("published", Field::Published),
    ("posted", Field::Published),
    ("date", Field::Published),
    ("date posted", Field::Published),
    ("updated", Field::Updated),
    // A notes app's page properties (Notion: "Created", "Last edited time").
    ("created", Field::Published),
    ("date created", Field::Published),
    ("created time", Field::Published),
    ("last edited", Field::Updated),
    ("last edited time", Field::Updated),
    ("last updated", Field::Updated),
    ("completed", Field::Completed),
    ("words", Field::Words),
    ("word count", Field::Words),
    ("wordcount", Field::Words),
    ("length", Field::Words),
    ("chapters", Field::Chapters),
    ("status", Field::Status),
    ("publisher", Field::Publisher),
    ("story url", Field::Url),
    ("source url", Field::Url),
    ("original url", Field::Url),
    ("source", Field::Url),
    ("url", Field::Url),
    ("link", Field::Url),
    ("summary", Field::Summary),
    ("description", Field::Summary),
    ("blurb", Field::Summary),
    ("notes", Field::Note),
    ("note", Field::Note),
    ("author's note", Field::Note),
    ("author's notes", Field::Note),
    ("authors note", Field::Note),
    ("author note", Field::Note),
    ("a/n", Field::Note),
    ("an", Field::Note),
    ("disclaimer", Field::Note),
    ("dedication", Field::Note),
    ("beta", Field::Note),
    ("beta'd by", Field::Note),
    ("beta reader", Field::Note),
    ("prompt", Field::Note),
    // A songfic's credit for its song ("Song: \"Carry Me Under\" by …").
    ("song", Field::Note),
    ("spoilers", Field::Note),
    ("feedback", Field::Boilerplate),
    ("timeline", Field::Note),
    ("setting", Field::Note),
    ("challenge", Field::Note),
    ("written for", Field::Note),
    ("recipient", Field::Note),
    ("archive", Field::Boilerplate),
    // The author's address in a mailing-list or archive header, as FAQ-era posts gave it.
    ("e-mail", Field::Boilerplate),
    ("email", Field::Boilerplate),
    ("comments", Field::Boilerplate),
    ("kudos", Field::Boilerplate),
    ("bookmarks", Field::Boilerplate),
    ("hits", Field::Boilerplate),
    ("reviews", Field::Boilerplate),
    ("favs", Field::Boilerplate),
    ("follows", Field::Boilerplate),
    ("id", Field::Boilerplate),
    ("packaged", Field::Boilerplate),
    ("author url", Field::Boilerplate),
    // FanFicFare's `Site: www.fimfiction.net`.
    ("site", Field::Boilerplate),
    ("series url", Field::Boilerplate),
    // MultiMarkdown's metadata, as Scrivener and other writing tools compile it: the
    // keywords are tags; the typesetting keys mean nothing in a book.
    ("keywords", Field::Tags),
    ("base header level", Field::Boilerplate),
    ("latex input", Field::Boilerplate),
    ("latex footer", Field::Boilerplate),
    ("latex mode", Field::Boilerplate),
    ("css", Field::Boilerplate),
    ("xhtml header", Field::Boilerplate),
    ("quotes language", Field::Boilerplate),
    // Vietnamese headers ("story name", "author", "genre", "length", "state").
    ("tên truyện", Field::Title),
    ("tác giả", Field::Author),
    ("thể loại", Field::Tags),
    ("độ dài", Field::Words),
    ("tình trạng", Field::Status),
    ("lời tác giả", Field::Note),
    // Russian, as ficbook.net's downloads and work pages write them ("direction" is its
    // gen/het/slash category, "size" its page count, "marks" its tags).
    ("направленность", Field::Category),
    ("автор", Field::Author),
    ("авторы", Field::Author),
    ("фэндом", Field::Fandoms),
    ("фандом", Field::Fandoms),
    ("пэйринг и персонажи", Field::Characters),
    ("персонажи", Field::Characters),
    ("рейтинг", Field::Rating),
    ("жанры", Field::Tags),
    ("метки", Field::Tags),
    ("предупреждения", Field::Warnings),
    ("статус", Field::Status),
    ("описание", Field::Summary),
    ("посвящение", Field::Note),
    ("примечания", Field::Note),
    ("примечание", Field::Note),
    ("примечания автора", Field::Note),
    ("бета", Field::Note),
    ("гамма", Field::Note),
    ("размер", Field::Boilerplate),
    // German, French, Spanish, Portuguese, Italian, Dutch, Swedish and Polish headers,
    // as authors on those languages' archives and blogs write them.
    ("titel", Field::Title),
    ("titre", Field::Title),
    ("título", Field::Title),
    ("titolo", Field::Title),
    ("tytuł", Field::Title),
    ("autor", Field::Author),
    ("autorin", Field::Author),
    ("autora", Field::Author),
    ("autorka", Field::Author),
    ("auteur", Field::Author),
    ("autrice", Field::Author),
    ("auteure", Field::Author),
    ("autore", Field::Author),
    ("författare", Field::Author),
    ("schrijver", Field::Author),
    ("bewertung", Field::Rating),
    ("altersfreigabe", Field::Rating),
    ("classement", Field::Rating),
    ("clasificación", Field::Rating),
    ("classificação", Field::Rating),
    ("classificazione", Field::Rating),
    ("beoordeling", Field::Rating),
    ("ocena", Field::Rating),
    ("warnungen", Field::Warnings),
    ("avertissements", Field::Warnings),
    ("advertencias", Field::Warnings),
    ("avisos", Field::Warnings),
    ("avvertimenti", Field::Warnings),
    ("waarschuwingen", Field::Warnings),
    ("varningar", Field::Warnings),
    ("ostrzeżenia", Field::Warnings),
    ("charaktere", Field::Characters),
    ("figuren", Field::Characters),
    ("personnages", Field::Characters),
    ("personajes", Field::Characters),
    ("personagens", Field::Characters),
    ("personaggi", Field::Characters),
    ("personages", Field::Characters),
    ("karaktärer", Field::Characters),
    ("postacie", Field::Characters),
    ("couple", Field::Relationships),
    ("couples", Field::Relationships),
    ("pareja", Field::Relationships),
    ("casal", Field::Relationships),
    ("coppia", Field::Relationships),
    ("paring", Field::Relationships),
    ("gatunek", Field::Tags),
    ("géneros", Field::Tags),
    ("gêneros", Field::Tags),
    ("genere", Field::Tags),
    ("zusammenfassung", Field::Summary),
    ("résumé", Field::Summary),
    ("resumen", Field::Summary),
    ("resumo", Field::Summary),
    ("sinopse", Field::Summary),
    ("sinopsis", Field::Summary),
    ("riassunto", Field::Summary),
    ("samenvatting", Field::Summary),
    ("sammanfattning", Field::Summary),
    ("streszczenie", Field::Summary),
    ("wörter", Field::Words),
    ("mots", Field::Words),
    ("palabras", Field::Words),
    ("palavras", Field::Words),
    ("woorden", Field::Words),
    ("słowa", Field::Words),
    ("chapitres", Field::Chapters),
    ("capítulos", Field::Chapters),
    ("capitoli", Field::Chapters),
    // EFP's fields (efpfanfic.net).
    ("parole", Field::Words),
    ("tipo di coppia", Field::Tags),
    ("hoofdstukken", Field::Chapters),
    ("rozdziały", Field::Chapters),
    ("sprache", Field::Language),
    ("langue", Field::Language),
    ("idioma", Field::Language),
    ("lingua", Field::Language),
    ("taal", Field::Language),
    ("språk", Field::Language),
    ("język", Field::Language),
    ("widmung", Field::Note),
    ("dédicace", Field::Note),
    ("dedicatoria", Field::Note),
    ("dedicatória", Field::Note),
    ("dedica", Field::Note),
    ("tillägnan", Field::Note),
    ("dedykacja", Field::Note),
    ("dla", Field::Note),
    // Japanese and Chinese "author" (`作者：白河ゆき`, with a full-width colon).
    ("作者", Field::Author),
    // Korean "writing" and "author" (`글: 밤고양이`, a byline's usual form).
    ("글", Field::Author),
    ("작가", Field::Author),
    // Turkish ("title", "author", "rating", "word count", "summary", "warnings",
    // "characters", "genre", "author's note").
    ("başlık", Field::Title),
    ("yazar", Field::Author),
    ("derecelendirme", Field::Rating),
    ("kelime sayısı", Field::Words),
    ("özet", Field::Summary),
    ("uyarılar", Field::Warnings),
    ("karakterler", Field::Characters),
    ("tür", Field::Tags),
    ("yazarın notu", Field::Note),
    ("публикация на других ресурсах", Field::Boilerplate),
];

/// Labels that only say "here is the author's note", which the book's own note heading
/// says: the note's words need no such label before them.
const NOTE_HEADINGS: &[&str] = &[
    "notes",
    "note",
    "author's note",
    "author's notes",
    "authors note",
    "authors notes",
    "author note",
    "author notes",
    "a/n",
    "an",
    "примечания",
    "примечание",
    "примечания автора",
];

/// Whether a field's label (as written) is only a note heading ("Notes", "A/N").
pub(crate) fn is_note_heading(label: &str) -> bool {
    let key: String = label
        .trim()
        .chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    NOTE_HEADINGS.contains(&key.as_str())
}

/// The field a lowercase label names: as listed, with a plural `(s)` ("Pairing(s)"), or
/// joined with `/` or `&` ("Characters/Pairings": the first part decides).
pub(crate) fn field_of(key: &str) -> Option<Field> {
    let find = |k: &str| LABELS.iter().find(|(l, _)| *l == k).map(|l| l.1);
    if let Some(f) = find(key) {
        return Some(f);
    }
    if let Some(k) = key.strip_suffix("(s)") {
        return find(k.trim()).or_else(|| find(&format!("{}s", k.trim())));
    }
    let parts: Vec<&str> = key.split(['/', '&']).map(str::trim).collect();
    if parts.len() == 2 && parts.iter().all(|p| find(p).is_some()) {
        return find(parts[0]);
    }
    None
}

/// A field found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Labelled<'a> {
    pub field: Field,
    /// The label as written, without decoration or colon ("Pairing").
    pub label: &'a str,
    /// What follows the colon, trimmed (may be empty: the value is on the next lines).
    pub value: &'a str,
}

/// Reads `Label: value` at the start of `line`. Labels may be bold or underlined
/// (`**Rating:** T`, `__Pairing__: …`); the colon is required.
pub(crate) fn labelled(line: &str) -> Option<Labelled<'_>> {
    let t = line.trim().trim_start_matches(['*', '_']);
    // CJK headers write a full-width colon (`作者：名前`).
    let (label, rest) = t.split_once(':').or_else(|| t.split_once('：'))?;
    let label = label.trim().trim_end_matches(['*', '_']).trim();
    if label.is_empty() || label.chars().count() > 24 {
        return None;
    }
    let key: String = label
        .chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    let field = field_of(&key)?;
    // "http://…" is not a label named "http"; a URL value after "Link:" is fine.
    if rest.starts_with("//") {
        return None;
    }
    let value = rest.trim_start_matches(['*', '_']).trim();
    Some(Labelled {
        field,
        label,
        value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_read_decorated_or_not() {
        let l = labelled("**Pairing:** Enjolras/Grantaire").unwrap();
        assert_eq!(l.field, Field::Relationships);
        assert_eq!(l.value, "Enjolras/Grantaire");
        assert_eq!(labelled("Word Count: 1,200").unwrap().field, Field::Words);
        assert_eq!(labelled("Author’s Note: hi").unwrap().field, Field::Note);
        assert!(labelled("She said: no").is_none());
        assert!(labelled("http://example.org").is_none());
        assert!(labelled("Rating T").is_none());
        assert_eq!(
            labelled("Pairing(s): A/B").unwrap().field,
            Field::Relationships
        );
        assert_eq!(labelled("Warning(s): none").unwrap().field, Field::Warnings);
        assert_eq!(
            labelled("Characters/Pairings: A, B/C").unwrap().field,
            Field::Characters
        );
        assert!(labelled("Love/Hate: always").is_none());
        // A CJK header's full-width colon.
        let l = labelled("作者：白河ゆき").unwrap();
        assert_eq!((l.field, l.value), (Field::Author, "白河ゆき"));
        assert_eq!(labelled("Автор: Лиса").unwrap().field, Field::Author);
        // A Notion page's properties.
        let l = labelled("Created: March 3, 2024 9:12 PM").unwrap();
        assert_eq!(
            (l.field, l.value),
            (Field::Published, "March 3, 2024 9:12 PM")
        );
        assert_eq!(
            labelled("Last edited time: May 1, 2024").unwrap().field,
            Field::Updated
        );
    }
}
