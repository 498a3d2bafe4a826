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
/// first word. The width is the 98th percentile of the broken lines' lengths, so one
/// stray long line does not widen it; the file counts as wrapped when that width is
/// at least 50 columns and at least half the breaks had no room for the next word.
/// Verse, lists and sentences set one per line leave room at most breaks.
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
    let w = pairs[pairs.len() / 50].0;
    let near = pairs.iter().filter(|p| p.0 + WRAP_SPREAD >= w).count();
    let full = pairs.iter().filter(|p| p.0 + 1 + p.1 > w).count();
    (w >= MIN_WRAP && near * 2 >= pairs.len() && full * 2 >= pairs.len()).then_some(w)
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
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<&str> {
        s.lines().collect()
    }

    const PROSE78: &str = "The ferry came in late that evening, and the harbour master walked down to\n\
        meet it with his lantern held high against the wind. Nobody got off. He stood\n\
        there a long while, listening to the water knock against the pilings, before\n\
        he turned for home and the fire he had left burning in the small front room.\n\
        His wife had gone to bed. He sat up alone with the newspaper and did not read\n\
        it, and the clock on the mantel ticked on towards midnight without him.";

    #[test]
    fn wrap_width_of_a_wrapped_file() {
        let pairs = |ls: &[&'static str]| ls.windows(2).map(|w| (w[0], w[1])).collect::<Vec<_>>();
        // The longest line a greedy wrap at 78 happened to leave.
        assert_eq!(wrap_width(pairs(&lines(PROSE78)).into_iter()), Some(77));
        // Verse alone is not a hard wrap, nor are sentences set one per line.
        let verse = lines(
            "The river bends below the hill, and the mill\nAnd I go down to meet it by the water\nThe water runs as water will\nAnd I will not repeat it",
        );
        assert_eq!(wrap_width(pairs(&verse).into_iter()), None);
        let sentences = lines(
            "The ferry left at six.\nAmira was on it, with one bag and a book she did not open.\nThe island got smaller and then it was gone.\nShe did not look back.",
        );
        assert_eq!(wrap_width(pairs(&sentences).into_iter()), None);
    }

    #[test]
    fn wrapped_prose_is_joined() {
        let (layout, keep) = decide(&lines(PROSE78), Some(78), false);
        assert_eq!(layout, Layout::Wrapped);
        assert!(keep.iter().all(|k| !k));
    }

    #[test]
    fn verse_in_a_wrapped_file_keeps_its_lines() {
        let verse = lines(
            "The river bends below the hill,\nAnd I go down to meet it;\nThe water runs as water will\nand I will not repeat it.",
        );
        let (layout, keep) = decide(&verse, Some(78), false);
        assert_eq!(layout, Layout::Kept);
        assert_eq!(keep, [true, true, true]);
    }

    #[test]
    fn lowercase_verse_in_a_wrapped_file_keeps_its_lines() {
        let verse = lines(
            "the river takes\nwhat the river wants\nand gives back stones\nin the morning light",
        );
        assert_eq!(
            decide(&verse, Some(78), false),
            (Layout::Short, vec![true; 3])
        );
        // Without a wrap width to compare with, the same lines read as hand-wrapped prose.
        assert_eq!(decide(&verse, None, false).0, Layout::RunOn);
        // A line near the width was filled by the wrapper: the paragraph is prose.
        let prose = lines(
            "the ferry came in late that evening and the harbour master walked down to\nmeet it",
        );
        assert!(!decide(&prose, Some(78), false).0.keeps());
    }

    #[test]
    fn run_on_lines_far_short_of_the_files_longest_are_spare() {
        let stanza = lines(
            "I kept the light on the northern stair\nwhen the ships came home with salt in their hair,\nand the gulls went up like a thrown white scarf\nover the boards of the broken wharf.",
        );
        assert_eq!(decide(&stanza, None, false).0, Layout::RunOn);
        // Beside a line of 72 characters nobody wrapped, no wrapper broke these.
        assert!(is_spare(&stanza, 72));
        // Beside nothing longer than themselves, they may be prose wrapped narrow.
        assert!(!is_spare(&stanza, 50));
        let prose = lines(
            "The carriage was nearly empty. Oskar read the same page\nthree times and could not\nremember a single word of it.",
        );
        assert!(!is_spare(&prose, 66));
    }

    #[test]
    fn hand_wrapped_prose_runs_on_and_is_joined() {
        let p = lines(
            "The carriage was nearly empty. Oskar read the same page\nthree times and *could not\nremember* a single word of it.",
        );
        assert_eq!(decide(&p, None, false).0, Layout::RunOn);
        let p = lines("Juliette climbed over it anyway,\ntearing her hem on the latch.");
        assert_eq!(decide(&p, None, false).0, Layout::RunOn);
    }

    #[test]
    fn closings_and_addresses_keep_their_lines() {
        for s in [
            "With all my love,\nMarius",
            "Yours ever,\nC.",
            "14 Rue Plumet\nParis\nFrance",
        ] {
            assert_eq!(decide(&lines(s), Some(78), false).0, Layout::Kept, "{s}");
            assert_eq!(decide(&lines(s), None, false).0, Layout::Kept, "{s}");
        }
    }

    #[test]
    fn every_break_is_kept_in_an_unwrapped_file() {
        let verse = lines("and the river runs\nand the river turns\nand nobody knows");
        assert_eq!(decide(&verse, None, false).0, Layout::RunOn);
        assert_eq!(
            decide(&verse, None, true),
            (Layout::Typed, vec![true, true])
        );
    }

    #[test]
    fn chats() {
        assert!(is_chat(&lines("cosette: where r u\nmarius: library")));
        assert!(is_chat(&lines(
            "Cosette: where are you\nMarius: library\nCosette: come home"
        )));
        assert!(is_chat(&lines(
            "[21:04] Cosette: hi\n[21:05] Marius: hello"
        )));
        assert!(is_chat(&lines("<coz> hi\n<marius_p> hey")));
        // A fic header names each field once.
        assert!(!is_chat(&lines(
            "Title: Glass\nRating: K+\nSummary: A garden."
        )));
        assert!(!is_chat(&lines("She said: no.\nAnd left.")));
        assert!(!is_chat(&lines("title: glass\nrating: t\npairing: a/b")));
    }

    #[test]
    fn sentences_one_per_line_only_when_unwrapped() {
        let p = lines("He left.\nShe stayed.\nThe clock struck nine.");
        assert!(is_sentence_per_line(&p, None));
        assert!(!is_sentence_per_line(&p, Some(78)));
        assert!(!is_sentence_per_line(&p[..2], None));
        assert!(!is_sentence_per_line(&lines("Love,\nMarius"), None));
    }

    #[test]
    fn japanese_text_is_one_paragraph_a_line() {
        let p = ["\u{3000}雪が降った。", "「寒いね」", "\u{3000}彼は頷いた。"];
        assert!(is_cjk_paragraphs(&p));
        assert!(is_cjk_paragraphs(&["二月", "\u{3000}朝が来た。"]));
        // Verse lines with no indent and no sentence end keep their lines as verse.
        assert!(!is_cjk_paragraphs(&["古池や", "蛙飛び込む", "水の音"]));
        // Latin text is never read this way.
        assert!(!is_cjk_paragraphs(&["She came.", "\u{3000}He left."]));
        assert!(!is_cjk_paragraphs(&["\u{3000}雪。"]));
    }
}
