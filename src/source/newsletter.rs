//! Newsletter e-mails (Substack's) copied from the mail client, and Substack posts'
//! pages copied from the browser → the post, with the mail's or page's head and the
//! newsletter's foot dropped.
//!
//! Input: a story file as [`Doc`] lines. Output: what the mail client prints over the
//! mail (the subject, `Inbox`, the sender `Name <address> Unsubscribe`, the date, `to
//! me`) and the newsletter's `View this post on the web at URL` dropped, the address kept
//! as the story's link; the post's head under it read: its title (the title), its
//! subtitle (dropped), its author's name (the author) and its date (kept as the date);
//! and the newsletter's foot at the end dropped: the pitch (`NAME is a reader-supported
//! publication. …`), the buttons each with its address (`Upgrade to paid https://…`,
//! `Like …`, `Comment …`, `Restack …`), the copyright, the postal address, `Unsubscribe
//! …`, `Get the app …`, `Start writing …`. The author's own words between them (a
//! greeting before the story, thanks after it) are left to the note readers. Needs the
//! `View this post on the web at` line, which only the newsletter's mail writes.

use super::doc::Doc;
use super::notes::{talk_signs, talks_as_note};
use super::paragraphs::RawPara;

/// The line that opens a Substack post in its mail.
const VIEW: &str = "View this post on the web at ";

/// The most lines the mail client prints over the mail.
const HEAD_MOST: usize = 10;

/// Lines only a Substack post's web page writes under the post, lowercase.
const WEB_FOOT: &[&str] = &[
    "discussion about this post",
    "substack is the home for great culture",
    "ready for more?",
];

/// Reads a newsletter mail, or its post's page copied from the browser. Returns whether
/// it found one.
pub(crate) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(view) = (0..doc.len().min(HEAD_MOST + 2))
        .find(|&k| !doc.taken[k] && doc.trimmed(k).starts_with(VIEW))
    else {
        return web_page(doc, allow_title);
    };
    let url = doc.trimmed(view)[VIEW.len()..].trim().to_string();
    if !url.starts_with("http") || url.contains(' ') {
        return false;
    }
    // The mail client's lines over it: short, none a sentence.
    let above: Vec<usize> = (0..view)
        .filter(|&k| !doc.blank(k) && !doc.taken[k])
        .collect();
    if !above.iter().all(|&k| {
        doc.trimmed(k).split_whitespace().count() <= 12
            && !doc.trimmed(k).ends_with(['.', '!', '?'])
    }) {
        return false;
    }
    for k in above.into_iter().chain([view]) {
        let t = doc.trimmed(k).to_string();
        doc.drop_line(k, &t);
    }
    doc.out.meta.url.get_or_insert(url);
    doc.why(format!(
        "header: lines 1–{} are the mail's head and the newsletter's link to the post on the web, so they are left out",
        view + 1
    ));
    post_head(doc, view + 1, allow_title);
    foot(doc);
    notes(doc);
    true
}

/// A Substack post's page copied from the browser: the publication's name over
/// `Subscribe` and `Sign in` atop it, the post's head under them (its title, subtitle,
/// author and date, then the like and comment counts and `Share`), and its foot from the
/// pitch (`Thanks for reading NAME! Subscribe for free…`) or `Discussion about this
/// post` down: the buttons, the comments and the site's footer. Needs the two lines
/// atop and one only the page writes under the post.
fn web_page(doc: &mut Doc, allow_title: bool) -> bool {
    let top: Vec<usize> = (0..doc.len())
        .filter(|&k| !doc.blank(k) && !doc.taken[k])
        .take(4)
        .collect();
    let Some(sign_in) = top.iter().copied().find(|&k| doc.lower(k) == "sign in") else {
        return false;
    };
    if !top
        .iter()
        .any(|&k| k < sign_in && doc.lower(k) == "subscribe")
    {
        return false;
    }
    let Some(discussion) = (sign_in..doc.len())
        .find(|&k| doc.trimmed(k).len() < 60 && WEB_FOOT.contains(&doc.lower(k).as_str()))
    else {
        return false;
    };
    doc.drop_span(0, sign_in + 1);
    doc.why(format!(
        "header: lines 1–{} are a Substack page's head (the publication, Subscribe, Sign in)",
        sign_in + 1
    ));
    post_head(doc, sign_in + 1, allow_title);
    // The foot: from the pitch under the post, else from the discussion's heading, with
    // the counts and buttons over it.
    let pitch = (sign_in..discussion).find(|&k| {
        let l = doc.lower(k);
        l.starts_with("thanks for reading ") && l.contains("subscribe")
    });
    let mut from = pitch.unwrap_or(discussion);
    while let Some(k) = doc
        .prev_text(from)
        .filter(|&k| k > sign_in && is_page_button(doc.trimmed(k)))
    {
        from = k;
    }
    doc.drop_page_foot(
        from,
        "a Substack page's foot (the pitch, likes, restacks, the discussion, the site's footer)",
    );
    page_notes(doc);
    true
}

/// The author's notes on a post's page, which sets no divider around its story: the
/// first paragraphs and the last (over the post's footnotes, a bare number over each),
/// each talking to the readers, a few at most.
fn page_notes(doc: &mut Doc) {
    let starts = doc.para_starts();
    let paras: Vec<RawPara> = starts
        .iter()
        .map(|&i| doc.para(i, doc.para_end(i)))
        .collect();
    let talking = |k: usize| !paras[k].scene_break && talks(&paras[k..=k]);
    let lead = (0..paras.len().min(NOTE_MOST))
        .take_while(|&k| talking(k))
        .count();
    // The footnotes under the post: from the first bare number among its last paragraphs.
    let notes_at = (paras.len().saturating_sub(2 * NOTE_MOST)..paras.len())
        .find(|&k| k > lead && super::social::is_count(&paras[k].text) && paras[k].text.len() <= 3)
        .unwrap_or(paras.len());
    let tail = (lead..notes_at)
        .rev()
        .take(NOTE_MOST)
        .take_while(|&k| talking(k))
        .count();
    if lead + tail >= notes_at {
        return;
    }
    for &s in &starts[..lead] {
        let e = doc.para_end(s);
        doc.preface_lines(s, e);
    }
    for &s in &starts[notes_at - tail..notes_at] {
        let e = doc.para_end(s);
        doc.afterword_lines(s, e);
    }
    if lead > 0 {
        doc.why(format!(
            "header: the post's first {lead} paragraph(s) talk to the newsletter's readers: the note before the story"
        ));
    }
    if tail > 0 {
        doc.why(format!(
            "header: the post's last {tail} paragraph(s) talk to the newsletter's readers: the note after the story"
        ));
    }
}

/// Whether `t` is one of a Substack page's counts or buttons around the post: a bare
/// count, `12 Likes`, `3 Restacks`, `∙`, `Share`, `Subscribe`.
fn is_page_button(t: &str) -> bool {
    let l = t.to_lowercase();
    let counted = l.split_once(' ').is_some_and(|(n, what)| {
        super::social::is_count(n)
            && matches!(
                what,
                "likes" | "like" | "restacks" | "restack" | "comments" | "comment"
            )
    });
    counted
        || super::social::is_count(t)
        || matches!(
            l.as_str(),
            "∙" | "·" | "share" | "subscribe" | "like" | "comment" | "restack"
        )
}

/// The most paragraphs a newsletter's note before or after the story holds.
const NOTE_MOST: usize = 5;

/// What only a newsletter's author says to its readers, lowercase.
const NEWSLETTER_TALK: &[&str] = &[
    "newsletter",
    "this week's story",
    "this week’s story",
    "this month's story",
    "this month’s story",
    "paid subscribers",
    "that's it for this week",
    "that’s it for this week",
    "for reading",
    "subscribe",
    "see you next",
];

/// Whether paragraphs talk like the author's note to the readers: a strong sign of talk
/// and two in all ("this week's story", "thank you for reading"), or a greeting to them
/// first ("Hi friends,").
fn talks(paras: &[RawPara]) -> bool {
    let (strong, all) = paras
        .iter()
        .map(|p| {
            let (strong, all) = talk_signs(&p.text);
            let l = p.text.to_lowercase();
            let own = NEWSLETTER_TALK.iter().filter(|w| l.contains(*w)).count();
            (strong + own, all + own)
        })
        .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    // "Hi friends," alone, or opening the paragraph ("Hello friends. This month's…").
    let greeting = paras.first().is_some_and(|p| {
        let first = p.text.split_inclusive([',', '!', '.']).next().unwrap_or("");
        let t = first.trim_end_matches([',', '!', '.']).to_lowercase();
        first.ends_with([',', '!', '.'])
            && ["hi ", "hello ", "hey ", "dear "]
                .iter()
                .any(|g| t.starts_with(g))
            && t.split_whitespace().count() <= 4
    });
    talks_as_note((strong, all)) || (greeting && all >= 1)
}

/// The text of lines `from..to` as one paragraph of a note, its line breaks kept: a
/// mail's paragraphs are one line each, so a break inside one was typed (`See you next
/// Thursday,` over `Jo`).
fn kept_lines(doc: &Doc, from: usize, to: usize) -> String {
    (from..to)
        .map(|i| doc.trimmed(i))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The author's notes a newsletter sets around its story: the paragraphs before the first
/// divider (`* * *`) and after the last, when they are few and talk to the readers; the
/// dividers, which only part note from story, go with them.
fn notes(doc: &mut Doc) {
    let starts = doc.para_starts();
    let paras: Vec<RawPara> = starts
        .iter()
        .map(|&i| doc.para(i, doc.para_end(i)))
        .collect();
    let breaks: Vec<usize> = (0..paras.len()).filter(|&k| paras[k].scene_break).collect();
    let (Some(&first), Some(&last)) = (breaks.first(), breaks.last()) else {
        return;
    };
    if first > 0 && first <= NOTE_MOST && first + 1 < last && talks(&paras[..first]) {
        for &s in &starts[..first] {
            let e = doc.para_end(s);
            let text = kept_lines(doc, s, e);
            doc.preface_lines(s, e);
            if let Some(p) = doc.out.preface.last_mut() {
                p.text = text;
            }
        }
        doc.take(starts[first], doc.para_end(starts[first]));
        doc.why(format!(
            "header: lines {}–{} talk to the newsletter's readers before its first divider: the note before the story",
            starts[0] + 1,
            starts[first]
        ));
    }
    let after = &paras[last + 1..];
    if last > first && !after.is_empty() && after.len() <= NOTE_MOST && talks(after) {
        doc.take(starts[last], doc.para_end(starts[last]));
        for &s in &starts[last + 1..] {
            let e = doc.para_end(s);
            let text = kept_lines(doc, s, e);
            doc.afterword_lines(s, e);
            if let Some(p) = doc.out.afterword.last_mut() {
                p.text = text;
            }
        }
        doc.why(format!(
            "header: lines {}–{} talk to the newsletter's readers after its last divider: the note after the story",
            starts[last + 1] + 1,
            doc.len()
        ));
    }
}

/// A post's date as the newsletter writes it: `Feb 13`, `Feb 13, 2025`.
fn is_date(t: &str) -> bool {
    let w: Vec<&str> = t.split_whitespace().collect();
    let month = |m: &str| {
        matches!(
            m.trim_end_matches('.'),
            "Jan"
                | "Feb"
                | "Mar"
                | "Apr"
                | "May"
                | "Jun"
                | "Jul"
                | "Aug"
                | "Sep"
                | "Sept"
                | "Oct"
                | "Nov"
                | "Dec"
        )
    };
    let day = |d: &str| {
        let d = d.trim_end_matches(',');
        !d.is_empty() && d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit())
    };
    match &w[..] {
        [m, d] => month(m) && day(d),
        [m, d, y] => month(m) && day(d) && y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// The post's head under the link: its title, perhaps its subtitle, its author and its
/// date, one block of lines with the date last.
fn post_head(doc: &mut Doc, from: usize, allow_title: bool) {
    let Some(t) = doc.next_text(from) else {
        return;
    };
    // The date closes the head; on a page the counts and `Share` run on under it.
    let block = doc.para_end(t);
    let Some(date_at) = (t + 2..(t + 4).min(block)).find(|&k| is_date(doc.trimmed(k))) else {
        return;
    };
    let end = date_at + 1;
    if !(end..block).all(|k| is_page_button(doc.trimmed(k))) {
        return;
    }
    doc.drop_span(end, block);
    let by = end - 2;
    let who = doc.trimmed(by).to_string();
    let date = doc.trimmed(end - 1).to_string();
    doc.title_line(t, allow_title, "the newsletter post's title");
    if by > t + 1 {
        let sub = doc.trimmed(t + 1).to_string();
        doc.drop_line(t + 1, &sub);
        doc.why(format!(
            "header: line {} \"{sub}\" is the post's subtitle, so it is left out",
            t + 2
        ));
    }
    doc.take(by, by + 1);
    doc.take(end - 1, end);
    doc.dropped(end - 1, &date);
    doc.why(format!(
        "header: line {} is the post's author, line {} its date",
        by + 1,
        end
    ));
    doc.out.meta.author.get_or_insert(who);
    doc.out.meta.published.get_or_insert(date);
}

/// Whether `t` is a button of the newsletter's with its address: a word or three and a
/// URL (`Like https://…`, `Upgrade to paid https://…`).
fn is_button(t: &str) -> bool {
    let Some((label, url)) = t.rsplit_once(' ') else {
        return false;
    };
    url.starts_with("https://")
        && (1..=3).contains(&label.split_whitespace().count())
        && !label.ends_with(['.', ',', ':'])
}

/// Whether `t` is a postal address line: `…, CA 94104`.
fn is_address(t: &str) -> bool {
    let w: Vec<&str> = t.split_whitespace().collect();
    w.len() >= 3
        && w[w.len() - 1].len() == 5
        && w[w.len() - 1].chars().all(|c| c.is_ascii_digit())
        && w[w.len() - 2].len() == 2
        && w[w.len() - 2].chars().all(|c| c.is_ascii_uppercase())
        && w[w.len() - 3].ends_with(',')
}

/// The newsletter's foot at the end of the mail.
fn foot(doc: &mut Doc) -> bool {
    doc.drop_foot(
        "the newsletter's foot (its pitch, buttons, copyright, postal address and unsubscribe link), so they are left out",
        |d, k| {
            let t = d.trimmed(k);
            let pitch = t.contains(" is a reader-supported publication.");
            let sure = pitch || t.starts_with("Unsubscribe https://");
            (sure || is_button(t) || is_address(t) || (t.starts_with("© ") && t.split_whitespace().count() <= 8))
                .then_some(sure)
        },
    )
}

#[cfg(test)]
mod tests;
