//! Paragraph splitting: normalised text → raw paragraphs with their line numbers.
//!
//! Input: decoded text. Output: [`RawPara`]s — blank-line separated, hard-wrapped lines
//! joined with a space — each classified as text or a scene-break line. Nothing here
//! decides what is a note or a title; that is `parts`.

/// A paragraph as found in the file, before inline parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPara {
    /// The text, hard wraps joined with single spaces.
    pub text: String,
    /// 1-based line of its first line in the file.
    pub line: usize,
    /// How many physical lines it spanned.
    pub lines: usize,
    /// Whether it is a scene-break line (`* * *`, `~~~`, `oOo`, …).
    pub scene_break: bool,
}

/// Lines longer than this are not hard-wrapped: each such line is a paragraph.
const UNWRAPPED_LINE: usize = 100;

/// Splits text into paragraphs on blank lines.
///
/// Inside a run of non-blank lines, lines are joined (hard wraps) unless the run is
/// plainly one paragraph per line: lines longer than any hard wrap, a new paragraph at
/// each indented line, or a header block where every line is `Label: value`.
pub fn split(text: &str) -> Vec<RawPara> {
    let mut out = Vec::new();
    let mut current: Vec<(usize, &str)> = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let trimmed = line.trim_matches(|c: char| c.is_whitespace());
        if trimmed.is_empty() {
            flush(&mut current, &mut out);
            continue;
        }
        // A scene-break line is a paragraph of its own even without blank lines around it.
        if is_scene_break(trimmed) {
            flush(&mut current, &mut out);
            out.push(RawPara {
                text: trimmed.to_string(),
                line: i + 1,
                lines: 1,
                scene_break: true,
            });
            continue;
        }
        current.push((i + 1, line));
    }
    flush(&mut current, &mut out);
    out
}

/// Whether a line opens with a short `Label:` ("Title:", "Rating:", "Summary:").
fn is_field_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, _)| {
        let label = label.trim();
        (1..=24).contains(&label.chars().count())
            && label.chars().next().is_some_and(char::is_uppercase)
            && label
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '/' | '-'))
    })
}

fn is_indented(line: &str) -> bool {
    line.starts_with(char::is_whitespace)
}

/// Turns a run of non-blank lines into one or more paragraphs.
fn flush(current: &mut Vec<(usize, &str)>, out: &mut Vec<RawPara>) {
    if current.is_empty() {
        return;
    }
    let one_per_line = current.len() > 1
        && (current
            .iter()
            .any(|(_, l)| l.trim().chars().count() > UNWRAPPED_LINE)
            || current.iter().all(|(_, l)| is_field_line(l.trim())));
    let indents = current.iter().skip(1).any(|(_, l)| is_indented(l))
        && current.iter().any(|(_, l)| !is_indented(l));
    let mut start = 0;
    for k in 1..=current.len() {
        let boundary = k == current.len() || one_per_line || (indents && is_indented(current[k].1));
        if boundary {
            let lines = &current[start..k];
            out.push(RawPara {
                text: lines
                    .iter()
                    .map(|(_, l)| l.trim())
                    .collect::<Vec<_>>()
                    .join(" "),
                line: lines[0].0,
                lines: lines.len(),
                scene_break: false,
            });
            start = k;
        }
    }
    current.clear();
}

/// Characters that never make a line a scene break on their own: sentence punctuation
/// and quotes ("?!", "'", "…" are speech), brackets, and letters or digits.
fn is_speech_mark(c: char) -> bool {
    matches!(
        c,
        '?' | '!'
            | ','
            | ';'
            | '"'
            | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
    )
}

/// Whether a trimmed line is a scene-break marker.
///
/// Recognised: a line of only symbols (`* * *`, `***`, `~~~`, `-----`, `+++`, `#`, `§`,
/// `• • •`, `=====`, `~*~*~`, `❦`), and letter ornaments made of x and o (`xXxXx`, `oOo`,
/// `-x-x-x-`, `o0o`). A short word such as "Oh", "ox", "xxx" or "XOXO" must never match,
/// so letter ornaments need at least three letters, only x/o/0, and either a change of
/// case or every letter set apart by symbols or spaces. "..." and a lone dash are pauses
/// in dialogue, not breaks.
pub fn is_scene_break(line: &str) -> bool {
    let compact: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() || compact.len() > 80 {
        return false;
    }
    let symbolic = |c: &char| !c.is_alphanumeric() && !is_speech_mark(*c);
    if compact.iter().all(symbolic) {
        let only_dots = compact.iter().all(|c| matches!(c, '.' | '·' | '…'));
        let one_dash = compact.len() == 1 && matches!(compact[0], '-' | '—' | '–' | '/' | ':');
        return !only_dots && !one_dash;
    }
    if !compact
        .iter()
        .all(|c| symbolic(c) || matches!(c, 'x' | 'X' | 'o' | 'O' | '0'))
    {
        return false;
    }
    // Letter ornaments, optionally framed by symbols: xXxXx, oOo, -oOo-, ~xXx~, x x x.
    let letters: Vec<char> = compact.iter().copied().filter(|c| !symbolic(c)).collect();
    let mixed_case =
        letters.iter().any(|c| c.is_lowercase()) && letters.iter().any(|c| !c.is_lowercase());
    let raw: Vec<char> = line.trim().chars().collect();
    let set_apart = raw
        .windows(2)
        .all(|w| !(w[0].is_alphanumeric() && w[1].is_alphanumeric()));
    letters.len() >= 3 && (mixed_case || set_apart)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_joins_hard_wraps() {
        let p = split("one\ntwo\n\n\nthree");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].text, "one two");
        assert_eq!((p[0].line, p[0].lines), (1, 2));
        assert_eq!(p[1].line, 5);
    }

    #[test]
    fn scene_breaks() {
        for s in [
            "* * *",
            "***",
            "~~~",
            "-----",
            "xXxXx",
            "oOo",
            "#",
            "+++",
            "-oOo-",
            "=====",
            "⁂",
            "~*~*~",
            "-x-x-x-",
            "x x x",
            "o0o",
            "❦",
            "* * * * *",
            "<><><>",
            "___",
            "—————",
            "=-=-=",
            "OoOoO",
        ] {
            assert!(is_scene_break(s), "{s}");
        }
        for s in [
            "...",
            "-",
            "Oh",
            "ox",
            "Box",
            "XOXO",
            "xoxo",
            "*Hello*",
            "— said",
            "OOO",
            "xxx",
            "?!",
            "…",
            "\"",
            "(x)",
            "xXx said",
            "***Bold***",
            "1",
            "x",
            "2 * 3",
        ] {
            assert!(!is_scene_break(s), "{s}");
        }
    }

    #[test]
    fn long_lines_are_one_paragraph_each() {
        let long = "word ".repeat(30);
        let p = split(&format!("{long}\n{long}\n{long}"));
        assert_eq!(p.len(), 3);
        assert_eq!(p[2].line, 3);
    }

    #[test]
    fn indented_lines_start_paragraphs() {
        let p = split("  She came in\nout of the rain.\n  He looked up\nfrom the fire.");
        assert_eq!(p.len(), 2);
        assert_eq!(p[1].text, "He looked up from the fire.");
        // Every line indented and short: ordinary hard wraps of one paragraph.
        assert_eq!(split("  one\n  two").len(), 1);
        assert_eq!(split("  Yes.\n  No.\nmaybe").len(), 2);
    }

    #[test]
    fn header_fields_are_one_paragraph_each() {
        let p = split("Title: Glass\nRating: K+\nSummary: A girl and a garden.");
        assert_eq!(p.len(), 3);
        assert_eq!(split("She said: no.\nAnd left.").len(), 1);
    }

    #[test]
    fn scene_break_without_blank_lines_is_its_own_paragraph() {
        let p = split("a\n***\nb");
        assert_eq!(p.len(), 3);
        assert!(p[1].scene_break);
    }
}
