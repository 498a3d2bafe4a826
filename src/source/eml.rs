//! E-mail messages (`.eml`): a story sent as a letter → the story's text, read like any
//! story file.
//!
//! Input: the bytes of an RFC 5322 message (a mail client's "Save as…", or a message
//! saved from a webmail). Output: the chapter that the story readers make of one part of
//! it — its `text/plain` part, else its `text/html` part; a `multipart/alternative`
//! message holds the same letter twice and only one copy is read. The MIME structure,
//! transfer encodings (quoted-printable, base64) and encoded headers are decoded by the
//! `mailparse` crate. What is the letter's and not the story's is left out, each piece
//! recorded as dropped: the greeting above the line that repeats the subject's title,
//! the sign-off naming the sender at the end, and the signature after the `-- ` line.
//! The subject gives the title's case where the body types it in capitals; the sender
//! names the author where the text names none. Pure: no I/O.

use super::read::ChapterRead;
use super::{import, story};
use crate::config::ChapterConfig;
use crate::diag::Diagnostic;
use crate::model::{Chapter, Encoding};
use mailparse::{MailHeaderMap, ParsedMail};

/// Whether a story file is an e-mail message: named `.eml`, or opening with a header
/// block (no blank line before it) that declares MIME content and has a message's
/// `From:` and `Date:`, which no story does.
pub(crate) fn is_message(file: &str, bytes: &[u8]) -> bool {
    let ext = std::path::Path::new(file)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    if ext.as_deref() == Some("eml") {
        return true;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let Ok(head) =
        std::str::from_utf8(head).or_else(|e| std::str::from_utf8(&head[..e.valid_up_to()]))
    else {
        return false;
    };
    let lines: Vec<&str> = head.lines().take_while(|l| !l.trim().is_empty()).collect();
    let header = |l: &str| {
        l.split_once(':').is_some_and(|(k, _)| {
            !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        }) || l.starts_with([' ', '\t'])
    };
    let has = |name: &str| {
        lines.iter().any(|l| {
            l.split_once(':')
                .is_some_and(|(k, _)| k.eq_ignore_ascii_case(name))
        })
    };
    // The two fields every message has (RFC 5322's `From:` and `Date:`) with the MIME
    // ones: a story that opens with an e-mail's lines typed out gives fewer.
    !lines.is_empty()
        && lines.iter().all(|l| header(l))
        && has("MIME-Version")
        && has("Content-Type")
        && has("From")
        && has("Date")
}

/// The parts of a message the reader uses.
#[derive(Debug, Default)]
struct Message {
    subject: Option<String>,
    /// The sender's display name and mailbox (`Nguyễn Thu Trang`, `tramchieu@…`).
    sender: Option<(Option<String>, String)>,
    plain: Option<String>,
    html: Option<String>,
    /// The first text file attached (`story.txt`), decoded as a story file is, and the
    /// encoding it was read as.
    attached: Option<(String, Encoding)>,
    /// Whether it is a bulk mail, a newsletter service's (it has a `List-Unsubscribe`
    /// header).
    bulk: bool,
}

fn parse(bytes: &[u8]) -> Result<Message, String> {
    let mail = mailparse::parse_mail(bytes).map_err(|e| e.to_string())?;
    let headers = mail.get_headers();
    let subject = headers
        .get_first_value("Subject")
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty());
    let sender = headers
        .get_first_header("From")
        .and_then(|h| mailparse::addrparse_header(h).ok())
        .and_then(|l| l.extract_single_info())
        .map(sender_of);
    let mut msg = Message {
        subject,
        sender,
        bulk: headers.get_first_header("List-Unsubscribe").is_some(),
        ..Message::default()
    };
    collect(&mail, &mut msg).map_err(|e| e.to_string())?;
    Ok(msg)
}

/// Takes the first `text/plain` and `text/html` parts that are not attachments.
fn collect(part: &ParsedMail<'_>, msg: &mut Message) -> Result<(), mailparse::MailParseError> {
    if !part.subparts.is_empty() {
        for p in &part.subparts {
            collect(p, msg)?;
        }
        return Ok(());
    }
    if part.get_content_disposition().disposition == mailparse::DispositionType::Attachment {
        // Its bytes as the file holds them, decoded as a story file is (a charset the
        // attachment does not name).
        if part.ctype.mimetype.eq_ignore_ascii_case("text/plain") && msg.attached.is_none() {
            let raw = part.get_body_raw()?;
            msg.attached = super::decode::decode_report(&raw)
                .ok()
                .map(|d| (d.text.replace("\r\n", "\n"), d.encoding));
        }
        return Ok(());
    }
    let slot = match part.ctype.mimetype.to_ascii_lowercase().as_str() {
        "text/plain" => &mut msg.plain,
        "text/html" => &mut msg.html,
        _ => return Ok(()),
    };
    if slot.is_none() {
        *slot = Some(part.get_body()?.replace("\r\n", "\n"));
    }
    Ok(())
}

/// A `From:` address as the reader keeps it: the display name (none if blank) and the
/// mailbox.
fn sender_of(info: mailparse::SingleInfo) -> (Option<String>, String) {
    (
        info.display_name.filter(|n| !n.trim().is_empty()),
        info.addr,
    )
}

/// Reads a story sent as an e-mail message.
pub(super) fn read(entry: &ChapterConfig, bytes: &[u8], lang: &str) -> ChapterRead {
    let mut msg = parse(bytes).map_err(|e| {
        Diagnostic::error(
            Some(entry.file.clone()),
            format!("is not an e-mail message Quire can read ({e})"),
        )
        .hint("save the message again from the mail program, or copy the story into a .txt file")
    })?;
    // A story sent as an attached text file, the letter itself empty or HTML only.
    if msg.plain.is_none()
        && let Some((text, encoding)) = msg.attached.take()
    {
        let (mut ch, diags) = story::understand(entry, &text, encoding, lang);
        ch.decisions.insert(
            0,
            "an e-mail message: the text file attached to it is the story".into(),
        );
        from_sender(&mut ch, entry, &msg);
        return Ok((ch, diags));
    }
    let Some(plain) = &msg.plain else {
        let Some(html) = &msg.html else {
            return Err(Diagnostic::error(
                Some(entry.file.clone()),
                "is an e-mail message with no text part",
            )
            .hint("copy the story into a .txt file"));
        };
        let (mut ch, diags) = import::read(entry, html.as_bytes(), import::Kind::Html, lang)?;
        ch.decisions.insert(
            0,
            "an e-mail message: its HTML part is the letter (it has no plain-text part)".into(),
        );
        from_sender(&mut ch, entry, &msg);
        return Ok((ch, diags));
    };
    let title = msg.subject.as_deref().map(subject_title);
    let letter = if msg.bulk {
        let label = msg
            .subject
            .as_deref()
            .and_then(|s| s.rsplit_once(": "))
            .map(|p| p.0);
        bulk::trim(plain, title.as_deref(), label)
    } else {
        letter::trim(plain, title.as_deref(), msg.sender.as_ref())
    };
    // The mail's own closing note, unless book.toml counts the afterword itself.
    let closing = letter.closing.clone().filter(|_| entry.afterword.is_none());
    let with_closing;
    let entry = match &closing {
        Some((n, _)) => {
            with_closing = ChapterConfig {
                afterword: Some(*n),
                ..entry.clone()
            };
            &with_closing
        }
        None => entry,
    };
    let (mut ch, diags) = story::understand(entry, &letter.text, Encoding::Utf8, lang);
    if let Some((n, why)) = closing {
        let said = super::parts::afterword_as_told(n);
        for d in ch.decisions.iter_mut().filter(|d| **d == said) {
            d.clone_from(&why);
        }
    }
    let mut why = vec![format!(
        "an e-mail message: its plain-text part is the letter{}",
        if msg.html.is_some() {
            " (its HTML part, the same letter, is not read)"
        } else {
            ""
        }
    )];
    why.extend(letter.decisions);
    ch.decisions.splice(0..0, why);
    ch.meta.dropped.extend(letter.dropped);
    ch.meta.dropped.sort_by_key(|d| d.line);
    if entry.title.is_none()
        && let Some(t) = &title
        && let Some(found) = ch.title_in_text.clone()
        && found == found.to_uppercase()
        && found.to_lowercase() == t.to_lowercase()
        && *t != found
    {
        ch.title = crate::typography::apply_str(t, lang);
        ch.decisions.push(format!(
            "title: the text types it in capitals (\"{found}\"); the subject gives its case"
        ));
    }
    // A forwarded letter's writer is the forward's `From:`, not who forwarded it.
    if let Some(from) = &letter.forwarded_from
        && let Some(info) = mailparse::addrparse(from)
            .ok()
            .and_then(|l| l.extract_single_info())
    {
        ch.decisions.push(format!(
            "e-mail: a forwarded letter; its writer is the forward's sender ({from})"
        ));
        msg.sender = Some(sender_of(info));
    }
    from_sender(&mut ch, entry, &msg);
    Ok((ch, diags))
}

/// The author from the sender: where the text names none, the sender's display name;
/// where it names one with a handle in brackets that is the sender's own (`Thu Trang
/// (tramchieu)` sent from `tramchieu@…`, or a name the display name holds), the name.
fn from_sender(ch: &mut Chapter, entry: &ChapterConfig, msg: &Message) {
    let Some((name, addr)) = &msg.sender else {
        return;
    };
    if entry.author.is_some() {
        return;
    }
    if ch.authors.is_empty() {
        if let Some(n) = name {
            ch.authors = vec![n.clone()];
            ch.meta.author = Some(n.clone());
            ch.decisions
                .push(format!("author: the sender of the message ({n})"));
        }
        return;
    }
    let local = addr.split('@').next().unwrap_or("").to_lowercase();
    let display: Vec<String> = name
        .iter()
        .flat_map(|n| n.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    for a in &mut ch.authors {
        let Some((who, handle)) = a
            .trim_end()
            .strip_suffix(')')
            .and_then(|s| s.rsplit_once(" ("))
        else {
            continue;
        };
        let theirs = handle.to_lowercase() == local
            || who
                .split_whitespace()
                .all(|w| display.contains(&w.to_lowercase()));
        if theirs && !handle.contains(char::is_whitespace) && !who.trim().is_empty() {
            ch.decisions.push(format!(
                "author: \"{a}\" is the sender's name and handle; the name is the author"
            ));
            *a = who.trim().to_string();
        }
    }
    ch.meta.author = Some(ch.authors.join(", "));
}

/// The story's title in a subject line: its words after a label (`New story: …`,
/// `Re: …`), without a closing aside in brackets (`(please read)`).
fn subject_title(subject: &str) -> String {
    let mut t = subject.trim();
    if let Some((_, rest)) = t.rsplit_once(": ") {
        t = rest.trim();
    }
    for (open, close) in [('(', ')'), ('[', ']')] {
        if t.ends_with(close)
            && let Some(i) = t.rfind(open)
            && i > 0
        {
            t = t[..i].trim_end();
        }
    }
    t.to_string()
}

mod bulk;
mod letter;

#[cfg(test)]
mod tests {
    use super::*;

    /// A `multipart/alternative` message, both parts quoted-printable UTF-8 with soft
    /// line breaks inside a character's bytes, headers encoded as RFC 2047 words.
    const MESSAGE: &str = "MIME-Version: 1.0\r\n\
Content-Type: multipart/alternative; boundary=\"b1\"\r\n\
Subject: =?utf-8?q?Truy=E1=BB=87n_m=E1=BB=9Bi=3A_M=C6=B0a_=28=C4=91=E1=BB=8Dc_nh=C3=A9=29?=\r\n\
From: =?UTF-8?B?Tmd1eeG7hW4gVGh1IFRyYW5n?= <tramchieu@example.org>\r\n\
Date: Tue, 3 Mar 2026 10:00:00 +0700\r\n\
To: Minh <minh@example.net>\r\n\
\r\n\
--b1\r\n\
Content-Type: text/plain; charset=\"utf-8\"\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
Minh =C6=A1i,\r\n\
\r\n\
M=C6=AFA\r\n\
\r\n\
Tr=E1=BB=9Di m=C6=B0a su=E1=BB=91t bu=E1=BB=95i chi=E1=BB=81u, v=C3=A0 b=\r\n\
=C3=A0 ng=E1=BB=93i ch=E1=BB=9D.\r\n\
\r\n\
Th=C6=B0=C6=A1ng,\r\n\
Trang\r\n\
\r\n\
--=20\r\n\
Nguy=E1=BB=85n Thu Trang\r\n\
\r\n\
--b1\r\n\
Content-Type: text/html; charset=\"utf-8\"\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
<div>Tr=E1=BB=9Di m=C6=B0a su=E1=BB=91t bu=E1=BB=95i chi=E1=BB=81u.</div>\r\n\
--b1--\r\n";

    fn entry() -> ChapterConfig {
        ChapterConfig {
            file: "mua.eml".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_message_is_known_by_its_name_or_its_mime_header() {
        assert!(is_message("a.EML", b"anything"));
        assert!(is_message("a.txt", MESSAGE.as_bytes()));
        // A story that opens with a letter's lines is no message.
        assert!(!is_message(
            "a.txt",
            b"From: Margaret Oduya\nTo: the Council\n\nDear sirs,"
        ));
        assert!(!is_message(
            "a.txt",
            b"Title: X\nMIME-Version: 1.0\nContent-Type: text/plain\nOnce upon a time"
        ));
        // A story that opens with an e-mail typed out, no date to it.
        assert!(!is_message(
            "a.txt",
            b"From: ops@kestrel.example\nSubject: Server room\nMIME-Version: 1.0\nContent-Type: text/plain\n\nNobody read it."
        ));
    }

    /// One part only is read, decoded; the letter's greeting, sign-off and signature
    /// are left out; the subject gives the title's case and the sender the author.
    #[test]
    fn a_message_is_read_from_its_plain_text_part() {
        let (ch, _) = read(&entry(), MESSAGE.as_bytes(), "en").unwrap();
        let body: Vec<String> = ch.body.iter().map(|b| b.plain()).collect();
        assert_eq!(body, ["Trời mưa suốt buổi chiều, và bà ngồi chờ."]);
        assert_eq!(ch.title, "Mưa");
        assert_eq!(ch.authors, ["Nguyễn Thu Trang"]);
        assert!(ch.preface.is_empty() && ch.afterword.is_empty());
        let dropped: Vec<&str> = ch.meta.dropped.iter().map(|d| d.text.as_str()).collect();
        assert!(dropped.contains(&"Minh ơi,") && dropped.contains(&"Nguyễn Thu Trang"));
    }

    /// An author the text names with the sender's handle is the name alone.
    #[test]
    fn the_senders_handle_is_no_part_of_the_authors_name() {
        let msg = MESSAGE.replace(
            "M=C6=AFA\r\n",
            "M=C6=AFA\r\nT=C3=A1c gi=E1=BA=A3: Thu Trang (tramchieu)\r\n",
        );
        let (ch, _) = read(&entry(), msg.as_bytes(), "en").unwrap();
        assert_eq!(ch.authors, ["Thu Trang"]);
    }

    /// A forwarded letter: the forward's header goes with the greeting, and its `From:`
    /// names the writer, not the friend who forwarded it.
    #[test]
    fn a_forwarded_letters_writer_is_the_forwards_sender() {
        let msg = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\
From: Sam Reyes <sam@example.net>\nSubject: Fwd: The Lake\n\nthought you would like this one\n\n\
---------- Forwarded message ---------\nFrom: June Okafor <june@example.org>\nSubject: The Lake\n\n\
The Lake\n\nThey swam out to the island every summer.\n";
        let (ch, _) = read(&entry(), msg.as_bytes(), "en").unwrap();
        assert_eq!(ch.title, "The Lake");
        assert_eq!(ch.authors, ["June Okafor"]);
        let body: Vec<String> = ch.body.iter().map(|b| b.plain()).collect();
        assert_eq!(body, ["They swam out to the island every summer."]);
    }

    #[test]
    fn a_subject_names_the_title_after_its_label() {
        assert_eq!(
            subject_title("New fic: Paper Boats (please read!)"),
            "Paper Boats"
        );
        assert_eq!(subject_title("Re: Fwd: Lanterns [draft]"), "Lanterns");
        assert_eq!(subject_title("Lanterns"), "Lanterns");
    }

    #[test]
    fn a_broken_message_is_refused_or_read_from_html() {
        let html = "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nFrom: Ana <ana@x.org>\r\n\r\n<p>Rain.</p>\r\n";
        let (ch, _) = read(&entry(), html.as_bytes(), "en").unwrap();
        assert_eq!(
            ch.body.iter().map(|b| b.plain()).collect::<Vec<_>>(),
            ["Rain."]
        );
        assert_eq!(ch.authors, ["Ana"]);
        let none = "MIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\nxx";
        assert!(read(&entry(), none.as_bytes(), "en").is_err());
        // The story as an attached text file, beside a PDF.
        let attached = "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\nFrom: Ana <ana@x.org>\n\n\
--b\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=s.pdf\n\nJVBERi0=\n\
--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=s.txt\n\nRain fell.\n--b--\n";
        let (ch, _) = read(&entry(), attached.as_bytes(), "en").unwrap();
        assert_eq!(
            ch.body.iter().map(|b| b.plain()).collect::<Vec<_>>(),
            ["Rain fell."]
        );
    }

    /// A newsletter's closing note is said to be found after its last divider, not
    /// counted by `book.toml`, which said nothing.
    #[test]
    fn a_newsletters_closing_note_gives_its_own_reason() {
        let msg = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\
From: Mira Sol <mira@example.org>\nSubject: The Sunday Short: The Glass Orchard\n\
List-Unsubscribe: <https://example.org/u>\n\n\
Hi all!\n\nThis week's story came to me on a train.\n\nThe Glass Orchard\n\n\
The orchard was glass.\n\n* * *\n\nThe apples rang.\n\n* * *\n\n\
That's all for this week. See you next Sunday,\n\nMira\n";
        let (ch, _) = read(&entry(), msg.as_bytes(), "en").unwrap();
        assert!(!ch.afterword.is_empty(), "{:?}", ch.decisions);
        let said = |w: &str| ch.decisions.iter().any(|d| d.contains(w));
        assert!(
            said("after the newsletter's last divider"),
            "{:?}",
            ch.decisions
        );
        assert!(!said("as book.toml says"), "{:?}", ch.decisions);
    }
}
