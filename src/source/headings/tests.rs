//! Headings inside a story, tests: which short lines are section titles.

use super::*;

fn para(t: &str) -> RawPara {
    RawPara {
        text: t.into(),
        line: 1,
        lines: 1,
        scene_break: false,
        layout: Default::default(),
        ..RawPara::default()
    }
}

#[test]
fn a_letters_closing_beside_a_break_is_no_heading() {
    for t in [
        "Kind Regards",
        "Yours sincerely,",
        "Mit freundlichen Grüßen",
        "*Best wishes*",
    ] {
        assert_eq!(heading(&para(t), true), None, "{t}");
    }
    assert!(heading(&para("Three Weeks Later"), true).is_some());
}

#[test]
fn headings() {
    for (line, want) in [
        ("Chapter 3", "Chapter 3"),
        ("Chapter 3: The Storm", "Chapter 3: The Storm"),
        ("Epílogo", "Epílogo"),
        ("Prólogo", "Prólogo"),
        ("Capítulo 1", "Capítulo 1"),
        ("Kapitel 2", "Kapitel 2"),
        ("Épilogue", "Épilogue"),
        ("CHAPTER THREE", "CHAPTER THREE"),
        ("IV", "IV"),
        ("**I. The Shelf**", "I. The Shelf"),
        ("II.", "II."),
        ("xii", "xii"),
        ("3.", "3."),
        ("XX.", "XX."),
        ("Part the First", "Part the First"),
        ("~ Interlude ~", "Interlude"),
        ("~Interlude~", "Interlude"),
        ("== The Return ==", "The Return"),
        ("-- Epilogue --", "Epilogue"),
        ("◆ Coda ◆", "Coda"),
        ("* Chapter 2 *", "Chapter 2"),
        ("Epilogue", "Epilogue"),
        ("Prologue", "Prologue"),
        ("Thirty Years Later", "Thirty Years Later"),
        (
            "## 3. What the researchers did",
            "3. What the researchers did",
        ),
        ("# The Storm #", "The Storm"),
        ("I. Barometer", "I. Barometer"),
        ("IV. Wind Vane", "IV. Wind Vane"),
        (
            "###### Appendix B (extract): notebook, 9 November",
            "Appendix B (extract): notebook, 9 November",
        ),
    ] {
        assert_eq!(heading(&para(line), false).as_deref(), Some(want), "{line}");
    }
}

#[test]
fn a_section_over_its_title_is_one_heading() {
    let p = RawPara {
        lines: 2,
        ..para("Chapter 1\nThe Beginning")
    };
    assert_eq!(
        heading(&p, false).as_deref(),
        Some("Chapter 1: The Beginning")
    );
    let p = RawPara {
        lines: 2,
        ..para("Chapter 1\nit began to rain.")
    };
    assert_eq!(heading(&p, false), None);
}

#[test]
fn end_marks_are_not_headings() {
    for t in [
        "- Hoàn -",
        "~ FIN ~",
        "【完】",
        "THE END",
        "-- The End --",
        "TAMAT",
        "**Fim.**",
    ] {
        assert_eq!(heading(&para(t), true), None, "{t}");
        assert!(is_end_mark(t), "{t}");
    }
    // A heading that merely holds such a word stays one.
    assert!(heading(&para("~ The End of Summer ~"), false).is_some());
    assert!(!is_end_mark("Endings"));
}

#[test]
fn not_headings() {
    for line in [
        "Nine days.",
        "1. Eggs",
        "I. Was. Done.",
        "V. Woolf wrote it.",
        "II. the quiet part",
        "\u{201c}Run!\u{201d}",
        "\"Chapter and verse,\" she said.",
        "Not Again",
        "Love, Marius",
        "*Crash*",
        "*Interlude*",
        "Oh.",
        "I was nine.",
        "~ she was gone ~",
        "1984 was a long year.",
        "MMMMMMMMM",
        "2024",
        "mix",
        "civil",
        "Li",
        "IIII",
        "xxx",
        "XX",
        "**Notes for the Chapter:**",
        "**FRIDGE: Yes. Thank you.**",
        "**FRIDGE: I do.**",
        "__Nobody Came Home.__",
        "__Warning__",
        "#fluff #angst #no beta we die like men",
        "####### seven marks",
        "#",
        "# of the people I asked, all but two said the same thing when I asked them why",
    ] {
        assert_eq!(heading(&para(line), false), None, "{line}");
    }
    // Dialogue in guillemets, even beside a break.
    for line in [
        "\u{ab}\u{a0}D\u{2019}accord.\u{a0}\u{bb}",
        "\u{ab} De Lyon. \u{bb}",
        "\u{bb}Ja.\u{ab}",
        "\u{ab}\u{a0}Bon Retour\u{a0}\u{bb}",
    ] {
        assert_eq!(heading(&para(line), true), None, "{line}");
    }
}

/// A heading word and its number over a title in any case is a heading; a
/// sentence that opens so is not.
#[test]
fn a_numbered_chapter_in_any_case_is_a_heading() {
    for t in [
        "Chapitre 2 : Le pain de Gavroche",
        "Capítulo 3 - la casa vacía",
        "Chapter 4: the long way",
    ] {
        assert!(heading(&para(t), false).is_some(), "{t}");
    }
    for t in [
        "Chapter 3 was the hardest.",
        "Part 2 of the plan failed",
        "Chapter 3.",
    ] {
        assert!(numbered_chapter(&para(t)).is_none(), "{t}");
    }
}

/// A diary's entries headed by their day are headings; a day said in dialogue is not.
#[test]
fn a_diarys_days_are_headings() {
    for t in ["Monday", "Saturday"] {
        assert_eq!(heading(&para(t), false).as_deref(), Some(t), "{t}");
    }
    for t in [
        "\u{201c}Monday.\u{201d}",
        "Monday was the worst day of the week for her.",
    ] {
        assert_eq!(heading(&para(t), false), None, "{t}");
    }
}

/// A one-chapter story's only chapter, as EFP and other archives name it, in lowercase
/// after the heading word: a heading, not the story's first words. A heading word
/// with anything but a number after it stays a paragraph.
#[test]
fn an_only_chapters_name_is_a_heading() {
    for t in [
        "Capitolo unico",
        "Capítulo único",
        "Chapitre unique",
        "chapter three",
    ] {
        assert_eq!(heading(&para(t), false).as_deref(), Some(t), "{t}");
    }
    for t in ["Capitolo nuovo", "chapter and verse"] {
        assert_eq!(heading(&para(t), false), None, "{t}");
    }
}
