//! RTF, lists: the items of a run of list paragraphs → the tags of an `<ol>` or `<ul>`.
//!
//! Input: for each list paragraph, whether its typed marker (`\listtext`, `\pntext`) is
//! a number or letter. Output: HTML that opens, continues and closes the list around
//! the items. Pure: no I/O.

/// The open list, if any: whether numbered.
#[derive(Debug, Default)]
pub(super) struct Lists {
    open: Option<bool>,
}

impl Lists {
    /// The HTML that opens the next item of a list (numbered or not).
    pub(super) fn item(&mut self, ordered: bool) -> String {
        let mut html = String::new();
        if self.open.is_some_and(|o| o != ordered) {
            html.push_str(&self.close());
        }
        if self.open.is_some() {
            html.push_str("</li><li>");
        } else {
            html.push_str(if ordered { "<ol><li>" } else { "<ul><li>" });
            self.open = Some(ordered);
        }
        html
    }

    /// Closes the open list.
    pub(super) fn close(&mut self) -> String {
        match self.open.take() {
            Some(true) => "</li></ol>".into(),
            Some(false) => "</li></ul>".into(),
            None => String::new(),
        }
    }
}
