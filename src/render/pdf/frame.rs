//! Frames: the boundary between layout and export.
//!
//! Input: nothing (plain data built by the layout stages). Output: nothing. A [`Document`]
//! is a list of pages of absolutely positioned glyphs plus the navigation the writer needs
//! (outline, page labels, links). It can be inspected and snapshot-tested as readable
//! text with [`Document::golden`], without producing PDF bytes. It also carries the
//! logical structure: a tree of [`Element`]s in reading order, and per line the element
//! its text belongs to or the kind of artifact it is (a [`Tag`]), from which the writer
//! makes a tagged PDF.

use super::fonts::FontKey;
use std::collections::BTreeMap;

/// One glyph on the page: its pen position across the page (PDF coordinates: points
/// from the left edge) and its height relative to its line's baseline. Eight bytes: a
/// book holds millions of these until they are written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedGlyph {
    /// Pen position.
    pub x: f32,
    /// Glyph id in the full (unsubset) face.
    pub gid: u16,
    /// Raise above the line's baseline (mark positioning), in hundredths of a point;
    /// almost always 0.
    pub dy: i16,
}

impl PlacedGlyph {
    /// `dy` points as the stored hundredths, saturating far beyond any real mark offset.
    pub fn raise(dy: f32) -> i16 {
        // Nearly every glyph sits on the baseline: no call to the C library's `roundf`
        // for each (a million a hundred-story book), which the test below pins as the
        // same result.
        if dy == 0.0 {
            return 0;
        }
        (dy * 100.0)
            .round()
            .clamp(f32::from(i16::MIN), f32::from(i16::MAX)) as i16
    }

    /// The glyph's baseline, for a line whose baseline is at `baseline`.
    pub fn y(&self, baseline: f32) -> f32 {
        if self.dy == 0 {
            baseline
        } else {
            baseline + f32::from(self.dy) / 100.0
        }
    }
}

/// Glyphs in one face and size.
#[derive(Debug, Clone, PartialEq)]
pub struct GlyphRun {
    /// The face.
    pub font: FontKey,
    /// Size in points.
    pub size: f32,
    /// The glyphs in reading order.
    pub glyphs: Vec<PlacedGlyph>,
    /// Which way the glyphs run on the page, for the text layer.
    pub flow: Flow,
    /// For a run of one glyph that stands for other text than its glyph id does
    /// elsewhere (a [`crate::render::pdf::shape::Glyph::spelled`] glyph), that text:
    /// the writer draws it with a code of its own whose ToUnicode entry is exactly this
    /// ("न" for the vowel sign ि drawn first in "नि", "ि" for the consonant after it).
    pub spelled: Option<Box<str>>,
}

/// Which way a run's glyphs are drawn. Readers of a PDF's text take its characters in
/// the order the glyphs are drawn: the structure tree's text (poppler's
/// `pdfinfo -struct-text`, a screen reader) as it comes, while layout-based extractors
/// (pdftotext, pypdf) reverse what they see of right-to-left letters as if it had been
/// drawn left to right. A right-to-left run is drawn in logical order, each glyph left
/// of the one before, and the writer shows each glyph with an operation of its own (see
/// `write/content.rs`), which both kinds of reader read in that order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Flow {
    /// Left to right, in reading order: all text but right-to-left runs.
    #[default]
    Ltr,
    /// At a right-to-left level: in logical order, each glyph left of the one before.
    Rtl,
    /// As `Rtl`, each glyph the mirror image of the character it stands for (a bracket
    /// at a right-to-left level, UAX #9 rule L4: "(" drawn as ")"): drawn from the
    /// face's mirror copy, whose ToUnicode map gives the character written.
    Mirrored,
}

/// How a line of text ended, for goldens and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A justified line broken between words.
    Justified,
    /// A justified line that ends with a hyphen.
    Hyphenated,
    /// The last line of a paragraph, or a line ended by a forced line break (set at
    /// natural width).
    Last,
    /// A centred line (titles, headings, ornaments).
    Centered,
    /// Left-aligned, ragged (copyright page, contents entries).
    Ragged,
    /// Running head or folio.
    Furniture,
}

/// A line of text on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLine {
    /// Baseline from the bottom of the page.
    pub y: f32,
    /// The glyph runs, left to right.
    pub runs: Vec<GlyphRun>,
    /// The line's text as a reader sees it (words separated by single spaces).
    pub text: String,
    /// How the line was set.
    pub kind: LineKind,
    /// What the line is in the structure tree.
    pub tag: Tag,
    /// The first run of contents leaders: runs from it on are artifacts (the leaders are
    /// drawn after the page number, so the entry's text reads as one).
    pub leaders: Option<usize>,
    /// How many runs at its start are a list item's label: the text of the `Lbl`
    /// element before the line's element (see [`Tree::label_of`]).
    pub label: usize,
}

/// A structure element's type: standard types of ISO 32000-1 §14.8.4, and `Aside`
/// (PDF 2.0's type for an author's note), which the role map maps to `Sect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Document,
    Sect,
    Aside,
    Toc,
    Toci,
    Link,
    H1,
    H2,
    H3,
    P,
    L,
    LI,
    Lbl,
    LBody,
    BlockQuote,
}

impl Role {
    /// The structure type name written as `/S`.
    pub fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::Sect => "Sect",
            Role::Aside => "Aside",
            Role::Toc => "TOC",
            Role::Toci => "TOCI",
            Role::Link => "Link",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::BlockQuote => "BlockQuote",
        }
    }
}

/// A node of the structure tree. Children are the elements that name it as parent, in
/// the order they were added, then (for leaves) the text of the lines tagged with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub role: Role,
    /// Index of the parent element; the root (index 0, `Document`) names itself.
    pub parent: u32,
    /// Alternative description (a link's destination, said in words).
    pub alt: Option<String>,
    /// Its language (a BCP 47 tag) when not the document's: a story in another language.
    pub lang: Option<String>,
}

/// What a line's text is to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// Text of the structure element with this index.
    Content(u32),
    /// Not part of the text: layout or pagination.
    Artifact(Artifact),
}

impl Tag {
    /// The tag with its element index moved by `by` (for a grafted tree).
    pub fn shifted(self, by: u32) -> Tag {
        match self {
            Tag::Content(e) => Tag::Content(e + by),
            a => a,
        }
    }
}

/// Kinds of artifact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Artifact {
    /// The running head.
    Header,
    /// The folio (page number).
    Footer,
    /// An ornament, a rule or leaders.
    Layout,
}

/// The structure tree being built: elements in reading order, the root first.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree(pub Vec<Element>);

impl Default for Tree {
    fn default() -> Self {
        Tree(vec![Element {
            role: Role::Document,
            parent: 0,
            alt: None,
            lang: None,
        }])
    }
}

impl Tree {
    /// Adds an element under `parent` and returns its index.
    pub fn add(&mut self, role: Role, parent: u32) -> u32 {
        self.0.push(Element {
            role,
            parent,
            alt: None,
            lang: None,
        });
        (self.0.len() - 1) as u32
    }

    /// The `Lbl` element a list item's labelled line (tagged `e`, its text) shows the
    /// label of: the last one added before `e`.
    pub fn label_of(&self, e: u32) -> Option<u32> {
        let e = (e as usize).min(self.0.len());
        self.0[..e]
            .iter()
            .rposition(|el| el.role == Role::Lbl)
            .map(|i| i as u32)
    }

    /// Appends `local`, a tree built on its own (its root becomes a child of `parent`),
    /// and returns the offset to add to the indexes that refer to it.
    pub fn graft(&mut self, local: Vec<Element>, parent: u32) -> u32 {
        let offset = self.0.len() as u32;
        self.0
            .extend(local.into_iter().enumerate().map(|(i, mut e)| {
                e.parent = if i == 0 { parent } else { e.parent + offset };
                e
            }));
        offset
    }
}

/// An internal link: a rectangle on this page that jumps to another page.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Left, bottom, width, height in points.
    pub rect: [f32; 4],
    /// Target page index (0-based).
    pub target: usize,
    /// The `Link` structure element the annotation belongs to.
    pub elem: Option<u32>,
}

/// One page.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// The lines, top to bottom.
    pub lines: Vec<TextLine>,
    /// Link annotations (screen profile only).
    pub links: Vec<Link>,
}

/// A bookmark.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    /// Shown in the viewer's sidebar.
    pub title: String,
    /// Target page index (0-based).
    pub page: usize,
    /// Nested entries.
    pub children: Vec<OutlineEntry>,
}

/// How page numbers are shown for a range of pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelStyle {
    /// i, ii, iii: front matter.
    LowerRoman,
    /// 1, 2, 3: the body.
    Arabic,
    /// No number: the blank leaves an imposed book is padded with before its first page.
    Unnumbered,
}

/// The whole typeset book, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Page width in points.
    pub width: f32,
    /// Page height in points.
    pub height: f32,
    /// The pages in order.
    pub pages: Vec<Frame>,
    /// Bookmarks.
    pub outline: Vec<OutlineEntry>,
    /// Page label ranges: (first page index, style); each range starts at 1.
    pub labels: Vec<(usize, LabelStyle)>,
    /// Info dictionary title.
    pub title: String,
    /// Info dictionary author.
    pub author: String,
    /// Subject (the book description), if any.
    pub subject: Option<String>,
    /// BCP 47 language.
    pub lang: String,
    /// Creation and modification date, seconds since the epoch.
    pub epoch: i64,
    /// Per face, the text each glyph id stands for ("fi" for a ligature): the ToUnicode
    /// map. It may name glyphs no page uses.
    pub glyph_text: BTreeMap<FontKey, BTreeMap<u16, String>>,
    /// The structure tree; lines refer to it by index.
    pub structure: Tree,
    /// The standards the file declares conformance to.
    pub standards: crate::config::Standards,
    /// The cover on the first page (screen profile), if the book has one.
    pub cover: Option<CoverPage>,
    /// Per face, the font program to subset and embed (see [`super::fonts::Canon`]).
    pub programs: Vec<Option<super::fonts::Program>>,
    /// The print profile's bleed in points (0 for none): the writer gives every page a
    /// TrimBox and a BleedBox. `None` on screen.
    pub bleed: Option<f32>,
    /// Where each page that carries text starts in the model, with its label: what the
    /// EPUB's page list is made from. The writer does not read it.
    pub page_starts: Vec<crate::render::pages::PageStart>,
}

/// The cover image on a page of its own: the page's frame is empty, the writer draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverPage {
    /// The image, as given or generated.
    pub image: crate::model::Cover,
    /// The page it fills (0-based).
    pub page: usize,
    /// A colour for the page around it (the generated cover's own background); a given
    /// cover sits on white.
    pub background: Option<[u8; 3]>,
}

impl Document {
    /// Renumbers faces and missing-character glyphs as the written file numbers them
    /// (shaping threads number them in the order they meet them), and takes the
    /// programs to embed.
    pub fn renumber_faces(&mut self, canon: super::fonts::Canon) {
        if !canon.is_identity() {
            for run in self
                .pages
                .iter_mut()
                .flat_map(|p| &mut p.lines)
                .flat_map(|l| &mut l.runs)
            {
                for g in &mut run.glyphs {
                    g.gid = canon.gid(run.font, g.gid);
                }
                run.font = canon.key(run.font);
            }
            self.glyph_text = std::mem::take(&mut self.glyph_text)
                .into_iter()
                .map(|(k, m)| (canon.key(k), m))
                .collect();
        }
        if !canon.missing_text.is_empty() {
            self.glyph_text
                .insert(FontKey::Missing, canon.missing_text.clone());
        }
        self.programs = canon.programs;
    }

    /// A readable dump: per page, each line's kind and text. Used for golden tests.
    pub fn golden(&self) -> String {
        let mut out = String::new();
        for (i, page) in self.pages.iter().enumerate() {
            out.push_str(&format!("=== page {} ===\n", i + 1));
            if let Some(c) = self.cover.as_ref().filter(|c| c.page == i) {
                let img = &c.image;
                out.push_str(&format!(
                    "{:<10} {} {}x{}\n",
                    "Cover", img.file_name, img.width, img.height
                ));
            }
            for line in &page.lines {
                out.push_str(&format!(
                    "{:<10} {}\n",
                    format!("{:?}", line.kind),
                    line.text
                ));
            }
            for link in &page.links {
                out.push_str(&format!("link -> page {}\n", link.target + 1));
            }
        }
        out
    }
}

/// Lower-case roman numeral for `n` ≥ 1 (front-matter folios).
pub fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn raise_on_the_baseline_is_what_rounding_gives() {
        use super::PlacedGlyph;
        for dy in [
            0.0_f32, -0.0, 0.004, -0.004, 0.005, -0.005, 1.234, -3.5, 1e6,
        ] {
            let rounded = (dy * 100.0).round().clamp(-32768.0, 32767.0) as i16;
            assert_eq!(PlacedGlyph::raise(dy), rounded, "{dy}");
        }
        assert_eq!(PlacedGlyph::raise(0.0), 0);
        assert_eq!(PlacedGlyph::raise(0.013), 1);
        assert_eq!(PlacedGlyph::raise(-1e6), i16::MIN);
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(super::roman(4), "iv");
        assert_eq!(super::roman(14), "xiv");
    }
}
