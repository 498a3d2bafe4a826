//! anthology31's answer key (`tests/fixtures/anthology31/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind in the commonest shapes,
//! in many languages and in verse — FanFicFare text in French and of a FanFiction.Net
//! story, AO3 page copy in Russian and an AO3 download as text, a FanFiction.Net page in
//! Spanish, a poem, German, Japanese, Ukrainian and Italian notes, a song-fic.

use super::*;

const ANTHOLOGY31: &[Expected] = &[
    Expected {
        file: "Les lanternes du quai-plume_de_heron.txt",
        title: "Les lanternes du quai",
        authors: &["plume_de_heron"],
        breaks: 1,
        story: (
            "Le marché de nuit ouvrait toujours trop",
            "tromper une seule fois sur les paroles.",
        ),
        preface: Some(("Écrit pour l'échange d'été du", "la cherchez pas ailleurs.")),
        afterword: Some(("Si vous avez aimé, un", "mens peut-être, comme Margot).")),
    },
    Expected {
        file: "Последняя электричка - Solnechnyi_Zaichik - Original Work [Archive of Our Own].txt",
        title: "Последняя электричка",
        authors: &["Solnechnyi_Zaichik"],
        breaks: 2,
        story: (
            "Вера поняла, что опоздала, ещё на эскалаторе.",
            "потом: «Иногда опоздать — это тоже приехать».",
        ),
        preface: Some((
            "Давно хотела написать что-нибудь про",
            "Очень жду ваших отзывов!",
        )),
        afterword: Some((
            "Спасибо, что дочитали! Если понравилось,",
            "мне правда очень важно.",
        )),
    },
    Expected {
        file: "El reloj de la abuela Remedios Chapter 1, a crónicas de la casa ámbar fanfic _ FanFiction.txt",
        title: "El reloj de la abuela Remedios",
        authors: &["LunaDeAzahar"],
        breaks: 2,
        story: (
            "El reloj del comedor se detuvo un",
            "llevándole la contraria a toda la casa.",
        ),
        preface: Some(("N/A: Hola a todos, este", "pertenecen, solo la historia.")),
        afterword: Some((
            "¡Gracias por leer! Dejen reviews",
            "por leer! Dejen reviews",
        )),
    },
    Expected {
        file: "tide pool inventory.txt",
        title: "Inventory of a Tide Pool at Low Water",
        authors: &["Marisol Vane"],
        breaks: 0,
        story: (
            "First, the water, which is not a",
            "for as long as it is allowed.",
        ),
        preface: None,
        afterword: None,
    },
    Expected {
        file: "Der_Brief_im_Apfelkeller.txt",
        title: "Der Brief im Apfelkeller",
        authors: &["Kirschkernspucker"],
        breaks: 2,
        story: (
            "Als Anni im Oktober das Haus ihrer",
            "Frühjahr bekam das Stämmchen ein siebtes Blatt.",
        ),
        preface: Some((
            "Diese Geschichte ist für meine",
            "willkommen, aber bitte nett.",
        )),
        afterword: Some(("Danke fürs Lesen! Ja, das", "freue ich mich sehr.")),
    },
    Expected {
        file: "The Ghostwriter's Apprentice-ffnet_11812345.txt",
        title: "The Ghostwriter’s Apprentice",
        authors: &["inkstainedwren"],
        breaks: 2,
        story: (
            "Mr. Albrecht kept exactly one drawer locked,",
            "said, and handed her back the pen.",
        ),
        preface: Some(("A/N: First fic in this", "own the Lamplighter books.")),
        afterword: Some(("A/N: And that's it! Thank", "someday? Let me know!")),
    },
    Expected {
        file: "雨宿りの図書室.txt",
        title: "雨宿りの図書室",
        authors: &["水無月しずく"],
        breaks: 2,
        story: (
            "六月の放課後、図書室にはいつも雨の匂いがした。 窓の外では紫陽花が重たそうに首を垂れていて、校庭には誰もいない。私は貸出カウンターの内側に座って、返却された本に一冊ずつスタンプを押していた。図書委員の仕事は退屈だと皆は言うけれど、私はこの時間が嫌いではなかった。 扉が開いて、びしょ濡れの男子が一人、入ってきた。 「すみません、ちょっとだけ雨宿りさせてください」 「ここ、図書室なんですけど」 「知ってます。本も借ります。たぶん」 たぶん、という言い方がおかしくて、私は思わず笑ってしまった。彼は二年の篠原くんだった。名前だけは知っている。陸上部で、いつも誰かと大声で笑っている人だ。",
            "その日、彼が帰ったあと、私は初めて自分でその図鑑を開いた。北の岬の灯台、南の島の灯台、もう使われていない小さな灯台。どのページにも、光り方が小さな文字で書いてあった。四秒に一回、赤。十秒に二回、白。私は自分の光り方を考えようとして、うまく思いつかなくて、図鑑をそっと棚に戻した。 梅雨が明けた日、篠原くんは来なかった。 空は馬鹿みたいに青くて、図書室には光が溢れていた。私は一人でスタンプを押し、返却本を棚に戻し、最後に窓際の席を片付けに行った。 机の上に、『世界の灯台図鑑』が置いてあった。返却期限の紙が挟まっていて、その裏に鉛筆で何か書いてある。 「三秒に一回、白。晴れの日も、ここにいます」 私はしばらくその紙を眺めてから、貸出カードを一枚取り出して、自分の名前を書いた。借りる本の欄には、ゆっくりと『世界の灯台図鑑』と書いた。 明日、陸上部のグラウンドの横を通って帰ろうと思った。三秒に一回、白く光るものを探しながら。",
        ),
        preface: None,
        afterword: Some((
            "最後まで読んでいただき、ありがとうございました。梅雨の時期になると書きたくなる話でした。感想をいただけると、とても励みになります。",
            "最後まで読んでいただき、ありがとうございました。梅雨の時期になると書きたくなる話でした。感想をいただけると、とても励みになります。",
        )),
    },
    Expected {
        file: "highway hymnal (songfic).txt",
        title: "Highway Hymnal",
        authors: &["Dusty Marlowe"],
        breaks: 2,
        story: (
            "The radio in June's truck only got",
            "window down. She rolled the window down.",
        ),
        preface: Some(("Disclaimer: I don't own the", "repeat for three days.")),
        afterword: None,
    },
    Expected {
        file: "la-bottega-delle-ore-perse.md",
        title: "La bottega delle ore perse",
        authors: &["Gelsomina Ferri"],
        breaks: 3,
        story: (
            "In fondo a vicolo San Biagio, dove",
            "Mattina di novembre, dieci minuti. Non persi.",
        ),
        preface: Some((
            "Nota dell'autrice: questa storia è",
            "quindi perdonate i refusi.",
        )),
        afterword: Some(("Grazie per aver letto!", "Grazie per aver letto!")),
    },
    Expected {
        file: "last shift FINAL v2.txt",
        title: "The Last Shift at the Paperback Exchange",
        authors: &["quietcartographer"],
        breaks: 3,
        story: (
            "You unlock the shop at nine, the",
            "to what the birds are actually saying.",
        ),
        preface: Some(("TW: grief, mentions of a", "a mess. Concrit welcome!")),
        afterword: Some(("AN: Thank you for reading", "Comments make my day.")),
    },
    Expected {
        file: "Соняшники на балконі.txt",
        title: "Соняшники на балконі",
        authors: &["Оксана Вербицька"],
        breaks: 2,
        story: (
            "Того літа Дарина вирішила виростити соняшники на",
            "повільно сіяв по темряві маленькі жовті вогники.",
        ),
        preface: Some(("Ця історія написана для конкурсу", "моїй сестрі за назву.")),
        afterword: None,
    },
    Expected {
        file: "Field_Notes_from_the_Lighthouse_Keepers_Niece.txt",
        title: "Field Notes from the Lighthouse Keeper’s Niece",
        authors: &["tern_and_bramble"],
        breaks: 2,
        // The footnote's body, last in the key, is the story's footnote, not its prose.
        story: (
            "Aunt Ottilie's first rule for Gullrock Island",
            "until the first frost.",
        ),
        preface: Some((
            "Written for the Small Fandoms",
            "their grandmother's notebook habit.",
        )),
        afterword: Some(("I have never been to", "comments are always treasured!")),
    },
];

#[test]
fn anthology31_is_read_as_its_answer_key_says() {
    check("anthology31", ANTHOLOGY31);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology31_gives_every_story_its_words_in_order() {
    super::anthology21::every_story_has_the_keys_words("anthology31");
}
