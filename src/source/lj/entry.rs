//! Field blocks, the lines over them: a journal entry's page head (the journal, the
//! date, the subject, with the entry line the site's whole page) over a block with its
//! own `Title:`, and a translation's original title in brackets under the title.

use crate::source::doc::{Doc, read_fields};
use crate::source::fields::{self, Field};
use crate::source::social::is_user_name;

/// A journal entry copied from its page: the journal's name, the entry's date and its
/// subject line (`fic: Correspondence (Hollowmere, G, triple drabble)`) stand over a field
/// block that names the story with its own `Title:`. Those lines, short and with no
/// sentence in them, are the page's: they are left out, and the block is read as usual.
pub(super) fn entry_head(doc: &mut Doc) {
    // The entry line ("NAME wrote in COMMUNITY"), its date, the mood and music lines
    // LiveJournal prints ("Current Mood: hopeful") and the subject; with the entry line
    // among them, the journal's page over it too (the site's menu, the journal's name
    // and its own menu: "Recent Entries", "Archive", "Friends", "Profile").
    const MOST: usize = 6;
    const PAGE_MOST: usize = 30;
    let entry_line = |k: usize| {
        let t = doc.trimmed(k);
        t.split_once(" wrote in ")
            .or_else(|| t.split_once(" posting in "))
            .is_some_and(|(who, at)| is_user_name(who.trim()) && is_user_name(at.trim()))
    };
    // The page's lines are looked through only where an entry line stands among them.
    let most = match (0..doc.len().min(2 * PAGE_MOST))
        .any(|k| doc.lines[k].len() < 120 && entry_line(k))
    {
        true => PAGE_MOST,
        false => MOST,
    };
    let mut above = Vec::new();
    let mut i = 0;
    while let Some(k) = doc.next_text(i) {
        if fields::labelled(&doc.lines[k]).is_some() {
            break;
        }
        above.push(k);
        if above.len() > most {
            return;
        }
        i = k + 1;
    }
    let Some(&last) = above.last() else {
        return;
    };
    let page_like = |t: &str| {
        t.split_whitespace().count() <= 12 && !t.ends_with(['.', '!', '?', '"', '\u{201d}'])
    };
    if !above
        .iter()
        .all(|&k| doc.para(k, k + 1).lines == 1 && page_like(doc.trimmed(k)))
    {
        return;
    }
    // The fields under them: a `Title:` and another plain field, a blank line apart at most.
    let hits: Vec<Field> = read_fields(doc, last + 1)
        .0
        .into_iter()
        .map(|h| h.field)
        .collect();
    let strong = hits
        .iter()
        .filter(|f| f.is_strong() && **f != Field::Title)
        .count();
    if !hits.contains(&Field::Title) || strong == 0 {
        return;
    }
    for &k in &above {
        let t = doc.trimmed(k).to_string();
        doc.drop_line(k, &t);
    }
    doc.why(format!(
        "header: lines {}–{} (the journal, the date, the entry's subject) stand over the story's own `Title:` field, so they are the page's and left out",
        above[0] + 1,
        last + 1
    ));
}

/// A title wholly in brackets, as a translation names its original: `(桜ヶ丘駅の傘立て)`,
/// `（Der Regenschirm）`, `[Le parapluie]`; short, no sentence.
pub(super) fn is_bracketed_title(t: &str) -> bool {
    let inner = [
        ('(', ')'),
        ('（', '）'),
        ('[', ']'),
        ('「', '」'),
        ('『', '』'),
    ]
    .iter()
    .find_map(|(o, c)| t.strip_prefix(*o)?.strip_suffix(*c));
    inner.is_some_and(|i| {
        !i.trim().is_empty()
            && i.split_whitespace().count() <= 10
            && !i.trim_end().ends_with(['.', '!', '?', '。'])
            && !i.contains(['(', ')', '[', ']'])
    })
}
