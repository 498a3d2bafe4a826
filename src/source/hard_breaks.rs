//! Markdown hard line breaks: decoded text → the lines whose break the author marked.
//!
//! Input: a Markdown file's normalised text and the lines the decoder saw end in two or
//! more spaces (trimmed since). Output: the text with each marking backslash taken off,
//! and the 1-based lines whose break is a hard one. `paragraphs` keeps those breaks, so
//! a postcard's lines stay one paragraph of lines whatever the line-break heuristics
//! would say of them. Plain text files are not read this way: their trailing spaces and
//! backslashes are not markup.

/// Whether `line` ends in one backslash (two are an escaped, literal backslash) after
/// some text.
fn ends_in_backslash(line: &str) -> bool {
    line.strip_suffix('\\')
        .is_some_and(|rest| !rest.ends_with('\\') && !rest.trim().is_empty())
}

/// The text with marking backslashes removed, and the sorted lines ending in a hard break.
/// A marked line counts only when a line of text follows it: a break at a paragraph's
/// end breaks nothing, and a backslash there is the author's own.
pub(crate) fn find(text: &str, spaced_ends: &[usize]) -> (String, Vec<usize>) {
    let lines: Vec<&str> = text.split('\n').collect();
    let followed = |i: usize| lines.get(i + 1).is_some_and(|l| !l.trim().is_empty());
    let mut hard = Vec::new();
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if followed(i) && ends_in_backslash(line) {
            out.push_str(line[..line.len() - 1].trim_end());
            hard.push(i + 1);
            continue;
        }
        if followed(i) && spaced_ends.binary_search(&(i + 1)).is_ok() {
            hard.push(i + 1);
        }
        out.push_str(line);
    }
    (out, hard)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backslashes_go_and_both_marks_are_found() {
        let text = "Dear Tom,\\\nThe sea is cold.\nThe beds are hard.\\\nYours\\\n\nA \\\\\nb";
        let (t, hard) = find(text, &[2]);
        assert_eq!(
            t,
            "Dear Tom,\nThe sea is cold.\nThe beds are hard.\nYours\\\n\nA \\\\\nb"
        );
        // Line 4's backslash ends its paragraph, and line 6's is escaped: both stay.
        assert_eq!(hard, vec![1, 2, 3]);
    }

    #[test]
    fn a_lone_backslash_and_a_spaced_last_line_are_not_breaks() {
        let (t, hard) = find("\\\nword\n\nnext", &[2]);
        assert_eq!(t, "\\\nword\n\nnext");
        assert!(hard.is_empty());
    }
}
