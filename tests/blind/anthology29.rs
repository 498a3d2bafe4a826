//! anthology29's answer key (`tests/fixtures/anthology29/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind as plain text people
//! keep, each with a twist — FanFicFare text in Italian and of an AO3 series work, an AO3
//! "Entire Work" page copy, a header with a two-paragraph A/N, Notepad's UTF-16, an
//! e-mail exchange inside a story, a Setext Markdown poem, a phone note with no title, a
//! Swedish story, a drabble set with numbered titles, a 2003 mailing-list post and a
//! Quotev page copy.

use super::*;

const ANTHOLOGY29: &[Expected] = &[
    Expected {
        file: "Il_peso_della_neve-ffnet_13904512.txt",
        title: "Il peso della neve",
        authors: &["lucciola_nera"],
        breaks: 1,
        story: (
            "La neve aveva cominciato a cadere poco",
            "il giardino stava già pensando alla primavera.",
        ),
        preface: Some(("N.d.A.: Ciao a tutti! Questa", "un inverno. Buona lettura!")),
        afterword: Some(("N.d.A.: Grazie di cuore a", "no. Alla prossima storia!")),
    },
    Expected {
        file: "What the Tide Leaves - quillandquarry [Archive of Our Own].txt",
        title: "What the Tide Leaves",
        authors: &["quillandquarry"],
        breaks: 1,
        story: (
            "The tide went out farther that morning",
            "that evening, the worst he could remember.",
        ),
        preface: Some(("Written for the Stardew Valley", "that happened long ago.")),
        afterword: Some(("The shanty Willy half-remembers is", "to talk about fish.")),
    },
    Expected {
        file: "the_clockmakers_winter.txt",
        // The file's title line is in capitals, and Quire keeps a title as written.
        title: "THE CLOCKMAKER’S WINTER",
        authors: &["Marrow Finch"],
        breaks: 2,
        story: (
            "Abel Harrow had mended clocks in the",
            "melted into the floorboards and was gone.",
        ),
        // The A/N field's label goes; its words follow the summary.
        preface: Some(("This started as a", "I changed it. Slightly.")),
        afterword: Some(("Author's notes: - The clock", "and concrit always welcome!")),
    },
    Expected {
        file: "De veerman.txt",
        title: "De veerman",
        authors: &["Sanne Vogelaar"],
        breaks: 2,
        story: (
            "Elke ochtend om zes uur maakte Joop",
            "meisje met een rode fiets dat zwaaide.",
        ),
        preface: Some(("Noot van de schrijver: Dit", "van mijn liefste verhalen.")),
        afterword: None,
    },
    Expected {
        file: "overdue_final_v2.txt",
        title: "Overdue",
        authors: &["Tamsin Reyes"],
        breaks: 0,
        story: (
            "The notice went out on a Monday,",
            "to the desk and asked for her.",
        ),
        preface: None,
        afterword: Some((
            "A/N: Dedicated to every librarian",
            "Thank you for reading!",
        )),
    },
    Expected {
        file: "What the Plough Turns Up-ao3_31188642.txt",
        title: "What the Plough Turns Up",
        authors: &["fieldwalker"],
        breaks: 1,
        story: (
            "The field had been ploughed on the",
            "when it has nowhere better to be.",
        ),
        preface: Some(("Part two, but stands alone.", "to anyone who has.")),
        afterword: Some((
            "Notes for the end: yes,",
            "before Christmas, weather permitting.",
        )),
    },
    Expected {
        file: "the-salt-choir.md",
        title: "The Salt Choir",
        authors: &["Wren Okafor"],
        breaks: 2,
        // The key counts the epigraph as the story's; Quire sets it apart at the story's
        // head as its epigraph (as anthology13, 17 and 18's keys ask), so the story's
        // own words open under it.
        story: (
            "The choir met on Thursdays in the",
            "the windows open, after that, all winter.",
        ),
        preface: None,
        afterword: Some(("Author's note: The hymn is", "This is for them.")),
    },
    Expected {
        file: "the weight of small boats.txt",
        // No title line: the title is made from the file name, and no author is named.
        title: "The Weight of Small Boats",
        authors: &[],
        breaks: 3,
        story: (
            "The boat had been in Jude's gran's",
            "his mum. It came out loud anyway.",
        ),
        preface: Some(("a/n: ok so i wrote", "we die like men")),
        afterword: None,
    },
    Expected {
        file: "brev_fran_fyren.txt",
        title: "Brev från fyren",
        authors: &["Elin Sjöberg"],
        breaks: 2,
        story: (
            "Hösten 1952 fick Astrid ett brev som",
            "varit fastfruset i tre år plötsligt släppte.",
        ),
        preface: Some((
            "Författarens anteckning: Den här novellen",
            "men vinden är äkta.",
        )),
        afterword: Some(("Tack för att ni läste!", "skriv gärna en rad.")),
    },
    Expected {
        file: "three_bells_drabbles.txt",
        title: "Three Bells",
        authors: &["Ashgrove"],
        breaks: 0,
        story: (
            "The first bell rings at six, and",
            "so it won't ring, and says goodnight.",
        ),
        preface: Some((
            "Note: three drabbles, exactly 100",
            "'bells' prompt at fandom_100.",
        )),
        afterword: None,
    },
    Expected {
        file: "coldground.txt",
        title: "Cold Ground",
        authors: &["Kestrel"],
        breaks: 2,
        story: (
            "The ruin on P3X-774 had been quiet",
            "said Daniel. \"Now that you mention it.\"",
        ),
        preface: Some(("This is my first SG-1", "says \"by golly\" anymore.")),
        afterword: Some((
            "Feedback welcome at kestrel_writes@yahoo.com --",
            "keep my tea warm.",
        )),
    },
    Expected {
        file: "Glass Harbour_ A Requiem _ Quotev.txt",
        title: "Glass Harbour: A Requiem",
        authors: &["nightjar_ink"],
        breaks: 2,
        story: (
            "The radio tower at Glass Harbour was",
            "water to meet them. [End of transmission]",
        ),
        preface: Some(("[A/N: hiii this is for", "i promise. enjoy <3]")),
        afterword: Some(("[A/N: thank you for reading!!", "towers, i have theories]")),
    },
];

#[test]
fn anthology29_is_read_as_its_answer_key_says() {
    check("anthology29", ANTHOLOGY29);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology29_gives_every_story_its_words_in_order() {
    // The Markdown poem's epigraph is set apart (see its entry above).
    super::anthology21::every_story_but_has_the_keys_words("anthology29", &["the-salt-choir.md"]);
}
