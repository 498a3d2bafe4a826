//! Inline parsing: a paragraph's text → [`Inline`]s with emphasis and strong emphasis.
//!
//! Input: one raw paragraph. Output: text, emphasis and strong runs. `*word*` and
//! `_word_` mark emphasis, `**word**` and `__word__` strong emphasis, when the markers sit
//! at word edges (an opener before a non-space, a closer after one); anything unmatched
//! stays literal, so `2 * 3 * 4` and `snake_case_name` survive untouched. Chinese and
//! Japanese put no spaces between words, so a CJK character or mark beside a marker
//! counts as a word edge: `他*真的*走了` is emphasis. A `\n` left in
//! the text by the paragraph stage is a line break that matters (verse, a letter's
//! closing) and becomes [`Inline::LineBreak`].

use crate::model::Inline;
use crate::typography::is_cjk;

/// Deeper nesting than this is treated as literal text: no real story needs it, and it
/// bounds the recursion on hostile input.
const MAX_DEPTH: usize = 16;

/// Parses emphasis markers in `text`; each `\n` becomes a line break.
pub fn parse(text: &str) -> Vec<Inline> {
    let untick = without_code_ticks(text);
    let text = untick.as_deref().unwrap_or(text);
    let unlinked = link_text(text);
    let text = unlinked.as_deref().unwrap_or(text);
    // Most paragraphs have no marker at all: skip the character-level work.
    if !text.bytes().any(|b| b == b'*' || b == b'_') {
        if text.is_empty() {
            return Vec::new();
        }
        return line_breaks(vec![Inline::Text(text.to_string())]);
    }
    let chars: Vec<char> = text.chars().collect();
    let runs = Runs::new(&chars);
    let mut out = Vec::new();
    parse_range(&chars, &runs, 0, chars.len(), 0, &mut out);
    line_breaks(merge_text(out))
}

/// `text` without the backticks of Markdown code spans (`` `[9:58 PM]` `` → `[9:58 PM]`):
/// a backtick at a word's start and its partner at a word's end on the same line, with
/// text between that neither opens nor closes with a space. A story prints the words, not
/// the marks. `None` when there are none (a lone backtick, "`Tis", stays).
fn without_code_ticks(text: &str) -> Option<String> {
    if !text.contains('`') {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let edge = |c: Option<&char>| c.is_none_or(|c| !c.is_alphanumeric());
    let mut drop = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '`' && edge(i.checked_sub(1).and_then(|j| chars.get(j))) {
            let close = (i + 1..chars.len())
                .take_while(|&j| chars[j] != '\n')
                .find(|&j| chars[j] == '`');
            if let Some(j) = close
                && j > i + 1
                && !chars[i + 1].is_whitespace()
                && !chars[j - 1].is_whitespace()
                && edge(chars.get(j + 1))
            {
                drop[i] = true;
                drop[j] = true;
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    drop.iter().any(|&d| d).then(|| {
        chars
            .iter()
            .zip(&drop)
            .filter(|(_, d)| !**d)
            .map(|(c, _)| c)
            .collect()
    })
}

/// `text` with Markdown's links read as their words: `[words](url)` and `![words](url)`
/// as `words`, an autolink `<https://…>` as its address. A book has no links to follow,
/// and a reader should see the words, not the marks (an author's "find me on
/// [tumblr](https://…)"). Only where the part in brackets is followed at once by an
/// address in parentheses (no spaces in it, or a quoted title after it); `None` when
/// there is no such link.
pub(crate) fn link_text(text: &str) -> Option<String> {
    if !text.contains("](") && !text.contains("<http") {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while !rest.is_empty() {
        let next = rest.find(['[', '<']).unwrap_or(rest.len());
        out.push_str(&rest[..next]);
        rest = &rest[next..];
        if let Some((words, len)) = link_at(rest) {
            // An image's `!` goes with it.
            if out.ends_with('!') && rest.starts_with('[') {
                out.pop();
            }
            out.push_str(words);
            rest = &rest[len..];
            changed = true;
        } else if let Some(c) = rest.chars().next() {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    changed.then_some(out)
}

/// The words of a link at the start of `s` and its length in bytes (see [`link_text`]).
fn link_at(s: &str) -> Option<(&str, usize)> {
    if let Some(inner) = s.strip_prefix('<') {
        let end = inner.find('>')?;
        let url = &inner[..end];
        let address = url.starts_with("http://") || url.starts_with("https://");
        return (address && !url.contains(char::is_whitespace)).then_some((url, end + 2));
    }
    let inner = s.strip_prefix('[')?;
    // The words end at the bracket that closes the first, on the same line.
    let mut depth = 0usize;
    let mut close = None;
    for (i, c) in inner.char_indices() {
        match c {
            '\n' => return None,
            '[' => depth += 1,
            ']' if depth == 0 => {
                close = Some(i);
                break;
            }
            ']' => depth -= 1,
            _ => {}
        }
    }
    let close = close.filter(|&c| c > 0)?;
    let words = &inner[..close];
    let target = inner[close + 1..].strip_prefix('(')?;
    let end = target.find(')')?;
    let dest = target[..end].trim();
    // The address, and perhaps a title in quotes after it: `(url "title")`.
    let (url, title) = dest.split_once(' ').unwrap_or((dest, ""));
    let titled = title.is_empty() || (title.starts_with('"') && title.ends_with('"'));
    let linkish = !url.is_empty() && titled && !url.contains(char::is_whitespace);
    linkish.then_some((words, 1 + close + 2 + end + 1))
}

/// Splits every text run at its `\n`s into text and [`Inline::LineBreak`]s, at any depth
/// (emphasis may run across a kept line, as it may across a joined one).
fn line_breaks(inlines: Vec<Inline>) -> Vec<Inline> {
    if !inlines.iter().any(has_newline) {
        return inlines;
    }
    let mut out = Vec::with_capacity(inlines.len() + 4);
    for i in inlines {
        match i {
            Inline::Text(t) if t.contains('\n') => {
                for (k, part) in t.split('\n').enumerate() {
                    if k > 0 {
                        out.push(Inline::LineBreak);
                    }
                    if !part.is_empty() {
                        out.push(Inline::Text(part.to_string()));
                    }
                }
            }
            Inline::Emphasis(c) => out.push(Inline::Emphasis(line_breaks(c))),
            Inline::Strong(c) => out.push(Inline::Strong(line_breaks(c))),
            other => out.push(other),
        }
    }
    out
}

fn has_newline(i: &Inline) -> bool {
    match i {
        Inline::Text(t) => t.contains('\n'),
        Inline::Emphasis(c) | Inline::Strong(c) => c.iter().any(has_newline),
        Inline::LineBreak | Inline::NoteRef { .. } => false,
    }
}

/// The marker runs of a paragraph, found once: for every position, the length of the
/// maximal `*`/`_` run starting there (0 elsewhere), and for each marker kind the sorted
/// positions of runs that can close. Finding a closer is then a binary search, so a
/// paragraph full of unmatched markers costs O(n log n), not O(n²).
struct Runs {
    /// Run length at each position where a maximal run of 1 or 2 markers starts.
    len_at: Vec<u8>,
    /// Closer positions for `*`, `**`, `_`, `__`.
    closers: [Vec<usize>; 4],
}

fn kind(c: char, len: usize) -> usize {
    (if c == '*' { 0 } else { 2 }) + (len - 1)
}

impl Runs {
    fn new(chars: &[char]) -> Runs {
        let mut len_at = vec![0u8; chars.len()];
        let mut closers: [Vec<usize>; 4] = Default::default();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c != '*' && c != '_' {
                i += 1;
                continue;
            }
            let len = chars[i..].iter().take_while(|&&d| d == c).count();
            // Longer runs (`***`, `____`) are rules or decoration: always literal.
            if len <= 2 {
                len_at[i] = len as u8;
                if can_close(chars, i, len) {
                    closers[kind(c, len)].push(i);
                }
            }
            i += len;
        }
        Runs { len_at, closers }
    }

    /// A run of one marker character starting at `i`: (marker, run length).
    fn at(&self, chars: &[char], i: usize) -> Option<(char, usize)> {
        let len = *self.len_at.get(i)? as usize;
        (len > 0).then(|| (chars[i], len))
    }

    /// The first closer of kind `(c, len)` in `from + 1 .. end` (content is never empty).
    fn closer(&self, from: usize, end: usize, c: char, len: usize) -> Option<usize> {
        let v = &self.closers[kind(c, len)];
        let k = v.partition_point(|&j| j <= from);
        v.get(k).copied().filter(|&j| j < end)
    }
}

/// Whether a marker beside `c` stands at a word's edge: the paragraph's end, a space,
/// punctuation, or a CJK character or mark (CJK writes no spaces between words).
fn is_boundary(c: Option<&char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || (c.is_ascii_punctuation() && *c != '*' && *c != '_')
                || is_unicode_punct(*c)
                || is_cjk(*c)
        }
    }
}

fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '‘' | '’' | '—' | '–' | '…' | '«' | '»' | '¡' | '¿'
    )
}

fn can_open(chars: &[char], i: usize, len: usize) -> bool {
    let before = if i == 0 { None } else { chars.get(i - 1) };
    let after = chars.get(i + len);
    // CJK inside the marker is a word edge too: `用Rust*写*的`.
    (is_boundary(before) || after.is_some_and(|&c| is_cjk(c)))
        && after.is_some_and(|c| !c.is_whitespace())
}

fn can_close(chars: &[char], i: usize, len: usize) -> bool {
    let before = if i == 0 { None } else { chars.get(i - 1) };
    let after = chars.get(i + len);
    before.is_some_and(|c| !c.is_whitespace())
        && (is_boundary(after) || before.is_some_and(|&c| is_cjk(c)))
}

fn parse_range(
    chars: &[char],
    runs: &Runs,
    start: usize,
    end: usize,
    depth: usize,
    out: &mut Vec<Inline>,
) {
    let mut text = String::new();
    let mut i = start;
    let mut steps = 0;
    while i < end {
        steps += 1;
        let run = if depth < MAX_DEPTH {
            runs.at(chars, i)
        } else {
            None
        };
        if let Some((c, len)) = run {
            let closer = if can_open(chars, i, len) {
                runs.closer(i + len, end, c, len)
            } else {
                None
            };
            if let Some(close) = closer {
                if !text.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut text)));
                }
                let mut inner = Vec::new();
                parse_range(chars, runs, i + len, close, depth + 1, &mut inner);
                let inner = merge_text(inner);
                out.push(if len == 2 {
                    Inline::Strong(inner)
                } else {
                    Inline::Emphasis(inner)
                });
                i = close + len;
            } else {
                // Not an emphasis marker: keep the whole run literally.
                text.extend(&chars[i..i + len]);
                i += len;
            }
            continue;
        }
        text.push(chars[i]);
        i += 1;
    }
    crate::work::add(crate::work::Work::InlineSteps, steps);
    if !text.is_empty() {
        out.push(Inline::Text(text));
    }
}

/// Joins adjacent text runs.
fn merge_text(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(inlines.len());
    for i in inlines {
        match (out.last_mut(), i) {
            (Some(Inline::Text(a)), Inline::Text(b)) => a.push_str(&b),
            (_, i) => out.push(i),
        }
    }
    out
}

/// `inl` without the emphasis around it when it is one emphasised run and nothing else
/// (spaces aside): `*A/N: thanks!*` as `A/N: thanks!`.
pub(crate) fn unwrap_whole_emphasis(inl: &mut Vec<Inline>) {
    let blank = |i: &Inline| matches!(i, Inline::Text(t) if t.trim().is_empty());
    let mut content = inl.iter().enumerate().filter(|(_, i)| !blank(i));
    let (Some((k, Inline::Emphasis(_))), None) = (content.next(), content.next()) else {
        return;
    };
    if let Inline::Emphasis(children) = inl.remove(k) {
        inl.splice(k..k, children);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plain_text;

    fn t(s: &str) -> Inline {
        Inline::Text(s.into())
    }
    fn em(v: Vec<Inline>) -> Inline {
        Inline::Emphasis(v)
    }
    fn strong(v: Vec<Inline>) -> Inline {
        Inline::Strong(v)
    }

    /// A Markdown code span prints its text without the backticks; a lone backtick, or
    /// one inside a word, stays.
    #[test]
    fn links_are_read_as_their_words() {
        assert_eq!(
            parse("Find me on [tumblr](https://ink.tumblr.com) or <https://ink.example>."),
            [t("Find me on tumblr or https://ink.example.")]
        );
        assert_eq!(
            parse("A [*drawing*](https://x.example/a.png \"art\") and ![the map](map.png)."),
            [t("A "), em(vec![t("drawing")]), t(" and the map.")]
        );
        // Brackets that are no link stay: an aside with a space before its parenthesis,
        // a footnote marker, a comparison, an address with a space in it.
        for s in [
            "[Sighs] (quietly)",
            "[1]",
            "a < b and c > d",
            "[x](not a link)",
        ] {
            assert_eq!(parse(s), [t(s)], "{s}");
        }
    }

    #[test]
    fn code_spans_lose_their_backticks() {
        assert_eq!(
            parse("`[9:58 PM]` **dana.k:** ok"),
            vec![t("[9:58 PM] "), strong(vec![t("dana.k:")]), t(" ok")]
        );
        assert_eq!(parse("`Tis the season."), vec![t("`Tis the season.")]);
        assert_eq!(parse("a`b`c"), vec![t("a`b`c")]);
        assert_eq!(parse("run `ls -l` now"), vec![t("run ls -l now")]);
    }

    #[test]
    fn stars_and_underscores() {
        assert_eq!(
            parse("a *b c* d _e_."),
            vec![
                t("a "),
                em(vec![t("b c")]),
                t(" d "),
                em(vec![t("e")]),
                t(".")
            ]
        );
        assert_eq!(
            parse("**A/N:** hi"),
            vec![strong(vec![t("A/N:")]), t(" hi")]
        );
        assert_eq!(
            parse("__bold__ and *it **both** it*"),
            vec![
                strong(vec![t("bold")]),
                t(" and "),
                em(vec![t("it "), strong(vec![t("both")]), t(" it")])
            ]
        );
    }

    #[test]
    fn nested() {
        assert_eq!(
            parse("*a _b_ c*"),
            vec![em(vec![t("a "), em(vec![t("b")]), t(" c")])]
        );
    }

    #[test]
    fn literal_when_unmatched_or_inside_words() {
        for s in [
            "2 * 3 * 4",
            "snake_case_name",
            "a * b",
            "*open",
            "close*",
            "5*3*2",
        ] {
            assert_eq!(parse(s), vec![t(s)], "{s}");
        }
    }

    #[test]
    fn emphasis_across_a_joined_hard_wrap() {
        // Paragraph splitting joins wrapped lines with a space before inline parsing.
        assert_eq!(
            parse("she *never once thought* so"),
            vec![t("she "), em(vec![t("never once thought")]), t(" so")]
        );
    }

    #[test]
    fn unmatched_markers_are_fast_and_literal() {
        // 200 000 openers and no closer: quadratic scanning would take minutes.
        let s = "*a ".repeat(100_000) + &"_b ".repeat(100_000);
        let work = crate::work::Work::InlineSteps;
        let before = crate::work::on_this_thread(work);
        let p = parse(&s);
        let steps = crate::work::on_this_thread(work) - before;
        assert_eq!(p, vec![t(&s)]);
        // Linear work: each position visited a few times, not once per opener.
        eprintln!("steps {steps} len {}", s.len());
        assert!(
            steps < 8 * s.len() as u64,
            "{steps} steps for {} bytes",
            s.len()
        );
    }

    #[test]
    fn newlines_are_line_breaks_even_inside_emphasis() {
        assert_eq!(
            parse("Roses are red,\n*violets\nare* blue"),
            vec![
                t("Roses are red,"),
                Inline::LineBreak,
                em(vec![t("violets"), Inline::LineBreak, t("are")]),
                t(" blue")
            ]
        );
        assert_eq!(parse("a\nb"), vec![t("a"), Inline::LineBreak, t("b")]);
    }

    #[test]
    fn emphasis_beside_cjk_characters_and_marks() {
        // Inside a sentence with no spaces.
        assert_eq!(
            parse("他*真的*走了"),
            vec![t("他"), em(vec![t("真的")]), t("走了")]
        );
        // Beside full-width and CJK punctuation on either side.
        assert_eq!(
            parse("封面写着《*半日闲*》。「_ありがとう_」と言った。"),
            vec![
                t("封面写着《"),
                em(vec![t("半日闲")]),
                t("》。「"),
                em(vec![t("ありがとう")]),
                t("」と言った。")
            ]
        );
        assert_eq!(
            parse("真的，*走了*！（**一定**）"),
            vec![
                t("真的，"),
                em(vec![t("走了")]),
                t("！（"),
                strong(vec![t("一定")]),
                t("）")
            ]
        );
        // Strong emphasis and Hangul.
        assert_eq!(
            parse("他**从来**没有"),
            vec![t("他"), strong(vec![t("从来")]), t("没有")]
        );
        assert_eq!(
            parse("나는 **정말** 갔다"),
            vec![t("나는 "), strong(vec![t("정말")]), t(" 갔다")]
        );
        // A Latin word against CJK text: the CJK side is the word edge.
        assert_eq!(
            parse("用Rust*写*的"),
            vec![t("用Rust"), em(vec![t("写")]), t("的")]
        );
    }

    #[test]
    fn lone_or_spaced_markers_beside_cjk_stay_literal() {
        for s in [
            "他*走了",
            "他走了*",
            "他 * 走了 * 吧",
            "价格是2*3*4元",
            "变量snake_case_name很长",
            "他***走***了",
        ] {
            assert_eq!(parse(s), vec![t(s)], "{s}");
        }
    }

    #[test]
    fn long_runs_stay_literal() {
        assert_eq!(parse("***wow***"), vec![t("***wow***")]);
        assert_eq!(parse("a ____ b"), vec![t("a ____ b")]);
    }

    #[test]
    fn deep_nesting_is_bounded_and_keeps_text() {
        let s = "*_".repeat(5000) + "x" + &"_*".repeat(5000);
        let p = parse(&s);
        assert!(plain_text(&p).contains('x'));
    }
}
