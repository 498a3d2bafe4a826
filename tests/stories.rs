//! Fixture tests for the source stage, run through the built binary exactly as a user
//! runs `quire inspect --json`.
//!
//! Each `tests/fixtures/stories/<name>.txt` has a `<name>.expect.json` saying how it must
//! split: preface paragraph count, title found in the text, body block counts, afterword
//! count, first and last words of the body, encoding, emphasis, kept line breaks
//! (`line_breaks`), fragments of the reasons `inspect` gives (`why`) and diagnostics. Every
//! fixture gets its own `book.toml` in a temporary folder (an empty story is an error
//! that would stop a shared book), with the chapter overrides the expectation names.

mod common;

use common::words;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories")
}

/// Runs `quire inspect --json` on `dir` and parses what it prints.
fn inspect_json(dir: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_quire"))
        .args(["inspect", "--json"])
        .arg(dir)
        .output()
        .expect("run quire");
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "inspect --json printed no JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// Every fixture name, sorted.
fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures_dir())
        .expect("fixtures folder")
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    names.sort();
    names
}

/// Builds a one-chapter book for fixture `name` and inspects it.
fn inspect_fixture(name: &str, expect: &Value) -> (Value, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(fixtures_dir().join(format!("{name}.txt"))).unwrap();
    std::fs::write(dir.path().join(format!("{name}.txt")), bytes).unwrap();
    let extra = expect["config"].as_str().unwrap_or("");
    // Name the chapter only when the story has no title line of its own: a book.toml
    // title that differs from the line found would keep that line as a heading.
    let title = if expect["title_in_text"].is_string() {
        String::new()
    } else {
        format!("title = \"{name}\"\n")
    };
    let toml = format!(
        "[book]\ntitle = \"Fixtures\"\n\n[[chapters]]\nfile = \"{name}.txt\"\n{title}{extra}\n"
    );
    std::fs::write(dir.path().join("book.toml"), toml).unwrap();
    (inspect_json(dir.path()), dir)
}

fn kind(b: &Value) -> &str {
    b["type"].as_str().unwrap_or("?")
}

fn text(b: &Value) -> &str {
    b["text"].as_str().unwrap_or("")
}

/// Collects the plain text of every span of `key` (`emphasis` or `strong`) in inline
/// reports, outermost first, looking inside spans of either kind.
fn spans(key: &str, inlines: &Value, out: &mut Vec<String>) {
    fn plain(v: &Value, s: &mut String) {
        if let Some(t) = v["text"].as_str() {
            s.push_str(t);
        }
        for k in ["emphasis", "strong"] {
            if let Some(children) = v[k].as_array() {
                children.iter().for_each(|c| plain(c, s));
            }
        }
    }
    for i in inlines.as_array().into_iter().flatten() {
        if let Some(children) = i[key].as_array() {
            let mut s = String::new();
            children.iter().for_each(|c| plain(c, &mut s));
            out.push(s);
        }
        for k in ["emphasis", "strong"] {
            spans(key, &i[k], out);
        }
    }
}

/// Counts the `{"line_break": true}` inlines, at any depth.
fn line_breaks(inlines: &Value) -> usize {
    inlines
        .as_array()
        .into_iter()
        .flatten()
        .map(|i| usize::from(i["line_break"] == Value::Bool(true)) + line_breaks(&i["emphasis"]))
        .sum()
}

/// Checks one fixture; returns the problems found (empty when it splits as expected).
fn check(name: &str) -> Vec<String> {
    let expect: Value = serde_json::from_str(
        &std::fs::read_to_string(fixtures_dir().join(format!("{name}.expect.json")))
            .unwrap_or_else(|_| panic!("{name}.expect.json is missing")),
    )
    .unwrap_or_else(|e| panic!("{name}.expect.json: {e}"));
    let (got, _dir) = inspect_fixture(name, &expect);
    let mut problems = Vec::new();
    fn eq(problems: &mut Vec<String>, what: &str, want: &Value, have: &Value) {
        if want != have {
            problems.push(format!("{what}: want {want}, got {have}"));
        }
    }

    // Diagnostics: each expected one is a message fragment; none may be unexpected.
    let diags: Vec<String> = got["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}: {}",
                d["severity"].as_str().unwrap(),
                d["message"].as_str().unwrap()
            )
        })
        .collect();
    let want_diags: Vec<&str> = expect["diagnostics"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if diags.len() != want_diags.len()
        || !want_diags
            .iter()
            .all(|w| diags.iter().any(|d| d.contains(w)))
    {
        eq(
            &mut problems,
            "diagnostics",
            &Value::from(want_diags.clone()),
            &Value::from(diags.clone()),
        );
    }
    let Some(ch) = got["chapters"].get(0) else {
        if expect["chapter"] != Value::Bool(false) {
            problems.push(format!("no chapter in the report; diagnostics {diags:?}"));
        }
        return problems;
    };

    eq(
        &mut problems,
        "encoding",
        &expect["encoding"],
        &ch["encoding"],
    );
    eq(
        &mut problems,
        "title_in_text",
        &expect["title_in_text"],
        &ch["title_in_text"],
    );
    let count = |part: &str| Value::from(ch[part].as_array().map_or(0, Vec::len));
    eq(
        &mut problems,
        "preface",
        &expect["preface"],
        &count("preface"),
    );
    eq(
        &mut problems,
        "afterword",
        &expect["afterword"],
        &count("afterword"),
    );
    let body = ch["body"].as_array().unwrap();
    let kinds: Vec<&str> = body.iter().map(kind).collect();
    // Stanzas and small notes are counted where a fixture names them (a paragraph read
    // as a stanza changes the paragraphs' count in any other).
    for k in ["paragraph", "scene_break", "heading", "stanza", "note"] {
        if matches!(k, "stanza" | "note") && expect["body"].get(k).is_none() {
            continue;
        }
        let n = kinds.iter().filter(|&&x| x == k).count();
        eq(
            &mut problems,
            &format!("body {k}s"),
            &expect["body"][k],
            &Value::from(n as u64),
        );
    }
    if let Some(h) = expect.get("headings") {
        let have: Vec<&str> = body
            .iter()
            .filter(|b| kind(b) == "heading")
            .map(text)
            .collect();
        eq(&mut problems, "headings", h, &Value::from(have));
    }
    let first = body.iter().find(|b| kind(b) != "scene_break").map(text);
    let last = body
        .iter()
        .rev()
        .find(|b| kind(b) != "scene_break")
        .map(text);
    if let Some(w) = expect["first"].as_str()
        && !first.is_some_and(|f| f.starts_with(w))
    {
        problems.push(format!("body starts {first:?}, want {w:?}…"));
    }
    if let Some(w) = expect["last"].as_str()
        && !last.is_some_and(|l| l.ends_with(w))
    {
        problems.push(format!("body ends {last:?}, want …{w:?}"));
    }
    let body_text: Vec<&str> = body.iter().map(text).collect();
    for w in expect["contains"].as_array().into_iter().flatten() {
        let w = w.as_str().unwrap();
        if !body_text.iter().any(|t| t.contains(w)) {
            problems.push(format!("no body paragraph contains {w:?}"));
        }
    }
    for key in ["emphasis", "strong"] {
        if let Some(want) = expect.get(key) {
            let mut found = Vec::new();
            for b in body {
                spans(key, &b["inlines"], &mut found);
            }
            eq(&mut problems, key, want, &Value::from(found));
        }
    }
    // Chapter metadata: each named field must be as expected (others are not checked).
    if let Some(want) = expect.get("meta").and_then(Value::as_object) {
        for (k, v) in want {
            eq(&mut problems, &format!("meta.{k}"), v, &ch["meta"][k]);
        }
    }
    if let Some(want) = expect.get("line_breaks") {
        let mut n = 0;
        for part in ["preface", "body", "afterword"] {
            for b in ch[part].as_array().into_iter().flatten() {
                n += line_breaks(&b["inlines"]);
            }
        }
        eq(&mut problems, "line breaks", want, &Value::from(n));
    }
    let why: Vec<&str> = ch["why"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    for w in expect["why"].as_array().into_iter().flatten() {
        let w = w.as_str().unwrap();
        if !why.iter().any(|d| d.contains(w)) {
            problems.push(format!("no reason mentions {w:?}: {why:?}"));
        }
    }
    for (part, key) in [
        ("preface", "preface_first"),
        ("afterword", "afterword_first"),
    ] {
        if let Some(w) = expect[key].as_str() {
            let have = ch[part].get(0).map(text).unwrap_or("");
            if !have.starts_with(w) {
                problems.push(format!("{part} starts {have:?}, want {w:?}…"));
            }
        }
    }
    problems
}

#[test]
fn fixtures_split_as_expected() {
    let names = fixture_names();
    assert!(names.len() >= 25, "only {} fixtures", names.len());
    let mut failures = Vec::new();
    for name in &names {
        let p = check(name);
        if !p.is_empty() {
            failures.push(format!("{name}:\n  {}", p.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures split wrongly:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

#[test]
fn no_fixture_loses_or_repeats_text() {
    for name in fixture_names() {
        let expect: Value = serde_json::from_str(
            &std::fs::read_to_string(fixtures_dir().join(format!("{name}.expect.json"))).unwrap(),
        )
        .unwrap();
        let bytes = std::fs::read(fixtures_dir().join(format!("{name}.txt"))).unwrap();
        let (decoded, _) = quire::source::decode::decode(&bytes).unwrap();
        let lines: Vec<&str> = decoded.lines().collect();
        let mut want: Vec<String> = (0..lines.len())
            .filter(|&i| !quire::source::paragraphs::is_break_at(&lines, i))
            .flat_map(|i| words(lines[i]))
            .collect();
        let (got, _dir) = inspect_fixture(&name, &expect);
        let Some(ch) = got["chapters"].get(0) else {
            assert!(want.is_empty(), "{name}: text but no chapter");
            continue;
        };
        let mut have: Vec<String> = ch["title_in_text"].as_str().map(words).unwrap_or_default();
        for part in ["preface", "body", "afterword"] {
            for b in ch[part].as_array().unwrap() {
                have.extend(words(text(b)));
            }
        }
        // What a header reader took: field values into the metadata (the summary is in
        // the preface already), site boilerplate into `dropped`, each exactly once.
        let meta = &ch["meta"];
        for (k, v) in meta.as_object().unwrap() {
            match k.as_str() {
                "summary" => {}
                "dropped" => {
                    for d in v.as_array().unwrap() {
                        have.extend(words(d["text"].as_str().unwrap()));
                    }
                }
                _ => {
                    for s in v.as_array().cloned().unwrap_or_else(|| vec![v.clone()]) {
                        have.extend(s.as_str().map(words).unwrap_or_default());
                    }
                }
            }
        }
        want.sort();
        have.sort();
        assert_eq!(want, have, "{name}: words lost or repeated");
    }
}

/// The three sample stories must keep splitting as they always have.
#[test]
fn seeds_split_as_before() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let got = inspect_json(root);
    let ch = got["chapters"].as_array().unwrap();
    assert_eq!(ch.len(), 3);
    let pre = |i: usize| ch[i]["preface"].as_array().unwrap();
    let body = |i: usize| ch[i]["body"].as_array().unwrap();

    assert_eq!(pre(0).len(), 2);
    assert_eq!(text(&pre(0)[1]), "So enjoy and destroy");
    assert_eq!(ch[0]["title_in_text"], "Second Chances");
    assert!(text(&body(0)[0]).starts_with("Valjean looked up"));

    assert_eq!(pre(1).len(), 1);
    assert!(text(&pre(1)[0]).starts_with("A/N:"));
    assert_eq!(ch[1]["title_in_text"], Value::Null);
    assert!(text(&body(1)[0]).starts_with("The last Fantine heard"));

    assert_eq!(pre(2).len(), 2);
    assert!(text(&pre(2)[0]).starts_with("Author’s Note:"));
    assert!(text(&pre(2)[1]).starts_with("Disclaimer:"));
    assert_eq!(ch[2]["title_in_text"], Value::Null);
    let headings: Vec<&str> = body(2)
        .iter()
        .filter(|b| kind(b) == "heading")
        .map(text)
        .collect();
    assert_eq!(headings, ["Thirty Years Later"]);
    for (i, c) in ch.iter().enumerate() {
        assert!(c["afterword"].as_array().unwrap().is_empty());
        assert!(
            c["body"]
                .as_array()
                .unwrap()
                .iter()
                .all(|b| kind(b) != "scene_break"),
            "seed {i} has no scene breaks"
        );
    }
}

/// Kept line breaks reach both outputs: `<br/>` in the EPUB, one PDF line per line of
/// the song (each short line set alone, not run together with the next).
#[test]
fn kept_lines_reach_both_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let name = "verse_unwrapped.txt";
    std::fs::copy(fixtures_dir().join(name), dir.path().join(name)).unwrap();
    std::fs::write(
        dir.path().join("book.toml"),
        format!("[book]\ntitle = \"Song\"\n\n[[chapters]]\nfile = \"{name}\"\n"),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(dir.path(), "epub", out.path());
    let docs = common::spine_docs(&std::fs::read(epub).unwrap());
    let xhtml: String = docs.into_iter().map(|(_, x)| x).collect();
    assert!(
        xhtml.contains("Light the lamp on the corner,<br/>\nLight the lamp by the sea,<br/>"),
        "no kept lines in the EPUB"
    );
    assert_eq!(xhtml.matches("<br/>").count(), 3);
    let (pdf, _) = common::build_format(dir.path(), "pdf", out.path());
    let text = common::pdftotext(&pdf);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    for want in [
        "Light the lamp on the corner,",
        "Light the lamp by the sea,",
        "Light the lamp in the window",
        "For the ones who come home to me.",
    ] {
        assert!(lines.contains(&want), "no PDF line {want:?}");
    }
}
