//! Obsidian notes → the story's words, without the vault's own markup.
//!
//! Input: a story file as [`Doc`] lines. Output: the note's hidden comments
//! (`%% … %%`, a block of lines or inside one) dropped, its internal links
//! (`[[Note]]`, `[[Note|shown words]]`) set as the words a reader sees, embeds
//! (`![[image.png]]`) dropped, and a last line of links only ("Related: [[A]] · [[B]]",
//! with the rule over it) dropped as the vault's navigation. Read only in a note that
//! links the vault's way or holds a callout, so a story's own "%%" stays.

use super::doc::Doc;

/// Reads an Obsidian note's markup. Returns whether it found the note's shape.
pub(crate) fn read(doc: &mut Doc) -> bool {
    let obsidian = (0..doc.len()).any(|i| {
        let t = doc.trimmed(i);
        wikilink(t).is_some() || t.trim_start_matches(['>', ' ']).starts_with("[!")
    });
    if !obsidian {
        return false;
    }
    comments(doc);
    links_foot(doc);
    let mut n = 0;
    for i in 0..doc.len() {
        if doc.taken[i] || !doc.lines[i].contains("[[") {
            continue;
        }
        let (shown, marks) = show_links(&doc.lines[i]);
        if marks.is_empty() {
            continue;
        }
        doc.lines[i] = shown;
        for m in &marks {
            doc.dropped(i, m);
        }
        n += marks.len();
    }
    if n > 0 {
        doc.why(format!(
            "lines: {n} Obsidian link(s) `[[…]]` are set as the words they show"
        ));
    }
    true
}

/// The first internal link in `t`: its target and the words shown, if any.
fn wikilink(t: &str) -> Option<(&str, Option<&str>)> {
    let at = t.find("[[")?;
    let rest = &t[at + 2..];
    let inner = &rest[..rest.find("]]")?];
    let spaced = inner.starts_with(char::is_whitespace) || inner.ends_with(char::is_whitespace);
    if inner.is_empty() || spaced || inner.contains('[') || inner.starts_with("rb:") {
        return None;
    }
    Some(match inner.split_once('|') {
        Some((target, shown)) => (target, Some(shown)),
        None => (inner, None),
    })
}

/// `line` with every internal link set as the words it shows (`[[People/Mar|Mar]]` →
/// "Mar", `[[Laundromat worldbuilding]]` → "Laundromat worldbuilding") and every embed
/// (`![[map.png]]`) taken out; and the marks taken, as written.
fn show_links(line: &str) -> (String, Vec<String>) {
    let mut out = String::new();
    let mut marks = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("[[") {
        let Some((target, shown)) = wikilink(&rest[at..]) else {
            break;
        };
        let end = at + rest[at..].find("]]").unwrap_or(0) + 2;
        let embed = rest[..at].ends_with('!');
        out.push_str(&rest[..if embed { at - 1 } else { at }]);
        if embed {
            marks.push(rest[at - 1..end].to_string());
        } else {
            let words = shown.unwrap_or_else(|| {
                let name = target.split('#').next().unwrap_or(target);
                name.rsplit('/').next().unwrap_or(name)
            });
            out.push_str(words);
            marks.push(if shown.is_some() {
                format!("[[{target}|]]")
            } else {
                "[[]]".to_string()
            });
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    (out, marks)
}

/// Hidden comments: a block from a line opening with `%%` to one closing with it, or
/// `%%…%%` inside a line. Never read, so never the story's words.
fn comments(doc: &mut Doc) {
    let mut i = 0;
    while i < doc.len() {
        let t = doc.trimmed(i);
        if doc.taken[i] || !t.starts_with("%%") {
            i += 1;
            continue;
        }
        let closes = |t: &str, first: bool| t.ends_with("%%") && (!first || t.len() > 2);
        let Some(end) = (i..doc.len()).find(|&k| closes(doc.trimmed(k), k == i)) else {
            return;
        };
        let span = doc.drop_span(i, end + 1);
        if let Some((a, b)) = span {
            doc.why(format!(
                "lines: lines {}–{} are an Obsidian comment (`%% … %%`), never shown, so they are left out",
                a + 1,
                b + 1
            ));
        }
        i = end + 1;
    }
    for i in 0..doc.len() {
        while !doc.taken[i] && doc.lines[i].matches("%%").count() >= 2 {
            let l = &doc.lines[i];
            let a = l.find("%%").unwrap_or(0);
            let b = a + 2 + l[a + 2..].find("%%").unwrap_or(0) + 2;
            let comment = l[a..b].to_string();
            doc.lines[i] = format!("{}{}", l[..a].trim_end(), &l[b..]);
            doc.dropped(i, &comment);
        }
    }
}

/// The note's last line when it holds only links, perhaps after a label ("Related:",
/// "See also:", "Up:"): the vault's navigation, with a rule (`---`) over it.
fn links_foot(doc: &mut Doc) {
    let Some(k) = doc.prev_text(doc.len()) else {
        return;
    };
    let t = doc.trimmed(k);
    let body = match t.split_once(':') {
        Some((label, rest)) if !label.contains("[[") && label.split_whitespace().count() <= 3 => {
            rest
        }
        _ => t,
    };
    let mut outside = String::new();
    let mut links = 0;
    let mut rest = body;
    while let Some(at) = rest.find("[[") {
        let Some(end) = rest[at..].find("]]") else {
            return;
        };
        outside.push_str(&rest[..at]);
        rest = &rest[at + end + 2..];
        links += 1;
    }
    outside.push_str(rest);
    let separators = |c: char| c.is_whitespace() || matches!(c, '·' | '|' | ',' | '•' | '-');
    if links == 0 || doc.para_end(k) != k + 1 || !outside.chars().all(separators) {
        return;
    }
    let mut first = k;
    if let Some(r) = doc.prev_text(k).filter(|&r| r + 1 == k || doc.blank(r + 1))
        && doc.trimmed(r) == "---"
    {
        first = r;
    }
    doc.drop_lines(
        first,
        k + 1,
        "the note's links to other notes in the vault, so they are left out",
    );
}

#[cfg(test)]
mod tests;
