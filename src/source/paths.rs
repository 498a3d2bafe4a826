//! Paths inside the book's folder: every file `book.toml` names, checked and followed.
//!
//! Input: the book's folder and a path as `book.toml` gives it. Output: the real path
//! (every symbolic link followed) or why it is refused, and the list of files the book
//! reads, so that no output is written over one.

use super::Inputs;
use std::path::{Component, Path, PathBuf};

/// Adds the file `rel` (relative to `root`) to `inputs` under both of its paths.
pub(super) fn add_input(inputs: &mut Inputs, root: &Path, rel: &str) {
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let p = Path::new(rel);
    if let (Some(parent), Some(name)) = (p.parent(), p.file_name())
        && let Some(dir) = follow_links(&real_root, parent)
    {
        inputs.push((dir.join(name), rel.to_string()));
    }
    if let Some(real) = follow_links(&real_root, p) {
        inputs.push((real, rel.to_string()));
    }
}

/// Resolves `rel` against `root`, refusing anything that ends up outside `root`
/// (absolute paths, `..` escapes, symbolic links pointing out, even dangling ones),
/// whether or not it exists. Returns the real path, every link followed, so the same
/// file named two ways is recognised.
pub(crate) fn resolve_inside(root: &Path, rel: &str) -> Result<PathBuf, &'static str> {
    let p = Path::new(rel);
    if rel.trim().is_empty() {
        return Err("is empty");
    }
    if p.is_absolute()
        || p.components()
            .any(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
    {
        return Err("is an absolute path");
    }
    let mut depth = 0i32;
    for c in p.components() {
        match c {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
        if depth < 0 {
            return Err("points outside the book's folder");
        }
    }
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    match follow_links(&real_root, p) {
        Some(real) if real.starts_with(&real_root) => Ok(real),
        Some(_) => Err("points outside the book's folder (through a symbolic link)"),
        None => Err("is a symbolic link that loops"),
    }
}

/// Walks `rel` from `base` (a path with no links in it) one component at a time,
/// following every symbolic link by reading it, so a link whose target does not exist
/// is still followed. `None` for a link loop.
fn follow_links(base: &Path, rel: &Path) -> Option<PathBuf> {
    enum Step {
        Root,
        Parent,
        Name(std::ffi::OsString),
    }
    fn steps(p: &Path) -> Vec<Step> {
        p.components()
            .rev()
            .filter_map(|c| match c {
                Component::Prefix(_) | Component::RootDir => Some(Step::Root),
                Component::CurDir => None,
                Component::ParentDir => Some(Step::Parent),
                Component::Normal(n) => Some(Step::Name(n.to_os_string())),
            })
            .collect()
    }
    // A stack: the next component to walk is on top.
    let mut pending = steps(rel);
    let mut cur = base.to_path_buf();
    let mut hops = 0;
    while let Some(step) = pending.pop() {
        match step {
            Step::Root => cur = PathBuf::from("/"),
            Step::Parent => {
                cur.pop();
            }
            Step::Name(name) => {
                let next = cur.join(&name);
                match std::fs::symlink_metadata(&next) {
                    Ok(m) if m.file_type().is_symlink() => {
                        hops += 1;
                        if hops > 40 {
                            return None;
                        }
                        let target = std::fs::read_link(&next).ok()?;
                        // A relative target resolves against the link's own folder: `cur`.
                        pending.extend(steps(&target));
                    }
                    _ => cur = next,
                }
            }
        }
    }
    Some(cur)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_are_refused() {
        let root = Path::new(".");
        assert!(resolve_inside(root, "../x.txt").is_err());
        assert!(resolve_inside(root, "a/../../x.txt").is_err());
        assert!(resolve_inside(root, "/etc/passwd").is_err());
        assert!(resolve_inside(root, "a/../b.txt").is_ok());
    }
}
