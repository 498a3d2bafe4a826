//! anthology11's answer key (`tests/fixtures/anthology11/EXPECTED.md`): twelve stories
//! written blind, from an AO3 EPUB download to a Substack newsletter copied from Gmail.

use super::*;

const ANTHOLOGY11: &[Expected] = &[
    Expected {
        file: "ballast-ao3.epub",
        title: "Ballast",
        authors: &["towpath_wren"],
        breaks: 6,
        story: (
            "A boat is a hole in the water into which you pour money",
            "and did not say anything for a long time, and neither did her brother.",
        ),
        preface: Some((
            "For the Tidewater Small Fandoms Exchange 2024. Dear recipient, you asked for",
            "Any mistakes are mine, not theirs.",
        )),
        afterword: Some((
            "Thank you so much for reading, and thank you to the exchange mods",
            "because I could not decide which half of the family to side with.",
        )),
    },
    Expected {
        file: "zegarmistrz-blogger.html",
        title: "Zegarmistrz z ulicy Długiej",
        authors: &["Ola Zawadzka"],
        breaks: 4,
        story: (
            "Zakład zegarmistrzowski pana Teodora Wiśniewskiego-Kołłątaja mieścił się w suterenie",
            "której oczy przesuwały się w lewo i w prawo. Chodziła normalnie.",
        ),
        preface: Some((
            "Uwagi autorki: To opowiadanie napisałam na konkurs",
            "Miłego czytania!",
        )),
        afterword: Some((
            "Dziękuję, że przeczytaliście aż do końca!",
            "Pozdrawiam serdecznie, Ola",
        )),
    },
    Expected {
        file: "fridge-writingprompts.txt",
        title: "Every night at 3:17\u{a0}a.m., your refurbished smart fridge sends you a single text message. Tonight it says: \u{201c}They know you can hear me.\u{201d}",
        authors: &["lanternjaw_writes"],
        breaks: 3,
        story: (
            "The first text came on a Tuesday in March, at 3:17 a.m., and it said:",
            "FRIDGE: The milk expires on Sunday. ME: I know, buddy. I know.",
        ),
        preface: None,
        afterword: Some((
            "Edit: Wow, this blew up! Thank you so much for the gold and the silver",
            "Edit 2: if you liked this, I post more stories at r/LanternjawWrites!",
        )),
    },
    Expected {
        file: "descant-dreamwidth.txt",
        title: "Descant",
        authors: &["thimbleweed"],
        breaks: 4,
        story: (
            "The church of St Aldhelm-without-the-Walls had an organ that had been built in 1874",
            "had left a lamp burning.",
        ),
        preface: Some((
            "Written for",
            "would ever admit to singing flat. I've decided that's the point.",
        )),
        afterword: Some(("Thanks for reading!", "Thanks for reading!")),
    },
    Expected {
        file: "de-dijkwacht.txt",
        title: "De dijkwacht",
        authors: &["Femke van der Heijden-Oosterbroek"],
        breaks: 4,
        story: (
            "In de nacht van zaterdag op zondag, de eerste februari, stond Kees Verhoeven-Lindenbergh",
            "Ik blijf hier tot ik word afgelost. Hij is nooit afgelost.",
        ),
        preface: Some((
            "Noot van de schrijver: dit verhaal schreef ik voor de schrijfwedstrijd",
            "De namen heb ik veranderd, de dijk niet.",
        )),
        afterword: Some((
            "Bedankt voor het lezen. Mijn opa is in 2019 overleden,",
            "Dat zou hij onzin hebben gevonden.",
        )),
    },
    Expected {
        file: "cartographers-debt-royalroad.txt",
        title: "The Cartographer\u{2019}s Debt",
        authors: &["Wendeline Marsh"],
        breaks: 5,
        story: (
            "The Tower of Accounts had ninety-one steps, and Ines had counted every one of them",
            "About the Saltmarsh.",
        ),
        preface: Some((
            "Hi all! Short-ish chapter this week,",
            "if you've lost track of who owes what to whom.",
        )),
        afterword: Some((
            "And there it is!! Eleven chapters of buildup",
            "See you Friday!",
        )),
    },
    Expected {
        file: "dengta-youju-jjwxc.txt",
        title: "灯塔邮局",
        authors: &["林间晚照"],
        breaks: 4,
        story: (
            "岛上的邮局只有一间屋子，屋子里只有一个人。",
            "然后她从邮包里拿出笔和纸，开始给灯塔写信。",
        ),
        preface: Some((
            "短篇，一章完结。写给所有在远方等信的人。",
            "写给所有在远方等信的人。",
        )),
        afterword: Some(("谢谢大家看到这里！", "喜欢的话可以点进专栏收藏一下～")),
    },
    Expected {
        file: "dear-mrs-okafor-medium.html",
        title: "Dear Mrs Okafor, About the Piano",
        authors: &["Rosalind Ashworth-Hargreaves"],
        breaks: 1,
        story: (
            "Music is the space between the notes.",
            "I will bring blankets. Grace Okafor (Mrs)",
        ),
        preface: Some((
            "This piece was longlisted for the Bridport Prize in 2023",
            "with thanks to my writing group in Sheffield, who heard every draft.",
        )),
        afterword: Some((
            "A note on the real things in this story, because people always ask.",
            "a clap or a comment would mean a great deal to me.",
        )),
    },
    Expected {
        file: "posledni-tramvaj.txt",
        title: "Poslední tramvaj",
        authors: &["Kateřina Hrubá-Novotná"],
        breaks: 3,
        // The footnotes may be kept in order at the story's end: its last words are not
        // checked.
        story: (
            "Poslední tramvaj linky číslo 4 odjíždí z Náměstí Svobody ve 23:52",
            "",
        ),
        preface: Some((
            "Poznámka autorky: Povídka vznikla pro literární soutěž Městské knihovny v Brně",
            "že je smutná, ale hezky smutná.",
        )),
        afterword: Some((
            "Děkuji všem, kdo dočetli až sem.",
            "pozdravujte ode mě řidiče — mají to těžší, než si myslíme.",
        )),
    },
    Expected {
        file: "unreasonable-patience-sb.txt",
        title: "Interlude 2: Stores",
        authors: &["Corvid Quill"],
        breaks: 3,
        story: (
            "Petty Officer Second Class Adaeze Mbeki-Lindqvist had been aboard the frigate Unreasonable Patience",
            "The fern was fine. Somebody had watered it. Nobody would admit to it.",
        ),
        preface: Some((
            "Author's Note: Interlude time! This one's from Petty Officer Mbeki-Lindqvist's point of view,",
            "Unbeta'd, so shout if you spot typos.",
        )),
        afterword: Some((
            "A/N: Thanks for reading! Next update will be back with the bridge crew,",
            "you're all amazing and I'm still not over the fern.",
        )),
    },
    Expected {
        file: "etz-halimon.txt",
        title: "עץ הלימון",
        authors: &["נועה בן-שושן"],
        breaks: 3,
        story: (
            "בחצר של הבניין ברחוב הנביאים 38 עמד עץ לימון,",
            "הם נטו לכיוון החלון שלי.",
        ),
        preface: Some((
            "הערת המחברת: סיפור קצר שכתבתי לסדנת הכתיבה של יום חמישי.",
            "שהייתה מכינה ריבה מכל דבר שגדל בחצר.",
        )),
        afterword: Some(("תודה שקראתם! אשמח לתגובות.", "אתם כבר יודעים מה לעשות.")),
    },
    Expected {
        file: "lost-and-found-newsletter.txt",
        title: "Lost and Found",
        authors: &["Jo Nakamura-Reyes"],
        breaks: 5,
        story: (
            "The Lost and Found office at Denver International is on Level 5 of the Jeppesen Terminal,",
            "She looked at it for a while. Then she added one more line. She was very funny.",
        ),
        preface: Some((
            "Hi friends,",
            "It's a little longer than usual. Get a coffee.",
        )),
        afterword: Some((
            "That's it for this week! Thank you, as always, for reading,",
            "See you next Thursday, Jo",
        )),
    },
];

#[test]
fn anthology11_is_read_as_its_answer_key_says() {
    check("anthology11", ANTHOLOGY11);
}
