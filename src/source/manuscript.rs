//! Manuscripts in the standard submission format (as Scrivener, Word templates and
//! writers' own files lay them out) → the title and author, with the title page's
//! contact block and word count dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: the shape of a manuscript's first page —
//! the writer's name and contact lines (street, town, e-mail, telephone) at the top, the
//! word count ("About 2,100 words", often pushed right with spaces) beside or under
//! them, then, after blank lines, the title and "by NAME", centred — read: the title and
//! author filed, the contact block and the word count dropped. Every rule needs the word
//! count on the first lines and the byline under the title, which no story opens with.

use super::bylines::byline;
use super::doc::Doc;

/// How many lines the contact block and the word count may take at the top.
const CONTACT_LINES: usize = 8;

/// A manuscript's word count: "About 2,100 words", "approx. 5000 words", "3,400 words".
fn is_word_count(t: &str) -> bool {
    let lower = t.trim().to_lowercase();
    let rest = [
        "about ",
        "approx. ",
        "approx ",
        "approximately ",
        "c. ",
        "~",
    ]
    .iter()
    .find_map(|p| lower.strip_prefix(p))
    .unwrap_or(&lower);
    let Some(n) = rest.strip_suffix(" words") else {
        return false;
    };
    !n.is_empty()
        && n.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
}

/// Reads a manuscript's first page. Returns whether it found one.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let top = doc.len().min(first + CONTACT_LINES);
    let Some(count) = (first..top).find(|&i| is_word_count(doc.trimmed(i))) else {
        return false;
    };
    let contact_end = doc.para_end(count);
    // The contact lines: short, the writer's name first.
    let contact: Vec<usize> = (first..contact_end)
        .filter(|&i| !doc.blank(i) && i != count)
        .collect();
    if contact.len() > CONTACT_LINES
        || contact
            .iter()
            .any(|&i| doc.trimmed(i).split_whitespace().count() > 8)
    {
        return false;
    }
    let Some(t) = doc.next_text(contact_end) else {
        return false;
    };
    let Some(b) = doc.next_text(t + 1) else {
        return false;
    };
    let Some(who) = byline(doc.trimmed(b)).map(str::to_string) else {
        return false;
    };
    let title = doc.trimmed(t);
    if contact.is_empty()
        || title.split_whitespace().count() > 12
        || title.ends_with(['.', '!', '?', ','])
        // The title alone on its line, its byline under it or a paragraph below.
        || doc.para_end(t) > if b == t + 1 { b + 1 } else { t + 1 }
        || !super::bylines::is_name(&who)
    {
        return false;
    }
    // The contact block is the writer's: a name first, then an address, a mailbox or a
    // telephone number (or the name the byline gives). An author's note over the count
    // ("A/N: for Corin.", "Written for the prompt") is no contact block.
    let name = doc.trimmed(contact[0]).trim_start_matches('\u{feff}');
    let reachable = contact[1..].iter().any(|&i| {
        doc.trimmed(i)
            .chars()
            .any(|c| c == '@' || c.is_ascii_digit())
    });
    if !super::bylines::is_name(name) || !(reachable || name == who) {
        return false;
    }
    for &i in &contact {
        let line = doc.trimmed(i).to_string();
        doc.drop_line(i, &line);
    }
    let words = doc.trimmed(count).to_string();
    doc.drop_line(count, &words);
    // The title as the writer typed it, perhaps in capitals: in capitals, as the title
    // page sets it, it is read in title case only if nothing better names it.
    doc.title_line(t, allow_title, "the manuscript's title over its byline");
    if let Some(title) = doc.out.title.as_mut()
        && !title.chars().any(char::is_lowercase)
    {
        *title = title_case(title);
    }
    doc.byline(b, &who);
    doc.out.meta.author = Some(who);
    doc.why(format!(
        "header: lines {}–{} are a manuscript's first page (contact lines, \"{words}\", title, byline)",
        first + 1,
        b + 1
    ));
    true
}

/// "HARBOUR LIGHTS" → "Harbour Lights": each word's first letter kept, the rest lower.
fn title_case(t: &str) -> String {
    t.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(c) => c.to_string() + &cs.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_page_gives_title_and_author() {
        let t = "Ann Example\n3 Mill Lane\nLeeds\nann@example.org\n                    About 1,200 words\n\n\n\
                  THE SALT ROAD\n\n                  by Ann Example\n\n\n\nThe well was dry.\n";
        let doc = Doc::read_by(t, read);
        assert_eq!(doc.out.title.as_deref(), Some("The Salt Road"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Ann Example"));
        assert_eq!(doc.untaken(), "The well was dry.");
        // Scrivener's compile: the count a paragraph apart, the byline right under the
        // title.
        let t = "Ann Example\n3 Mill Lane\nann@example.org\n\nAbout 400 words\n\n\n\nTHE SALT ROAD\nby Ann Example\n\n\nThe well was dry.\n";
        let doc = Doc::read_by(t, read);
        assert_eq!(doc.out.title.as_deref(), Some("The Salt Road"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Ann Example"));
        assert_eq!(doc.untaken(), "The well was dry.");
    }

    #[test]
    fn a_story_that_opens_with_a_count_is_left_alone() {
        let t = "About 1,200 words\n\nThat was all she wrote, and she was proud of it.\n\nby the sea she waited.\n";
        let doc = Doc::read_by(t, read);
        assert!(doc.out.title.is_none());
        assert_eq!(doc.untaken().lines().count(), 3);
    }

    /// An author's note over a word count, then a title and byline, is the story's
    /// note, not a contact block: it stays.
    #[test]
    fn a_note_over_a_word_count_is_no_contact_block() {
        for note in [
            "A/N: for Corin, who asked.",
            "Written for the Harbour Lights prompt",
            "For Corin",
        ] {
            let t = format!(
                "{note}\nAbout 2,000 words\n\nThe Lamp Keeper\n\nby Tomasz Wren\n\nThe lamp was dark.\n"
            );
            let doc = Doc::read_by(&t, read);
            assert!(doc.out.title.is_none(), "{note}");
            assert_eq!(doc.untaken().lines().count(), 5, "{note}");
        }
        // The writer's name alone over the count is a contact block.
        let t = "Tomasz Wren\nAbout 2,000 words\n\nThe Lamp Keeper\n\nby Tomasz Wren\n\nThe lamp was dark.\n";
        assert_eq!(Doc::read_by(t, read).untaken(), "The lamp was dark.");
    }

    #[test]
    fn word_counts() {
        for t in ["About 2,100 words", "approx. 5000 words", "3,400 words"] {
            assert!(is_word_count(t), "{t}");
        }
        assert!(!is_word_count("About a thousand words"));
    }
}
