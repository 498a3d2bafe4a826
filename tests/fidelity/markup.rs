//! Markup injection: markup and control characters in a story or in `book.toml` come
//! out as text in every EPUB document and in the PDF, never as markup.

use super::*;

const NASTY: &str = "Tom & Jerry <script>alert(\"x\")</script> ]]> &amp; 'q' \u{1}\u{7f}\u{85}end";

#[test]
fn markup_in_stories_and_book_toml_is_text() {
    // Put NASTY's markup everywhere in book.toml (its control characters are refused
    // there, with their line: tests/config.rs), and all of NASTY in the story.
    let t = NASTY
        .replace(['\u{1}', '\u{7f}', '\u{85}'], "")
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    let toml = format!(
        "[book]\ntitle = \"{t}\"\nsubtitle = \"{t}\"\nauthors = [\"{t}\", \"B <b>\"]\n\
         publisher = \"{t}\"\ndescription = \"{t}\"\nrights = \"{t}\"\nidentifier = \"urn:x:{t}\"\n\
         date = \"2024-05-01\"\n\n\
         [[chapters]]\nfile = \"a.txt\"\ntitle = \"{t}\"\nauthor = \"{t}\"\n\n\
         [[chapters]]\nfile = \"b.txt\"\n"
    );
    let f = Fixture::with_toml(&toml);
    f.write(
        "a.txt",
        format!("A/N: {NASTY}\n\n{NASTY}\n\n*{NASTY}*\n\nEnd."),
    );
    f.write(
        "b.txt",
        "</p><script>alert(1)</script>\n\nThis Title & <Co>\n\nBody with <![CDATA[ x ]]> and &nbsp; and <!-- c -->.",
    );
    let run = f.build_epub(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let path = f
        .path()
        .join("out/tom-jerry-script-alert-x-script-amp-q-end.epub");
    let epub = std::fs::read(&path).unwrap_or_else(|_| panic!("{:?}", f.out_files()));

    // No file in the package gained an element from the input, and no control character
    // reached any XML file.
    for (name, bytes) in unzip(&epub) {
        if name.ends_with(".ttf") || name.ends_with(".png") {
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        for bad in ["<script", "<b>", "<Co>", "<![CDATA[", "<!--", "]]>"] {
            assert!(!text.contains(bad), "{name} contains raw {bad}");
        }
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')),
            "{name} contains a control character"
        );
    }

    // The text survives as text (typography curls the quotes).
    let docs = spine_docs(&epub);
    let all: String = docs
        .iter()
        .map(|(_, x)| common::strip_tags(x))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(all.contains("Tom & Jerry <script>alert(“x”)</script> ]]> &amp; ‘q’ end"));
    assert!(all.contains("</p><script>alert(1)</script>"));
    assert!(
        all.contains("<![CDATA[ x ]]> and &nbsp; and <!-- c -->"),
        "{all}"
    );
    let files = unzip(&epub);
    let opf = files.iter().find(|(n, _)| n.ends_with(".opf")).unwrap();
    let opf = common::unescape(&String::from_utf8_lossy(&opf.1));
    assert!(opf.contains("<dc:title>Tom & Jerry <script>alert(“x”)</script>"));
    assert!(opf.contains("<dc:publisher>Tom & Jerry <script>alert(\"x\")</script>"));
    let ncx = files.iter().find(|(n, _)| n.ends_with(".ncx")).unwrap();
    assert!(
        String::from_utf8_lossy(&ncx.1).contains("Tom &amp; Jerry &lt;script&gt;"),
        "NCX"
    );
    // Every word of b.txt is in its chapter.
    let b = chapter_words(
        &docs
            .iter()
            .find(|(p, _)| p.contains("chapter-0002"))
            .unwrap()
            .1,
    );
    check_chapter(
        b"</p><script>alert(1)</script>\n\nThis Title & <Co>\n\nBody with <![CDATA[ x ]]> and &nbsp; and <!-- c -->.",
        &NoteOpenings::default(),
        &b,
        "b.txt",
    )
    .unwrap();
    epubcheck(&path);

    // The PDF shows the same strings as text.
    let run = common::quire(&[
        "build",
        f.path().to_str().unwrap(),
        "--format",
        "pdf",
        "--quiet",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = common::pdftotext(&path.with_extension("pdf"));
    assert!(pdf.contains("</p><script>alert(1)</script>"), "{pdf}");
    assert!(
        pdf.contains("Tom & Jerry <script>alert(“x”)</script>"),
        "{pdf}"
    );
}
