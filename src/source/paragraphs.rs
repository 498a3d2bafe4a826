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

/// Splits text into paragraphs on blank lines.
pub fn split(text: &str) -> Vec<RawPara> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, line) in text.split('\n').enumerate() {
        let trimmed = line.trim_matches(|c: char| c.is_whitespace());
        if trimmed.is_empty() {
            flush(&mut current, start, &mut out);
            continue;
        }
        if current.is_empty() {
            start = i + 1;
        }
        // A scene-break line is a paragraph of its own even without blank lines around it.
        if is_scene_break(trimmed) {
            flush(&mut current, start, &mut out);
            out.push(RawPara {
                text: trimmed.to_string(),
                line: i + 1,
                lines: 1,
                scene_break: true,
            });
            continue;
        }
        current.push(trimmed);
    }
    flush(&mut current, start, &mut out);
    out
}

fn flush(current: &mut Vec<&str>, start: usize, out: &mut Vec<RawPara>) {
    if current.is_empty() {
        return;
    }
    let text = current.join(" ");
    out.push(RawPara {
        text,
        line: start,
        lines: current.len(),
        scene_break: false,
    });
    current.clear();
}

/// Whether a trimmed line is a scene-break marker.
///
/// Recognised: a line of only symbols (`* * *`, `***`, `~~~`, `-----`, `+++`, `#`, `§`,
/// `• • •`, `=====`), and letter ornaments made of alternating x/X or o/O (`xXxXx`, `oOo`,
/// `XxX`). A short word such as "Oh" or "ox" must never match, so letter ornaments need
/// at least three letters, only x/o, and a change of case.
pub fn is_scene_break(line: &str) -> bool {
    let compact: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() || compact.len() > 80 {
        return false;
    }
    let symbolic = |c: &char| {
        matches!(
            c,
            '*' | '~'
                | '-'
                | '_'
                | '='
                | '+'
                | '#'
                | '§'
                | '•'
                | '·'
                | '∙'
                | '⁂'
                | '◊'
                | '○'
                | '●'
                | '♦'
                | '◆'
                | '❖'
                | '✦'
                | '★'
                | '☆'
                | '<'
                | '>'
                | '/'
                | '\\'
                | '|'
                | '^'
                | '°'
                | '—'
                | '–'
                | '¤'
                | '.'
                | ':'
                | '%'
                | '&'
                | '@'
                | '$'
                | '❧'
                | '♥'
                | '♡'
        )
    };
    if compact.iter().all(symbolic) {
        // "..." or "—" alone is a pause in dialogue, not a break; "#" alone is a break.
        let only_dots = compact.iter().all(|c| matches!(c, '.' | '·' | '…'));
        let one_dash = compact.len() == 1 && matches!(compact[0], '-' | '—' | '–');
        return !only_dots && !one_dash;
    }
    // Letter ornaments, optionally framed by symbols: xXxXx, oOo, -oOo-, ~xXx~.
    let letters: Vec<char> = compact.iter().copied().filter(|c| !symbolic(c)).collect();
    letters.len() >= 3
        && letters
            .iter()
            .all(|c| matches!(c, 'x' | 'X' | 'o' | 'O' | '0'))
        && letters.iter().any(|c| c.is_lowercase())
        && letters.iter().any(|c| c.is_uppercase())
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
            "* * *", "***", "~~~", "-----", "xXxXx", "oOo", "#", "+++", "-oOo-", "=====", "⁂",
            "~*~*~",
        ] {
            assert!(is_scene_break(s), "{s}");
        }
        for s in [
            "...", "-", "Oh", "ox", "Box", "XOXO", "xoxo", "*Hello*", "— said", "OOO", "xxx",
        ] {
            assert!(!is_scene_break(s), "{s}");
        }
    }

    #[test]
    fn scene_break_without_blank_lines_is_its_own_paragraph() {
        let p = split("a\n***\nb");
        assert_eq!(p.len(), 3);
        assert!(p[1].scene_break);
    }
}
