//! Near misses: stories shaped almost like a file one of the source readers knows (an
//! etext's START line, a chat export's messages, a downloader's tool line, a form
//! between rules, a Notion aside, a manuscript's word count, fields that are dialogue,
//! a tag line that is a sentence) are read as stories: every word of each reaches the
//! EPUB, in order, exactly once.

mod common;

use common::words;

/// Each near miss: its file name and text. Every word of the text is the story's; a
/// `by NAME` line under its title may be set as its byline instead.
const STORIES: &[(&str, &str)] = &[
    (
        "transmission.txt",
        "The Relay\n\nThe station had been dark for nine years when the signal came.\n\n\
*** START OF TRANSMISSION ***\n\nHELLO. WE HAVE WATER AND SEED.\n\n*** END OF TRANSMISSION ***\n\n\
She read it twice more before she woke the others.\n\nThey answered at dawn.\n",
    ),
    (
        "messages.txt",
        "[02/06/2024 21:40] maya\ndid you take the blue mug\n\n[02/06/2024 21:41] dev\nwhich blue mug\n\n\
[02/06/2024 21:41] maya\nthe ONLY blue mug. the one grandma gave me, with the chip on the handle\n\n\
[02/06/2024 21:43] dev\noh\n\n[02/06/2024 21:44] sam\ni am not part of this\n",
    ),
    (
        "station_log.txt",
        "Location: Relay Station Kestrel\nCrew: three\n\n[14/03/2087 02:11] okafor\nanyone awake\n\n\
[14/03/2087 02:12] lindqvist\ni am now. what is it\n\n[14/03/2087 02:12] okafor\nthe seal on bay \
four is singing again, that high whine from last winter\n\n[14/03/2087 02:13] sato\ngo back to sleep\n\n\
Nobody went back to sleep.\n",
    ),
    (
        "saved_by_the_bell.txt",
        "Saved by the Bell\nby Priya Raman\n\nSaved by the bell, Nadia thought, and slid her notebook into her bag \
before Mr Okonkwo could see it.\n\n==============================\n\nIt was a drawing of him.\n",
    ),
    (
        "the_form.md",
        "---\n\ntitle: a word she hated\n\n---\n\nShe hated the word. It sat on the form like a stone.\n",
    ),
    (
        "the_lamp_keeper.txt",
        "Written for the Harbour Lights prompt\nAbout 2,000 words\n\nThe Lamp Keeper\n\nby Tomasz Wren\n\n\
The lamp had not been lit in forty years.\n\nShe counted the stairs.\n",
    ),
    (
        "the_postcard.txt",
        "The Postcard\n\nShe pinned it to the fridge. Years later her son found what she had added \
in pencil:\n\nTagged: found, kept, loved.\n",
    ),
    (
        "kitchen_table.txt",
        "The Kitchen Table\n\nMum left a note on the kitchen table before she went.\n\n\
Note: back at six. Feed the cat.\n\nShe wasn't back at six.\n\nShe wasn't back at all, and the \
cat sat by the door for a week.\n",
    ),
    (
        "matinee.txt",
        "The Matinee\n\nWe sat through the whole film.\n\nThe screen went black and the words came \
up, white and shaky:\n\nTHE END\n\nNobody moved. Then Mara laughed.\n\nWe walked home in the rain.\n",
    ),
    (
        "library_card.txt",
        "Library Days\nby Huw Jenkins\n\nReads: 14 | Late: 2 | Lost: 0\nThat was the whole of his card.\n\n\
========================================\n\nThe second card was pink.\n",
    ),
];

#[test]
fn near_misses_keep_every_word_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut toml = "[book]\ntitle = \"Near Misses\"\n".to_string();
    for (i, (name, text)) in STORIES.iter().enumerate() {
        std::fs::write(dir.path().join(name), text).unwrap();
        // A title of the book's own: the story's title line stays in its text.
        toml += &format!("\n[[chapters]]\nfile = \"{name}\"\ntitle = \"Near miss {i}\"\n");
    }
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(dir.path(), "epub", out.path());
    let chapters = common::epub_chapters(&std::fs::read(epub).unwrap());
    assert_eq!(chapters.len(), STORIES.len());
    let misread: Vec<String> = STORIES
        .iter()
        .zip(&chapters)
        .filter(|((_, text), ch)| {
            let story: Vec<&str> = text.lines().filter(|l| !l.starts_with("by ")).collect();
            ch.text != words(text) && ch.text != words(&story.join("\n"))
        })
        .map(|((name, _), ch)| format!("{name}: {}", ch.text.join(" ")))
        .collect();
    assert!(misread.is_empty(), "{misread:#?}");
}

/// Stories sent as e-mail whose last scene follows a bare `--`, whose last line is one
/// word of the sender's name, or whose refrain is the subject's title: every word of the
/// message's text is the story's.
#[test]
fn mailed_near_misses_keep_every_word_in_order() {
    let head = |subject: &str| {
        format!(
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\
From: June Okafor <june@example.org>\nTo: Sam <sam@example.net>\nSubject: {subject}\n\n"
        )
    };
    let mails = [
        (
            "lake.eml",
            "The Lake",
            "They swam out to the island every summer until the summer Ben didn't.\n\n--\n\n\
Years later she swam it alone.\n\nIt was shorter than she remembered.\n",
        ),
        (
            "june.eml",
            "Summer poem",
            "The lilac went over,\nthe swifts came back,\nand then it was\n\nJune\n",
        ),
        (
            "snow.eml",
            "Snow",
            "It fell all night\non the roofs and the cars.\n\nSnow\n\non the bins, on the bikes.\n",
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut toml = "[book]\ntitle = \"Near Misses\"\n".to_string();
    for (i, (name, subject, text)) in mails.iter().enumerate() {
        std::fs::write(dir.path().join(name), head(subject) + text).unwrap();
        toml += &format!("\n[[chapters]]\nfile = \"{name}\"\ntitle = \"Near miss {i}\"\n");
    }
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(dir.path(), "epub", out.path());
    let chapters = common::epub_chapters(&std::fs::read(epub).unwrap());
    let misread: Vec<String> = mails
        .iter()
        .zip(&chapters)
        .filter(|((_, _, text), ch)| ch.text != words(text))
        .map(|((name, _, _), ch)| format!("{name}: {}", ch.text.join(" ")))
        .collect();
    assert!(misread.is_empty(), "{misread:#?}");
}
