//! Emphasis set by a style sheet's classes: a page whose italics and bold are classes
//! (Google Docs' `<span class="c4">` with `.c4{font-style:italic}`, Apple Pages'
//! `character-style-italic`) → the same page with `<i>` and `<b>` inside those elements.
//!
//! Input: the page's HTML and the style sheet text that applies to it (its `<style>`
//! elements, an EPUB's linked sheets). Output: the HTML with each `span` or `p` whose
//! classes make it italic or bold holding its content in `<i>` / `<b>`, which the HTML
//! readers know; nothing else changes. Only simple class rules (`.c4{…}`, `.a,.b{…}`)
//! count: a writer's emphasis is always one of them in these exports. Pure: no I/O.

use std::collections::HashMap;

/// Italic and bold, as a class sets them.
type Emphasis = (bool, bool);

/// Whether a page is Google Docs' HTML export: its style sheet opens with the rules
/// every Docs export writes, or its body has Docs' `doc-content` class.
pub(crate) fn is_google_docs(html: &str) -> bool {
    let head = &html[..floor(html, 4096)];
    head.contains("ol{margin:0;padding:0}table td,table th{padding:0}")
        || head.contains("class=\"c") && html.contains(" doc-content\"")
}

/// Whether a parsed page is Google Docs' export (see [`is_google_docs`]).
pub(crate) fn is_google_docs_page(doc: &scraper::Html) -> bool {
    doc.root_element()
        .descendent_elements()
        .any(|e| match e.value().name() {
            "body" => e.value().classes().any(|c| c == "doc-content"),
            "style" => is_google_docs(&e.text().collect::<String>()),
            _ => false,
        })
}

/// The largest char boundary at or below `at`.
fn floor(s: &str, at: usize) -> usize {
    let mut i = at.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The text of a page's `<style>` elements.
pub(crate) fn page_sheet(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(a) = find_ci(rest, "<style") {
        let Some(gt) = rest[a..].find('>') else { break };
        let body = &rest[a + gt + 1..];
        let end = find_ci(body, "</style").unwrap_or(body.len());
        out.push_str(&body[..end]);
        out.push('\n');
        rest = &body[end..];
    }
    out
}

/// The `href`s of a page's linked style sheets (`<link rel="stylesheet" href=…>`).
pub(crate) fn linked_sheets(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(a) = find_ci(rest, "<link") {
        let end = tag_end(&rest[a..]).map_or(rest.len(), |e| a + e);
        let tag = &rest[a..end];
        rest = &rest[end..];
        if attr(tag, "rel").is_some_and(|r| r.eq_ignore_ascii_case("stylesheet"))
            && let Some(h) = attr(tag, "href")
        {
            out.push(h.to_string());
        }
    }
    out
}

/// The first position of `needle` (ASCII) in `hay`, any case.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// A style sheet's rules, in order: each one's selectors (as written, comma-separated)
/// and its declarations, lower-cased. An at-rule's own braces (`@media {`) hold rules:
/// they are read on inside them.
pub(crate) fn rules(css: &str) -> Vec<(&str, String)> {
    let mut out = Vec::new();
    let mut rest = css;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let selectors = &rest[..open];
        let decls = rest[open + 1..open + close].to_ascii_lowercase();
        rest = &rest[open + close + 1..];
        let selectors = selectors
            .rsplit(['{', '}', ';'])
            .next()
            .unwrap_or(selectors);
        out.push((selectors, decls));
    }
    out
}

/// The rules of a parsed page's `<style>` elements, in order: each one's selectors and
/// its declarations, lower-cased and without white space (`display:none;color:red`).
pub(crate) fn page_rules(doc: &scraper::Html) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for style in doc
        .root_element()
        .descendent_elements()
        .filter(|e| e.value().name() == "style")
    {
        let css: String = style.text().collect();
        for (selectors, decls) in rules(&css) {
            let decls = decls.chars().filter(|c| !c.is_whitespace()).collect();
            out.push((selectors.to_string(), decls));
        }
    }
    out
}

/// Whether `name` can be a class name (letters, digits, `-` and `_`).
pub(crate) fn is_class_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// The classes a style sheet makes italic or bold.
fn classes(css: &str) -> HashMap<String, Emphasis> {
    let mut out: HashMap<String, Emphasis> = HashMap::new();
    for (selectors, decls) in rules(css) {
        let value = |prop: &str| {
            decls.split(';').find_map(|d| {
                let (k, v) = d.split_once(':')?;
                (k.trim() == prop)
                    .then(|| v.trim().trim_end_matches("!important").trim().to_string())
            })
        };
        let italic = value("font-style").map(|v| v == "italic" || v == "oblique");
        let bold = value("font-weight")
            .map(|v| v == "bold" || v == "bolder" || v.parse::<u32>().is_ok_and(|n| n >= 600));
        if italic.is_none() && bold.is_none() {
            continue;
        }
        for sel in selectors.split(',') {
            let sel = sel.trim();
            let Some(name) = sel.strip_prefix('.').filter(|n| is_class_name(n)) else {
                continue;
            };
            let e = out.entry(name.to_string()).or_default();
            if let Some(i) = italic {
                e.0 = i;
            }
            if let Some(b) = bold {
                e.1 = b;
            }
        }
    }
    out
}

/// The page with the emphasis `css`'s classes set made `<i>` and `<b>`. With
/// `blank_lines`, a paragraph with no text holds a no-break space: the empty line a
/// word processor shows there (Google Docs writes `<p class="c2"><span></span></p>`),
/// which the HTML readers then see as Word's blank paragraph.
pub(crate) fn inline(html: &str, css: &str, blank_lines: bool) -> String {
    let rules = classes(css);
    if !blank_lines && !rules.values().any(|&(i, b)| i || b) {
        return html.to_string();
    }
    // Where the open paragraph's content starts in `out`.
    let mut para_start = None;
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    // The closing marks each open `span` and `p` owes, innermost last.
    let mut spans: Vec<&'static str> = Vec::new();
    let mut paras: Vec<&'static str> = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let end = tag_end(&rest[lt..]).map_or(rest.len(), |e| lt + e);
        let tag = &rest[lt..end];
        rest = &rest[end..];
        let name: String = tag[1..]
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        if name != "span" && name != "p" {
            out.push_str(tag);
            continue;
        }
        let stack = if name == "p" { &mut paras } else { &mut spans };
        if tag.starts_with("</") {
            if name == "p"
                && blank_lines
                && let Some(start) = para_start.take()
                && no_text(&out[start..])
            {
                out.push_str("&nbsp;");
            }
            out.push_str(stack.pop().unwrap_or_default());
            out.push_str(tag);
        } else if tag.ends_with("/>") {
            out.push_str(tag);
        } else {
            let (i, b) = class_attr(tag)
                .map(|c| {
                    c.split_whitespace()
                        .filter_map(|n| rules.get(n))
                        .fold((false, false), |a, e| (a.0 || e.0, a.1 || e.1))
                })
                .unwrap_or_default();
            if name == "p" {
                // A paragraph left open closes where the next one opens.
                out.push_str(stack.pop().unwrap_or_default());
            }
            let (open, close) = emphasis_tags((i, b));
            out.push_str(tag);
            out.push_str(open);
            stack.push(close);
            if name == "p" {
                para_start = Some(out.len());
            }
        }
    }
    out.push_str(rest);
    out
}

/// The tags that open and close text in this emphasis (italic, bold), as Word's page
/// marks it: `<i>`, `<b>`, or both (`<b><i>`); none for plain text.
pub(crate) fn emphasis_tags((italic, bold): Emphasis) -> (&'static str, &'static str) {
    match (italic, bold) {
        (true, true) => ("<b><i>", "</i></b>"),
        (true, false) => ("<i>", "</i>"),
        (false, true) => ("<b>", "</b>"),
        (false, false) => ("", ""),
    }
}

/// Whether HTML holds tags and white space only.
fn no_text(html: &str) -> bool {
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        if !rest[..lt].trim().is_empty() {
            return false;
        }
        let end = tag_end(&rest[lt..]).map_or(rest.len(), |e| lt + e);
        let tag = rest[lt..end].to_ascii_lowercase();
        // A picture is no empty line.
        if tag.starts_with("<img") {
            return false;
        }
        rest = &rest[end..];
    }
    rest.trim().is_empty()
}

/// Where a tag that starts `s` ends (after its `>`), quotes respected.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// The value of a tag's `class` attribute.
fn class_attr(tag: &str) -> Option<&str> {
    attr(tag, "class")
}

/// The value of a tag's attribute `name`.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let key = format!(" {name}=");
    let at = lower
        .find(&key)
        .or_else(|| lower.find(&format!("\n{name}=")))?
        + key.len();
    let v = &tag[at..];
    match v.chars().next()? {
        q @ ('"' | '\'') => v[1..].split(q).next(),
        _ => v.split([' ', '>', '/']).next(),
    }
}

#[cfg(test)]
mod tests;
