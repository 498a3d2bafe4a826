//! Where each key of `book.toml` stands: the parser's spans, kept as line numbers.
//!
//! Input: the table the `toml` parser built (every key and value carries its byte span).
//! Output: [`Spans`], which gives the 1-based line of any key path, so every message
//! about a value names the line it was written on, however the file is laid out
//! (`[[ chapters ]]`, comments after headers, dotted keys, inline tables).

use std::collections::HashMap;
use toml::de::{DeTable, DeValue};

/// The line of every key (and every array element) in `book.toml`, by path.
///
/// A path joins keys and array indexes with dots: `book.title`, `book.authors.1`,
/// `chapters.2` (the chapter's `[[chapters]]` header or inline table),
/// `chapters.2.author`, `pdf.width`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spans {
    lines: HashMap<String, usize>,
}

impl Spans {
    /// Records every key and element of `table`, parsed from `text`.
    pub fn new(table: &DeTable<'_>, text: &str) -> Spans {
        let starts = LineStarts::new(text);
        let mut spans = Spans::default();
        spans.walk_table("", table, &starts);
        spans
    }

    /// The line of a key path such as `pdf.width` or `chapters.0.file`.
    pub fn line(&self, path: &str) -> Option<usize> {
        self.lines.get(path).copied()
    }

    /// The line of `key` in chapter `index` (0-based), else of the chapter itself.
    pub fn chapter(&self, index: usize, key: Option<&str>) -> Option<usize> {
        key.and_then(|k| self.line(&format!("chapters.{index}.{k}")))
            .or_else(|| self.line(&format!("chapters.{index}")))
    }

    fn walk_table(&mut self, prefix: &str, table: &DeTable<'_>, starts: &LineStarts) {
        for (key, value) in table.iter() {
            let path = join(prefix, key.get_ref().as_ref());
            // A table header's key, a dotted key's last part, a plain key: its own line.
            self.lines
                .entry(path.clone())
                .or_insert_with(|| starts.line(key.span().start));
            self.walk_value(&path, value.get_ref(), starts);
        }
    }

    fn walk_value(&mut self, path: &str, value: &DeValue<'_>, starts: &LineStarts) {
        match value {
            DeValue::Table(t) => self.walk_table(path, t, starts),
            DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let p = join(path, &i.to_string());
                    self.lines.insert(p.clone(), starts.line(item.span().start));
                    self.walk_value(&p, item.get_ref(), starts);
                }
            }
            _ => {}
        }
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

/// Byte offsets where lines start, for offset → line in O(log n).
pub(crate) struct LineStarts(Vec<usize>);

impl LineStarts {
    pub(crate) fn new(text: &str) -> LineStarts {
        let mut v = vec![0];
        v.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineStarts(v)
    }

    /// The 1-based line holding byte `offset`.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&s| s <= offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Spans {
        Spans::new(DeTable::parse(text).unwrap().get_ref(), text)
    }

    #[test]
    fn headers_with_spaces_and_comments() {
        let s = spans(
            "[book]\ntitle = \"x\"\n\n[[chapters]] # first\nfile = \"a\"\n\n  [[ chapters ]]\n\nfile = \"b\"\nauthor = \"c\"\n",
        );
        assert_eq!(s.line("book.title"), Some(2));
        assert_eq!(s.chapter(0, None), Some(4));
        assert_eq!(s.chapter(0, Some("file")), Some(5));
        assert_eq!(s.chapter(1, None), Some(7));
        assert_eq!(s.chapter(1, Some("file")), Some(9));
        assert_eq!(s.chapter(1, Some("author")), Some(10));
        assert_eq!(s.chapter(1, Some("title")), Some(7));
        assert_eq!(s.chapter(2, None), None);
    }

    #[test]
    fn dotted_keys_inline_tables_and_array_elements() {
        let s = spans(
            "book.title = \"x\"\nbook.authors = [\n  \"A\",\n  \"B\",\n]\nchapters = [\n  { file = \"a\" },\n  { file = \"b\" },\n]\n",
        );
        assert_eq!(s.line("book.title"), Some(1));
        assert_eq!(s.line("book.authors.1"), Some(4));
        assert_eq!(s.chapter(1, Some("file")), Some(8));
    }

    #[test]
    fn line_starts() {
        let l = LineStarts::new("a\nb\n\nc");
        assert_eq!(
            (l.line(0), l.line(1), l.line(2), l.line(4), l.line(5)),
            (1, 1, 2, 3, 4)
        );
    }
}
