//! anthology22's answer key (`tests/fixtures/anthology22/EXPECTED.md`, with each story's
//! exact text in `story-texts/`): eleven stories written blind in shapes no fixture had —
//! an eFiction archive's printer-friendly page, a Google Docs web page downloaded zipped,
//! an Apple Pages EPUB, a calibre EPUB of a FanFiction.net story, a Word file with
//! tracked changes not yet accepted, an Evernote export, an AO3 download of a work in
//! Chinese, a Mibba chapter, a Questionable Questing thread in reader mode, a personal
//! site's page and a LibreOffice flat XML document in German.

use super::*;

const ANTHOLOGY22: &[Expected] = &[
    Expected {
        file: "The Lamplighter's Archive __ Salt in the Ledger by inkwell_moth.html",
        title: "Salt in the Ledger",
        authors: &["inkwell_moth"],
        breaks: 0,
        story: (
            "The harbourmaster's office smelled of tar and",
            "the hold himself. It was not barley.",
        ),
        preface: Some((
            "Written for the Harbourlight midwinter",
            "patience with my extension.",
        )),
        afterword: Some((
            "Next chapter: the Kittiwake's cargo.",
            "keep the lighthouse lit!",
        )),
    },
    Expected {
        file: "TheCartographersApprentice.zip",
        title: "The Cartographer’s Apprentice",
        authors: &["Juniper Vale"],
        breaks: 1,
        story: (
            "Ilse had been apprenticed to the cartographer",
            "to sleep wondering what it would do.",
        ),
        preface: Some(("For Sam, who asked for", "don't repost it anywhere.")),
        afterword: None,
    },
    Expected {
        file: "Winter Orchard.epub",
        title: "Winter Orchard",
        authors: &["Tamsin Reyes"],
        breaks: 1,
        story: (
            "The orchard had been her father's idea,",
            "slant, so the water would run off.",
        ),
        preface: Some(("A small story about grief", "before the story begins.")),
        afterword: None,
    },
    Expected {
        file: "Nine Lanterns Down - quietcomet.epub",
        title: "Nine Lanterns Down",
        authors: &["quietcomet"],
        breaks: 0,
        story: (
            "The ninth lantern was the one that",
            "anything else until they had passed it.",
        ),
        preface: Some(("This is my first fic", "any of its characters.")),
        afterword: Some(("Thanks for reading! Let me", "it as a oneshot.")),
    },
    Expected {
        file: "The Understudy (draft 3 - Leo edits).docx",
        title: "The Understudy",
        authors: &["Marguerite Oduya"],
        breaks: 0,
        story: (
            "On the night of the dress rehearsal,",
            "as if they had only just gone.",
        ),
        preface: Some(("Author's note: written for a", "Thank you for reading!")),
        afterword: None,
    },
    Expected {
        file: "List for Tuesday (fic draft).enex",
        title: "List for Tuesday",
        authors: &["pennyroyal"],
        breaks: 0,
        story: (
            "Gran's shopping list had been stuck to",
            "minded: lemons x3 (for real this time)",
        ),
        preface: Some(("A/N: quick one, written on", "pairings. Grief, but gentle.")),
        afterword: Some(("Thanks for reading. This one", "she had done them.")),
    },
    Expected {
        file: "Yu Ting Zhi Qian.html",
        title: "雨停之前",
        authors: &["qingshan_wu"],
        breaks: 1,
        story: (
            "雨是从下午三点开始下的。林晚关上书店的玻璃门时，街上已经没有什么人了，只有对面面馆的老板还站在屋檐下抽烟，看着雨水顺着招牌往下流。 书店很小，一共只有四排书架。最里面那排放的是旧书，大多是附近居民搬家时留下的，纸页发黄，有的还夹着别人写的便条。林晚喜欢那些便条。她把它们收在收银台下面的铁盒子里，有购物清单，有电话号码，还有一张只写了一句话：“如果你读到这里，请替我把结局告诉她。” 她一直不知道“她”是谁。有时候她会把那张便条拿出来看看，想象写字的人是什么样子，想象那个“她”最后有没有听到结局。想了几次，也就放下了。 四点多的时候，门上的铃铛响了。进来的是一个穿灰色外套的年轻人，头发全湿了，手里却拿着一把收好的黑伞。 “你为什么不打伞？”林晚忍不住问。 “这不是我的伞。”他把伞靠在门边，小心地不让水滴到书上，“是我外婆的。她以前每个星期三都来这里。” 林晚想起来了。一位很瘦的老太太，总是坐在窗边那把藤椅上，一本书能看一整个下午，走的时候从来不买，只是朝她点点头。后来有一段时间没来，林晚还以为她搬走了。",
            "林晚接过书，翻开。书签停在第一百二十页。她突然想起铁盒子里那张便条，字迹细细的，有点歪。 她弯下腰，从收银台下面拿出铁盒，找到那张纸，放在书页旁边。两个人都沉默了。是同一个人的字。 “我读过，”林晚终于说，“结局不难过。灯塔看守人最后等到了那艘船。” 年轻人点点头，眼睛有点红。他没有再说什么，只是在窗边那把藤椅上坐了下来，翻到第一百二十页，开始读。 外面的雨还在下。林晚给他倒了一杯热茶，然后回到收银台后面，假装整理账本。六点钟的时候雨停了，他合上书，把黑伞留在了门边。 “下个星期三，”他说，“我还能来吗？” “窗边那把椅子，”林晚说，“一直都空着。”",
        ),
        preface: Some(("Written for a “rain” prompt", "it was about :)")),
        afterword: Some((
            "Thanks for reading! Comments in",
            "language are very welcome.",
        )),
    },
    Expected {
        file: "Static on Channel Four - Chapter 3_ Dead Air - Mibba.html",
        title: "Static on Channel Four",
        authors: &["moonlit_tapes"],
        breaks: 0,
        story: (
            "The request line lit up at 2:14",
            "ordinary dial tone of the present day.",
        ),
        preface: Some(("Sorry this took so long,", "on the last one.")),
        afterword: None,
    },
    Expected {
        file: "Reader mode - Quartermaster (Original, short) _ Questionable Questing.html",
        title: "Quartermaster",
        authors: &["Halberd_Sparrow"],
        // The key's one break is where the second threadmarked post begins; it accepts
        // that post's threadmark ("Part 2: Requisition") as a heading in its place,
        // which is how the posts are read.
        breaks: 0,
        story: (
            "The quartermaster of the Ninth Company had",
            "after a long pause, he wrote: shy.",
        ),
        preface: Some((
            "Author's note: a little two-parter",
            "C&C welcome, as always.",
        )),
        afterword: None,
    },
    Expected {
        file: "moth-season.html",
        title: "Moth Season",
        authors: &["Wren Kestrel"],
        breaks: 2,
        story: (
            "Every June the moths came back to",
            "that, smaller, he added: Witness: my sister.",
        ),
        preface: Some(("A/N: written for a summer", "Let me have this.")),
        afterword: None,
    },
    Expected {
        file: "das_leuchten_im_keller.fodt",
        title: "Das Leuchten im Keller",
        authors: &["Lene Hartwig"],
        breaks: 1,
        story: (
            "Der Keller im Haus meiner Großmutter war",
            "Etikett darauf kleben, bevor man es vergisst.",
        ),
        preface: Some((
            "Anmerkung: Geschrieben für die Herbstwichtelei.",
            "das Regal voller Gläser.",
        )),
        afterword: None,
    },
];

#[test]
fn anthology22_is_read_as_its_answer_key_says() {
    check("anthology22", ANTHOLOGY22);
}

/// `EXPECTED.md`'s word counts, in book order: the Chinese story's is its count of CJK
/// ideographs, punctuation left out.
const WORDS: &[usize] = &[401, 377, 410, 389, 396, 404, 752, 409, 346, 388, 327];

/// A story's words as the key counts them: a block of Chinese text by its ideographs
/// (U+4E00–U+9FFF), any other by its words.
fn counted(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading(_) | Block::SceneBreak | Block::Note(_) | Block::Footnotes(_) => 0,
            Block::List(list) => list.items.iter().map(|item| counted(item)).sum(),
            b => {
                let text = b.plain();
                let ideographs = text
                    .chars()
                    .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                    .count();
                match ideographs {
                    0 => text.split_whitespace().count(),
                    n => n,
                }
            }
        })
        .sum()
}

/// Every word of every story read, and no word of a note, a header, a comment or the
/// site's, is the story's: the counts are `EXPECTED.md`'s to the word.
#[test]
fn anthology22_keeps_every_word_of_every_story_once() {
    let read: Vec<&str> = ANTHOLOGY22.iter().map(|e| e.file).collect();
    super::anthology13::word_counts_hold("anthology22", &read, WORDS, counted);
}

/// The words of each story, in order, are the key's `story-texts/N.txt` exactly.
#[test]
fn anthology22_gives_every_story_its_words_in_order() {
    super::anthology21::every_story_has_the_keys_words("anthology22");
}
