//! Markdown hard line breaks, Setext headings and backslash escapes: decoded text → the
//! lines whose break the author marked, with underlined headings written as ATX ones and
//! escaped marks (`\#`, `\*`) as the marks they print.
//!
//! Input: a Markdown file's normalised text and the lines the decoder saw end in two or
//! more spaces (trimmed since). Output: the text with each marking backslash taken off,
//! each Setext heading ("Title" over "=====", "Part" over "-----") as `#`/`##` with its
//! underline blanked (so line numbers stay true), and the 1-based lines whose break is a
//! hard one. `paragraphs` keeps those breaks, so
//! a postcard's lines stay one paragraph of lines whatever the line-break heuristics
//! would say of them. Plain text files are not read this way: their trailing spaces and
//! backslashes are not markup.

/// Whether `line` ends in one backslash (two are an escaped, literal backslash) after
/// some text.
fn ends_in_backslash(line: &str) -> bool {
    line.strip_suffix('\\')
        .is_some_and(|rest| !rest.ends_with('\\') && !rest.trim().is_empty())
}

/// The level of the Setext heading whose text is line `i`: a line of text alone in its
/// paragraph (a blank line or the file's start above it) with a line of three or more
/// `=` (level 1) or `-` (level 2) right under it. A `---` under a blank line is a
/// thematic break, and under a longer paragraph's last line it is left alone.
fn setext_level(lines: &[&str], i: usize) -> Option<usize> {
    let text = lines[i].trim();
    let under = lines.get(i + 1)?.trim();
    let alone = i == 0 || lines[i - 1].trim().is_empty();
    if text.is_empty() || !alone || text.starts_with(['#', '>', '-', '*', '=']) || under.len() < 3 {
        return None;
    }
    let level = if under.chars().all(|c| c == '=') {
        1
    } else if under.chars().all(|c| c == '-') {
        2
    } else {
        return None;
    };
    // Text and underline, then a blank line or the end: a paragraph of its own.
    lines
        .get(i + 2)
        .is_none_or(|l| l.trim().is_empty())
        .then_some(level)
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
        if let Some(level) = setext_level(&lines, i) {
            out.push_str(&"#".repeat(level));
            out.push(' ');
            out.push_str(line.trim());
            continue;
        }
        if i > 0 && setext_level(&lines, i - 1).is_some() {
            continue;
        }
        if followed(i) && ends_in_backslash(line) {
            unescape(line[..line.len() - 1].trim_end(), &mut out);
            hard.push(i + 1);
            continue;
        }
        if followed(i) && spaced_ends.binary_search(&(i + 1)).is_ok() {
            hard.push(i + 1);
        }
        unescape(line, &mut out);
    }
    (out, hard)
}

/// Pushes `line` with Markdown's backslash escapes read: `\#1`, `red\-and\-white`,
/// `\* \* \*` (as Google Docs' Markdown download writes every mark it could take
/// for markup) print the mark alone; a backslash before anything else is the author's.
fn unescape(line: &str, out: &mut String) {
    if !line.contains('\\') {
        out.push_str(line);
        return;
    }
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&n) if c == '\\' && n.is_ascii_punctuation() => {
                out.push(n);
                chars.next();
            }
            _ => out.push(c),
        }
    }
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
            "Dear Tom,\nThe sea is cold.\nThe beds are hard.\nYours\\\n\nA \\\nb"
        );
        // Line 4's backslash ends its paragraph, and line 6's is escaped: both print
        // (line 6's as the one backslash it stands for).
        assert_eq!(hard, vec![1, 2, 3]);
    }

    /// Escaped marks print alone; other backslashes (a path, a shrug's arm before a
    /// letter) stay.
    #[test]
    fn backslash_escapes_print_the_mark() {
        let text =
            "\\#1: keep the lamp lit. A red\\-and\\-white tower.\n\n\\* \\* \\*\n\nC:\\Users\\tom";
        let (t, _) = find(text, &[]);
        assert_eq!(
            t,
            "#1: keep the lamp lit. A red-and-white tower.\n\n* * *\n\nC:\\Users\\tom"
        );
    }

    #[test]
    fn setext_headings_become_atx_and_keep_their_lines() {
        let text = "The Salt Choir\n==============\n\n*by Wren*\n\nPart Two\n--------\n\nShe sang.\nHe sang\n---\n\n---\n\nEnd.";
        let (t, _) = find(text, &[]);
        assert_eq!(
            t,
            "# The Salt Choir\n\n\n*by Wren*\n\n## Part Two\n\n\nShe sang.\nHe sang\n---\n\n---\n\nEnd."
        );
    }

    #[test]
    fn a_lone_backslash_and_a_spaced_last_line_are_not_breaks() {
        let (t, hard) = find("\\\nword\n\nnext", &[2]);
        assert_eq!(t, "\\\nword\n\nnext");
        assert!(hard.is_empty());
    }
}
