//! A story's epigraph in a text file → set apart at its head, as a page's epigraph is
//! (`html/epigraph.rs`): not the story's words, not an author's note.
//!
//! Input: the story's body blocks, quotes already found (a Markdown `>` passage, an
//! indented one). Output: the same blocks, a short quote that opens the story and ends
//! with its attribution ("— Matsuo Bashō", "-- ma grand-mère, 1994") turned into a
//! [`Block::Note`] at the head of the body; and why, for `quire inspect`.

use crate::model::Block;

/// Most words an epigraph holds, its attribution with it.
const MAX_WORDS: usize = 80;

/// Sets apart the quote that opens `body` when it is an epigraph.
pub(super) fn set_apart(body: &mut [Block], decisions: &mut Vec<String>) {
    let [Block::Quote(quote), next, ..] = body else {
        return;
    };
    if matches!(next, Block::SceneBreak | Block::Heading(_)) {
        return;
    }
    let text = quote
        .iter()
        .map(Block::plain)
        .collect::<Vec<_>>()
        .join("\n");
    let attributed = text
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| {
            let l = l.trim_start();
            l.starts_with(['—', '―', '–', '~']) || l.starts_with("--") || l.starts_with("- ")
        });
    if !attributed || text.split_whitespace().count() > MAX_WORDS {
        return;
    }
    let Block::Quote(q) = std::mem::replace(&mut body[0], Block::SceneBreak) else {
        return;
    };
    body[0] = Block::Note(q);
    decisions.push(
        "epigraph: the quoted passage that opens the story, with its attribution under it, \
         is its epigraph, set apart at its head, not the story's words"
            .to_string(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;

    fn para(t: &str) -> Block {
        let mut inl = Vec::new();
        for (k, l) in t.split('\n').enumerate() {
            if k > 0 {
                inl.push(Inline::LineBreak);
            }
            inl.push(Inline::Text(l.to_string()));
        }
        Block::Paragraph(inl)
    }

    #[test]
    fn an_attributed_opening_quote_is_the_epigraph() {
        let mut body = vec![
            Block::Quote(vec![para("Trains do not stop.\n— my grandmother, 1994")]),
            para("The train left."),
        ];
        let mut why = Vec::new();
        set_apart(&mut body, &mut why);
        assert!(matches!(body[0], Block::Note(_)), "{body:?}");
        assert_eq!(why.len(), 1);
    }

    #[test]
    fn a_letter_quoted_first_is_no_epigraph() {
        for first in [
            Block::Quote(vec![para("Dear Ann,\nCome home.\nYour Tom")]),
            Block::Quote(vec![para("Come home.\n— Tom")]),
        ] {
            let unattributed = matches!(&first, Block::Quote(q) if !q[0].plain().contains('—'));
            let mut body = vec![first, para("She read it twice.")];
            if !unattributed {
                // An attributed quote right before a scene break opens no story.
                body.insert(1, Block::SceneBreak);
            }
            set_apart(&mut body, &mut Vec::new());
            assert!(matches!(body[0], Block::Quote(_)), "{body:?}");
        }
    }
}
