//! Pagination stage, what its tests share: lines and blocks spelled as codes, a
//! chapter's opener, and how short a page ends. Print 6×9in: Charis 11/14.3, 330 points
//! wide.

use super::*;
use crate::render::pdf::frame::LineKind;

pub(super) const LEADING: f32 = 14.3;
pub(super) const MEASURE: f32 = 330.0;

/// Lines as `code` spells them, `height` tall, named `b.i` after block `b`: a letter a
/// line (`j` a justified line, `L` one spaced loose, `h` one ending in a hyphen, `l` a
/// short last line, `F` a last line that runs to the margin, `c` a centred line).
pub(super) fn lines(b: usize, code: &str, height: f32) -> Vec<SetLine> {
    let line = |(i, c): (usize, char)| SetLine {
        height,
        runs: Vec::new(),
        text: format!("{b}.{i}"),
        kind: match c {
            'h' => LineKind::Hyphenated,
            'l' | 'F' => LineKind::Last,
            'c' => LineKind::Centered,
            _ => LineKind::Justified,
        },
        end: if c == 'F' { MEASURE } else { MEASURE / 2.0 },
        loose: c == 'L',
        label: 0,
        hyphenable: true,
    };
    code.chars().enumerate().map(line).collect()
}

/// A paragraph of `code`'s lines, `height` tall, on the body grid.
pub(super) fn block(b: usize, code: &str, height: f32) -> VBlock {
    VBlock {
        lines: lines(b, code, height),
        space_before: 0.0,
        keep_with_next: false,
        keep_with_previous: false,
        breakable: true,
        grid: Some(LEADING),
        flex: false,
        give: false,
        tight: false,
    }
}

/// A chapter's opener as the book sets it: its heading, the author's note's label and
/// the note's two lines, off the grid (blocks 0–2).
pub(super) fn opener() -> Vec<VBlock> {
    vec![
        VBlock {
            keep_with_next: true,
            breakable: false,
            grid: None,
            ..block(0, "c", 22.88)
        },
        VBlock {
            space_before: 28.6,
            keep_with_next: true,
            breakable: false,
            grid: None,
            ..block(1, "c", 12.155)
        },
        VBlock {
            space_before: 7.15,
            grid: None,
            ..block(2, "jl", 13.156)
        },
    ]
}

/// Lines short of a full page `height` tall at the foot of `page`, by its last line.
pub(super) fn short(page: &[Placed], height: f32) -> usize {
    let foot = page
        .last()
        .map_or(0.0, |l| l.0 + LEADING * (1.0 - BASELINE_SHARE));
    ((height - foot) / LEADING).round() as usize
}

/// Each paragraph's settings by looseness (0 its best), by block.
pub(super) type Settings = HashMap<(usize, i32), Vec<SetLine>>;

/// A story as a bench anthology's chapter sets it, under [`opener`] with the author's
/// note's lines spelled `note`: `story` one word a block, a letter a line (see
/// [`lines`]), each paragraph's setting a line shorter (after `<`) and a line longer
/// (after `>`) where the line breaker finds one; `#c` a heading inside the story (a line
/// of white above, half a line below). The story's first line has two lines of white
/// above it.
pub(super) fn story(note: &str, story: &str) -> (Vec<VBlock>, Settings) {
    let mut blocks = opener();
    blocks[2].lines = lines(2, note, 13.156);
    let mut alts = HashMap::new();
    for (k, word) in story.split_whitespace().enumerate() {
        let b = k + 3;
        if let Some(code) = word.strip_prefix('#') {
            blocks.push(VBlock {
                space_before: LEADING,
                keep_with_next: true,
                breakable: false,
                grid: None,
                flex: true,
                ..block(b, code, LEADING)
            });
            continue;
        }
        let code = word.split(['<', '>']).next().unwrap_or(word);
        for (mark, n) in [('<', -1), ('>', 1)] {
            if let Some((_, rest)) = word.split_once(mark) {
                let alt = rest.split(['<', '>']).next().unwrap_or(rest);
                alts.insert((b, n), lines(b, alt, LEADING));
            }
        }
        alts.insert((b, 0), lines(b, code, LEADING));
        let mut blk = block(b, code, LEADING);
        if blocks.last().is_some_and(|p: &VBlock| p.flex) {
            blk.space_before = LEADING / 2.0;
        }
        blocks.push(blk);
    }
    blocks[3].space_before = 2.0 * LEADING;
    (blocks, alts)
}

/// Pages of `blocks` in a text area `height` tall under an opener's sink `drop`, facing
/// if `spreads`, each paragraph set again from `alts`; and how many settings were asked.
pub(super) fn set_story(
    (blocks, alts): (Vec<VBlock>, Settings),
    (height, drop): (f32, f32),
    spreads: bool,
) -> (Vec<Vec<Placed>>, Vec<usize>, usize) {
    let balance = Balance {
        leading: LEADING,
        spreads,
        measure: MEASURE,
    };
    let mut asked = 0;
    let mut rebreak = |b: usize, ask: Ask| {
        asked += 1;
        match ask.unhyphenated {
            None => alts.get(&(b, ask.looseness)).cloned(),
            Some(_) => None,
        }
    };
    let (pages, lens) = paginate_with(blocks, (height, drop), balance, &mut rebreak);
    (pages, lens, asked)
}

/// Lines short of full at the foot of each page `height` tall of `pages`, by its last
/// line of text (a heading inside the story, a block of `headings`, is not text: facing
/// pages are level by their text).
pub(super) fn text_shorts(pages: &[Vec<Placed>], height: f32, headings: &[usize]) -> Vec<usize> {
    let heading = |l: &&Placed| {
        let b: usize = (l.1.text.split('.').next())
            .and_then(|b| b.parse().ok())
            .unwrap_or(0);
        headings.contains(&b)
    };
    let foot = |page: &Vec<Placed>| {
        (page.iter().rev().find(|l| !heading(l)))
            .map_or(0.0, |l| l.0 + LEADING * (1.0 - BASELINE_SHARE))
    };
    pages
        .iter()
        .map(|p| ((height - foot(p)) / LEADING).round() as usize)
        .collect()
}

/// Whether `shorts` (lines short per page of a chapter, the first a recto) keep the
/// rules: no page but the last two lines short, and in print each verso level with
/// its recto unless that is the chapter's last.
pub(super) fn keeps_rules(shorts: &[usize], spreads: bool) -> bool {
    let last = shorts.len() - 1;
    let short = shorts[..last].iter().all(|&s| s < 2);
    let level = !spreads
        || (1..last)
            .step_by(2)
            .all(|v| v + 1 >= last || shorts[v] == shorts[v + 1]);
    short && level
}
