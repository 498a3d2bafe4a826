//! Tests of the parts of a story, through [`split`]: a paragraph goes to the preface,
//! title, body or afterword, and doubt leaves it in the story.

use super::super::paragraphs;
use super::*;

fn split_text(t: &str) -> Split {
    split(&paragraphs::split(t), Overrides::default())
}

#[test]
fn first_person_story_has_no_preface() {
    let s = split_text(
        "I never meant to read the letter.\n\nBut I did, and the story it told changed me.\n\nShe came home at dawn.",
    );
    assert!(s.preface.is_empty());
    assert_eq!(s.body, vec![0, 1, 2]);
}

/// A first paragraph that talks as only an author does, over story that does not talk,
/// is the note with no label or boundary; one that talks a little stays the story's.
#[test]
fn a_first_paragraph_of_pure_author_talk_is_the_note() {
    let s = split_text(
        "Hi everyone! I finally updated after a long hiatus, sorry!! This chapter was inspired by my grandma. Hope you like it, and please review!\n\nThe rain had been falling since noon.\n\nDara waited on the bench.",
    );
    assert_eq!(s.preface, vec![0]);
    assert_eq!(s.body, vec![1, 2]);
    let s = split_text(
        "Hi everyone, the teacher said, and hoped they would like the story she read.\n\nThe rain had been falling since noon.\n\nDara waited on the bench.",
    );
    assert!(s.preface.is_empty());
}

#[test]
fn labelled_note_then_title() {
    let s = split_text("A/N: my first fic, enjoy!\n\nThe Letter\n\nShe ran.\n\nHe followed.");
    assert_eq!(s.preface, vec![0]);
    assert_eq!(s.title, Some(1));
    assert_eq!(s.body, vec![2, 3]);
}

/// A note written in lowercase, a further paragraph of it, then its lowercase title;
/// a lowercase first line of story under a capitalised note stays the story's.
#[test]
fn lowercase_note_then_lowercase_title() {
    let s = split_text(
        "a/n: ok so this is my first fic ever, be nice!!\n\nalso i couldn't do the formatting here so just imagine it\n\nthings we said at the bus stop\n\nEvery morning the bus was late.\n\nThey waited.",
    );
    assert_eq!(s.preface, vec![0, 1]);
    assert_eq!(s.title, Some(2));
    assert_eq!(s.body, vec![3, 4]);
    let s = split_text(
        "A/N: My first fic, enjoy!\n\nand then the bus came\n\nEvery morning the bus was late.\n\nThey waited.",
    );
    assert_eq!(s.title, None);
    assert_eq!(s.body, vec![1, 2, 3]);
}

#[test]
fn closing_note() {
    let s = split_text("She ran.\n\nHe followed.\n\nA/N: please review!");
    assert_eq!(s.afterword, vec![2]);
    let s = split_text("She ran.\n\nHe followed.\n\n(AN: thanks for reading)");
    assert_eq!(s.afterword, vec![2]);
}

/// A note the story shows ("Note: back at six. Feed the cat.") with the story going
/// on after it keeps its place; a `Note:` that closes the story, or talks, is the
/// afterword.
#[test]
fn a_note_inside_the_storys_end_is_the_storys() {
    let t = "Mum left a note on the table.\n\nNote: back at six. Feed the cat.\n\nShe wasn't back at six.\n\nShe wasn't back at all, and the cat sat by the door for a week.";
    let s = split_text(t);
    assert!(s.afterword.is_empty(), "{:?}", s.decisions);
    assert_eq!(s.body, vec![0, 1, 2, 3]);
    let s = split_text("She ran.\n\nHe followed.\n\nNote: the bridge is real.");
    assert_eq!(s.afterword, vec![2]);
    let s = split_text(
        "She ran.\n\nHe followed.\n\nNotes: the bridge is real.\n\nThanks for reading, and see you next week!",
    );
    assert_eq!(s.afterword, vec![2, 3]);
}

/// A story titled with a note's label ("Disclaimer") over dialogue keeps its opening:
/// the label alone over a note's words is still the note's.
#[test]
fn a_label_as_the_title_over_dialogue_is_the_storys() {
    let s = split_text(
        "Disclaimer\n\n\u{201c}Disclaimer: I am not responsible for what happens next,\u{201d} said Oren.\n\nNothing happened.\n\nThen everything did.",
    );
    assert!(s.preface.is_empty(), "{:?}", s.decisions);
    assert_eq!(s.title, Some(0));
    let s = split_text("Disclaimer\n\nI own nothing.\n\nThe Box\n\nNothing happened.");
    assert_eq!(s.preface, vec![0, 1]);
}

/// "THE END" on a screen inside the story, with the story going on under it, is the
/// story's; under the story's own end mark, talk is the afterword.
#[test]
fn an_end_mark_with_story_under_it_is_the_storys() {
    let s = split_text(
        "We sat through the whole film.\n\nThe words came up, white and shaky:\n\nTHE END\n\nNobody moved. Then Mara laughed.\n\nWe walked home in the rain.",
    );
    assert!(s.afterword.is_empty(), "{:?}", s.decisions);
    assert_eq!(s.body, vec![0, 1, 2, 3, 4]);
    let s = split_text(
        "We sat through the whole film.\n\nThe words came up:\n\nTHE END\n\nWe walked home in the rain.",
    );
    assert!(s.afterword.is_empty(), "{:?}", s.decisions);
    let s = split_text(
        "We sat through the whole film.\n\nWe walked home.\n\nTHE END\n\nThanks for reading, and see you next week!",
    );
    assert_eq!(s.afterword, vec![3]);
    let s = split_text(
        "We sat.\n\nWe walked home.\n\nTHE END\n\nA last note for Corin: the song is yours.",
    );
    assert_eq!(s.afterword, vec![3]);
}

#[test]
fn first_person_narrator_saying_enjoy_is_not_a_note() {
    let s = split_text(
        "I was nine when Gran told me the story.\n\nEnjoy it while you can, she said.\n\nShe died that spring.",
    );
    assert!(s.preface.is_empty(), "{:?}", s.decisions);
}

#[test]
fn unlabelled_talk_with_sign_off() {
    let s = split_text(
        "This is my first fic, so be kind. Reviews make my day!\n\nEnjoy!\n\nShe ran.\n\nHe followed.",
    );
    assert_eq!(s.preface, vec![0, 1]);
    assert_eq!(s.body, vec![2, 3]);
}

/// A story's opening scene over a break, with a sign on a board that reads like talk
/// ("THANKS FOR READING!"), is no note: a note of several paragraphs talks in half of
/// them at least.
#[test]
fn an_opening_scene_with_one_sign_of_talk_is_no_note() {
    let s = split_text(
        "The library was one shelf nailed to the side of the cottage.\n\nAbove it hung a painted board:\n\nTAKE A BOOK. BRING IT BACK. THANKS FOR READING!\n\nFor three years one pony had taken books.\n\n* * *\n\nThen, one Tuesday, he took two.",
    );
    assert!(s.preface.is_empty(), "{:?}", s.decisions);
    // The same talk in a note of its own paragraphs is the preface.
    let s = split_text(
        "This fic sat in my drafts for two years.\n\nThanks to everyone who commented on the last one!\n\n* * *\n\nThen, one Tuesday, he took two.\n\nShe ran.",
    );
    assert_eq!(s.preface, vec![0, 1], "{:?}", s.decisions);
}

#[test]
fn doubt_stays_in_the_story_and_says_so() {
    let s = split_text("My favourite chapter is this.\n\nShe ran.\n\nHe followed.");
    assert!(s.preface.is_empty());
    assert!(s.decisions.iter().any(|d| d.contains("stays in the story")));
}

#[test]
fn bare_label_takes_the_next_paragraph() {
    let s = split_text("Author's Note\n\nWritten in a hurry.\n\nShe ran.\n\nHe followed.");
    assert_eq!(s.preface, vec![0, 1]);
}

#[test]
fn bracketed_note_over_two_paragraphs() {
    let s = split_text("(A/N: one\n\ntwo.)\n\nTitle Here\n\nShe ran.\n\nHe followed.");
    assert_eq!((s.preface, s.title), (vec![0, 1], Some(2)));
}

#[test]
fn title_before_note() {
    let s = split_text("Paper Boats\n\nA/N: for my sister.\n\nShe ran.\n\nHe followed.");
    assert_eq!((s.title, s.preface), (Some(0), vec![1]));
    assert_eq!(s.body, vec![2, 3]);
}

#[test]
fn unlabelled_thank_you_at_the_end_is_the_afterword() {
    let s = split_text(
        "She ran.\n\nHe followed.\n\nThey never came back.\n\nThank you all so much for the reviews! I hope you enjoyed this story.",
    );
    assert_eq!(s.afterword, vec![3], "{:?}", s.decisions);
    let s = split_text(
        "She ran.\n\nHe followed.\n\nThey never came back.\n\nWow, over a hundred reviews. Thank you!\n\nNext chapter soon, enjoy!",
    );
    assert_eq!(s.afterword, vec![3, 4], "{:?}", s.decisions);
}

/// A writer's aside after the story ("Okay so … one line of canon … that's the note.")
/// is the closing note though it addresses no one; a note signed with a dash and the
/// writer's handle after the last divider is one, signature and all. A character's
/// "Okay so" ending the story, with no talk about the piece, stays.
#[test]
fn an_aside_and_a_dashed_signature_close_the_story() {
    let s = split_text(
        "The lanterns went out over the water.\n\n\"To the sea,\" says the old man.\n\n\"And then wherever they want,\" says Rhiannon.\n\nOkay so I did not mean to cry writing this. Lantern Night is in exactly one line of canon and I have been obsessed since. That's it, that's the note.",
    );
    assert_eq!(s.afterword, vec![3], "{:?}", s.decisions);
    let s = split_text(
        "The sign went up at eight.\n\nJuno read it and laughed.\n\n---\n\nI wrote this the week my favourite bookshop shut, so it is more personal than my usual stuff. If you have a shop like it near you, go and stand in it.\n\n— saltwaterbiscuit",
    );
    assert_eq!(s.afterword, vec![3, 4], "{:?}", s.decisions);
    let s = split_text(
        "The sign went up at eight.\n\nJuno read it and laughed.\n\nShe turned the key.\n\nOkay so the shop was gone. She walked home in the rain.",
    );
    assert!(s.afterword.is_empty(), "{:?}", s.decisions);
}

#[test]
fn story_endings_that_mention_readers_stay_in_the_story() {
    // No word to the reader.
    let s = split_text(
        "She ran.\n\nHe followed.\n\nShe closed the diary. It was the story of her life, and she hoped its readers would understand.",
    );
    assert!(s.afterword.is_empty(), "{:?}", s.decisions);
    // Dialogue.
    let s = split_text(
        "She ran.\n\nHe followed.\n\n\u{201c}Thank you for the review,\u{201d} she told the readers of her fic.",
    );
    assert!(s.afterword.is_empty(), "{:?}", s.decisions);
    // A one-paragraph story is never all note.
    let s = split_text("Thank you, readers, for every review of this story.");
    assert!(s.afterword.is_empty(), "{:?}", s.decisions);
}

/// A few words of talk alone after the last divider are the author's; the same
/// words closing the story's text, or a story's short last line there, stay story.
#[test]
fn a_short_note_set_apart_after_the_last_divider_is_the_afterword() {
    let s = split_text(
        "She ran.\n\nHe followed.\n\n* * *\n\nThey waited.\n\n* * *\n\nUnbeta'd, sorry.",
    );
    assert_eq!(s.afterword, vec![5], "{:?}", s.decisions);
    let s = split_text("She ran.\n\nHe followed.\n\nThey waited.\n\nUnbeta'd, sorry.");
    assert!(s.afterword.is_empty(), "{:?}", s.decisions);
    let s = split_text("She ran.\n\nHe followed.\n\n* * *\n\nShe never wrote a review again.");
    assert!(s.afterword.is_empty(), "{:?}", s.decisions);
}

#[test]
fn closing_note_over_two_paragraphs() {
    let s = split_text("She ran.\n\nHe followed.\n\nAuthor's Note: true story.\n\nThanks all.");
    assert_eq!(s.afterword, vec![2, 3]);
}

#[test]
fn overrides_win() {
    let paras = paragraphs::split("a\n\nb\n\nc\n\nd");
    let s = split(
        &paras,
        Overrides {
            preface: Some(2),
            afterword: Some(1),
            title_in_text: Some(false),
        },
    );
    assert_eq!(
        (s.preface, s.body, s.afterword),
        (vec![0, 1], vec![2], vec![3])
    );
}

#[test]
fn bare_sections() {
    for t in [
        "Prologue",
        "Chapter 3",
        "Part the First",
        "Act II",
        "IV.",
        "Chapter Twelve",
    ] {
        assert!(is_bare_section(t), "{t}");
    }
    for t in [
        "Chapter 3: The Storm",
        "The Storm",
        "Part of Me",
        "Books and Bones",
    ] {
        assert!(!is_bare_section(t), "{t}");
    }
}

/// A report's header block after the author's note is the story's ("Review meeting:"
/// holds the word "review" but is a form, and it speaks to no reader).
#[test]
fn a_form_after_the_note_is_story() {
    let s = split_text(
        "A/N: an epistolary fic told in lab documents.\n\n**Prepared by:** Dr. Osei\n**Review meeting:** Friday, 10:00\n\nThe compressor tripped at 03:17.",
    );
    assert_eq!(s.preface, vec![0], "{:?}", s.decisions);
    assert_eq!(s.body, vec![1, 2]);
    // Nor does a strong word in a third-person opening make it the note's.
    let s = split_text(
        "A/N: for the prompt 'ledgers'.\n\nThe review board met in March and found nothing.\n\nImogen kept the books.",
    );
    assert_eq!(s.preface, vec![0], "{:?}", s.decisions);
    // A further paragraph that speaks to readers still joins the note.
    let s = split_text(
        "A/N: for the prompt 'ledgers'.\n\nThanks to my beta for the review!\n\nImogen kept the books.",
    );
    assert_eq!(s.preface, vec![0, 1], "{:?}", s.decisions);
}

/// A drabble's all-lowercase title over its prose is its title; a lowercase first line
/// of verse or of a lowercase story's fragments is not.
#[test]
fn lowercase_title_over_prose() {
    let s = split_text(
        "the moth and the reading lamp\n\nThe moth had circled the lamp since nine.\n\nIt did not burn.",
    );
    assert_eq!(
        (s.title, s.body.clone()),
        (Some(0), vec![1, 2]),
        "{:?}",
        s.decisions
    );
    let s = split_text("# the long way home\n\nshe didn't call. she didn't write.\n\nit rained.");
    assert_eq!(s.title, Some(0), "{:?}", s.decisions);
    // Over a letter's place and date, which open with a capital.
    let s = split_text("letters home\n\nAberdaron, 2 March\n\nDear Ifan,\n\nThe ferry ran.");
    assert_eq!(s.title, Some(0), "{:?}", s.decisions);
    // Lowercase verse: short unpunctuated lines one under another.
    let s = split_text("under the bridge\n\nthe river keeps its counsel\n\nand so do i");
    assert_eq!(s.title, None, "{:?}", s.decisions);
    // A line that runs on into the next paragraph is no title.
    let s = split_text("and then she —\n\nNo. She would not think of it.\n\nShe slept.");
    assert_eq!(s.title, None, "{:?}", s.decisions);
}

/// A Markdown title (`# …`) is the title however long it runs; a plain line as long is
/// the story's.
#[test]
fn a_long_markdown_title_is_the_title() {
    let long = "In Which the Keeper's Daughter Discovers That the Lighthouse Was Never Really Empty, and Neither Was She";
    let s = split_text(&format!(
        "# {long}\n\nShe climbed the stair.\n\nIt was dark."
    ));
    assert_eq!(s.title, Some(0), "{:?}", s.decisions);
    let s = split_text(&format!("{long}\n\nShe climbed the stair.\n\nIt was dark."));
    assert_eq!(s.title, None, "{:?}", s.decisions);
}

/// A chapter pasted from Wattpad or a forum: its title line, the author's unlabelled
/// greeting, a divider, the story. The title is the title, not the first line of the note.
#[test]
fn unlabelled_note_under_a_title_line() {
    let s = split_text(
        "Chapter 1 - Static\n\nhi everyone!! this is my first fic so be nice. vote and comment!\n\n✧✧✧\n\nMira heard it first.\n\nNobody else did.",
    );
    assert_eq!(s.title, Some(0), "{:?}", s.decisions);
    assert_eq!(s.preface, vec![1]);
    assert_eq!(s.body, vec![2, 3, 4]);
}

/// Notes in Korean, Indonesian and Chinese, with no label, before a divider and after
/// the last one, are the preface and the afterword (a Postype, Wattpad and LOFTER post's
/// own words), and a Chinese footnote's "注①：" after the story opens the afterword.
#[test]
fn notes_in_korean_indonesian_and_chinese() {
    let s = split_text(
        "짧은 단편입니다. 공미포 약 900자. 재밌게 읽어주세요!\n\n◆\n\n버스가 왔다.\n\n그녀는 탔다.\n\n◆\n\n읽어주셔서 감사합니다! 댓글은 늘 힘이 돼요.",
    );
    assert_eq!((s.preface, s.afterword), (vec![0], vec![5]));
    let s = split_text(
        "Halo semuanya! Ini cerpen kedua di lapak ini.\n\nHappy reading! Jangan lupa vote dan komen ya\n\n•••\n\nHujan turun.\n\nDia pulang.\n\n•••\n\nMakasih udah baca sampai akhir!",
    );
    assert_eq!((s.preface, s.afterword), (vec![0, 1], vec![6]));
    let s = split_text(
        "*原创，一发完。\n*写给一直在等我更新的你们。\n\n——\n\n她走了。\n\n她又来了。\n\n——\n\n注①：拣字，印刷的第一道工序。\n\n感谢看到这里的你！我们下次见。",
    );
    assert_eq!((s.preface.len(), s.afterword.len()), (2, 2));
}

/// Stories in those languages that thank, comment or update in their telling keep it.
#[test]
fn korean_indonesian_and_chinese_stories_keep_their_words() {
    for t in [
        "할머니는 감사합니다, 하고 말했다.\n\n버스가 왔다.\n\n그녀는 탔다.",
        "Dia bilang terima kasih.\n\nHujan turun.\n\nDia pulang.",
        "系统更新了。\n\n她走了。\n\n她又来了。",
        "她走了。\n\n她又来了。\n\n“谢谢你。”她说。",
    ] {
        let s = split_text(t);
        assert!(s.preface.is_empty() && s.afterword.is_empty(), "{t}");
    }
}

/// Numbered notes after the last break, one of them marked nowhere in the story, open the
/// afterword; a list whose every number is marked is left for the footnote reader, and a
/// story's own numbered lines before the break stay.
#[test]
fn unmarked_numbered_notes_after_the_last_break_open_the_afterword() {
    let t = "She kept the flask,[1] and the lid.\n\nIt hummed.\n\n-x-x-\n\n[1] Iron, because mercury does not mix with it.\n\n[2] I forgot to put a [2] in the text.\n\nNext chapter soon, thank you all for reading!";
    let s = split_text(t);
    assert_eq!(s.body, vec![0, 1, 2]);
    assert_eq!(s.afterword, vec![3, 4, 5]);
    let t =
        "She kept the flask,[1] and the lid.[2]\n\nIt hummed.\n\n-x-x-\n\n[1] Iron.\n\n[2] Wax.";
    let s = split_text(t);
    assert!(s.afterword.is_empty(), "{:?}", s.afterword);
    let t = "The list read:\n\n[1] Flour.\n\n[2] Salt.";
    assert!(split_text(t).afterword.is_empty());
}

#[test]
fn a_block_of_typed_note_lines_with_a_label_is_the_preface() {
    // A notes app's note under its name (taken as the title by the header readers).
    // The file's paragraphs are single long lines, so the block's lines were typed.
    let long = "The first text came at six, which meant she had been awake for an hour at least, reading about fjords again.";
    let s = split_text(&format!(
        "for the zine!! final version, do not edit\ntw: grief, a parent's death\n\n{long}\n\n{long}"
    ));
    assert_eq!(s.preface, vec![0]);
    assert_eq!(s.body, vec![1, 2]);
    // Typed lines with no label, or a label only inside a long line, stay the story's.
    let s = split_text(&format!("MUM: call me\nME: later\n\n{long}\n\n{long}"));
    assert!(s.preface.is_empty(), "{s:?}");
}

/// A word processor's footnote (`[1] …`) after an end mark, marked in the story, is the
/// story's: it ends the body. One the story does not mark stays the closing note.
#[test]
fn a_marked_footnote_after_the_end_mark_is_the_storys() {
    let s = split_text("She ran.\n\nHe said cariad.[1]\n\nEND\n\n[1] cariad: love.");
    assert_eq!(s.body, vec![0, 1, 3]);
    assert!(s.afterword.is_empty());
    let s = split_text("She ran.\n\nHe said cariad.\n\nEND\n\n[1] cariad: love.");
    assert_eq!(s.afterword, vec![3]);
}

/// A closing note over the story's own footnotes (a word processor puts them last) is
/// the afterword; the footnotes stay the story's.
#[test]
fn a_closing_note_over_the_storys_footnotes_is_the_afterword() {
    let s = split_text(
        "She ran.\n\nHe said it was a duck.[1]\n\nThanks to my beta Priya for catching my tense slips, and to everyone who read it. x\n\n[1] It was a very good duck.",
    );
    assert_eq!(s.body, vec![0, 1, 3], "{:?}", s.decisions);
    assert_eq!(s.afterword, vec![2]);
    // Unmarked, the list is no footnote: the tail is read as it stands.
    let s = split_text("She ran.\n\nHe said it was a duck.\n\n[1] It was a very good duck.");
    assert!(
        s.afterword.is_empty() || s.afterword == vec![2],
        "{:?}",
        s.decisions
    );
    assert!(!s.body.is_empty());
}

/// A poster's "Update:" closing a post is weighed by what it tells, not by its label: one
/// that goes on with the story stays in it, one that talks to the readers is the
/// afterword.
#[test]
fn an_update_that_goes_on_with_the_story_is_the_storys() {
    let story = "You were at the bus stop again.\n\nI said nothing. Maybe Thursday.\n\n";
    let s = split_text(&format!(
        "{story}Update: it was Thursday. You dropped your glove and I said \u{201c}Sorry,\u{201d} and you smiled."
    ));
    assert!(s.afterword.is_empty(), "{:?}", s.decisions);
    let s = split_text(&format!(
        "{story}Update: part two is up on my blog, thank you for reading!"
    ));
    assert_eq!(s.afterword, vec![2], "{:?}", s.decisions);
    assert_eq!(
        tail::without_update_label("UPDATE (Nov 9): it rained."),
        "it rained."
    );
    assert_eq!(tail::without_update_label("Updated: May"), "Updated: May");
}

/// A lowercase title, an unlabelled note to readers and a labelled line under it ("cw:
/// …"): the title is the title, the note and the line the preface.
#[test]
fn an_unlabelled_note_over_a_labelled_line_under_a_lowercase_title() {
    let s = split_text(
        "the winter the orchard kept\n\nok so this is for the anon who asked for a storm. forgive any typos\n\ncw: a power cut\n\nThe storm came in sideways.\n\nAda found the candles.\n\nIt was Mr. Orlov.",
    );
    assert_eq!(s.title, Some(0));
    assert_eq!(s.preface, vec![1, 2]);
    assert_eq!(s.body, vec![3, 4, 5]);
    // A first-person opening over a labelled line is no note.
    let s = split_text(
        "I kept the orchard that winter.\n\nCW: a power cut\n\nThe storm came in sideways.\n\nAda found the candles.",
    );
    assert!(!s.preface.contains(&0));
}

/// A bracketed closing line that thanks its readers is the afterword; a bracketed last
/// line of the story that talks to no one stays.
#[test]
fn a_bracketed_last_line_to_readers_is_the_afterword() {
    let s = split_text(
        "She ran.\n\nHe followed.\n\nThe gate shut.\n\n[written over one long winter. thank you for staying with it this far.]",
    );
    assert_eq!(s.afterword, vec![3]);
    let s = split_text("She ran.\n\nHe followed.\n\nThe gate shut.\n\n[The gate is still there.]");
    assert!(s.afterword.is_empty());
}

/// A sign the story shows in capitals, even one that says "thanks for reading", is the
/// story's when the story goes on after it; the author's thanks after the divider are the
/// afterword.
#[test]
fn a_sign_in_capitals_the_story_shows_is_the_storys() {
    let s = split_text(
        "The smith worked late.\n\nThe forge was cold by morning.\n\nThe sea-witch came at noon.\n\nShe ran.\n\nHe followed.\n\nCorin painted a line where only the sea would read it:\n\nTHANKS FOR READING THE WEATHER RIGHT.\n\nThe boat came home that night.\n\n-----\n\nThank you to the mods for running this again!",
    );
    assert_eq!(s.afterword, vec![9]);
    assert!(s.body.contains(&6) && s.body.contains(&7));
}
