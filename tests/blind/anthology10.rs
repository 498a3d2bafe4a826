//! anthology10's answer key (`tests/fixtures/anthology10/EXPECTED.md`): eleven stories
//! written blind, from a saved HTML page to a story told in e-mails.

use super::*;

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

#[test]
fn anthology10_is_read_as_its_answer_key_says() {
    check("anthology10", ANTHOLOGY10);
}
