//! Fuzzes the `book.toml` loader: text → `config::parse` (and `resolve_pdf` when it
//! parses). Every diagnostic must be one line. Run: `cargo +nightly fuzz run config`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match quire::config::parse(text, "book.toml") {
        Ok(cfg) => {
            if let Err(diags) = quire::config::resolve_pdf(&cfg.pdf, "book.toml") {
                for d in diags {
                    assert!(!d.to_string().contains('\n'));
                }
            }
        }
        Err(diags) => {
            assert!(!diags.is_empty());
            for d in diags {
                assert!(!d.to_string().contains('\n'));
            }
        }
    }
});
