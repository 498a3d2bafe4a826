//! Lists and quotes in text and Markdown, tests: whole stories through the text reader,
//! the lists and quotes they make, and the dialogue, headings and logs they must not.

use super::*;
use crate::config::ChapterConfig;
use crate::model::Encoding;

/// The body of a story read by the text reader in language `lang`.
fn body(text: &str, lang: &str) -> Vec<Block> {
    body_of("s.txt", text, lang)
}

/// The body of story file `file` (its name says whether it is Markdown).
fn body_of(file: &str, text: &str, lang: &str) -> Vec<Block> {
    let entry = ChapterConfig {
        file: file.into(),
        title: Some("T".into()),
        title_in_text: Some(false),
        ..Default::default()
    };
    let (c, d) = crate::source::story::understand(&entry, text, Encoding::Utf8, lang);
    assert!(d.is_empty(), "{d:?}");
    c.body
}

fn lists(b: &[Block]) -> Vec<&List> {
    b.iter()
        .filter_map(|b| match b {
            Block::List(l) => Some(l),
            _ => None,
        })
        .collect()
}

fn items(l: &List) -> Vec<String> {
    l.items
        .iter()
        .map(|i| i.iter().map(Block::plain).collect::<Vec<_>>().join("/"))
        .collect()
}

#[test]
fn marks_open_items() {
    assert_eq!(mark("- eggs"), Some((Mark::Bullet('-'), "eggs")));
    assert_eq!(mark("• eggs"), Some((Mark::Bullet('•'), "eggs")));
    assert_eq!(mark("12. eggs"), Some((Mark::Number(12, '.'), "eggs")));
    assert_eq!(mark("3) eggs"), Some((Mark::Number(3, ')'), "eggs")));
    // Emphasis, a year, a lone mark, an en dash: not items.
    assert_eq!(mark("*eggs*"), None);
    assert_eq!(mark("1986. A year."), None);
    assert_eq!(mark("-"), None);
    assert_eq!(mark("– eggs"), None);
    assert_eq!(mark("3.5 kg"), None);
}

/// A Markdown inventory after a line that introduces it, with no blank line between
/// its items; the text after it stays a paragraph.
#[test]
fn a_bulleted_inventory_is_a_list() {
    let b = body(
        "She counted.\n\nThe list:\n\n- 14 umbrellas\n- 6 phones, 2 cracked\n- 1 trombone\n\nThen she sat.",
        "en",
    );
    let l = lists(&b);
    assert_eq!(l.len(), 1, "{b:?}");
    assert!(!l[0].ordered);
    assert_eq!(
        items(l[0]),
        ["14 umbrellas", "6 phones, 2 cracked", "1 trombone"]
    );
    assert_eq!(b.last().unwrap().plain(), "Then she sat.");
}

/// Numbers counting up make an ordered list from its first number; an item's emphasis
/// is read as in any paragraph.
#[test]
fn numbered_lines_are_an_ordered_list() {
    let b = body(
        "They did this.\n\n3. Read the *manual*;\n4. Moved the supply;\n5. Restarted it.\n\nIt ran.",
        "en",
    );
    let l = lists(&b);
    assert_eq!(l.len(), 1, "{b:?}");
    assert!(l[0].ordered);
    assert_eq!(l[0].start, 3);
    assert_eq!(items(l[0])[0], "Read the manual;");
    assert!(
        matches!(&l[0].items[0][0], Block::Paragraph(inl) if inl.iter().any(|i| matches!(i, Inline::Emphasis(_))))
    );
    assert_eq!(l[0].number(2).as_deref(), Some("5."));
}

/// A list typed in the same paragraph as the line that opens it is cut from it.
#[test]
fn a_list_under_its_opening_line() {
    let b = body(
        "One.\n\nThings I know about Kit:\n* hates rain\n* loves rain\n* owns nine umbrellas\n\nTwo.",
        "en",
    );
    let l = lists(&b);
    assert_eq!(l.len(), 1, "{b:?}");
    assert_eq!(items(l[0]).len(), 3);
    assert!(b.iter().any(|x| x.plain() == "Things I know about Kit:"));
}

/// Russian and Portuguese dialogue opened with hyphens, em and en dashes: never a list.
#[test]
fn dialogue_dashes_are_not_lists() {
    for (text, lang) in [
        (
            "Он вошёл.\n- Привет.\n- Привет, - ответила она.\n- Как дела?",
            "ru",
        ),
        ("Он вошёл.\n\n- Привет.\n- Ну и что?\n- Ничего.", "ru"),
        ("— Olá.\n— Tudo bem?\n— Tudo.", "pt-BR"),
        ("– Olá.\n– Tudo bem?\n– Tudo.", "pt-BR"),
        ("- Oi.\n- Tudo bem? - perguntou ele.\n- Tudo.", "pt-BR"),
        ("She said:\n- Hello, - and left.\n- Wait!", "en"),
    ] {
        let b = body(text, lang);
        assert!(lists(&b).is_empty(), "{text}: {b:?}");
    }
}

/// A single bulleted line, numbered headings a blank line apart, a chat log and a
/// scene break: no list.
#[test]
fn lone_lines_headings_and_logs_are_not_lists() {
    for text in [
        "Before.\n\n- just one line\n\nAfter.",
        "1. The Beginning\n\nIt began.\n\n2. The End\n\nIt ended.",
        "[9:58 PM] kit: - what\n[9:59 PM] ana: - nothing\n[10:00 PM] kit: - ok",
        "One.\n\n* * *\n\nTwo.\n\n* * *\n\nThree.",
        "1. one\n3. three\n\nSkipped numbers.",
    ] {
        let b = body(text, "en");
        assert!(lists(&b).is_empty(), "{text}: {b:?}");
    }
}

/// In Markdown a bulleted line that is a paragraph of its own is a one-item list (as
/// CommonMark has it); a lone number, which may be a year, and the same line in a text
/// file are not.
#[test]
fn a_lone_markdown_bullet_is_a_list_of_one() {
    let text = "She wrote underneath:\n\n- Whoever asks, gets.";
    let b = body_of("s.md", text, "cs");
    let l = lists(&b);
    assert_eq!(l.len(), 1, "{b:?}");
    assert_eq!(items(l[0]), ["Whoever asks, gets."]);
    assert_eq!(b.first().unwrap().plain(), "She wrote underneath:");
    assert!(lists(&body_of("s.txt", text, "cs")).is_empty());
    let year = "It was cold.\n\n1989. The wall came down.";
    assert!(lists(&body_of("s.md", year, "de")).is_empty());
    let speech = "He turned.\n\n- Yes, - she said.";
    assert!(lists(&body_of("s.md", speech, "ru")).is_empty());
}

/// In Markdown a lone numbered line that takes up the count of a list above it ("6."
/// after "1."–"5.") is that list's next item; one that does not (a year) stays text.
#[test]
fn a_markdown_list_taken_up_again_further_on() {
    let text = "The rules:\n\n1. Never touch the quarters.\n2. Socks are fair game.\n\n\
                She learned them.\n\n- one sock\n- two socks\n\nShe added a line.\n\n\
                3. Let them go.\n\n1990. A cold year.";
    let b = body_of("s.md", text, "en");
    let l = lists(&b);
    assert_eq!(l.len(), 3, "{b:?}");
    assert_eq!(items(l[2]), ["Let them go."]);
    assert_eq!(l[2].start, 3);
    assert_eq!(b.last().unwrap().plain(), "1990. A cold year.");
    assert_eq!(lists(&body_of("s.txt", text, "en")).len(), 2);
}

/// A Markdown quote: its paragraphs (a `>` alone between them) one quoted passage,
/// the text around it outside.
#[test]
fn a_markdown_quote_is_one_passage() {
    let b = body(
        "She opened it.\n\n> Dear M,\n>\n> I took the train again.\n>\n> E.\n\nShe folded it.",
        "en",
    );
    let q: Vec<&Vec<Block>> = b
        .iter()
        .filter_map(|b| match b {
            Block::Quote(q) => Some(q),
            _ => None,
        })
        .collect();
    assert_eq!(q.len(), 1, "{b:?}");
    let texts: Vec<String> = q[0].iter().map(Block::plain).collect();
    assert_eq!(texts, ["Dear M,", "I took the train again.", "E."]);
    assert_eq!(b.first().unwrap().plain(), "She opened it.");
    assert_eq!(b.last().unwrap().plain(), "She folded it.");
}

/// A list inside a quote is the quote's.
#[test]
fn a_list_inside_a_quote() {
    let b = body(
        "It said:\n\n> Rules:\n>\n> - no running\n> - no shouting\n\nShe ran.",
        "en",
    );
    let Some(Block::Quote(q)) = b.iter().find(|b| matches!(b, Block::Quote(_))) else {
        panic!("no quote: {b:?}");
    };
    assert!(
        matches!(q.last(), Some(Block::List(l)) if l.items.len() == 2),
        "{q:?}"
    );
}

/// Rules typed as hyphen lines, each a sentence: in a Markdown file a list whatever the
/// language; in a plain-text Russian story the same lines could be dialogue and stay
/// paragraphs; Czech quotes its speech, so its hyphen lines are a list in text too.
#[test]
fn markdown_hyphen_rules_are_a_list_in_any_language() {
    let rules = "Pravidla:\n\n- Na dluh se nenalévá.\n- Kdo rozbije půllitr, platí.\n- Pes smí dovnitř.\n\nKonec.";
    assert_eq!(lists(&body_of("s.md", rules, "ru")).len(), 1);
    assert_eq!(lists(&body_of("s.txt", rules, "cs")).len(), 1);
    assert!(lists(&body_of("s.txt", rules, "ru")).is_empty());
    // A speaker's tag after a dash is speech even in Markdown.
    let talk = "- Ahoj, - řekla.\n- Ahoj.\n- Jak se máš?";
    assert!(lists(&body_of("s.md", talk, "cs")).is_empty());
}

/// The nesting of an item's sub-items, as `item[sub, sub]` strings.
fn shape(l: &List) -> Vec<String> {
    l.items
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let head = format!("{}{}", l.number(k).unwrap_or_default(), i[0].plain());
            match i.get(1) {
                Some(Block::List(sub)) => format!("{head}[{}]", shape(sub).join(", ")),
                _ => head,
            }
        })
        .collect()
}

/// Regression: a Markdown list with indented sub-items was read as verse (its hyphens
/// made dashes) or, where verse did not claim it, set at one level.
#[test]
fn indented_sub_items_nest_under_their_item() {
    let b = body_of(
        "s.md",
        "She packed.\n\n- warm things\n  - the green scarf\n  - wool socks\n- papers\n  - ticket stub\n- a lantern\n\nThen:\n\n1. sweep the porch\n   1. front steps\n   2. the rail\n2. lock the gate\n   a. check the latch\n   b. hang the key\n\nShe went.",
        "en",
    );
    let l = lists(&b);
    assert_eq!(l.len(), 2, "{b:?}");
    assert_eq!(
        shape(l[0]),
        [
            "warm things[the green scarf, wool socks]",
            "papers[ticket stub]",
            "a lantern"
        ]
    );
    assert_eq!(
        shape(l[1]),
        [
            "1.sweep the porch[1.front steps, 2.the rail]",
            "2.lock the gate[a.check the latch, b.hang the key]"
        ]
    );
    assert!(!b.iter().any(|b| matches!(b, Block::Stanza(_))), "{b:?}");
}

/// A plain-text order book's sub-bullets indented four spaces nest; a letter alone is
/// never a list of its own, and a line back at the outer indent returns to it.
#[test]
fn a_text_files_sub_bullets_nest_and_letters_open_no_list() {
    let b = body(
        "The page read:\n\n* apples for the inn\n    * twelve russets\n    * six pippins\n* pears for the chapel\n\nThen.\n\na. m. was early\nb. c. was late\n\nEnd.",
        "en",
    );
    let l = lists(&b);
    assert_eq!(l.len(), 1, "{b:?}");
    assert_eq!(
        shape(l[0]),
        [
            "apples for the inn[twelve russets, six pippins]",
            "pears for the chapel"
        ]
    );
}

/// A number typed a little out of line that carries on the count is the list's next
/// item, not a sub-list; a stray single space is no level either.
#[test]
fn a_number_out_of_line_carries_on_its_list() {
    let b = body(
        "Steps:\n\n1. open the gate\n   2. walk the goats through\n3. shut it\n\nAnd:\n\n- eggs\n - milk\n- bread\n\nDone.",
        "en",
    );
    let l = lists(&b);
    assert_eq!(l.len(), 2, "{b:?}");
    assert_eq!(
        shape(l[0]),
        ["1.open the gate", "2.walk the goats through", "3.shut it"]
    );
    assert_eq!(shape(l[1]), ["eggs", "milk", "bread"]);
}
