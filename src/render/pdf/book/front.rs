//! Front matter: the furniture's title page, copyright lines and contents → frames.
//!
//! Input: one layout pass (the book, settings, page geometry and tools) and the chapters'
//! first pages. Output: the cover, title and copyright pages, the contents set on pages
//! with the chapter each line links to, and where the body begins; `assemble` puts them
//! before the body pages.

use super::blocks::Tagged;
use super::layout::{Geometry, LEADER_PITCH, Pass, block, centred};
use super::place::place;
use crate::config::PdfSettings;
use crate::furniture::Furniture;
use crate::model::{Book, Cover, Inline};
use crate::render::pdf::compose::{Align, Composer, SetLine, Style};
use crate::render::pdf::fonts::FontKey;
use crate::render::pdf::frame::{Frame, Role, Tag, Tree};
use crate::render::pdf::paginate::{Placed, VBlock, paginate};

/// What the front-matter pages are set with and into: the book and its furniture, the
/// settings and page geometry, a composer, the structure tree their tags join and the
/// pages set so far.
pub(super) struct FrontMatter<'a, 'c> {
    book: &'a Book,
    f: &'a Furniture,
    s: &'a PdfSettings,
    geo: &'a Geometry,
    c: &'a mut Composer<'c>,
    tree: &'a mut Tree,
    pages: Vec<Frame>,
}

/// The title and copyright pages, the contents still to be placed (and the chapter each
/// of its lines links to), and the index of the first body page.
pub(super) struct Front {
    pub(super) pages: Vec<Frame>,
    pub(super) contents: Contents,
    pub(super) body_at: usize,
}

/// The contents, set on pages; per line in order, the chapter it links to (none for the
/// heading), its tag and where its leaders start.
pub(super) struct Contents {
    pub(super) pages: Vec<Vec<Placed>>,
    pub(super) owners: Vec<Option<usize>>,
    pub(super) tags: Vec<Tag>,
    pub(super) leaders: Vec<Option<usize>>,
}

impl<'a> Pass<'a> {
    /// The front matter of this pass, set with `c`, its structure going into `tree`.
    pub(super) fn front<'p, 'c>(
        &'p self,
        c: &'p mut Composer<'c>,
        tree: &'p mut Tree,
    ) -> FrontMatter<'p, 'c> {
        FrontMatter {
            book: self.book,
            f: self.tools.furniture,
            s: self.s,
            geo: self.geo,
            c,
            tree,
            pages: Vec::new(),
        }
    }
}

/// The image the screen profile opens on, if any (borrowed: the front matter only asks
/// whether there is one, the document takes one copy).
pub(super) fn cover_image<'b>(book: &'b Book, geo: &Geometry) -> Option<&'b Cover> {
    if geo.print {
        return None;
    }
    crate::render::cover::of(book)
}

impl FrontMatter<'_, '_> {
    /// Sets the front matter before a body whose chapters start on body pages `starts`.
    pub(super) fn set(mut self, starts: &[usize]) -> Front {
        if cover_image(self.book, self.geo).is_some() {
            // The cover's page: empty here, the writer draws the image on it.
            self.pages.push(Frame {
                lines: Vec::new(),
                links: Vec::new(),
            });
        }
        self.title_page();
        self.copyright_page();
        let contents_at = self.pages.len();
        let contents = self.contents_pages(starts);
        let mut body_at = contents_at + contents.pages.len();
        if self.geo.print && body_at % 2 == 1 {
            body_at += 1;
        }
        Front {
            pages: self.pages,
            contents,
            body_at,
        }
    }

    /// Adds `text` to `t` as one `role` element, centred in `font` at `scale` times the
    /// body size, `before` points below what precedes it.
    fn add_centred(
        &mut self,
        t: &mut Tagged,
        (role, text): (Role, &str),
        (font, scale): (FontKey, f32),
        before: f32,
        keep: bool,
    ) {
        let lines = self
            .c
            .set_text(text, &centred(font, self.s, scale), self.geo.measure);
        t.add(role, 0, lines, before, keep);
    }

    /// A new `Sect` opening with `heading` (its role and text), centred in bold at `scale`
    /// times the body size.
    fn section(&mut self, heading: (Role, &str), scale: f32, keep: bool) -> Tagged {
        let mut t = Tagged::new(Role::Sect);
        self.add_centred(&mut t, heading, (FontKey::Bold, scale), 0.0, keep);
        t
    }

    /// The title page: title, subtitle and authors, centred, a quarter down the page.
    fn title_page(&mut self) {
        let tp = self.f.title_page(&self.book.meta);
        let lead = self.s.leading;
        // A section with the book's only H1.
        let mut t = self.section((Role::H1, &tp.title), 2.2, false);
        if let Some(sub) = &tp.subtitle {
            self.add_centred(&mut t, (Role::P, sub), (FontKey::Italic, 1.3), lead, false);
        }
        if let Some(names) = &tp.authors {
            let names = (Role::P, names.as_str());
            self.add_centred(&mut t, names, (FontKey::Regular, 1.2), lead * 4.0, false);
        }
        self.push_single_page(t, self.geo.text_height * 0.25);
    }

    /// The copyright page: the furniture's lines, small, at the foot of the page.
    fn copyright_page(&mut self) {
        let Self {
            book, f, s, geo, ..
        } = *self;
        let c = &mut *self.c;
        // The lines come finished from the furniture (the EPUB's copyright page has the same).
        let paras = f.copyright_lines(&book.meta);
        let st = Style {
            font: FontKey::Regular,
            size: s.font_size * 0.8,
            leading: s.leading * 0.8,
            align: Align::Left,
            indent: 0.0,
        };
        // A section of paragraphs.
        let mut t = Tagged::new(Role::Sect);
        for p in &paras {
            t.add(
                Role::P,
                0,
                c.set_text(p, &st, geo.measure),
                st.leading * 0.6,
                false,
            );
        }
        let height: f32 = t
            .blocks
            .iter()
            .map(|b| b.space_before + b.lines.iter().map(|l| l.height).sum::<f32>())
            .sum();
        // Set at the foot of the page, where readers look for it.
        self.push_single_page(t, (geo.text_height - height).max(0.0));
    }

    /// Sets a front-matter page whose blocks always fit on one page, `drop` points down;
    /// its structure goes under the document's root.
    fn push_single_page(&mut self, t: Tagged, drop: f32) {
        let tags = t.line_tags();
        let offset = self.tree.graft(t.tree.0, 0);
        let tags: Vec<Tag> = tags.into_iter().map(|g| g.shifted(offset)).collect();
        let placed = paginate(t.blocks, self.geo.text_height, drop);
        let idx = self.pages.len();
        let first = placed.into_iter().next().unwrap_or_default();
        let n = first.len();
        self.pages.push(place(first, &tags[..n], self.geo, idx));
    }

    /// The contents pages: in the structure tree a section with an `H2` and a `TOC`, each
    /// entry a `TOCI` holding a `Link` (the entry's text and page number; its leaders are
    /// artifacts). In a book in a language written right to left the page is mirrored:
    /// titles flush right, numbers on the left, the leaders running between them.
    fn contents_pages(&mut self, starts: &[usize]) -> Contents {
        let Self {
            book, f, s, geo, ..
        } = *self;
        let m = geo.measure;
        let mut t = self.section((Role::H2, &f.contents), 1.4, true);
        let c = &mut *self.c;
        let toc = t.tree.add(Role::Toc, 0);
        let mut owners: Vec<Option<usize>> = t.blocks[0].lines.iter().map(|_| None).collect();
        let mut leaders: Vec<Option<usize>> = owners.clone();
        let number_room = s.font_size * 3.0;
        let st = Style {
            font: FontKey::Regular,
            size: s.font_size,
            leading: s.leading,
            align: Align::Left,
            indent: 0.0,
        };
        // The leaders end at the same place on every line: before the widest folio.
        let widest = starts
            .iter()
            .map(|n| c.measure_text(&(n + 1).to_string(), &st))
            .fold(0.0f32, f32::max);
        let rtl = crate::typography::is_rtl_language(&book.meta.language);
        for (ci, (ch, start)) in book.chapters.iter().zip(starts).enumerate() {
            let mut entry = vec![Inline::Text(ch.title.clone())];
            entry.extend(f.contents_author(ch));
            let mut lines = c.set(&entry, &st, m - number_room);
            if rtl {
                lines.iter_mut().for_each(|l| flush_right(l, m));
            }
            let num = (start + 1).to_string();
            let mut leader_at = None;
            if let Some(last) = lines.last_mut() {
                let (num_runs, w) = c.shape_line(&num, &st);
                let (dot_runs, dot_w) = c.shape_line(".", &st);
                let title_left = last
                    .runs
                    .iter()
                    .flat_map(|r| &r.glyphs)
                    .map(|g| g.x)
                    .fold(m, f32::min);
                // The number is drawn before the leaders, so that in the text it follows
                // the title: the leaders are artifacts and the entry reads as one string.
                for mut r in num_runs {
                    if !rtl {
                        r.glyphs.iter_mut().for_each(|g| g.x += m - w);
                    }
                    last.runs.push(r);
                }
                leader_at = Some(last.runs.len());
                // Dot leaders on a grid common to every entry, so the dots line up down the
                // page; a gap of a leader pitch either side keeps them off the words.
                let pitch = s.font_size * LEADER_PITCH;
                let gap = s.font_size * 0.4;
                let (from, to) = if rtl {
                    // From the widest number on the left to the title on the right.
                    (widest + pitch, title_left - gap - dot_w)
                } else {
                    (last.end + gap, m - widest - pitch - dot_w)
                };
                let from = (from / pitch).ceil() as usize;
                let to = (to / pitch).floor().max(0.0) as usize;
                let mut dots = 0;
                for k in from..=to {
                    for mut r in dot_runs.clone() {
                        for g in &mut r.glyphs {
                            g.x += k as f32 * pitch;
                        }
                        last.runs.push(r);
                    }
                    dots += 1;
                }
                let leader = vec!["."; dots].join(" ");
                last.text = if dots > 0 {
                    format!("{} {leader} {num}", last.text)
                } else {
                    format!("{} {num}", last.text)
                };
            }
            owners.extend(lines.iter().map(|_| Some(ci)));
            let n = lines.len();
            leaders.extend((0..n).map(|i| if i + 1 == n { leader_at } else { None }));
            let item = t.tree.add(Role::Toci, toc);
            let link = t.tree.add(Role::Link, item);
            t.tree.0[link as usize].alt = Some(ch.title.clone());
            t.push(
                block(lines, s.leading * 0.4, false, false),
                Tag::Content(link),
            );
        }
        let tags = t.line_tags();
        let offset = self.tree.graft(t.tree.0, 0);
        Contents {
            pages: balanced(t.blocks, geo.text_height),
            owners,
            tags: tags.into_iter().map(|g| g.shifted(offset)).collect(),
            leaders,
        }
    }
}

/// The contents on as few pages as they need, the last at least half as full as the one
/// before it: a contents one entry too long for its page would otherwise leave that
/// entry alone on the next. The pages are filled to the greatest height that does so
/// without needing another page (a bisection: a dozen paginations of a few dozen lines).
fn balanced(blocks: Vec<VBlock>, height: f32) -> Vec<Vec<Placed>> {
    let lay = |blocks: Vec<VBlock>, h: f32| paginate(blocks, h, height * 0.1);
    let full = lay(blocks.clone(), height);
    let even = |pages: &[Vec<Placed>]| match pages {
        [.., before, last] => 2 * last.len() >= before.len(),
        _ => true,
    };
    if even(&full) {
        return full;
    }
    let (mut lo, mut hi) = (height / full.len() as f32, height);
    for _ in 0..12 {
        let mid = (lo + hi) / 2.0;
        let pages = lay(blocks.clone(), mid);
        if pages.len() == full.len() && even(&pages) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let pages = lay(blocks, lo);
    if pages.len() == full.len() {
        pages
    } else {
        full
    }
}

/// Moves `line` to end at `measure`: a contents entry of a right-to-left book.
fn flush_right(line: &mut SetLine, measure: f32) {
    let shift = measure - line.end;
    for g in line.runs.iter_mut().flat_map(|r| &mut r.glyphs) {
        g.x += shift;
    }
    line.end = measure;
}
