//! A reader's fault → an error for its story: runs one story's reading so that a panic
//! (a bug meeting a file no one foresaw) comes back as its message, and the panic's
//! report, which names Quire's own source lines, is not printed over the build's
//! diagnostics.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Whether this thread is inside [`guarded`]: its panics are caught and reported
    /// as the story's error, so the panic hook stays quiet.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
}

static HOOK: Once = Once::new();

/// Runs `f`; a panic inside it comes back as `Err` with the panic's message.
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    HOOK.call_once(|| {
        let before = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !GUARDED.with(Cell::get) {
                before(info);
            }
        }));
    });
    let was = GUARDED.with(|g| g.replace(true));
    let out = panic::catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(was));
    out.map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "a panic with no message".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_comes_back_as_its_message() {
        let slice = |s: &str, n: usize| s[..n].to_string();
        assert_eq!(guarded(|| slice("abc", 2)), Ok("ab".to_string()));
        let err = guarded(|| slice("#原创", 2)).unwrap_err();
        assert!(err.contains("not a char boundary"), "{err}");
        // Outside, the flag is down again.
        assert!(!GUARDED.with(Cell::get));
    }
}
