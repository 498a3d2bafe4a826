//! Obsidian notes read, and stories that only look like them left alone.

use super::*;

fn run(t: &str) -> Doc {
    Doc::read_by(t, |d, _| read(d))
}

#[test]
fn comments_links_and_the_links_foot_go() {
    let doc = run("# Dryer Six\n\n%%\nTODO: check the street name\n%%\n\n\
         [[Odette Marchetti|Odette]] kept the rules %%(fix)%% in the lint trap.\n\n\
         ![[lint-trap.jpg]]\n\nShe read [[Notes/Rules#Five]] twice.\n\n---\nRelated: [[Ghosts MOC]] · [[Zine]]");
    assert_eq!(
        doc.untaken(),
        "# Dryer Six\nOdette kept the rules in the lint trap.\nShe read Rules twice."
    );
}

/// A story's own "%%" and a closing line that is words, not links, stay.
#[test]
fn a_story_without_the_vaults_links_stays() {
    for t in [
        "The Sign\n\n%%\n\nIt said nothing.\n\n%%",
        "She wrote [[ and ]] on the board.\n\nRelated: her sister.",
    ] {
        assert_eq!(run(t).untaken(), Doc::new(t).untaken(), "{t}");
    }
    // Links inside a sentence are shown words; a last line of words and a link stays.
    let doc = run("She went.\n\nSee also: the [[Harbour]], where she was born.");
    assert_eq!(
        doc.untaken(),
        "She went.\nSee also: the Harbour, where she was born."
    );
}
