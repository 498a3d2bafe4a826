//! Typographic hostile probes: a book of what anthologies paste (a scream of one letter
//! opening a paragraph, a file name and a path longer than a line, a one-word title, an
//! author's name that is a whole collective's, joined by no-break spaces) is set with no
//! text past the right margin, on screen and in print, and every character arrives in order.

mod common;

use common::Fixture;
use std::path::Path;

const AUTHOR: &str = "Margaret Annabelle Featherstonehaugh-Cholmondeley-Wriothesley of the \
                      Lesser Hebrides Writing Collective";

const SCREAM: &str = "Screaming\n\n\
    \u{201C}NOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO,\u{201D} said Priya, \
    when the cancellation was announced.\n\n\
    Her roommate looked up from the couch and asked whether it was really that bad, and she \
    said that it was, and worse.\n\n\
    The document was called lighthouse_keepers_s4_fix_it_FINAL_v2_actually_final_this_time.docx \
    and it was empty, saved in C:\\Users\\mara\\Documents\\Fandom\\Screenshots\\2024\\\
    LighthouseKeepers\\season-three-finale\\reaction-images\\ with the rest.\n";

const TITLE: &str = "Antidisestablishmentarianismhypothetically\n\n\
    The bishop and the baker argued about it for twenty years. At the funeral of the one, \
    the other stood at the back and said a single word, and everyone understood it.\n";

/// Each word `pdftotext -bbox` reads: page (from 1), left and right edges, text; and
/// the pages' width.
fn word_boxes(pdf: &Path) -> (Vec<(usize, f32, f32, String)>, f32) {
    let xml = common::tool(
        "pdftotext",
        &["-bbox", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"],
    );
    let mut out = Vec::new();
    let (mut page, mut width) = (0, 0.0);
    for chunk in xml.split('<').skip(1) {
        if chunk.starts_with("page ") {
            page += 1;
            width = common::bbox_attr(chunk, "width");
        } else if let Some(word) = chunk.strip_prefix("word ") {
            let text = word[word.find('>').unwrap() + 1..].to_string();
            let (x0, x1) = (
                common::bbox_attr(chunk, "xMin"),
                common::bbox_attr(chunk, "xMax"),
            );
            out.push((page, x0, x1, text));
        }
    }
    (out, width)
}

/// The text's characters but its white space, with `pdftotext`'s entities read back.
fn squeezed(text: &str) -> String {
    text.replace("&amp;", "&")
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{AD}')
        .collect()
}

fn probe(profile: &str, trim: &str) {
    let toml = format!(
        "[book]\ntitle = \"Unbreakable Things\"\nauthors = [\"{AUTHOR}\"]\nlanguage = \"en-US\"\n\
         \n[pdf]\nprofile = \"{profile}\"\ntrim = \"{trim}\"\n\
         \n[[chapters]]\nfile = \"scream.txt\"\n\n[[chapters]]\nfile = \"title.txt\"\n"
    );
    let f = Fixture::with_toml(&toml);
    f.write("scream.txt", SCREAM);
    f.write("title.txt", TITLE);
    let out = common::scratch("typography_probe", &format!("{profile}-{trim}"));
    let (pdf, _) = common::build_format(f.path(), "pdf", &out);
    let (words, width) = word_boxes(&pdf);
    // The margins mirror: a page's right margin is as wide as the left margin of the
    // pages facing the other way (the outer margins of a spread, or its inner ones).
    let left = |parity: usize| {
        words
            .iter()
            .filter(|w| w.0 % 2 == parity)
            .map(|w| w.1)
            .fold(f32::INFINITY, f32::min)
    };
    let right = [width - left(1), width - left(0)];
    for (page, _, x, text) in &words {
        let right = right[page % 2];
        // Punctuation may hang into the margin by part of its width; nothing else may
        // pass it (a point is left for margins that differ by a fraction).
        let hangs = text.ends_with(|c: char| !c.is_alphanumeric());
        let allowed = right + if hangs { 3.5 } else { 1.0 };
        assert!(
            *x <= allowed,
            "{profile} {trim}: {text:?} on page {page} ends at {x}, past the margin at {right}"
        );
    }
    // Every character arrives, in order, however the long words were cut.
    let got = squeezed(&common::pdftotext(&pdf));
    for source in [AUTHOR, SCREAM, TITLE] {
        for para in source.split("\n\n") {
            let want = squeezed(para);
            assert!(
                got.contains(&want),
                "{profile} {trim}: {:?} lost or out of order",
                &want[..want.len().min(60)]
            );
        }
    }
}

#[test]
fn long_tokens_stay_inside_the_margin_on_screen() {
    probe("screen", "a5");
    probe("screen", "5.5x8.5in");
}

#[test]
fn long_tokens_stay_inside_the_margin_in_print() {
    probe("print", "6x9in");
    probe("print", "5x8in");
}
