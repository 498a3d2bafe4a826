//! `quire-corpus`, first stage: the seed stories read, and the book's stories made from
//! them.
//!
//! Input: the folder of real seeds. Output: the chapters, each a file name, title,
//! optional author, exact text and the count of leading note paragraphs: the seeds
//! verbatim, or synthetic stories of 5–15 KB drawn from the seeds' body paragraphs with
//! SplitMix64 after one "A/N: …" paragraph of their notes' sentences.

use std::path::Path;

/// Synthetic story size bounds in bytes (the "5–15 KB").
pub(crate) const MIN_BYTES: usize = 5_000;
pub(crate) const MAX_BYTES: usize = 15_000;

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
pub(crate) struct Seed {
    file: String,
    title: String,
    text: String,
    /// Leading paragraphs that are the author's note.
    note_paras: usize,
}

/// One chapter of the generated book.
pub(crate) struct Story {
    pub(crate) file: String,
    pub(crate) title: String,
    pub(crate) author: Option<String>,
    /// The file's exact bytes.
    pub(crate) text: String,
    /// Leading paragraphs that are the author's note (for the pandoc/typst inputs).
    pub(crate) note_paras: usize,
}

/// Splits text into trimmed paragraphs at blank lines (lines of only spaces count).
pub(crate) fn paragraphs(text: &str) -> Vec<&str> {
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
pub(crate) fn load_seeds(dir: &Path) -> Result<Vec<Seed>, String> {
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

pub(crate) fn seed_stories(seeds: &[Seed]) -> Vec<Story> {
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

pub(crate) fn synthetic_stories(seeds: &[Seed], n: usize, seed: u64) -> Vec<Story> {
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
