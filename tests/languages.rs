//! Stories in another language than the book's, in the PDF's structure tree: an anthology
//! in English with a German story whose AO3 header says `Language: Deutsch` and one that
//! `book.toml` marks `language = "de"`. Each German story's `Sect` carries `/Lang (de)`,
//! the book's own words in it (the byline) `/Lang (en)`, and nothing else has a `/Lang`
//! but the catalog's `en`. (The EPUB's marks are checked in `fidelity.rs`.)

mod common;

use lopdf::{Dictionary, Document, Object, ObjectId};
use std::path::Path;

/// A structure element's kids that are elements.
fn kids(d: &Dictionary) -> Vec<ObjectId> {
    match d.get(b"K") {
        Ok(Object::Array(a)) => a.iter().filter_map(|o| o.as_reference().ok()).collect(),
        Ok(Object::Reference(r)) => vec![*r],
        _ => Vec::new(),
    }
}

/// A structure element's type and `/Lang`.
fn role_and_lang(doc: &Document, id: ObjectId) -> (String, Option<String>) {
    let e = doc.get_dictionary(id).unwrap();
    let s = String::from_utf8_lossy(e.get(b"S").unwrap().as_name().unwrap()).into_owned();
    let lang = (e.get(b"Lang").ok()).map(|l| lopdf::decode_text_string(l).unwrap());
    (s, lang)
}

#[test]
fn german_stories_say_so_in_the_pdf_structure() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/languages");
    let out = common::scratch("languages", "pdf");
    let (pdf, _) = common::build_format(&src, "pdf", &out);
    let doc = Document::load(&pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let lang = catalog.get(b"Lang").unwrap();
    assert_eq!(lopdf::decode_text_string(lang).unwrap(), "en");
    let tree = (catalog.get(b"StructTreeRoot").unwrap().as_reference()).unwrap();
    // The root's one kid is the Document element; its kids are the sections, the front
    // matter's and then the three stories'.
    let document = kids(doc.get_dictionary(tree).unwrap())[0];
    let sects: Vec<ObjectId> = kids(doc.get_dictionary(document).unwrap())
        .into_iter()
        .filter(|id| role_and_lang(&doc, *id).0 == "Sect")
        .collect();
    let langs: Vec<Option<String>> = sects.iter().map(|id| role_and_lang(&doc, *id).1).collect();
    let n = langs.len();
    assert!(n > 3, "{langs:?}");
    assert!(langs[..n - 2].iter().all(Option::is_none), "{langs:?}");
    let de = Some("de".to_string());
    assert_eq!(langs[n - 2..], [de.clone(), de]);
    // In a German story the title is the story's (no /Lang of its own), the byline after
    // it the book's.
    for sect in &sects[n - 2..] {
        let inside: Vec<_> = (kids(doc.get_dictionary(*sect).unwrap()).into_iter())
            .map(|id| role_and_lang(&doc, id))
            .collect();
        assert_eq!(inside[0], ("H2".to_string(), None), "{inside:?}");
        assert_eq!(
            inside[1],
            ("P".to_string(), Some("en".into())),
            "{inside:?}"
        );
        assert!(inside[2..].iter().all(|(_, l)| l.as_deref() != Some("de")));
    }
    // An English story's elements have none.
    let english = kids(doc.get_dictionary(sects[n - 3]).unwrap());
    assert!(
        english
            .iter()
            .all(|id| role_and_lang(&doc, *id).1.is_none())
    );
}

/// Notes in another language than their story: English notes over a Hebrew story and
/// over a Catalan one, in a German book. Each note says its language where it is not
/// the story's (the EPUB's note `div`, the PDF's `Aside`): `en` for both; the Hebrew
/// story's text stays `he`, right to left, and the Catalan story's `ca`. The notes' quote
/// marks are English ones.
#[test]
fn notes_in_english_over_stories_in_other_languages() {
    let f = common::Fixture::with_toml(
        "[book]\ntitle = \"Zwei Geschichten\"\nauthors = [\"Test\"]\nlanguage = \"de\"\n\n\
         [[chapters]]\nfile = \"he.txt\"\nlanguage = \"he\"\n\n[[chapters]]\nfile = \"ca.txt\"\nlanguage = \"ca\"\n",
    );
    f.write(
        "he.txt",
        "שעון\nby sand_writer\n\nA/N: Written for the spring exchange, and my recipient reads Hebrew, so here it is in Hebrew. Thanks to my sister for checking it.\n\n* * *\n\nהחנות הייתה קטנה וחשוכה, והשעונים תקתקו על כל הקירות.\n\nהוא הרים את הראש ולא אמר כלום.\n\n* * *\n\nThank you so much for reading! A short summary for anyone who does not read Hebrew: a girl brings a broken clock to an old shop. My recipient asked for \"an old repair\", and I hope it's one.",
    );
    f.write(
        "ca.txt",
        "La torre\nby pinya\n\nA/N: I wrote this one in Catalan because it wouldn't come out in English, sorry to my usual readers! The notes stay in English.\n\n* * *\n\nLa Núria té nou anys i ha de pujar a dalt de tot del castell. L'avi diu que no s'ha de mirar mai avall.\n\nI ella no mira. Puja, fa l'aleta i baixa tan de pressa com pot.\n\n* * *\n\nThank you so much for reading, and thanks to everyone who left a comment on the last one, it made my whole week.",
    );
    let out = f.path().join("out");
    let (pdf, epub) = common::build_pdf_and_epub(f.path(), &out);
    let docs = common::spine_docs(&std::fs::read(&epub).unwrap());
    let chapter = |word: &str| {
        docs.iter()
            .find(|(_, x)| x.contains(word))
            .map(|(_, x)| x.clone())
            .unwrap()
    };
    // The text from `open` to the next `close`.
    fn between<'a>(s: &'a str, open: &str, close: &str) -> &'a str {
        let from = s.find(open).unwrap_or_else(|| panic!("no {open}"));
        let to = from + s[from..].find(close).unwrap();
        &s[from..to]
    }
    for (x, story) in [(chapter("החנות"), "he"), (chapter("Núria"), "ca")] {
        for class in ["note preface", "note afterword"] {
            let note = between(&x, &format!("class=\"{class}\""), "</section>");
            assert!(note.contains("<div lang=\"en\" xml:lang=\"en\""), "{note}");
            assert!(!note.contains(&format!("lang=\"{story}\"")), "{note}");
        }
        let body = between(&x, "<div class=\"story\"", ">");
        assert!(body.contains(&format!("lang=\"{story}\"")), "{body}");
    }
    // Their quote marks and apostrophes are English too, not the story's (Hebrew ” on
    // both sides; Catalan's closing single quote ” as the apostrophe).
    let (he, ca) = (chapter("החנות"), chapter("Núria"));
    let afterword = between(&he, "class=\"note afterword\"", "</section>");
    assert!(
        afterword.contains("for “an old repair”, and I hope it’s one."),
        "{afterword}"
    );
    let preface = between(&ca, "class=\"note preface\"", "</section>");
    assert!(preface.contains("it wouldn’t come out"), "{preface}");
    // The PDF: the notes' `Aside`s say `en`; every other `Aside` nothing.
    let doc = Document::load(&pdf).unwrap();
    let asides: Vec<Option<String>> = doc
        .objects
        .keys()
        .filter(|id| {
            doc.get_dictionary(**id)
                .is_ok_and(|d| d.get(b"S").ok().and_then(|s| s.as_name().ok()) == Some(b"Aside"))
        })
        .map(|id| role_and_lang(&doc, *id).1)
        .collect();
    assert_eq!(asides.len(), 4, "{asides:?}");
    assert!(
        asides.iter().all(|l| l.as_deref() == Some("en")),
        "{asides:?}"
    );
}

/// A story no header or key names the language of is set in the language of its words:
/// `init` lists it with that language, a folder mostly in one language makes a book in
/// it, and the build marks the story's chapter with its language in the EPUB. (A saved
/// newsletter mail is listed as a story too.)
#[test]
fn a_story_is_in_the_language_of_its_words_when_nothing_names_one() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let f = common::Fixture::new();
    let copy = |from: &str, to: &str| f.write(to, std::fs::read(fixtures.join(from)).unwrap());
    copy("anthology2/traversee.txt", "a-traversee.txt");
    copy("stories/note_french.txt", "b-riviere.txt");
    copy("francais/phare.txt", "b-phare.txt");
    copy("francais/brume.txt", "b-brume.txt");
    copy(
        "anthology20/cancion del barquero FINAL.txt",
        "c-cancion.txt",
    );
    copy(
        "../../seeds/000_8eb8b7ab75c6b81c.txt",
        "d-second-chances.txt",
    );
    let mail = "anthology20/The Thursday Story #47_ The Lighthouse Keeper’s Cat.eml";
    copy(mail, "e-thursday.eml");
    let dir = f.path().display().to_string();
    let run = common::quire(&["init", &dir]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let toml = std::fs::read_to_string(f.path().join("book.toml")).unwrap();
    let section = |file: &str| {
        let at = toml.find(&format!("file = \"{file}\"")).unwrap();
        toml[at..].split("\n\n").next().unwrap().to_string()
    };
    // Four of six stories are French (by their words; no header names a language): a
    // French book, its Spanish story named. (Its English stories were read as the
    // English book `init` reads with, and are found again at build.)
    assert!(toml.contains("[book]\ntitle = "), "{toml}");
    assert!(toml.contains("\nlanguage = \"fr\"\n"), "{toml}");
    assert!(!section("a-traversee.txt").contains("language"), "{toml}");
    let es = "# language found in the file: \"es\"";
    assert!(section("c-cancion.txt").contains(es), "{toml}");
    assert!(
        section("e-thursday.eml").contains("Lighthouse Keeper"),
        "{toml}"
    );

    // Built as written, the Spanish and English stories say so in the EPUB.
    let out = tempfile::tempdir().unwrap();
    let (epub, _) = common::build_format(f.path(), "epub", out.path());
    let docs = common::spine_docs(&std::fs::read(epub).unwrap());
    // The languages a chapter's text is marked with, past its `<html>` (the book's).
    let marked = |title: &str| {
        let (_, x) = (docs.iter())
            .find(|(_, x)| x.contains(title) && x.contains("doc-chapter"))
            .unwrap();
        let body = &x[x.find("<body").unwrap()..];
        let mut langs: Vec<&str> = body
            .split("xml:lang=\"")
            .skip(1)
            .map(|t| t.split('"').next().unwrap())
            .collect();
        langs.dedup();
        langs
    };
    assert!(
        docs.iter()
            .all(|(_, x)| x.contains("<html") && x.contains("xml:lang=\"fr\""))
    );
    assert_eq!(marked("La Dernière Traversée"), Vec::<&str>::new());
    assert_eq!(marked("La canción del barquero"), ["es"]);
    assert_eq!(marked("Second Chances"), ["en"]);
    assert_eq!(marked("The Lighthouse Keeper’s Cat"), ["en"]);
}

/// Headers and notes as writers of other languages type them: a Korean byline (`글:`)
/// and a note under `작가의 말` on a line of its own; a Turkish header (`Başlık:`,
/// `Yazar:`); a Swedish greeting signed "Kram / Mira" over a title with its `av`
/// byline; an Arabic break drawn in tatweels and closing thanks in Arabic. Each story's
/// words stay, in order, and nothing of the notes or headers reaches the story.
#[test]
fn headers_and_notes_in_korean_turkish_swedish_and_arabic() {
    let f = common::Fixture::with_toml(
        "[book]\ntitle = \"Four\"\nauthors = [\"Test\"]\nlanguage = \"en\"\n\n\
         [[chapters]]\nfile = \"ko.txt\"\n\n[[chapters]]\nfile = \"tr.txt\"\n\n\
         [[chapters]]\nfile = \"sv.txt\"\n\n[[chapters]]\nfile = \"ar.txt\"\n",
    );
    f.write(
        "ko.txt",
        "새벽의 가게\n글: 밤고양이\n\n작가의 말\n안녕하세요, 오랜만에 단편으로 돌아왔어요. 가볍게 읽어 주세요!\n\n\n민재는 계산대 뒤에 앉아 창밖을 보았다. 거리는 조용했고 신호등만 색을 바꿨다.\n\n문에 달린 종이 울렸다. 할머니가 들어와 우유를 찾았다.\n",
    );
    f.write(
        "tr.txt",
        "Başlık: Son Vapur\nYazar: kuzeyrüzgarı\nFandom: Orijinal Eser\nKelime sayısı: 40\n\nYazarın notu: Merhaba! Bu hikâyeyi geçen kış yazdım. Keyifli okumalar!\n\nKadıköy iskelesinde saat gece yarısına yaklaşıyordu. Deniz bankta oturup suya baktı.\n\nKarşı kıyının ışıkları suyun üstünde titriyordu.\n",
    );
    f.write(
        "sv.txt",
        "Hej allihopa!!\n\nTusen tack för alla fina kommentarer på förra novellen, ni är bäst. Den här skrev jag på nattåget hem.\n\nKram / Mira\n\n\nSNÖFALL I JUNI\nav mirabell_skriver\n\n\nDet snöade i juni det året. Alva stod på bryggan och såg flingorna falla.\n\nHon tänkte att mormor skulle ha skrattat åt det.\n",
    );
    f.write(
        "ar.txt",
        "شجرة التين\n\nفي الصباح خرجت سلمى إلى الحديقة ونظرت إلى الشجرة القديمة.\n\nـــــــ ✦ ـــــــ\n\nفي المساء فتحت سلمى الخزانة الخشبية ووجدت الرسائل.\n\nشكرًا لكل من قرأ حتى النهاية، وأسعدوني بآرائكم في التعليقات.\n",
    );
    let run = common::quire(&["inspect", "--json", &f.path().display().to_string()]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("inspect --json");
    let chapters = v["chapters"].as_array().unwrap();
    let text = |ch: &serde_json::Value, part: &str| -> String {
        ch[part]
            .as_array()
            .map(|bs| {
                bs.iter()
                    .filter_map(|b| b["text"].as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    };
    let authors = |ch: &serde_json::Value| ch["authors"].clone();
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let [ko, tr, sv, ar] = &chapters[..] else {
        panic!("four chapters: {chapters:?}")
    };
    assert_eq!(authors(ko), serde_json::json!(["밤고양이"]));
    assert!(text(ko, "preface").contains("안녕하세요"), "{ko}");
    assert_eq!(words(&text(ko, "body"))[0], "민재는");
    assert_eq!(tr["title"], "Son Vapur");
    assert_eq!(authors(tr), serde_json::json!(["kuzeyrüzgarı"]));
    assert_eq!(words(&text(tr, "body"))[0], "Kadıköy");
    assert_eq!(sv["title"], "SNÖFALL I JUNI");
    assert_eq!(authors(sv), serde_json::json!(["mirabell_skriver"]));
    assert!(text(sv, "preface").contains("Tusen tack"), "{sv}");
    assert_eq!(
        words(&text(sv, "body")),
        words(
            "Det snöade i juni det året. Alva stod på bryggan och såg flingorna falla. Hon tänkte att mormor skulle ha skrattat åt det."
        )
    );
    let breaks = ar["body"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "scene_break")
        .count();
    assert_eq!(breaks, 1, "{ar}");
    assert!(!text(ar, "body").contains("شكرًا"), "{ar}");
    assert!(text(ar, "afterword").contains("شكرًا"), "{ar}");
}
