//! One story file on disk → a [`Chapter`] and its warnings.
//!
//! Input: the chapter's `book.toml` entry and its resolved path. Output: the chapter read
//! through the reader its bytes call for (an e-mail message's text part, an import for
//! HTML and EPUB, else decoding and the plain-text story reader), its notes' wholly
//! emphasised paragraphs made plain, their
//! language found where it is not the story's,
//! with warnings for every byte decoding had to guess or repair; or the error that
//! stopped it, naming the file and what to do.

use super::{decode, eml, guard, import, inline, io_reason, note_language, story};
use crate::config;
use crate::diag::Diagnostic;
use crate::model::{Block, Chapter, Encoding};
use std::path::Path;

/// One story read: the chapter and its warnings, or the error that stopped it.
pub(super) type ChapterRead = Result<(Chapter, Vec<Diagnostic>), Diagnostic>;

/// Largest story file read: ten times the longest fan fiction there is (about 4 million
/// words, 22 MB). Anything bigger is the wrong file, and reading it would take minutes
/// and gigabytes before saying so.
const MAX_STORY_BYTES: u64 = 64 * 1024 * 1024;

/// Reads and understands one story file; a file that cannot be read is an error.
///
/// A fault in a reader (a bug, on some shape of file no one foresaw) stops this story
/// with an error naming the file, not the whole program with a panic.
pub(crate) fn read_chapter(entry: &config::ChapterConfig, path: &Path, lang: &str) -> ChapterRead {
    guard::guarded(|| {
        read_any(entry, path, lang).map(|(mut chapter, warnings)| {
            upright_notes(&mut chapter);
            note_language::set(&mut chapter, lang);
            (chapter, warnings)
        })
    })
    .unwrap_or_else(|fault| {
        Err(Diagnostic::error(
            Some(entry.file.clone()),
            format!("Quire failed while reading this file (an internal error: {fault})"),
        )
        .hint(
            "this is a bug in Quire, not in the file: please report it with the file \
             attached; to build the book meanwhile, leave this story out of book.toml",
        ))
    })
}

/// The author's notes of a chapter (its preface, afterword and notes at their place)
/// with each paragraph set wholly in emphasis (`*A/N: thanks for reading!*`, an AO3
/// note inside `<em>`) made plain: a note is set in italic already, where emphasis
/// reads upright, the reverse of what the author marked.
fn upright_notes(ch: &mut Chapter) {
    fn unwrap(blocks: &mut [Block]) {
        for b in blocks {
            match b {
                Block::Paragraph(inl) => inline::unwrap_whole_emphasis(inl),
                Block::Note(inner) | Block::Quote(inner) => unwrap(inner),
                Block::List(list) => list.items.iter_mut().for_each(|i| unwrap(i)),
                _ => {}
            }
        }
    }
    unwrap(&mut ch.preface);
    unwrap(&mut ch.afterword);
    for b in &mut ch.body {
        if let Block::Note(inner) = b {
            unwrap(inner);
        }
    }
}

fn read_any(entry: &config::ChapterConfig, path: &Path, lang: &str) -> ChapterRead {
    let file = Some(entry.file.clone());
    // Look before reading: reading a folder fails, and reading a named pipe never ends.
    let read = std::fs::metadata(path).and_then(|m| {
        if m.is_dir() {
            Err(std::io::Error::from(std::io::ErrorKind::IsADirectory))
        } else if !m.is_file() {
            Err(std::io::Error::other("not a regular file"))
        } else if m.len() > MAX_STORY_BYTES {
            Err(std::io::Error::from(std::io::ErrorKind::FileTooLarge))
        } else {
            std::fs::read(path)
        }
    });
    let bytes = match read {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::IsADirectory => {
            return Err(Diagnostic::error(file, "is a folder, not a story file")
                .hint("name a .txt file inside it"));
        }
        Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => {
            let mb = std::fs::metadata(path).map_or(0, |m| m.len() / (1024 * 1024));
            return Err(Diagnostic::error(
                file,
                format!(
                    "is {mb} MB, more than the {} MB a story file may be",
                    MAX_STORY_BYTES / (1024 * 1024)
                ),
            )
            .hint("check that `file` names the story; split a longer work into chapters"));
        }
        Err(e) if e.kind() == std::io::ErrorKind::Other => {
            return Err(Diagnostic::error(
                file,
                "is not a regular file (it is a device, pipe or socket)",
            )
            .hint("give a plain-text story (.txt)"));
        }
        Err(e) => {
            let (msg, hint) = match e.kind() {
                std::io::ErrorKind::NotFound => (
                    "story file not found".to_string(),
                    "check the `file` path in book.toml (it is relative to book.toml)",
                ),
                std::io::ErrorKind::PermissionDenied => (
                    "cannot read story file: permission denied".to_string(),
                    "make the file readable (chmod a+r)",
                ),
                _ => (
                    format!("cannot read story file: {}", io_reason(&e)),
                    "check the file",
                ),
            };
            return Err(Diagnostic::error(file, msg).hint(hint));
        }
    };
    if eml::is_message(&entry.file, &bytes) {
        return eml::read(entry, &bytes, lang);
    }
    let kind = import::kind(&entry.file, &bytes);
    if kind != import::Kind::Text {
        return import::read(entry, &bytes, kind, lang);
    }
    match decode::decode_report(&bytes) {
        Ok(d) => {
            let (chapter, mut warnings) =
                story::understand_spaced(entry, (&d.text, &d.spaced_ends), d.encoding, lang);
            warnings.splice(0..0, decode_warnings(&entry.file, &d));
            Ok((chapter, warnings))
        }
        Err(decode::DecodeError::Binary) => Err(Diagnostic::error(
            file,
            "is a binary file, not text (it contains NUL or control bytes)",
        )
        .hint("give a plain-text story (.txt)")),
        Err(decode::DecodeError::Format(kind)) => Err(Diagnostic::error(
            file,
            format!("is {kind}, not plain text"),
        )
        .hint(
            "open it in the program that made it and save or export the story as plain text (.txt)",
        )),
        Err(decode::DecodeError::Utf16) => Err(Diagnostic::error(
            file,
            "is UTF-16 text with bytes that are not UTF-16 (a broken or cut-off file)",
        )
        .hint("re-save the file as UTF-8")),
    }
}

/// How many repaired byte runs of one file are reported one by one; the rest are
/// summed up in one more warning.
const MAX_REPAIR_WARNINGS: usize = 10;

/// Warnings for what decoding had to guess or repair: never a silent change of the text.
fn decode_warnings(file: &str, d: &decode::Decoded) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Encoding::Legacy(name) = d.encoding {
        out.push(
            Diagnostic::warning(
                Some(file.to_string()),
                format!("is not UTF-8; read as {name}, the encoding its bytes look like"),
            )
            .hint("check the text in the output, or re-save the file as UTF-8"),
        );
    }
    let read_as = if d.encoding == Encoding::Windows1252 {
        "Windows-1252"
    } else {
        "UTF-8"
    };
    for r in d.repairs.iter().take(MAX_REPAIR_WARNINGS) {
        let bytes: Vec<String> = r.bytes.iter().map(|b| format!("0x{b:02X}")).collect();
        let (what, plural) = if r.bytes.len() == 1 {
            ("byte", "is")
        } else {
            ("bytes", "are")
        };
        let became = if r.cp1252 {
            let code: Vec<String> = r
                .text
                .chars()
                .map(|c| format!("U+{:04X}", c as u32))
                .collect();
            format!("read as Windows-1252 \"{}\" ({})", r.text, code.join(" "))
        } else {
            "replaced by U+FFFD".to_string()
        };
        out.push(
            Diagnostic::warning(
                Some(file.to_string()),
                format!(
                    "{what} {} {plural} not valid {read_as}: {became}",
                    bytes.join(" ")
                ),
            )
            .at(Some(r.line), None)
            .hint("check this line, or re-save the file as UTF-8"),
        );
    }
    if let Some(last) = d.repairs.get(MAX_REPAIR_WARNINGS..).and_then(|r| r.last()) {
        let more = d.repairs.len() - MAX_REPAIR_WARNINGS;
        out.push(
            Diagnostic::warning(
                Some(file.to_string()),
                format!(
                    "{more} more runs of invalid bytes, up to line {}, were read the same way",
                    last.line
                ),
            )
            .hint("re-save the file as UTF-8"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;

    /// A note the author set wholly in emphasis is a note's paragraph like any other (the
    /// note style sets it in italic); emphasis in the story, or in part of a note, stays.
    #[test]
    fn a_note_in_emphasis_is_set_as_a_note() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.txt");
        let story = "*A/N: my first fic, thank you for reading!*\n\nThe Title\n\nShe *left*.\n\n_Thanks for reading! Kudos make my day, and the *next chapter* is soon._";
        std::fs::write(&path, story).unwrap();
        let entry = config::ChapterConfig {
            file: "s.txt".into(),
            ..Default::default()
        };
        let (ch, _) = read_chapter(&entry, &path, "en").unwrap();
        let text = |s: &str| Inline::Text(s.into());
        assert_eq!(
            ch.preface,
            [Block::Paragraph(vec![text(
                "A/N: my first fic, thank you for reading!"
            )])]
        );
        assert_eq!(
            ch.body,
            [Block::Paragraph(vec![
                text("She "),
                Inline::Emphasis(vec![text("left")]),
                text("."),
            ])]
        );
        assert_eq!(
            ch.afterword,
            [Block::Paragraph(vec![
                text("Thanks for reading! Kudos make my day, and the "),
                Inline::Emphasis(vec![text("next chapter")]),
                text(" is soon."),
            ])]
        );
    }
}
