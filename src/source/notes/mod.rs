//! The vocabulary of author's notes: labels, talk to readers, sign-offs.
//!
//! Input: one paragraph's text. Output: whether it carries a label (`A/N:`, `**A/N:**`,
//! `(Author's note: …)`, `Disclaimer:`), how many signs of an author talking to readers
//! it holds, whether it signs off. `parts` combines these into decisions.
//!
//! This module holds the labels (`A/N:`, `Note de l'auteur :`, `CW:` …) and how a
//! paragraph wears one; [`talk`] holds the signs of unlabelled talk to readers:
//! phrases, sign-offs and disclaimers.

mod labels;
mod phrases;
mod talk;

pub use labels::{AUTHOR_LABELS, END_LABELS, NOTE_LABELS};

pub use talk::{
    addresses_readers, closes_with_sign_off, is_bracketed_talk, is_closing_aside, is_disclaimer,
    is_sign_off, opens_on_its_writing, talk_signs, talks_as_note, talks_under_byline,
};

/// Phrases only an author talking to readers uses: about the fic, reviews, updates,
/// ownership, in the six languages. One of these is needed before unlabelled text is
/// taken as a note, so a first-person narrator who mentions "the story" or says
/// "enjoy" stays in the story.
fn straighten(s: &str) -> String {
    // French sets a space before a colon ("Note de l'auteur :"); labels are matched
    // without it.
    s.to_lowercase()
        .replace(['’', '‘', '`'], "'")
        .replace([' ', '\u{a0}', '\u{202f}'], " ")
        .replace(" :", ":")
}

/// Strips decoration a label may wear: `**A/N:**`, `(A/N: …)`, `[AN]`, `## Notes`.
fn undecorated(text: &str) -> String {
    straighten(undecorated_raw(text))
}

/// `text` without the decoration a label may wear before it, not yet straightened.
fn undecorated_raw(text: &str) -> &str {
    text.trim_start_matches(['*', '_', '(', '[', '{', ' ', '~', '-', '<', '#'])
}

/// `text` up to the first white space at or after its `chars`th character, or all of
/// it. Straightening `text` begins with straightening this head: white space is neither
/// cased nor ignored by case (so lowercasing a final sigma before it looks no further)
/// and no `:` (so no ` :` is joined across the cut).
fn head(text: &str, chars: usize) -> &str {
    text.char_indices()
        .skip(chars)
        .find(|(_, c)| c.is_whitespace())
        .map_or(text, |(i, _)| &text[..i])
}

/// Whether a paragraph opens with an author's-note label.
pub fn is_labelled_note(text: &str, labels: &[&str]) -> bool {
    // Only the paragraph's head is straightened: one of twice as many characters as the
    // longest label has bytes keeps, straightened, one character more than any label
    // (joining ` :` halves at worst), so whether a label opens it and what follows the
    // label are as in the whole paragraph.
    let longest = labels.iter().map(|l| l.len()).max().unwrap_or(0);
    let raw = undecorated_raw(text);
    let t = straighten(head(raw, 2 * longest + 2));
    // A label alone on the paragraph's first line, its note under it ("작가의 말" over
    // the note), but not a line in capitals: that is a sign the story shows ("THANKS
    // FOR READING" over the shop's name).
    let own_line = || {
        let first = raw.lines().next().unwrap_or("");
        first.chars().any(char::is_lowercase) || !first.chars().any(char::is_uppercase)
    };
    labels.iter().any(|l| {
        t.starts_with(l) && {
            // "An:" must not match "An old man…" and "Note" must be a label, not a word.
            let rest = &t[l.len()..];
            // A label closed by its bracket (`（後書き）`) may stand alone on its line.
            l.ends_with([':', '）', '】'])
                || rest.is_empty()
                || (rest.starts_with('\n') && own_line())
                || rest.starts_with([
                    ':', ' ', '-', '—', ')', ']', '*', '_', 's', '.', '!', ',', '：',
                ])
        }
    })
}

/// Words a dedication opens with, lowercase: "Dedicated to my sister", "Tileinkað ömmu".
const DEDICATIONS: &[&str] = &[
    "dedicated to ",
    "this is dedicated to ",
    "this one is dedicated to ",
    "dédié à ",
    "dédiée à ",
    "dedicado a ",
    "dedicada a ",
    "dedicato a ",
    "dedicata a ",
    "gewidmet ",
    "opgedragen aan ",
    "tillägnad ",
    "tilegnet ",
    "tileinkað ",
    "tileinkuð ",
    "omistettu ",
    "věnováno ",
    "dedykuję ",
    "посвящается ",
    "присвячується ",
    // Persian, Arabic, Hebrew, Greek and Vietnamese ("dedicated to", "to").
    "تقدیم به ",
    "إهداء إلى ",
    "إهداء: ",
    "מוקדש ",
    "מוקדשת ",
    "αφιερωμένο ",
    "dành tặng ",
    // A prompt's giver by handle ("prompt from @inkwell-anon: …").
    "prompt from @",
    // A gift to a blog or archive user by handle ("for @seaglass-sundays, who asked
    // for…"): a story's line never opens so.
    "for @",
    "für @",
    "pour @",
    "para @",
    "per @",
];

/// "For" in the languages notes are read in, as a dedication opens ("For my father").
const FOR: &[&str] = &[
    "for ", "to ", "pour ", "à ", "para ", "per ", "für ", "voor ", "dla ", "för ", "til ",
];

/// The possessives and words for everyone that follow it in a dedication.
const FOR_WHOM: &[&str] = &[
    "my ",
    "mon ",
    "ma ",
    "mes ",
    "mi ",
    "mis ",
    "mio ",
    "mia ",
    "miei ",
    "mie ",
    "meine ",
    "meinen ",
    "meinem ",
    "mijn ",
    "moich ",
    "mojej ",
    "mojego ",
    "min ",
    "mitt ",
    "mina ",
    "meu ",
    "minha ",
    "meus ",
    "minhas ",
    "everyone ",
    "anyone ",
    "all ",
    "tous ",
    "todos ",
];

/// Whether a paragraph is a dedication: one short paragraph opening with a dedication's
/// words, or a short line wholly in italics that opens "For my …" or "For Name"
/// ("*For my father, who raised his hand.*", "*Pour Lily.*"). It belongs with the
/// author's note at the head of a story.
pub fn is_dedication(text: &str) -> bool {
    let t = straighten(text.trim_start_matches(['*', '_', '(', '[', ' ']));
    if t.split_whitespace().count() <= 30 && DEDICATIONS.iter().any(|d| t.starts_with(d)) {
        return true;
    }
    let trimmed = text.trim();
    let italic = ["*", "_"]
        .iter()
        .any(|m| trimmed.starts_with(m) && trimmed.trim_end_matches(['.', '!', ' ']).ends_with(m));
    let Some(f) = FOR.iter().find(|f| t.starts_with(**f)) else {
        return false;
    };
    let rest = &t[f.len()..];
    // The name as written: its capital is what marks it as one.
    let name = text
        .trim_start_matches(['*', '_', ' '])
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    // "For my mother, who taught me the names of birds …" may run longer than "For
    // Lily, who asked." before it is no dedication.
    let whom = FOR_WHOM.iter().any(|w| rest.starts_with(w));
    let most = if whom { 25 } else { 15 };
    italic && t.split_whitespace().count() <= most && (whom || name)
}

/// Whether a paragraph a reader found set apart (in italics, or alone under a byline)
/// is a dedication, judged as the italic line it is ("For M., who wanted a song…").
pub fn reads_as_dedication(text: &str) -> bool {
    is_dedication(&format!("*{}*", text.trim().trim_matches(['*', '_'])))
}

/// Whether a labelled paragraph is the label alone ("Author's Note", "**A/N:**"), so the
/// note itself is the next paragraph.
pub fn is_bare_label(text: &str) -> bool {
    let t = undecorated(text);
    let rest = NOTE_LABELS
        .iter()
        .filter(|l| t.starts_with(*l))
        .map(|l| &t[l.len()..])
        .min_by_key(|r| r.len());
    rest.is_some_and(|r| {
        r.trim_start_matches('s')
            .chars()
            .all(|c| !c.is_alphanumeric())
    })
}

/// Whether a note opened with `(` or `[` is still open at the end of this paragraph.
pub fn opens_bracket(text: &str) -> Option<char> {
    let t = text.trim_start_matches(['*', '_', ' ']);
    let close = match t.chars().next()? {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    (!text.trim_end_matches(['*', '_', ' ']).ends_with(close)).then_some(close)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        for l in [
            "A/N: hi",
            "AN: hi",
            "A/N hi",
            "Author's Note: x",
            "Author’s note: x",
            "**A/N:** x",
            "(A/N: x)",
            "Disclaimer: I own nothing",
            "AUTHOR'S NOTE",
        ] {
            assert!(is_labelled_note(l, NOTE_LABELS), "{l}");
        }
        for l in [
            "An old man walked in.",
            "Another day.",
            "Notebooks everywhere.",
        ] {
            assert!(!is_labelled_note(l, NOTE_LABELS), "{l}");
        }
        // Spanish and LiveJournal closing labels; story lines that open alike stay.
        for l in [
            "N. de la A.: ¡Gracias por leer!",
            "Concrit welcome!",
            "Comments are love and I will reply to every one!",
            "Afterword. I have been asked whether it is real.",
        ] {
            assert!(is_labelled_note(l, END_LABELS), "{l}");
        }
        for l in [
            "Comments were not welcome at the meeting.",
            "Afterwards she slept.",
        ] {
            assert!(!is_labelled_note(l, END_LABELS), "{l}");
        }
        // Notes in Dutch, Polish, Hebrew, Chinese and Korean; a story's words that open
        // like a label stay story.
        for l in [
            "Noot van de schrijver: dit verhaal schreef ik voor de bibliotheek.",
            "Uwagi autorki: dziękuję mojej siostrze.",
            "הערת המחברת: סיפור קצר שכתבתי לסדנה.",
            "写在前面：这是我第一次写短篇。",
            "작가의 말: 읽어주셔서 감사합니다.",
        ] {
            assert!(is_labelled_note(l, NOTE_LABELS), "{l}");
        }
        for l in [
            "Nootmuskaat en kaneel lagen op tafel.",
            "Uwagi nie było, nikt nie patrzył.",
        ] {
            assert!(!is_labelled_note(l, NOTE_LABELS), "{l}");
        }
        // Closing notes in Hebrew, Arabic (a woman writing), Persian (with the ezafe)
        // and Thai (Dek-D's "talk"); a Thai story line opening with the word stays.
        for l in [
            "הערה לסיום:",
            "ملاحظة الكاتبة:",
            "یادداشتِ نویسنده: این شعرها را در یک سال نوشتم.",
            "ทอล์ก",
        ] {
            assert!(is_labelled_note(l, END_LABELS), "{l}");
        }
        assert!(!is_labelled_note("ทอล์กกับลุงได้ทุกวันเสาร์", END_LABELS));
        assert!(!is_labelled_note("ทอล์กกับลุงได้ทุกวันเสาร์", NOTE_LABELS));
        // EFP's "Note dell'autrice" (the plural) over a closing note, either apostrophe.
        for l in ["Note dell'autrice", "Note dell’autore: grazie a tutti!"] {
            assert!(is_labelled_note(l, END_LABELS), "{l}");
        }
    }

    #[test]
    fn a_head_straightens_as_the_start_of_the_whole() {
        let long = "word ".repeat(60);
        for text in [
            format!("{long}ΟΔΟΣ'' next"),
            format!("{long}ΟΔΟΣ''"),
            format!("{long}x :y {long}"),
            format!("{long}\u{a0}:\u{202f}: Σ"),
            "İİİİİİİİİİ İİ".repeat(30),
            "short".to_string(),
        ] {
            for chars in [0, 1, 7, 64, 299, 300, 301, 1000] {
                let h = straighten(head(&text, chars));
                assert!(straighten(&text).starts_with(&h), "{text:?} at {chars}");
                assert!(h.chars().count() >= chars.min(text.chars().count()) / 2);
            }
        }
        // A label after a long run of decoration is still found.
        let decorated = format!("{}A/N: thanks {long}", "*".repeat(200));
        assert!(is_labelled_note(&decorated, NOTE_LABELS));
        let label = format!("{}Author's Note", "~".repeat(100));
        assert!(is_labelled_note(&label, NOTE_LABELS));
        assert!(!is_labelled_note(&format!("{long}A/N: no"), NOTE_LABELS));
    }

    #[test]
    fn bare_labels_and_brackets() {
        assert!(is_bare_label("Author's Note"));
        assert!(is_bare_label("**A/N:**"));
        assert!(is_bare_label("AUTHOR'S NOTES:"));
        assert!(!is_bare_label("A/N: my first fic"));
        assert_eq!(opens_bracket("(A/N: this runs on"), Some(')'));
        assert_eq!(opens_bracket("(A/N: closed here)"), None);
        assert_eq!(opens_bracket("A/N: no bracket"), None);
    }

    #[test]
    fn labels_in_other_languages_and_warnings() {
        for l in [
            "Note de l'auteur : merci",
            "Note de l’autrice: bonjour",
            "N/A : petite note",
            "Nota del autor: hola",
            "Nota de la autora: hola",
            "Anmerkung: hallo",
            "Anmerkung der Autorin: hallo",
            "Nota dell'autore: ciao",
            "Nota da autora: olá",
            "Примечание автора: это мой первый текст",
            "**Kirjoittajan sana:** kesähaaste",
            "Athugasemd höfundar: Þessi saga",
            "Lời tác giả: Truyện viết tặng em gái",
            "Författarens anteckning: Den här novellen skrev jag till skrivarcirkeln",
            "CW: grief",
            "TW: blood",
            "Content warning: fire",
            "Warnings: none",
            "（前書き）\n「冬の童話祭」参加作品です。",
        ] {
            assert!(is_labelled_note(l, NOTE_LABELS), "{l}");
        }
        assert!(is_labelled_note(
            "（後書き）\n最後まで読んでいただき、ありがとうございました！",
            END_LABELS
        ));
        // A translation's notes, the translator's and the original author's.
        assert!(is_labelled_note(
            "Translator's note: shared with permission.",
            NOTE_LABELS
        ));
        assert!(is_labelled_note(
            "From the original author: thank you!",
            END_LABELS
        ));
        // Spanish without the article, as Wattpad's writers put it.
        for l in ["Nota de autora: ¡Holaaa!", "Notas de autor: gracias"] {
            assert!(is_labelled_note(l, NOTE_LABELS), "{l}");
            assert!(is_labelled_note(l, END_LABELS), "{l}");
        }
        assert!(!is_labelled_note("Notre-Dame was dark.", NOTE_LABELS));
        assert!(!is_labelled_note("Anna ran.", NOTE_LABELS));
        // A label alone on its line over the note, kept as typed; not a sign in capitals.
        assert!(is_labelled_note(
            "작가의 말\n안녕하세요, 오랜만이에요.",
            NOTE_LABELS
        ));
        assert!(is_labelled_note(
            "Author's note\nThis one is for Sam.",
            NOTE_LABELS
        ));
        assert!(!is_labelled_note(
            "THANKS FOR READING\n— THE PAPERBACK EXCHANGE",
            END_LABELS
        ));
        assert!(!is_labelled_note(
            "Kirjoittajan sanat jäivät mieleen.",
            NOTE_LABELS
        ));
        assert!(is_dedication(
            "Tileinkað ömmu Guðrúnu, sem skrifaði bestu bréf."
        ));
        assert!(is_dedication("*Dedicated to my sister, who knows why.*"));
        assert!(is_dedication(
            "for @seaglass-sundays, who asked for \"a cat who refuses to leave\" — ~500 words"
        ));
        assert!(!is_dedication("Dedicated people had built the dam."));
        assert!(!is_dedication("She was dedicated to the lighthouse."));
        assert!(is_dedication("تقدیم به مادرم که هنوز گلدان‌ها را آب می‌دهد."));
        assert!(!is_dedication("تقدیمی بود از طرف همسایه."));
        assert!(is_dedication("*Pour mon père, qui levait la main.*"));
        assert!(is_dedication("_For Lily, who asked._"));
        assert!(is_dedication("*To my sister.*"));
        assert!(is_dedication(
            "*For my mother, who taught me the names of birds and never once threw anything off a bridge.*"
        ));
        assert!(!is_dedication("For my father, the war was over by June."));
        assert!(!is_dedication("*For three days the rain fell.*"));
        assert!(!is_dedication("*To the sea, she thought.*"));
    }
}
