//! Tests of paragraph splitting: blank lines, hard wraps, indents, scene-break lines.

use super::*;

#[test]
fn splits_and_joins_hard_wraps() {
    let p = split("one\ntwo\n\n\nthree");
    assert_eq!(p.len(), 2);
    assert_eq!(p[0].text, "one two");
    assert_eq!((p[0].line, p[0].lines), (1, 2));
    assert_eq!(p[1].line, 5);
}

#[test]
fn scene_breaks() {
    for s in [
        "* * *",
        "***",
        "~~~",
        "-----",
        "xXxXx",
        "oOo",
        "#",
        "+++",
        "-oOo-",
        "=====",
        "⁂",
        "~*~*~",
        "-x-x-x-",
        "x x x",
        "o0o",
        "❦",
        "* * * * *",
        "<><><>",
        "___",
        "—————",
        "=-=-=",
        "OoOoO",
        "~o~",
        "-o-",
        "~*~",
        "§",
        "◆◇◆",
        "———",
        "==========",
        "__________",
        "   * * *   ",
        "[scene break]",
        "[break]",
        "(Scene Change)",
        "~Time Skip~",
        "-- line break --",
        "Scene Break",
        "[SCENE BREAK]",
        "xxxxxxxxxxxxxxxxxxxx",
        "oooooooooo",
        "· · ·",
        "ـــــــ ✦ ـــــــ",
    ] {
        assert!(is_scene_break(s), "{s}");
    }
    for s in [
        "┌──────────────┐",
        "╚════╝",
        "ـــلام",
        "...",
        ". . .",
        "···",
        "·",
        "-",
        "Oh",
        "ox",
        "Box",
        "XOXO",
        "xoxo",
        "*Hello*",
        "— said",
        "OOO",
        "xxx",
        "?!",
        "…",
        "\"",
        "(x)",
        "xXx said",
        "***Bold***",
        "1",
        "x",
        "2 * 3",
        "Break.",
        "break",
        "\"Break!\"",
        "*break*",
        "~ Interlude ~",
        "[Author's note: break]",
        "o",
        "xxxxxx",
    ] {
        assert!(!is_scene_break(s), "{s}");
    }
}

#[test]
fn long_lines_are_one_paragraph_each() {
    let long = "word ".repeat(30);
    let p = split(&format!("{long}\n{long}\n{long}"));
    assert_eq!(p.len(), 3);
    assert_eq!(p[2].line, 3);
}

#[test]
fn indented_lines_start_paragraphs() {
    let p = split("  She came in\nout of the rain.\n  He looked up\nfrom the fire.");
    assert_eq!(p.len(), 2);
    assert_eq!(p[1].text, "He looked up from the fire.");
    // Every line indented and short: ordinary hard wraps of one paragraph.
    assert_eq!(split("  one\n  two").len(), 1);
    assert_eq!(split("  Yes.\n  No.\nmaybe").len(), 2);
}

#[test]
fn header_fields_are_one_paragraph_each() {
    let p = split("Title: Glass\nRating: K+\nSummary: A girl and a garden.");
    assert_eq!(p.len(), 3);
    assert_eq!(split("She said: no.\nAnd left.").len(), 1);
}

/// A lone dash set apart by blank lines (between postcards, letters, entries) is a
/// break; inside a paragraph, or as a silent reply in dash-led dialogue, it is text.
#[test]
fn lone_dash_between_paragraphs_is_a_break() {
    let p = split("Love,\nRos x\n\n\u{2014}\n\nDear Grandpa,\n\n-\n\nThe end.");
    assert_eq!(p.len(), 5);
    assert!(p[1].scene_break && p[3].scene_break, "{p:?}");
    assert!(!split("She paused\n\u{2014}\nand went on.")[0].scene_break);
    let p = split("\u{2014} Ты знаешь?\n\n\u{2014}\n\n\u{2014} Значит, знаешь.");
    assert_eq!(p.len(), 3);
    assert!(!p[1].scene_break, "a silent reply: {p:?}");
}

/// A lone `o` centred with spaces, between blank lines, is a scene break; flush or
/// inside a paragraph it is a letter.
#[test]
fn centred_lone_letter_is_a_break() {
    let p = split("She slept.\n\n                                   o\n\nShe woke.");
    assert_eq!(p.len(), 3);
    assert!(p[1].scene_break, "{p:?}");
    assert!(!split("She slept.\n\no\n\nShe woke.")[1].scene_break);
    assert!(!split("Her mouth made an\n                  O\nof surprise.")[0].scene_break);
}

/// A stanza with indented lines, in a file whose line breaks are typed on purpose,
/// is one paragraph: its indents are verse indents, not new paragraphs.
#[test]
fn indented_verse_lines_stay_in_their_stanza() {
    let note = "word ".repeat(30);
    let p = split(&format!(
        "{note}\n\nThe boat leaves me on the rock\nwith a crate of tins,\n    a Bible, a ledger\nand a man.\n\nHe nods.\n    I nod."
    ));
    assert_eq!(p.len(), 3, "{p:?}");
    assert_eq!(p[1].text.lines().count(), 4);
    // Prose whose paragraphs are marked by indents still splits at them.
    assert_eq!(
        split("  She came in\nout of the rain.\n  He looked up\nfrom the fire.").len(),
        2
    );
}

/// A memo's or a form's lines in the story stay one paragraph (their breaks kept);
/// a header's fields are split one a paragraph.
#[test]
fn a_form_stays_one_paragraph() {
    let p = split("To: All Night Staff\nFrom: The Management\nDate: Tuesday\n\nStop.");
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(
        p[0].text,
        "To: All Night Staff\nFrom: The Management\nDate: Tuesday"
    );
    let p = split("Logged by: R. Achterberg\nReview meeting: Thursday\nStatus: Closed");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(split("Title: Glass\nAuthor: Wren\nTo: anon").len(), 3);
}

#[test]
fn scene_break_without_blank_lines_is_its_own_paragraph() {
    let p = split("a\n***\nb");
    assert_eq!(p.len(), 3);
    assert!(p[1].scene_break);
}
