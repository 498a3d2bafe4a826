//! Tests of the parts of a story at its edges, through [`split`]: a note that runs on
//! (to a wider gap, over its list), and the closing lines that are the author's (a
//! disclaimer, a line on the writing, thanks after the last divider) or the story's (a
//! sign in capitals).

use super::super::paragraphs;
use super::*;

fn split_text(t: &str) -> Split {
    split(&paragraphs::split(t), Overrides::default())
}

/// A sign in capitals over its small print, kept as two lines, is the story's too.
#[test]
fn a_sign_in_capitals_over_small_print_is_the_storys() {
    let s = split_text(
        "The smith worked late.\n\nThe forge was cold by morning.\n\nThe sea-witch came at noon.\n\nShe ran.\n\nThe sign over the slot said, as it always had:\n\nTHANKS FOR READING!\nPlease return books through the slot.\n\nHe went to the desk instead.\n\nA/N: Thank you for reading!",
    );
    assert_eq!(s.afterword, vec![7]);
    assert!(s.body.contains(&5) && s.body.contains(&6));
}

/// A disclaimer or a short line on the writing as the file's last paragraph is the
/// afterword; a story's last line that only mentions a song stays.
#[test]
fn a_closing_disclaimer_or_writing_line_is_the_afterword() {
    for last in [
        "Song belongs to The Hollow Lanterns.",
        "Written during NaPoWriMo.",
    ] {
        let s = split_text(&format!(
            "The river ran.\n\nThey sang.\n\nThe boats went.\n\nIt always had.\n\n{last}"
        ));
        assert_eq!(s.afterword, vec![4], "{last}");
    }
    let s = split_text("The river ran.\n\nThey sang.\n\nThe boats went.\n\nThe song was hers.");
    assert!(s.afterword.is_empty());
}

/// A labelled note's further paragraph with a sign of talk runs on when two blank lines
/// part it from the story and one from the note; with one blank line under it, it is
/// the story's.
#[test]
fn a_note_runs_on_to_a_wider_gap() {
    let t = "Nota: la escribí para el reto del foro.\n\nGracias a Marta por la lectura previa.\n\n\nEn la casa había relojes.\n\nNinguno daba la hora.\n\nEl abuelo reía.";
    assert_eq!(split_text(t).preface, vec![0, 1]);
    let t = t.replace("previa.\n\n\n", "previa.\n\n");
    assert_eq!(split_text(&t).preface, vec![0]);
}

/// Closing thanks after the last divider that ask for a comment and promise the next
/// one are the afterword.
#[test]
fn closing_thanks_for_sticking_with_me_are_the_afterword() {
    let s = split_text(
        "The shop stayed open.\n\nShe came in.\n\nShe read aloud.\n\nHe listened.\n\n~~~\n\nThank you for sticking with me through the long wait. If you enjoyed this, a comment would mean the world. See you in the next one.",
    );
    assert_eq!(s.afterword, vec![5]);
}

/// A labelled note that introduces a list ("Please mind the warnings:") takes the list
/// and a word to the readers under it.
#[test]
fn a_notes_list_and_its_last_word_are_the_notes() {
    let s = split_text(
        "Author's Note: This one is darker. Please mind the warnings:\n\n- violence\n- language\n\nIf that's not your thing, no hard feelings.\n\nThe bridge had burned twice.\n\nMira sat on it.\n\nThe river ran.",
    );
    assert_eq!(s.preface, vec![0, 1, 2]);
    assert_eq!(s.body, vec![3, 4, 5]);
}

/// A closing note's label in a script without capitals (Arabic) is no sign in capitals:
/// the label and the paragraphs under it are the afterword.
#[test]
fn a_closing_label_in_a_caseless_script_opens_the_afterword() {
    let s = split_text(
        "كانت جدتي تعلّق مفتاحًا.\n\nسألتها مرة.\n\nضحكت وقالت.\n\nوفي الخارج نبتت شجرة.\n\nملاحظة الكاتبة:\n\nهذه القصة مستوحاة من حكايات جدتي.\n\nالأغنية من تأليفي.\n\nلا تنسوا التصويت والتعليق.",
    );
    assert_eq!(s.afterword, vec![4, 5, 6, 7]);
}

/// A title framed by runs of marks ("~~ The Week the Bees Left ~~") is the title's
/// words; a named scene break's frame is not a title's.
#[test]
fn a_framed_title_is_its_words() {
    use super::title::strong_title;
    assert_eq!(
        strong_title("~~ The Week the Bees Left ~~"),
        "The Week the Bees Left"
    );
    assert_eq!(strong_title("== Tides =="), "Tides");
    assert_eq!(strong_title("~ Time Skip ~"), "~ Time Skip ~");
    assert_eq!(strong_title("~~ a ~ b ~~"), "~~ a ~ b ~~");
}
