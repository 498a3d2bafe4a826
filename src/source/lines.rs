//! Line breaks inside a paragraph: which are hard wraps to join, which matter.
//!
//! Input: the lines of one blank-line separated block, and the file's wrap width (found
//! once per file by [`wrap_width`]). Output: a [`Layout`] per paragraph saying which
//! breaks to keep and why. Verse, lyrics, a letter's closing, an address and a chat log
//! keep their lines; prose that an editor or a tool wrapped at 72, 78 or 80 columns is
//! joined. `paragraphs` applies the decision; `story` reports it.

/// What was decided about the line breaks of one paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// One line: nothing to decide.
    #[default]
    Single,
    /// Hard-wrapped prose: every line ran out of room, so the lines are joined.
    Wrapped,
    /// Lines short enough to have held the next word, but they run on (a lowercase word
    /// after no stop), so they read as prose wrapped by hand and are joined.
    RunOn,
    /// Short lines, each opening a new phrase: verse, lyrics, a closing, an address.
    Kept,
    /// In a hard-wrapped file, lines that all stop well short of the wrap width with
    /// room for the next word: no wrapper broke them, so each break was typed (verse in
    /// lowercase, without stops, as much of it is written).
    Short,
    /// In a file with no wrap width (few lines were broken), lines that all stop well
    /// short of the file's longest line, each with room for the next word: whoever set
    /// that line would have set the next word on these too, so each break was typed
    /// (rhymed verse with lines that run on: "I kept the light on the northern stair /
    /// when the ships came home"). Only where two such paragraphs of three lines or more
    /// show the file to hold verse (see `paragraphs`).
    Spare,
    /// Every line opens with a speaker (`name:`, `<name>`, a time): a chat log.
    Chat,
    /// The file is not wrapped (its paragraphs are single long lines), so every line
    /// break inside a paragraph was typed on purpose.
    Typed,
    /// Markdown hard line breaks (two spaces or a backslash at a line's end) mark the
    /// breaks to keep; the others are decided as in any paragraph.
    Marked,
}

impl Layout {
    /// Whether the paragraph keeps some of its line breaks.
    pub fn keeps(self) -> bool {
        matches!(
            self,
            Layout::Kept
                | Layout::Short
                | Layout::Spare
                | Layout::Chat
                | Layout::Typed
                | Layout::Marked
        )
    }
}

/// Wrap widths below this are not hard wraps of prose (nobody wraps prose that narrow),
/// so a file whose multi-line blocks are all shorter is verse or notes, not wrapped.
pub(crate) const MIN_WRAP: usize = 50;
/// Lines longer than this are never a hard wrap (`paragraphs` makes each its own
/// paragraph), so they say nothing about the wrap width.
const MAX_WRAP: usize = 100;
/// A wrapped line's length is within this of the wrap width for most lines: the room
/// left is less than the next word.
const WRAP_SPREAD: usize = 15;

/// The fewest breaks in a file for its longest broken line to be set aside as a stray
/// (see [`wrap_width`]).
const STRAY_MIN_BREAKS: usize = 12;

/// Characters in a line, not bytes.
fn len(line: &str) -> usize {
    line.trim().chars().count()
}

fn first_word(line: &str) -> &str {
    line.split_whitespace().next().unwrap_or("")
}

/// The width a file was hard-wrapped at, if it was.
///
/// `breaks` are the pairs of a line and the line after it in the same block: the only
/// places a wrapper broke. A tool or an editor that wraps greedily at W leaves most
/// lines within a word's length of W and no room on any line for the next line's
/// first word. The width is the 98th percentile of the broken lines' lengths, so a
/// stray long line does not widen it; the file counts as wrapped when that width is
/// at least 50 columns and at least half the breaks had no room for the next word.
/// Verse, lists and sentences set one per line leave room at most breaks.
///
/// In a short file the 98th percentile is its longest line, and one line a wrapper
/// could not break where it would (a link pandoc keeps whole, a URL in a header) would
/// set the width too wide for any other line to have been full at it. So where that
/// width shows no wrap, and the file has a dozen breaks or more, the width under that
/// one line is tried too.
pub fn wrap_width<'a>(breaks: impl Iterator<Item = (&'a str, &'a str)>) -> Option<usize> {
    let mut pairs: Vec<(usize, usize)> = breaks
        .filter(|(l, _)| l.trim().contains(' '))
        .map(|(l, next)| (len(l), first_word(next).chars().count()))
        .filter(|&(n, _)| n <= MAX_WRAP)
        .collect();
    if pairs.len() < 3 {
        return None;
    }
    pairs.sort_unstable_by_key(|p| std::cmp::Reverse(p.0));
    let stray = pairs.len() / 50;
    // The longest line set aside in the second try is left out of the counts too; a
    // handful of breaks (a list, a stanza) is too few to call one line of them a stray.
    let tries: &[&[(usize, usize)]] = match pairs.len() >= STRAY_MIN_BREAKS {
        true => &[&pairs[..], &pairs[1..]],
        false => &[&pairs[..]],
    };
    tries.iter().find_map(|pairs| {
        let w = pairs.get(stray)?.0;
        let near = pairs.iter().filter(|p| p.0 + WRAP_SPREAD >= w).count();
        let full = pairs.iter().filter(|p| p.0 + 1 + p.1 > w).count();
        let enough = near * 2 >= pairs.len() && full * 2 >= pairs.len();
        (w >= MIN_WRAP && enough).then_some(w)
    })
}

/// Well-known wrap widths, named in `inspect`.
pub fn width_name(w: usize) -> &'static str {
    match w {
        78 => " (FanFicFare's width)",
        72 | 76 | 80 => " (a mail or editor width)",
        _ => "",
    }
}

/// Whether a line ends a phrase: a stop, a colon or semicolon, a question or an
/// exclamation, possibly inside closing quotes, brackets or emphasis markers.
fn ends_phrase(line: &str) -> bool {
    let t = line
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*', '_', '~']);
    t.ends_with(['.', '!', '?', '…', ':', ';', '—'])
}

/// Whether a line ends a sentence (a stop, `!`, `?`, `…`), possibly inside closing
/// quotes, brackets or emphasis markers.
fn ends_sentence(line: &str) -> bool {
    let t = line
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*', '_', '~']);
    t.ends_with(['.', '!', '?', '…'])
}

/// Whether the next line carries on the previous one's sentence: it opens with a
/// lowercase letter and the line before ends without a stop (a comma or nothing).
fn runs_on(prev: &str, next: &str) -> bool {
    next.trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
        && !ends_phrase(prev)
}

/// A speaker tag at the start of a chat line: an optional time (`[12:04]`, `12:04`),
/// then `name:` (one to three words, at most 24 characters) or `<name>`. Returns the
/// tag's name, lowercase, and whether a time was given.
fn speaker(line: &str) -> Option<(String, bool)> {
    let mut t = line.trim_start();
    let mut timed = false;
    // A time first: "[12:04]", "(12:04 pm)", "12:04".
    let open = t.starts_with(['[', '(']);
    let body = t.trim_start_matches(['[', '(']);
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) && body[digits..].starts_with(':') {
        let rest = &body[digits + 1..];
        let mins = rest.chars().take_while(char::is_ascii_digit).count();
        if mins == 2 {
            let mut after = &rest[2..];
            after = after.trim_start_matches(|c: char| {
                c.is_ascii_digit() || matches!(c, ':' | ' ' | 'a' | 'p' | 'm' | 'A' | 'P' | 'M')
            });
            if open {
                after = after.strip_prefix([']', ')'])?;
            }
            t = after.trim_start();
            timed = true;
        }
    }
    if let Some(rest) = t.strip_prefix('<') {
        let end = rest.find('>')?;
        let name = &rest[..end];
        return is_handle(name).then(|| (name.to_lowercase(), timed));
    }
    let (name, rest) = t.split_once(':')?;
    let name = name.trim_end();
    // "Cosette (12:04)": a time after the name.
    let name = match name.split_once(" (") {
        Some((n, time)) if time.ends_with(')') && time.contains(|c: char| c.is_ascii_digit()) => {
            timed = true;
            n
        }
        _ => name,
    };
    (is_handle(name) && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| (name.to_lowercase(), timed))
}

/// A name or screen name: one to three words of letters, digits, `_ . - '`, at most 24
/// characters.
fn is_handle(name: &str) -> bool {
    let words = name.split_whitespace().count();
    (1..=3).contains(&words)
        && name.chars().count() <= 24
        && name.chars().next().is_some_and(char::is_alphanumeric)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '.' | '-' | '\'' | '’'))
}

/// Field names of fic headers and notes, never a speaker.
const HEADER_LABELS: &[&str] = &[
    "title",
    "author",
    "authors",
    "rating",
    "rated",
    "pairing",
    "pairings",
    "fandom",
    "fandoms",
    "summary",
    "warning",
    "warnings",
    "characters",
    "character",
    "word count",
    "words",
    "disclaimer",
    "note",
    "notes",
    "genre",
    "genres",
    "category",
    "categories",
    "status",
    "a/n",
    "an",
    "tags",
    "prompt",
    "beta",
    "spoilers",
    "relationships",
    "series",
    "cw",
    "tw",
    "dedication",
    "chapters",
    "published",
    "updated",
    "url",
    "link",
];

/// Whether a block is a chat log: every line opens with a speaker, and either a speaker
/// speaks twice, a time is given, or the names are screen names (lowercase, digits,
/// underscores). A fic header (`Title:`, `Rating:`) names each field once, in capitals,
/// so it is never a chat.
pub fn is_chat(lines: &[&str]) -> bool {
    // The channel's own lines ("[21:02] *** nightowl has joined #loadingdock") speak for
    // no one.
    let system = |l: &&&str| {
        let t = l.trim_start();
        let t = match t.strip_prefix('[').and_then(|r| r.split_once(']')) {
            Some((time, rest)) if time.contains(':') => rest.trim_start(),
            _ => t,
        };
        t.starts_with("***") || t.starts_with("-!-")
    };
    let spoken: Vec<&str> = lines.iter().filter(|l| !system(l)).copied().collect();
    let lines = &spoken[..];
    if lines.len() < 2 {
        return false;
    }
    let Some(tags) = lines
        .iter()
        .map(|l| speaker(l))
        .collect::<Option<Vec<(String, bool)>>>()
    else {
        return false;
    };
    // A header block in lowercase ("title: …", "rating: …") is not a chat.
    if tags
        .iter()
        .any(|(n, _)| HEADER_LABELS.contains(&n.as_str()))
    {
        return false;
    }
    let repeats = tags
        .iter()
        .enumerate()
        .any(|(i, (n, _))| tags[..i].iter().any(|(m, _)| m == n));
    let timed = tags.iter().any(|t| t.1);
    let handles = lines.iter().all(|l| {
        let first = l.trim_start().trim_start_matches('<');
        first.starts_with(|c: char| c.is_lowercase())
            || first.split([':', '>']).next().is_some_and(|n| {
                n.contains(['_', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
            })
    });
    repeats || timed || handles
}

/// Whether `c` is kana or a CJK ideograph.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// Whether a block of Japanese or Chinese text (`raw` lines, indents kept) is one
/// paragraph a line, as such text is kept: each line either opens with the
/// ideographic space that indents a paragraph or an opening bracket of dialogue
/// (「『（), or follows a line that ends a sentence (。！？」』). Nobody hard-wraps text
/// without spaces between its words, so a line break in it was typed.
pub fn is_cjk_paragraphs(raw: &[&str]) -> bool {
    let cjk = |l: &str| {
        let t = l.trim();
        let n = t.chars().filter(|&c| is_cjk(c)).count();
        n > 0 && n * 2 >= t.chars().filter(|c| c.is_alphanumeric()).count() && !t.contains(' ')
    };
    raw.len() >= 2
        && raw.iter().all(|l| cjk(l))
        && raw.windows(2).all(|w| {
            w[1].starts_with(['\u{3000}', '「', '『', '（'])
                || w[0]
                    .trim_end()
                    .ends_with(['。', '！', '？', '」', '』', '…'])
        })
}

/// Whether every line of a block of three or more ends a sentence: in a file that is
/// not hard-wrapped, such a block is paragraphs separated by single line breaks, one
/// per line. (Two such lines keep their break instead: the same look, less guessing.)
pub fn is_sentence_per_line(lines: &[&str], wrap: Option<usize>) -> bool {
    wrap.is_none() && lines.len() >= 3 && lines.iter().all(|l| ends_sentence(l))
}

/// Whether a run-on paragraph in a file with no wrap width is [`Layout::Spare`]: every
/// line but the last stops [`WRAP_SPREAD`] columns or more short of the file's `longest`
/// line (at least [`MIN_WRAP`]) with room there for the next line's first word.
pub fn is_spare(lines: &[&str], longest: usize) -> bool {
    longest >= MIN_WRAP
        && lines.len() >= 2
        && lines.windows(2).all(|w| {
            len(w[0]) + WRAP_SPREAD < longest
                && len(w[0]) + 1 + first_word(w[1]).chars().count() <= longest
        })
}

/// Decides which breaks of a paragraph's lines to keep; `keep[i]` is the break after
/// line `i`. In an `unwrapped` file (no wrap width, and paragraphs written as single
/// lines longer than any wrap) every break is kept. The paragraph keeps its lines when at least two thirds of its breaks had
/// room for the next word (so no wrapper made them) and open a new phrase (the line
/// before ends one, or the next starts with a capital, a digit, a quote or a mark);
/// then every break with room is kept, and a break without room (a long line of verse
/// that was itself wrapped) is joined.
pub fn decide(lines: &[&str], wrap: Option<usize>, unwrapped: bool) -> (Layout, Vec<bool>) {
    let breaks = lines.len().saturating_sub(1);
    if breaks == 0 {
        return (Layout::Single, Vec::new());
    }
    if unwrapped {
        return (Layout::Typed, vec![true; breaks]);
    }
    let room: Vec<bool> = lines
        .windows(2)
        .map(|w| wrap.is_none_or(|wd| len(w[0]) + 1 + first_word(w[1]).chars().count() <= wd))
        .collect();
    let new_phrase: Vec<bool> = lines.windows(2).map(|w| !runs_on(w[0], w[1])).collect();
    let qualifying = (0..breaks).filter(|&i| room[i] && new_phrase[i]).count();
    if qualifying * 3 >= breaks * 2 {
        return (Layout::Kept, room);
    }
    // A wrapped file's wrapper fills lines to within a word of the width; lines that all
    // stop far short of it, each with room for the next word, were broken by hand.
    if let Some(wd) = wrap
        && room.iter().all(|&r| r)
        && lines[..breaks].iter().all(|l| len(l) + WRAP_SPREAD < wd)
    {
        return (Layout::Short, room);
    }
    let layout = if room.iter().any(|&r| r) {
        Layout::RunOn
    } else {
        Layout::Wrapped
    };
    (layout, vec![false; breaks])
}

#[cfg(test)]
mod tests;
