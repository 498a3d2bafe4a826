//! `book.toml` text → [`BookConfig`], or every problem in it at its line.
//!
//! Input: the text and the name to give the file in diagnostics. Output: the typed
//! configuration, or syntax errors, unknown keys with a "did you mean", missing required
//! keys, wrong types and bad metadata, all at once.

use super::spans::{self, Spans};
use super::{
    BookConfig, BookSection, ChapterConfig, EpubConfig, FontsConfig, ImpositionConfig,
    LabelsConfig, PdfConfig, PrintConfig, check,
};
use crate::diag::Diagnostic;
use toml::de::{DeTable, DeValue};

/// The keys a table accepts, read from its struct's serde derive (so a new field is
/// known here at once), for "did you mean" hints. `section` is a dotted table path
/// without array indexes: `""`, `book`, `chapters`, `pdf`.
fn known_keys(section: &str) -> &'static [&'static str] {
    use serde_aux::serde_introspection::serde_introspect as fields;
    match section {
        "" => fields::<BookConfig>(),
        "book" => fields::<BookSection>(),
        "chapters" => fields::<ChapterConfig>(),
        "pdf" => fields::<PdfConfig>(),
        "labels" => fields::<LabelsConfig>(),
        "epub" => fields::<EpubConfig>(),
        "fonts" => fields::<FontsConfig>(),
        "print" => fields::<PrintConfig>(),
        "imposition" => fields::<ImpositionConfig>(),
        _ => &[],
    }
}

/// Parses `book.toml` text. `file` is the name used in diagnostics.
///
/// Every problem is reported at once, each at its line: syntax, unknown keys (with a
/// "did you mean"), missing required keys, wrong types, empty or control-character
/// metadata. `[pdf]` numbers are checked by [`resolve_pdf`].
pub fn parse(text: &str, file: &str) -> Result<BookConfig, Vec<Diagnostic>> {
    let starts = spans::LineStarts::new(text);
    let table = DeTable::parse(text).map_err(|e| vec![toml_error(&e, &starts, file)])?;
    let spans = Spans::new(table.get_ref(), text);
    let mut ignored: Vec<Vec<String>> = Vec::new();
    let result: Result<BookConfig, _> =
        serde_ignored::deserialize(toml::de::Deserializer::from(table.clone()), |path| {
            ignored.push(segments(&path))
        });
    let mut diags: Vec<Diagnostic> = ignored
        .iter()
        .map(|path| unknown_key(path, &spans, file))
        .collect();
    check_required(table.get_ref(), &spans, file, &mut diags);
    match result {
        Ok(mut cfg) => {
            cfg.spans = spans;
            diags.extend(check::check_strings(&cfg, file));
            if diags.is_empty() {
                return Ok(cfg);
            }
        }
        Err(e) => diags.push(toml_error(&e, &starts, file)),
    }
    // In file order; the ones with no line (a missing table) first.
    diags.sort_by_key(|d| d.line.unwrap_or(0));
    Err(diags)
}

/// A path from `serde_ignored` as keys and array indexes, outermost first.
fn segments(path: &serde_ignored::Path<'_>) -> Vec<String> {
    use serde_ignored::Path;
    let mut out = Vec::new();
    let mut p = path;
    loop {
        p = match p {
            Path::Root => break,
            Path::Seq { parent, index } => {
                out.push(index.to_string());
                parent
            }
            Path::Map { parent, key } => {
                out.push(key.clone());
                parent
            }
            Path::Some { parent }
            | Path::NewtypeStruct { parent }
            | Path::NewtypeVariant { parent } => parent,
        };
    }
    out.reverse();
    out
}

/// The diagnostic for a key no struct field takes.
fn unknown_key(path: &[String], spans: &Spans, file: &str) -> Diagnostic {
    let (name, parents) = path
        .split_last()
        .map_or(("", &[][..]), |(n, p)| (n.as_str(), p));
    let tables: Vec<&str> = parents
        .iter()
        .filter(|s| s.parse::<usize>().is_err())
        .map(String::as_str)
        .collect();
    let section = tables.join(".");
    let place = match (section.is_empty(), parents.len() > tables.len()) {
        (true, _) => String::new(),
        (false, true) => format!(" in [[{section}]]"),
        (false, false) => format!(" in [{section}]"),
    };
    let known = known_keys(&section);
    let d = Diagnostic::error(
        Some(file.to_string()),
        format!("unknown key `{name}`{place}"),
    )
    .at(spans.line(&path.join(".")), None);
    if let Some(hint) = other_tools_word(&section, name) {
        return d.hint(hint.to_string());
    }
    match suggest(name, known) {
        Some(s) => d.hint(format!("did you mean `{s}`?")),
        None if known.is_empty() => d.hint("see README.md for the book.toml format"),
        None => d.hint(format!("expected one of: {}", known.join(", "))),
    }
}

/// What Quire calls a key another tool (or a first guess) names otherwise: the hint
/// for it, so `[[story]]` or `[output]` is met with the table that does the job.
fn other_tools_word(section: &str, name: &str) -> Option<&'static str> {
    match (section, name) {
        ("", "story" | "stories" | "file" | "files") => Some(
            "each story is a `[[chapters]]` table with `file = \"…\"` (did you mean `[[chapters]]`?)",
        ),
        ("", "output" | "pdf-output" | "layout" | "page") => Some(
            "the PDF's profile and trim are set in `[pdf]` (`profile = \"screen\"`, `trim = \"a5\"`); did you mean `[pdf]`?",
        ),
        ("book", "author" | "editor" | "editors") => {
            Some("did you mean `authors = [\"…\"]`? (a list: the book's authors or editors)")
        }
        _ => None,
    }
}

/// Reports every missing required key at once, each at the line of its table.
fn check_required(top: &DeTable<'_>, spans: &Spans, file: &str, diags: &mut Vec<Diagnostic>) {
    let err = |msg: String, line: Option<usize>, hint: &str| {
        Diagnostic::error(Some(file.to_string()), msg)
            .at(line, None)
            .hint(hint.to_string())
    };
    match top.get("book").map(|v| v.get_ref()) {
        None if misspelt(top, "book", "") => {}
        None => diags.push(err(
            "missing table [book]".into(),
            None,
            "add a [book] table with `title = \"…\"`",
        )),
        Some(DeValue::Table(t)) if !t.contains_key("title") && !misspelt(t, "title", "book") => {
            diags.push(err(
                "missing key `title` in [book]".into(),
                spans.line("book"),
                "add `title = \"…\"` to [book]",
            ))
        }
        Some(_) => {}
    }
    if let Some(DeValue::Array(items)) = top.get("chapters").map(|v| v.get_ref()) {
        for (i, item) in items.iter().enumerate() {
            if let DeValue::Table(t) = item.get_ref()
                && !t.contains_key("file")
                && !misspelt(t, "file", "chapters")
            {
                diags.push(err(
                    format!("missing key `file` in [[chapters]] (chapter {})", i + 1),
                    spans.chapter(i, None),
                    "give each chapter its story file, e.g. `file = \"story.txt\"`",
                ));
            }
        }
    }
}

/// Whether `table` has an unknown key that is a misspelling of `key` (already reported,
/// with its "did you mean"; saying the key is missing too would be noise).
fn misspelt(table: &DeTable<'_>, key: &str, section: &str) -> bool {
    let known = known_keys(section);
    table.keys().any(|k| {
        let name = k.get_ref().as_ref();
        !known.contains(&name) && suggest(name, known) == Some(key)
    })
}

/// The closest known key to a misspelt one, if it is close enough to be a typo.
pub fn suggest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    let name = name.to_lowercase().replace('_', "-");
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&name, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn toml_error(e: &toml::de::Error, starts: &spans::LineStarts, file: &str) -> Diagnostic {
    let line = e.span().map(|s| starts.line(s.start));
    // The library's message is several lines with a source excerpt; keep its first sentence.
    let msg = e.message().lines().next().unwrap_or("invalid TOML").trim();
    let msg = msg.strip_suffix('.').unwrap_or(msg);
    Diagnostic::error(Some(file.to_string()), lowercase_first(&toml_words(msg)))
        .at(line, None)
        .hint("see README.md for the book.toml format")
}

/// A serde message in the words of TOML: `expected struct BookSection` is a table to
/// the user, `expected a sequence` an array.
fn toml_words(msg: &str) -> String {
    let msg = msg.replace("expected a sequence", "expected an array");
    match msg.find("expected struct ") {
        Some(i) => {
            let rest = &msg[i + "expected struct ".len()..];
            let end = rest
                .find(|c: char| !c.is_alphanumeric() && c != '_')
                .unwrap_or(rest.len());
            format!("{}expected a table{}", &msg[..i], &rest[end..])
        }
        None => msg,
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_table_keys_are_the_furniture_keys() {
        use serde_aux::serde_introspection::serde_introspect;
        assert_eq!(
            serde_introspect::<LabelsConfig>(),
            crate::furniture::LABEL_KEYS
        );
        let cfg = parse(
            "[book]\ntitle = \"T\"\n[[chapters]]\nfile = \"a\"\n[labels]\nnote-after = \"Afterword\"\ncontnets = \"x\"\n",
            "book.toml",
        );
        let diags = cfg.unwrap_err();
        assert!(diags[0].to_string().contains("contents"), "{}", diags[0]);
    }

    #[test]
    fn unknown_keys_are_all_reported_with_lines_and_suggestions() {
        let text = "[book]\ntitel = \"x\"\n\n[[chapters]]\nfile = \"a.txt\"\nauthr = \"b\"\n";
        let diags = parse(text, "book.toml").unwrap_err();
        let lines: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            lines,
            vec![
                "error: book.toml:2: unknown key `titel` in [book] (hint: did you mean `title`?)",
                "error: book.toml:6: unknown key `authr` in [[chapters]] (hint: did you mean `author`?)",
            ]
        );
    }

    #[test]
    fn syntax_error_names_the_line() {
        let diags = parse("[book]\ntitle = = \"x\"\n", "book.toml").unwrap_err();
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].line, Some(2), "{}", diags[0]);
    }

    #[test]
    fn missing_title_is_reported() {
        let diags = parse("[book]\nauthors = []\n", "book.toml").unwrap_err();
        assert!(diags[0].message.contains("title"), "{}", diags[0]);
    }
}
