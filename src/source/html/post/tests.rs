//! Tests of a saved page's post: the title and byline at its top, a fic header, a
//! taglist at its end and typed lists, each on pages written for it.

use super::*;
use crate::source::work::Part;

fn para(t: &str) -> Block {
    Block::Paragraph(vec![Inline::Text(t.into())])
}

fn lines(ls: &[&str]) -> Block {
    let mut inl = Vec::new();
    for (k, l) in ls.iter().enumerate() {
        if k > 0 {
            inl.push(Inline::LineBreak);
        }
        inl.push(Inline::Text(l.to_string()));
    }
    Block::Paragraph(inl)
}

fn work(title: &str, body: Vec<Block>) -> Work {
    Work {
        title: Some(title.into()),
        parts: vec![Part {
            body,
            ..Part::default()
        }],
        ..Work::default()
    }
}

/// Word's title and subtitle paragraphs: the title repeated, then `por NAME`.
#[test]
fn a_title_paragraph_and_byline_open_the_text() {
    let mut w = work(
        "El reloj del pasillo",
        vec![
            para("El reloj del pasillo"),
            para("por Inmaculada Ferrer-Valdelomar"),
            para("Mi abuela tenía una regla."),
        ],
    );
    read_top(&mut w, "es");
    assert_eq!(w.authors, vec!["Inmaculada Ferrer-Valdelomar"]);
    assert_eq!(w.parts[0].body, vec![para("Mi abuela tenía una regla.")]);
    // A story that opens "By the time…" keeps its first paragraph.
    let story = vec![para("By the time she came home it was dark.")];
    let mut w = work("Home", story.clone());
    read_top(&mut w, "en");
    assert!(w.authors.is_empty());
    assert_eq!(w.parts[0].body, story);
}

/// An old home page sets its title over its byline in one centred paragraph, and its
/// `<title>` holds a short form: the paragraph names the story and its author.
#[test]
fn a_title_over_a_byline_at_the_top_names_the_story() {
    let mut w = work(
        "Comet! by skylark",
        vec![
            lines(&["=~ The Comet Over Harrow Barn ~=", "by skylark"]),
            para("Nobody else saw it."),
        ],
    );
    read_top(&mut w, "en");
    assert_eq!(w.title.as_deref(), Some("The Comet Over Harrow Barn"));
    assert_eq!(w.authors, vec!["skylark"]);
    assert_eq!(w.parts[0].body, vec![para("Nobody else saw it.")]);
    // A story's two lines that only end on "by …" stay the story's.
    let story = vec![lines(&["She sat down on the sea wall,", "by the harbour"])];
    let mut w = work("Wall", story.clone());
    read_top(&mut w, "en");
    assert_eq!(w.parts[0].body, story);
    assert_eq!(w.title.as_deref(), Some("Wall"));
}

/// LiveJournal's header: title, author, fields, summary and notes, one a line.
#[test]
fn a_fic_header_is_the_stories_information() {
    let mut w = work(
        "Fic: The Night Porter (PG, original)",
        vec![
            lines(&[
                "Title: The Night Porter",
                "Author: nightbookkeeper",
                "Rating: PG",
                "Word count: 915",
                "Summary: Nothing in the lobby is his business.",
                "Notes: Written for the ficathon.",
            ]),
            para("The night porter had a rule."),
        ],
    );
    read_top(&mut w, "en");
    assert_eq!(w.title.as_deref(), Some("The Night Porter"));
    assert_eq!(w.authors, vec!["nightbookkeeper"]);
    assert_eq!(
        w.summary,
        vec![para("Nothing in the lobby is his business.")]
    );
    assert_eq!(w.notes, vec![para("Notes: Written for the ficathon.")]);
    assert!(w.tags.contains(&("Words".into(), vec!["915".into()])));
    assert_eq!(w.parts[0].body, vec![para("The night porter had a rule.")]);
}

/// A header typed one field a paragraph reads the same; a lone note paragraph and
/// a warning are no header (they are the author's note, found later).
#[test]
fn a_header_of_one_field_a_paragraph_is_a_header() {
    let mut w = work(
        "Coat",
        vec![
            para("pairing: none (gen)"),
            para("word count: 0.7k"),
            para("a/n: wrote this on the bus."),
            para("the coat was too big for her."),
        ],
    );
    read_top(&mut w, "en");
    assert_eq!(w.notes, vec![para("a/n: wrote this on the bus.")]);
    assert_eq!(w.parts[0].body, vec![para("the coat was too big for her.")]);
    let body = vec![
        para("A/N: wrote this on the bus."),
        para("Warning: grief."),
        para("The coat was too big for her."),
    ];
    let mut w = work("Coat", body.clone());
    read_top(&mut w, "en");
    assert_eq!(w.parts[0].body, body);
}

/// Lines of a story that only start like labels are no header: one line that is
/// not a field keeps the whole paragraph in the story.
#[test]
fn a_paragraph_with_a_line_of_story_is_no_header() {
    let body = vec![lines(&[
        "Rating: the inspector gave the kitchen a four.",
        "She laughed at that for a week.",
    ])];
    let mut w = work("Kitchen", body.clone());
    read_top(&mut w, "en");
    assert_eq!(w.parts[0].body, body);
    assert!(w.tags.is_empty());
}

/// Wattpad types a list as paragraphs opened by `- `; dialogue opened by hyphens,
/// with a speaker's tag after a dash, stays paragraphs.
#[test]
fn paragraphs_typed_as_bullets_are_a_list() {
    let mut w = work(
        "Static",
        vec![
            para("She wrote it down anyway:"),
            para("- 2:14 a.m. TV on, Rm 9."),
            para("- Late news. One story."),
            para("Later she looked it up."),
        ],
    );
    typed_lists(&mut w, "en");
    let b = &w.parts[0].body;
    assert_eq!(b.len(), 3);
    let Block::List(l) = &b[1] else {
        panic!("{b:?}")
    };
    assert_eq!(l.items[1], vec![para("Late news. One story.")]);
    let talk = vec![
        para("- ¿Vienes? - preguntó ella."),
        para("- No. - dijo él."),
    ];
    let mut w = work("Charla", talk.clone());
    typed_lists(&mut w, "es");
    assert_eq!(w.parts[0].body, talk);
}

#[test]
fn a_taglist_closing_a_post_is_dropped() {
    let mut w = work(
        "Coat",
        vec![
            para("she let herself."),
            para("taglist: @coffeeandcorduroy @theoldbandshirt (ask to be added!)"),
        ],
    );
    drop_taglist(&mut w);
    assert_eq!(w.parts[0].body, vec![para("she let herself.")]);
    // A last line that names a tag list in a sentence is story.
    let story = vec![para("taglist: she never kept one, and @ signs scared her.")];
    let mut w = work("Coat", story.clone());
    drop_taglist(&mut w);
    assert_eq!(w.parts[0].body, story);
}

/// A byline followed on its line by the story's details ("by NAME · gen · june 2023")
/// names the author; the details go with it.
#[test]
fn a_byline_with_details_after_it_names_the_author() {
    let mut w = work(
        "Moths",
        vec![
            para("by Wren Kestrel \u{b7} gen \u{b7} june 2023"),
            para("It was June."),
        ],
    );
    read_top(&mut w, "en");
    assert_eq!(w.authors, vec!["Wren Kestrel"]);
    assert_eq!(w.parts[0].body, vec![para("It was June.")]);
    // A story's first line with a middle dot is no byline.
    let story = vec![para("The boat \u{b7} the harbour \u{b7} the rain.")];
    let mut w = work("Boats", story.clone());
    read_top(&mut w, "en");
    assert_eq!(w.parts[0].body, story);
}

/// A note box over the story is the preface and one under it the afterword, the rules
/// between them and the story no scene breaks; a box between scenes stays there.
#[test]
fn note_boxes_at_the_ends_are_the_notes() {
    let note = |t: &str| Block::Note(vec![para(t)]);
    let mut w = work(
        "Moths",
        vec![
            note("For the zine."),
            Block::SceneBreak,
            para("It was June."),
            Block::SceneBreak,
            note("Between."),
            para("It was July."),
            Block::SceneBreak,
            note("Thanks for reading."),
            Block::SceneBreak,
        ],
    );
    read_top(&mut w, "en");
    assert_eq!(w.notes, vec![para("For the zine.")]);
    assert_eq!(w.end_notes, vec![para("Thanks for reading.")]);
    assert_eq!(
        w.parts[0].body,
        vec![
            para("It was June."),
            Block::SceneBreak,
            note("Between."),
            para("It was July."),
        ]
    );
}

/// An old home page's title block with the author's address under the byline: the
/// title and author, the address gone with the block; a third line of words stays.
#[test]
fn a_title_block_with_an_address_under_the_byline() {
    let mut w = work(
        "longway",
        vec![
            lines(&[
                "The Long Way Round",
                "by Starwatcher",
                "starwatcher@geocities.com",
            ]),
            para("The motel had a neon sign."),
        ],
    );
    read_top(&mut w, "en");
    assert_eq!(w.title.as_deref(), Some("The Long Way Round"));
    assert_eq!(w.authors, ["Starwatcher"]);
    assert_eq!(w.parts[0].body, [para("The motel had a neon sign.")]);
    let mut w = work(
        "x",
        vec![lines(&[
            "The Long Way Round",
            "by the river",
            "we lay down and slept",
        ])],
    );
    read_top(&mut w, "en");
    assert!(w.authors.is_empty());
}

/// A page with no title of its own (an RTF document) opening with a title paragraph
/// over a `by NAME` paragraph: both are read.
#[test]
fn title_and_byline_paragraphs_on_a_page_with_no_title() {
    let mut w = work(
        "x",
        vec![
            para("Dear Occupant"),
            para("by Rosalind Achterberg"),
            para("The house was empty."),
        ],
    );
    w.title = None;
    read_top(&mut w, "en");
    assert_eq!(w.title.as_deref(), Some("Dear Occupant"));
    assert_eq!(w.authors, ["Rosalind Achterberg"]);
    assert_eq!(w.parts[0].body, [para("The house was empty.")]);
}

/// An old home page's webring box and hit counter under the story go; a story's last
/// line about visitors stays.
#[test]
fn a_home_pages_webring_and_counter_go() {
    let mut w = work(
        "x",
        vec![
            para("They drove on."),
            lines(&[
                "This X-Files Fanfic Webring site is owned by Starwatcher.",
                "[Prev] [Skip It] [Next] [Random] [List Sites]",
            ]),
            para("You are visitor number since March 3, 1999"),
        ],
    );
    drop_home_page_foot(&mut w);
    assert_eq!(w.parts[0].body, [para("They drove on.")]);
    let mut w = work(
        "x",
        vec![para(
            "You are the first visitor we have had in years, and the last we will ever need.",
        )],
    );
    drop_home_page_foot(&mut w);
    assert_eq!(w.parts[0].body.len(), 1);
}
