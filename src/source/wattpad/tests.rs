//! Wattpad pastes read and left alone.

use super::*;

fn run(t: &str) -> Doc {
    Doc::read_by(t, read)
}

/// A part page copied with the story's lowercase name over it and the author's first
/// note run on under the byline, with no blank line.
#[test]
fn a_wattpad_part_with_a_lowercase_story_name_and_no_blank_line() {
    let doc = run(
        "small hours (one shots)\nSeen at 2:14\n4.1K\n302\n58\nby moth_and_marigold\nhiii a tiny one tonight. happy reading!\n\n~~~\n\nJuniper stared at the ceiling.\n\nVote\nComment\nShare\nContinue to next part",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Seen at 2:14"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("moth_and_marigold"));
    assert_eq!(
        doc.out.meta.series.as_deref(),
        Some("small hours (one shots)")
    );
    assert_eq!(
        doc.untaken(),
        "hiii a tiny one tonight. happy reading!\n~~~\nJuniper stared at the ceiling."
    );
    // A story's first lines that only look like it stay: no counts, no byline.
    let doc = run("small hours\nSeen at 2:14\n4 a.m.\nby the window, she waited.");
    assert!(doc.out.title.is_none());
}

#[test]
fn wattpad_part_loses_its_counts_and_buttons() {
    let doc = run(
        "The Glass Orchard\nquietmoth\n12.5K Reads · 904 Votes · 3 Parts\n\nThe orchard was glass.\n\nVote · Comment · Share\nContinue reading next part",
    );
    assert_eq!(doc.out.title.as_deref(), Some("The Glass Orchard"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("quietmoth"));
    assert_eq!(doc.untaken(), "The orchard was glass.");
}

/// A part's page: the story's title over the part's, three bare counts, the byline;
/// the buttons one a line and "Continue to next part" at the end.
#[test]
fn a_wattpad_part_page_loses_its_counts() {
    let doc = run(
        "Cerita Hujan\nPayung Biru\n3.1K\n240\n18\nby hujan_senja\n\nHujan turun.\n\nVote\nComment\nShare\nContinue to next part",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Payung Biru"));
    assert_eq!(doc.out.meta.series.as_deref(), Some("Cerita Hujan"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("hujan_senja"));
    assert_eq!(doc.untaken(), "Hujan turun.");
}

/// A whole part's page copied: the head down to the part's byline, the comment counts
/// under paragraphs, and the foot with the stories it recommends.
#[test]
fn a_whole_page_copied_keeps_only_the_part() {
    let doc = run(
        "the lantern year\n\nfernlight_\n\nby fernlight_\n\nFollow\n\n2.2K\nReads\n98\nVotes\n6\nParts\n\n\
         Story by fernlight_\nthe lantern year\nOngoing - Updated Jan 09\nEmbed story\nReport this story\n\n\
         by fernlight_\n\nThe lanterns went up at dusk.\n\n12\n\nNobody counted them.\n\n3\n\n\
         2\n\nShe counted them.\n\nVote\n\nComment\n\nShare\n\nContinue reading next part\n\n\
         You'll also like\n\nThe Glass Orchard\nby quietmoth\n12.5K\n904\n3\n\nWrite a comment...",
    );
    assert_eq!(doc.out.title.as_deref(), Some("the lantern year"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("fernlight_"));
    // A number under a number is the story's (a countdown), not a comment count.
    assert_eq!(
        doc.untaken(),
        "The lanterns went up at dusk.\nNobody counted them.\n2\nShe counted them."
    );
}

/// The site's menu copied above the story's title is the site's, not the title.
#[test]
fn a_page_copied_with_the_sites_menu_keeps_the_storys_title() {
    let doc = run(
        "Wattpad\nBrowse\nCommunity\nWrite\nTry Premium\nLog in\nSign Up\nthe lantern year\nby fernlight_\n\
         Reads 2.2K\nVotes 98\nParts 6\nThe first lantern\nthe lantern year\nby fernlight_\nFollow\nShare\n\
         The first lantern\n1.1K\n82\n31\nby fernlight_\n\nThe lanterns went up at dusk.\n\n12\n\n\
         Nobody counted them.\n\nVote\nComment\nShare\nContinue to next part\nThe second lantern\n\
         You'll also like\nThe Glass Orchard\nby quietmoth",
    );
    assert_eq!(doc.out.title.as_deref(), Some("the lantern year"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("fernlight_"));
    assert_eq!(
        doc.untaken(),
        "The lanterns went up at dusk.\nNobody counted them."
    );
}

/// A story that only mentions the site's words, or shows one of its lines, stays whole.
#[test]
fn a_story_with_one_page_line_stays() {
    for t in [
        "The Vote\n\nby marchhare\n\nThey counted hands.\n\n12\n\nTwelve for, none against.\n\nVote\n\nShare",
        "Rain\n\nby quietmoth\n\nShe wrote: Embed story here.\n\n4\n\nThe end came.\n\nYou'll also like\n\nThe sequel.",
    ] {
        assert_eq!(
            run(t).untaken(),
            Doc::read_by(t, |_, _| ()).untaken(),
            "{t}"
        );
    }
}

/// A part's title of many words is still the page's head, not the part's text.
#[test]
fn a_long_title_heads_the_page() {
    let doc = run(
        "the night we counted every lantern in the harbour\n\nby fernlight_\n\nFollow\n\n\
         Story by fernlight_\nEmbed story\nReport this story\n\nby fernlight_\n\n\
         The lanterns went up at dusk.\n\nVote\n\nComment\n\nShare\n\nContinue reading next part",
    );
    assert_eq!(
        doc.out.title.as_deref(),
        Some("the night we counted every lantern in the harbour")
    );
    assert_eq!(doc.untaken(), "The lanterns went up at dusk.");
}

/// A select-all of a part's page with the story's details on top: the story's title and
/// byline, its counts with their words, the part's title and its bare counts.
#[test]
fn a_story_head_with_worded_counts_over_the_part() {
    let doc = run(
        "Read Receipts\nby midnightmochi\n\nReads 10.4K\nVotes 1.1K\nParts 12\n\nPart 4: seen 11:52 pm\n\n10.4K\n1.1K\n87\n\nThe thing about Theo was simple.\n\nVote\nComment\nShare\n\nContinue reading next part",
    );
    assert_eq!(doc.out.title.as_deref(), Some("Read Receipts"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("midnightmochi"));
    assert_eq!(
        doc.out.lead_heading.as_ref().map(|p| p.text.as_str()),
        Some("Part 4: seen 11:52 pm")
    );
    assert_eq!(doc.untaken(), "The thing about Theo was simple.");
    // Numbers alone under a byline, with no word to say they are Wattpad's, stay.
    let doc = run("Counting\nby ana_b\n\n3\n2\n1\n\nThe rocket rose.");
    assert!(doc.out.title.is_none() && doc.out.lead_heading.is_none());
    assert_eq!(
        doc.untaken(),
        "Counting\nby ana_b\n3\n2\n1\nThe rocket rose."
    );
}

/// A part's page copied in Spanish and in Indonesian: the menu, the story's title, the
/// part's title, the localized byline and counts go; so do the buttons, the next-part
/// link, the recommendations and the footer.
#[test]
fn a_localized_page_copy_keeps_its_story() {
    let es = "Wattpad\nExplorar\nComunidad\nBuscar\nLa caja\npor valeriaescribe\nCapítulo 1: Papelitos\n12,4 K\n1,1 K\nLeídas 12,4 K\nVotos 1,1 K\nCapítulo 1: Papelitos\n\nMi hermana guardaba sus miedos.\n\nVotar\nComentar\nCompartir\n\nContinuar leyendo en la siguiente parte\nCapítulo 2: El armario\n\nTambién te puede gustar\nCartas que nunca envié";
    let doc = run(es);
    assert_eq!(doc.out.title.as_deref(), Some("La caja"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("valeriaescribe"));
    assert_eq!(
        doc.out.lead_heading.as_ref().map(|p| p.text.as_str()),
        Some("Capítulo 1: Papelitos")
    );
    assert_eq!(doc.untaken(), "Mi hermana guardaba sus miedos.");
    let id = "Beranda\nTelusuri\nKomunitas\nTulis\n\nPembaca Nomor Tujuh\nBagian 1\noleh senjakala_\n\n1,2 rb Dibaca  184 Vote  47 Komentar\n\nNamaku Laras.\n\nVote\nKomentar\nBagikan\n\nLanjutkan membaca bagian selanjutnya\nBagian 2\n\n© 2024 Wattpad";
    let doc = run(id);
    assert_eq!(doc.out.title.as_deref(), Some("Pembaca Nomor Tujuh"));
    assert_eq!(doc.untaken(), "Namaku Laras.");
    // Without a line only the page writes under the text, nothing is taken.
    let t = "Explorar\nComunidad\nBuscar\nLa caja\npor valeriaescribe\n\nMi hermana guardaba sus miedos.";
    assert_eq!(run(t).untaken(), Doc::new(t).untaken());
}

/// A part's page copied in Turkish: the byline after the name ("NAME tarafından"), the
/// parts' list under "İçindekiler", counts with "B" (thousand) and the buttons in
/// Turkish go; the note under the text stays for the closing note.
#[test]
fn a_turkish_page_copy_keeps_its_story() {
    let tr = "Wattpad\nKeşfet\nTopluluk\nGiriş yap\n\nMartı Kafe\ndeniz_yazar tarafından\n\nİçindekiler\n1. Bölüm: Pencere\n2. Bölüm: Tabela\n\n2. Bölüm: Tabela\n\n12,4B Okunma\n238 Yorum\n\ndeniz_yazar tarafından\n\nKapıda eski bir tabela vardı.\n\nYazarın Notu:\nBu bölüm duygusal oldu.\n\nOy ver\nYorum\nPaylaş\n\nSonraki bölüm\n3. Bölüm: Defter\n\nYorumlar (238)\nayse: çok güzel";
    let doc = run(tr);
    assert_eq!(doc.out.title.as_deref(), Some("Martı Kafe"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("deniz_yazar"));
    assert_eq!(
        doc.untaken(),
        "Kapıda eski bir tabela vardı.\nYazarın Notu:\nBu bölüm duygusal oldu."
    );
}

/// A part's page whose menu bar was copied with several items to a line
/// ("Explorar   Comunidad"), and "Añadir a la biblioteca" and "Compartir" under the
/// byline: the menu, the buttons and the counts go, and the part's title is its
/// heading.
#[test]
fn a_menu_bar_on_one_line_and_the_library_button_go() {
    let es = "Wattpad\nExplorar   Comunidad\nBuscar\nProbar Premium\n\nLa caja\n\nCapítulo único\n\n2,1K Leídas · 318 Votos · 47 Comentarios\n\npor valeriaescribe\n\nAñadir a la biblioteca\n\nCompartir\n\n\nMi hermana guardaba sus miedos.\n\nVotar\nComentar\nCompartir\n\nTambién te puede gustar\nCartas que nunca envié";
    let doc = run(es);
    assert_eq!(doc.out.title.as_deref(), Some("La caja"));
    assert_eq!(doc.out.meta.author.as_deref(), Some("valeriaescribe"));
    assert_eq!(doc.untaken(), "Mi hermana guardaba sus miedos.");
}

/// A part's foot with the comment box's prompt and count between the buttons and the
/// next-part link, and the next part's title under the link, as the file's last line:
/// all of it the site's, and the closing note over it stays for the afterword.
#[test]
fn the_comment_box_and_the_next_parts_title_are_the_foot() {
    let t = "The Orrery\n\nThe key was in the biscuit tin.\n\nA/N: next part on friday!!\n\nVote\n\nAdd a comment\n\n37 comments\n\nContinue to next part\n\nPart 8: The Shadow Map";
    let doc = run(t);
    assert_eq!(
        doc.untaken(),
        "The Orrery\nThe key was in the biscuit tin.\nA/N: next part on friday!!"
    );
    // A story that ends on a short line under no next-part link keeps it.
    let t = "The Orrery\n\nThe key was in the biscuit tin.\n\n37 comments\n\nPart 8";
    assert_eq!(run(t).untaken(), Doc::new(t).untaken());
}
