//! Paragraph composition, words: each word shaped, measured and cut at its break
//! opportunities (dashes, UAX #14, hyphenation patterns) once per book and face.

use super::super::fonts::FontKey;
use super::super::hyphenate::{Hyphenation, address_breaks};
use super::super::shape::{Run, Shaped, Shaper, Sharded};
use std::sync::Arc;

/// Words longer than this (in characters) are not looked up in the hyphenation patterns.
/// Dictionary words reach about 80 letters (German's joke compounds); counted in bytes,
/// a 35-letter Russian or a 60-letter German word with an umlaut was over the old limit
/// of 64 and was cut without a hyphen wherever the measure ran out.
const MAX_HYPHENATED_CHARS: usize = 100;

/// A word in one face, ready to set: shaped, measured and cut at its break
/// opportunities. A pure function of (face, text) for a book's hyphenation patterns, so
/// each is made once per book and shared by every thread (see [`WordCache`]).
#[derive(Debug)]
pub struct SetWord {
    pub(crate) shaped: Arc<Shaped>,
    /// Width in ems, summed over the runs as [`push_box`] sums them.
    pub(crate) width: f32,
    /// When the word is one run with break opportunities: the pieces between them.
    pub(crate) pieces: Vec<Piece>,
}

#[derive(Debug)]
pub(crate) struct Piece {
    pub(crate) run: Arc<Run>,
    /// Width in ems.
    pub(crate) width: f32,
    /// The break after this piece; `None` for the last piece.
    pub(crate) cut: Option<Cut>,
}

/// A break opportunity inside a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Cut {
    /// A dictionary hyphenation point: a hyphen is added at the line end.
    Hyphen,
    /// A hyphenation point in a capitalised word (a name): taken only when nothing else
    /// fits.
    NameHyphen,
    /// After a hyphen the word has ("mother-in-law"): nothing is added, but the line
    /// ends in a hyphen as much as at a dictionary break, and is counted as one.
    Explicit,
    /// After a hyphen before a capital: inside a double-barrelled name
    /// ("Fairweather-Lyle"), split as rarely as a name is hyphenated.
    ExplicitName,
    /// After a dash, or where UAX #14 allows a break (after a slash): nothing is added.
    /// (Breaks between ideographs are made between words, see `words`.)
    Plain,
    /// Inside a web or e-mail address, at its punctuation: nothing is added.
    Address,
    /// Before a dash joined to the letter before it ("then|—suddenly"): allowed by UAX
    /// #14, but the line after it opens with a closed-up dash, so taken as rarely as a
    /// hyphen is.
    BeforeDash,
}

/// Width in ems of `runs` set one after another.
pub(crate) fn ems(runs: &[Arc<Run>]) -> f32 {
    runs.iter().map(|r| r.width()).sum::<f32>()
}

impl SetWord {
    pub(crate) fn new(
        shaper: &mut Shaper,
        hyphenation: &Hyphenation,
        font: FontKey,
        text: &str,
    ) -> Self {
        let shaped = shaper.shape(font, text);
        let width = ems(&shaped.runs);
        // Break opportunities exist only inside a word set as one run (the common case),
        // and never in a word set right to left: Arabic and Hebrew are not hyphenated.
        let mut pieces = Vec::new();
        if let [run] = shaped.runs.as_slice()
            && !run.rtl
        {
            let breaks = word_breaks(&run.text, hyphenation);
            if !breaks.is_empty() {
                let offsets: Vec<usize> = breaks.iter().map(|b| b.0).collect();
                for (piece, cut) in run.split_all(&offsets) {
                    let run = Arc::new(piece);
                    pieces.push(Piece {
                        width: ems(std::slice::from_ref(&run)),
                        run,
                        cut: cut.map(|k| breaks[k].1),
                    });
                }
            }
        }
        SetWord {
            shaped,
            width,
            pieces,
        }
    }
}

/// Set words by (face, text), shared by every thread typesetting a book. Each thread's
/// [`Composer`] keeps the words it has met in a map of its own in front of this one, so
/// a repeated word costs one lookup without a lock.
#[derive(Default)]
pub struct WordCache(Sharded<SetWord>);

impl WordCache {
    pub(crate) fn get(
        &self,
        shaper: &mut Shaper,
        hyphenation: &Hyphenation,
        font: FontKey,
        text: &str,
    ) -> Arc<SetWord> {
        self.0
            .get_or(font, text, || SetWord::new(shaper, hyphenation, font, text))
    }
}

/// Whether the break at byte `at` follows the slash of a short compound: a unit ("km/h",
/// "m/s", "kg/m³") or a pair like "and/or" or "he/him", at most three letters each side,
/// which a line must not split, though UAX #14 allows a break after any slash.
fn unit_slash(word: &str, at: usize) -> bool {
    let (before, after) = word.split_at(at);
    let Some(before) = before.strip_suffix('/') else {
        return false;
    };
    let letters = |s: &mut dyn Iterator<Item = char>| {
        let n = s
            .take_while(|c| c.is_alphabetic() || "²³".contains(*c))
            .count();
        (1..=3).contains(&n)
    };
    letters(&mut before.chars().rev()) && letters(&mut after.chars())
}

/// Whether the break at byte `at` comes before a dash joined to the letter before it
/// ("then|—suddenly"): UAX #14 allows a break on either side of an em dash, but a line
/// opening with a closed-up dash reads as a new speech (Spanish, French) or a slip, so a
/// joined dash goes at the end of its line where it can (see [`Cut::BeforeDash`]).
fn dash_joined(word: &str, at: usize) -> bool {
    let (before, after) = word.split_at(at);
    after.starts_with(['\u{2014}', '\u{2013}'])
        && before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// Break opportunities inside a word (text between spaces), ascending.
///
/// A web or e-mail address breaks only where [`address_breaks`] says, with nothing
/// added. Other words: after an em or en dash (before a letter, a digit or an opening
/// mark), or a hyphen between letters (a costlier break, and as costly as a name's
/// hyphenation inside a capitalised compound or before a capital); wherever Unicode's
/// line breaking algorithm (UAX #14) allows one inside the word (after a slash or a
/// zero-width space); otherwise at the hyphenation points of the book's language. A
/// capitalised word (a name, or a sentence's first word) gets the costlier name
/// hyphen.
///
/// In German every noun is capitalised, so there every noun is priced as a name and
/// only lower-case words hyphenate freely. Known and kept: pricing German nouns as
/// ordinary words (measured on anthology3's German story and a German-only book) traded
/// a loose line or two for more hyphens (print 2.4% -> 2.7%) and would split a town's
/// name ('Kellinghusen') as readily as any noun; telling names from nouns needs a
/// lexicon the patterns do not have.
pub(super) fn word_breaks(word: &str, hyph: &Hyphenation) -> Vec<(usize, Cut)> {
    if let Some(breaks) = address_breaks(word) {
        return breaks.into_iter().map(|b| (b, Cut::Address)).collect();
    }
    let mut out: Vec<(usize, Cut)> = Vec::new();
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    // Whether the compound being read (from the last space, a no-break one inside a
    // name included) starts with a capital.
    let mut capital = None;
    for w in chars.windows(2) {
        let ((_, a), (j, b)) = (w[0], w[1]);
        if a.is_whitespace() {
            capital = None;
        } else if capital.is_none() && a.is_alphabetic() {
            capital = Some(a.is_uppercase());
        }
        if matches!(a, '—' | '–') && (b.is_alphanumeric() || matches!(b, '“' | '‘' | '(' | '«'))
        {
            // Not before what closes ("—”", "—)"): the mark would open the next line.
            out.push((j, Cut::Plain));
        } else if a == '-' && b.is_alphabetic() {
            // Inside a name: a capital after the hyphen ("Okonjo-Fairweather",
            // "al-Rashid"), or a capitalised compound ("Jae-won", "Kai-shek"; a
            // sentence's first word too, as for dictionary breaks below).
            let name = b.is_uppercase() || capital == Some(true);
            out.push((
                j,
                if name {
                    Cut::ExplicitName
                } else {
                    Cut::Explicit
                },
            ));
        }
    }
    if !word.is_ascii() {
        for (at, _) in unicode_linebreak::linebreaks(word) {
            if at >= word.len() || out.iter().any(|(o, _)| *o == at) || unit_slash(word, at) {
                continue;
            }
            let cut = if dash_joined(word, at) {
                Cut::BeforeDash
            } else {
                Cut::Plain
            };
            out.push((at, cut));
        }
    }
    // Longer than any dictionary word: patterns would only invent breaks, and the word
    // gets emergency breaks where the measure runs out instead.
    if out.is_empty()
        && word.len() <= 4 * MAX_HYPHENATED_CHARS
        && word.chars().count() <= MAX_HYPHENATED_CHARS
    {
        let name = word
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase);
        let cut = if name { Cut::NameHyphen } else { Cut::Hyphen };
        out.extend(hyph.breaks(word).into_iter().map(|b| (b, cut)));
    }
    out.sort();
    out
}
