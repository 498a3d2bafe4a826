//! Word documents, styles: `word/styles.xml` → what a paragraph style is and which list
//! it numbers.
//!
//! Input: the styles part's XML. Output: for a style id (what a paragraph's `w:pStyle`
//! names), its name (`w:name`: Word writes the built-in styles' English names, "heading
//! 1", "Title", whatever the language of the ids: a French Word's `Titre1` is named
//! "heading 1") and the list its paragraphs are items of (`w:numPr` in the style, or in a
//! style it is based on: Word's "List Number" and "List Bullet"). Pure: no I/O.

use quick_xml::events::Event;
use std::collections::HashMap;

/// How far a chain of `w:basedOn` styles is followed (a loop in a damaged file ends there).
const MAX_BASED_ON: usize = 16;

/// One paragraph style as written.
#[derive(Debug, Default)]
struct Style {
    name: Option<String>,
    based_on: Option<String>,
    num_id: Option<String>,
    ilvl: Option<usize>,
}

/// The document's paragraph styles, by id.
#[derive(Debug, Default)]
pub(super) struct Styles {
    styles: HashMap<String, Style>,
}

impl Styles {
    /// Reads `styles.xml` (an empty string for a document without one).
    pub(super) fn parse(xml: &str) -> Styles {
        let mut r = quick_xml::Reader::from_str(xml);
        let mut styles = HashMap::new();
        let mut at: Option<String> = None;
        loop {
            let ev = match r.read_event() {
                Ok(Event::Eof) | Err(_) => break,
                Ok(ev) => ev,
            };
            let e = match &ev {
                Event::Start(e) | Event::Empty(e) => e,
                Event::End(e) if e.local_name().as_ref() == "style" => {
                    at = None;
                    continue;
                }
                _ => continue,
            };
            let val = |name: &str| super::attr(e, name);
            let local = e.local_name();
            if local.as_ref() == "style" {
                at = val("styleId").filter(|_| matches!(ev, Event::Start(_)));
                if let Some(id) = &at {
                    styles.insert(id.clone(), Style::default());
                }
                continue;
            }
            let Some(s) = at.as_ref().and_then(|id| styles.get_mut(id)) else {
                continue;
            };
            match local.as_ref() {
                "name" => s.name = val("val"),
                "basedOn" => s.based_on = val("val"),
                "numId" => s.num_id = val("val"),
                "ilvl" => s.ilvl = val("val").and_then(|v| v.parse().ok()),
                _ => {}
            }
        }
        Styles { styles }
    }

    /// The name of style `id`, lowercase ("heading 1", "title"); the id itself when the
    /// document does not define it.
    pub(super) fn name(&self, id: &str) -> String {
        self.styles
            .get(id)
            .and_then(|s| s.name.as_deref())
            .unwrap_or(id)
            .to_lowercase()
    }

    /// The list (`numId`) and level that paragraphs of style `id` are items of, from the
    /// style or the nearest style it is based on that says.
    pub(super) fn list(&self, id: &str) -> Option<(String, usize)> {
        let mut at = Some(id);
        for _ in 0..MAX_BASED_ON {
            let s = self.styles.get(at?)?;
            if let Some(n) = &s.num_id {
                return Some((n.clone(), s.ilvl.unwrap_or(0)));
            }
            at = s.based_on.as_deref();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A localized id keeps its English name; a list style numbers the styles based on
    /// it; a loop of styles ends.
    #[test]
    fn names_and_lists_through_based_on() {
        let xml = r#"<w:styles xmlns:w="w"><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Steps"><w:basedOn w:val="ListNumber"/></w:style>
<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style><w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style></w:styles>"#;
        let s = Styles::parse(xml);
        assert_eq!(s.name("Titre1"), "heading 1");
        assert_eq!(s.name("Title"), "title");
        assert_eq!(s.list("Steps"), Some(("4".into(), 0)));
        assert_eq!(s.list("Titre1"), None);
        assert_eq!(s.list("A"), None);
    }
}
