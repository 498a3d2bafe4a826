//! Pandoc's Markdown, read as the text it marks: a Markdown file that pandoc wrote (an
//! AO3 download or a web page converted with `pandoc -t markdown`) → the same lines with
//! its fenced divs' fence lines blanked, the attributes after links and spans
//! (`{rel="author"}`, `{.underline}`) taken off, a definition's `:` marker (as
//! `Rating:` over `:   General Audiences`) set as the indent a copied page has there,
//! right under its term; and in an AO3 download, the div that holds the story marked
//! `Work Text:` as AO3's page marks it, and the `>` of the summary and notes pandoc sets
//! as quotes outside it taken off.
//!
//! Input: a Markdown file's text, after `hard_breaks`. Output: that text, line for line
//! (so line numbers stay true), or `None` when the file has no fenced div: only a file
//! with one is read as pandoc's, so a `:::` set alone as a scene break in any other file
//! stays one.

/// Whether `line` is a fenced div's fence: three colons or more, then on an opening
/// fence its attributes (`{#preface}`, `{#chapters .userstuff}`) or a class name
/// (`meta`, `byline`), perhaps with colons after. Returns whether it opens a div.
fn fence(line: &str) -> Option<bool> {
    let t = line.trim();
    let colons = t.len() - t.trim_start_matches(':').len();
    if colons < 3 {
        return None;
    }
    let rest = t[colons..].trim().trim_end_matches(':').trim_end();
    if rest.is_empty() {
        return Some(false);
    }
    let attrs = rest.starts_with('{') && rest.ends_with('}') && !rest[1..].contains('{');
    let class = rest
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'));
    (attrs || class).then_some(true)
}

/// `line` without the attribute braces pandoc sets right after a link's or a span's
/// closing bracket (`](url){rel="author"}`, `[text]{.smallcaps}`): braces that open
/// with `#` or `.` or hold a `=`.
fn without_attributes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find('{') {
        let before = &rest[..at];
        let after = &rest[at..];
        let attached = before.ends_with([')', ']']);
        let end = after.find('}');
        match end {
            Some(e)
                if attached && {
                    let inner = &after[1..e];
                    inner.starts_with(['#', '.']) || inner.contains('=')
                } =>
            {
                out.push_str(before);
                rest = &after[e + 1..];
            }
            _ => {
                out.push_str(&rest[..at + 1]);
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A definition's line (`:   General Audiences`): its text, indented as a page copied
/// from the browser indents it under its term.
fn definition(line: &str) -> Option<String> {
    let rest = line.strip_prefix(':')?;
    let text = rest.trim_start();
    let spaces = rest.len() - text.len();
    ((1..=4).contains(&spaces) && !text.is_empty()).then(|| format!("    {text}"))
}

/// The file's text with pandoc's marks read (see the module's head), or `None` when it
/// has no fenced div.
pub(crate) fn plain(text: &str) -> Option<String> {
    if !text.lines().any(|l| fence(l) == Some(true)) {
        return None;
    }
    let mut lines: Vec<String> = Vec::new();
    // Inside an AO3 download's `#chapters` div (the story), or outside it (the preface
    // and the afterword, whose summary and notes pandoc sets as `>` quotes).
    let mut story = false;
    // The line a definition outside the story was set on, while its lines run on.
    let mut definition_at: Option<usize> = None;
    for line in text.split('\n') {
        if fence(line).is_some() {
            // Blanked, not removed: line numbers stay true. The div that holds an AO3
            // download's story is where its page says `Work Text:`.
            if line.contains("{#chapters") {
                story = true;
                lines.push("Work Text:".to_string());
                continue;
            }
            story &= !line.contains("{#afterword");
            lines.push(String::new());
            definition_at = None;
        } else if !story && let Some(d) = definition(line) {
            // A definition under its term and a blank line: moved up under the term, as a
            // page copied sets a field's value.
            let n = lines.len();
            let termed =
                n >= 2 && lines[n - 1].is_empty() && lines[n - 2].trim_end().ends_with(':');
            let at = if termed { n - 1 } else { n };
            lines.push(String::new());
            lines[at] = head_line(&d);
            definition_at = Some(at);
        } else if let Some(at) = definition_at.filter(|_| line.starts_with("    ")) {
            // The definition wrapped onto more lines: run on onto its first.
            run_on(&mut lines, at, line.trim());
        } else if story {
            lines.push(without_attributes(line));
        } else {
            definition_at = None;
            let line = line
                .strip_prefix('>')
                .map_or(line, |q| q.strip_prefix(' ').unwrap_or(q));
            // AO3's posted line, wrapped before its `at URL`: run on onto one line.
            let posted = lines
                .last()
                .is_some_and(|l| l.starts_with("Posted originally on the "));
            if posted && line.starts_with("at ") {
                let last = lines.len() - 1;
                run_on(&mut lines, last, line);
            } else {
                lines.push(head_line(line));
            }
        }
    }
    Some(lines.join("\n"))
}

/// Runs `line` (a head line) on onto line `at` and leaves a blank line in its place, so
/// line numbers stay true.
fn run_on(lines: &mut Vec<String>, at: usize, line: &str) {
    let more = head_line(line);
    lines[at].push(' ');
    lines[at].push_str(&more);
    lines.push(String::new());
}

/// A line of the preface or afterword: its attributes off and its links read as their
/// words, as the header's readers read plain lines.
fn head_line(line: &str) -> String {
    let line = without_attributes(line);
    crate::source::inline::link_text(&line).unwrap_or(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_attributes_and_definitions_are_read() {
        let md = "::: {#preface}\n**Lanterns**\\\nPosted originally on the [Archive of Our Own](https://archiveofourown.org/)\n\n::: meta\nRating:\n\n:   [General Audiences](https://archiveofourown.org/tags/G)\n:::\n\n::: byline\nby [ink](https://archiveofourown.org/users/ink){rel=\"author\"}\n:::\n:::\n\n::: {#chapters .userstuff}\nThe lamp was lit: {not an attribute}.\n:::";
        let out = plain(md).unwrap();
        let lines: Vec<&str> = out.split('\n').collect();
        assert_eq!(lines.len(), md.split('\n').count());
        assert_eq!(lines[0], "");
        // The definition moves up under its term.
        assert_eq!(lines[6], "    General Audiences");
        assert_eq!(lines[7], "");
        assert_eq!(lines[11], "by ink");
        assert_eq!(lines[15], "Work Text:");
        assert_eq!(lines[16], "The lamp was lit: {not an attribute}.");
        // The posted line and its `at URL` run on; the story's quotes keep their marks.
        let md = "::: {#preface}\nPosted originally on the [Archive of Our Own](https://archiveofourown.org/)\nat <https://archiveofourown.org/works/1>.\n\n> A summary.\n:::\n\n::: {#chapters .userstuff}\n> A quote.\n:::";
        let lines: Vec<String> = plain(md).unwrap().split('\n').map(str::to_string).collect();
        assert_eq!(
            lines[1],
            "Posted originally on the Archive of Our Own at https://archiveofourown.org/works/1."
        );
        assert_eq!((lines[2].as_str(), lines[4].as_str()), ("", "A summary."));
        assert_eq!(lines[8], "> A quote.");
        assert!(!out.contains(":::"));
    }

    /// With no fenced div the file is not pandoc's: a `:::` break and a colon at a
    /// line's head stay.
    #[test]
    fn a_file_without_divs_is_left_alone() {
        assert_eq!(
            plain("The lamp was lit.\n\n:::\n\n: a colon\n\nIt went out."),
            None
        );
        assert_eq!(fence(":::"), Some(false));
        assert_eq!(fence("::: {#afterword}"), Some(true));
        assert_eq!(fence("::: a sentence here"), None);
    }
}
