//! Verse in plain text, tests: poem sequences, stanzas beside prose, typed lines that
//! are not verse, indent levels.

use super::*;
use crate::source::paragraphs::split;

fn marks(text: &str) -> Vec<(usize, Verse)> {
    split(text).iter().map(|p| (p.line, p.verse)).collect()
}

const POEMS: &str = r"A long note before the poems, so that the file reads as one not wrapped by any tool at all, which matters here.


I. Harbour, 2nd May

The boat goes out before the light
with a net, a flask, a rope,
    a knife, a lamp, a coat
and nobody to row it.

_Wind N 3. Sea slight._
_Nets out 5.10 a.m._
_Nothing caught._

But the sea keeps what it keeps.


II. Quay, 3rd May

He ties it up,
    and ties it up,
        and goes.
";

#[test]
fn a_poem_sequence_is_stanzas_under_titles() {
    use Verse::*;
    assert_eq!(
        marks(POEMS),
        vec![
            (1, Prose),
            (4, Title),
            (6, Stanza),
            (11, Stanza),
            (15, Stanza),
            (18, Title),
            (20, Stanza)
        ]
    );
    let paras = split(POEMS);
    // The log's three lines, each a sentence, are one stanza again, not three paragraphs.
    assert_eq!(
        paras[3].text,
        "_Wind N 3. Sea slight._\n_Nets out 5.10 a.m._\n_Nothing caught._"
    );
    // The poet's indents are kept, line by line.
    assert_eq!(levels(&paras[2].indents), [0, 0, 1, 0]);
    assert_eq!(levels(&paras[6].indents), [0, 1, 2]);
}

#[test]
fn typed_lines_that_are_not_verse_stay_paragraphs() {
    // A letter's closing, an e-mail's header, a chat log, lines one sentence each:
    // typed line breaks, but no evidence of a poem.
    for text in [
        "I will write again when the snow goes, which it will, in its own good time, as it always has done here.\n\nWith love,\n\x20   Marius\n\nYours ever,\nC.\n",
        "From: Ana Lopes <ana@example.org>\nTo: Tom Reid <tom@example.org>\nDate: Wed, 5 Feb 2025 09:30\nSubject: the tenor\n\nFrom: Tom Reid <tom@example.org>\nTo: Ana Lopes <ana@example.org>\nDate: Wed, 5 Feb 2025 10:02\nSubject: Re: the tenor\n",
        "[21:04] coz: hi\n[21:05] marius: hello\n[21:06] coz: where r u\n\n[21:09] marius: library\n[21:10] coz: ok\n[21:11] marius: come\n",
        "He left.\nShe stayed.\nThe clock struck nine.\n\nNobody came.\nThe rain stopped.\nShe slept.\n",
    ] {
        assert!(
            split(text).iter().all(|p| p.verse == Verse::Prose),
            "{text}"
        );
    }
}

#[test]
fn two_stanzas_in_a_row_are_verse_without_indents() {
    let text = "She sang it the way her mother had, which was the only way anybody in the valley knew to sing it.\n\n\
Down where the river runs narrow,\nWe sang to keep the dark away;\nLight on the hill and the harrow,\nWait for the end of the day.\n\n\
Now the mill is still and the water\nRuns where the wheel used to be;\nSing it again for the daughter,\nSing her out into the sea.\n\n\
Nobody said anything for a while, and the kettle, which had been boiling for some time, clicked off.\n";
    let v: Vec<Verse> = split(text).iter().map(|p| p.verse).collect();
    assert_eq!(
        v,
        [Verse::Prose, Verse::Stanza, Verse::Stanza, Verse::Prose]
    );
    // One such stanza alone is a quotation set as typed, not evidence enough.
    let one = text.replacen("Now the mill", "\u{0}", 1);
    let one = one.split('\u{0}').next().unwrap();
    assert!(split(one).iter().all(|p| p.verse == Verse::Prose));
}

#[test]
fn indent_levels_round_to_four_columns() {
    assert_eq!(levels(&[0, 4, 8, 2, 3, 40]), [0, 1, 2, 1, 1, 4]);
    assert_eq!(levels(&[2, 6, 2]), [0, 1, 0]);
    assert_eq!(indent_columns("\t  x"), 6);
}

/// Regression: a letter's head — the sender's address, the date, the recipient's
/// address, "Dear …" — was read as two stanzas with the date as a poem's title, so
/// the date became a heading. It is the letter's: all prose (lines kept), in both date
/// shapes; a poem in the letter after its greeting is still verse.
#[test]
fn a_letters_head_is_no_poem_and_its_date_no_title() {
    for date in ["14th March 1923", "March 14, 1923"] {
        let text = format!(
            "Fenwick House\n4 Mill Lane\nAshcombe\n\n{date}\n\nMiss Harriet Cole\nThe Schoolhouse\nLittle Barrow\n\nDear Harriet,\n\nThe river has come up over the lower meadow again and Father says the bridge will not be safe until April, so I send the books.\n\nThe heron stands\nin the reeds all day\nand waits for me\n\nThe weir is loud\nthe mill is still\nand so am I\n\nWith love,\nMargaret\n"
        );
        let m = marks(&text);
        assert!(
            m[..4].iter().all(|(_, v)| *v == Verse::Prose),
            "{date}: {m:?}"
        );
        assert_eq!(m[5].1, Verse::Stanza, "{m:?}");
        assert_eq!(m[6].1, Verse::Stanza, "{m:?}");
    }
    // A diary's dated entries stay as they were: no letter's head without a greeting.
    let diary = "14th March 1923\n\nSnow again. The hens refused to leave the coop.\n\n15th March 1923\n\nA thaw by noon, then ice by supper.\n";
    assert!(marks(diary).iter().all(|(_, v)| *v == Verse::Prose));
}

/// A poem cycle's parts numbered alone ("II.") are its titles, stop and all; a line of
/// the poem that ends in a stop stays a stanza's.
#[test]
fn a_numeral_alone_heads_a_part_of_a_cycle() {
    let text = "A note that runs on for long enough that nobody would take the file for one wrapped by a tool.\n\nI.\n\nthe first weather is the waiting room\nwhere the clock has learned to whisper\nand everyone holds a paper cup\n\nMy mother counts the ceiling tiles.\n    Forty-one, she says, and then again,\n    forty-one, in case the number changed.\n\nII.\n\nthe second weather is the drive home\nrain stitching the windscreen shut\nwipers saying no, no, no, no\n";
    let m = marks(text);
    assert_eq!(m[1], (3, Verse::Title));
    assert_eq!(m[2].1, Verse::Stanza);
    assert_eq!(m[4], (13, Verse::Title));
    assert_eq!(m[5].1, Verse::Stanza);
}

/// A line whose first word ends in a letter of a script written in several bytes (a
/// Chinese tag, a Thai word) is weighed as a title like any other, without a fault.
#[test]
fn a_first_word_in_a_wide_script_is_weighed_whole() {
    for (t, title) in [
        ("#原创 #短篇", true),
        ("อัปเดตล่าสุด 3 วันก่อน", true),
        ("第三章 雨", true),
        ("II. 雨", true),
    ] {
        let p = &split(t)[0];
        assert_eq!(title_like(p, None), title, "{t}");
    }
}
