//! FanFiction.Net page copies, tests: the chrome goes, the story and its box stay.

use super::*;

const PAGE: &str = "FanFiction | unleash your imagination\nJust In   Community   Forum   More\nBooks  »  Lanterns\nFollow/Fav\nThe Night Ferry\nBy: harbour_owl\nA ferry, a fog, a dog. Oneshot.\nRated: Fiction K - English - Friendship - Words: 900 - Reviews: 2 - Published: 3/4/2021 - id: 123456\n\nThe ferry left at nine.\n\nThanks for reading!\n\nFollow/Fav\nReview\nShare: Facebook · Twitter\nHelp · Privacy · Terms of Service · About · © 2024 FanFiction";

/// A chapter page's foot as the desktop site copies it: the chapter's choice again,
/// the chapter buttons, the review box's prompt and the footer's links on one line.
/// A story whose last line repeats its first keeps it.
#[test]
fn a_chapter_pages_foot_goes() {
    let page = "FanFiction | unleash your imagination\nFollow/Fav\nLanterns\nBy: ash\nA blurb.\nRated: T - English - Romance - Chapters: 5 - Words: 900 - id: 1\nChapter 3: The Long Way\n< Prev Next >\n\nNine days.\n\nShe stayed.\n\nNine days.\n\nChapter 3: The Long Way\n< Prev Next >\nReview\nPost your thoughts as a Guest or Login.\nHelp  Privacy  Terms of Service  Top";
    let mut doc = Doc::new(page);
    assert!(read(&mut doc, true));
    assert!(
        doc.untaken()
            .ends_with("Nine days.\nShe stayed.\nNine days.")
    );
    // The review box's other prompt, and the footer's links run together.
    let page = page.replace(
        "Post your thoughts as a Guest or Login.\nHelp  Privacy  Terms of Service  Top",
        "Post a review as guest or Login:\nName:\nTop\nHelp Privacy Terms of Service | About Us | Follow us",
    );
    let mut doc = Doc::new(&page);
    assert!(read(&mut doc, true));
    assert!(
        doc.untaken()
            .ends_with("Nine days.\nShe stayed.\nNine days.")
    );
}

/// The mobile page's foot on a first chapter: the review box, the chapter menu, the
/// pager with one button and the footer, under the author's note.
#[test]
fn a_mobile_first_chapters_foot_goes() {
    let story = PAGE.split("\n\nFollow/Fav\nReview").next().unwrap();
    let page = format!(
        "{story}\n\nA/N: So what did you think?\n\nNext »\n\nReview this Chapter\nType your review for this chapter here...\nPost Review As Guest\n\n1. The Apprentice\n2. Blue Flame\n\nChapter 1 of 2  Next »\n\nTop . Desktop Mode . Help . Terms of Service . Privacy Policy\nFanFiction.Net © 2026 | FictionPress.com"
    );
    let mut doc = Doc::new(&page);
    assert!(read(&mut doc, true));
    assert!(
        doc.untaken().ends_with("A/N: So what did you think?"),
        "{}",
        doc.untaken()
    );
}

/// The footer's mode switch closing a copy ("Desktop/Tablet Mode . Mobile Mode") is the
/// page's too, with the review box over it.
#[test]
fn the_mode_switch_under_the_footer_goes() {
    let page = format!(
        "{PAGE}\n\nType your review for this chapter here...\n\nPost Review as Guest\n\nDesktop/Tablet Mode . Mobile Mode"
    );
    let mut doc = Doc::new(&page);
    assert!(read(&mut doc, true));
    assert_eq!(
        doc.untaken(),
        "The ferry left at nine.\nThanks for reading!"
    );
}

#[test]
fn a_copied_story_page_keeps_the_story_and_files_the_box() {
    let mut doc = Doc::new(PAGE);
    assert!(read(&mut doc, true));
    assert_eq!(doc.out.title.as_deref(), Some("The Night Ferry"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("harbour_owl"));
    assert_eq!(doc.out.meta.fandoms, ["Lanterns"]);
    assert_eq!(doc.out.meta.rating.as_deref(), Some("K"));
    assert_eq!(doc.out.summary[0].text, "A ferry, a fog, a dog. Oneshot.");
    assert_eq!(
        doc.untaken(),
        "The ferry left at nine.\nThanks for reading!"
    );
    let dropped = doc.dropped_texts();
    for d in [
        "FanFiction | unleash your imagination",
        "Follow/Fav",
        "Review",
        "By:",
    ] {
        assert!(dropped.contains(&d), "{d} in {dropped:?}");
    }
}

/// The button may come out under the byline, over the summary: it is no summary.
#[test]
fn the_follow_button_under_the_byline_is_not_the_summary() {
    let page = PAGE.replace(
        "Follow/Fav\nThe Night Ferry\nBy: harbour_owl\n",
        "The Night Ferry\nBy: harbour_owl\nFollow/Fav\n\n",
    );
    let mut doc = Doc::new(&page);
    assert!(read(&mut doc, true));
    let summary: Vec<&str> = doc.out.summary.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(summary, ["A ferry, a fog, a dog. Oneshot."]);
    assert_eq!(doc.out.preface.len(), 1);
    assert!(doc.dropped_texts().contains(&"Follow/Fav"));
}

/// A page copied whole has the reader settings and the chapter menu between the
/// story line and the story, and the menu again over the review box and the footer
/// under it: all the site's. A story opening with a numbered list keeps it.
#[test]
fn the_reader_settings_chapter_menu_and_review_box_are_the_pages() {
    let page = PAGE
        .replace(
            "id: 123456\n\n",
            "id: 123456\n \nClose\nFont: Alegreya Sans\nText size: 1.0em\nWidth: 3/4\n1. The Night Ferry\n2. Fog\nNext >\n\n",
        )
        .replace(
            "Follow/Fav\nReview\nShare",
            "1. The Night Ferry\n2. Fog\nNext >\nReview\nType your review for this chapter here...\nPost Review As Guest\nName:\n \nHelp\nPrivacy Policy\nTop\nShare",
        );
    let mut doc = Doc::new(&page);
    assert!(read(&mut doc, true));
    assert_eq!(
        doc.untaken(),
        "The ferry left at nine.\nThanks for reading!"
    );
    let listed = PAGE.replace(
        "id: 123456\n\nThe ferry left at nine.",
        "id: 123456\n\n1. Rope.\n2. Lamp.\n\nThe ferry left at nine.",
    );
    let mut doc = Doc::new(&listed);
    assert!(read(&mut doc, true));
    assert!(
        doc.untaken().starts_with("1. Rope.\n2. Lamp."),
        "{}",
        doc.untaken()
    );
}

/// A story that opens with prose, or has no story line, is not a page copy; a
/// story's last line "Review" with more story before it stays unless the page is one.
#[test]
fn stories_that_only_look_like_it_stay() {
    for t in [
        "She rated it.\n\nBy: the river.\n\nRated: Fiction K - English - Humor - id: 1\n\nThe end.",
        "The Night Ferry\nBy: harbour_owl\n\nThe ferry left. Review the logs, she said.\n\nReview",
        "Rated: T - for language\n\nThe ferry left.",
    ] {
        let mut doc = Doc::new(t);
        assert!(!read(&mut doc, true), "{t}");
        assert_eq!(doc.untaken(), Doc::new(t).untaken(), "{t}");
    }
}

/// The mobile site's page, copied from a phone: its bar one word a line, the
/// category path, the title, `By:`, the summary and the comma-list story line; under
/// the story its buttons and foot.
#[test]
fn a_copied_mobile_page_keeps_the_story() {
    let page = "FanFiction\n \nJust In\nCommunity\nForum\nSearch\nLogin\n \nBooks » Lanterns\n\nThe Night Ferry\n\nBy: harbour_owl\n\nA ferry, a fog, a dog.\n\nT, English, Friendship, words: 900, favs: 3, follows: 1, published: Mar 4, 2021\n\nThe ferry left at nine.\n\nThanks for reading!\n\nReview\n\nFav\nFollow\n \n#\n\nDesktop/Tablet Mode . Help . Terms of Service . Privacy Policy\nTop";
    let mut doc = Doc::new(page);
    assert!(read(&mut doc, true));
    assert_eq!(doc.out.title.as_deref(), Some("The Night Ferry"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("harbour_owl"));
    assert_eq!(doc.out.meta.rating.as_deref(), Some("T"));
    assert_eq!(doc.out.meta.words.as_deref(), Some("900"));
    assert_eq!(doc.out.summary[0].text, "A ferry, a fog, a dog.");
    assert_eq!(
        doc.untaken(),
        "The ferry left at nine.\nThanks for reading!"
    );
}

/// The mobile page as some copies give it: the fandom heads the story line, the
/// buttons share a line over the story ("Review Story Follow/Fav") and are spaced
/// under it ("Follow / Fav"), the footer's links are joined by " . ".
#[test]
fn a_mobile_page_with_the_fandom_on_its_story_line() {
    let page = "FanFiction\nJust In Community Forum More\n\nBooks » Lanterns\n\nThe Night Ferry\nBy: harbour_owl\n\nLanterns, K+, English, Friendship, words: 0.9k+, favs: 3, published: 3/4/2021, id: 9, complete\n\nReview Story Follow/Fav\n\nThe ferry left at nine.\n\nReview the logs, she said.\n\nReview\n\nFollow / Fav\n\nTop\n\nDesktop Mode . Privacy . Terms . Help\n\n© 2026 FanFiction";
    let mut doc = Doc::new(page);
    assert!(read(&mut doc, true));
    assert_eq!(doc.out.meta.rating.as_deref(), Some("K+"));
    assert_eq!(doc.out.meta.language.as_deref(), Some("English"));
    assert_eq!(
        doc.untaken(),
        "The ferry left at nine.\nReview the logs, she said."
    );
}

/// The reader settings copied as bare names ("Text Size", "Width", "Line Height")
/// over the chapter menu: the menu, and its copy under the story with the review
/// box, go.
#[test]
fn bare_settings_and_the_menu_under_the_story_go() {
    let page = "FanFiction\nJust In\nBooks  Misc. Books\nFollow/Fav\nO Relojoeiro\nBy: ceciliandrade\nUm relógio.\nRated: Fiction K+ - Portuguese - Drama - Words: 2,232 - id: 1\nText Size\nWidth\nLine Height\nNext >\n1. Capítulo 1: A loja\n2. Capítulo 2: Corda\n\nTique. Taque.\n\nN/A: O capítulo 2 sai semana que vem.\n\nNext >\n1. Capítulo 1: A loja\n2. Capítulo 2: Corda\nReview\nPost Review As Guest\nName:\nReview:\nPost Review\nFollow/Fav\nPrivacy Policy | Terms of Service | Help  ·  Top";
    let mut doc = Doc::new(page);
    assert!(read(&mut doc, true));
    assert_eq!(
        doc.untaken(),
        "Tique. Taque.\nN/A: O capítulo 2 sai semana que vem."
    );
}

/// A mobile copy whose story line keeps the desktop's "Rated:", with the pager
/// ("« Prev Chapter 2 of 4 Next »") over the story and under it.
#[test]
fn a_mobile_copy_with_rated_and_its_pager() {
    let page = "FanFiction\nunleash your imagination\n\nBooks » Les Misérables\n\nSous les pavés\n\nBy: Plume de Montmartre\n\nJuin 1832.\n\nRated: T, French, Family, words: 5k+, favs: 12, published: Mar 2, 2021\n\n« Prev Chapter 2 of 4 Next »\n\nGavroche avait faim.\n\n« Prev Chapter 2 of 4 Next »\n\nReview\n\nTop\nFanFiction | Desktop Mode . Privacy . Help . Terms of Service";
    let mut doc = Doc::new(page);
    assert!(read(&mut doc, true));
    assert_eq!(doc.out.meta.rating.as_deref(), Some("T"));
    assert_eq!(doc.untaken(), "Gavroche avait faim.");
}

/// The chapter buttons copied on one line with the menu between them are the page's; a
/// story's line that opens and closes alike but holds prose is not.
#[test]
fn the_buttons_with_the_menu_between_them_are_a_pager() {
    assert!(is_pager("< prev  1. five kitchens  2. two gardens  next >"));
    assert!(is_pager("« prev chapter 2 of 4 next »"));
    assert!(!is_pager(
        "< prev, she typed, and then she wrote a whole sentence about the weather and next >"
    ));
}
