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
//!
//! Its stages: [`stories`] reads the seeds and makes the chapters, [`render`] writes them
//! as each compiler's input; this file reads the arguments and writes the folder.

mod render;
mod stories;

use clap::Parser;
use render::render;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use stories::{load_seeds, seed_stories, synthetic_stories};

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
    use stories::{MAX_BYTES, MIN_BYTES, paragraphs};

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
}
