//! anthology49's answer key (`tests/fixtures/anthology49/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind, plain text that is hard to split: letters, a chat log, a screenplay, second person, numbered sections, an epigraph over the title, a diary, a songfic, alternating points of view, a set of drabbles, a character's postscript and a time skip. The stories in
//! `READ` are read as the key says and checked.

use super::*;

const ANTHOLOGY49: &[Expected] = &[
    Expected {
        file: "Letters_to_the_Saltworks_by_wrenwhistle.txt",
        title: "Letters to the Saltworks",
        authors: &["wrenwhistle"],
        breaks: 3,
        story: (
            "14th March, a Tuesday I think Dear",
            "will come. Bring the waltz. Always, Tobiah",
        ),
        preface: Some(("This started as a writing", "beta, all mistakes mine.")),
        afterword: None,
    },
    Expected {
        file: "server_log_final_FINAL.txt",
        title: "Server Log, Night Shift",
        authors: &["copperkettle_writes"],
        breaks: 2,
        story: (
            "[21:02] *** nightowl has joined #loadingdock [21:04]",
            "[22:37] pemberton: that is correct. coming down.",
        ),
        preface: None,
        afterword: Some(("This was for a prompt", "knows what he did.")),
    },
    Expected {
        file: "the_understudy_screenplay_v3.txt",
        title: "The Understudy",
        authors: &["Marguerite Okonjo-Hale"],
        breaks: 0,
        story: (
            "FADE IN: INT. THE PALLADIUM THEATRE -",
            "goes to unlock the doors. FADE OUT.",
        ),
        preface: Some(("I know screenplay format in", "more, not even ghosts.")),
        afterword: None,
    },
    Expected {
        file: "you-are-the-last-bus.txt",
        title: "you are the last bus",
        authors: &["thimbleandfern"],
        breaks: 2,
        story: (
            "You are the last bus out of",
            "long time, not sorry to be either.",
        ),
        preface: Some(("second person, present tense, one", "the title on purpose.")),
        afterword: None,
    },
    Expected {
        file: "Seven_Ways_to_Fold_a_Map.txt",
        title: "Seven Ways to Fold a Map",
        authors: &["Hollis Vantreight"],
        breaks: 0,
        story: (
            "My grandfather kept every map he ever",
            "I will know how to fold it.",
        ),
        preface: None,
        afterword: Some(("This one is for my", "you would try first.")),
    },
    Expected {
        file: "What the Orchard Keeps.txt",
        title: "What the Orchard Keeps",
        authors: &["Delphine Arrowsmith"],
        breaks: 3,
        story: (
            "“An apple remembers the whole tree. That",
            "lay down in its very small shade.",
        ),
        preface: None,
        afterword: Some(("I grew up next to", "a very good boy.")),
    },
    Expected {
        file: "the_week_the_bees_left(1).txt",
        title: "The Week the Bees Left",
        authors: &["saffronjay"],
        breaks: 0,
        story: (
            "The bees are gone. I went out",
            "next year, and this is next year.",
        ),
        preface: None,
        afterword: Some(("I kept bees for three", "the Small Griefs exchange.")),
    },
    Expected {
        file: "Lanterns on the Water - songfic.txt",
        title: "Lanterns on the Water",
        authors: &["marrowbone_lark"],
        breaks: 2,
        story: (
            "The lantern festival came to Kettleby every",
            "it comes back, then it's carrying me.",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "Two_Sides_of_the_Glass_-_quietharbour.txt",
        title: "Two Sides of the Glass",
        authors: &["quietharbour"],
        breaks: 0,
        story: (
            "The storm came in sideways off the",
            "potting bench, and I stayed for tea.",
        ),
        preface: Some((
            "Alternating points of view, marked",
            "storm, nobody gets hurt).",
        )),
        afterword: Some(("Thank you so much for", "they're the real protagonists.")),
    },
    Expected {
        file: "small_hours_drabbles.txt",
        title: "Small Hours: Five Drabbles",
        authors: &["Petra Lindqvist-Moore"],
        breaks: 0,
        story: (
            "Nobody on Lark Street has had milk",
            "is always one eraser, worn almost flat.",
        ),
        preface: Some(("These are five drabbles, one", "order they were written.")),
        afterword: None,
    },
    Expected {
        file: "The Cartographer's Apprentice (complete).txt",
        title: "The Cartographer’s Apprentice",
        authors: &["inkandbramble"],
        breaks: 3,
        story: (
            "Old Master Quill had drawn the coastline",
            "I was sorry. It knows what for.",
        ),
        preface: None,
        afterword: Some(("Thank you for reading! This", "to side with her.")),
    },
    Expected {
        file: "after_the_fair_ch1_oneshot.txt",
        title: "After the Fair",
        authors: &["J. R. Fenwick-Stroud"],
        breaks: 3,
        story: (
            "The Ferris wheel stopped with them at",
            "stayed stopped for a very long time.",
        ),
        preface: None,
        afterword: Some(("So that happened. I had", "comments make my day.")),
    },
];

/// The stories read as the key says. Not yet: a screenplay's title page, a diary's en-dash list, a note opening 'A note before the set:' and numbered drabble titles. Conventions of the key's the house does not share: a title set in capitals is kept as written; a songfic's `Song:` credit and `Disclaimer:` are its preface, a trailing "do not repost" line is the afterword's, and a `(complete, oneshot)` line under the title is a note.
const READ: &[&str] = &[
    "Letters_to_the_Saltworks_by_wrenwhistle.txt",
    "server_log_final_FINAL.txt",
    "you-are-the-last-bus.txt",
    "Seven_Ways_to_Fold_a_Map.txt",
];

#[test]
fn anthology49_is_read_as_its_answer_key_says() {
    check_stories("anthology49", ANTHOLOGY49, Some(READ));
}
