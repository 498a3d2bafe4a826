//! Guarded zip reading, for every reader of a zip-based file (EPUB, Word, LibreOffice,
//! a zipped web page): limits on the entries, the bytes inflated and the compression
//! ratio stop zip bombs before they cost memory; encrypted entries (DRM), names that
//! leave the archive and XML entity declarations are refused. Input: the file's bytes in
//! a [`zip::ZipArchive`]. Output: an entry's text, or a [`Refusal`] saying why not.

use std::io::{Cursor, Read};

/// Entries a zip may hold: an EPUB of a 1,000-chapter work with its styles and images
/// holds about 2,100; twice that and more is not a story.
pub(crate) const MAX_ENTRIES: usize = 5_000;
/// Bytes one entry may inflate to: ten times the longest story as one file.
pub(crate) const MAX_ENTRY_BYTES: u64 = 64 * 1024 * 1024;
/// Bytes all the entries read may inflate to together.
pub(crate) const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;
/// Inflation ratio beyond which a large entry is a zip bomb, not text: XHTML deflates to
/// about a quarter, repetitive text to a twentieth; a bomb to a thousandth.
const MAX_RATIO: u64 = 200;

/// Why a file is refused: the message and a hint.
pub(crate) type Refusal = (String, &'static str);

/// A zip refused for its size: `msg` says what it holds or inflates to.
pub(crate) fn bomb(msg: String) -> Refusal {
    (
        format!("is refused: {msg} (a zip bomb, or not a story)"),
        "download the story again from the archive; Quire does not unpack archives this large",
    )
}

/// A file refused for its DRM (an encrypted entry, an EPUB's rights).
pub(crate) fn drm() -> Refusal {
    (
        "is an EPUB protected by DRM, which Quire cannot and may not read".into(),
        "use a DRM-free download (AO3 and FanFicFare files have none)",
    )
}

/// The entry count the end-of-central-directory record states, read before the zip
/// crate builds its index (which would cost memory per entry).
pub(crate) fn declared_entries(bytes: &[u8]) -> Option<usize> {
    let tail_start = bytes.len().saturating_sub(22 + 65_535);
    let tail = &bytes[tail_start..];
    let at = tail.windows(4).rposition(|w| w == b"PK\x05\x06")?;
    let rec = tail.get(at..at + 22)?;
    let n = u16::from_le_bytes([rec[10], rec[11]]) as usize;
    // 0xFFFF means "see the Zip64 record": far more entries than any story needs.
    Some(if n == 0xFFFF { usize::MAX } else { n })
}

/// Refuses encrypted entries, names that leave the archive, and bombs by their declared
/// sizes (reading checks the real sizes again).
pub(crate) fn check_entries(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    noun: &str,
) -> Result<(), Refusal> {
    if zip.len() > MAX_ENTRIES {
        return Err(bomb(format!("holds {} files", zip.len())));
    }
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let f = zip.by_index_raw(i).map_err(|e| {
            (
                format!("is a damaged {noun} (entry {i}: {e})"),
                "download the story again",
            )
        })?;
        if f.encrypted() {
            return Err(drm());
        }
        if f.enclosed_name().is_none() || f.name().contains('\\') {
            return Err((
                format!(
                    "is refused: it holds a file named `{}`, a path that leaves the archive",
                    f.name().escape_debug()
                ),
                "a real story file never does this; do not use this file",
            ));
        }
        let (size, packed) = (f.size(), f.compressed_size().max(1));
        if size > MAX_ENTRY_BYTES || (size > 1024 * 1024 && size / packed > MAX_RATIO) {
            return Err(bomb(format!(
                "`{}` inflates from {packed} to {size} bytes",
                f.name().escape_debug()
            )));
        }
        total = total.saturating_add(size);
    }
    if total > 4 * MAX_TOTAL_BYTES {
        return Err(bomb(format!("its files inflate to {total} bytes")));
    }
    Ok(())
}

/// Reads one entry as text, inflating no more than the limits allow whatever the zip's
/// directory claims; a text declaring XML entities is refused.
pub(crate) fn read_entry(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    (name, noun): (&str, &str),
    budget: &mut u64,
) -> Result<String, Refusal> {
    let buf = read_bytes(zip, (name, noun), budget)?;
    if buf.windows(8).any(|w| w.eq_ignore_ascii_case(b"<!ENTITY")) {
        return Err((
            format!(
                "is refused: `{name}` declares XML entities (<!ENTITY>), which can read files outside the archive"
            ),
            "a real story file never declares entities; do not use this file",
        ));
    }
    let buf = buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&buf);
    Ok(String::from_utf8_lossy(buf).into_owned())
}

/// Reads one entry's bytes, inflating no more than the limits allow (one entry's, and
/// what is left of `budget`, which it spends) whatever the zip's directory claims.
pub(crate) fn read_bytes(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    (name, noun): (&str, &str),
    budget: &mut u64,
) -> Result<Vec<u8>, Refusal> {
    let missing = || {
        (
            format!("is a damaged {noun}: its package lists `{name}`, which is not in the archive"),
            "download the story again",
        )
    };
    let f = zip.by_name(name).map_err(|_| missing())?;
    let cap = MAX_ENTRY_BYTES.min(*budget);
    let mut buf = Vec::new();
    f.take(cap + 1).read_to_end(&mut buf).map_err(|e| {
        (
            format!("is a damaged {noun} (`{name}`: {e})"),
            "download the story again",
        )
    })?;
    if buf.len() as u64 > cap {
        return Err(bomb(format!("`{name}` inflates past {cap} bytes")));
    }
    *budget -= buf.len() as u64;
    Ok(buf)
}
