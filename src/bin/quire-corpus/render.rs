//! `quire-corpus`, second stage: the stories written out as each compiler's input.
//!
//! Input: the chapters from [`crate::stories`] and the book's identifier. Output: every
//! file of the corpus by path: the stories, Quire's `book.toml`, pandoc's `meta.yaml`
//! and `book.md`, typst's `book.typ`; titles quoted for each format.

use crate::stories::{Story, paragraphs};
use std::collections::BTreeMap;
use std::fmt::Write as _;

const TITLE: &str = "Fantine and Other Stories";
const SUBTITLE: &str = "A benchmark anthology";
const EDITOR: &str = "Various Authors";
const LANGUAGE: &str = "en";
const DATE: &str = "2024-06-01";
const PUBLISHER: &str = "Quire Bench Press";
const DESCRIPTION: &str = "Fan-fiction paragraphs reshuffled to measure ebook compilers.";
const RIGHTS: &str = "Each story belongs to its author; reproduced for benchmarking only.";

/// A double-quoted string for TOML and YAML, which spell a code point `\uXXXX`.
fn quoted_toml(s: &str) -> String {
    quote(s, |c| format!("\\u{:04x}", c as u32))
}

/// A double-quoted string for typst, which spells a code point `\u{X}`.
fn quoted_typst(s: &str) -> String {
    quote(s, |c| format!("\\u{{{:x}}}", c as u32))
}

/// Escapes quotes, backslashes and control characters; titles never hold the last, but
/// each format must stay valid whatever a seed's title is.
fn quote(s: &str, code_point: impl Fn(char) -> String) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&code_point(c)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn book_toml(stories: &[Story], id: &str) -> String {
    let mut t = String::new();
    let q = quoted_toml;
    let _ = writeln!(t, "[book]");
    let _ = writeln!(t, "title = {}", q(TITLE));
    let _ = writeln!(t, "subtitle = {}", q(SUBTITLE));
    let _ = writeln!(t, "authors = [{}]", q(EDITOR));
    let _ = writeln!(t, "language = {}", q(LANGUAGE));
    let _ = writeln!(t, "identifier = {}", q(id));
    let _ = writeln!(t, "date = {}", q(DATE));
    let _ = writeln!(t, "publisher = {}", q(PUBLISHER));
    let _ = writeln!(t, "description = {}", q(DESCRIPTION));
    let _ = writeln!(t, "rights = {}", q(RIGHTS));
    for s in stories {
        let _ = writeln!(t, "\n[[chapters]]");
        let _ = writeln!(t, "file = {}", q(&format!("stories/{}", s.file)));
        let _ = writeln!(t, "title = {}", q(&s.title));
        if let Some(a) = &s.author {
            let _ = writeln!(t, "author = {}", q(a));
        }
    }
    t
}

fn pandoc_meta(id: &str) -> String {
    let q = quoted_toml;
    format!(
        "---\ntitle: {}\nsubtitle: {}\nauthor: {}\nlang: {}\nidentifier: {}\ndate: {}\n\
         publisher: {}\ndescription: {}\nrights: {}\n...\n",
        q(TITLE),
        q(SUBTITLE),
        q(EDITOR),
        q(LANGUAGE),
        q(id),
        q(DATE),
        q(PUBLISHER),
        q(DESCRIPTION),
        q(RIGHTS)
    )
}

/// The whole book as pandoc Markdown. The story text goes in unchanged, so `*emphasis*`
/// means to pandoc what it means to Quire; the author's note sits in a `preface` div.
fn pandoc_book(stories: &[Story]) -> String {
    let mut md = String::new();
    for (i, s) in stories.iter().enumerate() {
        let ps = paragraphs(&s.text);
        let k = s.note_paras.min(ps.len());
        let _ = writeln!(md, "# {} {{#ch{:04}}}\n", s.title, i + 1);
        if let Some(a) = &s.author {
            let _ = writeln!(md, "::: byline\nby {a}\n:::\n");
        }
        if k > 0 {
            let _ = writeln!(md, "::: preface\n{}\n:::\n", ps[..k].join("\n\n"));
        }
        let _ = writeln!(md, "{}\n", ps[k..].join("\n\n"));
    }
    md
}

/// The typst peer's source: A5, Charis SIL (the face Quire embeds, passed with
/// `font_paths`), one heading per chapter, running head = chapter title. Each story sets
/// its own page header, so no page queries all headings: a header that does is
/// O(pages × chapters) and does not finish at 1,000 stories.
const TYPST_HEAD: &str = r#"#set page(paper: "a5", margin: (x: 16mm, top: 20mm, bottom: 22mm),
  footer: context if here().page() > 1 { align(center, text(9pt, counter(page).display())) })
#set text(font: ("Charis SIL", "Noto Serif"), size: 11pt, lang: "en", hyphenate: true)
#set par(justify: true, first-line-indent: 1.2em, leading: 0.55em, spacing: 0.55em)
#show heading.where(level: 1): it => {
  pagebreak(weak: true)
  v(18mm)
  block(text(20pt, weight: "regular", it.body))
  v(6mm)
}

#let chapter(title, author, path, note) = {
  let ps = read(path).split(regex("\n[ \t]*\n")).map(p => p.trim()).filter(p => p != "")
  let start = label("ch-" + path)
  set page(header: context {
    if here().page() != locate(start).page() { align(center, text(9pt, style: "italic", title)) }
  })
  [#heading(level: 1, title) #start]
  if author != none { align(left, text(style: "italic")[by #author]); v(4mm) }
  block(inset: (x: 1.5em), spacing: 1.2em, {
    set text(10pt, style: "italic")
    set par(first-line-indent: 0pt)
    for p in ps.slice(0, note) { p; parbreak() }
  })
  for p in ps.slice(note) { p; parbreak() }
}

"#;

fn typst_book(stories: &[Story]) -> String {
    let q = quoted_typst;
    let mut t = String::new();
    let _ = writeln!(
        t,
        "#set document(title: {}, author: {})",
        q(TITLE),
        q(EDITOR)
    );
    t.push_str(TYPST_HEAD);
    let _ = writeln!(
        t,
        "#align(center + horizon, text(26pt, {}) + linebreak() + text(14pt, {}) + linebreak() + text(12pt, {}))",
        q(TITLE),
        q(SUBTITLE),
        q(EDITOR)
    );
    t.push_str("#pagebreak()\n#outline(depth: 1)\n\n");
    for s in stories {
        let author = s.author.as_deref().map_or("none".to_string(), q);
        let path = q(&format!("stories/{}", s.file));
        let _ = writeln!(
            t,
            "#chapter({}, {author}, {path}, {})",
            q(&s.title),
            s.note_paras
        );
    }
    t
}

/// Every file of the corpus, by path relative to OUTDIR.
pub(crate) fn render(stories: &[Story], id: &str) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for s in stories {
        files.insert(format!("stories/{}", s.file), s.text.clone().into_bytes());
    }
    files.insert("book.toml".into(), book_toml(stories, id).into_bytes());
    files.insert("meta.yaml".into(), pandoc_meta(id).into_bytes());
    files.insert("book.md".into(), pandoc_book(stories).into_bytes());
    files.insert("book.typ".into(), typst_book(stories).into_bytes());
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_quotes_and_backslashes() {
        assert_eq!(quoted_typst(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(quoted_toml("a\u{1}b"), "\"a\\u0001b\"");
        assert_eq!(quoted_typst("a\u{1}b"), "\"a\\u{1}b\"");
    }
}
