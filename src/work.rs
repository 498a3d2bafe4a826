//! Work counters: how many steps the stages that hostile input could blow up took.
//!
//! Input: counts added by the inline parser and the line breaker. Output: with
//! `QUIRE_WORK=1`, one line on stderr after rendering
//! (`quire: work: inline-steps 1234, break-evaluations 5678`). Tests bound these counts
//! by the size of the input instead of timing a build: a count is the same on any
//! machine, however busy, and a quadratic blowup shows in it at any size. Each counter is
//! added to once per paragraph, never per step.

use std::sync::atomic::{AtomicU64, Ordering};

/// A kind of work counted.
#[derive(Debug, Clone, Copy)]
pub enum Work {
    /// Positions the inline parser visited (each emphasis level's range once).
    InlineSteps,
    /// Line-start candidates the line breaker weighed at a breakpoint (each active node
    /// at each breakpoint, each pass).
    BreakEvaluations,
}

static COUNTS: [AtomicU64; 2] = [AtomicU64::new(0), AtomicU64::new(0)];

thread_local! {
    /// The same counts, for this thread alone: a unit test reads what its own call did,
    /// whatever the tests running beside it add.
    static LOCAL: [std::cell::Cell<u64>; 2] = const { [std::cell::Cell::new(0), std::cell::Cell::new(0)] };
}

/// Adds `n` to a counter.
pub fn add(work: Work, n: usize) {
    COUNTS[work as usize].fetch_add(n as u64, Ordering::Relaxed);
    LOCAL.with(|l| l[work as usize].set(l[work as usize].get() + n as u64));
}

/// The work this thread has counted so far.
#[cfg(test)]
pub(crate) fn on_this_thread(work: Work) -> u64 {
    LOCAL.with(|l| l[work as usize].get())
}

/// The current value of a counter.
pub fn get(work: Work) -> u64 {
    COUNTS[work as usize].load(Ordering::Relaxed)
}

/// Prints the counters on stderr when `QUIRE_WORK` is set (and not empty).
pub fn report() {
    if std::env::var_os("QUIRE_WORK").is_some_and(|v| !v.is_empty()) {
        eprintln!(
            "quire: work: inline-steps {}, break-evaluations {}",
            get(Work::InlineSteps),
            get(Work::BreakEvaluations)
        );
    }
}
