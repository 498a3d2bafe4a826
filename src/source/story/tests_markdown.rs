//! Story understanding, tests of Markdown files: titles, headings and fields, front
//! matter, a MultiMarkdown compile's notes, and hard line breaks.

use super::tests::entry;
use super::*;

/// Markdown: the `# Title` line is the title without its mark, `## …` lines are
/// headings though not Title Case, and a hashtag line stays text (a line of two tags or
/// more at the end is a Tumblr tag line, see `social`).
#[test]
fn markdown_title_and_headings() {
    let (c, d) = understand(
        &entry(),
        "# Post-Incident Review: Cryostat 3\n\nIt tripped at 03:17.\n\n## 2. What the researchers did\n\nThey read the manual.\n\n#lab",
        Encoding::Utf8,
        "en",
    );
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(c.title, "Post-Incident Review: Cryostat 3");
    assert_eq!(
        c.body[1],
        Block::Heading("2. What the researchers did".into())
    );
    assert!(matches!(c.body[3], Block::Paragraph(_)), "{:?}", c.body[3]);
}

/// A Markdown title that opens with a hashtag (a chat channel's name) is the title, and
/// bold `**Label:**` fields under it are a header.
#[test]
fn markdown_hashtag_title_over_bold_fields() {
    let (c, d) = understand(
        &entry(),
        "# #nightdesk, Last Edition\n\n**Fandom:** Original Work\n**Rating:** Teen\n**Words:** 962\n\n_Author's note: told in a chat log._\n\nThe paper went to bed.",
        Encoding::Utf8,
        "en",
    );
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(c.title, "#nightdesk, Last Edition");
    assert_eq!(c.meta.rating.as_deref(), Some("Teen"));
    assert_eq!(c.preface.len(), 1);
    assert_eq!(c.body.len(), 1);
}

/// Markdown front matter gives the title, author, language and summary; its
/// delimiters are not scene breaks and its keys are not text.
#[test]
fn markdown_front_matter() {
    let e = ChapterConfig {
        file: "s.md".into(),
        ..Default::default()
    };
    let (c, d) = understand(
        &e,
        "---\ntitle: \"Saunan sääntö\"\nauthors: [Aino, Eeva]\nlang: fi\nsummary: Kaksi siskoa.\n---\n\nHe tulivat illalla.\n\n---\n\nAamulla satoi.",
        Encoding::Utf8,
        "en",
    );
    assert!(d.is_empty(), "{d:?}");
    assert_eq!(c.title, "Saunan sääntö");
    assert_eq!(c.authors, vec!["Aino", "Eeva"]);
    assert_eq!(c.language.as_deref(), Some("fi"));
    assert_eq!(c.meta.summary.len(), 1);
    assert_eq!(c.body.len(), 3, "{:?}", c.body);
    assert!(matches!(c.body[1], Block::SceneBreak));
}

/// A writing tool's MultiMarkdown compile: its metadata block (keywords are tags, the
/// typesetting keys are left out), the title again as a heading over a dedication (no
/// word of the note), and a closing note under its own `##` heading (no `#` printed).
#[test]
fn multimarkdown_compile_keeps_no_markup_in_its_notes() {
    let mut e = entry();
    e.file = "s.md".into();
    let (c, _) = understand(
        &e,
        "Title:\tSalt  \nAuthor:\tC. D.  \nDate:\t14 May 2021  \nKeywords:\ttrains, grief  \nBase Header Level:\t2  \n\n# Salt #\n\n*For my father.*\n\nThe train left at six.\n\nShe stayed.\n\n## Author's Note ##\n\nWritten in lockdown. Thanks for reading!",
        Encoding::Utf8,
        "en",
    );
    assert_eq!(c.title, "Salt");
    assert_eq!(c.meta.tags, ["trains", "grief"]);
    assert_eq!(c.meta.published.as_deref(), Some("14 May 2021"));
    let note = |b: &[Block]| b.iter().map(Block::plain).collect::<Vec<_>>().join("|");
    assert_eq!(note(&c.preface), "For my father.");
    assert!(!note(&c.afterword).contains('#'), "{}", note(&c.afterword));
    assert_eq!(c.body.len(), 2);
}

/// Markdown hard breaks: a postcard's lines that each end a sentence would read as
/// paragraphs typed one a line, but their two trailing spaces (or backslashes) say they
/// are one paragraph of lines. The backslashes are markup and print nowhere.
#[test]
fn markdown_hard_breaks_keep_a_paragraph_of_lines() {
    let e = ChapterConfig {
        file: "postcard.md".into(),
        ..Default::default()
    };
    let card = "She read it twice.\n\nDear Tom.\nThe sea is cold today.\nThe beds are hard.\nWish you were here.\n\nThen she put it away.";
    for (text, spaced) in [
        (card.to_string(), vec![3, 4, 5]),
        (
            card.replacen(".\nThe", ".\\\nThe", 2)
                .replacen("hard.\n", "hard.\\\n", 1),
            vec![],
        ),
    ] {
        let (c, _) = understand_spaced(&e, (&text, &spaced), Encoding::Utf8, "en");
        assert_eq!(c.body.len(), 3, "{:?}", c.body);
        let Block::Paragraph(inl) = &c.body[1] else {
            panic!("{:?}", c.body[1])
        };
        assert_eq!(inl.iter().filter(|i| **i == Inline::LineBreak).count(), 3);
        assert!(!format!("{inl:?}").contains('\\'), "{inl:?}");
    }
    // The same lines with no marks are four paragraphs, one a line, as before.
    let (c, _) = understand_spaced(&e, (card, &[]), Encoding::Utf8, "en");
    assert_eq!(c.body.len(), 6, "{:?}", c.body);
}
