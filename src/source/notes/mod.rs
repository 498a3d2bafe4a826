//! The vocabulary of author's notes: labels, talk to readers, sign-offs.
//!
//! Input: one paragraph's text. Output: whether it carries a label (`A/N:`, `**A/N:**`,
//! `(Author's note: …)`, `Disclaimer:`), how many signs of an author talking to readers
//! it holds, whether it signs off. `parts` combines these into decisions.
//!
//! This module holds the labels (`A/N:`, `Note de l'auteur :`, `CW:` …) and how a
//! paragraph wears one; [`talk`] holds the signs of unlabelled talk to readers:
//! phrases, sign-offs and disclaimers.

mod phrases;
mod talk;

pub use talk::{
    addresses_readers, closes_with_sign_off, is_bracketed_talk, is_disclaimer, is_sign_off,
    talk_signs,
};

/// Labels that open an author's note, lowercase, apostrophes straightened, in English,
/// French, Spanish, German, Italian, Portuguese and Russian.
pub const NOTE_LABELS: &[&str] = &[
    "a/n",
    "an:",
    "author's note",
    "authors note",
    "author note",
    "author's notes",
    "authors' note",
    "disclaimer",
    "note:",
    "notes:",
    "a note before you start",
    "a note before you begin",
    "a note before we begin",
    "a quick note:",
    "a short note:",
    "n/a:",
    "n/a ",
    "warning:",
    "warnings:",
    "summary:",
    "rating:",
    "pairing:",
    "pairings:",
    "dedication:",
    "beta'd by",
    "spoilers:",
    "title:",
    "author:",
    "fandom:",
    "characters:",
    "word count:",
    "genre:",
    // Content warnings.
    "cw:",
    "tw:",
    "cw -",
    "tw -",
    "cn:",
    "content warning",
    "content note",
    "trigger warning",
    "tw/cw",
    "cw/tw",
    // French.
    "note de l'auteur",
    "note de l'autrice",
    "note de l'auteure",
    "notes de l'auteur",
    "notes de l'autrice",
    "mot de l'auteur",
    "nda:",
    "n.d.a",
    "avertissement",
    "résumé:",
    // Spanish.
    "nota del autor",
    "nota de la autora",
    "notas del autor",
    "notas de la autora",
    "nota de autor",
    "n. de la a.",
    "n. del a.",
    "nota:",
    "notas:",
    "advertencia",
    "advertencias",
    "aclaración",
    "aclaraciones",
    "descargo",
    "resumen:",
    // German.
    "anmerkung",
    "anmerkungen",
    "hinweis:",
    "hinweise:",
    "warnung:",
    "warnungen:",
    "inhaltswarnung",
    "zusammenfassung:",
    // Italian.
    "nota dell'autore",
    "nota dell'autrice",
    "note dell'autore",
    "note dell'autrice",
    "n.d.a.",
    "avvertenze",
    "avvertimento",
    "avviso:",
    "riassunto:",
    // Portuguese.
    "nota da autora",
    "nota do autor",
    "notas da autora",
    "notas do autor",
    "n.a.:",
    "aviso:",
    "avisos:",
    "resumo:",
    // Russian.
    "примечание автора",
    "примечания автора",
    "примечание:",
    "примечания:",
    "от автора:",
    // Ukrainian ("from the author", "author's note").
    "від автора:",
    "примітка автора",
    "примітки автора",
    // Polish.
    "notka autorki",
    "notka autora",
    "nota autorki",
    "nota autora",
    "od autorki:",
    "od autora:",
    // Czech.
    "poznámka autorky",
    "poznámka autora",
    "poznámky autorky",
    "poznámky autora",
    "poznámka:",
    // Swedish, Norwegian and Danish ("the author's note", "from the author").
    "författarens anmärkning",
    "författarens anteckning",
    "författarens anteckningar",
    "författarens kommentar",
    "forfatterens notat",
    "forfatterens bemærkning",
    "anmärkning:",
    "forfatterens merknad",
    "forfatterens kommentar",
    "forfatterens note",
    "merknad:",
    "fra forfatteren:",
    "från författaren:",
    // Finnish ("the writer's word", "the writer's note").
    "kirjoittajan sana",
    "kirjoittajan huomautus",
    "kirjoittajan kommentti",
    "kirjoittajalta:",
    // Icelandic ("the author's note", "from the author").
    "athugasemd höfundar",
    "athugasemdir höfundar",
    "frá höfundi:",
    // Vietnamese ("the author's words", "the author's note").
    "lời tác giả",
    "lời của tác giả",
    "ghi chú của tác giả",
    "ghi chú:",
    // Dutch ("note from the writer", "from the writer").
    "noot van de schrijver",
    "noot van de schrijfster",
    "noot van de auteur",
    "noot:",
    "van de schrijver:",
    // Polish notes (plural "remarks of the author").
    "uwagi autorki",
    "uwagi autora",
    "uwaga autorki",
    "uwaga autora",
    // Turkish, Greek, Indonesian ("the author's note").
    "yazarın notu",
    "yazar notu",
    "σημείωση συγγραφέα",
    "σημείωση του συγγραφέα",
    "catatan penulis",
    // Hebrew and Arabic ("the author's note", of a woman or a man writing).
    "הערת המחברת",
    "הערת המחבר",
    "הערת הכותבת",
    "הערת הכותב",
    "ملاحظة الكاتب",
    "ملاحظة الكاتبة",
    "ملاحظة المؤلف",
    // Korean ("the author's words").
    "작가의 말",
    // Chinese, as Jinjiang and other sites mark a foreword ("written in front", "the
    // author has something to say", "the author's words").
    "写在前面",
    "寫在前面",
    "作者有话要说",
    "作者有話要說",
    "作者的话",
    "作者的話",
    // Japanese, as Shōsetsuka ni Narō and Pixiv mark a foreword ("（前書き）", "まえがき").
    "（前書き）",
    "(前書き)",
    "【前書き】",
    "前書き：",
    "まえがき：",
    "（まえがき）",
];

/// Labels that close a story with an author's note.
pub const END_LABELS: &[&str] = &[
    "a/n",
    "an:",
    "author's note",
    "authors note",
    "author note",
    "end note",
    "end notes",
    "afterword:",
    "afterword.",
    "endnote",
    "note:",
    "notes:",
    "n/a:",
    "n/a ",
    "thanks for reading",
    "thank you for reading",
    "thanks so much for reading",
    "thank you so much for reading",
    "thank you all for reading",
    "thanks everyone for reading",
    "note de l'auteur",
    "note de l'autrice",
    "notes de l'auteur",
    "nda:",
    "n.d.a",
    "merci d'avoir lu",
    "nota del autor",
    "nota de la autora",
    "notas del autor",
    "n. de la a.",
    "n. del a.",
    "nota:",
    "notas:",
    "gracias por leer",
    "anmerkung",
    "anmerkungen",
    "danke fürs lesen",
    "nota dell'autore",
    "nota dell'autrice",
    "grazie per aver letto",
    "nota da autora",
    "nota do autor",
    "notas da autora",
    "obrigada por ler",
    "obrigado por ler",
    "примечание автора",
    "примечания автора",
    "спасибо за прочтение",
    "від автора:",
    "примітка автора",
    "дякую, що прочитали",
    "дякую за прочитання",
    "notka autorki",
    "notka autora",
    "od autorki:",
    "od autora:",
    "dziękuję za przeczytanie",
    "poznámka autorky",
    "poznámka autora",
    "poznámka na konec",
    "poznámka:",
    "díky za přečtení",
    "děkuji za přečtení",
    "tack för att ni läste",
    "tack för att du läste",
    "tack för läsningen",
    "takk for at dere leste",
    "takk for at du leste",
    "tusen takk for at",
    "tak fordi i læste",
    "tak for at læse",
    "obrigada por lerem",
    "obrigado por lerem",
    "kirjoittajan sana",
    "kiitos, että luit",
    "kiitos että luit",
    "kiitos lukemisesta",
    "athugasemd höfundar",
    "takk fyrir lesturinn",
    "takk fyrir að lesa",
    "lời tác giả",
    "cảm ơn mọi người đã đọc",
    "cảm ơn các bạn đã đọc",
    "cảm ơn bạn đã đọc",
    "cảm ơn đã đọc",
    // Dutch, Turkish, Greek, Hebrew, Arabic, Korean and Chinese notes and thanks.
    "noot van de schrijver",
    "noot van de schrijfster",
    "noot van de auteur",
    "bedankt voor het lezen",
    "uwagi autorki",
    "uwagi autora",
    "yazarın notu",
    "okuduğunuz için teşekkürler",
    "σημείωση συγγραφέα",
    "ευχαριστώ που διαβάσατε",
    "הערת המחברת",
    "הערת המחבר",
    "תודה שקראתם",
    "ملاحظة الكاتب",
    "شكرا للقراءة",
    "작가의 말",
    "작가 후기",
    "作者有话要说",
    "作者有話要說",
    "作者的话",
    "作者的話",
    "感谢阅读",
    "感謝閱讀",
    "谢谢阅读",
    // Reddit's notes under a post ("Edit: thanks for the awards!").
    "edit:",
    // Korean "thank you for reading"; Chinese "note" over a footnote's text ("注①：").
    "읽어주셔서 감사합니다",
    "注①",
    "注：",
    // Japanese afterword marks ("（後書き）", "あとがき").
    "（後書き）",
    "(後書き)",
    "【後書き】",
    "後書き：",
    "あとがき：",
    "（あとがき）",
];

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
    let t = straighten(head(undecorated_raw(text), 2 * longest + 2));
    labels.iter().any(|l| {
        t.starts_with(l) && {
            // "An:" must not match "An old man…" and "Note" must be a label, not a word.
            let rest = &t[l.len()..];
            // A label closed by its bracket (`（後書き）`) may stand alone on its line.
            l.ends_with([':', '）', '】'])
                || rest.is_empty()
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
];

/// Whether a paragraph is a dedication: one short paragraph opening with a dedication's
/// words. It belongs with the author's note at the head of a story.
pub fn is_dedication(text: &str) -> bool {
    let t = straighten(text.trim_start_matches(['*', '_', '(', '[', ' ']));
    t.split_whitespace().count() <= 30 && DEDICATIONS.iter().any(|d| t.starts_with(d))
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
        assert!(!is_labelled_note("Notre-Dame was dark.", NOTE_LABELS));
        assert!(!is_labelled_note("Anna ran.", NOTE_LABELS));
        assert!(!is_labelled_note(
            "Kirjoittajan sanat jäivät mieleen.",
            NOTE_LABELS
        ));
        assert!(is_dedication(
            "Tileinkað ömmu Guðrúnu, sem skrifaði bestu bréf."
        ));
        assert!(is_dedication("*Dedicated to my sister, who knows why.*"));
        assert!(!is_dedication("Dedicated people had built the dam."));
        assert!(!is_dedication("She was dedicated to the lighthouse."));
    }
}
