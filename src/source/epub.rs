//! EPUB packages: the bytes of an `.epub` → its metadata and content documents, safely.
//!
//! Input: the whole file (already capped in size by the caller). Output: a [`Package`]
//! with the OPF's title, creators, subjects, description and the parsed XHTML documents of
//! the spine in reading order; or a message saying why the file is refused. Nothing is
//! ever written to disk or read outside the archive: entries are looked up by name inside
//! the zip, and a name or reference that would leave it refuses the file. The zip is read
//! under [`super::zipped`]'s limits; DRM (an `encryption.xml` that hides more than fonts,
//! `rights.xml`) and XML entity declarations are refused, and entities are never expanded.

use super::zipped::{
    MAX_ENTRIES, MAX_TOTAL_BYTES, Refusal, bomb, check_entries, declared_entries, drm, read_entry,
};
use super::{class_styles, xhtml};
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesRef, Event};
use scraper::Html;
use std::io::Cursor;

/// What an EPUB holds, as far as Quire reads it.
#[derive(Debug)]
pub(crate) struct Package {
    /// The package version (`2.0`, `3.0`).
    pub version: String,
    /// `dc:title`.
    pub title: Option<String>,
    /// `dc:creator`s in order.
    pub creators: Vec<String>,
    /// `dc:subject`s in order (the tags).
    pub subjects: Vec<String>,
    /// `dc:description` (HTML or text).
    pub description: Option<String>,
    /// `dc:source` (the story's address).
    pub source: Option<String>,
    /// `dc:contributor`s and `dc:identifier`s, to tell who made the file.
    pub makers: Vec<String>,
    /// The spine's content documents: (path inside the archive, parsed document).
    pub docs: Vec<(String, Html)>,
}

impl Package {
    /// Whether FanFicFare made this file (it names itself as contributor and identifier).
    pub(crate) fn is_fff(&self) -> bool {
        self.makers
            .iter()
            .any(|m| m.contains("FanFicFare") || m.starts_with("fanficfare-uid"))
    }
}

/// Whether a zip's entries include an EPUB's container (its directory only).
pub(crate) fn looks_like_epub(zip: &zip::ZipArchive<Cursor<&[u8]>>) -> bool {
    zip.index_for_name("META-INF/container.xml").is_some()
}

/// Opens an EPUB.
pub(crate) fn open(bytes: &[u8]) -> Result<Package, Refusal> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err((
            "has the .epub extension but is not an EPUB (not a zip archive)".into(),
            "download the story again, or name the file after its real format",
        ));
    }
    if let Some(n) = declared_entries(bytes)
        && n > MAX_ENTRIES
    {
        return Err(bomb(format!(
            "holds {n} files, more than the {MAX_ENTRIES} an EPUB of a story may"
        )));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        (
            format!("is a damaged EPUB (its zip directory cannot be read: {e})"),
            "download the story again",
        )
    })?;
    check_entries(&mut zip, "EPUB")?;
    let mut budget = MAX_TOTAL_BYTES;
    if zip.index_for_name("META-INF/rights.xml").is_some() {
        return Err(drm());
    }
    if zip.index_for_name("META-INF/encryption.xml").is_some() {
        let enc = read_entry(&mut zip, ("META-INF/encryption.xml", "EPUB"), &mut budget)?;
        if hides_more_than_fonts(&enc) {
            return Err(drm());
        }
    }
    let container =
        read_entry(&mut zip, ("META-INF/container.xml", "EPUB"), &mut budget).map_err(|_| {
            (
                "is not a readable EPUB: it has no META-INF/container.xml".to_string(),
                "download the story again; an EPUB always has one",
            )
        })?;
    let opf_path = rootfile(&container).ok_or((
        "is not a readable EPUB: META-INF/container.xml names no package file".to_string(),
        "download the story again",
    ))?;
    let opf_path = resolve("", &opf_path)?;
    let opf = read_entry(&mut zip, (&opf_path, "EPUB"), &mut budget)?;
    let mut pkg = parse_opf(&opf, &opf_path)?;
    let dir = opf_path.rsplit_once('/').map_or("", |(d, _)| d);
    let mut sheets = std::collections::HashMap::new();
    for href in std::mem::take(&mut pkg.1) {
        let path = resolve(dir, &href)?;
        let text = read_entry(&mut zip, (&path, "EPUB"), &mut budget)?;
        // Emphasis its style sheets' classes set (Apple Pages' `character-style-italic`).
        let mut css = class_styles::page_sheet(&text);
        let doc_dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        for sheet in class_styles::linked_sheets(&text) {
            let Ok(p) = resolve(doc_dir, &sheet) else {
                continue;
            };
            if !sheets.contains_key(&p) && zip.index_for_name(&p).is_some() {
                let s = read_entry(&mut zip, (&p, "EPUB"), &mut budget)?;
                sheets.insert(p.clone(), s);
            }
            css.push_str(sheets.get(&p).map_or("", String::as_str));
        }
        let text = class_styles::inline(&text, &css, false);
        let html = xhtml::to_html(&text).unwrap_or(text);
        if let Some(line) = super::depth::too_deep(&html) {
            let (msg, hint) = super::depth::message(line);
            return Err((format!("{msg} in {path}"), hint));
        }
        pkg.0.docs.push((path, Html::parse_document(&html)));
    }
    if pkg.0.docs.is_empty() {
        return Err((
            "is an EPUB with no text documents in its spine".into(),
            "download the story again",
        ));
    }
    Ok(pkg.0)
}

/// Joins `href` to the folder `dir` inside the archive, refusing a path that climbs out
/// of it or names something outside (`/`, a URL).
fn resolve(dir: &str, href: &str) -> Result<String, Refusal> {
    let href = href.split('#').next().unwrap_or("");
    let decoded = percent_decode(href);
    let escape = || {
        (
            format!(
                "is refused: its package points at `{}`, outside the archive",
                href.escape_debug()
            ),
            "a real EPUB never does this; do not use this file",
        )
    };
    if decoded.starts_with('/') || decoded.contains(':') || decoded.contains('\\') {
        return Err(escape());
    }
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for seg in decoded.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(escape());
                }
            }
            s => parts.push(s),
        }
    }
    Ok(parts.join("/"))
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether `encryption.xml` encrypts anything but fonts with the two font-obfuscation
/// algorithms (which EPUBs use openly, without DRM).
fn hides_more_than_fonts(xml: &str) -> bool {
    const FONT_OBFUSCATION: [&str; 2] = [
        "http://www.idpf.org/2008/embedding",
        "http://ns.adobe.com/pdf/enc#RC",
    ];
    let mut r = quick_xml::Reader::from_str(xml);
    loop {
        match r.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e))
                if e.local_name().as_ref() == "EncryptionMethod" =>
            {
                let alg = e
                    .try_get_attribute("Algorithm")
                    .ok()
                    .flatten()
                    .map(|a| a.value.into_owned())
                    .unwrap_or_default();
                if !FONT_OBFUSCATION.contains(&alg.as_str()) {
                    return true;
                }
            }
            Ok(Event::Eof) => return false,
            Err(_) => return true,
            _ => {}
        }
    }
}

/// `full-path` of the first `rootfile` in `container.xml`.
fn rootfile(xml: &str) -> Option<String> {
    let mut r = quick_xml::Reader::from_str(xml);
    loop {
        match r.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().as_ref() == "rootfile" => {
                return e
                    .try_get_attribute("full-path")
                    .ok()
                    .flatten()
                    .map(|a| attr_text(&a.value));
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
    }
}

/// An attribute's value with XML's own references resolved; any other entity is kept as
/// written, never expanded.
fn attr_text(v: &str) -> String {
    match quick_xml::escape::unescape(v) {
        Ok(u) => u.into_owned(),
        Err(_) => v.to_string(),
    }
}

/// The OPF's metadata and the hrefs of its spine's XHTML documents, in order.
fn parse_opf(xml: &str, name: &str) -> Result<(Package, Vec<String>), Refusal> {
    let mut pkg = Package {
        version: String::new(),
        title: None,
        creators: Vec::new(),
        subjects: Vec::new(),
        description: None,
        source: None,
        makers: Vec::new(),
        docs: Vec::new(),
    };
    // Each item: id, href, media type, whether it is the EPUB 3 navigation document.
    let mut manifest: Vec<(String, String, String, bool)> = Vec::new();
    let mut spine: Vec<String> = Vec::new();
    let mut r = quick_xml::Reader::from_str(xml);
    let mut field: Option<String> = None;
    let mut text = String::new();
    loop {
        let ev = r.read_event().map_err(|e| {
            (
                format!("is a damaged EPUB: `{name}` is not well-formed XML ({e})"),
                "download the story again",
            )
        })?;
        match ev {
            Event::Start(e) | Event::Empty(e) => {
                let local = e.local_name().as_ref().to_string();
                let attr = |k: &str| {
                    e.try_get_attribute(k)
                        .ok()
                        .flatten()
                        .map(|a| attr_text(&a.value))
                };
                match local.as_str() {
                    "package" => pkg.version = attr("version").unwrap_or_default(),
                    "item" => manifest.push((
                        attr("id").unwrap_or_default(),
                        attr("href").unwrap_or_default(),
                        attr("media-type").unwrap_or_default(),
                        attr("properties")
                            .is_some_and(|p| p.split_whitespace().any(|p| p == "nav")),
                    )),
                    "itemref" if attr("linear").as_deref() != Some("no") => {
                        spine.push(attr("idref").unwrap_or_default())
                    }
                    "title" | "creator" | "subject" | "description" | "source" | "contributor"
                    | "identifier" => {
                        field = Some(local);
                        text.clear();
                    }
                    _ => {}
                }
            }
            Event::Text(t) if field.is_some() => text.push_str(&t.xml10_content()),
            Event::CData(t) if field.is_some() => text.push_str(&t),
            Event::GeneralRef(g) if field.is_some() => match reference(&g) {
                Some(s) => text.push_str(&s),
                // Never expanded: kept as written.
                None => text.push_str(&format!("&{};", &*g)),
            },
            Event::End(e) => {
                if let Some(f) = field.take_if(|f| f.as_str() == e.local_name().as_ref()) {
                    let v = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !v.is_empty() {
                        match f.as_str() {
                            "title" => {
                                pkg.title.get_or_insert(v);
                            }
                            "creator" => pkg.creators.push(v),
                            "subject" => pkg.subjects.push(v),
                            "description" => pkg.description = Some(text.trim().to_string()),
                            "source" => pkg.source = Some(v),
                            _ => pkg.makers.push(v),
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let docs: Vec<&(String, String, String, bool)> = spine
        .iter()
        .filter_map(|id| manifest.iter().find(|(i, ..)| i == id))
        .filter(|(_, _, t, _)| t.contains("html"))
        .collect();
    // The navigation document (its table of contents) is the reading system's, not the
    // story's, though some makers (FicHub, ebooklib) put it in the spine; an EPUB whose
    // spine holds nothing else keeps it.
    let story = docs.iter().any(|d| !d.3);
    let hrefs = docs
        .into_iter()
        .filter(|d| !(story && d.3))
        .map(|d| d.1.clone())
        .collect();
    Ok((pkg, hrefs))
}

/// The text a reference in the XML stands for: a character reference (`&#233;`) or one
/// of XML's five entities; `None` for any other entity, which is never expanded. The
/// package reader, and the Word and LibreOffice readers, read text through it.
pub(super) fn reference(g: &BytesRef<'_>) -> Option<String> {
    match g.resolve_char_ref() {
        Ok(Some(c)) => Some(c.to_string()),
        _ => resolve_predefined_entity(g).map(str::to_string),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside() {
        assert_eq!(
            resolve("OEBPS", "text/ch1.xhtml").unwrap(),
            "OEBPS/text/ch1.xhtml"
        );
        assert_eq!(
            resolve("OEBPS/text", "../ch%201.xhtml").unwrap(),
            "OEBPS/ch 1.xhtml"
        );
        assert!(resolve("OEBPS", "../../etc/passwd").is_err());
        assert!(resolve("", "/etc/passwd").is_err());
        assert!(resolve("", "file:///etc/passwd").is_err());
    }

    /// The navigation document in the spine (FicHub's, ebooklib's) is not read as a
    /// story document; a spine of nothing else keeps it.
    #[test]
    fn the_navigation_document_is_no_story() {
        let opf = |spine: &str| {
            format!(
                r#"<package version="3.0"><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="c1" href="chap_1.xhtml" media-type="application/xhtml+xml"/></manifest><spine>{spine}</spine></package>"#
            )
        };
        let both = opf(r#"<itemref idref="nav"/><itemref idref="c1"/>"#);
        assert_eq!(parse_opf(&both, "content.opf").unwrap().1, ["chap_1.xhtml"]);
        let alone = opf(r#"<itemref idref="nav"/>"#);
        assert_eq!(parse_opf(&alone, "content.opf").unwrap().1, ["nav.xhtml"]);
    }

    #[test]
    fn font_obfuscation_is_not_drm() {
        let fonts = r#"<encryption><EncryptedData><EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/></EncryptedData></encryption>"#;
        let drm = r#"<encryption><EncryptedData><EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/></EncryptedData></encryption>"#;
        assert!(!hides_more_than_fonts(fonts));
        assert!(hides_more_than_fonts(drm));
    }
}
