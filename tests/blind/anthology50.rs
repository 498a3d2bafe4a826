//! anthology50's answer key (`tests/fixtures/anthology50/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind, fan fiction as readers save it, mostly plain text with the author's note on top: AO3 downloads (a one-shot and a work in three chapters with chapter notes), FanFicFare's text of a fanfiction.net story, a typed story, a Tumblr post, a Wattpad part, a letter, a lullaby, a dialogue-heavy story, numbered sections under an epigraph, Markdown and a note full of links. The stories in `READ` are read as the key says
//! and checked.

use super::*;

const ANTHOLOGY50: &[Expected] = &[
    Expected {
        file: "The_Lamplighters_Ledger.txt",
        title: "The Lamplighter’s Ledger",
        authors: &["quillfeather_and_ash"],
        breaks: 2,
        story: (
            "The lamps of Penhallow Reach were lit",
            "just learned, and left them to dry.",
        ),
        preface: Some((
            "Written for the Harbour Towns",
            "any reasonable person should.",
        )),
        afterword: Some(("Thank you for reading! The", "steal it for years.")),
    },
    Expected {
        file: "Three Winters at Hollowmere.txt",
        title: "Three Winters at Hollowmere",
        authors: &["thistledown_archivist"],
        breaks: 1,
        story: (
            "The orchard at Hollowmere froze from the",
            "a plate before Peregrine finished the lot.",
        ),
        preface: Some(("This started as a drabble", "teenager in this one.")),
        afterword: Some(("Niangao recipe in the comments", "three exists at all.")),
    },
    Expected {
        file: "Salt and Cinder-ffnet_13579246.txt",
        title: "Salt and Cinder",
        authors: &["MarrowbyneQuill"],
        breaks: 2,
        story: (
            "Teodoro Ashgrove had served as quartermaster aboard",
            "\"For the record,\" said Teo, \"I know.\"",
        ),
        preface: Some((
            "A/N: Hi everyone! First fic",
            "my questionable life choices.",
        )),
        afterword: Some(("A/N: And that's the end!", "if people are interested?")),
    },
    Expected {
        file: "lending library FINAL.txt",
        title: "The Lending Library at Quillinan’s Cross",
        authors: &["Marguerite Ostrander"],
        breaks: 2,
        story: (
            "The lending library at Quillinan's Cross had",
            "shelves before she could see his face.",
        ),
        preface: Some(("A/N: This is for my", "nothing bad happens. Enjoy!")),
        afterword: Some(("Thanks for reading! If you", "return your overdue books.")),
    },
    Expected {
        file: "tumblr_ferrymans_apprentice.txt",
        title: "the ferryman’s apprentice",
        authors: &["moth-and-lantern-writes"],
        breaks: 3,
        story: (
            "The ferry at Ossington Ford crossed the",
            "if she had been waiting for him.",
        ),
        preface: Some(("a/n: this is for the", "we die like ferrymen.")),
        afterword: None,
    },
    Expected {
        file: "Beneath the Orrery - Part 7.txt",
        title: "Beneath the Orrery",
        authors: &["starlit_verbena"],
        breaks: 2,
        story: (
            "The orrery in the top room of",
            "better come up. And bring a torch.\"",
        ),
        preface: Some(("A/N: omg you guys we", "for the amazing cover!!")),
        afterword: Some(("A/N: don't forget to vote", "(for real this time)")),
    },
    Expected {
        file: "kestrel_house_v3.txt",
        title: "Kestrel House",
        authors: &["Hesper Lindqvist-Rowe"],
        breaks: 0,
        story: (
            "The letter came on the first warm",
            "lane, however opinionated the river in it.",
        ),
        preface: Some((
            "Author's note: an epistolary-ish piece.",
            "making of this fic.",
        )),
        afterword: None,
    },
    Expected {
        file: "wrenfield lullaby.txt",
        title: "The Wrenfield Lullaby",
        authors: &["Ottoline Marchbanks"],
        breaks: 0,
        story: (
            "Nobody in the village of Wrenfield-under-Hallow could",
            "some songs were worth staying awake for.",
        ),
        preface: None,
        afterword: Some(("Note: the lullaby is mine,", "across the finish line.")),
    },
    Expected {
        file: "gate14_draft_phone.txt",
        title: "Gate Fourteen",
        authors: &["Dashwood Pemberley-Ng"],
        breaks: 1,
        story: (
            "The departures board at Kettleworth-Abbotsford International had",
            "will.\" \"How?\" \"You've stopped reading that page.\"",
        ),
        preface: Some(("Notes: I wrote this entirely", "had the energy for.")),
        afterword: Some(("End notes: my flight did", "sadly. Thanks for reading!")),
    },
    Expected {
        file: "Cartography of a Drowned Parish (final).txt",
        title: "Cartography of a Drowned Parish",
        authors: &["Ines Wolstenholme"],
        breaks: 0,
        story: (
            "What the water takes, the water keeps;",
            "arm, and let him walk her home.",
        ),
        preface: Some(("This one is strange and", "Please mind the tags.")),
        afterword: None,
    },
    Expected {
        file: "glassblower-of-vennick-street.md",
        title: "The Glassblower of Vennick Street",
        authors: &["Rosalind Achterberg"],
        breaks: 3,
        story: (
            "The glassblower of Vennick Street owed money",
            "window at the street, and breathed in.",
        ),
        preface: Some(("Author's note: I wrote this", "sorry! No warnings apply.")),
        afterword: None,
    },
    Expected {
        file: "In_Which_Nobody_Drowns_velvetcartographer.txt",
        title: "In Which Nobody Drowns",
        authors: &["velvetcartographer"],
        breaks: 2,
        story: (
            "Florian Ashcombe-Vey had been writing the same",
            "she had done for him in years.",
        ),
        preface: Some((
            "Hi hello!! Before we start:",
            "find at https://archiveofourown.org/users/lanternmoth/pseuds/lanternmoth 💛",
        )),
        afterword: Some(("Kudos and comments feed me!", "about Florian with me.")),
    },
];

/// The stories read as the key says. Every story is read as the key says.
const READ: &[&str] = &[
    "The_Lamplighters_Ledger.txt",
    "Three Winters at Hollowmere.txt",
    "Salt and Cinder-ffnet_13579246.txt",
    "lending library FINAL.txt",
    "tumblr_ferrymans_apprentice.txt",
    "Beneath the Orrery - Part 7.txt",
    "kestrel_house_v3.txt",
    "wrenfield lullaby.txt",
    "gate14_draft_phone.txt",
    "Cartography of a Drowned Parish (final).txt",
    "glassblower-of-vennick-street.md",
    "In_Which_Nobody_Drowns_velvetcartographer.txt",
];

#[test]
fn anthology50_is_read_as_its_answer_key_says() {
    check_stories("anthology50", ANTHOLOGY50, Some(READ));
}
