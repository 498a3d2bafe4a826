//! Story headers: a YAML front-matter block (`---` … `---` at a file's top, as pandoc,
//! Jekyll, Hugo and Obsidian write it) → the story's title, authors, language, summary
//! and metadata.
//!
//! Input: a [`Doc`] whose first text line is `---`. Output: the block's lines taken, its
//! keys filed where the other header readers file the same fields, keys that mean nothing
//! in a book (`layout`, `draft`) recorded as dropped. A `---` that does not open a YAML
//! mapping with a key Quire knows (a scene break, a rule) is left alone.

use super::doc::Doc;
use super::fields::{self, CategoryIs, Field};
use super::paragraphs::RawPara;
use yaml_rust2::{Yaml, YamlLoader};

/// A front-matter block closes within this many lines of its opening `---`.
const MAX_LINES: usize = 80;

/// Keys front matter uses that no story header writes as a label.
const KEYS: &[(&str, Field)] = &[
    ("lang", Field::Language),
    ("keywords", Field::Tags),
    ("abstract", Field::Summary),
    ("excerpt", Field::Summary),
    ("author_name", Field::Author),
    ("date_published", Field::Published),
    ("lastmod", Field::Updated),
    ("source", Field::Url),
];

/// Reads the front matter at the top of `doc`, if there is one. Returns whether it did.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(open) = doc.next_text(0) else {
        return false;
    };
    if doc.trimmed(open) != "---" {
        return false;
    }
    let end = (open + 1 + MAX_LINES).min(doc.len());
    let Some(close) = (open + 1..end).find(|&i| matches!(doc.trimmed(i), "---" | "...")) else {
        return false;
    };
    // The tools write the block tight against its delimiters; a story's rules stand
    // apart from its text by blank lines ("---" / "" / "title: a word she hated" / "").
    if doc.blank(open + 1) || doc.blank(close - 1) {
        return false;
    }
    let source = doc.lines[open + 1..close].join("\n");
    let Ok(docs) = YamlLoader::load_from_str(&source) else {
        return false;
    };
    let Some(Yaml::Hash(map)) = docs.into_iter().next() else {
        return false;
    };
    let known = map
        .keys()
        .filter_map(scalar)
        .any(|k| field_of(&k).is_some_and(|f| f != Field::Boilerplate));
    if !known || !names_the_work(&map.keys().filter_map(scalar).collect::<Vec<_>>()) {
        return false;
    }
    doc.take(open, close + 1);
    doc.dropped(open, "---");
    let mut filed = Vec::new();
    for (key, v) in map.iter().filter_map(|(k, v)| Some((scalar(k)?, v))) {
        let line = key_line(doc, open + 1, close, &key);
        let end_notes = is_end_key(&key).then_some(Field::Note);
        let Some(field) = end_notes.or_else(|| field_of(&key)) else {
            doc.dropped(line, &format!("{key}: {}", flat(v).join(", ")));
            continue;
        };
        let values = flat(v);
        match field {
            Field::Title if allow_title => doc.out.title = values.first().cloned(),
            Field::Author => {
                let mut names = values.into_iter();
                if doc.out.meta.author.is_none() {
                    doc.out.meta.author = names.next();
                }
                doc.out.co_authors.extend(names);
            }
            Field::Summary | Field::Note | Field::Title => {
                let paras: Vec<RawPara> = values.iter().flat_map(|v| paragraphs(v, line)).collect();
                // The summary is also the preface's head, as every header reader files it.
                if field == Field::Summary {
                    doc.out.summary.extend(paras.iter().cloned());
                }
                if is_end_key(&key) {
                    doc.out.afterword.extend(paras);
                } else {
                    doc.out.preface.extend(paras);
                }
            }
            Field::Boilerplate => doc.dropped(line, &format!("{key}: {}", values.join(", "))),
            // One item a list entry: a tag may hold a comma of its own.
            Field::Tags
            | Field::Warnings
            | Field::Characters
            | Field::Fandoms
            | Field::Relationships => {
                for v in &values {
                    fields::file(
                        &mut doc.out.meta,
                        field,
                        &v.replace(',', " "),
                        CategoryIs::Tag,
                    );
                }
            }
            _ => {
                fields::file(
                    &mut doc.out.meta,
                    field,
                    &values.join(", "),
                    CategoryIs::Tag,
                );
            }
        }
        doc.dropped(line, &format!("{key}:"));
        filed.push(key);
    }
    let closing = doc.trimmed(close).to_string();
    doc.dropped(close, &closing);
    doc.why(format!(
        "header: lines {}–{} are YAML front matter ({}); its delimiters are not scene breaks",
        open + 1,
        close + 1,
        filed.join(", ")
    ));
    true
}

/// Keys of which front matter holds at least one: it names the work.
const WORK_KEYS: &[&str] = &[
    "title",
    "author",
    "authors",
    "date",
    "tags",
    "lang",
    "language",
    "layout",
    "categories",
    "keywords",
    "description",
    "summary",
    "fandom",
    "created",
];

/// Whether a block's keys are front matter's: one of [`WORK_KEYS`], written in lower case
/// as the tools write them (else with a `title`). A form a story prints between two rules
/// at its top ("Name: …", "Status: missing", "Notes: …") names no work.
fn names_the_work(keys: &[String]) -> bool {
    let work = keys
        .iter()
        .any(|k| WORK_KEYS.contains(&k.to_lowercase().as_str()));
    let cased = keys.iter().any(|k| k.chars().any(char::is_uppercase));
    work && (!cased || keys.iter().any(|k| k.eq_ignore_ascii_case("title")))
}

/// Whether a key names the notes after the story (`end_notes`, `endnotes`, `afterword`,
/// `closing-notes`), whose words are the afterword, not the preface.
fn is_end_key(key: &str) -> bool {
    let k: String = key
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    matches!(
        k.as_str(),
        "endnotes" | "endnote" | "afterword" | "closingnotes" | "closingnote" | "notesafter"
    )
}

/// The field a front-matter key names: a story header's label ("title", "author",
/// "summary", "tags") or a key only front matter uses ("lang", "keywords").
fn field_of(key: &str) -> Option<Field> {
    let key = key.to_lowercase();
    KEYS.iter()
        .find(|(k, _)| *k == key)
        .map(|k| k.1)
        .or_else(|| {
            // As a header's label reads: `_` as a space, decoration and spaces trimmed,
            // at most 24 characters.
            let label = key.replace('_', " ");
            let label = label.trim_matches(|c: char| c == '*' || c.is_whitespace());
            (label.chars().count() <= 24)
                .then(|| fields::field_of(label))
                .flatten()
        })
}

/// A scalar as text (a key, or a date or number value).
fn scalar(y: &Yaml) -> Option<String> {
    match y {
        Yaml::String(s) | Yaml::Real(s) => Some(s.trim().to_string()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A value's texts: a scalar, or each scalar of a list (nested lists flattened); maps
/// give their values.
fn flat(y: &Yaml) -> Vec<String> {
    match y {
        Yaml::Array(a) => a.iter().flat_map(flat).collect(),
        Yaml::Hash(h) => h.values().flat_map(flat).collect(),
        _ => scalar(y).into_iter().filter(|s| !s.is_empty()).collect(),
    }
}

/// A text value's paragraphs (a literal block `|` keeps blank lines between them).
fn paragraphs(v: &str, line: usize) -> Vec<RawPara> {
    v.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(|text| RawPara {
            text,
            line: line + 1,
            lines: 1,
            ..RawPara::default()
        })
        .collect()
}

/// The line (0-based) of `key:` between `from` and `to`, or `from` when not found.
fn key_line(doc: &Doc, from: usize, to: usize, key: &str) -> usize {
    (from..to)
        .find(|&i| {
            doc.lines[i]
                .strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with(':'))
        })
        .unwrap_or(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FINNISH: &str = "---\ntitle: \"Laiturin valo\"\nauthor: Aino Korpela\ndate: 2023-06-02\nlang: fi\nsummary: >\n  Kaksi veljeä ja vene,\n  joka ei enää kellu.\ntags: [kesä, veljet]\nlayout: post\n---\n\nTarina alkaa tästä.\n\n---\n\nJa jatkuu tässä.";

    #[test]
    fn front_matter_fills_the_header() {
        let mut doc = Doc::new(FINNISH);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.title.as_deref(), Some("Laiturin valo"));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Aino Korpela"));
        assert_eq!(doc.out.meta.language.as_deref(), Some("fi"));
        assert_eq!(doc.out.meta.published.as_deref(), Some("2023-06-02"));
        assert_eq!(doc.out.meta.tags, vec!["kesä", "veljet"]);
        assert_eq!(doc.out.summary.len(), 1);
        // The summary's words are printed: it opens the preface.
        assert_eq!(doc.out.preface[0].text, doc.out.summary[0].text);
        assert_eq!(
            doc.out.summary[0].text,
            "Kaksi veljeä ja vene, joka ei enää kellu."
        );
        // The story keeps its own rule as a scene break; the block's lines are gone.
        assert_eq!(doc.untaken(), "Tarina alkaa tästä.\n---\nJa jatkuu tässä.");
        assert!(doc.dropped_texts().contains(&"layout: post"));
    }

    #[test]
    fn authors_list_and_co_authors() {
        let mut doc = Doc::new("---\nauthors:\n  - Ana\n  - Bo\n---\nText.");
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.meta.author.as_deref(), Some("Ana"));
        assert_eq!(doc.out.co_authors, vec!["Bo"]);
    }

    /// A story that opens with a rule and prose, or with a rule over lines that are not
    /// YAML keys Quire knows, keeps them.
    #[test]
    fn a_rule_over_prose_is_not_front_matter() {
        for text in [
            "---\nShe waited: the bus was late.\n---\nThen it came.",
            "---\n\nThe rain had stopped.\n\n---\n\nMorning.",
            "---\nlayout: post\ndraft: true\n---\nText.",
            "---\n- one\n- two\n---\nText.",
            // A form the story prints: fields, but none that names a work.
            "---\nName: Margaret Ellery\nStatus: missing\nNotes: last seen at the pier\n---\n\nThe form was all they gave her.",
            "---\nname: Margaret Ellery\nstatus: missing\nnotes: last seen at the pier\n---\n\nThe form was all they gave her.",
            "---\nDate: 3 March\nStatus: missing\n---\n\nThe form was all they gave her.",
            // Rules with blank lines around a line shaped like a key are a story's breaks.
            "---\n\ntitle: a word she hated\n\n---\n\nShe hated the word.",
        ] {
            let mut doc = Doc::new(text);
            assert!(!read(&mut doc, true), "{text}");
            assert!(doc.taken.iter().all(|t| !t), "{text}");
        }
    }

    #[test]
    fn without_title_in_text_the_title_is_a_note() {
        let mut doc = Doc::new("---\ntitle: Sisu\n---\nText.");
        assert!(read(&mut doc, false));
        assert_eq!(doc.out.title, None);
        assert_eq!(doc.out.preface[0].text, "Sisu");
    }

    #[test]
    fn end_notes_are_the_afterword() {
        let t = "---\ntitle: Boats\nnotes: For Camille.\nend_notes: \"Merci d'avoir lu !\"\n---\n\nThe list was on the fridge.\n";
        let mut doc = Doc::new(t);
        assert!(read(&mut doc, true));
        assert_eq!(doc.out.preface[0].text, "For Camille.");
        assert_eq!(doc.out.afterword[0].text, "Merci d'avoir lu !");
    }
}
