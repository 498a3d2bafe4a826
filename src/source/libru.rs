//! Texts from Russian online libraries in Moshkov's lib.ru layout (lib.ru, samlib.ru and
//! the sites and e-mail lists that copy it) → title, author and the copyright box dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the layout's head — "Author. Title" on
//! the first line, then within two lines a box between two rules of dashes holding the
//! copyright line (`© Copyright NAME`, `(c) Copyright`) with perhaps `Email:`, `Date:`,
//! `WWW:` and a line on where it was published — read: title and author filed, the box
//! left out. At the end, a rule after the story's last line with one or two short lines
//! under it (the place and date, "Январь 2021, Петербург.") is the layout's foot and is
//! left out too. The copyright line in a dashed box is required: no story opens so.

use super::copyright::is_copyright;
use super::doc::{Doc, is_rule};

/// The shortest rule of dashes that opens or closes the box (lib.ru draws 60 or more).
const RULE_DASHES: usize = 20;

/// How many lines the box may hold.
const BOX_LINES: usize = 12;

/// How many short lines under the closing rule make the layout's foot.
const FOOT_LINES: usize = 2;

fn rule(doc: &Doc, i: usize) -> bool {
    is_rule(doc.trimmed(i), &['-', '—', '='], RULE_DASHES)
}

/// Reads the head and foot of a lib.ru text. Returns whether it found one.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let Some(open) = doc
        .next_text(first + 1)
        .filter(|&o| o <= first + 2 && rule(doc, o))
    else {
        return false;
    };
    let Some(close) = (open + 1..doc.len().min(open + BOX_LINES + 2)).find(|&i| rule(doc, i))
    else {
        return false;
    };
    if !(open + 1..close).any(|i| is_copyright(doc.trimmed(i))) {
        return false;
    }
    let head = doc.trimmed(first).to_string();
    let Some((author, title)) = head.split_once(". ") else {
        return false;
    };
    let (author, title) = (author.trim().to_string(), title.trim().to_string());
    if title.is_empty() || !super::bylines::is_name(&author) {
        return false;
    }
    doc.drop_line(first, &head);
    doc.drop_span(open, close + 1);
    if allow_title {
        doc.out.title = Some(title);
    }
    doc.out.meta.author = Some(author);
    doc.why(format!(
        "header: line {} is a lib.ru text's \"Author. Title\", and lines {}–{} its copyright box",
        first + 1,
        open + 1,
        close + 1
    ));
    foot(doc);
    true
}

/// The place and date under a rule after the story's last line.
fn foot(doc: &mut Doc) {
    let Some(last) = doc.prev_text(doc.len()) else {
        return;
    };
    let Some(r) = (last.saturating_sub(FOOT_LINES)..=last).find(|&i| !doc.taken[i] && rule(doc, i))
    else {
        return;
    };
    let under: Vec<usize> = (r + 1..=last).filter(|&i| !doc.blank(i)).collect();
    if under.is_empty()
        || under
            .iter()
            .any(|&i| doc.trimmed(i).split_whitespace().count() > 6)
    {
        return;
    }
    doc.drop_lines(
        r,
        last + 1,
        "the lib.ru layout's foot (a rule, then the place and date)",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Иван Петров. Снег в апреле\n\n \
        ---------------------------------------------------------------\n \
        © Copyright Иван Петров, 2020\n Email: ivan@example.org\n Date: 3 Mar 2020\n \
        ---------------------------------------------------------------\n\n     \
        Снег выпал в апреле, и никто\nне удивился.\n     — Опять, — сказала мать.\n\n \
        ---------------------------------------------------------------\n \
        Март 2020, Тверь.\n";

    #[test]
    fn the_head_gives_title_and_author_and_the_box_goes() {
        let doc = Doc::read_by(TEXT, read);
        assert_eq!(doc.out.title.as_deref(), Some("Снег в апреле"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Иван Петров"));
        let rest = doc.untaken();
        assert!(rest.starts_with("Снег выпал"), "{rest}");
        assert!(rest.trim_end().ends_with("сказала мать."), "{rest}");
    }

    #[test]
    fn no_copyright_box_no_lib_ru() {
        // A story whose first line has a full stop, over a rule: not the layout.
        let t = "It rained. Then it stopped.\n\n-------------------------\nShe left.\n-------------------------\n\nThe end came later.\n";
        let doc = Doc::read_by(t, read);
        assert!(doc.out.title.is_none());
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
    }
}
