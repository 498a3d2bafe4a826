//! Story headers: decoded text → the metadata, summary and notes a site or an author put
//! around the story, and the text left for the story stage.
//!
//! Input: one story's decoded text. Output: a [`Header`]: chapter metadata, title, the
//! author's words that belong in the preface and afterword, lines that are chapter
//! headings, and the rest of the text with every line it took blanked (so line numbers
//! stay true). Runs before notes, title and paragraph logic; when nothing is recognised
//! the text passes through untouched. Readers: FanFicFare text (`fff`), AO3 pages and
//! downloads (`ao3`), YAML front matter (`front_matter`), LiveJournal/Dreamwidth/
//! FanFiction.Net field blocks and crosspost lines (`lj`), Dreamwidth pages around them
//! (`dreamwidth`), ficbook.net downloads and pages (`ficbook`, `ficbook_page`), Quotev pages (`quotev`), EFP pages (`efp`), forum
//! thread pastes (`forum`), mailing-list archive messages (`mailing_list`), story
//! downloaders' text files (`downloader`), Project Gutenberg–style etexts (`gutenberg`),
//! texts in lib.ru's layout (`libru`),
//! manuscripts in submission format (`manuscript`), chat-channel exports
//! (`chat_log`), Tumblr pastes (`social`), Wattpad pastes (`wattpad`), Royal Road pages
//! (`royal_road`), Scribble Hub pages (`scribblehub`), Inkitt pages (`inkitt`), WordPress
//! posts (`wordpress`), Webnovel
//! chapter pages (`webnovel`), Fimfiction downloads and pages (`fimfic`, `fimfic_page`),
//! Reddit posts (`reddit`), Postype and LOFTER posts (`blogs`), newsletter
//! mails (`newsletter`), Jinjiang chapter pages (`jjwxc`), chapter navigation (`nav`),
//! notes-app exports named after their first line (`note_app`), a closing copyright
//! notice (`copyright`), Obsidian notes
//! (`obsidian`), all
//! working on the lines of a [`Doc`] (`doc`), which imports none of them.

use super::doc::{Doc, Header};
use super::{
    aff_text, ao3, blogs, bylines, callout, chat_log, comments, contents, copyright, crosspost,
    dekd, digest, downloader, dreamwidth, efp, fanfiktion_de, fff, ffn_page, ficbook, ficbook_page,
    fimfic, fimfic_page, forum, front_matter, gdocs, gutenberg, header_quote, inkitt, italic_note,
    jjwxc, journal, libru, lj, mailing_list, manuscript, nav, newsletter, note_app, obsidian,
    pixiv, quizilla, quotev, reddit, royal_road, scribblehub, social, spirit_page, tapas, wattpad,
    webnovel, wordpress,
};

/// Reads a story's header. With `enabled` false (`header = false` in book.toml) the text
/// passes through untouched; with `allow_title` false a `Title:` field stays a note.
///
/// `stem` is the story file's name without its extension (a notes app names the file
/// after the note's first line); `markdown` says the file is Markdown, whose HTML
/// comments are hidden (in a plain text file they are the author's literal text).
pub(crate) fn read_file(
    text: &str,
    stem: &str,
    markdown: bool,
    enabled: bool,
    allow_title: bool,
) -> Header {
    let mut doc = Doc::new(text);
    if enabled {
        front_matter::read(&mut doc, allow_title);
        if !fff::read(&mut doc) {
            digest::read(&mut doc);
            mailing_list::read(&mut doc);
            downloader::read(&mut doc, allow_title);
            gutenberg::read(&mut doc, allow_title);
            libru::read(&mut doc, allow_title);
            manuscript::read(&mut doc, allow_title);
            chat_log::read(&mut doc, allow_title);
            fimfic::read(&mut doc, allow_title);
            fimfic_page::read(&mut doc, allow_title);
            pixiv::read(&mut doc, allow_title);
            ffn_page::read(&mut doc, allow_title);
            ficbook::read(&mut doc, allow_title);
            ficbook_page::read(&mut doc, allow_title);
            quotev::read(&mut doc, allow_title);
            quizilla::read(&mut doc, allow_title);
            dekd::read(&mut doc, allow_title);
            aff_text::read(&mut doc, allow_title);
            fanfiktion_de::read(&mut doc, allow_title);
            efp::read(&mut doc, allow_title);
            spirit_page::read(&mut doc, allow_title);
            nav::read(&mut doc);
            contents::read(&mut doc);
            let forum = forum::read(&mut doc, allow_title);
            reddit::read(&mut doc, allow_title);
            blogs::read(&mut doc, allow_title);
            newsletter::read(&mut doc, allow_title);
            jjwxc::read(&mut doc, allow_title);
            royal_road::read(&mut doc, allow_title);
            scribblehub::read(&mut doc, allow_title);
            inkitt::read(&mut doc, allow_title);
            tapas::read(&mut doc, allow_title);
            webnovel::read(&mut doc, allow_title);
            wordpress::read(&mut doc, allow_title);
            social::read(&mut doc);
            wattpad::read(&mut doc, allow_title);
            dreamwidth::read(&mut doc);
            if !forum && doc.out.title.is_none() && !ao3::read(&mut doc, allow_title) {
                lj::field_block(&mut doc, allow_title);
            }
            journal::foot(&mut doc);
            journal::cut_tags(&mut doc);
            copyright::foot(&mut doc);
            crosspost::crossposts(&mut doc);
            obsidian::read(&mut doc);
            if markdown {
                comments::read(&mut doc);
            }
            gdocs::read(&mut doc);
            header_quote::unquote(&mut doc);
            header_quote::note_under_byline(&mut doc);
            italic_note::read(&mut doc);
            callout::read(&mut doc);
            callout::asides(&mut doc);
            note_app::read(&mut doc, stem, allow_title);
            if doc.out.title.is_none() {
                bylines::title_and_name_as_file_named(&mut doc, stem, allow_title);
            }
        }
        lj::forum_buttons(&mut doc);
        if !allow_title && let Some(t) = doc.out.title.take() {
            doc.why(format!(
                "title: the header's title \"{t}\" is not used (`title-in-text = false`)"
            ));
        }
    }
    finish(doc)
}

/// [`read_file`] for a file whose name says nothing.
#[cfg(test)]
pub(crate) fn read(text: &str, enabled: bool, allow_title: bool) -> Header {
    read_file(text, "", false, enabled, allow_title)
}

/// The header the readers found: the decisions about filed and left-out fields first
/// (after the reader's own), and the text with every taken line blanked.
fn finish(mut doc: Doc) -> Header {
    if !doc.filed.is_empty() {
        let s = format!(
            "header: {} go into the story's information",
            doc.filed.join(", ")
        );
        doc.out.decisions.insert(1.min(doc.out.decisions.len()), s);
    }
    if !doc.left_out.is_empty() {
        let s = format!(
            "header: {} are site boilerplate and are left out",
            doc.left_out.join(", ")
        );
        doc.out.decisions.insert(1.min(doc.out.decisions.len()), s);
    }
    let mut rest = String::new();
    for (i, l) in doc.lines.iter().enumerate() {
        if i > 0 {
            rest.push('\n');
        }
        if !doc.taken[i] {
            rest.push_str(l);
        }
    }
    doc.out.rest = rest;
    doc.out.meta.dropped.sort_by_key(|d| d.line);
    doc.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lj_header_one_field_a_line() {
        let h = read(
            "Title: The Glass Garden\nAuthor: quietfern\nRating: K+\nPairing: Wren/Orchid\nSummary: A girl and a\ngreenhouse.\n\nWren watered it.",
            true,
            true,
        );
        assert_eq!(h.title.as_deref(), Some("The Glass Garden"));
        assert_eq!(h.meta.author.as_deref(), Some("quietfern"));
        assert_eq!(h.meta.rating.as_deref(), Some("K+"));
        assert_eq!(h.meta.relationships, ["Wren/Orchid"]);
        assert_eq!(h.summary[0].text, "A girl and a greenhouse.");
        // As in AO3's and FanFicFare's headers, the summary stands without its label.
        assert_eq!(h.preface[0].text, "A girl and a greenhouse.");
        assert_eq!(h.rest.trim(), "Wren watered it.");
        assert_eq!(h.rest.lines().count(), 8, "line numbers are kept");
        assert!(h.meta.dropped.iter().any(|d| d.text == "Summary"));
    }

    /// A LiveJournal header's "Notes:"/"A/N:" label says what the book's note heading
    /// says, so it goes; "Disclaimer:", "Prompt:" and "Beta:" say what the words are, so
    /// they stay, as the author wrote them.
    #[test]
    fn lj_header_note_labels() {
        let h = read(
            "Title: Glass\nRating: T\nPrompt: greenhouses\nDisclaimer: not mine.\nBeta: quietfern\nA/N: for Wren.\nNotes: written fast.\n\nWren watered it.",
            true,
            true,
        );
        let texts: Vec<&str> = h.preface.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Prompt: greenhouses",
                "Disclaimer: not mine.",
                "Beta: quietfern",
                "for Wren.",
                "written fast."
            ]
        );
    }

    /// FanFiction.Net's paste with nothing between its story line and the story (no
    /// disclaimer to make a second field): title, `By:` and `Rated:` are still a header.
    #[test]
    fn ffn_paste_with_only_its_story_line() {
        let t = "O carteiro\nBy: maresia_azul\nRated: Fiction K+ - Portuguese - Family/Drama - Chapters: 1 - Words: 760 - Published: 6/8/2022 - Status: Complete - id: 14105583\n\nN/A: Obrigada!\n\nDurante trinta anos.";
        let h = read(t, true, true);
        assert_eq!(h.title.as_deref(), Some("O carteiro"));
        assert_eq!(h.meta.author.as_deref(), Some("maresia_azul"));
        assert_eq!(h.meta.rating.as_deref(), Some("K+"));
        assert_eq!(h.meta.language.as_deref(), Some("Portuguese"));
        assert_eq!(h.rest.trim(), "N/A: Obrigada!\n\nDurante trinta anos.");
        // Without the `by` line one field under a title stays story.
        let t = "The Storm\nRating: T\n\nIt rained.";
        assert_eq!(read(t, true, true).rest, t);
    }

    #[test]
    fn lone_warning_is_left_to_the_notes() {
        let t = "Warning: sad.\n\nDisclaimer: not mine.\n\nWren left.";
        let h = read(t, true, true);
        assert_eq!(h.rest, t);
        assert!(h.meta.is_empty());
    }

    #[test]
    fn crosspost_lines_at_the_end_are_dropped() {
        let h = read(
            "Wren left.\n\nCrossposted to AO3: https://example.org/works/1.",
            true,
            true,
        );
        assert_eq!(h.rest.trim(), "Wren left.");
        assert_eq!(h.meta.url.as_deref(), Some("https://example.org/works/1"));
        for story in [
            "Also, she left.",
            "She left.\n\nAlso on the table was a letter, unopened.",
            "She left.\n\nOriginally posted nowhere, the letter sat there.",
        ] {
            assert_eq!(read(story, true, true).rest, story);
        }
        let h = read("She left.\n\nAlso on Tumblr!", true, true);
        assert_eq!(h.rest.trim(), "She left.");
    }

    /// A header note wholly in emphasis loses its closing mark with its label.
    #[test]
    fn emphasised_note_field_loses_both_marks() {
        let h = read(
            "Title: Glass\nRating: T\n_Author's note: for Wren._\n\nWren left.",
            true,
            true,
        );
        assert_eq!(h.preface[0].text, "for Wren.");
        let h = read(
            "Title: Glass\nRating: T\n**A/N:** for *Wren*\n\nWren left.",
            true,
            true,
        );
        assert_eq!(h.preface[0].text, "for *Wren*");
    }

    /// LiveJournal's "[info]" (its user icon's alt text) is not part of the author's name.
    #[test]
    fn lj_info_icon_is_not_the_name() {
        let h = read(
            "Title: Tram 91\nAuthor: [info]stara_vozovna\nRating: G\n\nThe tram came.",
            true,
            true,
        );
        assert_eq!(h.meta.author.as_deref(), Some("stara_vozovna"));
        assert!(h.meta.dropped.iter().any(|d| d.text == "[info]"));
    }

    /// A title with its `by` line under it, and no fields, is a title and a byline; a
    /// story that opens "by the time…" under a short line is not.
    #[test]
    fn title_and_byline_without_fields() {
        for (t, who) in [
            (
                "Plum Season\nby umeboshi_umbrella\n\nA/N: for my obaachan.\n\nThe box came.",
                "umeboshi_umbrella",
            ),
            (
                "Plum Season\n\nby Misaki Tanaka\n\nThe box came.",
                "Misaki Tanaka",
            ),
        ] {
            let h = read(t, true, true);
            assert_eq!(h.title.as_deref(), Some("Plum Season"), "{t}");
            assert_eq!(h.meta.author.as_deref(), Some(who));
            assert!(!h.rest.contains("by "), "{}", h.rest);
        }
        let t = "The Storm\n\nby the time she came home, it was over.\n\nShe slept.";
        let h = read(t, true, true);
        assert_eq!(h.rest, t);
        assert!(h.meta.author.is_none());
    }

    /// "Title by Name" on the first line is a title and a byline; prose or a title
    /// that has " by " in it is not.
    #[test]
    fn title_and_byline_on_one_line() {
        for (t, title, who) in [
            (
                "The Lantern Road by quietmoth\n\nThe road was long.",
                "The Lantern Road",
                "quietmoth",
            ),
            (
                "The Porter's Psalm by Imogen Farrah-Lowe\n\nThe road was long.",
                "The Porter's Psalm",
                "Imogen Farrah-Lowe",
            ),
        ] {
            let h = read(t, true, true);
            assert_eq!(h.title.as_deref(), Some(title), "{t}");
            assert_eq!(h.meta.author.as_deref(), Some(who));
            assert_eq!(h.rest.trim(), "The road was long.");
        }
        for t in [
            "She stood by the door\n\nIt rained.",
            "Stand by Me\n\nIt rained.",
            "Written by moonlight\n\nIt rained.",
            "A Letter by Candlelight\n\nIt rained.",
            "He was saved by grace.\n\nIt rained.",
        ] {
            let h = read(t, true, true);
            assert_eq!(h.rest, t);
            assert!(h.meta.author.is_none(), "{t}");
        }
    }

    /// A byline in another language, wholly in emphasis, under a Markdown title.
    #[test]
    fn local_byline_under_a_markdown_title() {
        let h = read(
            "# Das Fundbüro\n\n*von Henrike Sauerwald*\n\nEs regnete.",
            true,
            true,
        );
        assert_eq!(h.title.as_deref(), Some("Das Fundbüro"));
        assert_eq!(h.meta.author.as_deref(), Some("Henrike Sauerwald"));
        assert_eq!(h.rest.trim(), "Es regnete.");
    }

    #[test]
    fn a_markdown_byline_with_only_by_in_bold_and_fields_on_one_line() {
        let h = read(
            "# Platform 9\n\n**by** wrenfromwolves\n**Rating:** G · **Words:** ~1,600 · **Status:** complete\n\n**Author's note:** Written on my phone.\n\nThe train was late.",
            true,
            true,
        );
        assert_eq!(h.title.as_deref(), Some("Platform 9"));
        assert_eq!(h.meta.author.as_deref(), Some("wrenfromwolves"));
        assert_eq!(h.meta.rating.as_deref(), Some("G"));
        assert_eq!(h.meta.words.as_deref(), Some("~1,600"));
        assert_eq!(h.meta.status.as_deref(), Some("complete"));
        assert_eq!(h.rest.trim(), "The train was late.");
    }

    /// Bylines and titles in other scripts and languages: an Icelandic `eftir` (the name
    /// in the dative, as written), a Hebrew title (no capitals) over an English `by`.
    #[test]
    fn local_bylines_and_caseless_titles() {
        for (t, title, who) in [
            (
                "Vetrarljós\neftir Hildi Jónsdóttur\n\nÞað snjóaði.",
                "Vetrarljós",
                "Hildi Jónsdóttur",
            ),
            (
                "בית הקברות לשעונים\nby tik_tak\n\nהיה שקט.",
                "בית הקברות לשעונים",
                "tik_tak",
            ),
        ] {
            let h = read(t, true, true);
            assert_eq!(h.title.as_deref(), Some(title), "{t}");
            assert_eq!(h.meta.author.as_deref(), Some(who), "{t}");
            assert_eq!(h.rest.lines().filter(|l| !l.is_empty()).count(), 1, "{t}");
        }
        // "eftir" opening a sentence under a short line is prose.
        let t = "Vetur\n\neftir langan dag fór hún heim og svaf lengi.\n\nHún vaknaði.";
        let h = read(t, true, true);
        assert_eq!(h.rest, t);
    }

    /// A Dutch byline with name particles ("van der"), a Hebrew `מאת:` byline, and a bare
    /// name under a title with an author's note after it (a Czech file's "Kateřina
    /// Hrubá-Novotná"). A bare name with the story after it, or a sentence under a
    /// title, stays text.
    #[test]
    fn bylines_with_particles_in_hebrew_and_bare_over_a_note() {
        for (t, title, who) in [
            (
                "De dijkwacht\ndoor Femke van der Heijden-Oosterbroek\n\nNoot van de schrijver: voor opa.\n\nHet stormde.",
                "De dijkwacht",
                "Femke van der Heijden-Oosterbroek",
            ),
            (
                "עץ הלימון\nמאת: נועה בן-שושן\n\nבחצר עמד עץ לימון.",
                "עץ הלימון",
                "נועה בן-שושן",
            ),
            (
                "Poslední tramvaj\n\nKateřina Hrubá-Novotná\n\nPoznámka autorky: Povídka vznikla pro soutěž.\n\nTramvaj odjíždí.",
                "Poslední tramvaj",
                "Kateřina Hrubá-Novotná",
            ),
        ] {
            let h = read(t, true, true);
            assert_eq!(h.title.as_deref(), Some(title), "{t}");
            assert_eq!(h.meta.author.as_deref(), Some(who), "{t}");
            assert!(!h.rest.contains(who), "{t}");
        }
        for t in [
            "Poslední tramvaj\n\nKateřina Hrubá\n\nTramvaj odjíždí ve 23:52.",
            "De dijkwacht\ndoor de storm en de regen liep hij.\n\nHet stormde.",
        ] {
            let h = read(t, true, true);
            assert!(h.meta.author.is_none(), "{t}");
            assert_eq!(h.rest, t);
        }
    }

    /// A Vietnamese header (`Tên truyện:`, `Tác giả:`, `Thể loại:`…) is a field block:
    /// title, author and tags filed, the author's words (`Lời tác giả:`) in the preface.
    #[test]
    fn vietnamese_header_fields() {
        let t = "Tên truyện: Mưa tháng Sáu\nTác giả: Lá Khô\nThể loại: đoản văn, gia đình\nTình trạng: Hoàn\n\nLời tác giả: Viết cho mẹ.\n\nTrời mưa.";
        let h = read(t, true, true);
        assert_eq!(h.title.as_deref(), Some("Mưa tháng Sáu"));
        assert_eq!(h.meta.author.as_deref(), Some("Lá Khô"));
        assert_eq!(h.meta.tags, vec!["đoản văn", "gia đình"]);
        assert_eq!(h.meta.status.as_deref(), Some("Hoàn"));
        assert!(h.preface[0].text.contains("Viết cho mẹ."));
        assert_eq!(h.rest.trim(), "Trời mưa.");
    }

    /// A post copied from SpaceBattles or Sufficient Velocity keeps the forum's
    /// "Click to expand..." under a quote or a spoiler box: the site's words, left out.
    #[test]
    fn forum_buttons_are_left_out() {
        let t = "She read the letter.\n\nSpoiler: the letter\nCome home.\nClick to expand...\n\nShe went.";
        let h = read(t, true, true);
        assert!(!h.rest.contains("Click to expand"));
        assert!(h.rest.contains("Come home."));
        assert_eq!(h.meta.dropped[0].text, "Click to expand...");
        // Inside a sentence the words are the story's.
        let t = "The sign said click to expand... and nothing else.";
        assert_eq!(read(t, true, true).rest, t);
    }

    #[test]
    fn markdown_quote_marks_go() {
        let h = read(
            "She opened it.\n\n> Dear M,\n>\n> come home.\n\nShe went.",
            true,
            true,
        );
        assert_eq!(
            h.rest,
            "She opened it.\n\nDear M,\n\ncome home.\n\nShe went."
        );
        let t = "She typed\n> hello\nand waited.";
        assert_eq!(read(t, true, true).rest, t);
    }

    #[test]
    fn disabled_reads_nothing() {
        let t = "Title: A\nRating: T\n\nText.";
        assert_eq!(read(t, false, true).rest, t);
    }
}
