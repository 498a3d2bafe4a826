//! Diagnostics: the one type every stage uses to report a problem to the user.
//!
//! Input: whatever a stage found wrong. Output: one line per problem, naming the file and
//! the line or key, with a hint saying what to do. Stages collect several diagnostics
//! before stopping so a user fixes a whole `book.toml` in one round.

use serde::Serialize;
use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The book is built, but the user should look.
    Warning,
    /// The book cannot be built.
    Error,
}

/// One problem, located as precisely as we can.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file the problem is in, as the user would write it (relative to `book.toml`).
    pub file: Option<String>,
    /// 1-based line number, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    #[serde(skip)]
    pub column: Option<usize>,
    /// What is wrong, lowercase, no trailing period.
    pub message: String,
    /// What to do about it.
    #[serde(skip)]
    pub hint: Option<String>,
    /// A character whose first line in `file` is where the problem is, for a stage that
    /// finds a problem but not its line (the PDF layout works on the model, not the
    /// file): the pipeline looks it up (see [`Diagnostic::locate_by`]).
    #[serde(skip)]
    pub locate: Option<char>,
}

impl Diagnostic {
    /// An error about `file`.
    pub fn error(file: impl Into<Option<String>>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
            hint: None,
            locate: None,
        }
    }

    /// A warning about `file`.
    pub fn warning(file: impl Into<Option<String>>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    /// Locates the diagnostic at a line (and optionally a column).
    pub fn at(mut self, line: Option<usize>, column: Option<usize>) -> Self {
        self.line = line;
        self.column = column;
        self
    }

    /// Says the problem is on the first line of its file that holds `c`, for the
    /// pipeline to look up when the line is not known here.
    pub fn locate_by(mut self, c: char) -> Self {
        self.locate = Some(c);
        self
    }

    /// Adds a hint saying what to do.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this diagnostic stops the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}: ")?;
        if let Some(file) = &self.file {
            write!(f, "{}", escape(file))?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(col) = self.column {
                    write!(f, ":{col}")?;
                }
            }
            write!(f, ": ")?;
        }
        // Messages are single-line by contract: fold any newline a library put in.
        let message = self.message.replace('\n', " ");
        write!(f, "{}", escape(message.trim_end_matches('.')))?;
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {})", escape(&hint.replace('\n', " ")))?;
        }
        Ok(())
    }
}

/// `s` with every character that could drive a terminal or reorder the line written as
/// a visible escape: control characters (ESC, BEL, CR, C1 controls such as CSI) and the
/// bidirectional overrides. Keys, file names and values echoed from a book folder reach
/// the user's terminal through diagnostics; a hostile `book.toml` must not clear the
/// screen, retitle the window or hide text.
pub fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !s.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether any diagnostic in the list is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(Diagnostic::is_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_with_location_and_hint() {
        let d = Diagnostic::error(Some("book.toml".to_string()), "unknown key `titel`")
            .at(Some(3), Some(1))
            .hint("did you mean `title`?");
        assert_eq!(
            d.to_string(),
            "error: book.toml:3:1: unknown key `titel` (hint: did you mean `title`?)"
        );
    }

    #[test]
    fn terminal_controls_are_escaped() {
        let d = Diagnostic::error(
            Some("a\u{1b}]0;pwned\u{7}.txt".to_string()),
            "unknown key `\u{1b}[2J\u{9b}x\u{202e}`",
        )
        .at(Some(2), None)
        .hint("did you mean `\r`?");
        assert_eq!(
            d.to_string(),
            "error: a\\u{1b}]0;pwned\\u{7}.txt:2: unknown key `\\u{1b}[2J\\u{9b}x\\u{202e}` (hint: did you mean `\\r`?)"
        );
        assert!(!d.to_string().chars().any(char::is_control));
    }

    #[test]
    fn newlines_are_folded() {
        let d = Diagnostic::warning(None, "a\nb.");
        assert_eq!(d.to_string(), "warning: a b");
    }
}
