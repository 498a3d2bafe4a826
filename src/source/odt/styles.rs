//! OpenDocument text, styles: `styles.xml`'s named styles and the automatic styles of
//! both parts → what a paragraph or span looks like.
//!
//! Input: the parts' XML. Output: for a paragraph style, whether it is the Title, the
//! Subtitle or a heading style (or made from one), whether it centres its text and sets
//! it in italics or bold; for a text style, its italics and bold if it sets them; for a
//! list style, whether a level is numbered. A style takes what it does not set from its
//! parent (`style:parent-style-name`), as LibreOffice draws it. Pure: no I/O.

use super::super::docx::attr;
use quick_xml::events::Event;
use std::collections::HashMap;

/// How far a chain of parent styles is followed (a loop in a damaged file ends there).
const MAX_PARENTS: usize = 16;

/// What a paragraph's style makes of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Kind {
    #[default]
    Body,
    Title,
    Subtitle,
    /// A heading style of this level (`Heading_20_2`).
    Heading(u8),
}

/// A paragraph style, resolved through its parents.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Paragraph {
    pub kind: Kind,
    pub centred: bool,
    pub italic: bool,
    pub bold: bool,
}

/// A text style, resolved through its parents: `None` where it leaves the text as it is.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Text {
    pub italic: Option<bool>,
    pub bold: Option<bool>,
}

/// A style named but not defined: it sets nothing.
static UNDEFINED: Style = Style {
    parent: None,
    italic: None,
    bold: None,
    centred: None,
};

/// One style as written: what it sets itself.
#[derive(Debug, Clone, Default)]
struct Style {
    parent: Option<String>,
    italic: Option<bool>,
    bold: Option<bool>,
    centred: Option<bool>,
}

/// The document's styles, by name.
#[derive(Debug, Default)]
pub(super) struct Styles {
    styles: HashMap<String, Style>,
    /// Each list style's levels (from level 1): numbered or not.
    lists: HashMap<String, Vec<bool>>,
}

impl Styles {
    /// Adds the styles one part defines (`style:style`, `text:list-style`).
    pub(super) fn read(&mut self, xml: &str) {
        let mut r = quick_xml::Reader::from_str(xml);
        let mut style: Option<String> = None;
        let mut list: Option<String> = None;
        loop {
            let ev = match r.read_event() {
                Ok(Event::Eof) | Err(_) => return,
                Ok(ev) => ev,
            };
            let e = match &ev {
                Event::Start(e) | Event::Empty(e) => e,
                Event::End(e) => {
                    match e.local_name().as_ref() {
                        "style" => style = None,
                        "list-style" => list = None,
                        _ => {}
                    }
                    continue;
                }
                _ => continue,
            };
            let open = matches!(ev, Event::Start(_));
            match e.local_name().as_ref() {
                "style" => {
                    let Some(name) = attr(e, "name") else {
                        continue;
                    };
                    let s = self.styles.entry(name.clone()).or_default();
                    s.parent = attr(e, "parent-style-name");
                    if open {
                        style = Some(name);
                    }
                }
                "list-style" if open => list = attr(e, "name"),
                level @ ("list-level-style-number"
                | "list-level-style-bullet"
                | "list-level-style-image") => {
                    let (Some(l), Some(at)) = (
                        &list,
                        attr(e, "level").and_then(|v| v.parse::<usize>().ok()),
                    ) else {
                        continue;
                    };
                    let levels = self.lists.entry(l.clone()).or_default();
                    if (1..=10).contains(&at) {
                        levels.resize(levels.len().max(at), false);
                        levels[at - 1] = level == "list-level-style-number"
                            && attr(e, "num-format").is_some_and(|f| !f.is_empty());
                    }
                }
                "text-properties" => {
                    let Some(s) = style.as_ref().and_then(|n| self.styles.get_mut(n)) else {
                        continue;
                    };
                    if let Some(v) = attr(e, "font-style") {
                        s.italic = Some(v == "italic" || v == "oblique");
                    }
                    if let Some(v) = attr(e, "font-weight") {
                        s.bold = Some(v == "bold" || v.parse::<u32>().is_ok_and(|w| w >= 600));
                    }
                }
                "paragraph-properties" => {
                    let Some(s) = style.as_ref().and_then(|n| self.styles.get_mut(n)) else {
                        continue;
                    };
                    if let Some(v) = attr(e, "text-align") {
                        s.centred = Some(v == "center");
                    }
                }
                _ => {}
            }
        }
    }

    /// The styles of the chain from `name` up through its parents.
    fn chain<'a>(&'a self, name: &'a str) -> Vec<(&'a str, &'a Style)> {
        let mut out = Vec::new();
        let mut at = Some(name);
        while let Some(n) = at.filter(|_| out.len() < MAX_PARENTS) {
            let Some((k, s)) = self.styles.get_key_value(n) else {
                // A parent named but not written out (LibreOffice leaves out the
                // styles a document does not use): its name still says what it is.
                out.push((n, &UNDEFINED));
                break;
            };
            out.push((k.as_str(), s));
            at = s.parent.as_deref();
        }
        out
    }

    /// A paragraph style, resolved.
    pub(super) fn paragraph(&self, name: &str) -> Paragraph {
        let chain = self.chain(name);
        let first = |f: fn(&Style) -> Option<bool>| chain.iter().find_map(|(_, s)| f(s));
        // The style's own name counts though it is not defined (a file that names
        // "Title" without writing the style out).
        let names = std::iter::once(name).chain(chain.iter().map(|(n, _)| *n));
        let kind = names
            .map(kind_of)
            .find(|k| *k != Kind::Body)
            .unwrap_or_default();
        Paragraph {
            kind,
            centred: first(|s| s.centred).unwrap_or(false),
            italic: first(|s| s.italic).unwrap_or(false),
            bold: first(|s| s.bold).unwrap_or(false),
        }
    }

    /// A text (span) style, resolved.
    pub(super) fn text(&self, name: &str) -> Text {
        let chain = self.chain(name);
        Text {
            italic: chain.iter().find_map(|(_, s)| s.italic),
            bold: chain.iter().find_map(|(_, s)| s.bold),
        }
    }

    /// Whether level `depth` (0 the outermost) of list style `name` is numbered.
    pub(super) fn numbered(&self, name: &str, depth: usize) -> bool {
        self.lists
            .get(name)
            .and_then(|l| l.get(depth))
            .copied()
            .unwrap_or(false)
    }
}

/// What a style's own name (as the file encodes it: `Heading_20_1`) makes a paragraph.
fn kind_of(name: &str) -> Kind {
    match name {
        "Title" => Kind::Title,
        "Subtitle" => Kind::Subtitle,
        _ => name
            .strip_prefix("Heading_20_")
            .and_then(|n| n.parse::<u8>().ok())
            .filter(|n| (1..=10).contains(n))
            .map_or(Kind::Body, |n| Kind::Heading(n.min(6))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An automatic style takes what it does not set from its named parent; a span's
    /// style leaves unset what it does not set; list levels know numbers from bullets.
    #[test]
    fn styles_resolve_through_their_parents() {
        let named = r#"<office:styles><style:style style:name="Subtitle" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Heading_20_2" style:parent-style-name="Heading"/><style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style></office:styles>"#;
        let auto = r#"<office:automatic-styles><style:style style:name="P3" style:family="paragraph" style:parent-style-name="Subtitle"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T1" style:family="text" style:parent-style-name="Emphasis"><style:text-properties fo:font-weight="700"/></style:style>
<style:style style:name="P9" style:parent-style-name="P9"/>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/><text:list-level-style-bullet text:level="2" text:bullet-char="•"/></text:list-style></office:automatic-styles>"#;
        let mut s = Styles::default();
        s.read(named);
        s.read(auto);
        let p3 = s.paragraph("P3");
        assert_eq!(p3.kind, Kind::Subtitle);
        assert!(p3.centred && p3.italic && p3.bold);
        assert_eq!(s.paragraph("Heading_20_2").kind, Kind::Heading(2));
        assert_eq!(s.paragraph("Title").kind, Kind::Title);
        assert_eq!(s.paragraph("P9").kind, Kind::Body);
        let t1 = s.text("T1");
        assert_eq!((t1.italic, t1.bold), (Some(true), Some(true)));
        assert_eq!(s.text("none").italic, None);
        assert!(s.numbered("L1", 0) && !s.numbered("L1", 1) && !s.numbered("L2", 0));
    }
}
