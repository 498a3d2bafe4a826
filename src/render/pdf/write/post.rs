//! Write stage, post-pass: completes printpdf's document with lopdf — PDF version, Info,
//! `/PageMode`, `/Lang`, `/ViewerPreferences`, `/PageLabels`, a nested outline and the
//! XMP metadata.

use super::xmp;
use crate::render::pdf::frame::{Document, LabelStyle, OutlineEntry};
use lopdf::{Dictionary, Object, ObjectId, StringFormat};

/// Fixes and completes printpdf's document.
pub(super) fn finish(lo: &mut lopdf::Document, doc: &Document) -> Result<(), String> {
    // printpdf writes 1.3; we use UTF-16 text strings, Identity-H fonts, page labels.
    lo.version = "1.7".to_string();
    let page_ids: Vec<ObjectId> = lo.get_pages().values().copied().collect();

    // Info: replace wholesale (printpdf's has an empty /GTS_PDFXVersion, /Trapped and
    // epoch-0 dates).
    if let Ok(old) = lo.trailer.get(b"Info").and_then(Object::as_reference) {
        lo.objects.remove(&old);
    }
    let date = pdf_date(doc.epoch);
    let mut info = Dictionary::new();
    info.set("Title", text(&doc.title));
    if !doc.author.is_empty() {
        info.set("Author", text(&doc.author));
    }
    if let Some(sub) = &doc.subject {
        info.set("Subject", text(sub));
    }
    let (creator, producer) = ("Quire", "Quire (printpdf, lopdf)");
    info.set("Creator", text(creator));
    info.set("Producer", text(producer));
    info.set("CreationDate", Object::string_literal(date.clone()));
    info.set("ModDate", Object::string_literal(date.clone()));
    let info_id = lo.add_object(info);
    lo.trailer.set("Info", info_id);

    // Pages without links: no empty /Annots array (the print profile has none at all).
    for id in &page_ids {
        if let Ok(page) = lo.get_object_mut(*id).and_then(Object::as_dict_mut)
            && page
                .get(b"Annots")
                .and_then(Object::as_array)
                .is_ok_and(|a| a.is_empty())
        {
            page.remove(b"Annots");
        }
    }

    // Outlines: nested (printpdf's bookmarks are flat).
    let outlines_id = lo.new_object_id();
    let (first, last, count) = outline_items(lo, &doc.outline, outlines_id, &page_ids);
    let mut outlines = Dictionary::new();
    outlines.set("Type", "Outlines");
    if let (Some(f), Some(l)) = (first, last) {
        outlines.set("First", f);
        outlines.set("Last", l);
        outlines.set("Count", count as i64);
    }
    lo.objects.insert(outlines_id, Object::Dictionary(outlines));

    // Page labels.
    let mut nums = Vec::new();
    for (start, style) in &doc.labels {
        let mut d = Dictionary::new();
        match style {
            LabelStyle::LowerRoman => d.set("S", "r"),
            LabelStyle::Arabic => d.set("S", "D"),
            // No style and no prefix: an empty label.
            LabelStyle::Unnumbered => {}
        }
        nums.push(Object::Integer(*start as i64));
        nums.push(Object::Dictionary(d));
    }
    let mut labels = Dictionary::new();
    labels.set("Nums", nums);

    let root_id = lo
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| format!("printpdf wrote no catalog: {e}"))?;
    let catalog = lo
        .get_object_mut(root_id)
        .and_then(Object::as_dict_mut)
        .map_err(|e| format!("bad catalog: {e}"))?;
    // printpdf writes /PageMode as a string (only with its own bookmarks); it is a name.
    catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    catalog.set("Outlines", outlines_id);
    catalog.set("PageLabels", labels);
    catalog.set("Lang", text(&doc.lang));
    // Viewers show the title, not the file name (PDF/UA).
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", true);
    catalog.set("ViewerPreferences", prefs);
    xmp::add(
        lo,
        &xmp::Meta {
            title: &doc.title,
            author: &doc.author,
            subject: doc.subject.as_deref(),
            lang: &doc.lang,
            date: &date,
            creator,
            producer,
            standards: doc.standards,
        },
    )
}

/// Adds outline items under `parent`; returns (first, last, visible count).
fn outline_items(
    lo: &mut lopdf::Document,
    entries: &[OutlineEntry],
    parent: ObjectId,
    pages: &[ObjectId],
) -> (Option<ObjectId>, Option<ObjectId>, usize) {
    let ids: Vec<ObjectId> = entries.iter().map(|_| lo.new_object_id()).collect();
    let mut count = entries.len();
    for (i, e) in entries.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text(&e.title));
        d.set("Parent", parent);
        if let Some(page) = pages.get(e.page) {
            d.set(
                "Dest",
                vec![Object::Reference(*page), Object::Name(b"Fit".to_vec())],
            );
        }
        if i > 0 {
            d.set("Prev", ids[i - 1]);
        }
        if i + 1 < ids.len() {
            d.set("Next", ids[i + 1]);
        }
        let (f, l, c) = outline_items(lo, &e.children, ids[i], pages);
        if let (Some(f), Some(l)) = (f, l) {
            d.set("First", f);
            d.set("Last", l);
            d.set("Count", c as i64);
            count += c;
        }
        lo.objects.insert(ids[i], Object::Dictionary(d));
    }
    (ids.first().copied(), ids.last().copied(), count)
}

/// A PDF text string.
pub(super) fn text(s: &str) -> Object {
    // PDF text strings: UTF-16BE with a byte-order mark covers every title.
    let mut bytes = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        bytes.extend_from_slice(&u.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// `D:YYYYMMDDHHmmSSZ` for seconds since the epoch (proleptic Gregorian, UTC).
pub(crate) fn pdf_date(epoch: i64) -> String {
    let days = epoch.div_euclid(86_400);
    let secs = epoch.rem_euclid(86_400);
    // Howard Hinnant's civil-from-days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "D:{y:04}{m:02}{d:02}{:02}{:02}{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates() {
        assert_eq!(super::pdf_date(0), "D:19700101000000Z");
        assert_eq!(super::pdf_date(1_700_000_000), "D:20231114221320Z");
    }
}
