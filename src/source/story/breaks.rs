//! Story stage, scene breaks: the dividers left in a story's body after its parts are
//! found, tidied — none at the story's start or end, none twice in a row, none right
//! under a heading.

use crate::model::Block;

/// Scene breaks at the very start or end of a story, doubled, or right under a heading
/// separate nothing.
pub(super) fn tidy_scene_breaks(body: &mut Vec<Block>, decisions: &mut Vec<String>) {
    let before = body.len();
    // Drained at once: removing the first one at a time is quadratic in a run of them.
    let lead = body.iter().take_while(|b| **b == Block::SceneBreak).count();
    body.drain(..lead);
    while body.last() == Some(&Block::SceneBreak) {
        body.pop();
    }
    body.dedup_by(|a, b| *a == Block::SceneBreak && *b == Block::SceneBreak);
    // A divider right under a heading parts nothing the heading does not (a chapter's
    // title over the divider after its note).
    let mut under_heading = false;
    body.retain(|b| {
        let keep = !(under_heading && *b == Block::SceneBreak);
        under_heading = matches!(b, Block::Heading(_));
        keep
    });
    let dropped = before - body.len();
    if dropped > 0 {
        decisions.push(format!(
            "scene breaks: dropped {dropped} that stood at the story's start or end, next to another or beside a heading"
        ));
    }
}
