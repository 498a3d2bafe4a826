//! Paragraph composition, items: a paragraph's words as boxes, glue and penalties for
//! the line breaker, with hyphens, dash breaks, emergency cuts and hanging punctuation.

use super::setword::{Cut, ems};
use super::{Align, Composer, Para, Payload, Style};
use crate::render::pdf::linebreak::{INFINITY, Item, Kind, Options};
use crate::render::pdf::shape::Run;
use std::sync::Arc;

/// Where a paragraph's items go: the items, their payloads, and the runs of boxes that
/// are no single set word.
type Out<'a> = (
    &'a mut Vec<Item>,
    &'a mut Vec<Payload>,
    &'a mut Vec<Vec<Arc<Run>>>,
);

/// Cost of a hyphenated break. TeX's default of 50 gave a hyphen at the end of one
/// line in fourteen (one in seven on the test anthology's long words); book
/// typographers want fewer than one in twenty-five. Measured on that anthology: 150
/// gave 4.7–5.1%, 300 gave 3.0–3.5% (with the shrink below); 400, with three per cent
/// letter-spacing for loose lines, gives 2.4/2.1% there and 3.6/2.9% on the second,
/// hand-written anthology (dialogue, names), with fewer loose lines than 300 gave.
const HYPHEN_PENALTY: f32 = 400.0;
/// Cost of a break at a hyphen the word has ("well-/timed", "600-/page"): the line
/// ends in a hyphen as at a dictionary break, and a reader counts it as one, but the
/// word is not cut where it was not already joined, so it costs a little less (TeX
/// prices the two alike). At 100 such breaks were taken to spare a line spaces 1.4
/// times their width, and made a fifth of anthology4's hyphenated lines. Measured on
/// the four test anthologies, with the rule that a hyphen must save a loose line (see
/// `Breaker::break_with`), 300 took up to three more lines ending in a hyphen off
/// each book but anthology4 (whose "600-/page" stays, in print, to fill a page), for
/// at most one loose line more (without that rule, 300 raised loose lines by a
/// tenth); 400 took no more off anthology4 and raised anthology3's print loose lines
/// by one to three.
const EXPLICIT_HYPHEN_PENALTY: f32 = 300.0;
/// Cost of hyphenating a capitalised word (a name: "Val-jean", "Lon-don"): near the
/// forbidding [`INFINITY`], so it happens only when every other way is far worse.
const NAME_HYPHEN_PENALTY: f32 = 2_000.0;
/// Stretch of the gap between two ideographs, in ems: CJK text has no word spaces, so
/// a justified line stretches here instead.
const IDEOGRAPHIC_STRETCH: f32 = 0.15;
/// Cost of breaking between two ideographs of a CJK word inside a paragraph of spaced
/// text ("木漏れ/日" in an English sentence): legal by UAX #14, but the word spaces
/// are where such a line should break, so priced like a name's hyphen: only when every
/// other way is far worse.
const IDEOGRAPHIC_IN_SPACED_PENALTY: f32 = 2_000.0;
/// Cost of breaking after a dash inside a word ("then—suddenly"): cheaper than a hyphen,
/// since no character is added, but not free.
const DASH_PENALTY: f32 = 30.0;
/// Cost of breaking before a dash joined to the word before it ("sister|—for the best
/// part"), which opens the next line with the dash: as dear as a hyphen, so taken only
/// where it saves a loose line. Forbidden outright, the 80-book bed lost 50 of its 131
/// such line openings and gained 7 loose lines of 2,737.
const BEFORE_DASH_PENALTY: f32 = 400.0;
/// Cost of breaking a web or e-mail address at its punctuation ("example/.org"): like a
/// hyphen, so that an address that would leave a line very loose is broken, but an
/// address that fits is not.
const ADDRESS_PENALTY: f32 = 400.0;
/// Cost of breaking inside a word too wide for the measure (a long URL): between any two
/// characters, with no hyphen, because otherwise it would run into the margin. High, so
/// such a word is broken only where it must be.
const EMERGENCY_PENALTY: f32 = 1_000.0;
/// Interword glue may stretch by half a space (TeX's proportion) and shrink by two
/// fifths: a slightly tight line reads better than a loose one or a broken word, and
/// TeX's third left a hyphen or a loose line where a little tightening would do.
const SPACE_STRETCH: f32 = 0.5;
const SPACE_SHRINK: f32 = 0.4;
/// Extra demerits for a hyphen on a narrow measure (about the price of a line with
/// word spaces 1.6 times their width): the fewer words a line holds, the more often a
/// line is loose without one, and at 5×8in (25 ems, about 54 characters a line) the
/// hyphens the breaker bought reached 4–6% of lines where a wider measure keeps 2–3%.
const NARROW_HYPHEN_DEMERITS: f32 = 200_000.0;
/// Letter-spacing a justified line may take on a narrow measure beyond the usual
/// allowance (`LETTER_SPACING`), as a share of its letters' width: it takes up what
/// the dearer hyphens leave (a hundredth more: a fortieth of an em between letters in
/// all, still below what a reader sees as spaced type).
const NARROW_SPACING: f32 = 0.01;
/// Measures, in ems of the text size, from which a narrow measure's allowances start
/// (A5 and 6×9in measures are about 29 and 30 ems, 5.5×8.5in 27.5–29) and at which
/// they are whole (5×8in: 25–26 ems), in proportion between.
const NARROW_FROM: f32 = 28.5;
const NARROW_AT: f32 = 27.0;

/// A narrow measure's allowances on a measure of `measure` points at `size` points:
/// extra demerits per hyphen and extra letter-spacing, none on a book's usual measure
/// nor for a paragraph not letter-spaced or not hyphenated (`opts`). `dear`: hyphens
/// dearer still, by as much again as a narrow measure's, and the letter-spacing whole
/// whatever the measure (a paragraph set again to keep a book to its hyphen budget, see
/// [`Composer::dear_hyphens`]).
pub(super) fn narrow(measure: f32, size: f32, opts: &Options, dear: bool) -> (f32, f32) {
    if opts.letter_spacing <= 0.0 || opts.no_hyphens {
        return (0.0, 0.0);
    }
    let ems = measure / size.max(1.0);
    let share = ((NARROW_FROM - ems) / (NARROW_FROM - NARROW_AT)).clamp(0.0, 1.0);
    if dear {
        return (NARROW_HYPHEN_DEMERITS * (1.0 + share), NARROW_SPACING);
    }
    (NARROW_HYPHEN_DEMERITS * share, NARROW_SPACING * share)
}

impl Composer<'_> {
    pub(super) fn items(&mut self, style: &Style, measure: f32, para: &mut Para) {
        let Para {
            words,
            items,
            payload,
            extra,
            verse,
            hang,
            ..
        } = para;
        let size = style.size;
        // Punctuation hangs into the margin at the end of a justified or ragged line,
        // not of a centred one: there it would only push the line off centre, and a
        // one-word title's hyphen past the margin.
        let hangs = style.align != Align::Center;
        if style.indent > 0.0 && style.align != Align::Center {
            items.push(Item::boxed(style.indent));
            payload.push(Payload::None);
        }
        // A stanza's typed line (from 0) being itemised, and its indent.
        let mut typed = 0;
        let indent_of = |k: usize| verse.get(k).or(verse.last()).copied().unwrap_or(0.0);
        if indent_of(0) > 0.0 {
            items.push(Item::boxed(indent_of(0)));
            payload.push(Payload::None);
        }
        // A paragraph with more word spaces than breaks between ideographs is spaced text
        // with CJK words in it: its lines justify at the word spaces only, so the
        // ideographs of a word stay set solid (and text extraction reads them as one
        // word), and they break apart only at a price.
        let cjk = words.ideographic();
        let mut forced = words.breaks.iter().copied().peekable();
        for wi in 0..words.len() {
            let word = words.get(wi);
            if forced.next_if_eq(&wi).is_some() {
                // A line break that matters: end the line here, unjustified, as a
                // paragraph ends.
                items.push(Item::glue(0.0, INFINITY, 0.0));
                payload.push(Payload::None);
                items.push(Item::penalty(0.0, -INFINITY, false));
                payload.push(Payload::None);
                typed += 1;
                if indent_of(typed) > 0.0 {
                    items.push(Item::boxed(indent_of(typed)));
                    payload.push(Payload::None);
                }
            } else if words.gapped[wi] && cjk {
                // Between ideographs: no space, but room to justify a line of text
                // that has no word spaces.
                items.push(Item::glue(0.0, IDEOGRAPHIC_STRETCH * size, 0.0));
                payload.push(Payload::Gap);
            } else if words.gapped[wi] {
                // Between the ideographs of a CJK word in spaced text: set solid, and a
                // dear break.
                items.push(Item::penalty(0.0, IDEOGRAPHIC_IN_SPACED_PENALTY, false));
                payload.push(Payload::None);
                items.push(Item::glue(0.0, 0.0, 0.0));
                payload.push(Payload::Gap);
            } else if wi > 0 {
                let space = (self.space_ems(word[0].font) * size).max(size * 0.2);
                let (stretch, shrink) = match style.align {
                    Align::Justify => (space * SPACE_STRETCH, space * SPACE_SHRINK),
                    // Ragged text: any line may end short, so lines break where the
                    // measure runs out rather than being justified.
                    _ => (size * 3.0, 0.0),
                };
                let next = (wi + 1 < words.len()).then(|| words.chars(wi + 1));
                let clinging = clings(words.chars(wi), next);
                if clinging {
                    // A spaced dash or a closing mark stays on the line of the word
                    // before it; the space still stretches and shrinks.
                    items.push(Item::penalty(0.0, INFINITY, false));
                    payload.push(Payload::None);
                }
                if verse.is_empty() || clinging {
                    items.push(Item::glue(space, stretch, shrink));
                    payload.push(Payload::None);
                } else {
                    hanging_space(items, payload, space, stretch, indent_of(typed) + *hang);
                }
            }
            if let [segment] = word {
                let id = self.word(segment.font, words.text(segment));
                self.push_word(id, (items, payload, extra), (size, measure, hangs));
                continue;
            }
            // Emphasis starts or ends inside the word. An address in it (an italic e-mail
            // address before a roman comma) keeps its breaks: each part is set on its
            // own, the address in its pieces. Otherwise no breaks inside the word.
            let ids: Vec<u32> = word
                .iter()
                .map(|s| self.word(s.font, words.text(s)))
                .collect();
            let address = ids.iter().any(|&id| {
                self.words[id as usize]
                    .pieces
                    .iter()
                    .any(|p| p.cut == Some(Cut::Address))
            });
            if address {
                for id in ids {
                    self.push_word(id, (items, payload, extra), (size, measure, hangs));
                }
                continue;
            }
            // Emphasis starts or ends inside the word: no breaks inside it.
            let mut runs: Vec<Arc<Run>> = Vec::new();
            for id in ids {
                let shaped = &self.words[id as usize].shaped;
                self.missing.extend(shaped.missing.iter().copied());
                runs.extend(shaped.runs.iter().cloned());
            }
            let p = Payload::Extra(extra.len() as u32);
            if push_box(
                items,
                payload,
                extra,
                (ems(&runs), &runs),
                p,
                (size, measure, hangs),
            ) {
                extra.push(runs);
            }
        }
        items.push(Item::glue(0.0, INFINITY, 0.0));
        payload.push(Payload::None);
        items.push(Item::penalty(0.0, -INFINITY, false));
        payload.push(Payload::None);
    }

    /// Pushes set word `id`: one box, or its pieces with the breaks between them.
    fn push_word(
        &mut self,
        id: u32,
        (items, payload, extra): Out<'_>,
        (size, measure, hangs): (f32, f32, bool),
    ) {
        let w = &self.words[id as usize];
        if !w.shaped.missing.is_empty() {
            self.missing.extend(w.shaped.missing.iter().copied());
        }
        if w.pieces.is_empty() {
            let runs = &w.shaped.runs;
            let p = Payload::Word(id);
            push_box(
                items,
                payload,
                extra,
                (w.width, runs),
                p,
                (size, measure, hangs),
            );
            return;
        }
        for k in 0..w.pieces.len() {
            let piece = &self.words[id as usize].pieces[k];
            let (font, cut) = (piece.run.font, piece.cut);
            let runs = std::slice::from_ref(&piece.run);
            let p = Payload::Piece(id, k as u32);
            push_box(
                items,
                payload,
                extra,
                (piece.width, runs),
                p,
                (size, measure, hangs),
            );
            let Some(cut) = cut else { continue };
            // The hyphen hangs into the margin like other punctuation.
            let hung = if hangs { hang_share('-') } else { 0.0 };
            let mut hyphen_width = || ems(&self.hyphen(font).runs) * size * (1.0 - hung);
            let item = match cut {
                Cut::Hyphen => Item::penalty(hyphen_width(), HYPHEN_PENALTY, true),
                Cut::NameHyphen => Item::penalty(hyphen_width(), NAME_HYPHEN_PENALTY, true),
                // The word's own hyphen ends the line: no width added, but
                // priced and counted as a hyphenated line.
                Cut::Explicit => Item::penalty(0.0, EXPLICIT_HYPHEN_PENALTY, true),
                Cut::ExplicitName => Item::penalty(0.0, NAME_HYPHEN_PENALTY, true),
                Cut::Plain => Item::penalty(0.0, DASH_PENALTY, false),
                Cut::Address => Item::penalty(0.0, ADDRESS_PENALTY, false),
                Cut::BeforeDash => Item::penalty(0.0, BEFORE_DASH_PENALTY, false),
            };
            items.push(item);
            payload.push(Payload::None);
        }
    }
}

/// A word space in a stanza, ragged right, after which a turnover starts `hang` in
/// from the measure's left edge: the break is a penalty after stretch that ends the
/// line short; unbroken, the items sum to the space's width and no stretch; broken,
/// the glue after the penalty vanishes at the line's start and an empty box keeps the
/// indent that follows it (Knuth and Plass's construction for ragged and hanging
/// lines).
fn hanging_space(
    items: &mut Vec<Item>,
    payload: &mut Vec<Payload>,
    space: f32,
    stretch: f32,
    hang: f32,
) {
    for it in [
        Item::glue(0.0, stretch, 0.0),
        Item::penalty(0.0, 0.0, false),
        Item::glue(space - hang, -stretch, 0.0),
        Item::boxed(0.0),
        Item::penalty(0.0, INFINITY, false),
        Item::glue(hang, 0.0, 0.0),
    ] {
        items.push(it);
        payload.push(Payload::None);
    }
}

/// Whether a word of these characters may not start a line, given the next word's
/// (none at the paragraph's end): a closing quote or bracket set apart by a space, or a
/// spaced dash that ends a speech or a paragraph ("can't — ”", "can't —”", "and then —").
/// A line that opens with "— ”" reads as a new speech. A spaced dash inside a sentence
/// ("waited – patiently") may still start a line, as may a dash joined to its word
/// (Spanish "—contestó", a French dialogue dash).
#[inline]
fn clings(word: impl Iterator<Item = char>, next: Option<impl Iterator<Item = char>>) -> bool {
    let dash = |c: char| matches!(c, '\u{2013}' | '\u{2014}' | '\u{2015}');
    // Marks that close what came before: quotes and brackets (English and French), and
    // the punctuation after them.
    let closing = |c: char| {
        matches!(
            c,
            '\u{201D}'
                | '\u{2019}'
                | '\u{00BB}'
                | '\u{203A}'
                | ')'
                | ']'
                | ','
                | ';'
                | ':'
                | '!'
                | '?'
        )
    };
    let tail = |c: char| dash(c) || closing(c) || c == '.' || c == '\u{2026}';
    let (mut first, mut closes) = (None, false);
    for c in word {
        if !tail(c) {
            return false;
        }
        first.get_or_insert(c);
        closes |= closing(c);
    }
    match first {
        Some(c) if closing(c) => true,
        Some(c) if dash(c) => {
            closes || next.is_none_or(|mut n| n.next().is_some_and(closing) && n.all(tail))
        }
        _ => false,
    }
}

/// Appends a box for `runs` (part of a word, `ems` wide) set by `p`, and returns true; or,
/// if it is wider than the measure, boxes for pieces of it with emergency breaks between
/// them, and returns false.
///
/// A word wider than the measure (a 100,000-character line without spaces, a long URL)
/// is broken between glyph clusters wherever the measure runs out, without a hyphen:
/// every character is set exactly once, and text extraction gives the word back whole
/// but split across lines. The first piece leaves room for what its line holds before
/// it (a paragraph's indent: "“NOOOO…" opening a paragraph ran a tenth of an inch past
/// the margin). Such a paragraph usually cannot be set within the tolerance (the pieces
/// have no glue to stretch), so the line breaker falls back to first-fit for it.
fn push_box(
    items: &mut Vec<Item>,
    payload: &mut Vec<Payload>,
    extra: &mut Vec<Vec<Arc<Run>>>,
    (ems, runs): (f32, &[Arc<Run>]),
    p: Payload,
    (size, measure, hangs): (f32, f32, bool),
) -> bool {
    let width: f32 = ems * size;
    if width <= measure || size <= 0.0 {
        let hang = match runs.last() {
            Some(r) if hangs => protrusion(r) * size,
            _ => 0.0,
        };
        items.push(Item::hanging(width, hang));
        payload.push(p);
        return true;
    }
    let mut first = true;
    for run in runs {
        // A later run of the word (another face) goes on the line of the last piece.
        let room = (measure - held(items)).max(measure / 4.0);
        for piece in run.chunks(room / size, measure / size) {
            if !std::mem::take(&mut first) {
                items.push(Item::penalty(0.0, EMERGENCY_PENALTY, false));
                payload.push(Payload::None);
            }
            items.push(Item::boxed(piece.width() * size));
            payload.push(Payload::Extra(extra.len() as u32));
            extra.push(vec![Arc::new(piece)]);
        }
    }
    false
}

/// The width a line starting at the last break in `items` already holds: what follows
/// that break and does not vanish at a line's start (a paragraph's indent, a stanza's
/// hanging indent), or everything so far if there is no break yet.
fn held(items: &[Item]) -> f32 {
    let breaks = |i: usize| match items[i].kind {
        Kind::Penalty => items[i].penalty < INFINITY,
        Kind::Glue => i > 0 && items[i - 1].kind == Kind::Box,
        Kind::Box => false,
    };
    let start = match (0..items.len()).rev().find(|&i| breaks(i)) {
        // Glue and penalties after a break vanish up to the line's first box.
        Some(b) => (b + 1..items.len())
            .find(|&i| items[i].kind == Kind::Box)
            .unwrap_or(items.len()),
        None => 0,
    };
    items[start..]
        .iter()
        .filter(|it| it.kind != Kind::Penalty)
        .map(|it| it.width)
        .sum()
}

/// How far the last glyph of `run` may hang into the right margin at a line end, in
/// ems: a share of its advance, as microtype's defaults give for a book face (stops,
/// commas, quotes and the hyphen most, dashes and colons less), so the right edge
/// looks straight to the eye rather than to the ruler.
fn protrusion(run: &Run) -> f32 {
    let (Some(c), Some(g)) = (run.text.chars().next_back(), run.glyphs.last()) else {
        return 0.0;
    };
    g.advance * hang_share(c)
}

/// The share of a glyph's advance that hangs into the right margin.
fn hang_share(c: char) -> f32 {
    match c {
        '.' | ',' | '-' | '\u{2010}' | '\u{2019}' | '\u{201D}' | '\'' | '"' => 0.7,
        '\u{2013}' | ':' | ';' => 0.5,
        '\u{2014}' => 0.3,
        '!' | '?' => 0.2,
        _ => 0.0,
    }
}
