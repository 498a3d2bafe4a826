//! Stage timings for profiling: set `QUIRE_TIMINGS=1` and each stage prints how long it
//! took on stderr, with the process's peak memory so far where the system tells it
//! (`quire: timing: pdf.layout 149.7 ms, peak 61 MB`). Off by default; costs one
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
            match peak_mb() {
                Some(mb) => eprintln!("quire: timing: {} {ms:.1} ms, peak {mb} MB", self.name),
                None => eprintln!("quire: timing: {} {ms:.1} ms", self.name),
            }
        }
    }
}

/// Peak resident memory of this process so far, in MB (Linux: `VmHWM`).
fn peak_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}
