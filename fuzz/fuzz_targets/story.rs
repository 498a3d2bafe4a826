//! Fuzzes the story reader: bytes → `decode` → `understand` → chapter XHTML.
//! The first byte picks the `[[chapters]]` overrides so the split heuristics and the
//! forced splits both get exercised. Run: `cargo +nightly fuzz run story`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quire::config::ChapterConfig;
use quire::source::{decode, story};

fuzz_target!(|data: &[u8]| {
    let (knobs, bytes) = match data.split_first() {
        Some((k, rest)) => (*k, rest),
        None => (0, data),
    };
    let entry = ChapterConfig {
        file: "story.txt".into(),
        title: (knobs & 1 != 0).then(|| "Fixed Title".into()),
        author: None,
        preface: (knobs & 2 != 0).then_some(usize::from(knobs >> 4 & 3)),
        afterword: (knobs & 4 != 0).then_some(usize::from(knobs >> 6)),
        title_in_text: (knobs & 8 != 0).then_some(knobs & 16 != 0),
        header: None,
    };
    if let Ok((text, enc)) = decode::decode(bytes) {
        let (chapter, _) = story::understand(&entry, &text, enc, "en");
        let page = quire::render::epub::xhtml::chapter_page(
            &chapter,
            0,
            "en",
            knobs & 32 != 0,
            &quire::furniture::Furniture::for_language("en"),
            &[],
        );
        assert!(!page.contains("<script"), "markup leaked into the page");
    }
});
