//! Field-block headers and forum buttons: the `Title:`/`Pairing:`/`Rating:` blocks that
//! LiveJournal, Dreamwidth and FanFiction.Net pastes open with, and the "Click to
//! expand..." a forum post's quote or spoiler box leaves in a paste. ("Crossposted to …"
//! lines are [`super::crosspost`]'s.)
//!
//! Input: a story file as [`Doc`] lines. Output: the fields filed into the chapter's
//! metadata, the author's words (summary, notes, disclaimer) in the preface as written,
//! and the title and byline.

use super::bylines::{bare_name_over_note, is_name, local_byline, name_on, one_line_byline};
use super::doc::{Doc, file_hit, read_fields};
use super::fields::{self, CategoryIs, Field};
use super::notes::talk_signs;
use super::parts::is_title_line;
use entry::{entry_head, is_bracketed_title};

mod entry;

/// How many words a sentence has at least, told from a title ("Wait, What?").
const SENTENCE_WORDS: usize = 7;

/// Whether a field's value is a sentence: a clause parted by a comma, with its stop.
fn is_sentence(v: &str) -> bool {
    let v = v.trim();
    v.ends_with(['.', '!', '?', '"', '”'])
        && v.contains(',')
        && v.split_whitespace().count() >= SENTENCE_WORDS
}

/// A LiveJournal/Dreamwidth/FanFiction.Net style header: `Label: value` fields at the
/// top, one a line or one a paragraph, perhaps under a title line and a `by` line. At
/// least one field must be plain metadata (`Rating:`, `Pairing:`, `Fandom:` …) and there
/// must be two fields, or a `Title:`, or a title and a `by` line above the one field: a
/// lone `Warning:` or `Disclaimer:` is a note.
pub(crate) fn field_block(doc: &mut Doc, allow_title: bool) -> bool {
    entry_head(doc);
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    // An epigraph over the title and its byline (a quotation over its attribution,
    // "— from the ledgers of …"): the title and byline under it are the header, the
    // epigraph the story's first lines.
    if let Some((t, b)) = under_epigraph(doc, first) {
        return title_and_byline(doc, t, b, allow_title);
    }
    let mut start = first;
    let mut title_line = None;
    let mut by_line = None;
    // "The Lantern Road by quietmoth": the title and its byline on one line, perhaps
    // over fields.
    if allow_title
        && fields::labelled(&doc.lines[first]).is_none()
        && let Some((title, who)) = one_line_byline(doc.trimmed(first))
        && doc.next_text(first + 1).is_some()
    {
        let (title, who) = (title.to_string(), who.to_string());
        doc.take(first, first + 1);
        doc.dropped(first, "by");
        doc.why(format!(
            "header: line {} is the title and its byline on one line (\"{title}\" by {who})",
            first + 1
        ));
        doc.out.title = Some(title);
        doc.out.meta.author.get_or_insert(who);
        field_block(doc, allow_title);
        return true;
    }
    // A title line, and a `by …` line, may stand above the fields.
    if fields::labelled(&doc.lines[first]).is_none() {
        let p = doc.para(first, first + 1);
        if !is_title_line(&p) {
            return false;
        }
        title_line = Some(first);
        let mut k = doc.next_text(first + 1);
        // A translation sets its original title in brackets under the title
        // ("(桜ヶ丘駅の傘立て)"): the original's name, left out as the title's.
        if let Some(o) = k.filter(|&o| o == first + 1 && is_bracketed_title(doc.trimmed(o))) {
            leave_out(
                doc,
                o,
                "is the original's title, in brackets under the title",
            );
            k = doc.next_text(o + 1);
        }
        // A short line between the title and its `by` line, all three one block: the
        // title's subtitle or the part's place in its series ("a Glass Orchard story",
        // "Part 1 of ?"), left out.
        if let Some(m) = k.filter(|&m| {
            m == first + 1
                && m + 1 < doc.len()
                && fields::labelled(&doc.lines[m]).is_none()
                && local_byline(doc.trimmed(m)).is_none()
                && local_byline(doc.trimmed(m + 1)).is_some()
                && doc.trimmed(m).split_whitespace().count() <= SUBTITLE_WORDS
                && !doc.trimmed(m).ends_with(['.', '!'])
        }) {
            let is = "between the title and its byline is a subtitle or a series place";
            leave_out(doc, m, is);
            k = Some(m + 1);
        }
        if let Some(b) = k
            && fields::labelled(&doc.lines[b])
                .is_none_or(|l| l.field == Field::Author && l.label.eq_ignore_ascii_case("by"))
            && (local_byline(doc.trimmed(b)).is_some()
                || bare_name_over_note(doc, b)
                || name_under_title(doc, first, b))
        {
            by_line = Some(b);
            k = doc.next_text(b + 1);
            // The story's information on one line under the byline, its items set
            // apart by bars or dashes ("Hollin Academy (Books) -- Ambrose & Sunniva -- G").
            if let Some(i) = k.filter(|&i| {
                i == b + 1
                    && fields::labelled(&doc.lines[i]).is_none()
                    && is_info_line(doc.trimmed(i))
            }) {
                let is = "under the byline is the story's information on one line";
                leave_out(doc, i, is);
                k = doc.next_text(i + 1);
            }
        }
        match k {
            Some(k) if fields::labelled(&doc.lines[k]).is_some() => start = k,
            // A title and a `by` line with no fields under them: a byline as tumblr, LJ
            // and AO3 copies open ("Plum Season" / "by umeboshi_umbrella").
            _ => return by_line.is_some_and(|b| title_and_byline(doc, first, b, allow_title)),
        }
    }
    let (hits, _) = read_fields(doc, start);
    // A title or an author that is a sentence ("Title: that was all she wanted, she
    // said, a title and a little land.") opens a story's dialogue, not a header.
    if hits
        .iter()
        .any(|h| matches!(h.field, Field::Title | Field::Author) && is_sentence(&h.value))
    {
        return false;
    }
    let strong = hits.iter().filter(|h| h.field.is_strong()).count();
    let titled = hits.iter().any(|h| h.field == Field::Title);
    // One field is enough under a title and a `by` line: FanFiction.Net's paste is the
    // title, `By:` and one `Rated: … - id: …` line, with nothing after it to count.
    // A title with only its author's field under it (`作者：白河ゆき`) is a byline too.
    let authored = title_line.is_some() && hits.len() == 1 && hits[0].field == Field::Author;
    if strong == 0 || (hits.len() < 2 && !titled && by_line.is_none() && !authored) {
        // Only notes under a title and its byline ("A/N: …"): the title and byline are
        // the header, the note is left to the story's head.
        return match (title_line, by_line) {
            (Some(t), Some(b)) => title_and_byline(doc, t, b, allow_title),
            _ => false,
        };
    }
    // A bare `Summary:` or `Notes:` label takes the next paragraph as its value.
    let mut extra = None;
    if let Some(last) = hits.last()
        && last.field.is_words()
        && last.value.is_empty()
        && let Some(k) = doc.next_text(last.to)
        && fields::labelled(&doc.lines[k]).is_none()
    {
        extra = Some((k, doc.para_end(k)));
    }
    if let Some(t) = title_line {
        let is = "the title above the header's fields";
        doc.title_line(t, allow_title && !titled, is);
    }
    if let Some(b) = by_line {
        let who = name_on(doc, b);
        doc.byline(b, &who);
        doc.out.meta.author.get_or_insert(who);
    }
    doc.why(format!(
        "header: lines {}–{} are a block of `Label: value` fields (as LiveJournal, Dreamwidth and FanFiction.Net headers write them)",
        start + 1,
        hits.last().map_or(start + 1, |h| h.to)
    ));
    for h in &hits {
        file_hit(doc, h, allow_title, CategoryIs::Tag, false);
    }
    if let Some((k, e)) = extra {
        doc.take(k, e);
        let p = doc.para(k, e);
        if hits.last().is_some_and(|h| h.field == Field::Summary) {
            doc.out.summary.push(p.clone());
        }
        doc.out.preface.push(p);
    }
    if let Some(last) = hits.last().filter(|h| h.field == Field::Note) {
        notes_run_on(doc, last.to);
    }
    true
}

/// A `Notes:` field that closes the block may run on into the next paragraph ("Thank you
/// to … for the beta"), when that paragraph talks like a note (a strong sign and two in
/// all) and story follows it: one paragraph at most, so a story's first-person opening
/// is never taken for it.
fn notes_run_on(doc: &mut Doc, from: usize) {
    let Some(k) = doc.next_text(from) else {
        return;
    };
    let e = doc.para_end(k);
    let p = doc.para(k, e);
    let (strong, all) = talk_signs(&p.text);
    // A wider gap under it than over it (two blank lines, where one stood between the
    // field and it) sets the story apart from the note; then one sign of talk in the
    // first person will do ("Huge thanks to Pip for reading it over… I changed it.").
    let set_apart =
        wider_gap_under(doc, from, (k, e)) && all >= 1 && super::notes::addresses_readers(&p.text);
    if !(strong >= 1 && all >= 2 || set_apart)
        || p.scene_break
        || doc.next_text(e).is_none()
        || fields::labelled(&doc.lines[k]).is_some()
    {
        return;
    }
    doc.take(k, e);
    doc.why(format!(
        "header: line {} runs on from the `Notes:` field (it talks about the story and its readers), so it goes in the preface",
        k + 1
    ));
    doc.out.preface.push(p);
}

/// Takes a title line and the `by` line under it, when the name reads as a name: one
/// word (a username, "umeboshi_umbrella") or up to four capitalised words ("Anna
/// Ruiz"), not a sentence ("by the time she came…").
fn title_and_byline(doc: &mut Doc, t: usize, b: usize, allow_title: bool) -> bool {
    let who = name_on(doc, b);
    if !is_name(&who) {
        return false;
    }
    doc.title_line(t, allow_title, "the title above its byline");
    doc.why(format!(
        "header: line {} is the byline under the title",
        b + 1
    ));
    doc.byline(b, &who);
    doc.out.meta.author.get_or_insert(who);
    note_under_byline(doc, b + 1);
    true
}

/// The title and `by` lines under an epigraph that opens the file at line `first`: a
/// paragraph of two to four lines, the first opening a quotation and the last an
/// attribution (`— from …`, `– NAME`).
fn under_epigraph(doc: &Doc, first: usize) -> Option<(usize, usize)> {
    let end = doc.para_end(first);
    let quoted = doc.trimmed(first).starts_with(['"', '“', '«', '„']);
    let attributed =
        doc.trimmed(end - 1).starts_with(['—', '–', '―']) || doc.trimmed(end - 1).starts_with("- ");
    if !(2..=4).contains(&(end - first)) || !quoted || !attributed {
        return None;
    }
    let t = doc.next_text(end)?;
    let b = doc.next_text(t + 1)?;
    let titled = doc.para_end(t) == t + 1 && is_title_line(&doc.para(t, t + 1));
    (titled && local_byline(doc.trimmed(b)).is_some() && doc.para_end(b) == b + 1).then_some((t, b))
}

/// Whether the paragraph at `k..e` has one blank line at most over it (from `from`, the
/// line after what stands above) and two or more under it: white the typist left to
/// part a note from the story.
fn wider_gap_under(doc: &Doc, from: usize, (k, e): (usize, usize)) -> bool {
    k - from <= 1 && doc.next_text(e).is_some_and(|n| n - e >= 2)
}

/// The most words of a note a line long set right under a byline.
const LINE_NOTE_WORDS: usize = 20;

/// A line of note right under a title and its byline, the story after it: in brackets
/// ("(for my grandmother)"), or opening as a note on the piece does ("For the diary
/// prompt.", "Written for …") with a strong sign of talk or a dedication's shape, or set
/// apart by a wider gap under it than over it with a strong sign.
fn note_under_byline(doc: &mut Doc, from: usize) {
    let Some(k) = doc.next_text(from) else {
        return;
    };
    let e = doc.para_end(k);
    let p = doc.para(k, e);
    let t = p.text.trim();
    let Some(next) = doc.next_text(e) else {
        return;
    };
    let story_after = (next..doc.len()).filter(|&j| !doc.blank(j)).count() >= 3;
    let bracketed =
        (t.starts_with('(') && t.ends_with(')')) || (t.starts_with('[') && t.ends_with(']'));
    let lower = t.to_lowercase();
    let opens_as_note = ["for ", "written ", "dedicated ", "inspired ", "prompt"]
        .iter()
        .any(|w| lower.starts_with(w));
    let strong = talk_signs(t).0 >= 1;
    let wider_gap = wider_gap_under(doc, from, (k, e));
    let dedication = super::notes::reads_as_dedication(t);
    if e != k + 1
        || !story_after
        || t.split_whitespace().count() > LINE_NOTE_WORDS
        || !(bracketed || (opens_as_note && (strong || dedication)) || (wider_gap && strong))
    {
        return;
    }
    doc.take(k, e);
    doc.why(format!(
        "preface: line {} under the byline is a note on the piece (\"{}\")",
        k + 1,
        t
    ));
    doc.out.preface.push(p);
}

/// The words XenForo (SpaceBattles, Sufficient Velocity, Questionable Questing) prints on
/// a quote's or a spoiler's button, which a copied post keeps on a line of their own.
const FORUM_BUTTONS: &[&str] = &[
    "click to expand...",
    "click to shrink...",
    "click here to expand...",
    "click here to shrink...",
    "click to expand\u{2026}",
    "click to shrink\u{2026}",
];

/// Whether a line is only a forum's button words ("Click to expand...").
pub(crate) fn is_forum_button(line: &str) -> bool {
    let t = line.trim();
    // Lowercasing leaves at least a third of a text's bytes (the Kelvin sign is three,
    // its `k` one): a longer line is not lowercased to be compared.
    t.len() <= 3 * LONGEST_BUTTON && FORUM_BUTTONS.contains(&t.to_lowercase().as_str())
}

/// The length in bytes of the longest of [`FORUM_BUTTONS`].
const LONGEST_BUTTON: usize = {
    let (mut i, mut most) = (0, 0);
    while i < FORUM_BUTTONS.len() {
        if FORUM_BUTTONS[i].len() > most {
            most = FORUM_BUTTONS[i].len();
        }
        i += 1;
    }
    most
};

/// Drops lines that are only a forum's button words ("Click to expand..."): the site's,
/// not the author's, anywhere in the text.
pub(crate) fn forum_buttons(doc: &mut Doc) {
    for i in 0..doc.len() {
        if doc.taken[i] {
            continue;
        }
        if is_forum_button(doc.trimmed(i)) {
            let text = doc.trimmed(i).to_string();
            doc.drop_line(i, &text);
            doc.why(format!(
                "header: line {} is a forum's button (\"{text}\"), so it is left out",
                i + 1
            ));
        }
    }
}

/// Leaves line `k` out of the story, saying for `quire inspect` that it `is` what it is.
fn leave_out(doc: &mut Doc, k: usize, is: &str) {
    let text = doc.trimmed(k).to_string();
    doc.drop_line(k, &text);
    doc.why(format!("header: line {} {is}", k + 1));
}

/// Whether `t` is a story's information on one line, three items or more set apart by
/// bars or dashes, none a sentence ("Tick & Tock Chronicles | Theo/Anselm | T").
fn is_info_line(t: &str) -> bool {
    let parts: Vec<&str> = t
        .split(" | ")
        .flat_map(|i| i.split(" -- "))
        .flat_map(|i| i.split(" \u{2014} "))
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    parts.len() >= 3
        && parts.iter().all(|i| i.split_whitespace().count() <= 8)
        && t.split_whitespace().count() <= 25
        && !t.ends_with(['.', '!', '?'])
}

/// Most words of a line between a title and its byline (a subtitle, a series place).
const SUBTITLE_WORDS: usize = 8;

/// A person's name alone right under the file's first line, the two a block of their
/// own ("AFTER THE FAIR" over "J. R. Fenwick-Stroud"): the title and its author, as a
/// manuscript heads its first page. A name under a heading is never so typed. Over the
/// header's fields in the same block (`Fandom: …` under the name), a user's handle is
/// as good as a name ("Ignacja_R").
fn name_under_title(doc: &Doc, first: usize, b: usize) -> bool {
    if b != first + 1 {
        return false;
    }
    let t = doc.trimmed(b);
    let alone = doc.para_end(first) == b + 1;
    let over_fields = b + 1 < doc.len()
        && (fields::labelled(&doc.lines[b + 1]).is_some() || is_info_line(doc.trimmed(b + 1)));
    (alone && super::bylines::is_bare_name(t))
        || (over_fields && (super::bylines::is_bare_name(t) || super::social::is_user_name(t)))
}

#[cfg(test)]
mod tests;
