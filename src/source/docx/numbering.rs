//! Word documents, lists: `word/numbering.xml` → what kind of list each numbered
//! paragraph is in, and the `<ol>`/`<ul>` tags that hold a run of such paragraphs.
//!
//! Input: the numbering part's XML, then the paragraphs' `w:numPr` (a list id and a level)
//! in document order. Output: HTML list tags around the items, as Google Docs' web page
//! writes them, so the HTML reader makes them a list. Word draws a list item's number or
//! bullet itself, from the level's format: it is not in the text, and it is not written
//! here either (the list says it is numbered). Pure: no I/O.

use quick_xml::events::Event;
use std::collections::HashMap;

/// How one level of one list is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Level {
    /// Numbered (any number format) rather than bulleted.
    pub ordered: bool,
    /// Lettered (`lowerLetter` / `upperLetter`).
    pub letters: bool,
    /// The number of the first item.
    pub start: u32,
}

/// The deepest level Word offers (levels 0–8).
const MAX_LEVEL: usize = 8;

/// Every list's levels, by the `w:numId` paragraphs name and the level (`w:ilvl`).
#[derive(Debug, Default)]
pub(super) struct Numbering {
    levels: HashMap<(String, usize), Level>,
}

impl Numbering {
    /// Reads `numbering.xml` (an empty string for a document with none): each
    /// `w:num` takes its levels from its `w:abstractNum`.
    pub(super) fn parse(xml: &str) -> Numbering {
        let mut r = quick_xml::Reader::from_str(xml);
        let mut abstracts: HashMap<String, HashMap<usize, Level>> = HashMap::new();
        let mut nums: Vec<(String, String)> = Vec::new();
        let (mut abs, mut num, mut lvl) = (None::<String>, None::<String>, None::<usize>);
        loop {
            let ev = match r.read_event() {
                Ok(Event::Eof) | Err(_) => break,
                Ok(ev) => ev,
            };
            let (e, empty) = match &ev {
                Event::Start(e) => (e, false),
                Event::Empty(e) => (e, true),
                Event::End(e) => {
                    match e.local_name().as_ref() {
                        "abstractNum" => abs = None,
                        "num" => num = None,
                        "lvl" => lvl = None,
                        _ => {}
                    }
                    continue;
                }
                _ => continue,
            };
            let val = |name: &str| super::attr(e, name);
            match e.local_name().as_ref() {
                "abstractNum" if !empty => abs = val("abstractNumId"),
                "num" if !empty => num = val("numId"),
                "lvl" if !empty => {
                    lvl = val("ilvl").and_then(|v| v.parse().ok());
                    if let (Some(a), Some(l)) = (&abs, lvl) {
                        abstracts.entry(a.clone()).or_default().insert(
                            l,
                            Level {
                                ordered: true,
                                letters: false,
                                start: 1,
                            },
                        );
                    }
                }
                "abstractNumId" => {
                    if let (Some(n), Some(a)) = (&num, val("val")) {
                        nums.push((n.clone(), a));
                    }
                }
                name @ ("numFmt" | "start") => {
                    let level = abs
                        .as_ref()
                        .zip(lvl)
                        .and_then(|(a, l)| abstracts.get_mut(a)?.get_mut(&l));
                    if let (Some(level), Some(v)) = (level, val("val")) {
                        if name == "start" {
                            level.start = v.parse().unwrap_or(1);
                        } else {
                            level.ordered = !matches!(v.as_str(), "bullet" | "none");
                            level.letters = v.ends_with("Letter");
                        }
                    }
                }
                _ => {}
            }
        }
        let mut levels = HashMap::new();
        for (n, a) in nums {
            for (l, level) in abstracts.get(&a).into_iter().flatten() {
                levels.insert((n.clone(), *l), *level);
            }
        }
        Numbering { levels }
    }

    /// The level a paragraph's `w:numPr` names, if the document defines it (`numId` 0
    /// takes a paragraph out of its style's list).
    pub(super) fn level(&self, num_id: &str, ilvl: usize) -> Option<Level> {
        self.levels.get(&(num_id.to_string(), ilvl)).copied()
    }
}

/// The lists open around the paragraph being written, outermost first.
#[derive(Debug, Default)]
pub(super) struct OpenLists {
    open: Vec<(String, Level)>,
}

impl OpenLists {
    /// The HTML that puts the next item at `depth` (0 the outermost) of list `id`:
    /// closes deeper lists or one of another list, opens the lists down to it, and
    /// opens the item.
    pub(super) fn item(&mut self, id: &str, depth: usize, level: Level) -> String {
        let depth = depth.min(MAX_LEVEL);
        let mut html = String::new();
        while self.open.len() > depth + 1
            || (self.open.len() == depth + 1
                && self
                    .open
                    .last()
                    .is_some_and(|(i, l)| i != id || *l != level))
        {
            html.push_str(&self.close_one());
        }
        if self.open.len() == depth + 1 {
            html.push_str("</li><li>");
            return html;
        }
        while self.open.len() < depth + 1 {
            html.push_str(&open_tag(level));
            html.push_str("<li>");
            self.open.push((id.to_string(), level));
        }
        html
    }

    /// Closes every open list (before a paragraph that is no item, and at the end).
    pub(super) fn close(&mut self) -> String {
        let mut html = String::new();
        while !self.open.is_empty() {
            html.push_str(&self.close_one());
        }
        html
    }

    fn close_one(&mut self) -> String {
        match self.open.pop() {
            Some((_, l)) if l.ordered => "</li></ol>".into(),
            Some(_) => "</li></ul>".into(),
            None => String::new(),
        }
    }
}

/// The opening tag of a list at `level`.
fn open_tag(level: Level) -> String {
    if !level.ordered {
        return "<ul>".into();
    }
    let mut tag = "<ol".to_string();
    if level.start != 1 {
        tag.push_str(&format!(" start={}", level.start));
    }
    if level.letters {
        tag.push_str(" type=a");
    }
    tag.push('>');
    tag
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<w:numbering xmlns:w="w">
<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="4"/></w:num>
</w:numbering>"#;

    /// Each `w:num` takes its abstract list's levels: decimal and lettered numbers are
    /// ordered, bullets are not; an undefined list is none.
    #[test]
    fn lists_take_their_abstract_levels() {
        let n = Numbering::parse(XML);
        let one = n.level("1", 0).unwrap();
        assert!(one.ordered && !one.letters && one.start == 1);
        assert!(n.level("1", 1).unwrap().letters);
        assert!(!n.level("2", 0).unwrap().ordered);
        assert_eq!(n.level("9", 0), None);
        assert_eq!(n.level("0", 0), None);
    }

    /// Items at two levels nest, a change of list closes the one before, and closing
    /// leaves no tag open.
    #[test]
    fn items_nest_and_close() {
        let n = Numbering::parse(XML);
        let mut open = OpenLists::default();
        let mut html = String::new();
        for (id, depth) in [("1", 0), ("1", 1), ("1", 1), ("1", 0), ("2", 0)] {
            html.push_str(&open.item(id, depth, n.level(id, depth).unwrap()));
            html.push('x');
        }
        html.push_str(&open.close());
        assert_eq!(
            html,
            "<ol><li>x<ol type=a><li>x</li><li>x</li></ol></li><li>x</li></ol><ul><li>x</li></ul>"
        );
    }
}
