//! The fonts Quire embeds, compiled into the binary so a build never depends on what
//! the machine has installed. See `fonts/README.md` for their origin and licences.

/// Charis SIL Regular: the book face.
pub static REGULAR: &[u8] = include_bytes!("../fonts/CharisSIL-Regular.ttf");
/// Charis SIL Italic: emphasis, author's notes.
pub static ITALIC: &[u8] = include_bytes!("../fonts/CharisSIL-Italic.ttf");
/// Charis SIL Bold: titles.
pub static BOLD: &[u8] = include_bytes!("../fonts/CharisSIL-Bold.ttf");
/// Noto Serif Regular: fallback for characters the book face lacks (Greek and others).
pub static FALLBACK: &[u8] = include_bytes!("../fonts/NotoSerif-Regular.ttf");
/// The licence text that must travel with the embedded Charis SIL files.
pub static CHARIS_LICENSE: &str = include_str!("../fonts/CharisSIL-LICENSE.txt");
/// The licence text that must travel with the embedded Noto Serif file.
pub static FALLBACK_LICENSE: &str = include_str!("../fonts/NotoSerif-LICENSE.txt");
