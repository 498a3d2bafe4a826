//! anthology21's answer key (`tests/fixtures/anthology21/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): eleven stories written blind in the shapes writers keep
//! and readers save — a Google Docs `.docx` with a numbered list and a footnote, a
//! LibreOffice `.odt` in French, a WordPad `.rtf` with a poem, a Patreon post, a Ko-fi
//! post, a Webnovel chapter pasted as text, a Pillowfort post, a Medium story, a FicHub
//! EPUB of a Wattpad story, a SquidgeWorld Archive HTML download (otwarchive) and a phone
//! notes-app export with emoji, Japanese dialogue and text-message lines.

use super::*;
use common::words;
use quire::model::plain_text;

const ANTHOLOGY21: &[Expected] = &[
    Expected {
        file: "The Cartographer’s Apprentice.docx",
        title: "The Cartographer’s Apprentice",
        authors: &["Wren Halloway"],
        breaks: 1,
        story: (
            "Master Oduya kept her rules on a",
            "ears go hot. Listen to the fishwives.",
        ),
        preface: Some(("Author’s note: This was written", "my love of marshes.")),
        afterword: None,
    },
    Expected {
        file: "la_lanterne_du_quai_v3.odt",
        title: "La Lanterne du quai",
        authors: &["Margaux Delorme"],
        breaks: 1,
        story: (
            "Chaque soir, Anselme allumait la lanterne du",
            "était peut-être temps de prendre une apprentie.",
        ),
        preface: Some(("Note de l’auteur : ce", "sa relecture attentive !")),
        afterword: Some(("Notes : j’espère que cette", "me fait toujours plaisir.")),
    },
    Expected {
        file: "Postage Due.rtf",
        title: "Postage Due",
        authors: &["Tamsin Pryce"],
        breaks: 1,
        story: (
            "The letters started arriving at the Café",
            "like a question that could not decide.",
        ),
        preface: Some(("Note: Written for my sister,", "kudos are always lovely.")),
        afterword: None,
    },
    Expected {
        file: "The Night Baker (Early Access) _ Hollis Quill on Patreon.html",
        title: "The Night Baker",
        authors: &["Hollis Quill"],
        breaks: 2,
        story: (
            "Tobias Fenn had been the night baker",
            "caraway. Told everyone anyway. See you Tuesday.",
        ),
        preface: Some(("Hi, lovely people! Here’s the", "swearing, lots of bread.")),
        afterword: Some(("Thanks to my patrons for", "bench scraper is for.")),
    },
    Expected {
        file: "Small Repairs - Ko-fi ❤️ Where creators get support from fans through donations, memberships, shop sales and more! The original 'Buy Me a Coffee' Page..html",
        title: "Small Repairs",
        authors: &["Juniper Ashdown"],
        breaks: 0,
        story: (
            "The repair café opened at ten on",
            "the manual. Thank you for reading it.",
        ),
        preface: Some(("A little something for the", "the reason this exists.")),
        afterword: Some(("If you enjoyed this, I’m", "to your old jumpers.")),
    },
    Expected {
        file: "The Hedge Witch's Bargain - Chapter 1 - Webnovel.txt",
        title: "The Hedge Witch’s Bargain",
        authors: &["InkyMoth"],
        breaks: 0,
        story: (
            "In the original game, the hedge witch",
            "not me. Good. Feed the cat first.",
        ),
        preface: None,
        afterword: Some(("First chapter of my first", "one makes my day!")),
    },
    Expected {
        file: "Pillowfort.social - What the Tide Keeps.html",
        title: "What the Tide Keeps",
        authors: &["saltmarrow"],
        breaks: 1,
        story: (
            "Every child in Harrowmouth knew the rule:",
            "white, and it was hers to keep.",
        ),
        preface: Some(("My piece for the Drowned", "it on their fort.")),
        afterword: None,
    },
    Expected {
        file: "The Last Clockmaker on Pell Street _ by Aurelio Banks _ Medium.html",
        title: "The Last Clockmaker on Pell Street",
        authors: &["Aurelio Banks"],
        breaks: 1,
        story: (
            "The cuckoo clock in Mr. Salazar’s window",
            "Her grandfather listened to it eleven times.",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "Static on Channel Nine by nightowl_vee-Kf3x9Qa2.epub",
        title: "Static on Channel Nine",
        authors: &["nightowl_vee"],
        breaks: 1,
        story: (
            "The late movie on WKNE ran from",
            "goodnight to somebody before she went home.",
        ),
        preface: Some(("A/N: first time posting on", "die like men. enjoy!!")),
        afterword: Some(("A/N: AND THAT’S IT!! thank", "Dale?? let me know!!")),
    },
    Expected {
        file: "The_Keepers_Inventory.html",
        title: "The Keeper’s Inventory",
        authors: &["fennel_and_rue"],
        breaks: 1,
        story: (
            "Once a year, the regulations said, the",
            "she did not take that line out.",
        ),
        preface: Some((
            "For the Lamplight Station Secret",
            "vaguely after episode 40.",
        )),
        afterword: Some(("The list Tomas keeps is", "reading, and happy holidays!")),
    },
    Expected {
        file: "Last Train.txt",
        title: "Last Train",
        authors: &["mossgirl"],
        breaks: 0,
        story: (
            "Yui missed the last train by forty",
            "next time miss it on purpose 🌙",
        ),
        preface: Some(("a/n: wrote this on the", "the last train 💙")),
        afterword: Some(("ok that’s it!! thank u", "worth of ideas 🚌✨")),
    },
];

#[test]
fn anthology21_is_read_as_its_answer_key_says() {
    check("anthology21", ANTHOLOGY21);
}

/// `EXPECTED.md`'s word counts, in book order (The Cartographer’s Apprentice's footnote
/// is the last line of its story text, counted from the linked footnote).
const WORDS: &[usize] = &[378, 323, 362, 373, 369, 372, 372, 386, 312, 326, 340];

/// Every word of every story read, and no word of a note, a header or the site's, is the
/// story's: the counts are `EXPECTED.md`'s to the word.
#[test]
fn anthology21_keeps_every_word_of_every_story_once() {
    let read: Vec<&str> = ANTHOLOGY21.iter().map(|e| e.file).collect();
    super::anthology13::word_counts_hold(
        "anthology21",
        &read,
        WORDS,
        super::anthology17::counted_with_footnotes,
    );
}

/// The words of `blocks` a reader reads as the story's: no heading, note or footnote,
/// nor a footnote's marker (a superscript number), and a list's items without their
/// numbers or bullets.
fn prose_words(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .flat_map(|b| match b {
            Block::Heading(_) | Block::Note(_) | Block::Footnotes(_) => Vec::new(),
            Block::List(list) => list.items.iter().flat_map(|i| prose_words(i)).collect(),
            b => words(&without_marks(&b.plain())),
        })
        .filter(|w| !w.chars().all(|c| "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(c)))
        .collect()
}

/// `text` without its typed footnote marks (`news.[1]`), which are no words.
fn without_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('[') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        if (1..=2).contains(&digits) && after[digits..].starts_with(']') {
            rest = &after[digits + 1..];
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly, its
/// footnotes' text last.
#[test]
fn anthology21_gives_every_story_its_words_in_order() {
    every_story_has_the_keys_words("anthology21");
}

/// Each story of the blind anthology `name` has, in order, the words of its key's
/// `story-texts/N.txt` (its prose: no heading or note, a list's items without their
/// numbers, then its footnotes' text).
pub(super) fn every_story_has_the_keys_words(name: &str) {
    every_story_but_has_the_keys_words(name, &[]);
}

/// As [`every_story_has_the_keys_words`], for every story but those of `skip` (by file).
pub(super) fn every_story_but_has_the_keys_words(name: &str, skip: &[&str]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let project = quire::load(&root).expect("the anthology loads");
    let mut wrong = Vec::new();
    for (n, ch) in project.book.chapters.iter().enumerate() {
        if skip.contains(&ch.file.as_str()) {
            continue;
        }
        let mut have = prose_words(&ch.body);
        for b in &ch.body {
            if let Block::Footnotes(f) = b {
                for note in &f.notes {
                    have.extend(words(&plain_text(&note.text)));
                }
            }
        }
        let key = root.join(format!("story-texts/{}.txt", n + 1));
        let want = words(&std::fs::read_to_string(key).expect("the key's text"));
        if have != want {
            let at = have.iter().zip(&want).take_while(|(a, b)| a == b).count();
            let show = |w: &[String]| w[at.saturating_sub(3)..w.len().min(at + 5)].join(" ");
            wrong.push(format!(
                "{}: word {at} is {:?}, not {:?}",
                ch.file,
                show(&have),
                show(&want)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
