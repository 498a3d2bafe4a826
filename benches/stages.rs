//! Micro-benchmarks of the hot stages, on the sample book (`book.toml`, three seeds):
//! reading, story understanding, shaping, hyphenation, line breaking, pagination,
//! PDF layout and writing, EPUB packaging. Run with `cargo bench`; the end-to-end
//! comparison against pandoc and typst is `bench/run`.

use criterion::{Criterion, criterion_group, criterion_main};
use quire::render::pdf::fonts::{FontKey, FontSet};
use quire::render::pdf::hyphenate::Hyphenation;
use quire::render::pdf::linebreak::{Item, break_lines};
use quire::render::pdf::shape::Shaper;
use std::hint::black_box;
use std::path::Path;

fn sample() -> quire::Project {
    quire::load(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the sample book loads")
}

fn seed_text() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/001_15daa920b197e1ac.txt");
    std::fs::read_to_string(path).expect("seed 001")
}

fn reading(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    c.bench_function("read: load sample book (3 stories)", |b| {
        b.iter(|| quire::load(black_box(root)).unwrap())
    });
    let text = seed_text();
    let bytes = text.as_bytes().to_vec();
    let entry: quire::config::ChapterConfig =
        toml::from_str("file = \"s.txt\"").expect("a chapter entry");
    c.bench_function("read: decode + understand one story (9.5 KB)", |b| {
        b.iter(|| {
            let (t, enc) = quire::source::decode::decode(black_box(&bytes)).unwrap();
            quire::source::story::understand(&entry, &t, enc, "en")
        })
    });
}

fn shaping_and_hyphenation(c: &mut Criterion) {
    let fonts = FontSet::new();
    let text = seed_text();
    let words: Vec<&str> = text.split_whitespace().collect();
    c.bench_function("shape: every word of a story, cold cache", |b| {
        b.iter(|| {
            let mut shaper = Shaper::new(&fonts);
            for w in &words {
                black_box(shaper.shape(FontKey::Regular, w));
            }
        })
    });
    let mut warm = Shaper::new(&fonts);
    c.bench_function("shape: every word of a story, warm cache", |b| {
        b.iter(|| {
            for w in &words {
                black_box(warm.shape(FontKey::Regular, w));
            }
        })
    });
    let hy = Hyphenation::for_language("en");
    c.bench_function("hyphenate: every word of a story", |b| {
        b.iter(|| {
            for w in &words {
                black_box(hy.breaks(w));
            }
        })
    });
}

fn line_breaking(c: &mut Criterion) {
    // A 400-word paragraph of varied word widths, glue between words: the shape of
    // real prose for the total-fit breaker.
    let mut items = Vec::new();
    for i in 0..400 {
        items.push(Item::boxed(18.0 + ((i * 37) % 23) as f32));
        items.push(Item::glue(3.0, 1.5, 1.0));
    }
    items.push(Item::penalty(0.0, -10_000.0, false));
    c.bench_function("linebreak: Knuth-Plass, 400-word paragraph", |b| {
        b.iter(|| break_lines(black_box(&items), 300.0))
    });
}

fn rendering(c: &mut Criterion) {
    let project = sample();
    c.bench_function("pdf: layout (shape, break, paginate) sample", |b| {
        b.iter(|| quire::render::pdf::layout(black_box(&project.book), &project.pdf))
    });
    c.bench_function("pdf: layout + write sample", |b| {
        b.iter(|| quire::render::pdf::render(black_box(&project.book), &project.pdf).unwrap())
    });
    c.bench_function("epub: package sample", |b| {
        b.iter(|| quire::render::epub::render(black_box(&project.book)).unwrap())
    });
}

criterion_group! {
    name = stages;
    config = Criterion::default().sample_size(20);
    targets = reading, shaping_and_hyphenation, line_breaking, rendering
}
criterion_main!(stages);
