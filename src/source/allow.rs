//! The HTML allow-list: which elements a story's HTML may use, and what each means.
//!
//! Input: an element name. Output: its [`Role`] for the converter in `html.rs`. The list
//! is data, not a chain of conditions: an element is text-bearing markup the model knows
//! (paragraphs, headings, emphasis, lists, tables), an inline wrapper whose text is kept
//! (links, spans), or never text at all (scripts, styles, forms, frames, media), which is
//! dropped whole. Attributes are never read, so event handlers and `javascript:` links
//! cannot reach an output.

/// What an element means to the converter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Dropped with all its content: not text a reader reads (scripts, forms, media).
    Drop,
    /// A block container: its content is walked, paragraphs break around it.
    Block,
    /// A heading inside the text.
    Heading,
    /// A thematic break: a scene break.
    Rule,
    /// A forced line break.
    Break,
    /// Emphasis (italic).
    Emphasis,
    /// Strong importance (bold).
    Strong,
    /// An inline wrapper whose text is kept and whose markup is not (links, spans).
    Plain,
    /// A list (ordered or not).
    List { ordered: bool },
    /// A quoted passage (`<blockquote>`).
    Quote,
    /// A list item.
    Item,
    /// A table row: its cells become one line of text.
    Row,
    /// A table cell.
    Cell,
    /// Preformatted text: line breaks kept.
    Pre,
    /// An image: dropped, with a warning.
    Image,
}

/// The allow-list: every element the converter understands. Anything else is unknown:
/// unwrapped to its text (see [`role`]).
const ELEMENTS: &[(&str, Role)] = &[
    // Blocks.
    ("p", Role::Block),
    ("div", Role::Block),
    ("section", Role::Block),
    ("article", Role::Block),
    ("main", Role::Block),
    ("aside", Role::Block),
    ("header", Role::Block),
    ("footer", Role::Block),
    ("blockquote", Role::Quote),
    ("center", Role::Block),
    ("address", Role::Block),
    ("figure", Role::Block),
    ("figcaption", Role::Block),
    ("details", Role::Block),
    ("summary", Role::Block),
    ("dl", Role::Block),
    ("dt", Role::Block),
    ("dd", Role::Block),
    ("table", Role::Block),
    ("caption", Role::Block),
    ("thead", Role::Block),
    ("tbody", Role::Block),
    ("tfoot", Role::Block),
    ("body", Role::Block),
    ("html", Role::Block),
    ("h1", Role::Heading),
    ("h2", Role::Heading),
    ("h3", Role::Heading),
    ("h4", Role::Heading),
    ("h5", Role::Heading),
    ("h6", Role::Heading),
    ("hr", Role::Rule),
    ("br", Role::Break),
    ("pre", Role::Pre),
    ("ul", Role::List { ordered: false }),
    ("ol", Role::List { ordered: true }),
    ("li", Role::Item),
    ("tr", Role::Row),
    ("td", Role::Cell),
    ("th", Role::Cell),
    // Inlines.
    ("em", Role::Emphasis),
    ("i", Role::Emphasis),
    ("cite", Role::Emphasis),
    ("var", Role::Emphasis),
    ("dfn", Role::Emphasis),
    ("strong", Role::Strong),
    ("b", Role::Strong),
    ("a", Role::Plain),
    ("span", Role::Plain),
    ("u", Role::Plain),
    ("ins", Role::Plain),
    ("s", Role::Plain),
    ("strike", Role::Plain),
    ("del", Role::Plain),
    ("small", Role::Plain),
    ("big", Role::Plain),
    ("sub", Role::Plain),
    ("sup", Role::Plain),
    ("font", Role::Plain),
    ("abbr", Role::Plain),
    ("acronym", Role::Plain),
    ("q", Role::Plain),
    ("mark", Role::Plain),
    ("code", Role::Plain),
    ("tt", Role::Plain),
    ("kbd", Role::Plain),
    ("samp", Role::Plain),
    ("time", Role::Plain),
    ("bdi", Role::Plain),
    ("bdo", Role::Plain),
    ("wbr", Role::Plain),
    ("label", Role::Plain),
    ("img", Role::Image),
    ("image", Role::Image),
    ("picture", Role::Image),
    // Never text: dropped whole, content and all.
    ("head", Role::Drop),
    ("title", Role::Drop),
    ("meta", Role::Drop),
    ("link", Role::Drop),
    ("base", Role::Drop),
    ("script", Role::Drop),
    ("noscript", Role::Drop),
    ("style", Role::Drop),
    ("template", Role::Drop),
    ("iframe", Role::Drop),
    ("frame", Role::Drop),
    ("frameset", Role::Drop),
    ("object", Role::Drop),
    ("embed", Role::Drop),
    ("applet", Role::Drop),
    ("param", Role::Drop),
    ("form", Role::Drop),
    ("input", Role::Drop),
    ("button", Role::Drop),
    ("select", Role::Drop),
    ("option", Role::Drop),
    ("textarea", Role::Drop),
    ("svg", Role::Drop),
    ("math", Role::Drop),
    ("canvas", Role::Drop),
    ("audio", Role::Drop),
    ("video", Role::Drop),
    ("source", Role::Drop),
    ("track", Role::Drop),
    ("map", Role::Drop),
    ("area", Role::Drop),
    ("dialog", Role::Drop),
];

/// What an element is; unknown elements are unwrapped (their text kept as plain text).
pub(crate) fn role(name: &str) -> Role {
    ELEMENTS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map_or(Role::Plain, |&(_, r)| r)
}
