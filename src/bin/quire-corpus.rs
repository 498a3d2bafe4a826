//! `quire-corpus`: the deterministic benchmark corpus.
//!
//! Input: a folder of real seed stories (plain UTF-8, blank-line separated paragraphs).
//! Output: a folder holding the same book for Quire and for the peers we race against:
//!
//! ```text
//! OUTDIR/stories/…      the stories (seeds verbatim, or story_0001.txt …)
//! OUTDIR/book.toml      Quire's input
//! OUTDIR/meta.yaml      pandoc metadata      ┐ pandoc meta.yaml book.md -o x.epub
//! OUTDIR/book.md        pandoc text          ┘ (one `# Title` per chapter)
//! OUTDIR/book.typ       typst source that read()s the raw story files (A5)
//! ```
//!
//! Synthetic stories are body paragraphs of the seeds drawn with a fixed-seed PRNG
//! (SplitMix64, written here so the output never changes with a dependency bump) until
//! the story is 5–15 KB, after one short "A/N: …" paragraph made of sentences from the
//! seeds' own author's notes. Same `--seed` and `-n` → byte-identical files.

use clap::Parser;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Generate a benchmark corpus for Quire, pandoc and typst.
#[derive(Parser, Debug)]
#[command(name = "quire-corpus")]
struct Args {
    /// Copy the real seed stories verbatim instead of making synthetic ones.
    #[arg(long, conflicts_with = "n")]
    seeds: bool,
    /// Number of synthetic stories.
    #[arg(short = 'n', default_value_t = 100)]
    n: usize,
    /// PRNG seed for the synthetic stories.
    #[arg(long = "seed", default_value_t = 42)]
    seed: u64,
    /// Folder of seed stories (`*.txt`).
    seeddir: PathBuf,
    /// Folder to write the corpus into (its `stories/` is replaced).
    outdir: PathBuf,
}

const TITLE: &str = "Fantine and Other Stories";
const SUBTITLE: &str = "A benchmark anthology";
const EDITOR: &str = "Various Authors";
const LANGUAGE: &str = "en";
const DATE: &str = "2024-06-01";
const PUBLISHER: &str = "Quire Bench Press";
const DESCRIPTION: &str = "Fan-fiction paragraphs reshuffled to measure ebook compilers.";
const RIGHTS: &str = "Each story belongs to its author; reproduced for benchmarking only.";

/// Synthetic story size bounds in bytes (the issue's "5–15 KB").
const MIN_BYTES: usize = 5_000;
const MAX_BYTES: usize = 15_000;

/// What we know about each real seed, by its file-name prefix: how many leading
/// paragraphs are the author's note, which paragraph is a title line (kept out of the
/// body pool so synthetic stories do not get stray titles), and the title to use.
const SEED_INFO: &[(&str, usize, &str)] = &[
    ("000", 2, "Second Chances"),
    ("001", 1, "A Promise Kept"),
    ("002", 2, "The Locket"),
];

const ARTICLES: &[&str] = &[
    "The",
    "A",
    "Of the",
    "After the",
    "Beyond the",
    "Before the",
];
const NOUNS: &[&str] = &[
    "Ember",
    "Willow",
    "Harbor",
    "Lantern",
    "Winter",
    "Letter",
    "Promise",
    "Locket",
    "River",
    "Candle",
    "Garden",
    "Silver",
    "Shadow",
    "Morning",
    "Sparrow",
    "Barricade",
    "Mercy",
    "Window",
    "Bread",
    "Chain",
];
const PEN_NAMES: &[&str] = &[
    "lanternlight",
    "RueDeLaChanvrerie",
    "cosette_writes",
    "Marius Pontmercy Fan",
    "inkandbarricades",
    "Ms. Thenardier",
    "SewerRat1832",
    "one_day_more",
];

/// SplitMix64: tiny, fast, and fixed forever, which is all a corpus needs.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (Lemire's multiply-high; the bias is below 2^-40 for our n).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One real seed story.
struct Seed {
    file: String,
    title: String,
    text: String,
    /// Leading paragraphs that are the author's note.
    note_paras: usize,
}

/// One chapter of the generated book.
struct Story {
    file: String,
    title: String,
    author: Option<String>,
    /// The file's exact bytes.
    text: String,
    /// Leading paragraphs that are the author's note (for the pandoc/typst inputs).
    note_paras: usize,
}

/// Splits text into trimmed paragraphs at blank lines (lines of only spaces count).
fn paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push(text[s..end].trim());
            }
        } else {
            if start.is_none() {
                start = Some(pos);
            }
            end = pos + line.len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(text[s..end].trim());
    }
    out
}

/// Reads every `*.txt` in `dir`, sorted by name so the corpus does not depend on
/// directory order.
fn load_seeds(dir: &Path) -> Result<Vec<Seed>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(format!("no .txt seed stories in {}", dir.display()));
    }
    let mut seeds = Vec::new();
    for name in names {
        let path = dir.join(&name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = text.replace("\r\n", "\n");
        let info = SEED_INFO.iter().find(|(p, _, _)| name.starts_with(p));
        let (note_paras, title) = match info {
            Some((_, k, t)) => (*k, (*t).to_string()),
            None => (
                guess_note_paras(&text),
                name.trim_end_matches(".txt").to_string(),
            ),
        };
        seeds.push(Seed {
            file: name,
            title,
            text,
            note_paras,
        });
    }
    Ok(seeds)
}

/// For an unknown seed: leading paragraphs that announce themselves as notes.
fn guess_note_paras(text: &str) -> usize {
    paragraphs(text)
        .iter()
        .take_while(|p| {
            ["A/N", "AN:", "Author's Note", "Disclaimer"]
                .iter()
                .any(|m| p.starts_with(m))
        })
        .count()
}

/// Splits a note into sentences after `.`, `!` or `?` followed by a space.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len().saturating_sub(1) {
        if matches!(bytes[i], b'.' | b'!' | b'?') && bytes[i + 1] == b' ' {
            out.push(text[start..=i].trim());
            start = i + 1;
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| s.len() > 10);
    out
}

fn seed_stories(seeds: &[Seed]) -> Vec<Story> {
    seeds
        .iter()
        .map(|s| Story {
            file: s.file.clone(),
            title: s.title.clone(),
            author: None,
            text: s.text.clone(),
            note_paras: s.note_paras,
        })
        .collect()
}

fn synthetic_stories(seeds: &[Seed], n: usize, seed: u64) -> Vec<Story> {
    let mut note_pool: Vec<&str> = Vec::new();
    let mut body_pool: Vec<&str> = Vec::new();
    for s in seeds {
        let ps = paragraphs(&s.text);
        let k = s.note_paras.min(ps.len());
        for p in &ps[..k] {
            let p = ["A/N:", "Author's Note:", "Disclaimer:"]
                .iter()
                .find_map(|m| p.strip_prefix(m))
                .unwrap_or(p)
                .trim();
            note_pool.extend(sentences(p));
        }
        body_pool.extend(ps[k..].iter().filter(|p| **p != s.title));
    }
    if note_pool.is_empty() {
        note_pool.push("Thanks for reading, reviews are always welcome.");
    }
    // A paragraph longer than the smallest budget could never fit; the seeds have none.
    body_pool.retain(|p| p.len() + 2 < MAX_BYTES - MIN_BYTES);

    let mut rng = SplitMix64(seed);
    (1..=n)
        .map(|i| {
            let target = rng.range(MIN_BYTES, MAX_BYTES - 1_000);
            let mut note = String::from("A/N:");
            let mut used = Vec::new();
            for _ in 0..rng.range(1, 3) {
                let j = rng.below(note_pool.len());
                if !used.contains(&j) {
                    used.push(j);
                    note.push(' ');
                    note.push_str(note_pool[j]);
                    // "So enjoy and destroy" ended a paragraph, not a sentence.
                    if !note.ends_with(['.', '!', '?', '"', '\u{201d}']) {
                        note.push('.');
                    }
                }
            }
            let mut text = note;
            text.push_str("\n\n");
            while text.len() < target && !body_pool.is_empty() {
                let p = rng.pick(&body_pool);
                if text.len() + p.len() + 1 > MAX_BYTES {
                    continue;
                }
                text.push_str(p);
                text.push_str("\n\n");
            }
            text.pop(); // one newline at the end of the file
            Story {
                file: format!("story_{i:04}.txt"),
                title: format!("{} {} {i}", rng.pick(ARTICLES), rng.pick(NOUNS)),
                author: Some(rng.pick(PEN_NAMES).to_string()),
                text,
                note_paras: 1,
            }
        })
        .collect()
}

/// A double-quoted string for TOML and YAML, which spell a code point `\uXXXX`.
fn quoted_toml(s: &str) -> String {
    quote(s, |c| format!("\\u{:04x}", c as u32))
}

/// A double-quoted string for typst, which spells a code point `\u{X}`.
fn quoted_typst(s: &str) -> String {
    quote(s, |c| format!("\\u{{{:x}}}", c as u32))
}

/// Escapes quotes, backslashes and control characters; titles never hold the last, but
/// each format must stay valid whatever a seed's title is.
fn quote(s: &str, code_point: impl Fn(char) -> String) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&code_point(c)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn book_toml(stories: &[Story], id: &str) -> String {
    let mut t = String::new();
    let q = quoted_toml;
    let _ = writeln!(t, "[book]");
    let _ = writeln!(t, "title = {}", q(TITLE));
    let _ = writeln!(t, "subtitle = {}", q(SUBTITLE));
    let _ = writeln!(t, "authors = [{}]", q(EDITOR));
    let _ = writeln!(t, "language = {}", q(LANGUAGE));
    let _ = writeln!(t, "identifier = {}", q(id));
    let _ = writeln!(t, "date = {}", q(DATE));
    let _ = writeln!(t, "publisher = {}", q(PUBLISHER));
    let _ = writeln!(t, "description = {}", q(DESCRIPTION));
    let _ = writeln!(t, "rights = {}", q(RIGHTS));
    for s in stories {
        let _ = writeln!(t, "\n[[chapters]]");
        let _ = writeln!(t, "file = {}", q(&format!("stories/{}", s.file)));
        let _ = writeln!(t, "title = {}", q(&s.title));
        if let Some(a) = &s.author {
            let _ = writeln!(t, "author = {}", q(a));
        }
    }
    t
}

fn pandoc_meta(id: &str) -> String {
    let q = quoted_toml;
    format!(
        "---\ntitle: {}\nsubtitle: {}\nauthor: {}\nlang: {}\nidentifier: {}\ndate: {}\n\
         publisher: {}\ndescription: {}\nrights: {}\n...\n",
        q(TITLE),
        q(SUBTITLE),
        q(EDITOR),
        q(LANGUAGE),
        q(id),
        q(DATE),
        q(PUBLISHER),
        q(DESCRIPTION),
        q(RIGHTS)
    )
}

/// The whole book as pandoc Markdown. The story text goes in unchanged, so `*emphasis*`
/// means to pandoc what it means to Quire; the author's note sits in a `preface` div.
fn pandoc_book(stories: &[Story]) -> String {
    let mut md = String::new();
    for (i, s) in stories.iter().enumerate() {
        let ps = paragraphs(&s.text);
        let k = s.note_paras.min(ps.len());
        let _ = writeln!(md, "# {} {{#ch{:04}}}\n", s.title, i + 1);
        if let Some(a) = &s.author {
            let _ = writeln!(md, "::: byline\nby {a}\n:::\n");
        }
        if k > 0 {
            let _ = writeln!(md, "::: preface\n{}\n:::\n", ps[..k].join("\n\n"));
        }
        let _ = writeln!(md, "{}\n", ps[k..].join("\n\n"));
    }
    md
}

/// The typst peer's source: A5, Charis SIL (the face Quire embeds, passed with
/// `font_paths`), one heading per chapter, running head = chapter title. Each story sets
/// its own page header, so no page queries all headings: a header that does is
/// O(pages × chapters) and does not finish at 1,000 stories.
const TYPST_HEAD: &str = r#"#set page(paper: "a5", margin: (x: 16mm, top: 20mm, bottom: 22mm),
  footer: context if here().page() > 1 { align(center, text(9pt, counter(page).display())) })
#set text(font: ("Charis SIL", "Noto Serif"), size: 11pt, lang: "en", hyphenate: true)
#set par(justify: true, first-line-indent: 1.2em, leading: 0.55em, spacing: 0.55em)
#show heading.where(level: 1): it => {
  pagebreak(weak: true)
  v(18mm)
  block(text(20pt, weight: "regular", it.body))
  v(6mm)
}

#let chapter(title, author, path, note) = {
  let ps = read(path).split(regex("\n[ \t]*\n")).map(p => p.trim()).filter(p => p != "")
  let start = label("ch-" + path)
  set page(header: context {
    if here().page() != locate(start).page() { align(center, text(9pt, style: "italic", title)) }
  })
  [#heading(level: 1, title) #start]
  if author != none { align(left, text(style: "italic")[by #author]); v(4mm) }
  block(inset: (x: 1.5em), spacing: 1.2em, {
    set text(10pt, style: "italic")
    set par(first-line-indent: 0pt)
    for p in ps.slice(0, note) { p; parbreak() }
  })
  for p in ps.slice(note) { p; parbreak() }
}

"#;

fn typst_book(stories: &[Story]) -> String {
    let q = quoted_typst;
    let mut t = String::new();
    let _ = writeln!(
        t,
        "#set document(title: {}, author: {})",
        q(TITLE),
        q(EDITOR)
    );
    t.push_str(TYPST_HEAD);
    let _ = writeln!(
        t,
        "#align(center + horizon, text(26pt, {}) + linebreak() + text(14pt, {}) + linebreak() + text(12pt, {}))",
        q(TITLE),
        q(SUBTITLE),
        q(EDITOR)
    );
    t.push_str("#pagebreak()\n#outline(depth: 1)\n\n");
    for s in stories {
        let author = s.author.as_deref().map_or("none".to_string(), q);
        let path = q(&format!("stories/{}", s.file));
        let _ = writeln!(
            t,
            "#chapter({}, {author}, {path}, {})",
            q(&s.title),
            s.note_paras
        );
    }
    t
}

/// Every file of the corpus, by path relative to OUTDIR.
fn render(stories: &[Story], id: &str) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for s in stories {
        files.insert(format!("stories/{}", s.file), s.text.clone().into_bytes());
    }
    files.insert("book.toml".into(), book_toml(stories, id).into_bytes());
    files.insert("meta.yaml".into(), pandoc_meta(id).into_bytes());
    files.insert("book.md".into(), pandoc_book(stories).into_bytes());
    files.insert("book.typ".into(), typst_book(stories).into_bytes());
    files
}

/// The corpus for `args`, in memory.
fn corpus(args: &Args) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let seeds = load_seeds(&args.seeddir)?;
    let (stories, id) = if args.seeds {
        (seed_stories(&seeds), "urn:quire-bench:seeds".to_string())
    } else {
        (
            synthetic_stories(&seeds, args.n, args.seed),
            format!("urn:quire-bench:n{}-seed{}", args.n, args.seed),
        )
    };
    Ok(render(&stories, &id))
}

fn write(outdir: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<(), String> {
    let err = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    let stories = outdir.join("stories");
    if stories.exists() {
        std::fs::remove_dir_all(&stories).map_err(|e| err(&stories, e))?;
    }
    std::fs::create_dir_all(&stories).map_err(|e| err(&stories, e))?;
    for (rel, bytes) in files {
        let path = outdir.join(rel);
        std::fs::write(&path, bytes).map_err(|e| err(&path, e))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = Args::parse();
    let result = corpus(&args).and_then(|files| {
        write(&args.outdir, &files)?;
        let (count, bytes) = files
            .iter()
            .filter(|(k, _)| k.starts_with("stories/"))
            .fold((0, 0), |(c, b), (_, v)| (c + 1, b + v.len()));
        println!(
            "{}: {count} stories, {bytes} bytes of text",
            args.outdir.display()
        );
        Ok(())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quire-corpus: error: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(extra: &[&str], out: &Path) -> Args {
        let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        let mut v = vec!["quire-corpus"];
        v.extend_from_slice(extra);
        v.push(seeds);
        v.push(out.to_str().unwrap());
        Args::parse_from(v)
    }

    fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
        let mut out = BTreeMap::new();
        for sub in ["", "stories"] {
            for e in std::fs::read_dir(dir.join(sub)).unwrap() {
                let e = e.unwrap();
                if e.file_type().unwrap().is_file() {
                    let name = format!("{sub}/{}", e.file_name().to_string_lossy());
                    out.insert(name, std::fs::read(e.path()).unwrap());
                }
            }
        }
        out
    }

    #[test]
    fn same_seed_gives_byte_identical_corpus() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        for dir in [&a, &b] {
            let args = args(&["-n", "25", "--seed", "7"], dir.path());
            write(dir.path(), &corpus(&args).unwrap()).unwrap();
        }
        let (ta, tb) = (read_tree(a.path()), read_tree(b.path()));
        assert_eq!(ta.len(), 25 + 4);
        assert_eq!(ta, tb);
    }

    #[test]
    fn another_seed_gives_another_corpus() {
        let out = Path::new("unused");
        let a = corpus(&args(&["-n", "5", "--seed", "1"], out)).unwrap();
        let b = corpus(&args(&["-n", "5", "--seed", "2"], out)).unwrap();
        assert_ne!(a["stories/story_0001.txt"], b["stories/story_0001.txt"]);
    }

    #[test]
    fn synthetic_stories_are_5_to_15_kb_and_open_with_a_note() {
        let files = corpus(&args(&["-n", "200"], Path::new("unused"))).unwrap();
        let stories: Vec<_> = files
            .iter()
            .filter(|(k, _)| k.starts_with("stories/"))
            .collect();
        assert_eq!(stories.len(), 200);
        for (name, bytes) in stories {
            assert!(
                (MIN_BYTES..=MAX_BYTES).contains(&bytes.len()),
                "{name}: {}",
                bytes.len()
            );
            let text = std::str::from_utf8(bytes).unwrap();
            let note = paragraphs(text)[0];
            assert!(
                note.starts_with("A/N: ") && note.len() < 1_000,
                "{name}: {note}"
            );
        }
    }

    #[test]
    fn seeds_mode_copies_the_seeds_verbatim() {
        let files = corpus(&args(&["--seeds"], Path::new("unused"))).unwrap();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut n = 0;
        for e in std::fs::read_dir(&dir).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            let want = std::fs::read(dir.join(&name)).unwrap();
            assert_eq!(files[&format!("stories/{name}")], want);
            n += 1;
        }
        assert_eq!(n, 3);
        let toml = String::from_utf8(files["book.toml"].clone()).unwrap();
        assert_eq!(toml.matches("[[chapters]]").count(), 3);
    }

    #[test]
    fn book_toml_parses_as_quire_config() {
        let files = corpus(&args(&["-n", "3"], Path::new("unused"))).unwrap();
        let toml = String::from_utf8(files["book.toml"].clone()).unwrap();
        let cfg: quire::config::BookConfig = toml::from_str(&toml).unwrap();
        assert_eq!(cfg.chapters.len(), 3);
        assert_eq!(cfg.chapters[0].file, "stories/story_0001.txt");
        assert!(cfg.chapters[0].author.is_some());
    }

    #[test]
    fn quoting_escapes_quotes_and_backslashes() {
        assert_eq!(quoted_typst(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(quoted_toml("a\u{1}b"), "\"a\\u0001b\"");
        assert_eq!(quoted_typst("a\u{1}b"), "\"a\\u{1}b\"");
    }
}
