//! Tests of the field-block reader: a journal entry's head over the fields, and the
//! `Notes:` field running on.

use super::*;

fn run(t: &str) -> Doc {
    Doc::read_by(t, field_block)
}

/// A journal entry copied from its page: the journal, the date and the subject line
/// over the fields are the page's; a story whose first lines stand over fields with
/// no `Title:` keeps them.
#[test]
fn an_entrys_name_date_and_subject_over_the_fields_go() {
    let doc = run(
        "ink_and_ember\nAugust 14th, 2011, 09:33 pm\n\nfic: Correspondence (Hollowmere, G)\n\nTitle: Correspondence\nAuthor: ink_and_ember\nRating: G\n\nThe first winter, Agnes left the bread out.",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Correspondence"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("ink_and_ember"));
    assert_eq!(doc.untaken(), "The first winter, Agnes left the bread out.");
    assert!(doc.dropped_texts().contains(&"August 14th, 2011, 09:33 pm"));
    // With the mood and music lines LiveJournal prints under the date.
    let doc = run(
        "ink_and_ember wrote in autumn_lights\nAugust 14th, 2011, 09:33 pm\nCurrent Mood: hopeful\nCurrent Music: the rain\nfic: Correspondence (Hollowmere, G)\nTitle: Correspondence\nAuthor: ink_and_ember\nRating: G\n\nThe first winter, Agnes left the bread out.",
    );
    assert_eq!(doc.untaken(), "The first winter, Agnes left the bread out.");
    let t = "Night Shift\n\nRating: G\nAuthor: moth\n\nShe waited.";
    assert_eq!(run(t).out.title.as_deref(), Some("Night Shift"));
    let t = "The memo came at nine.\nIt said:\n\nRating: urgent\nAuthor: HR\n\nShe waited.";
    assert_eq!(run(t).untaken(), Doc::new(t).untaken());
}

/// A title set bold over the fields (a post copied, a Markdown file) is the title, its
/// marks left out; a bold line that is a sentence is not.
#[test]
fn a_bold_title_over_the_fields() {
    let doc = run(
        "**Left on Read**\n\nPairing: Ren x Adaeze\nWord count: 451\nA/N: written at 3am.\n\nThe first text came in at 2:47.",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Left on Read"));
    assert_eq!(doc.untaken(), "The first text came in at 2:47.");
    let t = "**The memo came at nine.**\n\nRating: urgent\nAuthor: HR\n\nShe waited.";
    assert_eq!(run(t).untaken(), Doc::new(t).untaken());
}

/// A community's whole page copied: the site's menu, the journal's name and menu over
/// the entry line go with it; without the entry line, so many lines stay.
#[test]
fn a_communitys_whole_page_over_the_entry_goes() {
    let page = "LiveJournal\n\nFind more\nCommunities\nRSS Reader\nShop\nHelp\n\nLog in\n\nlanterne_fic\nLanterne — fanfiction in italiano\n\nRecent Entries\nArchive\nFriends\nProfile\n\nFic: Il quaderno\n\nNov. 3rd, 2024 at 9:14 PM\n\ngelsomino_rosso wrote in lanterne_fic\n\nTitolo: Il quaderno\nAutore: gelsomino_rosso\nRating: G\n\nLa nonna scriveva tutto.";
    let doc = run(page);
    assert_eq!(doc.out.title.as_deref(), Some("Il quaderno"));
    assert_eq!(doc.untaken(), "La nonna scriveva tutto.");
    let t = page.replace("gelsomino_rosso wrote in lanterne_fic", "Nobody wrote back");
    assert!(run(&t).untaken().starts_with("LiveJournal\nFind more"));
}

/// A translation's header: the title over its original's in brackets, the original
/// author, the translator (credited in the preface) and the source.
#[test]
fn a_translations_header() {
    let doc = run(
        "The Umbrella Stand\n(桜ヶ丘駅の傘立て)\n\nOriginal author: Tsukimi Nagi\nTranslator: paperlantern_tl\nSource: https://www.pixiv.net/novel/show.php?id=1\n\nThere is an umbrella stand at the station.",
    );
    assert_eq!(doc.out.title.as_deref(), Some("The Umbrella Stand"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("Tsukimi Nagi"));
    assert_eq!(
        doc.out.meta.url.as_deref(),
        Some("https://www.pixiv.net/novel/show.php?id=1")
    );
    let preface: Vec<&str> = doc.out.preface.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(preface, ["Translator: paperlantern_tl"]);
    assert_eq!(doc.untaken(), "There is an umbrella stand at the station.");
    // A line in brackets under a title that is a sentence is the story's.
    assert!(!is_bracketed_title("(She did not look back.)"));
}

/// A `Notes:` field closing the block runs on into a paragraph that talks about the
/// story (one at most); a story's first paragraph after it stays story.
#[test]
fn notes_run_on_into_a_paragraph_of_talk() {
    let t = "Title: Lantern\nRating: G\nNotes: Written for the winter challenge.\n\nThank you to moth for the beta, and to my readers for waiting.\n\nThe lamp was lit.";
    let doc = run(t);
    assert_eq!(doc.untaken(), "The lamp was lit.");
    let t = "Title: Lantern\nRating: G\nNotes: Written for the winter challenge.\n\nI lit the lamp at nine, as I always did.\n\nIt went out.";
    assert_eq!(
        run(t).untaken(),
        "I lit the lamp at nine, as I always did.\nIt went out."
    );
}

/// A wider gap under a paragraph than over it sets the story apart from the note: one
/// sign of talk in the first person is then enough for the note to run on; with one
/// blank line under it, the same paragraph is the story's.
#[test]
fn notes_run_on_to_a_wider_gap() {
    let t = "Title: Lantern\nRating: G\nA/N: Written for my Tuesday group.\n\nHuge thanks to Pip for reading it over. I changed the ending.\n\n\nThe lamp was lit.\n\nIt went out.";
    assert_eq!(run(t).untaken(), "The lamp was lit.\nIt went out.");
    let t = t.replace("ending.\n\n\n", "ending.\n\n");
    assert!(run(&t).untaken().starts_with("Huge thanks to Pip"));
}

/// A line of note right under a title and byline: in brackets, or opening as a note
/// on the piece does with a strong sign; a story's first short line stays.
#[test]
fn a_line_under_the_byline_may_be_a_note() {
    for note in ["(for my grandmother)", "For the diary prompt."] {
        let t = format!(
            "Flour and Thread\nby Agnes Merrow\n\n{note}\n\nShe kept the flour.\n\nShe kept the salt.\n\nShe left."
        );
        let doc = run(&t);
        assert_eq!(doc.out.preface.len(), 1, "{note}");
        assert!(doc.untaken().starts_with("She kept the flour."), "{note}");
    }
    let t = "Flour and Thread\nby Agnes Merrow\n\nFor years she kept the flour.\n\nShe kept the salt.\n\nShe left.";
    assert!(run(t).untaken().starts_with("For years"));
}

/// A story that opens with dialogue shaped like fields ("Title: that was all she
/// wanted, she said, …" / "Author: of her own misfortune, …") keeps every word: a title
/// or an author that is a sentence is no header's.
#[test]
fn fields_that_are_sentences_are_dialogue() {
    let t = "Title: that was all she wanted, she said, a title and a little land.\nAuthor: of her own misfortune, her brother said.\n\nThey were both right.";
    let doc = run(t);
    assert!(doc.out.title.is_none() && doc.out.meta.author.is_none());
    assert_eq!(doc.untaken(), Doc::new(t).untaken());
    // A title with a comma of its own is still a title.
    let t = "Title: Wait, What?\nAuthor: moth\nRating: G\n\nShe waited.";
    assert_eq!(run(t).out.title.as_deref(), Some("Wait, What?"));
}

/// An epigraph over the title and its byline: the title and byline are the header, the
/// epigraph stays the story's first lines; a quotation with no title under it stays.
#[test]
fn a_title_and_byline_under_an_epigraph() {
    let t = "\u{201c}An apple remembers the whole tree.\u{201d}\n\u{2014} from the orchard ledgers, 1874\n\n\nWHAT THE ORCHARD KEEPS\n\nby Delphine Arrowsmith\n\n\nThe orchard came to Ada in a will.";
    let mut doc = Doc::new(t);
    assert!(field_block(&mut doc, true));
    assert_eq!(doc.out.title.as_deref(), Some("WHAT THE ORCHARD KEEPS"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("Delphine Arrowsmith"));
    assert_eq!(
        doc.untaken(),
        "\u{201c}An apple remembers the whole tree.\u{201d}\n\u{2014} from the orchard ledgers, 1874\nThe orchard came to Ada in a will."
    );
    let t = "\u{201c}Run,\u{201d} she said.\n\u{2014} and he ran.\n\nThe orchard burned.";
    let mut doc = Doc::new(t);
    field_block(&mut doc, true);
    assert_eq!(doc.out.title, None);
}

/// A title, the writer's handle alone under it and the fields under that, one block
/// ("Ostatnia strona" / "Ignacja_R" / "Fandom: Lalka"): the title, the author and the
/// fields. The handle had been left as a note line, with the fandom as its label.
#[test]
fn a_handle_under_the_title_over_the_fields_is_the_byline() {
    let doc = run(
        "Ostatnia strona, pamiętnik\nIgnacja_R\nFandom: Lalka - Bolesław Prus\n\nA/N: Hej!\n\nIgnacy wstał o szóstej.",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Ostatnia strona, pamiętnik"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("Ignacja_R"));
    assert_eq!(doc.untaken(), "Ignacy wstał o szóstej.");
    // A handle alone under a first line, in a block of their own, is no byline: only a
    // person's name is so typed.
    let t = "Ostatnia strona\nignacja_r\n\nIgnacy wstał o szóstej.";
    assert_eq!(run(t).untaken(), Doc::new(t).untaken());
}

/// A subtitle or the part's place in its series between the title and its `by` line,
/// the three one block: left out, and the title and byline read.
#[test]
fn a_line_between_the_title_and_its_byline_is_left_out() {
    let doc = run(
        "STAGEFRIGHT\nPart 1 of ?\nby velvet_kazoo\nFandom: Rook Street Irregulars\n\nThe open mic was on Wednesday.",
    );
    assert_eq!(doc.out.title.as_deref(), Some("STAGEFRIGHT"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("velvet_kazoo"));
    assert_eq!(doc.untaken(), "The open mic was on Wednesday.");
    let doc = run(
        "Chapter Three\na Glass Orchard story\nby Lupe Marchetti\n\nEvery house keeps one room.",
    );
    assert_eq!(doc.out.meta.author.as_deref(), Some("Lupe Marchetti"));
    assert_eq!(doc.untaken(), "Every house keeps one room.");
    // A sentence between them is the story's.
    let t = "Chapter Three\nShe had never seen the sea before that summer.\nby the old road\n\nEvery house.";
    assert_eq!(run(t).out.meta.author, None);
}

/// The title, the writer's handle and the story's information on one line, its items
/// set apart by bars or dashes: the title, the author, and the line left out. A
/// labelled line there stays a field.
#[test]
fn an_information_line_under_the_handle() {
    let doc = run(
        "Overdue\npennyroyal_tea\nHollin Academy (Books) -- Ambrose & Sunniva -- G\n\nThe notice came on a Monday.",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Overdue"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("pennyroyal_tea"));
    assert_eq!(doc.untaken(), "The notice came on a Monday.");
    let doc = run(
        "Before and After\nWicklow Finch\nTick & Tock Chronicles | Theo/Anselm | T\n\nThe shop had two hundred clocks.",
    );
    assert_eq!(doc.out.meta.author.as_deref(), Some("Wicklow Finch"));
    assert_eq!(doc.untaken(), "The shop had two hundred clocks.");
    // A line of the story set with dashes is no information line.
    assert!(!is_info_line(
        "She ran -- he followed -- they never came back."
    ));
}
