//! anthology30's answer key (`tests/fixtures/anthology30/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): twelve stories written blind as downloaded files and
//! documents — AO3's HTML and EPUB downloads (Spanish, English, Chinese), FanFicFare's
//! EPUB and HTML, a Royal Road EPUB, Word (Portuguese), LibreOffice, WordPad RTF, a
//! WordPress post, a Google Docs text export and a saved Wattpad part.

use super::*;

const ANTHOLOGY30: &[Expected] = &[
    Expected {
        file: "Las_cartas_del_faro.html",
        title: "Las cartas del faro",
        authors: &["marea_baja"],
        breaks: 1,
        story: (
            "Elena llegó a la isla con una",
            "pensando en lo que vendría a continuación.",
        ),
        preface: Some(("Este fic nació de una", "segundo ya está escrito.")),
        afterword: Some(("Y ya está. Me ha", "aunque tarde en contestar.")),
    },
    Expected {
        file: "Salt_and_Static.epub",
        title: "Salt and Static",
        authors: &["quietcartographer"],
        breaks: 2,
        story: (
            "The red light came on at 2:14",
            "a pay phone that still took quarters.",
        ),
        preface: Some(("Written for the Small Fandoms", "All mistakes are mine.")),
        afterword: Some(("Come yell at me about", "will yell back, affectionately.")),
    },
    Expected {
        file: "Ink and Ember-ffnet_13876544.epub",
        title: "Ink and Ember",
        authors: &["Lanternfish42"],
        breaks: 2,
        story: (
            "Pip had three rules for writing in",
            "started at the front of the page.",
        ),
        preface: Some(("A/N: Hi everyone! This is", "write faster, just saying!")),
        afterword: Some(("A/N: And that's the end!", "know in a review!")),
    },
    Expected {
        file: "Was der Winter behält-ao3_51177302.html",
        title: "Was der Winter behält",
        authors: &["Schneeeule"],
        breaks: 1,
        story: (
            "Der Schnee kam in der ersten Dezembernacht",
            "wenn man Glück hat, behält man selbst.",
        ),
        preface: Some((
            "Für den Adventskalender 2023. Das",
            "nicht ohne Nachfrage verwenden.",
        )),
        afterword: Some(("Danke fürs Lesen! Über Kommentare", "ich mich immer sehr.")),
    },
    Expected {
        file: "O ultimo bonde (versao final).docx",
        title: "O último bonde",
        authors: &["Lia Moraes"],
        breaks: 2,
        story: (
            "Carolina perdeu o último bonde por quarenta",
            "Então — disse Daniela — continua perdendo.",
        ),
        preface: Some(("Escrevi este conto numa semana", "outra coisa no lugar.")),
        afterword: Some(("Obrigada por ler até aqui!", "o seu último bonde.")),
    },
    Expected {
        file: "songs_for_the_night_ferry.odt",
        title: "Songs for the Night Ferry",
        authors: &["Maud Keswick"],
        breaks: 1,
        story: (
            "The night ferry left the harbour at",
            "down before the island lights came up.",
        ),
        preface: Some(("For M., who wanted a", "a whole story instead.")),
        afterword: None,
    },
    Expected {
        file: "The Inventory.rtf",
        title: "The Inventory",
        authors: &["R. T. Okafor"],
        breaks: 2,
        story: (
            "When Mrs. Adeyemi died, the housing association",
            "twice, the way she had been taught.",
        ),
        preface: Some(("Author’s Note: This started as", "group for the push.")),
        afterword: None,
    },
    Expected {
        file: "What the Tide Owes – Wren Writes Things.html",
        title: "What the Tide Owes",
        authors: &["Wren Halloway"],
        breaks: 1,
        story: (
            "The Saltmarsh Lending Library stood exactly where",
            "\"I suppose it pays in overdue notices.\"",
        ),
        preface: Some(("A/N: This is a little", "lovely comments last month!")),
        afterword: None,
    },
    Expected {
        file: "Level Zero Lamplighter-rr_58214.epub",
        title: "Level Zero Lamplighter",
        authors: &["ByteSizedBard"],
        breaks: 2,
        story: (
            "The System arrived in Corin's village on",
            "his sore hand. \"My job,\" he said.",
        ),
        preface: Some(("Welcome to my new story!", "least four chapters away.")),
        afterword: Some(("And that's the end of", "did not expect this.")),
    },
    Expected {
        file: "纸灯笼.html",
        title: "纸灯笼",
        authors: &["青柠不酸"],
        breaks: 1,
        story: (
            "城南的灯笼铺子开了四十年，老周也做了四十年的灯笼。铺子很小，只放得下一张桌子、两把竹椅和满屋子还没糊纸的骨架。 元宵节的前一夜，雪下得很细。老周正在给最后一盏莲花灯描边，门口忽然站了一个孩子。孩子大概七八岁，棉袄太大，袖子卷了三道，手里攥着一枚铜钱。 “我要买一盏灯。”孩子说。 “一枚铜钱买不了灯。” “那我买半盏。” 老周笑了，放下笔，问他叫什么名字。孩子摇头，不肯说。老周也不再问，只是把一张没用完的红纸推到他面前，说：“那你自己做。做得好，就不要钱。” 孩子的手很笨，竹篾扎破了两次手指。老周没有帮他，只在旁边慢慢地讲：骨架要先扎底，再扎腰，最后收口；糊纸的时候浆糊不能太稠，太稠了纸会皱，太稀了风一吹就掉。孩子听得很认真，连鼻涕都忘了擦。",
            "他想起很多年前，也是一个下雪的晚上，一个扎着两条辫子的小姑娘站在同一个门口，手里也攥着一枚铜钱。他记得她做的也是一只兔子，也做得很丑。 “你娘现在在哪儿？”他轻声问。 孩子低下头，没有回答。过了一会儿，他把那枚铜钱放在桌上，推到老周面前。 “灯不要钱，”老周说，“你做得好。” “这不是买灯的钱，”孩子说，“是我娘让我还给你的。她说当年她欠你一枚。” 老周把铜钱拿起来，在灯下看了很久。铜钱上有一道浅浅的划痕，和他记忆里的一模一样。 第二天元宵，城南的街上挂满了灯。最亮的那一盏挂在灯笼铺的门口，是一只歪歪扭扭的兔子。路过的人都笑，说老周的手艺退步了。老周也不解释，只是每天晚上亲手把它点亮。",
        ),
        preface: Some((
            "第一次写这个圈的文，人物可能有点OOC，请多包涵。",
            "第一次写这个圈的文，人物可能有点OOC，请多包涵。",
        )),
        afterword: Some((
            "谢谢阅读！祝大家元宵节快乐。",
            "谢谢阅读！祝大家元宵节快乐。",
        )),
    },
    Expected {
        file: "Half-Life of a Kitchen Clock.txt",
        title: "Half-Life of a Kitchen Clock",
        authors: &["Dana Whitcombe"],
        breaks: 2,
        story: (
            "The kitchen clock had been running four",
            "drank it while it was still hot.",
        ),
        preface: Some((
            "Author's note: Draft 3. This",
            "forgetting to resolve them.",
        )),
        afterword: None,
    },
    Expected {
        file: "Seat 14B - Part One_ The Window Seat - Wattpad.html",
        title: "Seat 14B",
        authors: &["moonlitmarigold"],
        breaks: 2,
        story: (
            "Every weekday at 7:42, the number 14",
            "\"I'm Marcus. I think this is yours.\"",
        ),
        preface: Some(("A/N: hiii guys!! ok so", "should post it 💛")),
        afterword: None,
    },
];

#[test]
fn anthology30_is_read_as_its_answer_key_says() {
    check("anthology30", ANTHOLOGY30);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology30_gives_every_story_its_words_in_order() {
    super::anthology21::every_story_has_the_keys_words("anthology30");
}
