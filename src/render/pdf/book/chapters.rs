//! Chapters → pages: the second stage of book layout.
//!
//! Input: the book, the settings and one pass's geometry. Output: every chapter's blocks
//! paginated under its opener's sink, in book order, with the tag of each line, the
//! chapter's structure tree, where each page's words start and the diagnostic for
//! characters no font could show. The chapters' blocks are set in parallel, the book is
//! kept to its hyphen budget ([`super::hyphens`]), then each chapter is paginated in
//! parallel.

use super::blocks::{NoteComposers, Sources, Tagged, chapter_blocks};
use super::hyphens::keep_to_budget;
use super::layout::{Geometry, Pass, Tools};
use crate::config::{MissingGlyphs, PdfSettings, Profile};
use crate::diag::Diagnostic;
use crate::model::Chapter;
use crate::render::pages::Spot;
use crate::render::pdf::compose::Composer;
use crate::render::pdf::fonts::SYSTEM_SLOTS;
use crate::render::pdf::frame::{Tag, Tree};
use crate::render::pdf::pagemap::{Part, page_starts};
use crate::render::pdf::paginate::{Ask, Balance, Placed, paginate_with};
use rayon::prelude::*;

/// How far a chapter's title sits below the top of the text area: about a sixth of
/// the page, in whole body lines.
fn opener_sink(geo: &Geometry, s: &PdfSettings) -> f32 {
    (geo.text_height * 0.18 / s.leading).round() * s.leading
}

/// A chapter set on pages: the pages, the tag of each line in order, the chapter's
/// structure tree (its root the story's `Sect`) and the warning for characters no font
/// could show in it.
pub(super) struct SetChapter {
    pub(super) pages: Vec<Vec<Placed>>,
    /// Per page, where its words start (none on a page of ornaments only).
    pub(super) starts: Vec<Option<Spot>>,
    pub(super) tags: Vec<Tag>,
    pub(super) tree: Tree,
    pub(super) warning: Option<Diagnostic>,
}

/// Every chapter set on pages of one text area, in book order.
pub(super) type Chapters = Vec<SetChapter>;

/// What setting the chapters depends on in a [`Geometry`], bit for bit: the measure and
/// the text height. Two passes with the same area set every chapter alike.
#[derive(PartialEq)]
pub(super) struct Area(u32, u32);

impl Geometry {
    pub(super) fn area(&self) -> Area {
        Area(self.measure.to_bits(), self.text_height.to_bits())
    }
}

/// A chapter's blocks as first set, what sets each paragraph again, the part of the
/// chapter each block shows, and which paragraphs are set with dear hyphens.
pub(super) struct Blocks<'c> {
    pub(super) tagged: Tagged,
    pub(super) sources: Sources<'c>,
    pub(super) parts: Vec<Part>,
    /// Per block (see [`super::hyphens`]).
    pub(super) dear: Vec<bool>,
    warning: Option<Diagnostic>,
}

/// The composers that set chapter `ch` beside the thread's own: the story's own (for a
/// story in another language than the book's), and its notes' (in a language of their
/// own).
pub(super) struct Composers<'f> {
    pub(super) own: Option<Composer<'f>>,
    pub(super) notes: NoteComposers<'f>,
}

impl<'f> Composers<'f> {
    pub(super) fn of(ch: &Chapter, tools: &Tools<'f>) -> Self {
        // A note in another language than the story's is set in its own.
        let note = |l: &Option<String>| l.as_deref().and_then(|l| tools.composer_for(l));
        Composers {
            // A story in another language is hyphenated by its own patterns.
            own: ch.language.as_deref().and_then(|l| tools.composer_in(l)),
            notes: NoteComposers {
                preface: note(&ch.preface_language),
                afterword: note(&ch.afterword_language),
            },
        }
    }

    /// The composer for the story, `thread`'s unless the story has its own, and the
    /// notes'.
    pub(super) fn with<'a>(
        &'a mut self,
        thread: &'a mut Composer<'f>,
    ) -> (&'a mut Composer<'f>, &'a mut NoteComposers<'f>) {
        (self.own.as_mut().unwrap_or(thread), &mut self.notes)
    }
}

/// Every chapter set on pages, in book order: its blocks set (in parallel), the book
/// kept to its hyphen budget, and each chapter paginated (in parallel).
pub(super) fn set_chapters(p: &Pass) -> Chapters {
    let mut sets: Vec<Blocks> = p
        .book
        .chapters
        .par_iter()
        // One composer per batch of chapters, so its words carry over between them.
        .map_init(|| p.tools.composer(), |c, ch| chapter(p, ch, c))
        .collect();
    keep_to_budget(&mut sets, p);
    sets.into_par_iter()
        .zip(&p.book.chapters)
        .enumerate()
        .map_init(
            || p.tools.composer(),
            |c, (ci, (set, ch))| pages(p, (ci, ch), set, c),
        )
        .collect()
}

/// Chapter `ch` set as blocks, with composer `c` for what has no composer of its own.
fn chapter<'c>(p: &Pass<'c>, ch: &'c Chapter, c: &mut Composer<'c>) -> Blocks<'c> {
    let Pass {
        book,
        s,
        geo,
        tools,
        ..
    } = *p;
    let mut own = Composers::of(ch, tools);
    let (c, notes) = own.with(c);
    c.missing.clear();
    let info = book.meta.story_info;
    let (tagged, sources, parts) =
        chapter_blocks(ch, tools.furniture, s, geo, (c, &mut *notes), info);
    c.missing.extend(notes.missing());
    let full = tools.fonts.slots_full();
    let warning = (!c.missing.is_empty()).then(|| missing_warning(ch, c, s, full));
    let dear = vec![false; tagged.blocks.len()];
    Blocks {
        tagged,
        sources,
        parts,
        dear,
        warning,
    }
}

/// Chapter `ch` (the `ci`th) paginated from its blocks `set`.
fn pages<'c>(
    p: &Pass<'c>,
    (ci, ch): (usize, &'c Chapter),
    set: Blocks<'c>,
    c: &mut Composer<'c>,
) -> SetChapter {
    let Pass { s, geo, tools, .. } = *p;
    let Blocks {
        tagged,
        sources,
        parts,
        dear,
        warning,
    } = set;
    let mut own = Composers::of(ch, tools);
    let (c, notes) = own.with(c);
    let mut rebreak = |b: usize, ask: Ask| {
        let src = sources.get(b).copied().flatten()?;
        let c = notes.pick_for(parts.get(b), c);
        c.last_resort = ask.stretch;
        c.dear_hyphens = dear[b];
        let lines = src.set(c, ask.unhyphenated, ask.looseness);
        c.last_resort = false;
        c.dear_hyphens = false;
        Some(lines)
    };
    let sink = opener_sink(geo, s);
    let balance = Balance {
        leading: s.leading,
        spreads: s.profile == Profile::Print,
        measure: geo.measure,
    };
    // The opener's sink is whole lines, so the grid continues down the page.
    // Pagination may set paragraphs again (a line longer or shorter, or without a
    // hyphen at a page foot): `lens` is each block's lines as it leaves them.
    let area = (geo.text_height, sink);
    let (pages, lens) = paginate_with(tagged.blocks, area, balance, &mut rebreak);
    let starts = page_starts((ci, ch), tools.furniture, &pages, &lens, &parts);
    let tags = tagged
        .tags
        .iter()
        .zip(&lens)
        .flat_map(|(t, n)| std::iter::repeat_n(*t, *n))
        .collect();
    SetChapter {
        pages,
        starts,
        tags,
        tree: tagged.tree,
        warning,
    }
}

/// The diagnostic for characters no bundled or installed font can show in chapter `ch`:
/// an error unless `[fonts] missing = "box"`; located at the first line that has one.
/// `full`: the book already draws on as many installed faces as it may, so a face that
/// has them may be installed and passed over.
fn missing_warning(ch: &Chapter, c: &Composer, s: &PdfSettings, full: bool) -> Diagnostic {
    let chars: String = c
        .missing
        .iter()
        .map(|ch| format!("“{ch}” U+{:04X} ", *ch as u32))
        .collect();
    let mut message = format!("no font can show {}in chapter “{}”", chars, ch.title);
    let fix = if full {
        message.push_str(&format!(
            ": the book already draws on {SYSTEM_SLOTS} installed faces, the most one book may"
        ));
        "name in book.toml a face that has several of these scripts, as `[fonts] fallback = \
         [\"FreeSerif\"]` (Debian's `fonts-freefont-ttf`), so that fewer faces serve"
    } else {
        "install a font that has them (for emoji `fonts-symbola` and \
         `fonts-noto-color-emoji`, for Chinese, Japanese and Korean `fonts-noto-cjk`, \
         for most other scripts `fonts-noto-core`) or name one in book.toml as \
         `[fonts] fallback = [\"Family Name\"]`"
    };
    let d = match s.missing_glyphs {
        MissingGlyphs::Error => Diagnostic::error(Some(ch.file.clone()), message).hint(format!(
            "{fix}; or set `[fonts] missing = \"box\"` to print empty boxes there"
        )),
        MissingGlyphs::Box => Diagnostic::warning(Some(ch.file.clone()), message).hint(format!(
            "they print as empty boxes (text copied from the PDF is still right); {fix}"
        )),
    };
    match c.missing.iter().next() {
        Some(first) => d.locate_by(*first),
        None => d,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::typeset;
    use super::*;
    use crate::model::{Block, Book, Encoding, Inline, Meta};

    /// A book in `lang` of one story, `title` from `file`, in `language` when given,
    /// whose body is one paragraph of `text`.
    pub(in super::super) fn one_story(
        lang: &str,
        (file, title): (&str, &str),
        language: Option<&str>,
        text: &str,
    ) -> Book {
        Book {
            meta: Meta {
                title: "T".into(),
                subtitle: None,
                authors: Vec::new(),
                language: lang.into(),
                identifier: "x".into(),
                date: None,
                modified_epoch: 0,
                publisher: None,
                description: None,
                rights: None,
                story_info: true,
                cover: None,
                labels: Vec::new(),
            },
            chapters: vec![Chapter {
                file: file.into(),
                language: language.map(str::to_string),
                title: title.into(),
                title_in_text: None,
                authors: Vec::new(),
                encoding: Encoding::Utf8,
                reader: crate::model::Reader::Text,
                preface: Vec::new(),
                preface_language: None,
                body: vec![Block::Paragraph(vec![Inline::Text(text.into())])],
                afterword: Vec::new(),
                afterword_language: None,
                meta: Default::default(),
                decisions: Vec::new(),
            }],
            generated_cover: Default::default(),
        }
    }

    #[test]
    fn characters_no_font_has_are_warned_with_the_chapter() {
        let text = "Smile \u{10FFFD} and ⁂ here";
        let book = one_story("en", ("emoji.txt", "Faces"), None, text);
        let (_, warnings) = typeset(&book, &PdfSettings::default());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let w = warnings[0].to_string();
        assert!(
            w.contains("emoji.txt") && w.contains("U+10FFFD") && w.contains("Faces"),
            "{w}"
        );
        // The asterism is in the fallback face: no warning for it.
        assert!(!w.contains("U+2042"), "{w}");
    }

    /// The words broken at a line end in `doc`, as (word, letters before the break).
    fn splits(doc: &crate::render::pdf::frame::Document) -> Vec<(String, usize)> {
        use crate::render::pdf::frame::LineKind;
        let lines: Vec<_> = doc.pages.iter().flat_map(|p| &p.lines).collect();
        lines
            .windows(2)
            .filter(|w| w[0].kind == LineKind::Hyphenated)
            .filter_map(|w| {
                let head = w[0].text.split_whitespace().last()?.strip_suffix('-')?;
                let tail = w[1].text.split_whitespace().next()?;
                Some((format!("{head}{tail}"), head.len()))
            })
            .collect()
    }

    #[test]
    fn a_story_in_another_language_is_hyphenated_by_its_own_patterns() {
        use crate::render::pdf::hyphenate::Hyphenation;
        let compounds = [
            "Kirchturmuhr",
            "und",
            "Bahnsteigkante",
            "Fahrkartenschalter",
            "die",
            "Verkehrsministerium",
            "Streckenstilllegung",
            "der",
            "Nahverkehrsstruktur",
            "Dienstvorschrift",
            "Rangierlokomotive",
            "mit",
            "Grundschullehrerin",
            "Bildungsmaßnahme",
        ];
        let text = (0..300)
            .map(|i| compounds[(i * 5 + i / 7) % compounds.len()])
            .collect::<Vec<_>>()
            .join(" ");
        let book = |language| one_story("en-US", ("zug.txt", "Zug"), language, &text);
        let german = Hyphenation::for_language("de");
        let is_german = |(w, at): &(String, usize)| german.breaks(w).contains(at);
        let (de, _) = typeset(&book(Some("de")), &PdfSettings::default());
        let de = splits(&de);
        assert!(de.len() >= 3, "{de:?}");
        assert!(de.iter().all(is_german), "{de:?}");
        // Set by the book's English patterns, the same story breaks elsewhere: the
        // story's language is what made the difference.
        let (en, _) = typeset(&book(None), &PdfSettings::default());
        assert_ne!(splits(&en), de);
    }

    /// An English note over a Russian story (`afterword_language`, as the source stage
    /// finds it) is hyphenated by English patterns; set by the story's Russian patterns,
    /// which know no Latin letters, none of its words broke.
    #[test]
    fn a_note_in_another_language_than_the_story_is_hyphenated_by_its_own_patterns() {
        use crate::render::pdf::hyphenate::Hyphenation;
        let long = [
            "extraordinarily",
            "the",
            "responsibilities",
            "misunderstanding",
            "and",
            "characterisation",
            "acknowledgement",
            "for",
            "uncharacteristically",
            "recommendations",
            "correspondence",
            "with",
            "unquestionably",
            "grandmothers",
        ];
        let note = (0..300)
            .map(|i| long[(i * 5 + i / 7) % long.len()])
            .collect::<Vec<_>>()
            .join(" ");
        let book = |note_language: Option<&str>| {
            let text = "Поезд пришёл вовремя, и проводница улыбнулась.";
            let mut b = one_story("en-GB", ("poezd.txt", "Поезд"), Some("ru"), text);
            let ch = &mut b.chapters[0];
            ch.afterword = vec![Block::Paragraph(vec![Inline::Text(note.clone())])];
            ch.afterword_language = note_language.map(str::to_string);
            b
        };
        let english = Hyphenation::for_language("en-GB");
        let is_english = |(w, at): &(String, usize)| english.breaks(w).contains(at);
        let (own, _) = typeset(&book(Some("en-GB")), &PdfSettings::default());
        let own = splits(&own);
        assert!(own.len() >= 3, "{own:?}");
        assert!(own.iter().all(is_english), "{own:?}");
        let (story, _) = typeset(&book(None), &PdfSettings::default());
        assert_eq!(splits(&story), Vec::new());
    }
}
