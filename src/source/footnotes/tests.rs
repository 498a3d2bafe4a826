//! Footnotes typed as text, tests: small bodies of paragraphs with `[n]` and Markdown
//! `[^n]` markers and their lists, linked or left as typed.

use super::*;
use crate::model::plain_text;

fn t(s: &str) -> Inline {
    Inline::Text(s.into())
}

fn para(s: &str) -> Block {
    let mut inl = Vec::new();
    for (k, line) in s.split('\n').enumerate() {
        if k > 0 {
            inl.push(Inline::LineBreak);
        }
        inl.push(t(line));
    }
    Block::Paragraph(inl)
}

fn run(body: &mut Vec<Block>) -> Vec<String> {
    let text: String = body.iter().map(|b| b.plain() + "\n\n").collect();
    let mut why = Vec::new();
    link(body, &text, &mut why);
    why
}

fn words(body: &[Block]) -> String {
    body.iter().map(Block::plain).collect::<Vec<_>>().join("\n")
}

#[test]
fn markers_and_their_list_become_linked_notes() {
    let mut body = vec![
        para("The big wooden needle[1] stopped in her hand."),
        para("Her γιαγιά[2] laughed."),
        para("Footnotes:\n[1] The netting needle.\n[2] Grandmother."),
        para("The sea remembers.[3]"),
        para("Footnotes:\n[3] \"The sea remembers.\""),
    ];
    let before = words(&body);
    let why = run(&mut body);
    assert_eq!(words(&body), before, "every word once, in order");
    assert_eq!(
        body[0],
        Block::Paragraph(vec![
            t("The big wooden needle"),
            Inline::NoteRef {
                marker: "[1]".into(),
                id: 1
            },
            t(" stopped in her hand."),
        ])
    );
    let Block::Footnotes(f) = &body[2] else {
        panic!("a list of notes: {:?}", body[2]);
    };
    assert_eq!(plain_text(&f.label), "Footnotes:");
    assert_eq!(f.notes.len(), 2);
    assert_eq!((f.notes[1].id, &f.notes[1].marker[..]), (2, "[2]"));
    assert_eq!(plain_text(&f.notes[1].text), " Grandmother.");
    let Block::Footnotes(g) = &body[4] else {
        panic!("the second post's notes: {:?}", body[4]);
    };
    assert_eq!((g.notes[0].id, &g.notes[0].marker[..]), (3, "[3]"));
    assert!(matches!(
        &body[3],
        Block::Paragraph(inl) if inl[1] == Inline::NoteRef { marker: "[3]".into(), id: 3 }
    ));
    assert_eq!(
        why,
        vec![
            "footnotes: 2 markers [1]–[2] linked to the list at line 6".to_string(),
            "footnotes: 1 marker [3] linked to the list at line 12".to_string(),
        ]
    );
}

#[test]
fn a_marker_without_its_note_or_a_list_without_markers_stays_text() {
    let cases: Vec<Vec<Block>> = vec![
        // [2] has no note.
        vec![
            para("One[1] and two[2]."),
            para("Footnotes:\n[1] The first."),
        ],
        // A list with no marker before it.
        vec![para("No markers here."), para("Notes:\n[1] A note.")],
        // A marker typed twice.
        vec![
            para("One[1] and one[1]."),
            para("Footnotes:\n[1] The first."),
        ],
        // Markers out of the list's order.
        vec![
            para("Two[2] then one[1]."),
            para("Footnotes:\n[1] The first.\n[2] The second."),
        ],
        // Numbers that skip.
        vec![
            para("One[1] and three[3]."),
            para("Footnotes:\n[1] The first.\n[3] The third."),
        ],
        // A marker in a heading, not a paragraph.
        vec![
            Block::Heading("Part[1]".into()),
            para("Footnotes:\n[1] The first."),
        ],
        // A label that is not a notes label.
        vec![para("One[1]."), para("Sources:\n[1] The first.")],
        // The marker after the list.
        vec![para("Footnotes:\n[1] The first."), para("One[1].")],
    ];
    for mut body in cases {
        let before = body.clone();
        let why = run(&mut body);
        assert_eq!(body, before, "stays text");
        assert!(why.is_empty(), "{why:?}");
    }
}

#[test]
fn a_list_without_a_label_and_markers_inside_emphasis_link() {
    let mut body = vec![
        Block::Paragraph(vec![
            t("It was "),
            Inline::Emphasis(vec![t("there[1]")]),
            t("."),
        ]),
        para("[1] Where she said."),
    ];
    let before = words(&body);
    run(&mut body);
    assert_eq!(words(&body), before);
    assert!(matches!(&body[1], Block::Footnotes(f) if f.label.is_empty() && f.notes.len() == 1));
    assert_eq!(
        body[0],
        Block::Paragraph(vec![
            t("It was "),
            Inline::Emphasis(vec![
                t("there"),
                Inline::NoteRef {
                    marker: "[1]".into(),
                    id: 1
                }
            ]),
            t("."),
        ])
    );
}

#[test]
fn a_list_of_one_paragraph_a_note_keeps_its_blocks_and_takes_its_label() {
    let mut body = vec![
        para("A needle[1] and a γιαγιά[2]."),
        para("Footnotes:"),
        para("[1] The netting needle."),
        para("[2] Grandmother."),
        Block::Heading("Part 2".into()),
    ];
    let before = words(&body);
    let why = run(&mut body);
    assert_eq!(words(&body), before);
    // A block a paragraph, as read, but the label alone on its line: it heads the notes
    // under it, as a label on the list's first line does.
    assert_eq!(body.len(), 4);
    match &body[1] {
        Block::Footnotes(f) => assert_eq!(f.label, vec![t("Footnotes:")]),
        b => panic!("{b:?}"),
    }
    let ids: Vec<(u32, String)> = body[1..3]
        .iter()
        .flat_map(|b| match b {
            Block::Footnotes(f) => f.notes.iter().map(|n| (n.id, n.marker.clone())).collect(),
            _ => Vec::new(),
        })
        .collect();
    assert_eq!(ids, vec![(1, "[1]".into()), (2, "[2]".into())]);
    assert_eq!(
        why,
        vec!["footnotes: 2 markers [1]–[2] linked to the list at line 5".to_string()]
    );
}

/// Markdown's `[^n]` markers and `[^n]: …` definitions link as typed lists do, shown as
/// Markdown renderers show them, raised numbers (`¹`: the brackets, caret and colon are
/// markup); a `[^n]` with no definition stays text.
#[test]
fn markdown_footnotes_link_and_drop_their_markup() {
    let mut body = vec![
        para("The robin's name is Gerald.[^1] He stayed."),
        para("See you on Saturday."),
        para("[^1]: Gerald is a real robin."),
    ];
    let why = run(&mut body);
    assert_eq!(
        why,
        vec!["footnotes: 1 marker [1] linked to the list at line 5".to_string()]
    );
    assert!(matches!(
        &body[0],
        Block::Paragraph(inl) if inl[1] == Inline::NoteRef { marker: "¹".into(), id: 1 }
    ));
    let Block::Footnotes(f) = &body[2] else {
        panic!("a note: {:?}", body[2]);
    };
    assert_eq!(&f.notes[0].marker[..], "¹");
    assert_eq!(plain_text(&f.notes[0].text), " Gerald is a real robin.");
    // A marker whose definition is missing, or a definition with no colon, stays text.
    let mut body = vec![para("Gerald.[^1]"), para("[^1] Gerald is a robin.")];
    assert!(run(&mut body).is_empty());
}

/// `quire inspect` names the line of each Markdown list, the second as well as the first.
#[test]
fn each_markdown_list_is_found_at_its_own_line() {
    let mut body = vec![
        para("A post.[^1]"),
        para("[^1]: One."),
        para("Another post.[^2]"),
        para("[^2]: Two."),
    ];
    assert_eq!(
        run(&mut body),
        vec![
            "footnotes: 1 marker [1] linked to the list at line 3".to_string(),
            "footnotes: 1 marker [2] linked to the list at line 7".to_string(),
        ]
    );
}

/// A note on a bulleted entry links as one in a paragraph does.
#[test]
fn a_marker_in_a_list_item_links() {
    use crate::model::List;
    let mut body = vec![
        para("The list, as of March:"),
        Block::List(List {
            ordered: false,
            start: 1,
            letters: false,
            items: vec![
                vec![para("Herring gull, 1, eating a sausage roll.[^1]")],
                vec![para("Robin, 1, on the bike rack.")],
            ],
        }),
        para("She showed it to nobody.[^2]"),
        para("[^1]: It was a whole sausage roll.\n[^2]: Not even Ted."),
    ];
    let why = run(&mut body);
    assert_eq!(why.len(), 1, "{why:?}");
    let Block::List(list) = &body[1] else {
        panic!("{:?}", body[1]);
    };
    assert!(matches!(
        &list.items[0][0],
        Block::Paragraph(inl) if inl.contains(&Inline::NoteRef { marker: "¹".into(), id: 1 })
    ));
    assert!(matches!(&body[3], Block::Footnotes(f) if f.notes.len() == 2));
}

/// A marker in a quoted passage (a text message set as a Markdown quote) links to its
/// definition as one in a paragraph does; before, the quote was skipped and the
/// definition stayed a paragraph of the story with its `[^1]:` typed.
#[test]
fn a_marker_inside_a_quote_links() {
    let mut body = vec![
        para("She read the screen."),
        Block::Quote(vec![para("RELAY-9: since the lightning[^1]")]),
        para("Noor smiled."),
        para("[^1]: The storm of 9 August."),
    ];
    let why = run(&mut body);
    assert_eq!(why.len(), 1, "{why:?}");
    let Block::Quote(q) = &body[1] else {
        panic!("{:?}", body[1])
    };
    let Block::Paragraph(inl) = &q[0] else {
        panic!("{q:?}")
    };
    assert!(
        inl.iter().any(|i| matches!(i, Inline::NoteRef { .. })),
        "{inl:?}"
    );
    assert!(matches!(body.last(), Some(Block::Footnotes(_))), "{body:?}");
}
