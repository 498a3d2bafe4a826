//! A Wattpad part's page copied whole in any of its languages: the site's menu atop
//! ("Wattpad", "Explorar", "Comunidad"… or "Beranda", "Telusuri"…), the story's title,
//! the part's title, the localized byline ("por NAME", "oleh NAME", "NAME tarafından"), the counts, then the
//! part's text, and under it the buttons, the next-part link, the stories it recommends
//! and the site's footer.
//!
//! Input: a story file as [`Doc`] lines. Output: the title and author read, the part's
//! title as the story's first heading, and the menu, counts and foot dropped. Needs
//! `Wattpad` among the menu's lines (or three of its items) and, under the text, a line only the page
//! writes (the next-part link, "You'll also like", `© 2024 Wattpad`), so a story that
//! opens "Explore" or ends "Share" keeps it.

use super::super::doc::Doc;
use super::super::social::is_user_name;

/// The bylines Wattpad writes in its languages ("by NAME", "por NAME", "oleh NAME").
const BY: &[&str] = &[
    "by ", "por ", "oleh ", "di ", "von ", "par ", "door ", "av ", "de ",
];

/// The most words a line of the page's head holds.
const HEAD_WORDS: usize = 12;

/// How far down the page its byline may stand.
const HEAD_LINES: usize = 40;

/// Whether `t`, lowercase, is one of the menu's items in Wattpad's languages, or
/// several of them on one line, set apart by runs of spaces as a copy of the menu bar
/// may keep them ("explorar   comunidad").
pub(super) fn is_menu(t: &str) -> bool {
    let items: Vec<&str> = t
        .split("  ")
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    items.len() >= 2 && items.iter().all(|i| is_menu_item(i)) || is_menu_item(t)
}

/// Whether `t`, lowercase, is one of the menu's items in Wattpad's languages.
fn is_menu_item(t: &str) -> bool {
    const MENU: &[&str] = &[
        "wattpad",
        "skip to content",
        "browse",
        "explore",
        "community",
        "write",
        "search",
        "try premium",
        "log in",
        "sign up",
        "home",
        "explorar",
        "comunidad",
        "escribir",
        "buscar",
        "prueba premium",
        "probar premium",
        "iniciar sesión",
        "registrarse",
        "comunidade",
        "escrever",
        "esplora",
        "comunità",
        "scrivi",
        "cerca",
        "beranda",
        "telusuri",
        "komunitas",
        "tulis",
        "coba premium",
        "cari",
        "masuk",
        "daftar",
        "entdecken",
        "schreiben",
        "suchen",
        "explorer",
        "communauté",
        "écrire",
        "rechercher",
        "keşfet",
        "topluluk",
        "yaz",
        "ara",
        "giriş yap",
        "kaydol",
    ];
    MENU.contains(&t)
}

/// Whether lowercase `t` labels the page's list of parts ("Table of contents",
/// "İçindekiler", "Índice", "Daftar isi").
fn is_contents(t: &str) -> bool {
    matches!(
        t,
        "table of contents"
            | "contents"
            | "i̇çindekiler"
            | "içindekiler"
            | "índice"
            | "daftar isi"
            | "sommaire"
            | "inhalt"
            | "indice"
    )
}

/// Whether a line of the page's head is short and says no sentence.
fn head_like(t: &str) -> bool {
    t.split_whitespace().count() <= HEAD_WORDS && !t.ends_with(['.', '!', '?', ':'])
}

/// Whether `t`, lowercase, is one of the buttons under a part's byline: "Add to
/// library" and "Share", in Wattpad's languages.
fn is_head_button(t: &str) -> bool {
    const LIBRARY: &[&str] = &[
        "add to library",
        "añadir a la biblioteca",
        "agregar a la biblioteca",
        "adicionar à biblioteca",
        "aggiungi alla biblioteca",
        "ajouter à la bibliothèque",
        "zur bibliothek hinzufügen",
        "tambahkan ke perpustakaan",
        "kitaplığa ekle",
    ];
    LIBRARY.contains(&t) || super::WATTPAD_BUTTONS.contains(&t)
}

/// The name on a localized byline.
fn byline(t: &str) -> Option<&str> {
    BY.iter()
        .find_map(|b| t.strip_prefix(b))
        // Turkish sets its word after the name ("NAME tarafından").
        .or_else(|| t.strip_suffix(super::super::bylines::BY_AFTER_NAME))
        .filter(|w| is_user_name(w))
}

/// Whether `t` is one of the page's counts: numbers with Wattpad's words or none
/// ("12,4 K", "Leídas 12,4 K", "1,2 rb Dibaca  184 Vote  47 Komentar").
fn is_counts(t: &str) -> bool {
    t.chars().any(|c| c.is_ascii_digit())
        && t.split_whitespace().all(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'K' | 'k' | 'M' | 'B'))
                || w.chars().all(char::is_alphabetic) && w.chars().count() <= 12
        })
        && t.split_whitespace()
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether the file holds a line under the text only Wattpad's page writes.
fn page_foot_sign(doc: &Doc) -> Option<usize> {
    (0..doc.len()).find(|&i| {
        if doc.trimmed(i).len() > super::SIGN_BYTES {
            return false;
        }
        let l = doc.lower(i);
        super::is_page_line(&l) || (l.starts_with('©') && l.ends_with("wattpad"))
    })
}

/// Reads the page (see the module); false, with nothing taken, when the file is none.
pub(super) fn read(doc: &mut Doc, allow_title: bool) -> bool {
    let Some(first) = doc.next_text(0) else {
        return false;
    };
    let Some(foot) = page_foot_sign(doc) else {
        return false;
    };
    // The menu, "Wattpad" among it.
    let mut k = first;
    let mut menu = Vec::new();
    while k < HEAD_LINES && is_menu(&doc.lower(k)) {
        menu.push(k);
        k = match doc.next_text(k + 1) {
            Some(n) => n,
            None => return false,
        };
    }
    // The logo may come out as its name, or not at all: then three of the menu's items.
    if !menu.iter().any(|&m| doc.lower(m) == "wattpad") && menu.len() < 3 {
        return false;
    }
    let title = k;
    // The byline, every line above it short.
    let mut b = title;
    let mut who = None;
    while let Some(n) = doc.next_text(b + 1).filter(|&n| n < HEAD_LINES) {
        let t = doc.trimmed(n);
        if let Some(w) = byline(t) {
            who = Some((n, w.to_string()));
            break;
        }
        if !head_like(t) {
            return false;
        }
        b = n;
    }
    let Some((by, who)) = who else {
        return false;
    };
    if !head_like(doc.trimmed(title)) || by > foot {
        return false;
    }
    doc.why(format!(
        "header: lines 1–{} are a Wattpad part's page head (the site's menu, the story's title, the part's title, the byline)",
        by + 1
    ));
    for &m in &menu {
        let t = doc.trimmed(m).to_string();
        doc.drop_line(m, &t);
    }
    doc.title_line(title, allow_title, "the story's title on its Wattpad page");
    // The part's title: between the title and the byline, or among the counts under it.
    let mut part = doc.next_text(title + 1).filter(|&p| p < by);
    if let Some(p) = part {
        doc.take(p, by);
    }
    doc.byline(by, &who);
    let mut i = by + 1;
    while let Some(n) = doc.next_text(i) {
        let t = doc.trimmed(n).to_string();
        let repeated = part.is_some_and(|p| doc.trimmed(p) == t);
        if is_contents(&doc.lower(n)) {
            // The parts' list under its label, as the page's contents bar copies.
            let end = doc.para_end(n);
            doc.drop_span(n, end);
            i = end;
            continue;
        }
        let button = is_head_button(&doc.lower(n));
        if is_counts(&t) || repeated || button || byline(&t) == Some(who.as_str()) {
            doc.drop_line(n, &t);
        } else if part.is_none()
            && head_like(&t)
            && doc
                .next_text(n + 1)
                .is_some_and(|m| is_counts(doc.trimmed(m)))
        {
            // The part's title over its counts.
            doc.take(n, n + 1);
            part = Some(n);
        } else {
            break;
        }
        i = n + 1;
    }
    doc.out.meta.author.get_or_insert(who);
    if let Some(p) = part {
        doc.out.lead_heading.get_or_insert(doc.para(p, p + 1));
        doc.why(format!(
            "heading: line {} is the Wattpad part's title",
            p + 1
        ));
    }
    super::page_foot(doc, i);
    true
}
