//! The tagged PDF, checked from outside: poppler (`pdfinfo`, `pdfinfo -struct-text`),
//! qpdf, and lopdf walking the file for the machine-checkable rules of the Matterhorn
//! Protocol (PDF/UA-1) and of PDF/A-2: every piece of text is marked content, either
//! tagged with an MCID the parent tree maps back to its element or an artifact; no
//! sequence nests; pages carry `/StructParents` and `/Tabs /S`; link annotations are in
//! the tree with a description; fonts are embedded with ToUnicode maps; headings do not
//! skip levels; the catalog has `/Lang`, `/MarkInfo`, `/DisplayDocTitle` and XMP that
//! matches Info; with `standards` the XMP declares them and PDF/A gets its output intent.
//!
//! Books: the sample, and an anthology of twelve of the test stories (notes, scene
//! breaks, headings, emphasis), in both profiles.

mod common;

use lopdf::{Document, Object, ObjectId};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Twelve stories written for the tests, with notes, headings and scene breaks.
const ANTHOLOGY: [&str; 12] = [
    "pdf/keeper.txt",
    "pdf/lesson.txt",
    "stories/both_notes.txt",
    "stories/internal_headings.txt",
    "stories/emphasis.txt",
    "stories/one_line_per_paragraph.txt",
    "stories/first_person_narrator.txt",
    "stories/an_colon_title.txt",
    "stories/closing_note.txt",
    "stories/title_case_lines_not_headings.txt",
    "stories/paren_note_multi.txt",
    "stories/unlabelled_signoff.txt",
];

/// Writes a book folder: the sample's `book.toml` and stories, or the anthology; with
/// `profile` and `standards` in `[pdf]`.
fn book(dir: &Path, sample: bool, profile: &str, standards: &str) -> (PathBuf, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut toml, title) = if sample {
        std::fs::create_dir_all(dir.join("seeds")).unwrap();
        for f in common::list(&root.join("seeds")) {
            std::fs::copy(root.join("seeds").join(&f), dir.join("seeds").join(&f)).unwrap();
        }
        let t = std::fs::read_to_string(root.join("book.toml")).unwrap();
        let cut = t.find("[pdf]").unwrap_or(t.len());
        (
            t[..cut].to_string(),
            "Fantine and Other Stories".to_string(),
        )
    } else {
        let mut t = "[book]\ntitle = \"Lanterns on the Water\"\nauthors = [\"The Quire Test \
                     Desk\"]\nlanguage = \"en\"\ndate = \"2026-02-01\"\n"
            .to_string();
        for (i, f) in ANTHOLOGY.iter().enumerate() {
            let name = format!("s{i:02}.txt");
            std::fs::copy(root.join("tests/fixtures").join(f), dir.join(&name)).unwrap();
            t += &format!("\n[[chapters]]\nfile = \"{name}\"\n");
        }
        (t, "Lanterns on the Water".to_string())
    };
    toml +=
        &format!("\n[pdf]\nprofile = \"{profile}\"\ntrim = \"a5\"\nstandards = [{standards}]\n");
    std::fs::write(dir.join("book.toml"), toml).unwrap();
    (dir.join("book.toml"), title)
}

fn tool(cmd: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} is needed (poppler-utils, qpdf): {e}"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Letters and digits, lower-cased: the text with word spaces and punctuation gone, so
/// the order of the words is compared whatever the text layer does with spaces.
fn letters(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The story text in order, as `quire inspect --json` reads it.
fn story_text(book: &Path) -> String {
    let run = common::quire(&["inspect".as_ref(), "--json".as_ref(), book.as_os_str()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mut out = String::new();
    for ch in v["chapters"].as_array().unwrap() {
        for sec in ["preface", "body", "afterword"] {
            for b in ch[sec].as_array().into_iter().flatten() {
                if matches!(b["type"].as_str(), Some("paragraph" | "heading" | "note")) {
                    out += b["text"].as_str().unwrap_or("");
                    out.push(' ');
                }
            }
        }
    }
    out
}

/// How much of `want` appears in `got` in order: characters matched by walking both,
/// skipping ahead in `got` (up to a window) where it has more.
fn in_order(want: &[char], got: &[char]) -> f64 {
    let (mut i, mut j, mut hit) = (0, 0, 0usize);
    while i < want.len() && j < got.len() {
        if want[i] == got[j] {
            hit += 1;
            i += 1;
            j += 1;
            continue;
        }
        // A run of `got` the story lacks (front matter, titles): find the next 12
        // characters of `want` ahead; else `want`'s character is missing.
        let probe: Vec<char> = want[i..want.len().min(i + 12)].to_vec();
        match got[j..]
            .windows(probe.len())
            .take(20_000)
            .position(|w| w == probe.as_slice())
        {
            Some(k) => j += k,
            None => i += 1,
        }
    }
    hit as f64 / want.len().max(1) as f64
}

/// The quoted strings of `pdfinfo -struct-text`: the text of each marked-content item.
fn struct_strings(pdf: &str) -> Vec<String> {
    let (ok, out) = tool("pdfinfo", &["-struct-text", pdf]);
    assert!(ok, "pdfinfo -struct-text failed on {pdf}");
    out.lines()
        .map(str::trim)
        .filter(|l| l.len() >= 2 && l.starts_with('"') && l.ends_with('"'))
        .map(|l| l[1..l.len() - 1].to_string())
        .collect()
}

fn name(o: &Object) -> String {
    o.as_name()
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default()
}

fn dict<'a>(doc: &'a Document, o: &'a Object) -> &'a lopdf::Dictionary {
    match o {
        Object::Reference(id) => doc.get_dictionary(*id).unwrap(),
        Object::Dictionary(d) => d,
        Object::Stream(s) => &s.dict,
        _ => panic!("not a dictionary: {o:?}"),
    }
}

fn get<'a>(doc: &'a Document, d: &'a lopdf::Dictionary, key: &str) -> Option<&'a Object> {
    let o = d.get(key.as_bytes()).ok()?;
    Some(match o {
        Object::Reference(id) => doc.get_object(*id).ok()?,
        o => o,
    })
}

/// The machine-checkable rules, by walking the file with lopdf. Returns the problems.
fn walk(path: &str, ua: bool, pdfa: bool) -> Vec<String> {
    let mut bad = Vec::new();
    let doc = Document::load(path).unwrap();
    let root = dict(&doc, doc.trailer.get(b"Root").unwrap());
    if doc.trailer.get(b"Encrypt").is_ok() {
        bad.push("encrypted".into());
    }
    if get(&doc, root, "Lang")
        .and_then(|l| l.as_str().ok())
        .is_none_or(|l| l.len() <= 2)
    {
        bad.push("no /Lang".into());
    }
    let marked = get(&doc, root, "MarkInfo").map(|m| dict(&doc, m));
    if marked
        .and_then(|m| m.get(b"Marked").ok())
        .and_then(|b| b.as_bool().ok())
        != Some(true)
    {
        bad.push("no /MarkInfo /Marked true".into());
    }
    let vp = get(&doc, root, "ViewerPreferences").map(|m| dict(&doc, m));
    if vp
        .and_then(|m| m.get(b"DisplayDocTitle").ok())
        .and_then(|b| b.as_bool().ok())
        != Some(true)
    {
        bad.push("no /DisplayDocTitle true".into());
    }
    // XMP: uncompressed, mirrors Info, declares what was asked.
    let xmp = match get(&doc, root, "Metadata") {
        Some(Object::Stream(s)) if !s.dict.has(b"Filter") => {
            String::from_utf8_lossy(&s.content).into_owned()
        }
        _ => {
            bad.push("no unfiltered XMP /Metadata stream".into());
            String::new()
        }
    };
    let info = dict(&doc, doc.trailer.get(b"Info").unwrap());
    let info_text = |k: &str| {
        info.get(k.as_bytes())
            .ok()
            .and_then(|o| o.as_str().ok())
            .map(|b| {
                let u: Vec<u16> = b[2..]
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], c[1]]))
                    .collect();
                String::from_utf16_lossy(&u)
            })
            .unwrap_or_default()
    };
    for (k, tag) in [
        ("Title", "rdf:li xml:lang=\"x-default\">"),
        ("Producer", "pdf:Producer>"),
    ] {
        let v = info_text(k).replace('&', "&amp;");
        if !xmp.contains(&format!("{tag}{v}<")) {
            bad.push(format!("XMP does not carry Info /{k} {v:?}"));
        }
    }
    if ua != xmp.contains("<pdfuaid:part>1</pdfuaid:part>") {
        bad.push(format!("XMP pdfuaid:part 1 is {}, asked {ua}", !ua));
    }
    let a2b = xmp.contains("<pdfaid:part>2</pdfaid:part>")
        && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>");
    if pdfa != a2b {
        bad.push(format!("XMP pdfaid 2B is {a2b}, asked {pdfa}"));
    }
    let intent = get(&doc, root, "OutputIntents")
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first())
        .map(|o| dict(&doc, o));
    let icc_ok = intent.is_some_and(|oi| {
        name(oi.get(b"S").unwrap_or(&Object::Null)) == "GTS_PDFA1"
            && matches!(get(&doc, oi, "DestOutputProfile"), Some(Object::Stream(s))
                if s.dict.get(b"N").and_then(Object::as_i64).ok() == Some(3))
    });
    if pdfa != icc_ok {
        bad.push(format!(
            "GTS_PDFA1 output intent with an RGB ICC profile is {icc_ok}, asked {pdfa}"
        ));
    }

    // The structure tree: elements, what each MCID of each page belongs to.
    let Some(tree) = get(&doc, root, "StructTreeRoot").map(|t| dict(&doc, t)) else {
        bad.push("no /StructTreeRoot".into());
        return bad;
    };
    let roles = [
        "Document", "Sect", "Aside", "TOC", "TOCI", "Link", "H1", "H2", "H3", "P",
    ];
    let role_map = get(&doc, tree, "RoleMap").map(|m| dict(&doc, m));
    let nums = get(&doc, tree, "ParentTree")
        .map(|p| dict(&doc, p))
        .and_then(|p| p.get(b"Nums").ok())
        .and_then(|n| n.as_array().ok())
        .cloned()
        .unwrap_or_default();
    let parents: BTreeMap<i64, &Object> = nums
        .chunks(2)
        .filter_map(|c| Some((c.first()?.as_i64().ok()?, c.get(1)?)))
        .collect();
    // Walk the elements in order: headings never skip a level; every (page, MCID) kid.
    let mut kids_of: BTreeMap<(ObjectId, i64), ObjectId> = BTreeMap::new();
    let mut level = 0;
    let mut stack: Vec<ObjectId> = tree
        .get(b"K")
        .and_then(Object::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|o| o.as_reference().ok())
                .rev()
                .collect()
        })
        .unwrap_or_default();
    let mut elements = 0;
    while let Some(id) = stack.pop() {
        elements += 1;
        let e = doc.get_dictionary(id).unwrap();
        let s = name(e.get(b"S").unwrap());
        let std_name = role_map
            .and_then(|m| m.get(s.as_bytes()).ok())
            .map(name)
            .unwrap_or(s.clone());
        if !roles.contains(&std_name.as_str()) || std_name == "Aside" {
            bad.push(format!(
                "element type {s} is neither standard nor role-mapped"
            ));
        }
        if let Some(n) = s.strip_prefix('H').and_then(|n| n.parse::<i32>().ok()) {
            if n > level + 1 {
                bad.push(format!("heading {s} after H{level}: a level skipped"));
            }
            level = n;
        }
        let pg = e.get(b"Pg").and_then(Object::as_reference).ok();
        let kids: Vec<Object> = match e.get(b"K") {
            Ok(Object::Array(a)) => a.clone(),
            Ok(o) => vec![o.clone()],
            Err(_) => Vec::new(),
        };
        let mut children = Vec::new();
        for k in kids {
            match k {
                Object::Integer(m) => {
                    kids_of.insert((pg.expect("/Pg for MCID kids"), m), id);
                }
                Object::Reference(c) => children.push(c),
                Object::Dictionary(d) => {
                    let t = name(d.get(b"Type").unwrap_or(&Object::Null));
                    if t == "MCR" {
                        let p = d.get(b"Pg").and_then(Object::as_reference).unwrap();
                        let m = d.get(b"MCID").and_then(Object::as_i64).unwrap();
                        kids_of.insert((p, m), id);
                    } else if t == "OBJR" {
                        let a = d.get(b"Obj").and_then(Object::as_reference).unwrap();
                        let annot = doc.get_dictionary(a).unwrap();
                        let key = annot.get(b"StructParent").and_then(Object::as_i64);
                        if key
                            .ok()
                            .and_then(|k| parents.get(&k))
                            .and_then(|o| o.as_reference().ok())
                            != Some(id)
                        {
                            bad.push("a link annotation's /StructParent is not its Link".into());
                        }
                    }
                }
                _ => {}
            }
        }
        stack.extend(children.into_iter().rev());
    }
    if elements < 10 {
        bad.push(format!("only {elements} structure elements"));
    }

    // Pages: every text operator inside exactly one marked-content sequence; every MCID
    // maps back through the parent tree to the element that lists it.
    let mut artifacts = 0;
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).unwrap();
        if name(page.get(b"Tabs").unwrap_or(&Object::Null)) != "S" {
            bad.push("a page without /Tabs /S".into());
        }
        for a in page
            .get(b"Annots")
            .and_then(Object::as_array)
            .into_iter()
            .flatten()
        {
            let a = dict(&doc, a);
            if !a.has(b"StructParent")
                || !a.has(b"Contents")
                || a.get(b"F").and_then(Object::as_i64).ok() != Some(4)
            {
                bad.push("a link annotation without /StructParent, /Contents or /F 4".into());
            }
        }
        let content = doc.get_and_decode_page_content(page_id).unwrap();
        let key = page.get(b"StructParents").and_then(Object::as_i64).ok();
        let row = key
            .and_then(|k| parents.get(&k))
            .and_then(|o| o.as_array().ok())
            .cloned()
            .unwrap_or_default();
        let mut depth = 0;
        let mut mcids = 0;
        for op in &content.operations {
            match op.operator.as_str() {
                "BDC" | "BMC" => {
                    depth += 1;
                    if depth > 1 {
                        bad.push("nested marked content".into());
                    }
                    if name(&op.operands[0]) == "Artifact" {
                        artifacts += 1;
                    }
                    if let Some(Ok(m)) = op.operands.get(1).map(|p| {
                        p.as_dict()
                            .and_then(|d| d.get(b"MCID"))
                            .and_then(Object::as_i64)
                    }) {
                        mcids += 1;
                        let owner = row.get(m as usize).and_then(|o| o.as_reference().ok());
                        if owner.is_none() || owner != kids_of.get(&(page_id, m)).copied() {
                            bad.push(format!("MCID {m} not mapped to the element that has it"));
                        }
                    }
                }
                "EMC" => depth -= 1,
                "Tj" | "TJ" | "'" | "\"" if depth != 1 => {
                    bad.push("text outside marked content".into());
                }
                _ => {}
            }
        }
        if mcids != row.len() {
            bad.push(format!(
                "{mcids} MCIDs on a page, {} in its parent tree row",
                row.len()
            ));
        }
        // Fonts: embedded (TrueType as FontFile2; a CFF face from the system fallback,
        // such as Noto CJK, as FontFile3), with ToUnicode.
        if let Ok(fonts) = doc.get_page_fonts(page_id) {
            for (_, f) in fonts {
                let desc = f
                    .get(b"DescendantFonts")
                    .and_then(Object::as_array)
                    .ok()
                    .and_then(|a| a.first())
                    .map(|d| dict(&doc, d))
                    .and_then(|d| get(&doc, d, "FontDescriptor"))
                    .map(|d| dict(&doc, d));
                if !f.has(b"ToUnicode")
                    || !desc.is_some_and(|d| d.has(b"FontFile2") || d.has(b"FontFile3"))
                {
                    bad.push("a font without ToUnicode or embedded program".into());
                }
            }
        }
    }
    if artifacts == 0 {
        bad.push("no artifacts: running heads and folios read as text".into());
    }
    bad.sort();
    bad.dedup();
    bad
}

/// Builds one book and checks it inside and out.
fn check(sample: bool, profile: &str, standards: &str) {
    let dir = tempfile::tempdir().unwrap();
    let (toml, title) = book(dir.path(), sample, profile, standards);
    let (pdf, _) = common::build_format(&toml, "pdf", &dir.path().join("out"));
    let pdf = pdf.to_str().unwrap();
    let what = format!(
        "{} {profile} [{standards}]",
        if sample { "sample" } else { "anthology" }
    );

    let (_, info) = tool("pdfinfo", &[pdf]);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
        "{what}: {info}"
    );
    let (ok, q) = tool("qpdf", &["--check", pdf]);
    assert!(
        ok && q.contains("No syntax or stream encoding errors"),
        "{what}: {q}"
    );

    let strings = struct_strings(pdf);
    let got: Vec<char> = strings.iter().flat_map(|s| letters(s)).collect();
    let want = letters(&story_text(&toml));
    let share = in_order(&want, &got);
    assert!(
        share >= 0.995,
        "{what}: {:.2}% of the story text in order",
        share * 100.0
    );
    // The title only where it is printed as text (title page, copyright page), never
    // as running heads; no folios.
    let t = letters(&title);
    let titles = strings.iter().filter(|s| letters(s) == t).count();
    assert!(
        (1..=2).contains(&titles),
        "{what}: the title {titles} times"
    );
    let numbers: Vec<&String> = strings
        .iter()
        .filter(|s| {
            let s = s.trim();
            !s.is_empty()
                && (s.chars().all(|c| c.is_ascii_digit()) || s.chars().all(|c| "ivxlc".contains(c)))
        })
        .collect();
    assert!(numbers.is_empty(), "{what}: bare page numbers {numbers:?}");

    let ua = standards.contains("ua-1");
    let bad = walk(pdf, ua, standards.contains("a-2b"));
    assert!(bad.is_empty(), "{what}: {bad:#?}");
}

#[test]
fn the_sample_is_tagged_in_both_profiles() {
    check(true, "screen", "");
    check(true, "print", "");
}

#[test]
fn the_anthology_is_tagged_in_both_profiles() {
    check(false, "screen", "");
    check(false, "print", "");
}

#[test]
fn standards_ua1_and_a2b_are_declared_and_kept() {
    check(true, "screen", "\"ua-1\", \"a-2b\"");
    check(false, "print", "\"ua-1\", \"a-2b\"");
}

#[test]
fn hyphenated_words_read_whole_in_the_structure() {
    // Every line the layout hyphenated: its last word and the next line's first word
    // appear joined in one structure string.
    let dir = tempfile::tempdir().unwrap();
    // Print: the narrower measure hyphenates more.
    let (toml, _) = book(dir.path(), true, "print", "");
    let (pdf, _) = common::build_format(&toml, "pdf", &dir.path().join("out"));
    let strings = struct_strings(pdf.to_str().unwrap());
    let joined: String = strings.join("|");
    let (_, raw) = tool(
        "pdftotext",
        &["-raw", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
    );
    let lines: Vec<&str> = raw.lines().collect();
    let mut seen = 0;
    for w in lines.windows(2) {
        let Some(stem) = w[0].trim_end().strip_suffix('\u{AD}') else {
            continue;
        };
        let head: String = stem
            .split_whitespace()
            .last()
            .unwrap_or("")
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
        let tail: String = w[1]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if head.is_empty() || tail.is_empty() {
            continue;
        }
        seen += 1;
        assert!(
            joined.contains(&format!("{head}{tail}")),
            "{head}-{tail} is not whole"
        );
    }
    // The line breaker hyphenates sparingly (two lines of the print sample since the
    // spaces shrink less and letters may close up): two are enough to check.
    assert!(
        seen >= 2,
        "the sample should have hyphenated lines, found {seen}"
    );
}

#[test]
fn conflicting_or_unknown_standards_are_refused_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    for (list, says) in [("\"a-2b\", \"a-3u\"", "\"a-3u\""), ("\"ua-2\"", "\"ua-2\"")] {
        let (toml, _) = book(dir.path(), false, "screen", list);
        let run = common::quire(&["build".as_ref(), toml.as_os_str()]);
        assert_ne!(run.code, 0);
        assert!(
            run.stderr.contains("standards")
                && run.stderr.contains(says)
                && run.stderr.contains("book.toml:"),
            "{}",
            run.stderr
        );
    }
}
