//! ficbook.net downloads: the head of a Russian fan-fiction archive's TXT file → the
//! title, the work's fields and the author's words, and the text left for the story.
//!
//! ficbook writes the work's title, its address (`https://ficbook.net/readfic/…`), a block
//! of `Label: value` fields (`Направленность`, `Автор: name (link)`, `Фэндом`, `Пэйринг и
//! персонажи`, `Рейтинг`, `Размер`, `Статус`, `Метки`), then labels alone on their line
//! with the author's words under them (`Описание`, `Посвящение`, `Примечания`,
//! `Публикация на других ресурсах`), then each part's title over its text. Only read when
//! the address stands under the first line and two fields that only a header has follow.

use super::doc::{Doc, file_hit, read_fields};
use super::fields::{CategoryIs, Field};

/// Where a work's address on ficbook.net starts.
const WORK_ADDRESS: &str = "https://ficbook.net/readfic/";

/// The label of the site's "publication on other sites" permission.
pub(super) const ELSEWHERE: &str = "Публикация на других ресурсах";

/// Reads a ficbook.net download's head; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let Some(link) = doc.next_text(first + 1) else {
        return false;
    };
    let address = doc.trimmed(link).to_string();
    // The address stands under the title, or a blank line below it (as a copy from the
    // page's text sets it).
    if link > first + 2 || !address.starts_with(WORK_ADDRESS) || address.contains(' ') {
        return false;
    }
    // The fields, then the labelled blocks of the author's words, a blank line apart,
    // from a blank line under the address.
    let Some(start) = doc.next_text(link + 1).filter(|&k| k <= link + 3) else {
        return false;
    };
    let (hits, mut i) = read_fields(doc, start);
    if hits.iter().filter(|h| h.field.is_strong()).count() < 2 {
        return false;
    }
    doc.why(format!(
        "header: a ficbook.net download (title, the work's address on line {}, {} fields)",
        link + 1,
        hits.len()
    ));
    let title = doc.trimmed(first).to_string();
    doc.title_line(
        first,
        allow_title,
        "the work's title over its ficbook.net address",
    );
    doc.drop_line(link, &address);
    doc.out.meta.url.get_or_insert(address);
    for mut h in hits {
        // `Автор: name (https://ficbook.net/authors/…)`: the name without its link.
        if h.field == Field::Author
            && let Some((name, rest)) = h.value.split_once(" (")
            && rest.starts_with("http")
        {
            doc.dropped(h.from, &format!("({rest}"));
            h.value = name.trim().to_string();
        }
        file_hit(doc, &h, allow_title, CategoryIs::Tag, true);
    }
    // "Publication elsewhere:" and the author's rule for it ("ask the author") are the
    // site's form, not the author's words; its label is longer than a field's.
    if let Some(k) = doc.next_text(i)
        && k <= i + 2
        && doc.trimmed(k).trim_end_matches(':') == ELSEWHERE
    {
        let end = doc.para_end(k);
        drop_elsewhere(doc, k, end);
        i = end;
    }
    // The part's title over its text repeats the work's title for a one-part work.
    if let Some(k) = doc.next_text(i)
        && doc.trimmed(k) == title
        && doc.next_text(k + 1).is_some()
    {
        doc.drop_line(k, &title);
        doc.why(format!(
            "header: line {} repeats the title over the part's text, so it is left out",
            k + 1
        ));
    }
    true
}

/// Drops lines `from..to`, the "publication elsewhere" label on line `from` and the
/// author's rule under it: the site's form, not the author's words.
pub(super) fn drop_elsewhere(doc: &mut Doc, from: usize, to: usize) {
    doc.drop_span(from, to);
    doc.left_out
        .push(format!("`{ELSEWHERE}:` (line {})", from + 1));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Doc {
        Doc::read_by(t, read)
    }

    const DOWNLOAD: &str = "Снегири\nhttps://ficbook.net/readfic/0190aa\n\nНаправленность: Джен\nАвтор: Лиса в сапогах (https://ficbook.net/authors/0190bb)\nФэндом: Ориджиналы\nРейтинг: PG-13\nРазмер: 3 страницы, 1 часть\nСтатус: завершён\nМетки: Зима, Дружба\n\nОписание:\nДве сестры и кормушка.\n\nПримечания:\nПисала в поезде. Жду отзывов!\n\nПубликация на других ресурсах:\nЗапрещено в любом виде\n\n\nСнегири\n\nСнег шёл третий день.\n\nСестра молчала.";

    #[test]
    fn a_download_files_its_fields_and_keeps_the_authors_words() {
        let doc = run(DOWNLOAD);
        assert_eq!(doc.out.title.as_deref(), Some("Снегири"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Лиса в сапогах"));
        assert!(
            doc.dropped_texts()
                .contains(&"(https://ficbook.net/authors/0190bb)")
        );
        assert_eq!(doc.out.meta.rating.as_deref(), Some("PG-13"));
        assert_eq!(doc.out.meta.tags, ["Джен", "Зима", "Дружба"]);
        assert_eq!(
            doc.out.meta.url.as_deref(),
            Some("https://ficbook.net/readfic/0190aa")
        );
        let preface: Vec<&str> = doc.out.preface.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            preface,
            ["Две сестры и кормушка.", "Писала в поезде. Жду отзывов!"]
        );
        assert_eq!(doc.untaken(), "Снег шёл третий день.\nСестра молчала.");
    }

    #[test]
    fn a_story_that_names_the_site_stays() {
        // No address under the first line: a story that quotes a field stays whole.
        let t = "Снегири\n\nНаправленность: Джен\nРейтинг: G\n\nСнег шёл.";
        assert_eq!(
            run(t).untaken(),
            "Снегири\nНаправленность: Джен\nРейтинг: G\nСнег шёл."
        );
        // An address with no fields under it is a story's first lines.
        let t = "Снегири\nhttps://ficbook.net/readfic/0190aa\n\nСнег шёл.";
        assert_eq!(
            run(t).untaken(),
            "Снегири\nhttps://ficbook.net/readfic/0190aa\nСнег шёл."
        );
    }
}
