//! Story-downloader text files, tests: small files as download tools and FicHub write them.

use super::*;

const FILE: &str = "the glass orchard\nby quietmoth\nhttps://www.wattpad.com/story/1-the-glass-orchard\n\n\
Reads: 1,204 | Votes: 98 | Parts: 2 | Complete\nTags: fluff, orchards\n\n\
a story about apples.\n\nDownloaded with wattpad-dl 2.3.1 on 2025-06-14\n\n\
========================================\n\n1. the first tree\n\nThe orchard was glass.\n\n\
A/N: more soon!\n\n========================================\n\n2. the second tree\n\n\
A/N: thank you for reading\nso far\n\nIt rang when the wind came.\n";

#[test]
fn the_header_is_read_and_the_rules_open_parts() {
    let doc = Doc::read_by(FILE, read);
    assert_eq!(doc.out.title.as_deref(), Some("the glass orchard"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("quietmoth"));
    assert_eq!(
        doc.out.meta.url.as_deref(),
        Some("https://www.wattpad.com/story/1-the-glass-orchard")
    );
    assert_eq!(doc.out.meta.tags, ["fluff", "orchards"]);
    assert_eq!(doc.out.summary[0].text, "a story about apples.");
    assert_eq!(
        doc.untaken(),
        "The orchard was glass.\nA/N: more soon!\n2. the second tree\nA/N: thank you for reading\nso far\nIt rang when the wind came."
    );
    assert_eq!(doc.out.lead_heading.unwrap().text, "1. the first tree");
    assert_eq!(doc.out.headings, [22]);
    // The parts' own notes, at their places: over the rule and under the heading.
    assert_eq!(doc.out.notes, [(18, 18), (24, 25)]);
}

#[test]
fn a_story_with_a_byline_and_a_rule_but_no_address_is_left_alone() {
    let text = "The Glass Orchard\nby quietmoth\n\nThe orchard was glass.\n\n\
========================================\n\nIt rang when the wind came.\n";
    let doc = Doc::read_by(text, read);
    assert!(doc.out.title.is_none());
    assert_eq!(doc.untaken().lines().count(), 5);
}

/// A story pasted with its title, byline and address over its own opening and a
/// divider keeps its opening as story text.
#[test]
fn a_story_opening_under_its_address_is_no_blurb() {
    let text = "The Glass Orchard\nby quietmoth\nhttps://example.org/works/1\n\n\
The orchard was glass, and it rang.\n\n========================================\n\n\
It rang again by morning.\n";
    let doc = Doc::read_by(text, read);
    assert!(doc.out.summary.is_empty());
    assert!(doc.untaken().contains("The orchard was glass"));
}

/// A story whose opening line starts as a tool's line would ("Downloaded from…",
/// "Saved by…") keeps it, and the prose under it, as story text.
#[test]
fn a_sentence_opening_like_a_tool_line_is_the_storys() {
    for first in [
        "Downloaded from the drone at four in the morning, the footage showed nothing.",
        "Saved by the bell, Nadia thought, and shut her notebook.",
        "Downloaded from the drone at dawn.",
    ] {
        let text = format!(
            "The Archive\nby Ana Petrakis\n\n{first}\n\n==============================\n\n\
Nothing, that is, until the ninth minute.\n"
        );
        let doc = Doc::read_by(&text, read);
        assert!(doc.out.title.is_none(), "{first}");
        assert_eq!(doc.untaken().lines().count(), 5, "{first}");
    }
    assert!(is_tool_line(
        "Downloaded with wattpad-dl 2.3.1 on 2025-06-14"
    ));
    assert!(is_tool_line("Saved by FicSave on June 14, 2025."));
}

/// FicHub's text export: its addresses, counts and export line filed or dropped, its
/// dashed rule no break, the first chapter's heading and note, and the next
/// chapter's heading numbered on from the first with no rule over it.
#[test]
fn a_fichub_text_export_is_read() {
    let text = "Le Phare\nby gull_ink\n\nSource: https://www.wattpad.com/story/1-le-phare\n\
Author: https://www.wattpad.com/user/gull_ink\nChapters: 2\nWords: 40\nStatus: complete\n\
Exported: 2024-01-02 via FicHub (https://fichub.net/)\n\nSummary:\nUn phare, une nuit.\n\n\
----------------------------------------\n\n\nChapitre 1 : La lampe\n\n\
Coucou ! Ma première histoire ici, n'hésitez pas à voter et commenter ♥\n\n\
La lampe tournait depuis cent ans.\n\nElle tournait encore.\n\n\n\n\
Chapitre 2 : Le matin\n\nLe matin vint.\n";
    let doc = Doc::read_by(text, read);
    assert_eq!(doc.out.title.as_deref(), Some("Le Phare"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("gull_ink"));
    assert_eq!(
        doc.out.meta.url.as_deref(),
        Some("https://www.wattpad.com/story/1-le-phare")
    );
    assert_eq!(doc.out.summary[0].text, "Un phare, une nuit.");
    assert_eq!(doc.out.meta.status.as_deref(), Some("complete"));
    assert_eq!(
        doc.out.lead_heading.as_ref().unwrap().text,
        "Chapitre 1 : La lampe"
    );
    assert_eq!(doc.out.preface.len(), 1);
    assert!(doc.out.preface[0].text.starts_with("Coucou !"));
    assert_eq!(doc.out.headings, [27]);
    assert_eq!(
        doc.untaken(),
        "La lampe tournait depuis cent ans.\nElle tournait encore.\n\
Chapitre 2 : Le matin\nLe matin vint."
    );
    // The same line as one paragraph of the story, with one blank line over it, stays.
    let text = text.replace("encore.\n\n\n\n", "encore.\n\n");
    assert!(Doc::read_by(&text, read).out.headings.is_empty());
}

#[test]
fn counts_lines() {
    assert!(is_counts_line(
        "Reads: 48,213 | Votes: 3,118 | Parts: 2 | Complete"
    ));
    assert!(is_counts_line("Reads: 3.4K · Votes: 281"));
    assert!(!is_counts_line("She said: 3 | he said: no"));
    assert!(!is_counts_line("Reads: 14 | Late: 2 | Lost: 0"));
}
