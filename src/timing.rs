//! Stage timings for profiling: set `QUIRE_TIMINGS=1` and each stage prints how long it
//! took on stderr, the CPU time its threads spent (in all, and per thread, busiest
//! first: a stage that keeps one thread busy and leaves the others idle is serial) and
//! the process's peak memory so far where the system tells it
//! (`quire: timing: pdf.layout 149.7 ms, cpu 291.0 ms [146 145], peak 61 MB`). Off by default; costs one
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
    /// Each thread's CPU time at the start (only when timings are on).
    cpu: Vec<(u64, u64)>,
}

/// Starts timing the stage `name`.
pub fn stage(name: &'static str) -> Stage {
    Stage {
        name,
        start: Instant::now(),
        cpu: if enabled() { thread_cpu() } else { Vec::new() },
    }
}

/// CPU time of each of this process's threads, in nanoseconds, by thread id (Linux:
/// `/proc/self/task/*/schedstat`; empty elsewhere).
fn thread_cpu() -> Vec<(u64, u64)> {
    let Ok(dir) = std::fs::read_dir("/proc/self/task") else {
        return Vec::new();
    };
    let mut v: Vec<(u64, u64)> = dir
        .flatten()
        .filter_map(|e| {
            let tid = e.file_name().to_str()?.parse().ok()?;
            let s = std::fs::read_to_string(e.path().join("schedstat")).ok()?;
            Some((tid, s.split_whitespace().next()?.parse().ok()?))
        })
        .collect();
    v.sort_unstable();
    v
}

/// The CPU each thread spent since `start`, in ms, busiest first (threads under a
/// millisecond left out), and their sum.
fn cpu_since(start: &[(u64, u64)]) -> (f64, Vec<f64>) {
    let mut per: Vec<f64> = thread_cpu()
        .into_iter()
        .map(|(tid, ns)| {
            let before = start
                .binary_search_by_key(&tid, |t| t.0)
                .map_or(0, |i| start[i].1);
            ns.saturating_sub(before) as f64 / 1e6
        })
        .collect();
    per.sort_by(|a, b| b.total_cmp(a));
    let total = per.iter().sum();
    per.retain(|ms| *ms >= 1.0);
    (total, per)
}

impl Stage {
    /// Prints the stage's elapsed time, if timings are on.
    pub fn done(self) {
        if enabled() {
            let ms = self.start.elapsed().as_secs_f64() * 1000.0;
            let (cpu, threads) = cpu_since(&self.cpu);
            let threads: Vec<String> = threads.iter().map(|t| format!("{t:.0}")).collect();
            let cpu = format!("cpu {cpu:.1} ms [{}]", threads.join(" "));
            match peak_mb() {
                Some(mb) => eprintln!(
                    "quire: timing: {} {ms:.1} ms, {cpu}, peak {mb} MB",
                    self.name
                ),
                None => eprintln!("quire: timing: {} {ms:.1} ms, {cpu}", self.name),
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
