//! The blind anthologies 9 to 13 read as their answer keys say: each was written by
//! someone who saw none of Quire's readers, with `EXPECTED.md` as the key. For each of
//! their stories: the title, the authors, where the story starts and ends, how many
//! scene breaks it has, and the first and last words of the notes before and after it —
//! all as `EXPECTED.md` gives them, compared as words in order.

mod common;

use common::words;
use quire::model::{Block, Chapter};
use std::path::Path;

/// One story as `EXPECTED.md` gives it.
struct Expected {
    file: &'static str,
    title: &'static str,
    authors: &'static [&'static str],
    breaks: usize,
    /// The story's first and last words.
    story: (&'static str, &'static str),
    /// First and last words of the note before the story (after any summary), if any.
    preface: Option<(&'static str, &'static str)>,
    /// First and last words of the note after the story, if any.
    afterword: Option<(&'static str, &'static str)>,
}

const ANTHOLOGY9: &[Expected] = &[
    Expected {
        file: "quarrymans-almanac.html",
        title: "The Quarryman’s Almanac",
        authors: &["cwtch_and_compass"],
        breaks: 4,
        story: (
            "Every slate remembers the rain that split it.",
            "Manod hidden all day. Ifan came round with milk.",
        ),
        preface: Some((
            "Set about six months after the series finale",
            "for telling me that nobody in Gwynedd says gosh",
        )),
        afterword: Some((
            "Thank you so much for reading! A few things, since people asked on the WIP post",
            "Kudos and comments are always, always appreciated. Diolch yn fawr!",
        )),
    },
    Expected {
        file: "inventory.txt",
        title: "Inventory",
        authors: &["saltwater_scribe"],
        breaks: 0,
        story: ("The storm took the jetty", "she went looking for the hens."),
        // The summary, the prompt and the disclaimer, in any order.
        preface: Some(("Prompt: #412", "")),
        afterword: None,
    },
    Expected {
        file: "schleusenwaerterin.html",
        title: "Die Schleusenwärterin",
        authors: &["elbkind_schreibt"],
        breaks: 3,
        story: (
            "Um 3:15 Uhr klingelte das Telefon im Schleusenwärterhäuschen",
            "„Nein“, sagte Hannelore. „Aber Sie dürfen wiederkommen und es abschreiben. Ich mache Kaffee.“",
        ),
        preface: Some((
            "Hallo zusammen! Das hier ist mein Beitrag zum Flusslichter-Wichteln 2023",
            "Viel Spaß beim Lesen!",
        )),
        afterword: Some((
            "Danke fürs Lesen! Die Schleuse Wendelsee gibt es nicht",
            "Kommentare und Kudos freuen mich wie immer riesig.",
        )),
    },
    Expected {
        file: "seen-at-214.txt",
        title: "Seen at 2:14",
        authors: &["moth_and_marigold"],
        breaks: 0,
        story: (
            "Juniper had been staring at the ceiling",
            "She knocked back.",
        ),
        preface: Some((
            "hiii it's been forever!!",
            "sorry not sorry. happy reading!",
        )),
        afterword: Some(("ok that's it!!", "i read every single one")),
    },
    Expected {
        file: "what-yevgenia-kept.txt",
        title: "What Yevgenia Kept",
        authors: &["tundra_and_tea"],
        breaks: 4,
        story: (
            "The boy on the landing was perhaps twenty-five",
            "\"That we came in early,\" she said. \"Both of us. Just the once.\"",
        ),
        preface: Some((
            "For Ilse Varga's birthday weekend",
            "please don't correct me in the comments, I'm begging you.",
        )),
        afterword: Some((
            "Thank you for reading! The Tchaikovsky is real",
            "or you can email me at tundra.and.tea@example.com.",
        )),
    },
    Expected {
        file: "poste-restante.txt",
        title: "Poste restante",
        authors: &["Capucine Ferrand"],
        breaks: 5,
        story: (
            "Pendant trente et un ans, la lettre était restée dans le casier numéro 14",
            "C'était une habitude, c'est tout.",
        ),
        preface: Some((
            "petit OS écrit pour le défi de décembre du forum",
            "Bonne lecture !",
        )),
        afterword: Some((
            "Merci d'avoir lu !",
            "mais je vous laisse chercher lequel.)",
        )),
    },
    Expected {
        file: "il-cappotto.txt",
        title: "Il cappotto",
        authors: &["notturna_g"],
        breaks: 0,
        story: (
            "Il cappotto di mio padre è rimasto appeso all'ingresso",
            "Le chiavi non ho mai scoperto cosa aprano.",
        ),
        preface: Some(("flash fic scritta in mezz'ora", "Buona lettura!")),
        afterword: Some((
            "Grazie per aver letto!",
            "cosa avete trovato voi nelle tasche di qualcuno.",
        )),
    },
    Expected {
        file: "night-ferry.txt",
        title: "Night Ferry to Caddo Point",
        authors: &["harbourlights"],
        breaks: 2,
        story: (
            "The last ferry out of Harrow Landing left at 11:40",
            "\"I think she did it on purpose,\" she said.",
        ),
        // Chapter 1's summary may close the preface, EXPECTED.md says; here it does.
        preface: Some((
            "This started as a 500-word prompt fill",
            "The last boat of the night has one passenger.",
        )),
        afterword: Some((
            "Thank you so much for reading! This is my first time writing Ruth",
            "Comments and kudos make my whole week. See you next prompt!",
        )),
    },
    Expected {
        file: "las-horas-del-faro.txt",
        title: "Las horas del faro",
        authors: &["lunadeagosto"],
        breaks: 2,
        story: (
            "La primera noche que el faro de Punta Candela no se encendió",
            "Es para que los que se quedan en tierra sepan que alguien está despierto.",
        ),
        preface: Some((
            "Disclaimer: El guardián de la niebla",
            "¡Espero que les guste!",
        )),
        afterword: Some((
            "¡Gracias por leer! Este fic se lo dedico a mi abuelo",
            "¡Nos leemos pronto!",
        )),
    },
    Expected {
        file: "salt-and-rye.txt",
        title: "Salt and Rye",
        authors: &["tinderbox_wren"],
        breaks: 3,
        story: (
            "Every baker in Harlow Street warded her ovens",
            "said goodnight to the fire, and the fire, in its way, said goodnight back.",
        ),
        preface: Some((
            "Hi all, long-time reader, first time posting in Creative Writing.",
            "I'm trying to get better at endings!",
        )),
        afterword: Some((
            "That's the end! Thanks so much for reading.",
            "Crit on the ending especially appreciated, I rewrote it four times.",
        )),
    },
    Expected {
        file: "poslednyaya-elektrichka.txt",
        title: "Последняя электричка",
        authors: &["Сорока на проводе"],
        breaks: 3,
        story: (
            "Последняя электричка на Сергиев Посад уходила с Ярославского вокзала в 23:40",
            "— Я знаю! — крикнул он. — В книге поставил!",
        ),
        preface: Some(("Моей учительнице литературы", "Буду очень рада отзывам!")),
        afterword: Some((
            "Спасибо всем, кто дочитал!",
            "где я выкладываю черновики: t.me/soroka_na_provode",
        )),
    },
    Expected {
        file: "last-tram.md",
        title: "Last Tram to Ashgrove",
        authors: &["Odile Marchetti-Brown"],
        breaks: 3,
        story: (
            "The number 9 tram to Ashgrove had been running for a hundred and four years",
            "\"Probably,\" she said. \"Eventually. Want some cake?\"",
        ),
        preface: Some((
            "This was written for the Small Hours zine (2024)",
            "Thanks to Bea for the read-through and for knowing what a pantograph is.",
        )),
        afterword: Some((
            "Thank you so much for reading! If you want to hear the song",
            "Comments always make my day.",
        )),
    },
];

const ANTHOLOGY10: &[Expected] = &[
    Expected {
        file: "the-sluice-at-wiggenhall.html",
        title: "The Sluice at Wiggenhall",
        authors: &["fenlight_and_fog"],
        breaks: 4,
        story: (
            "The water was here first, and it has a long memory and no manners.",
            "and the engines thumping away ahead of them like a heart.",
        ),
        preface: Some((
            "This started as a 500-word ficlet for the Low Water Winter Exchange",
            "Rupert is from London.",
        )),
        afterword: Some((
            "Thank you for reading all the way to the end! Some notes on the real stuff:",
            "Kudos and comments make my week!",
        )),
    },
    Expected {
        file: "correspondence-lj.txt",
        title: "Correspondence",
        authors: &["ink_and_ember"],
        breaks: 0,
        story: (
            "The first winter, Agnes left the bread out by mistake.",
            "and the back door very slightly open.",
        ),
        preface: Some((
            "For hollowmere_fic's summer challenge, prompt \"something left on the doorstep\".",
            "Three drabbles, one season each.",
        )),
        afterword: Some((
            "Comments are love, and concrit is very welcome.",
            "I'm still learning how drabbles work!",
        )),
    },
    Expected {
        file: "a-casa-das-mangueiras.html",
        title: "A Casa das Mangueiras",
        authors: &["luadecaju"],
        breaks: 4,
        story: (
            "A chave ainda estava debaixo do vaso de samambaia",
            "Manga (a boa) 2022 — 2ª leva.",
        ),
        preface: Some((
            "Oi, gente! Essa história é dedicada à minha avó Lourdes",
            "Boa leitura! ♥",
        )),
        afterword: Some(("Obrigada por ler até aqui!", "Beijos e até a próxima!")),
    },
    Expected {
        file: "kettle-ghost-tumblr.txt",
        title: "the keeper and the kettle",
        authors: &["seafoam-and-static"],
        breaks: 2,
        story: (
            "The ghost of the Skerryvane light had been dead for a hundred and six years",
            "It wasn’t quiet. It was just hers. (and his.) (and the Admiral’s.)",
        ),
        preface: Some(("written in twenty minutes at 3am", "unedited, sorry")),
        afterword: None,
    },
    Expected {
        file: "dead-air.txt",
        title: "Dead Air",
        authors: &["prairie_static"],
        breaks: 2,
        story: (
            "\"You're listening to KWLR, 88.3 FM, the Voice of the Lakes,",
            "with the mic safely off, neither could he.",
        ),
        // Chapter 1's summary may close the preface, as in anthology9's FanFicFare text.
        preface: Some(("Written for the Frequency Fic Swap 2023", "")),
        afterword: Some((
            "Thank you to my wonderful beta, lakeeffect,",
            "Comments and kudos are the space heater under my desk. Stay warm!",
        )),
    },
    Expected {
        file: "yuki-no-eki.txt",
        title: "雪の駅",
        authors: &["白河ゆき"],
        breaks: 2,
        story: (
            "その駅には、もう駅員がいなかった。",
            "けれど、小春にはもう、寒くなかった。",
        ),
        preface: Some((
            "「冬の童話祭2024」参加作品です。",
            "雪国の小さな無人駅を思い浮かべながら書きました。",
        )),
        afterword: Some((
            "最後まで読んでいただき、ありがとうございました！",
            "感想をいただけるととてもうれしいです。",
        )),
    },
    Expected {
        file: "reagent-cellar-sv.txt",
        title: "Chapter 4: An Inventory of Things That Should Not Be Sniffed",
        authors: &["HalfLifeOfBread"],
        breaks: 4,
        story: (
            "The Guild inspector was due at nine, and at eight-fifteen Wren Abernathy-Oyelaran",
            "and on shelf nine, in their little wax-sealed phials, something hummed back.",
        ),
        preface: Some((
            "Sorry this took so long,",
            "Thanks to Kettlewise and Oxidant for the beta!",
        )),
        // The footnotes open the afterword unless they are set as notes.
        afterword: Some((
            "Next chapter: Wren vs. the extractor fan.",
            "thank you all for 600 watchers!!",
        )),
    },
    Expected {
        file: "kis-bahcesi.html",
        title: "Kış Bahçesi (öykü)",
        authors: &["Defne Aksoy"],
        breaks: 3,
        story: (
            "Ocak ayının en soğuk sabahında dedem bahçeye çıkıp",
            "Az. Ama tatlıydı, dedemin dediği gibi, inatçıydı.",
        ),
        preface: Some((
            "Merhaba sevgili okurlar! Uzun zamandır buraya bir şey yazmıyordum, biliyorum.",
            "İyi okumalar!",
        )),
        afterword: Some((
            "Okuduğunuz için çok teşekkürler.",
            "Bir sonraki öyküde görüşmek üzere!",
        )),
    },
    Expected {
        file: "house-rules-quotev.txt",
        title: "House Rules for 4B",
        authors: &["juniperjones_"],
        breaks: 3,
        story: (
            "We moved into 4B on the first of October, which Mum said was lucky and I said was suspicious",
            "8. Remember him. It's the easiest one.",
        ),
        preface: Some(("hiii it's me again!!", "pls don't copy my work")),
        afterword: Some((
            "and that's it!! thank you so much for reading,",
            "love u all",
        )),
    },
    Expected {
        file: "vaken-gdocs.txt",
        title: "Vaken",
        authors: &["Linnea Hedberg"],
        breaks: 3,
        story: (
            "Isvaken vid Norra hamn var en meter bred och två meter lång,",
            "– Nå. Då har man vaknat. Och det hade man.",
        ),
        preface: Some((
            "Den här novellen skrev jag till skrivarcirkeln på Kulturens hus i Luleå,",
            "Kritik tas tacksamt emot!",
        )),
        afterword: Some((
            "Tack för att du läste! Stort tack till alla i skrivarcirkeln,",
            "Skriv gärna en kommentar om vad ni tyckte.",
        )),
    },
    Expected {
        file: "the-greenhouse-emails.md",
        title: "Re: Re: Fwd: The Greenhouse",
        authors: &["Priya Venkataraman-Holt"],
        breaks: 7,
        // The footnotes may be kept in order at the story's end: its last words are
        // checked up to Daniel's sign-off only where they are not.
        story: ("From: Margaret Oduya", ""),
        preface: Some((
            "This is the story I read at the Hallington Library open mic in May.",
            "anyone who has ever written to a council will recognise them.",
        )),
        afterword: Some((
            "Thanks for reading! If you've got a greenhouse, a council, or a robin story of your own, the comments are open.",
            "But if you were, I'd show you round.",
        )),
    },
];

/// The story's own words: every block but headings and the small notes at their place.
fn story_words(ch: &Chapter) -> Vec<String> {
    ch.body
        .iter()
        .filter(|b| !matches!(b, Block::Heading(_) | Block::Note(_) | Block::Footnotes(_)))
        .flat_map(|b| words(&b.plain()))
        .collect()
}

fn note_words(blocks: &[Block]) -> Vec<String> {
    blocks.iter().flat_map(|b| words(&b.plain())).collect()
}

/// Whether `have` opens with `first` and closes with `last` (words, in order); an empty
/// `last` is not checked.
fn bounds(what: &str, have: &[String], want: (&str, &str), problems: &mut Vec<String>) {
    let (first, last): (Vec<String>, Vec<String>) = (words(want.0), words(want.1));
    if !have.starts_with(&first) {
        let got = &have[..have.len().min(first.len() + 3)];
        problems.push(format!("{what} opens {got:?}, not {first:?}"));
    }
    if !have.ends_with(&last) {
        let got = &have[have.len().saturating_sub(last.len() + 3)..];
        problems.push(format!("{what} closes {got:?}, not {last:?}"));
    }
}

/// Whether the words of `note` hold `first` … `last`, in order (a label or the summary
/// may stand before them).
fn holds(what: &str, have: &[String], want: (&str, &str), problems: &mut Vec<String>) {
    let (first, last): (Vec<String>, Vec<String>) = (words(want.0), words(want.1));
    let at = have
        .windows(first.len())
        .position(|w| w == first.as_slice());
    match at {
        None => problems.push(format!("{what} lacks {first:?}: {have:?}")),
        Some(i) if !have[i..].ends_with(&last) => {
            let got = &have[have.len().saturating_sub(last.len() + 3)..];
            problems.push(format!("{what} closes {got:?}, not {last:?}"));
        }
        Some(_) => {}
    }
}

#[test]
fn anthology9_is_read_as_its_answer_key_says() {
    check("anthology9", ANTHOLOGY9);
}

#[test]
fn anthology10_is_read_as_its_answer_key_says() {
    check("anthology10", ANTHOLOGY10);
}

fn check(name: &str, key: &[Expected]) {
    check_stories(name, key, None);
}

/// As [`check`], for the stories of `only` (by file) when given, the book's others left
/// unchecked.
fn check_stories(name: &str, key: &[Expected], only: Option<&[&str]>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let project = quire::load(&root).expect("the anthology loads");
    let chapters = &project.book.chapters;
    assert_eq!(chapters.len(), key.len());
    let mut problems = Vec::new();
    let checked = |f: &str| only.is_none_or(|o| o.contains(&f));
    for (ch, want) in chapters.iter().zip(key).filter(|(ch, _)| checked(&ch.file)) {
        let mut p = Vec::new();
        assert_eq!(ch.file, want.file);
        if ch.title != want.title {
            p.push(format!("title {:?}, not {:?}", ch.title, want.title));
        }
        if ch.authors != want.authors {
            p.push(format!("authors {:?}, not {:?}", ch.authors, want.authors));
        }
        let breaks = ch.body.iter().filter(|b| **b == Block::SceneBreak).count();
        if breaks != want.breaks {
            p.push(format!("{breaks} scene breaks, not {}", want.breaks));
        }
        bounds("the story", &story_words(ch), want.story, &mut p);
        let before = note_words(&ch.preface);
        match want.preface {
            Some(b) => holds("the note before", &before, b, &mut p),
            None if !ch.preface.is_empty() => p.push(format!("a note before: {before:?}")),
            None => {}
        }
        let after = note_words(&ch.afterword);
        match want.afterword {
            Some(a) => holds("the note after", &after, a, &mut p),
            None if !ch.afterword.is_empty() => p.push(format!("a note after: {after:?}")),
            None => {}
        }
        problems.extend(p.into_iter().map(|m| format!("{}: {m}", want.file)));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[path = "blind/anthology11.rs"]
mod anthology11;

#[path = "blind/anthology12.rs"]
mod anthology12;

#[path = "blind/anthology13.rs"]
mod anthology13;

#[path = "blind/anthology14.rs"]
mod anthology14;
