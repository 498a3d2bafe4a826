//! What the creator-platform readers (`patreon`, `kofi`, `pillowfort`) share: a post's
//! title without the access mark a creator adds to it, the story's title set again in
//! bold at the top of the post, and the author's notes set apart over and under the
//! story.
//!
//! Input: a post's title, or the [`Work`] a reader filled from a post. Output: the
//! title without its mark; the work without the title again and with its notes
//! taken. A creator posts a story among notes to their supporters: a line or two in
//! italics, a blank line or a rule, the story, a rule or a blank line, a line or two in
//! italics again. Pure: no I/O.

use crate::model::{Block, Inline};
use crate::source::html::frame::{
    all_emphasised, note_over_rule_by, note_under_rule_by, talks_as_author,
};
use crate::source::notes::addresses_readers;
use crate::source::work::Work;
use crate::typography;

/// Words that mark a post as one for some supporters, or early (lowercase): the mark a
/// creator puts after a story's title ("(Early Access)", "[Patron Preview]").
const ACCESS: &[&str] = &[
    "early access",
    "patron",
    "patreon",
    "exclusive",
    "preview",
    "sneak peek",
    "members only",
    "supporters",
    "subscribers",
    "ko-fi",
    "kofi",
];

/// The title without a trailing access mark in brackets or after a dash: "The Night
/// Baker (Early Access)" → "The Night Baker"; a title whose brackets say anything else
/// ("Lamps (Part 2)") stays whole.
pub(crate) fn without_access_mark(title: &str) -> String {
    let t = title.trim();
    let cut = [('(', ')'), ('[', ']'), ('{', '}')]
        .iter()
        .find_map(|(open, close)| {
            let inner = t.strip_suffix(*close)?;
            let at = inner.rfind(*open)?;
            Some((at, &inner[at + open.len_utf8()..]))
        })
        .or_else(|| {
            [" - ", " – ", " — ", " | "]
                .iter()
                .filter_map(|sep| t.rfind(sep).map(|at| (at, &t[at + sep.len()..])))
                .max_by_key(|(at, _)| *at)
        });
    match cut {
        Some((at, mark)) if at > 0 && is_access(mark) => t[..at].trim().to_string(),
        _ => t.to_string(),
    }
}

/// Whether a mark's words (a few at most) say who may read the post, or when.
fn is_access(mark: &str) -> bool {
    let m = mark.to_lowercase();
    m.split_whitespace().count() <= 5 && ACCESS.iter().any(|a| m.contains(a))
}

/// How many blocks from the top of the text the story's title may stand again.
const TITLE_AGAIN_WITHIN: usize = 4;

/// Takes the story's title set again at the top of the post's text (a paragraph all in
/// bold or italics, or a heading, that is the title or the post's title) out of the
/// story: it is the title. A blank paragraph takes its place between a note over it and
/// the story under it, the gap it made.
pub(crate) fn title_again(work: &mut Work, post_title: Option<&str>, lang: &str) {
    let names: Vec<String> = work
        .title
        .iter()
        .map(String::as_str)
        .chain(post_title)
        .flat_map(|t| {
            let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
            [typography::apply_str(&t, lang), t]
        })
        .collect();
    let Some(part) = work.parts.first_mut() else {
        return;
    };
    let is_title = |b: &Block| match b {
        Block::Paragraph(inl) => {
            all_emphasised(inl) && names.contains(&b.plain().trim().to_string())
        }
        Block::Heading(h) => names.contains(h),
        _ => false,
    };
    let Some(at) = part.body.iter().take(TITLE_AGAIN_WITHIN).position(is_title) else {
        return;
    };
    let gap_before =
        at == 0 || part.body[at - 1].is_blank() || part.body[at - 1] == Block::SceneBreak;
    if gap_before {
        part.body.remove(at);
    } else {
        part.body[at] = Block::Paragraph(vec![Inline::Text("\u{a0}".into())]);
    }
    work.decisions
        .push("the title set again at the top of the post's text is the title".into());
}

/// Words a creator talks of to supporters in a note on a post (lowercase): the piece,
/// the platform's supporters and their money, where else it is posted. Each is a word
/// of the note, or the start of one ("patrons", "commissions", "thanks").
const POST_TALK: &[&str] = &[
    "fic",
    "piece",
    "zine",
    "patron",
    "supporter",
    "tier",
    "coffee",
    "commission",
    "early",
    "repost",
    "post",
    "thank",
];

/// Whether a note on a post talks like its author: as any author's note does, or
/// speaking to the readers of the piece, its supporters or the post.
fn talks_to_supporters(text: &str) -> bool {
    let t = text.to_lowercase();
    let post_word = t.split(|c: char| !c.is_alphanumeric()).any(|w| {
        POST_TALK
            .iter()
            .any(|p| w.strip_prefix(p).is_some_and(|r| r.len() <= 2))
    });
    talks_as_author(text) || (addresses_readers(text) && post_word)
}

/// Takes the notes set apart over and under the story, the preface and afterword,
/// then the blank lines the post's editor kept, which mark no scene break.
pub(crate) fn set_apart_notes(work: &mut Work) {
    note_over_rule_by(work, talks_to_supporters);
    note_under_rule_by(work, talks_to_supporters);
    let Some(part) = work.parts.first_mut() else {
        return;
    };
    let gaps = part.body.iter().filter(|b| b.is_blank()).count();
    part.body.retain(|b| !b.is_blank());
    if gaps > 0 {
        work.decisions.push(format!(
            "{gaps} blank paragraph(s) of the post's editor are left out: they mark no scene break"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_access_mark_is_no_part_of_the_title() {
        assert_eq!(
            without_access_mark("The Night Baker (Early Access)"),
            "The Night Baker"
        );
        assert_eq!(without_access_mark("Lamps [Patron Preview]"), "Lamps");
        assert_eq!(without_access_mark("Lamps - Patreon exclusive"), "Lamps");
        assert_eq!(without_access_mark("Lamps (Part 2)"), "Lamps (Part 2)");
        assert_eq!(without_access_mark("(Early Access)"), "(Early Access)");
        assert_eq!(without_access_mark("Mend - a story"), "Mend - a story");
    }

    /// A note on a post speaks to its readers of the piece or their support; a
    /// narrator's first-person italics do not.
    #[test]
    fn a_note_on_a_post_talks_to_its_supporters() {
        assert!(talks_to_supporters(
            "My piece for the zine is finally free to post! Mild peril."
        ));
        assert!(talks_to_supporters("Thanks to my patrons for the flour!"));
        assert!(!talks_to_supporters(
            "I remember the sea, and my mother's hands."
        ));
        assert!(!talks_to_supporters("The postman came early."));
    }

    /// The story's title set again in bold under the note is the title; the gap it
    /// leaves parts the note from the story.
    #[test]
    fn the_title_again_under_the_note_is_the_title() {
        let para = |s: &str| Block::Paragraph(vec![Inline::Text(s.into())]);
        let bold = |s: &str| Block::Paragraph(vec![Inline::Strong(vec![Inline::Text(s.into())])]);
        let mut work = Work {
            title: Some("Lamps".into()),
            ..Work::default()
        };
        work.current().body = vec![para("Hi all!"), bold("Lamps"), para("It rained.")];
        title_again(&mut work, Some("Lamps (Early Access)"), "en");
        let body = &work.parts[0].body;
        assert_eq!(body.len(), 3);
        assert!(body[1].is_blank());
        // A bold line that is not the title stays.
        work.parts[0].body = vec![bold("Lamplight"), para("It rained.")];
        title_again(&mut work, None, "en");
        assert_eq!(work.parts[0].body.len(), 2);
    }
}
