//! anthology46's answer key (`tests/fixtures/anthology46/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind, stories whose notes, or whole text, are in other languages (Chinese, Korean, Vietnamese, Turkish, Dutch, Swedish, Arabic, Japanese, a German note over an English story) and verse (a crown of sonnets, Spanish free verse, prose with a poem and haiku). The stories in
//! `READ` are read as the key says and checked.

use super::*;

const ANTHOLOGY46: &[Expected] = &[
    Expected {
        file: "Lighthouse_Night_Watch-ao3_51873406.txt",
        title: "灯塔守夜人",
        authors: &["青柠不加冰"],
        breaks: 2,
        story: (
            "林澜第一次上岛的时候，雾还没有散。渡船在码头边晃了三下，船老大把她的箱子扔上岸，说了句“明年春天见”，就掉头走了。 岛上只有一座灯塔，一间石头屋，还有一个叫周砚的老人。他坐在门口剥花生，看她的眼神像在看一只被风吹错了方向的海鸥。 “你就是新来的守夜人？” “是。” “会修发电机吗？” “会一点。” “会做饭吗？”",
            "他的手停了一下，说：“以前的守夜人。她说过一句话，我到现在都记得——‘灯不是给船看的，是给岸上等的人看的。’” 林澜没再问。窗外的光一圈一圈扫过海面，像有人在黑暗里慢慢地翻一本很厚的书。 冬天来得很突然。第一场暴风雨把发电机淹了，林澜在机房里泡了一整夜，手指冻得握不住扳手。周砚举着手电站在门口，一句话也没说，只是每隔一会儿就把手电往前挪一点，好让光落在她的手上。 凌晨四点，灯重新亮了。 她爬上塔顶，看见远处有一条小船正在往港口的方向慢慢挪。船上的人看不见她，她也看不清船上的人，可是她忽然明白了阿宁那句话的意思。 第二天早上，她在第七十三级台阶下面放了一封新的信。信封上写着：“给明年春天来的人”。 周砚看见了，没有说破，只是那天的花生剥得特别多。",
        ),
        preface: Some((
            "第一次在AO3发文，有点紧张。这篇是给潮汐组的交换礼物，灵感来自去年冬天在海边看到的一座灯塔。没有CP，纯友情向。如有错别字请多包涵！",
            "第一次在AO3发文，有点紧张。这篇是给潮汐组的交换礼物，灵感来自去年冬天在海边看到的一座灯塔。没有CP，纯友情向。如有错别字请多包涵！",
        )),
        afterword: Some((
            "谢谢看到这里的你。阿宁的故事以后也许会写，也许不会，就让它留在铁盒子里吧。欢迎留言，我会一条一条回复的～",
            "谢谢看到这里的你。阿宁的故事以后也许会写，也许不会，就让它留在铁盒子里吧。欢迎留言，我会一条一条回复的～",
        )),
    },
    Expected {
        file: "새벽 두 시의 편의점.txt",
        title: "새벽 두 시의 편의점",
        authors: &["밤고양이"],
        breaks: 2,
        story: (
            "민재가 편의점 야간 근무를 시작한 지 꼭",
            "처음으로, 아침이 오는 것이 조금 아깝다고 생각했다.",
        ),
        preface: Some((
            "안녕하세요, 밤고양이입니다. 오랜만에 단편으로 돌아왔어요.",
            "사람들입니다. 가볍게 읽어 주세요!",
        )),
        afterword: Some((
            "끝까지 읽어 주셔서 감사합니다. 민재와",
            "언제나 큰 힘이 됩니다.",
        )),
    },
    Expected {
        file: "Mua_mua_o_pho_cu_HaVy.txt",
        title: "Mùa mưa ở phố cũ",
        authors: &["Hạ Vy"],
        breaks: 2,
        story: (
            "Trời mưa từ sáng sớm. Mưa không",
            "cháu ngồi nghe mưa cho đến khuya.",
        ),
        preface: Some(("Truyện ngắn này mình viết", "bạn đọc vui vẻ.")),
        afterword: Some(("Cảm ơn mọi người đã", "cho mình biết nhé.")),
    },
    Expected {
        file: "son_vapur.txt",
        title: "Son Vapur",
        authors: &["kuzeyrüzgarı"],
        breaks: 2,
        story: (
            "Kadıköy iskelesinde saat gece yarısına yaklaşıyordu. Deniz'in",
            "ama bu kez onu atmadı; saklamak istedi.",
        ),
        preface: Some((
            "Merhaba! Bu hikâyeyi geçen kış",
            "temaları var. Keyifli okumalar!",
        )),
        afterword: None,
    },
    Expected {
        file: "Stationspiano - Lotte_schrijft.txt",
        title: "Stationspiano",
        authors: &["Lotte_schrijft"],
        breaks: 2,
        story: (
            "Op het station staat een piano die",
            "hij bleef staan. Hij miste zijn trein.",
        ),
        preface: Some(("Dit verhaal schreef ik voor", "alleen een beetje weemoed.")),
        afterword: Some(("Bedankt voor het lezen! Er", "altijd welkom. Liefs, Lotte")),
    },
    Expected {
        file: "snofall_i_juni_FINAL.txt",
        title: "Snöfall i juni",
        authors: &["mirabell_skriver"],
        breaks: 2,
        story: (
            "Det snöade i juni det året. Inte",
            "glasögonen på fönsterbrädan. Men inte i år.",
        ),
        preface: Some(("Hej allihopa!! Tusen tack för", "lovar). Kram / Mira")),
        afterword: Some(("Tack för att ni läste!", "dålig på att svara.")),
    },
    Expected {
        file: "The Last Shelf.txt",
        title: "The Last Shelf",
        authors: &["Wortfee"],
        breaks: 2,
        story: (
            "On the last day of Marrow &",
            "a little. \"Bring the tape,\" he said.",
        ),
        preface: Some((
            "Hallo zusammen! Englisch ist nicht",
            "Viel Spaß beim Lesen!",
        )),
        afterword: None,
    },
    Expected {
        file: "شجرة التين.txt",
        title: "شجرة التين",
        authors: &["ريم الساهرة"],
        breaks: 2,
        story: (
            "في آخر الصيف عادت سلمى إلى بيت",
            "جاهز، وأن عليها ألا تتأخر هذه المرة.",
        ),
        preface: Some(("هذه قصة قصيرة كتبتها في", "حقيقية. أتمنى أن تعجبكم.")),
        afterword: Some(("شكرًا لكل من قرأ حتى", "بآرائكم في التعليقات. 🌿")),
    },
    Expected {
        file: "a_crown_for_the_orchard_keeper.txt",
        title: "A Crown for the Orchard Keeper",
        authors: &["Halcyon Reed"],
        breaks: 0,
        story: (
            "The orchard kept its peace through frost,",
            "the orchard kept its peace through frost.",
        ),
        preface: Some(("This is my first try", "patience with my meter.")),
        afterword: None,
    },
    Expected {
        file: "cartografia-de-la-casa-vacia.txt",
        title: "Cartografía de la casa vacía",
        authors: &["Alondra Nocturna"],
        breaks: 3,
        story: (
            "Mi madre guardaba los botones en una",
            "tapa despacio para no despertar a nadie.",
        ),
        preface: None,
        afterword: Some(("Escribí este poema para el", "limones ya secos dentro.")),
    },
    Expected {
        file: "What_Wren_Left_in_the_Margins_by_inkfinch.txt",
        title: "What Wren Left in the Margins",
        authors: &["inkfinch"],
        breaks: 3,
        story: (
            "June had been stuck on the same",
            "on, and listened for it to sing.",
        ),
        preface: Some(("Written for the Winter Letters", "like a child. Enjoy!")),
        afterword: None,
    },
    Expected {
        file: "Natsumatsuri_no_Maigo-ao3_60214877.txt",
        title: "夏祭りの迷子",
        authors: &["しろくま堂"],
        breaks: 2,
        story: (
            "夏祭りの夜、神社の石段の下で、ユイは迷子の子どもを拾った。 正確に言えば、子どもの方がユイを拾ったのかもしれない。浴衣の袖をぎゅっとつかまれて振り返ると、狐のお面をかぶった小さな男の子が、じっと彼女を見上げていたのだ。 「お母さんは？」 「いない」 「お父さんは？」 「いない」 「じゃあ、誰と来たの？」",
            "本殿の裏には、迷子センターなんてなかった。あったのは古い小さな祠と、風に揺れる提灯がひとつだけだった。 振り返ると、男の子の手の感触はもうなかった。石畳の上に、狐のお面だけが落ちていた。 ユイはお面を拾い上げた。裏側に、消えかけたマジックの文字があった。子どもの字で、「ユウタ」と書いてある。 それは、ユイが生まれる前に亡くなった、母の弟の名前だった。 家に帰ると、母は縁側でひとり、花火の音を聞いていた。ユイが黙ってお面を差し出すと、母は長いあいだそれを見つめ、それから小さく笑った。 「あの子、りんご飴が好きだったのよ」 遠くで最後の花火が上がった。ユイは母の隣に座り、袖に残った甘い匂いを、そっと嗅いだ。",
        ),
        preface: Some((
            "はじめまして、しろくま堂です。夏祭り企画に参加させていただきました。少しだけ不思議なお話です。ホラーではありません！",
            "はじめまして、しろくま堂です。夏祭り企画に参加させていただきました。少しだけ不思議なお話です。ホラーではありません！",
        )),
        afterword: Some((
            "ここまで読んでくださってありがとうございました。ユウタくんはちゃんと帰れたと思います。kudosやコメントをいただけると、とても励みになります。",
            "ここまで読んでくださってありがとうございました。ユウタくんはちゃんと帰れたと思います。kudosやコメントをいただけると、とても励みになります。",
        )),
    },
];

/// The stories read as the key says. Conventions of the key's the house does not share: a title set in capitals is kept as written (the Vietnamese, Swedish and Spanish stories).
const READ: &[&str] = &[
    "Lighthouse_Night_Watch-ao3_51873406.txt",
    "새벽 두 시의 편의점.txt",
    "son_vapur.txt",
    "Stationspiano - Lotte_schrijft.txt",
    "The Last Shelf.txt",
    "شجرة التين.txt",
    "a_crown_for_the_orchard_keeper.txt",
    "What_Wren_Left_in_the_Margins_by_inkfinch.txt",
    "Natsumatsuri_no_Maigo-ao3_60214877.txt",
];

#[test]
fn anthology46_is_read_as_its_answer_key_says() {
    check_stories("anthology46", ANTHOLOGY46, Some(READ));
}
