//! Every story fixture that makes a chapter, in one book, keeps every word once and in order
//! in both outputs.

use super::*;

/// Every story fixture that makes a chapter, in one book: each keeps every word once and
/// in order in the EPUB and in the PDF, whatever the source stage made of it (notes,
/// titles, headings, scene breaks, kept line breaks, site headers).
#[test]
fn story_fixtures_keep_every_word_in_both_outputs() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories");
    let dir = tempfile::tempdir().unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&src)
        .unwrap()
        .filter_map(|e| {
            let n = e.ok()?.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    names.sort();
    let mut toml = "[book]\ntitle = \"Fixtures\"\n".to_string();
    let mut files = Vec::new();
    for name in &names {
        let expect: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(src.join(format!("{name}.expect.json"))).unwrap(),
        )
        .unwrap();
        let errors = expect["diagnostics"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|d| d.as_str().is_some_and(|d| d.starts_with("error")));
        if expect["chapter"] == serde_json::Value::Bool(false) || errors {
            continue;
        }
        let file = format!("{name}.txt");
        std::fs::copy(src.join(&file), dir.path().join(&file)).unwrap();
        toml += &format!("\n[[chapters]]\nfile = \"{file}\"\n");
        if !expect["title_in_text"].is_string() {
            toml += &format!("title = \"{name}\"\n");
        }
        toml += expect["config"].as_str().unwrap_or("");
        toml += "\n";
        files.push(file);
    }
    std::fs::write(dir.path().join("book.toml"), &toml).unwrap();
    assert!(
        files.len() >= 40,
        "only {} fixtures make a chapter",
        files.len()
    );
    let project = quire::load(dir.path()).expect("fixtures load");
    let headers = project
        .book
        .chapters
        .iter()
        .filter(|c| !c.meta.is_empty())
        .count();
    assert!(headers >= 15, "only {headers} fixtures have a site header");
    book_keeps_every_word(dir.path(), &[]);
}
