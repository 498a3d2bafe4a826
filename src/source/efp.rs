//! EFP Fanfic (efpfanfic.net, Italian) story pages copied from the browser → the title,
//! author, fields and summary, with the site's menu, buttons and foot dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the page as EFP lays it out, read in
//! order: the site's name and menu ("EFP Fanfic", "Home | Fanfiction | Originali | …",
//! "Accedi | Registrati"), the category path ("Originali > Generale"), the title, `di
//! NAME`, "(Leggi le 3 recensioni)", the fields (`Genere:`, `Rating:`, `Avvertimenti:`,
//! `Tipo di coppia:`, `Capitoli:`, `Parole:`), the summary and the buttons row
//! ("Aggiungi alle preferite | …"); under the text, "Torna all'indice | Scrivi una
//! recensione", the reviews line, "Questa storia è archiviata su: EFP …" and the footer.
//! The author's closing box ("Note:" over "Note dell'autrice: …") is left to the story's
//! reading of notes. Only read when the page's own lines prove it: `EFP` atop the page
//! and its "archiviata su: EFP" line or its `di NAME` over the fields.

use super::doc::{Doc, file_hit, read_fields};
use super::fields::CategoryIs;
use super::social::is_user_name;

/// How far down the page its head may reach.
const HEAD_LINES: usize = 30;

/// Whether `t` is a row of EFP's links: items parted by `|`, each a few words.
fn is_link_row(t: &str) -> bool {
    let items: Vec<&str> = t.split('|').map(str::trim).collect();
    items.len() >= 2
        && items
            .iter()
            .all(|i| (1..=5).contains(&i.split_whitespace().count()))
}

/// Whether `t` is one of the lines under the text only EFP writes.
fn is_foot(t: &str) -> bool {
    let lower = t.to_lowercase();
    is_link_row(t)
        || lower.starts_with("questa storia è archiviata su")
        || (lower.contains("efp fanfic") && lower.contains('©'))
        // The site's line about itself, and the story's address under the archive line.
        || lower.starts_with("efp fanfic è un sito")
        || (lower.contains("efpfanfic.net/") && !lower.contains(' '))
}

/// Reads an EFP page's head and foot; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    if !doc
        .trimmed(first)
        .get(..3)
        .is_some_and(|p| p.eq_ignore_ascii_case("efp"))
    {
        return false;
    }
    // The byline: `di NAME`, every line above it short.
    let Some(by) = (first..doc.len().min(HEAD_LINES)).find(|&i| {
        doc.trimmed(i)
            .strip_prefix("di ")
            .is_some_and(|n| is_user_name(n.trim()))
    }) else {
        return false;
    };
    let Some(title) = doc.prev_text(by).filter(|&t| t > first) else {
        return false;
    };
    let short = |t: &str| t.split_whitespace().count() <= 14 && !t.ends_with(['.', '!', '?']);
    if !(first..title).all(|i| doc.blank(i) || short(doc.trimmed(i))) {
        return false;
    }
    doc.why(format!(
        "header: a copy of an EFP Fanfic story page (the site's menu, the title on line {}, `di NAME` on line {})",
        title + 1,
        by + 1
    ));
    for i in first..title {
        let t = doc.trimmed(i).to_string();
        if t.is_empty() {
            continue;
        }
        // The category path's steps are the story's section ("Originali > Generale").
        if let Some((_, last)) = t.rsplit_once('>') {
            doc.out.meta.tags.push(last.trim().to_string());
        }
        doc.drop_line(i, &t);
    }
    doc.title_line(title, allow_title, "the story's title on its EFP page");
    let who = doc.trimmed(by)[3..].trim().to_string();
    doc.byline(by, &who);
    doc.out.meta.author.get_or_insert(who);
    // "(Leggi le 3 recensioni)", then the fields.
    let mut i = by + 1;
    if let Some(k) = doc.next_text(i).filter(|&k| {
        let l = doc.trimmed(k).to_lowercase();
        l.starts_with('(') && l.contains("recension")
    }) {
        let t = doc.trimmed(k).to_string();
        doc.drop_line(k, &t);
        i = k + 1;
    }
    let (hits, end) = read_fields(doc, i);
    for h in &hits {
        file_hit(doc, h, allow_title, CategoryIs::Tag, true);
    }
    // The summary, then the buttons row.
    if !hits.is_empty()
        && let Some(s) = doc.next_text(end)
        && let Some(b) = doc.next_text(doc.para_end(s))
        && is_link_row(doc.trimmed(b))
        && !is_link_row(doc.trimmed(s))
    {
        doc.summary_lines(s, doc.para_end(s));
        let t = doc.trimmed(b).to_string();
        doc.drop_line(b, &t);
        doc.why(format!(
            "header: line {} is the summary, over EFP's buttons",
            s + 1
        ));
    }
    // The foot: EFP's lines under the text, to the end.
    doc.drop_foot(
        "EFP's foot (links, reviews, the archive line, the footer)",
        |doc, k| is_foot(doc.trimmed(k)).then_some(true),
    );
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "EFP Fanfic\nHome | Fanfiction | Originali | Forum\nAccedi | Registrati\n\nOriginali > Generale\n\nIl custode\ndi Lucciola_Rossa\n(Leggi le 3 recensioni)\n\nGenere: Malinconico\nRating: Verde\nCapitoli: 1 - One shot | Completa\n\nIl nonno parlava alle api.\n\nAggiungi alle preferite | Aggiungi alle seguite | Segnala violazione\n\n\nNonno Elio parlava alle api.\n\nPresi il treno.\n\nTorna all'indice | Scrivi una recensione\n\nRecensioni (3) | Preferita di 2 utenti\n\nQuesta storia è archiviata su: EFP http://www.efpfanfic.net/viewstory.php?sid=1\nTermini e condizioni d'uso | Privacy | Contatti\n© dei rispettivi autori. EFP Fanfic - efpfanfic.net";

    #[test]
    fn an_efp_page_keeps_its_story_and_files_the_rest() {
        let doc = Doc::read_by(PAGE, read);
        assert_eq!(doc.out.title.as_deref(), Some("Il custode"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Lucciola_Rossa"));
        assert_eq!(doc.out.summary[0].text, "Il nonno parlava alle api.");
        assert_eq!(
            doc.untaken(),
            "Nonno Elio parlava alle api.\nPresi il treno."
        );
    }

    /// A foot whose archive line sets the story's address on a line of its own, and
    /// the site's line about itself above the copyright: all of it the site's.
    #[test]
    fn the_sites_line_about_itself_and_the_address_are_the_foot() {
        let page = PAGE.replace(
            "Questa storia è archiviata su: EFP http://www.efpfanfic.net/viewstory.php?sid=1\nTermini e condizioni d'uso | Privacy | Contatti\n© dei rispettivi autori. EFP Fanfic - efpfanfic.net",
            "Questa storia è archiviata su: EFP fanfic\nhttp://www.efpfanfic.net/viewstory.php?sid=1\n\nTorna alla pagina iniziale | Altre storie di Lucciola_Rossa\n\nEFP fanfic è un sito di fanfiction e storie originali.\n\n© 2001-2024 EFP - Efp Fanfic",
        );
        let doc = Doc::read_by(&page, read);
        assert_eq!(
            doc.untaken(),
            "Nonno Elio parlava alle api.\nPresi il treno."
        );
    }

    #[test]
    fn a_story_that_opens_with_efp_stays() {
        let t = "EFP was the name of the ship.\n\ndi notte partimmo.\n\nIl mare era calmo.";
        assert_eq!(Doc::read_by(t, read).untaken(), Doc::new(t).untaken());
    }
}
