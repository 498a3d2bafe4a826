//! The anthology in `tests/fixtures/anthology24`, written blind in the commonest shapes
//! readers bring (FanFicFare's and AO3's downloads, a FanFiction.Net paste, plain text,
//! Markdown, Word), with long paragraphs, runs of one-line replies, long names and
//! compounds, an address in a sentence, songs, section headings, German and Italian
//! stories, Chinese characters and emoji in English lines. Set on the beds' pages
//! (print 6×9in, screen A5) and measured once it was read, before any typesetting change
//! was tried on it: 20 loose lines in print, 19 on screen.

use super::*;
use anthology23::meets_the_figures;

#[test]
fn print_anthology24_meets_the_figures() {
    meets_the_figures("anthology24", (Profile::Print, "print", "6x9in"), 20);
}

#[test]
fn screen_anthology24_meets_the_figures() {
    meets_the_figures("anthology24", (Profile::Screen, "screen", "a5"), 19);
}
