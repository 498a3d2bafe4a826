//! Stage timings for profiling: set `QUIRE_TIMINGS=1` and each stage prints how long it
//! took on stderr (`quire: timing: pdf.layout 149.7 ms`). Off by default; costs one
//! environment lookup per process when off.

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("QUIRE_TIMINGS").is_some_and(|v| !v.is_empty()))
}

/// A running stage clock; reports when [`Stage::done`] is called.
pub struct Stage {
    name: &'static str,
    start: Instant,
}

/// Starts timing the stage `name`.
pub fn stage(name: &'static str) -> Stage {
    Stage {
        name,
        start: Instant::now(),
    }
}

impl Stage {
    /// Prints the stage's elapsed time, if timings are on.
    pub fn done(self) {
        if enabled() {
            let ms = self.start.elapsed().as_secs_f64() * 1000.0;
            eprintln!("quire: timing: {} {ms:.1} ms", self.name);
        }
    }
}
