//! anthology53's answer key (`tests/fixtures/anthology53/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind, plain text whose parts are hard to tell apart: a translation with its original's credit, footnotes under a rule, a story in e-mails, a ballad, a note signed with a dash, content warnings and a typed summary, a crossover with a recipe, an aside after the story, a dedication and an epigraph, a challenge's prompt and word count, a teaser after the note, a beta credit and bold section headings. The stories in `READ` are read as the key says
//! and checked.

use super::*;

const ANTHOLOGY53: &[Expected] = &[
    Expected {
        file: "the_salt_road_(translation).txt",
        title: "The Salt Road",
        authors: &["Inês Valadares"],
        breaks: 3,
        story: (
            "The salt pans at Aveira go white",
            "tell them how,\" she said, \"heel first.\"",
        ),
        preface: Some(("Translator's note: Inês gave me", "original if you can!")),
        afterword: Some(("Translator's note again: the last", "me with this one.")),
    },
    Expected {
        file: "An Incomplete Guide to the Harbour Museum.txt",
        title: "An Incomplete Guide to the Harbour Museum",
        authors: &["marginalia_and_moth"],
        breaks: 3,
        story: (
            "The Harbour Museum of Port Ellery occupies",
            "so I have not given it either.",
        ),
        preface: None,
        afterword: Some(("Thank you for reading this", "anyone who went looking.")),
    },
    Expected {
        file: "re_re_re_overdue.txt",
        title: "Re: Re: Re: Overdue",
        authors: &["pennyroyal_tea"],
        breaks: 5,
        story: (
            "From: Ambrose Vell <a.vell@hollin.ac> To: Restricted Stacks",
            "Thursday. Four o'clock. Bring the coat. S.",
        ),
        preface: Some(("A/N: epistolary fic, because I", "book four, I promise.")),
        afterword: Some(("Thank you for reading! Sunniva's", "because I love him.")),
    },
    Expected {
        file: "ballad-of-the-last-crossing.txt",
        title: "The Ballad of the Last Crossing",
        authors: &["Corvina Heath"],
        breaks: 1,
        story: (
            "The river Ost runs brown and slow",
            "in fog, she sings, lest he forget.",
        ),
        preface: None,
        afterword: Some(("This is the first thing", "know stanza nineteen limps.")),
    },
    Expected {
        file: "41187730_last_day_at_dog-eared.txt",
        title: "Last Day at Dog-Eared",
        authors: &["saltwaterbiscuit"],
        breaks: 2,
        story: (
            "The sign went up at eight in",
            "door, and for once that was fine.",
        ),
        preface: None,
        afterword: Some(("I wrote this the week", "know why. — saltwaterbiscuit")),
    },
    Expected {
        file: "Visiting Hours - tidewrack.txt",
        title: "Visiting Hours",
        authors: &["tidewrack"],
        breaks: 3,
        story: (
            "The family room on Ward 6 has",
            "the way you would to a friend.",
        ),
        preface: Some((
            "CW: hospital setting, aftermath of",
            "(they're okay, I promise)",
        )),
        afterword: Some(("Thank you for reading. This", "was also the cat.")),
    },
    Expected {
        file: "crossover_bakeoff_FINAL_v2.txt",
        title: "Three Moons and a Soggy Bottom",
        authors: &["Hob Larkspur"],
        breaks: 3,
        story: (
            "Professor Adaeze Quill had faced down a",
            "desk, slowly. It was, she decided, done.",
        ),
        preface: Some(("Disclaimer: I don't own Starfall", "will not thank you.")),
        afterword: None,
    },
    Expected {
        file: "Paper Lanterns (oneshot).txt",
        title: "Paper Lanterns",
        authors: &["ashgrove_writes"],
        breaks: 2,
        story: (
            "Rhiannon is standing on the bridge over",
            "\"And then wherever they want,\" says Rhiannon.",
        ),
        preface: None,
        afterword: Some(("Okay so I did not", "it, that's the note.")),
    },
    Expected {
        file: "chapter_three.txt",
        title: "Chapter Three",
        authors: &["Lupe Marchetti"],
        breaks: 4,
        story: (
            "Every house keeps one room for the",
            "pile, face down, for whoever came next.",
        ),
        preface: Some(("For M., who asked", "For M., who asked")),
        afterword: None,
    },
    Expected {
        file: "fictober_day4_lost_signal.txt",
        title: "Lost Signal",
        authors: &["neonbramble"],
        breaks: 2,
        story: (
            "The last bar of signal on Hatchet",
            "breaking up, the way she always does.",
        ),
        preface: Some(("Prompt: \"I can't hear you,", "Five challenge, day 4")),
        afterword: Some(("Day 4 done! I'm behind", "reason I'm still going.")),
    },
    Expected {
        file: "Stagefright_ch1.txt",
        title: "Stagefright",
        authors: &["velvet_kazoo"],
        breaks: 2,
        story: (
            "The Lamplighter holds an open mic every",
            "third from the top, not crossed out.",
        ),
        preface: None,
        afterword: Some(("A/N: Thank you so much", "cannot say yes to.")),
    },
    Expected {
        file: "before-and-after (1).txt",
        title: "The Clockmaker’s Apprentice, Before and After",
        authors: &["Wicklow Finch"],
        breaks: 1,
        story: (
            "The shop on Marrow Lane has two",
            "that were left kept time around them.",
        ),
        preface: Some((
            "Beta'd by inkwellhollow, all mistakes",
            "inkwellhollow, all mistakes mine",
        )),
        afterword: Some(("Thank you for reading! This", "really love to know.")),
    },
];

/// The stories read as the key says. Not yet: a translation's `Original work: TITLE by NAME` and `Translated by` lines; an e-mail's `-- ` signature rule, read as a scene break; a ballad's closing note that addresses no one; bold section headings (`**Before**`). Conventions of the key's the house does not share: a title set in capitals is kept as written; footnotes are set after the text, where the key ends the story on their bodies; a typed `Summary:` under the warnings and a `Word count:` line stay in the preface.
const READ: &[&str] = &[
    "41187730_last_day_at_dog-eared.txt",
    "crossover_bakeoff_FINAL_v2.txt",
    "Paper Lanterns (oneshot).txt",
];

#[test]
fn anthology53_is_read_as_its_answer_key_says() {
    check_stories("anthology53", ANTHOLOGY53, Some(READ));
}
