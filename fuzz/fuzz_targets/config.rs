//! Fuzzes the `book.toml` loader: text → `config::parse` (and `resolve_pdf` when it
//! parses). Every diagnostic must be one line with no control
//! character; accepted settings and metadata must be in range. Run: `cargo +nightly fuzz run config`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match quire::config::parse(text, "book.toml") {
        Ok(cfg) => {
            let diags = match quire::config::resolve_pdf(&cfg.pdf, &cfg.spans, "book.toml") {
                Ok((pdf, warnings)) => {
                    // Accepted settings describe a page a PDF can have.
                    assert!((144.0..=7200.0).contains(&pdf.page_width), "{pdf:?}");
                    assert!((216.0..=7200.0).contains(&pdf.page_height), "{pdf:?}");
                    assert!((6.0..=24.0).contains(&pdf.font_size), "{pdf:?}");
                    warnings
                }
                Err(diags) => diags,
            };
            for d in diags {
                let line = d.to_string();
                assert!(!line.chars().any(char::is_control), "{line:?}");
            }
            // Accepted metadata is non-empty and free of control characters.
            for s in [&cfg.book.title]
                .into_iter()
                .chain(&cfg.book.authors)
                .chain(cfg.book.publisher.as_ref())
                .chain(cfg.book.identifier.as_ref())
            {
                // A tab is allowed (the source stage folds it into a space).
                let control = s.chars().any(|c| c.is_control() && c != '\t');
                assert!(!s.trim().is_empty() && !control, "{s:?}");
            }
        }
        Err(diags) => {
            assert!(!diags.is_empty());
            for d in diags {
                // One line, and nothing from the input can drive the terminal.
                let line = d.to_string();
                assert!(!line.chars().any(char::is_control), "{line:?}");
            }
        }
    }
});
