//! Spirit Fanfics (spiritfanfics.com) chapter pages copied as text → the title, author
//! and the chapter's text, with the site's menu, counts and foot left out.
//!
//! A copy of the page runs: the site's name (`Spirit Fanfics e Histórias`) and menu,
//! the category path, the page's heading `História TITLE - Capítulo 1 - NAME`, the
//! byline `Escrita por NAME`, the counts (`Visualizações 1.204`, `Palavras 625`,
//! `Terminada Sim`), then `Notas do Autor` over the opening note, the chapter's title,
//! the text, `Notas Finais` over the closing note, and the page's foot (`Gostou da
//! História?`, the buttons, the comments, the footer). The notes are left to the notes'
//! readers, which know their labels. Read only when the page names the site on its
//! first line and its heading and byline follow.

use super::doc::Doc;
use super::social::is_user_name;

/// How far down the page its heading and byline may stand.
const HEAD_LINES: usize = 40;

/// The most words a line of the counts under the byline holds (`Terminada Sim`).
const COUNT_WORDS: usize = 4;

/// The lines that open the page's foot, lowercase.
const FOOT: &[&str] = &["gostou da história?", "gostou da historia?"];

/// The story's title in the page's heading: `História TITLE - Capítulo 1 - NAME`, or
/// `História TITLE` on a one-chapter story's page.
fn heading_title(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("História ")?;
    let title = rest.split(" - Capítulo ").next()?.trim();
    (!title.is_empty()).then_some(title)
}

/// Reads a Spirit Fanfics page copy; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    if !doc.lower(first).starts_with("spirit fanfics") {
        return false;
    }
    let top = doc.len().min(first + HEAD_LINES);
    let Some(head) = (first + 1..top).find(|&i| heading_title(doc.trimmed(i)).is_some()) else {
        return false;
    };
    let Some(by) = doc.next_text(head + 1).filter(|&b| b < top) else {
        return false;
    };
    let Some(who) = ["Escrita por ", "Escrito por "]
        .iter()
        .find_map(|p| doc.trimmed(by).strip_prefix(p))
        .map(str::trim)
        .filter(|w| is_user_name(w))
        .map(str::to_string)
    else {
        return false;
    };
    let title = heading_title(doc.trimmed(head)).unwrap_or("").to_string();
    doc.drop_span(first, head);
    if allow_title {
        doc.take(head, head + 1);
        doc.dropped(head, doc.trimmed(head).replacen(&title, "", 1).trim());
        doc.out.title = Some(title.clone());
    } else {
        doc.preface_lines(head, head + 1);
    }
    doc.byline(by, &who);
    doc.out.meta.author.get_or_insert(who);
    // The counts under the byline: short lines, each with a number or a yes or no.
    let mut k = by + 1;
    while let Some(n) = doc.next_text(k).filter(|&n| n < top) {
        let t = doc.trimmed(n);
        let counted = t.split_whitespace().count() <= COUNT_WORDS
            && t.split_whitespace().last().is_some_and(|v| {
                v.chars().any(|c| c.is_ascii_digit()) || matches!(v, "Sim" | "Não")
            });
        if !counted {
            break;
        }
        let t = t.to_string();
        doc.drop_line(n, &t);
        k = n + 1;
    }
    doc.why(format!(
        "header: lines 1–{k} are a Spirit Fanfics page's head (the site's menu, the \
         category, the page's heading `História {title} - …`, the byline, the counts)"
    ));
    if let Some(f) =
        (k..doc.len()).find(|&i| !doc.taken[i] && FOOT.contains(&doc.lower(i).as_str()))
    {
        doc.drop_page_foot(
            f,
            "a Spirit Fanfics page's foot (its buttons, the comments, the site's footer)",
        );
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Spirit Fanfics e Histórias\n\nInício   Categorias   Histórias   Entrar\n\nFanfics > Literatura > Iracema\n\nHistória Lábios de mel - Capítulo 1 - A praia\n\nEscrita por jandaia_azul\n\nVisualizações 88\nPalavras 412\nTerminada Sim\n\nNotas do Autor\n\nOi, gente! Minha primeira fic aqui.\n\nCapítulo 1 - A praia\n\nA jandaia cantava no coqueiro.\n\nNotas Finais\n\nObrigada por lerem!\n\n\nGostou da História?\n\nCompartilhar   Denunciar\n\nComentários\n\nleitora_voraz\nPostado 03/08/2021\nLindo!\n\nSpirit Fanfics e Histórias © 2024";

    #[test]
    fn a_chapter_page_keeps_its_text_and_notes() {
        let mut doc = Doc::new(PAGE);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("Lábios de mel"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("jandaia_azul"));
        assert_eq!(
            doc.untaken(),
            "Notas do Autor\nOi, gente! Minha primeira fic aqui.\nCapítulo 1 - A praia\nA jandaia cantava no coqueiro.\nNotas Finais\nObrigada por lerem!"
        );
    }

    /// A story that names the site on its first line, with no page heading under it,
    /// keeps every line.
    #[test]
    fn a_story_naming_the_site_stays() {
        let t = "Spirit Fanfics was where we met.\n\nHistória was her favourite subject.\n\nShe wrote every night.";
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc, true));
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
    }
}
