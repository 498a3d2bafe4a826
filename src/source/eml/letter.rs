//! A story sent as a letter: the letter's own lines around the story — the greeting
//! above the title, the sign-off and the signature under it — told from the story's.
//!
//! Input: the decoded text of a message's plain-text part, the title its subject gives
//! and its sender. Output: the same text with the letter's lines blanked (so line numbers
//! stay the part's), each recorded as dropped, and why in words. The greeting is what
//! stands above the first line that is the subject's title (`ĐÈN LỒNG MÙA MƯA` under a
//! subject `Truyện mới: Đèn lồng mùa mưa`); the signature is what follows the `-- `
//! line (RFC 3676's delimiter); the sign-off is a short closing paragraph whose last line
//! is the sender's name (`Love,` / `Trang`). Each needs its exact shape, so a story
//! with no title line or a last line that names nobody keeps every word.

use crate::model::Dropped;

/// How many paragraphs above the title may be a greeting: more is no note to a friend.
const GREETING_PARAGRAPHS: usize = 6;

/// How many lines a signature may run after its `--` line when the space after the
/// dashes was lost (a bare `--` may be a story's own mark higher up).
const SIGNATURE_LINES: usize = 8;

/// The letter with its own lines taken out.
#[derive(Debug, Default)]
pub(super) struct Letter {
    /// The text, the letter's lines blank.
    pub text: String,
    pub dropped: Vec<Dropped>,
    pub decisions: Vec<String>,
    /// The `From:` line of a forward's header in the greeting: who wrote the letter
    /// forwarded, as written (`June Okafor <june@…>`).
    pub forwarded_from: Option<String>,
    /// How many paragraphs at the end are the author's closing note, with why, where
    /// the mail's shape tells (a newsletter's words to its readers after the last
    /// divider).
    pub closing: Option<(usize, String)>,
}

impl Letter {
    /// Blanks `lines` (the text's from line `first`, 0-based), each with text recorded
    /// as dropped.
    pub(super) fn take(&mut self, lines: &mut [String], first: usize) {
        for (i, l) in lines.iter_mut().enumerate() {
            if !l.trim().is_empty() {
                self.dropped.push(Dropped {
                    line: first + i + 1,
                    text: l.trim().to_string(),
                });
            }
            l.clear();
        }
    }
}

/// Takes the greeting, sign-off and signature out of a letter's text.
pub(super) fn trim(
    text: &str,
    title: Option<&str>,
    sender: Option<&(Option<String>, String)>,
) -> Letter {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let mut out = Letter::default();
    let take = |lines: &mut Vec<String>, from: usize, to: usize, out: &mut Letter| {
        out.take(&mut lines[from..to], from);
    };
    if let Some(sig) = signature(&lines) {
        let n = lines.len();
        take(&mut lines, sig, n, &mut out);
        out.decisions.push(format!(
            "e-mail: line {} `-- ` opens the sender's signature; it and the lines under it are left out",
            sig + 1
        ));
    }
    if let Some((from, to)) = sender.and_then(|s| sign_off(&lines, s)) {
        take(&mut lines, from, to, &mut out);
        out.decisions.push(format!(
            "e-mail: lines {}–{} close the letter with the sender's name; they are left out",
            from + 1,
            to
        ));
    }
    if let Some(k) = title.and_then(|t| title_line(&lines, t)) {
        let forward = lines[..k].iter().position(|l| opens_forward(l));
        out.forwarded_from = forward.and_then(|f| {
            lines[f..k]
                .iter()
                .find_map(|l| l.trim().strip_prefix("From:").map(|v| v.trim().to_string()))
        });
        take(&mut lines, 0, k, &mut out);
        out.decisions.push(format!(
            "e-mail: line {} is the subject's title; the greeting above it is the letter's, left out",
            k + 1
        ));
    }
    out.text = lines.join("\n");
    out
}

/// The line opening the signature: the last `-- ` line, or a bare `--` near the end over
/// one block of short lines (a name, a post, a number), not a story's last scene.
fn signature(lines: &[String]) -> Option<usize> {
    let last = lines.iter().rposition(|l| !l.trim().is_empty())?;
    (0..=last).rev().find(|&i| {
        let l = lines[i].trim_end_matches('\r');
        l == "-- "
            || (l == "--" && last - i <= SIGNATURE_LINES && is_signature(&lines[i + 1..=last]))
    })
}

/// How many words a signature's line may have.
const SIGNATURE_WORDS: usize = 8;

/// Whether lines are a signature's: one block (no blank line inside it, one above it at
/// most) of short lines, none a sentence.
fn is_signature(lines: &[String]) -> bool {
    let text: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .skip_while(|l| l.is_empty())
        .collect();
    !text.is_empty()
        && text.iter().all(|l| {
            !l.is_empty()
                && l.split_whitespace().count() <= SIGNATURE_WORDS
                && !l.ends_with(['.', '!', '?', '"', '”'])
        })
}

/// The sign-off: the last paragraph, one to three short lines, whose last line is the
/// sender's name or one word of it (`Trang` of `Nguyễn Thu Trang`) or their mailbox's
/// name, and whose first line, when it has more, ends in a comma (`Love,`, `Thương,`).
fn sign_off(lines: &[String], sender: &(Option<String>, String)) -> Option<(usize, usize)> {
    let last = lines.iter().rposition(|l| !l.trim().is_empty())?;
    let first = (0..=last)
        .rev()
        .take_while(|&i| !lines[i].trim().is_empty())
        .last()?;
    if last - first > 2 || first == 0 {
        return None;
    }
    let name = lines[last]
        .trim()
        .trim_start_matches(['-', '—', '–', ' '])
        .to_lowercase();
    let (display, addr) = sender;
    let local = addr.split('@').next().unwrap_or("").to_lowercase();
    let names: Vec<String> = display
        .iter()
        .flat_map(|d| std::iter::once(d.as_str()).chain(d.split_whitespace()))
        .map(str::to_lowercase)
        .chain(std::iter::once(local))
        .filter(|n| !n.is_empty())
        .collect();
    if !names.contains(&name) {
        return None;
    }
    let closing = lines[first].trim();
    let short = (first..last).all(|i| lines[i].split_whitespace().count() <= 4);
    // A name alone is a sign-off when it is the sender's whole name or handle (their
    // mailbox's name, when that is no word of the name), or a closing ("Love,") stands
    // over it: one word of the name alone may end a poem ("and then it was // June",
    // sent by June Okafor from june@…).
    let mailbox = addr.split('@').next().unwrap_or("").to_lowercase();
    let a_word = display
        .iter()
        .flat_map(|d| d.split_whitespace())
        .any(|w| w.to_lowercase() == name);
    let whole =
        display.as_ref().is_some_and(|d| d.to_lowercase() == name) || (mailbox == name && !a_word);
    let closed = (0..first)
        .rev()
        .find(|&i| !lines[i].trim().is_empty())
        .is_some_and(|i| lines[i].trim().ends_with(','));
    let alone = first == last && (whole || closed);
    (alone || (first < last && closing.ends_with(',') && short)).then_some((first, last + 1))
}

/// The first line that is the title (any case, markup marks aside), with at most
/// [`GREETING_PARAGRAPHS`] paragraphs and some text above it.
fn title_line(lines: &[String], title: &str) -> Option<usize> {
    let want = title.to_lowercase();
    if want.trim().is_empty() {
        return None;
    }
    let k = lines
        .iter()
        .position(|l| l.trim().trim_matches(['*', '_', '#', ' ']).to_lowercase() == want)?;
    let paragraphs = (0..k)
        .filter(|&i| !lines[i].trim().is_empty() && (i == 0 || lines[i - 1].trim().is_empty()))
        .count();
    // Set apart as a title (in capitals, or marked up), or under a greeting that opens
    // with a salutation ("Minh ơi,", "Hi!"): a poem's refrain that is its title ("Snow"
    // alone in the second stanza of a poem titled so) has the poem's first lines over it.
    let line = lines[k].trim();
    let set_apart = line.starts_with(['*', '_', '#']) || super::super::doc::in_capitals(line);
    let greeting = lines.iter().map(|l| l.trim()).find(|l| !l.is_empty());
    let salutation = greeting.is_some_and(|g| {
        g.split_whitespace().count() <= SALUTATION_WORDS && g.ends_with([',', '!', ':'])
    });
    // A forwarded letter: the forward's own header over the title ("---------- Forwarded
    // message ---------" / "From: …" / "Subject: …").
    let forwarded = lines[..k]
        .iter()
        .any(|l| opens_forward(l) || l.trim().to_lowercase().starts_with("subject: "));
    (paragraphs > 0 && paragraphs <= GREETING_PARAGRAPHS && (set_apart || salutation || forwarded))
        .then_some(k)
}

/// Whether `line` opens a forward's header ("---------- Forwarded message ---------",
/// "-----Original Message-----").
fn opens_forward(line: &str) -> bool {
    let l = line.to_lowercase();
    l.contains("forwarded message") || l.contains("original message")
}

/// How many words a greeting's salutation line may have ("Dear Minh and everyone,").
const SALUTATION_WORDS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    fn sender() -> (Option<String>, String) {
        (
            Some("Nguyễn Thu Trang".into()),
            "tramchieu@example.org".into(),
        )
    }

    const LETTER: &str = "Minh ơi,\n\nTruyện mới đây, đọc xong góp ý nhé.\n\n\nĐÈN LỒNG MÙA MƯA\n\nMùa mưa năm ấy.\n\nHết.\n\nThương,\nTrang\n\n-- \nNguyễn Thu Trang\nBiên dịch viên";

    /// The greeting above the subject's title, the sign-off naming the sender and the
    /// signature are the letter's; the lines keep their numbers.
    #[test]
    fn the_letters_own_lines_are_left_out() {
        let l = trim(LETTER, Some("Đèn lồng mùa mưa"), Some(&sender()));
        let kept: Vec<&str> = l.text.lines().filter(|t| !t.trim().is_empty()).collect();
        assert_eq!(kept, ["ĐÈN LỒNG MÙA MƯA", "Mùa mưa năm ấy.", "Hết."]);
        assert_eq!(l.text.split('\n').count(), LETTER.split('\n').count());
        let dropped: Vec<&str> = l.dropped.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            dropped,
            [
                "--",
                "Nguyễn Thu Trang",
                "Biên dịch viên",
                "Thương,",
                "Trang",
                "Minh ơi,",
                "Truyện mới đây, đọc xong góp ý nhé."
            ]
        );
        assert_eq!(l.dropped[5].line, 1);
    }

    /// A story with no title line, no signature and a last line that names nobody
    /// keeps every line.
    #[test]
    fn a_story_without_a_letters_shape_keeps_every_line() {
        let text = "Dear Minh,\n\nThe rain came early.\n\nLove,\nthe river";
        let l = trim(text, Some("Lanterns"), Some(&sender()));
        assert_eq!(l.text, text);
        assert!(l.dropped.is_empty());
        // A dash line high up in the story is no signature.
        let text = format!("A.\n\n--\n\n{}", "Line.\n".repeat(12));
        assert_eq!(trim(&text, None, None).text, text);
        // Nor is a bare `--` over the story's short last scene.
        let text = "They swam out every summer.\n\n--\n\nYears later she swam it alone.\n\nIt was shorter.";
        assert_eq!(trim(text, None, None).text, text);
        // Under it a name and a post are a signature.
        let text = "They swam out.\n\n--\nJune Okafor\nLifeguard, Lake Ossa";
        assert_eq!(trim(text, None, None).text, "They swam out.\n\n\n\n");
    }

    /// One word of the sender's name alone at the end, with no closing over it, is the
    /// story's last line; the whole name, or a closing over the word, signs the letter.
    #[test]
    fn one_word_of_the_name_alone_ends_a_poem() {
        let june = (
            Some("June Okafor".to_string()),
            "jo@example.org".to_string(),
        );
        let poem = "Summer Poem\n\nthe swifts came back,\nand then it was\n\nJune";
        assert_eq!(trim(poem, None, Some(&june)).text, poem);
        let june_at = (june.0.clone(), "june@example.org".to_string());
        assert_eq!(trim(poem, None, Some(&june_at)).text, poem);
        for signed in [
            "Rain.\n\nJune Okafor",
            "Rain.\n\nLove,\nJune",
            "Rain.\n\njo",
        ] {
            let l = trim(signed, None, Some(&june));
            assert_eq!(l.text.trim(), "Rain.", "{signed}");
        }
    }

    /// The title line may carry markup marks and the subject its own case.
    #[test]
    fn the_title_line_is_found_in_any_case() {
        let lines: Vec<String> = ["Hi!", "", "**Paper Lanterns**", "", "Text."]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(title_line(&lines, "paper lanterns"), Some(2));
        // Nothing above it: no greeting.
        assert_eq!(title_line(&lines[2..], "Paper Lanterns"), None);
        // A poem's refrain that is its title, the poem's first stanza over it.
        let poem: Vec<String> = [
            "It fell all night",
            "on the roofs.",
            "",
            "Snow",
            "",
            "on the bins.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(title_line(&poem, "Snow"), None);
        // A forward's header over it.
        let fwd: Vec<String> = [
            "see below",
            "",
            "-------- Forwarded message --------",
            "From: June <j@x.org>",
            "Subject: Snow",
            "",
            "Snow",
            "",
            "It fell.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(title_line(&fwd, "Snow"), Some(6));
        let mut greeted = poem.clone();
        greeted[0] = "Dear Sam,".into();
        assert_eq!(title_line(&greeted, "Snow"), Some(3));
    }
}
