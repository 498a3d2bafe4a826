//! Line breaks inside a paragraph, tests: wrap widths, joins, kept lines, chats.

use super::*;

fn lines(s: &str) -> Vec<&str> {
    s.lines().collect()
}

const PROSE78: &str = "The ferry came in late that evening, and the harbour master walked down to\n\
    meet it with his lantern held high against the wind. Nobody got off. He stood\n\
    there a long while, listening to the water knock against the pilings, before\n\
    he turned for home and the fire he had left burning in the small front room.\n\
    His wife had gone to bed. He sat up alone with the newspaper and did not read\n\
    it, and the clock on the mantel ticked on towards midnight without him.";

#[test]
fn wrap_width_of_a_wrapped_file() {
    let pairs = |ls: &[&'static str]| ls.windows(2).map(|w| (w[0], w[1])).collect::<Vec<_>>();
    // The longest line a greedy wrap at 78 happened to leave.
    assert_eq!(wrap_width(pairs(&lines(PROSE78)).into_iter()), Some(77));
    // Verse alone is not a hard wrap, nor are sentences set one per line.
    let verse = lines(
        "The river bends below the hill, and the mill\nAnd I go down to meet it by the water\nThe water runs as water will\nAnd I will not repeat it",
    );
    assert_eq!(wrap_width(pairs(&verse).into_iter()), None);
    let sentences = lines(
        "The ferry left at six.\nAmira was on it, with one bag and a book she did not open.\nThe island got smaller and then it was gone.\nShe did not look back.",
    );
    assert_eq!(wrap_width(pairs(&sentences).into_iter()), None);
}

#[test]
fn wrap_width_under_one_stray_long_line() {
    let pairs = |ls: &[&'static str]| ls.windows(2).map(|w| (w[0], w[1])).collect::<Vec<_>>();
    // Pandoc wraps at 72 but keeps a link whole: in a short file that one line is the
    // longest, and at its width no other line would have been full.
    let mut file = vec![
        "by [thistledown_ink](https://archiveofourown.org/users/thistledown_ink/pseuds/ink){rel=\"author\"}",
        "at <https://archiveofourown.org/works/1>.",
    ];
    file.extend(lines(PROSE72));
    assert_eq!(wrap_width(pairs(&file).into_iter()), Some(72));
    // Lines typed one per line stay unwrapped beside one long line: the width under it
    // is a sentence's length, not a wrap's.
    let mut typed = lines(
        "The ferry left at six.\nAmira was on it, with one bag and a book she did not open.\nThe island got smaller and then it was gone.\nShe did not look back.",
    );
    typed.insert(0, file[0]);
    assert_eq!(wrap_width(pairs(&typed).into_iter()), None);
}

const PROSE72: &str = "The festival fell on the last night of summer, and the boats went out\n\
    with their lanterns lit before the sun had even finished going down. Her\n\
    brother had promised to stay on the shore and he did not stay there for\n\
    long. By the time the bell rang from the chapel on the hill he was in\n\
    the water to his knees, holding his lantern over his head like a prize,\n\
    and laughing at something nobody else could hear over the music and the\n\
    wind. Tamsin called his name twice and then gave up, because the tide\n\
    was going out and there was nothing to do but follow him. The water was\n\
    colder than she had thought it would be. Somewhere out past the reeds a\n\
    boy was singing the old song about the ferryman, all the verses in the\n\
    wrong order, and nobody was stopping him. She found her brother on the\n\
    sandbar with his lantern gone out and his trousers soaked to the waist,\n\
    looking pleased with himself in the way he had looked pleased with\n\
    himself since he was four years old and had first learned to climb out\n\
    of a window. They walked back together in the dark, and neither of them\n\
    said a word about the song, or the boat, or the man on the pier who had\n\
    seen it all and who would tell it to the whole town by the morning if he\n\
    was let.";

#[test]
fn wrapped_prose_is_joined() {
    let (layout, keep) = decide(&lines(PROSE78), Some(78), false);
    assert_eq!(layout, Layout::Wrapped);
    assert!(keep.iter().all(|k| !k));
}

#[test]
fn verse_in_a_wrapped_file_keeps_its_lines() {
    let verse = lines(
        "The river bends below the hill,\nAnd I go down to meet it;\nThe water runs as water will\nand I will not repeat it.",
    );
    let (layout, keep) = decide(&verse, Some(78), false);
    assert_eq!(layout, Layout::Kept);
    assert_eq!(keep, [true, true, true]);
}

#[test]
fn lowercase_verse_in_a_wrapped_file_keeps_its_lines() {
    let verse =
        lines("the river takes\nwhat the river wants\nand gives back stones\nin the morning light");
    assert_eq!(
        decide(&verse, Some(78), false),
        (Layout::Short, vec![true; 3])
    );
    // Without a wrap width to compare with, the same lines read as hand-wrapped prose.
    assert_eq!(decide(&verse, None, false).0, Layout::RunOn);
    // A line near the width was filled by the wrapper: the paragraph is prose.
    let prose =
        lines("the ferry came in late that evening and the harbour master walked down to\nmeet it");
    assert!(!decide(&prose, Some(78), false).0.keeps());
}

#[test]
fn run_on_lines_far_short_of_the_files_longest_are_spare() {
    let stanza = lines(
        "I kept the light on the northern stair\nwhen the ships came home with salt in their hair,\nand the gulls went up like a thrown white scarf\nover the boards of the broken wharf.",
    );
    assert_eq!(decide(&stanza, None, false).0, Layout::RunOn);
    // Beside a line of 72 characters nobody wrapped, no wrapper broke these.
    assert!(is_spare(&stanza, 72));
    // Beside nothing longer than themselves, they may be prose wrapped narrow.
    assert!(!is_spare(&stanza, 50));
    let prose = lines(
        "The carriage was nearly empty. Oskar read the same page\nthree times and could not\nremember a single word of it.",
    );
    assert!(!is_spare(&prose, 66));
}

#[test]
fn hand_wrapped_prose_runs_on_and_is_joined() {
    let p = lines(
        "The carriage was nearly empty. Oskar read the same page\nthree times and *could not\nremember* a single word of it.",
    );
    assert_eq!(decide(&p, None, false).0, Layout::RunOn);
    let p = lines("Juliette climbed over it anyway,\ntearing her hem on the latch.");
    assert_eq!(decide(&p, None, false).0, Layout::RunOn);
}

#[test]
fn closings_and_addresses_keep_their_lines() {
    for s in [
        "With all my love,\nMarius",
        "Yours ever,\nC.",
        "14 Rue Plumet\nParis\nFrance",
    ] {
        assert_eq!(decide(&lines(s), Some(78), false).0, Layout::Kept, "{s}");
        assert_eq!(decide(&lines(s), None, false).0, Layout::Kept, "{s}");
    }
}

#[test]
fn every_break_is_kept_in_an_unwrapped_file() {
    let verse = lines("and the river runs\nand the river turns\nand nobody knows");
    assert_eq!(decide(&verse, None, false).0, Layout::RunOn);
    assert_eq!(
        decide(&verse, None, true),
        (Layout::Typed, vec![true, true])
    );
}

#[test]
fn chats() {
    assert!(is_chat(&lines("cosette: where r u\nmarius: library")));
    assert!(is_chat(&lines(
        "Cosette: where are you\nMarius: library\nCosette: come home"
    )));
    assert!(is_chat(&lines(
        "[21:04] Cosette: hi\n[21:05] Marius: hello"
    )));
    assert!(is_chat(&lines("<coz> hi\n<marius_p> hey")));
    // A fic header names each field once.
    assert!(!is_chat(&lines(
        "Title: Glass\nRating: K+\nSummary: A garden."
    )));
    assert!(!is_chat(&lines("She said: no.\nAnd left.")));
    assert!(!is_chat(&lines("title: glass\nrating: t\npairing: a/b")));
}

#[test]
fn sentences_one_per_line_only_when_unwrapped() {
    let p = lines("He left.\nShe stayed.\nThe clock struck nine.");
    assert!(is_sentence_per_line(&p, None));
    assert!(!is_sentence_per_line(&p, Some(78)));
    assert!(!is_sentence_per_line(&p[..2], None));
    assert!(!is_sentence_per_line(&lines("Love,\nMarius"), None));
}

#[test]
fn japanese_text_is_one_paragraph_a_line() {
    let p = ["\u{3000}雪が降った。", "「寒いね」", "\u{3000}彼は頷いた。"];
    assert!(is_cjk_paragraphs(&p));
    assert!(is_cjk_paragraphs(&["二月", "\u{3000}朝が来た。"]));
    // Verse lines with no indent and no sentence end keep their lines as verse.
    assert!(!is_cjk_paragraphs(&["古池や", "蛙飛び込む", "水の音"]));
    // Latin text is never read this way.
    assert!(!is_cjk_paragraphs(&["She came.", "\u{3000}He left."]));
    assert!(!is_cjk_paragraphs(&["\u{3000}雪。"]));
}
