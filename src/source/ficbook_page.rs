//! ficbook.net's work page copied as text → the title, the work's fields, the author's
//! words, and the part's text with the site's menu, buttons and comments left out.
//!
//! A copy of the page (not the site's download, which [`super::ficbook`] reads) runs: the
//! site's menu (`Книга Фанфиков`, `Фанфики`, `Поиск` …), the work's badges (direction,
//! rating, status), the title, then each label alone on its line with its value under it
//! (`Автор:` / name / the role `автор`, `Фэндом:`, `Рейтинг:`, `Размер:`, `Описание:`,
//! `Примечания:` …), the readers' awards and the buttons (`Нравится 148`, `Скачать`), the
//! part's date, the text, the closing `Примечания:`, and the buttons, comments and footer
//! again. Read only when `Автор:` stands alone under a title near the top and two of the
//! work's fields that only its head has (fandom, rating, status, summary, tags) follow.

use super::doc::{Doc, file_hit, read_fields};
use super::ficbook::{ELSEWHERE, drop_elsewhere};
use super::fields::{CategoryIs, Field};

/// How many lines from the top the `Автор:` label is looked for (the menu is a dozen).
const HEAD_WINDOW: usize = 40;

/// The roles ficbook prints under a name in the work's credits.
const ROLES: &[&str] = &["автор", "бета", "гамма", "соавтор", "переводчик"];

/// The page's buttons and counts, lowercase: one of them under the fields or the text
/// starts the site's lines there.
fn is_button(t: &str) -> bool {
    let t = t.trim().to_lowercase();
    let counted = |w: &str| {
        t.strip_prefix(w)
            .is_some_and(|n| n.trim().trim_matches(['(', ')']).parse::<u32>().is_ok())
    };
    counted("нравится")
        || counted("отзывы")
        || matches!(
            t.as_str(),
            "награды от читателей:"
                | "награды"
                | "в сборник"
                | "скачать"
                | "подписаться"
                | "пожаловаться"
                | "отзывы"
                | "поделиться"
        )
}

/// A part's date as the page prints it over the text ("12 января 2025, 23:40").
fn is_date(t: &str) -> bool {
    let w: Vec<&str> = t.split_whitespace().collect();
    matches!(w.as_slice(), [d, m, y, ..] if d.parse::<u8>().is_ok()
        && m.ends_with(['я', 'а'])
        && y.trim_end_matches(',').parse::<u16>().is_ok())
        && w.len() <= 4
}

/// Reads a ficbook.net page copy; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(a) = (0..doc.len().min(HEAD_WINDOW))
        .find(|&i| matches!(doc.trimmed(i), "Автор:" | "Авторы:") && !doc.taken[i])
    else {
        return false;
    };
    let Some(title) = doc.prev_text(a).filter(|&t| t + 1 == a) else {
        return false;
    };
    // The work's fields, each label alone on its line, before the buttons under them.
    let strong = [
        Field::Fandoms,
        Field::Rating,
        Field::Status,
        Field::Summary,
        Field::Tags,
    ];
    let block_end = (a..doc.len().min(a + HEAD_WINDOW))
        .find(|&i| doc.blank(i) || is_button(doc.trimmed(i)))
        .unwrap_or(doc.len());
    let labels = (a + 1..block_end)
        .filter_map(|i| super::fields::labelled(doc.trimmed(i)))
        .filter(|l| l.value.is_empty() && strong.contains(&l.field))
        .count();
    if labels < 2 {
        return false;
    }
    // The awards and buttons under the fields, down to the part's date.
    let mut end = block_end;
    while let Some(n) = doc.next_text(end).filter(|&n| n < block_end + 16) {
        let t = doc.trimmed(n);
        if !(is_button(t) || is_date(t)) {
            break;
        }
        let t = t.to_string();
        doc.drop_line(n, &t);
        end = n + 1;
    }
    // "Publication elsewhere:" and its rule ("ask the author") are the site's form; the
    // label is longer than a field's, so it would run on the field above it.
    if let Some(e) = (a..block_end).find(|&i| doc.trimmed(i).trim_end_matches(':') == ELSEWHERE) {
        let rule_end = (e + 1..block_end)
            .find(|&i| super::fields::labelled(doc.trimmed(i)).is_some())
            .unwrap_or(block_end);
        drop_elsewhere(doc, e, rule_end);
    }
    let (hits, _) = read_fields(doc, a);
    // The menu and the badges over the title are the site's.
    if let Some((from, to)) = doc.drop_span(0, title) {
        doc.why(format!(
            "header: lines {}–{} are ficbook.net's menu and the work's badges",
            from + 1,
            to + 1
        ));
    }
    doc.title_line(
        title,
        allow_title,
        "the work's title on its ficbook.net page",
    );
    for mut h in hits {
        // "Сова_в_пальто" over "автор": the name without its role.
        if h.field == Field::Author {
            let names: Vec<&str> = h
                .value
                .split(", ")
                .filter(|n| !ROLES.contains(&n.trim()))
                .collect();
            h.value = names.join(", ");
        }
        file_hit(doc, &h, allow_title, CategoryIs::Tag, true);
    }
    doc.why(format!(
        "header: a copy of a work's page on ficbook.net (`Автор:` on line {} and the work's fields under it)",
        a + 1
    ));
    // The likes under the text start the page's foot: buttons, comments, the footer.
    let foot = (end..doc.len()).find(|&i| {
        let t = doc.trimmed(i);
        !doc.taken[i] && is_button(t) && t.to_lowercase().starts_with("нравится")
    });
    if let Some(f) = foot {
        doc.drop_page_foot(f, "ficbook.net's buttons, comments and footer");
        // The closing notes over the buttons: `Примечания:` and the author's words.
        if let Some(n) = (end..f).rev().find(|&i| doc.trimmed(i) == "Примечания:") {
            let from = n + 1;
            if doc.next_text(from).is_some_and(|t| t < f) {
                doc.drop_line(n, "Примечания:");
                doc.afterword_paras(from, f);
                doc.why(format!(
                    "afterword: line {} `Примечания:` over the buttons is the author's closing note",
                    n + 1
                ));
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Книга Фанфиков\nФанфики\nПоиск\nВойти\n\nДжен\nG\nЗавершён\nСнегири\nАвтор:\nЛиса в сапогах\nавтор\nФэндом:\nОриджиналы\nРейтинг:\nG\nСтатус:\nЗавершён\nМетки:\nЗима Дружба\nОписание:\nДве сестры и кормушка.\nПримечания:\nПисала в поезде.\nПубликация на других ресурсах:\nУточнять у автора\nНаграды от читателей:\nНравится 10\nОтзывы 2\nСкачать\n\n3 марта 2024, 12:00\n\nСнег шёл третий день.\n\nСестра молчала.\n\nПримечания:\nСпасибо, что дочитали!\nНравится 10\nОтзывы 2\n\nОтзывы (2)\nНаписать отзыв\nОчень мило!\n\n© 2009–2026 Книга Фанфиков\nПомощь";

    #[test]
    fn a_page_copy_keeps_the_text_and_the_notes_and_drops_the_site() {
        let doc = Doc::read_by(PAGE, read);
        assert_eq!(doc.out.title.as_deref(), Some("Снегири"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Лиса в сапогах"));
        assert_eq!(doc.out.meta.rating.as_deref(), Some("G"));
        assert_eq!(doc.untaken(), "Снег шёл третий день.\nСестра молчала.");
        let preface: Vec<&str> = doc.out.preface.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(preface, ["Две сестры и кормушка.", "Писала в поезде."]);
        let after: Vec<&str> = doc.out.afterword.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(after, ["Спасибо, что дочитали!"]);
        assert!(doc.dropped_texts().contains(&"Очень мило!"));
        assert!(doc.dropped_texts().contains(&"Уточнять у автора"));
    }

    #[test]
    fn a_story_with_an_author_line_stays() {
        // `Автор:` under a line, but no fields of a work: a story's own form.
        let t = "Записка\nАвтор:\nнеизвестен\n\nСнег шёл.";
        assert_eq!(
            Doc::read_by(t, read).untaken(),
            "Записка\nАвтор:\nнеизвестен\nСнег шёл."
        );
    }
}
