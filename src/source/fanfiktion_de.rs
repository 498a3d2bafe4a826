//! fanfiktion.de chapter pages copied from the browser → the story, with the site's
//! lines read or dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the page's head — the site's name and
//! menu, the category path ("Geschichten > Bücher & Co. > …"), the story's title over
//! "von NAME", the "GESCHICHTE" box (genre, rating, chapters, words, reviews, dates),
//! the "Kurzbeschreibung" (the summary) and the chapter's heading as the chapter
//! select and the page set it ("Kapitel 1: …", twice) — read (title, author, summary)
//! and dropped, the "Vorwort" left to be read as the opening note (an "Autorennotiz" over
//! the chapter's heading is one too); and its foot — the "Autorennotiz" (the closing
//! note), then the review count, "Review schreiben" and the other buttons, the chapter
//! select again ("Kapitel 1 von 3") and the site's footer — dropped. Needs
//! the site's name atop the page, the byline and the "GESCHICHTE" box: lines only the
//! site writes together.

use super::doc::Doc;

/// How far down the page the story box may stand.
const HEAD_LINES: usize = 30;

/// The chapter's heading as the page sets it: "Kapitel 1: Title" (or "Kapitel 1").
fn is_chapter(l: &str) -> bool {
    l.strip_prefix("kapitel ").is_some_and(|r| {
        let digits = r.chars().take_while(char::is_ascii_digit).count();
        let rest = r[digits..].trim_start();
        digits > 0 && (rest.is_empty() || rest.starts_with(':'))
    })
}

/// The chapter select as a page's foot copies it: "Kapitel 1 von 3".
fn is_chapter_of(l: &str) -> bool {
    matches!(l.split_whitespace().collect::<Vec<_>>()[..],
        ["kapitel", a, "von", b] if a.parse::<u32>().is_ok() && b.parse::<u32>().is_ok())
}

/// Reads a fanfiktion.de page copy; false (nothing taken) when the file is none.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    if doc.lower(first) != "fanfiktion.de" {
        return false;
    }
    let top = doc.len().min(first + HEAD_LINES);
    let Some(by) = (first + 1..top).find(|&i| {
        doc.trimmed(i)
            .strip_prefix("von ")
            .is_some_and(|n| super::bylines::is_name(n.trim()))
    }) else {
        return false;
    };
    // The box's label, or the label run into the genre line as a copy may join them
    // ("GeschichteDrama, Schmerz/Trost / P12 / Het").
    let Some(boxed) = (by + 1..top).find(|&i| {
        let l = doc.lower(i);
        l == "geschichte" || (l.starts_with("geschichte") && l.contains(" / "))
    }) else {
        return false;
    };
    let Some(title) = doc.prev_text(by).filter(|&t| t > first) else {
        return false;
    };
    doc.drop_span(0, title);
    doc.title_line(
        title,
        allow_title,
        "the story's title over fanfiktion.de's byline",
    );
    let who = doc.trimmed(by)["von ".len()..].trim().to_string();
    doc.byline(by, &who);
    doc.out.meta.author.get_or_insert(who);
    // The story box down to the short description or the chapter's heading.
    let mut k = boxed;
    while let Some(n) = doc.next_text(k) {
        let l = doc.lower(n);
        if l == "kurzbeschreibung"
            || l == "vorwort"
            || l == "autorennotiz"
            || is_chapter(&l)
            || n >= top
        {
            break;
        }
        doc.drop_span(n, n + 1);
        k = n + 1;
    }
    if let Some(s) = doc
        .next_text(k)
        .filter(|&s| doc.lower(s) == "kurzbeschreibung")
        && let Some(e) = doc.summary_under(s)
    {
        k = e;
    }
    // An "Autorennotiz" over the chapter's heading is the author's opening note.
    if let Some(n) = doc.next_text(k).filter(|&n| doc.lower(n) == "autorennotiz")
        && let Some(h) = (n + 1..doc.len().min(n + HEAD_LINES)).find(|&h| is_chapter(&doc.lower(h)))
    {
        doc.drop_span(n, n + 1);
        doc.preface_lines(n + 1, h);
        doc.why(format!(
            "preface: lines {}–{h} are the \"Autorennotiz\" over the chapter's heading (the author's opening note)",
            n + 2
        ));
        k = h;
    }
    while let Some(n) = doc.next_text(k).filter(|&n| is_chapter(&doc.lower(n))) {
        doc.drop_span(n, n + 1);
        k = n + 1;
    }
    doc.why(format!(
        "header: lines 1–{k} are a fanfiktion.de page's head (the site's menu, the \
         category, title, byline, the story's box, the short description as the summary, \
         the chapter's heading)"
    ));
    foot(doc);
    true
}

/// The foot: the review count or "Review schreiben" and all under it; the
/// "Autorennotiz" over it is the closing note.
fn foot(doc: &mut Doc) {
    // The buttons may be copied onto one line ("Review schreiben   Empfehlen   …").
    let Some(mut end) = (0..doc.len()).find(|&i| {
        let l = doc.lower(i);
        !doc.taken[i]
            && (l.starts_with("dieses kapitel wurde bisher")
                || l.starts_with("review schreiben")
                || l.starts_with("reviews schreiben"))
    }) else {
        return;
    };
    // The chapter select over them ("Kapitel 1 von 1").
    if let Some(p) = doc.prev_text(end).filter(|&p| is_chapter_of(&doc.lower(p))) {
        end = p;
    }
    if let Some(n) = (0..end)
        .rev()
        .take(20)
        .find(|&i| !doc.taken[i] && doc.lower(i) == "autorennotiz")
    {
        doc.afterword_paras(n + 1, end);
        doc.drop_span(n, n + 1);
        doc.why(format!(
            "afterword: lines {}–{end} are the \"Autorennotiz\" (the author's closing note)",
            n + 2
        ));
    }
    doc.drop_page_foot(
        end,
        "a fanfiktion.de page's foot (review count and buttons, the chapter select, the \
         site's footer)",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "fanfiktion.de\nStartseite\nLogin\n\nGeschichten > Eigene Welten\n\nGleise\nvon Nachtfalter_92\n\nGESCHICHTE\nRomanze / P12\n1 Kapitel / Fertiggestellt\n\nKurzbeschreibung\nEin Bahnhof in der Nacht.\n\nKapitel 1: Gleise\nKapitel 1: Gleise\n\nVorwort\n\nHallo ihr Lieben!\n\nDer Zug fuhr.\n\nEr blieb.\n\nAutorennotiz\nDanke fürs Lesen!\n\nDieses Kapitel wurde bisher 12 mal kommentiert.\nReview schreiben\nFavoriten\n© 2004 - 2013 fanfiktion.de";

    /// A copy whose menu ran onto one line, whose box label ran into the genre line
    /// ("GeschichteDrama / P12"), with an "Autorennotiz" over the chapter's heading (the
    /// opening note) and the buttons on one line under the chapter select.
    #[test]
    fn a_copy_with_its_box_run_together_and_an_opening_note() {
        let page = "FanFiktion.de\n\nStartseite   Fanfiction   Login\n\nFanfiction > Bücher > Faust\n\n\nDer Pudel\nvon Nachtfalter_92\n\nGeschichteDrama / P12 / Gen\nMargarete\n\nKurzbeschreibung\nEin Hund folgt ihm heim.\n\nAutorennotiz\nMein erster Versuch, seid nett.\n\n\nKapitel 1: Der Pudel\n\n\nDer Hund lief hinter ihm her.\n\n\nKapitel 1 von 1\n\n\nReview schreiben   Empfehlen   Melden\n\nReviews (1)\n\nleser schrieb: Toll!";
        let mut doc = Doc::new(page);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("Der Pudel"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Nachtfalter_92"));
        assert_eq!(doc.untaken(), "Der Hund lief hinter ihm her.");
        let note: Vec<&str> = doc.out.preface.iter().map(|p| p.text.as_str()).collect();
        assert!(
            note.contains(&"Mein erster Versuch, seid nett."),
            "{note:?}"
        );
    }

    #[test]
    fn a_chapter_copy_keeps_the_story_and_the_notes() {
        let mut doc = Doc::new(PAGE);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("Gleise"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Nachtfalter_92"));
        assert_eq!(doc.out.summary[0].text, "Ein Bahnhof in der Nacht.");
        assert_eq!(
            doc.untaken(),
            "Vorwort\nHallo ihr Lieben!\nDer Zug fuhr.\nEr blieb."
        );
        let note: Vec<&str> = doc.out.afterword.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(note, ["Danke fürs Lesen!"]);
    }

    /// A story that names the site keeps its lines.
    #[test]
    fn a_story_naming_the_site_stays() {
        let t = "fanfiktion.de\n\nSie las.\n\nvon hier aus, sagte er.\n\nGESCHICHTE\n\nEnde.";
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc, true));
        assert_eq!(doc.untaken(), Doc::new(t).untaken());
    }
}
