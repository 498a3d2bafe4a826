//! Downloaded works: an author's note written inside the chapter text → the work's notes.
//!
//! Input: a [`Work`] as a reader filled it (FanFicFare's output of a site with no note
//! blocks, such as FanFiction.Net, keeps "A/N: …" paragraphs inside the chapter text) and
//! the chapter's `preface`/`afterword` overrides. Output: the same work with a note at the
//! top of its first chapter moved to its notes and one at the bottom of its last chapter
//! to its end notes; a note opening or closing a chapter between stays that chapter's
//! own note, at its place. The decision is the text reader's own ([`parts::split`]), run on the
//! chapter's paragraphs, so a `.txt` story and its HTML download split alike; its reasons
//! go to `quire inspect`, counted in paragraphs of the chapter rather than lines.

use super::headings::is_end_mark;
use super::lines::Layout;
use super::paragraphs::{RawPara, is_lone_dash};
use super::parts::{self, Overrides};
use super::work::Work;
use crate::model::{Block, plain_text};

/// Moves a leading note of the first chapter to `work.notes` and a closing note of the
/// last chapter to the front of `work.end_notes`. A chapter whose own note blocks stand
/// between its text and the work's notes keeps its text, so no words change order. The
/// chapters between keep their own notes at their place: a note opening a later chapter
/// ("A/N: thank you to everyone who reviewed") becomes that chapter's notes, one closing
/// an earlier chapter its end notes.
pub(crate) fn take_notes(work: &mut Work, ov: Overrides) {
    let ov = Overrides {
        title_in_text: Some(false),
        ..ov
    };
    let last = work.parts.len().saturating_sub(1);
    for k in 0..work.parts.len() {
        let p = &work.parts[k];
        let head_free = p.summary.is_empty() && p.notes.is_empty();
        let head_ov = Overrides {
            afterword: if k == last { ov.afterword } else { Some(0) },
            // A later chapter's note is found only by its label or its talk, never
            // given by a count meant for the story's preface.
            preface: if k == 0 { ov.preface } else { None },
            ..ov
        };
        if head_free && let Some(moved) = lead_note(work, k, head_ov) {
            let into = if k == 0 {
                &mut work.notes
            } else {
                &mut work.parts[k].notes
            };
            into.extend(moved);
        }
        let p = &work.parts[k];
        let tail_free = p.end_notes.is_empty() && (k < last || work.end_notes.is_empty());
        let tail_ov = Overrides {
            preface: Some(0),
            afterword: if k == last { ov.afterword } else { None },
            ..ov
        };
        if tail_free && let Some(moved) = tail_note(work, k, tail_ov) {
            let into = if k == last {
                &mut work.end_notes
            } else {
                &mut work.parts[k].end_notes
            };
            into.splice(0..0, moved);
        }
        // The end mark closing the story, with no note after it, or over a note found by
        // its label across a rule ("~ THE END ~", a rule, "A/N: …").
        if k == last {
            closing_end_mark(work, k);
        }
    }
}

/// Leaves out the end mark ("The End", "Fin", "EINDE") that closes the last chapter's
/// text, the closing note taken off, as the text reader leaves it out: it ends the story and is none of
/// its words. Blank paragraphs (a word processor's `&nbsp;` spacers) before it go too.
fn closing_end_mark(work: &mut Work, k: usize) {
    let body = &mut work.parts[k].body;
    let mut end = body.len();
    while end > 0 && (body[end - 1] == Block::SceneBreak || body[end - 1].is_blank()) {
        end -= 1;
    }
    let Some(at) = end.checked_sub(1) else {
        return;
    };
    let mark = matches!(body[at], Block::Paragraph(_)) && is_end_mark(&block_text(&body[at]));
    // A story of its end mark and one paragraph is too little to tell.
    let text_before = body[..at]
        .iter()
        .filter(|b| matches!(b, Block::Paragraph(_)) && !b.is_blank())
        .count();
    if !mark || text_before < 2 {
        return;
    }
    let text = block_text(&body[at]);
    body.truncate(at);
    while body
        .last()
        .is_some_and(|b| *b == Block::SceneBreak || b.is_blank())
    {
        body.pop();
    }
    work.decisions.push(format!(
        "chapter {}: the end mark \"{text}\" closing the story is left out",
        k + 1
    ));
}

/// Takes the note opening chapter `k`'s text off it (the divider after it too).
fn lead_note(work: &mut Work, k: usize, ov: Overrides) -> Option<Vec<Block>> {
    let body = &work.parts[k].body;
    let split = parts::split(&raw_paras(body), ov);
    let n = split.preface.len();
    // The story starts at its first paragraph: a divider between the note and the
    // story ("oOo") goes with the note, and is not a scene break.
    let start = split.body.first().copied().unwrap_or(n).max(n);
    if n == 0 || start >= body.len() {
        return None;
    }
    // A chapter's heading over the note (a page's `<h1>`) heads the story, not the note.
    let headed = body[..start]
        .iter()
        .take_while(|b| matches!(b, Block::Heading(_)))
        .count();
    if headed == n {
        return None;
    }
    note_decisions(&mut work.decisions, &split.decisions, k + 1, "preface");
    let moved: Vec<Block> = work.parts[k].body.drain(headed..start).collect();
    let body = &mut work.parts[k].body;
    let lead = body[headed..].iter().take_while(|b| is_break(b)).count();
    body.drain(headed..headed + lead);
    Some(moved.into_iter().filter(|b| !is_break(b)).collect())
}

/// Takes the note closing chapter `k`'s text off it (the divider before it too).
fn tail_note(work: &mut Work, k: usize, ov: Overrides) -> Option<Vec<Block>> {
    let body = &work.parts[k].body;
    let split = parts::split(&raw_paras(body), ov);
    let n = split.afterword.len();
    let at = split
        .body
        .last()
        .map_or(body.len().saturating_sub(n), |&b| b + 1)
        .min(body.len().saturating_sub(n));
    if n == 0 || n >= body.len() {
        return None;
    }
    note_decisions(&mut work.decisions, &split.decisions, k + 1, "afterword");
    let moved: Vec<Block> = work.parts[k].body.drain(at..).collect();
    let body = &mut work.parts[k].body;
    while body.last().is_some_and(is_break) {
        body.pop();
    }
    // The story's end mark ("Fin", "THE END") between it and the note is neither: it is
    // left out, as the text reader leaves it out.
    let mark = |b: &Block| matches!(b, Block::Paragraph(_)) && is_end_mark(&block_text(b));
    let marks: Vec<String> = moved.iter().filter(|b| mark(b)).map(block_text).collect();
    if !marks.is_empty() {
        work.decisions.push(format!(
            "chapter {}: the end mark \"{}\" before the closing note is left out",
            k + 1,
            marks.join("\", \"")
        ));
    }
    Some(
        moved
            .into_iter()
            .filter(|b| !is_break(b) && !mark(b))
            .collect(),
    )
}

/// The chapter's blocks as the text reader's paragraphs, numbered from 1.
fn raw_paras(body: &[Block]) -> Vec<RawPara> {
    body.iter()
        .enumerate()
        .map(|(k, b)| RawPara {
            text: block_text(b),
            line: k + 1,
            lines: 1,
            scene_break: is_break(b),
            layout: Layout::Single,
            ..RawPara::default()
        })
        .collect()
}

/// A scene break, or a paragraph of a lone dash: a page's `<p>—</p>` set apart between
/// a note and the story, a break as a lone dash set apart in a text is.
fn is_break(b: &Block) -> bool {
    *b == Block::SceneBreak
        || matches!(b, Block::Paragraph(_)) && is_lone_dash(block_text(b).trim())
}

fn block_text(b: &Block) -> String {
    match b {
        Block::Paragraph(inl) => plain_text(inl),
        Block::Stanza(_) | Block::List(_) | Block::Footnotes(_) => b.plain(),
        Block::SceneBreak => "* * *".to_string(),
        Block::Heading(h) => h.clone(),
        Block::Note(blocks) | Block::Quote(blocks) => {
            blocks.iter().map(block_text).collect::<Vec<_>>().join(" ")
        }
    }
}

/// The text reader's reasons for `part` (preface or afterword), said of the chapter's
/// paragraphs.
fn note_decisions(out: &mut Vec<String>, why: &[String], chapter: usize, part: &str) {
    for d in why.iter().filter(|d| d.starts_with(part)) {
        let d = d
            .replace("lines ", "paragraphs ")
            .replace("line ", "paragraph ");
        out.push(format!("chapter {chapter}: {d}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;
    use crate::source::work::Part;

    fn para(t: &str) -> Block {
        Block::Paragraph(vec![Inline::Text(t.to_string())])
    }

    fn work(chapters: &[&[&str]]) -> Work {
        Work {
            parts: chapters
                .iter()
                .map(|c| Part {
                    body: c.iter().map(|t| para(t)).collect(),
                    ..Part::default()
                })
                .collect(),
            ..Work::default()
        }
    }

    const FIRST: &[&str] = &[
        "A/N: This one is for the lighthouse crowd. Thank you for reading!",
        "The fog came in at six and did not leave.",
        "Ines counted the bells from the harbour, as her mother had taught her.",
    ];
    const LAST: &[&str] = &[
        "By morning the lamp was lit again.",
        "She wrote the date in the log and went to sleep.",
        "N/A: Gracias por leer, nos vemos en la próxima historia.",
    ];

    /// A page's chapter heading over the opening note heads the story: the note under
    /// it is the preface, the heading stays over the text.
    #[test]
    fn a_heading_over_the_opening_note_stays_with_the_story() {
        let mut w = work(&[FIRST]);
        w.parts[0]
            .body
            .insert(0, Block::Heading("Part One: Fog".into()));
        take_notes(&mut w, Overrides::default());
        assert_eq!(w.notes, vec![para(FIRST[0])]);
        assert_eq!(
            w.parts[0].body,
            vec![
                Block::Heading("Part One: Fog".into()),
                para(FIRST[1]),
                para(FIRST[2])
            ]
        );
    }

    /// The end mark between the story and its closing note goes with neither.
    #[test]
    fn an_end_mark_before_the_closing_note_is_left_out() {
        let mut w = work(&[&[
            "She waved back.",
            "Fin",
            "Thank you for reading! Comments are always welcome, even very short ones.",
        ]]);
        take_notes(&mut w, Overrides::default());
        assert_eq!(w.parts[0].body, vec![para("She waved back.")]);
        assert_eq!(
            w.end_notes,
            vec![para(
                "Thank you for reading! Comments are always welcome, even very short ones."
            )]
        );
        assert!(w.decisions.iter().any(|d| d.contains("\"Fin\"")));
    }

    /// An old home page's "~ THE END ~" over a rule and a labelled note: the note is
    /// the afterword and the end mark goes with neither.
    #[test]
    fn an_end_mark_over_a_rule_and_a_labelled_note_is_left_out() {
        let mut w = work(&[&[
            "The comet went over the barn.",
            "Nobody else saw it.",
            "~ THE END ~",
        ]]);
        w.parts[0].body.push(Block::SceneBreak);
        w.parts[0]
            .body
            .push(para("A/N: My first fic!! Email me what you thought."));
        take_notes(&mut w, Overrides::default());
        assert_eq!(
            w.parts[0].body,
            vec![
                para("The comet went over the barn."),
                para("Nobody else saw it.")
            ]
        );
        assert_eq!(w.end_notes.len(), 1);
    }

    /// A page's lone dash (`<p>—</p>`) between an unlabelled note and the story parts
    /// them as a divider does, and goes with neither.
    #[test]
    fn a_lone_dash_under_a_note_parts_it_from_the_story() {
        let note =
            "anon asked for a power cut fic and i am nothing if not obedient, we die like men";
        let mut w = work(&[&[
            note,
            "\u{2014}",
            "The power went at nine.",
            "She lit a candle.",
        ]]);
        take_notes(&mut w, Overrides::default());
        assert_eq!(w.notes, vec![para(note)]);
        assert_eq!(
            w.parts[0].body,
            vec![para("The power went at nine."), para("She lit a candle.")]
        );
    }

    #[test]
    fn labelled_notes_at_the_ends_of_the_text_become_the_works_notes() {
        let mut w = work(&[FIRST, &["Between the bells she slept."], LAST]);
        take_notes(&mut w, Overrides::default());
        assert_eq!(w.notes, vec![para(FIRST[0])]);
        assert_eq!(w.end_notes, vec![para(LAST[2])]);
        assert_eq!(w.parts[0].body.len(), 2);
        assert_eq!(w.parts[1].body.len(), 1);
        assert_eq!(w.parts[2].body.len(), 2);
        assert!(
            w.decisions
                .iter()
                .any(|d| d.starts_with("chapter 1: preface: paragraph 1")),
            "{:?}",
            w.decisions
        );
        assert!(
            w.decisions
                .iter()
                .any(|d| d.starts_with("chapter 3: afterword: paragraph 3")),
            "{:?}",
            w.decisions
        );
    }

    /// The divider between a note and the story ("oOo") is neither note nor a scene
    /// break of the story.
    #[test]
    fn a_divider_after_the_opening_note_goes_with_it() {
        let mut w = work(&[&[FIRST[0], "oOo", FIRST[1], FIRST[2]], LAST]);
        w.parts[0].body[1] = Block::SceneBreak;
        take_notes(&mut w, Overrides::default());
        assert_eq!(w.notes, vec![para(FIRST[0])]);
        assert_eq!(w.parts[0].body, vec![para(FIRST[1]), para(FIRST[2])]);
    }

    #[test]
    fn a_one_chapter_work_loses_both_notes_and_keeps_its_story() {
        let mut all: Vec<&str> = FIRST.to_vec();
        all.extend(LAST);
        let mut w = work(&[&all]);
        take_notes(&mut w, Overrides::default());
        assert_eq!(w.notes, vec![para(FIRST[0])]);
        assert_eq!(w.end_notes, vec![para(LAST[2])]);
        assert_eq!(w.parts[0].body.len(), 4);
    }

    #[test]
    fn overrides_and_note_blocks_keep_the_text_in_place() {
        let mut w = work(&[FIRST, LAST]);
        take_notes(
            &mut w,
            Overrides {
                preface: Some(0),
                afterword: Some(0),
                title_in_text: None,
            },
        );
        assert!(w.notes.is_empty() && w.end_notes.is_empty());
        // A chapter's own notes block before the text: the text's note stays after it.
        let mut w = work(&[FIRST, LAST]);
        w.parts[0].notes.push(para("Chapter note."));
        w.end_notes
            .push(para("Author's closing note from the site."));
        take_notes(&mut w, Overrides::default());
        assert!(w.notes.is_empty());
        assert_eq!(w.end_notes.len(), 1);
        assert_eq!(w.parts[0].body.len(), 3);
        assert_eq!(w.parts[1].body.len(), 3);
    }

    /// FanFicFare's HTML of a FanFiction.Net story keeps each chapter's "A/N:" in its
    /// text: a later chapter's opening note is that chapter's note, at its place.
    #[test]
    fn a_later_chapters_opening_note_is_its_own() {
        let second: &[&str] = &[
            "A/N: Thank you to everyone who reviewed the first chapter!",
            "oOo",
            "The far bank was further than it looked.",
            "She rowed anyway.",
        ];
        let mut w = work(&[&FIRST[1..], second, &LAST[..2]]);
        w.parts[1].body[1] = Block::SceneBreak;
        take_notes(&mut w, Overrides::default());
        assert_eq!(w.parts[1].notes, vec![para(second[0])]);
        assert_eq!(w.parts[1].body, vec![para(second[2]), para(second[3])]);
        assert!(w.notes.is_empty() && w.end_notes.is_empty());
        // A chapter that opens with its story keeps it.
        let mut w = work(&[&FIRST[1..], &second[2..], &LAST[..2]]);
        let before = w.clone();
        take_notes(&mut w, Overrides::default());
        assert_eq!(w.parts, before.parts);
    }

    #[test]
    fn story_text_without_a_label_stays() {
        let mut w = work(&[&FIRST[1..], &LAST[..2]]);
        let before = w.clone();
        take_notes(&mut w, Overrides::default());
        assert_eq!(w.parts, before.parts);
        assert!(w.notes.is_empty() && w.end_notes.is_empty());
    }

    /// An end mark closing the last chapter with no note after it is left out, blank
    /// spacer paragraphs before it too; one closing an earlier chapter, or a story too
    /// short to tell, stays.
    #[test]
    fn a_closing_end_mark_is_left_out() {
        let blank = para("\u{a0}");
        let mut w = work(&[
            &["He left."],
            &["She stayed.", "The lamp burned.", "Eén plek vrij."],
        ]);
        w.parts[0].body.push(para("EINDE"));
        w.parts[1].body.extend([blank, para("EINDE")]);
        take_notes(&mut w, Overrides::default());
        let plain = |b: &[Block]| b.iter().map(Block::plain).collect::<Vec<_>>();
        assert_eq!(plain(&w.parts[0].body), vec!["He left.", "EINDE"]);
        assert_eq!(
            plain(&w.parts[1].body),
            vec!["She stayed.", "The lamp burned.", "Eén plek vrij."]
        );
        assert!(w.end_notes.is_empty());
        let mut w = work(&[&["The End"], &["It was."]]);
        w.parts[1].body.push(para("The End"));
        take_notes(&mut w, Overrides::default());
        assert_eq!(plain(&w.parts[1].body), vec!["It was.", "The End"]);
    }
}
